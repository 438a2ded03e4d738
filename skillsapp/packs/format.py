"""The .knsl file: a zip of lesson files and their materials with a signed manifest, and the
checks every byte passes before anything is trusted.

Members: `manifest.json` (format, pack id and version, publisher identity, created date, the
lessons with their ids and versions, each member's size and sha256), `manifest.sig` (Ed25519 of
the manifest bytes by the publisher's sync device key), `lessons/<band>/<file>.yaml` and
optional `files/<name>` (pictures, printable materials). The zip comment is `knsl/<format
version> <sha256 of every byte before it>`, as in .kns packages, so a byte flipped anywhere is
caught. Reading never extracts: sizes, member count, names (no paths out, links, duplicates),
compression and ratios are checked from the directory, members are read into memory within
their caps, then the checksum, the signature and every hash. Only then is anything written.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skillsapp.content.files import is_file_name
from skillsapp.errors import UserError
from skillsapp.packs import texts as _texts
from skillsapp.sync import crypto
from skillsapp.sync.keys import DeviceIdentity
from skillsapp.sync.package import ZipRules, format_version, open_zip

FORMAT = "knsl"
FORMAT_VERSION = 1
SUFFIX = ".knsl"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
LESSONS_PREFIX = "lessons/"

MAX_FILE_BYTES = 32 * 1024 * 1024  # a sane bound: lessons are text, pictures are small
MAX_MEMBERS = 400
MAX_TOTAL_BYTES = 64 * 1024 * 1024  # all members unpacked
MAX_LESSON_BYTES = 512 * 1024
MAX_MEMBER_BYTES = 8 * 1024 * 1024  # one picture or material
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_RATIO = 100
_CHECKSUM_HEX = 64
_COMMENT = re.compile(rb"knsl/(\d{1,4}) ([0-9a-f]{64})")
# Opened and version-checked by the same code as sync packages, with the pack's own words.
_PACK_ZIP = ZipRules(
    b"knsl/",
    _COMMENT,
    FORMAT_VERSION,
    MAX_MEMBERS,
    "packs.too_many",
    "packs.incomplete",
    "packs.not_pack",
    "packs.damaged",
    "packs.newer_format",
)
_LESSON_NAME = re.compile(r"lessons/[a-z0-9][a-z0-9-]{0,31}/[a-z0-9][a-z0-9-]{0,95}\.yaml")
PACK_ID = re.compile(r"[a-z0-9][a-z0-9-]{2,63}")

_texts.register()


@dataclass(frozen=True)
class PackLesson:
    """One lesson a manifest lists: its id, version and member name."""

    lesson_id: str
    version: int
    member: str


@dataclass(frozen=True)
class Pack:
    """A pack whose structure, signature and hashes have all been checked."""

    path: Path
    manifest: dict[str, Any]
    members: dict[str, bytes] = field(repr=False)
    publisher: DeviceIdentity
    signature: bytes = field(repr=False)
    manifest_bytes: bytes = field(repr=False)

    @property
    def pack_id(self) -> str:
        value: str = self.manifest["pack_id"]
        return value

    @property
    def version(self) -> int:
        value: int = self.manifest["pack_version"]
        return value

    @property
    def publisher_name(self) -> str:
        value: str = self.manifest["publisher_name"]
        return value

    @property
    def created_at(self) -> str:
        value: str = self.manifest["created_at"]
        return value

    @property
    def lessons(self) -> tuple[PackLesson, ...]:
        return tuple(
            PackLesson(entry["id"], entry["version"], entry["member"])
            for entry in self.manifest["lessons"]
        )

    def lesson_text(self, member: str) -> str:
        return self.members[member].decode("utf-8")


# -- writing --------------------------------------------------------------------------------


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def pack_bytes(manifest: dict[str, Any], members: dict[str, bytes], sign_private: bytes) -> bytes:
    """The bytes of a pack: every member listed and hashed in the manifest, signed, checksummed."""
    manifest = {
        **manifest,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "members": [
            {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in sorted(members.items())
        ],
    }
    body_manifest = manifest_bytes(manifest)
    signature = crypto.sign(sign_private, body_manifest)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_zip_info(MANIFEST), body_manifest)
        archive.writestr(_zip_info(SIGNATURE), signature)
        for name, data in sorted(members.items()):
            archive.writestr(_zip_info(name), data)
        archive.comment = f"{FORMAT}/{FORMAT_VERSION} ".encode() + b"0" * _CHECKSUM_HEX
    body = buffer.getvalue()[:-_CHECKSUM_HEX]
    return body + hashlib.sha256(body).hexdigest().encode("ascii")


# -- reading --------------------------------------------------------------------------------


def _fail(key: str, path: Path, **params: object) -> UserError:
    return UserError(key, path=path, **params)


def read_pack(path: Path | str) -> Pack:
    """Check a pack file completely (see the module docstring) before anything trusts it."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fail("packs.missing", path) from exc
    if size > MAX_FILE_BYTES:
        raise _fail("packs.too_big", path, size=size // (1024 * 1024), cap=_cap_mb())
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("db.unreadable", path=path, reason=exc.strerror or exc) from exc
    return parse_pack(path, data)


def _cap_mb() -> int:
    return MAX_FILE_BYTES // (1024 * 1024)


def parse_pack(path: Path, data: bytes) -> Pack:
    """read_pack's checks on bytes in memory; `path` only names the file in messages."""
    if len(data) > MAX_FILE_BYTES:
        raise _fail("packs.too_big", path, size=len(data) // (1024 * 1024), cap=_cap_mb())
    with open_zip(path, data, _PACK_ZIP) as archive:
        format_version(path, archive, _PACK_ZIP)
        infos = _check_names(path, archive)
        _check_sizes(path, infos, len(data))
        members = _read_members(path, archive, infos)
    _check_checksum(path, data)
    raw_manifest = members.pop(MANIFEST)
    signature = members.pop(SIGNATURE)
    manifest = _loose_manifest(path, raw_manifest)
    publisher = _check_signature(path, manifest, raw_manifest, signature)
    _check_hashes(path, manifest, members)
    _check_fields(path, manifest, members)
    return Pack(path, manifest, members, publisher, signature, raw_manifest)


def _member_cap(name: str) -> int:
    if name == MANIFEST:
        return MAX_MANIFEST_BYTES
    if name == SIGNATURE:
        return crypto.SIGNATURE_BYTES
    return MAX_LESSON_BYTES if name.startswith(LESSONS_PREFIX) else MAX_MEMBER_BYTES


def _allowed_name(name: str) -> bool:
    if name in (MANIFEST, SIGNATURE) or _LESSON_NAME.fullmatch(name):
        return True
    return is_file_name(name)  # the same rule as a lesson's references (content/files.py)


def _check_names(path: Path, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _fail("packs.too_many", path, count=len(infos), cap=MAX_MEMBERS)
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _fail("packs.member_link", path, member=name)
        if ".." in name or "\\" in name or name.startswith("/") or not _allowed_name(name):
            raise _fail("packs.member_name", path, member=name)
        if name in seen:
            raise _fail("packs.member_duplicate", path, member=name)
        seen.add(name)
    if MANIFEST not in seen or SIGNATURE not in seen:
        raise _fail("packs.unsigned", path)
    return infos


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo], file_size: int) -> None:
    total = 0
    for info in infos:
        name = info.filename
        end = info.header_offset + 30 + len(name.encode()) + info.compress_size
        if info.header_offset < 0 or end > file_size:
            raise _fail("packs.damaged", path)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or (
            info.flag_bits & 0x1
        ):
            raise _fail("packs.member_method", path, member=name)
        if info.file_size > _member_cap(name):
            raise _fail("packs.member_too_big", path, member=name, cap=_member_cap(name))
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_RATIO:
            raise _fail("packs.member_too_big", path, member=name, cap=_member_cap(name))
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise _fail("packs.too_big", path, size=total // (1024 * 1024), cap=_cap_mb())


def _read_members(
    path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]
) -> dict[str, bytes]:
    members = {}
    for info in infos:
        cap = _member_cap(info.filename)
        try:
            with archive.open(info) as handle:
                content = handle.read(cap + 1)
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,
        ) as exc:
            raise _fail("packs.damaged", path) from exc
        if len(content) > cap:
            raise _fail("packs.member_too_big", path, member=info.filename, cap=cap)
        members[info.filename] = content
    return members


