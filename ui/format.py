"""Pure formatting: service results -> chat messages, source cards, document view, briefings.

Everything here is text in, text out (HTML is escaped: documents are untrusted input)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from rag.citations import MARKER
from rag.schema import DOC_TYPES

DOC_TYPE_NAMES = {key: labels[0] for key, labels in DOC_TYPES.items()}
NEAREST = 5  # nearest passages listed under an abstention
CONTEXT = 220  # characters of the passage shown on a card either side of its quotes
EMPTY_DOC = (
    '<div class="iqa-empty">Click a source card or a [n] marker in an answer to open its '
    "document here, at the passage.</div>"
)
# What a turn's chat message carries: its id, in markup that document text cannot forge
# (document text is escaped, so it never contains a raw tag).
_TURN_TAG = re.compile(r'<(?:details|div) class="iqa-sources[^"]*" id="iqa-turn-([0-9a-z]+)"')


@dataclass(frozen=True)
class Card:
    """One source card: a passage, the markers that cite it and the quotes they cite.

    `key` names the card within its turn: "c<n>" for the passage first cited as [n],
    "p<i>" for an abstention's i-th nearest passage."""

    key: str
    ns: tuple[int, ...]
    passage: dict[str, Any]
    quotes: tuple[str, ...]


def fold(text: str) -> str:
    """Whitespace runs folded to one space (quotes compare and display folded)."""
    return " ".join(text.split())


