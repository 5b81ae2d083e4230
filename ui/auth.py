"""Login for the app: a file of `user:scrypt$...` lines, checked in constant time.

Salted scrypt, so a leaked users file does not give the passwords away cheaply. Pure except
for `load_auth`, which reads the file."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from pathlib import Path

from rag.errors import ConfigError

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1


def hash_password(password: str, salt: bytes | None = None) -> str:
    """`scrypt$N$r$p$salt$digest` (hex), the form stored in an auth file."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"{SCHEME}${N}${R}${P}${salt.hex()}${digest.hex()}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes]:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        raise ValueError("expected scrypt$N$r$p$salt$digest")
    n, r, p = (int(x) for x in parts[1:4])
    if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise ValueError("scrypt parameters out of range")
    return n, r, p, bytes.fromhex(parts[4]), bytes.fromhex(parts[5])


def verify_password(password: str, stored: str) -> bool:
    try:
        n, r, p, salt, want = _parse(stored)
    except ValueError:
        return False
    got = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=len(want), maxmem=2**27
    )
    return hmac.compare_digest(got, want)


def load_auth(path: Path) -> dict[str, str]:
    """Users from an auth file (make lines with `inspection-qa hash-password USER`)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read auth file {path}: {exc.strerror}") from exc
    users: dict[str, str] = {}
    for n, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        user, sep, stored = line.partition(":")
        try:
            if not sep or not user:
                raise ValueError("expected user:scrypt$N$r$p$salt$digest")
            _parse(stored)
        except ValueError as exc:
            fix = f"make the line with `inspection-qa hash-password {user or 'USER'}`"
            raise ConfigError(f"{path}:{n}: {exc}; {fix}") from exc
        users[user] = stored
    if not users:
        raise ConfigError(f"{path} has no users; add one with `inspection-qa hash-password USER`")
    return users


def authenticator(users: dict[str, str]) -> Callable[[str, str], bool]:
    """The check Gradio calls at login. Unknown users cost the same as known ones."""
    dummy = hash_password("", salt=b"\0" * 16)

    def check(user: str, password: str) -> bool:
        stored = users.get(user)
        ok = verify_password(password, stored or dummy)
        return ok and stored is not None

    return check
