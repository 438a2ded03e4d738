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
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <source>The file does not name its class. Import into class:</source>
        <translation>Tệp không ghi lớp. Nhập vào lớp:</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>khối</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Đọc lại</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Nghỉ học</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Pupils after</source>
        <translation>Sĩ số sau khi nhập</translation>
    </message>
    <message>
        <source>Show only the rows with problems</source>
        <translation>Chỉ hiện các dòng có lỗi</translation>
    </message>
    <message>
        <source>Save the rejected rows as CSV…</source>
        <translation>Lưu các dòng bị loại ra tệp CSV…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Reading the class list…</source>
        <translation>Đang đọc danh sách lớp…</translation>
    </message>
    <message>
        <source>Comparing with the classes…</source>
        <translation>Đang so sánh với các lớp…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <source>All sheets</source>
        <translation>Tất cả các trang tính</translation>
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
        <source>%1, header on row %2</source>
        <translation>%1, dòng tiêu đề ở dòng %2</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Đọc dưới dạng %1.</translation>
    </message>
    <message>
        <source>%1 (new class)</source>
        <translation>%1 (lớp mới)</translation>
    </message>
    <message>
        <source>%1 rows have problems (shaded): %2. They are not imported unless skipped.</source>
        <translation>%1 dòng có lỗi (tô màu): %2. Các dòng này không được nhập; muốn nhập phần còn lại thì chọn bỏ qua chúng.</translation>
    </message>
    <message>
        <source>Wait until the file has been read.</source>
        <translation>Hãy chờ đọc xong tệp.</translation>
    </message>
    <message>
        <source>This file cannot be imported: the reason is above.</source>
        <translation>Không nhập được tệp này: lý do ghi ở trên.</translation>
    </message>
    <message>
        <source>The file has no pupil that can be imported.</source>
        <translation>Tệp không có học sinh nào nhập được.</translation>
    </message>
    <message>
        <source>Some rows have problems: fix the file, or tick the box below to skip them.</source>
        <translation>Một số dòng có lỗi: hãy sửa tệp, hoặc đánh dấu ô bên dưới để bỏ qua các dòng đó.</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Lưu các dòng bị loại</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1 rejected rows to %2</source>
        <translation>Đã lưu %1 dòng bị loại vào %2</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Kiểm tra trước khi nhập</translation>
    </message>
    <message>
        <source>Import anyway?</source>
        <translation>Bạn vẫn muốn nhập chứ?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Vẫn nhập</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>Import %1 pupils</source>
        <translation>Nhập %1 học sinh</translation>
    </message>
</context>
</TS>
