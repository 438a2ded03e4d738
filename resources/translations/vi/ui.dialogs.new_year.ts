<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>NewYearDialog</name>
    <message>
        <source>New school year</source>
        <translation>Năm học mới</translation>
    </message>
    <message>
        <source>From school year %1 to %2</source>
        <translation>Từ năm học %1 sang năm học %2</translation>
    </message>
    <message>
        <source>Every class moves up with its pupils; check the new names (double-click or F2 to change one). The classes of %1 are archived read-only with their sessions and reports; pupils of the last grade are marked as graduated, not deleted. You can undo this until the first session of the new year is saved.</source>
        <translation>Mọi lớp lên lớp cùng học sinh của lớp; hãy kiểm tra tên mới (nháy đúp hoặc F2 để sửa). Các lớp của năm %1 được lưu trữ ở chế độ chỉ xem cùng các buổi học và báo cáo; học sinh khối cuối cấp được ghi là đã ra trường, không bị xoá. Có thể hoàn tác cho đến khi lưu buổi học đầu tiên của năm mới.</translation>
    </message>
    <message>
        <source>Class now</source>
        <translation>Lớp hiện nay</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Tên mới</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Ra trường</translation>
    </message>
    <message>
        <source>Classes of the new school year</source>
        <translation>Các lớp của năm học mới</translation>
    </message>
    <message>
        <source>Start the new school year</source>
        <translation>Bắt đầu năm học mới</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>— leaves the school —</source>
        <translation>— ra trường —</translation>
    </message>
    <message>
        <source>Start school year %1 now?</source>
        <translation>Bắt đầu năm học %1 ngay bây giờ?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
</context>
</TS>
