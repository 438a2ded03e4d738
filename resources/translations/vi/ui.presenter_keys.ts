<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>PresenterKeys</name>
    <message>
        <source>→ ↓ Page Down Space</source>
        <translation>→ ↓ Page Down Space</translation>
    </message>
    <message>
        <source>next slide</source>
        <translation>trang sau</translation>
    </message>
    <message>
        <source>← ↑ Page Up</source>
        <translation>← ↑ Page Up</translation>
    </message>
    <message>
        <source>previous slide</source>
        <translation>trang trước</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>first / last slide</source>
        <translation>trang đầu / trang cuối</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B hoặc .</translation>
    </message>
    <message>
        <source>black screen (press again to return)</source>
        <translation>màn hình đen (bấm lại để hiện trang)</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>pause or restart the step timer</source>
        <translation>tạm dừng hoặc chạy tiếp đồng hồ của bước</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>open the script in a separate window (not on the slide)</source>
        <translation>mở kịch bản trong một cửa sổ riêng (không hiện trên trang chiếu)</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? hoặc F1</translation>
    </message>
    <message>
        <source>show or hide this list</source>
        <translation>hiện hoặc ẩn danh sách này</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>end</source>
        <translation>kết thúc</translation>
    </message>
    <message>
        <source>→ / Page Down: next · ← / Page Up: back · B: black · S: script · ?: keys · Esc: end</source>
        <translation>→ / Page Down: trang sau · ← / Page Up: trang trước · B: màn đen · S: kịch bản · ?: phím · Esc: kết thúc</translation>
    </message>
    <message>
        <source>→ / Page Down: next · ← / Page Up: back · B: black · P: timer · ?: keys · Esc: end</source>
        <translation>→ / Page Down: trang sau · ← / Page Up: trang trước · B: màn đen · P: đồng hồ · ?: phím · Esc: kết thúc</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím tắt</translation>
    </message>
</context>
</TS>
