"""`skillsapp --help` and argparse's own words in the app's language.

Command modules write their help in English, as the UI writes its sources; this table gives the
Vietnamese, so a leader reading `skillsapp roster import --help` on a Vietnamese machine reads
Vietnamese (tests/unit/test_cli_help.py fails on a help text missing here). argparse's own
strings ("usage:", "options", its error messages) go through its gettext hook, `argparse._`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator

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
    "carry the school into the next school year, or undo it": (
        "chuyển trường sang năm học tiếp theo, hoặc hoàn tác"
    ),
    "promote every class, archive the old year": "cho mọi lớp lên lớp, lưu trữ năm học cũ",
    "the new school year, e.g. 2027-2028": "năm học mới, ví dụ 2027-2028",
    "the new name of a class, where the suggested one is wrong or missing": (
        "tên mới của một lớp, khi tên gợi ý sai hoặc thiếu"
    ),
    "show the preview, change nothing": "chỉ xem trước, không thay đổi gì",
    "undo the last new school year (before its first session)": (
        "hoàn tác lần chuyển năm học gần nhất (trước buổi học đầu tiên)"
    ),
    "a pupil moving to another class or leaving the school": (
        "học sinh chuyển sang lớp khác hoặc rời trường"
    ),
    "move a pupil to another class from a day": "chuyển học sinh sang lớp khác từ một ngày",
    "mark a pupil as having left the school on a day": "ghi học sinh đã rời trường vào một ngày",
    "the pupil's class": "lớp của học sinh",
    "the pupil's code or full name": "mã hoặc họ tên của học sinh",
    "the class's school year, e.g. 2026-2027": "năm học của lớp, ví dụ 2026-2027",
    "the class the pupil moves to": "lớp học sinh chuyển đến",
    "YYYY-MM-DD": "YYYY-MM-DD",
    "YYYY-MM-DD (default: today)": "YYYY-MM-DD (mặc định: hôm nay)",
    "a file whose first line is the passphrase": "tệp có dòng đầu là cụm mật khẩu",
    "a lesson's cards, worksheets, posts, photo sets, forms (PDF)": (
        "thẻ, phiếu học tập, bài đăng, bộ ảnh, biểu mẫu của một bài (PDF)"
    ),
    "a lesson's official lesson plan for a class (Word .docx or PDF)": (
        "kế hoạch bài dạy của một bài cho một lớp, theo mẫu chính thức (Word .docx hoặc PDF)"
    ),
    "a second passphrase, for the deputy": "cụm mật khẩu thứ hai, cho người phó",
    "a teacher's device teaches a class: its packages may change the class": (
        "giao lớp cho máy của một giáo viên: gói của máy đó được sửa dữ liệu lớp"
    ),
    "case codes with their status, and reminders": "mã các trường hợp với tình trạng, và lời nhắc",
    ("class for a file that names none (no class column, no sheet per class), e.g. 6A1"): (
        "lớp cho tệp không ghi tên lớp (không có cột lớp, không có trang tính "
        "riêng từng lớp), ví dụ 6A1"
    ),
    "close a case as supported or referred out": (
        "kết thúc một trường hợp: đã hỗ trợ hoặc đã chuyển tuyến"
    ),
    "counts for a period (no passphrase needed)": "số liệu của một kỳ (không cần cụm mật khẩu)",
    "device id, name or fingerprint": "mã máy, tên hoặc dấu vân tay khóa",
    "e.g. 2026-2027, 2026-2027/hk1, 2026-11": "ví dụ 2026-2027, 2026-2027/hk1, 2026-11",
    "grade 1-12 of classes made (default: from the name, 6A1 -> 6)": (
        "khối 1-12 của lớp được tạo (mặc định: theo tên lớp, 6A1 -> 6)"
    ),
    "how long closed cases are kept (months); older ones are erased": (
        "giữ trường hợp đã kết thúc bao lâu (tháng); cũ hơn sẽ bị xóa"
    ),
    (
        "import a class list (.xlsx, .xls, .ods, .csv) into its classes: new "
        "pupils added, known ones updated or moved, missing ones marked as left"
    ): (
        "nhập danh sách lớp (.xlsx, .xls, .ods, .csv) vào các lớp: thêm học "
        "sinh mới, cập nhật hoặc chuyển lớp học sinh đã có, đánh dấu đã rời "
        "trường học sinh không còn trong danh sách"
    ),
    "import even when something looks wrong": "vẫn nhập dù có điều bất thường",
    "only this material (its id in the lesson)": "chỉ học liệu này (mã của nó trong bài)",
    "only the pages for this reader (default: the whole guide)": (
        "chỉ các trang dành cho người đọc này (mặc định: cả cuốn hướng dẫn)"
    ),
    "the user guide as an A4 manual (PDF)": "hướng dẫn sử dụng thành tài liệu khổ A4 (PDF)",
    "read only this sheet of a workbook": "chỉ đọc trang tính này của tệp",
    "record a case (prints its code; no names)": "ghi một trường hợp (in ra mã; không ghi tên)",
    "record an action taken for a case": "ghi một việc đã làm cho trường hợp",
    "say what would change, write nothing": "cho biết sẽ thay đổi gì, không ghi gì",
    "school year (default: the newest)": "năm học (mặc định: năm mới nhất)",
    "set it (default 60)": "đặt thời hạn (mặc định 60)",
    "set up the register; prints the recovery code once": (
        "lập sổ; in mã khôi phục một lần duy nhất"
    ),
    "take a class assignment back": "thu hồi việc giao lớp",
    "the confidential case register (designated person)": (
        "sổ theo dõi trường hợp bảo mật (người phụ trách)"
    ),
    "the database moved here and the old computer is no longer used": (
        "dữ liệu đã chuyển sang máy này và máy cũ không dùng nữa"
    ),
    "the pupil's grade (no name)": "khối của học sinh (không ghi tên)",
    "the support given": "hỗ trợ đã có",
    "this is a copy and both computers stay in use: a new identity here": (
        "đây là bản chép và cả hai máy vẫn dùng: tạo danh tính mới cho máy này"
    ),
    "undo the last class-list import of a class, restoring it as it was": (
        "hoàn tác lần nhập danh sách gần nhất của một lớp, trả lớp về như cũ"
    ),
    "whether this database's identity was made on this computer": (
        "danh tính của dữ liệu này có được tạo trên máy này không"
    ),
    "who opened or changed the register, and when": "ai đã mở hoặc sửa sổ, vào lúc nào",
    "who received it": "người tiếp nhận",
    "write every rejected row with its reason": "ghi mọi dòng bị loại kèm lý do",
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
    "signed lesson packs (.knsl): make, import, list": (
        "gói bài học có chữ ký (.knsl): tạo, nhập, xem"
    ),
    "sign a folder of lesson files into a pack": "ký một thư mục tệp bài học thành một gói",
    "folder of <band>/<file>.yaml lesson files": "thư mục các tệp bài học <khối>/<tệp>.yaml",
    "pack file, or a folder to write into": "tệp gói, hoặc thư mục để ghi vào",
    "pack id (default: the folder's name)": "mã gói (mặc định: tên thư mục)",
    "pack version (default: the date and time)": "phiên bản gói (mặc định: ngày và giờ)",
    "publisher name (default: this device's name)": "tên đơn vị phát hành (mặc định: tên máy này)",
    "verify a lesson pack and install it": "kiểm tra một gói bài học rồi cài đặt",
    "accept a new publisher with this fingerprint": (
        "chấp nhận đơn vị phát hành mới có mã nhận dạng này"
    ),
    "lessons with their version and origin": "các bài học với phiên bản và nguồn gốc",
    "take an imported pack out again": "gỡ một gói đã nhập",
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
    "every live class of a site (điểm trường), by name": (
        "mọi lớp đang học của một điểm trường, theo tên điểm trường"
    ),
    "school report: add a breakdown by site (satellite sites, điểm trường)": (
        "báo cáo của trường: thêm phần chia theo điểm trường"
    ),
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
    # cards (issue 18)
    "answer cards held up and read by a camera": "thẻ trả lời học sinh giơ lên, đọc bằng camera",
    "print the class's answer cards (PDF)": "in thẻ trả lời của lớp (PDF)",
    "read answer cards from photos or frames": "đọc thẻ trả lời từ ảnh chụp hoặc khung hình",
    "cards per A4 page": "số thẻ trên một trang A4",
    "print the answers as JSON": "in các câu trả lời dạng JSON",
    "photos or frames, in order": "ảnh hoặc khung hình, theo thứ tự",
    # paper answer sheets (issue 18, item 4)
    "paper answer sheets read from photos or scans": (
        "phiếu trả lời giấy, đọc từ ảnh chụp hoặc bản quét"
    ),
    "read filled-in answer sheets (print quiz-sheet --marks)": (
        "đọc phiếu trả lời đã tô (print quiz-sheet --marks)"
    ),
    "the lesson whose sheet was printed": "bài học của phiếu đã in",
    "print the marks as JSON": "in các ô đã tô dạng JSON",
    "photos or scans of the sheets": "ảnh chụp hoặc bản quét của phiếu",
    "bubbles and corner markers, read from a photo by `sheets scan`": (
        "ô tô và mã ở bốn góc, để `sheets scan` đọc từ ảnh chụp"
    ),
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
_table_lang: list[str] = []  # the language `_table` is in; empty until words are first needed


def _words() -> dict[str, str]:
    """argparse's own words in the app's language, looked up the first time argparse needs one
    (an error, a help page): a command line that parses never pays for the language."""
    if not _table_lang:
        _fill(current_lang())
    return _table


def _fill(lang: str) -> None:
    _table.clear()
    if lang == "vi":
        _table.update(ARGPARSE_VI)
    _table_lang[:] = [lang]


# Not the standard gettext: it looks for argparse catalogues (there are none) in four places
# per word, on every word; the app's language is the table's.
def _gettext(text: str) -> str:
    return _words().get(text, text)


def _ngettext(one: str, many: str, n: int) -> str:
    english = one if n == 1 else many
    return _words().get(english, english)


def _as_written(text: str) -> str:
    return text


def _as_written_n(one: str, many: str, n: int) -> str:
    return one if n == 1 else many


def words_as_written() -> None:
    """argparse's words as written while a parser is made: its help is put in the app's language
    when printed (LocalParser), and the standard gettext's lookups (33 words, four catalogue
    paths each) were a tenth of building the app's parser."""
    _route(_as_written, _as_written_n)


