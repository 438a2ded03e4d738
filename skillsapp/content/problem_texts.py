"""The texts of the curriculum checker's problems, in Vietnamese and English.

`curriculum check` prints a problem's English text as it always has; the lesson editor shows
the same problem in the teacher's language. Each message is a key here (`check.*`), and the
words a message is made of (`term.*`: "a list", "options") are keys too, so the Vietnamese
sentence reads as Vietnamese rather than English words dropped into it.
"""

from __future__ import annotations

from dataclasses import dataclass

from skillsapp.messages import register_messages, tr


@dataclass(frozen=True)
class Term:
    """A word a problem message is made of ("a list", "options") that is itself translated:
    the key of its texts (`term.*`)."""

    key: str


ProblemParams = tuple[tuple[str, "str | int | Term"], ...]


def problem_text(key: str, lang: str, params: ProblemParams = ()) -> str:
    """The text of a problem's message key in `lang`, its terms translated too."""
    filled = {
        name: tr(value.key, lang) if isinstance(value, Term) else value for name, value in params
    }
    return tr(key, lang, **filled)


_CHECKS: dict[str, tuple[str, str]] = {
    # the file
    "check.file_empty": ("tệp trống", "the file is empty"),
    "check.file_ref_outside": (
        "{ref} phải là một tệp trong thư mục files/ của gói, ví dụ files/tranh-1.png",
        "{ref} must name a file of the pack's files/ folder, e.g. files/tranh-1.png",
    ),
    "check.file_ref_not_picture": (
        "{ref} không phải là ảnh (.png, .jpg)",
        "{ref} is not a picture (.png, .jpg)",
    ),
    "check.bundled_names_file": (
        "{ref}: chỉ bài học của một gói bài học mới được dẫn tới tệp",
        "{ref}: only a lesson pack's lessons name files",
    ),
    "check.not_utf8": ("không phải văn bản UTF-8 ({reason})", "not UTF-8 text ({reason})"),
    "check.unreadable": ("không đọc được tệp ({reason})", "cannot read the file ({reason})"),
    "check.yaml": ("lỗi YAML: {detail}", "YAML error: {detail}"),
    "check.not_nfc": (
        "chữ không ở dạng Unicode NFC; hãy lưu tệp ở dạng NFC",
        "text is not NFC Unicode; save the file as NFC",
    ),
    "check.folder_missing": ("không có thư mục bài học", "the lessons folder does not exist"),
    "check.file_missing": ("thiếu tệp", "the file is missing"),
    # a field's shape
    "check.wrong_type": ("phải là {what}, không phải {got}", "must be {what}, not {got}"),
    "check.unknown_field": ("trường lạ {name}", "unknown field {name}"),
    "check.missing": ("còn thiếu", "missing"),
    "check.empty": ("đang để trống", "is empty"),
    "check.out_of_range_between": (
        "{value} nằm ngoài khoảng cho phép (phải từ {low} đến {high})",
        "{value} is out of range (must be from {low} to {high})",
    ),
    "check.out_of_range_min": (
        "{value} nằm ngoài khoảng cho phép (phải ít nhất là {low})",
        "{value} is out of range (must be at least {low})",
    ),
    "check.not_one_of": (
        "{value} không phải một trong: {allowed}",
        "{value} is not one of: {allowed}",
    ),
    "check.unknown_ref": ("không có {what} {value}", "unknown {what} {value}"),
    "check.count": (
        "cần {low} đến {high} {what} (đang có {found})",
        "needs {low} to {high} {what} (has {found})",
    ),
    "check.duplicate": ("{what} {value} bị trùng", "duplicate {what} {value}"),
    # reference files
    "check.bad_domain_code": (
        "{code} không phải mã của miền {domain} (dạng {domain}.1)",
        "{code} is not a code of domain {domain} (like {domain}.1)",
    ),
    "check.bad_sequence_grade": (
        "{grade} không phải khối lớp mà một nhóm lớp học sinh dạy",
        "{grade} is not a grade a school band teaches",
    ),
    "check.contact_needs_number": ("cần số điện thoại hoặc địa chỉ web", "needs a number or a url"),
    # a lesson's identity
    "check.unknown_band": ("không có nhóm lớp {band}", "unknown band {band}"),
    "check.band_folder": (
        "là {band} nhưng tệp nằm trong thư mục {folder}",
        "is {band} but the file is in the folder {folder}",
    ),
    "check.id_path": (
        "là {id} nhưng phải là {expected} (thư mục/tên tệp)",
        "is {id} but must be {expected} (folder/file name)",
    ),
    "check.band_no_grades": (
        "nhóm {band} không dạy khối lớp học sinh nào",
        "band {band} teaches no school grades",
    ),
    "check.grades_empty": (
        "đang để trống (bỏ trường này đi nếu bài dùng cho mọi khối của nhóm lớp)",
        "is empty (leave it out to mean all of the band's grades)",
    ),
    "check.grade_not_in_band": (
        "khối {grade} không thuộc nhóm lớp {band} ({allowed})",
        "grade {grade} is not in band {band} ({allowed})",
    ),
    "check.unknown_strand": ("không có mạch nội dung {strand}", "unknown strand {strand}"),
    # materials and quiz items
    "check.worksheet_instructions": (
        "còn thiếu (phiếu bài tập phải nói cần làm gì)",
        "missing (a worksheet says what to do)",
    ),
    "check.no_right_option": ("cần ít nhất một phương án đúng", "needs at least one right option"),
    "check.option_out_of_range": (
        "chỉ số {value} nằm ngoài khoảng ({options} phương án)",
        "index {value} is out of range ({options} options)",
    ),
    "check.category_out_of_range": (
        "nhóm {category} nằm ngoài khoảng ({categories} nhóm)",
        "category {category} is out of range ({categories} categories)",
    ),
    # teaching rules
    "check.order_file_name": (
        "tên tệp phải bắt đầu bằng số thứ tự, ví dụ 03-slug.yaml",
        "the file name must start with the order, e.g. 03-slug.yaml",
    ),
    "check.order_mismatch": (
        "là {order} nhưng tên tệp ghi {named}",
        "is {order} but the file name says {named}",
    ),
    "check.lesson_minutes": (
        "là {minutes}; bài của nhóm {band} dài {band_minutes} phút",
        "is {minutes}; {band} lessons last {band_minutes}",
    ),
    "check.steps_total": (
        "cộng lại được {total} phút, không phải {minutes}",
        "add up to {total} minutes, not {minutes}",
    ),
    "check.quiz_count": (
        "nhóm {band} cần ít nhất {needed} câu hỏi (đang có {has})",
        "{band} needs at least {needed} items (has {has})",
    ),
    "check.quiz_steps": (
        "cần đúng một bước kiểu kiểm tra (quiz) (đang có {has})",
        "need exactly one step of kind quiz (has {has})",
    ),
    "check.quiz_minutes": (
        "bước kiểm tra có {minutes} phút; {items} câu hỏi cần ít nhất {needed} "
        "({per} phút một câu, làm tròn lên)",
        "the quiz step has {minutes} minutes; {items} items need at least {needed} "
        "({per} a item, rounded up)",
    ),
    "check.count_write": (
        "hãy viết {low} đến {high} ý (đang có {has})",
        "write {low} to {high} (has {has})",
    ),
    "check.help_contact": (
        "bài thuộc mạch {strand} phải nêu {contact}",
        "strand {strand} lessons must name {contact}",
    ),
    "check.help_protocol": (
        "bài thuộc mạch {strand} phải có quy trình {protocol}",
        "strand {strand} lessons must include the protocol {protocol}",
    ),
    "check.competences": (
        "bài cho học sinh phải liệt kê mã năng lực của khung (Thông tư 02/2025), "
        'ví dụ competences: ["4.2"]',
        "a pupil lesson must list the framework codes it teaches (Thông tư 02/2025), "
        'e.g. competences: ["4.2"]',
    ),
    "check.picture_needed": (
        "trang chiếu của nhóm {band} cần một hình (một emoji)",
        "{band} slides need a picture (an emoji)",
    ),
    "check.picture_not_emoji": (
        '{value} phải là một hoặc nhiều emoji, ví dụ "📱"',
        '{value} must be one or more emoji, e.g. "📱"',
    ),
    "check.picture_not_bundled": (
        "chưa có hình đi kèm cho {emoji}; hãy chạy build/pictures.py",
        "no bundled picture for {emoji}; run build/pictures.py",
    ),
    "check.emoji_not_bundled": (
        "emoji {emoji} chưa có hình đi kèm",
        "emoji {emoji} has no bundled picture",
    ),
    # across lessons
    "check.order_taken": (
        "{order} cũng là số thứ tự của {other}",
        "{order} is also the order of {other}",
    ),
    "check.sequence_grades": (
        "ghi {says} nhưng trình tự trong kit.yaml xếp bài cho {where}; hãy ghi một khối "
        "dạy bài này, ví dụ grades: [7], và xếp bài vào khối đó",
        "says {says} but kit.yaml's sequence lists it for {where}; write the one grade it is "
        "taught in, e.g. grades: [7], and list it there",
    ),
    "check.review": (
        "nằm trong trình tự của các khối {grades}; chỉ bài có review: true mới được xếp "
        "cho hai khối",
        "is in the sequence of grades {grades}; only a lesson marked review: true may be "
        "planned for two grades",
    ),
    "check.grade_lessons": (
        "khối {grade} cần ít nhất {needed} bài (đang có {has})",
        "grade {grade} needs at least {needed} lessons (has {has})",
    ),
    "check.grades_strands": (
        "khối {grade} và {next} chưa có bài nào thuộc mạch {missing}",
        "grades {grade} and {next} have no lesson in strand(s) {missing}",
    ),
    "check.same_text": (
        "trùng {what} với bài {other}; hãy viết nội dung mới",
        "the same {what} as {other}; write a new one",
    ),
    "check.band_lessons": (
        "nhóm {band} cần ít nhất {needed} bài (đang có {has})",
        "band {band} needs at least {needed} lessons (has {has})",
    ),
    "check.band_strands": (
        "nhóm {band} chưa có bài nào thuộc mạch {missing}",
        "band {band} has no lesson in strand(s) {missing}",
    ),
}

