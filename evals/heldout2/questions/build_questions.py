"""Write tune.jsonl / test.jsonl for heldout2 and validate every evidence quote.

Quotes are checked as verbatim substrings of the extracted text of every document in doc_ids
(for multi-doc questions, of the first doc, the one the quote comes from), after whitespace
normalisation. PDF: pypdf; DOCX: python-docx paragraphs + table cells; HTML: BeautifulSoup
get_text with ' ' and with '' separators (both must match); TXT: raw.
Run: /work/main/.venv/bin/python evals/heldout2/questions/build_questions.py
"""

import collections, csv, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from extract import extract, norm, DOCS  # noqa: E402
import qdata_test, qdata_tune  # noqa: E402

FIELDS = [
    "id",
    "question",
    "answer",
    "short_answer",
    "doc_ids",
    "evidence",
    "type",
    "answer_type",
    "must_include",
    "unanswerable_kind",
    "group",
]
KINDS = {
    "absent_force",
    "absent_detail",
    "wrong_year_or_round",
    "absent_person_or_programme",
    "mixed_facts",
    "unsettled_yes_no",
}

manifest = {r["id"]: r["path"] for r in csv.DictReader(open(os.path.join(DOCS, "manifest.csv")))}
texts = {}
for did, path in manifest.items():
    p = os.path.join(DOCS, path)
    variants = [norm(extract(p, 0))]
    if path.endswith(".html"):
        variants.append(norm(extract(p, 1)))
    texts[did] = variants

errors = []


def check(rec):
    if rec["unanswerable_kind"]:
        assert rec["unanswerable_kind"] in KINDS, rec
        if rec["evidence"] or rec["doc_ids"] or rec["must_include"]:
            errors.append(("unanswerable with evidence", rec["id"]))
        return
    ev = norm(rec["evidence"])
    if not ev:
        errors.append(("no evidence", rec["id"]))
        return
    src = rec["doc_ids"][0]
    for v in texts[src]:
        if ev not in v:
            errors.append(("quote not found", rec["id"], src, rec["evidence"][:90]))
    for d in rec["doc_ids"]:
        if d not in texts:
            errors.append(("unknown doc", rec["id"], d))
    for m in rec["must_include"]:
        if m.lower() not in rec["answer"].lower():
            errors.append(("must_include not in gold answer", rec["id"], m))
        if not any(m.lower() in " ".join(texts[d][0] for d in rec["doc_ids"]).lower() for _ in [0]):
            errors.append(("must_include not in any cited doc", rec["id"], m))


def build(qs, name):
    out, counters = [], collections.defaultdict(int)
    for qq in qs:
        counters[qq["group"]] += 1
        rec = dict(qq)
        rec["id"] = "h2-%s-q%02d" % (qq["group"], counters[qq["group"]])
        rec = {k: rec.get(k) for k in FIELDS}
        check(rec)
        out.append(rec)
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


test = build(qdata_test.QUESTIONS, "test.jsonl")
tune = build(qdata_tune.QUESTIONS, "tune.jsonl")
assert not ({r["group"] for r in test} & {r["group"] for r in tune}), "document on both sides"
ids = [r["id"] for r in test + tune]
assert len(ids) == len(set(ids))

for name, rows in (("tune", tune), ("test", test)):
    print(
        "==",
        name,
        len(rows),
        "questions; groups:",
        dict(collections.Counter(r["group"] for r in rows)),
    )
    print("   type:", dict(collections.Counter(r["type"] for r in rows)))
    print("   answer_type:", dict(collections.Counter(r["answer_type"] for r in rows)))
    print(
        "   unanswerable_kind:",
        dict(collections.Counter(r["unanswerable_kind"] for r in rows if r["unanswerable_kind"])),
    )
print("total", len(ids), "answerable", sum(1 for r in test + tune if not r["unanswerable_kind"]))
if errors:
    print("ERRORS:")
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("all evidence quotes verified verbatim (whitespace-normalised) in extracted document text")
