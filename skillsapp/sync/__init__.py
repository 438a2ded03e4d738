"""Sync packages: signed, encrypted, mergeable .kns files carried on USB sticks or by e-mail.

Teachers send pupil-level rows to the school leader sealed to the leader's key; schools send
counts only to the department, signed but not encrypted. The modules: `crypto` (signing and
sealing), `keys` (device keys and key cards), `package` (the file format and every check on
reading), `export`, `merge` (the merge rule: docs/ARCHITECTURE.md#the-merge-rule), `importer`,
`commands` (CLI). Nothing here imports Qt.
"""

from skillsapp.sync import texts as _texts  # registers the area's messages on first import

__all__ = ["_texts"]
