<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AttendanceStep</name>
    <message>
        <source>Everyone is present. Click a name or press Space to mark absent, again for late, again for excused; Delete puts it back. Type a given name to jump to it.</source>
        <translation>Mặc định cả lớp có mặt. Bấm vào tên hoặc phím Cách để ghi vắng, bấm lần nữa là đi muộn, lần nữa là vắng có phép; phím Delete trả về có mặt. Gõ tên (không cần dấu) để tìm nhanh.</translation>
    </message>
</context>
</TS>
