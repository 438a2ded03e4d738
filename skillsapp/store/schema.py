"""The database schema as an ordered list of migrations (sqlite-utils `Migrations`).

Each migration runs in its own transaction. Migrations are append-only: a released one is never
edited, so any older file can be brought forward step by step. `SCHEMA_VERSION` is the number of
migrations this app knows; a file that has applied a migration we do not know was written by a
newer app and is refused.

Every travelling table (one whose rows go into sync packages) carries `id` (UUID text), `hlc`,
`origin` (device id of the last writer) and `deleted` (tombstone). Foreign keys are deferred so
that a package's rows can be merged in any order inside one transaction.
"""

from __future__ import annotations

import functools

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from skillsapp.store.schema_names import MIGRATION_SET, SCHEMA_VERSION, TRAVELLING_TABLES

migrations = Migrations(MIGRATION_SET)

SYNC_COLUMNS = """
    hlc TEXT NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""


def _fk(column: str, table: str) -> str:
    return f"{column} TEXT REFERENCES {table}(id) DEFERRABLE INITIALLY DEFERRED"


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE device (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT 'teacher',
            sign_key TEXT,
            box_key TEXT,
            trusted INTEGER NOT NULL DEFAULT 0,
            is_self INTEGER NOT NULL DEFAULT 0,
            first_seen TEXT NOT NULL
        );
        CREATE TABLE school (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            district TEXT NOT NULL DEFAULT '',
            province TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE TABLE school_class (
            id TEXT PRIMARY KEY,
            {_fk("school_id", "school")} NOT NULL,
            school_year TEXT NOT NULL,
            grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 12),
            name TEXT NOT NULL,
            homeroom_teacher TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0,
            {SYNC_COLUMNS}
        );
        CREATE TABLE pupil (
            id TEXT PRIMARY KEY,
            {_fk("class_id", "school_class")} NOT NULL,
            code TEXT NOT NULL DEFAULT '',
            full_name TEXT NOT NULL,
            gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'F', 'M')),
            birth_year INTEGER,
            active INTEGER NOT NULL DEFAULT 1,
            {SYNC_COLUMNS}
        );
        CREATE TABLE session (
            id TEXT PRIMARY KEY,
            {_fk("school_id", "school")} NOT NULL,
            {_fk("class_id", "school_class")},
            kind TEXT NOT NULL CHECK (kind IN
                ('lesson', 'parent_meeting', 'staff_training', 'school_event')),
            lesson_id TEXT NOT NULL DEFAULT '',
            lesson_version INTEGER NOT NULL DEFAULT 0,
            held_on TEXT NOT NULL,
            minutes INTEGER NOT NULL DEFAULT 0,
            teacher TEXT NOT NULL DEFAULT '',
            participants INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE TABLE attendance (
            id TEXT PRIMARY KEY,
            {_fk("session_id", "session")} NOT NULL,
            {_fk("pupil_id", "pupil")} NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'late', 'excused')),
            {SYNC_COLUMNS}
        );
        CREATE TABLE quiz_answer (
            id TEXT PRIMARY KEY,
            {_fk("session_id", "session")} NOT NULL,
            {_fk("pupil_id", "pupil")} NOT NULL,
            item_id TEXT NOT NULL,
            answer TEXT NOT NULL,
            correct INTEGER NOT NULL,
            {SYNC_COLUMNS}
        );
        CREATE TABLE quiz_tally (
            id TEXT PRIMARY KEY,
            {_fk("session_id", "session")} NOT NULL,
            item_id TEXT NOT NULL,
            option TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count >= 0),
            {SYNC_COLUMNS}
        );
        CREATE INDEX school_class_school ON school_class(school_id, school_year);
        CREATE INDEX pupil_class ON pupil(class_id);
        CREATE INDEX session_class ON session(class_id, held_on);
        CREATE INDEX attendance_session ON attendance(session_id);
        CREATE INDEX attendance_pupil ON attendance(pupil_id);
        CREATE INDEX quiz_answer_session ON quiz_answer(session_id);
        CREATE INDEX quiz_tally_session ON quiz_tally(session_id);
        """
    )


