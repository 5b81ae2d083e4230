"""The recommendations ledger: what the inspectorate asked for (recommendations, areas for
improvement, causes of concern), what each PCC response says about each, and the s55 clock
(Police Act 1996 s55: comments published within 56 days, publication day = day 1).

Pure functions over the chunks of the search replica; every `text` and `quote` is an exact
substring of a stored chunk's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from rag.forces import find_forces
from rag.grades import GradedArea, peel_round, report_grades, scale_of
from rag.schema import MONTHS, NUMBER_WORDS, PEEL_AREAS, REPORT_TYPES, ChunkMeta, Metadata
from rag.tokens import tokenize

KINDS = ("recommendation", "area_for_improvement", "cause_of_concern")
STATUSES = ("action", "acknowledged", "disputed")

_NUM = r"(\d{1,2}|" + "|".join(w for w, v in NUMBER_WORDS.items() if 0 < v <= 20) + ")"
# A finding's opening words: "Recommendation 3:", "Area for improvement 2", "Cause of concern 1".
_START = re.compile(
    r"^\s*(?P<label>(?:accelerated\s+)?(?:recommendation|area for improvement|"
    r"cause of concern|afi))\s*(?P<num>\d{1,2})?\b\s*[:.\-–]?\s*",
    re.IGNORECASE,
)
_DECLARED = {
    "recommendation": re.compile(
        rf"\b(?:makes|made|contain(?:s|ed)|sets out|includes?|has)\s+{_NUM}\s+(?:\w+\s+)?"
        r"recommendations\b|\b" + _NUM + r"\s+recommendations\b",
        re.IGNORECASE,
    ),
    "area_for_improvement": re.compile(rf"\b{_NUM}\s+areas?\s+for\s+improvement\b", re.I),
    "cause_of_concern": re.compile(rf"\b{_NUM}\s+causes?\s+of\s+concern\b", re.IGNORECASE),
}
_ADDRESSEE = re.compile(
    r"(?:^|[,:]\s*|\.\s+)(?P<who>(?:the |all |every |each )?(?:chief constables?|police and crime "
    r"commissioners?|police, fire and crime commissioners?|pccs?|the home office|home office|"
    r"the college of policing|college of policing|national police chiefs'? council|npcc|"
    r"the national crime agency|nca|forces?|the force|the home secretary)"
    r"(?: and (?:the )?(?:police and crime commissioner|pcc|home office|college of policing|"
    r"nca|national crime agency|chief constable))?)\s+(?:should|must|needs? to|to)\b",
    re.IGNORECASE,
)
_MONTHS = "|".join(MONTHS)
_BY_DATE = re.compile(rf"\bby\s+(\d{{1,2}})\s+({_MONTHS})\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_BY_MONTH = re.compile(rf"\bby\s+(?:the end of\s+)?({_MONTHS})\s+((?:19|20)\d\d)\b", re.I)
_WITHIN = re.compile(rf"\bwithin\s+{_NUM}\s+(months?|weeks?|days?)\b", re.IGNORECASE)
_DISPUTED = re.compile(
    r"\b(?:do(?:es)? not (?:fully )?accept|not accepted|partially accept|partly accept|"
    r"disagree|cannot accept|can not accept|reject|do not agree|does not agree|not support)\b",
    re.IGNORECASE,
)
_STEP_VERBS = (
    r"introduc\w*|implement\w*|appoint\w*|establish\w*|commission\w*|recruit\w*|fund\w*|"
    r"creat\w*|launch\w*|install\w*|train\w*|deliver\w*|publish\w*|sign\w*|roll\w* out|"
    r"set up|put in place|complet\w*|replac\w*|extend\w*|increas\w*|cut|reduc\w*|chang\w*|"
    r"rewr\w*|revis\w*|upgrad\w*|start\w*|began|begun|agreed a|allocat\w*|invest\w*"
)
# A specific step: something done or scheduled, an owner, a date, money or people.
_ACTION = re.compile(
    r"\b(?:action (?:is )?under way|actions? taken|now has|now have|"
    rf"(?:has|have|had|was|were)\s+(?:now\s+|already\s+|been\s+)*(?:{_STEP_VERBS})\b|"
    rf"will\s+(?:be\s+)?(?:{_STEP_VERBS})\b|"
    r"by (?:\d{1,2} )?(?:" + "|".join(MONTHS) + r")\b|owner:|lead officer|lead:|deadline:|£\d|"
    r"\d+ (?:new |additional |extra )?(?:officers|staff|posts|investigators))",
    re.IGNORECASE,
)


@dataclass
class ResponseLink:
    doc_id: str
    status: str
    quote: str
    chunk_id: str


@dataclass
class Finding:
    id: str
    kind: str
    number: int | None
    text: str
    addressee: str | None
    deadline: str | None
    chunk_id: str
    page: int | None
    section: str | None
    responses: list[ResponseLink] = field(default_factory=list)


@dataclass
class ResponseInfo:
    doc_id: str
    title: str
    force: str | None
    published: str | None
    day: int | None
    within_56_days: bool | None


@dataclass
class ReportEntry:
    doc_id: str
    title: str
    doc_type: str
    force: str | None
    published: str | None
    declared: dict[str, int | None]
    findings: list[Finding]
    responses: list[ResponseInfo]
    grades: list[GradedArea] = field(default_factory=list)
    round: str | None = None  # the PEEL round ("2021/22"), None for other reports
    scale: str | None = None  # "five-tier" | "four-tier" (not comparable) | None
    s55: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["declared"] = {
            "recommendations": self.declared.get("recommendation"),
            "areas_for_improvement": self.declared.get("area_for_improvement"),
            "causes_of_concern": self.declared.get("cause_of_concern"),
        }
        counts = {k: sum(f.kind == k for f in self.findings) for k in KINDS}
        out["found"] = {
            "recommendations": counts["recommendation"],
            "areas_for_improvement": counts["area_for_improvement"],
            "causes_of_concern": counts["cause_of_concern"],
        }
        return out


@dataclass(frozen=True)
class _Chunk:
    id: str
    text: str
    meta: ChunkMeta


# ---- pure helpers -----------------------------------------------------------------------------
def _number(word: str | None) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word.lower())


def _kind(label: str) -> str:
    label = label.lower()
    if "concern" in label or label == "coc":
        return "cause_of_concern"
    if "improvement" in label or label == "afi":
        return "area_for_improvement"
    return "recommendation"


def parse_day(value: str | None) -> date | None:
    """A full YYYY-MM-DD date, or None (a month or year alone gives no day count)."""
    if not value or not re.fullmatch(r"\d{4}-\d\d-\d\d", value[:10]):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def deadline_of(text: str, published: date | None) -> str | None:
    """'By 30 June 2023' -> 2023-06-30; 'by March 2025' -> 2025-03-31; 'within six months'
    -> six months after publication; otherwise None."""
    m = _BY_DATE.search(text)
    if m:
        month = [x.lower() for x in MONTHS].index(m.group(2).lower()) + 1
        try:
            return date(int(m.group(3)), month, int(m.group(1))).isoformat()
        except ValueError:
            return None
    m = _BY_MONTH.search(text)
    if m:
        month = [x.lower() for x in MONTHS].index(m.group(1).lower()) + 1
        year = int(m.group(2))
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return (nxt - timedelta(days=1)).isoformat()
    m = _WITHIN.search(text)
    if m and published is not None:
        n = _number(m.group(1)) or 0
        unit = m.group(2).lower()
        if unit.startswith("month"):
            month = published.month - 1 + n
            year = published.year + month // 12
            day = min(published.day, 28)
            return date(year, month % 12 + 1, day).isoformat()
        return (published + timedelta(days=n * (7 if unit.startswith("week") else 1))).isoformat()
    return None


def addressee_of(text: str) -> str | None:
    m = _ADDRESSEE.search(text)
    return " ".join(m.group("who").split()) if m else None


def declared_counts(texts: Sequence[str]) -> dict[str, int | None]:
    """The counts a report declares ("makes six recommendations"), the first of each."""
    out: dict[str, int | None] = {k: None for k in KINDS}
    for text in texts:
        for kind, pattern in _DECLARED.items():
            if out[kind] is None:
                m = pattern.search(text)
                if m:
                    out[kind] = _number(next(g for g in m.groups() if g))
    return out


def _blocks(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)]


def extract_findings(
    doc_id: str, chunks: Sequence[_Chunk], published: date | None
) -> list[Finding]:
    """Every numbered finding of a report, once each (the fullest wording when a summary
    repeats it). A label alone on its line ("Area for improvement 2") takes the block that
    follows as its text."""
    found: dict[tuple[str, int | None, int], Finding] = {}
    seq = 0
    for ci, chunk in enumerate(chunks):
        spans = _blocks(chunk.text)
        for bi, (start, end) in enumerate(spans):
            block = chunk.text[start:end]
            m = _START.match(block)
            if not m:
                continue
            kind = _kind(m.group("label"))
            number = _number(m.group("num"))
            body_start = start + m.end()
            source = chunk  # the chunk the finding's words are in
            if chunk.text[body_start:end].strip():
                text_span = (body_start, end)  # "Recommendation 1: By ..." without its label
            elif bi + 1 < len(spans):
                text_span = spans[bi + 1]  # a label alone on its line: the next block
            elif ci + 1 < len(chunks) and _blocks(chunks[ci + 1].text):
                source = chunks[ci + 1]  # ... at a chunk's end: the next chunk's first block
                text_span = _blocks(source.text)[0]
            else:
                continue
            text = source.text[text_span[0] : text_span[1]].strip()
            if re.match(r"^\s*recommendations?\s+[\d, and]+\(see above\)", text, re.I):
                continue
            if len(text.split()) < 5:
                continue
            key = (kind, number, seq if number is None else 0)
            if number is None:
                seq += 1
            prev = found.get(key)
            if prev is not None and len(prev.text) >= len(text):
                continue
            found[key] = Finding(
                id=f"{doc_id}:{kind}:{number if number is not None else seq}",
                kind=kind,
                number=number,
                text=text,
                addressee=addressee_of(text)
                or ("the force" if kind == "area_for_improvement" else None),
                deadline=deadline_of(text, published),
                chunk_id=source.id,
                page=source.meta.page,
                section=source.meta.section or None,
            )
    for kind in KINDS:
        if not any(k[0] == kind for k in found):
            for f in _listed_findings(doc_id, chunks, published, kind):
                found[(f.kind, f.number, 0)] = f
    if not any(k[0] == "recommendation" for k in found):
        for f in _prose_recommendations(doc_id, chunks, published):
            found[(f.kind, f.number, 0)] = f
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(
        found.values(), key=lambda f: (order[f.kind], f.number if f.number is not None else 999)
    )


# Headings whose section lists findings of one kind without labels on each item.
_LIST_SECTIONS = {
    "recommendation": re.compile(r"\brecommendations?\b", re.I),
    "area_for_improvement": re.compile(r"\bareas? for improvement\b", re.I),
    "cause_of_concern": re.compile(r"\bcauses? of concern\b", re.I),
}
_ITEM_NUMBER = re.compile(r"^\s*(?:(\d{1,2})[.)]|[-•*–])\s+")
_IMPERATIVE = frozenset(
    """
    improve make ensure tighten retrieve develop review reduce increase introduce establish
    strengthen provide understand identify use record put carry consider work publish set
    train give assess monitor manage respond answer attend build complete create evaluate
    share prioritise allocate resource stop bring urgently
    """.split()  # noqa: SIM905
)


def _item_text(block: str) -> tuple[int | None, int]:
    """An item's number ("2." -> 2, bullets None) and where its words start."""
    m = _ITEM_NUMBER.match(block)
    if not m:
        return None, 0
    return (int(m.group(1)) if m.group(1) else None), m.end()


