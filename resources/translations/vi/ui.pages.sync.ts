<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Sync: packages between computers</source>
        <translation>Đồng bộ: gói dữ liệu giữa các máy</translation>
    </message>
    <message>
        <source>Save my key card…</source>
        <translation>Lưu thẻ khóa của máy này…</translation>
    </message>
    <message>
        <source>Add a key card…</source>
        <translation>Thêm thẻ khóa…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi đi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Gửi cho</translation>
    </message>
    <message>
        <source>Pupil data is encrypted: only that computer can read the package.</source>
        <translation>Dữ liệu học sinh được mã hóa: chỉ máy nhận đọc được gói.</translation>
    </message>
    <message>
        <source>Send everything again, not only the changes</source>
        <translation>Gửi lại toàn bộ, không chỉ phần thay đổi</translation>
    </message>
    <message>
        <source>Folder or USB drive</source>
        <translation>Thư mục hoặc USB</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>Figures for</source>
        <translation>Số liệu kỳ</translation>
    </message>
    <message>
        <source>Export figures for the department</source>
        <translation>Xuất số liệu gửi phòng giáo dục</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Nhận về</translation>
    </message>
    <message>
        <source>Drop .kns packages here, or choose them:</source>
        <translation>Kéo thả gói .kns vào đây, hoặc chọn tệp:</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>Nhập gói…</translation>
    </message>
    <message>
        <source>Held: packages from devices not accepted yet</source>
        <translation>Đang giữ lại: gói từ các máy chưa được chấp nhận</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Fingerprint (read it aloud)</source>
        <translation>Mã nhận dạng (đọc to để đối chiếu)</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Số gói</translation>
    </message>
    <message>
        <source>Accept and import</source>
        <translation>Chấp nhận và nhập</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Known devices</source>
        <translation>Các máy đã biết</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Mã nhận dạng</translation>
    </message>
    <message>
        <source>Card checked</source>
        <translation>Đã nhập thẻ</translation>
    </message>
    <message>
        <source>Last package received</source>
        <translation>Gói nhận gần nhất</translation>
    </message>
    <message>
        <source>Last package sent</source>
        <translation>Gói gửi gần nhất</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>giáo viên</translation>
    </message>
    <message>
        <source>school leader</source>
        <translation>hiệu trưởng</translation>
    </message>
    <message>
        <source>education department</source>
        <translation>phòng giáo dục</translation>
    </message>
    <message>
        <source>This computer: %1 (%2) · fingerprint %3</source>
        <translation>Máy này: %1 (%2) · mã nhận dạng %3</translation>
    </message>
    <message>
        <source>An education department only receives packages: pupil data never goes to it, and it sends none.</source>
        <translation>Phòng giáo dục chỉ nhận gói: dữ liệu học sinh không bao giờ được gửi tới phòng, và phòng không gửi gói nào.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no (first seen in a package)</source>
        <translation>chưa (chỉ biết qua gói)</translation>
    </message>
    <message>
        <source>Importing the accepted packages…</source>
        <translation>Đang nhập các gói đã chấp nhận…</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 dòng)</translation>
    </message>
    <message>
        <source>Choose a folder or USB drive to write to first (“Choose…”).</source>
        <translation>Hãy chọn thư mục hoặc USB để ghi gói trước (“Chọn…”).</translation>
    </message>
    <message>
        <source>No computer to send to yet: add the other computer&apos;s key card first (“Add a key card…” under Known devices).</source>
        <translation>Chưa có máy nào để gửi: hãy thêm thẻ khóa của máy kia trước (“Thêm thẻ khóa…” ở mục Các máy đã biết).</translation>
    </message>
    <message>
        <source>This computer belongs to an education department: drop or import the figures packages schools send under Receive.</source>
        <translation>Máy này thuộc phòng giáo dục: hãy thả vào hoặc nhập các gói số liệu các trường gửi ở mục Nhận về.</translation>
    </message>
    <message>
        <source>To send data, first swap key cards with the other computer: “Save my key card…” here and give it to them on a USB drive, then “Add a key card…” with theirs.</source>
        <translation>Muốn gửi dữ liệu, trước hết hai máy trao đổi thẻ khóa: bấm “Lưu thẻ khóa của máy này…”, chép sang USB đưa cho máy kia, rồi bấm “Thêm thẻ khóa…” với thẻ của máy đó.</translation>
    </message>
    <message>
        <source>Then choose the folder or USB drive the packages go to (“Choose…”).</source>
        <translation>Sau đó chọn thư mục hoặc USB để ghi gói (“Chọn…”).</translation>
    </message>
    <message>
        <source>Where to write packages</source>
        <translation>Nơi ghi gói dữ liệu</translation>
    </message>
    <message>
        <source>This database was made on another computer and copied here. Two computers must not share one identity, or their changes overwrite each other.</source>
        <translation>Cơ sở dữ liệu này được tạo trên một máy tính khác rồi chép sang máy này. Hai máy không được dùng chung một danh tính, nếu không thay đổi của máy này sẽ ghi đè lên máy kia.</translation>
    </message>
    <message>
        <source>The old computer is no longer used: keep the identity</source>
        <translation>Máy cũ không còn dùng nữa: giữ danh tính</translation>
    </message>
    <message>
        <source>Both computers stay in use: new identity here</source>
        <translation>Cả hai máy vẫn dùng: tạo danh tính mới cho máy này</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>This computer now has its own identity. Send its new key card to the school leader (Save my key card) before the next package.</source>
        <translation>Máy này đã có danh tính riêng. Hãy gửi thẻ khóa mới của máy cho hiệu trưởng (Lưu thẻ khóa của máy này) trước khi gửi gói tiếp theo.</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Đang ghi gói dữ liệu…</translation>
    </message>
    <message>
        <source>Writing the figures package…</source>
        <translation>Đang ghi gói số liệu…</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Gói cần nhập</translation>
    </message>
    <message>
        <source>Checking and importing packages…</source>
        <translation>Đang kiểm tra và nhập gói…</translation>
    </message>
    <message>
        <source>Save my key card</source>
        <translation>Lưu thẻ khóa của máy này</translation>
    </message>
    <message>
        <source>Key card saved to %1. Fingerprint: %2</source>
        <translation>Đã lưu thẻ khóa vào %1. Mã nhận dạng: %2</translation>
    </message>
    <message>
        <source>Key card to add</source>
        <translation>Thẻ khóa cần thêm</translation>
    </message>
</context>
</TS>
