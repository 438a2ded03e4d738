<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ReportsPage</name>
    <message>
        <source>School report (for the department)</source>
        <translation>Báo cáo của trường (gửi cơ quan quản lý)</translation>
    </message>
    <message>
        <source>Class report (with pupils&apos; names)</source>
        <translation>Báo cáo lớp (có tên học sinh)</translation>
    </message>
    <message>
        <source>Department summary of schools</source>
        <translation>Báo cáo tổng hợp các trường</translation>
    </message>
    <message>
        <source>CSV for Excel in Vietnamese (*.csv)</source>
        <translation>CSV cho Excel tiếng Việt (*.csv)</translation>
    </message>
    <message>
        <source>CSV, standard (*.csv)</source>
        <translation>CSV chuẩn (*.csv)</translation>
    </message>
    <message>
        <source>who signs (principal)</source>
        <translation>người ký (hiệu trưởng)</translation>
    </message>
    <message>
        <source>the signer&apos;s title</source>
        <translation>chức vụ người ký</translation>
    </message>
    <message>
        <source>the managing agency</source>
        <translation>cơ quan quản lý trực tiếp</translation>
    </message>
    <message>
        <source>the document number&apos;s code</source>
        <translation>ký hiệu số văn bản</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Break the school report down by site</source>
        <translation>Chia báo cáo của trường theo điểm trường</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành tệp…</translation>
    </message>
    <message>
        <source>Save the report as a file (Ctrl+S)</source>
        <translation>Lưu báo cáo thành tệp (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>Lưu danh mục nhiệm vụ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>A school year, a semester, a month, or dates like 2026-09-05..2026-12-31</source>
        <translation>Một năm học, một học kỳ, một tháng, hoặc khoảng ngày như 2026-09-05..2026-12-31</translation>
    </message>
    <message>
        <source>Choose a report and press Preview.</source>
        <translation>Chọn loại báo cáo rồi bấm Xem trước.</translation>
    </message>
    <message>
        <source>Not a period: use e.g. 2026-2027, 2026-2027/hk1, 2026-11 or 2026-09-05..2026-12-31</source>
        <translation>Kỳ báo cáo không hợp lệ: ví dụ 2026-2027, 2026-2027/hk1, 2026-11 hoặc 2026-09-05..2026-12-31</translation>
    </message>
    <message>
        <source>Only the class report is about one class: choose it under Report to pick the class.</source>
        <translation>Chỉ báo cáo lớp mới dành cho một lớp: chọn loại báo cáo đó ở mục Báo cáo để chọn lớp.</translation>
    </message>
    <message>
        <source>Only the school report is broken down by site: choose it under Report.</source>
        <translation>Chỉ báo cáo của trường mới chia theo điểm trường: chọn loại báo cáo đó ở mục Báo cáo.</translation>
    </message>
    <message>
        <source>The programme checklist belongs to a school; this database has no school.</source>
        <translation>Danh mục nhiệm vụ của chương trình thuộc về một trường; cơ sở dữ liệu này không có trường nào.</translation>
    </message>
    <message>
        <source>Programme tasks</source>
        <translation>Nhiệm vụ của chương trình</translation>
    </message>
    <message>
        <source>This database has no school of its own (an education department): the department summary is made from the figures schools send on the Sync page. A school enters its name on the Settings page.</source>
        <translation>Cơ sở dữ liệu này không có trường riêng (của phòng giáo dục): báo cáo tổng hợp của phòng được lập từ số liệu các trường gửi ở trang Đồng bộ. Một trường thì nhập tên trường ở trang Cài đặt.</translation>
    </message>
    <message>
        <source>Not set yet: %1. The report can still be saved, with a blank left there to fill in by hand.</source>
        <translation>Chưa khai báo: %1. Vẫn lưu được báo cáo; các chỗ đó để trống để ghi tay.</translation>
    </message>
    <message>
        <source>Fill them in Settings</source>
        <translation>Khai báo trong Cài đặt</translation>
    </message>
    <message>
        <source>Programme tasks, school year %1</source>
        <translation>Nhiệm vụ của chương trình, năm học %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Checklist saved</source>
        <translation>Đã lưu danh mục nhiệm vụ</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>Charts in this report</source>
        <translation>Biểu đồ trong báo cáo</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>no sessions recorded in this period</source>
        <translation>chưa có buổi học nào trong kỳ</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Đang lưu báo cáo…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>CSV: %1</source>
        <translation>CSV: %1</translation>
    </message>
</context>
</TS>
