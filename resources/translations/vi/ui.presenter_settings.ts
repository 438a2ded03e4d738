<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>SlideSettingsGroup</name>
    <message>
        <source>Small classroom</source>
        <translation>Lớp học nhỏ</translation>
    </message>
    <message>
        <source>Usual classroom</source>
        <translation>Lớp học thường</translation>
    </message>
    <message>
        <source>Large classroom</source>
        <translation>Lớp học lớn</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hội trường</translation>
    </message>
    <message>
        <source>%1 (back row about %2 picture heights away, text at least %3 pt)</source>
        <translation>%1 (hàng cuối cách khoảng %2 lần chiều cao hình chiếu, chữ ít nhất %3 pt)</translation>
    </message>
    <message>
        <source>Slides on the projector</source>
        <translation>Trang chiếu trên máy chiếu</translation>
    </message>
    <message>
        <source>&amp;Room size</source>
        <translation>&amp;Cỡ phòng</translation>
    </message>
    <message>
        <source>Slide &amp;colours</source>
        <translation>&amp;Màu trang chiếu</translation>
    </message>
    <message>
        <source>The 8H rule: text must be readable from 8 times the picture&apos;s height; a deeper room gets larger text.</source>
        <translation>Quy tắc 8H: chữ phải đọc được từ khoảng cách bằng 8 lần chiều cao hình chiếu; phòng càng sâu, chữ càng lớn.</translation>
    </message>
    <message>
        <source>As the system asks (high contrast when it is on)</source>
        <translation>Theo hệ thống (tương phản cao khi hệ thống bật)</translation>
    </message>
    <message>
        <source>Standard (dark text on white)</source>
        <translation>Thường (chữ tối trên nền trắng)</translation>
    </message>
    <message>
        <source>High contrast (white and yellow on black)</source>
        <translation>Tương phản cao (chữ trắng và vàng trên nền đen)</translation>
    </message>
    <message>
        <source>Room size</source>
        <translation>Cỡ phòng</translation>
    </message>
    <message>
        <source>Slide colours</source>
        <translation>Màu trang chiếu</translation>
    </message>
    <message>
        <source>Slide settings saved.</source>
        <translation>Đã lưu cài đặt trang chiếu.</translation>
    </message>
</context>
</TS>
