<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ScanPanel</name>
    <message>
        <source>‹ Previous question</source>
        <translation>‹ Câu trước</translation>
    </message>
    <message>
        <source>Next question ›</source>
        <translation>Câu tiếp ›</translation>
    </message>
    <message>
        <source>The camera stays on</source>
        <translation>Camera vẫn bật</translation>
    </message>
    <message>
        <source>Project question</source>
        <translation>Chiếu câu hỏi</translation>
    </message>
    <message>
        <source>The class sees the question and how many answered, never who chose what</source>
        <translation>Cả lớp chỉ thấy câu hỏi và số bạn đã trả lời, không bao giờ thấy ai chọn gì</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>Dùng camera</translation>
    </message>
    <message>
        <source>Open photos…</source>
        <translation>Mở ảnh…</translation>
    </message>
    <message>
        <source>Close (camera off)</source>
        <translation>Đóng (tắt camera)</translation>
    </message>
    <message>
        <source>Camera picture with the cards read</source>
        <translation>Hình camera với các thẻ đã đọc</translation>
    </message>
    <message>
        <source>Pupils who came: ✓ answered</source>
        <translation>Học sinh có mặt: ✓ đã trả lời</translation>
    </message>
    <message>
        <source>Pupils hold their card up with their answer&apos;s letter at the top. Sweep the camera slowly across the class.</source>
        <translation>Học sinh giơ thẻ lên, chữ của đáp án mình chọn ở cạnh trên. Lia camera chậm qua cả lớp.</translation>
    </message>
    <message>
        <source>No pupil of this class has an answer card yet: print the class&apos;s cards first (Classes page, Print answer cards). Cards are read once printed.</source>
        <translation>Chưa học sinh nào của lớp này có thẻ trả lời: hãy in thẻ cho lớp trước (trang Lớp học, nút In thẻ trả lời). In xong là đọc được thẻ.</translation>
    </message>
    <message>
        <source>Photos of the class holding their cards</source>
        <translation>Ảnh chụp lớp đang giơ thẻ</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Ảnh (%1)</translation>
    </message>
    <message>
        <source>%1 photos read, in memory only: none is kept.</source>
        <translation>Đã đọc %1 ảnh, chỉ trong bộ nhớ: không lưu lại ảnh nào.</translation>
    </message>
    <message>
        <source>Q%1 of %2: %3</source>
        <translation>Câu %1/%2: %3</translation>
    </message>
    <message>
        <source>This question needs more than one card turn: type its answers in the grid.</source>
        <translation>Câu này không trả lời bằng một lần giơ thẻ được: hãy gõ câu trả lời vào bảng.</translation>
    </message>
    <message>
        <source>A: True</source>
        <translation>A: Đúng</translation>
    </message>
    <message>
        <source>B: False</source>
        <translation>B: Sai</translation>
    </message>
    <message>
        <source>%1/%2 answered</source>
        <translation>%1/%2 đã trả lời</translation>
    </message>
    <message>
        <source>Ignored: unknown markers %1; cards of absent pupils %2.</source>
        <translation>Bỏ qua: %1 mã lạ; %2 thẻ của học sinh vắng.</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>chưa có thẻ</translation>
    </message>
    <message>
        <source>Not seen yet: %1 (listed first, ○); ✓ answered.</source>
        <translation>Chưa thấy thẻ: %1 em (ở đầu danh sách, ○); ✓ đã trả lời.</translation>
    </message>
    <message>
        <source>Everyone who came has answered ✓.</source>
        <translation>Mọi học sinh có mặt đã trả lời ✓.</translation>
    </message>
    <message>
        <source>● The camera is on. Pictures are read in memory, never saved. Close the panel to turn it off.</source>
        <translation>● Camera đang bật. Hình ảnh chỉ được đọc trong bộ nhớ, không bao giờ được lưu. Đóng bảng để tắt camera.</translation>
    </message>
    <message>
        <source>Reading photos in memory: none is saved or copied.</source>
        <translation>Đang đọc ảnh trong bộ nhớ: không lưu hay sao chép ảnh nào.</translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation>Camera đang tắt.</translation>
    </message>
</context>
<context>
    <name>ScanProjection</name>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
</context>
</TS>
