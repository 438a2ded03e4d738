<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
  <context>
    <name>FieldLabels</name>
    <message>
      <source>Objective %1</source>
      <translation>Mục tiêu %1</translation>
    </message>
    <message>
      <source>Word %1</source>
      <translation>Từ ngữ %1</translation>
    </message>
    <message>
      <source>Material %1</source>
      <translation>Đồ dùng %1</translation>
    </message>
    <message>
      <source>Step %1</source>
      <translation>Bước %1</translation>
    </message>
    <message>
      <source>Discussion question %1</source>
      <translation>Câu hỏi thảo luận %1</translation>
    </message>
    <message>
      <source>Key message %1</source>
      <translation>Thông điệp chính %1</translation>
    </message>
    <message>
      <source>Question %1</source>
      <translation>Câu hỏi %1</translation>
    </message>
    <message>
      <source>Help contact %1</source>
      <translation>Nơi hỗ trợ %1</translation>
    </message>
    <message>
      <source>Source %1</source>
      <translation>Nguồn %1</translation>
    </message>
    <message>
      <source>Grade %1</source>
      <translation>Khối %1</translation>
    </message>
    <message>
      <source>Competence %1</source>
      <translation>Năng lực %1</translation>
    </message>
    <message>
      <source>option %1</source>
      <translation>phương án %1</translation>
    </message>
    <message>
      <source>why option %1 is wrong</source>
      <translation>vì sao phương án %1 sai</translation>
    </message>
    <message>
      <source>right option %1</source>
      <translation>phương án đúng %1</translation>
    </message>
    <message>
      <source>group %1</source>
      <translation>nhóm %1</translation>
    </message>
    <message>
      <source>card %1</source>
      <translation>thẻ %1</translation>
    </message>
    <message>
      <source>item %1</source>
      <translation>mục %1</translation>
    </message>
    <message>
      <source>comment %1</source>
      <translation>bình luận %1</translation>
    </message>
    <message>
      <source>clue %1</source>
      <translation>dấu hiệu %1</translation>
    </message>
    <message>
      <source>photo %1</source>
      <translation>ảnh %1</translation>
    </message>
    <message>
      <source>field %1</source>
      <translation>ô %1</translation>
    </message>
    <message>
      <source>protocol %1</source>
      <translation>quy trình %1</translation>
    </message>
    <message>
      <source>programme item %1</source>
      <translation>nội dung chương trình %1</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <source>Essential question</source>
      <translation>Câu hỏi lớn</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Tình huống</translation>
    </message>
    <message>
      <source>Story</source>
      <translation>Câu chuyện</translation>
    </message>
    <message>
      <source>Family note</source>
      <translation>Thư gửi gia đình</translation>
    </message>
    <message>
      <source>Teacher notes</source>
      <translation>Ghi chú cho giáo viên</translation>
    </message>
    <message>
      <source>Alignment</source>
      <translation>Liên hệ chương trình</translation>
    </message>
    <message>
      <source>Picture (emoji)</source>
      <translation>Hình (emoji)</translation>
    </message>
    <message>
      <source>Strand</source>
      <translation>Mạch nội dung</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Thứ tự</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Số phút</translation>
    </message>
    <message>
      <source>Review lesson</source>
      <translation>Bài ôn tập</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Slide</source>
      <translation>Trang chiếu</translation>
    </message>
    <message>
      <source>Script</source>
      <translation>Lời giảng</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <source>Question text</source>
      <translation>Nội dung câu hỏi</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>Nhận xét sau câu hỏi</translation>
    </message>
    <message>
      <source>Right answer</source>
      <translation>Đáp án đúng</translation>
    </message>
    <message>
      <source>Group number</source>
      <translation>Số thứ tự nhóm</translation>
    </message>
    <message>
      <source>Word</source>
      <translation>Từ ngữ</translation>
    </message>
    <message>
      <source>Meaning</source>
      <translation>Nghĩa</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Dạng</translation>
    </message>
    <message>
      <source>Instructions</source>
      <translation>Hướng dẫn</translation>
    </message>
    <message>
      <source>Lines to write on</source>
      <translation>Số dòng để viết</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Bài đăng</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Người đăng</translation>
    </message>
    <message>
      <source>Likes</source>
      <translation>Lượt thích</translation>
    </message>
    <message>
      <source>Shares</source>
      <translation>Lượt chia sẻ</translation>
    </message>
    <message>
      <source>Caption</source>
      <translation>Chú thích</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Mô tả</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Nhãn</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Nhóm</translation>
    </message>
    <message>
      <source>Link to the Informatics subject</source>
      <translation>Liên hệ môn Tin học</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Địa chỉ web</translation>
    </message>
    <message>
      <source>Used for</source>
      <translation>Dùng cho</translation>
    </message>
    <message>
      <source>Objectives</source>
      <translation>Mục tiêu</translation>
    </message>
    <message>
      <source>Vocabulary</source>
      <translation>Từ ngữ</translation>
    </message>
    <message>
      <source>Materials</source>
      <translation>Đồ dùng</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Các bước</translation>
    </message>
    <message>
      <source>Discussion questions</source>
      <translation>Câu hỏi thảo luận</translation>
    </message>
    <message>
      <source>Key messages</source>
      <translation>Thông điệp chính</translation>
    </message>
    <message>
      <source>Quiz</source>
      <translation>Câu hỏi kiểm tra</translation>
    </message>
    <message>
      <source>Help contacts</source>
      <translation>Nơi hỗ trợ</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <source>Grades</source>
      <translation>Khối lớp</translation>
    </message>
    <message>
      <source>Competences</source>
      <translation>Năng lực</translation>
    </message>
    <message>
      <source>Protocols</source>
      <translation>Quy trình</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Các phương án</translation>
    </message>
    <message>
      <source>Cards</source>
      <translation>Các thẻ</translation>
    </message>
    <message>
      <source>Groups</source>
      <translation>Các nhóm</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Các mục</translation>
    </message>
    <message>
      <source>Comments</source>
      <translation>Các bình luận</translation>
    </message>
    <message>
      <source>Clues</source>
      <translation>Các dấu hiệu</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>Các ảnh</translation>
    </message>
    <message>
      <source>Fields to fill in</source>
      <translation>Các ô cần điền</translation>
    </message>
    <message>
      <source>Programme items</source>
      <translation>Nội dung chương trình</translation>
    </message>
    <message>
      <source>Lesson title</source>
      <translation>Tên bài</translation>
    </message>
    <message>
      <source>Lesson picture (emoji)</source>
      <translation>Hình của bài (emoji)</translation>
    </message>
    <message>
      <source>Lesson minutes</source>
      <translation>Số phút của bài</translation>
    </message>
    <message>
      <source>(Vietnamese)</source>
      <translation>(tiếng Việt)</translation>
    </message>
    <message>
      <source>(English)</source>
      <translation>(tiếng Anh)</translation>
    </message>
    <message>
      <source>Cards to cut out</source>
      <translation>Bộ thẻ để cắt</translation>
    </message>
    <message>
      <source>Worksheet</source>
      <translation>Phiếu bài tập</translation>
    </message>
    <message>
      <source>Sample post</source>
      <translation>Bài đăng mẫu</translation>
    </message>
    <message>
      <source>Photo set</source>
      <translation>Bộ ảnh</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Biểu mẫu</translation>
    </message>
  </context>
</TS>