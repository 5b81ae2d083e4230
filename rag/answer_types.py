"""What kind of answer a question asks for, and whether a sentence gives one.

"How much did Sussex spend on Veritas Justice?" needs an amount of money; a sentence that
names Veritas Justice but gives no amount does not answer it, however similar it reads. The
embedding and word-overlap scores cannot see that, so the answerer prefers sentences of the
right kind and abstains when none is close enough. Pure functions, table-tested.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rag.forces import find_forces, force_spans
from rag.grades import GRADE_WORDS
from rag.schema import DETERMINERS, MONTHS, NUMBER_WORDS
from rag.tokens import stem, tokenize

_MONTHS = "|".join(MONTHS)
# Number words (rag.schema) and the words of proportion that also answer "how many".
_NUMBER_WORDS = "|".join(
    [w for w in NUMBER_WORDS if w.isalpha() and w != "no"]
    + "half quarter third thirds majority minority double doubled tripled twice".split()  # noqa: SIM905
    + ["per cent", "percent"]
)
# Years, financial years and calendar dates are not quantities: "in 2021/22" or
# "on 18 April 2023" do not answer "how many".
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?\b")
# "3 June", "8-12 April" (a range of days), "1st and 2nd May".
_DATES = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+"
    rf"(?:{_MONTHS})\b",
    re.IGNORECASE,
)
# Numbers that label a finding or a place in the document ("Recommendation 3", "AFI 2",
# "page 12"), not a count of anything.
_LABELS = re.compile(
    r"\b(?:recommendations?|recs?|afis?|areas? for improvement|causes? of concern|page|"
    r"paragraph|para|section|chapter|annex|appendix|figure|table|phase|tier|step|no\.?)"
    r"\s+\d+(?:\.\d+)*\b",
    re.IGNORECASE,
)
_QUANTITY = re.compile(rf"\d|%|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
_MONEY = re.compile(r"£|\$|€|\b(?:million|billion|pounds?|\d+(?:\.\d+)?\s?(?:k|m|bn))\b", re.I)
_FREQUENCY = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|every|each|times?|"
    r"regular(?:ly)?|once|twice|per (?:day|week|month|year))\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", re.IGNORECASE
)
_WHEN = re.compile(
    rf"\b(?:19|20)\d\d\b|\b(?:{_MONTHS}|spring|summer|autumn|winter|weeks?|months?|years?|"
    r"soon|by the end|later|next|until|since)\b",
    re.IGNORECASE,
)
_GRADE = re.compile(
    r"\b(?:outstanding|good|adequate|requir(?:es|ed|ing) improvement|inadequate|excellent|poor|"
    r"graded?|grading|ungraded|judge[sd]?|rated)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Expectation:
    """A kind of answer: `what` is said to the user when no sentence gives one, `found`
    tells whether a sentence does."""

    kind: str
    what: str
    found: Callable[[str], bool]


def _has(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    return lambda text: pattern.search(text) is not None


def _has_quantity(text: str) -> bool:
    return _QUANTITY.search(_DATES.sub(" ", _YEARS.sub(" ", text))) is not None


def _has_frequency(text: str) -> bool:
    return (
        _FREQUENCY.search(text) is not None or _QUANTITY.search(_YEARS.sub(" ", text)) is not None
    )


_CARDINAL = re.compile(
    r"\d|\b(?:"
    + "|".join(w for w in NUMBER_WORDS if w.isalpha() and w != "no")
    + r"|dozens?|hundreds?|thousands?)\b",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(r"\bhow many\b", re.IGNORECASE)
_PARTITIVE = re.compile(
    r"\bhow many of\b|\b(?:share|proportion|percentage|fraction|per ?cent|rate)\b", re.I
)


def _has_count(text: str) -> bool:
    """A count: a cardinal number that is not a year, a date, a label or a length of time
    ("half of the case files" says how many of them, not how many there were; "within 24
    hours" how soon)."""
    return bool(count_clauses(text))


def _not_counts(text: str) -> str:
    """`text` without the numbers that are never counts: years, dates, labels, ages, and
    the number a table row opens with ("| 4 | Tell parent/carer within 24 hours |": the
    row's item number)."""
    text = _LABELS.sub(" ", _DATES.sub(" ", _YEARS.sub(" ", _ROW_NUMBER.sub("| ", text))))
    return _IDIOMS.sub(" ", _AGES.sub(" ", text))


_ROW_NUMBER = re.compile(r"^\s*\|\s*\d{1,3}\s*(?=\|)")


# "children and young people aged 5 to 18", "under-16s", "a 15-year-old": who, not how many.
_AGES = re.compile(
    r"\baged\s+(?:between\s+)?\d+(?:\s*(?:to|and|-|–)\s*\d+)?(?:\s+and\s+over)?"
    r"|\b(?:under|over)[- ]\d+s?\b|\b\d+(?:\s*(?:to|-|–)\s*\d+)?[- ]years?[- ]olds?\b",
    re.IGNORECASE,
)
# Number words that count nothing: "one-to-one support", "a one-off grant".
_IDIOMS = re.compile(r"\bone[- ](?:to[- ]one|off)\b", re.IGNORECASE)


# What a number next to it makes something other than a count of things: a ratio ("14 to
# 1"), a time span ("within 14 days"), a collective ("two intakes of call handlers" counts
# intakes), the pronoun "one" ("where guidance required one").
_RATIO = re.compile(r"\b\d+(?:\.\d+)?\s*(?:to\s*(?:1|one)|:\s*\d+)\b", re.IGNORECASE)
_TIME_UNIT = re.compile(
    r"^[\s-]*(?:more\s+|fewer\s+|working\s+|calendar\s+)?(?:seconds?|minutes?|hours?|days?|"
    r"weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_COLLECTIVE = re.compile(
    r"^\s*(?:[a-z]+\s+)?(?:intakes?|cohorts?|groups?|teams?|batch(?:es)?|rounds?|waves?|"
    r"types?|kinds?|sets?|pairs?|tranches?|categories|category|phases?|stages?)\s+of\b",
    re.IGNORECASE,
)
_PRONOUN_ONE = re.compile(
    r"^\s*(?:$|[,.;:)?!]|(?:of|that|which|who|when|where|in|on|at|to|for|is|was|has|had|"
    r"and|or|but|another|each|other)\b)",
    re.IGNORECASE,
)
# Commas and colons inside numbers ("1,250", "1:10"), leader dots ("Mapped groups .... 118")
# and parentheses ("organised crime groups (OCGs)") do not end a clause.
_NUMBER_AT = re.compile(r"\d[\d,.]*\d|\d|\w+")
_CLAUSE_BREAK = re.compile(r"(?:,(?!\d)|:(?!\d)|;)\s*|(?<!\.)\.\s+|\s[-–—]\s")


_OPENER = re.compile(
    r"\s*(?:in|of|at|by|for|on|over|since|during|after|before|from|within|across|between|"
    r"among|under|out of|and|but|so far|overall)\b",
    re.IGNORECASE,
)


def count_clauses(text: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """The clauses of `text` that give a count of something, for binding a count to what
    "how many" asks about ("four additional supervisors, which will reduce the ratio of call
    handlers from 14 to 1" counts supervisors, not call handlers). A number in `skip` (the
    question's own: "reviewed within 14 days") counts nothing."""
    found: list[str] = []
    clauses: list[str] = []
    for part in _CLAUSE_BREAK.split(text):
        # "In 14 of these, the use of force was not recorded": a short opening phrase
        # belongs to the clause after it; a short clause with its own count and subject
        # ("138 offenders were referred") stands alone.
        if (
            clauses
            and len(clauses[-1].split()) < 5
            and (_OPENER.match(clauses[-1]) or not _CARDINAL.search(_not_counts(clauses[-1])))
        ):
            clauses[-1] = f"{clauses[-1]} {part}"
        else:
            clauses.append(part)
    for clause in clauses:
        plain = _RATIO.sub(" ", _not_counts(clause))
        seen = 0
        for m in _CARDINAL.finditer(plain):
            if m.start() < seen or (m.start() and plain[m.start() - 1].isalnum()):
                continue  # inside a word, or inside the number before
            number = _NUMBER_AT.match(plain, m.start())
            seen = number.end() if number else m.end()
            token = plain[m.start() : seen].replace(",", "").lower()
            rest = plain[seen:]
            if token in skip or _TIME_UNIT.match(rest) or _COLLECTIVE.match(rest):
                continue
            if token == "one" and _PRONOUN_ONE.match(rest):
                continue
            found.append(clause)
            break
    return found


def numbers_in(question: str) -> frozenset[str]:
    """The numbers a question itself writes, as `count_clauses` compares them."""
    return frozenset(
        m.group(0).replace(",", "").lower() for m in re.finditer(r"\d[\d,.]*\d|\d", question)
    )


MONEY = Expectation("money", "an amount of money", _has(_MONEY))
COUNT = Expectation("quantity", "a number", _has_count)
QUANTITY = Expectation("quantity", "a number", _has_quantity)
FREQUENCY = Expectation("frequency", "how often", _has_frequency)
DURATION = Expectation("duration", "a length of time", _has(_DURATION))
# "It should never take up to 18 months", "the 12-month pilot": how long, not when.
_LENGTH = re.compile(
    r"\b(?:up to|for|take[sn]?|took|taking|lasts?|lasted|lasting|at least|more than|"
    r"less than|fewer than|over)\s+(?:about |around |nearly |almost )?(?:\d+|"
    + "|".join(sorted((w for w in NUMBER_WORDS if w.isalpha()), key=len, reverse=True))
    + r"|a|an)\s+(?:more\s+)?(?:days?|weeks?|months?|years?)\b"
    r"(?!\s+(?:ago|later|earlier|before|after|on|from|since|into|of)\b)"
    r"|\b\d+-(?:day|week|month|year)\b"
    # "£305,000 a year", "twice a month": a rate, not a time.
    r"|\b(?:a|per|each)\s+(?:day|week|fortnight|month|quarter|year)\b",
    re.IGNORECASE,
)


def _has_when(text: str) -> bool:
    """A date or a point in time; a length of time alone does not say when."""
    return _WHEN.search(_LENGTH.sub(" ", text)) is not None


WHEN = Expectation("when", "a date or time", _has_when)
GRADE = Expectation("grade", "a grade", _has(_GRADE))


_NAME = re.compile(
    r"\b(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Lord|Baroness|DCC|ACC|Ch Supt|Supt)\s+)?"
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){1,2}\b"
)
_ROLE = re.compile(
    r"\b(?:chief constable|deputy chief constable|assistant chief constable|commissioner|"
    r"inspector|chief executive|mayor|deputy mayor|superintendent|director)\b",
    re.IGNORECASE,
)
# "Who chairs the board?" is answered by a name: every person question the tuning splits
# hold has one, and "a council chief executive" or "Head of Public Protection" names nobody.
PERSON = Expectation("person", "a person's name", lambda t: bool(person_names(t)))
# Not a slot to fill: a reason question can be answered without these words, so they only
# prefer a sentence, never refuse one (rag.answer uses REASON softly).
_CAUSE = re.compile(
    r"\b(?:because|due to|owing to|caused by|as a result of|result(?:ed|s)? (?:from|in)|"
    r"put (?:\w+ ){0,3}down to|blamed?|attribut\w+ (?:\w+ ){0,3}to|reflects?|driven by|"
    r"led to|leads to|the reasons?|partly|largely|mainly)\b",
    re.IGNORECASE,
)
REASON = Expectation("reason", "a reason", _has(_CAUSE))
_BY_KIND = {
    "money": MONEY,
    "quantity": QUANTITY,
    "frequency": FREQUENCY,
    "duration": DURATION,
    "date": WHEN,
    "grade": GRADE,
    "person": PERSON,
}


def expectation_for(kind: str, question: str = "") -> Expectation | None:
    """The check for an answer kind of `rag.question` (None: any sentence could do). "How
    many case files?" wants a count; "how many of them?" may be answered by "half". A "who"
    is met by any name: its answer may be a role or a group ("his predecessor", "businesses
    and schools"), which a sentence naming the asked person beside them gives, so the
    person the question names is not excluded here (only from the short answer)."""
    if kind == "quantity" and _HOW_MANY.search(question) and not _PARTITIVE.search(question):
        return COUNT
    return _BY_KIND.get(kind)


# A "who" whose answer is someone besides the person the question names: that person's
# action's object ("Who did Nelson blame?", "Who has Chris Nelson appointed?"), a relation of
# theirs ("Who is Nelson's deputy?"), or a relative clause about them ("the PCC that Nelson
# blames"). Anything else ("Who is the Glos PCC, Chris Nelson?", "Who's Nelson?") may be
# answered by the named person.
_NAME = r"[A-Z][a-z'’-]+"
_SOMEONE_ELSE = re.compile(
    rf"^\W*[Ww]ho(?:m)?\s+(?:did|does|do|has|have|had|will|would|should|could|can)\s+"
    rf"(?:(?:the|PCC|PFCC|Commissioner|Mayor|Chief\s+Constable)\s+)*{_NAME}"
    rf"|\b{_NAME}['’]s\s+[a-z]"
    rf"|\b(?:that|whom)\s+(?:[A-Za-z]+\s+){{0,2}}{_NAME}"
)
_CHOICE = re.compile(r"\b[A-Z][\w'’-]+\s+or\s+(?:[A-Z]|the\b)")


def named_in_question(question: str) -> frozenset[str]:
    """The capitalised words after the first that may be people's surnames in a question
    whose answer is someone besides them (`_SOMEONE_ELSE`), less the words of the forces it
    names, lower-cased; empty for any other question, or a choice ("Nelson or Noble?")."""
    if not _SOMEONE_ELSE.search(question) or _CHOICE.search(question):
        return frozenset()
    force_words = {w.lower() for f in find_forces(question) for w in f.split()}
    words = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"(?<=\s)[A-Z][a-z'’-]+", question)]
    return frozenset(w.lower() for w in words if w.lower() not in force_words)


