<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Tour</name>
    <message>
        <source>Today: what to teach next</source>
        <translation>Hôm nay: dạy bài nào tiếp theo</translation>
    </message>
    <message>
        <source>Each class with its next lesson. Press Start lesson on your class&apos;s row to begin.</source>
        <translation>Mỗi lớp cùng bài học tiếp theo của lớp. Bấm Bắt đầu dạy ở dòng của lớp mình để vào tiết học.</translation>
    </message>
    <message>
        <source>A lesson in five steps</source>
        <translation>Một tiết học có năm bước</translation>
    </message>
    <message>
        <source>Class and lesson, attendance, present, quiz, review and save. Move on with Next; Ctrl+S saves the session.</source>
        <translation>Lớp và bài học, điểm danh, trình chiếu, câu hỏi, xem lại và lưu. Sang bước sau bằng nút Tiếp; Ctrl+S để lưu buổi học.</translation>
    </message>
    <message>
        <source>Every lesson, ready to print</source>
        <translation>Mọi bài học, in được ngay</translation>
    </message>
    <message>
        <source>Read a lesson before class, present it, and print its pupil handout, family note and materials.</source>
        <translation>Đọc bài trước giờ lên lớp, trình chiếu bài, in phiếu học tập, thư gửi gia đình và học liệu của bài.</translation>
    </message>
    <message>
        <source>Send your lessons to the school</source>
        <translation>Gửi dữ liệu buổi học cho nhà trường</translation>
    </message>
    <message>
        <source>Data goes from computer to computer as a package on a USB stick, never over the internet. The school leader makes the reports from them.</source>
        <translation>Dữ liệu đi từ máy này sang máy khác bằng gói dữ liệu trên USB, không bao giờ qua mạng. Lãnh đạo trường lập báo cáo từ các gói đó.</translation>
    </message>
    <message>
        <source>Collect your teachers&apos; packages</source>
        <translation>Nhận gói dữ liệu của giáo viên</translation>
    </message>
    <message>
        <source>Teachers bring their lessons as a package on a USB stick or by e-mail. Import it here; a package from a new computer waits until you accept its fingerprint.</source>
        <translation>Giáo viên mang dữ liệu buổi học đến bằng gói trên USB hoặc gửi qua thư điện tử. Nhập gói ở đây; gói từ một máy tính mới sẽ chờ cho đến khi thầy cô chấp nhận dấu vân tay của máy đó.</translation>
    </message>
    <message>
        <source>See which classes are behind</source>
        <translation>Xem lớp nào đang chậm</translation>
    </message>
    <message>
        <source>Coverage of every class against its grade&apos;s lessons, and the programme&apos;s tasks for this period.</source>
        <translation>Mức độ hoàn thành của từng lớp so với các bài của khối, cùng các nhiệm vụ của chương trình trong kỳ này.</translation>
    </message>
    <message>
        <source>The report to sign</source>
        <translation>Báo cáo để ký</translation>
    </message>
    <message>
        <source>Choose the period and save the school&apos;s report as Word: it is laid out in the official style, ready to finish, sign and send.</source>
        <translation>Chọn kỳ báo cáo và lưu báo cáo của trường dưới dạng Word: báo cáo được trình bày theo thể thức văn bản hành chính, sẵn sàng để hoàn thiện, ký và gửi.</translation>
    </message>
    <message>
        <source>Children who ask for help</source>
        <translation>Khi trẻ tìm đến để được giúp đỡ</translation>
    </message>
    <message>
        <source>The school&apos;s designated person records each disclosure here, locked with a passphrase, and follows every case until the child is supported.</source>
        <translation>Người được nhà trường phân công ghi lại từng trường hợp trẻ chia sẻ tại đây, có khóa bằng cụm mật khẩu, và theo dõi mỗi trường hợp cho đến khi trẻ được hỗ trợ.</translation>
    </message>
    <message>
        <source>Receive the schools&apos; reports</source>
        <translation>Nhận báo cáo của các trường</translation>
    </message>
    <message>
        <source>Schools send their figures as a package: counts only, never a child&apos;s name. Import each one here and accept a new school&apos;s fingerprint once.</source>
        <translation>Các trường gửi số liệu bằng gói dữ liệu: chỉ có số đếm, không bao giờ có tên trẻ. Nhập từng gói ở đây và chấp nhận dấu vân tay của trường mới một lần.</translation>
    </message>
    <message>
        <source>The district&apos;s report</source>
        <translation>Báo cáo của phòng</translation>
    </message>
    <message>
        <source>The schools&apos; figures summed for the period, with the schools that have not reported yet, as Word or PDF.</source>
        <translation>Số liệu của các trường được cộng lại theo kỳ, kèm danh sách các trường chưa báo cáo, dưới dạng Word hoặc PDF.</translation>
    </message>
    <message>
        <source>The lessons your schools teach</source>
        <translation>Các bài học mà các trường giảng dạy</translation>
    </message>
    <message>
        <source>Every lesson of the kit by grade: read what schools teach before you visit.</source>
        <translation>Mọi bài học của bộ kỹ năng theo từng khối lớp: đọc trước nội dung các trường dạy trước khi đến kiểm tra.</translation>
    </message>
    <message>
        <source>Your office and your keys</source>
        <translation>Đơn vị và khóa của máy</translation>
    </message>
    <message>
        <source>The department&apos;s name for the report&apos;s header, the language, and a backup of this computer&apos;s keys.</source>
        <translation>Tên đơn vị ghi ở tiêu đề báo cáo, ngôn ngữ và bản sao lưu khóa của máy tính này.</translation>
    </message>
    <message>
        <source>Help on every page</source>
        <translation>Trợ giúp ở mọi trang</translation>
    </message>
    <message>
        <source>Press F1, or the Help button at the bottom left, for the guide to the page on screen. You can see this tour again in Settings.</source>
        <translation>Bấm F1, hoặc nút Trợ giúp ở góc dưới bên trái, để đọc hướng dẫn của trang đang mở. Có thể xem lại phần giới thiệu này trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>TourPanel</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Bước %1/%2</translation>
    </message>
    <message>
        <source>Skip the tour</source>
        <translation>Bỏ qua phần giới thiệu</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Quay lại</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Tiếp ›</translation>
    </message>
</context>
</TS>