_KIND_NOUN = {
    "recommendation": re.compile(r"\brecommend", re.I),
    "area_for_improvement": re.compile(
        r"\bareas? (?:for (?:improvement|further work)|(?:that )?(?:need|needing|needs) "
        r"(?:to )?improve)",
        re.I,
    ),
    "cause_of_concern": re.compile(r"\bcauses? of concern\b", re.I),
}
# A lead-in anywhere that counts the findings it lists ("HMICFRS listed six specific areas
# for further work:", "It made these recommendations:").
_COUNTING_LEAD = re.compile(
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|these|the "
    r"following)\s+(?:\w+\s+){0,2}?(?:recommendations|areas|causes of concern)\b[^.]*:$",
    re.I,
)


def _lead_lists(lead: str, kind: str) -> bool:
    """Whether the items after a lead-in are findings each ("inspectors found three causes
    of concern:", "Within three months – improve:", "the force was failing to:"), not the
    parts of one ("Each plan was to be:"). Only the lead-in's own sentence counts."""
    lead = re.split(r"(?<=[.!?])\s+", lead.strip())[-1]
    if _KIND_NOUN[kind].search(lead):
        return True
    last = re.findall(r"[a-z]+", lead.lower())[-1:]
    return bool(last) and (last[0] in _IMPERATIVE or last[0] in ("to", "should", "must"))


