"""The lesson packs' messages in Vietnamese and English, registered when the area is imported.

Each refusal is one line that names the file and the problem: the reader is a teacher or a
department officer with a USB stick, and nothing was installed.
"""

from __future__ import annotations

from skillsapp.messages import register_messages

PACK_MESSAGES: dict[str, dict[str, str]] = {
    "packs.missing": {
        "vi": "Không tìm thấy gói bài học {path}.",
        "en": "The lesson pack {path} does not exist.",
    },
    "packs.too_big": {
        "vi": "Gói bài học {path} quá lớn ({size} MB; tối đa {cap} MB): không cài gì.",
        "en": "The lesson pack {path} is too large ({size} MB; at most {cap} MB): "
        "nothing installed.",
    },
    "packs.too_many": {
        "vi": "Gói bài học {path} có quá nhiều tệp ({count}; tối đa {cap}): không cài gì.",
        "en": "The lesson pack {path} holds too many files ({count}; at most {cap}): "
        "nothing installed.",
    },
    "packs.not_pack": {
        "vi": "Tệp {path} không phải gói bài học của Kỹ năng số (.knsl).",
        "en": "{path} is not a Kỹ năng số lesson pack (.knsl).",
    },
    "packs.incomplete": {
        "vi": "Gói bài học {path} bị cắt dở (chép chưa xong?): không cài gì. Hãy chép lại tệp.",
        "en": "The lesson pack {path} is cut short (copy not finished?): nothing installed. "
        "Copy the file again.",
    },
    "packs.damaged": {
        "vi": "Gói bài học {path} bị hỏng hoặc đã bị sửa: không cài gì. Hãy xin lại tệp gốc.",
        "en": "The lesson pack {path} is damaged or was altered: nothing installed. "
        "Ask for the original file again.",
    },
    "packs.newer_format": {
        "vi": "Gói bài học {path} được tạo bởi phiên bản mới hơn (định dạng {version}). "
        "Hãy cập nhật Kỹ năng số.",
        "en": "The lesson pack {path} was made by a newer app (format {version}). "
        "Update Kỹ năng số.",
    },
    "packs.member_link": {
        "vi": "Gói bài học {path} chứa liên kết {member}: không cài gì.",
        "en": "The lesson pack {path} holds a link {member}: nothing installed.",
    },
    "packs.member_name": {
        "vi": "Gói bài học {path} chứa tệp không được phép {member!r}: không cài gì.",
        "en": "The lesson pack {path} holds a file that is not allowed, {member!r}: "
        "nothing installed.",
    },
    "packs.member_duplicate": {
        "vi": "Gói bài học {path} có tệp {member} hai lần: không cài gì.",
        "en": "The lesson pack {path} holds {member} twice: nothing installed.",
    },
    "packs.member_method": {
        "vi": "Gói bài học {path} nén {member} theo cách không hỗ trợ: không cài gì.",
        "en": "The lesson pack {path} compresses {member} in an unsupported way: "
        "nothing installed.",
    },
    "packs.member_too_big": {
        "vi": "Gói bài học {path}: tệp {member} quá lớn (tối đa {cap} byte): không cài gì.",
        "en": "The lesson pack {path}: {member} is too large (at most {cap} bytes): "
        "nothing installed.",
    },
    "packs.unsigned": {
        "vi": "Gói bài học {path} không có chữ ký: không cài gì.",
        "en": "The lesson pack {path} is not signed: nothing installed.",
    },
    "packs.bad_manifest": {
        "vi": "Gói bài học {path} có bản kê khai sai ({reason}): không cài gì.",
        "en": "The lesson pack {path} has a wrong manifest ({reason}): nothing installed.",
    },
    "packs.bad_signature": {
        "vi": "Chữ ký của gói bài học {path} không đúng (tệp đã bị sửa?): không cài gì.",
        "en": "The signature of the lesson pack {path} does not match (altered?): "
        "nothing installed.",
    },
    "packs.bad_hash": {
        "vi": "Gói bài học {path}: tệp {member} không khớp bản kê khai (đã bị sửa?): không cài gì.",
        "en": "The lesson pack {path}: {member} does not match the manifest (altered?): "
        "nothing installed.",
    },
    "packs.bad_lesson": {
        "vi": "Gói bài học {path}: bài {lesson} có lỗi ({problem}): không cài gì.",
        "en": "The lesson pack {path}: the lesson {lesson} is broken ({problem}): "
        "nothing installed.",
    },
    "packs.missing_file": {
        "vi": "Gói bài học {path}: bài {lesson} dùng tệp {file} nhưng gói không có tệp này: "
        "không cài gì.",
        "en": "The lesson pack {path}: the lesson {lesson} uses the file {file}, which the pack "
        "does not carry: nothing installed.",
    },
    "packs.older": {
        "vi": "Gói bài học {path} sẽ thay bài {lesson} phiên bản {have} bằng phiên bản cũ hơn "
        "{version}: không cài gì.",
        "en": "The lesson pack {path} would replace the lesson {lesson} version {have} with the "
        "older version {version}: nothing installed.",
    },
    "packs.same_version": {
        "vi": "Gói bài học {path}: bài {lesson} phiên bản {version} khác với bài cùng phiên bản "
        "đã có (người soạn cần tăng số phiên bản): không cài gì.",
        "en": "The lesson pack {path}: the lesson {lesson} version {version} differs from the "
        "installed lesson of that version (its author must raise the version): "
        "nothing installed.",
    },
    "packs.moved": {
        "vi": "Gói bài học {path} chuyển bài {lesson} sang mạch hoặc khối khác: một bài mới cần "
        "mã mới (báo cáo và kế hoạch đã tính bài này theo mạch cũ). Không cài gì.",
        "en": "The lesson pack {path} moves the lesson {lesson} to another strand or band: a new "
        "lesson needs a new id (reports and plans counted it in its strand). Nothing installed.",
    },
    "packs.older_pack": {
        "vi": "Gói {pack} phiên bản {have} đã được cài; tệp {path} là phiên bản {version}: "
        "không cài gì.",
        "en": "The pack {pack} version {have} is installed; {path} is version {version}: "
        "nothing installed.",
    },
    "packs.id_taken": {
        "vi": "Gói {pack} đã được cài từ một đơn vị khác ({publisher}): không cài gì.",
        "en": "The pack {pack} is installed from another publisher ({publisher}): "
        "nothing installed.",
    },
    "packs.untrusted": {
        "vi": "Gói bài học {path} do {publisher} ký, chưa được chấp nhận. Mã nhận dạng: "
        "{fingerprint}. Hãy gọi điện so mã này với đơn vị gửi, rồi cài bằng: "
        '--accept "{fingerprint}"',
        "en": "The lesson pack {path} is signed by {publisher}, not accepted yet. Fingerprint: "
        "{fingerprint}. Compare it with the sender by phone, then install with: "
        '--accept "{fingerprint}"',
    },
    "packs.wrong_fingerprint": {
        "vi": "Mã nhận dạng đã nhập không khớp với người ký gói {path} ({fingerprint}): "
        "không cài gì.",
        "en": "The fingerprint given does not match the signer of {path} ({fingerprint}): "
        "nothing installed.",
    },
    "packs.key_changed": {
        "vi": "Gói bài học {path} do {publisher} ký bằng khóa khác với khóa đã biết: không cài gì.",
        "en": "The lesson pack {path} is signed by {publisher} with a key other than the known "
        "one: nothing installed.",
    },
    "packs.in_program": {
        "vi": "Cơ sở dữ liệu nằm trong thư mục chương trình ({path}); bài học chỉ được cài "
        "vào thư mục dữ liệu.",
        "en": "The database is inside the program folder ({path}); lessons are installed only "
        "into the data folder.",
    },
    "packs.installed": {
        "vi": "Đã cài gói {pack} phiên bản {version} của {publisher}: {new} bài mới, "
        "{updated} bài cập nhật.",
        "en": "Installed the pack {pack} version {version} from {publisher}: {new} new, "
        "{updated} updated lessons.",
    },
    "packs.already": {
        "vi": "Gói {pack} phiên bản {version} đã được cài.",
        "en": "The pack {pack} version {version} is installed already.",
    },
    "packs.removed": {
        "vi": "Đã gỡ gói {pack}; các buổi học đã dạy vẫn giữ bài như khi dạy.",
        "en": "Removed the pack {pack}; sessions already taught keep their lessons as taught.",
    },
    "packs.not_installed": {
        "vi": "Không có gói {pack}. Các gói đã cài: {packs}.",
        "en": "There is no pack {pack}. Installed packs: {packs}.",
    },
    "packs.src_empty": {
        "vi": "Thư mục {path} không có tệp bài học (<khối>/<tệp>.yaml).",
        "en": "The folder {path} holds no lesson files (<band>/<file>.yaml).",
    },
    "packs.src_bad": {
        "vi": "Bài {lesson} có lỗi: {problem}. Không tạo gói.",
        "en": "The lesson {lesson} has a problem: {problem}. No pack written.",
    },
    "packs.src_missing_file": {
        "vi": "Bài {lesson} dùng tệp {file} nhưng thư mục files/ không có tệp này. Không tạo gói.",
        "en": "The lesson {lesson} uses the file {file}, which is not in the files/ folder. "
        "No pack written.",
    },
    "packs.built": {
        "vi": "Đã tạo gói {path}: {pack} phiên bản {version}, {count} bài, mã nhận dạng "
        "{fingerprint}.",
        "en": "Wrote {path}: {pack} version {version}, {count} lessons, fingerprint {fingerprint}.",
    },
    "packs.bad_id": {
        "vi": "Mã gói {pack!r} không hợp lệ (3 đến 64 chữ thường, số hoặc dấu gạch ngang).",
        "en": "The pack id {pack!r} is not valid (3 to 64 lower-case letters, digits or dashes).",
    },
}


def register() -> None:
    register_messages(PACK_MESSAGES)
