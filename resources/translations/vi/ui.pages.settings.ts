<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
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
        <source>District or ward</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Save the school</source>
        <translation>Lưu thông tin trường</translation>
    </message>
    <message>
        <source>You and this computer</source>
        <translation>Người dùng và máy tính này</translation>
    </message>
    <message>
        <source>Teacher&apos;s name</source>
        <translation>Tên giáo viên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Tên máy tính này</translation>
    </message>
    <message>
        <source>Principal (signs reports)</source>
        <translation>Hiệu trưởng (ký báo cáo)</translation>
    </message>
    <message>
        <source>Signer&apos;s title (e.g. Hiệu trưởng)</source>
        <translation>Chức vụ người ký (ví dụ: Hiệu trưởng)</translation>
    </message>
    <message>
        <source>Report number prefix (e.g. BC-THCS)</source>
        <translation>Ký hiệu số báo cáo (ví dụ: BC-THCS)</translation>
    </message>
    <message>
        <source>Education department (report header)</source>
        <translation>Cơ quan chủ quản (đầu báo cáo)</translation>
    </message>
    <message>
        <source>Place (in report dates)</source>
        <translation>Địa danh (ghi trước ngày tháng báo cáo)</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Giáo viên</translation>
    </message>
    <message>
        <source>School leader</source>
        <translation>Lãnh đạo trường</translation>
    </message>
    <message>
        <source>Education department</source>
        <translation>Cơ quan quản lý giáo dục</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language of the app and the lessons</source>
        <translation>Ngôn ngữ của ứng dụng và bài học</translation>
    </message>
    <message>
        <source>Show the first-start tour again</source>
        <translation>Xem lại phần giới thiệu lúc mới dùng</translation>
    </message>
    <message>
        <source>School-year dates</source>
        <translation>Thời gian năm học</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Bắt đầu năm học</translation>
    </message>
    <message>
        <source>Semester 1 ends</source>
        <translation>Kết thúc học kỳ I</translation>
    </message>
    <message>
        <source>Semester 2 starts</source>
        <translation>Bắt đầu học kỳ II</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Kết thúc năm học</translation>
    </message>
    <message>
        <source>Save the dates</source>
        <translation>Lưu thời gian</translation>
    </message>
    <message>
        <source>Usual dates</source>
        <translation>Ngày thường lệ</translation>
    </message>
    <message>
        <source>New school year…</source>
        <translation>Năm học mới…</translation>
    </message>
    <message>
        <source>Undo new school year</source>
        <translation>Hoàn tác năm học mới</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>A backup is made automatically each day the app is opened; the last 10 are kept. Restoring keeps the current data as a file beside it.</source>
        <translation>Mỗi ngày mở ứng dụng, một bản sao lưu được tạo tự động; giữ lại 10 bản gần nhất. Khi khôi phục, dữ liệu hiện tại được giữ lại thành một tệp bên cạnh.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Mở thư mục sao lưu</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Tạo thủ công</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Trước khi cập nhật</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Choose a backup in the table first.</source>
        <translation>Hãy chọn một bản sao lưu trong bảng trước.</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>No backup yet: press “Back up now” to make one (the app makes one by itself the next day it is opened).</source>
        <translation>Chưa có bản sao lưu: bấm “Sao lưu ngay” để tạo một bản (ứng dụng cũng tự sao lưu vào ngày hôm sau khi được mở).</translation>
    </message>
    <message>
        <source>The school needs a name.</source>
        <translation>Cần nhập tên trường.</translation>
    </message>
    <message>
        <source>The school is saved.</source>
        <translation>Đã lưu thông tin trường.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>The school-year dates are saved.</source>
        <translation>Đã lưu thời gian năm học.</translation>
    </message>
    <message>
        <source>There is no class yet: make the classes of this year on the Classes page.</source>
        <translation>Chưa có lớp nào: hãy tạo các lớp của năm nay ở trang Lớp học.</translation>
    </message>
    <message>
        <source>Move every class up into school year %1, with a preview first.</source>
        <translation>Chuyển mọi lớp lên năm học %1, có xem trước.</translation>
    </message>
    <message>
        <source>No new school year has been started on this computer.</source>
        <translation>Máy này chưa bắt đầu năm học mới nào.</translation>
    </message>
    <message>
        <source>School year %1 already has saved sessions: it can no longer be undone.</source>
        <translation>Năm học %1 đã có buổi học được lưu: không thể hoàn tác nữa.</translation>
    </message>
    <message>
        <source>Put everything back as it was before school year %1 was started.</source>
        <translation>Đưa mọi thứ trở lại như trước khi bắt đầu năm học %1.</translation>
    </message>
    <message>
        <source>Starting the new school year…</source>
        <translation>Đang bắt đầu năm học mới…</translation>
    </message>
    <message>
        <source>School year %1 has started.</source>
        <translation>Đã bắt đầu năm học %1.</translation>
    </message>
    <message>
        <source>Undo school year %1?</source>
        <translation>Hoàn tác năm học %1?</translation>
    </message>
    <message>
        <source>Its classes and pupils are removed, the classes of the year before are live again, and graduated pupils are back in their classes.</source>
        <translation>Các lớp và học sinh của năm đó bị bỏ, các lớp của năm trước hoạt động trở lại, học sinh đã ra trường trở về lớp cũ.</translation>
    </message>
    <message>
        <source>Undo the new year</source>
        <translation>Hoàn tác năm học mới</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>School year %1 is undone.</source>
        <translation>Đã hoàn tác năm học %1.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <source>Wait until the task in the status bar has finished.</source>
        <translation>Hãy chờ việc đang chạy ở thanh trạng thái hoàn tất.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Replace all the data on this computer with the backup made on %1? The current data is kept as a file beside the database.</source>
        <translation>Thay toàn bộ dữ liệu trên máy này bằng bản sao lưu tạo lúc %1? Dữ liệu hiện tại được giữ lại thành một tệp bên cạnh cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <source>Restored. The previous data is kept in %1</source>
        <translation>Đã khôi phục. Dữ liệu trước đó được giữ ở %1</translation>
    </message>
</context>
</TS>