_TERMS: dict[str, tuple[str, str]] = {
    # what a value must be, and what it was
    "term.mapping": ("một bảng các trường", "a mapping"),
    "term.text": ("chữ", "text"),
    "term.whole_number": ("một số nguyên", "a whole number"),
    "term.number": ("một số", "a number"),
    "term.vi_en_text": ("một nội dung {{vi, en}}", "a {{vi, en}} text"),
    "term.list": ("một danh sách", "a list"),
    "term.date": ("một ngày (YYYY-MM-DD)", "a date (YYYY-MM-DD)"),
    "term.true_or_false": ("true hoặc false", "true or false"),
    "term.true_false": ("đúng/sai", "true/false"),
    "term.lesson_ids": ("một danh sách mã bài", "a list of lesson ids"),
    "term.lesson_id": ("một mã bài", "a lesson id"),
    "term.option_indices": (
        "một danh sách số thứ tự phương án",
        "a list of option indices",
    ),
    "term.option_index": ("số thứ tự một phương án (tính từ 0)", "an option index (0-based)"),
    "term.category_index": ("số thứ tự một nhóm (tính từ 0)", "a category index (0-based)"),
    "term.contact_id": ("một mã liên hệ", "a contact id"),
    "term.protocol_id": ("một mã quy trình", "a protocol id"),
    "term.seed_item_id": ("một mã nội dung khung", "a seed item id"),
    "term.competence_id": ("một mã năng lực", "a competence id"),
    "term.no_grade": ("không khối nào", "no grade"),
    # things that are counted, referred to or repeated
    "term.contact": ("liên hệ", "contact"),
    "term.protocol": ("quy trình", "protocol"),
    "term.seed_item": ("nội dung khung", "seed item"),
    "term.competence": ("năng lực", "competence"),
    "term.competence_code": ("mã năng lực", "competence code"),
    "term.lesson": ("bài", "lesson"),
    "term.material_id": ("mã học liệu", "material id"),
    "term.id": ("mã", "id"),
    "term.index": ("số thứ tự", "index"),
    "term.options": ("phương án", "options"),
    "term.categories": ("nhóm", "categories"),
    "term.cards": ("thẻ", "cards"),
    "term.items": ("mục", "items"),
    "term.photos": ("ảnh", "photos"),
    "term.fields": ("ô cần điền", "fields"),
    "term.scenario": ("tình huống", "scenario"),
    "term.quiz_prompt": ("câu hỏi", "quiz prompt"),
}

register_messages({key: {"vi": vi, "en": en} for key, (vi, en) in {**_CHECKS, **_TERMS}.items()})
