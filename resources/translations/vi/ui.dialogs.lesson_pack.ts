<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
  <context>
    <name>LessonPack</name>
    <message>
      <source>Import lesson pack</source>
      <translation>Nhập gói bài học</translation>
    </message>
    <message>
      <source>Lesson packs (*.knsl)</source>
      <translation>Gói bài học (*.knsl)</translation>
    </message>
    <message>
      <source>This lesson pack is signed by {publisher}, not accepted on this computer yet.

Fingerprint: {fingerprint}

Call the sender and compare the fingerprint. Install the pack?</source>
      <translation>Gói bài học này do {publisher} ký, chưa được chấp nhận trên máy này.

Mã nhận dạng: {fingerprint}

Hãy gọi điện cho đơn vị gửi và so mã nhận dạng. Cài gói này?</translation>
    </message>
    <message>
      <source>New lesson publisher</source>
      <translation>Đơn vị phát hành bài học mới</translation>
    </message>
    <message>
      <source>Install</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
</TS>