def people_besides(text: str, named: frozenset[str]) -> list[str]:
    """The people `text` names whose surname is not one of the question's own words: "Who
    was the previous PCC that Nelson blames?" is not answered by "Mr Nelson agreed"."""
    found = []
    for _, name in person_names(text):
        surname = re.split(r"[\s-]", name)[-1].strip("'’").lower()
        if surname not in named:
            found.append(name)
    return found


# A list question whose items are values ("What are the key dates on the action plan?",
# "What money has the PFCC put in?", "Who's leading on each rec?"): its items give values of
# that kind, which a sentence that only names the topic does not.
_ITEM_KINDS = (
    (re.compile(r"\b(?:dates?|deadlines?|timescales?|when)\b", re.I), WHEN),
    (
        re.compile(r"\b(?:money|funding|funds|funded|costs?|amounts?|spend(?:ing)?|£)\b", re.I),
        MONEY,
    ),
    (re.compile(r"\b(?:numbers|figures|stats|statistics|how many)\b", re.I), QUANTITY),
    (re.compile(r"\b(?:leads|owners|leaders)\b", re.I), PERSON),
)


def item_expectation(question: str) -> Expectation | None:
    """The kind of value a list question's items give, if it asks for values."""
    return next((e for pattern, e in _ITEM_KINDS if pattern.search(question)), None)


