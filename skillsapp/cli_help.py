"""`skillsapp --help` and argparse's own words in the app's language.

Command modules write their help in English, as the UI writes its sources; this table gives the
Vietnamese, so a leader reading `skillsapp roster import --help` on a Vietnamese machine reads
Vietnamese (tests/unit/test_cli_help.py fails on a help text missing here). argparse's own
strings ("usage:", "options", its error messages) go through its gettext hook, `argparse._`.
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Iterator

from skillsapp.messages import current_lang

ARGPARSE_VI = {  # argparse's own strings (Python 3.11-3.13 sources), Vietnamese
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện trợ giúp này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản rồi thoát",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "không hiểu các tham số: %s",
    "not allowed with argument %s": "không dùng cùng được với tham số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "the following arguments are required: %s": "thiếu các tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn chưa rõ: %(option)s có thể là %(matches)s"
    ),
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)"
    ),
}

HELP_VI = {  # the commands' help texts (English source -> Vietnamese)
    "Kỹ năng số: bộ kỹ năng số cho trẻ em (digital skills kit for schools)": (
        "Kỹ năng số: bộ kỹ năng số cho trẻ em"
    ),
    "database file to open in the app": "tệp dữ liệu để mở trong ứng dụng",
    "with no data yet, skip the first-run questions and open the demo school": (
        "khi chưa có dữ liệu: bỏ qua các câu hỏi lần đầu và mở trường mẫu"
    ),
    "make the demo school in a new database": "tạo trường mẫu trong một tệp dữ liệu mới",
    "copy the database safely to a file": "chép an toàn dữ liệu ra một tệp",
    "replace the database with a backup (keeps the old)": (
        "thay dữ liệu bằng một bản sao lưu (giữ lại bản cũ)"
    ),
    "open the app, or render one page to a PNG and exit": (
        "mở ứng dụng, hoặc vẽ một trang ra tệp PNG rồi thoát"
    ),
    "check or list the lesson files": "kiểm tra hoặc liệt kê các tệp bài học",
    "exchange data packages (.kns) between devices": "trao đổi gói dữ liệu (.kns) giữa các máy",
    "this device's key card, and other devices' cards": "thẻ khóa của máy này và của các máy khác",
    "class lists": "danh sách lớp",
    "class, school or department report": "báo cáo của lớp, trường hoặc phòng giáo dục",
    "printable sheets, handouts and family notes": "phiếu in, tài liệu phát và thư gửi gia đình",
    "the school's checklist of programme tasks": "danh mục nhiệm vụ chương trình của trường",
    "PNG file: render offscreen at 1366x768 and exit": ("tệp PNG: vẽ ngầm ở cỡ 1366x768 rồi thoát"),
    "page to show (classes, today, curriculum, ...)": (
        "trang cần hiện (classes, today, curriculum, ...)"
    ),
    "report every problem in the lesson files": "báo mọi lỗi trong các tệp bài học",
    "print the scope and sequence": "in phạm vi và trình tự bài học",
    "treat the quiz rules as errors, not warnings": (
        "coi quy tắc câu hỏi là lỗi, không chỉ cảnh báo"
    ),
    "only this band (e.g. g3-5)": "chỉ khối lớp này (ví dụ g3-5)",
    "machine-readable output": "kết quả dạng cho máy đọc",
    "write a package for another device": "ghi một gói dữ liệu cho máy khác",
    "import packages from other devices": "nhập các gói dữ liệu từ máy khác",
    "packages held until their device is accepted": (
        "các gói đang chờ, đến khi máy gửi được chấp nhận"
    ),
    "accept a device and merge its held packages": (
        "chấp nhận một máy và nhập các gói đang chờ của nó"
    ),
    "drop a device's held packages unread": "bỏ các gói đang chờ của một máy, không đọc",
    "package file, or a folder to write into": "tệp gói, hoặc thư mục để ghi vào",
    "recipient: device id, name or fingerprint": "máy nhận: mã máy, tên hoặc dấu vân tay khóa",
    "send everything, not just changes": "gửi tất cả, không chỉ phần thay đổi",
    "only these classes' pupil data (repeatable); school-wide rows always go": (
        "chỉ dữ liệu học sinh của các lớp này (ghi được nhiều lần); dữ liệu chung của trường "
        "luôn được gửi"
    ),
    "the school's counts for the department": "số liệu tổng hợp của trường gửi phòng giáo dục",
    "with --aggregate: the period (default: this year)": (
        "dùng với --aggregate: kỳ báo cáo (mặc định: năm nay)"
    ),
    "device id (or its first characters)": "mã máy (hoặc vài ký tự đầu)",
    "write this device's public key card": "ghi thẻ khóa công khai của máy này",
    "add a known device from its key card": "thêm một máy quen từ thẻ khóa của nó",
    "set this device's name first (e.g. the teacher's)": (
        "đặt tên cho máy này trước (ví dụ tên giáo viên)"
    ),
    "set this device's role first": "đặt vai trò cho máy này trước",
    "import a class list (.xlsx or .csv) into a class, all or nothing": (
        "nhập danh sách lớp (.xlsx hoặc .csv) vào một lớp: nhập hết hoặc không nhập gì"
    ),
    "class name, e.g. 6A1": "tên lớp, ví dụ 6A1",
    "grade 1-12": "khối lớp 1-12",
    "school year, e.g. 2026-2027 (default: the current one)": (
        "năm học, ví dụ 2026-2027 (mặc định: năm học hiện tại)"
    ),
    "import the rows without problems": "nhập các dòng không có lỗi",
    "2026-2027, 2026-2027/hk1, 2026-11, ...": "2026-2027, 2026-2027/hk1, 2026-11, ...",
    "class name (class reports)": "tên lớp (báo cáo của lớp)",
    "CSV: excel-vi (';' and decimal ',', default in Vietnamese) or standard": (
        "CSV: excel-vi (dấu ';' và dấu thập phân ',', mặc định khi dùng tiếng Việt) hoặc standard"
    ),
    "language of the document (default: app)": "ngôn ngữ của tài liệu (mặc định: như ứng dụng)",
    "a blank attendance register for a class": "sổ điểm danh trống cho một lớp",
    "a paper answer sheet for a lesson's quiz": "phiếu trả lời giấy cho câu hỏi của một bài",
    "a lesson's pupil handout (PDF or HTML)": (
        "tài liệu phát cho học sinh của một bài (PDF hoặc HTML)"
    ),
    "a lesson's note to families (PDF or HTML)": "thư gửi gia đình của một bài (PDF hoặc HTML)",
    "lesson id (default: the class's next lesson)": "mã bài (mặc định: bài tiếp theo của lớp)",
    "band for a short lesson number, e.g. --band g6-9 --lesson 7": (
        "khối lớp cho số bài ngắn, ví dụ --band g6-9 --lesson 7"
    ),
    "full id, g6-9/07, or 7 with --band": "mã đầy đủ, g6-9/07, hoặc 7 kèm --band",
    "band for a short lesson number, e.g. g6-9": "khối lớp cho số bài ngắn, ví dụ g6-9",
    "school database, for the school's name": "tệp dữ liệu của trường, để lấy tên trường",
    "the class the note goes home from": "lớp gửi thư về gia đình",
    "the tasks and their status for a school year": "các nhiệm vụ và tình trạng trong một năm học",
    "set a task's status and note": "đặt tình trạng và ghi chú của một nhiệm vụ",
    "school year, e.g. 2026-2027": "năm học, ví dụ 2026-2027",
}


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text, description and group title `parser` and its subcommands show."""
    return [text for text, _owner, _attr in _translatable(parser)]


