"""Device identities: this computer's keys, key cards, and the devices it knows.

Each installation (database) is a device with an id and two keypairs: Ed25519 to sign what it
sends, X25519 to receive sealed pupil data. The private keys live in `keys/<device id>.key`
beside the database, readable by the user only; the public halves are in the `device` table.
A key card is the public half plus the name, role and school, signed, with a fingerprint of
twenty digits that two people can compare over the phone before trusting a card.
"""

from __future__ import annotations

import json
import os
import socket
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from skillsapp.errors import UserError
from skillsapp.files import write_atomically
from skillsapp.store.db import get_setting
from skillsapp.sync import crypto

if TYPE_CHECKING:
    from sqlite_utils import Database

    from skillsapp.store import Store

ROLES = ("teacher", "leader", "department")
KEY_FILE_FORMAT = 1
CARD_KIND = "skillsapp-key-card"
CARD_FORMAT = 1
CARD_SUFFIX = ".knskey"
MAX_CARD_BYTES = 64 * 1024


@dataclass(frozen=True)
class DeviceIdentity:
    """The public face of a device, as key cards and package manifests carry it."""

    device_id: str
    name: str
    role: str
    sign_key: bytes
    box_key: bytes

    @property
    def fingerprint(self) -> str:
        return crypto.fingerprint(self.device_id, self.sign_key, self.box_key)

    @property
    def box_key_id(self) -> str:
        return crypto.key_id(self.box_key)

    @property
    def label(self) -> str:
        return self.name or self.device_id[:8]

    def to_json(self) -> dict[str, str]:
        return {
            "device_id": self.device_id,
            "name": self.name,
            "role": self.role,
            "sign_key": crypto.b64(self.sign_key),
            "box_key": crypto.b64(self.box_key),
        }

    @classmethod
    def from_json(cls, data: object) -> DeviceIdentity:
        """Parse and check the shape; ValueError says what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("device is not an object")
        texts_ok = all(isinstance(data.get(k), str) for k in ("device_id", "name", "role"))
        if not texts_ok or not data["device_id"] or len(data["device_id"]) > 64:
            raise ValueError("device id, name or role missing")
        if data["role"] not in ROLES:
            raise ValueError(f"unknown role {data['role']!r}")
        return cls(
            device_id=data["device_id"],
            name=data["name"][:200],
            role=data["role"],
            sign_key=crypto.unb64(data.get("sign_key"), crypto.KEY_BYTES),
            box_key=crypto.unb64(data.get("box_key"), crypto.KEY_BYTES),
        )


@dataclass(frozen=True)
class DeviceKeys:
    """This device's identity with its private keys."""

    identity: DeviceIdentity
    pair: crypto.KeyPair


# -- this device ----------------------------------------------------------------------------


def keys_dir(store: Store) -> Path:
    """Private keys sit beside the database, so a backup of the folder keeps both together."""
    return store.path.parent / "keys"


def key_file(store: Store) -> Path:
    return keys_dir(store) / f"{store.device_id}.key"


def device_name(db: Database) -> str:
    return get_setting(db, "device_name") or socket.gethostname()


def device_role(db: Database) -> str:
    role = get_setting(db, "role")
    return role if role in ROLES else "teacher"


def _write_key_file(path: Path, device_id: str, pair: crypto.KeyPair) -> None:
    """Create the private key file readable by this user only (0o600 from the first byte)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    data = {
        "format": KEY_FILE_FORMAT,
        "device_id": device_id,
        "sign_private": crypto.b64(pair.sign_private),
        "box_private": crypto.b64(pair.box_private),
    }
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _read_key_file(path: Path, device_id: str) -> crypto.KeyPair:
    if not path.exists():
        raise UserError("keys.missing", path=path)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        os.chmod(path, 0o600)  # someone loosened it; private keys stay private
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("device_id") != device_id:
            raise UserError("keys.mismatch", path=path)
        return crypto.keypair_from_private(
            crypto.unb64(data["sign_private"], crypto.KEY_BYTES),
            crypto.unb64(data["box_private"], crypto.KEY_BYTES),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError("keys.bad_file", path=path) from exc


def _own_keys(store: Store, pair: crypto.KeyPair) -> DeviceKeys:
    identity = DeviceIdentity(
        device_id=store.device_id,
        name=device_name(store.db),
        role=device_role(store.db),
        sign_key=pair.sign_public,
        box_key=pair.box_public,
    )
    return DeviceKeys(identity=identity, pair=pair)


def _stored_public(store: Store) -> tuple[bytes, bytes] | None:
    row = store.db.execute(
        "SELECT sign_key, box_key FROM device WHERE id = ?", [store.device_id]
    ).fetchone()
    if not row or not row[0] or not row[1]:
        return None
    return crypto.unb64(row[0]), crypto.unb64(row[1])


def load_keys(store: Store) -> DeviceKeys | None:
    """This device's keys if it has any; never writes (imports must not touch the database)."""
    public = _stored_public(store)
    if public is None:
        return None
    pair = _read_key_file(key_file(store), store.device_id)
    if (pair.sign_public, pair.box_public) != public:
        raise UserError("keys.mismatch", path=key_file(store))
    return _own_keys(store, pair)


