<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ClassDialog</name>
    <message>
        <source>New class</source>
        <translation>Lớp mới</translation>
    </message>
    <message>
        <source>Edit the class</source>
        <translation>Sửa thông tin lớp</translation>
    </message>
    <message>
        <source>e.g. 6A1</source>
        <translation>ví dụ: 6A1</translation>
    </message>
    <message>
        <source>A class keeps its grade and school year: for a new year, make a new class.</source>
        <translation>Mỗi lớp giữ nguyên khối và năm học: sang năm học mới, hãy tạo lớp mới.</translation>
    </message>
    <message>
        <source>Main site</source>
        <translation>Điểm chính</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Khối</translation>
    </message>
    <message>
        <source>Second grade</source>
        <translation>Khối thứ hai</translation>
    </message>
    <message>
        <source>Third grade</source>
        <translation>Khối thứ ba</translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation>Giáo viên chủ nhiệm</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Điểm trường</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Mixed-grade class (pupils of two or three grades)</source>
        <translation>Lớp ghép (học sinh của hai hoặc ba khối)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Tick “Mixed-grade class” first.</source>
        <translation>Hãy đánh dấu ô “Lớp ghép” trước.</translation>
    </message>
</context>
</TS>
