"""The hostile suite: what a tester out to break the ingest and the app would try, each part
reported as tried / passed / failed. `python -m evals.hostile [--quick] [--only NAME] [--json]`
(`make hostile`). Runs the real CLI in subprocesses (the hash embedder keeps it model-free,
so the figures are about robustness, not retrieval quality).

Parts: malformed files (330 generated, good ones mixed in), kill -9 of the ingest at random
moments, a hypothesis state machine over ingest / update / delete / search, two writers and
readers during an ingest, 16 concurrent API clients against `serve`, the Chroma server killed
or frozen under `serve --chroma-url` and `ingest --chroma-url`, security (path traversal on
file routes, auth on the API, instructions planted in documents), and planted instructions
in LLM mode against a real llama.cpp server (skipped, with the reason, when not installed).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "sample"
HASH_ENV = {"INSPECTION_QA_EMBEDDING_BACKEND": "hash", "HF_HUB_OFFLINE": "1"}


@dataclass
class Part:
    name: str
    tried: int = 0
    passed: int = 0
    failures: list[str] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)

    def check(self, ok: bool, what: str) -> None:
        self.tried += 1
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "tried": self.tried,
            "passed": self.passed,
            "failed": self.tried - self.passed,
            "failures": self.failures[:100],
            "figures": self.figures,
        }


def _cli(args: list[str], env: dict[str, str] | None = None, **kw: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ui.cli", *args],
        cwd=ROOT,
        env={**os.environ, **HASH_ENV, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


def _run(
    args: list[str], timeout: float, env: dict[str, str] | None = None
) -> tuple[int | None, str, str]:
    """Exit code (None: it hung and was killed), stdout, stderr."""
    proc = _cli(args, env, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        return proc.returncode, out, err
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return None, out, err


def _store_consistent(db: Path, chroma_url: str = "") -> tuple[bool, int]:
    """Every stored chunk belongs to a manifest record and every record's chunks are
    stored, none twice."""
    from rag.index import Index
    from rag.settings import Settings

    settings = Settings(db=db, embedding_backend="hash", chroma_url=chroma_url)
    store = Index.open(settings).store
    ids = [c.id for c in store.iter_all()]
    expected = [i for r in store.file_records().values() for i in r.chunk_ids]
    ok = (
        len(ids) == len(set(ids))
        and set(ids) == set(expected)
        and len(expected) == len(set(expected))
    )
    return ok, len(ids)


def _search_ids(db: Path, queries: list[str]) -> list[list[str]]:
    from rag.embedding import HashEmbedder
    from rag.index import Index
    from rag.service import Service
    from rag.settings import Settings

    settings = Settings(db=db, embedding_backend="hash")
    service = Service(settings, Index.open(settings), HashEmbedder())
    return [[p.chunk_id for p in service.search(q).passages[:5]] for q in queries]


def _answers(db: Path, questions: list[str]) -> list[str]:
    from rag.embedding import HashEmbedder
    from rag.index import Index
    from rag.service import Service
    from rag.settings import Settings

    settings = Settings(db=db, embedding_backend="hash")
    service = Service(settings, Index.open(settings), HashEmbedder())
    # A refusal's wording lists the neighbouring forces its passages were about, whose order
    # among tied scores may differ after a repair; the decision and every quote may not.
    out = []
    for q in questions:
        r = service.ask(q)
        out.append("refused" if r.abstained else r.answer)
    return out


# ---- parts --------------------------------------------------------------------------------
def malformed(work: Path, quick: bool) -> Part:
    from evals.hostile_files import make_hostile_corpus

    part = Part("malformed files")
    docs = work / "hostile"
    made = make_hostile_corpus(docs, big_text_mb=5 if quick else 51)
    db = work / "hostile-index"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    code, out, err = _run(["ingest", str(docs), "--db", str(db), "--json"], timeout=1800)
    part.figures["seconds"] = round(time.perf_counter() - t, 1)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    part.figures["peak_rss_mb"] = round(max(peak, before) / 1024, 1)
    part.figures["files"] = len(made)
    part.check(code is not None, "the ingest hung")
    part.check(code in (0, 1), f"the ingest crashed (exit {code}): {err.strip()[-300:]}")
    try:
        report = json.loads(out)
    except json.JSONDecodeError:
        part.check(False, "no JSON report")
        return part
    failed = {Path(f["path"]).name: f["error"] for f in report.get("failed", [])}
    part.figures["reported_bad"] = len(failed)
    for name, kind, _ in made:
        if kind == "fail":
            reason = failed.get(name, "")
            part.check(bool(reason) and "\n" not in reason, f"{name}: not reported ({reason!r})")
            part.check("Traceback" not in reason, f"{name}: a traceback, not a reason")
        elif kind == "good":
            part.check(name not in failed, f"{name}: refused ({failed.get(name)})")
    good = [(n, m) for n, k, m in made if k == "good" and m]
    found = _search_ids(db, [m for _, m in good])
    from rag.index import Index
    from rag.settings import Settings

    store = Index.open(Settings(db=db, embedding_backend="hash")).store
    texts = {c.id: c.text for c in store.iter_all()}
    for (name, marker), ids in zip(good, found, strict=True):
        hit = any(marker in texts.get(i, "") for i in ids)
        part.check(hit, f"{name}: not found by searching {marker!r}")
    ok, _ = _store_consistent(db)
    part.check(ok, "store and manifest disagree")
    part.check(
        not any("/etc/passwd" in t or "root:x:0:0" in t for t in texts.values()),
        "a system file was ingested through a link",
    )
    return part


def kill9(work: Path, quick: bool) -> Part:
    part = Part("kill -9 of the ingest")
    docs = work / "kill-docs"
    shutil.copytree(CORPUS, docs)
    for i in range(40):  # more work, so kills land mid-way
        (docs / f"extra-{i}.md").write_text(f"# Extra {i}\n\n" + f"Kent paragraph {i}. " * 600)
    ref = work / "kill-ref"
    t = time.perf_counter()
    code, _, err = _run(["ingest", str(docs), "--db", str(ref), "--json"], timeout=900)
    full = time.perf_counter() - t
    part.check(code == 0, f"reference ingest failed: {err[-300:]}")
    queries = [
        "What did HMICFRS find about Kent Police crime recording?",
        "When did Devon and Cornwall Police enter Engage?",
        "How many MASHs are there in Devon and Cornwall?",
    ]
    expected = _answers(ref, queries)
    rng = random.Random(11)
    trials = 5 if quick else 20
    for trial in range(trials):
        db = work / f"kill-{trial}"
        proc = _cli(["ingest", str(docs), "--db", str(db), "--json"], start_new_session=True)
        time.sleep(rng.uniform(0.5, max(0.6, full * 0.9)))
        os.kill(proc.pid, signal.SIGKILL)  # the ingest alone, as the OOM killer would
        proc.communicate()
        deadline = time.time() + 10
        while _orphans(proc.pid) and time.time() < deadline:
            time.sleep(0.2)
        orphans = _orphans(proc.pid)
        part.check(not orphans, f"trial {trial}: helpers left running {orphans}")
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        code, _, err = _run(["ingest", str(docs), "--db", str(db), "--json"], timeout=900)
        part.check(code == 0, f"trial {trial}: re-run failed: {err.strip()[-300:]}")
        ok, n = _store_consistent(db)
        part.check(ok, f"trial {trial}: store and manifest disagree ({n} chunks)")
        got = _answers(db, queries)
        part.check(got == expected, f"trial {trial}: answers changed {got} vs {expected}")
        shutil.rmtree(db, ignore_errors=True)
    part.figures["trials"] = trials
    return part


def _orphans(pgid: int) -> list[int]:
    """Live processes left in the killed ingest's process group (zombies waiting for a
    reaper do not count: they hold no resources)."""
    live = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, pgrp = fields[0], int(fields[2])
        if pgrp == pgid and state != "Z":
            live.append(int(entry.name))
    return live


def state_machine(work: Path, quick: bool) -> Part:
    from hypothesis import HealthCheck
    from hypothesis import settings as hsettings
    from hypothesis.stateful import run_state_machine_as_test

    part = Part("state machine (hypothesis)")
    examples = 10 if quick else 40
    machine = library_machine(work / "machine")
    try:
        run_state_machine_as_test(
            machine,
            settings=hsettings(
                max_examples=examples,
                stateful_step_count=12,
                deadline=None,
                suppress_health_check=list(HealthCheck),
            ),
        )
        part.check(True, "")
    except Exception as exc:  # the failing example is the report
        part.check(False, f"{type(exc).__name__}: {str(exc)[:500]}")
    part.figures["examples"] = examples
    return part


def library_machine(root: Path) -> type:
    """Ingest / update / delete / search over a real (in-memory) Chroma and the hash
    embedder; after every step the store equals the manifest and every document present is
    found by its marker, every deleted one is not."""
    import uuid

    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from hypothesis import strategies as st
    from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

    from ingest.pipeline import ingest_paths
    from rag.embedding import HashEmbedder
    from rag.index import Index
    from rag.service import Service
    from rag.settings import Settings
    from rag.store import ChromaStore

    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    names = st.sampled_from([f"doc{i}" for i in range(6)])

    class Library(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            tag = uuid.uuid4().hex[:10]
            self.folder = root / tag
            self.folder.mkdir(parents=True)
            settings = Settings(db=root / f"{tag}-index", embedding_backend="hash",
                                collection=f"m{tag}")  # fmt: skip
            self.index = Index(settings, ChromaStore(client, settings.collection))
            self.embedder = HashEmbedder()
            self.service = Service(settings, self.index, self.embedder)
            self.on_disk: dict[str, str] = {}  # name -> marker
            self.ingested: dict[str, str] = {}

        def _write(self, name: str) -> None:
            marker = f"m{uuid.uuid4().hex[:8]}x"
            (self.folder / f"{name}.md").write_text(
                f"# {name}\n\nThe {marker} finding about Kent Police.\n\n" + "Filler. " * 50
            )
            self.on_disk[name] = marker

        @rule(name=names)
        def add_or_update(self, name: str) -> None:
            self._write(name)

        @rule(name=names)
        def delete(self, name: str) -> None:
            if name in self.on_disk:
                (self.folder / f"{name}.md").unlink()
                del self.on_disk[name]

        @rule()
        def ingest(self) -> None:
            report = ingest_paths(
                self.index.settings, [self.folder], embedder=self.embedder, index=self.index
            )
            assert report.failed == [], report.failed
            self.ingested = dict(self.on_disk)

        @invariant()
        def store_equals_manifest(self) -> None:
            store = self.index.store
            ids = [c.id for c in store.iter_all()]
            expected = [i for r in store.file_records().values() for i in r.chunk_ids]
            assert len(ids) == len(set(ids)) and set(ids) == set(expected)
            assert len(store.file_records()) == len(self.ingested)

        @invariant()
        def search_finds_what_is_there(self) -> None:
            for marker in self.ingested.values():
                got = self.service.search(marker).passages[:3]
                assert any(marker in p.text for p in got), marker

    return Library


def writers_and_readers(work: Path, quick: bool) -> Part:
    part = Part("two writers, readers during an ingest")
    docs = work / "rw-docs"
    shutil.copytree(CORPUS, docs)
    db = work / "rw-index"
    code, _, _ = _run(["ingest", str(docs), "--db", str(db)], timeout=600)
    part.check(code == 0, "first ingest failed")
    for i in range(30):  # new work for the writer while readers read
        (docs / f"extra-{i}.md").write_text(f"# Extra {i}\n\n" + f"Kent paragraph {i}. " * 500)
    first = _cli(["ingest", str(docs), "--db", str(db)], start_new_session=True)
    time.sleep(1.0)
    t = time.perf_counter()
    code, _, err = _run(["ingest", str(docs), "--db", str(db)], timeout=60)
    waited = time.perf_counter() - t
    refused = code == 2 and "ingest" in err.lower()
    part.check(refused, f"the second writer was not refused clearly (exit {code}): {err[-200:]}")
    part.check(waited < 10, f"the second writer waited {waited:.1f} s")
    errors: list[str] = []
    asked = [0]
    from rag.embedding import HashEmbedder
    from rag.index import Index
    from rag.service import Service
    from rag.settings import Settings

    settings = Settings(db=db, embedding_backend="hash")
    service = Service(settings, Index.open(settings), HashEmbedder())  # one, as the app has

    def reader() -> None:
        while first.poll() is None:
            try:
                service.ask("What did HMICFRS find about Kent Police?")
                asked[0] += 1
            except Exception as exc:  # counted, not raised: every error is a failure
                errors.append(f"{type(exc).__name__}: {exc}")
                return

    threads = [threading.Thread(target=reader) for _ in range(8)]
    for th in threads:
        th.start()
    _, first_err = first.communicate(timeout=900)
    for th in threads:
        th.join(timeout=60)
    part.check(first.returncode == 0, f"the first writer failed: {first_err.strip()[-300:]}")
    part.check(not errors, f"readers failed during the ingest: {errors[:3]}")
    part.check(asked[0] > 0, "no question was answered during the ingest")
    part.figures["questions_during_ingest"] = asked[0]
    ok, _ = _store_consistent(db)
    part.check(ok, "store and manifest disagree after the concurrent run")
    return part


def _serve(
    db: Path, port: int, extra: list[str] | None = None, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    proc = _cli(
        ["serve", "--db", str(db), "--port", str(port), "--no-browser", *(extra or [])],
        env,
        start_new_session=True,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            return proc
        except urllib.error.HTTPError:
            return proc  # it answers (a login page counts)
        except OSError as exc:
            if proc.poll() is not None:
                why = proc.stderr.read() if proc.stderr else "serve exited"
                raise RuntimeError(why) from exc
            time.sleep(0.5)
    raise RuntimeError("serve did not start in 120 s")


def _stop(proc: subprocess.Popen[str]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(proc.pid, signal.SIGKILL)


def api_load(work: Path, quick: bool) -> Part:
    from gradio_client import Client

    from evals.servers import free_port

    part = Part("16 API clients x 20 questions")
    db = work / "api-index"
    code, _, _ = _run(["ingest", str(CORPUS), "--db", str(db)], timeout=600)
    part.check(code == 0, "ingest failed")
    port = free_port()
    proc = _serve(db, port)
    questions = [
        "How many MASHs are there in Devon and Cornwall?",
        "What did HMICFRS find about Kent Police crime recording?",
        "Which areas were RI for Kent in 21/22?",
        "What did the Merseyside PCC say about knife crime?",
    ]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    per_client = 5 if quick else 20

    def client(n: int) -> None:
        try:
            c = Client(f"http://127.0.0.1:{port}/", verbose=False)
        except Exception as exc:  # counted: a client that cannot connect is a failure
            with lock:
                errors.append(f"connect: {exc}")
            return
        for i in range(per_client):
            q = questions[(n + i) % len(questions)]
            t = time.perf_counter()
            try:
                out = c.predict(q, "{}", api_name="/ask")
                ok = isinstance(out, dict) and "answer" in out
            except Exception as exc:  # counted
                ok, out = False, exc
            with lock:
                latencies.append(time.perf_counter() - t)
                if not ok:
                    errors.append(str(out)[:200])

    try:
        threads = [threading.Thread(target=client, args=(n,)) for n in range(16)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(timeout=900)
    finally:
        _stop(proc)
    part.check(len(latencies) == 16 * per_client, f"{len(latencies)} of {16 * per_client} ran")
    part.check(not errors, f"{len(errors)} errors: {errors[:3]}")
    if latencies:
        ordered = sorted(latencies)
        part.figures["p50_ms"] = round(ordered[len(ordered) // 2] * 1000)
        part.figures["p95_ms"] = round(ordered[int(len(ordered) * 0.95) - 1] * 1000)
    part.figures["requests"] = len(latencies)
    return part


# ---- the Chroma server stopped and restarted mid-batch ------------------------------------
CHROMA_TIMEOUT_S = 15.0  # rag.store.make_client's request timeout
REQUEST_LIMIT_S = CHROMA_TIMEOUT_S + 10.0  # the timeout plus answering on a loaded machine
RESTART_QUESTIONS = [
    "How many MASHs are there in Devon and Cornwall?",
    "What did HMICFRS find about Kent Police crime recording?",
    "Which areas were RI for Kent in 21/22?",
    "What did the Merseyside PCC say about knife crime?",
]


@dataclass
class _Reply:
    question: str
    started: float
    seconds: float
    answer: str | None = None  # "refused" for a refusal
    notices: list[str] = field(default_factory=list)
    passages: list[str] = field(default_factory=list)  # their doc ids
    error: str | None = None  # an error the API returned on purpose
    broken: str | None = None  # anything else: no reply in time, an unhandled exception


def _ask_api(client: Any, question: str) -> _Reply:
    t0 = time.time()
    reply = _Reply(question, t0, 0.0)
    try:
        out = client.submit(question, "{}", api_name="/ask").result(timeout=REQUEST_LIMIT_S * 2)
    except Exception as exc:  # counted: a timeout or an unhandled error is a failure
        reply.broken = f"{type(exc).__name__}: {str(exc)[:200]}"
    else:
        if not isinstance(out, dict):
            reply.broken = f"not a JSON object: {str(out)[:200]}"
        elif out.get("error"):
            reply.error = str(out["error"])
        else:
            reply.answer = "refused" if out.get("abstained") else str(out.get("answer"))
            reply.notices = [str(n) for n in out.get("notices") or []]
            reply.passages = [str(p.get("doc_id")) for p in out.get("passages") or []]
    reply.seconds = time.time() - t0
    return reply


class _ChromaServer:
    """A `chroma run` the part can kill, freeze (SIGSTOP) and bring back at the same address."""

    def __init__(self, path: Path, log: Path) -> None:
        from evals.servers import start_chroma

        self.path, self.log = path, log
        self.url, self.proc = start_chroma(path, log)
        self.port = int(self.url.rsplit(":", 1)[1])

    def stop(self, how: str) -> None:
        if how == "kill":
            self.proc.kill()
            self.proc.wait()
        else:
            os.kill(self.proc.pid, signal.SIGSTOP)

    def back(self, how: str) -> None:
        from evals.servers import start_chroma, wait_http

        if how == "kill":
            _, self.proc = start_chroma(self.path, self.log, port=self.port)
        else:
            os.kill(self.proc.pid, signal.SIGCONT)
            wait_http(self.url + "/api/v2/heartbeat", timeout_s=30)

    def close(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGCONT)
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _drain(proc: subprocess.Popen[str]) -> list[str]:
    """Read a server's stderr as it comes (a full pipe would block the server: a false
    hang); the lines are kept for the failure report."""
    lines: list[str] = []

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)

    threading.Thread(target=read, daemon=True).start()
    return lines


def chroma_restart(work: Path, quick: bool) -> Part:
    """`serve --chroma-url` answering a batch of questions from 4 clients while the Chroma
    server is killed (then restarted at the same address) or frozen (SIGSTOP, then SIGCONT);
    and `ingest --chroma-url` cut off the same ways, then run again."""
    from gradio_client import Client

    from evals.servers import chroma_executable, free_port

    part = Part("Chroma server stopped and restarted mid-batch")
    if chroma_executable() is None:
        part.figures["skipped"] = "the chroma command is not installed"
        return part
    env = {
        "INSPECTION_QA_CACHE_DIR": str(work / "cr-cache"),
        "INSPECTION_QA_DATA_DIR": str(work / "cr-data"),
    }
    server = _ChromaServer(work / "cr-server", work / "cr-chroma.log")
    serve: subprocess.Popen[str] | None = None
    docs = work / "cr-docs"  # the ingest trials add to this folder
    shutil.copytree(CORPUS, docs)
    try:
        code, _, err = _run(["ingest", str(docs), "--chroma-url", server.url], 900, env)
        part.check(code == 0, f"first ingest failed: {err.strip()[-300:]}")
        port = free_port()
        serve = _serve(work / "cr-unused", port, ["--chroma-url", server.url], env)
        log = _drain(serve)
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        reference = {q: _ask_api(client, q) for q in RESTART_QUESTIONS}
        part.check(
            all(r.answer and not r.notices for r in reference.values()),
            f"answers before any stop were not clean: {[vars(r) for r in reference.values()]}",
        )
        pid = serve.pid
        hows = ["kill", "freeze"] if quick else ["kill", "freeze", "kill", "freeze"]
        for trial, how in enumerate(hows):
            _batch_trial(part, trial, how, server, port, reference)
        ingest_hows = ["kill", "freeze"] if quick else ["kill", "kill", "kill", "freeze"]
        rng = random.Random(16)
        for trial, how in enumerate(ingest_hows):
            _ingest_trial(part, trial, how, server, docs, env, client, rng)
        part.check(serve.poll() is None and serve.pid == pid, "the app stopped or was restarted")
        tracebacks = [line for line in log if "Traceback" in line]
        part.check(not tracebacks, f"the app logged {len(tracebacks)} tracebacks")
    finally:
        if serve is not None:
            _stop(serve)
        server.close()
    return part


def _batch_trial(
    part: Part, trial: int, how: str, server: _ChromaServer, port: int, reference: dict[str, Any]
) -> None:
    from gradio_client import Client

    replies: list[_Reply] = []
    stop = threading.Event()
    lock = threading.Lock()

    def asker(n: int) -> None:
        c = Client(f"http://127.0.0.1:{port}/", verbose=False)
        i = n
        while not stop.is_set():
            r = _ask_api(c, RESTART_QUESTIONS[i % len(RESTART_QUESTIONS)])
            with lock:
                replies.append(r)
            i += 1

    threads = [threading.Thread(target=asker, args=(n,)) for n in range(4)]
    for th in threads:
        th.start()
    time.sleep(3)
    down_at = time.time()
    server.stop(how)
    # Long enough for questions to end inside the outage: a frozen server costs the first
    # question the whole request timeout.
    time.sleep(10 if how == "kill" else CHROMA_TIMEOUT_S + 12)
    server.back(how)
    up_at = time.time()
    time.sleep(15)  # the guard retries after 5 s; the app re-reads the generation every 2 s
    stop.set()
    for th in threads:
        th.join(timeout=REQUEST_LIMIT_S * 3)
    name = f"{how} {trial}"
    slow = [r for r in replies if r.seconds > REQUEST_LIMIT_S]
    part.check(all(not th.is_alive() for th in threads), f"{name}: a client hung")
    part.check(not slow, f"{name}: {len(slow)} replies over {REQUEST_LIMIT_S:.0f} s")
    broken = [r.broken for r in replies if r.broken]
    part.check(not broken, f"{name}: {len(broken)} unclear failures: {broken[:3]}")
    # The app checks the collection every 2 s (Index.refresh_interval_s); until a check
    # fails, answers come from a copy as fresh as ever, so they need no notice.
    during = [r for r in replies if down_at + 2.5 < r.started and r.started + r.seconds < up_at]
    part.check(bool(during), f"{name}: no question was asked while the server was down")
    unflagged = [r for r in during if r.answer is not None and not r.notices]
    part.check(not unflagged, f"{name}: {len(unflagged)} answers during the outage had no notice")
    unclear = [r.error for r in during if r.error and "chroma" not in r.error.lower()]
    part.check(not unclear, f"{name}: errors that do not name the server: {unclear[:3]}")
    after = [r for r in replies if r.started > up_at + 8]
    part.check(bool(after), f"{name}: no question was asked after the server came back")
    stuck = [(r.answer and r.answer[:40], r.notices, r.error) for r in after]
    part.check(
        all(r.answer is not None and not r.notices for r in after),
        f"{name}: not recovered: {stuck[:3]}",
    )
    changed = [r.question for r in after if r.answer != reference[r.question].answer]
    part.check(not changed, f"{name}: answers changed after recovery: {changed[:3]}")
    part.figures[f"{name}"] = (
        f"{len(replies)} questions ({len(during)} during the outage, "
        f"{sum(1 for r in during if r.answer is not None)} answered with a notice), "
        f"max {max((r.seconds for r in replies), default=0):.1f} s"
    )


def _ingest_trial(
    part: Part,
    trial: int,
    how: str,
    server: _ChromaServer,
    docs: Path,
    env: dict[str, str],
    client: Any,
    rng: random.Random,
) -> None:
    name = f"ingest {how} {trial}"
    marker = f"zq{trial}marker"
    for i in range(40):  # new work for this trial, so the stop lands mid-way
        (docs / f"extra-{trial}-{i}.md").write_text(
            f"# Extra {trial} {i}\n\nThe {marker} finding about Kent custody {i}.\n\n"
            + f"Kent paragraph {i}. " * 600
        )
    proc = _cli(["ingest", str(docs), "--chroma-url", server.url, "--json"], env,
                start_new_session=True)  # fmt: skip
    log = _drain(proc)
    deadline = time.time() + 120
    while not any("parsed" in line for line in log) and proc.poll() is None:
        if time.time() > deadline:
            break
        time.sleep(0.05)  # writing starts with the first parsed file
    time.sleep(rng.uniform(0.2, 2.0))
    finished_first = proc.poll() is not None
    stopped_at = time.time()
    server.stop(how)
    try:
        proc.wait(timeout=REQUEST_LIMIT_S * 2)
        waited = time.time() - stopped_at
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        waited = float("inf")
    time.sleep(0.2)  # the reader thread has the last lines
    err = "".join(log)
    server.back(how)
    part.check(waited <= REQUEST_LIMIT_S, f"{name}: the ingest took {waited:.0f} s to give up")
    if not finished_first and proc.returncode != 0:
        part.check(proc.returncode == 2, f"{name}: exit {proc.returncode}, not 2")
        last = err.strip().splitlines()[-1] if err.strip() else ""
        part.check(
            "Traceback" not in err and "Chroma server" in last,
            f"{name}: not a clear error: {err.strip()[-400:]}",
        )
    code, out, err = _run(["ingest", str(docs), "--chroma-url", server.url, "--json"], 900, env)
    part.check(code == 0, f"{name}: the re-run failed (exit {code}): {out[-600:]} {err[-300:]}")
    ok, n = _store_consistent(docs.parent / "cr-unused", server.url)
    part.check(ok, f"{name}: store and manifest disagree ({n} chunks)")
    # The app, never restarted, finds the new documents with no notice.
    deadline = time.time() + 30
    reply = _ask_api(client, f"What was the {marker} finding about Kent custody?")
    while time.time() < deadline and not _found(reply, f"extra-{trial}-"):
        time.sleep(2)
        reply = _ask_api(client, f"What was the {marker} finding about Kent custody?")
    part.check(
        _found(reply, f"extra-{trial}-") and not reply.notices,
        f"{name}: the app did not pick up the re-run: {vars(reply)}",
    )
    part.figures[name] = f"gave up after {waited:.1f} s" + (
        " (had finished first)" if finished_first else ""
    )


def _found(reply: _Reply, doc_prefix: str) -> bool:
    return any(d.startswith(doc_prefix) for d in reply.passages)


def security(work: Path, quick: bool) -> Part:
    from evals.hostile_files import write_planted

    part = Part("security")
    docs = work / "sec-docs"
    shutil.copytree(CORPUS, docs)
    write_planted(docs)
    (docs / "xss.html").write_text(
        "<html><body><main><h1>Kent custody</h1><p>Custody in Kent was "
        "<img src=x onerror=alert(1)> reviewed; <script>alert(2)</script> detainees were "
        "seen promptly.</p></main></body></html>",
        encoding="utf-8",
    )
    db = work / "sec-index"
    code, _, _ = _run(["ingest", str(docs), "--db", str(db)], timeout=600)
    part.check(code == 0, "ingest failed")
    # Instructions planted in documents are content, never followed or quoted as answers.
    import re

    from evals.hostile_files import PLANTED_CLAIMS, PLANTED_QUESTIONS
    from rag.answer import addressed_to_a_machine
    from rag.embedding import HashEmbedder
    from rag.index import Index
    from rag.service import Service
    from rag.settings import Settings

    settings = Settings(db=db, embedding_backend="hash")
    service = Service(settings, Index.open(settings), HashEmbedder())
    claims = re.compile(PLANTED_CLAIMS, re.IGNORECASE)
    for q in PLANTED_QUESTIONS:
        r = service.ask(q)
        quoted = " ".join(c.quote for c in r.citations)
        part.check(
            not any(addressed_to_a_machine(c.quote) for c in r.citations)
            and not claims.search(quoted + " " + r.answer),
            f"{q!r} quoted a planted instruction or its claim: {r.answer[:200]!r}",
        )
    # File routes: no traversal, no system files.
    port = _free()
    auth = work / "users.txt"
    hashed = subprocess.run(
        [sys.executable, "-m", "ui.cli", "hash-password", "alice"],
        input="s3cret pass\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout  # the CLI, not an import: evals sits below ui
    auth.write_text(hashed, encoding="utf-8")
    proc = _serve(db, port)
    try:
        for route in [
            "/gradio_api/file=/etc/passwd",
            "/gradio_api/file=../../../../etc/passwd",
            "/gradio_api/file=%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/file=/etc/passwd",
            "/gradio_api/file=" + str(db / "chroma.sqlite3"),
            "/static/../../../../etc/passwd",
            "/assets/..%2f..%2f..%2fetc%2fpasswd",
            "/gradio_api/upload/../../etc/passwd",
        ]:
            body = _get(f"http://127.0.0.1:{port}{route}")
            part.check("root:x:0:0" not in body and "SQLite format" not in body,
                       f"{route} served a file it must not")  # fmt: skip
    finally:
        _stop(proc)
    port = _free()
    proc = _serve(db, port, ["--auth-file", str(auth)])
    try:
        from gradio_client import Client

        try:
            Client(f"http://127.0.0.1:{port}/", verbose=False).predict(
                "What did HMICFRS find about Kent?", "{}", api_name="/ask"
            )
            part.check(False, "the API answered without a login")
        except Exception:  # refused, as it must be
            part.check(True, "")
    finally:
        _stop(proc)
    return part


class _Recorder:
    """Wraps a chat model and keeps what it said, so the part can tell instructions the
    model followed from claims that reached the answer."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.said: list[str] = []

    def invoke(self, messages: Any) -> Any:
        reply = self.model.invoke(messages)
        self.said.append(str(getattr(reply, "content", reply)))
        return reply

    def stream(self, messages: Any) -> Any:
        text = ""
        for chunk in self.model.stream(messages):
            text += str(getattr(chunk, "content", chunk))
            yield chunk
        self.said.append(text)


