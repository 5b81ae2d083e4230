"""Policing and inspection vocabulary: abbreviations with their expansions, and terms that
name the same thing. Written from the inspectorate's own glossary wording (HMICFRS PEEL
guidance, the Police Act 1996 and the Police Reform and Social Responsibility Act 2011),
not from any question set. Used to tell whether a sentence is about what a question asks
about ("MASHs" and "multi-agency safeguarding hubs"), and to expand queries."""

from __future__ import annotations

import re

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "acc": ("assistant chief constable",),
    "afi": ("area for improvement", "areas for improvement"),
    "afis": ("areas for improvement",),
    "asb": ("anti-social behaviour", "antisocial behaviour"),
    "btpa": ("british transport police authority",),
    "uof": ("use of force",),
    "mh": ("mental health",),
    "cc": ("chief constable",),
    "coc": ("cause of concern",),
    "cocs": ("causes of concern",),
    "hmi": ("hm inspector", "his majesty's inspector", "her majesty's inspector"),
    "hmci": ("hm chief inspector", "chief inspector of constabulary"),
    "ri": ("requires improvement",),
    "cid": ("criminal investigation department",),
    "aa": ("appropriate adult",),
    "cps": ("crown prosecution service",),
    "icv": ("independent custody visitor", "independent custody visiting"),
    "mha": ("mental health act",),
    "np": ("neighbourhood policing",),
    "npt": ("neighbourhood policing team",),
    "npts": ("neighbourhood policing teams",),
    "rec": ("recommendation",),
    "recs": ("recommendations",),
    "sec": ("secretary",),
    "csa": ("child sexual abuse",),
    "csae": ("child sexual abuse and exploitation", "child sexual exploitation and abuse"),
    "cse": ("child sexual exploitation",),
    "dcc": ("deputy chief constable",),
    "da": ("domestic abuse",),
    "dash": ("domestic abuse, stalking and harassment",),
    "dbs": ("disclosure and barring service",),
    "hmic": ("her majesty's inspectorate of constabulary", "inspectorate of constabulary"),
    "hmicfrs": (
        "his majesty's inspectorate of constabulary and fire & rescue services",
        "inspectorate of constabulary and fire and rescue services",
    ),
    "iom": ("integrated offender management",),
    "iopc": ("independent office for police conduct",),
    "jtai": ("joint targeted area inspection",),
    "mash": ("multi-agency safeguarding hub", "multi agency safeguarding hub"),
    "mashs": ("multi-agency safeguarding hubs",),
    "marac": ("multi-agency risk assessment conference",),
    "mappa": ("multi-agency public protection arrangements",),
    "mopac": ("mayor's office for policing and crime",),
    "nca": ("national crime agency",),
    "ncpi": ("national child protection inspection",),
    "npcc": ("national police chiefs' council", "national police chiefs council"),
    "ocg": ("organised crime group",),
    "opcc": ("office of the police and crime commissioner",),
    "pcc": ("police and crime commissioner",),
    "pcso": ("police community support officer",),
    "pfcc": ("police, fire and crime commissioner", "police fire and crime commissioner"),
    "psd": ("professional standards department",),
    "rasso": ("rape and serious sexual offences",),
    "pvp": ("protecting vulnerable people",),
    "ppu": ("public protection unit",),
    "caiu": ("child abuse investigation unit",),
    "vsa": ("victim service assessment",),
    "fcr": ("force control room",),
    "vru": ("violence reduction unit",),
    "idva": ("independent domestic violence adviser", "independent domestic violence advisor"),
    "isva": ("independent sexual violence adviser", "independent sexual violence advisor"),
    "sarc": ("sexual assault referral centre",),
    "dvpn": ("domestic violence protection notice",),
    "dvpo": ("domestic violence protection order",),
    "dvpns": ("domestic violence protection notices",),
    "dvpos": ("domestic violence protection orders",),
    "bwv": ("body-worn video", "body worn video"),
    "oocd": ("out-of-court disposal", "out of court disposal"),
    "rcrp": ("right care, right person", "right care right person"),
    "nfib": ("national fraud intelligence bureau",),
    "csp": ("community safety partnership",),
    "pcp": ("police and crime panel",),
    "pcsos": ("police community support officers",),
    "fms": ("force management statement",),
    "cmc": ("contact management centre",),
    "vaw": ("violence against women",),
    "sio": ("senior investigating officer",),
    "moj": ("ministry of justice",),
    "hmpps": ("his majesty's prison and probation service",),
    "mosovo": ("management of sexual or violent offenders",),
    "visor": ("violent and sex offender register",),
    "rso": ("registered sex offender",),
    "rsos": ("registered sex offenders",),
    "rocu": ("regional organised crime unit",),
    "soc": ("serious and organised crime",),
    "vawg": ("violence against women and girls",),
    # Ranks, units, systems and Acts as the College of Policing's glossary and the
    # inspectorate's reports write them.
    "con": ("constable",),
    "supt": ("superintendent",),
    "dci": ("detective chief inspector",),
    "dcs": ("detective chief superintendent",),
    "di": ("detective inspector",),
    "ds": ("detective sergeant",),
    "pc": ("police constable",),
    "rpu": ("roads policing unit", "roads policing"),
    "anpr": ("automatic number plate recognition",),
    "app": ("authorised professional practice",),
    "poca": ("proceeds of crime act", "proceeds of crime"),
    "pace": ("police and criminal evidence act",),
    "rui": ("released under investigation",),
    "nfa": ("no further action",),
    "fte": ("full-time equivalent", "full time equivalent"),
    "yos": ("youth offending service",),
    "yot": ("youth offending team",),
    "yjs": ("youth justice service",),
    "cjs": ("criminal justice system",),
    "rms": ("records management system",),
    "cad": ("computer-aided dispatch", "computer aided dispatch"),
    "ppn": ("public protection notice",),
    "dvds": ("domestic violence disclosure scheme",),
    "bcu": ("basic command unit",),
    "lpa": ("local policing area",),
    "pnc": ("police national computer",),
    "pnd": ("police national database",),
    "arv": ("armed response vehicle",),
    "nrm": ("national referral mechanism",),
    "ndm": ("national decision model",),
    "ocgs": ("organised crime groups",),
    "rocus": ("regional organised crime units",),
}

