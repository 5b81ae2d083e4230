"""Command implementations behind the CLI: call the library, format the result."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rag.errors import ConfigError, InspectionQAError, QuestionError
from rag.filters import Filters, parse_where
from rag.jsonl import read_questions
from rag.models import AnswerResult, SearchResult
from rag.settings import Settings


def _open_service(settings: Settings) -> Any:
    """The service with the embedder `settings` asks for (threads, query cache). Imported
    here, not at the top: `--help` and an unchanged `ingest` never load Chroma or a model."""
    from rag.embedding import embedder_for
    from rag.service import Service

    return Service.open(settings, embedder=embedder_for(settings))


def _ingest(settings: Settings, paths: list[Path], **kwargs: Any) -> Any:
    """`ingest_paths` with its progress (files parsed, chunks embedded) on stderr."""
    from ingest.pipeline import ingest_paths
    from ui.progress import IngestProgress

    shown = IngestProgress()
    report = ingest_paths(settings, paths, progress=shown.parsed, embedded=shown.embedded, **kwargs)
    shown.done()
    return report


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    paths = [Path(p) for p in args.paths] or [Path("corpus")]
    report = _ingest(settings, paths)
    lines = [
        f"{report.documents} documents, {report.chunks} chunks in "
        f"{settings.chroma_url or settings.db}",
        f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
        f"removed {report.removed} ({report.seconds:.1f}s)",
    ]
    if report.repaired:
        lines.append(f"repaired {report.repaired} leftovers of an interrupted ingest")
    for failure in report.failed:
        lines.append(f"FAILED {failure['path']}: {failure['error']}")
    from ui.cli import emit

    emit(args, report.as_json(), "\n".join(lines))
    return report.exit_code


def read_batch(path: Path) -> Iterator[dict[str, Any]]:
    """{id, question} objects from a JSONL file; a missing id is the line number."""
    for number, item in read_questions(path):
        item.setdefault("id", str(number))
        yield item


def format_search(result: SearchResult) -> str:
    lines = [f"Searched: {result.searched}"]
    for p in result.passages:
        where = ", ".join(
            x for x in (p.section and f"section {p.section}", p.page and f"page {p.page}") if x
        )
        lines.append(
            f"\n[{p.rank}] {p.title} ({p.doc_type}{', ' + p.force if p.force else ''}"
            f"{', ' + p.published if p.published else ''})"
        )
        lines.append(f"    {p.source}{' - ' + where if where else ''}   score {p.score:.4f}")
        lines.append("    " + " ".join(p.text.split())[:400])
    if not result.passages:
        lines.append("No passages matched.")
    lines[:0] = [f"Note: {n}" for n in result.notices]
    return "\n".join(lines)


def format_answer(result: AnswerResult) -> str:
    lines = [result.answer, ""]
    if result.short_answer and not result.abstained:
        lines.insert(0, f"Answer: {result.short_answer}\n")
    for note in reversed([n for n in (result.notice, *result.notices) if n]):
        lines.insert(0, f"Note: {note}")
    if result.abstained and result.passages:
        lines.append("Nearest passages:")
        for p in result.passages[:3]:
            where = ", ".join(
                x for x in (p.section and f"section {p.section}", p.page and f"page {p.page}") if x
            )
            lines.append(f"  - {p.title}{' - ' + where if where else ''}")
            lines.append(f"    {' '.join(p.text.split())[:200]}")
    for c in result.citations:
        where = ", ".join(
            x for x in (c.section and f"section {c.section}", c.page and f"page {c.page}") if x
        )
        lines.append(f"[{c.n}] {c.title} - {c.source}{' - ' + where if where else ''}")
        lines.append(f'    "{" ".join(c.quote.split())}"')
    lines.append(f"\nSearched: {result.searched}")
    return "\n".join(lines)


def _run_queries(
    args: argparse.Namespace,
    settings: Settings,
    call: Callable[[Any, str, Filters], SearchResult | AnswerResult],
    fmt: Callable[[Any], str],
) -> int:
    from ui.cli import emit

    filters = parse_where(args.where)
    if (args.query is None) == (args.batch is None):
        raise ConfigError("give either a question or --batch FILE (not both)")
    items = list(read_batch(args.batch)) if args.batch else None
    service = _open_service(settings)
    filters = service.check_filters(filters)
    if items is None:
        result = call(service, args.query, filters)
        emit(args, result.to_json(), fmt(result))
        return 0
    failed = 0
    for item in items:
        try:
            result = call(service, str(item["question"]), filters)
            doc = {"id": item["id"], **result.to_json()}
            human = f"## {item['id']}: {item['question']}\n{fmt(result)}\n"
        except QuestionError as exc:
            failed += 1
            doc = {"id": item["id"], "question": item["question"], "error": str(exc)}
            human = f"## {item['id']}: error: {exc}\n"
        emit(args, doc, human)
    return 1 if failed else 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    return _run_queries(
        args, settings, lambda svc, q, f: svc.search(q, k=args.k, filters=f), format_search
    )


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    return _run_queries(
        args, settings, lambda svc, q, f: svc.ask(q, k=args.k, filters=f), format_answer
    )


__all__ = ["InspectionQAError", "cmd_ask", "cmd_eval", "cmd_ingest", "cmd_search", "cmd_serve"]


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from evals.report import compare, compare_text, human_summary, write_report
    from evals.run import default_question_files, load_questions, run_eval
    from ui.cli import emit

    files = [args.questions] if args.questions else default_question_files()
    questions = load_questions(files)
    if args.limit:
        questions = questions[: args.limit]
    # No query cache: the eval's latencies time the model, not a repeat of the same text.
    service = _open_service(settings.replace(query_cache_size=0))
    report = run_eval(service, questions, baselines=args.baselines, progress=sys.stderr.isatty())
    from evals.ledger_eval import score_held

    report["ledger"] = score_held(service.ledger())
    human = human_summary(report)
    for name, result in report["ledger"].items():
        human += (
            f"\n\nLedger vs {name} gold: extraction precision {result['precision']:.2f}, "
            f"recall {result['recall']:.2f}, deadlines {result['deadline_accuracy']:.2f}, "
            f"response links {result['response_links_found']:.2f}, "
            f"statuses {result['response_status_accuracy']:.2f}"
        )
    if args.compare:
        diff = compare(args.compare, report)
        report["compare"] = diff
        human += "\n\n" + compare_text(diff)
    if args.out:
        written = write_report(report, args.out)
        human += "\n\nWrote " + ", ".join(str(p) for p in written)
    report.pop("latencies", None)
    emit(args, report, human)
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import os

    from rag.embedding import embedder_for
    from rag.service import Service

    auth_file = args.auth_file or (
        Path(os.environ["INSPECTION_QA_AUTH_FILE"])
        if os.environ.get("INSPECTION_QA_AUTH_FILE")
        else None
    )
    if auth_file is not None:
        from ui.auth import load_auth

        load_auth(auth_file)  # a missing or malformed file fails now, before anything loads
    embedder = embedder_for(settings, lazy=True)
    if args.ingest_on_start is not None:
        paths = [Path(p) for p in args.ingest_on_start] or [Path("corpus")]
        report = _ingest(settings, paths, embedder=embedder)
        sys.stderr.write(
            f"index: {report.documents} documents, {report.chunks} chunks (added "
            f"{report.added}, updated {report.updated}, removed {report.removed})\n"
        )
        for failure in report.failed:
            sys.stderr.write(f"  failed {failure['path']}: {failure['error']}\n")
    if args.host not in ("127.0.0.1", "localhost", "::1") and auth_file is None:
        sys.stderr.write(
            f"warning: serving on {args.host} without a login; anyone who can reach this "
            "machine can use the app (add --auth-file)\n"
        )
    from ui.app import UIOptions, create_app, launch

    service = Service.open(settings, embedder=embedder)
    app = create_app(service, settings, UIOptions(allow_upload=args.allow_upload))
    sys.stderr.write(f"inspection-qa: serving on http://{args.host}:{args.port}\n")
    launch(
        app, host=args.host, port=args.port, auth_file=auth_file, open_browser=not args.no_browser
    )
    return 0


def cmd_draft_questions(args: argparse.Namespace, settings: Settings) -> int:
    from evals.draft import draft_questions
    from rag.errors import IngestError

    if not args.file.is_file():
        raise ConfigError(f"no such file: {args.file}")
    try:
        rows = draft_questions(args.file, args.limit)
    except IngestError as exc:
        raise ConfigError(f"{args.file}: {exc}") from exc
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    sys.stderr.write(
        f"{len(rows)} candidates: write each question and answer, check the "
        "evidence, then run `inspection-qa eval FILE`\n"
    )
    return 0


def cmd_recommendations(args: argparse.Namespace, settings: Settings) -> int:
    from ui.cli import emit
    from ui.ledger_export import ledger_rows, write_csv, write_xlsx

    if (args.format in ("csv", "xlsx")) != (args.out is not None):
        raise ConfigError("--format csv|xlsx and --out FILE go together")
    service = _open_service(settings)
    try:
        doc = service.ledger(report=args.report, force=args.force)
    except QuestionError as exc:
        raise ConfigError(str(exc)) from exc
    if args.out is not None:
        rows = ledger_rows(doc)
        try:
            (write_csv if args.format == "csv" else write_xlsx)(rows, args.out)
        except OSError as exc:
            raise ConfigError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
        sys.stderr.write(f"wrote {len(rows)} rows to {args.out}\n")
    emit(args, doc, format_ledger(doc))
    return 0


def format_ledger(doc: dict[str, Any]) -> str:
    lines: list[str] = []
    for r in doc["reports"]:
        where = f"{r.get('force') or 'national'}, {r.get('published') or 'undated'}"
        lines.append(f"{r['title']} ({r['doc_id']}, {where})")
        declared = ", ".join(
            f"{k.replace('_', ' ')} {v}" for k, v in r["declared"].items() if v is not None
        )
        found = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in r["found"].items() if v)
        lines.append(f"  declared: {declared or 'none stated'}; found: {found or 'none'}")
        s55 = r.get("s55") or {}
        if s55.get("status") not in (None, "national"):
            due = f", day 56 = {s55['due']}" if s55.get("due") else ""
            lines.append(f"  s55: {s55['status'].replace('_', ' ')}{due}")
        for g in r.get("grades", []):
            lines.append(f"  grade: {g['area']}: {g['grade']}")
        for resp in r["responses"]:
            clock = (
                f"day {resp['day']} ({'within' if resp['within_56_days'] else 'past'} 56 days)"
                if resp["day"] is not None
                else "day unknown (no full dates)"
            )
            lines.append(f"  response {resp['doc_id']}: {clock}")
        for f in r["findings"]:
            statuses = ", ".join(x["status"] for x in f["responses"]) or "NOT ADDRESSED"
            due = f" due {f['deadline']}" if f["deadline"] else ""
            label = f"{f['kind'].replace('_', ' ')} {f['number'] or ''}".strip()
            lines.append(f"  - {label}{due}: {' '.join(f['text'].split())[:110]} [{statuses}]")
        lines.append("")
    for r in doc.get("responses_to_reports_not_held", []):
        lines.append(f"{r['doc_id']}: {r['note']} ({r['responds_to']})")
    return "\n".join(lines) or "No inspection or thematic reports in the library."


def cmd_grades(args: argparse.Namespace, settings: Settings) -> int:
    from ui.cli import emit

    service = _open_service(settings)
    try:
        doc = service.ledger(force=args.force)
    except QuestionError as exc:
        raise ConfigError(str(exc)) from exc
    out = {"peel_grades": doc["peel_grades"]}
    emit(args, out, format_grades(doc["peel_grades"]))
    return 0


def format_grades(tables: list[dict[str, Any]]) -> str:
    """Each force's PEEL rounds side by side, one line per graded area."""
    lines: list[str] = []
    for t in tables:
        rounds = t["rounds"]
        lines.append(f"{t['force']}: PEEL {' | '.join(rounds)}")
        if not t["comparable"]:
            old = [r for r in rounds if t["scales"][r] == "four-tier"]
            lines.append(
                f"  ({', '.join(old)}: four-tier scale, not comparable with the five-tier rounds)"
            )
        width = max((len(a["area"]) for a in t["areas"]), default=10)
        for a in t["areas"]:
            cells = " | ".join(f"{a['grades'].get(r, '-'):<20}" for r in rounds)
            lines.append(f"  {a['area']:<{width}}  {cells}".rstrip())
        lines.append("")
    return "\n".join(lines) or "No PEEL grades in the library."


def cmd_brief(args: argparse.Namespace, settings: Settings) -> int:
    from ui.briefing import build_brief, write_brief

    if args.out.suffix.lower() not in (".md", ".docx"):
        raise ConfigError(f"--out must end in .md or .docx, not {args.out.name!r}")
    service = _open_service(settings)
    try:
        brief = build_brief(service, args.force, args.topic, args.since)
    except QuestionError as exc:
        raise ConfigError(str(exc)) from exc
    write_brief(brief, args.out)
    sys.stderr.write(
        f"wrote {args.out}: {sum(len(lines) for _, lines in brief.sections)} lines, "
        f"{len(brief.sources)} sources\n"
    )
    if args.json:
        sys.stdout.write(json.dumps({"out": str(args.out), "sources": len(brief.sources)}) + "\n")
    return 0


def cmd_hash_password(args: argparse.Namespace, settings: Settings) -> int:
    import getpass

    from ui.auth import hash_password

    password = getpass.getpass("password: ") if sys.stdin.isatty() else sys.stdin.readline()
    password = password.rstrip("\n")
    if not password:
        raise ConfigError("empty password")
    sys.stdout.write(f"{args.user}:{hash_password(password)}\n")
    return 0
