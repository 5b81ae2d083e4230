"""Policing and inspection vocabulary: abbreviations with their expansions, and terms that
name the same thing. Written from the inspectorate's own glossary wording (HMICFRS PEEL
guidance, the Police Act 1996 and the Police Reform and Social Responsibility Act 2011),
not from any question set. Used to tell whether a sentence is about what a question asks
about ("MASHs" and "multi-agency safeguarding hubs"), and to expand queries."""

from __future__ import annotations

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "acc": ("assistant chief constable",),
    "afi": ("area for improvement", "areas for improvement"),
    "afis": ("areas for improvement",),
    "asb": ("anti-social behaviour", "antisocial behaviour"),
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
    "rocu": ("regional organised crime unit",),
    "soc": ("serious and organised crime",),
    "vawg": ("violence against women and girls",),
}

# Words that name one role or thing in different ways (each group: interchangeable).
SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"commissioner", "pcc", "pfcc", "mayor", "opcc"}),
    frozenset({"inspectorate", "hmic", "hmicfrs", "inspector", "inspectors"}),
    frozenset({"engage", "enhanced monitoring"}),
    frozenset({"kids", "children", "child", "young people"}),
    frozenset({"staff", "officers", "workforce", "personnel"}),
    frozenset({"money", "funding", "budget", "spend", "spending", "cost", "investment"}),
)
