"""One identity, one computer: a database copied to a second PC together with its keys is found
at the first export (and at start in the GUI) and given a new identity there.

Every row a device writes carries its id as `origin`; two PCs sharing an id would make the merge
treat their edits as one device's, and one PC's changes would silently replace the other's. The
identity records the mark of the computer it was made on (services/machine.py); a different
mark means the file was copied or moved. Moved (the old PC is gone) keeps the identity; copied
(both PCs stay in use) takes a new one, and the old identity stays a trusted known device so
the rows it stamped still merge. See docs/ARCHITECTURE.md, "Sync".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from skillsapp.errors import UserError
from skillsapp.services.machine import machine_mark
from skillsapp.store import Store, device_keys, open_store


@dataclass(frozen=True)
class HomeCheck:
    """Whether this database's identity was made on this computer."""

    here: str
    recorded: str

    @property
    def copied(self) -> bool:
        return bool(self.recorded) and self.recorded != self.here


def check_home(store: Store) -> HomeCheck:
    """The check, recording this computer as the home of an identity that has none yet (a
    database made before the check existed, or one never exported)."""
    here = machine_mark()
    with store.atomic():
        recorded = device_keys.claim_machine(store.db, here)
    return HomeCheck(here=here, recorded=recorded)


def refuse_if_copied(store: Store) -> None:
    """Stop an export from a copied database until the teacher has said which it is."""
    if check_home(store).copied:
        raise UserError("sync.copied_db", db=store.path)


def keep_identity(store: Store) -> None:
    """The database moved to this computer and the old one is no longer used: keep the id."""
    with store.atomic():
        device_keys.set_machine_mark(store.db, machine_mark())


def new_identity(store: Store) -> Store:
    """Give this copy its own identity and keys; returns the store reopened under the new id
    (the given one is closed). Key cards must be exchanged again for the new identity."""
    from skillsapp.sync.keys import ensure_keys

    path: Path = store.path
    with store.atomic():
        device_keys.replace_self(store.db, str(uuid.uuid4()), machine_mark())
    store.close()
    reopened = open_store(path, create=False)
    ensure_keys(reopened)
    return reopened
