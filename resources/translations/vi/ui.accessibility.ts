<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Accessibility</name>
    <message>
        <source>Select all</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
</TS>
