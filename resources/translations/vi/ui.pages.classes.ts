<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Sites…</source>
        <translation>Điểm trường…</translation>
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
        <source>Undo the last import</source>
        <translation>Hoàn tác lần nhập gần nhất</translation>
    </message>
    <message>
        <source>Delete pupil&apos;s data…</source>
        <translation>Xóa dữ liệu học sinh…</translation>
    </message>
    <message>
        <source>Move to another class…</source>
        <translation>Chuyển sang lớp khác…</translation>
    </message>
    <message>
        <source>Left the school…</source>
        <translation>Rời trường…</translation>
    </message>
    <message>
        <source>%1 — %2 pupils</source>
        <translation>%1 — %2 học sinh</translation>
    </message>
    <message>
        <source>mixed %1</source>
        <translation>ghép %1</translation>
    </message>
    <message>
        <source>%1 (archived, read-only)</source>
        <translation>%1 (đã lưu trữ, chỉ xem)</translation>
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
        <source>Choose a class in the list first, or make one with “New class…”.</source>
        <translation>Hãy chọn một lớp trong danh sách trước, hoặc tạo lớp bằng “Thêm lớp…”.</translation>
    </message>
    <message>
        <source>Class %1 belongs to school year %2, which is closed: it is kept read-only with its sessions and reports.</source>
        <translation>Lớp %1 thuộc năm học %2 đã kết thúc: lớp được giữ ở chế độ chỉ xem cùng các buổi học và báo cáo.</translation>
    </message>
    <message>
        <source>Choose a pupil in the table first.</source>
        <translation>Hãy chọn một học sinh trong bảng trước.</translation>
    </message>
    <message>
        <source>This class has no pupils yet.</source>
        <translation>Lớp này chưa có học sinh nào.</translation>
    </message>
    <message>
        <source>This pupil is no longer in the class.</source>
        <translation>Học sinh này không còn ở trong lớp.</translation>
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
        <source>There is no class in this school year yet: press “New class…”, then “Import class list…” or “Add pupil”.</source>
        <translation>Năm học này chưa có lớp nào: bấm “Thêm lớp…”, rồi “Nhập danh sách lớp…” hoặc “Thêm học sinh”.</translation>
    </message>
    <message>
        <source>Class %1 has no pupils yet: press “Import class list…” to read the school&apos;s list, or “Add pupil” to type them in.</source>
        <translation>Lớp %1 chưa có học sinh: bấm “Nhập danh sách lớp…” để đọc danh sách của trường, hoặc “Thêm học sinh” để gõ từng em.</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>điểm trường %1</translation>
    </message>
    <message>
        <source>Full name (family name first):</source>
        <translation>Họ và tên (họ trước, tên sau):</translation>
    </message>
    <message>
        <source>There is no other class in this school year to move to.</source>
        <translation>Năm học này không có lớp nào khác để chuyển sang.</translation>
    </message>
    <message>
        <source>Delete pupil&apos;s data</source>
        <translation>Xóa dữ liệu học sinh</translation>
    </message>
    <message>
        <source>Delete everything about %1 on this computer: name, code, attendance and quiz answers? This cannot be undone (backups made before now still hold the data).</source>
        <translation>Xóa mọi dữ liệu về %1 trên máy này: họ tên, mã, điểm danh và câu trả lời? Không thể hoàn tác (các bản sao lưu tạo trước đây vẫn còn dữ liệu này).</translation>
    </message>
    <message>
        <source>Deleting the pupil&apos;s data…</source>
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
        <source>Class list imported into %1</source>
        <translation>Đã nhập danh sách lớp vào %1</translation>
    </message>
    <message>
        <source>Class list imported</source>
        <translation>Đã nhập danh sách lớp</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Hãy chọn một lớp trước.</translation>
    </message>
    <message>
        <source>Class %1 has no class-list import to undo.</source>
        <translation>Lớp %1 không có lần nhập danh sách nào để hoàn tác.</translation>
    </message>
    <message>
        <source>A later import (%1) changed pupils of this class: undo that one first.</source>
        <translation>Một lần nhập sau (%1) đã thay đổi học sinh của lớp này: hãy hoàn tác lần nhập đó trước.</translation>
    </message>
    <message>
        <source>Put class %1 back as it was before importing %2 (%3).</source>
        <translation>Đưa lớp %1 về như trước khi nhập %2 (%3).</translation>
    </message>
    <message>
        <source>Undo the import of %1 made on %2 into class %3?</source>
        <translation>Hoàn tác lần nhập %1 vào lớp %3 lúc %2?</translation>
    </message>
    <message>
        <source>%1 pupils go back to how they were before it (changes, moves and pupils marked as left are reversed); %2 pupils it added are removed.</source>
        <translation>%1 học sinh trở lại như trước lần nhập đó (các thay đổi, chuyển lớp và đánh dấu nghỉ học được bỏ); %2 học sinh do lần nhập đó thêm vào sẽ bị bỏ.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Đang hoàn tác lần nhập…</translation>
    </message>
    <message>
        <source>Importing the class list…</source>
        <translation>Đang nhập danh sách lớp…</translation>
    </message>
</context>
</TS>
