"""The cards' user messages, Vietnamese first."""

from __future__ import annotations

from skillsapp.messages import register_messages

MESSAGES = {
    "cards.bad_image": {
        "vi": "Không đọc được ảnh (tệp hỏng hoặc không phải ảnh).",
        "en": "The image cannot be read (damaged, or not an image).",
    },
    "cards.bad_image_file": {
        "vi": "Không đọc được ảnh {path} (tệp hỏng hoặc không phải ảnh).",
        "en": "The image {path} cannot be read (damaged, or not an image).",
    },
    "cards.too_many": {
        "vi": "Lớp {name} có {count} học sinh; chỉ in được {max} thẻ, {left} em chưa có thẻ.",
        "en": "Class {name} has {count} pupils; only {max} cards exist, {left} have none.",
    },
    "cards.printed": {
        "vi": "Đã in {count} thẻ vào {path}.",
        "en": "Printed {count} cards to {path}.",
    },
    "cards.seen": {
        "vi": "Thẻ {number}: {name}: {answer}",
        "en": "Card {number}: {name}: {answer}",
    },
    "cards.summary": {
        "vi": "{seen}/{total} đã trả lời; {unknown} mã lạ bị bỏ qua.",
        "en": "{seen}/{total} answered; {unknown} unknown markers ignored.",
    },
    "sheets.row": {
        "vi": "Số {number}: {name}: câu {item}: {marks}",
        "en": "No. {number}: {name}: item {item}: {marks}",
    },
    "sheets.flag_faint": {
        "vi": "(cần xem lại: nét tô mờ hoặc đã tẩy)",
        "en": "(check: a faint or rubbed-out mark)",
    },
    "sheets.flag_double": {
        "vi": "(cần xem lại: tô hai ô ở câu chỉ có một đáp án)",
        "en": "(check: two bubbles on a one-answer item)",
    },
    "sheets.other_lesson": {
        "vi": "Trang {page} là phiếu trả lời của một bài khác, hoặc của một buổi học khác đã "
        "trộn thứ tự câu hỏi: hãy chọn đúng bài và buổi học đã in phiếu.",
        "en": "Page {page} is the answer sheet of another lesson, or of another session whose "
        "questions were shuffled: choose the lesson and the session it was printed for.",
    },
    "sheets.summary": {
        "vi": "{pages} trang phiếu, {answers} câu trả lời, {flagged} chỗ cần xem lại; "
        "{empty} ảnh không thấy phiếu.",
        "en": "{pages} sheet pages, {answers} answers, {flagged} to check; "
        "{empty} images without a sheet.",
    },
}

register_messages(MESSAGES)
