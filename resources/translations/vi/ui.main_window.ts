<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>Kỹ năng số — digital skills for children</source>
        <translation>Kỹ năng số — kỹ năng số cho trẻ em</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Trợ giúp (F1)</translation>
    </message>
    <message>
        <source>The guide for the page on screen</source>
        <translation>Hướng dẫn sử dụng cho trang đang mở</translation>
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
        <source>Summer break</source>
        <translation>Nghỉ hè</translation>
    </message>
    <message>
        <source>School year %1 · %2</source>
        <translation>Năm học %1 · %2</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Chương trình học</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>Lesson session</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan lớp</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>Sổ trường hợp</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
</TS>