# A heading that is one finding ("Cause of concern: breaches of orders"), not a list of them.
_ONE_FINDING = {
    "recommendation": re.compile(r"^\s*recommendation\b(?!s)", re.I),
    "area_for_improvement": re.compile(r"^\s*area for improvement\b", re.I),
    "cause_of_concern": re.compile(r"^\s*(?:accelerated\s+)?cause of concern\b", re.I),
}
# "Missing children. The force does not ...": a short label sentence, then the finding.
_LABELLED = re.compile(
    r"^(?![^.]*\b(?:is|are|was|were|has|have|had|made|makes|set|sets|said|found)\b)"
    r"[A-Z][\w,'’()-]*(?: [\w,'’()-]+){0,5}\.\s+[A-Z]"
)


def _listed_findings(
    doc_id: str, chunks: Sequence[_Chunk], published: date | None, kind: str
) -> list[Finding]:
    """Unlabelled findings of `kind` under a heading naming them ("Causes of concern",
    "Recommendations (to be met within three months)", "Areas for improvement"): numbered or
    bulleted items, items after a lead-in ending with a colon ("... was failing to:"),
    "Label. Finding" paragraphs, and blocks saying who "should" do what or opening with an
    instruction ("Improve ..."). A heading naming one finding ("Cause of concern: breaches
    of orders") takes its first paragraph. A list runs on into the next chunk of its section;
    an item without a deadline of its own takes its lead-in's or its heading's ("within
    three months")."""
    out: list[Finding] = []
    state: tuple[str, bool, bool, str | None] = ("", False, True, None)
    for chunk in chunks:
        section = chunk.meta.section or ""
        heading = section.split(">")[-1].strip()
        if _ONE_FINDING[kind].search(heading):
            blocks = [(a, b) for a, b in _blocks(chunk.text) if chunk.text[a:b].strip() != heading]
            if blocks and len(chunk.text[blocks[0][0] : blocks[0][1]].split()) >= 8:
                a, b = blocks[0]
                out.append(_listed(doc_id, kind, len(out) + 1, chunk, a, b, published, None))
            continue
        if not _LIST_SECTIONS[kind].search(heading):
            out.extend(_led_items(doc_id, kind, len(out), chunk, published))
            state = ("", False, True, None)
            continue
        plain = _plain_list(chunk, heading)
        same, after_lead, lead_ok, lead_due = state
        if same != section:
            after_lead, lead_ok, lead_due = False, True, None  # no lead-in yet
        heading_due = deadline_of(heading, published)
        for start, end in _blocks(chunk.text):
            block = chunk.text[start:end]
            number, skip = _item_text(block)
            text = block[skip:].strip()
            words = text.split()
            first = words[0].lower().strip(",;:*") if words else ""
            if text.rstrip(".:").lower() == heading.lower():
                continue
            if text.endswith(":"):
                lead_due = deadline_of(text, published)
                # "Within six months:" groups the section's findings by deadline.
                timed = lead_due is not None and len(words) <= 6
                after_lead, lead_ok = True, timed or _lead_lists(text, kind)
                continue
            is_item = (
                (skip > 0 and len(words) >= 1 and lead_ok)
                or (after_lead and lead_ok and 1 <= len(words) <= 80)
                or (" should " in f" {text} " and 6 <= len(words) <= 120)
                or (first in _IMPERATIVE and 5 <= len(words) <= 120)
                or (not after_lead and bool(_LABELLED.match(text)) and len(words) <= 120)
                or plain
            )
            if not is_item:
                after_lead = False  # the list is over
                continue
            n = number if number is not None else len(out) + 1
            due = lead_due or heading_due
            out.append(_listed(doc_id, kind, n, chunk, start + skip, end, published, due))
            if text[-1:] == "." and not text.endswith(("; and.", "and.")) and after_lead:
                after_lead = False  # "...; and" items end at the one with a full stop
        state = (section, after_lead, lead_ok, lead_due)
    return out


