"""The case register's words, Vietnamese first: messages, and labels for kinds, actions, statuses.

Kept apart from the register itself so the pages and forms can word things without importing any
cryptography. "cases.damaged" lives with the counts (skillsapp.services.case_counts), which the
reports use below this package.
"""

from __future__ import annotations

from skillsapp.messages import current_lang, register_messages, tr

KIND_LABELS = {
    "cyberbullying": ("Bắt nạt trên mạng", "Cyberbullying"),
    "grooming": ("Dụ dỗ, làm quen để xâm hại (grooming)", "Grooming"),
    "sextortion": ("Tống tiền bằng ảnh, lạm dụng hình ảnh", "Sextortion or image abuse"),
    "scam": ("Lừa đảo, cưỡng đoạt", "Scam or extortion"),
    "harmful_content": ("Tiếp xúc nội dung độc hại", "Harmful content exposure"),
    "other": ("Khác", "Other"),
}
ACTION_LABELS = {
    "listened": ("Lắng nghe và ghi lại", "Listened and recorded"),
    "parents": (
        "Báo cha mẹ (trừ khi họ là nguy cơ)",
        "Parents informed (unless they are the risk)",
    ),
    "hotline_111": ("Chuyển Tổng đài 111", "Referred to hotline 111"),
    "police": ("Báo công an", "Police"),
    "commune": ("Báo cán bộ bảo vệ trẻ em cấp xã", "Commune child-protection officer"),
    "health": ("Chuyển y tế hoặc tư vấn tâm lý", "Health or counselling"),
}
STATUS_LABELS = {
    "open": ("Đang theo dõi", "Open"),
    "supported": ("Đã hỗ trợ", "Supported"),
    "closed": ("Đã đóng", "Closed"),
    "referred": ("Đã chuyển tuyến", "Referred out"),
}
RECEIVER_LABELS = {
    "homeroom": ("Giáo viên chủ nhiệm", "Homeroom teacher"),
    "teacher": ("Giáo viên bộ môn", "Subject teacher"),
    "counsellor": ("Cán bộ tư vấn học đường", "School counsellor"),
    "leader": ("Ban giám hiệu", "School leader"),
    "staff": ("Nhân viên nhà trường", "School staff"),
    "other": ("Người khác", "Someone else"),
}


def label(table: dict[str, tuple[str, str]], key: str, lang: str | None = None) -> str:
    """A kind, action, status or receiver in the current language, the key if unknown."""
    vi, en = table.get(key, (key, key))
    return en if (lang or current_lang()) == "en" else vi


