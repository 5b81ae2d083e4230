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

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTHS = "|".join(MONTHS)
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand|million|billion|dozen|half|quarter|third|thirds|none|"
    "majority|minority|double|doubled|tripled|twice|per cent|percent"
)
# Years, financial years and calendar dates are not quantities: "in 2021/22" or
# "on 18 April 2023" do not answer "how many".
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?\b")
_DATES = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b", re.IGNORECASE)
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


MONEY = Expectation("money", "an amount of money", _has(_MONEY))
QUANTITY = Expectation("quantity", "a number", _has_quantity)
FREQUENCY = Expectation("frequency", "how often", _has_frequency)
DURATION = Expectation("duration", "a length of time", _has(_DURATION))
WHEN = Expectation("when", "a date or time", _has(_WHEN))
GRADE = Expectation("grade", "a grade", _has(_GRADE))

_ASKS: list[tuple[re.Pattern[str], Expectation]] = [
    (
        re.compile(
            r"\bhow much\b.*\b(?:money|funding|fund|funded|spend|spent|budget|budgeted|cost|"
            r"costs|invest|invested|give|gave|pay|paid|allocate|allocated|grant|grants)\b"
            r"|\bhow much\b.*£|\bwhat (?:was|is) the (?:budget|cost)\b",
            re.IGNORECASE,
        ),
        MONEY,
    ),
    (re.compile(r"\bhow often\b|\bhow frequently\b", re.IGNORECASE), FREQUENCY),
    (re.compile(r"\bhow long\b", re.IGNORECASE), DURATION),
    (
        re.compile(
            r"\bhow many\b|\bhow much\b|\bwhat (?:share|proportion|percentage|number|fraction|"
            r"rate|amount|per ?cent)\b|\baverage\b",
            re.IGNORECASE,
        ),
        QUANTITY,
    ),
    (
        re.compile(
            r"^\W*when\b|\bby when\b|\bwhat date\b|\bon what date\b|\bwhich year\b"
            r"|\bin what year\b",
            re.IGNORECASE,
        ),
        WHEN,
    ),
    (
        re.compile(
            r"\bwhat (?:overall )?(?:grades?|rating|judgement)\b|\bhow (?:was|were) .{1,60} "
            r"(?:graded|rated)\b",
            re.IGNORECASE,
        ),
        GRADE,
    ),
]


def expected_answer(question: str) -> Expectation | None:
    """The kind of answer the question asks for, or None when any sentence could do."""
    for pattern, expectation in _ASKS:
        if pattern.search(question):
            return expectation
    return None


def gives(expectation: Expectation | None, text: str) -> bool:
    """Whether `text` contains an answer of the expected kind (True when nothing is
    expected)."""
    return expectation is None or expectation.found(text)
