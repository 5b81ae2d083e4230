"""Extract plain text from the heldout8 documents, independently of the answerer, for quote checks."""

import os, re, sys
import pypdf, docx
from bs4 import BeautifulSoup

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs")


def norm(s):
    s = (
        s.replace("\u00a0", " ")
        .replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    return re.sub(r"\s+", " ", s).strip()


def extract(path, variant=0):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        r = pypdf.PdfReader(path)
        return "\n".join(p.extract_text() or "" for p in r.pages)
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in ("html", "htm"):
        soup = BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser")
        for s in soup(["script", "style"]):
            s.decompose()
        return soup.get_text(" " if variant == 0 else "")
    return open(path, encoding="utf-8").read()


if __name__ == "__main__":
    for f in sorted(os.listdir(DOCS)):
        if f.rsplit(".", 1)[-1] in ("pdf", "docx", "html", "txt"):
            t = norm(extract(os.path.join(DOCS, f)))
            print(f, len(t.split()), "words")
    if len(sys.argv) > 1:
        print(extract(os.path.join(DOCS, sys.argv[1])))
