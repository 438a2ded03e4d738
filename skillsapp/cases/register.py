"""The confidential case register: set up, unlock, record and follow cases, erase (Qt-free).

A random 32-byte data key seals every case and every audit entry. The key is kept only wrapped,
once per key slot: the designated person's passphrase, optionally a deputy's, and a recovery
code printed once. Without one of those three nothing in the register can be read, by anyone:
that is said plainly when it is set up. An unlocked `Register` holds the key in memory until
`lock()`; the page drops it after a few idle minutes.

Erasing: closed cases past the school's retention period, and cases whose linked pupil's data
was deleted, are erased whenever the register is unlocked. The pupil link is sealed (a clear
link would tell anyone holding the file which pupil has a case), so the register is the only
place that can find those cases; tombstones of deleted pupils stay in the file (ids only),
which also catches a deletion that arrived from another device by sync.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from skillsapp.cases import crypto
from skillsapp.cases.texts import RECEIVER_LABELS
from skillsapp.domain.cases import ACTIONS, KINDS, STATUSES
from skillsapp.errors import UserError
from skillsapp.services.case_counts import DAMAGED
from skillsapp.store import Store
from skillsapp.store import cases as q
from skillsapp.store import pupils as pupil_queries
from skillsapp.store.privacy import checkpoint

MIN_PASSPHRASE = 10
MAX_NOTE = 2000
REMIND_AFTER_DAYS = 7
DEFAULT_RETENTION_MONTHS = 60  # five years after closing, unless the school sets another
FREE_TRIES = 3  # wrong tries before each new one waits
MAX_DELAY = 60.0
CODE_SYMBOLS = 6
GENDERS = ("M", "F")
OUTCOMES = ("supported", "referred")
KEY_BYTES = 32


@dataclass(frozen=True)
class Action:
    action: str
    day: date
    note: str = ""


@dataclass(frozen=True)
class Case:
    """Everything about one case; only kind, status and months ever leave the sealed blob."""

    code: str
    received: date
    receiver: str
    kind: str
    status: str = "open"
    pupil_id: str | None = None
    grade: int | None = None
    gender: str = ""
    note: str = ""
    actions: tuple[Action, ...] = ()
    support: str = ""
    closed: date | None = None

    def first_action_days(self) -> int | None:
        if not self.actions:
            return None
        return (min(a.day for a in self.actions) - self.received).days

    def last_activity(self) -> date:
        return max([self.received, *(a.day for a in self.actions)])


@dataclass(frozen=True)
class CaseLine:
    """A line of the case list: a code and a status, never a name or a note."""

    code: str
    kind: str
    status: str
    received_month: str


@dataclass(frozen=True)
class Reminder:
    code: str
    idle_days: int


@dataclass(frozen=True)
class AuditEntry:
    at: str
    who: str  # designated, deputy, recovery
    what: str  # setup, open, add, action, status, erase
    case: str = ""


@dataclass(frozen=True)
class SetupResult:
    register: Register
    recovery_code: str


# -- sealing --------------------------------------------------------------------------------


def _slot_digest(kek: bytes) -> str:
    return hashlib.blake2b(kek, digest_size=16, person=b"skillsapp-slot").hexdigest()


def _kdf_text(kdf: tuple[int, int]) -> str:
    return f"argon2id:{kdf[0]}:{kdf[1]}"


def _parse_kdf(text: str) -> tuple[int, int]:
    name, memory, iterations = text.split(":")
    if name != "argon2id":
        raise ValueError(text)
    return int(memory), int(iterations)


def _make_slot(label: str, kind: str, secret: str, key: bytes, kdf: tuple[int, int]) -> q.SlotRow:
    slot_id = uuid.uuid4().hex
    salt = os.urandom(16)
    kek = crypto.derive(secret, salt, *kdf)
    wrapped = crypto.seal(kek, key, f"slot:{slot_id}".encode())
    return q.SlotRow(slot_id, label, kind, _kdf_text(kdf), salt, wrapped, _slot_digest(kek))


def _case_json(case: Case) -> bytes:
    data = {
        "v": 1,
        "code": case.code,
        "received": case.received.isoformat(),
        "receiver": case.receiver,
        "kind": case.kind,
        "status": case.status,
        "pupil_id": case.pupil_id,
        "grade": case.grade,
        "gender": case.gender,
        "note": case.note,
        "actions": [[a.action, a.day.isoformat(), a.note] for a in case.actions],
        "support": case.support,
        "closed": case.closed.isoformat() if case.closed else None,
    }
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _case_from_json(raw: bytes) -> Case:
    data = json.loads(raw.decode("utf-8"))
    return Case(
        code=data["code"],
        received=date.fromisoformat(data["received"]),
        receiver=data["receiver"],
        kind=data["kind"],
        status=data["status"],
        pupil_id=data["pupil_id"],
        grade=data["grade"],
        gender=data["gender"],
        note=data["note"],
        actions=tuple(Action(a, date.fromisoformat(d), n) for a, d, n in data["actions"]),
        support=data["support"],
        closed=date.fromisoformat(data["closed"]) if data["closed"] else None,
    )


def _month(day: date | None) -> str | None:
    return day.strftime("%Y-%m") if day else None


# -- checks ---------------------------------------------------------------------------------


def _choice(value: str, choices: tuple[str, ...] | list[str]) -> str:
    if value not in choices:
        raise UserError("cases.bad_choice", value=value, choices=", ".join(choices))
    return value


def _day(day: date, today: date, not_before: date | None = None) -> date:
    from skillsapp.messages import tr

    if day > today:
        raise UserError("cases.bad_date", day=day.isoformat(), reason=tr("cases.date_future"))
    if not_before and day < not_before:
        reason = tr("cases.date_before_received")
        raise UserError("cases.bad_date", day=day.isoformat(), reason=reason)
    return day


def _note(text: str) -> str:
    text = text.strip()
    if len(text) > MAX_NOTE:
        raise UserError("cases.note_too_long", max=MAX_NOTE)
    return text


def _check_passphrase(secret: str) -> str:
    if len(secret.strip()) < MIN_PASSPHRASE:
        raise UserError("cases.short_passphrase", min=MIN_PASSPHRASE)
    return secret


def unlock_delay(failed: int) -> float:
    """Seconds a try waits after `failed` wrong ones: none for the first few, then doubling."""
    if failed < FREE_TRIES:
        return 0.0
    return min(2.0 ** (failed - FREE_TRIES), MAX_DELAY)


# -- setting up and unlocking ---------------------------------------------------------------


def unlock_wait(store: Store) -> float:
    """How long the next try will wait (a page shows a countdown instead of freezing)."""
    try:
        return unlock_delay(q.failed_unlocks(store.db))
    except sqlite3.DatabaseError as exc:
        raise UserError(DAMAGED) from exc


def is_set_up(store: Store) -> bool:
    try:
        return q.has_register(store.db)
    except sqlite3.DatabaseError as exc:
        raise UserError(DAMAGED) from exc


def setup(
    store: Store,
    passphrase: str,
    deputy_passphrase: str | None = None,
    *,
    kdf: tuple[int, int] = crypto.DEFAULT_KDF,
    now: datetime | None = None,
) -> SetupResult:
    """Make the register: three ways in at most (designated, deputy, recovery code).

    The recovery code is returned once and stored nowhere in clear; the caller shows it with
    the `cases.setup_warning` text (lost passphrase and lost code = the register is lost).
    """
    if is_set_up(store):
        raise UserError("cases.exists")
    _check_passphrase(passphrase)
    if deputy_passphrase is not None:
        _check_passphrase(deputy_passphrase)
        if deputy_passphrase == passphrase:
            raise UserError("cases.same_passphrase")
    key = secrets.token_bytes(KEY_BYTES)
    code = crypto.recovery_code()
    slots = [_make_slot("designated", "passphrase", passphrase, key, kdf)]
    if deputy_passphrase is not None:
        slots.append(_make_slot("deputy", "passphrase", deputy_passphrase, key, kdf))
    slots.append(_make_slot("recovery", "recovery", code, key, kdf))
    register = Register(store, key, "designated")
    with store.atomic():
        for slot in slots:
            q.put_slot(store.db, slot)
        register._audit("setup", now=now)
    return SetupResult(register, code)


def _try_slot(slot: q.SlotRow, secret: str) -> bytes | None:
    """The data key if `secret` opens this slot, None if it does not; damaged slot: UserError."""
    try:
        kdf = _parse_kdf(slot.kdf)
        kek = crypto.derive(secret, slot.salt, *kdf)
    except ValueError as exc:  # a kdf text or salt we never wrote
        raise UserError(DAMAGED) from exc
    if not secrets.compare_digest(_slot_digest(kek), slot.digest):
        return None
    key = crypto.open_sealed(kek, slot.wrapped, f"slot:{slot.id}".encode())
    if key is None or len(key) != KEY_BYTES:  # the right secret, a changed slot
        raise UserError(DAMAGED)
    return key


def unlock(
    store: Store,
    secret: str,
    *,
    sleep: Callable[[float], None] = time.sleep,
    today: date | None = None,
    now: datetime | None = None,
) -> Register:
    """Open the register with a passphrase or the recovery code.

    A wrong secret says only that it is wrong; after FREE_TRIES wrong tries (counted in the
    file, so restarting the app does not reset it) each try first waits longer. On success the
    opening is audited and expired or orphaned cases are erased.
    """
    try:
        slots = q.slots(store.db)
        failed = q.failed_unlocks(store.db)
    except sqlite3.DatabaseError as exc:
        raise UserError(DAMAGED) from exc
    if not slots:
        raise UserError("cases.none")
    wait = unlock_delay(failed)
    if wait:
        sleep(wait)
    recovery = crypto.normalise_code(secret)
    looks_like_code = len(recovery) == 29 and set(recovery) <= set(crypto.RECOVERY_ALPHABET + "-")
    # Each try costs one Argon2id run: a recovery code goes straight to its slot.
    for slot in sorted(slots, key=lambda s: (s.kind == "recovery") != looks_like_code):
        if slot.kind == "recovery" and not looks_like_code:
            continue
        key = _try_slot(slot, recovery if slot.kind == "recovery" else secret)
        if key is not None:
            register = Register(store, key, slot.label)
            with store.atomic():
                q.set_failed_unlocks(store.db, 0)
                register._audit("open", now=now)
            register.erase_due(today=today, now=now)
            return register
    q.set_failed_unlocks(store.db, failed + 1)
    raise UserError("cases.wrong_passphrase")


# -- the unlocked register ------------------------------------------------------------------


class Register:
    """The register opened with one key slot; every change is audited inside it."""

    def __init__(self, store: Store, key: bytes, who: str) -> None:
        self.store = store
        self.who = who
        self._key: bytes | None = key

    # keys and sealing

    @property
    def unlocked(self) -> bool:
        return self._key is not None

    def lock(self) -> None:
        self._key = None

    def _k(self) -> bytes:
        if self._key is None:
            raise UserError("cases.locked")
        return self._key

    def _audit(self, what: str, case: str = "", *, now: datetime | None = None) -> None:
        stamp = (now or datetime.now()).isoformat(timespec="seconds")
        entry_id = q.next_audit_id(self.store.db)
        plain = json.dumps({"at": stamp, "who": self.who, "what": what, "case": case}).encode()
        q.add_audit(
            self.store.db, entry_id, crypto.seal(self._k(), plain, f"audit:{entry_id}".encode())
        )

    def audit(self) -> list[AuditEntry]:
        """Who opened or changed the register, when, and what (a damaged entry is shown so)."""
        entries = []
        for entry_id, blob in q.audit_rows(self.store.db):
            plain = crypto.open_sealed(self._k(), blob, f"audit:{entry_id}".encode())
            if plain is None:
                entries.append(AuditEntry("?", "?", "damaged"))
                continue
            data = json.loads(plain)
            entries.append(AuditEntry(data["at"], data["who"], data["what"], data["case"]))
        return entries

    def _seal(self, case: Case) -> q.RecordRow:
        blob = crypto.seal(self._k(), _case_json(case), f"case:{case.code}".encode())
        return q.RecordRow(
            id=case.code,
            kind=case.kind,
            status=case.status,
            received_month=_month(case.received) or "",
            closed_month=_month(case.closed),
            first_action_days=case.first_action_days(),
            blob=blob,
        )

    def _open(self, row: q.RecordRow) -> Case:
        plain = crypto.open_sealed(self._k(), row.blob, f"case:{row.id}".encode())
        try:
            if plain is None:
                raise ValueError("sealed blob does not open")
            case = _case_from_json(plain)
        except (ValueError, KeyError, TypeError) as exc:
            raise UserError("cases.damaged_case", code=row.id) from exc
        return case

    def _save(self, case: Case, what: str, now: datetime | None) -> Case:
        with self.store.atomic():
            q.put_record(self.store.db, self._seal(case))
            self._audit(what, case.code, now=now)
        return case

    # reading

    def case(self, code: str) -> Case:
        self._k()
        row = q.record(self.store.db, code.strip().upper())
        if row is None:
            raise UserError("cases.unknown", code=code)
        return self._open(row)

    def cases(self) -> list[CaseLine]:
        """The list: codes and statuses from the clear columns (nothing to decrypt)."""
        self._k()
        return [
            CaseLine(r.id, r.kind, r.status, r.received_month) for r in q.records(self.store.db)
        ]

    def reminders(self, today: date | None = None) -> list[Reminder]:
        """Open cases with no action for REMIND_AFTER_DAYS days or more, longest idle first."""
        today = today or date.today()
        found = []
        for row in q.records(self.store.db):
            if row.status != "open":
                continue
            idle = (today - self._open(row).last_activity()).days
            if idle >= REMIND_AFTER_DAYS:
                found.append(Reminder(row.id, idle))
        return sorted(found, key=lambda r: (-r.idle_days, r.code))

    # changing

    def _new_code(self) -> str:
        taken = q.record_ids(self.store.db)
        while True:
            code = "".join(secrets.choice(crypto.RECOVERY_ALPHABET) for _ in range(CODE_SYMBOLS))
            if code not in taken:
                return code

    def add_case(
        self,
        *,
        kind: str,
        received: date,
        receiver: str = "other",
        pupil_id: str | None = None,
        grade: int | None = None,
        gender: str = "",
        note: str = "",
        today: date | None = None,
        now: datetime | None = None,
    ) -> Case:
        """Record a disclosure: a code, never a name (a pupil link, or grade and gender only)."""
        self._k()
        today = today or date.today()
        if pupil_id is not None:
            if grade is not None or gender:
                raise UserError("cases.bad_pupil")
            if pupil_queries.pupil(self.store.db, pupil_id) is None:
                raise UserError("pupil.unknown")
        if grade is not None and not 1 <= grade <= 12:
            raise UserError("cases.bad_pupil")
        if gender:
            _choice(gender, GENDERS)
        case = Case(
            code=self._new_code(),
            received=_day(received, today),
            receiver=_choice(receiver, list(RECEIVER_LABELS)),
            kind=_choice(kind, KINDS),
            pupil_id=pupil_id,
            grade=grade,
            gender=gender,
            note=_note(note),
        )
        return self._save(case, "add", now)

    def add_action(
        self,
        code: str,
        action: str,
        day: date,
        note: str = "",
        *,
        today: date | None = None,
        now: datetime | None = None,
    ) -> Case:
        case = self.case(code)
        entry = Action(
            _choice(action, ACTIONS),
            _day(day, today or date.today(), case.received),
            _note(note),
        )
        actions = tuple(sorted([*case.actions, entry], key=lambda a: a.day))
        return self._save(replace(case, actions=actions), "action", now)

    def set_status(
        self,
        code: str,
        status: str,
        *,
        support: str | None = None,
        day: date | None = None,
        today: date | None = None,
        now: datetime | None = None,
    ) -> Case:
        """Open, supported, closed or referred out; anything but open records the closing day."""
        case = self.case(code)
        today = today or date.today()
        _choice(status, STATUSES)
        closed = None if status == "open" else _day(day or today, today, case.received)
        changed = replace(
            case,
            status=status,
            closed=closed,
            support=case.support if support is None else _note(support),
        )
        return self._save(changed, "status", now)

    def close(self, code: str, outcome: str, **kwargs: object) -> Case:
        """Close a case as supported or referred out (the two outcomes the counts carry)."""
        return self.set_status(code, _choice(outcome, OUTCOMES), **kwargs)  # type: ignore[arg-type]

    def set_passphrase(
        self, label: str, secret: str, *, kdf: tuple[int, int] = crypto.DEFAULT_KDF
    ) -> None:
        """Set (or replace) the designated person's or the deputy's passphrase."""
        _choice(label, ("designated", "deputy"))
        _check_passphrase(secret)
        slot = _make_slot(label, "passphrase", secret, self._k(), kdf)
        with self.store.atomic():
            for old in q.slots(self.store.db):
                if old.label == label:
                    q.delete_slot(self.store.db, old.id)
            q.put_slot(self.store.db, slot)
            self._audit(f"passphrase:{label}")

    # erasing

    def retention_months(self) -> int:
        return q.retention_months(self.store.db, DEFAULT_RETENTION_MONTHS)

    def set_retention_months(self, months: int) -> None:
        if months < 1:
            raise UserError("usage.bad_number", name="months")
        with self.store.atomic():
            q.set_retention_months(self.store.db, months)
            self._audit(f"retention:{months}")

    def erase_due(self, *, today: date | None = None, now: datetime | None = None) -> int:
        """Erase closed cases past the retention period and cases of deleted pupils."""
        today = today or date.today()
        months = self.retention_months()
        index = today.year * 12 + today.month - 1 - months - 1
        last = f"{index // 12:04d}-{index % 12 + 1:02d}"  # closed this month or before: erased
        expired = q.closed_on_or_before(self.store.db, last)
        deleted = q.deleted_pupil_ids(self.store.db)
        orphans = []
        if deleted:
            for row in q.records(self.store.db):
                plain = crypto.open_sealed(self._k(), row.blob, f"case:{row.id}".encode())
                if plain is not None and json.loads(plain).get("pupil_id") in deleted:
                    orphans.append(row.id)
        if not expired and not orphans:
            return 0
        with self.store.atomic():
            count = q.delete_records(self.store.db, [*expired, *orphans])
            for code in expired:
                self._audit("erase:retention", code, now=now)
            for code in orphans:
                self._audit("erase:pupil", code, now=now)
        # Move the zeroed pages into the main file and empty the -wal, which held copies.
        checkpoint(self.store.db)
        return count
