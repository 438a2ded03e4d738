<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
  <context>
    <name>LessonEditor</name>
    <message>
      <source>Lesson editor: my lesson</source>
      <translation>Soạn bài: bài của tôi</translation>
    </message>
    <message>
      <source>Problems (checked as you type)</source>
      <translation>Lỗi cần sửa (kiểm tra ngay khi gõ)</translation>
    </message>
    <message>
      <source>The preview shows the lesson as it was before the problems listed above.</source>
      <translation>Bản xem trước là bài học như trước khi có các lỗi liệt kê ở trên.</translation>
    </message>
    <message>
      <source>Lesson</source>
      <translation>Bài học</translation>
    </message>
    <message>
      <source>Slides</source>
      <translation>Trang chiếu</translation>
    </message>
    <message>
      <source>Handout</source>
      <translation>Phiếu học tập</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z)</source>
      <translation>Hoàn tác (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Redo (Ctrl+Y)</source>
      <translation>Làm lại (Ctrl+Y)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Export as a pack…</source>
      <translation>Xuất thành gói bài…</translation>
    </message>
    <message>
      <source>A signed lesson pack (.knsl) to give colleagues</source>
      <translation>Gói bài học có chữ ký (.knsl) để gửi đồng nghiệp</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Các bước</translation>
    </message>
    <message>
      <source>Quiz</source>
      <translation>Câu hỏi kiểm tra</translation>
    </message>
    <message>
      <source>Lists and other fields</source>
      <translation>Danh sách và trường khác</translation>
    </message>
    <message>
      <source>The lesson</source>
      <translation>Cả bài</translation>
    </message>
    <message>
      <source>Click to go to the field</source>
      <translation>Bấm để đến ô cần sửa</translation>
    </message>
    <message>
      <source>No problems: the lesson can be taught.</source>
      <translation>Không có lỗi: có thể dạy bài này.</translation>
    </message>
    <message>
      <source>Saved (version %1)</source>
      <translation>Đã lưu (phiên bản %1)</translation>
    </message>
    <message>
      <source>Export the lesson as a pack</source>
      <translation>Xuất bài học thành gói</translation>
    </message>
    <message>
      <source>Lesson packs (*.knsl)</source>
      <translation>Gói bài học (*.knsl)</translation>
    </message>
    <message>
      <source>Could not export</source>
      <translation>Không xuất được</translation>
    </message>
    <message>
      <source>Pack written: %1</source>
      <translation>Đã ghi gói: %1</translation>
    </message>
  </context>
  <context>
    <name>_ListTools</name>
    <message>
      <source>Step number:</source>
      <translation>Bước số:</translation>
    </message>
    <message>
      <source>Question number:</source>
      <translation>Câu hỏi số:</translation>
    </message>
    <message>
      <source>New step of kind:</source>
      <translation>Bước mới, loại:</translation>
    </message>
    <message>
      <source>New question of type:</source>
      <translation>Câu hỏi mới, dạng:</translation>
    </message>
    <message>
      <source>Add the step</source>
      <translation>Thêm bước</translation>
    </message>
    <message>
      <source>Add the question</source>
      <translation>Thêm câu hỏi</translation>
    </message>
    <message>
      <source>Add a copy after it</source>
      <translation>Thêm bản sao ngay sau</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Chuyển lên trên</translation>
    </message>
  </context>
</TS>