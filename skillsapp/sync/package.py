"""The .kns file: how one is written, and every check a file passes before anything is read.

A package is a zip holding `manifest.json`, `manifest.sig` (Ed25519 over the manifest bytes)
and one data member: `rows.json.enc` (pupil-level rows, sealed to the recipient) or
`aggregate.json` (counts only). The manifest lists each member's size and sha256, the format
and schema versions, the package id, the sender's device and keys, the school and the HLC range.

The zip comment (docs/ARCHITECTURE.md#the-kns-package-format) is `kns/<format version> <sha256
of every byte before it>`: the version can be read before anything else (a newer app's package
gets "update the app", not a puzzling error), and a byte flipped anywhere in the file, even in
zip headers no signature covers, is caught.

Reading never extracts to disk: the file is read into memory only after its size is checked,
and members only after their names, count, sizes and compression ratios are.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from skillsapp.errors import UserError
from skillsapp.files import write_atomically
from skillsapp.store.hlc import parse_hlc
from skillsapp.store.schema import SCHEMA_VERSION
from skillsapp.sync import crypto
from skillsapp.sync.keys import DeviceIdentity

FORMAT = "kns"
FORMAT_VERSION = 1
SUFFIX = ".kns"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ROWS_MEMBER = "rows.json.enc"
AGGREGATE_MEMBER = "aggregate.json"
DATA_MEMBERS = {"teacher": ROWS_MEMBER, "aggregate": AGGREGATE_MEMBER}
ALLOWED_MEMBERS = (MANIFEST, SIGNATURE, ROWS_MEMBER, AGGREGATE_MEMBER)

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = len(ALLOWED_MEMBERS)
MEMBER_CAPS = {
    MANIFEST: 1024 * 1024,
    SIGNATURE: crypto.SIGNATURE_BYTES,
    ROWS_MEMBER: 150 * 1024 * 1024,
    AGGREGATE_MEMBER: 16 * 1024 * 1024,
}
MAX_RATIO = 100  # JSON deflates about 5-10 times; a bomb, hundreds or thousands
MAX_PAYLOAD_BYTES = 600 * 1024 * 1024  # rows JSON after the inner zlib layer
_CHECKSUM_HEX = 64
_COMMENT = re.compile(rb"kns/(\d{1,4}) ([0-9a-f]{64})")
_EOCD = b"PK\x05\x06"
_DEFLATED_MEMBERS = (MANIFEST, AGGREGATE_MEMBER)


# -- writing --------------------------------------------------------------------------------


def _manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def _zip_info(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
    info.compress_type = compress
    info.create_system = 3  # unix attributes below, whatever system wrote it
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def build_package(
    manifest: dict[str, Any],
    data_member: tuple[str, bytes],
    sign_private: bytes,
    *,
    format_version: int = FORMAT_VERSION,
) -> bytes:
    """The bytes of a package: members listed and hashed in the manifest, signed, checksummed."""
    name, data = data_member
    manifest = {
        **manifest,
        "format": FORMAT,
        "format_version": format_version,
        "schema_version": manifest.get("schema_version", SCHEMA_VERSION),
        "members": [{"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}],
    }
    manifest_data = _manifest_bytes(manifest)
    signature = crypto.sign(sign_private, manifest_data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, content in ((MANIFEST, manifest_data), (SIGNATURE, signature), (name, data)):
            compress = zipfile.ZIP_DEFLATED if member in _DEFLATED_MEMBERS else zipfile.ZIP_STORED
            archive.writestr(_zip_info(member, compress), content)
        archive.comment = f"kns/{format_version} ".encode() + b"0" * _CHECKSUM_HEX
    body = buffer.getvalue()[:-_CHECKSUM_HEX]
    return body + hashlib.sha256(body).hexdigest().encode("ascii")


def write_package(path: Path, package: bytes) -> Path:
    """Write to a temporary name and rename: a pulled USB stick leaves no half package."""
    return write_atomically(path, package)


def seal_rows(
    payload: bytes, recipient: DeviceIdentity, package_id: str
) -> tuple[bytes, dict[str, str]]:
    """Compress then seal pupil rows to the recipient; returns the member and its manifest entry."""
    sealed = crypto.seal(recipient.box_key, zlib.compress(payload, 6), package_id.encode())
    encryption = {
        "algorithm": crypto.SEAL_ALGORITHM,
        "ephemeral_key": crypto.b64(sealed.ephemeral_public),
        "nonce": crypto.b64(sealed.nonce),
    }
    return sealed.ciphertext, encryption


# -- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Package:
    """A package whose structure, signature, hashes and versions have all been checked."""

    path: Path
    manifest: dict[str, Any]
    data: bytes
    sender: DeviceIdentity
    raw: bytes = field(default=b"", repr=False)  # the whole file, kept if the package is held

    @property
    def kind(self) -> str:
        kind: str = self.manifest["kind"]
        return kind

    @property
    def package_id(self) -> str:
        package_id: str = self.manifest["package_id"]
        return package_id

    @property
    def school_code(self) -> str:
        code: str = self.manifest["school"]["code"]
        return code

    @property
    def school_name(self) -> str:
        name: str = self.manifest["school"]["name"]
        return name


def _fail(key: str, path: Path, **params: object) -> UserError:
    return UserError(key, path=path, **params)


@dataclass(frozen=True)
class ZipRules:
    """What one signed-zip format (a `.kns` package, a `.knsl` lesson pack) calls its limits
    and its faults: both are read by the same careful opening below."""

    magic: bytes  # how the zip comment starts, b"kns/"
    comment: re.Pattern[bytes]  # the whole comment: format version and checksum
    newest: int  # the newest format version this app reads
    max_members: int
    too_many: str  # message keys
    incomplete: str
    not_ours: str
    damaged: str
    newer: str


SYNC_ZIP = ZipRules(
    b"kns/",
    _COMMENT,
    FORMAT_VERSION,
    MAX_MEMBERS,
    "sync.too_many_members",
    "sync.incomplete",
    "sync.not_package",
    "sync.damaged",
    "sync.newer_format",
)


def _entry_count(data: bytes) -> int | None:
    """The member count claimed by the end-of-archive record, read before zipfile parses
    anything, so a file with millions of entries is refused without building them all."""
    at = data.rfind(_EOCD, max(0, len(data) - 65_557))
    if at < 0 or at + 22 > len(data):
        return None
    count: int = struct.unpack_from("<H", data, at + 10)[0]
    return count


def open_zip(path: Path, data: bytes, rules: ZipRules) -> zipfile.ZipFile:
    """The zip in `data`, or the format's one-line refusal (too many members, cut, not ours)."""
    count = _entry_count(data)
    if count is not None and count > rules.max_members:
        raise _fail(rules.too_many, path, count=count, cap=rules.max_members)
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    # NotImplementedError: a damaged entry asking for a zip version or feature zipfile lacks.
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        ValueError,
        EOFError,
        NotImplementedError,
    ) as exc:
        key = rules.incomplete if data[:4] == b"PK\x03\x04" else rules.not_ours
        raise _fail(key, path) from exc