def _plain_list(chunk: _Chunk, heading: str) -> bool:
    """A section under a heading naming findings, with no lead-in, whose every paragraph is
    one short sentence ("A more coherent, integrated system of national tasking ..."): a
    list whose numbering the page lost."""
    blocks = [chunk.text[a:b].strip() for a, b in _blocks(chunk.text)]
    blocks = [b[_item_text(b)[1] :].strip() for b in blocks]  # "1. " is a number
    blocks = [b for b in blocks if b.rstrip(".:").lower() != heading.lower()]
    return len(blocks) >= 2 and all(
        len(b.split()) <= 60 and not b.endswith(":") and len(re.findall(r"[.!?](?:\s|$)", b)) <= 1
        for b in blocks
    )


def _led_items(
    doc_id: str, kind: str, seq: int, chunk: _Chunk, published: date | None
) -> list[Finding]:
    """Items after a lead-in that counts findings of `kind`, in a section of any name."""
    out: list[Finding] = []
    blocks = _blocks(chunk.text)
    for bi, (a, b) in enumerate(blocks):
        lead = chunk.text[a:b].strip()
        last = re.split(r"(?<=[.!?])\s+", lead)[-1]
        if not (_COUNTING_LEAD.search(last) and _KIND_NOUN[kind].search(last)):
            continue
        numbered = False
        for start, end in blocks[bi + 1 :]:
            number, skip = _item_text(chunk.text[start:end])
            item = chunk.text[start + skip : end].strip()  # "1. " is a number, not a sentence
            sentences = len(re.findall(r"[.!?](?:\s|$)", item))
            prose = sentences > 2 or (sentences > 1 and not _LABELLED.match(item))
            if item.endswith(":") or not 1 <= len(item.split()) <= 80 or prose:
                break  # the list is over where prose resumes
            if number is None and numbered:
                break  # an unnumbered block after numbered items is prose again
            numbered = numbered or number is not None
            n = number if number is not None else seq + len(out) + 1
            out.append(_listed(doc_id, kind, n, chunk, start + skip, end, published, None))
        break
    return out


