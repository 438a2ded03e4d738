"""Importing a package: every check first, then one transaction, then a receipt.

The file is fully verified (package.read_package) and the sender, school and recipient checked
against this database before anything is written; only then does one transaction register the
sender, merge the rows (or store the aggregate figures), move the clock past what was seen and
record the receipt. A failure anywhere rolls the whole package back; a receipt makes a second
import of the same package a no-op.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillsapp.errors import UserError
from skillsapp.messages import tr
from skillsapp.store import classes as class_queries
from skillsapp.sync.keys import (
    DeviceIdentity,
    device_name,
    device_role,
    known_identity,
    load_keys,
    remember_device,
)
from skillsapp.sync.merge import (
    MergeResult,
    PayloadError,
    TableRows,
    merge_tables,
    missing_parent,
    parse_tables,
)
from skillsapp.sync.package import Package, open_rows, read_package
from skillsapp.sync.tables import current_epoch

if TYPE_CHECKING:
    from sqlite_utils import Database

    from skillsapp.store import Store

Progress = Callable[[int, int], None]
MAX_CONFLICT_LINES = 10
_BAD_ROW_ERRORS = (
    sqlite3.IntegrityError,
    sqlite3.InterfaceError,
    sqlite3.ProgrammingError,
    sqlite3.DataError,
)


@dataclass(frozen=True)
class ImportResult:
    """What importing one package did, ready to be shown as a summary."""

    path: Path
    status: str  # "imported" or "already"
    kind: str
    sender: DeviceIdentity
    new_device: bool = False
    merge: MergeResult | None = None
    aggregate: str = ""  # "added", "replaced" or "older"
    period: str = ""
    school: tuple[str, str] = ("", "")  # name, code
    when: str = ""
    names: dict[str, str] = field(default_factory=dict)  # device id -> name, for conflicts

    def lines(self, lang: str | None = None) -> list[str]:
        if self.status == "already":
            return [tr("sync.already_imported", lang, path=self.path, when=self.when)]
        lines = []
        if self.new_device:
            s = self.sender
            lines.append(
                tr("sync.new_device", lang, name=s.label, role=s.role, fingerprint=s.fingerprint)
            )
        if self.kind == "aggregate":
            name, code = self.school
            key = f"sync.aggregate_{self.aggregate}"
            return [*lines, tr(key, lang, school=name, code=code, period=self.period)]
        assert self.merge is not None
        total = self.merge.totals()
        lines.append(
            tr(
                "sync.imported",
                lang,
                path=self.path,
                name=self.sender.label,
                added=total.added,
                updated=total.updated,
                deleted=total.deleted,
                ignored=total.ignored,
            )
        )
        return lines + self._conflict_lines(lang)

    def _conflict_lines(self, lang: str | None) -> list[str]:
        conflicts = self.merge.conflicts if self.merge else []
        if not conflicts:
            return []
        lines = [tr("sync.conflicts", lang, count=len(conflicts))]
        for c in conflicts[:MAX_CONFLICT_LINES]:
            winner = self.names.get(c.winner_origin, c.winner_origin[:8])
            loser = self.names.get(c.loser_origin, c.loser_origin[:8])
            lines.append(
                tr(
                    "sync.conflict_line",
                    lang,
                    table=c.table,
                    row=c.row_id[:8],
                    winner=winner,
                    loser=loser,
                )
            )
        if len(conflicts) > MAX_CONFLICT_LINES:
            more = len(conflicts) - MAX_CONFLICT_LINES
            lines.append(tr("sync.conflicts_more", lang, count=more))
        return lines


def _report(progress: Progress | None, done: int) -> None:
    """Progress before the transaction only: a cancel must never land after the commit."""
    if progress is not None:
        progress(done, 3)


def _check_sender(store: Store, package: Package) -> bool:
    """A device seen before must sign with the key it had; returns whether it is new."""
    sender = package.sender
    if sender.device_id == store.device_id:
        raise UserError("sync.own_package", path=package.path)
    known = known_identity(store.db, sender.device_id)
    if known and (known.sign_key, known.box_key) != (sender.sign_key, sender.box_key):
        raise UserError(
            "sync.key_changed",
            path=package.path,
            name=known.label,
            device=sender.device_id[:8],
            known=known.fingerprint,
            new=sender.fingerprint,
        )
    return known is None


def _receipt(db: Database, package_id: str) -> str | None:
    row = db.execute(
        "SELECT imported_at FROM imported_package WHERE package_id = ?", [package_id]
    ).fetchone()
    return row[0] if row else None


def _teacher_tables(store: Store, package: Package) -> list[TableRows]:
    """Pupil rows: only for a school's device, this school, this device and its current key."""
    path = package.path
    if device_role(store.db) == "department":
        raise UserError("sync.pupil_data_department", path=path)
    schools = class_queries.schools(store.db)
    if schools and package.school_code not in {s.code for s in schools}:
        raise UserError(
            "sync.other_school",
            path=path,
            school=package.school_name,
            code=package.school_code,
            ours=schools[0].name,
            our_code=schools[0].code,
        )
    recipient = package.manifest["recipient"]
    keys = load_keys(store)
    if recipient["device_id"] != store.device_id or keys is None:
        raise UserError("sync.not_for_us", path=path, name=recipient["name"] or "?")
    if keys.identity.box_key_id != recipient["key_id"]:
        raise UserError("sync.old_key", path=path)
    payload = open_rows(package, keys.pair.box_private)
    try:
        return parse_tables(store.db, payload)
    except PayloadError as exc:
        raise UserError("sync.bad_payload", path=path, reason=exc) from exc


