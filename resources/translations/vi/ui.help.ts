<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>HelpWindow</name>
    <message>
        <source>For teachers</source>
        <translation>Dành cho giáo viên</translation>
    </message>
    <message>
        <source>For school leaders</source>
        <translation>Dành cho lãnh đạo trường</translation>
    </message>
    <message>
        <source>For the education department</source>
        <translation>Dành cho phòng giáo dục</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>Dành cho mọi người</translation>
    </message>
    <message>
        <source>The whole guide</source>
        <translation>Cả cuốn hướng dẫn</translation>
    </message>
    <message>
        <source>Help — Kỹ năng số</source>
        <translation>Trợ giúp — Kỹ năng số</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Các trang hướng dẫn</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Trang hướng dẫn</translation>
    </message>
    <message>
        <source>Print the guide (PDF)…</source>
        <translation>In hướng dẫn sử dụng (PDF)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save the guide as PDF</source>
        <translation>Lưu hướng dẫn sử dụng thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the guide…</source>
        <translation>Đang lưu hướng dẫn sử dụng…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages)</source>
        <translation>Đã lưu %1 (%2 trang)</translation>
    </message>
</context>
</TS>
