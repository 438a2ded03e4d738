<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
  <context>
    <name>Tour</name>
    <message>
      <source>Today: what to teach next</source>
      <translation>Hôm nay: dạy bài nào tiếp theo</translation>
    </message>
    <message>
      <source>Each class with its next lesson. Press Start lesson on your class's row to begin.</source>
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