def _check_checksum(path: Path, data: bytes) -> None:
    body, stated = data[:-_CHECKSUM_HEX], data[-_CHECKSUM_HEX:]
    if hashlib.sha256(body).hexdigest().encode("ascii") != stated:
        raise _fail("packs.damaged", path)


def _loose_manifest(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _fail("packs.bad_manifest", path, reason="not JSON") from exc
    if not isinstance(manifest, dict):
        raise _fail("packs.bad_manifest", path, reason="not an object")
    return manifest


def _check_signature(
    path: Path, manifest: dict[str, Any], raw: bytes, signature: bytes
) -> DeviceIdentity:
    try:
        publisher = DeviceIdentity.from_json(manifest.get("publisher"))
    except ValueError as exc:
        raise _fail("packs.bad_manifest", path, reason=f"publisher: {exc}") from exc
    if len(signature) != crypto.SIGNATURE_BYTES or not crypto.verify(
        publisher.sign_key, signature, raw
    ):
        raise _fail("packs.bad_signature", path)
    return publisher


def _check_hashes(path: Path, manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    listed = manifest.get("members")
    if not isinstance(listed, list) or not all(
        isinstance(m, dict) and isinstance(m.get("name"), str) for m in listed
    ):
        raise _fail("packs.bad_manifest", path, reason="members")
    names = [m["name"] for m in listed]
    if sorted(names) != sorted(members) or len(set(names)) != len(names):
        raise _fail("packs.bad_manifest", path, reason="members")
    for entry in listed:
        content = members[entry["name"]]
        if entry.get("size") != len(content) or entry.get("sha256") != (
            hashlib.sha256(content).hexdigest()
        ):
            raise _fail("packs.bad_hash", path, member=entry["name"])


def _is_int(value: object, low: int = 1) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= low


def _lessons_problem(manifest: dict[str, Any], members: dict[str, bytes]) -> str | None:
    lessons = manifest.get("lessons")
    if not isinstance(lessons, list) or not lessons:
        return "lessons"
    shapes_ok = all(
        isinstance(e, dict)
        and isinstance(e.get("id"), str)
        and _is_int(e.get("version"))
        and isinstance(e.get("member"), str)
        and e["member"] == f"{LESSONS_PREFIX}{e['id']}.yaml"
        for e in lessons
    )
    if not shapes_ok:
        return "lessons"
    listed = sorted(e["member"] for e in lessons)
    present = sorted(name for name in members if name.startswith(LESSONS_PREFIX))
    return None if listed == present and len(set(listed)) == len(listed) else "lessons"


def _check_fields(path: Path, manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    pack_id = manifest.get("pack_id")
    problems = {
        "format": manifest.get("format") != FORMAT,
        "format_version": manifest.get("format_version") != FORMAT_VERSION,
        "pack_id": not isinstance(pack_id, str) or not PACK_ID.fullmatch(pack_id),
        "pack_version": not _is_int(manifest.get("pack_version")),
        "publisher_name": not isinstance(manifest.get("publisher_name"), str),
        "created_at": not isinstance(manifest.get("created_at"), str),
    }
    problem = next((name for name, bad in problems.items() if bad), None)
    problem = problem or _lessons_problem(manifest, members)
    if problem:
        raise _fail("packs.bad_manifest", path, reason=problem)
    for name, content in members.items():
        if name.startswith(LESSONS_PREFIX):
            try:
                content.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise _fail("packs.bad_lesson", path, lesson=name, problem="not UTF-8") from exc