# Words that name one role or thing in different ways (each group: interchangeable).
SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"commissioner", "pcc", "pfcc", "mayor", "opcc"}),
    frozenset({"inspectorate", "hmic", "hmicfrs", "inspector", "inspectors"}),
    frozenset({"engage", "enhanced monitoring"}),
    frozenset({"kids", "children", "child", "young people"}),
    frozenset({"staff", "officers", "workforce", "personnel"}),
    frozenset({"money", "funding", "budget", "spend", "spending", "cost", "investment"}),
    # Staff call a caseload "jobs"; reports count "investigations", "cases" or "crimes".
    frozenset({"jobs", "cases", "investigations", "caseload", "crimes"}),
    # Staff say "files"; inspectors count the "cases" or "records" they examined.
    frozenset({"files", "cases", "records"}),
    # Staff say "clips"; reports say "recordings" or "footage".
    frozenset({"clips", "recordings", "footage", "videos"}),
    # The Home Office's offence is "theft from a shop"; reports write "shop theft".
    frozenset({"shoplifting", "shop theft", "theft from a shop"}),
)

# Everyday phrases staff use for the inspectorate's and the Police Acts' terms: each phrase
# (lower case, matched on word boundaries) adds the official words to a lexical query.
# From the official wording (HMICFRS's PEEL and Engage guidance: "the Engage process",
# "enhanced monitoring", "graded inadequate"; the Police Reform and Social Responsibility
# Act 2011 role names), not from any question set.
PHRASES: dict[str, str] = {
    "special measures": "engage enhanced monitoring",
    "out of engage": "removed from engage discharged",
    "senior officer": "chief constable",
    "senior officers": "chief officers chief constable",
    "top officer": "chief constable",
    "chief officer": "chief constable",
    "chief officers": "chief constable deputy assistant",
    "the chief": "chief constable",
    "chief con": "chief constable",
    "acting chief": "acting chief constable",
    "force lead": "chief constable",
    "mayor": "mayor's office for policing and crime deputy mayor",
    "watchdog": "hmicfrs inspectorate",
    "999": "emergency calls",
    "101": "non-emergency calls",
    "call handling": "emergency non-emergency calls answered",
    "kids": "children",
    "youngsters": "children young people",
    "missing kids": "missing children",
    "top grade": "outstanding",
    "worst grade": "inadequate",
    "failing": "inadequate",
    "cash": "funding",
    "headcount": "officers workforce number",
    "cops": "police officers",
    "bobbies": "police officers neighbourhood",
    "on the beat": "neighbourhood patrol",
    "action plan": "improvement plan",
    "signed off": "discharged closed",
    "s&s": "stop and search",
    "s & s": "stop and search",
    # Sections of Acts staff cite by number (the Police Act 1996, CJPOA 1994).
    "s60": "section 60",
    "s.60": "section 60",
    "s55": "section 55",
    "s.55": "section 55",
    "closed off": "discharged closed",
    # The inspectorate's names for what a report finds (PEEL and thematic report structure:
    # causes of concern, areas for improvement, innovative, promising and notable practice).
    "worries": "concerns causes of concern",
    "worried": "concerns",
    "weaknesses": "areas for improvement concerns",
    "weak spots": "areas for improvement concerns",
    "good practice": "innovative promising notable practice",
    "best practice": "innovative promising notable practice",
    "innovative": "innovative promising notable practice",
    "workforce numbers": "police officers police staff pcsos special constables",
    "staff numbers": "police officers police staff pcsos special constables",
}


# "more than 95%", "under 10%", "hitting 90%": a bar a figure is measured against, which the
# documents need not state (they give the figure: "96.7% of crime was recorded").
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:(?:more|fewer|less|higher|lower|better|worse)\s+than|over|under|above|below|"
    r"at least|at most|beyond|exceed(?:s|ed|ing)?|hit(?:ting)?|reach(?:ed|ing)?|meet(?:ing)?)"
    r"\s+(?:£|\$)?$",
    re.IGNORECASE,
)


def follows_threshold(before: str) -> bool:
    """Does a number that comes after `before` name a threshold ("more than 95%")?"""
    return _THRESHOLD_BEFORE.search(before[-30:]) is not None
