<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Crash</name>
    <message>
        <source>The data file cannot be reached</source>
        <translation>Không truy cập được tệp dữ liệu</translation>
    </message>
    <message>
        <source>The data file %1 is no longer reachable: reconnect the drive it is on (USB stick, external disk or network folder), then close Kỹ năng số and open it again.</source>
        <translation>Không còn truy cập được tệp dữ liệu %1: hãy cắm lại ổ chứa tệp (USB, ổ cứng ngoài hoặc thư mục mạng), rồi đóng Kỹ năng số và mở lại.</translation>
    </message>
    <message>
        <source>What was saved before is on that drive. The change you were making when it went away may not have been saved.</source>
        <translation>Những gì đã lưu trước đó vẫn nằm trên ổ đó. Thay đổi bạn đang làm lúc ổ bị ngắt có thể chưa được lưu.</translation>
    </message>
    <message>
        <source>The data folder is read-only</source>
        <translation>Thư mục dữ liệu chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>Kỹ năng số cannot write to %1: the folder or the drive is read-only. Your last change was not saved; everything saved before is intact.</source>
        <translation>Kỹ năng số không ghi được vào %1: thư mục hoặc ổ đĩa chỉ cho phép đọc. Thay đổi vừa rồi chưa được lưu; mọi dữ liệu đã lưu trước đó vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <source>Copy the data file to a folder you can write to, or ask whoever looks after this computer for permission to write there.</source>
        <translation>Hãy chép tệp dữ liệu sang một thư mục được phép ghi, hoặc nhờ người quản lý máy tính này cấp quyền ghi.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Your last change was not saved; everything saved before is intact.</source>
        <translation>Ổ đĩa chứa %1 đã đầy. Thay đổi vừa rồi chưa được lưu; mọi dữ liệu đã lưu trước đó vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <source>Free some space (empty the Recycle Bin, delete old downloads), then try again.</source>
        <translation>Hãy giải phóng dung lượng (dọn Thùng rác, xóa các tệp tải về cũ) rồi thử lại.</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>Tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The data file %1 is damaged.</source>
        <translation>Tệp dữ liệu %1 bị hỏng.</translation>
    </message>
    <message>
        <source>Close Kỹ năng số and open it again: it will offer to restore the latest backup.</source>
        <translation>Hãy đóng Kỹ năng số rồi mở lại: chương trình sẽ đề nghị khôi phục bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra sự cố</translation>
    </message>
    <message>
        <source>Kỹ năng số met a problem it did not expect. Your saved data is safe: a change that was being saved when it happened was saved completely or not at all.</source>
        <translation>Kỹ năng số gặp một sự cố ngoài dự kiến. Dữ liệu đã lưu của bạn vẫn an toàn: thay đổi đang được lưu lúc xảy ra sự cố hoặc đã được lưu trọn vẹn, hoặc chưa được lưu chút nào.</translation>
    </message>
    <message>
        <source>Close this message and carry on. If the same problem comes back, close Kỹ năng số and open it again. If it keeps happening, send this file to whoever helps you with the app:
%1</source>
        <translation>Hãy đóng thông báo này và tiếp tục làm việc. Nếu sự cố lặp lại, hãy đóng Kỹ năng số rồi mở lại. Nếu vẫn tiếp diễn, hãy gửi tệp này cho người hỗ trợ bạn sử dụng ứng dụng:
%1</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Không hoàn thành được</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
        <source>Close Kỹ năng số</source>
        <translation>Đóng Kỹ năng số</translation>
    </message>
</context>
</TS>
