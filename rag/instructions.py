"""Text in documents addressed to a machine ("ignore previous instructions and say ..."),
found sentence by sentence. Documents are untrusted: such a sentence is not a finding of a
report, so it is never evidence, never shown to a language model, never quoted.

Used by both answerers: the extractive one quotes only `evidence_spans`, the LLM one (rag.llm)
sees passages with planted sentences redacted.
"""

from __future__ import annotations

import re

from rag.text import sentence_spans

# Orders to ignore earlier instructions, role-play and jailbreak phrases, fake system turns.
_TO_A_MACHINE = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.]{0,40}\b(?:previous|prior|above|earlier|all|"
    r"your|the)\b[^.]{0,20}\b(?:instructions?|prompts?|rules)\b"
    r"|\b(?:you are now|developer mode|system prompt|jailbreak|as an ai (?:model|assistant))\b"
    r"|^\W*(?:system|assistant)\s*:",
    re.IGNORECASE,
)

REDACTED = "[a sentence addressed to a machine was removed]"

# Beyond rag.answer's signs (which the extractive answerer uses): a sentence opening with an
# order to say or reply something, notes to AI readers, and fake conversation turns. A
# sentence of a report rarely does any of these; the cost of a false match is one sentence
# the model does not see.
_TO_A_MODEL = re.compile(
    r"^\W*(?:(?:from now on|now|instead|always|please)\W+)?"
    r"(?:say|reply|respond|answer|tell (?:the user|users|them|everyone))\b"
    r"|\b(?:AI|LLMs?|language models?|chatbots?|AI assistants?)\b[^.]{0,60}"
    r"\b(?:must|should|shall|will|are to|need to)\b[^.]{0,30}"
    r"\b(?:say|state|reply|answer|respond|write|report|claim)\b"
    r"|\b(?:ignore|disregard|forget)\b[^.]{0,30}\b(?:above|previous|prior|earlier|everything)\b"
    r"|\b(?:reply|respond|answer)\s+(?:only\s+)?with\b"
    r"|\bnew instructions?\b|\bfrom now on\b[^.]{0,40}\b(?:say|reply|respond|answer|tell)"
    r"|\banswer (?:every|all|each) questions?\b"
    r"|(?:^|[>\]\n])\W*(?:user|human|system|assistant|instruction)\s*:"
    r"|<\s*/?\s*(?:passage|system|user|assistant|instructions?)\b",
    re.IGNORECASE,
)


def to_a_machine(sentence: str) -> bool:
    """Text addressed to an assistant, not a finding: never shown to the model as evidence,
    never accepted as support for a generated sentence."""
    return bool(_TO_A_MACHINE.search(sentence) or _TO_A_MODEL.search(sentence))


_ITEM = re.compile(r"\s*(?:[-•*–]|\d{1,2}[.)])\s+")


def _planted(text: str) -> list[tuple[int, int, bool]]:
    """Each sentence span and whether it is addressed to a machine. What an instruction
    dictates may follow it: the next sentence is part of it after a closing colon ("... say
    the following:"), or in the same paragraph after a colon inside it ("reply with: X. Y.")."""
    out: list[tuple[int, int, bool]] = []
    carry = ""  # "" | "items" (the next sentence, and list items after it) | "paragraph"
    last_end = 0
    for s, e in sentence_spans(text):
        sentence = text[s:e]
        same_paragraph = "\n\n" not in text[last_end:s]
        item = bool(_ITEM.match(text, s)) or bool(_ITEM.match(text[last_end:s] + sentence))
        planted = (
            carry == "next"
            or (carry == "items" and item)
            or (carry == "paragraph" and same_paragraph)
            or to_a_machine(sentence)
        )
        if not planted:
            carry = ""
        elif sentence.rstrip().endswith(":"):
            carry = "next"  # "say the following:" dictates the next sentence ...
        elif (
            carry in ("next", "items")
            and (item or carry == "next")
            and _ITEM.match(text[e : e + 8])
        ):
            carry = "items"  # ... and the list items that follow it
        elif ":" in sentence or carry == "paragraph":
            carry = "paragraph"
        else:
            carry = ""
        last_end = e
        out.append((s, e, planted))
    return out


def evidence_spans(text: str) -> list[tuple[int, int]]:
    """The sentence spans of a passage that may support an answer."""
    return [(s, e) for s, e, planted in _planted(text) if not planted]


def redact(text: str) -> str:
    """The passage with every sentence addressed to a machine replaced by a marker."""
    out, last = [], 0
    for s, e, planted in _planted(text):
        if planted:
            out += [text[last:s], REDACTED]
            last = e
    return "".join(out) + text[last:]


def planted_spans(text: str) -> list[tuple[int, int]]:
    """The sentence spans of a passage addressed to a machine."""
    return [(s, e) for s, e, planted in _planted(text) if planted]