def format_version(path: Path, archive: zipfile.ZipFile, rules: ZipRules) -> int:
    """The format version in the zip comment; refused when damaged or newer than this app."""
    match = rules.comment.fullmatch(archive.comment)
    if match is None:
        key = rules.damaged if archive.comment.startswith(rules.magic) else rules.not_ours
        raise _fail(key, path)
    version = int(match[1])
    if version > rules.newest:
        raise _fail(rules.newer, path, version=version)
    return version


def _check_names(path: Path, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    seen: set[str] = set()
    infos = archive.infolist()
    for info in infos:
        name = info.filename
        if not name:
            raise _fail("sync.member_unknown", path, member="")
        if "/" in name or "\\" in name or ".." in name or ":" in name or info.is_dir():
            raise _fail("sync.member_path", path, member=name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _fail("sync.member_link", path, member=name)
        if name not in ALLOWED_MEMBERS:
            raise _fail("sync.member_unknown", path, member=name)
        if name in seen:
            raise _fail("sync.member_duplicate", path, member=name)
        seen.add(name)
    if len(infos) > MAX_MEMBERS:
        raise _fail("sync.too_many_members", path, count=len(infos), cap=MAX_MEMBERS)
    return infos


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo], file_size: int) -> None:
    for info in infos:
        name = info.filename
        # Offsets from a damaged central directory can point before the file or past its end;
        # zipfile would seek there ("negative seek value") rather than say the file is cut.
        end = info.header_offset + 30 + len(info.filename.encode()) + info.compress_size
        if info.header_offset < 0 or end > file_size:
            raise _fail("sync.damaged", path)
        allowed = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
        if info.compress_type not in allowed or info.flag_bits & 0x1:
            raise _fail("sync.member_method", path, member=name)
        cap = MEMBER_CAPS[name]
        if info.file_size > cap:
            raise _fail("sync.member_too_big", path, member=name, size=info.file_size, cap=cap)
        ratio = info.file_size / max(info.compress_size, 1)
        stored_lies = info.compress_type == zipfile.ZIP_STORED and ratio != 1 and info.file_size
        if ratio > MAX_RATIO or stored_lies:
            raise _fail("sync.member_ratio", path, member=name, ratio=round(ratio))


