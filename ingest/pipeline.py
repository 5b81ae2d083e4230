"""The ingest pipeline: discover files, skip unchanged ones, parse in a sandbox, chunk, embed,
and commit file by file so that a failure or a kill never leaves the index half-written.

Commit order for a changed file: write its new chunks, then delete its old chunks, then
update its manifest record. A run killed in between leaves chunks the manifest does not
know; the next run's `reconcile` deletes them (no orphans) and re-ingests any file whose
chunks are incomplete (no gaps). Chunk ids are deterministic, so re-writing is idempotent.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ingest.chunking import Chunk, chunk_document, embedding_text
from ingest.document import Parsed, assemble
from ingest.loaders import SUPPORTED
from ingest.metadata import DocMeta, build_meta, read_manifest_csv
from ingest.parsing import ParsePool
from rag.embedding import Embedder, embedder_for
from rag.errors import ConfigError, IngestError
from rag.index import Index, embedded_mirror, writer_lock
from rag.schema import ChunkMeta, Metadata
from rag.settings import Settings
from rag.store import ChromaStore, FileRecord, StoredChunk, sqlite_generation

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
# Called as chunks are embedded: (chunks embedded so far, chunks found so far) in this run.
EmbedProgress = Callable[[int, int], None]
EMBED_REPORT_EVERY = 256  # chunks per embedding call when progress is reported
# Files are embedded and written in groups of about this many chunks: one upsert of 336
# chunks in calls of 8 (a file's worth) took 0.85 s against 0.29 s in calls of 64 (embedded
# Chroma, measured). 1,510 chunks of 189 files, chunks and manifest written per group: 2.00 s
# in groups of 128, 1.70 s of 512, 1.62 s of 1024 (3.5 s with one manifest write per file);
# 512 keeps a group's texts and vectors small (README #14).
WRITE_BATCH_CHUNKS = 512
# Called after a changing run with the chunks written, the ids deleted and the new generation.
OnChange = Callable[[list[StoredChunk], list[str], int], object]


@dataclass
class IngestReport:
    documents: int = 0
    chunks: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    repaired: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "chunks": self.chunks,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
            "repaired": self.repaired,
        }

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


@dataclass(frozen=True)
class Candidate:
    path: Path  # resolved
    display: str  # as the user named it (relative to the working directory when inside it)
    root: Path | None  # the ingested folder it was found in (None: named directly)


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _check_link(cand: Candidate) -> None:
    """A file found in a folder that is a link is followed only to a file inside that
    folder: a link to /etc/passwd is not a document, and a loop never ends."""
    if cand.root is None or not cand.path.is_symlink():
        return
    try:
        target = cand.path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        raise IngestError("a symbolic link that loops or points nowhere: not followed") from exc
    if not target.is_relative_to(cand.root):
        raise IngestError(f"a link to a file outside the folder ({target}): not followed")


def discover(paths: Iterable[Path]) -> tuple[list[Candidate], list[Path]]:
    """Supported files under `paths` (recursively), and the folders that were walked."""
    found: dict[Path, Candidate] = {}
    roots: list[Path] = []
    for given in paths:
        if not given.exists():
            raise ConfigError(f"no such file or folder: {given}")
        resolved = given.resolve()
        if resolved.is_dir():
            roots.append(resolved)
            for dirpath, dirnames, filenames in os.walk(resolved):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    p = Path(dirpath) / name
                    if p.suffix.lower() in SUPPORTED and not name.startswith((".", "~$")):
                        found.setdefault(p, Candidate(p, _display(p), resolved))
        elif resolved.suffix.lower() in SUPPORTED:
            found[resolved] = Candidate(resolved, _display(resolved), None)
        else:
            raise ConfigError(f"{given}: unsupported file type (supported: {', '.join(SUPPORTED)})")
    return sorted(found.values(), key=lambda c: str(c.path)), roots


def chunk_metadata(meta: DocMeta, source: str, chunk: Chunk) -> Metadata:
    """What Chroma stores with each chunk (None values are left out: Chroma has no null)."""
    return ChunkMeta.for_chunk(
        meta,
        source,
        index=chunk.index,
        start=chunk.start,
        end=chunk.end,
        page=chunk.page,
        page_end=chunk.page_end,
        section=chunk.section,
    ).to_chroma()


@dataclass
class _Prepared:
    """A parsed file ready to embed and write."""

    cand: Candidate
    digest: str
    meta: DocMeta
    chunks: list[Chunk]
    texts: list[str]


class Ingestor:
    """Runs ingests against one store with one embedder. Call under the index's write lock."""

    def __init__(
        self,
        settings: Settings,
        store: ChromaStore,
        embedder: Embedder,
        on_change: OnChange | None = None,
        progress: Progress | None = None,
        embedded: EmbedProgress | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.embedder = embedder
        self.on_change = on_change
        self.progress = progress
        self.embedded = embedded
        self._chunks = [0, 0]  # embedded, found (for `embedded`)
        # What this run wrote and deleted, so the search replica is updated, not rescanned.
        self.added: list[StoredChunk] = []
        self.removed: list[str] = []
        self.records: dict[str, FileRecord] = {}  # the manifest after `run`

    # ---- repair ---------------------------------------------------------------------------
    def reconcile(self) -> tuple[dict[str, FileRecord], int]:
        """Make the chunks and the manifest agree; return the trusted records and how many
        chunks/records were repaired."""
        records = self.store.file_records()
        stored = self.store.chunk_ids()
        expected: set[str] = set()
        trusted: dict[str, FileRecord] = {}
        repaired = 0
        for key, rec in records.items():
            if set(rec.chunk_ids) <= stored:
                trusted[key] = rec
                expected.update(rec.chunk_ids)
            else:
                # Chunks missing: forget the hash so the file is re-ingested.
                trusted[key] = FileRecord(rec.path, "", rec.doc_id, rec.chunk_ids, rec.meta)
                expected.update(set(rec.chunk_ids) & stored)
                repaired += 1
        orphans = stored - expected
        if orphans:
            log.warning("removing %d orphan chunks left by an interrupted ingest", len(orphans))
            self.store.delete(sorted(orphans))
            self.removed.extend(orphans)
            repaired += len(orphans)
        return trusted, repaired

    # ---- run ------------------------------------------------------------------------------
    def run(self, paths: list[Path]) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()
        candidates, roots = discover(paths)
        if not self.settings.server_mode:
            _forget_manifest_cache(self.settings)  # written again only after a whole run
        records, report.repaired = self.reconcile()
        changed = report.repaired > 0

        todo: list[tuple[Candidate, str, dict[str, str]]] = []
        seen: set[str] = set()
        for cand, digest, declared in _digests(
            candidates, self.settings, self.embedder.name, report.failed
        ):
            key = str(cand.path)
            seen.add(key)
            if digest is None:
                continue
            rec = records.get(key)
            if rec is not None and rec.sha256 == digest:
                report.unchanged += 1
                continue
            todo.append((cand, digest, declared))

        doc_owner = {rec.doc_id: path for path, rec in records.items()}
        if todo:
            pending: list[_Prepared] = []

            def flush() -> None:
                for outcome in self._write(pending, records):
                    if outcome == "added":
                        report.added += 1
                    else:
                        report.updated += 1
                pending.clear()

            with ParsePool(
                workers=min(2, len(todo)),
                timeout_s=self.settings.parse_timeout_s,
                ahead=self.settings.parse_ahead,
            ) as pool:
                by_path = {c.path: (c, d, m) for c, d, m in todo}
                for i, (path, parsed) in enumerate(pool.parse_all([c.path for c, _, _ in todo])):
                    cand, digest, declared = by_path[path]
                    if self.progress:
                        self.progress(i + 1, len(todo), cand.display)
                    if isinstance(parsed, str):
                        report.failed.append({"path": cand.display, "error": parsed})
                        continue
                    try:
                        prepared = self._prepare(cand, digest, declared, parsed, records, doc_owner)
                    except IngestError as exc:
                        report.failed.append({"path": cand.display, "error": str(exc)})
                        continue
                    pending.append(prepared)
                    changed = True
                    if sum(len(p.chunks) for p in pending) >= WRITE_BATCH_CHUNKS:
                        flush()
                flush()

        # Files gone from an ingested folder.
        for key, rec in list(records.items()):
            if key in seen:
                continue
            if any(Path(key).is_relative_to(root) for root in roots):
                self.store.delete(rec.chunk_ids)
                self.removed.extend(rec.chunk_ids)
                self.store.delete_file(key)
                records.pop(key)
                report.removed += 1
                changed = True

        if changed:
            generation = self.store.bump_generation()
            if self.on_change is not None:
                self.on_change(self.added, self.removed, generation)
        report.documents = len(records)
        report.chunks = self.store.count()
        report.seconds = time.perf_counter() - started
        self.records = records
        return report

    def _prepare(
        self,
        cand: Candidate,
        digest: str,
        declared: dict[str, str],
        parsed: Parsed,
        records: dict[str, FileRecord],
        doc_owner: dict[str, str],
    ) -> _Prepared:
        """A parsed file's metadata, chunks and the texts to embed; claims its document id."""
        key = str(cand.path)
        clean = assemble(parsed.blocks)
        if not clean.text.strip():
            raise IngestError("no text found in the file")
        merged = {
            **{k: v for k, v in parsed.meta.items() if v},
            **{k: v for k, v in declared.items() if v},
        }
        if "published" in parsed.meta and not declared.get("published"):
            merged["published"] = parsed.meta["published"][:10]
        meta = build_meta(merged, parsed.blocks, clean.text, cand.path)
        owner = doc_owner.get(meta.id)
        if owner is not None and owner != key and not merged.get("id"):
            # The same name in two formats ("report.pdf", "report.docx"): the id came from
            # the file name, so this one takes its format too ("report-docx").
            meta = dataclasses.replace(meta, id=f"{meta.id}-{cand.path.suffix.lstrip('.').lower()}")
            owner = doc_owner.get(meta.id)
        if owner is not None and owner != key:
            raise IngestError(
                f"document id {meta.id!r} is already used by {_display(Path(owner))}; "
                "give this file its own id (front matter or manifest.csv)"
            )
        count = self.embedder.count_tokens
        chunks = chunk_document(meta.id, clean, count, self.settings.chunk_max_tokens)
        if not chunks:
            raise IngestError("no text found in the file")
        texts = [
            embedding_text(c, meta.title, count, self.settings.context_max_tokens) for c in chunks
        ]
        old = records.get(key)
        if old is not None and old.doc_id != meta.id and doc_owner.get(old.doc_id) == key:
            doc_owner.pop(old.doc_id)  # the file's old id is free again
        doc_owner[meta.id] = key
        return _Prepared(cand, digest, meta, chunks, texts)

    def _write(self, batch: list[_Prepared], records: dict[str, FileRecord]) -> list[str]:
        """Embed and store several files' chunks together (fewer, fuller model and Chroma
        calls: `WRITE_BATCH_CHUNKS`), then per file: stale chunks out, manifest record in.
        A crash part-way leaves chunks without a record, which `reconcile` removes."""
        if not batch:
            return []
        vectors = self._embed([t for p in batch for t in p.texts])
        stored = [
            StoredChunk(c.id, c.text, chunk_metadata(p.meta, p.cand.display, c))
            for p in batch
            for c in p.chunks
        ]
        self.store.upsert(stored, vectors)
        self.added.extend(
            StoredChunk(c.id, c.text, c.metadata, v) for c, v in zip(stored, vectors, strict=True)
        )
        outcomes = []
        stale: list[str] = []
        written: list[FileRecord] = []
        for p in batch:
            key = str(p.cand.path)
            old = records.get(key)
            if old is not None:
                new_ids = {c.id for c in p.chunks}
                stale.extend(i for i in old.chunk_ids if i not in new_ids)
            written.append(
                FileRecord(
                    key,
                    p.digest,
                    p.meta.id,
                    tuple(c.id for c in p.chunks),
                    {**p.meta.as_dict(), "source": p.cand.display, "chunks": len(p.chunks)},
                )
            )
            outcomes.append("updated" if old is not None else "added")
        # Stale chunks out, then the group's records in, one write each. Killed before the
        # records land, an updated file's old record names chunks now gone: `reconcile`
        # re-ingests it and drops the new chunks no record names.
        self.store.delete(stale)
        self.removed.extend(stale)
        self.store.put_files(written)
        records.update((r.path, r) for r in written)
        return outcomes

    def _embed(self, texts: list[str]) -> np.ndarray:
        """The chunks' vectors; with an `embedded` callback, in slices reported as they
        finish (a long document would otherwise be silent for minutes)."""
        if self.embedded is None:
            return self.embedder.embed(texts, progress=len(texts) > EMBED_REPORT_EVERY)
        self._chunks[1] += len(texts)
        parts = []
        for at in range(0, len(texts), EMBED_REPORT_EVERY):
            parts.append(self.embedder.embed(texts[at : at + EMBED_REPORT_EVERY]))
            self._chunks[0] += len(parts[-1])
            self.embedded(*self._chunks)
        return parts[0] if len(parts) == 1 else np.concatenate(parts)


def _digests(
    candidates: list[Candidate], settings: Settings, model: str, failed: list[dict[str, str]]
) -> Iterable[tuple[Candidate, str | None, dict[str, str]]]:
    """Each candidate with its digest and declared metadata (digest None: it failed, and
    `failed` says why; a bad manifest.csv is reported there once)."""
    manifests: dict[Path, dict[str, dict[str, str]]] = {}
    for cand in candidates:
        folder = cand.path.parent
        if folder not in manifests:
            try:
                manifests[folder] = read_manifest_csv(folder)
            except IngestError as exc:
                failed.append({"path": _display(folder / "manifest.csv"), "error": str(exc)})
                manifests[folder] = {}
        declared = manifests[folder].get(cand.path.name, {})
        try:
            _check_link(cand)
            size = cand.path.stat().st_size
            if size > settings.max_file_bytes:
                raise IngestError(
                    f"file is {size / 1e6:.1f} MB, over the "
                    f"{settings.max_file_bytes / 1e6:.0f} MB limit (max_file_bytes)"
                )
            digest = _digest(cand.path, declared, settings, model)
        except (OSError, IngestError) as exc:
            failed.append({"path": cand.display, "error": _reason(exc)})
            yield cand, None, declared
            continue
        yield cand, digest, declared


# ---- the unchanged-ingest shortcut -------------------------------------------------------
# Embedded mode keeps, beside the index, what the last complete ingest left: every file's
# digest and the chunk count, stamped with the collection's generation. When the generation
# read from Chroma's SQLite file still matches and every file's digest is unchanged, the
# ingest is reported without opening Chroma (no chromadb import: ~1-2 s of a no-op run).
# Deleted at the start of every run that may write, so an interrupted run never leaves one.
MANIFEST_CACHE = "manifest-cache.json"


def _forget_manifest_cache(settings: Settings) -> None:
    with contextlib.suppress(OSError):
        (settings.db / MANIFEST_CACHE).unlink(missing_ok=True)


def _write_manifest_cache(
    settings: Settings, generation: int, records: dict[str, FileRecord], chunks: int
) -> None:
    doc = {
        "collection": settings.collection,
        "generation": generation,
        "chunks": chunks,
        "files": {path: rec.sha256 for path, rec in records.items()},
    }
    tmp = settings.db / f"{MANIFEST_CACHE}.tmp-{os.getpid()}"
    try:
        tmp.write_text(json.dumps(doc))
        tmp.replace(settings.db / MANIFEST_CACHE)
    except OSError as exc:  # a read-only folder: every run opens Chroma, nothing worse
        log.info("could not write %s (%s)", tmp, exc)


def _unchanged(
    settings: Settings, paths: list[Path], model: str, started: float
) -> IngestReport | None:
    """The report of a run with nothing to do, or None when anything may need doing (a new,
    changed, failing or removed file, a repair, a missing replica): then the full run."""
    try:
        cached = json.loads((settings.db / MANIFEST_CACHE).read_text())
        files: dict[str, str] = cached["files"]
        if cached["collection"] != settings.collection or not isinstance(files, dict):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not (embedded_mirror(settings) / "stamp.json").is_file():
        return None
    if sqlite_generation(settings.db, settings.collection) != cached.get("generation"):
        return None
    candidates, roots = discover(paths)
    failed: list[dict[str, str]] = []
    seen: set[str] = set()
    for cand, digest, _ in _digests(candidates, settings, model, failed):
        if digest is None or files.get(str(cand.path)) != digest:
            return None
        seen.add(str(cand.path))
    if failed or any(
        key not in seen and any(Path(key).is_relative_to(root) for root in roots) for key in files
    ):
        return None
    return IngestReport(
        documents=len(files),
        chunks=int(cached["chunks"]),
        unchanged=len(seen),
        seconds=time.perf_counter() - started,
    )


def _digest(path: Path, declared: dict[str, str], settings: Settings, model: str) -> str:
    """Content hash plus everything that changes the stored chunks (metadata, chunking)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    h.update(
        json.dumps(
            [
                declared,
                settings.chunk_max_tokens,
                settings.context_max_tokens,
                model,
                PIPELINE_VERSION,
            ],
            sort_keys=True,
        ).encode()
    )
    return h.hexdigest()


# Bump when loaders or chunking change in ways that should re-ingest existing files.
PIPELINE_VERSION = 4  # 2: canonical forces, clean titles; 3: no heading-only chunks;
# 4: numbered list items keep their numbers (Markdown, HTML <ol>, Word numbering); web
# captures titled by their breadcrumb, cookie notices and menu bars dropped


def _reason(exc: Exception) -> str:
    if isinstance(exc, IngestError):
        return str(exc)
    if isinstance(exc, PermissionError):
        return "permission denied: cannot read the file"
    return f"cannot read the file ({type(exc).__name__})"


def ingest_paths(
    settings: Settings,
    paths: list[Path],
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    index: Index | None = None,
    embedded: EmbedProgress | None = None,
) -> IngestReport:
    """Ingest `paths` into the index `settings` names (or the `index` given, e.g. over an
    in-memory Chroma client in tests), under its writer lock."""
    started = time.perf_counter()
    with writer_lock(settings):
        if embedder is None:
            embedder = embedder_for(settings, lazy=True)
        shortcut = index is None and not settings.server_mode
        if shortcut:
            quick = _unchanged(settings, paths, embedder.name, started)
            if quick is not None:
                return quick
        index = index or Index.open(settings, create=True)
        index.begin_change()
        ingestor = Ingestor(
            settings,
            index.store,
            embedder,
            on_change=index.apply_change,
            progress=progress,
            embedded=embedded,
        )
        report = ingestor.run(paths)
        if not (index.replica_folder / "stamp.json").exists():
            index.rebuild_replica()
        if shortcut:
            _write_manifest_cache(
                settings, index.store.generation(), ingestor.records, report.chunks
            )
        return report
