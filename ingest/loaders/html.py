"""HTML: main content only (navigation, cookie banners, footers, share links removed)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from ingest.cleaning import decode_text, is_furniture, looks_binary, menu_people
from ingest.document import Block, Parsed
from rag.errors import IngestError

_DROP_TAGS = [
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "input",
    "dialog",
    "object",
    "embed",
    "canvas",
]
_FURNITURE_WORDS = {
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "banner",
    "share",
    "sharing",
    "social",
    "breadcrumb",
    "breadcrumbs",
    "skip",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "masthead",
    "sidebar",
    "related",
    "newsletter",
    "subscribe",
    "print",
    "modal",
    "popup",
    "socials",
    "sharebar",
    "toolbar",
    "cookiebanner",
}
_BLOCK_TAGS = {
    "p",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "figcaption",
    "caption",
}


def _attr_text(tag: Tag) -> str:
    parts = [
        tag.get("id") or "",
        " ".join(tag.get("class") or []),
        tag.get("role") or "",
        tag.get("aria-label") or "",
    ]
    return " ".join(str(p) for p in parts)


def _is_furniture_container(tag: Tag) -> bool:
    if tag.name in ("html", "body", "main", "article"):
        return False
    role = str(tag.get("role") or "")
    if role in ("navigation", "banner", "contentinfo", "complementary", "search", "dialog"):
        return True
    if tag.get("aria-hidden") == "true" or tag.get("hidden") is not None:
        return True
    words = set(re.split(r"[^a-z]+", _attr_text(tag).lower()))
    return bool(words & _FURNITURE_WORDS)


def _text(tag: Tag) -> str:
    return " ".join(tag.get_text(" ", strip=True).split())


def parse_html(html: str) -> Parsed:
    soup = BeautifulSoup(html, "lxml")
    meta: dict[str, str] = {}
    if soup.title and soup.title.string:
        meta["html_title"] = " ".join(soup.title.string.split())
    for name, key in (
        ("og:title", "html_title"),
        ("article:published_time", "published"),
        ("og:url", "source_url"),
        ("dc.date", "published"),
        ("date", "published"),
    ):
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag) and tag.get("content"):
            meta.setdefault(key, str(tag["content"]).strip())
    canonical = soup.find("link", rel="canonical")
    if isinstance(canonical, Tag) and canonical.get("href"):
        meta.setdefault("source_url", str(canonical["href"]))

    people = menu_people(soup.get_text("\n").split("\n"))
    if people:
        meta["page_people"] = "; ".join(people)
    for tag in soup.find_all(_DROP_TAGS):
        if not isinstance(tag, Tag) or tag.decomposed:
            continue
        if tag.name == "header" and tag.find_parent(["main", "article"]) is not None:
            continue  # an article's own header holds its title
        tag.decompose()
    for tag in list(soup.find_all(True)):
        if isinstance(tag, Tag) and not tag.decomposed and _is_furniture_container(tag):
            tag.decompose()

    root = (
        soup.find("main")
        or soup.find(attrs={"role": "main"})
        or soup.find("article")
        or soup.body
        or soup
    )
    blocks: list[Block] = []
    _walk(root, blocks)
    blocks = [b for b in blocks if not is_furniture(b.text)]
    return Parsed(blocks, meta)


_NUMBERED = re.compile(r"^\(?\d{1,3}[.):]\s")


def _ordinals(node: Tag) -> Iterator[int] | None:
    """The numbers an <ol> shows its items with (decimal only; None for other lists)."""
    if node.name != "ol" or str(node.get("type", "1")) != "1":
        return None
    try:
        start = int(str(node.get("start", "1")))
    except ValueError:
        start = 1
    return itertools.count(start)


def _walk(node: Tag, out: list[Block]) -> None:
    numbers = _ordinals(node)
    for child in node.children:
        if not isinstance(child, Tag):
            text = " ".join(str(child).split())
            if text and node.name not in _BLOCK_TAGS:
                out.append(Block("paragraph", text))
            continue
        name = child.name
        if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = _text(child)
            if text:
                out.append(Block("heading", text, level=int(name[1])))
        elif name == "li":
            nested = child.find(["ul", "ol"])
            if nested is not None:
                nested.extract()
            text = _text(child)
            if text:
                number = next(numbers) if numbers is not None else None
                if number is not None and not _NUMBERED.match(text):
                    text = f"{number}. {text}"  # "Recommendation 3" is cited by its number
                out.append(Block("list_item", text))
            if nested is not None:
                _walk(nested, out)
        elif name == "tr":
            cells = [_text(c) for c in child.find_all(["td", "th"], recursive=False)]
            cells = [c for c in cells if c]
            if cells:
                out.append(Block("table_row", " | ".join(cells)))
        elif name in ("p", "blockquote", "pre", "dd", "dt", "figcaption", "caption"):
            if child.find(["p", "ul", "ol", "table"]) is not None:
                _walk(child, out)
            else:
                text = _text(child)
                if text:
                    out.append(Block("paragraph", text))
        elif name == "br":
            continue
        else:
            _walk(child, out)


def load(path: Path) -> Parsed:
    data = path.read_bytes()
    if not data.strip():
        raise IngestError("empty file: no text to index")
    if looks_binary(data):
        raise IngestError("not an HTML file: the content is binary")
    parsed = parse_html(decode_text(data))
    if not parsed.blocks:
        raise IngestError("no main content found in the HTML page")
    return parsed
