<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ClassesPage</name>
    <message>
        <source>Classes</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>%1 — %2 pupils</source>
        <translation>%1 — %2 học sinh</translation>
    </message>
    <message>
        <source>Class %1 · homeroom teacher %2</source>
        <translation>Lớp %1 · GVCN %2</translation>
    </message>
</context>
</TS>