def _translatable(parser: argparse.ArgumentParser) -> Iterator[tuple[str, object, str]]:
    """(text, object, attribute) for each text a help page shows, subcommands included."""
    for attr in ("description", "epilog"):
        if getattr(parser, attr):
            yield getattr(parser, attr), parser, attr
    for group in parser._action_groups:
        if group.title:
            yield group.title, group, "title"
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            yield action.help, action, "help"
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    yield choice.help, choice, "help"
            for sub in dict.fromkeys(action.choices.values()):  # aliases share a parser
                yield from _translatable(sub)


_table: dict[str, str] = {}


def _gettext(text: str) -> str:
    return _table.get(text, gettext.gettext(text))


def _ngettext(one: str, many: str, n: int) -> str:
    english = gettext.ngettext(one, many, n)
    return _table.get(english, english)


def localize(parser: argparse.ArgumentParser, lang: str | None = None) -> None:
    """Put `parser`'s help and argparse's own words in `lang` (default: the app's).

    argparse words its help option and group titles when a parser is made, with the language
    of the previous call: in English those are turned back (a process that changes language).
    """
    lang = lang or current_lang()
    _table.clear()
    if lang == "vi":
        _table.update(ARGPARSE_VI)
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
    table = {**ARGPARSE_VI, **HELP_VI} if lang == "vi" else {v: k for k, v in ARGPARSE_VI.items()}
    for text, owner, attr in list(_translatable(parser)):
        if text in table:
            setattr(owner, attr, table[text])
