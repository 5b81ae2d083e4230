"""Pure cleaning rules: web page furniture in text captures, running headers and footers and
page numbers in PDFs, and text-or-binary detection."""

from __future__ import annotations

import re
from collections import Counter

from rag.answer_types import person_names
from rag.grades import GRADE_WORDS

_SOCIAL = {
    "youtube",
    "instagram",
    "linkedin",
    "linkedim",
    "facebook",
    "twitter",
    "x",
    "tiktok",
    "flickr",
    "pinterest",
    "whatsapp",
    "email",
    "threads",
    "bluesky",
    "mastodon",
    "rss",
    "snapchat",
    "nextdoor",
}
_FURNITURE_PATTERNS = [
    r"skip to (main )?(content|menu|navigation|search|footer)",
    r"(accept|reject|manage) (all )?cookies?",
    r"we use cookies",
    r"this (web)?site uses cookies",
    r"cookie (settings|preferences|policy)",
    r"^share (this|on|page)\b",
    r"^follow us\b",
    r"^back to top$",
    r"^print (this )?page$",
    r"^(main )?menu$",
    r"^search( this site)?$",
    r"^home$",
    r"^home\s*\|",  # a menu bar: "Home | About | News | Contact"
    r"^(close|open) menu$",
    r"^you are here:?",
    r"^breadcrumb",
    r"^sign up to our newsletter",
    r"^(page )?last (updated|modified)\b.{0,40}$",
    r"^copyright\b|^©",
    r"^(accessibility|privacy|terms)( statement| policy| and conditions)?$",
    r"^tags?:",
    r"^copy link$",
    r"^loading\.{0,3}$",
    r"^latest (tweets|posts)\b",
    r"^was this page (helpful|useful)\??$",
    r"^report a problem with this page$",
    r"^\(c\)\s*\d{4}\b",
    r"^website (by|designed by)\b",
    r"^(subscribe|email address)$",
    r"^[-=_*~]{5,}$",  # a rule drawn with characters
    r"\|\s*(accessibility|privacy|cookies?)\b",  # a footer bar of policy links
    r"^print this page\b|\bdownload (as )?(a )?pdf\s*\(\d",  # page tools
    r"\breadspeaker\b|^a-\s*\|\s*a\s*\|",  # text size and listen bars
    r"^search\s*\[",  # a search box captured as text
]
# A heading that opens a list of links to other pages: it and the short lines under it go.
_LINK_LIST = re.compile(
    r"^(related|more|latest|other|recent|popular|see also)\b.{0,30}$|^more from\b|^in this section$"
    r"|^share( this| on|:|$)|^follow us\b|^was this page (helpful|useful)"
    r"|^(on this page|in this (?:article|page|report)|contents|table of contents|jump to|menu|"
    r"main menu|navigation)$",
    re.IGNORECASE,
)
_FURNITURE_RE = re.compile("|".join(f"(?:{p})" for p in _FURNITURE_PATTERNS), re.IGNORECASE)
_MAX_FURNITURE_LEN = 120
_HEADER_WINDOW = 12


def is_social_line(line: str) -> bool:
    """A line made only of social network names ("YouTube Instagram LinkedIn")."""
    tokens = re.findall(r"[A-Za-z]+", line.lower())
    if not tokens:
        return False
    hits = sum(t in _SOCIAL for t in tokens)
    return hits >= 2 and hits >= 0.6 * len(tokens)


# A cookie notice runs to a sentence or two; it is furniture at any length a notice has.
_COOKIE_NOTICE = re.compile(
    r"^(?:we use (?:some )?(?:essential |necessary )?cookies|this (?:web)?site uses cookies|"
    r"cookies on (?:the |this |our )?[\w.-]+)\b",
    re.IGNORECASE,
)


# The body of a cookie banner ("Some cookies are essential to make this site work. We'd like
# to set optional analytics cookies ...").
_COOKIE_BODY = re.compile(
    r"\bcookies\b.*\b(?:essential|necessary|analytics|optional|consent|preferences)\b|"
    r"\b(?:essential|necessary|analytics|optional)\b.*\bcookies\b",
    re.IGNORECASE,
)


def _social_name(line: str) -> bool:
    """One network's name alone on a line: a share button ("X (formerly Twitter)")."""
    words = re.findall(r"[A-Za-z]+", line.lower())
    return bool(words) and words[0] in _SOCIAL and len(words) <= 3


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    if _social_name(stripped) and len(stripped) <= 24:
        return True
    if (_COOKIE_NOTICE.match(stripped) or _COOKIE_BODY.search(stripped)) and len(stripped) <= 400:
        return True
    if not stripped or len(stripped) > _MAX_FURNITURE_LEN:
        return False
    return bool(_FURNITURE_RE.search(stripped)) or is_social_line(stripped)