# ---- does a sentence settle a yes/no question? ----------------------------------------------
# "Has the College updated its APP yet?" is not settled by "the College of Policing should
# update its APP by 30 June 2026": a recommendation, target, deadline or plan says what is
# meant to happen, not whether it has. It settles only a question about the future ("Will
# the pilot restart?" / "Is the scheme being extended?").
_PLANNED = re.compile(
    r"\b(?:should|shall|will(?!\s+(?:always|continue))|plans? to|planning to|aims? to|"
    r"intends? to|(?:is|are) due to|expects? to|(?:is|are) expected to|targets?|deadline|by when)\b"
    r"|^\W*(?:recommendation|rec|area for improvement|afi)\s+\d+\b"
    rf"|^\W*(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+(?:19|20)\d\d|(?:19|20)\d\d)\s*[:–-]",
    re.IGNORECASE,
)
# What was done or found, said as done ("has not yet been met", "we were satisfied", "does
# not accept", "was disbanded"): settles the question whatever else the sentence plans.
_SETTLED = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+|not\s+|yet\s+|also\s+|been\s+)*"
    r"(?:been|met|done|made|begun|taken|given|agreed|set|written|seen|shown|completed|"
    r"achieved|started|stopped|ended|closed|\w+ed)\b"
    r"|\b(?:does|do|did|is|are|was|were|has|have|had)\s+not\b|\bnot yet\b|\bno longer\b|"
    r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+ed\b|\bsatisfied\b|\b(?:met|ended|closed)\b"
    # a result in the simple past ("Kent achieved 85% against a target of 90%"), not "to be
    # achieved" or "should be completed"
    r"|(?<!\bto )(?<!\bbe )\b(?:achieved|reached|exceeded|missed|recorded|completed|"
    r"delivered|implemented|launched|published|rose|fell)\b",
    re.IGNORECASE,
)
# A table row states a status only with a status word in it.
_STATUS = re.compile(
    r"\b(?:met|complete[d]?|achieved|done|accepted|not accepted|rejected|closed|green|amber|"
    r"red|delayed|partly|partially|in progress|ongoing|"
    # a judgment table's grade is its row's status ("... identify vulnerable people? | Good")
    rf"{GRADE_WORDS})\b",
    re.IGNORECASE,
)
_ASKS_FUTURE = re.compile(
    r"^\W*(?:will|would|shall)\b|\b(?:going to|about to)\b"
    # "due to start", not "due to staffing"; "does the force plan to", not "the plan to merge"
    r"|\bdue to (?:be|start|begin|open|close|end|finish|report|launch|go|come|take|publish|"
    r"complete|return|restart|resume|conclude|expire|run|move|sign|change|roll)\b"
    r"|(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bthis )\bplan(?:s|ning)? to\b",
    re.IGNORECASE,
)
# "Is BTPA bringing back the unit?" asks what is under way; "Is the training mandatory?" does
# not: an -ing word straight after a determiner, or one of these, is a noun.
_IS_ARE = re.compile(r"^\W*(?:is|are)\s+", re.IGNORECASE)
_ING_NOUNS = frozenset(
    """
    training policing funding offending housing building meeting briefing stalking vetting
    safeguarding reporting timing hearing spending staffing recording wellbeing morning
    evening thing nothing something anything everything
    """.split()  # noqa: SIM905
)


