<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>PrintCardsButton</name>
    <message>
        <source>Print answer cards…</source>
        <translation>In thẻ trả lời…</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Hãy chọn một lớp trước.</translation>
    </message>
    <message>
        <source>Class %1 has no pupils yet: add them or import the class list first.</source>
        <translation>Lớp %1 chưa có học sinh: hãy thêm học sinh hoặc nhập danh sách lớp trước.</translation>
    </message>
    <message>
        <source>Save the answer cards of class %1 as a PDF to print: one card per pupil, read by the webcam in a lesson&apos;s quiz (Scan cards). Each pupil keeps the same card number all year; new pupils get free numbers.</source>
        <translation>Lưu thẻ trả lời của lớp %1 thành tệp PDF để in: mỗi học sinh một thẻ, được camera đọc ở phần câu hỏi của bài học (Quét thẻ). Mỗi em giữ nguyên số thẻ cả năm học; học sinh mới nhận số còn trống.</translation>
    </message>
    <message>
        <source>answer-cards</source>
        <translation>the-tra-loi</translation>
    </message>
    <message>
        <source>Save the answer cards</source>
        <translation>Lưu thẻ trả lời</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the answer cards…</source>
        <translation>Đang lưu thẻ trả lời…</translation>
    </message>
    <message>
        <source>Saved %1 answer cards of class %2 to %3</source>
        <translation>Đã lưu %1 thẻ trả lời của lớp %2 vào %3</translation>
    </message>
    <message>
        <source>Print answer cards</source>
        <translation>In thẻ trả lời</translation>
    </message>
    <message>
        <source>The answer cards were not saved.</source>
        <translation>Chưa lưu được thẻ trả lời.</translation>
    </message>
</context>
</TS>
