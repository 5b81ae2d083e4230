"""Briefing packs: for one force, its reports with dates and grades, every cause of concern,
recommendation and area for improvement with the PCC's response to each (and the gaps), the
s55 clock, and cited answers to a few standard questions on a topic. Every line carries [n]
markers into one source list of the passages cited, each quoted verbatim.

Built from the service's ledger and answers (the composition root's job: `rag` stays a
library); written as Markdown or Word.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from rag.errors import ConfigError
from rag.filters import Filters
from rag.models import AnswerResult, Passage
from ui.format import refusal_text

# Questions asked for --topic, phrased the way staff put them.
TOPIC_QUESTIONS = (
    "What did HMICFRS find about {topic} in {force}?",
    "What has the PCC committed to on {topic} for {force}?",
    "What recommendations or areas for improvement about {topic} were made to {force}?",
)
_KIND = {
    "cause_of_concern": "Cause of concern",
    "recommendation": "Recommendation",
    "area_for_improvement": "Area for improvement",
}
_S55 = {
    "responded_within_56_days": "responded within 56 days",
    "responded_late": "responded after day 56",
    "no_response_overdue": "NO RESPONSE in the library, and day 56 has passed",
    "no_response_not_yet_due": "no response yet; not due",
    "unknown": "day unknown (no full dates)",
    "national": "national report: every PCC responds",
}
_MARKER = re.compile(r"\[(\d+)\]")


class BriefService(Protocol):
    def ledger(self, *, report: str | None = None, force: str | None = None) -> dict[str, Any]: ...
    def ask(self, question: str, *, filters: Filters | None = None) -> AnswerResult: ...
    def passage(self, chunk_id: str) -> Passage | None: ...
    def document_passages(self, doc_id: str) -> list[Passage]: ...


@dataclass
class Source:
    n: int
    title: str
    section: str | None
    page: int | None
    source: str
    quote: str
    chunk_id: str

    def where(self) -> str:
        bits = [self.title]
        if self.section:
            bits.append(self.section.split(" > ")[-1])
        if self.page:
            bits.append(f"p. {self.page}")
        return ", ".join(bits)


@dataclass
class Brief:
    force: str
    topic: str | None
    since: int | None
    generated: str
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    _by_key: dict[tuple[str, str], int] = field(default_factory=dict, repr=False)

    def cite(self, chunk_id: str, quote: str, passage: Passage | None) -> str:
        """The [n] marker of a passage's quote, adding it to the source list once."""
        key = (chunk_id, quote)
        if key not in self._by_key:
            p = passage
            self.sources.append(
                Source(
                    len(self.sources) + 1,
                    p.title if p else chunk_id,
                    p.section if p else None,
                    p.page if p else None,
                    (p.source_url or p.source) if p else "",
                    quote,
                    chunk_id,
                )
            )
            self._by_key[key] = len(self.sources)
        return f"[{self._by_key[key]}]"


