"""The cryptography of packages and key cards, in one small place.

Ed25519 signs (who made this), X25519 + HKDF-SHA256 + ChaCha20-Poly1305 seals pupil data to one
recipient with a fresh ephemeral key per package (only that recipient can read it, and a stolen
package says nothing about any other). `cryptography` is imported inside the functions, so the
app window does not wait for it at start-up.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from typing import Any

SEAL_ALGORITHM = "X25519-HKDF-SHA256-ChaCha20Poly1305"
_SEAL_INFO = b"skillsapp kns seal v1 "
_NONCE_BYTES = 12
KEY_BYTES = 32
SIGNATURE_BYTES = 64


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, length: int | None = None) -> bytes:
    """Decode base64 text; ValueError for anything else or a wrong length."""
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("not base64 text") from exc
    if length is not None and len(data) != length:
        raise ValueError(f"expected {length} bytes, got {len(data)}")
    return data


@dataclass(frozen=True)
class KeyPair:
    """One device's private keys and the public keys derived from them (raw 32-byte forms)."""

    sign_private: bytes
    box_private: bytes
    sign_public: bytes
    box_public: bytes


def _raw_public(private: Any) -> bytes:
    """The raw public key of a cryptography private key object (Ed25519 or X25519)."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw: bytes = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return raw


def keypair_from_private(sign_private: bytes, box_private: bytes) -> KeyPair:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    sign_public = _raw_public(Ed25519PrivateKey.from_private_bytes(sign_private))
    box_public = _raw_public(X25519PrivateKey.from_private_bytes(box_private))
    return KeyPair(sign_private, box_private, sign_public, box_public)


def generate_keypair() -> KeyPair:
    return keypair_from_private(os.urandom(KEY_BYTES), os.urandom(KEY_BYTES))


def sign(sign_private: bytes, message: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(sign_private).sign(message)


def verify(sign_public: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def _seal_key(
    shared: bytes, ephemeral_public: bytes, recipient_public: bytes, context: bytes
) -> Any:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=ephemeral_public + recipient_public,
        info=_SEAL_INFO + context,
    ).derive(shared)
    return ChaCha20Poly1305(key)


@dataclass(frozen=True)
class Sealed:
    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes


def seal(recipient_public: bytes, plaintext: bytes, context: bytes) -> Sealed:
    """Encrypt to a recipient's X25519 key; `context` (the package id) is bound in."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    cipher = _seal_key(shared, ephemeral_public, recipient_public, context)
    nonce = os.urandom(_NONCE_BYTES)
    return Sealed(ephemeral_public, nonce, cipher.encrypt(nonce, plaintext, context))


def open_sealed(box_private: bytes, sealed: Sealed, context: bytes) -> bytes:
    """Decrypt what `seal` made for us; ValueError if it was not for this key or was altered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    private = X25519PrivateKey.from_private_bytes(box_private)
    try:
        peer = X25519PublicKey.from_public_bytes(sealed.ephemeral_public)
        shared = private.exchange(peer)
        cipher = _seal_key(shared, sealed.ephemeral_public, _raw_public(private), context)
        plain: bytes = cipher.decrypt(sealed.nonce, sealed.ciphertext, context)
        return plain
    except (InvalidTag, ValueError) as exc:
        raise ValueError("cannot decrypt") from exc


def key_id(public: bytes) -> str:
    """A short id for a public key, used in manifests to name the key a package is sealed to."""
    return hashlib.sha256(public).hexdigest()[:16]


def fingerprint(device_id: str, sign_public: bytes, box_public: bytes) -> str:
    """Twenty digits in groups of four that two people can read aloud to compare a key card.

    Digits, not letters: they read the same in Vietnamese and English.
    """
    digest = hashlib.sha256(b"skillsapp device " + device_id.encode() + sign_public + box_public)
    number = int.from_bytes(digest.digest()[:10], "big") % 10**20
    text = f"{number:020d}"
    return " ".join(text[i : i + 4] for i in range(0, 20, 4))
