"""Starting local servers for benchmarks and tests: a free loopback port, waiting for HTTP,
and a `chroma run` on a temporary path."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, timeout_s: float = 60.0) -> bool:
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1)
            return True
        except OSError:
            time.sleep(0.2)
    return False


def chroma_executable() -> str | None:
    local = Path(sys.executable).parent / "chroma"
    return str(local) if local.exists() else shutil.which("chroma")


def start_chroma(path: Path, log: Path | None = None) -> tuple[str, subprocess.Popen[bytes]]:
    """`chroma run` on 127.0.0.1 and a free port, storing in `path`; (url, process)."""
    exe = chroma_executable()
    if exe is None:
        raise RuntimeError("the chroma command is not installed (it ships with chromadb)")
    port = free_port()
    out = log.open("wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen(
        [exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=out,
        stderr=out,
    )
    url = f"http://127.0.0.1:{port}"
    if not wait_http(url + "/api/v2/heartbeat"):
        proc.kill()
        raise RuntimeError("chroma run did not start within 60 s")
    return url, proc
