<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ReviewStep</name>
    <message>
        <source>&amp;Notes (optional)</source>
        <translation>&amp;Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Tóm tắt buổi học</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <source>%1 of %2 pupils came</source>
        <translation>%1/%2 học sinh đến lớp</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>No quiz in this session.</source>
        <translation>Buổi học này không có câu hỏi kiểm tra.</translation>
    </message>
    <message>
        <source>%1 pupils answered; average %2; %3 passed (half marks or more).</source>
        <translation>%1 học sinh đã trả lời; trung bình đúng %2; %3 em đạt (đúng từ một nửa trở lên).</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Số trả lời</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Số giơ tay</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Câu</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>Before saving</source>
        <translation>Trước khi lưu</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Không thiếu gì.</translation>
    </message>
    <message>
        <source>No class is chosen.</source>
        <translation>Chưa chọn lớp.</translation>
    </message>
    <message>
        <source>No lesson is chosen.</source>
        <translation>Chưa chọn bài học.</translation>
    </message>
    <message>
        <source>The number of participants is 0.</source>
        <translation>Số người tham dự đang là 0.</translation>
    </message>
    <message>
        <source>Every pupil is marked as not here.</source>
        <translation>Tất cả học sinh đều đang bị ghi là không có mặt.</translation>
    </message>
    <message>
        <source>No quiz answers are entered yet.</source>
        <translation>Chưa nhập câu trả lời nào.</translation>
    </message>
    <message>
        <source>No answers yet from: %1</source>
        <translation>Chưa có câu trả lời của: %1</translation>
    </message>
    <message>
        <source>Some answers missing from: %1</source>
        <translation>Còn thiếu câu trả lời của: %1</translation>
    </message>
    <message>
        <source>Answers entered for pupils marked absent: %1</source>
        <translation>Có câu trả lời của học sinh đang ghi vắng: %1</translation>
    </message>
    <message>
        <source>No hands counted for item(s): %1</source>
        <translation>Chưa đếm giơ tay cho câu: %1</translation>
    </message>
    <message>
        <source>More hands than people for item(s): %1</source>
        <translation>Số giơ tay nhiều hơn số người ở câu: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>và %1 em khác</translation>
    </message>
</context>
</TS>
