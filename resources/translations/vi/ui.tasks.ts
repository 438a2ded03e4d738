<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Could not finish</source>
        <translation>Không thực hiện được</translation>
    </message>
</context>
</TS>
