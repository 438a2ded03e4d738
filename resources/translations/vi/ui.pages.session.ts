<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>SessionPage</name>
    <message>
        <source>Lesson session</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>1 Class and lesson</source>
        <translation>1 Lớp và bài học</translation>
    </message>
    <message>
        <source>2 Attendance</source>
        <translation>2 Điểm danh</translation>
    </message>
    <message>
        <source>3 Present</source>
        <translation>3 Trình chiếu</translation>
    </message>
    <message>
        <source>4 Quiz</source>
        <translation>4 Câu hỏi</translation>
    </message>
    <message>
        <source>5 Review and save</source>
        <translation>5 Xem lại và lưu</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Quay lại</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Tiếp ›</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Lưu buổi học</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Buổi học mới</translation>
    </message>
    <message>
        <source>Delete this session…</source>
        <translation>Xóa buổi học này…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Start another session (this one is kept or saved)</source>
        <translation>Bắt đầu buổi học khác (buổi này được lưu hoặc giữ làm bản nháp)</translation>
    </message>
    <message>
        <source>Delete this saved session from the database</source>
        <translation>Xóa buổi học đã lưu này khỏi dữ liệu</translation>
    </message>
    <message>
        <source>Ctrl+Z: undo the last mark, answer or count (greyed out while there is nothing to undo)</source>
        <translation>Ctrl+Z: hoàn tác lần điểm danh, câu trả lời hoặc số đếm vừa nhập (mờ đi khi chưa có gì để hoàn tác)</translation>
    </message>
    <message>
        <source>Ctrl+Y: redo what was undone (greyed out while nothing was undone)</source>
        <translation>Ctrl+Y: làm lại điều vừa hoàn tác (mờ đi khi chưa hoàn tác gì)</translation>
    </message>
    <message>
        <source>This is the first step.</source>
        <translation>Đây là bước đầu tiên.</translation>
    </message>
    <message>
        <source>Ctrl+Page Down</source>
        <translation>Ctrl+Page Down</translation>
    </message>
    <message>
        <source>Ctrl+Page Up</source>
        <translation>Ctrl+Page Up</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>editing a saved session</source>
        <translation>đang sửa buổi học đã lưu</translation>
    </message>
    <message>
        <source>Could not keep the draft: %1</source>
        <translation>Không lưu tạm được bản nháp: %1</translation>
    </message>
    <message>
        <source>This is the last step: check the session and save it.</source>
        <translation>Đây là bước cuối: kiểm tra buổi học rồi bấm Lưu buổi học.</translation>
    </message>
    <message>
        <source>The session is saved.</source>
        <translation>Buổi học đã được lưu.</translation>
    </message>
    <message>
        <source>Choose a class and a lesson first.</source>
        <translation>Hãy chọn lớp và bài học trước.</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>điểm danh</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>câu trả lời</translation>
    </message>
    <message>
        <source>count</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Đã lưu buổi học.</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>Buổi học chưa lưu</translation>
    </message>
    <message>
        <source>The session you are entering is not saved. Save it first?</source>
        <translation>Buổi học đang nhập chưa được lưu. Lưu trước nhé?</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Xóa buổi học</translation>
    </message>
    <message>
        <source>Delete this session with its attendance and quiz answers?</source>
        <translation>Xóa buổi học này cùng điểm danh và câu trả lời?</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Đã xóa buổi học.</translation>
    </message>
    <message>
        <source>This session is not saved yet. Save it now?
If you choose No, it is kept as a draft and opens again next time.</source>
        <translation>Buổi học này chưa được lưu. Lưu ngay bây giờ?
Nếu chọn Không, buổi học được giữ làm bản nháp và sẽ mở lại lần sau.</translation>
    </message>
</context>
</TS>
