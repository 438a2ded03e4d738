"""The reports area's user-facing messages (errors and CLI summaries), in Vietnamese and English."""

from __future__ import annotations

from skillsapp.messages import register_messages

MESSAGES = {
    "report.bad_kind": {
        "vi": 'Loại báo cáo "{kind}" không có; chọn class, school hoặc department.',
        "en": 'There is no report kind "{kind}"; choose class, school or department.',
    },
    "report.need_class": {
        "vi": "Báo cáo lớp cần tên lớp (--class).",
        "en": "A class report needs a class name (--class).",
    },
    "report.bad_format": {
        "vi": 'Định dạng "{fmt}" không có; chọn pdf, docx, xlsx hoặc csv.',
        "en": 'There is no format "{fmt}"; choose pdf, docx, xlsx or csv.',
    },
    "report.bad_out": {
        "vi": "Tệp kết quả {path} phải có đuôi {ext}.",
        "en": "The output file {path} must end in {ext}.",
    },
    "report.out_is_dir": {
        "vi": "{path} là một thư mục; hãy ghi tên tệp kết quả.",
        "en": "{path} is a folder; give the name of the output file.",
    },
    "report.no_folder": {
        "vi": "Không có thư mục {path} để lưu báo cáo.",
        "en": "The folder {path} does not exist.",
    },
    "report.figures_version": {
        "vi": "Số liệu tổng hợp của trường {school} được tạo bởi phiên bản mới hơn (phiên bản "
        "{version}); hãy cập nhật Kỹ năng số.",
        "en": "The aggregate figures of school {school} come from a newer app (version "
        "{version}); update Kỹ năng số.",
    },
    "report.figures_bad": {
        "vi": "Số liệu tổng hợp không đọc được: {reason}.",
        "en": "The aggregate figures cannot be read: {reason}.",
    },
    "report.done_pdf": {
        "vi": "Đã lưu {path} ({pages} trang).",
        "en": "Saved {path} ({pages} pages).",
    },
    "report.done": {
        "vi": "Đã lưu {path}.",
        "en": "Saved {path}.",
    },
    "report.period_not_started": {
        "vi": "Kỳ {period} bắt đầu ngày {start}, chưa tới (hôm nay {today}); hãy chọn một kỳ "
        "từ {first} đến hôm nay.",
        "en": "The period {period} starts on {start}, which has not come yet (today is "
        "{today}); choose a period between {first} and today.",
    },
    "report.period_outside": {
        "vi": "Kỳ {period} nằm ngoài năm học {year} của trường (từ {first} đến {last}); hãy "
        "chọn một kỳ trong khoảng đó.",
        "en": "The period {period} is outside the school's year {year} ({first} to {last}); "
        "choose a period within those dates.",
    },
    "report.done_csv": {
        "vi": "Đã lưu {path} (CSV {dialect}).",
        "en": "Saved {path} (CSV {dialect}).",
    },
    "plan.saved": {
        "vi": 'Đã lưu nhiệm vụ "{code}" năm học {year}: {status}.',
        "en": 'Saved task "{code}" for school year {year}: {status}.',
    },
    "report.lesson_unknown": {
        "vi": 'Không có bài học "{lesson}" trong bộ bài. Bài gần giống: {near}.',
        "en": 'There is no lesson "{lesson}" in the kit. Near matches: {near}.',
    },
    "report.no_materials": {
        "vi": "Bài {lesson} không có học liệu in được{which}.",
        "en": "Lesson {lesson} has no printable material{which}.",
    },
    "report.no_next_lesson": {
        "vi": "Lớp {name} đã học hết các bài; hãy chọn bài bằng --lesson.",
        "en": "Class {name} has had every lesson; choose one with --lesson.",
    },
    "report.sheet_too_wide": {
        "vi": "Bài {lesson} có quá nhiều câu để tô trên một hàng; hãy in phiếu không có --marks.",
        "en": "Lesson {lesson} has too many items to bubble on one row; print it without --marks.",
    },
}

register_messages(MESSAGES)
