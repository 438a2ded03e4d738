<?xml version='1.0' encoding='utf-8'?>
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
  </context>
</TS>