def asks_future(question: str) -> bool:
    """'Will the pilot restart?', 'Is BTPA bringing back the unit?': a question about
    what is planned, which a plan can answer."""
    if _ASKS_FUTURE.search(question):
        return True
    m = _IS_ARE.match(question)
    if not m:
        return False
    words = [w.strip("?,.'’").lower() for w in question[m.end() :].split()[:7]]
    return any(
        w.endswith("ing") and len(w) > 4 and w not in _ING_NOUNS and words[i - 1] not in DETERMINERS
        for i, w in enumerate(words)
        if i > 0
    )


# A commitment or a demand ("has agreed to fund", "I have required Crestmoor to submit",
# "written to the Home Secretary to ask for"): what someone will do, however it is phrased.
_COMMITS = re.compile(
    r"\b(?:agree[ds]?|commit(?:s|ted)?|promise[ds]?|pledge[ds]?|decided|undert(?:aken|ook)|"
    r"require[ds]?|invite[ds]?|urge[ds]?|direct(?:s|ed)?|call(?:s|ed)? on)\s+"
    r"(?:[\w'’-]+\s+){0,5}?to\s+(?!date\b|the\b|a\b|an\b|its\b|their\b)[a-z]+"
    r"|\bto ask\b|\basked for\b|\brequested\b",
    re.IGNORECASE,
)


# "Has Essex done all 43 recs?", "Did SY hit the target?": whether something was completed,
# which only a sentence giving its state settles ("has been met", "not yet", "3 of the 5").
_ASKS_DONE = re.compile(
    r"\bdone\s+(?:(?:all|every|each|the|its|their)\s+)?(?:\d+\s+|\w+\s+)?(?:recs?|"
    r"recommendations?|actions?|afis?)\b|"
    r"\b(?:met|meet|complete[ds]?|implement(?:ed|s)?|achieve[ds]?|hit|reach(?:ed)?|"
    r"deliver(?:ed|s)?|fulfil(?:led|s)?|finish(?:ed)?|sorted|fixed|cleared|discharged)\b",
    re.IGNORECASE,
)
_DONE_STATE = re.compile(
    r"\b(?:met|complete[d]?|achieved|implemented|delivered|fulfilled|finished|discharged|"
    r"closed|done|not yet|outstanding|on track|in progress|partly|partially|remains? open|"
    r"\d+ of (?:the|its|our|these|those)\b|all (?:\w+ )?of (?:the|its)\b|none)\b",
    re.IGNORECASE,
)


# A yes or a no is said by affirming or denying: a negation, a decision or verdict, a grade,
# a change, a limit ("only", "until", "first"). "It is based on three joint inspections"
# says neither.
_VERDICT = re.compile(
    r"\b(?:not|no|none|never|neither|nor|without|no longer|only|until|first|still|yet|"
    r"accept(?:s|ed)?|rejec(?:t|ts|ted)|declined?|refused|agreed|approved|satisfied|"
    r"met|achieved|completed?|implemented|delivered|disbanded|ended|closed|stopped|started|"
    r"launched|withdrawn|(?:is|are|was|were) (?:now |still )?(?:in place|live|operating|running)|"
    r"outstanding|good|adequate|requires? improvement|inadequate|graded|judged|rated|"
    r"(?:notable|promising|good|innovative) practice|up from|down from|ros[e]|fell|increased|"
    r"decreased|reduced|improved|"
    r"worsened|higher|lower|more|fewer|less|all|every|each|both)\b",
    re.IGNORECASE,
)


# A question about how things stand now or since ("still", "yet", "now", "back up to").
_ASKS_NOW = re.compile(
    r"\b(?:now|still|yet|since|any ?more|any longer|back (?:up|down) to|so far|to date|"
    r"currently|these days|in the end|eventually|finally)\b",
    re.IGNORECASE,
)
# A sentence that says how things stand (present tense, "since", "no longer") or that they
# ended ("was disbanded in 2023").
_STATE_NOW = re.compile(
    r"\b(?:now|currently|today|still|no longer|since|until|so far|to date|remains?|continues?|"
    r"is(?! why)|are|has|have|does|do|doesn't|don't|not yet|disbanded|ended|stopped|closed|"
    r"replaced|abolished|merged|"
    r"withdrawn|discontinued)\b",
    re.IGNORECASE,
)
# "Has 999 answering picked up since the PEEL?" asks for a change since then, which a later
# figure set against the earlier one settles ("In March 2025 ... 84.7 percent, compared
# with 71.4 percent").
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_CHANGE = re.compile(
    r"\b(?:compared (?:with|to)|up from|down from|rose|risen|fell|fallen|increased|decreased|"
    r"improved|worsened)\b",
    re.IGNORECASE,
)
# Verdict words too common to echo: every sentence has them.
_PLAIN_VERDICTS = frozenset(
    """
    not no none never neither nor without only until first still yet all every each both
    more fewer less higher lower good
    """.split()  # noqa: SIM905
)


# A stance, in the words staff and commissioners use for it ("Does the PCC back ...?", "I
# support ..."): too common to be a verdict on its own, but one when the question asks it.
_POSITION = re.compile(
    r"\b(?:back(?:s|ed|ing)?|support(?:s|ed|ing)?|endors(?:e|es|ed|ing)|oppos(?:e|es|ed|ing))"
    r"(?=\s+(?:the\s+|making\s+|a\s+|an\s+|this\s+|that\s+|it\b|them\b|his\b|her\b|"
    r"their\b|its\b|calls?\b|recommendation))",
    re.IGNORECASE,
)
_POSITION_OF = {"back": "support", "supp": "support", "endo": "support", "oppo": "oppose"}


