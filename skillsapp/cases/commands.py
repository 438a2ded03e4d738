"""CLI: `cases init`, `cases add`, `cases action`, `cases close`, `cases list`, `cases summary`.

Passphrases come from a file (`--passphrase-file`, its first line), never from the command line
where the shell history and the process list would keep them. `summary` prints counts only and
needs no passphrase. The register (and the cryptography it imports) loads only when a command
runs, so `skillsapp --help` stays fast.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from skillsapp.cases.texts import RECEIVER_LABELS
from skillsapp.domain.cases import ACTIONS, KINDS
from skillsapp.errors import UserError
from skillsapp.messages import tr

if TYPE_CHECKING:
    from skillsapp.cases.register import Register
    from skillsapp.store import Store

RECEIVERS = tuple(RECEIVER_LABELS)


def _read_secret(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise UserError("cases.passphrase_file", path=path, reason=reason) from exc
    lines = text.splitlines()
    return lines[0] if lines else ""


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"YYYY-MM-DD: {text}") from exc


def _open(db: str) -> Store:
    from skillsapp.store import open_store

    return open_store(db, create=False)


def _unlocked(args: argparse.Namespace) -> tuple[Store, Register]:
    from skillsapp.cases.register import unlock

    secret = _read_secret(args.passphrase_file)
    store = _open(args.db)
    try:
        return store, unlock(store, secret)
    except BaseException:
        store.close()
        raise


def cmd_init(args: argparse.Namespace) -> int:
    from skillsapp.cases.register import setup

    secret = _read_secret(args.passphrase_file)
    deputy = _read_secret(args.deputy_passphrase_file) if args.deputy_passphrase_file else None
    store = _open(args.db)
    try:
        made = setup(store, secret, deputy)
    finally:
        store.close()
    print(tr("cases.setup_warning"))
    print(tr("cases.initialised", slots=3 if deputy else 2, code=made.recovery_code))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    store, register = _unlocked(args)
    try:
        case = register.add_case(
            kind=args.kind,
            received=args.received,
            receiver=args.receiver,
            grade=args.grade,
            gender=args.gender or "",
            note=args.note or "",
        )
    finally:
        store.close()
    print(tr("cases.added", code=case.code))
    return 0


def cmd_action(args: argparse.Namespace) -> int:
    store, register = _unlocked(args)
    try:
        case = register.add_action(
            args.code, args.action, args.day or date.today(), args.note or ""
        )
    finally:
        store.close()
    print(tr("cases.action_added", code=case.code))
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from skillsapp.cases.texts import STATUS_LABELS, label

    store, register = _unlocked(args)
    try:
        case = register.close(args.code, args.outcome, support=args.support)
    finally:
        store.close()
    print(tr("cases.status_set", code=case.code, status=label(STATUS_LABELS, case.status)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from skillsapp.cases.texts import KIND_LABELS, STATUS_LABELS, label
    from skillsapp.messages import current_lang

    lang = current_lang()
    store, register = _unlocked(args)
    try:
        lines, reminders = register.cases(), register.reminders()
    finally:
        store.close()
    if not lines:
        print(tr("cases.empty"))
    for line in lines:
        status = label(STATUS_LABELS, line.status, lang)
        print(
            f"{line.code}\t{line.received_month}\t{status}\t{label(KIND_LABELS, line.kind, lang)}"
        )
    for reminder in reminders:
        print(tr("cases.reminder", code=reminder.code, days=reminder.idle_days))
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    store, register = _unlocked(args)
    try:
        if args.months is not None:
            register.set_retention_months(args.months)
            register.erase_due()
        months = register.retention_months()
    finally:
        store.close()
    print(tr("cases.retention_set", months=months))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    store, register = _unlocked(args)
    try:
        entries = register.audit()
    finally:
        store.close()
    for entry in entries:
        print("\t".join((entry.at, entry.who, entry.what, entry.case)).rstrip())
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from skillsapp.cases.texts import KIND_LABELS, label
    from skillsapp.messages import current_lang
    from skillsapp.services.case_counts import case_counts
    from skillsapp.services.settings import parse_period

    store = _open(args.db)
    try:
        period = parse_period(store, args.period)
        counts = case_counts(store, period)
    finally:
        store.close()
    median = counts.median_days()
    print(
        tr(
            "cases.summary",
            period=period.text,
            received=counts.received,
            supported=counts.supported,
            referred=counts.referred,
            open=counts.still_open,
            median="-" if median is None else f"{median:g}",
        )
    )
    lang = current_lang()
    for kind in KINDS:
        if counts.by_kind.get(kind):
            kind_label = label(KIND_LABELS, kind, lang)
            print(tr("cases.summary_kind", kind=kind_label, count=counts.by_kind[kind]))
    return 0


def _secret_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True)
    parser.add_argument(
        "--passphrase-file", required=True, help="a file whose first line is the passphrase"
    )


def register(sub: argparse._SubParsersAction) -> None:
    cases = sub.add_parser("cases", help="the confidential case register (designated person)")
    cases_sub = cases.add_subparsers(dest="cases_command", metavar="COMMAND", required=True)

    init = cases_sub.add_parser("init", help="set up the register; prints the recovery code once")
    _secret_args(init)
    init.add_argument("--deputy-passphrase-file", help="a second passphrase, for the deputy")
    init.set_defaults(func=cmd_init, writes_db=True)

    add = cases_sub.add_parser("add", help="record a case (prints its code; no names)")
    _secret_args(add)
    add.add_argument("--kind", required=True, choices=KINDS)
    add.add_argument("--received", required=True, type=_iso_day, help="YYYY-MM-DD")
    add.add_argument("--receiver", choices=RECEIVERS, default="other", help="who received it")
    add.add_argument("--grade", type=int, help="the pupil's grade (no name)")
    add.add_argument("--gender", choices=("M", "F"))
    add.add_argument("--note")
    add.set_defaults(func=cmd_add, writes_db=True)

    action = cases_sub.add_parser("action", help="record an action taken for a case")
    _secret_args(action)
    action.add_argument("code")
    action.add_argument("--action", required=True, choices=ACTIONS)
    action.add_argument("--day", type=_iso_day, help="YYYY-MM-DD (default: today)")
    action.add_argument("--note")
    action.set_defaults(func=cmd_action, writes_db=True)

    close = cases_sub.add_parser("close", help="close a case as supported or referred out")
    _secret_args(close)
    close.add_argument("code")
    close.add_argument("--outcome", required=True, choices=("supported", "referred"))
    close.add_argument("--support", help="the support given")
    close.set_defaults(func=cmd_close, writes_db=True)

    listing = cases_sub.add_parser("list", help="case codes with their status, and reminders")
    _secret_args(listing)
    listing.set_defaults(func=cmd_list, writes_db=True)

    retention = cases_sub.add_parser(
        "retention", help="how long closed cases are kept (months); older ones are erased"
    )
    _secret_args(retention)
    retention.add_argument("--months", type=int, help="set it (default 60)")
    retention.set_defaults(func=cmd_retention, writes_db=True)

    audit = cases_sub.add_parser("audit", help="who opened or changed the register, and when")
    _secret_args(audit)
    audit.set_defaults(func=cmd_audit, writes_db=True)

    summary = cases_sub.add_parser("summary", help="counts for a period (no passphrase needed)")
    summary.add_argument("--db", required=True)
    summary.add_argument("--period", required=True, help="e.g. 2026-2027, 2026-2027/hk1, 2026-11")
    summary.set_defaults(func=cmd_summary)
