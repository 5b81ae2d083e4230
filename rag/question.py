"""Question analysis: what kind of answer a question expects, what it is about (its focus),
and whether it asks two things at once. Pure functions, table-tested.

"How many MASHs are there in Devon and Cornwall?" expects a quantity whose focus is "MASHs":
a candidate sentence must give a number AND be about MASHs (or multi-agency safeguarding
hubs). A sentence with a number about something else does not answer it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rag.forces import force_spans, without_forces
from rag.glossary import ABBREVIATIONS, SYNONYMS, follows_threshold
from rag.schema import DETERMINERS, MONTHS, NUMBER_WORDS
from rag.tokens import stem, tokenize

KINDS = (
    "quantity",
    "money",
    "date",
    "duration",
    "frequency",
    "grade",
    "person",
    "list",
    "reason",
    "yesno",
    "comparison",
    "description",
)
# Kinds whose answer is one short value that can be quoted as `short_answer`.
SLOT_KINDS = frozenset({"quantity", "money", "date", "duration", "frequency", "grade", "person"})

_VERBS = (
    r"(?:are|were|is|was|did|do|does|has|have|had|will|would|could|can|should|got|get|"
    r"operate|operated|work|worked|exist|existed|employ|employed|serve|served|remain|remained|"
    r"receive|received|take|took|make|made|need|needed|go|went|come|came|sit|sat)"
)
_AUX = rf"(?:{_VERBS}|\w*[^\We]ed)"  # "trained", not "speed"
_NOT_FOCUS = r"there\b|in\b|at\b|on\b|for\b|across\b|per\b|by\b|of\b|from\b|with\b|did\b"
# The word after "how many" is what is counted even when it ends in -ed ("how many fixed
# speed cameras"); a later -ed word is the verb ("how many officers trained ...").
_HOW_MANY = re.compile(
    rf"\bhow many\s+(?P<focus>(?:(?!{_VERBS}\b|{_NOT_FOCUS})[\w'’&-]+\s*)"
    rf"(?:(?!{_AUX}\b|{_NOT_FOCUS})[\w'’&-]+\s*){{0,4}})",
    re.IGNORECASE,
)
# "How many of Wiltshire's 1,486 hate crimes were in Swindon?": a part of a whole the
# question names; what is counted follows the owner and the whole's own figure.
_HOW_MANY_OF = re.compile(
    r"\b(?i:how many of)\s+(?:(?i:the|its|their|these|those)\s+|"
    r"(?:[A-Z][\w&.-]*\s+){0,3}?[A-Z][\w&.-]*['’]s?\s+)?(?:(?:the\s+)?[\d,.]+\s+)?"
    rf"(?P<focus>(?:(?!{_VERBS}\b|{_NOT_FOCUS}|them\b|us\b|these\b|those\b)[\w'’&-]+\s*)"
    rf"(?:(?!{_AUX}\b|{_NOT_FOCUS})[\w'’&-]+\s*){{0,4}})",
)
_SHARE_OF = re.compile(
    r"\b(?:what|which)\s+(?:share|proportion|percentage|number|fraction|rate|amount|per ?cent|"
    r"percent|%)"
    rf"\s+of\s+(?:the\s+)?(?P<focus>(?:(?!{_AUX}\b|in\b|at\b|on\b|for\b|by\b)[\w'’&-]+\s*){{1,4}})",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"\bhow much\b.*\b(?:money|funding|fund|funded|spend|spent|budget|budgeted|cost|costs|"
    r"invest|invested|give|gave|pay|paid|allocate|allocated|grant|grants|worth|put|putting|"
    r"commit|committed|committing|provide|provided|providing|contribute[ds]?|raise[ds]?|"
    r"save[ds]?|savings|earn|earned|making|make|made|charge[ds]?|charging|fees?)\b"
    r"|\bhow much\b.*£|\bwhat(?:'s|’s| was| is) the (?:budget|cost|price)\b|\bhow much money\b"
    r"|\b(?:budget|funding|financial) (?:gap|shortfall|deficit)\b|\bshortfall\b"
    r"|(?<!counting the )\b(?:costs?|costing)\b",  # "what's the one-off cost?", not the title
    re.IGNORECASE,
)
# A money focus's words stop at what frames it: a time, a purpose, a second question.
_FOCUS_WORD = (
    r"(?!(?:in|to|for|after|before|over|during|since|from|by|each|per|every|a|an|and|or|so|"
    r"that|which|when|who|this|last|next|back|year|years)\b)[\w'’&-]+"
)
# "What's the one-off equipment and vehicle cost?", "how much was spent on body-worn video?":
# the thing the amount is for.
_MONEY_FOCUS = re.compile(
    r"\bwhat(?:'s|’s| is| was| were)\s+the\s+(?P<focus>(?:[\w'’-]+\s+){1,5}?)(?:cost|costs|budget|"
    r"price|bill)\b|\bhow much\b.{0,60}?\b(?:spent|spend|spending|invested|investing)\s+on\s+"
    rf"(?:the\s+)?(?P<focus2>(?:{_FOCUS_WORD}\s*){{1,5}})"
    r"|\bhow much\s+(?:did|does|do|will|would|could|has|have|had|is|was)\s+"
    r"(?:the\s+|its\s+|their\s+)?"
    r"(?P<focus3>(?:(?!cost|costs)[\w'’-]+\s+){1,6}?)(?:cost|costs)\b"
    # "How much is the PCC putting into the DA perpetrator programme?": what it goes to.
    r"|\bhow much\b.{0,60}?\b(?:put|puts|putting|invest|invests|invested|investing|spend|spends|"
    r"spent|spending|allocate[ds]?|allocating|commit(?:s|ted|ting)?|provide[ds]?|providing|"
    r"set aside|earmark(?:s|ed|ing)?|thrown|throw|throwing|threw)\s+"
    r"(?:in\s+for|in|into|on|for|towards?|to|at)"
    rf"\s+(?:the\s+|its\s+|their\s+)?(?P<focus4>(?:{_FOCUS_WORD}\s*){{1,5}})"
    # "How much did the Mayor give the footage portal team?": who it goes to.
    r"|\bhow much\b.{0,60}?\b(?:give|gives|gave|giving|given|grant|granted|award|awarded)\s+"
    rf"(?:to\s+)?(?:the\s+|its\s+|their\s+)?(?P<focus9>(?:{_FOCUS_WORD}\s*){{1,5}})"
    r"|\bhow much\s+(?:is|was|are|were|will)\s+(?:the\s+|its\s+)?"
    r"(?P<focus5>(?:[\w'’-]+\s+){1,6}?)(?:be\s+)?worth\b"
    r"|\bwhat(?:'s|’s| is| was| will be)\s+the\s+(?:total\s+)?(?:cost|budget|price)\s+(?:of|for)\s+"
    rf"(?:the\s+|its\s+)?(?P<focus6>(?:{_FOCUS_WORD}\s*){{1,5}})"
    r"|\bwhat\s+(?:did|does|do|will|would)\s+(?:the\s+|its\s+)?"
    r"(?P<focus7>(?:[\w'’&-]+\s+){1,6}?)cost\b"
    r"|\bwhat(?:'s|’s| is| are)\s+(?:the\s+|its\s+)?(?P<focus8>(?:[\w'’&-]+\s+){1,6}?)"
    r"(?:going to cost|costing)\b"
    # "How much does NPAS charge forces?": who charges is what the sum is about.
    r"|\bhow much\s+(?:does|did|do|will|would|could)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<focus10>(?:[\w'’&-]+\s+){1,4}?)(?:charge|earn|bill|invoice)\b",
    re.IGNORECASE,
)
# "What's the average wait on 101?", "the longest delay for an FLO": what is waited for.
_DURATION_FOCUS = re.compile(
    r"\b(?:average|mean|median|typical|usual|longest|shortest)\s+(?:waiting\s+time|wait|"
    r"waiting|delay|time|gap)\s+(?:for|on|to|at|before|in)\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?P<focus>(?:{_FOCUS_WORD}\s*){{1,5}})",
    re.IGNORECASE,
)
_QUANTITY = re.compile(
    r"\bhow many\b|\bhow much\b|\bwhat (?:share|proportion|percentage|number|fraction|rate|"
    r"amount|per ?cent|percent)\b|\bwhat %|\baverage\b|\bhow big\b|\bhow large\b"
    r"|\bwhat (?:was|is) the (?:number|total|count)\b",
    re.IGNORECASE,
)
_FREQUENCY = re.compile(r"\bhow often\b|\bhow frequently\b", re.IGNORECASE)
_DURATION = re.compile(
    r"\bhow long\b|\b(?:longest|shortest|average) (?:gap|wait|delay|time)\b", re.IGNORECASE
)
_WHEN = re.compile(
    r"^\W*when\b|\bby when\b|\bwhat date\b|\bon what date\b|\bwhich year\b|\bin what year\b"
    r"|\bwhat year\b|\bwhat month\b|\bwhen (?:was|were|did|does|is|will)\b",
    re.IGNORECASE,
)
_GRADE = re.compile(
    r"\bwhat (?:overall )?(?:grades?|rating|judgement|judgment)\b|\bhow (?:was|were|did) "
    r".{1,60}\b(?:graded|rated|grade|do)\b.*\b(?:peel|inspection|grade|graded)\b"
    r"|\bhow (?:was|were) .{1,60} (?:graded|rated)\b|\bwhat (?:was|were) .{1,40} graded\b"
    r"|\bwhat (?:did|does) .{1,40}\bget for\b.*\b(?:peel|inspection)\b",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"^\W*who\b|\bwhich (?:officer|inspector|hmi|person|commissioner|chief|pcc|pfcc)\b"
    r"|\bwho (?:is|was|were|"
    r"led|leads|signed|wrote)\b|\bwhat is the name of\b|\bname of the\b",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"^\W*why\b|\bwhat (?:was|were|is|are) the reasons?\b|\bfor what reason\b|\bblame[ds]?\b|"
    r"\bwhat (?:caused|led to|is behind|was behind|explains)\b|\bput (?:it|this|that|\w+ \w+) "
    r"down to\b|\battribute[ds]?\b",
    re.I,
)
_YESNO = re.compile(
    r"^\W*(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b", re.I
)
_COMPARISON = re.compile(
    r"\bcompare[ds]?\b|\bcomparison\b|\bversus\b|\bvs\.?\b|\bdiffer(?:ence|ent)?\b|"
    r"\b(?:better|worse|improve[ds]?) (?:than|since|from|between)\b|\bchanged? (?:since|between|"
    r"from)\b|\bbetween .{2,40} and\b",
    re.IGNORECASE,
)
_LIST = re.compile(
    r"^\W*(?:list|name|outline|summari[sz]e)\b|\bwhat (?:were|are) (?:the )?(?:main |key |"
    r"three |four |five |six |two )?\w+s\b|\bwhich (?:\w+ ){0,2}\w+s\b(?! did\b)"
    r"|\bwhat (?:\w+ )?(?:recommendations|areas|findings|concerns|steps|actions|measures|"
    r"priorities|changes|reasons|commitments|themes|issues|gaps|problems|improvements)\b"
    r"|\bwhat did .{1,60} (?:recommend|find|commit to|promise|identify)\b"
    r"|\bwhat(?:'s|’s|\s+(?:has|have|is|are))\s+.{1,60}?\b(?:committed to|promised|pledged)\b"
    # "What dates are in the plan?", "What notable practice examples were there?": a plural
    # (not "process", "status", "analysis") asked for by "what"
    r"|^\W*what\s+(?:[\w-]+\s+){0,3}?[a-z-]+(?<![su])s\s+(?:are|were|did|does|do|has|have|had)\b",
    re.IGNORECASE,
)

# Plural nouns that ask for the items of a list ("the seven recs", "improvement priorities").
_LIST_NOUN = re.compile(
    r"\b(?:recommendations|recs|afis|areas for improvement|causes of concern|cocs|findings|"
    r"concerns|worries|priorities|themes|categories|steps|actions|measures|commitments|"
    r"strengths|weaknesses|lessons|tiers|conditions|principles|"
    # HMICFRS labels examples of "notable practice": a report lists them, one per label.
    r"(?:notable|good|innovative|promising|best) practice)\b",
    re.IGNORECASE,
)
_NUMBERED_NOUN = re.compile(
    r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+s)\b",
    re.IGNORECASE,
)


def list_head(question: str) -> frozenset[str]:
    """The stemmed list nouns a question asks for, with their glossary expansions ("recs" ->
    recommendations): what the heading of the list that answers it names."""
    found = {t for m in _LIST_NOUN.finditer(question) for t in tokenize(m.group(0))}
    found -= {"of", "for"}
    return frozenset(found | {x for t in found for x in _EXPAND.get(t, set())})


def stated_count(question: str) -> int | None:
    """'the seven recs' / 'six areas': how many items the question says the list has."""
    m = _NUMBERED_NOUN.search(question)
    if not m:
        return None
    n = m.group("n").lower()
    return int(n) if n.isdigit() else NUMBER_WORDS.get(n)


# Words that say what kind of question it is, not what it is about.
_SCAFFOLD = frozenset(
    """
    what which who whom whose when where why how many much did does do was were is are has
    have had the a an of in on at for to by and or with about from there any all this that
    these those it its their they them he she his her be been being can could should would
    will may might say said tell says mention mentioned report reported find found number
    total share proportion percentage per cent rate amount list name give gave get got
    according document documents library also just exactly roughly approximately around
    overall main key best worst getting onto into going really actually signed sign wrote
    written
    """.split()  # noqa: SIM905
)
# Generic domain words: present in nearly every passage, so they cannot show a sentence is
# about the question's focus.
_MONEY_MODIFIERS = frozenset("extra additional new more further".split())  # noqa: SIM905
_GENERIC = frozenset(
    """
    police policing force forces constabulary pcc pfcc opcc commissioner commissioners hmic
    hmicfrs hmi inspectorate inspection inspections inspector inspectors report reports response
    responses crime chief constable office
    """.split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Analysis:
    question: str
    kind: str
    focus: tuple[str, ...] = ()  # the head terms (stemmed tokens) the answer must be about
    focus_text: str = ""  # the focus as the question words it
    terms: frozenset[str] = field(default_factory=frozenset)  # content tokens, no scaffolding
    # what a counted thing is said to do or be ("completed Project Steadfast", "led to
    # prosecutions"): the clause that gives the count says it too
    qualifier: tuple[str, ...] = ()
    qualifier_text: str = ""
    # "how many of the force's 124 pilots are ...": a part of a whole; the whole's own count
    # does not answer it
    part_of: bool = False

    @property
    def slot(self) -> bool:
        return self.kind in SLOT_KINDS


# "Who sits on the board?" / "who are the partners?": a group's members, not one person.
_WHO_GROUP = re.compile(
    r"^\W*who(?:'s|\s+(?:is|are|was|were))?\s+(?:else\s+)?(?:sits?|sat|attends?|attended|"
    r"takes? part|took part|on|involved|(?:the\s+)?(?:members|partners|agencies|organisations|"
    r"bodies|signatories))\b"
    # "Who are the recs aimed at?": the bodies a list of things is for.
    r"|^\W*who\s+(?:are|were)\b.*\b(?:aimed at|addressed to|directed at|for)\W*$",
    re.IGNORECASE,
)


# "Who's BTP's ACC for vulnerability?", "Who is the head of the MASH?": the holder of a role,
# named by a sentence that names the role too (not by any name in a passage about BTP).
_WHO_HOLDS = re.compile(
    r"^\W*who(?:'s|’s|\s+(?:is|was))\s+(?:now\s+|currently\s+)?(?:the\s+)?"
    r"(?P<role>(?:[\w'’&/-]+\s*){1,8}?)\W*$",
    re.IGNORECASE,
)


# "Who's doing the privacy audit?", "Who is evaluating Stand Together?": whoever does a
# task, named by a sentence that names the task too.
_WHO_DOES = re.compile(
    r"^\W*who(?:'s|’s|\s+(?:is|was|will be|are|were))\s+(?:now\s+|currently\s+)?"
    r"(?:doing|running|leading|carrying out|conducting|delivering|evaluating|reviewing|"
    r"auditing|providing|supplying|chairing|commissioning)\s+(?P<task>(?:[\w'’&/-]+\s*){1,8}?)\W*$"
    # "Who runs Stand Together?", "who will evaluate the pilot?" ("who did ..." may be an
    # auxiliary: "who did Nelson blame?")
    r"|^\W*who\s+(?:will\s+|is going to\s+)?(?:runs?|ran|leads?|led|carr(?:y|ies|ied) out|"
    r"conduct(?:s|ed)?|deliver(?:s|ed)?|evaluat(?:e|es|ed)|review(?:s|ed)?|audit(?:s|ed)?|"
    r"provid(?:e|es|ed)|suppl(?:y|ies|ied)|chair(?:s|ed)?|commission(?:s|ed)?|manag(?:e|es|ed)|"
    r"oversees?|oversaw)\s+(?P<task2>(?:[\w'’&/-]+\s*){1,8}?)\W*$",
    re.IGNORECASE,
)


# Where a task's thing ends and a clause about it starts ("the committee watching the plan",
# "the board that oversees it").
_RELATIVE = re.compile(r"^(?:that|which|who|whose|(?!thing$|during$)\w{3,}ing)$", re.I)


def _task_thing(task: str) -> str:
    """The thing a task is done to, less any clause about it after its noun ("the BTPA
    committee watching the plan" -> "the BTPA committee"; "the training programme" keeps
    its "training")."""
    words = task.strip(" ?.").split()
    for i, w in enumerate(words):
        nouns = [x for x in words[:i] if x.lower() not in DETERMINERS]
        if nouns and _RELATIVE.match(w) and not _RELATIVE.match(nouns[-1]):
            return " ".join(words[:i])
    return " ".join(words)


# Titles as written (a noun: "lead", not "leading"), singular: one holder.
_TITLES = frozenset(
    """
    acc dcc cc head lead leader director chair chairman chairwoman manager coordinator
    officer superintendent inspector sergeant commander deputy assistant chief constable
    owner champion spoc boss researcher evaluator auditor supplier provider contractor
    """.split()  # noqa: SIM905
)


def kind_of(question: str) -> str:
    q = question.strip()
    if _WHO_GROUP.search(q):
        return "list"
    if _MONEY.search(q):
        return "money"
    if _FREQUENCY.search(q):
        return "frequency"
    if _DURATION.search(q):
        return "duration"
    if _QUANTITY.search(q):
        return "quantity"
    if _WHEN.search(q):
        return "date"
    if _GRADE.search(q):
        return "grade"
    if _PERSON.search(q):
        return "person"
    if _REASON.search(q):
        return "reason"
    if _COMPARISON.search(q):
        return "comparison"
    if _YESNO.search(q):
        return "yesno"
    if _LIST.search(q) or _LIST_NOUN.search(q):
        return "list"
    return "description"


# A question typed as a description that still names the kind of value it wants ("What's
# Cumbria's 101 abandonment rate?", "What's the Mayor paying for the analyst?", "deadline for
# the Home Office rec?"). Its short answer is that value; for money and dates, an answer
# whose quoted sentences give no value of that kind is refused (rag.answer: "What's a GMP
# financial investigator paid?" is not answered by "GMP will recruit six investigators").
_VALUE_HINTS = (
    (
        "money",
        re.compile(
            r"\b(?:paying|pay|paid|costs?|costing|funding|funded|fund|budget|spend|spent|"
            r"spending|invest(?:ed|ing|ment)?|grant)\b|£",
            re.IGNORECASE,
        ),
    ),
    ("date", re.compile(r"\b(?:deadline|due date|target date|go[- ]live date)\b", re.I)),
    (
        "quantity",
        re.compile(
            r"%|\b(?:rate|percentage|per ?cent|percent|proportion|figure|tally|count|total|"
            r"headcount|establishment)\b",
            re.IGNORECASE,
        ),
    ),
)


def value_kind(question: str) -> str | None:
    """The kind of value a description question asks for, for its short answer only; None
    when the question is typed otherwise or names no value ("What did the PCC say?")."""
    if kind_of(question) != "description":
        return None
    return next((kind for kind, cue in _VALUE_HINTS if cue.search(question)), None)


_LIGHT = frozenset(
    "come came go went get got make made take took happen happened do did say each one".split()  # noqa: SIM905
)
# ... as tokens: a question's words that say nothing of its topic ("did it go up?")
LIGHT_TERMS = _LIGHT | frozenset(tokenize(" ".join(_LIGHT)))


def _content(text: str, keep: frozenset[str] = frozenset()) -> list[str]:
    """Content words (no forces, scaffolding or numbers, bar those in `keep`: "101" names a
    service, not a figure)."""
    return [
        t
        for t in tokenize(without_forces(text))
        if t in keep or (t not in _SCAFFOLD and not t.isdigit() and len(t) > 1)
    ]


def analyse(question: str) -> Analysis:
    kind = kind_of(question)
    focus_text = ""
    part = _HOW_MANY_OF.search(question)
    m = part or _HOW_MANY.search(question) or _SHARE_OF.search(question)
    if m and kind == "quantity":
        focus_text = m.group("focus").strip()
    money = _MONEY_FOCUS.search(question)
    generic = _GENERIC
    if money and kind == "money":
        focus_text = next((g for g in money.groups() if g), "").strip(" ?.")
        # "putting into extra MASH staff" is answered by "12 additional posts in the MASH".
        generic = _GENERIC | _MONEY_MODIFIERS
    waited = _DURATION_FOCUS.search(question)
    if waited and kind == "duration":
        focus_text = waited.group("focus").strip(" ?.")
    focus = tuple(
        t for t in _content(_HEDGES.sub("", focus_text), _PHONE_NUMBERS) if t not in generic
    )
    role = _WHO_HOLDS.search(question)
    if role and kind == "person":
        # The role's field ("vulnerability", "the MASH") is what the naming sentence must be
        # about; the title itself may be written out, abbreviated or varied.
        words = set(re.findall(r"[a-z]+", role.group("role").lower()))
        if _TITLES & words and not words & {"each", "every", "all"}:
            focus_text = role.group("role").strip(" ?.")
            titles = set(tokenize(" ".join(_TITLES)))
            focus = tuple(t for t in _content(focus_text) if t not in _GENERIC | titles)
    task = _WHO_DOES.search(question)
    each = task and {"each", "every", "all"} & set(
        (task.group("task") or task.group("task2")).lower().split()
    )
    if task and kind == "person" and not focus and not each:
        # (whoever leads on "each of the recs" is several people: a list's business)
        # "the BTPA committee watching the plan": the thing, not what it does
        focus_text = _task_thing(task.group("task") or task.group("task2"))
        focus = tuple(t for t in _content(focus_text) if t not in _GENERIC)
    terms = frozenset(t for t in _content(question) if t not in _GENERIC)
    qualifier: tuple[str, ...] = ()
    rest = ""
    if m and kind == "quantity" and focus:
        rest = _ATTRIBUTION.sub(" ", _qualifier_span(question[m.end() :])).strip()
        qualifier = tuple(
            t
            for t in _content(without_forces(rest))
            if t not in _GENERIC | _LIGHT_QUALIFIER | set(focus)
        )
    focus_text = _HEDGES.sub("", focus_text).strip()
    return Analysis(
        question,
        kind,
        focus,
        focus_text,
        terms,
        qualifier,
        rest if qualifier else "",
        part_of=bool(part and focus and kind == "quantity"),
    )


_HEDGES = re.compile(r"\s*\b(?:actually|really|exactly|roughly|approximately)\b", re.IGNORECASE)


# "did the inspectors reckon", "does HMICFRS say": who gave the count, not what it counts.
_ATTRIBUTION = re.compile(
    r"^(?:(?:did|does|do|had|has|have)\s+)?(?:the\s+)?(?:[\w&'’]+\s+){0,2}?"
    r"(?:reckon(?:ed)?|say|said|think|thought|estimate[ds]?|believe[ds]?|calculate[ds]?|"
    r"report(?:ed)?|put it at)\b",
    re.IGNORECASE,
)


# Where what qualifies a count ends: the next part, the document it is "per", the comparison.
_QUALIFIER_END = re.compile(
    r",|\?|;|\s[-–—]\s|\band\b|\bper\b|\baccording to\b|\bvs\b|\bversus\b|\bin the\b"
    r"|\bcompared\s+(?:with|to)\b|\bthan\b",
    re.IGNORECASE,
)


def _qualifier_span(tail: str) -> str:
    """What follows a count's focus, up to where its qualifier ends; the "and" of a force's
    name ("detained overnight in Devon and Cornwall") does not end it. The force itself is
    the scope check's business, not the qualifier's."""
    inside = force_spans(tail)
    for end in _QUALIFIER_END.finditer(tail):
        if not any(a <= end.start() < b for a, b, _ in inside):
            return tail[: end.start()].strip()
    return tail.strip()


# Verbs any count is written with, or that inspectors' own words vary ("looked at 120 files"
# is "examined 120 files"), places, times and the documents themselves: not qualifiers.
_LIGHT_QUALIFIER = frozenset(
    tokenize(
        "operate work exist serve employ remain receive take make need go come sit there "
        "across area altogether total overall currently now still actually run hold use have "
        "look looked review reviewed check checked audit audited examine examined record "
        "recorded done do carry carried see saw find found dig inspect inspected national "
        "nationally last year years month months thematic report peel inspection get got "
        + " ".join(m.lower() for m in MONTHS)
        + " jan feb mar apr jun jul aug sep sept oct nov dec"
    )
)


_WORD = re.compile(r"[A-Za-z][\w'’&-]*")
_YEARISH = re.compile(r"^\d")
_DOC_WORDS = frozenset(tokenize("PEEL thematic assessment review letter publication"))


def focus_query(question: str) -> str:
    """The question without what picks the document (force names, years, the words every
    report uses, question scaffolding): the words that say which passage of it answers.
    Ranked on its own, the document's title and summary passages, which match the force and
    the topic, stop crowding out the passage about the thing asked."""
    kept = [
        w
        for w in _WORD.findall(without_forces(question))
        if (toks := tokenize(w))
        and all(t not in _SCAFFOLD and t not in _GENERIC and t not in _DOC_WORDS for t in toks)
        and not _YEARISH.match(w)
        and len(w) > 1
    ]
    return " ".join(kept)


# ---- is a text about the focus? ------------------------------------------------------------
def _expansions() -> dict[str, set[str]]:
    """token -> tokens that name the same thing (abbreviation <-> its words' initials)."""
    out: dict[str, set[str]] = {}
    for abbr, longs in ABBREVIATIONS.items():
        key = stem(abbr)
        for long in longs:
            words = tokenize(long)
            if words:
                # The expansion's last content word stands for it ("hubs" for MASHs).
                out.setdefault(key, set()).add(words[-1])
                out.setdefault(words[-1], set()).add(key)
    for group in SYNONYMS:
        toks = {stem(w) for w in group if " " not in w}
        for t in toks:
            out.setdefault(t, set()).update(toks - {t})
    return out


_EXPAND = _expansions()


def _singular(t: str) -> str:
    return t[:-1] if t.endswith("s") and len(t) > 3 else t


def _long_forms() -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    """abbreviation -> the closing words of its long forms, as token runs ("safeguard hub"
    for MASH, "improvement" alone never for AFI: "requires improvement" is a grade); and
    every other equivalence (synonyms, a long form's last word -> its abbreviation)."""
    runs: dict[str, list[str]] = {}
    other: dict[str, set[str]] = {}
    for abbr, longs in ABBREVIATIONS.items():
        key = stem(abbr)
        for long in longs:
            words = [_singular(w) for w in tokenize(long)]
            if words:
                tail = words[-2:] if len(words) > 1 else words
                runs.setdefault(_singular(key), []).append(" ".join(tail))
                other.setdefault(words[-1], set()).add(key)
    for group in SYNONYMS:
        toks = {stem(w) for w in group if " " not in w}
        for t in toks:
            other.setdefault(t, set()).update(toks - {t})
        # a word another member says in several ("shoplifting": "shop theft")
        phrases = [" ".join(_singular(w) for w in tokenize(p)) for p in group if " " in p]
        for t in toks:
            runs.setdefault(_singular(t), []).extend(x for x in phrases if x)
    return runs, other


_LONG_RUNS, _SAME = _long_forms()


def mentions(terms: tuple[str, ...] | frozenset[str], text: str) -> float:
    """Share of `terms` that `text` names, directly, by a synonym, or by an abbreviation's
    long form written out: its closing words in order ("safeguarding hubs" for MASHs), not
    a last word that happens to be there ("requiring improvement" is not an AFI)."""
    if not terms:
        return 1.0
    seq = [_singular(t) for t in tokenize(text)]
    have = set(seq) | set(tokenize(text))
    joined = f" {' '.join(seq)} "
    hit = 0
    for t in terms:
        t1 = _singular(t)
        same = _SAME.get(t, set()) | _SAME.get(t1, set())  # OCGs: OCG's equivalents
        if (
            t in have
            or t1 in have
            or same & have
            # "disputing" and "dispute" stem apart ("disput", "dispute")
            or (len(t1) >= 5 and (t1 + "e" in have or (t1[-1] == "e" and t1[:-1] in have)))
            or any(f" {run} " in joined for run in _LONG_RUNS.get(t1, ()))
            or _prefix(t, have)
        ):
            hit += 1
    return hit / len(terms)


def _prefix(term: str, have: set[str]) -> bool:
    """'investigat' ~ 'investigator' ~ 'investigation': a shared stem of 7+ letters."""
    if len(term) < 7:
        return False
    root = term[:7]
    return any(h.startswith(root) for h in have)


# ---- two questions in one --------------------------------------------------------------------
_SPLIT = re.compile(
    r"(?:,\s*|\s+)(?:and|also|plus)\s+(?=(?:when|what|how|who|which|where|why|did|does|is|was|"
    r"were|has|have|had)\b)|\?\s+(?=\S)|;\s+",
    re.IGNORECASE,
)


def split_parts(question: str) -> list[str]:
    """'When did X enter Engage and how many AFIs did it get?' -> two questions. A part must
    have at least three words; otherwise the question stays whole."""
    parts = [p.strip(" ,;") for p in _SPLIT.split(question) if p and p.strip(" ,;?")]
    if len(parts) < 2 or any(len(p.split()) < 3 for p in parts):
        return [question]
    # A later part must ask about something itself ("how many AFIs did it get?"), not only
    # lean on the first ("and how did each come out?").
    if any(not (set(_content(p)) - _LIGHT) for p in parts[1:]):
        return [question]
    return [p if p.endswith("?") else p + "?" for p in parts]


# ---- figures a question states as fact ------------------------------------------------------
@dataclass(frozen=True)
class Figure:
    """A figure the question takes as given ("only attended 9% of reports", "carrying up to
    27 jobs each", "£1.2 million"): the evidence that answers it states the same figure."""

    value: str  # digits as written, without thousands commas ("9", "1.2", "14870")
    percent: bool = False
    written: str = ""  # as the question writes it, for the refusal's wording
    # Stated in a clause of its own before the question proper ("HMI said only 44% of
    # victims got an update - how does Merseyside compare?"): it may come from another
    # document than the answer.
    premise: bool = False


_FIGURE = re.compile(
    r"(?<![\w/.£$-])(?P<money>£\s?)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<unit>\s?%|\s?per ?cent\b|\s?(?:million|m|bn|billion|k)\b)?(?![\w/])",
    re.IGNORECASE,
)
# Numbers that label rather than state: "rec 5", "AFI 8", "page 12", "phase 2", "Op 3".
_LABEL_BEFORE = re.compile(
    r"\b(?:rec|recs|recommendation|recommendations|afi|afis|area|areas|improvement|coc|cocs|"
    r"concern|no|"
    r"number|page|pages|para|paragraph|section|chapter|phase|tier|level|stage|annex|appendix|"
    r"op|operation|part|step|item|priority|question|table|figure|box)\.?\s*$",
    re.IGNORECASE,
)
_MONTH_NAMES = "|".join(m.lower() for m in MONTHS) + (
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_MONTH_NEAR = re.compile(rf"^\s*(?:st|nd|rd|th)?\s*(?:{_MONTH_NAMES})\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s*['’]?$", re.IGNORECASE)
# "the 7 recs", "10 key recommendations": how long a list is.
_COUNTED_LIST = re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?{_LIST_NOUN.pattern}", re.IGNORECASE)
_TIME_UNIT = re.compile(
    r"\s*(?:(?:years?|yrs?|decades?)\b|(?:months?|weeks?|days?)\s+(?:ago|earlier|before)\b)", re.I
)
# "the 43 forces", "all 10 force areas": the set the question ranges over, not a figure
# the answer states.
_REFERENCE_SET = re.compile(
    r"\s*(?:home office\s+)?(?:police\s+)?(?:forces|force areas|constabularies)\b", re.I
)
_CLAUSE_BREAK = re.compile(r"\s[-–—]\s|[;:]\s|[.?!]\s+\S")
_PHONE_NUMBERS = frozenset({"101", "999", "111", "112"})


def stated_figures(question: str) -> list[Figure]:
    """The figures a question states (not years, phone numbers, dates, labels such as
    "rec 5", or how many items a list has: "the 7 recs")."""
    out: list[Figure] = []
    for m in _FIGURE.finditer(question):
        num = m.group("num").replace(",", "")
        unit = (m.group("unit") or "").strip().lower()
        before, after = question[: m.start()], question[m.end() :]
        if num in _PHONE_NUMBERS or _LABEL_BEFORE.search(before) or _MONTH_NEAR.match(after):
            continue
        if _MONTH_BEFORE.search(before) or _TIME_UNIT.match(after):
            continue  # a date, or a span of time ("10 years ago"), which documents word loosely
        if follows_threshold(before) and kind_of(question) == "yesno":
            # "Was Kent recording more than 95%?": a bar to hold a figure against, not a
            # figure the documents must give ("Which forces had abstraction above 40%?" is
            # answered by the sentence that says so, and stays stated)
            continue
        if re.fullmatch(r"(?:19|20)\d\d", num) and not unit and not m.group("money"):
            continue  # a year
        if re.match(r"\s*[/–-]\s*\d", after) or re.search(r"\d\s*[/–-]\s*$", before):
            continue  # a range or financial year ("21/22", "10-12")
        if not unit and (_COUNTED_LIST.match(after) or _REFERENCE_SET.match(after)):
            continue  # "the 7 recs": the list's length, checked by the list composer
        premise = bool(_CLAUSE_BREAK.search(after))
        percent = unit in ("%", "per cent", "percent")
        out.append(Figure(num, percent, m.group(0).strip(), premise))
    return out


def _number_forms(figure: Figure) -> list[str]:
    forms = [figure.value]
    if "." not in figure.value and len(figure.value) > 3:
        forms.append(f"{int(figure.value):,}")  # "14870" ~ "14,870"
    word = next((w for w, v in NUMBER_WORDS.items() if str(v) == figure.value), None)
    if word and word not in ("none", "no", "a single"):
        forms.append(word)
    return forms


def gives_figure(figure: Figure, text: str) -> bool:
    """Does `text` state the figure (as digits or a number word; a percentage as a
    percentage)?"""
    unit = r"\s?(?:%|per ?cent\b)" if figure.percent else ""
    for form in _number_forms(figure):
        # "£1.2m", "£3bn", "PIP2", "3am": a unit or label written against the number
        end = r"(?:\s?(?:m|bn|k|million|billion|am|pm)\b|(?![\w]|[.,]\d))"
        pattern = rf"(?<![\d.,]){re.escape(form)}{end if not unit else ''}{unit}"
        if re.search(pattern, text, re.IGNORECASE):
            return True
    return False
