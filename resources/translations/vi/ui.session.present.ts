<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>PresentStep</name>
    <message>
        <source>‹ Previous slide</source>
        <translation>‹ Trang trước</translation>
    </message>
    <message>
        <source>Slide preview</source>
        <translation>Xem trước trang chiếu</translation>
    </message>
    <message>
        <source>Next slide ›</source>
        <translation>Trang sau ›</translation>
    </message>
    <message>
        <source>Present on the projector (F5)</source>
        <translation>Chiếu lên máy chiếu (F5)</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>This is the first slide.</source>
        <translation>Đây là trang chiếu đầu tiên.</translation>
    </message>
    <message>
        <source>This is the last slide: “Next ›” below goes on to the quiz.</source>
        <translation>Đây là trang chiếu cuối: nút “Tiếp ›” bên dưới chuyển sang phần câu hỏi.</translation>
    </message>
</context>
</TS>