def _read_members(path: Path, archive: zipfile.ZipFile, names: list[str]) -> dict[str, bytes]:
    if MANIFEST not in names:
        raise _fail("sync.no_manifest", path)
    if SIGNATURE not in names:
        raise _fail("sync.no_signature", path)
    members = {}
    for name in names:
        try:
            with archive.open(name) as handle:
                content = handle.read(MEMBER_CAPS[name] + 1)
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,
        ) as exc:
            raise _fail("sync.damaged", path) from exc
        if len(content) > MEMBER_CAPS[name]:
            cap = MEMBER_CAPS[name]
            raise _fail("sync.member_too_big", path, member=name, size=len(content), cap=cap)
        members[name] = content
    return members


def _loose_manifest(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _fail("sync.bad_manifest", path, reason="not JSON") from exc
    if not isinstance(manifest, dict) or not isinstance(manifest.get("members"), list):
        raise _fail("sync.bad_manifest", path, reason="no member list")
    if not all(isinstance(m, dict) and isinstance(m.get("name"), str) for m in manifest["members"]):
        raise _fail("sync.bad_manifest", path, reason="member list")
    return manifest


def _check_member_set(path: Path, manifest: dict[str, Any], names: list[str]) -> None:
    listed = {m["name"] for m in manifest["members"]}
    present = set(names) - {MANIFEST, SIGNATURE}
    for name in sorted(present - listed):
        raise _fail("sync.member_unlisted", path, member=name)
    for name in sorted(listed - present):
        raise _fail("sync.member_missing", path, member=name)


def _check_checksum(path: Path, data: bytes) -> None:
    body, stated = data[:-_CHECKSUM_HEX], data[-_CHECKSUM_HEX:]
    if hashlib.sha256(body).hexdigest().encode("ascii") != stated:
        raise _fail("sync.damaged", path)


def _check_signature(
    path: Path, manifest: dict[str, Any], members: dict[str, bytes]
) -> DeviceIdentity:
    try:
        sender = DeviceIdentity.from_json(manifest.get("sender"))
    except ValueError as exc:
        raise _fail("sync.bad_manifest", path, reason=f"sender: {exc}") from exc
    signature = members[SIGNATURE]
    if len(signature) != crypto.SIGNATURE_BYTES or not crypto.verify(
        sender.sign_key, signature, members[MANIFEST]
    ):
        raise _fail("sync.bad_signature", path)
    return sender


def _check_hashes(path: Path, manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    for entry in manifest["members"]:
        content = members[entry["name"]]
        if entry.get("size") != len(content) or entry.get("sha256") != (
            hashlib.sha256(content).hexdigest()
        ):
            raise _fail("sync.bad_hash", path, member=entry["name"])


def _is_hlc(value: object) -> bool:
    try:
        parse_hlc(value)  # type: ignore[arg-type]
    except (ValueError, AttributeError, TypeError):
        return False
    return True


def _manifest_problem(manifest: dict[str, Any], version: int) -> str | None:
    """What is wrong with a signed manifest's fields, or None; versions are checked apart."""
    kind = manifest.get("kind")
    kind = kind if isinstance(kind, str) else None  # a list or object is no kind (unhashable)
    school = manifest.get("school")
    hlc_range = manifest.get("hlc_range")
    problems = {
        "format": manifest.get("format") != FORMAT,
        "format_version": manifest.get("format_version") != version,
        "kind": kind not in DATA_MEMBERS,
        "package_id": not isinstance(manifest.get("package_id"), str)
        or not 8 <= len(manifest["package_id"]) <= 64,
        "school": not isinstance(school, dict)
        or not all(isinstance(school.get(k), str) for k in ("code", "name", "district")),
        "hlc_range": not isinstance(hlc_range, list)
        or len(hlc_range) != 2
        or not all(_is_hlc(h) for h in hlc_range),
        "members": kind in DATA_MEMBERS
        and [m["name"] for m in manifest["members"]] != [DATA_MEMBERS[kind]],
        "created_at": not isinstance(manifest.get("created_at"), str),
    }
    if kind == "teacher":
        problems["recipient"] = not isinstance(manifest.get("recipient"), dict) or not all(
            isinstance(manifest["recipient"].get(k), str) for k in ("device_id", "key_id", "name")
        )
        problems["encryption"] = not isinstance(manifest.get("encryption"), dict)
    if kind == "aggregate":
        problems["period"] = not isinstance(manifest.get("period"), str)
    return next((field for field, bad in problems.items() if bad), None)


def _check_fields(path: Path, manifest: dict[str, Any], version: int) -> None:
    schema = manifest.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise _fail("sync.bad_manifest", path, reason="schema_version")
    if schema > SCHEMA_VERSION:
        raise _fail("sync.newer_schema", path, version=schema, ours=SCHEMA_VERSION)
    problem = _manifest_problem(manifest, version)
    if problem:
        raise _fail("sync.bad_manifest", path, reason=problem)


def read_package(path: Path | str) -> Package:
    """Check a package completely, in the order docs/ARCHITECTURE.md#the-kns-package-format
    gives, before anything trusts it.

    Zip structure, member names, count and sizes, then the manifest's member list, the file
    checksum, the signature, member hashes, and format and schema versions. Nothing here
    touches a database; the importer then checks the sender against the devices it knows.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fail("sync.missing", path) from exc
    if size > MAX_FILE_BYTES:
        raise _fail("sync.too_big", path, size=size // (1024 * 1024))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("db.unreadable", path=path, reason=exc.strerror or exc) from exc
    return parse_package(path, data)


def parse_package(path: Path, data: bytes) -> Package:
    """The checks of read_package on bytes already read (a held package is kept as bytes);
    `path` only names the file in messages."""
    if len(data) > MAX_FILE_BYTES:
        raise _fail("sync.too_big", path, size=len(data) // (1024 * 1024))
    with open_zip(path, data, SYNC_ZIP) as archive:
        version = format_version(path, archive, SYNC_ZIP)
        infos = _check_names(path, archive)
        _check_sizes(path, infos, len(data))
        members = _read_members(path, archive, [i.filename for i in infos])
    manifest = _loose_manifest(path, members[MANIFEST])
    _check_member_set(path, manifest, list(members))
    _check_checksum(path, data)
    sender = _check_signature(path, manifest, members)
    _check_hashes(path, manifest, members)
    _check_fields(path, manifest, version)
    return Package(
        path=path,
        manifest=manifest,
        data=members[DATA_MEMBERS[manifest["kind"]]],
        sender=sender,
        raw=data,
    )


def open_rows(package: Package, box_private: bytes) -> bytes:
    """Unseal and decompress pupil rows; UserError if they are not for this key or too big."""
    encryption = package.manifest["encryption"]
    try:
        sealed = crypto.Sealed(
            ephemeral_public=crypto.unb64(encryption.get("ephemeral_key"), crypto.KEY_BYTES),
            nonce=crypto.unb64(encryption.get("nonce"), 12),
            ciphertext=package.data,
        )
        compressed = crypto.open_sealed(box_private, sealed, package.package_id.encode())
    except ValueError as exc:
        raise _fail("sync.cannot_decrypt", package.path) from exc
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(compressed, MAX_PAYLOAD_BYTES)
    except zlib.error as exc:
        raise _fail("sync.bad_payload", package.path, reason="compressed data") from exc
    if inflater.unconsumed_tail or not inflater.eof:
        raise _fail("sync.bad_payload", package.path, reason="data too large or cut short")
    return payload
