"""A Vocabulary answers "does this text mention X?" by look-ups; a library's catalogue holds
one per document, so it is compact: initialisms as sorted integer codes, words shared."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rag.anchors import Vocabulary
from rag.catalogue import Catalogue

_WORD = st.text(alphabet="abcdefghij", min_size=1, max_size=6)


@given(st.lists(_WORD, min_size=0, max_size=40), st.text(alphabet="abcdefghijz", max_size=6))
def test_an_initialism_is_found_exactly_when_a_run_of_words_spells_it(
    words: list[str], anchor: str
) -> None:
    runs = {
        "".join(w[0] for w in words[i : i + n])
        for n in (2, 3, 4, 5)
        for i in range(len(words) - n + 1)
    }
    vocab = Vocabulary.of([" ".join(words)])
    assert vocab._initialism(anchor) is (anchor in runs)


def test_abbreviations_are_found_by_their_words() -> None:
    vocab = Vocabulary.of(["Tackling child sexual exploitation across the force."])
    assert vocab.has("cse") and not vocab.has("csa")


def test_union_of_many_holds_everything_each_holds() -> None:
    parts = [
        Vocabulary.of(["The 2019/20 budget for child sexual exploitation"]),
        Vocabulary.of(["Multi-agency safeguarding hub in Kent"]),
        Vocabulary.of([""]),
    ]
    union = Vocabulary.union_all(parts)
    for anchor in ("2019/20", "budget", "cse", "mash", "kent"):
        assert union.has(anchor), anchor
    assert not union.has("merseyside")


def test_a_catalogue_keeps_one_copy_of_a_word_for_all_its_documents() -> None:
    texts = ["Kent Police safeguarding review", "Essex Police safeguarding plan"]
    metas = [
        {"doc_id": "a", "title": "A", "index": 0},
        {"doc_id": "b", "title": "B", "index": 0},
    ]
    catalogue = Catalogue.build(texts, metas)
    a, b = (next(w for w in d.vocab.words if w == "safeguarding") for d in catalogue.docs)
    assert a is b
    assert catalogue.vocab.has("safeguarding") and catalogue.vocab.has("essex")
