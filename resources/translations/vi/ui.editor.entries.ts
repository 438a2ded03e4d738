<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
  <context>
    <name>EntryTools</name>
    <message>
      <source>List:</source>
      <translation>Danh sách:</translation>
    </message>
    <message>
      <source>entry</source>
      <translation>mục số</translation>
    </message>
    <message>
      <source>Add an entry after it</source>
      <translation>Thêm một mục ngay sau</translation>
    </message>
    <message>
      <source>Remove the entry</source>
      <translation>Xóa mục này</translation>
    </message>
    <message>
      <source>Field the lesson can have:</source>
      <translation>Trường bài học có thể có:</translation>
    </message>
    <message>
      <source>Add the field</source>
      <translation>Thêm trường</translation>
    </message>
    <message>
      <source>New printed material:</source>
      <translation>Học liệu in mới:</translation>
    </message>
    <message>
      <source>Add the material</source>
      <translation>Thêm học liệu</translation>
    </message>
  </context>
</TS>