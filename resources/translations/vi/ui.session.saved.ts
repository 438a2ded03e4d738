<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>SavedView</name>
    <message>
        <source>Session saved</source>
        <translation>Đã lưu buổi học</translation>
    </message>
    <message>
        <source>&amp;Next lesson for this class</source>
        <translation>&amp;Bài tiếp theo của lớp này</translation>
    </message>
    <message>
        <source>Back to &amp;Today</source>
        <translation>Về trang &amp;Hôm nay</translation>
    </message>
    <message>
        <source>Open the class &amp;dashboard</source>
        <translation>Mở &amp;Tổng quan lớp</translation>
    </message>
    <message>
        <source>You find it on the class dashboard and in the Reports page; to change it, click a step above (it stays this saved session) or open it again from “Saved sessions” in step 1.</source>
        <translation>Xem lại buổi học ở trang Tổng quan lớp và trang Báo cáo; muốn sửa, bấm một bước ở trên (vẫn là buổi đã lưu này) hoặc mở lại từ “Các buổi đã lưu” ở bước 1.</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Lớp: %1</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Bài: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Ngày: %1</translation>
    </message>
    <message>
        <source>Present: %1 of %2 pupils</source>
        <translation>Có mặt: %1 trên %2 học sinh</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Số người tham dự: %1</translation>
    </message>
    <message>
        <source>Quiz answers saved: %1</source>
        <translation>Số câu trả lời trắc nghiệm đã lưu: %1</translation>
    </message>
    <message>
        <source>Hands counted in the quiz: %1</source>
        <translation>Số lượt giơ tay đã đếm: %1</translation>
    </message>
    <message>
        <source>No quiz in this session</source>
        <translation>Buổi này không có trắc nghiệm</translation>
    </message>
</context>
</TS>