@migrations()
def m002_plan_receipts_quiz_mode(db: Database) -> None:
    """Schema 2: the school's task checklist, package receipts, kept conflict losers, and the
    quiz mode of a session (filled in from what the session holds)."""
    db.executescript(
        f"""
        CREATE TABLE plan_task (
            id TEXT PRIMARY KEY,
            {_fk("school_id", "school")} NOT NULL,
            period TEXT NOT NULL,
            code TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done')),
            note TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE TABLE imported_package (
            package_id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            rows INTEGER NOT NULL,
            result TEXT NOT NULL
        );
        CREATE TABLE conflict (
            id INTEGER PRIMARY KEY,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            loser TEXT NOT NULL,
            winner_hlc TEXT NOT NULL,
            package_id TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        ALTER TABLE session ADD COLUMN quiz_mode TEXT NOT NULL DEFAULT 'none'
            CHECK (quiz_mode IN ('none', 'pupil', 'class'));
        UPDATE session SET quiz_mode = 'pupil'
            WHERE id IN (SELECT session_id FROM quiz_answer);
        UPDATE session SET quiz_mode = 'class'
            WHERE id IN (SELECT session_id FROM quiz_tally);
        """
    )


@migrations()
def m003_aggregate_report(db: Database) -> None:
    """Schema 3: a department's store of school aggregate figures, one row per school and
    period; a corrected package for the same period replaces the row."""
    db.executescript(
        """
        CREATE TABLE aggregate_report (
            school_code TEXT NOT NULL,
            school_name TEXT NOT NULL,
            district TEXT NOT NULL DEFAULT '',
            period TEXT NOT NULL,
            figures TEXT NOT NULL,
            package_id TEXT NOT NULL,
            sender_device TEXT NOT NULL,
            created_at TEXT NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (school_code, period)
        );
        """
    )


def _epoch_triggers(table: str) -> str:
    """Triggers that stamp a row with the current sync epoch whenever it is written locally.

    A merge writes the epoch itself, so the WHEN clause makes the trigger a cheap no-op there.
    """
    current = "(SELECT epoch FROM sync_state WHERE id = 1)"
    body = f"UPDATE {table} SET sync_epoch = {current} WHERE rowid = NEW.rowid;"
    return "\n".join(
        f"""
        CREATE TRIGGER {table}_sync_epoch_{event.lower()} AFTER {event} ON {table}
        WHEN NEW.sync_epoch < {current}
        BEGIN {body} END;
        """
        for event in ("INSERT", "UPDATE")
    )


# The travelling tables m004 found: a later travelling table (m010's `own_lesson`, m012's
# `site`) gets its epoch column and triggers in its own migration.
_M004_TABLES = (
    "school",
    "school_class",
    "pupil",
    "session",
    "attendance",
    "quiz_answer",
    "quiz_tally",
    "plan_task",
)


@migrations()
def m004_sync(db: Database) -> None:
    """Schema 4: what sync packages need.

    `sync_epoch` on every travelling row is a local change counter (it never travels): an export
    to a device sends the rows whose epoch is above what was last sent to it, so rows imported
    from one teacher are forwarded to another even when their HLC is older. `sync_peer` keeps
    that watermark per recipient; kept conflict losers are stored once; an aggregate report row
    remembers the HLC of its package so an older package never replaces newer figures.
    """
    columns = "".join(
        f"ALTER TABLE {t} ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;" for t in _M004_TABLES
    )
    triggers = "".join(_epoch_triggers(t) for t in _M004_TABLES)
    db.executescript(
        f"""
        CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), epoch INTEGER NOT NULL);
        INSERT INTO sync_state (id, epoch) VALUES (1, 1);
        CREATE TABLE sync_peer (
            device_id TEXT PRIMARY KEY,
            sent_epoch INTEGER NOT NULL,
            scope TEXT NOT NULL DEFAULT '',
            last_package_id TEXT NOT NULL DEFAULT '',
            last_sent_at TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX conflict_version ON conflict(table_name, row_id, loser);
        CREATE INDEX imported_package_device ON imported_package(device_id, imported_at);
        ALTER TABLE aggregate_report ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
        {columns}
        {triggers}
        """
    )


