<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Crash</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Kỹ năng số is already open</source>
        <translation>Kỹ năng số đang mở</translation>
    </message>
    <message>
        <source>The data folder is read-only</source>
        <translation>Thư mục dữ liệu chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>Tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The data file %1 is damaged and cannot be opened. The latest backup is from %2. Restore it? The damaged file is kept beside it for an expert to look at.</source>
        <translation>Tệp dữ liệu %1 bị hỏng và không mở được. Bản sao lưu mới nhất được tạo lúc %2. Khôi phục bản này? Tệp bị hỏng vẫn được giữ lại bên cạnh để chuyên viên kiểm tra.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>None of the backups could be read. Nothing was changed.</source>
        <translation>Không đọc được bản sao lưu nào. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged and there is no backup to restore. You can start again with an empty database; the damaged file is kept beside it for an expert to look at.</source>
        <translation>Tệp dữ liệu %1 bị hỏng và không có bản sao lưu nào để khôi phục. Bạn có thể bắt đầu lại với cơ sở dữ liệu trống; tệp bị hỏng vẫn được giữ lại bên cạnh để chuyên viên kiểm tra.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Bắt đầu với cơ sở dữ liệu trống</translation>
    </message>
</context>
</TS>
