<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ProjectedWindow</name>
    <message>
        <source>Presentation — %1</source>
        <translation>Trình chiếu — %1</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Trang chiếu</translation>
    </message>
</context>
</TS>
