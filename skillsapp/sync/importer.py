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
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillsapp.domain.progress import Progress, no_progress
from skillsapp.errors import UserError
from skillsapp.messages import tr
from skillsapp.store import classes as class_queries
from skillsapp.store import sync_trust
from skillsapp.store.sync_aggregates import aggregate_version, save_aggregate
from skillsapp.store.sync_receipts import receipt_time, record_receipt
from skillsapp.store.sync_rows import current_epoch
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
from skillsapp.sync.package import Package, open_rows, parse_package, read_package
from skillsapp.sync.scope import Refusal, apply_scope, too_far_ahead

if TYPE_CHECKING:
    from sqlite_utils import Database

    from skillsapp.store import Store

MAX_CONFLICT_LINES = 10
_BAD_ROW_ERRORS = (
    sqlite3.IntegrityError,
    sqlite3.InterfaceError,
    sqlite3.ProgrammingError,
    sqlite3.DataError,
    OverflowError,  # an integer wider than SQLite's 64 bits
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
    refused: list[Refusal] = field(default_factory=list)  # rows outside the sender's scope

    def lines(self, lang: str | None = None) -> list[str]:
        if self.status == "already":
            return [tr("sync.already_imported", lang, path=self.path, when=self.when)]
        if self.status == "held":
            s = self.sender
            name, code = self.school
            return [
                tr(
                    "sync.held",
                    lang,
                    path=self.path,
                    name=s.label,
                    role=s.role,
                    school=name or "?",
                    code=code or "?",
                    fingerprint=s.fingerprint,
                    device=s.device_id,
                )
            ]
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
        return lines + self._refused_lines(lang) + self._conflict_lines(lang)

    def _refused_lines(self, lang: str | None) -> list[str]:
        if not self.refused:
            return []
        future = sum(1 for r in self.refused if r.reason == "future")
        lines = [
            tr(
                "sync.refused_rows",
                lang,
                count=len(self.refused),
                name=self.sender.label,
                future=future,
            )
        ]
        for r in self.refused[:MAX_CONFLICT_LINES]:
            key = "sync.refused_future" if r.reason == "future" else "sync.refused_scope"
            lines.append(tr(key, lang, table=r.table, row=str(r.row_id)[:8]))
        if len(self.refused) > MAX_CONFLICT_LINES:
            more = len(self.refused) - MAX_CONFLICT_LINES
            lines.append(tr("sync.conflicts_more", lang, count=more))
        return lines

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
    checked: dict[str, Any] = body
    return checked


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
    old = aggregate_version(db, package.school_code, body["period"])
    if old and old >= version:
        return "older"
    save_aggregate(
        db,
        school_code=package.school_code,
        school_name=package.school_name,
        district=package.manifest["school"]["district"],
        period=body["period"],
        figures=body["figures"],
        package_id=package.package_id,
        sender_device=package.sender.device_id,
        created_at=package.manifest["created_at"],
        hlc=version[0],
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
    store: Store, path: Path | str, *, progress: Progress = no_progress
) -> ImportResult:
    """Verify and import one package; UserError (with nothing changed) if it is refused.

    A package from a device this one has not accepted is checked as fully as it can be and
    then held, not merged (status "held"): accept_device merges it once the user has compared
    the fingerprint with the sender.
    """
    return _import(store, read_package(path), progress)


def _import(store: Store, package: Package, progress: Progress) -> ImportResult:
    # Progress before the transaction only: a cancel must never land after the commit.
    progress(1, 3, "")
    _check_sender(store, package)
    when = receipt_time(store.db, package.package_id)
    if when:
        return ImportResult(package.path, "already", package.kind, package.sender, when=when)
    tables = _teacher_tables(store, package) if package.kind == "teacher" else []
    body = _aggregate_body(store, package) if package.kind == "aggregate" else {}
    school = (package.school_name, package.school_code)
    if not sync_trust.is_accepted(store.db, package.sender.device_id):
        if not sync_trust.is_held(store.db, package.package_id):
            with store.atomic():
                sync_trust.hold(
                    store.db,
                    package_id=package.package_id,
                    sender=package.sender.to_json(),
                    school=(package.school_code, package.school_name),
                    file_name=package.path.name,
                    data=package.raw,
                )
        return ImportResult(package.path, "held", package.kind, package.sender, school=school)
    progress(2, 3, "")
    role = sync_trust.accepted_role(store.db, package.sender.device_id)
    scoped = apply_scope(store.db, tables, sender=package.sender.device_id, role=role)
    newest = package.manifest["hlc_range"][1]
    if package.kind == "aggregate" and too_far_ahead(newest):
        raise UserError("sync.future_package", path=package.path, when=_stamp_text(newest))
    merge, aggregate = None, ""
    with store.atomic():
        if package.kind == "teacher":
            merge = _merge(store, package, scoped.tables)
        else:
            aggregate = _store_aggregate(store.db, package, body)
        seen = [h for h in (newest, merge.max_hlc if merge else "") if h and not too_far_ahead(h)]
        if seen:
            store.clock.observe(max(seen))
        store.save_clock()
        rows = sum(len(t.rows) for t in scoped.tables) if merge else 1
        summary = _summary(package, merge, aggregate)
        if scoped.refused:
            summary["refused"] = len(scoped.refused)
        record_receipt(
            store.db,
            package_id=package.package_id,
            device_id=package.sender.device_id,
            rows=rows,
            summary=summary,
        )
        sync_trust.drop_held(store.db, package_id=package.package_id)
    return ImportResult(
        path=package.path,
        status="imported",
        kind=package.kind,
        sender=package.sender,
        merge=merge,
        aggregate=aggregate,
        period=body.get("period", ""),
        school=school,
        names=_device_names(store, merge),
        refused=scoped.refused,
    )


def _stamp_text(stamp: str) -> str:
    return datetime.fromtimestamp(int(stamp[:13]) / 1000).strftime("%d/%m/%Y %H:%M")


@dataclass(frozen=True)
class Accepted:
    """What accepting a device did: its held packages merged, or refused with a message."""

    identity: DeviceIdentity
    results: list[ImportResult]
    errors: list[UserError]

    def lines(self, lang: str | None = None) -> list[str]:
        s = self.identity
        head = tr("sync.accepted", lang, name=s.label, fingerprint=s.fingerprint)
        found = [line for r in self.results for line in r.lines(lang)]
        return [head, *found, *(e.message(lang) for e in self.errors)]


def find_held(store: Store, query: str) -> list[sync_trust.HeldPackage]:
    """The held packages of the device named by its id, or an id prefix of 4 or more."""
    wanted = query.strip().lower()
    held = sync_trust.held_packages(store.db)
    exact = [h for h in held if h.device_id.lower() == wanted]
    if exact or len(wanted) < 4:
        return exact
    devices = {h.device_id for h in held if h.device_id.lower().startswith(wanted)}
    if len(devices) > 1:
        raise UserError("sync.held_ambiguous", device=query)
    return [h for h in held if h.device_id in devices]


def accept_device(store: Store, query: str, *, progress: Progress = no_progress) -> Accepted:
    """Accept a device whose packages are held, and merge them oldest first."""
    held = find_held(store, query)
    if not held:
        raise UserError("sync.nothing_held", device=query)
    try:
        identity = DeviceIdentity.from_json(held[0].sender)
    except ValueError as exc:
        raise UserError("sync.nothing_held", device=query) from exc
    with store.atomic():
        remember_device(store.db, identity, trusted=True)
        sync_trust.accept_device(store.db, identity.device_id)
    results, errors = [], []
    for item in held:
        data = sync_trust.held_data(store.db, item.package_id)
        try:
            results.append(_import(store, parse_package(Path(item.file_name), data), progress))
        except UserError as exc:
            errors.append(exc)
            with store.atomic():
                sync_trust.drop_held(store.db, package_id=item.package_id)
    return Accepted(identity, results, errors)


def refuse_device(store: Store, query: str) -> tuple[DeviceIdentity | None, int]:
    """Drop a device's held packages unread; its device stays unknown."""
    held = find_held(store, query)
    if not held:
        raise UserError("sync.nothing_held", device=query)
    with store.atomic():
        count = sync_trust.drop_held(store.db, device_id=held[0].device_id)
    try:
        return DeviceIdentity.from_json(held[0].sender), count
    except ValueError:
        return None, count
