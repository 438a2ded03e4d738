<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>TallyPanel</name>
    <message>
        <source>Q%1. %2</source>
        <translation>Câu %1. %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1/%2 đã trả lời</translation>
    </message>
</context>
</TS>
