"""The 43 territorial police forces of England and Wales, and the other forces the
inspectorates report on, with the names people use for them.

Used to infer a document's force at ingest and to recognise forces in questions.
"""

from __future__ import annotations

import re
from functools import cache

# Canonical name -> other ways of writing it (lower-case; matched on word boundaries).
TERRITORIAL_FORCES: dict[str, tuple[str, ...]] = {
    "Avon and Somerset Constabulary": (
        "avon and somerset",
        "avon & somerset",
        "a&s",
        "a and s",
        "somerset",
        "bristol",
    ),
    "Bedfordshire Police": ("bedfordshire", "beds police", "beds"),
    "Cambridgeshire Constabulary": ("cambridgeshire", "cambs"),
    "Cheshire Constabulary": ("cheshire",),
    "City of London Police": ("city of london police", "city of london", "colp"),
    "Cleveland Police": ("cleveland",),
    "Cumbria Constabulary": ("cumbria",),
    "Derbyshire Constabulary": ("derbyshire", "derbys"),
    "Devon and Cornwall Police": (
        "devon and cornwall",
        "devon & cornwall",
        "devon, cornwall",
        "d&c",
        "d and c",
        "devon",
        "cornwall",
        "isles of scilly",
    ),
    "Dorset Police": ("dorset",),
    "Durham Constabulary": ("durham",),
    "Dyfed-Powys Police": ("dyfed-powys", "dyfed powys", "dyfed", "powys"),
    "Essex Police": ("essex",),
    "Gloucestershire Constabulary": ("gloucestershire", "glos"),
    "Greater Manchester Police": (
        "greater manchester",
        "gmp",
        "gm",
        "manchester",
        "gtr manchester",
    ),
    "Gwent Police": ("gwent",),
    "Hampshire Constabulary": (
        "hampshire",
        "isle of wight",
        "hampshire and isle of wight",
        "hants",
        "hiow",
        "hiowc",
    ),
    "Hertfordshire Constabulary": ("hertfordshire", "herts"),
    "Humberside Police": ("humberside",),
    "Kent Police": ("kent",),
    "Lancashire Constabulary": ("lancashire", "lancs"),
    "Leicestershire Police": ("leicestershire", "leics"),
    "Lincolnshire Police": ("lincolnshire", "lincs"),
    "Merseyside Police": ("merseyside",),
    "Metropolitan Police Service": (
        "metropolitan police",
        "the met",
        "met police",
        "mps",
        "mopac",
        "london",
        "metropolitan",
    ),
    "Norfolk Constabulary": ("norfolk",),
    "North Wales Police": ("north wales", "nwp", "n wales"),
    "North Yorkshire Police": ("north yorkshire", "nyp", "n yorks", "north yorks"),
    "Northamptonshire Police": ("northamptonshire", "northants"),
    "Northumbria Police": ("northumbria", "northumberland", "tyne and wear"),
    "Nottinghamshire Police": ("nottinghamshire", "notts"),
    "South Wales Police": ("south wales", "swp", "s wales"),
    "South Yorkshire Police": ("sy", "south yorkshire", "syp", "s yorks", "south yorks"),
    "Staffordshire Police": ("staffordshire", "staffs"),
    "Suffolk Constabulary": ("suffolk",),
    "Surrey Police": ("surrey",),
    "Sussex Police": ("sussex",),
    "Thames Valley Police": (
        "thames valley",
        "tvp",
        "oxfordshire",
        "oxon",
        "berkshire",
        "berks",
        "buckinghamshire",
        "bucks",
    ),
    "Warwickshire Police": ("warwickshire", "warks"),
    "West Mercia Police": (
        "west mercia",
        "worcestershire",
        "worcs",
        "herefordshire",
        "shropshire",
        "salop",
        "telford",
    ),
    "West Midlands Police": ("west midlands", "wmp", "west mids", "w mids"),
    "West Yorkshire Police": ("west yorkshire", "wy", "wyp", "w yorks", "west yorks"),
    "Wiltshire Police": ("wiltshire", "wilts"),
}
# Forces outside the 43 that HMICFRS (or, for Scotland, HMICS) inspects: a question about
# one the library holds nothing on is refused like any other absent force.
OTHER_FORCES: dict[str, tuple[str, ...]] = {
    "British Transport Police": ("british transport police", "btp"),
    "Civil Nuclear Constabulary": ("civil nuclear constabulary",),
    "Ministry of Defence Police": ("ministry of defence police", "mod police"),
    "Police Service of Northern Ireland": ("police service of northern ireland", "psni"),
    "Police Scotland": ("police scotland",),
}
FORCES: dict[str, tuple[str, ...]] = {**TERRITORIAL_FORCES, **OTHER_FORCES}
# Two-letter shorthand that is a force only in capitals ("WY", "SY"; not "sy").
_CAPITALS_ONLY = frozenset({"wy", "sy", "gm"})
# Short aliases that are too ambiguous inside documents (fine inside questions).
_QUESTION_ONLY = {
    "btp",
    "d&c",
    "d and c",
    "glos",
    "gmp",
    "mps",
    "wy",
    "sy",
    "tvp",
    "wmp",
    "colp",
    "hiow",
    "hiowc",
    "gm",
    "nwp",
    "swp",
    "n wales",
    "s wales",
    "west mids",
    "w mids",
    "the met",
    "london",
    "manchester",
    "devon",
    "cornwall",
    "herts",
    "lancs",
    "leics",
    "lincs",
    "notts",
    "northants",
    "staffs",
    "beds police",
    "metropolitan",
    "isles of scilly",
    "isle of wight",
    "mopac",
    "a&s",
    "a and s",
    "cambs",
    "derbys",
    "hants",
    "nyp",
    "syp",
    "wyp",
    "wilts",
    # County shorthand staff write (Royal Mail's traditional county abbreviations), and the
    # counties a force covers: clear in a question, too loose to infer a document's force.
    "warks",
    "worcs",
    "salop",
    "oxon",
    "berks",
    "bucks",
    "beds",
    "telford",
    "dyfed",
    "powys",
    "gtr manchester",
    "n yorks",
    "north yorks",
    "s yorks",
    "south yorks",
    "w yorks",
    "west yorks",
    "somerset",
    "bristol",
    "worcestershire",
    "herefordshire",
    "shropshire",
    "oxfordshire",
    "berkshire",
    "buckinghamshire",
    "northumberland",
    "tyne and wear",
}


