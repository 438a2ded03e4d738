<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>PupilStayDialog</name>
    <message>
        <source>Move to another class</source>
        <translation>Chuyển sang lớp khác</translation>
    </message>
    <message>
        <source>Left the school</source>
        <translation>Đã rời trường</translation>
    </message>
    <message>
        <source>%1 moves to another class; their attendance and quiz answers so far stay with this class.</source>
        <translation>%1 chuyển sang lớp khác; điểm danh và bài trắc nghiệm đến nay vẫn thuộc về lớp này.</translation>
    </message>
    <message>
        <source>%1 left the school; they are kept, inactive, with their history.</source>
        <translation>%1 đã rời trường; học sinh được giữ lại (không còn học) cùng lịch sử học tập.</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Lớp mới</translation>
    </message>
    <message>
        <source>From the day</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Rời trường ngày</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Chuyển lớp</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Ghi là đã rời trường</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
