<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>New meeting with parents</source>
        <translation>Buổi họp phụ huynh mới</translation>
    </message>
    <message>
        <source>Next lesson for each class</source>
        <translation>Bài dạy tiếp theo của từng lớp</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Các buổi học tuần này</translation>
    </message>
    <message>
        <source>New staff training</source>
        <translation>Buổi tập huấn giáo viên mới</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Sĩ số</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Khối lớp</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>Đã học</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Bài tiếp theo</translation>
    </message>
    <message>
        <source>Last lesson</source>
        <translation>Buổi gần nhất</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Lớp hoặc nhóm</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Hôm nay · %1</translation>
    </message>
    <message>
        <source>Loading the curriculum…</source>
        <translation>Đang tải chương trình…</translation>
    </message>
    <message>
        <source>What to teach next · school year %1</source>
        <translation>Bài dạy tiếp theo · năm học %1</translation>
    </message>
    <message>
        <source>Sessions this week (%1 – %2)</source>
        <translation>Các buổi học tuần này (%1 – %2)</translation>
    </message>
    <message>
        <source>All lessons done</source>
        <translation>Đã học hết các bài</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>Bắt đầu dạy</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Phụ huynh</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Giáo viên</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 người</translation>
    </message>
</context>
</TS>