def build_brief(
    service: BriefService,
    force: str,
    topic: str | None = None,
    since: int | None = None,
    today: dt.date | None = None,
) -> Brief:
    """The briefing pack for `force` (an unknown force is refused with the valid ones)."""
    ledger = service.ledger(force=force)
    reports = [
        r
        for r in ledger["reports"]
        if since is None or not r.get("published") or int(r["published"][:4]) >= since
    ]
    name = next((r["force"] for r in reports if r.get("force")), force)
    brief = Brief(name, topic, since, (today or dt.date.today()).isoformat())

    def cite(chunk_id: str, quote: str) -> str:
        return brief.cite(chunk_id, quote, service.passage(chunk_id))

    def cite_document(doc_id: str) -> str:
        """A document's opening line (its title, as it prints it), cited."""
        chunks = service.document_passages(doc_id)
        if not chunks:
            return ""
        first = chunks[0]
        line = first.text.split("\n", 1)[0].strip()
        return brief.cite(first.chunk_id, line, first) if line else ""

    lines: list[str] = []
    for r in reports:
        ref = cite_document(r["doc_id"])
        when = r.get("published") or "undated"
        lines.append(f"{r['title']} (published {when}) {ref}".strip())
        for g in r.get("grades", []):
            lines.append(f"    {g['area']}: {g['grade']} {cite(g['chunk_id'], g['quote'])}")
        if r.get("scale") == "four-tier":
            lines.append("    (four-tier scale, before 2021/22: not comparable with later grades)")
    brief.sections.append(("Inspection reports and grades", lines or ["No reports in range."]))

    lines = []
    for r in reports:
        for f in r["findings"]:
            label = f"{_KIND[f['kind']]} {f['number'] or ''}".strip()
            due = f" (due {f['deadline']})" if f.get("deadline") else ""
            text = " ".join(f["text"].split())
            lines.append(f"{label}{due}: {text} {cite(f['chunk_id'], f['text'])}")
            for link in f["responses"]:
                quote = " ".join(link["quote"].split())
                lines.append(
                    f"    PCC response ({link['status']}): {quote} "
                    f"{cite(link['chunk_id'], link['quote'])}"
                )
            if not f["responses"]:
                lines.append("    GAP: no response in the library addresses this.")
    brief.sections.append(("Findings and the PCC's responses", lines or ["No findings extracted."]))

    lines = []
    for r in reports:
        s55 = r.get("s55") or {}
        status = _S55.get(str(s55.get("status")), str(s55.get("status")))
        due = f"; day 56 is {s55['due']}" if s55.get("due") else ""
        lines.append(f"{r['title']}: {status}{due} {cite_document(r['doc_id'])}".rstrip())
        for resp in r["responses"]:
            day = f"day {resp['day']}" if resp.get("day") is not None else "day unknown"
            lines.append(
                f"    {resp['title']} (published {resp.get('published') or '?'}): {day} "
                f"{cite_document(resp['doc_id'])}".rstrip()
            )
    brief.sections.append(("Section 55 timeliness", lines or ["No reports in range."]))

    if topic:
        lines = []
        for template in TOPIC_QUESTIONS:
            question = template.format(topic=topic, force=name)
            result = service.ask(question)
            lines.append(f"Q: {question}")
            if result.abstained:
                lines.append(f"    Not found in the documents. {refusal_text(result.answer)}")
                continue
            numbers = {c.n: cite(c.chunk_id, c.quote) for c in result.citations}
            answer = _renumber(result.answer, numbers)
            if result.short_answer:
                lines.append(f"    Answer: {result.short_answer}")
            lines.append("    " + " ".join(answer.split()))
        brief.sections.append((f"On {topic}", lines))
    return brief


def _renumber(answer: str, numbers: dict[int, str]) -> str:
    """An answer's own [n] markers as the brief's source numbers."""
    return _MARKER.sub(lambda m: numbers.get(int(m.group(1)), m.group(0)), answer)


def brief_markdown(brief: Brief) -> str:
    head = f"# Briefing: {brief.force}"
    scope = [f"Generated {brief.generated}"]
    if brief.since:
        scope.append(f"reports since {brief.since}")
    if brief.topic:
        scope.append(f"topic: {brief.topic}")
    out = [head, "", f"_{'; '.join(scope)}. Every line cites its source; sources below._", ""]
    for title, lines in brief.sections:
        out += [f"## {title}", ""]
        for line in lines:
            indent = line.startswith("    ")
            out.append(("  - " if indent else "- ") + _escape(line.strip()))
        out.append("")
    out += ["## Sources", ""]
    for s in brief.sources:
        out.append(f"[{s.n}] {_escape(s.where())}, {s.source}")
        out.append(f"> {_escape(' '.join(s.quote.split()))}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _escape(text: str) -> str:
    """Document text is untrusted: no Markdown or HTML it could smuggle in renders."""
    return re.sub(r"([\\`*_<>#|])", r"\\\1", text)


def brief_docx(brief: Brief, path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading(f"Briefing: {brief.force}", level=1)
    scope = f"Generated {brief.generated}" + (
        f"; reports since {brief.since}" if brief.since else ""
    )
    scope += f"; topic: {brief.topic}" if brief.topic else ""
    d.add_paragraph().add_run(
        scope + ". Every line cites its source; sources at the end."
    ).italic = True
    for title, lines in brief.sections:
        d.add_heading(title, level=2)
        for line in lines:
            para = d.add_paragraph(line.strip())
            if line.startswith("    "):
                para.paragraph_format.left_indent = docx.shared.Cm(1)
    d.add_heading("Sources", level=2)
    for s in brief.sources:
        d.add_paragraph(f"[{s.n}] {s.where()}, {s.source}")  # the label is the number
        d.add_paragraph(" ".join(s.quote.split()), style="Intense Quote")
    d.save(str(path))
    return path


def write_brief(brief: Brief, path: Path) -> Path:
    """Markdown for .md, Word for .docx; anything else is refused."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".md":
            path.write_text(brief_markdown(brief), encoding="utf-8")
            return path
        if suffix == ".docx":
            return brief_docx(brief, path)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from exc
    raise ConfigError(f"--out must end in .md or .docx, not {path.name!r}")
