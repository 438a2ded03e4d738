<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>SheetReview</name>
    <message>
        <source>Photos or scans of the answer sheets</source>
        <translation>Ảnh chụp hoặc bản quét phiếu trả lời</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Ảnh (%1)</translation>
    </message>
    <message>
        <source>Reading the answer sheets…</source>
        <translation>Đang đọc phiếu trả lời…</translation>
    </message>
</context>
<context>
    <name>SheetReviewDialog</name>
    <message>
        <source>Answer sheets read</source>
        <translation>Phiếu trả lời đã đọc</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Câu</translation>
    </message>
    <message>
        <source>Marks read</source>
        <translation>Ô đã tô</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>(faint: %1)</source>
        <translation>(mờ: %1)</translation>
    </message>
    <message>
        <source>Check the sheet and choose…</source>
        <translation>Xem phiếu rồi chọn…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Không trả lời</translation>
    </message>
    <message>
        <source>Put into the answers</source>
        <translation>Ghi vào câu trả lời</translation>
    </message>
    <message>
        <source>Decide the %1 flagged marks first.</source>
        <translation>Hãy quyết định %1 chỗ được đánh dấu trước.</translation>
    </message>
    <message>
        <source>%1 answers read; %2 marks are uncertain (faint, rubbed out or two bubbles on a one-answer item): look at the paper and choose for each. Nothing is saved until you save the session.</source>
        <translation>Đã đọc %1 câu trả lời; %2 chỗ tô chưa rõ (tô mờ, đã tẩy hoặc tô hai ô ở câu chỉ có một đáp án): thầy cô xem phiếu giấy rồi chọn cho từng chỗ. Chưa có gì được lưu cho đến khi thầy cô lưu buổi học.</translation>
    </message>
</context>
</TS>