# Recommendations written as prose: "Inspectors recommended a dedicated professional ...",
# "recommendations ... include one that they take steps to ...", "The recommendations on
# finance required the force to A; to B; and to C".
_RECOMMENDED = re.compile(
    r"\b(?:recommended(?: that)?|recommendations?[^.;]{0,60}?\binclud(?:e|es|ed) one that"
    r"(?: they)?|recommendations?\b[^.;]{0,80}?, including)\s+(?P<text>[^.]{10,400}\.)",
    re.I,
)
_REQUIRED = re.compile(
    r"\brecommendations?\b[^.]{0,60}?\brequired (?:the force|forces|chief constables) to "
    r"(?P<items>[^.]{10,800})\.",
    re.I,
)


def _prose_recommendations(
    doc_id: str, chunks: Sequence[_Chunk], published: date | None
) -> list[Finding]:
    out: list[Finding] = []
    for chunk in chunks:
        for m in _REQUIRED.finditer(chunk.text):
            start = m.start("items")
            for part in re.finditer(r"(?:^|;\s*(?:and\s+)?to\s+)([^;]+)", m.group("items")):
                a, b = start + part.start(1), start + part.end(1)
                out.append(
                    _listed(doc_id, "recommendation", len(out) + 1, chunk, a, b, published, None)
                )
        for m in _RECOMMENDED.finditer(chunk.text):
            a, b = m.start("text"), m.end("text")
            due = deadline_of(m.group(0), published)  # "... to be met within three months"
            out.append(_listed(doc_id, "recommendation", len(out) + 1, chunk, a, b, published, due))
    return out


def _listed(
    doc_id: str,
    kind: str,
    n: int,
    chunk: _Chunk,
    start: int,
    end: int,
    published: date | None,
    due: str | None,
) -> Finding:
    text = chunk.text[start:end].strip()
    return Finding(
        id=f"{doc_id}:{kind}:{n}",
        kind=kind,
        number=n,
        text=text,
        addressee=addressee_of(text) or ("the force" if kind == "area_for_improvement" else None),
        deadline=deadline_of(text, published) or due,
        chunk_id=chunk.id,
        page=chunk.meta.page,
        section=chunk.meta.section or None,
    )


def classify(text: str) -> str:
    """action (a specific step), acknowledged (welcomed or noted, no step), or disputed."""
    if _DISPUTED.search(text):
        return "disputed"
    if _ACTION.search(text):
        return "action"
    return "acknowledged"  # welcomed, noted or accepted, with no step named


_REF = re.compile(
    r"\b(?P<label>recommendation|rec|area for improvement|areas for improvement|afi|"
    r"cause of concern|causes of concern|coc)s?\s*(?P<nums>\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*)\b",
    re.IGNORECASE,
)


def _ref_kind(label: str) -> str:
    label = label.lower()
    return "recommendation" if label == "rec" else _kind(label)


def _restates(block: str, finding: Finding) -> bool:
    """The response repeating the finding's own words before answering it."""
    a, b = set(tokenize(block)), set(tokenize(finding.text))
    return bool(a) and len(a & b) / len(a) >= 0.7


