<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
  <context>
    <name>QuizStep</name>
    <message>
      <source>S&amp;huffle questions and options</source>
      <translation>Trộn thứ tự câu &amp;hỏi và phương án</translation>
    </message>
    <message>
      <source>Answer sheets: go &amp;across each pupil's items, then down</source>
      <translation>Nhập theo phiếu: đi &amp;ngang hết các câu của từng học sinh rồi xuống dưới</translation>
    </message>
    <message>
      <source>Quiz answers, one row per pupil</source>
      <translation>Câu trả lời kiểm tra, mỗi học sinh một dòng</translation>
    </message>
    <message>
      <source>Scan cards</source>
      <translation>Quét thẻ</translation>
    </message>
    <message>
      <source>Read the pupils' answer cards with the webcam or from photos</source>
      <translation>Đọc thẻ trả lời của học sinh bằng webcam hoặc từ ảnh chụp</translation>
    </message>
    <message>
      <source>Print answer sheets…</source>
      <translation>In phiếu…</translation>
    </message>
    <message>
      <source>Save the class's paper answer sheet for this lesson as a PDF to print</source>
      <translation>Lưu phiếu trả lời giấy của lớp cho bài này thành tệp PDF để in</translation>
    </message>
    <message>
      <source>Read answer sheets…</source>
      <translation>Đọc phiếu trả lời…</translation>
    </message>
    <message>
      <source>Read photos or scans of the paper answer sheets (printed with print quiz-sheet --marks); you confirm every uncertain mark before it goes in</source>
      <translation>Đọc ảnh chụp hoặc bản quét phiếu trả lời giấy (in bằng print quiz-sheet --marks); thầy cô xác nhận từng chỗ tô chưa rõ trước khi ghi vào</translation>
    </message>
    <message>
      <source>This session has no quiz. Choose a quiz mode in the first step to add one.</source>
      <translation>Buổi học này không có câu hỏi kiểm tra. Chọn hình thức kiểm tra ở bước đầu tiên để thêm.</translation>
    </message>
    <message>
      <source>Answers are already recorded in this order: it stays as it is for this session.</source>
      <translation>Đã có câu trả lời được ghi theo thứ tự này: thứ tự được giữ nguyên cho buổi học này.</translation>
    </message>
    <message>
      <source>Each session shows the questions, and the options of each choice question, in its own order, the same on the screen, the cards and its printed answer sheets. Answers are kept by the original options, so reports do not change.</source>
      <translation>Mỗi buổi học trình bày câu hỏi, và các phương án của mỗi câu trắc nghiệm, theo thứ tự riêng của buổi đó, giống nhau trên màn hình, khi đọc thẻ và trên phiếu trả lời in cho buổi học. Câu trả lời được lưu theo phương án gốc, nên báo cáo không thay đổi.</translation>
    </message>
    <message>
      <source>Cards, one key each in this order: %1</source>
      <translation>Các thẻ, mỗi thẻ một phím theo thứ tự: %1</translation>
    </message>
    <message>
      <source>%1 — Q%2 (%3): %4</source>
      <translation>%1 — Câu %2 (%3): %4</translation>
    </message>
    <message>
      <source>“%1” is not an answer to Q%2: type %3.</source>
      <translation>“%1” không phải câu trả lời cho câu %2: hãy gõ %3.</translation>
    </message>
  </context>
</TS>