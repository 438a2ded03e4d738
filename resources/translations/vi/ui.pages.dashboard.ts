<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>DashboardPage</name>
    <message>
        <source>Class dashboard</source>
        <translation>Tổng quan lớp</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Lessons held by class</source>
        <translation>Bài đã dạy theo lớp</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Quiz items</source>
        <translation>Câu hỏi kiểm tra</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Tiến độ</translation>
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
        <source>Whole school year</source>
        <translation>Cả năm học</translation>
    </message>
    <message>
        <source>Semester 1</source>
        <translation>Học kỳ I</translation>
    </message>
    <message>
        <source>Semester 2</source>
        <translation>Học kỳ II</translation>
    </message>
    <message>
        <source>Only pupils who missed lessons</source>
        <translation>Chỉ học sinh vắng buổi</translation>
    </message>
    <message>
        <source>Most-missed items</source>
        <translation>Các câu sai nhiều nhất</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Mạch</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày dạy</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Số buổi tính</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <source>Missed (date, lesson no.)</source>
        <translation>Vắng (ngày, bài số)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đạt</translation>
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
        <source>Grade %1 plan · %2 of %3 lessons · attendance %4 · quiz %5</source>
        <translation>Kế hoạch khối %1 · %2/%3 bài · chuyên cần %4 · trả lời đúng %5</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa học</translation>
    </message>
    <message>
        <source>, excused</source>
        <translation>, có phép</translation>
    </message>
    <message>
        <source>each pupil</source>
        <translation>từng học sinh</translation>
    </message>
    <message>
        <source>whole class</source>
        <translation>cả lớp</translation>
    </message>
    <message>
        <source>Attendance at each session</source>
        <translation>Tỉ lệ có mặt mỗi buổi</translation>
    </message>
    <message>
        <source>Right answers at each session</source>
        <translation>Tỉ lệ trả lời đúng mỗi buổi</translation>
    </message>
</context>
</TS>
