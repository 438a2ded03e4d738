"""Device keys, key cards and the crypto under them."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.sync_world import file_hash, new_db

from skillsapp.cli import main
from skillsapp.errors import UserError
from skillsapp.store import open_store
from skillsapp.sync import crypto
from skillsapp.sync.keys import (
    ensure_keys,
    import_card,
    key_file,
    known_devices,
    load_keys,
    read_card,
    write_card,
)


def _keys_of(db: Path):
    store = open_store(db)
    try:
        return ensure_keys(store), key_file(store)
    finally:
        store.close()


def test_keys_are_made_once_and_kept_private(tmp_path: Path):
    db = tmp_path / "a.db"
    first, path = _keys_of(db)
    second, _ = _keys_of(db)
    assert first == second
    assert path.parent == tmp_path / "keys" and path.name.endswith(".key")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert crypto.b64(first.pair.sign_private) not in (tmp_path / "a.db").read_bytes().decode(
        "latin-1"
    )


def test_a_loosened_key_file_is_made_private_again(tmp_path: Path):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    _, path = _keys_of(tmp_path / "a.db")
    path.chmod(0o644)
    _keys_of(tmp_path / "a.db")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_missing_key_file_is_explained_not_replaced(tmp_path: Path):
    db = tmp_path / "a.db"
    _, path = _keys_of(db)
    path.unlink()
    store = open_store(db)
    try:
        with pytest.raises(UserError) as caught:
            ensure_keys(store)
    finally:
        store.close()
    assert caught.value.key == "keys.missing" and "keys/" in caught.value.message("en")
    assert not path.exists()


def test_another_databases_key_file_is_refused(tmp_path: Path):
    _, mine = _keys_of(tmp_path / "a.db")
    _, theirs = _keys_of(tmp_path / "b.db")
    mine.write_bytes(theirs.read_bytes())
    store = open_store(tmp_path / "a.db")
    try:
        with pytest.raises(UserError) as caught:
            load_keys(store)
    finally:
        store.close()
    assert caught.value.key == "keys.mismatch"


def test_a_card_carries_the_public_keys_and_a_readable_fingerprint(tmp_path: Path):
    db = new_db(tmp_path / "a.db", name="Cô Hà", role="leader")
    card = read_card(db.with_suffix(".knskey"))
    keys, _ = _keys_of(db)
    assert card.identity == keys.identity
    assert card.identity.name == "Cô Hà" and card.identity.role == "leader"
    assert re.fullmatch(r"\d{4}( \d{4}){4}", card.identity.fingerprint)
    text = db.with_suffix(".knskey").read_text(encoding="utf-8")
    assert crypto.b64(keys.pair.sign_private) not in text
    assert crypto.b64(keys.pair.box_private) not in text


def test_importing_a_card_adds_a_trusted_device_once(tmp_path: Path):
    a = new_db(tmp_path / "a.db")
    b = new_db(tmp_path / "b.db", name="Thầy Nam", role="leader")
    store = open_store(a)
    try:
        assert import_card(store, b.with_suffix(".knskey")).added
        assert not import_card(store, b.with_suffix(".knskey")).added
        others = [d for d in known_devices(store) if not d.is_self]
    finally:
        store.close()
    assert [(d.identity.name, d.trusted) for d in others] == [("Thầy Nam", True)]


def _edited_card(source: Path, target: Path, **changes: object) -> Path:
    data = json.loads(source.read_text(encoding="utf-8"))
    data.update(changes)
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


def _refused_card(db: Path, card: Path) -> UserError:
    before = file_hash(db)
    store = open_store(db)
    try:
        with pytest.raises(UserError) as caught:
            import_card(store, card)
    finally:
        store.close()
    assert file_hash(db) == before
    return caught.value


def test_bad_cards_are_refused_with_the_database_unchanged(tmp_path: Path):
    a = new_db(tmp_path / "a.db")
    b_card = new_db(tmp_path / "b.db", name="B").with_suffix(".knskey")
    renamed = _edited_card(b_card, tmp_path / "renamed.knskey", name="Kẻ giả mạo")
    assert _refused_card(a, renamed).key == "keys.card_signature"
    junk = tmp_path / "junk.knskey"
    junk.write_bytes(b"\x00\xff not json")
    assert _refused_card(a, junk).key == "keys.card_bad"
    other = _edited_card(b_card, tmp_path / "other.knskey", kind="something-else")
    assert _refused_card(a, other).key == "keys.card_bad"
    assert _refused_card(a, a.with_suffix(".knskey")).key == "keys.card_self"


def test_a_known_device_with_new_keys_is_refused(tmp_path: Path):
    """Someone makes a card with the teacher's device id and their own keys."""
    a = new_db(tmp_path / "a.db")
    b = new_db(tmp_path / "b.db", name="B")
    store = open_store(a)
    import_card(store, b.with_suffix(".knskey"))
    store.close()
    impostor = new_db(tmp_path / "impostor.db", name="B")
    forged = json.loads(impostor.with_suffix(".knskey").read_text(encoding="utf-8"))
    forged["device_id"] = read_card(b.with_suffix(".knskey")).identity.device_id
    forged.pop("signature")
    store = open_store(impostor)
    keys = ensure_keys(store)
    store.close()
    body = json.dumps(forged, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    forged["signature"] = crypto.b64(crypto.sign(keys.pair.sign_private, body))
    card = tmp_path / "forged.knskey"
    card.write_text(json.dumps(forged), encoding="utf-8")
    error = _refused_card(a, card)
    assert error.key == "keys.card_conflict" and error.params["old"] != error.params["new"]


def test_keys_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    a, b = tmp_path / "new.db", tmp_path / "b.db"
    assert main(["keys", "export", "--db", str(a), "--out", str(tmp_path / "a.knskey")]) == 0
    out = capsys.readouterr().out
    assert a.exists() and "Fingerprint:" in out
    written = tmp_path / "b.knskey"
    argv = ["keys", "export", "--db", str(b), "--out", str(written), "--role", "leader"]
    assert main([*argv, "--name", "  Thầy   Nam "]) == 0
    assert read_card(written).identity.name == "Thầy Nam"
    capsys.readouterr()
    assert main(["keys", "import", "--db", str(a), str(written)]) == 0
    assert "Added device Thầy Nam (leader)" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--role", "boss"])
    assert exited.value.code == 2


@given(data=st.binary(max_size=2048), context=st.binary(min_size=1, max_size=40))
def test_sealed_data_opens_only_with_the_right_key_and_context(data: bytes, context: bytes):
    recipient, other = crypto.generate_keypair(), crypto.generate_keypair()
    sealed = crypto.seal(recipient.box_public, data, context)
    assert crypto.open_sealed(recipient.box_private, sealed, context) == data
    with pytest.raises(ValueError):
        crypto.open_sealed(other.box_private, sealed, context)
    with pytest.raises(ValueError):
        crypto.open_sealed(recipient.box_private, sealed, context + b"x")


def test_signatures_verify_only_unchanged_messages():
    keys = crypto.generate_keypair()
    signature = crypto.sign(keys.sign_private, b"manifest")
    assert crypto.verify(keys.sign_public, signature, b"manifest")
    assert not crypto.verify(keys.sign_public, signature, b"manifesT")
    assert not crypto.verify(crypto.generate_keypair().sign_public, signature, b"manifest")


def test_write_card_into_a_folder_names_the_file(tmp_path: Path):
    store = open_store(tmp_path / "a.db")
    try:
        path, identity = write_card(store, tmp_path)
    finally:
        store.close()
    assert path.parent == tmp_path and path.suffix == ".knskey"
    assert read_card(path).identity == identity
