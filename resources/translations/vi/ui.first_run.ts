<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>Đã sẵn sàng</translation>
    </message>
    <message>
        <source>Press Start to open Kỹ năng số.</source>
        <translation>Bấm Bắt đầu để mở Kỹ năng số.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The demo school will be prepared in the background; it takes under a minute.&lt;/p&gt;&lt;p&gt;When you are ready for your own school, remove the demo in one click: &lt;b&gt;Settings → Remove the demo school&lt;/b&gt;. Your own school is then created with the name and code you gave.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trường mẫu sẽ được chuẩn bị ở chế độ nền, mất chưa đến một phút.&lt;/p&gt;&lt;p&gt;Khi sẵn sàng làm việc với trường của mình, hãy xóa trường mẫu chỉ bằng một lần bấm: &lt;b&gt;Cài đặt → Xóa trường mẫu&lt;/b&gt;. Trường của bạn sẽ được tạo với tên và mã bạn đã nhập.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next, add your classes on the &lt;b&gt;Classes&lt;/b&gt; page, or import a class list from Excel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tiếp theo, hãy thêm các lớp ở trang &lt;b&gt;Lớp học&lt;/b&gt;, hoặc nhập danh sách lớp từ tệp Excel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your data stays on this computer. A backup is made every day in the &lt;b&gt;backups&lt;/b&gt; folder beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dữ liệu của bạn chỉ nằm trên máy tính này. Mỗi ngày, một bản sao lưu được tạo trong thư mục &lt;b&gt;backups&lt;/b&gt; bên cạnh tệp dữ liệu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Kỹ năng số — first start</source>
        <translation>Kỹ năng số — khởi động lần đầu</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Kỹ năng số</source>
        <translation>Chào mừng bạn đến với Kỹ năng số</translation>
    </message>
    <message>
        <source>A few questions and you are ready. Choose the language of the app:</source>
        <translation>Chỉ vài câu hỏi là xong. Hãy chọn ngôn ngữ của ứng dụng:</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Who will use this computer?</source>
        <translation>Ai sẽ dùng máy tính này?</translation>
    </message>
    <message>
        <source>This decides what the app shows first. You can change it later in Settings.</source>
        <translation>Lựa chọn này quyết định ứng dụng hiển thị gì trước tiên. Bạn có thể đổi lại trong Cài đặt.</translation>
    </message>
    <message>
        <source>A teacher</source>
        <translation>Giáo viên</translation>
    </message>
    <message>
        <source>Teach the lessons, take attendance, run quizzes, print class reports.</source>
        <translation>Dạy các bài học, điểm danh, tổ chức câu hỏi kiểm tra, in báo cáo của lớp.</translation>
    </message>
    <message>
        <source>A school leader</source>
        <translation>Lãnh đạo nhà trường</translation>
    </message>
    <message>
        <source>Collect the teachers&apos; data, follow coverage, send the school&apos;s periodic report.</source>
        <translation>Tổng hợp dữ liệu của giáo viên, theo dõi mức độ triển khai, gửi báo cáo định kỳ của trường.</translation>
    </message>
    <message>
        <source>The education department</source>
        <translation>Phòng Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <source>Receive schools&apos; summary reports (counts only, never pupils&apos; names).</source>
        <translation>Nhận báo cáo tổng hợp của các trường (chỉ số liệu, không bao giờ có tên học sinh).</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your school and your name</source>
        <translation>Trường của bạn và tên của bạn</translation>
    </message>
    <message>
        <source>They appear on reports and on the data packages you send.</source>
        <translation>Các thông tin này xuất hiện trên báo cáo và trên các gói dữ liệu bạn gửi đi.</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Tên Phòng Giáo dục</translation>
    </message>
    <message>
        <source>e.g. Hải Phòng Department of Education and Training</source>
        <translation>ví dụ: Sở GD&amp;ĐT thành phố Hải Phòng</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <source>e.g. Trường THCS Trần Phú</source>
        <translation>ví dụ: Trường THCS Trần Phú</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <source>the code on the Ministry&apos;s records, if you know it</source>
        <translation>mã trường trên hệ thống của Bộ, nếu bạn biết</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Họ và tên của bạn</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Hà</source>
        <translation>ví dụ: Nguyễn Thị Hà</translation>
    </message>
    <message>
        <source>Type the department&apos;s name and your name to go on.</source>
        <translation>Hãy nhập tên phòng giáo dục và họ tên của bạn để tiếp tục.</translation>
    </message>
    <message>
        <source>Type the school&apos;s name and your name to go on.</source>
        <translation>Hãy nhập tên trường và họ tên của bạn để tiếp tục.</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>Bạn có thể thay đổi tất cả thông tin này sau, trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to start?</source>
        <translation>Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <source>Either way, nothing leaves this computer unless you send it.</source>
        <translation>Dù chọn cách nào, không có dữ liệu nào rời khỏi máy tính này trừ khi bạn gửi đi.</translation>
    </message>
    <message>
        <source>Start with an empty school</source>
        <translation>Bắt đầu với trường trống</translation>
    </message>
    <message>
        <source>Add your classes and pupils yourself, or import a class list from Excel.</source>
        <translation>Tự thêm lớp và học sinh, hoặc nhập danh sách lớp từ tệp Excel.</translation>
    </message>
    <message>
        <source>Explore the demo school</source>
        <translation>Khám phá trường mẫu</translation>
    </message>
    <message>
        <source>A made-up lower-secondary school with 600 pupils and this year&apos;s lessons, to try everything safely. Remove it later in one click.</source>
        <translation>Một trường THCS giả định với 600 học sinh và các buổi học của năm nay, để thử mọi chức năng một cách an toàn. Sau này có thể xóa chỉ bằng một lần bấm.</translation>
    </message>
</context>
</TS>