def _aggregate_body(store: Store, package: Package) -> dict[str, Any]:
    """Counts from a school: only into a department database, matching the signed manifest."""
    path = package.path
    if device_role(store.db) != "department" and class_queries.schools(store.db):
        raise UserError("sync.aggregate_here", path=path)
    try:
        body = json.loads(package.data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserError("sync.bad_payload", path=path, reason="not JSON") from exc
    problem = _aggregate_problem(body, package)
    if problem:
        raise UserError("sync.bad_payload", path=path, reason=problem)
    _check_figures(body["figures"])
    return body


def _check_figures(figures: dict[str, Any]) -> None:
    """The reports module's own check of the figures (its UserError names the problem)."""
    from skillsapp.reports.figures import SchoolFigures

    SchoolFigures.from_dict(figures)


def _aggregate_problem(body: object, package: Package) -> str | None:
    if not isinstance(body, dict) or not isinstance(body.get("figures"), dict):
        return "no figures"
    if body.get("period") != package.manifest["period"]:
        return "the period differs from the manifest"
    school = body.get("school")
    if not isinstance(school, dict) or school.get("code") != package.school_code:
        return "the school differs from the manifest"
    if not package.school_code:
        return "the school has no code"
    return None


def _store_aggregate(db: Database, package: Package, body: dict[str, Any]) -> str:
    """Keep one row per school and period: a newer package replaces it, an older one does not."""
    version = (package.manifest["hlc_range"][1], package.sender.device_id)
    old = db.execute(
        "SELECT hlc, sender_device FROM aggregate_report WHERE school_code = ? AND period = ?",
        [package.school_code, body["period"]],
    ).fetchone()
    if old and tuple(old) >= version:
        return "older"
    db.execute(
        "INSERT INTO aggregate_report (school_code, school_name, district, period, figures, "
        "package_id, sender_device, created_at, received_at, hlc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(school_code, period) DO UPDATE SET "
        "school_name = excluded.school_name, district = excluded.district, "
        "figures = excluded.figures, package_id = excluded.package_id, "
        "sender_device = excluded.sender_device, created_at = excluded.created_at, "
        "received_at = excluded.received_at, hlc = excluded.hlc",
        [
            package.school_code,
            package.school_name,
            package.manifest["school"]["district"],
            body["period"],
            json.dumps(body["figures"], ensure_ascii=False, sort_keys=True),
            package.package_id,
            package.sender.device_id,
            package.manifest["created_at"],
            datetime.now().isoformat(timespec="seconds"),
            version[0],
        ],
    )
    return "replaced" if old else "added"


def _merge(store: Store, package: Package, tables: list[TableRows]) -> MergeResult:
    try:
        result, written = merge_tables(
            store.db, tables, epoch=current_epoch(store.db), package_id=package.package_id
        )
    except _BAD_ROW_ERRORS as exc:
        raise UserError("sync.bad_payload", path=package.path, reason=exc) from exc
    missing = missing_parent(store.db, written)
    if missing:
        table, parent = missing
        raise UserError("sync.missing_parent", path=package.path, table=table, parent=parent)
    return result


def _device_names(store: Store, merge: MergeResult | None) -> dict[str, str]:
    conflicts = merge.conflicts if merge else []
    origins = {o for c in conflicts for o in (c.winner_origin, c.loser_origin)}
    names = {store.device_id: device_name(store.db)}
    for origin in origins - set(names):
        found = known_identity(store.db, origin)
        if found:
            names[origin] = found.label
    return names


def _record_receipt(db: Database, package: Package, rows: int, summary: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO imported_package (package_id, device_id, imported_at, rows, result) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            package.package_id,
            package.sender.device_id,
            datetime.now().isoformat(timespec="seconds"),
            rows,
            json.dumps(summary, ensure_ascii=False, sort_keys=True),
        ],
    )


def _summary(package: Package, merge: MergeResult | None, aggregate: str) -> dict[str, Any]:
    summary: dict[str, Any] = {"kind": package.kind, "file": package.path.name}
    if merge is not None:
        summary["counts"] = {t: vars(c) for t, c in merge.counts.items()}
        summary["conflicts"] = len(merge.conflicts)
    if aggregate:
        summary["aggregate"] = aggregate
        summary["period"] = package.manifest["period"]
    return summary


def import_package(
    store: Store, path: Path | str, *, progress: Progress | None = None
) -> ImportResult:
    """Verify and import one package; UserError (with nothing changed) if it is refused."""
    package = read_package(path)
    _report(progress, 1)
    new_device = _check_sender(store, package)
    when = _receipt(store.db, package.package_id)
    if when:
        return ImportResult(package.path, "already", package.kind, package.sender, when=when)
    tables = _teacher_tables(store, package) if package.kind == "teacher" else []
    body = _aggregate_body(store, package) if package.kind == "aggregate" else {}
    _report(progress, 2)
    merge, aggregate = None, ""
    with store.db.atomic():
        remember_device(store.db, package.sender, trusted=False)
        if package.kind == "teacher":
            merge = _merge(store, package, tables)
        else:
            aggregate = _store_aggregate(store.db, package, body)
        store.clock.observe(max(package.manifest["hlc_range"][1], merge.max_hlc if merge else ""))
        store.save_clock()
        rows = sum(len(t.rows) for t in tables) if merge else 1
        _record_receipt(store.db, package, rows, _summary(package, merge, aggregate))
    return ImportResult(
        path=package.path,
        status="imported",
        kind=package.kind,
        sender=package.sender,
        new_device=new_device,
        merge=merge,
        aggregate=aggregate,
        period=body.get("period", ""),
        school=(package.school_name, package.school_code),
        names=_device_names(store, merge),
    )
