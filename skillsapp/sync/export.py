"""Making packages: pupil-level rows sealed to one device, or a school's counts for the
department.

A rows package carries what changed since the last package to that recipient (rows whose local
`sync_epoch` is above the recipient's watermark), or everything with `full`. Rows the recipient
itself wrote last are left out: it already has them. A leader can limit a package to some
classes (`classes`), to send each teacher their own classes; school-wide rows always go.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillsapp import __version__
from skillsapp.domain.progress import Progress, no_progress
from skillsapp.domain.records import School
from skillsapp.errors import UserError
from skillsapp.messages import tr
from skillsapp.services.school import current_school, find_class
from skillsapp.services.settings import current_school_year, parse_period
from skillsapp.store.db import get_setting, set_setting
from skillsapp.store.pupils import names_and_codes
from skillsapp.store.schema import SCHEMA_VERSION, TRAVELLING_TABLES
from skillsapp.store.sync_peers import Watermark, save_watermark, watermark
from skillsapp.store.sync_rows import changed_rows, close_epoch
from skillsapp.sync import package as pkg
from skillsapp.sync.identity import refuse_if_copied
from skillsapp.sync.keys import DeviceIdentity, DeviceKeys, choose_recipient, ensure_keys
from skillsapp.sync.tables import travelling_columns

if TYPE_CHECKING:
    from sqlite_utils import Database

    from skillsapp.content import Kit
    from skillsapp.store import Store

FOLDER_SETTING = "sync_folder"


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote (path None: nothing new to send)."""

    path: Path | None
    kind: str
    rows: int
    recipient: DeviceIdentity | None = None
    full: bool = True
    period: str = ""
    last_sent_at: str = ""
    tables: dict[str, int] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        if self.kind == "aggregate":
            return tr("sync.exported_aggregate", lang, path=self.path, period=self.period)
        assert self.recipient is not None
        if self.path is None:
            return tr("sync.nothing_new", lang, name=self.recipient.label, when=self.last_sent_at)
        return tr(
            "sync.exported",
            lang,
            path=self.path,
            rows=self.rows,
            name=self.recipient.label,
            fingerprint=self.recipient.fingerprint,
        )


def last_folder(db: Database) -> str:
    """Where the last package was written (the Sync page offers it again: one-click export)."""
    return get_setting(db, FOLDER_SETTING)


def remember_folder(store: Store, folder: Path) -> None:
    with store.atomic():
        set_setting(store.db, FOLDER_SETTING, str(folder))


def select_rows(
    db: Database,
    *,
    upto: int,
    since: int | None = None,
    skip_origin: str | None = None,
    scope: Sequence[str] = (),
) -> dict[str, dict[str, Any]]:
    """The travelling rows to send, per table as {"columns": [...], "rows": [[...], ...]}."""
    tables = {}
    for table in TRAVELLING_TABLES:
        columns = travelling_columns(db, table)
        rows = changed_rows(
            db, table, columns, upto=upto, since=since, skip_origin=skip_origin, scope=scope
        )
        if rows:
            tables[table] = {"columns": columns, "rows": rows}
    return tables


def _hlc_range(tables: dict[str, dict[str, Any]], fallback: str) -> list[str]:
    stamps = [row[spec["columns"].index("hlc")] for spec in tables.values() for row in spec["rows"]]
    return [min(stamps), max(stamps)] if stamps else [fallback, fallback]


def _school_json(school: School) -> dict[str, str]:
    return {
        "code": school.code,
        "name": school.name,
        "district": school.district,
        "province": school.province,
    }


def _manifest(keys: DeviceKeys, school: School, kind: str, **extra: Any) -> dict[str, Any]:
    return {
        "package_id": str(uuid.uuid4()),
        "kind": kind,
        "created_at": datetime.now().isoformat(timespec="seconds"),
        "app_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "sender": keys.identity.to_json(),
        "school": _school_json(school),
        **extra,
    }


