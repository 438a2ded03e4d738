"""Keys of the case register: a random data key, wrapped by keys derived from secrets.

Argon2id (memory-hard, in the pinned `cryptography`) turns a passphrase or the recovery code
into a key-encryption key; ChaCha20-Poly1305 seals the data key and every case blob, with the
row id as associated data so a blob cannot be moved to another row. Nothing is tied to the PC,
so a backup restored elsewhere opens with the same passphrase and with nothing else.
"""

from __future__ import annotations

import os
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

NONCE = 12
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1 to misread
DEFAULT_KDF = (65536, 3)  # KiB, iterations: ~0.2 s here, bearable on an old 4 GB PC


def derive(secret: str, salt: bytes, memory_kib: int, iterations: int) -> bytes:
    kdf = Argon2id(salt=salt, length=32, iterations=iterations, lanes=1, memory_cost=memory_kib)
    return kdf.derive(secret.encode("utf-8"))


def seal(key: bytes, plain: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, plain, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes | None:
    """The plain bytes, or None when the key is wrong or the blob was changed."""
    try:
        return ChaCha20Poly1305(key).decrypt(blob[:NONCE], blob[NONCE:], aad)
    except (InvalidTag, ValueError):
        return None


def recovery_code() -> str:
    """25 symbols (125 bits) in groups of five, to write on paper once."""
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(25))
    return "-".join(symbols[i : i + 5] for i in range(0, 25, 5))


def normalise_code(text: str) -> str:
    clean = "".join(c for c in text.upper() if c.isalnum())
    return "-".join(clean[i : i + 5] for i in range(0, len(clean), 5))
