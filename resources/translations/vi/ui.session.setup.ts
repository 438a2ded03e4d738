<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>SetupStep</name>
    <message>
        <source>&amp;Kind of session</source>
        <translation>&amp;Kiểu buổi học</translation>
    </message>
    <message>
        <source>C&amp;lass</source>
        <translation>&amp;Lớp</translation>
    </message>
    <message>
        <source>L&amp;esson</source>
        <translation>&amp;Bài học</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Số phút</translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation>&amp;Giáo viên</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>Số người &amp;tham dự</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>Câu &amp;hỏi</translation>
    </message>
    <message>
        <source>Lesson with a class</source>
        <translation>Dạy một lớp</translation>
    </message>
    <message>
        <source>Meeting with parents</source>
        <translation>Họp phụ huynh</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>Tập huấn giáo viên</translation>
    </message>
    <message>
        <source>Each pupil&apos;s answers</source>
        <translation>Câu trả lời của từng học sinh</translation>
    </message>
    <message>
        <source>Whole class: count hands or cards</source>
        <translation>Cả lớp: đếm số cánh tay hoặc thẻ</translation>
    </message>
    <message>
        <source>No quiz</source>
        <translation>Không kiểm tra</translation>
    </message>
    <message>
        <source>Saved sessions</source>
        <translation>Các buổi đã lưu</translation>
    </message>
    <message>
        <source>&amp;Open for editing</source>
        <translation>&amp;Mở để sửa</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>%1 (%2 pupils)</source>
        <translation>%1 (%2 học sinh)</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>Bài của tôi</translation>
    </message>
    <message>
        <source>Nothing of this kind has been saved yet.</source>
        <translation>Chưa có buổi nào thuộc loại này được lưu.</translation>
    </message>
    <message>
        <source>Choose a class first: its saved sessions are listed here.</source>
        <translation>Hãy chọn lớp trước: các buổi học đã lưu của lớp sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>There is no class in this school year yet: make one on the Classes page (“New class…” or “Import class list…”), then come back to start the lesson.</source>
        <translation>Năm học này chưa có lớp nào: hãy tạo lớp ở trang Lớp học (“Thêm lớp…” hoặc “Nhập danh sách lớp…”), rồi quay lại đây để bắt đầu buổi học.</translation>
    </message>
    <message>
        <source>%1/%2 present</source>
        <translation>%1/%2 có mặt</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 người tham dự</translation>
    </message>
    <message>
        <source>Essential question</source>
        <translation>Câu hỏi lớn</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>Chuẩn bị</translation>
    </message>
</context>
</TS>
