<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>SheetPrint</name>
    <message>
        <source>answer-sheet</source>
        <translation>phieu-tra-loi</translation>
    </message>
    <message>
        <source>Save the answer sheets</source>
        <translation>Lưu phiếu trả lời</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the answer sheets of class %1 (%2 pages) to %3</source>
        <translation>Đã lưu phiếu trả lời của lớp %1 (%2 trang) vào %3</translation>
    </message>
    <message>
        <source>The answer sheets were not saved.</source>
        <translation>Chưa lưu được phiếu trả lời.</translation>
    </message>
    <message>
        <source>Print answer sheets</source>
        <translation>In phiếu trả lời</translation>
    </message>
    <message>
        <source>Saving the answer sheets…</source>
        <translation>Đang lưu phiếu trả lời…</translation>
    </message>
</context>
</TS>
