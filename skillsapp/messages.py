"""User-facing messages of the Qt-free core, in Vietnamese and English.

The UI translates its own widgets with Qt's tools; errors and summaries that the core produces
(and that the CLI prints) live here, so a one-line message reaches the user in their language
whether they use the CLI or the app.
"""

from __future__ import annotations

import os

LANGS = ("vi", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "db.not_sqlite": {
        "vi": "Tệp {path} không phải cơ sở dữ liệu của Kỹ năng số (không đọc được SQLite).",
        "en": "{path} is not a Kỹ năng số database (not a readable SQLite file).",
    },
    "db.unreadable": {
        "vi": "Không mở được tệp {path}: {reason}.",
        "en": "Cannot open {path}: {reason}.",
    },
    "db.newer": {
        "vi": "Cơ sở dữ liệu {path} được tạo bởi phiên bản mới hơn của ứng dụng. "
        "Hãy cập nhật Kỹ năng số rồi mở lại.",
        "en": "{path} was made by a newer version of the app. Update Kỹ năng số and open it again.",
    },
    "db.not_ours": {
        "vi": "Tệp {path} là SQLite nhưng không phải dữ liệu của Kỹ năng số.",
        "en": "{path} is an SQLite file but not Kỹ năng số data.",
    },
    "db.corrupt": {
        "vi": "Tệp {path} bị hỏng (kiểm tra toàn vẹn thất bại).",
        "en": "{path} is damaged (integrity check failed).",
    },
    "db.missing": {
        "vi": "Không tìm thấy tệp {path}.",
        "en": "{path} does not exist.",
    },
    "db.locked": {
        "vi": "Dữ liệu đang được một chương trình khác ghi, hãy thử lại sau giây lát.",
        "en": "The data is being written by another program; try again in a moment.",
    },
    "io.disk_full": {
        "vi": "Không đủ chỗ trống để ghi {path}. Hãy giải phóng ổ đĩa rồi thử lại; "
        "dữ liệu cũ vẫn nguyên vẹn.",
        "en": "Not enough free space to write {path}. Free some space and try again; "
        "existing data is untouched.",
    },
    "io.cannot_write": {
        "vi": "Không ghi được {path}: {reason}. Dữ liệu cũ vẫn nguyên vẹn.",
        "en": "Cannot write {path}: {reason}. Existing data is untouched.",
    },
    "backup.done": {
        "vi": "Đã sao lưu vào {path} ({size}).",
        "en": "Backed up to {path} ({size}).",
    },
    "restore.done": {
        "vi": "Đã khôi phục {path}; dữ liệu cũ được giữ ở {old}.",
        "en": "Restored {path}; the previous data is kept at {old}.",
    },
    "restore.done_new": {
        "vi": "Đã khôi phục vào {path}.",
        "en": "Restored into {path}.",
    },
    "demo.done": {
        "vi": "Đã tạo trường mẫu {school}: {classes} lớp, {pupils} học sinh, "
        "{sessions} buổi học trong {path}.",
        "en": "Made the demo school {school}: {classes} classes, {pupils} pupils, "
        "{sessions} sessions in {path}.",
    },
    "demo.not_empty": {
        "vi": "Cơ sở dữ liệu {path} đã có dữ liệu; trường mẫu chỉ tạo trong tệp mới hoặc trống.",
        "en": "{path} already holds data; the demo school is only made in a new or empty file.",
    },
    "period.bad": {
        "vi": 'Kỳ báo cáo "{text}" không hợp lệ. Dùng ví dụ: 2026-2027, 2026-2027/hk1, '
        "2026-11, 2026-09-05..2027-01-15.",
        "en": 'Period "{text}" is not valid. Use e.g. 2026-2027, 2026-2027/hk1, 2026-11, '
        "2026-09-05..2027-01-15.",
    },
    "class.unknown": {
        "vi": 'Không có lớp "{name}".',
        "en": 'There is no class "{name}".',
    },
    "class.exists": {
        "vi": 'Lớp "{name}" đã có trong năm học {year}.',
        "en": 'Class "{name}" already exists in school year {year}.',
    },
    "class.bad_grade": {
        "vi": "Khối lớp phải từ 1 đến 12 (nhận được {grade}).",
        "en": "The grade must be from 1 to 12 (got {grade}).",
    },
    "pupil.unknown": {
        "vi": "Không tìm thấy học sinh này.",
        "en": "That pupil does not exist.",
    },
    "class.mixed_grades": {
        "vi": "Một lớp ghép có hai hoặc ba khối.",
        "en": "A mixed-grade class has two or three grades.",
    },
    "class.grade_in_use": {
        "vi": "Lớp {name} còn học sinh khối {grade}: hãy đổi khối của các em trước.",
        "en": "Class {name} still has pupils in grade {grade}: change their grade first.",
    },
    "pupil.bad_grade": {
        "vi": "Lớp {name} không có khối {grade}.",
        "en": "Class {name} has no grade {grade}.",
    },
    "site.bad_name": {
        "vi": "Tên điểm trường không được để trống.",
        "en": "The site's name cannot be empty.",
    },
    "site.unknown": {
        "vi": "Không có điểm trường nào tên {name}.",
        "en": "There is no site called {name}.",
    },
    "site.exists": {
        "vi": "Đã có điểm trường tên {name}.",
        "en": "There is already a site called {name}.",
    },
    "pupil.bad_name": {
        "vi": "Họ và tên học sinh không được để trống.",
        "en": "The pupil's full name cannot be empty.",
    },
    "session.unknown": {
        "vi": "Không tìm thấy buổi học này.",
        "en": "That session does not exist.",
    },
    "session.bad": {
        "vi": "Buổi học không hợp lệ: {reason}.",
        "en": "The session is not valid: {reason}.",
    },
    "school.none": {
        "vi": "Chưa có trường nào trong cơ sở dữ liệu.",
        "en": "There is no school in this database yet.",
    },
    "usage.bad_number": {
        "vi": "{name} phải là số nguyên dương.",
        "en": "{name} must be a positive whole number.",
    },
}


def register_messages(extra: dict[str, dict[str, str]]) -> None:
    """Add an area's messages (sync, reports, ...) so each area keeps its texts in its own module.

    A key registered twice with different texts is a programming error, caught at import.
    """
    for key, texts in extra.items():
        if MESSAGES.get(key, texts) != texts:
            raise ValueError(f"message {key!r} registered twice with different texts")
        MESSAGES[key] = texts


def current_lang() -> str:
    """The language for core messages: SKILLSAPP_LANG if set, else the app setting, else vi."""
    lang = os.environ.get("SKILLSAPP_LANG", "")
    if lang in LANGS:
        return lang
    from skillsapp.config import load_config

    lang = load_config().language
    return lang if lang in LANGS else "vi"


def tr(key: str, lang: str | None = None, **params: object) -> str:
    """The message `key` in `lang` (default: the current language), placeholders filled."""
    lang = lang or current_lang()
    texts = MESSAGES[key]
    return texts.get(lang, texts["vi"]).format(**params)