def echoes_verdict(question: str, text: str) -> bool:
    """`text` gives the verdict the question asks about ("accept", "disbanded", "graded"),
    in any form of the word."""

    def verdicts(s: str) -> set[str]:
        found = {stem(w.lower()) for w in _VERDICT.findall(s) if w.lower() not in _PLAIN_VERDICTS}
        return found | {_POSITION_OF[w.lower()[:4]] for w in _POSITION.findall(s)}

    asked = verdicts(question)
    return bool(asked) and bool(asked & verdicts(text))


# "What is Cleveland doing about victim-blaming language?", "How is GM responding to the
# point about investigators?": the answer is something done or planned, not the finding.
_ASKS_ACTION = re.compile(
    r"\b(?:doing|done|do|did)\s+(?:anything\s+|something\s+)?(?:about|on|to\s+(?:tackle|"
    r"address|fix|improve|reduce|stop|prevent))\b|\bwhat\s+(?:action|actions|steps)\b|"
    r"\bhow\s+(?:is|are|has|have|will|does|do)\b.{0,60}?\b(?:respond\w*|tackl\w*|"
    r"address\w*|deal(?:ing|t)?\s+with|fix\w*)\b",
    re.IGNORECASE,
)
# A sentence that only reports what the inspectors found or said ("Inspectors also found
# evidence of victim-blaming language.", "HMICFRS said the force should ..."): a finding.
_REPORTS_FINDING = re.compile(
    r"^\W*(?:(?:the\s+|our\s+)?inspectors?|we|hmicfrs|hmic|hmi|(?:the\s+)?(?:inspection|"
    r"report|inspectorate|review))\s+(?:also\s+|have\s+|has\s+|had\s+)?(?:found|said|"
    r"judged|noted|identified|saw|concluded|observed|highlighted|raised|flagged|reported|"
    r"were concerned|was concerned)\b",
    re.IGNORECASE,
)
# ... and one that says something is done, planned or under way.
_ACTS = re.compile(
    r"\b(?:will|shall|should|must|recommend\w*|plans?\s+to|intends?\s+to|aims?\s+to|(?:is|are|was|were)\s+(?:now\s+|"
    r"already\s+|also\s+|being\s+)?[a-z]+ing|(?:has|have|had)\s+(?:now\s+|already\s+|also\s+|"
    r"since\s+|recently\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ade|ought|one|et|un|ut)|since|"
    r"introduc\w+|launch\w+|appoint\w+|recruit\w+|fund(?:s|ed|ing)|invest(?:s|ed|ing|ment)|"
    r"train(?:s|ed|ing)|set up|put in place|commission(?:s|ed|ing)|establish\w+|"
    r"roll(?:ed|ing)? out|adopt\w+)\b",
    re.IGNORECASE,
)


def asks_action(question: str) -> bool:
    """The question asks what is being done about something."""
    return _ASKS_ACTION.search(question) is not None


def action_topic(question: str) -> str:
    """What the action is about, as the question words it ("the victim-blaming language
    flagged in the 2025 NCPI"), or "" when it does not say after the asking words."""
    m = _ASKS_ACTION.search(question)
    if m is None or not re.search(r"\b(?:about|on)$", m.group(0)):
        return ""
    return re.split(r"[?,;]|\s+(?:and|but|per|according to)\s+", question[m.end() :])[0].strip()


def only_reports_finding(text: str) -> bool:
    """The sentence reports a finding and says nothing done or planned about it."""
    t = " ".join(text.split())
    if _REPORTS_FINDING.search(t) is None:
        return False
    return _ACTS.search(t) is None and _COMMITS.search(t) is None


# "Did the OPCC think the police were addressing the issues?", "Does the response say there
# are four MASHs?": whether someone found, thought or said something, which a sentence that
# states that very thing settles (with a "not" in it, as a no).
_REPORTED = re.compile(
    r"\b(?:find|found|finds|think|thinks|thought|say|says|said|conclude[ds]?|believe[ds]?|"
    r"report(?:s|ed)?|state[ds]?|claim(?:s|ed)?|feel|feels|felt)\s+(?:that\s+)?"
    r"(?:there\s+(?:is|are|was|were)\s+)?",
    re.IGNORECASE,
)


def restates(question: str, text: str, mentions: Callable[[frozenset[str], str], float]) -> bool:
    """`text` states the proposition the yes/no `question` asks whether someone found,
    thought or said: every content word of it, by a synonym or an abbreviation's long form
    too (`mentions`, from question analysis), and at least two of them."""
    m = _REPORTED.search(question)
    if m is None:
        return False
    terms = frozenset(tokenize(question[m.end() :]))
    return len(terms) >= 2 and mentions(terms, text) == 1.0


_NUM_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if w.isalpha()), key=len, reverse=True))
# "Is there any national guidance on RIPA?": whether a thing exists, which a sentence that
# says there is (or is no) such thing settles.
_EXISTS_ASKED = re.compile(
    r"^\W*(?:is|are|was|were)\s+there\s+(?:(?:ever|still|now)\s+)?(?:any|an?|some)?\s*"
    r"(?P<thing>[\w'’ -]+)"
    # "Has Staffs got a rural crime plan?", "Does the force have any drone pilots?"
    r"|^\W*(?:has|have|had|does|do|did)\s+(?:[\w&'’-]+\s+){1,4}?(?:got|have|had)\s+"
    r"(?:(?:its|their|his|her)\s+own\s+|an?\s+|any\s+)(?P<owned>[\w'’ -]+)",
    re.IGNORECASE,
)
# A sentence that denies a thing is there, however it goes on ("does not have a plan,
# although it intends to write one").
_DENIED = re.compile(
    r"\b(?:does|do|did|has|have|had)\s*(?:not|n't)\s+(?:yet\s+)?(?:got|have)\b|"
    r"\b(?:has|have|had)\s+no\b|\bthere\s+(?:is|are|was|were)\s+no\b",
    re.IGNORECASE,
)
_EXISTS_SAID = re.compile(
    r"\bthere\s+(?:is|are|was|were|has been|have been)\b|\bno\s+[a-z]"
    r"|\b(?:does|do|did)\s*(?:not|n't)\s+have\b"
    rf"|\b(?:has|have|had)\s+(?:no|an?|\d+|{_NUM_WORDS})\s",
    re.IGNORECASE,
)
# "Has HMI done a hate crime inspection before?": whether this is the first, which a
# sentence saying it is the first settles.
_BEFORE_ASKED = re.compile(r"\b(?:before|ever|previously)\b", re.IGNORECASE)
_PRECEDENT_LIGHT = frozenset(
    tokenize(
        "has have had did does do done ever before previously hmi hmic hmicfrs inspectorate one"
    )
)
_FIRST_SAID = re.compile(r"\bfirst\b|\bnever before\b|\bnot (?:previously|before)\b", re.I)