def _route(words: Callable[[str], str], plural: Callable[[str, str, int], str]) -> None:
    """argparse's gettext hooks (module names its type stubs do not declare)."""
    argparse._ = words  # type: ignore[attr-defined]
    argparse.ngettext = plural  # type: ignore[attr-defined]


def install_words() -> None:
    """Route argparse's own strings through the table, filled on first use in the language of
    that moment (a process may change language between two command lines: the tests do)."""
    _table_lang.clear()
    _route(_gettext, _ngettext)


class LocalParser(argparse.ArgumentParser):
    """A parser that puts its help in the app's language when it prints it (a help page, the
    usage line of an error): the app's start parses `gui --db X` without reading the tables."""

    def format_usage(self) -> str:
        localize(self)
        return super().format_usage()

    def format_help(self) -> str:
        localize(self)
        return super().format_help()


def localize(parser: argparse.ArgumentParser, lang: str | None = None) -> None:
    """Put `parser`'s help and argparse's own words in `lang` (default: the app's).

    argparse words its help option and group titles when a parser is made, with the language
    of the previous call: in English those are turned back (a process that changes language).
    """
    lang = lang or (_table_lang[0] if _table_lang else current_lang())
    install_words()
    _fill(lang)
    table = {**ARGPARSE_VI, **HELP_VI} if lang == "vi" else {v: k for k, v in ARGPARSE_VI.items()}
    for text, owner, attr in list(_translatable(parser)):
        if text in table:
            setattr(owner, attr, table[text])
