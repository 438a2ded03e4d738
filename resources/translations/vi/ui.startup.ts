<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>window</name>
    <message>
        <source>Preparing the demo school…</source>
        <translation>Đang chuẩn bị trường mẫu…</translation>
    </message>
</context>
</TS>