def slug(text: str) -> str:
    """An ASCII file-name part for a Vietnamese name ("Cô Hà 6A1" -> "Co-Ha-6A1")."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")[:40] or "x"


def _target(out: Path, name_parts: Sequence[str]) -> Path:
    """`out` itself, or a new file named for what it holds when `out` is a folder."""
    out = Path(out)
    if not out.is_dir():
        return out if out.suffix else out.with_suffix(pkg.SUFFIX)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return out / f"{'-'.join(slug(p) for p in name_parts)}-{stamp}{pkg.SUFFIX}"


def _scope(store: Store, classes: Sequence[str]) -> list[str]:
    return sorted({find_class(store, name).id for name in classes})


def export_rows(
    store: Store,
    out: Path,
    *,
    to: str | None = None,
    full: bool = False,
    classes: Sequence[str] = (),
    progress: Progress = no_progress,
) -> ExportResult:
    """Write a pupil-level package for one recipient (see the module docstring).

    Progress is reported before the file is written only: a cancel must not leave a package
    written but unrecorded.
    """
    refuse_if_copied(store)
    keys = ensure_keys(store)
    recipient = choose_recipient(store, to)
    school = current_school(store)
    scope = _scope(store, classes)
    mark = watermark(store.db, recipient.device_id)
    incremental = not full and mark is not None and mark.scope == ",".join(scope)
    progress(1, 4, "")
    with store.atomic():
        epoch = close_epoch(store.db)
        tables = select_rows(
            store.db,
            upto=epoch,
            since=mark.sent_epoch if incremental and mark else None,
            skip_origin=recipient.device_id if incremental else None,
            scope=scope,
        )
    rows = sum(len(t["rows"]) for t in tables.values())
    if incremental and not rows:
        last = mark.last_sent_at if mark else ""
        return ExportResult(None, "teacher", 0, recipient, full=False, last_sent_at=last)
    progress(2, 4, "")
    manifest = _manifest(
        keys,
        school,
        "teacher",
        recipient={
            "device_id": recipient.device_id,
            "name": recipient.name,
            "key_id": recipient.box_key_id,
        },
        hlc_range=_hlc_range(tables, store.clock.last),
        full=not incremental,
        rows=rows,
        tables={name: len(spec["rows"]) for name, spec in tables.items()},
    )
    payload = json.dumps(
        {"schema_version": SCHEMA_VERSION, "tables": tables},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    member, manifest["encryption"] = pkg.seal_rows(payload, recipient, manifest["package_id"])
    progress(3, 4, "")
    data = pkg.build_package(manifest, (pkg.ROWS_MEMBER, member), keys.pair.sign_private)
    path = pkg.write_package(
        _target(out, [school.code, keys.identity.label, "to", recipient.label]), data
    )
    sent = Watermark(epoch, ",".join(scope), manifest["created_at"])
    with store.atomic():
        save_watermark(store.db, recipient.device_id, sent, manifest["package_id"])
    return ExportResult(
        path, "teacher", rows, recipient, full=not incremental, tables=manifest["tables"]
    )


def _strings(value: object) -> list[str]:
    """Every string in a JSON-like value, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def check_no_pupil_data(db: Database, figures: object) -> None:
    """Refuse figures that mention any pupil's name or code: the department gets counts only.

    A safety net under the reports module's own rule, because a leak here cannot be undone.
    """
    private = {
        text.casefold() for pair in names_and_codes(db) for text in pair if text and len(text) >= 5
    }
    for text in _strings(figures):
        folded = text.casefold()
        if folded in private or any(p in folded for p in private if len(folded) > len(p)):
            raise UserError("sync.aggregate_private")


def school_figures_dict(store: Store, kit: Kit | None, period: str) -> dict[str, Any]:
    """The report figures of the school for `period`, as the reports module serialises them."""
    from skillsapp.reports.figures import school_figures

    if kit is None:
        from skillsapp.content.library import kit_for

        kit = kit_for(store.path)
    return school_figures(store, kit, parse_period(store, period)).to_dict()


def export_aggregate(
    store: Store,
    out: Path,
    *,
    period: str | None = None,
    kit: Kit | None = None,
    progress: Progress = no_progress,
) -> ExportResult:
    """Write the school's figures for a period (default: this school year), signed, in clear."""
    refuse_if_copied(store)
    keys = ensure_keys(store)
    school = current_school(store)
    if not school.code.strip():
        raise UserError("sync.no_school_code", school=school.name)
    period = parse_period(store, period or current_school_year(store).label).text
    progress(1, 3, "")
    figures = school_figures_dict(store, kit, period)
    check_no_pupil_data(store.db, figures)
    progress(2, 3, "")
    with store.atomic():
        stamp = store.clock.now()
        store.save_clock()
    manifest = _manifest(keys, school, "aggregate", period=period, hlc_range=[stamp, stamp])
    body = {"period": period, "school": _school_json(school), "figures": figures}
    member = json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    data = pkg.build_package(manifest, (pkg.AGGREGATE_MEMBER, member), keys.pair.sign_private)
    path = pkg.write_package(_target(out, [school.code, "aggregate", period]), data)
    return ExportResult(path, "aggregate", 1, period=period)
