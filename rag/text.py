"""Small text helpers shared by loaders, chunking and answering: whitespace, sentences."""

from __future__ import annotations

import re

_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "no",
    "nos",
    "vol",
    "fig",
    "para",
    "paras",
    "ch",
    "e.g",
    "i.e",
    "etc",
    "cf",
    "vs",
    "approx",
    "dept",
    "govt",
    "inc",
    "ltd",
    "co",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "cllr",
    "supt",
    "insp",
    "sgt",
    "det",
    "ch.supt",
    "rt",
    "hon",
    "op",
}
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace.
_SENT_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in `text`, covering all non-space characters.

    Deliberately simple and predictable: splits after . ! ? followed by whitespace and an
    upper-case letter, digit, quote or bullet, skipping common abbreviations and initials.
    Newlines that separate blocks also end a sentence.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _SENT_END.finditer(text):
        end = m.end()
        # What follows the whitespace?
        j = end
        while j < n and text[j].isspace():
            j += 1
        if j >= n:
            break
        nxt = text[j]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘(•-–*"):
            continue
        leader = text[m.start()] == "." and text[max(0, m.start() - 2) : m.start()] == ".."
        if leader and "\n" not in text[m.end() : j]:
            continue  # leader dots ("Mapped crime groups ........ 118") join label and value
        if text[m.start()] == ".":
            word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[start : m.start()])
            if word:
                w = word.group(1).lower()
                if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                    continue
        spans.append((start, end))
        start = j
    if start < n:
        spans.append((start, n))
    # Split further on blank lines / newlines (block boundaries are always sentence ends).
    out: list[tuple[int, int]] = []
    for s, e in spans:
        seg_start = s
        for nl in re.finditer(r"\n+", text[s:e]):
            a = s + nl.start()
            if text[seg_start:a].strip():
                out.append(_trim(text, seg_start, a))
            seg_start = s + nl.end()
        if text[seg_start:e].strip():
            out.append(_trim(text, seg_start, e))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Lower-cased word-character tokens (the contract's notion of a word)."""
    return [w.lower() for w in WORD.findall(text)]