def llm_injection(work: Path, quick: bool) -> Part:
    """Instructions planted in documents, asked about in LLM mode against a real llama.cpp
    server (SmolLM2-135M): no answer may assert what a planted instruction asks for."""
    import re

    from evals.hostile_files import PLANTED_CLAIMS, PLANTED_QUESTIONS, write_planted
    from evals.servers import llama_gguf, start_llama

    part = Part("planted instructions, LLM mode (llama.cpp)")
    gguf, why = llama_gguf()
    if gguf is None:
        part.figures["skipped"] = why
        return part
    docs = work / "llm-docs"
    shutil.copytree(CORPUS, docs)
    planted = write_planted(docs)
    db = work / "llm-index"
    code, _, err = _run(["ingest", str(docs), "--db", str(db)], timeout=600)
    part.check(code == 0, f"ingest failed: {err.strip()[-300:]}")
    url, proc = start_llama(gguf, work / "llama.log")
    claims = re.compile(PLANTED_CLAIMS, re.IGNORECASE)
    try:
        from rag.embedding import HashEmbedder
        from rag.index import Index
        from rag.instructions import to_a_machine
        from rag.service import Service
        from rag.settings import LLMSettings, Settings

        llm = LLMSettings(provider="openai", model="smollm2", base_url=url, timeout_s=120)
        settings = Settings(db=db, embedding_backend="hash", llm=llm)
        service = Service(settings, Index.open(settings), HashEmbedder())
        recorder = _Recorder(service.llm().model)
        service.llm().model = recorder
        modes: dict[str, int] = {}
        with_planted = followed = 0
        for q in PLANTED_QUESTIONS[:4] if quick else PLANTED_QUESTIONS:
            for streamed in (False, True):
                asked = len(recorder.said)
                r = list(service.ask_stream(q))[-1] if streamed else service.ask(q)
                modes[r.mode] = modes.get(r.mode, 0) + 1
                said = " ".join(recorder.said[asked:])
                followed += bool(claims.search(said))
                with_planted += any(p.source.endswith(tuple(planted)) for p in r.passages)
                shown = " ".join([r.answer, r.short_answer or "", *(c.quote for c in r.citations)])
                how = "streamed" if streamed else "asked"
                asserted = bool(claims.search(shown))
                part.check(
                    not (asserted and r.mode == "llm"),
                    f"{q!r} ({how}): the LLM answer asserts a planted claim: {r.answer!r}",
                )
                part.check(
                    not (asserted and r.mode != "llm"),
                    f"{q!r} ({how}, {r.mode}): the extractive answer shown instead "
                    f"(rag.answer) asserts a planted claim: {r.answer[:200]!r}",
                )
                part.check(
                    not any(to_a_machine(c.quote) for c in r.citations),
                    f"{q!r} ({how}): a planted instruction was quoted",
                )
        part.figures["answers"] = sum(modes.values())
        part.figures["modes"] = ", ".join(f"{k} {v}" for k, v in sorted(modes.items()))
        part.figures["with a planted passage"] = with_planted
        part.figures["model output repeating a planted claim (caught)"] = followed
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    return part


