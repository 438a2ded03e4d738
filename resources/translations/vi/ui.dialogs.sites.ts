<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites of the school</source>
        <translation>Các điểm trường</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Điểm trường</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Thêm điểm trường…</translation>
    </message>
    <message>
        <source>Rename site…</source>
        <translation>Đổi tên điểm trường…</translation>
    </message>
    <message>
        <source>Classes not given a site belong to the main site. Choose a class&apos;s site with “Edit…” on the Classes page.</source>
        <translation>Lớp chưa chọn điểm trường thuộc điểm chính. Chọn điểm trường của một lớp bằng nút “Sửa…” ở trang Lớp học.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Choose a site in the list first.</source>
        <translation>Hãy chọn một điểm trường trong danh sách trước.</translation>
    </message>
    <message>
        <source>Name of the site (e.g. Điểm Nà Lừa):</source>
        <translation>Tên điểm trường (ví dụ: Điểm Nà Lừa):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Thêm điểm trường</translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>Đổi tên điểm trường</translation>
    </message>
</context>
</TS>
