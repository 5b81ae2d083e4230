"""The `inspection-qa` command: ingest, search, ask, eval, serve (contract: README).

Thin: parses arguments, builds Settings, calls the library, prints. Library errors become a
one-line message on stderr and an exit code (2: usage/config, 1: partial failure).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rag.errors import ConfigError, IndexNotFound, InspectionQAError, WriterBusy
from rag.settings import Settings

log = logging.getLogger("inspection_qa")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", help="index folder (embedded Chroma); default .data/index or $INSPECTION_QA_DB"
    )
    p.add_argument("--chroma-url", help="use a Chroma server instead (http://HOST:PORT)")
    p.add_argument(
        "--lean-mirror",
        action="store_true",
        help="keep no vectors locally (BM25, texts and metadata only); dense search is sent "
        "to Chroma: for a server collection too large for this machine's memory",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    p.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspection-qa",
        description="Cited answers about police inspection reports and PCC responses.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="index files and folders (default: corpus/)")
    p.add_argument("paths", nargs="*", help=".pdf .docx .html .htm .md .txt files or folders")
    _common(p)

    for name, helptext in (("search", "ranked passages"), ("ask", "an answer with citations")):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("query", nargs="?", help="the question")
        p.add_argument("-k", type=int, help="number of passages (default 5)")
        p.add_argument(
            "--where",
            action="append",
            default=[],
            metavar="KEY=VALUE",
            help="filter: doc_type, force, doc_id, year (2019 or 2019-2022)",
        )
        p.add_argument("--batch", type=Path, help="JSONL file of {id, question} objects")
        _common(p)

    p = sub.add_parser("eval", help="run a question set and report metrics")
    p.add_argument("questions", nargs="?", type=Path, help="question set (default: dev set)")
    p.add_argument("--out", type=Path, help="write report.md, results.jsonl and charts here")
    p.add_argument("--compare", type=Path, help="an earlier --out folder to compare with")
    p.add_argument(
        "--baselines",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="measure BM25-only, dense-only and naive LangChain baselines too",
    )
    p.add_argument("--limit", type=int, help="only the first N questions")
    _common(p)

    p = sub.add_parser(
        "draft-questions", help="draft candidate evaluation questions from a document"
    )
    p.add_argument("file", type=Path, help="a document (.pdf .docx .html .md .txt)")
    p.add_argument("--limit", type=int, default=20)
    _common(p)

    p = sub.add_parser(
        "recommendations",
        help="the recommendations ledger: findings, PCC responses, the s55 56-day clock",
    )
    p.add_argument("--report", metavar="DOC_ID", help="one report")
    p.add_argument("--force", help="one force's reports (and reports its PCC answered)")
    p.add_argument("--format", choices=["json", "csv", "xlsx"], help="write a file (with --out)")
    p.add_argument("--out", type=Path, help="file to write (csv or xlsx)")
    _common(p)

    p = sub.add_parser("grades", help="PEEL grades as data: each force's rounds side by side")
    p.add_argument("--force", help="one force")
    _common(p)

    p = sub.add_parser(
        "brief",
        help="a briefing pack for one force: reports, grades, findings and responses, s55, "
        "cited answers on a topic",
    )
    p.add_argument("--force", required=True, help="the force the pack is about")
    p.add_argument("--topic", help="also answer a few standard questions on this topic")
    p.add_argument("--since", type=int, metavar="YEAR", help="reports published from YEAR")
    p.add_argument("--out", type=Path, required=True, help="FILE.docx or FILE.md")
    _common(p)

    p = sub.add_parser("hash-password", help="print a user:hash line for --auth-file")
    p.add_argument("user")
    _common(p)

    p = sub.add_parser("serve", help="the Gradio chat UI")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument(
        "--auth-file", type=Path, help="file of user:scrypt-hash lines (see hash-password)"
    )
    p.add_argument("--allow-upload", action="store_true", help="let users add documents")
    p.add_argument(
        "--ingest-on-start",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="ingest these paths (default corpus/) first if the index is missing or stale",
    )
    p.add_argument("--no-browser", action="store_true", help="do not open a browser")
    p.add_argument(
        "--data-dir",
        help="feedback and uploads (default: beside the index; in server mode "
        "~/.local/share/inspection-qa/<server>)",
    )
    _common(p)
    return parser


def settings_from_args(args: argparse.Namespace, environ: dict[str, str]) -> Settings:
    return Settings.from_env(
        environ,
        db=getattr(args, "db", None),
        chroma_url=getattr(args, "chroma_url", None),
        mirror_vectors=False if getattr(args, "lean_mirror", False) else None,
        k=getattr(args, "k", None),
        data_dir=getattr(args, "data_dir", None),
    )


def emit(args: argparse.Namespace, doc: dict[str, Any], human: str) -> None:
    if args.json:
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(human.rstrip() + "\n")
    sys.stdout.flush()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not args.verbose:
        # No model-loading bars on ordinary calls (they stay under --verbose).
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    environ = dict(os.environ)
    try:
        settings = settings_from_args(args, environ)
        from ui import commands

        handler = getattr(commands, f"cmd_{args.command.replace('-', '_')}")
        return int(handler(args, settings))
    except (ConfigError, WriterBusy, IndexNotFound) as exc:
        sys.stderr.write(f"inspection-qa: {exc}\n")
        return 2
    except InspectionQAError as exc:
        sys.stderr.write(f"inspection-qa: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("inspection-qa: interrupted\n")
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
