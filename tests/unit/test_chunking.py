"""Chunker properties, measured in the real model's tokenizer."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.chunking import chunk_document, context_prefix, embedding_text
from ingest.document import Block, assemble
from rag.embedding import bundled_model_path

MAX = 60


@cache
def _tokenizer():
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(bundled_model_path() / "tokenizer.json"))
    tok.no_padding()  # the shipped tokenizer.json pads to 128
    tok.no_truncation()
    return tok


def count(text: str) -> int:
    return len(_tokenizer().encode(text, add_special_tokens=False).ids)


words = st.sampled_from(
    [
        "the",
        "police",
        "force",
        "child",
        "protection",
        "inspection",
        "report",
        "found",
        "that",
        "officers",
        "were",
        "not",
        "always",
        "recognising",
        "risk.",
        "HMICFRS",
        "Devon",
        "Cornwall",
        "79",
        "cases",
        "12",
        "recommendations",
        "inadequate",
        "supercalifragilisticexpialidocious",
        "https://example.org/a/very/long/url?x=1",
        "£1.2m",
        "–",
        ";",
        ":",
    ]
)
sentence = st.lists(words, min_size=1, max_size=40).map(lambda ws: " ".join(ws) + ".")
block = st.builds(
    lambda kind, sents, level: Block(kind, " ".join(sents), page=None, level=level),
    st.sampled_from(["heading", "paragraph", "paragraph", "list_item", "table_row"]),
    st.lists(sentence, min_size=1, max_size=8),
    st.integers(min_value=1, max_value=3),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(block, min_size=1, max_size=12))
def test_chunks_cover_text_in_order_within_window(blocks: list[Block]) -> None:
    doc = assemble(blocks)
    chunks = chunk_document("d", doc, count, MAX)
    assert chunks, "non-empty documents give chunks"
    pos = 0
    for c in chunks:
        assert c.text == doc.text[c.start : c.end]  # offsets map back exactly
        assert c.text.strip() and c.text == c.text.strip()  # no empty or padded chunks
        assert count(c.text) <= MAX  # within the token window
        assert c.start >= pos  # in order, no overlap
        assert doc.text[pos : c.start].strip() == ""  # nothing but whitespace skipped
        pos = c.end
    assert doc.text[pos:].strip() == ""  # covers to the end


def test_heading_starts_chunk_and_sets_section() -> None:
    doc = assemble(
        [
            Block("heading", "Summary", level=1),
            Block("paragraph", "The force was inadequate in three areas."),
            Block("heading", "Crime recording", level=2),
            Block("paragraph", "Crime recording was poor."),
            Block("heading", "Responding", level=2),
            Block("list_item", "Calls were answered slowly."),
        ]
    )
    chunks = chunk_document("d", doc, count, 200)
    assert [c.section for c in chunks] == [
        "Summary",
        "Summary > Crime recording",
        "Summary > Responding",
    ]
    assert chunks[1].text.startswith("Crime recording\n\nCrime recording was poor.")


def test_sentences_are_not_cut_when_a_block_is_too_long() -> None:
    sentences = [
        f"Sentence number {i} says the force must improve its response." for i in range(30)
    ]
    doc = assemble([Block("paragraph", " ".join(sentences))])
    chunks = chunk_document("d", doc, count, 60)
    assert len(chunks) > 1
    for c in chunks:
        assert c.text.startswith("Sentence number") and c.text.endswith("response.")


def test_ids_are_stable_and_change_with_text() -> None:
    doc = assemble(
        [
            Block("paragraph", "Alpha beta."),
            Block("heading", "H", level=1),
            Block("paragraph", "Gamma."),
        ]
    )
    a = chunk_document("doc", doc, count, 200)
    b = chunk_document("doc", doc, count, 200)
    assert [c.id for c in a] == [c.id for c in b]
    changed = chunk_document("doc", assemble([Block("paragraph", "Alpha beta!")]), count, 200)
    assert changed[0].id != a[0].id


def test_pages_follow_blocks() -> None:
    doc = assemble([Block("paragraph", "One.", page=1), Block("paragraph", "Two.", page=2)])
    (chunk,) = chunk_document("d", doc, count, 200)
    assert (chunk.page, chunk.page_end) == (1, 2)


def test_embedding_text_carries_context_within_budget() -> None:
    doc = assemble([Block("heading", "Findings", level=1), Block("paragraph", "Text here.")])
    (chunk,) = chunk_document("d", doc, count, 200)
    text = embedding_text(chunk, "PEEL 2021/22 Kent Police", count, 48)
    assert text.startswith("PEEL 2021/22 Kent Police — Findings\n")
    assert text.endswith(chunk.text)
    long_title = "word " * 100
    assert count(context_prefix(long_title, "A > B", count, 48)) <= 48


def test_splitting_a_giant_block_is_linear_and_fits() -> None:
    """A 200,000-word block with no sentence breaks (a hostile file) splits in about a
    second, every piece within the window; a 'word' longer than the window is cut too."""
    from ingest.chunking import _split_words
    from rag.embedding import HashEmbedder

    count = HashEmbedder().count_tokens
    text = "word " * 200_000
    pieces = _split_words(text, 0, len(text), count, 256)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(count(text[a:b]) <= 256 for a, b in pieces)
    junk = "ab" * 5000 + "." * 3000  # punctuation counts one token each in this counter
    pieces = _split_words(junk, 0, len(junk), count, 100)
    assert all(count(junk[a:b]) <= 100 for a, b in pieces) and len(pieces) > 10
