<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>PupilTableModel</name>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Pupil code</source>
        <translation>Mã học sinh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Khối</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>Left the class</source>
        <translation>Đã nghỉ/chuyển lớp</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Không sửa được cột này.</translation>
    </message>
    <message>
        <source>Gender must be Female, Male or empty.</source>
        <translation>Giới tính phải là Nữ, Nam hoặc để trống.</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Đã ra trường</translation>
    </message>
    <message>
        <source>Joined on %1</source>
        <translation>Vào lớp ngày %1</translation>
    </message>
    <message>
        <source>Moved to another class on %1</source>
        <translation>Chuyển lớp ngày %1</translation>
    </message>
    <message>
        <source>Left the school on %1</source>
        <translation>Rời trường ngày %1</translation>
    </message>
    <message>
        <source>The grade must be a number from 1 to 12.</source>
        <translation>Khối phải là một số từ 1 đến 12.</translation>
    </message>
    <message>
        <source>The birth year must be a year from %1 to %2, like 2014.</source>
        <translation>Năm sinh phải là một năm từ %1 đến %2, ví dụ 2014.</translation>
    </message>
</context>
</TS>
