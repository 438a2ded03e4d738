<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>RemoveDemoDialog</name>
    <message>
        <source>Remove the demo school</source>
        <translation>Xóa trường mẫu</translation>
    </message>
    <message>
        <source>Remove the demo school “%1”? This deletes its %2 classes, %3 pupils and %4 sessions from this computer, with anything you added to it. Other schools&apos; data is not touched.</source>
        <translation>Xóa trường mẫu “%1”? Thao tác này xóa khỏi máy tính %2 lớp, %3 học sinh và %4 buổi học của trường mẫu, cùng mọi thứ bạn đã thêm vào đó. Dữ liệu của các trường khác không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Then start your own school (leave empty to do it later):</source>
        <translation>Sau đó tạo trường của bạn (để trống nếu muốn làm sau):</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Removing the demo school…</source>
        <translation>Đang xóa trường mẫu…</translation>
    </message>
    <message>
        <source>There is no demo school on this computer.</source>
        <translation>Máy tính này không có trường mẫu.</translation>
    </message>
    <message>
        <source>There is no demo school on this computer: nothing to remove.</source>
        <translation>Máy này không có trường mẫu nên không có gì để xóa.</translation>
    </message>
</context>
</TS>
