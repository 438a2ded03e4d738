"""The sync area's messages in Vietnamese and English, registered when the area is imported.

Every rejection names the problem and what to do about it, because the person reading it is a
teacher holding a USB stick, not an engineer.
"""

from __future__ import annotations

from skillsapp.messages import register_messages

SYNC_MESSAGES: dict[str, dict[str, str]] = {
    # One identity, one computer
    "sync.copied_db": {
        "vi": "Cơ sở dữ liệu {db} được tạo trên một máy tính khác rồi chép sang máy này. Nếu máy "
        "cũ không còn dùng nữa, chạy: skillsapp keys keep --db {db}. Nếu cả hai máy vẫn dùng, "
        "chạy: skillsapp keys new-identity --db {db}, rồi gửi lại thẻ khóa mới cho hiệu trưởng.",
        "en": "The database {db} was made on another computer and copied here. If the old "
        "computer is no longer used, run: skillsapp keys keep --db {db}. If both stay in use, "
        "run: skillsapp keys new-identity --db {db}, then send the new key card to the leader.",
    },
    "keys.kept": {
        "vi": "Máy này giữ danh tính {device}: máy cũ không được dùng để nhập dữ liệu nữa.",
        "en": "This computer keeps the identity {device}: do not enter data on the old one.",
    },
    "keys.new_identity": {
        "vi": "Máy này có danh tính mới {device} (danh tính cũ {old} vẫn được tin cậy). "
        "Hãy gửi thẻ khóa mới cho hiệu trưởng: skillsapp keys export --db {db} --out THẺ.knskey",
        "en": "This computer has a new identity {device} (the old one, {old}, stays trusted). "
        "Send the new key card to the leader: skillsapp keys export --db {db} --out CARD.knskey",
    },
    "keys.home_ok": {
        "vi": "Danh tính {device} thuộc máy tính này.",
        "en": "The identity {device} belongs to this computer.",
    },
    "sync.assigned": {
        "vi": "Lớp {class_name} được giao cho máy {device}.",
        "en": "Class {class_name} is assigned to the device {device}.",
    },
    "sync.unassigned": {
        "vi": "Lớp {class_name} không còn giao cho máy {device}.",
        "en": "Class {class_name} is no longer assigned to the device {device}.",
    },
    # Keys and key cards
    "keys.missing": {
        "vi": "Không tìm thấy tệp khóa riêng của máy này ({path}). Cơ sở dữ liệu có lẽ đã được "
        "chép sang máy khác mà không chép thư mục keys/; hãy chép cả thư mục đó.",
        "en": "This computer's private key file ({path}) is missing. The database was probably "
        "copied without its keys/ folder; copy that folder too.",
    },
    "keys.mismatch": {
        "vi": "Tệp khóa {path} không khớp với cơ sở dữ liệu này (của máy khác?).",
        "en": "The key file {path} does not belong to this database (another computer's?).",
    },
    "keys.bad_file": {
        "vi": "Tệp khóa {path} bị hỏng, không đọc được.",
        "en": "The key file {path} is damaged and cannot be read.",
    },
    "keys.card_bad": {
        "vi": "Tệp {path} không phải thẻ khóa của Kỹ năng số ({reason}).",
        "en": "{path} is not a Kỹ năng số key card ({reason}).",
    },
    "keys.card_signature": {
        "vi": "Thẻ khóa {path} đã bị sửa sau khi tạo (chữ ký không khớp). Hãy xin lại thẻ.",
        "en": "The key card {path} was altered after it was made (its signature does not "
        "match). Ask for the card again.",
    },
    "keys.card_self": {
        "vi": "Đây là thẻ khóa của chính máy này; hãy nhập thẻ của máy kia.",
        "en": "This is this computer's own key card; import the other computer's card.",
    },
    "keys.card_conflict": {
        "vi": "Máy {name} ({device}) đã được biết với khóa khác (mã nhận dạng cũ {old}, thẻ này "
        "{new}). Thẻ bị từ chối: hãy hỏi trực tiếp người gửi.",
        "en": "Device {name} ({device}) is already known with different keys (known fingerprint "
        "{old}, this card {new}). The card is refused: check with the sender in person.",
    },
    "keys.card_added": {
        "vi": "Đã thêm máy {name} ({role}). Mã nhận dạng: {fingerprint}. Hãy đọc to mã này với "
        "người gửi để chắc chắn thẻ là thật.",
        "en": "Added device {name} ({role}). Fingerprint: {fingerprint}. Read it aloud with the "
        "sender to be sure the card is genuine.",
    },
    "keys.card_same": {
        "vi": "Máy {name} đã có trong danh sách với cùng khóa ({fingerprint}); đã cập nhật tên.",
        "en": "Device {name} is already known with the same keys ({fingerprint}); its name is "
        "updated.",
    },
    "keys.exported": {
        "vi": "Đã ghi thẻ khóa {path} cho máy {name} ({role}). Mã nhận dạng: {fingerprint}.",
        "en": "Wrote the key card {path} for {name} ({role}). Fingerprint: {fingerprint}.",
    },
    "keys.bad_role": {
        "vi": 'Vai trò "{role}" không hợp lệ; dùng teacher, leader hoặc department.',
        "en": 'Role "{role}" is not valid; use teacher, leader or department.',
    },
    # Export
    "sync.no_recipient": {
        "vi": "Chưa biết máy nhận nào. Hãy xin thẻ khóa của hiệu trưởng (trên máy hiệu trưởng: "
        "skillsapp keys export --db ... --out the.knskey) rồi nhập: skillsapp keys import "
        "--db ... the.knskey.",
        "en": "No receiving device is known yet. Get the school leader's key card (on the "
        "leader's PC: skillsapp keys export --db ... --out card.knskey) and import it: "
        "skillsapp keys import --db ... card.knskey.",
    },
    "sync.choose_recipient": {
        "vi": "Có nhiều máy nhận: {devices}. Hãy chọn một máy với --to.",
        "en": "Several devices are known: {devices}. Choose one with --to.",
    },
    "sync.unknown_recipient": {
        "vi": 'Không có máy nào khớp "{query}". Các máy đã biết: {devices}.',
        "en": 'No known device matches "{query}". Known devices: {devices}.',
    },
    "sync.to_department": {
        "vi": "Dữ liệu từng học sinh không bao giờ gửi lên phòng giáo dục; hãy dùng --aggregate "
        "để gửi số liệu tổng hợp.",
        "en": "Pupil-level data is never sent to the department; use --aggregate to send the "
        "school's figures.",
    },
    "sync.nothing_new": {
        "vi": "Không có gì thay đổi kể từ gói gửi {name} lần trước ({when}); không ghi gói mới. "
        "Dùng --full để gửi lại toàn bộ.",
        "en": "Nothing has changed since the last package to {name} ({when}); no package "
        "written. Use --full to send everything again.",
    },
    "sync.exported": {
        "vi": "Đã ghi gói {path}: {rows} dòng dữ liệu, mã hóa cho {name} ({fingerprint}).",
        "en": "Wrote {path}: {rows} rows, encrypted for {name} ({fingerprint}).",
    },
    "sync.exported_aggregate": {
        "vi": "Đã ghi gói tổng hợp {path} cho kỳ {period}: chỉ số liệu tổng, không có tên hay mã "
        "học sinh.",
        "en": "Wrote the aggregate package {path} for {period}: counts only, no pupil names or "
        "codes.",
    },
    "sync.aggregate_private": {
        "vi": "Số liệu tổng hợp có chứa tên hoặc mã học sinh; gói không được ghi.",
        "en": "The aggregate figures contain a pupil name or code; no package was written.",
    },
    "sync.no_school_code": {
        "vi": "Trường {school} chưa có mã trường; hãy nhập mã trường (mã do phòng giáo dục cấp) "
        "trước khi gửi số liệu.",
        "en": "The school {school} has no school code; enter the code the department uses for "
        "it before sending figures.",
    },
    # Reading a package
    "sync.missing": {
        "vi": "Không tìm thấy tệp gói {path}.",
        "en": "The package file {path} does not exist.",
    },
    "sync.too_big": {
        "vi": "Tệp {path} quá lớn ({size} MB) để là một gói Kỹ năng số; không mở.",
        "en": "{path} is too large ({size} MB) to be a Kỹ năng số package; not opened.",
    },
    "sync.not_package": {
        "vi": "Tệp {path} không phải gói Kỹ năng số (.kns).",
        "en": "{path} is not a Kỹ năng số package (.kns).",
    },
    "sync.incomplete": {
        "vi": "Gói {path} không đầy đủ hoặc bị hỏng: không đọc được cấu trúc tệp (có thể bị cắt "
        "ngang khi chép). Hãy xin người gửi gửi lại.",
        "en": "The package {path} is incomplete or damaged: its structure cannot be read (it may "
        "have been cut short while copying). Ask the sender for it again.",
    },
    "sync.damaged": {
        "vi": "Gói {path} đã bị thay đổi hoặc hỏng sau khi tạo (mã kiểm tra không khớp). Không "
        "nhập gì; hãy xin người gửi gửi lại.",
        "en": "The package {path} was changed or damaged after it was made (its checksum does "
        "not match). Nothing was imported; ask the sender for it again.",
    },
    "sync.member_path": {
        "vi": 'Gói {path} chứa mục "{member}" có đường dẫn; gói bị từ chối vì không an toàn.',
        "en": 'The package {path} holds an entry "{member}" with a folder path; refused as unsafe.',
    },
    "sync.member_link": {
        "vi": 'Gói {path} chứa liên kết "{member}"; gói bị từ chối vì không an toàn.',
        "en": 'The package {path} holds a link "{member}"; refused as unsafe.',
    },
    "sync.member_unknown": {
        "vi": 'Gói {path} chứa mục lạ "{member}" (có thể bị đổi tên); gói bị từ chối.',
        "en": 'The package {path} holds an unexpected entry "{member}" (renamed?); refused.',
    },
    "sync.member_duplicate": {
        "vi": 'Gói {path} chứa mục "{member}" hai lần; gói bị từ chối.',
        "en": 'The package {path} holds the entry "{member}" twice; refused.',
    },
    "sync.too_many_members": {
        "vi": "Gói {path} có {count} mục, quá số cho phép ({cap}); gói bị từ chối.",
        "en": "The package {path} has {count} entries, more than allowed ({cap}); refused.",
    },
    "sync.member_too_big": {
        "vi": 'Mục "{member}" trong gói {path} khai báo {size} byte, vượt giới hạn {cap}; gói '
        "bị từ chối (có thể là bom nén).",
        "en": 'Entry "{member}" in {path} claims {size} bytes, over the limit of {cap}; '
        "refused (a possible zip bomb).",
    },
    "sync.member_ratio": {
        "vi": 'Mục "{member}" trong gói {path} nén {ratio} lần, bất thường; gói bị từ chối '
        "(có thể là bom nén).",
        "en": 'Entry "{member}" in {path} is compressed {ratio} times, which is abnormal; '
        "refused (a possible zip bomb).",
    },
    "sync.member_method": {
        "vi": 'Mục "{member}" trong gói {path} dùng kiểu nén hoặc mã hóa zip không được hỗ trợ.',
        "en": 'Entry "{member}" in {path} uses an unsupported zip compression or encryption.',
    },
    "sync.no_manifest": {
        "vi": "Gói {path} thiếu tệp mô tả (manifest.json).",
        "en": "The package {path} has no manifest (manifest.json).",
    },
    "sync.no_signature": {
        "vi": "Gói {path} thiếu chữ ký (manifest.sig); không thể biết ai đã tạo gói.",
        "en": "The package {path} has no signature (manifest.sig); its maker cannot be checked.",
    },
    "sync.bad_manifest": {
        "vi": "Tệp mô tả của gói {path} không hợp lệ: {reason}.",
        "en": "The manifest of {path} is not valid: {reason}.",
    },
    "sync.member_unlisted": {
        "vi": 'Gói {path} có thêm mục "{member}" không ghi trong tệp mô tả đã ký; gói bị từ chối.',
        "en": 'The package {path} holds an extra entry "{member}" that the signed manifest '
        "does not list; refused.",
    },
    "sync.member_missing": {
        "vi": 'Gói {path} thiếu mục "{member}" mà tệp mô tả ghi; gói bị từ chối.',
        "en": 'The package {path} lacks the entry "{member}" that its manifest lists; refused.',
    },
    "sync.bad_signature": {
        "vi": "Chữ ký của gói {path} không hợp lệ: gói đã bị sửa sau khi ký. Không nhập gì.",
        "en": "The signature of {path} is not valid: the package was altered after signing. "
        "Nothing was imported.",
    },
    "sync.bad_hash": {
        "vi": 'Mục "{member}" trong gói {path} không khớp với tệp mô tả đã ký (đã bị thay). '
        "Không nhập gì.",
        "en": 'Entry "{member}" in {path} does not match the signed manifest (it was '
        "replaced). Nothing was imported.",
    },
    "sync.newer_format": {
        "vi": "Gói {path} được tạo bởi phiên bản mới hơn của ứng dụng (định dạng {version}). Hãy "
        "cập nhật Kỹ năng số rồi nhập lại.",
        "en": "{path} was made by a newer version of the app (format {version}). Update Kỹ năng "
        "số and import it again.",
    },
    "sync.newer_schema": {
        "vi": "Gói {path} mang dữ liệu của phiên bản mới hơn (lược đồ {version}, máy này "
        "{ours}). Hãy cập nhật Kỹ năng số rồi nhập lại.",
        "en": "{path} holds data from a newer version of the app (schema {version}, this app "
        "{ours}). Update Kỹ năng số and import it again.",
    },
    # Importing a package
    "sync.key_changed": {
        "vi": "Gói {path} tự nhận là của máy {name} ({device}) nhưng được ký bằng khóa khác với "
        "khóa đã biết (mã đã biết {known}, gói này {new}). Có thể là gói giả; không nhập gì.",
        "en": "{path} claims to come from {name} ({device}) but is signed with a different key "
        "than the one known (known fingerprint {known}, this package {new}). It may be forged; "
        "nothing was imported.",
    },
    "sync.own_package": {
        "vi": "Gói {path} do chính máy này tạo; không cần nhập.",
        "en": "{path} was made on this computer; there is nothing to import.",
    },
    "sync.not_for_us": {
        "vi": "Gói {path} được mã hóa cho máy khác ({name}), không phải máy này.",
        "en": "{path} is encrypted for another device ({name}), not this one.",
    },
    "sync.old_key": {
        "vi": "Gói {path} được mã hóa bằng một khóa cũ của máy này; hãy gửi thẻ khóa hiện tại "
        "cho người gửi và xin gói mới.",
        "en": "{path} is encrypted to an old key of this computer; send your current key card to "
        "the sender and ask for a new package.",
    },
    "sync.other_school": {
        "vi": "Gói {path} là của trường {school} (mã {code}), còn dữ liệu này là của trường "
        "{ours} (mã {our_code}). Không nhập gì.",
        "en": "{path} belongs to the school {school} (code {code}), but this database holds "
        "{ours} (code {our_code}). Nothing was imported.",
    },
    "sync.pupil_data_department": {
        "vi": "Gói {path} chứa dữ liệu từng học sinh; cấp phòng giáo dục chỉ nhận gói tổng hợp.",
        "en": "{path} holds pupil-level data; the department only takes aggregate packages.",
    },
    "sync.aggregate_here": {
        "vi": "Gói {path} là gói tổng hợp gửi phòng giáo dục; cơ sở dữ liệu này là của một trường.",
        "en": "{path} is an aggregate package for the department; this database is a school's.",
    },
    "sync.cannot_decrypt": {
        "vi": "Không giải mã được gói {path}: dữ liệu mã hóa bị hỏng hoặc không dành cho khóa này.",
        "en": "{path} cannot be decrypted: the encrypted data is damaged or not meant for this "
        "key.",
    },
    "sync.bad_payload": {
        "vi": "Dữ liệu trong gói {path} không hợp lệ: {reason}. Không nhập gì.",
        "en": "The data in {path} is not valid: {reason}. Nothing was imported.",
    },
    "sync.missing_parent": {
        "vi": "Gói {path} có dữ liệu {table} thuộc về {parent} mà máy này chưa có. Hãy xin người "
        "gửi một gói đầy đủ (--full). Không nhập gì.",
        "en": "{path} has {table} rows that belong to {parent} rows this database lacks. Ask the "
        "sender for a full package (--full). Nothing was imported.",
    },
    "sync.already_imported": {
        "vi": "Gói {path} đã được nhập lúc {when}; không có gì thay đổi.",
        "en": "{path} was already imported on {when}; nothing changed.",
    },
    "sync.imported": {
        "vi": "Đã nhập {path} từ {name}: thêm {added}, cập nhật {updated}, xóa {deleted}, bỏ "
        "qua {ignored} (cũ hơn hoặc đã có).",
        "en": "Imported {path} from {name}: {added} added, {updated} updated, {deleted} deleted, "
        "{ignored} ignored (older or already here).",
    },
    "sync.new_device": {
        "vi": "Máy mới: {name} ({role}), mã nhận dạng {fingerprint}. Hãy đối chiếu mã này với "
        "người gửi.",
        "en": "New device: {name} ({role}), fingerprint {fingerprint}. Check it with the sender.",
    },
    "sync.conflicts": {
        "vi": "{count} xung đột đã giải quyết (giữ bản sửa mới hơn; bản kia được lưu để xem lại):",
        "en": "{count} conflicts resolved (the newer edit kept; the other saved for review):",
    },
    "sync.conflict_line": {
        "vi": "  {table} {row}: giữ bản của {winner}, lưu bản của {loser}",
        "en": "  {table} {row}: kept {winner}'s version, saved {loser}'s",
    },
    "sync.conflicts_more": {
        "vi": "  ... và {count} xung đột khác.",
        "en": "  ... and {count} more.",
    },
    "sync.aggregate_added": {
        "vi": "Đã nhận số liệu của {school} ({code}) kỳ {period}.",
        "en": "Stored the figures of {school} ({code}) for {period}.",
    },
    "sync.aggregate_replaced": {
        "vi": "Đã thay số liệu của {school} ({code}) kỳ {period} bằng bản mới hơn.",
        "en": "Replaced the figures of {school} ({code}) for {period} with the newer package.",
    },
    "sync.aggregate_older": {
        "vi": "Gói của {school} ({code}) kỳ {period} cũ hơn số liệu đã có; giữ số liệu mới hơn.",
        "en": "The package of {school} ({code}) for {period} is older than the figures already "
        "here; the newer figures are kept.",
    },
    "sync.import_failed_some": {
        "vi": "{count} gói không nhập được.",
        "en": "{count} packages could not be imported.",
    },
    # Trust before merge, and scope
    "sync.held": {
        "vi": "Gói {path} được giữ lại, chưa nhập: máy gửi chưa được chấp nhận. Người gửi: "
        "{name} ({role}), trường {school} ({code}), mã nhận dạng {fingerprint}. Hãy gọi cho "
        "người gửi, đọc to mã này để đối chiếu, rồi chấp nhận máy đó (trang Đồng bộ, hoặc "
        "`skillsapp sync accept --db ... {device}`).",
        "en": "{path} is held, not imported: the sending device has not been accepted. "
        "Sender: {name} ({role}), school {school} ({code}), fingerprint {fingerprint}. Call "
        "the sender, read the fingerprint aloud to compare, then accept the device (Sync page, "
        "or `skillsapp sync accept --db ... {device}`).",
    },
    "sync.held_line": {
        "vi": "{name} ({role}) · trường {school} ({code}) · mã nhận dạng {fingerprint} · "
        "máy {device} · {count} gói, từ {when}",
        "en": "{name} ({role}) · school {school} ({code}) · fingerprint {fingerprint} · "
        "device {device} · {count} packages, since {when}",
    },
    "sync.held_none": {
        "vi": "Không có gói nào đang được giữ lại.",
        "en": "No packages are held.",
    },
    "sync.nothing_held": {
        "vi": "Không có gói nào được giữ lại từ máy {device}.",
        "en": "No packages are held from device {device}.",
    },
    "sync.held_ambiguous": {
        "vi": "Có nhiều máy bắt đầu bằng {device}; hãy nhập đủ mã máy.",
        "en": "Several devices start with {device}; give the whole device id.",
    },
    "sync.accepted": {
        "vi": "Đã chấp nhận máy {name} (mã nhận dạng {fingerprint}).",
        "en": "Accepted the device {name} (fingerprint {fingerprint}).",
    },
    "sync.refused_device": {
        "vi": "Đã từ chối {count} gói của máy {name}; không có gì được nhập.",
        "en": "Refused {count} packages from {name}; nothing was imported.",
    },
    "sync.refused_rows": {
        "vi": "{count} dòng bị từ chối: ngoài các lớp {name} dạy, hoặc ({future} dòng) ghi "
        "thời điểm ở tương lai. Phần còn lại đã được nhập:",
        "en": "{count} rows refused: outside the classes {name} teaches, or ({future} rows) "
        "stamped in the future. The rest was imported:",
    },
    "sync.refused_scope": {
        "vi": "  {table} {row}: ngoài phạm vi của máy gửi",
        "en": "  {table} {row}: outside the sender's classes",
    },
    "sync.refused_future": {
        "vi": "  {table} {row}: thời điểm ở tương lai (đồng hồ máy gửi sai?)",
        "en": "  {table} {row}: stamped in the future (is the sender's clock wrong?)",
    },
    "sync.future_package": {
        "vi": "Gói {path} ghi thời điểm {when}, ở tương lai so với đồng hồ máy này. Hãy chỉnh "
        "đồng hồ máy gửi rồi xuất lại.",
        "en": "{path} is stamped {when}, in the future for this computer's clock. Set the "
        "sending computer's clock right and export again.",
    },
}

register_messages(SYNC_MESSAGES)
