<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>KeptDraft</name>
    <message>
        <source>class %1</source>
        <translation>lớp %1</translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation>bài %1</translation>
    </message>
    <message>
        <source>the draft file is damaged and cannot be read</source>
        <translation>tệp nháp bị hỏng, không đọc được</translation>
    </message>
    <message>
        <source>its class has been deleted</source>
        <translation>lớp của buổi học đã bị xóa</translation>
    </message>
    <message>
        <source>its lesson is no longer in the curriculum</source>
        <translation>bài học không còn trong chương trình</translation>
    </message>
    <message>
        <source>An unsaved session (%1) cannot be restored: %2. Open the session page to see where the draft was kept.</source>
        <translation>Một buổi học chưa lưu (%1) không khôi phục được: %2. Mở trang Buổi học để xem tệp nháp được giữ ở đâu.</translation>
    </message>
    <message>
        <source>A session was not saved: %1. Nothing entered is lost.</source>
        <translation>Có một buổi học chưa lưu: %1. Những gì đã nhập không bị mất.</translation>
    </message>
    <message>
        <source>The unsaved session was restored: %1. Check it and save it in step 5.</source>
        <translation>Đã khôi phục buổi học chưa lưu: %1. Hãy kiểm tra và lưu ở bước 5.</translation>
    </message>
    <message>
        <source>The unsaved session (%1) could not be restored: %2. A new session was started; the draft is kept in %3.</source>
        <translation>Không khôi phục được buổi học chưa lưu (%1): %2. Đã bắt đầu buổi học mới; tệp nháp được giữ tại %3.</translation>
    </message>
</context>
</TS>