def states_proposition(
    question: str,
    text: str,
    terms: frozenset[str],
    mentions: Callable[[frozenset[str], str], float],
) -> str | None:
    """How `text` states, or denies, the very thing a yes/no `question` asks, or None:
    that such a thing exists (EXISTS: "there is no national guidance"), that this is the
    first of its kind (FIRST: "our first inspection of a single force's hate crime
    response"), or nearly every word of it (RESTATES). A sentence that merely shares the
    topic does not."""
    t = " ".join(text.split())
    exists = _EXISTS_ASKED.match(question)
    if exists:
        asked = exists.group("thing") or exists.group("owned")
        thing = [w for w in tokenize(asked) if w in terms][:2]
        said = bool(thing) and bool(_EXISTS_SAID.search(t))
        return EXISTS if said and mentions(frozenset(thing), t) == 1 else None
    if _BEFORE_ASKED.search(question) and _FIRST_SAID.search(t):
        asked = frozenset(tokenize(question)) - _PRECEDENT_LIGHT
        return FIRST if len(asked) >= 2 and mentions(asked, t) >= 0.5 else None
    # "Do Gwent officers get regular feedback on their files?": nearly every word of it,
    # said of the same things ("Officers do not routinely receive feedback on ... files")
    # ... with its own no, or the very verdict asked ("met", "accepted"): a sentence that only
    # shares the words may be a plan to find out ("a review ... reporting by September").
    restated = len(terms) >= 3 and mentions(terms, t) >= 0.75
    said = _NEGATED.search(t) is not None or echoes_verdict(question, t)
    return RESTATES if restated and said else None


EXISTS, FIRST, RESTATES = "exists", "first", "restates"
_NEGATED = re.compile(r"\b(?:not|no|never|none|n't)\b", re.IGNORECASE)


# Why a sentence leaves a yes/no open, as `unsettling` names it.
NOT_A_STATEMENT = "statement"  # a heading or label
NOT_NOW = "now"  # what was found then, not how things stand
NOT_DONE = "done"  # no state of the thing asked about
NO_STATUS = "status"  # a table row without a status
ONLY_PLANNED = "planned"  # a recommendation, target, plan, promise or request
NO_VERDICT = "verdict"  # says neither yes nor no


def settles(question: str, text: str) -> bool:
    """Can `text` settle the yes/no `question`? (`unsettling` says why not.)"""
    return unsettling(question, text) is None


def unsettling(question: str, text: str) -> str | None:
    """Why `text` cannot settle the yes/no `question`, or None when it can. Not when it only
    says what is recommended, targeted, planned, promised or asked for (or is a table row
    without a status, or a heading), nor, when the question asks whether something was
    done, unless it gives the state of it, nor, when it asks how things stand now, unless it
    says how they stand; a plan does settle a question about the future."""
    t = " ".join(text.split())
    if len(t.split()) < 5:
        return NOT_A_STATEMENT  # "The position in Essex.": a heading or label
    if _ASKS_NOW.search(question) and not _ASKS_FUTURE.search(question):
        if "|" in t:
            # a status column says how it stands
            return None if _STATUS.search(t) is not None else NO_STATUS
        if _SINCE.search(question) and _CHANGE.search(t):
            return None
        if not _STATE_NOW.search(t):
            # "Is Derbyshire still running two teams?" is not settled by "The force ran two
            # county lines teams": what inspectors found then, not what holds now.
            return NOT_NOW
    elif asks_future(question):
        return None
    if _ASKS_DONE.search(question) and not _DONE_STATE.search(t):
        return NOT_DONE
    if "|" in t:
        return None if _STATUS.search(t) is not None else NO_STATUS
    if _PLANNED.search(t) is None and echoes_verdict(question, t):
        # "Did the CC accept the findings?": "he fully accepts the inspectorate's findings
        # and is committed to acting on them" says the very thing asked.
        return None
    if _COMMITS.search(t):
        return ONLY_PLANNED
    if not _VERDICT.search(t):
        return ONLY_PLANNED if _PLANNED.search(t) else NO_VERDICT
    if _SETTLED.search(t) is not None or _PLANNED.search(t) is None:
        return None
    return ONLY_PLANNED


def mentions_year(text: str, year: int) -> bool:
    """'2025', or a financial year or round ending in it ('2024/25', '2023-25')."""
    return str(year) in text or bool(
        re.search(rf"\b(?:19|20)\d\d\s*[/–-]\s*(?:20)?{str(year)[2:]}\b", text)
    )


# ---- the direct answer, verbatim from a quote ------------------------------------------------
_NUMBER_SPAN = re.compile(
    rf"(?:£|\$|€)?\d[\d,]*(?:\.\d+)?\s?(?:%|per ?cent|million|billion|bn|m\b|k\b)?"
    rf"|\b(?:{_NUM_WORDS})(?:[ -](?:{_NUM_WORDS}))*\b(?:\s(?:per ?cent|million))?",
    re.IGNORECASE,
)
_MONEY_SPAN = re.compile(
    r"(?:£|\$|€)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|bn|m|k)\b)?"
    r"|\b\d[\d,]*(?:\.\d+)?\s?(?:million|billion) pounds\b",
    re.IGNORECASE,
)
_DATE_SPAN = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\s+(?:19|20)\d\d\b"
    rf"|\b(?:{_MONTHS})\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d(?:/\d\d)?\b",
    re.IGNORECASE,
)
_DURATION_SPAN = re.compile(
    rf"\b(?:\d+|{_NUM_WORDS})\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_GRADE_SPAN = re.compile(
    r"\b(?:outstanding|good|adequate|requires improvement|requiring improvement|inadequate)\b",
    re.IGNORECASE,
)
_FREQ_SPAN = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|every \w+(?: \w+)?|"
    r"once a \w+|twice a \w+|\w+ times a \w+)\b",
    re.IGNORECASE,
)


