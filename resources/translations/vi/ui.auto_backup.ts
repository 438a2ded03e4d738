<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
  <context>
    <name>AutoBackup</name>
    <message>
      <source>Today's backup is in %1</source>
      <translation>Bản sao lưu hôm nay ở %1</translation>
    </message>
    <message>
      <source>Making today's backup…</source>
      <translation>Đang sao lưu dữ liệu hôm nay…</translation>
    </message>
  </context>
</TS>