def heading_only(text: str) -> bool:
    """A passage that is only a heading or page furniture ("Key findings", "Latest news",
    "Home > News"): one short line that is not a sentence, or nothing but Markdown headings."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if not lines or all(ln.startswith("#") for ln in lines):
        return True
    return len(lines) == 1 and len(lines[0].split()) <= 12 and not re.search(r"[.!?;]$", lines[0])


def cards(result: dict[str, Any]) -> list[Card]:
    """An answer's source cards. One card per cited passage, however many markers cite it
    (the same chunk cited as [2] and [3], or the same quote from a copy of the document);
    for an abstention, its nearest passages, without headings or repeats."""
    passages = {p["chunk_id"]: p for p in result.get("passages", [])}
    out: list[Card] = []
    for c in result.get("citations", []):
        quote = fold(c["quote"])
        same = next(
            (
                i
                for i, card in enumerate(out)
                if card.passage.get("chunk_id") == c["chunk_id"] or quote in card.quotes
            ),
            None,
        )
        if same is not None:
            card = out[same]
            quotes = card.quotes if quote in card.quotes else (*card.quotes, quote)
            out[same] = Card(card.key, (*card.ns, c["n"]), card.passage, quotes)
            continue
        # The passage as retrieved; where it is missing, what the citation says about it.
        p = passages.get(c["chunk_id"]) or {**c, "text": c["quote"]}
        p = p | {"section": c.get("section") or p.get("section"), "page": c.get("page")}
        out.append(Card(f"c{c['n']}", (c["n"],), p, (quote,)))
    if result.get("citations"):
        return out
    seen: list[str] = []
    for p in result.get("passages", []):
        text = fold(p.get("text", ""))
        if heading_only(p.get("text", "")) or any(text in s or s in text for s in seen):
            continue
        seen.append(text)
        out.append(Card(f"p{len(out) + 1}", (), p, ()))
        if len(out) == NEAREST:
            break
    return out


def card_for(result: dict[str, Any], key: str) -> Card | None:
    return next((c for c in cards(result) if c.key == key), None)


_SAYS_NOT_FOUND = "The documents don't say."


def refusal_text(answer: str) -> str:
    """A refusal's text after the "Not found in the documents." label, which already says
    what its first sentence says; the reason and where to look follow."""
    rest = answer.removeprefix(_SAYS_NOT_FOUND).lstrip()
    return rest if rest and answer.startswith(_SAYS_NOT_FOUND) else answer


def answer_markdown(result: dict[str, Any], turn: str) -> str:
    """The chat message for an answer (turn id `turn`): markers become links to that
    answer's own source cards, shown under it; an abstention is labelled as such and lists
    its nearest passages; what was searched is stated."""
    body = _escape_md(result["answer"])
    its_cards = cards(result)
    if result.get("abstained"):
        text = f"**Not found in the documents.** {_escape_md(refusal_text(result['answer']))}"
    else:
        card_of = {n: card.key for card in its_cards for n in card.ns}

        def link(m: re.Match[str]) -> str:
            return "".join(
                _marker(turn, card_of.get(int(n)), int(n)) for n in m.group(1).split(",")
            )

        text = MARKER.sub(link, body)
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
    return text + "\n\n" + "  \n".join(notes) + "\n\n" + sources_html(result, turn, its_cards)


def _marker(turn: str, key: str | None, n: int) -> str:
    if key is None:  # a marker without a citation (never, by the contract): plain text
        return f"[{n}]"
    return f'<a class="iqa-marker" href="#iqa-src-{turn}-{key}">[{n}]</a>'


def turn_of(message: Any) -> str | None:
    """The turn id a chat message carries (None: not an answer, e.g. a warning)."""
    m = _TURN_TAG.search(str(message))
    return m.group(1) if m else None


# "- 1. crime recording;" is an item quoting a document's own numbering: escaped, Markdown
# would show a bullet holding a second, nested, renumbered list.
_ITEM_NUMBER = re.compile(r"(?m)^(\s*(?:[-*]\s+)?)(\d{1,3})([.)])(?=\s)")


def _escape_md(text: str) -> str:
    text = html.escape(text, quote=False).replace("*", "\\*").replace("_", "\\_")
    return _ITEM_NUMBER.sub(r"\1\2\\\3", text)


def _inert(text: str) -> str:
    """Escaped HTML whose characters Markdown would also read (*, _, [, `) are entities, so
    text inside the chat's HTML blocks shows as it is stored whichever way it is parsed."""
    out = html.escape(text)
    for ch, ent in (("*", "&#42;"), ("_", "&#95;"), ("[", "&#91;"), ("]", "&#93;")):
        out = out.replace(ch, ent)
    return out.replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")


def _where(c: dict[str, Any]) -> str:
    parts = []
    if c.get("section"):
        parts.append(f"Section: {c['section']}")
    if c.get("page"):
        parts.append(f"page {c['page']}")
    return ", ".join(parts)


def _spans(text: str, quotes: Sequence[str]) -> list[tuple[int, int]]:
    """Where each quote first occurs in `text`, overlaps merged, in order."""
    found = sorted(span for q in quotes if (span := _find(text, q)))
    merged: list[tuple[int, int]] = []
    for s, e in found:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _find(text: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` occurs in `text`: exactly, else with its spacing folded (a quote shown
    folded, found again in the stored text)."""
    if not quote.strip():
        return None
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    m = re.search(r"\s+".join(re.escape(w) for w in quote.split()), text)
    return m.span() if m else None


def _marked(text: str, spans: Sequence[tuple[int, int]], esc: Any = html.escape) -> str:
    out, at = [], 0
    for s, e in spans:
        out += [esc(text[at:s]), f'<mark class="iqa-quote">{esc(text[s:e])}</mark>']
        at = e
    out.append(esc(text[at:]))
    return "".join(out)


def highlight(text: str, quote: str | Sequence[str]) -> str:
    """Escaped passage text with the quote (or each of several quotes) wrapped in <mark>."""
    quotes = [quote] if isinstance(quote, str) else list(quote)
    return _marked(text, _spans(text, quotes))


def term_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where words starting with any of `terms` occur (case-insensitive)."""
    if not terms:
        return []
    pattern = r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\w*"
    return [m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE)]


def excerpt(
    text: str, spans: Sequence[tuple[int, int]], context: int = CONTEXT
) -> tuple[str, list[tuple[int, int]]]:
    """The part of `text` around `spans` (whole words, "…" where cut) and the spans moved
    into it. Without spans: the start of the text."""
    if spans:
        lo, hi = max(0, spans[0][0] - context), min(len(text), spans[-1][1] + context)
    else:
        lo, hi = 0, min(len(text), 2 * context)
    if lo > 0:
        m = re.compile(r"\s").search(text, lo)
        lo = m.end() if m else lo
    if hi < len(text):
        cut = max(text.rfind(c, spans[-1][1] if spans else 0, hi) for c in " \n")
        hi = cut if cut > 0 else hi
    head, tail = ("… " if lo > 0 else ""), (" …" if hi < len(text) else "")
    moved = [(s - lo + len(head), e - lo + len(head)) for s, e in spans if s >= lo and e <= hi]
    return head + text[lo:hi] + tail, moved


def sources_html(result: dict[str, Any], turn: str, its_cards: Sequence[Card]) -> str:
    """An answer's cards, collapsible, under the answer. One line: the chat reads the
    message as Markdown, and a blank line would end the HTML block."""
    if not its_cards:
        if result.get("citations") or not result.get("abstained"):
            return f'<div class="iqa-sources iqa-none" id="iqa-turn-{turn}"></div>'
        searched = _inert(result.get("searched", "all documents"))
        return (
            f'<div class="iqa-sources iqa-none" id="iqa-turn-{turn}">No passage matched the '
            f"search ({searched}), so there are none to list: widen the filters.</div>"
        )
    label = "Nearest passages" if not result.get("citations") else "Sources"
    body = "".join(_card(turn, card) for card in its_cards)
    return (
        f'<details class="iqa-sources" id="iqa-turn-{turn}" open>'
        f"<summary>{label} ({len(its_cards)})</summary>{body}</details>"
    )


def lines(text: str) -> str:
    """Text with the spacing inside each line folded and blank lines dropped (a card keeps
    a table's rows and a list's items on lines of their own)."""
    return "\n".join(fold(ln) for ln in text.splitlines() if ln.strip())


def _inert_lines(text: str) -> str:
    return _inert(text).replace("\n", "<br>")


def _card(turn: str, card: Card) -> str:
    p = card.passage
    text = lines(str(p.get("text", "")))
    shown, spans = excerpt(text, _spans(text, card.quotes))
    label = " ".join(f"[{n}]" for n in card.ns) or "nearest"
    meta = " · ".join(
        _inert(str(x))
        for x in (
            DOC_TYPE_NAMES.get(str(p.get("doc_type")), p.get("doc_type")),
            p.get("force"),
            p.get("published"),
            _where(p),
        )
        if x
    )
    url = str(p.get("source_url") or "")
    link = (
        f' · <a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">source</a>'
        if url.startswith(("http://", "https://"))
        else ""
    )
    return (
        f'<div class="iqa-card" id="iqa-src-{turn}-{card.key}" role="button" tabindex="0" '
        f'title="Open the document at this passage">'
        f'<div class="iqa-card-head"><span class="iqa-n">{label}</span> '
        f'<span class="iqa-title">{_inert(str(p.get("title", "")))}</span></div>'
        f'<div class="iqa-meta">{meta}{link}</div>'
        f'<div class="iqa-passage">{_marked(shown, spans, _inert_lines)}</div>'
        f'<div class="iqa-open">Open in document</div></div>'
    )


def source_name(source: str) -> str:
    """A source as shown: a link stays whole, a file path shows its file name."""
    return source if source.startswith(("http://", "https://")) else PurePath(source).name


def document_html(
    info: dict[str, Any],
    chunks: Sequence[tuple[str, str]],
    chunk_id: str | None,
    quote: str | Sequence[str] = "",
    terms: Sequence[str] = (),
) -> str:
    """A whole document, the cited passage marked (the UI scrolls its box to it). The title
    and details stay above the scrolling box, so they are in view whatever is marked.
    `quote`: the quote(s) to highlight in that passage; `terms`: search words to mark."""
    meta = " · ".join(
        html.escape(str(x))
        for x in (
            DOC_TYPE_NAMES.get(str(info.get("doc_type")), info.get("doc_type")),
            info.get("force"),
            info.get("published"),
            info.get("doc_id") and f"id {info['doc_id']}",
        )
        if x
    )
    url = str(info.get("source_url") or "")
    source = (
        f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">'
        f"{html.escape(url)}</a>"
        if url.startswith(("http://", "https://"))
        else html.escape(source_name(str(info.get("source", ""))))
    )
    head = (
        f'<div class="iqa-doc-head"><h3>{html.escape(str(info.get("title", "")))}</h3>'
        f'<div class="iqa-meta">{meta}</div><div class="iqa-meta">{source}</div></div>'
    )
    quotes = [quote] if isinstance(quote, str) else list(quote)
    parts = []
    for cid, text in chunks:
        if cid == chunk_id:
            spans = _spans(text, quotes) or term_spans(text, terms)
            parts.append(
                f'<div class="iqa-doc-chunk iqa-hit" id="iqa-hit">{_marked(text, spans)}</div>'
            )
        else:
            parts.append(f'<div class="iqa-doc-chunk">{html.escape(text)}</div>')
    return (
        f'<div class="iqa-doc">{head}<div class="iqa-docbox">' + "\n".join(parts) + "</div></div>"
    )


def _nearest_lines(t: dict[str, Any]) -> list[tuple[str, str]]:
    """An abstention's nearest passages as (reference, excerpt) for the briefings."""
    out = []
    for card in cards(t):
        if card.ns:
            continue
        p = card.passage
        ref = ", ".join(x for x in (p.get("title", ""), _where(p), _ref_source(p)) if x)
        out.append((ref, excerpt(fold(p.get("text", "")), [], 150)[0]))
    return out


def _ref_source(c: dict[str, Any]) -> str:
    return str(c.get("source_url") or c.get("source") or "")


def briefing_markdown(turns: Sequence[dict[str, Any]]) -> str:
    """The conversation as a Markdown briefing: questions, answers, full references."""
    lines = ["# Briefing: questions and cited answers", ""]
    for i, t in enumerate(turns, start=1):
        lines += [f"## {i}. {t['question']}", ""]
        if t.get("abstained"):
            lines.append("**Not found in the documents.** " + refusal_text(t["answer"]))
        else:
            if t.get("short_answer"):
                lines += [f"**Answer: {t['short_answer']}**", ""]
            lines.append(t["answer"])
        lines += ["", f"_Searched: {t.get('searched', 'all documents')}_", ""]
        for c in t.get("citations", []):
            ref = ", ".join(x for x in (c["title"], _where(c), _ref_source(c)) if x)
            lines.append(f"[{c['n']}] {ref}")
            lines.append(f"> {fold(c['quote'])}")
            lines.append("")
        nearest = _nearest_lines(t) if t.get("abstained") and not t.get("citations") else []
        if nearest:
            lines += ["Nearest passages (not an answer: check them):", ""]
            for ref, text in nearest:
                lines += [f"- {ref}", f"  > {text}"]
            lines.append("")
        elif t.get("abstained") and not t.get("citations"):
            lines += ["No passage matched the search.", ""]
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
        para.add_run(refusal_text(t["answer"]) if t.get("abstained") else t["answer"])
        d.add_paragraph().add_run(f"Searched: {t.get('searched', 'all documents')}").italic = True
        for c in t.get("citations", []):
            ref = ", ".join(x for x in (c["title"], _where(c), _ref_source(c)) if x)
            # The [n] label is the reference number: no automatic list numbering on top.
            d.add_paragraph(f"[{c['n']}] {ref}")
            d.add_paragraph(fold(c["quote"]), style="Intense Quote")
        if t.get("abstained") and not t.get("citations"):
            nearest = _nearest_lines(t)
            d.add_paragraph().add_run(
                "Nearest passages (not an answer: check them):"
                if nearest
                else "No passage matched the search."
            ).italic = True
            for ref, text in nearest:
                d.add_paragraph(ref)
                d.add_paragraph(text, style="Quote")
    d.save(path)
    return path


__all__ = [
    "EMPTY_DOC",
    "Card",
    "answer_markdown",
    "briefing_docx",
    "briefing_markdown",
    "card_for",
    "cards",
    "document_html",
    "excerpt",
    "fold",
    "heading_only",
    "highlight",
    "source_name",
    "sources_html",
    "term_spans",
    "turn_of",
]
