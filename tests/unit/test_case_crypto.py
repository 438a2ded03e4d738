import os

from skillsapp.cases.crypto import derive, normalise_code, open_sealed, recovery_code, seal


def test_wrong_key_or_moved_blob_reveals_nothing():
    salt = os.urandom(16)
    key = derive("một câu dài", salt, 1024, 1)
    blob = seal(key, b"bi bat nat", b"case:1")
    assert b"bat nat" not in blob
    assert open_sealed(key, blob, b"case:1") == b"bi bat nat"
    assert open_sealed(derive("sai", salt, 1024, 1), blob, b"case:1") is None
    assert open_sealed(key, blob, b"case:2") is None


def test_recovery_code_survives_retyping():
    code = recovery_code()
    assert len(code) == 29
    assert normalise_code(code.lower().replace("-", " ")) == code
