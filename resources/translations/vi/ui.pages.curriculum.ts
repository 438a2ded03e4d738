<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CurriculumPage</name>
    <message>
        <source>Curriculum</source>
        <translation>Chương trình học</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Khối lớp</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>Tìm bài học</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Nội dung bài học</translation>
    </message>
    <message>
        <source>Search lessons (Ctrl+F): title, words, messages…</source>
        <translation>Tìm bài (Ctrl+F): tên bài, từ ngữ, thông điệp…</translation>
    </message>
    <message>
        <source>Present (F5)</source>
        <translation>Trình chiếu (F5)</translation>
    </message>
    <message>
        <source>Pupil handout</source>
        <translation>Phiếu học tập</translation>
    </message>
    <message>
        <source>Family note</source>
        <translation>Thư gửi gia đình</translation>
    </message>
    <message>
        <source>Materials (PDF)…</source>
        <translation>Học liệu in (PDF)…</translation>
    </message>
    <message>
        <source>Cards, worksheets, posts, photo sets and forms of this lesson, ready to copy</source>
        <translation>Thẻ, phiếu bài tập, bài đăng, bộ ảnh và mẫu biểu của bài này, sẵn để in và photo</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Lesson plan (Word)…</source>
        <translation>Kế hoạch bài dạy (Word)…</translation>
    </message>
    <message>
        <source>Copy and adapt…</source>
        <translation>Sao chép và chỉnh sửa…</translation>
    </message>
    <message>
        <source>Import lesson pack…</source>
        <translation>Nhập gói bài học…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Loading the curriculum…</source>
        <translation>Đang tải chương trình học…</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>Tất cả các khối</translation>
    </message>
    <message>
        <source>%1 lessons</source>
        <translation>%1 bài</translation>
    </message>
    <message>
        <source>Lessons per domain of the digital competence framework (Circular 02/2025)</source>
        <translation>Số bài theo miền của Khung năng lực số (Thông tư 02/2025)</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>Bài của tôi</translation>
    </message>
    <message>
        <source>Unavailable lessons</source>
        <translation>Bài chưa dùng được</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Chọn một bài ở bên trái.</translation>
    </message>
    <message>
        <source>This lesson is unavailable: its file has problems</source>
        <translation>Bài này chưa dùng được: tệp bài học có lỗi</translation>
    </message>
    <message>
        <source>Ask the person who edits the lessons to fix the file; the other lessons work as usual.</source>
        <translation>Hãy nhờ người biên soạn bài học sửa tệp; các bài khác vẫn dùng bình thường.</translation>
    </message>
    <message>
        <source>Choose a lesson in the list on the left first.</source>
        <translation>Hãy chọn một bài học trong danh sách bên trái trước.</translation>
    </message>
    <message>
        <source>The lesson in the official lesson plan template, for one of your classes</source>
        <translation>Bài học theo mẫu kế hoạch bài dạy chính thức, cho một lớp của thầy cô</translation>
    </message>
    <message>
        <source>This lesson has no cards or worksheets to print.</source>
        <translation>Bài này không có thẻ hay phiếu nào để in.</translation>
    </message>
    <message>
        <source>No lesson matches this search: clear the search box, try fewer words, or choose “All bands”.</source>
        <translation>Không có bài nào khớp với từ tìm: hãy xóa ô tìm kiếm, gõ ít từ hơn, hoặc chọn “Tất cả các khối”.</translation>
    </message>
    <message>
        <source>This band has no lessons yet: choose another band.</source>
        <translation>Khối này chưa có bài học: hãy chọn khối khác.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Đang lưu PDF…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Không in được</translation>
    </message>
</context>
</TS>
