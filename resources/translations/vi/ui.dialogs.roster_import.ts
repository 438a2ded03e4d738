<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a class list</source>
        <translation>Nhập danh sách lớp</translation>
    </message>
    <message>
        <source>Import %1 into class %2</source>
        <translation>Nhập %1 vào lớp %2</translation>
    </message>
    <message>
        <source>Skip the %1 rows with problems and import the others</source>
        <translation>Bỏ qua %1 dòng có lỗi và nhập các dòng còn lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>sổ tính Excel, trang “%1”</translation>
    </message>
    <message>
        <source>LibreOffice Calc sheet “%1”</source>
        <translation>Trang tính LibreOffice Calc “%1”</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 có BOM</translation>
    </message>
    <message>
        <source>CSV text, %1</source>
        <translation>tệp CSV, bảng mã %1</translation>
    </message>
    <message>
        <source>Read as %1. Header on row %2: %3.</source>
        <translation>Đọc dưới dạng %1. Dòng tiêu đề là dòng %2: %3.</translation>
    </message>
    <message>
        <source>All %1 pupils are ready to import.</source>
        <translation>Cả %1 học sinh đã sẵn sàng để nhập.</translation>
    </message>
    <message>
        <source>%1 pupils are ready; %2 rows have problems (shaded). Nothing is imported until the file is fixed or those rows are skipped.</source>
        <translation>%1 học sinh đã sẵn sàng; %2 dòng có lỗi (tô màu). Chưa nhập học sinh nào cho đến khi tệp được sửa hoặc các dòng lỗi được bỏ qua.</translation>
    </message>
    <message>
        <source>Import %1 pupils</source>
        <translation>Nhập %1 học sinh</translation>
    </message>
</context>
</TS>