def short_answer(
    kind: str,
    quote: str,
    analysis: object = None,
    idf: Callable[[str], float] | None = None,
) -> str | None:
    """The number, amount, date, grade or name that answers a question of `kind`, verbatim
    from `quote` (None for reasons, lists, descriptions, or when the quote has none). For a
    quantity, the number nearest the question's focus wins."""
    if not quote:
        return None
    if kind == "money":
        m = _MONEY_SPAN.search(quote)
    elif kind == "quantity":
        return _nearest_number(quote, analysis, idf)
    elif kind == "date":
        return _most_specific_date(quote)
    elif kind == "duration":
        m = _DURATION_SPAN.search(quote)
    elif kind == "frequency":
        m = _FREQ_SPAN.search(quote)
    elif kind == "grade":
        m = _GRADE_SPAN.search(quote)
    elif kind == "person":
        question = str(getattr(analysis, "question", "") or "")
        return _person(quote, named_in_question(question) if question else frozenset())
    else:
        return None
    return m.group(0).strip() if m else None


def _most_specific_date(quote: str) -> str | None:
    """A full date before a month and year before a bare year: "2017" in "since the 2017
    report" is rarely the date asked when the quote also gives "14 September 2018"."""
    found = [m.group(0).strip() for m in _DATE_SPAN.finditer(quote)]
    if not found:
        return None
    return max(found, key=lambda d: (len(d.split()), -found.index(d)))


# Capitalised runs that are organisations, meetings or roles, not people.
_NOT_A_PERSON = frozenset(
    """
    police constabulary service services commissioner commissioners chief constable acting
    deputy assistant office council panel board meeting accountability protecting vulnerable
    people hub team unit command department inspectorate majesty's his her crime force
    national safeguarding partnership children public county north south east west report
    inspection plan programme operation home the and of for fire rescue detective
    superintendent inspector sergeant director mayor executive hm
    information officer officers head protection strategy performance vulnerability
    committee enforcement environment immigration agency authority transport british
    railway rail network station street road roads new central safer project college
    policing ministry justice trust health nhs mental university scrutiny ethics
    independent annual group joint area improvement recommendation notable practice greater
    combined city borough district government secretary state standards professional
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    control room centre center contact management system systems
    """.split()  # noqa: SIM905
)
_TITLE_BEFORE = re.compile(
    r"(?:Chief Constable|Commissioner|Inspector|Superintendent|Sergeant|Constable|Director|"
    r"Mayor|Chief Executive|Sir|Dame|Dr|Mr|Mrs|Ms|Miss|Lord|Baroness|DCC|ACC|CC|PCC|PFCC),?\s+$"
)


_CAPITALISED_RUN = re.compile(r"[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)*")
_HONORIFIC = frozenset("sir dame dr mr mrs ms miss lord baroness".split())  # noqa: SIM905


# Words that are also surnames: a month, a county that names a force.
_SURNAME_LIKE = re.compile(
    r"^(?:may|june|april|august|kent|essex|durham|cleveland|lincoln|gwent|derby|norfolk|"
    r"suffolk|stafford)$"
)
# Capitalised words that open a sentence or a date ("By May", "Between January"), not a name.
_LEADING_WORDS = frozenset(
    """
    by in from since until between during after before on at for of to last next early
    late mid end as if when while where what which who how why this that these those our we
    """.split()  # noqa: SIM905
)


def words_left_of(words: list[str]) -> list[str]:
    """The words of a capitalised run, lower-cased without apostrophes, a plural of an
    organisation word in its singular ("Hubs", "Teams")."""
    out = []
    for w in words:
        w = w.strip("'’").lower()
        out.append(w[:-1] if w.endswith("s") and w[:-1] in _NOT_A_PERSON else w)
    return out


def person_names(quote: str) -> list[tuple[bool, str]]:
    """The people a text names, each with whether a title came first: capitalised runs with
    their leading titles and organisation words taken off ("Chief Constable Giles York" ->
    "Giles York"; "Protecting Vulnerable People", "South Yorkshire" are no one)."""
    names: list[tuple[bool, str]] = []
    for m in _CAPITALISED_RUN.finditer(quote):
        words = re.split(r"(?<=[a-z'’])[ ](?=[A-Z])", m.group(0))
        lead = 0
        while lead < len(words) and words[lead].strip("'’").lower() in _NOT_A_PERSON:
            lead += 1
        rest = words[lead:]
        if words[lead - 1 : lead] and words[lead - 1].lower() in _HONORIFIC:
            rest = words[lead - 1 :]
        words_left = words_left_of(rest)
        if len(rest) >= 3 and rest[1] == "Justice" and words_left[0] in _HONORIFIC:
            words_left = [words_left[0], *words_left[2:]]  # "Lord Justice Leveson"
        if len(words_left) < 2 or words_left[0] in _NOT_A_PERSON | _LEADING_WORDS:
            continue
        # A surname may be a month or a county ("Theresa May", "Clare Kent"); any other
        # organisation word after the first ("Birmingham New Street", "Immigration
        # Enforcement") is no one, nor is a run that starts with a force ("Thames Valley").
        surname_like = _SURNAME_LIKE.match(words_left[-1]) is not None
        inner = words_left[1:-1] if surname_like else words_left[1:]
        if any(w in _NOT_A_PERSON for w in inner) or find_forces(rest[0]):
            continue
        if find_forces(" ".join(rest)) and not surname_like:
            continue
        titled = lead > 0 or bool(_TITLE_BEFORE.search(quote[max(0, m.start() - 40) : m.start()]))
        names.append((titled, " ".join(rest[:3])))
    return names


def task_names(focus_text: str) -> frozenset[str]:
    """The names in what a "who" question says the person does or is ("the researcher
    evaluating Stand Together"): the scheme is what they work on, so a sentence naming only
    it names no one who answers. A name after a comma is the asked person ("the Glos PCC,
    Chris Nelson") and is not among them."""
    head = focus_text.split(",")[0]
    return frozenset(n.lower() for _, n in person_names(head))