def ensure_keys(store: Store) -> DeviceKeys:
    """This device's keys, made on first use: the key file first, then the public halves."""
    found = load_keys(store)
    if found is not None:
        return found
    path = key_file(store)
    if path.exists():
        pair = _read_key_file(path, store.device_id)
    else:
        pair = crypto.generate_keypair()
        try:
            _write_key_file(path, store.device_id, pair)
        except OSError as exc:
            raise UserError("io.cannot_write", path=path, reason=exc.strerror or exc) from exc
    with store.db.atomic():
        store.db.execute(
            "UPDATE device SET sign_key = ?, box_key = ? WHERE id = ?",
            [crypto.b64(pair.sign_public), crypto.b64(pair.box_public), store.device_id],
        )
    return _own_keys(store, pair)


# -- devices this one knows -----------------------------------------------------------------


def known_identity(db: Database, device_id: str) -> DeviceIdentity | None:
    row = db.execute(
        "SELECT id, name, role, sign_key, box_key FROM device WHERE id = ? AND is_self = 0",
        [device_id],
    ).fetchone()
    return _identity(row) if row else None


def _identity(row: tuple) -> DeviceIdentity | None:
    if not row[3] or not row[4]:
        return None
    return DeviceIdentity(
        device_id=row[0],
        name=row[1],
        role=row[2],
        sign_key=crypto.unb64(row[3]),
        box_key=crypto.unb64(row[4]),
    )


def remember_device(db: Database, identity: DeviceIdentity, *, trusted: bool) -> None:
    """Add a device or refresh its name and role; trust (a checked card) is never taken back.

    The caller has already checked that a known device id comes with its known keys.
    """
    db.execute(
        "INSERT INTO device (id, name, role, sign_key, box_key, trusted, is_self, first_seen) "
        "VALUES (?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT(id) DO UPDATE SET "
        "name = excluded.name, role = excluded.role, trusted = max(trusted, excluded.trusted)",
        [
            identity.device_id,
            identity.name,
            identity.role,
            crypto.b64(identity.sign_key),
            crypto.b64(identity.box_key),
            int(trusted),
            datetime.now().isoformat(timespec="seconds"),
        ],
    )


@dataclass(frozen=True)
class KnownDevice:
    """A row of the Sync page's device list."""

    identity: DeviceIdentity
    trusted: bool
    is_self: bool
    first_seen: str
    last_received_at: str
    last_received_rows: int
    last_sent_at: str


def known_devices(store: Store) -> list[KnownDevice]:
    """This device first, then the others by name, each with its last package either way."""
    rows = store.db.execute(
        """
        SELECT d.id, d.name, d.role, d.sign_key, d.box_key, d.trusted, d.is_self, d.first_seen,
               coalesce(r.imported_at, ''), coalesce(r.rows, 0), coalesce(p.last_sent_at, '')
          FROM device d
          LEFT JOIN (SELECT device_id, max(imported_at) AS imported_at, rows
                       FROM imported_package GROUP BY device_id) r ON r.device_id = d.id
          LEFT JOIN sync_peer p ON p.device_id = d.id
         WHERE d.sign_key IS NOT NULL AND d.sign_key != ''
         ORDER BY d.is_self DESC, lower(d.name), d.id
        """
    ).fetchall()
    found = []
    for row in rows:
        identity = _identity(row)
        if identity is None:
            continue
        if row[6]:
            identity = DeviceIdentity(
                identity.device_id,
                device_name(store.db),
                device_role(store.db),
                identity.sign_key,
                identity.box_key,
            )
        found.append(
            KnownDevice(
                identity=identity,
                trusted=bool(row[5]),
                is_self=bool(row[6]),
                first_seen=row[7],
                last_received_at=row[8],
                last_received_rows=row[9],
                last_sent_at=row[10],
            )
        )
    return found


def _matches(device: DeviceIdentity, query: str) -> bool:
    wanted = query.strip().lower()
    digits = wanted.replace(" ", "").replace("-", "")
    return (
        device.device_id.lower() == wanted
        or (len(wanted) >= 4 and device.device_id.lower().startswith(wanted))
        or (digits.isdigit() and device.fingerprint.replace(" ", "").startswith(digits))
        or device.name.strip().lower() == wanted
    )


