<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ProjectedWindow</name>
    <message>
        <source>Presentation — %1</source>
        <translation>Trình chiếu — %1</translation>
    </message>
</context>
<context>
    <name>TeacherPanel</name>
    <message>
        <source>→ / Page Down / Space: next · ← / Page Up: back · Home / End: first / last · P: pause the timer · S: show or hide the script · Esc: close</source>
        <translation>→ / Page Down / Space: trang sau · ← / Page Up: trang trước · Home / End: trang đầu / cuối · P: tạm dừng đồng hồ · S: hiện hoặc ẩn kịch bản · Esc: đóng</translation>
    </message>
    <message>
        <source>→ / Page Down / Space: next · ← / Page Up: back · Home / End: first / last · P: pause the timer · Esc: close</source>
        <translation>→ / Page Down / Space: trang sau · ← / Page Up: trang trước · Home / End: trang đầu / cuối · P: tạm dừng đồng hồ · Esc: đóng</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Tiếp theo: %1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (tạm dừng)</translation>
    </message>
</context>
<context>
    <name>TeacherWindow</name>
    <message>
        <source>Teacher&apos;s view — %1</source>
        <translation>Màn hình giáo viên — %1</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Trước</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Sau ›</translation>
    </message>
    <message>
        <source>End presentation (Esc)</source>
        <translation>Kết thúc trình chiếu (Esc)</translation>
    </message>
</context>
</TS>
