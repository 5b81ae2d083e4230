"""The Library tab's catalogue: pairings, full-text search with snippets, rows, messages."""

from __future__ import annotations

from ui import library as lib

REPORT = {
    "doc_id": "kent",
    "title": "Kent PEEL 2021/22",
    "doc_type": "inspection_report",
    "force": "Kent Police",
    "published": "2022-04-28",
    "chunks": 2,
    "responds_to": "",
}
RESPONSE = {
    "doc_id": "kent-pcc",
    "title": "Kent PCC response",
    "doc_type": "pcc_response",
    "force": "Kent Police",
    "published": "2022-06-01",
    "chunks": 1,
    "responds_to": "",
}
ESSEX = {"doc_id": "essex", "title": "Essex vetting report", "doc_type": "thematic_report",
         "force": "Essex Police", "published": "2023-01-01", "chunks": 1,
         "responds_to": ""}  # fmt: skip
TEXTS = {
    "kent": [("k0", "Summary"), ("k1", "Kent runs two multi-agency safeguarding hubs (MASHs).")],
    "kent-pcc": [("p0", "I welcome the report. The MASH works well, and the MASH is busy.")],
    "essex": [("e0", "Vetting <b>files</b> were questionable.")],
}
DOCS = [REPORT, RESPONSE, ESSEX]


def _pairing() -> dict[str, str]:
    ledger = {"reports": [{"doc_id": "kent", "responses": [{"doc_id": "kent-pcc"}]}]}
    pairs = lib.pairings(DOCS, ledger)
    titles = {d["doc_id"]: d["title"] for d in DOCS}
    return {d["doc_id"]: lib.pairing_text(d, pairs, titles) for d in DOCS}


def test_reports_and_responses_are_paired_both_ways() -> None:
    pairing = _pairing()
    assert pairing["kent"] == "Answered by: Kent PCC response"
    assert pairing["kent-pcc"] == "Responds to: Kent PEEL 2021/22"
    assert pairing["essex"] == "No response in the library"
    # A declared responds_to pairs them too, without the ledger.
    declared = [REPORT, {**RESPONSE, "responds_to": "kent"}]
    assert lib.pairings(declared, {})["kent"].answered_by == ["kent-pcc"]
    # Links to documents not held are not shown.
    assert lib.pairings([RESPONSE], {"reports": [{"doc_id": "kent", "responses": [
        {"doc_id": "kent-pcc"}]}]}) == {}  # fmt: skip


def test_search_finds_documents_by_a_word_of_their_text_with_a_snippet() -> None:
    pairing = _pairing()
    found = lib.search(DOCS, lambda d: TEXTS[d], "MASH", pairing)
    # "MASH" finds "MASHs"; the response says it twice, so it comes first.
    assert [m.doc["doc_id"] for m in found] == ["kent-pcc", "kent"]
    assert found[0].chunk_id == "p0" and found[0].snippet.count("<mark>") == 2
    assert "<mark>MASHs</mark>" in found[1].snippet and found[1].chunk_id == "k1"
    # Every word must occur; document text is escaped.
    assert lib.search(DOCS, lambda d: TEXTS[d], "MASH vetting", pairing) == []
    [essex] = lib.search(DOCS, lambda d: TEXTS[d], "files", pairing)
    assert "&lt;b&gt;<mark>files</mark>&lt;/b&gt;" in essex.snippet


def test_details_matches_come_first_and_open_at_a_mention() -> None:
    pairing = _pairing()
    found = lib.search(DOCS, lambda d: TEXTS[d], "kent", pairing)
    assert [m.doc["doc_id"] for m in found] == ["kent", "kent-pcc"]
    assert all(m.in_details for m in found) and found[0].chunk_id == "k1"
    by_type = lib.search(DOCS, lambda d: TEXTS[d], "thematic", pairing)
    assert [m.doc["doc_id"] for m in by_type] == ["essex"] and by_type[0].chunk_id is None
    assert [m.doc["doc_id"] for m in lib.search(DOCS, lambda d: TEXTS[d], "  ", pairing)] == [
        "kent", "kent-pcc", "essex"]  # fmt: skip


def test_rows_and_notes() -> None:
    pairing = _pairing()
    found = lib.search(DOCS, lambda d: TEXTS[d], "MASH", pairing)
    rows = lib.rows(found, pairing)
    assert len(rows[0]) == len(lib.HEADERS) == len(lib.DATATYPES) == len(lib.WIDTHS)
    assert rows[0][0].startswith('Kent PCC response<div class="iqa-snip">')
    assert rows[0][1:] == ["PCC response", "Kent Police", "2022-06-01",
                           "Responds to: Kent PEEL 2021/22", 1]  # fmt: skip
    assert lib.note("MASH", found, 3).startswith("2 documents match “MASH” (0 by title")
    assert lib.note("kent", found[:1], 3).startswith("1 document matches")
    assert lib.note("zz_q", [], 3).startswith("**No documents match “zz\\_q”**")
    assert lib.note("", found, 3).startswith("3 documents.")