def link_response(finding: Finding, doc_id: str, chunks: Sequence[_Chunk]) -> ResponseLink | None:
    """The passage of a response that addresses `finding`: by its number ("Recommendation 3",
    "areas for improvement 1, 2 and 4") or, failing that, by shared content words;
    classified. A label and a restatement of the finding are passed over to the answer."""
    if finding.number is not None:
        for chunk in chunks:
            blocks = _blocks(chunk.text)
            for bi, (start, end) in enumerate(blocks):
                block = chunk.text[start:end]
                for m in _REF.finditer(block):
                    nums = {int(x) for x in re.findall(r"\d{1,2}", m.group("nums"))}
                    if _ref_kind(m.group("label")) != finding.kind or finding.number not in nums:
                        continue
                    span = _answer_span(chunk.text, blocks, bi, finding)
                    quote = chunk.text[span[0] : span[1]].strip()
                    return ResponseLink(doc_id, classify(quote), quote, chunk.id)
    want = set(tokenize(finding.text)) - {"force", "should", "chief", "constable", "make", "sure"}
    best: tuple[float, str, str] | None = None
    for chunk in chunks:
        for start, end in _blocks(chunk.text):
            block = chunk.text[start:end].strip()
            have = set(tokenize(block))
            # A headline or label naming the topic is not an answer to it.
            if not want or len(block.split()) < 10:
                continue
            score = len(want & have) / len(want)
            if len(want) <= 3 and score < 1.0:
                continue  # a short finding ("crime recording;") must be named whole
            if best is None or score > best[0]:
                best = (score, block, chunk.id)
    if best is not None and best[0] >= 0.5:
        return ResponseLink(doc_id, classify(best[1]), best[1], best[2])
    return None


def _answer_span(
    text: str, blocks: list[tuple[int, int]], bi: int, finding: Finding
) -> tuple[int, int]:
    """From the block naming the finding: skip a bare label and a restatement, then take
    the answer's blocks up to the next finding's label (at most three)."""
    start, end = blocks[bi]
    first = text[start:end]
    if len(first.split()) >= 12 and not _restates(first, finding):
        return start, end  # the naming block is itself the answer ("Rec 3: we have ...")
    j = bi + 1
    while j < len(blocks) and _restates(text[blocks[j][0] : blocks[j][1]], finding):
        j += 1
    if j >= len(blocks):
        return start, end
    k = j
    while k + 1 < len(blocks) and k - j < 2:
        nxt = text[blocks[k + 1][0] : blocks[k + 1][1]]
        if _START.match(nxt) or _REF.match(nxt.strip()):
            break
        k += 1
    return blocks[j][0], blocks[k][1]


def _with_following(text: str, start: int, end: int) -> str:
    """A block, or a label-only block ("Recommendation 1") with the block after it."""
    block = text[start:end].strip()
    if len(block.split()) >= 8:
        return block
    rest = [(a, b) for a, b in _blocks(text) if a >= end]
    if rest:
        return text[start : rest[0][1]].strip()
    return block


def s55_day(report_published: str | None, response_published: str | None) -> int | None:
    """Day number of the response counted from the report's publication (that day = 1)."""
    a, b = parse_day(report_published), parse_day(response_published)
    if a is None or b is None:
        return None
    return (b - a).days + 1


def responds_to(response: Sequence[_Chunk], reports: dict[str, list[_Chunk]]) -> str | None:
    """The report a response answers: declared (`responds_to`), else inferred from its text:
    the report of the response's force, published before it, whose title words the response
    uses most (at least half of them)."""
    meta = response[0].meta
    if meta.responds_to:
        return meta.responds_to
    words = set(tokenize(" ".join(c.text for c in response[:6]) + " " + meta.title))
    best: tuple[float, str] | None = None
    for doc_id, chunks in reports.items():
        rm = chunks[0].meta
        if meta.force and rm.force and rm.force != meta.force:
            continue
        if rm.published and meta.published and rm.published[:10] > meta.published[:10]:
            continue
        title = set(tokenize(rm.title)) - {"police", "constabulary", "inspection", "report"}
        if not title:
            continue
        score = len(title & words) / len(title)
        if best is None or score > best[0]:
            best = (score, doc_id)
    return best[1] if best is not None and best[0] >= 0.5 else None


S55_STATUSES = (
    "responded_within_56_days",
    "responded_late",
    "no_response_overdue",
    "no_response_not_yet_due",
    "unknown",
    "national",
)


def s55_status(
    force: str | None, published: date | None, days: Sequence[int | None], today: date | None
) -> dict[str, Any]:
    """The s55 clock of one report: the last day (publication day = day 1, so day 56 is
    publication + 55 days) and where its PCC's comments stand. A national report is
    answered by every PCC; the library cannot know which are missing, so it says so."""
    if not force or find_forces(force, in_question=True) != [force]:
        return {"due": None, "status": "national"}  # "All forces (England and Wales)"
    if published is None:
        return {"due": None, "status": "unknown"}
    due = published + timedelta(days=55)
    known = [d for d in days if d is not None]
    if known:
        ok = min(known) <= 56
        return {
            "due": due.isoformat(),
            "status": "responded_within_56_days" if ok else "responded_late",
        }
    if days:
        return {"due": due.isoformat(), "status": "unknown"}  # a response, undated
    if today is None:
        return {"due": due.isoformat(), "status": "unknown"}
    late = today > due
    return {
        "due": due.isoformat(),
        "status": "no_response_overdue" if late else "no_response_not_yet_due",
    }