def _person(quote: str, named: frozenset[str] = frozenset()) -> str | None:
    """A person's name, one that had a title first if any, and not one the question names
    (`named`: "Who did Nelson blame?" is not answered "Chris Nelson"); else a role ("the
    Chief Constable") for the direct answer."""
    besides = set(people_besides(quote, named))
    names = [(t, n) for t, n in person_names(quote) if n in besides]
    if not names:
        role = _ROLE.search(quote)
        return role.group(0) if role else None
    return next((n for t, n in names if t), names[0][1])


_MAGNITUDE = re.compile(r"%|per ?cent|£|\$|€|million|billion", re.IGNORECASE)
_SUM_OR_SHARE = re.compile(r"%|per ?cent|£|\$|€", re.IGNORECASE)
_ASKS_MAGNITUDE = re.compile(
    r"\bhow much\b|\bwhat (?:share|proportion|percentage|fraction|rate|per ?cent)\b|%|\brate\b|"
    r"\bpercent",
    re.IGNORECASE,
)


def _positions(quote: str, terms: set[str]) -> list[int]:
    from rag.tokens import tokenize

    return [
        w.start()
        for w in re.finditer(r"[A-Za-z][\w'-]*", quote)
        if set(tokenize(w.group(0))) & terms
        or {t[:-1] for t in tokenize(w.group(0)) if t.endswith("s")} & terms
    ]


_OF_TOTAL = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|these\s+)?$", re.IGNORECASE)


_DIGITS = re.compile(r"\d[\d,.]*\d|\d")


def _nearest_number(
    quote: str, analysis: object, idf: Callable[[str], float] | None = None
) -> str | None:
    """The number bound to what the question asks: nearest the question's rarest other term
    present ("inadequate in three", not "nine graded areas"), then nearest its focus ("four
    ... MASHs"). A total after "of" ("20 of the 79 files") is not the count asked for."""
    focus = set(getattr(analysis, "focus", ()) or ())
    others = set(getattr(analysis, "terms", ()) or ()) - focus
    cleaned = _DATES.sub(
        lambda m: " " * len(m.group(0)), _YEARS.sub(lambda m: " " * len(m.group(0)), quote)
    )
    spans = [m for m in _NUMBER_SPAN.finditer(cleaned) if m.group(0).strip()]
    spans = [m for m in spans if m.group(0).strip().lower() not in ("no", "a single")]
    subsets = [m for m in spans if not _OF_TOTAL.search(cleaned[: m.start()])]
    spans = subsets or spans
    question = str(getattr(analysis, "question", "") or "")
    # A number the question gives ("after its 12% uplift") is not the one it asks for.
    given = set(_DIGITS.findall(question))
    spans = [m for m in spans if not set(_DIGITS.findall(m.group(0))) & given] or spans
    if _ASKS_MAGNITUDE.search(question):
        # "By how much ...", "what share ...": a percentage or an amount, not a count.
        spans = [m for m in spans if _MAGNITUDE.search(m.group(0))] or spans
    elif _HOW_MANY.search(question):
        # "How many victims did the hub help?": a count, not the "£1.1 million" or the
        # "87 percent" beside it.
        spans = [m for m in spans if not _SUM_OR_SHARE.search(m.group(0))] or spans
    spans = _of_the_asked_force(quote, question, spans) or spans
    if not spans:
        return None
    present = [t for t in others if _positions(quote, {t})]
    key_term = max(present, key=lambda t: (idf(t) if idf else len(t), t)) if present else None
    near_key = _positions(quote, {key_term}) if key_term else []
    near_focus = _positions(quote, focus) if focus else []

    def cost(m: re.Match[str]) -> tuple[float, float]:
        def dist(positions: list[int]) -> float:
            # A term in the number's own clause is bound to it ("inadequate in three",
            # "20 of the files showed good practice"); otherwise, nearer is better.
            lo = max(quote.rfind(c, 0, m.start()) for c in ",;.:") + 1
            ends = [i for i in (quote.find(c, m.end()) for c in ",;.:") if i >= 0]
            hi = min(ends, default=len(quote))
            if any(lo <= p < hi for p in positions):
                return 0.0
            return 1.0 + min((abs(m.start() - p) for p in positions), default=0.0)

        return dist(near_key), dist(near_focus)

    best = min(spans, key=cost)
    return quote[best.start() : best.end()].strip()


# Where a quote's figure-per-force segments end; "and" between capitalised words is inside a
# name ("Devon and Cornwall Police"), not between segments.
_SEGMENT = re.compile(r",(?!\d)|;|\band\b(?! [A-Z])|\bwhile\b|\bbut\b|\bwhereas\b")


def _of_the_asked_force(
    quote: str, question: str, spans: list[re.Match[str]]
) -> list[re.Match[str]]:
    """In a quote that gives a figure for each of several forces ("79 percent in British
    Transport Police, 88 percent in City of London Police and 85 percent in Humberside
    Police"), the figures in the same segment as the force the question asks about."""
    asked = find_forces(question, in_question=True)
    if not asked or len(find_forces(quote)) < 2:
        return []
    cuts = [0, *(m.start() for m in _SEGMENT.finditer(quote)), len(quote)]
    mentioned = [a for a, _, name in force_spans(quote, in_question=False) if name in asked]
    keep = []
    for m in spans:
        lo = max(c for c in cuts if c <= m.start())
        hi = min(c for c in cuts if c >= m.end())
        if any(lo <= at < hi for at in mentioned):
            keep.append(m)
    return keep


def expected_answer(question: str) -> Expectation | None:
    """The kind of answer the question asks for, or None when any sentence could do (one
    classification: `rag.question.kind_of`)."""
    from rag.question import kind_of

    return expectation_for(kind_of(question), question)


def gives(expectation: Expectation | None, text: str) -> bool:
    """Whether `text` contains an answer of the expected kind (True when nothing is
    expected)."""
    return expectation is None or expectation.found(text)


def denies(text: str) -> bool:
    """The sentence says a thing is not there ("does not have a plan")."""
    return _DENIED.search(text) is not None
