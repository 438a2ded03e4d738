<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CasesPage</name>
    <message>
        <source>Case register</source>
        <translation>Sổ theo dõi trường hợp</translation>
    </message>
    <message>
        <source>Case register (designated person only)</source>
        <translation>Sổ theo dõi trường hợp (chỉ người phụ trách)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Các trường hợp</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Các việc đã làm</translation>
    </message>
    <message>
        <source>This register is locked. Only the school&apos;s designated person and the deputy can open it, with their passphrase or the recovery code.</source>
        <translation>Sổ đang khóa. Chỉ người phụ trách bảo vệ trẻ em của nhà trường và người phó mở được, bằng cụm mật khẩu của mình hoặc mã khôi phục.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Cụm mật khẩu hoặc mã khôi phục</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở sổ</translation>
    </message>
    <message>
        <source>Set up the register. Choose a passphrase only you know (a sentence of 10 characters or more); a deputy may have a second one. A recovery code is shown once: write it on paper. If the passphrase is forgotten and the code is lost, the register cannot be read again, by anyone.</source>
        <translation>Lập sổ theo dõi. Chọn một cụm mật khẩu chỉ mình thầy cô biết (một câu từ 10 ký tự trở lên); người phó có thể có cụm thứ hai. Mã khôi phục chỉ hiện một lần: hãy chép ra giấy. Nếu quên cụm mật khẩu mà mất mã này, sổ không thể đọc được nữa, không ai mở được.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <source>Deputy (optional)</source>
        <translation>Người phó (không bắt buộc)</translation>
    </message>
    <message>
        <source>Set up the register</source>
        <translation>Lập sổ</translation>
    </message>
    <message>
        <source>I have written the code down</source>
        <translation>Tôi đã chép mã ra giấy</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Khóa sổ</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Trường hợp mới</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại việc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Record a disclosure (no names)</source>
        <translation>Ghi một lời kể (không ghi tên)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Người tiếp nhận</translation>
    </message>
    <message>
        <source>Grade (0: not given)</source>
        <translation>Khối (0: không ghi)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Nội dung em kể</translation>
    </message>
    <message>
        <source>Record the case</source>
        <translation>Ghi trường hợp</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Không ghi</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Việc làm</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày làm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Hỗ trợ đã có</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Ghi việc đã làm</translation>
    </message>
    <message>
        <source>Save the status</source>
        <translation>Lưu tình trạng</translation>
    </message>
    <message>
        <source>Print the disclosure record form</source>
        <translation>In biên bản tiếp nhận</translation>
    </message>
    <message>
        <source>Erase closed cases after (months):</source>
        <translation>Xóa hẳn trường hợp đã đóng sau (tháng):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Wrong tries before: wait %1 seconds.</source>
        <translation>Đã nhập sai nhiều lần: chờ %1 giây.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>The register is set up: write the recovery code down, then press “I have written the code down”.</source>
        <translation>Sổ đã được lập: hãy chép mã khôi phục ra giấy, rồi bấm “Tôi đã chép mã ra giấy”.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Trường hợp %1</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Lưu biên bản</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
</TS>