def build_ledger(
    ids: Sequence[str],
    texts: Sequence[str],
    metas: Sequence[Metadata],
    today: date | None = None,
) -> list[ReportEntry]:
    """The ledger of every inspection and thematic report in the library (`today` dates
    the s55 clock of reports no response answers yet; None: not judged)."""
    docs: dict[str, list[_Chunk]] = {}
    for cid, text, raw in zip(ids, texts, metas, strict=True):
        meta = ChunkMeta.from_chroma(raw)
        docs.setdefault(meta.doc_id, []).append(_Chunk(cid, text, meta))
    for chunks in docs.values():
        chunks.sort(key=lambda c: c.meta.index)
    reports = {d: c for d, c in docs.items() if c[0].meta.doc_type in REPORT_TYPES}
    responses = {d: c for d, c in docs.items() if c[0].meta.doc_type == "pcc_response"}
    # The same report ingested twice (two formats): one entry, the one with more text.
    seen: dict[tuple[str, str, str], str] = {}
    for doc_id, chunks in sorted(reports.items()):
        m = chunks[0].meta
        key = (m.title.lower(), m.force, m.published)
        other = seen.get(key)
        if other is None or sum(len(c.text) for c in chunks) > sum(
            len(c.text) for c in reports[other]
        ):
            seen[key] = doc_id
    answers = {rid: responds_to(chunks, reports) for rid, chunks in responses.items()}
    # A response to a duplicate copy of a report answers the kept copy.
    kept = {
        d: seen[(c[0].meta.title.lower(), c[0].meta.force, c[0].meta.published)]
        for d, c in reports.items()
    }
    answers = {rid: kept.get(t or "", t) for rid, t in answers.items()}
    out: list[ReportEntry] = []
    for doc_id in sorted(seen.values()):
        chunks = reports[doc_id]
        m = chunks[0].meta
        published = parse_day(m.published)
        findings = extract_findings(doc_id, chunks, published)
        answering = sorted(d for d, target in answers.items() if target == doc_id)
        infos: list[ResponseInfo] = []
        for rid in answering:
            rm = responses[rid][0].meta
            day = s55_day(m.published, rm.published)
            infos.append(
                ResponseInfo(
                    rid,
                    rm.title,
                    rm.force or None,
                    rm.published or None,
                    day,
                    None if day is None else day <= 56,
                )
            )
            for f in findings:
                link = link_response(f, rid, responses[rid])
                if link is not None:
                    f.responses.append(link)
        round_ = peel_round(m.title)
        out.append(
            ReportEntry(
                doc_id,
                m.title,
                m.doc_type,
                m.force or None,
                m.published or None,
                declared_counts([c.text for c in chunks]),
                findings,
                infos,
                report_grades([(c.id, c.text) for c in chunks]),
                round_,
                scale_of(round_),
                s55_status(m.force or None, published, [i.day for i in infos], today),
            )
        )
    return out


def unanswered_responses(
    ids: Sequence[str], texts: Sequence[str], metas: Sequence[Metadata]
) -> list[dict[str, str]]:
    """Responses whose `responds_to` names a report the library does not hold."""
    held = {str(m.get("doc_id")) for m in metas if m.get("doc_type") in REPORT_TYPES}
    out: dict[str, dict[str, str]] = {}
    for raw in metas:
        m = ChunkMeta.from_chroma(raw)
        if m.doc_type == "pcc_response" and m.responds_to and m.responds_to not in held:
            out[m.doc_id] = {
                "doc_id": m.doc_id,
                "title": m.title,
                "responds_to": m.responds_to,
                "note": "responds to a report not in the library",
            }
    return sorted(out.values(), key=lambda r: r["doc_id"])


def passage_findings(doc_id: str, chunks: Sequence[Any], published: str | None) -> list[Finding]:
    """The numbered findings of one document given as passages in reading order (anything
    with chunk_id, text, page and section): the answerer's way into the ledger's reading."""
    wrapped = [
        _Chunk(
            c.chunk_id,
            c.text,
            ChunkMeta(
                doc_id, "", "", "", "", i, 0, len(c.text), page=c.page, section=c.section or ""
            ),
        )
        for i, c in enumerate(chunks)
    ]
    return extract_findings(doc_id, wrapped, parse_day(published))