def strip_web_furniture(lines: list[str]) -> list[str]:
    """Remove web page furniture from a text capture.

    Furniture lines anywhere are dropped. In the header (the first few non-empty lines), any
    short lines that sit before the last furniture line are dropped too: badges and strap
    lines between "Skip to content" and the social links belong to the page, not the text.
    The same is done, mirrored, for the footer.
    """
    if not lines:
        return lines
    keep = [not is_furniture(line) for line in lines]
    _drop_link_lists(lines, keep)
    nonempty = sum(1 for line in lines if line.strip())
    # The header pass looks at the first half of the lines, the footer pass at the second.
    _trim_region(lines, keep, range(len(lines)), min(_HEADER_WINDOW, (nonempty + 1) // 2))
    _trim_region(lines, keep, range(len(lines) - 1, -1, -1), min(_HEADER_WINDOW, nonempty // 2))
    return [line for line, k in zip(lines, keep, strict=True) if k]


def _drop_link_lists(lines: list[str], keep: list[bool]) -> None:
    """'Related news' / 'More from this section' and the link titles under it, up to the
    next blank line: other pages' headlines, not this page's text."""
    i = 0
    while i < len(lines):
        if _LINK_LIST.match(lines[i].strip()) and len(lines[i].strip().split()) <= 6:
            j = i + 1
            while (
                j < len(lines)
                and lines[j].strip()
                and len(lines[j].strip()) <= 100
                and not (lines[j].strip().endswith("."))
            ):
                j += 1
            if j > i + 1 and (j >= len(lines) or not lines[j].strip()):
                for k in range(i, j):
                    keep[k] = False
            i = j
        i += 1


def _trim_region(lines: list[str], keep: list[bool], order: range, limit: int) -> None:
    """Within the first (or, reversed, last) `limit` non-empty lines, drop the short lines
    that precede the last furniture line."""
    window: list[int] = []
    last_furniture = -1
    for i in order:
        if not lines[i].strip():
            continue
        if len(window) >= limit:
            break
        window.append(i)
        if not keep[i]:
            last_furniture = len(window) - 1
    if last_furniture < 0:
        return
    for i in window[:last_furniture]:
        if len(lines[i].strip()) <= _MAX_FURNITURE_LEN:
            keep[i] = False


_PAGE_NUMBER = re.compile(
    r"^(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^[ivxlc]{1,6}$",
    re.IGNORECASE,
)


# "Home > News > ..." (a menu bar "Home | About | News" is not a trail).
_BREADCRUMB = re.compile(r"^\s*(?:you are here:?\s*)?home\s*(?:>|›|»|/)\s*(.+)$", re.IGNORECASE)


def breadcrumb_title(lines: list[str], window: int = 40) -> str:
    """The page a capture is of, from its breadcrumb trail's last step ("Home > News >
    Commissioner's response to ..."): the page's own title, where a capture has no <title>."""
    for line in lines[:window]:
        m = _BREADCRUMB.match(line)
        if m:
            last = re.split(r"\s+(?:>|›|»|/)\s+", m.group(1).strip())[-1].strip()
            if len(last.split()) >= 3:
                return last
    return ""


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line.strip()))


def _shape(line: str) -> str:
    """A line's identity for header/footer detection: digits blurred, case and space folded."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def strip_running_lines(pages: list[list[str]], edge: int = 3, rounds: int = 3) -> list[list[str]]:
    """Drop running headers/footers and page numbers from per-page line lists.

    A line among the first or last `edge` non-empty lines of a page is a running line when its
    shape (digits blurred) recurs at a page edge on at least half the pages (and at least two).
    Page-number-only lines at the edges are dropped on every page. The edges are read again
    once their running lines are gone, up to `rounds` times: a footer block of a URL, a
    title and "Page 3 of 10" can hide a running header behind it (PDF text extraction
    emits the header drawn at the top after the footer).
    """
    for _ in range(rounds):
        stripped = _strip_edges(pages, edge)
        if stripped == pages:
            break
        pages = stripped
    return pages


def _strip_edges(pages: list[list[str]], edge: int) -> list[list[str]]:
    if not pages:
        return pages

    def edge_lines(indices: list[int]) -> list[int]:
        # Short pages: only their first and last lines can be running lines.
        k = edge if len(indices) > 2 * edge + 1 else 1
        return indices[:k] + indices[-k:]

    edge_shapes: Counter[str] = Counter()
    for lines in pages:
        idx = [i for i, ln in enumerate(lines) if ln.strip()]
        edge_shapes.update({_shape(lines[i]) for i in edge_lines(idx)})
    threshold = max(2, (len(pages) + 1) // 2)
    running = {s for s, c in edge_shapes.items() if c >= threshold} if len(pages) >= 2 else set()
    out: list[list[str]] = []
    for lines in pages:
        idx = [i for i, ln in enumerate(lines) if ln.strip()]
        edges = set(edge_lines(idx))
        kept = [
            ln
            for i, ln in enumerate(lines)
            if not (i in edges and (_shape(ln) in running or is_page_number(ln)))
        ]
        out.append(kept)
    if any(ln.strip() for page in pages for ln in page) and not any(
        ln.strip() for page in out for ln in page
    ):
        return pages  # every line "ran": pages that repeat one line are text, not furniture
    return out


def looks_binary(data: bytes, sample: int = 8192) -> bool:
    """True when bytes are clearly not text: NULs, or many control characters."""
    chunk = data[:sample]
    if not chunk:
        return False
    if b"\x00" in chunk:
        # UTF-16 text has NULs too; the caller tries a BOM-aware decode first.
        return True
    controls = sum(1 for b in chunk if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(chunk) > 0.05


def decode_text(data: bytes) -> str:
    """Decode text bytes sensibly: UTF-8 (with or without BOM), UTF-16 with BOM, then the
    best guess of charset-normalizer, then Windows-1252 (what UK web captures usually are)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        if sum(ord(c) > 127 for c in text) <= 0.3 * max(1, len(text)):
            return text  # mostly ASCII with a few £, é, smart quotes: Windows-1252
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding not in ("utf_8",):
        return str(best)
    return data.decode("cp1252", errors="replace")


# A table cell that is only a grade ("Adequate", "Requires improvement"): PDF text extraction
# puts each cell of a judgment table on its own line, so the grade loses the area it grades.
_GRADE_CELL = re.compile(rf"^\s*(?:{GRADE_WORDS})\.?\s*$", re.IGNORECASE)


_ASKED_THEN_GRADE = re.compile(rf"^\s*(.+\?)\s+({GRADE_WORDS})\.?\s*$", re.IGNORECASE)


def pair_grade_cells(lines: list[str]) -> list[str]:
    """Join each line that is only a grade to the cell before it, as one table row ("How well
    does the force investigate hate crime? | Requires improvement"), so the grade keeps its
    area (rag.grades reads such rows). The cell before may wrap onto lines that start in
    lower case ("... the needs of victims of hate" / "crime?"). A grade after another grade,
    a blank or a row already joined stays as it is."""
    out: list[str] = []
    for line in lines:
        asked = _ASKED_THEN_GRADE.match(line)
        if asked:  # "How well does it investigate crime? Adequate": one row on one line
            line = f"{asked.group(1)} | {asked.group(2)}"
        start = len(out)
        while start > 0 and out[start - 1].strip()[:1].islower():
            start -= 1  # the wrapped lines of the cell
        if start > 0:
            start -= 1  # and the line the cell starts on
        cell = " ".join(x.strip() for x in out[start:])
        if (
            _GRADE_CELL.match(line)
            and cell
            and not _GRADE_CELL.match(out[start])
            and "|" not in cell
            and len(cell.split()) >= 2
        ):
            out[start:] = [f"{cell} | {line.strip()}"]
            continue
        out.append(line)
    return out


# A page's menu naming its owner: "About Dominic Entwistle", "Meet Rosalind Harker", "Meet
# the Commissioner, Jane Mudd", "Police and Crime Commissioner: Jane Mudd".
_OWNER_ENTRY = re.compile(
    r"^\s*(?:(?:About|Meet)\s+(?:(?:the|your|our)\s+)?|(?=(?:Police|Commissioner|PCC|PFCC|Mayor)))"
    r"(?:(?:Police,?\s+(?:Fire\s+and\s+)?(?:and\s+)?Crime\s+)?Commissioner|PF?CC|Mayor)?"
    r"\s*[,:–-]?\s*(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s*$"
)


def menu_people(lines: list[str]) -> list[str]:
    """The people a page's menus name as its owner. A web capture's commissioner is often
    named only there; the menu is dropped as furniture, so the name is kept as the
    document's metadata and a question that names them still finds the page."""
    found: list[str] = []
    for line in lines:
        m = _OWNER_ENTRY.match(line)
        if m is None:
            continue
        for _, name in person_names(m.group("name")):
            if name not in found:
                found.append(name)
    return found
