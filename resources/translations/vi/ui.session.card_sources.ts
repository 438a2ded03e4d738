<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CardSources</name>
    <message>
        <source>No camera was found. Plug in a webcam and press “Use the camera” again, or press “Open photos…” to read photos copied from a phone.</source>
        <translation>Không tìm thấy camera. Hãy cắm webcam rồi bấm «Dùng camera» lần nữa, hoặc bấm «Mở ảnh…» để đọc ảnh chụp bằng điện thoại đã chép vào máy.</translation>
    </message>
    <message>
        <source>The camera gives no picture: another program may be using it (Zalo, Zoom, Teams…), or its privacy switch is closed. Close that program and press “Use the camera” again, or open photos instead.</source>
        <translation>Camera không cho hình: có thể một chương trình khác đang dùng camera (Zalo, Zoom, Teams…), hoặc nắp che camera đang đóng. Hãy đóng chương trình đó rồi bấm «Dùng camera» lần nữa, hoặc mở ảnh thay thế.</translation>
    </message>
</context>
</TS>