# What a question asks to list: "the recs", "AFIs", "causes of concern".
ASKED_FINDINGS = {
    "recommendation": re.compile(r"\b(?:recommendations|recs)\b", re.I),
    "area_for_improvement": re.compile(r"\b(?:areas for improvement|afis)\b", re.I),
    "cause_of_concern": re.compile(r"\b(?:causes of concern|cocs)\b", re.I),
}


# Questions about the findings rather than asking for them: counts, responses, progress.
_NOT_A_LISTING = re.compile(
    r"\b(?:how many|number of|respond\w*|response|repl\w+|accept\w*|reject\w*|progress|"
    r"implement\w*|say|said|think|view|why|did|does|has|have|were any|are any|is there|"
    r"status|closed|discharged|met|deadline|when|how|who|who's|whose|lead|leads|leading|"
    r"done|doing)\b",
    re.IGNORECASE,
)
# "What recs did HMI make to Wilts?", "which AFIs has Kent got?": the auxiliary asks for the
# findings themselves, not about something done with them.
_GIVEN = re.compile(
    r"\b(?:did|does|do|has|have)\b(?=(?:\s+[\w'’&-]+){1,6}?\s+(?:make|made|get|got|give|gave|"
    r"receive|received|issue|issued|set out|list|listed|contain|include|come up with)\b)",
    re.IGNORECASE,
)
PLURAL = {
    "recommendation": "recommendations",
    "area_for_improvement": "areas for improvement",
    "cause_of_concern": "causes of concern",
}


_NAMED_FINDING = re.compile(
    r"\b(rec(?:ommendation)?|afi|area for improvement|cause of concern|coc)\s*"
    r"(?:no\.?\s*|number\s*)?(\d{1,2})\b",
    re.IGNORECASE,
)
_KIND_OF_LABEL = {
    "rec": "recommendation",
    "recommendation": "recommendation",
    "afi": "area_for_improvement",
    "area for improvement": "area_for_improvement",
    "cause of concern": "cause_of_concern",
    "coc": "cause_of_concern",
}
LABELS = {
    "recommendation": r"rec(?:ommendation)?",
    "area_for_improvement": r"(?:afi|area for improvement)",
    "cause_of_concern": r"(?:coc|cause of concern)",
}


def named_finding(question: str) -> tuple[str, int] | None:
    """The one numbered finding a question names ("rec 5", "AFI 3", "cause of concern 2")."""
    m = _NAMED_FINDING.search(question)
    if m is None:
        return None
    return _KIND_OF_LABEL[m.group(1).lower()], int(m.group(2))


_AREA_NAMES = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for a in sorted(PEEL_AREAS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def asked_area(question: str) -> str | None:
    """The PEEL area a question narrows findings to ("AFIs under responding to the public")."""
    m = _AREA_NAMES.search(question)
    return m.group(0).lower() if m else None


_FINDING_HEADING = re.compile(
    r"\b(?:area for improvement|areas for improvement|afi|recommendations?|causes? of concern)\b",
    re.IGNORECASE,
)


def areas_by_chunk(chunks: Sequence[Any]) -> dict[str, str | None]:
    """The PEEL area each chunk sits under, reading the section headings in order: a
    finding's own heading ("Area for improvement 3") and running lines keep the area the
    text is in; any other heading ends it."""
    out: dict[str, str | None] = {}
    current: str | None = None
    for c in chunks:
        section = c.section or ""
        named = _AREA_NAMES.search(section)
        if named:
            current = named.group(0).lower()
        elif section and not _FINDING_HEADING.search(section) and "|" not in section:
            current = None
        out[c.chunk_id] = current
    return out


_YES_NO_START = re.compile(r"^\W*(?:did|does|do|has|have|is|are|was|were)\b", re.IGNORECASE)


def asked_findings(question: str) -> str | None:
    """The kind of finding a question asks to have listed ("What were the recs in ...?"),
    None when it asks about something else or about one numbered finding."""
    kinds = [k for k, p in ASKED_FINDINGS.items() if p.search(question)]
    # "... under responding to the public": an area's name, not a question about responses.
    asked = (
        _GIVEN.sub(" ", _AREA_NAMES.sub(" ", question))
        if not _YES_NO_START.match(question)
        else question
    )
    if len(kinds) != 1 or _NOT_A_LISTING.search(asked):
        return None
    if re.search(r"\b(?:recommendation|afi|area for improvement)\s+\d", question, re.I):
        return None
    return kinds[0]
