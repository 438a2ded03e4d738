<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Clocks</name>
    <message>
        <source>Step: %1</source>
        <translation>Bước: %1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (tạm dừng)</translation>
    </message>
    <message>
        <source>Lesson: %1 of %2</source>
        <translation>Bài học: %1 / %2</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Next slide</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Show the slide (B)</source>
        <translation>Hiện lại trang (B)</translation>
    </message>
    <message>
        <source>Black screen (B)</source>
        <translation>Màn hình đen (B)</translation>
    </message>
    <message>
        <source>Presenter view — %1</source>
        <translation>Màn hình người trình bày — %1</translation>
    </message>
    <message>
        <source>On the projector now</source>
        <translation>Đang chiếu</translation>
    </message>
    <message>
        <source>Teacher&apos;s script</source>
        <translation>Kịch bản của giáo viên</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Trang trước</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Trang sau ›</translation>
    </message>
    <message>
        <source>Keys (?)</source>
        <translation>Phím tắt (?)</translation>
    </message>
    <message>
        <source>End presentation (Esc)</source>
        <translation>Kết thúc trình chiếu (Esc)</translation>
    </message>
</context>
<context>
    <name>ScriptPane</name>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>BLACK SCREEN: press B to show the slide again</source>
        <translation>MÀN HÌNH ĐEN: bấm B để hiện lại trang</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Tiếp theo: %1</translation>
    </message>
</context>
<context>
    <name>ScriptWindow</name>
    <message>
        <source>Teacher&apos;s script — %1</source>
        <translation>Kịch bản của giáo viên — %1</translation>
    </message>
    <message>
        <source>Only one screen is connected. If the projector mirrors this screen, the class will see this window and the script. Show the script only if the projector is off or shows a different picture (Windows: Win+P, choose Extend).</source>
        <translation>Chỉ có một màn hình. Nếu máy chiếu đang nhân bản (mirror) màn hình này, cả lớp sẽ thấy cửa sổ này và kịch bản. Chỉ hiện kịch bản khi máy chiếu đang tắt hoặc chiếu hình khác (Windows: Win+P, chọn Mở rộng/Extend).</translation>
    </message>
    <message>
        <source>Show the script</source>
        <translation>Hiện kịch bản</translation>
    </message>
    <message>
        <source>Teacher&apos;s script</source>
        <translation>Kịch bản của giáo viên</translation>
    </message>
</context>
</TS>