@cache
def _pattern(in_question: bool) -> re.Pattern[str]:
    names: list[tuple[str, str]] = []
    for canonical, aliases in FORCES.items():
        names.append((canonical.lower(), canonical))
        for alias in aliases:
            if in_question or alias not in _QUESTION_ONLY:
                names.append((alias, canonical))
    names.sort(key=lambda x: -len(x[0]))
    _pattern_lookup[in_question] = dict(names)
    alternatives = "|".join(re.escape(n) for n, _ in names)
    return re.compile(rf"(?<![\w&'’])({alternatives})(?![\w&])", re.IGNORECASE)


_pattern_lookup: dict[bool, dict[str, str]] = {}


def find_forces(text: str, *, in_question: bool = False) -> list[str]:
    """Canonical names of the forces mentioned in `text`, most mentioned first."""
    pattern = _pattern(in_question)
    lookup = _pattern_lookup[in_question]
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in pattern.finditer(text):
        alias = m.group(1).lower()
        if alias in _CAPITALS_ONLY and not m.group(1).isupper():
            continue  # "WY", "SY" only as the upper-case abbreviations
        name = lookup.get(alias)
        if name is None:
            continue
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, m.start())
    return sorted(counts, key=lambda n: (-counts[n], first[n]))


def without_forces(text: str) -> str:
    """`text` with every force name and alias (question aliases included) blanked out."""
    return _pattern(True).sub(" ", text)


def force_spans(text: str, *, in_question: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of each force mention, in order (for swapping one force
    for another in a follow-up question)."""
    pattern = _pattern(in_question)
    lookup = _pattern_lookup[in_question]
    out: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        alias = m.group(1).lower()
        if alias in _CAPITALS_ONLY and not m.group(1).isupper():
            continue
        name = lookup.get(alias)
        if name is not None:
            out.append((m.start(1), m.end(1), name))
    return out