def _describe(devices: list[DeviceIdentity]) -> str:
    return ", ".join(f"{d.label} [{d.device_id[:8]}]" for d in devices) or "-"


def choose_recipient(store: Store, query: str | None) -> DeviceIdentity:
    """Who a pupil-level package goes to: `query` (id, id prefix, fingerprint or name), or the
    only other device known. The department is never a recipient of pupil data."""
    known = [d.identity for d in known_devices(store) if not d.is_self]
    others = [d for d in known if d.role != "department"]
    if query:
        if any(_matches(d, query) for d in known if d.role == "department"):
            raise UserError("sync.to_department")
        matching = [d for d in others if _matches(d, query)]
        if len(matching) == 1:
            return matching[0]
        if matching:
            raise UserError("sync.choose_recipient", devices=_describe(matching))
        raise UserError("sync.unknown_recipient", query=query, devices=_describe(others))
    if not others:
        raise UserError("sync.no_recipient")
    if len(others) > 1:
        raise UserError("sync.choose_recipient", devices=_describe(others))
    return others[0]


# -- key cards ------------------------------------------------------------------------------


def canonical(data: dict[str, object]) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass(frozen=True)
class KeyCard:
    identity: DeviceIdentity
    school_code: str
    school_name: str
    created_at: str


def card_bytes(store: Store, keys: DeviceKeys) -> bytes:
    """The signed key card of this device, as written to a .knskey file."""
    from skillsapp.store import classes

    schools = classes.schools(store.db)
    body: dict[str, object] = {
        "kind": CARD_KIND,
        "format": CARD_FORMAT,
        **keys.identity.to_json(),
        "school_code": schools[0].code if schools else "",
        "school_name": schools[0].name if schools else "",
        "fingerprint": keys.identity.fingerprint,
        "created_at": datetime.now().isoformat(timespec="seconds"),
    }
    body["signature"] = crypto.b64(crypto.sign(keys.pair.sign_private, canonical(body)))
    return json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")


def write_card(store: Store, out: Path) -> tuple[Path, DeviceIdentity]:
    keys = ensure_keys(store)
    out = Path(out)
    if out.is_dir():
        out = out / f"{store.device_id[:8]}{CARD_SUFFIX}"
    return write_atomically(out, card_bytes(store, keys)), keys.identity


def read_card(path: Path) -> KeyCard:
    """Read and check a key card: size, shape, and its own signature."""
    path = Path(path)

    def bad(reason: str) -> UserError:
        return UserError("keys.card_bad", path=path, reason=reason)

    try:
        if path.stat().st_size > MAX_CARD_BYTES:
            raise bad("too large")
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise UserError("db.unreadable", path=path, reason=exc.strerror or exc) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise bad("not JSON") from exc
    if not isinstance(data, dict) or data.get("kind") != CARD_KIND:
        raise bad("not a key card")
    if data.get("format") != CARD_FORMAT:
        raise bad(f"card format {data.get('format')!r}")
    try:
        identity = DeviceIdentity.from_json(data)
        signature = crypto.unb64(data.get("signature"), crypto.SIGNATURE_BYTES)
    except ValueError as exc:
        raise bad(str(exc)) from exc
    body = {k: v for k, v in data.items() if k != "signature"}
    if not crypto.verify(identity.sign_key, signature, canonical(body)):
        raise UserError("keys.card_signature", path=path)
    return KeyCard(
        identity=identity,
        school_code=str(data.get("school_code", "")),
        school_name=str(data.get("school_name", "")),
        created_at=str(data.get("created_at", "")),
    )


@dataclass(frozen=True)
class CardImport:
    identity: DeviceIdentity
    added: bool

    def message_key(self) -> str:
        return "keys.card_added" if self.added else "keys.card_same"


def import_card(store: Store, path: Path) -> CardImport:
    """Add the device on a key card (trusted: someone chose this card); refuse a changed key."""
    card = read_card(path)
    identity = card.identity
    if identity.device_id == store.device_id:
        raise UserError("keys.card_self")
    known = known_identity(store.db, identity.device_id)
    if known and (known.sign_key, known.box_key) != (identity.sign_key, identity.box_key):
        raise UserError(
            "keys.card_conflict",
            name=known.label,
            device=identity.device_id[:8],
            old=known.fingerprint,
            new=identity.fingerprint,
        )
    with store.db.atomic():
        remember_device(store.db, identity, trusted=True)
    return CardImport(identity=identity, added=known is None)
