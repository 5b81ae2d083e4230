"""Ingest against a real Chroma with real files. Plumbing uses the hash embedder; the
corpus test uses the real model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.parsing import ParsePool
from ingest.pipeline import ingest_paths
from rag.errors import WriterBusy
from rag.index import Index, writer_lock
from rag.settings import Settings
from tests.conftest import ROOT
from tests.fixtures.files import make_bad_inputs, make_docx, make_html, make_pdf


def _stored(settings: Settings) -> tuple[set[str], dict[str, list[str]]]:
    index = Index.open(settings)
    ids = index.store.chunk_ids()
    per_doc: dict[str, list[str]] = {}
    for chunk in index.store.iter_all():
        per_doc.setdefault(str(chunk.metadata["doc_id"]), []).append(chunk.id)
    return ids, per_doc


def test_incremental_cycle(settings: Settings, small_corpus: Path, hash_embedder) -> None:
    first = ingest_paths(settings, [small_corpus], embedder=hash_embedder)
    assert (first.added, first.updated, first.removed, first.failed) == (5, 0, 0, [])
    assert first.documents == 5 and first.chunks > 5

    again = ingest_paths(settings, [small_corpus], embedder=hash_embedder)
    assert (again.added, again.updated, again.unchanged, again.removed) == (0, 0, 5, 0)

    doc = small_corpus / "kent-peel-2021-22.md"
    doc.write_text(doc.read_text() + "\n\nA new closing paragraph about Kent's progress.\n")
    edited = ingest_paths(settings, [small_corpus], embedder=hash_embedder)
    assert (edited.added, edited.updated, edited.unchanged) == (0, 1, 4)

    (small_corpus / "dc-peel-2021-22.md").unlink()
    removed = ingest_paths(settings, [small_corpus], embedder=hash_embedder)
    assert (removed.removed, removed.documents) == (1, 4)

    ids, per_doc = _stored(settings)
    records = Index.open(settings).store.file_records()
    expected = {i for r in records.values() for i in r.chunk_ids}
    assert ids == expected  # no orphans, no duplicates
    assert "dc-peel-2021-22" not in per_doc
    kent = Index.open(settings).store.get(list(records[str(doc)].chunk_ids))
    assert any("new closing paragraph" in c.text for c in kent)


def test_metadata_from_manifest_and_front_matter(
    settings: Settings, small_corpus: Path, hash_embedder
) -> None:
    ingest_paths(settings, [small_corpus], embedder=hash_embedder)
    records = {r.doc_id: r.meta for r in Index.open(settings).store.file_records().values()}
    user = records["devon-cornwall-pcc-response-ncpi-2019-thematic"]
    assert user["doc_type"] == "pcc_response" and user["year"] == 2020
    assert user["responds_to"] == "hmicfrs-ncpi-2019-thematic-report-2020"
    peel = records["dc-peel-2021-22"]
    assert (peel["force"], peel["published"], peel["year"]) == (
        "Devon and Cornwall Police",
        "2023-02-02",
        2023,
    )


def test_formats_and_bad_inputs(settings: Settings, tmp_path: Path, hash_embedder) -> None:
    docs = tmp_path / "mixed"
    docs.mkdir()
    pdf = make_pdf(docs / "cumbria-peel.pdf")
    make_docx(docs / "suffolk-response.docx")
    make_html(docs / "dorset.html")
    expected = make_bad_inputs(docs / "bad", pdf)
    big = docs / "big.txt"
    big.write_text("word " * 300_000)
    report = ingest_paths(
        settings.replace(max_file_bytes=1_000_000), [docs], embedder=hash_embedder
    )
    failed = {Path(f["path"]).name: f["error"] for f in report.failed}
    assert set(failed) == set(expected) | {"big.txt"}
    for name, fragment in expected.items():
        assert fragment in failed[name], (name, failed[name])
        assert "\n" not in failed[name]
    assert "over the 1 MB limit" in failed["big.txt"]
    assert report.added == 3 and report.exit_code == 1

    store = Index.open(settings).store
    meta = {r.doc_id: r.meta for r in store.file_records().values()}
    pdf_meta = meta["cumbria-peel"]
    assert pdf_meta["doc_type"] == "inspection_report"
    assert pdf_meta["published"] == "2023-06-14"
    chunks = [c for c in store.iter_all() if c.metadata["doc_id"] == "cumbria-peel"]
    pages = {c.metadata.get("page") for c in chunks}
    assert pages >= {1, 2, 3}
    text = " ".join(c.text for c in chunks)
    assert "Page 1 of" not in text and "PEEL 2023\n" not in text  # running lines gone
    assert any(c.metadata["section"].startswith("2. Crime recording") for c in chunks)
    docx = meta["suffolk-response"]
    assert docx["doc_type"] == "pcc_response"
    assert docx["title"] == "Response to the Suffolk PEEL inspection"
    docx_text = " ".join(
        c.text for c in store.iter_all() if c.metadata["doc_id"] == "suffolk-response"
    )
    assert "Responding to the public | Inadequate" in docx_text
    html_text = " ".join(c.text for c in store.iter_all() if c.metadata["doc_id"] == "dorset")
    assert "cookies" not in html_text and "Facebook" not in html_text
    assert "Privacy" not in html_text and "Too many children were held" in html_text
    assert meta["dorset"]["published"] == "2021-09-15"

    # The failures did not land; fixing one file later lands it.
    (docs / "bad" / "blank.md").write_text("# Fixed\n\nNow it has text about Kent Police.\n")
    second = ingest_paths(
        settings.replace(max_file_bytes=1_000_000), [docs], embedder=hash_embedder
    )
    assert second.added == 1 and second.unchanged == 3


def test_failed_update_keeps_previous_version(
    settings: Settings, small_corpus: Path, hash_embedder
) -> None:
    ingest_paths(settings, [small_corpus], embedder=hash_embedder)
    target = small_corpus / "kent-peel-2021-22.md"
    before = Index.open(settings).store.file_records()[str(target)]
    target.write_text("---\nid: [unclosed\n---\nbody\n")  # broken front matter
    report = ingest_paths(settings, [small_corpus], embedder=hash_embedder)
    assert report.failed and "front matter" in report.failed[0]["error"]
    after = Index.open(settings).store.file_records()[str(target)]
    assert after == before
    assert len(Index.open(settings).store.get(list(before.chunk_ids))) == len(before.chunk_ids)


@pytest.mark.parametrize("ahead", [0, 4])
def test_parse_time_limit(tmp_path: Path, ahead: int) -> None:
    slow = tmp_path / "slow.txt"
    slow.write_text(("A sentence about the police. " * 20 + "\n") * 20000)
    quick = tmp_path / "quick.txt"
    quick.write_text("A short note about Kent Police.\n")
    with ParsePool(workers=1, timeout_s=0.05, ahead=ahead) as pool:
        results = dict(pool.parse_all([slow, quick]))
    assert "longer than 0.05s" in str(results[slow])
    with ParsePool(workers=1, timeout_s=30) as pool:
        results = dict(pool.parse_all([quick]))
    assert not isinstance(results[quick], str)


@pytest.mark.parametrize("ahead", [0, 4])
def test_killed_parse_workers_are_reported_and_the_batch_goes_on(
    tmp_path: Path, ahead: int
) -> None:
    """kill -9 of every worker mid-parse (as the OOM killer would): the file being parsed is
    reported, the others still parse, nothing hangs."""
    import threading

    slow = tmp_path / "stuck.txt"
    os.mkfifo(slow)  # reading a FIFO with no writer blocks: a parser that never returns
    quick = tmp_path / "quick.txt"
    quick.write_text("A short note about Kent Police.\n")
    results: dict[Path, object] = {}
    with ParsePool(workers=1, timeout_s=120, ahead=ahead) as pool:

        def run() -> None:
            results.update(pool.parse_all([slow, quick]))

        worker = threading.Thread(target=run)
        started = time.monotonic()
        worker.start()
        while not any(w.task for w in pool._pool) and time.monotonic() - started < 30:
            time.sleep(0.1)
        time.sleep(1.0)  # the worker is blocked reading the stuck file
        for pid in pool.worker_pids():
            os.kill(pid, signal.SIGKILL)
        worker.join(timeout=60)
        assert not worker.is_alive(), "parse_all hung after its worker died"
        pids = pool.worker_pids()
    assert "the parser process died (signal 9)" in str(results[slow])
    assert not isinstance(results[quick], str)
    assert time.monotonic() - started < 60
    for pid in pids:  # the pool's workers are gone after it closes
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_second_writer_gets_clear_error(settings: Settings) -> None:
    held = writer_lock(settings)
    with held, pytest.raises(WriterBusy, match="another ingest"), writer_lock(settings):
        pass


def _cli(args: list[str], env: dict[str, str], **kw) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ui.cli", *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


def test_killed_ingest_is_repaired(tmp_path: Path, small_corpus: Path) -> None:
    """Kill an ingest mid-way; the next run leaves no orphan or duplicate chunks."""
    env = {**os.environ, "INSPECTION_QA_EMBEDDING_BACKEND": "hash"}
    db = tmp_path / "index"
    many = small_corpus / "many"
    many.mkdir()
    for i in range(60):
        (many / f"doc{i}.md").write_text(f"# Doc {i}\n\n" + f"Paragraph {i} about Kent. " * 400)
    proc = _cli(["ingest", str(small_corpus), "--db", str(db), "--json"], env)
    deadline = time.time() + 60
    while time.time() < deadline and not (db / "chroma.sqlite3").exists():
        time.sleep(0.05)
    time.sleep(1.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    landed = len(Index.open(Settings(db=db)).store.file_records())
    assert landed < 65, "the kill should land mid-ingest"
    done = _cli(["ingest", str(small_corpus), "--db", str(db), "--json"], env)
    out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    report = json.loads(out)
    assert report["documents"] == 65
    settings = Settings(db=db)
    ids, _ = _stored(settings)
    records = Index.open(settings).store.file_records()
    expected = [i for r in records.values() for i in r.chunk_ids]
    assert len(expected) == len(set(expected)) and ids == set(expected)
    assert report["chunks"] == len(ids)


def test_cli_ingest_exit_codes(tmp_path: Path, small_corpus: Path) -> None:
    env = {**os.environ, "INSPECTION_QA_EMBEDDING_BACKEND": "hash"}
    db = tmp_path / "index"
    out, err = _cli(["ingest", str(small_corpus), "--db", str(db), "--json"], env).communicate()
    report = json.loads(out)
    assert set(report) >= {
        "documents",
        "chunks",
        "added",
        "updated",
        "unchanged",
        "removed",
        "failed",
        "seconds",
    }
    (small_corpus / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    proc = _cli(["ingest", str(small_corpus), "--db", str(db), "--json"], env)
    out, _ = proc.communicate()
    assert proc.returncode == 1
    assert json.loads(out)["failed"][0]["path"].endswith("broken.pdf")
    proc = _cli(["ingest", str(tmp_path / "missing"), "--db", str(db)], env)
    out, err = proc.communicate()
    assert proc.returncode == 2 and "no such file or folder" in err and out == ""


@pytest.mark.slow
def test_corpus_with_real_model(corpus_index) -> None:
    settings, report = corpus_index
    assert report.documents == 45 and report.failed == []
    meta = {r.doc_id: r.meta for r in Index.open(settings).store.file_records().values()}
    assert len(meta) == 45
    for m in meta.values():
        assert m["title"] and m["doc_type"] in (
            "inspection_report",
            "thematic_report",
            "pcc_response",
        )
        assert isinstance(m["year"], int)
    user = meta["devon-cornwall-opcc-response-hmic-child-protection-2015"]
    assert user["responds_to"] == "hmic-ncpi-devon-cornwall-2015"


def test_readers_keep_working_during_another_process_ingest(
    tmp_path: Path, small_corpus: Path
) -> None:
    """Embedded mode: an app process keeps answering while a CLI ingest writes, and sees the
    new documents afterwards without a restart."""
    from rag.service import Service

    env = {**os.environ, "INSPECTION_QA_EMBEDDING_BACKEND": "hash"}
    db = tmp_path / "index"
    settings = Settings(db=db, embedding_backend="hash")
    ingest_paths(settings, [small_corpus])
    reader = Service.open(settings)
    reader.index.refresh_interval_s = 0.0
    extra = small_corpus / "extra"
    extra.mkdir()
    for i in range(40):
        (extra / f"zeta{i}.md").write_text(
            f"# Zeta report {i}\n\n" + f"Zetaquux findings number {i}. " * 300
        )
    proc = _cli(["ingest", str(small_corpus), "--db", str(db), "--json"], env)
    errors: list[BaseException] = []
    while proc.poll() is None:
        try:
            reader.ask("What grades did Kent Police get?")
            docs = reader.documents()  # the library tab and the document view read too
            info, chunks = reader.document_text(docs[-1].doc_id)
            assert chunks and info.chunks == len(chunks)
        except BaseException as exc:  # the assertion below reports them
            errors.append(exc)
    assert proc.returncode == 0 and errors == []
    found = reader.search("Zetaquux findings", k=3)
    assert all(p.doc_id.startswith("zeta") for p in found.passages)


def test_parse_workers_die_with_the_ingest(tmp_path: Path) -> None:
    """kill -9 of the ingest process itself leaves no parse workers behind."""
    stuck = tmp_path / "stuck.txt"
    os.mkfifo(stuck)
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from ingest.parsing import ParsePool\n"
        "pool = ParsePool(workers=1, timeout_s=600)\n"
        "it = pool.parse_all([Path(sys.argv[1])])\n"
        "import threading\n"
        "threading.Thread(target=lambda: list(it), daemon=True).start()\n"
        "while not pool.worker_pids(): time.sleep(0.05)\n"
        "print(pool.worker_pids()[0], flush=True)\n"
        "time.sleep(600)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(stuck)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    worker = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            return
        try:  # a zombie child of init counts as gone once reaped; check its state
            state = Path(f"/proc/{worker}/stat").read_text().split()[2]
            if state == "Z":
                return
        except OSError:
            return
        time.sleep(0.2)
    os.kill(worker, signal.SIGKILL)
    pytest.fail("the parse worker outlived the ingest")
