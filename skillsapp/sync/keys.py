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
from skillsapp.services.machine import machine_mark
from skillsapp.store import device_keys
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
    stored = device_keys.public_keys(store.db, store.device_id)
    if not stored or not stored[0] or not stored[1]:
        return None
    return crypto.unb64(stored[0]), crypto.unb64(stored[1])


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
    with store.atomic():
        device_keys.set_public_keys(
            store.db, store.device_id, crypto.b64(pair.sign_public), crypto.b64(pair.box_public)
        )
        device_keys.claim_machine(store.db, machine_mark())  # the identity's keys are born here
    return _own_keys(store, pair)


# -- devices this one knows -----------------------------------------------------------------


def known_identity(db: Database, device_id: str) -> DeviceIdentity | None:
    row = device_keys.other_device(db, device_id)
    return _identity(row) if row else None


def _identity(row: device_keys.DeviceRow) -> DeviceIdentity | None:
    if not row.sign_key or not row.box_key:
        return None
    return DeviceIdentity(
        device_id=row.device_id,
        name=row.name,
        role=row.role,
        sign_key=crypto.unb64(row.sign_key),
        box_key=crypto.unb64(row.box_key),
    )


def remember_device(db: Database, identity: DeviceIdentity, *, trusted: bool) -> None:
    """Add a device or refresh its name and role; trust (a checked card) is never taken back.

    The caller has already checked that a known device id comes with its known keys.
    """
    device_keys.remember_device(
        db,
        device_id=identity.device_id,
        name=identity.name,
        role=identity.role,
        sign_key=crypto.b64(identity.sign_key),
        box_key=crypto.b64(identity.box_key),
        trusted=trusted,
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
    found = []
    for row in device_keys.listed_devices(store.db):
        identity = _identity(row.device)
        if identity is None:
            continue
        if row.is_self:
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
                trusted=row.trusted,
                is_self=row.is_self,
                first_seen=row.first_seen,
                last_received_at=row.last_received_at,
                last_received_rows=row.last_received_rows,
                last_sent_at=row.last_sent_at,
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
    with store.atomic():
        remember_device(store.db, identity, trusted=True)
    return CardImport(identity=identity, added=known is None)
