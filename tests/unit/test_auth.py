"""Login file and password checks (pure apart from the file read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.errors import ConfigError
from ui.auth import authenticator, hash_password, load_auth, verify_password


def test_hash_round_trips_and_is_salted() -> None:
    a, b = hash_password("correct horse"), hash_password("correct horse")
    assert a != b  # a fresh salt each time
    assert verify_password("correct horse", a) and verify_password("correct horse", b)
    assert not verify_password("correct hors", a)
    assert not verify_password("", a)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8",  # bare sha256
        "scrypt$16384$8$1$zz$00",  # not hex
        "scrypt$1000$8$1$00$00",  # N not a power of two
        "scrypt$16384$8$1$00",  # missing field
        "bcrypt$16384$8$1$00$00",
    ],
)
def test_malformed_hashes_never_verify(stored: str) -> None:
    assert verify_password("anything", stored) is False


def test_load_auth_reads_users_and_skips_comments(tmp_path: Path) -> None:
    path = tmp_path / "users.txt"
    path.write_text(
        f"# staff\n\nalice:{hash_password('a-pass')}\nbob:{hash_password('b-pass')}\n",
        encoding="utf-8",
    )
    check = authenticator(load_auth(path))
    assert check("alice", "a-pass") and check("bob", "b-pass")
    assert not check("alice", "b-pass")
    assert not check("mallory", "a-pass")
    assert not check("", "")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "has no users"),
        ("# only a comment\n", "has no users"),
        ("alice\n", "users.txt:1"),
        (
            "alice:5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8\n",
            "hash-password alice",
        ),
        (":scrypt$16384$8$1$00$00\n", "users.txt:1"),
    ],
)
def test_load_auth_rejects_bad_files_with_a_fix(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "users.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_auth(path)


def test_missing_auth_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read auth file"):
        load_auth(tmp_path / "nope.txt")


def test_cli_hash_password_writes_a_line_the_app_accepts(tmp_path: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "ui.cli", "hash-password", "alice"],
        input="open sesame\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    path = tmp_path / "users.txt"
    path.write_text(proc.stdout, encoding="utf-8")
    assert "open sesame" not in proc.stdout
    check = authenticator(load_auth(path))
    assert check("alice", "open sesame") and not check("alice", "open sesame ")


def test_serve_checks_the_auth_file_before_loading_anything(tmp_path, capsys) -> None:
    from ui.cli import main

    missing = tmp_path / "users.txt"
    code = main(["serve", "--auth-file", str(missing), "--db", str(tmp_path / "none")])
    err = capsys.readouterr().err
    assert code == 2 and "cannot read auth file" in err and "serving on" not in err
