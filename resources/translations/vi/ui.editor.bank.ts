<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>QuizBank</name>
    <message>
        <source>Quiz bank</source>
        <translation>Ngân hàng câu hỏi</translation>
    </message>
    <message>
        <source>Add to the quiz</source>
        <translation>Thêm vào phần câu hỏi</translation>
    </message>
</context>
</TS>