@migrations()
def m005_sync_trust(db: Database) -> None:
    """Schema 5: trust before merge, and who may change what.

    `held_package` keeps a package from a device whose key card this one has not accepted,
    until the user accepts (it is then merged) or refuses it. `class_device` says which
    devices teach a class: the device whose row created it (a trigger records the first
    origin of every new class, local or merged) and the ones the leader assigned.
    `session_recorder` is the device that recorded an adult session (one with no class).
    Existing rows are credited to their current origin, the best knowledge there is.
    """
    db.executescript(
        """
        CREATE TABLE held_package (
            package_id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL,
            sender TEXT NOT NULL,
            school_code TEXT NOT NULL DEFAULT '',
            school_name TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL,
            held_at TEXT NOT NULL,
            data BLOB NOT NULL
        );
        CREATE INDEX held_package_device ON held_package(device_id);
        CREATE TABLE class_device (
            class_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            how TEXT NOT NULL CHECK (how IN ('created', 'assigned')),
            PRIMARY KEY (class_id, device_id)
        );
        CREATE TABLE session_recorder (
            session_id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL
        );
        INSERT OR IGNORE INTO class_device (class_id, device_id, how)
            SELECT id, origin, 'created' FROM school_class;
        INSERT OR IGNORE INTO session_recorder (session_id, device_id)
            SELECT id, origin FROM session WHERE class_id IS NULL;
        CREATE TRIGGER school_class_creator AFTER INSERT ON school_class
        BEGIN
            INSERT OR IGNORE INTO class_device (class_id, device_id, how)
            VALUES (NEW.id, NEW.origin, 'created');
        END;
        CREATE TRIGGER session_recorder_insert AFTER INSERT ON session
        WHEN NEW.class_id IS NULL
        BEGIN
            INSERT OR IGNORE INTO session_recorder (session_id, device_id)
            VALUES (NEW.id, NEW.origin);
        END;
        """
    )


@migrations()
def m006_cases(db: Database) -> None:
    """Schema 6: the confidential case register (never travels: not in TRAVELLING_TABLES).

    Everything about a case is one AEAD blob; only the fields counts need stay in clear (kind,
    status, received and closed month, days to first action). Key slots hold the data key
    wrapped by a passphrase- or recovery-derived key; the audit list is encrypted too.
    """
    db.executescript(
        """
        CREATE TABLE case_key_slot (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('passphrase', 'recovery')),
            kdf TEXT NOT NULL,
            salt BLOB NOT NULL,
            wrapped BLOB NOT NULL,
            digest TEXT NOT NULL
        );
        CREATE TABLE case_record (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            received_month TEXT NOT NULL,
            closed_month TEXT,
            first_action_days INTEGER,
            blob BLOB NOT NULL
        );
        CREATE TABLE case_audit (id INTEGER PRIMARY KEY, blob BLOB NOT NULL);
        """
    )


@migrations()
def m007_roster_imports(db: Database) -> None:
    """Schema 7: re-importing class lists, and undoing an import.

    `pupil.birth_date` (ISO, '' when only the year is known) tells apart two pupils of one
    name born in the same year when the file has no pupil ids. `roster_import` is one import
    into one class (never travels); `roster_import_pupil` holds, for every pupil that import
    wrote, the pupil row as it was before (NULL for a pupil it created), so undo restores the
    class exactly. Erasing a pupil's data (the privacy tombstone blanks the name) also blanks
    the birth date and drops the pupil's saved versions, through a trigger.
    """
    db.executescript(
        """
        ALTER TABLE pupil ADD COLUMN birth_date TEXT NOT NULL DEFAULT '';
        CREATE TABLE roster_import (
            id INTEGER PRIMARY KEY,
            class_id TEXT NOT NULL,
            file_name TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            created_class INTEGER NOT NULL DEFAULT 0,
            undone INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX roster_import_class ON roster_import(class_id, id);
        CREATE TABLE roster_import_pupil (
            import_id INTEGER NOT NULL REFERENCES roster_import(id) ON DELETE CASCADE,
            pupil_id TEXT NOT NULL,
            before TEXT,
            PRIMARY KEY (import_id, pupil_id)
        );
        CREATE INDEX roster_import_pupil_pupil ON roster_import_pupil(pupil_id);
        CREATE TRIGGER pupil_erased_roster AFTER UPDATE OF deleted ON pupil
        WHEN NEW.deleted = 1 AND NEW.full_name = ''
        BEGIN
            UPDATE pupil SET birth_date = '' WHERE rowid = NEW.rowid;
            DELETE FROM roster_import_pupil WHERE pupil_id = NEW.id;
        END;
        """
    )


@migrations()
def m008_card_numbers(db: Database) -> None:
    """Schema 8: answer-card numbers (issue 18), one per pupil of a class for its school year.

    A class row is one school year, so (class, number) keeps a pupil's card all year. Local to
    this computer (the printed cards are here); never travels.
    """
    db.executescript(
        """
        CREATE TABLE card_number (
            class_id TEXT NOT NULL,
            number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 60),
            pupil_id TEXT NOT NULL UNIQUE,
            PRIMARY KEY (class_id, number)
        );
        """
    )