register_messages(
    {
        "cases.none": {
            "vi": "Chưa lập sổ theo dõi trường hợp trong cơ sở dữ liệu này "
            "(dùng: skillsapp cases init).",
            "en": "No case register has been set up in this database (use: skillsapp cases init).",
        },
        "cases.exists": {
            "vi": "Sổ theo dõi trường hợp đã được lập; không thể lập lại.",
            "en": "The case register is already set up; it cannot be set up again.",
        },
        "cases.short_passphrase": {
            "vi": "Cụm mật khẩu cần ít nhất {min} ký tự (nên là một câu dễ nhớ).",
            "en": "The passphrase needs at least {min} characters (a sentence you remember).",
        },
        "cases.same_passphrase": {
            "vi": "Cụm mật khẩu của người phó phải khác của người phụ trách.",
            "en": "The deputy's passphrase must differ from the designated person's.",
        },
        "cases.wrong_passphrase": {
            "vi": "Cụm mật khẩu hoặc mã khôi phục không đúng. Sau vài lần sai, mỗi lần thử "
            "sau phải chờ lâu hơn.",
            "en": "Wrong passphrase or recovery code. After several wrong tries, each new try "
            "waits longer.",
        },
        "cases.damaged_case": {
            "vi": "Trường hợp {code} bị hỏng, không đọc được. Tệp được giữ nguyên.",
            "en": "Case {code} is damaged and cannot be read. The file is kept as it is.",
        },
        "cases.locked": {
            "vi": "Sổ theo dõi đã khóa; hãy nhập lại cụm mật khẩu.",
            "en": "The register is locked; enter the passphrase again.",
        },
        "cases.unknown": {
            "vi": 'Không có trường hợp mã "{code}".',
            "en": 'There is no case with code "{code}".',
        },
        "cases.bad_choice": {
            "vi": '"{value}" không hợp lệ; chọn một trong: {choices}.',
            "en": '"{value}" is not valid; choose one of: {choices}.',
        },
        "cases.bad_date": {
            "vi": "Ngày {day} không hợp lệ: {reason}.",
            "en": "The date {day} is not valid: {reason}.",
        },
        "cases.date_future": {"vi": "ngày trong tương lai", "en": "it is in the future"},
        "cases.date_before_received": {
            "vi": "trước ngày tiếp nhận",
            "en": "it is before the day the case was received",
        },
        "cases.bad_pupil": {
            "vi": "Chỉ ghi khối 1-12 và giới tính (M/F), hoặc liên kết một học sinh có trong "
            "danh sách, không cả hai.",
            "en": "Give grade 1-12 and gender (M/F), or link a pupil on the lists, not both.",
        },
        "cases.note_too_long": {
            "vi": "Ghi chú dài quá {max} ký tự; chỉ ghi điều cần thiết.",
            "en": "The note is longer than {max} characters; write only what is needed.",
        },
        "cases.setup_warning": {
            "vi": "CHÚ Ý: hãy viết mã khôi phục dưới đây ra giấy và cất nơi an toàn; mã chỉ "
            "hiện một lần. Nếu quên cụm mật khẩu mà mất mã này, sổ theo dõi không thể đọc "
            "được nữa, không ai mở được (kể cả người làm ứng dụng).",
            "en": "NOTE: write the recovery code below on paper and keep it somewhere safe; it "
            "is shown only once. If the passphrase is forgotten and this code is lost, the "
            "register can never be read again, by anyone (its makers included).",
        },
        "cases.initialised": {
            "vi": "Đã lập sổ theo dõi trường hợp ({slots} chìa khóa). Mã khôi phục: {code}",
            "en": "The case register is set up ({slots} keys). Recovery code: {code}",
        },
        "cases.added": {
            "vi": "Đã ghi trường hợp mới, mã {code}.",
            "en": "Recorded a new case, code {code}.",
        },
        "cases.action_added": {
            "vi": "Đã ghi việc đã làm cho trường hợp {code}.",
            "en": "Recorded an action for case {code}.",
        },
        "cases.status_set": {
            "vi": "Trường hợp {code}: {status}.",
            "en": "Case {code}: {status}.",
        },
        "cases.empty": {"vi": "Chưa có trường hợp nào.", "en": "No cases yet."},
        "cases.reminder": {
            "vi": "Nhắc: trường hợp {code} đang theo dõi, {days} ngày chưa có việc làm mới.",
            "en": "Reminder: open case {code} has had no action for {days} days.",
        },
        "cases.summary": {
            "vi": "Kỳ {period}: tiếp nhận {received}, đã hỗ trợ {supported}, đã chuyển tuyến "
            "{referred}, đang theo dõi {open}; số ngày đến việc làm đầu tiên (trung vị): "
            "{median}.",
            "en": "Period {period}: received {received}, supported {supported}, referred "
            "{referred}, still open {open}; median days to first action: {median}.",
        },
        "cases.summary_kind": {"vi": "  {kind}: {count}", "en": "  {kind}: {count}"},
        "cases.passphrase_file": {
            "vi": "Không đọc được tệp cụm mật khẩu {path}: {reason}.",
            "en": "Cannot read the passphrase file {path}: {reason}.",
        },
        "cases.retention_set": {
            "vi": "Trường hợp đã đóng được giữ {months} tháng sau khi đóng, rồi bị xóa hẳn.",
            "en": "Closed cases are kept {months} months after closing, then erased for good.",
        },
        "cases.erased": {
            "vi": "Đã xóa hẳn {count} trường hợp (hết thời hạn lưu giữ hoặc học sinh đã bị xóa).",
            "en": "Erased {count} cases for good (past the retention period, or the pupil's "
            "data was deleted).",
        },
    }
)

__all__ = ["ACTION_LABELS", "KIND_LABELS", "RECEIVER_LABELS", "STATUS_LABELS", "label", "tr"]
