<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
  <context>
    <name>FieldForm</name>
    <message>
      <source>To ask another type of question, add a new one</source>
      <translation>Muốn hỏi dạng khác, hãy thêm một câu hỏi mới</translation>
    </message>
    <message>
      <source>True</source>
      <translation>Đúng</translation>
    </message>
    <message>
      <source>False</source>
      <translation>Sai</translation>
    </message>
  </context>
</TS>