<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>QuizGridModel</name>
    <message>
        <source>Not right</source>
        <translation>Chưa đúng</translation>
    </message>
    <message>
        <source>T</source>
        <translation>Đ</translation>
    </message>
    <message>
        <source>F</source>
        <translation>S</translation>
    </message>
    <message>
        <source>T / F</source>
        <translation>Đ / S</translation>
    </message>
    <message>
        <source>A–%1, Enter</source>
        <translation>A–%1, Enter</translation>
    </message>
    <message>
        <source>1–%1 × %2 cards</source>
        <translation>1–%1 × %2 thẻ</translation>
    </message>
    <message>
        <source>A–%1</source>
        <translation>A–%1</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Câu %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Thẻ %1</translation>
    </message>
</context>
</TS>
