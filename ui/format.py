"""Pure formatting: service results -> chat messages, source cards, document view, briefings.

Everything here is text in, text out (HTML is escaped: documents are untrusted input)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from rag.schema import DOC_TYPES

DOC_TYPE_NAMES = {key: labels[0] for key, labels in DOC_TYPES.items()}
_MARKER = re.compile(r"\[(\d{1,3})\]")


def answer_markdown(result: dict[str, Any]) -> str:
    """The chat message for an answer: markers become links to their source cards; an
    abstention is labelled as such; what was searched is stated."""
    body = _escape_md(result["answer"])
    if result.get("abstained"):
        text = f"**Not found in the documents.** {body}"
    else:
        text = _MARKER.sub(lambda m: f"[[{m.group(1)}]](#source-{m.group(1)})", body)
        if result.get("short_answer"):
            # The direct answer first, then the quotes it comes from.
            short = _escape_md(result["short_answer"])
            text = f"**Answer: {short}**\n\n{text}"

    notes = []
    if result.get("notice"):
        notes.append(f"_Note: {_escape_md(result['notice'])}_")
    notes.append(f"_Searched: {_escape_md(result.get('searched', 'all documents'))}_")
    if result.get("rewritten_question"):
        notes.append(f"_Read as: {_escape_md(result['rewritten_question'])}_")
    return text + "\n\n" + "  \n".join(notes)


def _escape_md(text: str) -> str:
    return html.escape(text, quote=False).replace("*", "\\*").replace("_", "\\_")


def _where(c: dict[str, Any]) -> str:
    parts = []
    if c.get("section"):
        parts.append(f"Section: {c['section']}")
    if c.get("page"):
        parts.append(f"page {c['page']}")
    return ", ".join(parts)


def highlight(text: str, quote: str) -> str:
    """Escaped passage text with the quote wrapped in <mark>."""
    i = text.find(quote) if quote else -1
    if i < 0:
        return html.escape(text)
    return (
        html.escape(text[:i])
        + '<mark class="iqa-quote">'
        + html.escape(quote)
        + "</mark>"
        + html.escape(text[i + len(quote) :])
    )


def source_cards(result: dict[str, Any]) -> str:
    """One card per citation (or, for an abstention, the nearest passages)."""
    passages = {p["chunk_id"]: p for p in result.get("passages", [])}
    cards: list[str] = []
    if result.get("citations"):
        for c in result["citations"]:
            p = passages.get(c["chunk_id"], {})
            cards.append(
                _card(
                    str(c["n"]),
                    p | {"section": c.get("section"), "page": c.get("page")},
                    p.get("text", c["quote"]),
                    c["quote"],
                )
            )
    else:
        for p in result.get("passages", [])[:5]:
            cards.append(_card(f"nearest {p['rank']}", p, p["text"], ""))
    if not cards:
        return '<div class="iqa-empty">Sources appear here.</div>'
    return "\n".join(cards)


def _card(n: str, p: dict[str, Any], text: str, quote: str) -> str:
    title = html.escape(str(p.get("title", "")))
    meta = " · ".join(
        html.escape(str(x))
        for x in (
            DOC_TYPE_NAMES.get(str(p.get("doc_type")), p.get("doc_type")),
            p.get("force"),
            p.get("published"),
        )
        if x
    )
    where = html.escape(_where(p))
    url = p.get("source_url") or ""
    link = (
        f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">source</a>'
        if url.startswith(("http://", "https://"))
        else html.escape(str(p.get("source", "")))
    )
    anchor = f'id="source-{html.escape(n)}"' if n.isdigit() else ""
    return (
        f'<div class="iqa-card" {anchor} data-chunk="{html.escape(str(p.get("chunk_id", "")))}">'
        f'<div class="iqa-card-head"><span class="iqa-n">[{html.escape(n)}]</span> '
        f'<span class="iqa-title">{title}</span></div>'
        f'<div class="iqa-meta">{meta}</div><div class="iqa-where">{where} · {link}</div>'
        f'<div class="iqa-passage">{highlight(text, quote)}</div></div>'
    )


def document_html(
    info: dict[str, Any], chunks: Sequence[tuple[str, str]], chunk_id: str, quote: str
) -> str:
    """A whole document, the cited passage marked (scrolled to by the UI)."""
    parts = [
        f"<h3>{html.escape(str(info.get('title', '')))}</h3>",
        f'<div class="iqa-meta">{html.escape(str(info.get("source", "")))}</div>',
    ]
    for cid, text in chunks:
        if cid == chunk_id:
            parts.append(
                f'<div class="iqa-doc-chunk iqa-hit" id="iqa-hit">{highlight(text, quote)}</div>'
            )
        else:
            parts.append(f'<div class="iqa-doc-chunk">{html.escape(text)}</div>')
    return '<div class="iqa-docbox">' + "\n".join(parts) + "</div>"


def briefing_markdown(turns: Sequence[dict[str, Any]]) -> str:
    """The conversation as a Markdown briefing: questions, answers, full references."""
    lines = ["# Briefing: questions and cited answers", ""]
    for i, t in enumerate(turns, start=1):
        lines += [f"## {i}. {t['question']}", ""]
        if t.get("abstained"):
            lines.append("**Not found in the documents.** " + t["answer"])
        else:
            if t.get("short_answer"):
                lines += [f"**Answer: {t['short_answer']}**", ""]
            lines.append(t["answer"])
        lines += ["", f"_Searched: {t.get('searched', 'all documents')}_", ""]
        for c in t.get("citations", []):
            ref = ", ".join(
                x for x in (c["title"], _where(c), c.get("source_url") or c["source"]) if x
            )
            lines.append(f"[{c['n']}] {ref}")
            lines.append(f"> {' '.join(c['quote'].split())}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def briefing_docx(turns: Sequence[dict[str, Any]], path: str) -> str:
    """The same briefing as a Word document; returns the path."""
    import docx

    d = docx.Document()
    d.add_heading("Briefing: questions and cited answers", level=1)
    for i, t in enumerate(turns, start=1):
        d.add_heading(f"{i}. {t['question']}", level=2)
        if t.get("short_answer") and not t.get("abstained"):
            d.add_paragraph().add_run(f"Answer: {t['short_answer']}").bold = True
        para = d.add_paragraph()
        if t.get("abstained"):
            para.add_run("Not found in the documents. ").bold = True
        para.add_run(t["answer"])
        d.add_paragraph().add_run(f"Searched: {t.get('searched', 'all documents')}").italic = True
        for c in t.get("citations", []):
            ref = ", ".join(
                x for x in (c["title"], _where(c), c.get("source_url") or c["source"]) if x
            )
            # The [n] label is the reference number: no automatic list numbering on top.
            d.add_paragraph(f"[{c['n']}] {ref}")
            d.add_paragraph(" ".join(c["quote"].split()), style="Intense Quote")
    d.save(path)
    return path


def documents_table(docs: Sequence[dict[str, Any]], query: str = "") -> list[list[Any]]:
    q = query.lower().strip()
    rows = []
    for doc in docs:
        row = [
            doc["title"],
            DOC_TYPE_NAMES.get(doc["doc_type"], doc["doc_type"]),
            doc["force"],
            doc["published"],
            doc["chunks"],
            doc["doc_id"],
        ]
        if not q or any(q in str(x).lower() for x in row):
            rows.append(row)
    return rows


__all__ = [
    "answer_markdown",
    "briefing_docx",
    "briefing_markdown",
    "document_html",
    "documents_table",
    "highlight",
    "source_cards",
]