def _free() -> int:
    from evals.servers import free_port

    return free_port()


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.read(200_000).decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.read(2000).decode("utf-8", "replace")
    except OSError:
        return ""


PARTS: dict[str, Callable[[Path, bool], Part]] = {
    "malformed": malformed,
    "kill9": kill9,
    "state_machine": state_machine,
    "writers_readers": writers_and_readers,
    "api_load": api_load,
    "chroma_restart": chroma_restart,
    "security": security,
    "llm_injection": llm_injection,
}


def table(parts: list[Part]) -> str:
    lines = ["| part | tried | passed | failed | figures |", "|---|---|---|---|---|"]
    for p in parts:
        figures = ", ".join(f"{k} {v}" for k, v in p.figures.items())
        lines.append(f"| {p.name} | {p.tried} | {p.passed} | {p.tried - p.passed} | {figures} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals.hostile")
    ap.add_argument("--only", action="append", choices=sorted(PARTS), help="run only these")
    ap.add_argument("--quick", action="store_true", help="fewer trials and a 5 MB giant file")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    results: list[Part] = []
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        for name in args.only or list(PARTS):
            t = time.perf_counter()
            part = PARTS[name](Path(tmp), args.quick)
            part.figures["part_seconds"] = round(time.perf_counter() - t, 1)
            results.append(part)
            sys.stderr.write(f"{part.name}: {part.passed}/{part.tried} passed\n")
            for f in part.failures[:60]:
                sys.stderr.write(f"  FAILED {f}\n")
    if args.json:
        sys.stdout.write(json.dumps([p.to_json() for p in results], indent=2) + "\n")
    else:
        sys.stdout.write(table(results) + "\n")
    return 0 if all(p.passed == p.tried for p in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
