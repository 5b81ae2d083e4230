"""Who signed a document: the name and role at the foot of a letter, response or report
("Signed: / Marion Thwaite / Police and Crime Commissioner for Cumbria"). Pure functions.

A signature is a short block that is a person's name, with a role in the same block or the
next one, or after "Signed:" / "Yours sincerely". A name inside a sentence is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.forces import find_forces

# Asking who: "Who signed ...?", "Which HMI signed off ...?" ("which recs were signed off?"
# asks about findings closed, not about a signature).
_ASKS = re.compile(
    r"\b(?:who|which (?:hmi|hm inspector|inspector|commissioner|pcc|pfcc|mayor|person|officer|"
    r"official))\s+(?:(?:actually|formally)\s+)?(?:signed|wrote|authored|put (?:their|his|her) "
    r"name to)\b|\bwho\s+(?:was|is)\s+(?:it|the (?:letter|report|response))\s+signed by\b"
    r"|\bsignator(?:y|ies)\b|\bwhose (?:name|signature)\b|\bwho (?:is|was) the author\b",
    re.IGNORECASE,
)
_ROLE_WORDS = (
    r"(?:deputy\s+)?police,?\s+(?:fire(?:\s+(?:and|&)\s+rescue)?,?\s+)?(?:and|&)\s+crime\s+"
    r"commissioner|(?:his|her)\s+majesty['’]?s\s+(?:chief\s+)?inspector|hm\s+(?:chief\s+)?"
    r"inspector|(?:deputy\s+|assistant\s+)?chief\s+constable|(?:deputy\s+)?mayor|commissioner|"
    r"chief\s+executive|director|head\s+of|apcc"
)
_ROLE = re.compile(rf"^(?:the\s+)?(?:{_ROLE_WORDS})\b", re.IGNORECASE)
# A name's words stop where a role starts ("Vera Baird Police and Crime Commissioner").
_NAME_WORD = (
    r"(?!(?:Police|Chief|His|Her|HM|Deputy|Assistant|Mayor|Commissioner|APCC|OBE|MBE|CBE|QPM)\b)"
)
_HONORIFIC = r"(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Miss|Lord|Baroness|Cllr|Councillor)\.?\s+)?"
_NAME = re.compile(
    rf"^{_HONORIFIC}([A-Z][a-z’'A-Z-]+(?:\s+{_NAME_WORD}[A-Z][a-z’'A-Z-]+){{1,3}})"
    r"(?:\s+(?:OBE|MBE|CBE|QPM|KPM|DL|JP|KC|QC))*\s*,?\s*(.*)$",
    re.DOTALL,
)
_LEAD = re.compile(r"^(?:signed|yours sincerely|yours faithfully|with best wishes)\b[:,]?", re.I)
# Capitalised words that start a heading or a sentence, not a name.
_NOT_NAMES = frozenset(
    [
        "The",
        "This",
        "That",
        "Our",
        "Your",
        "Police",
        "Crime",
        "Office",
        "Report",
        "Response",
        "Summary",
        "Chief",
        "Annex",
        "Appendix",
        "Contents",
        "Share",
        "Back",
        "Related",
        "Media",
        "Press",
        "Tags",
        "Next",
        "Published",
        "Date",
    ]
)


@dataclass(frozen=True)
class Signature:
    start: int  # span in the text: the name and its role
    end: int
    name: str
    role: str


# "Who's the HMI on 'Behind the counter'?": a report's inspector is the one who signs it.
_ASKS_INSPECTOR = re.compile(
    r"\bwho(?:'s|’s| is| was)\s+(?:the\s+)?(?:hmi|hm inspector|his majesty's inspector|"
    r"inspector)\s+(?:on|of|for|behind|that (?:led|wrote))\s+(?:the\s+)?"
    r"(?:['‘\"]|(?:[\w'’-]+\s+){0,4}?(?:report|thematic|inspection|peel|review)\b)",
    re.IGNORECASE,
)


def asks_signatory(question: str) -> bool:
    """'Who signed the Northants PFCC response?' / 'Which HMI signed off the PEEL?'"""
    return _ASKS.search(question) is not None or asks_inspector(question)


def asks_inspector(question: str) -> bool:
    """'Who's the HMI on the retail thematic?': the inspector who signed that report."""
    return _ASKS_INSPECTOR.search(question) is not None


def _blocks(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)]


def signatures(text: str) -> list[Signature]:
    """Every signature block in `text`, in order."""
    blocks = _blocks(text)
    out: list[Signature] = []
    for n, (start, end) in enumerate(blocks):
        block = " ".join(text[start:end].split())
        signed = _LEAD.match(block)
        if signed:  # "Signed: Marion Thwaite" on one line
            rest = block[signed.end() :].strip()
            at = text.find(rest.split()[0], start, end) if rest else -1
            if at < 0:
                continue
            start, block = at, rest
        m = _NAME.match(block)
        if m is None or len(block.split()) > 20 or block.endswith((".", "?", ":")):
            continue
        name, tail = m.group(1), m.group(2).strip()
        if name.split()[0] in _NOT_NAMES or _ROLE.match(name) or find_forces(name):
            continue  # "West Yorkshire Police and Crime Commissioner ..." is a title
        after = n + 1 < len(blocks) and _ROLE.match(" ".join(text[slice(*blocks[n + 1])].split()))
        before = n > 0 and _LEAD.match(" ".join(text[slice(*blocks[n - 1])].split()))
        if tail and _ROLE.match(tail):
            out.append(Signature(start, end, name, tail))
        elif not tail and after:
            role_end = blocks[n + 1][1]
            role = " ".join(text[blocks[n + 1][0] : role_end].split())
            out.append(Signature(start, role_end, name, role))
        elif not tail and (before or signed):
            out.append(Signature(start, end, name, ""))
    return out