@migrations()
def m010_own_lessons(db: Database) -> None:
    """Schema 10: a teacher's own lessons (issue 19), made in the lesson editor.

    One row per lesson id and version, holding the lesson's YAML text: a version that has been
    taught is never rewritten (a further edit makes the next version), so a report reads a
    past session's lesson as it was taught. Travelling, so the leader's reports know them.
    """
    db.executescript(
        f"""
        CREATE TABLE own_lesson (
            id TEXT PRIMARY KEY,
            lesson_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            band TEXT NOT NULL,
            yaml TEXT NOT NULL,
            title_vi TEXT NOT NULL DEFAULT '',
            title_en TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS},
            sync_epoch INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX own_lesson_id ON own_lesson(lesson_id, version);
        {_epoch_triggers("own_lesson")}
        """
    )


@migrations()
def m011_school_years(db: Database) -> None:
    """Schema m011: carrying a school into the next school year, and pupils moving mid-year.

    A pupil row is one child's stay in one class: a new school year or a move to another class
    makes a new row in the new class, linked back by `previous_id` (no foreign key: a teacher's
    package may hold the new class without the old one), so attendance and answers stay with the
    class where they happened and past reports never change. `joined_on` is the day a pupil came
    into the class mid-year ('' = from the start), `left_on` and `left_reason` say when and why a
    row ended. `school_class.year_closed` marks a class archived read-only because its year was
    closed (reports still count it for its own year). `year_change` (local) keeps what one
    "new school year" changed, so it can be undone exactly until the new year's first session.
    """
    db.executescript(
        """
        ALTER TABLE school_class ADD COLUMN year_closed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE pupil ADD COLUMN previous_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE pupil ADD COLUMN joined_on TEXT NOT NULL DEFAULT '';
        ALTER TABLE pupil ADD COLUMN left_on TEXT NOT NULL DEFAULT '';
        ALTER TABLE pupil ADD COLUMN left_reason TEXT NOT NULL DEFAULT ''
            CHECK (left_reason IN ('', 'graduated', 'moved', 'left'));
        CREATE INDEX pupil_previous ON pupil(previous_id);
        CREATE TABLE year_change (
            id INTEGER PRIMARY KEY,
            from_year TEXT NOT NULL,
            to_year TEXT NOT NULL,
            made_at TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0,
            before TEXT NOT NULL,
            made TEXT NOT NULL
        );
        """
    )


@migrations()
def m012_sites_mixed(db: Database) -> None:
    """Schema 12: satellite sites (điểm trường) and mixed-grade classes (lớp ghép), issue 22.

    `site` travels like the school (the leader's): a class names its site in
    `school_class.site_id` ('' = the main site; no foreign key, so a class whose site has not
    arrived yet still merges and shows under the main site). `school_class.mixed_grades` lists
    the grades a mixed class teaches ("3,4"; '' = only `grade`, which stays the lowest of them)
    and `pupil.grade` is a pupil's own grade in it (0 = the class's `grade`): reports count
    pupils by their own grade.
    """
    db.executescript(
        f"""
        CREATE TABLE site (
            id TEXT PRIMARY KEY,
            {_fk("school_id", "school")} NOT NULL,
            name TEXT NOT NULL,
            {SYNC_COLUMNS},
            sync_epoch INTEGER NOT NULL DEFAULT 0
        );
        ALTER TABLE school_class ADD COLUMN site_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE school_class ADD COLUMN mixed_grades TEXT NOT NULL DEFAULT '';
        ALTER TABLE pupil ADD COLUMN grade INTEGER NOT NULL DEFAULT 0
            CHECK (grade BETWEEN 0 AND 12);
        {_epoch_triggers("site")}
        """
    )


@migrations()
def m013_quiz_order(db: Database) -> None:
    """Schema 13: whether a session showed its quiz in its own shuffled order (issue 19).

    The order itself is not stored: it is a function of the session's id
    (skillsapp/domain/quiz_order.py), so only the choice is. Every session before this one
    was shown in the lesson's order (0); answers are stored by the original options either
    way, so reports do not read this column: the session page does, to show a reopened
    session, and to read its answer sheets, in the order it was taught in.
    """
    db.execute(
        "ALTER TABLE session ADD COLUMN quiz_shuffled INTEGER NOT NULL DEFAULT 0 "
        "CHECK (quiz_shuffled IN (0, 1))"
    )


@functools.cache
def known_migration_names() -> tuple[str, ...]:
    """Every migration this app knows, in order (what an empty database would have pending)."""
    return tuple(m.name for m in migrations.pending(Database(memory=True, execute_plugins=False)))


__all__ = ["MIGRATION_SET", "SCHEMA_VERSION", "TRAVELLING_TABLES", "known_migration_names"]
