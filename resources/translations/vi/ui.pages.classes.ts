<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
  <context>
    <name>ClassesPage</name>
    <message>
      <source>Classes</source>
      <translation>Lớp học</translation>
    </message>
    <message>
      <source>School year</source>
      <translation>Năm học</translation>
    </message>
    <message>
      <source>Pupils of the class</source>
      <translation>Học sinh của lớp</translation>
    </message>
    <message>
      <source>Show archived classes</source>
      <translation>Hiện cả các lớp đã lưu trữ</translation>
    </message>
    <message>
      <source>New class…</source>
      <translation>Thêm lớp…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Đổi tên…</translation>
    </message>
    <message>
      <source>Add pupil</source>
      <translation>Thêm học sinh</translation>
    </message>
    <message>
      <source>Import class list…</source>
      <translation>Nhập danh sách lớp…</translation>
    </message>
    <message>
      <source>Delete pupil's data…</source>
      <translation>Xóa dữ liệu học sinh…</translation>
    </message>
    <message>
      <source>%1 — %2 pupils</source>
      <translation>%1 — %2 học sinh</translation>
    </message>
    <message>
      <source>%1 (archived)</source>
      <translation>%1 (đã lưu trữ)</translation>
    </message>
    <message>
      <source>Class %1 · grade %2 · homeroom teacher %3</source>
      <translation>Lớp %1 · khối %2 · GVCN %3</translation>
    </message>
    <message>
      <source>Bring back</source>
      <translation>Bỏ lưu trữ</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Lưu trữ lớp</translation>
    </message>
    <message>
      <source>Mark as back in the class</source>
      <translation>Đánh dấu đi học lại</translation>
    </message>
    <message>
      <source>Mark as left the class</source>
      <translation>Đánh dấu đã nghỉ/chuyển lớp</translation>
    </message>
    <message>
      <source>Full name (family name first):</source>
      <translation>Họ và tên (họ trước, tên sau):</translation>
    </message>
    <message>
      <source>Delete pupil's data</source>
      <translation>Xóa dữ liệu học sinh</translation>
    </message>
    <message>
      <source>Delete everything about %1 on this computer: name, code, attendance and quiz answers? This cannot be undone (backups made before now still hold the data).</source>
      <translation>Xóa mọi dữ liệu về %1 trên máy này: họ tên, mã, điểm danh và câu trả lời? Không thể hoàn tác (các bản sao lưu tạo trước đây vẫn còn dữ liệu này).</translation>
    </message>
    <message>
      <source>Deleting the pupil's data…</source>
      <translation>Đang xóa dữ liệu học sinh…</translation>
    </message>
    <message>
      <source>Import a class list</source>
      <translation>Nhập danh sách lớp</translation>
    </message>
    <message>
      <source>Class lists (%1)</source>
      <translation>Danh sách lớp (%1)</translation>
    </message>
    <message>
      <source>Reading the class list…</source>
      <translation>Đang đọc danh sách lớp…</translation>
    </message>
    <message>
      <source>Importing the class list…</source>
      <translation>Đang nhập danh sách lớp…</translation>
    </message>
    <message>
      <source>Imported %1 pupils into class %2</source>
      <translation>Đã nhập %1 học sinh vào lớp %2</translation>
    </message>
  </context>
</TS>