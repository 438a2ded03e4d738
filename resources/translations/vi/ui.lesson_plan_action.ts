<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>LessonPlanAction</name>
    <message>
        <source>Lesson plan</source>
        <translation>Kế hoạch bài dạy</translation>
    </message>
    <message>
        <source>The class this lesson plan is for:</source>
        <translation>Kế hoạch bài dạy này dành cho lớp:</translation>
    </message>
    <message>
        <source>Saving the lesson plan…</source>
        <translation>Đang lưu kế hoạch bài dạy…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>khối %1</translation>
    </message>
    <message>
        <source>Save the lesson plan</source>
        <translation>Lưu kế hoạch bài dạy</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;PDF files (*.pdf)</source>
        <translation>Tài liệu Word (*.docx);;Tệp PDF (*.pdf)</translation>
    </message>
</context>
</TS>
