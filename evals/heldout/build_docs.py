#!/usr/bin/env python3
"""Build the held-out test documents for inspection-qa from the sources in src/.

Usage (from any directory):
    python evals/heldout/build_docs.py            # build docs/ (8 documents + manifest.csv)
    python evals/heldout/build_docs.py check      # build, then check evidence + JSONL files
    python evals/heldout/build_docs.py split      # split questions_draft.jsonl into tune/test

Needs fpdf2, python-docx (build) and pypdf, beautifulsoup4 (check).
The output is deterministic: fixed creation dates, fixed zip timestamps.

Source mark-up (src/*.md), one block per blank-line-separated group of lines:
    @@key value        document metadata (header, header_right, footer, title, published)
    @@pagebreak        PDF only: start a new page
    @@split            PDF only: place the next block so that it runs across a page break
    @@sig              signature block (following lines)
    # / ## / ###       headings
    - item             bullet list item (one line each)
    #. item            auto-numbered list item (DOCX "List Number"; numbers written elsewhere)
    3. item            numbered list item with an explicit number
    |a|b|              table row (first row is the header; |---| rows are skipped)
    !box Title         boxed finding: title line, then its text
    **text**           bold paragraph
    [^1]               footnote reference; a block "[^1]: text" defines it
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
DOCS = HERE / "docs"
REPO = HERE.parent.parent
DRAFT = HERE / "questions_draft.jsonl"
LEDGER = HERE / "ledger_gold.jsonl"
QDIR = REPO / "evals" / "questions"

SUP = {"1": "\u00b9", "2": "\u00b2", "3": "\u00b3"}

# --------------------------------------------------------------------------- parsing


def parse(path: Path):
    meta, blocks, notes = {}, [], {}
    raw = path.read_text(encoding="utf-8")
    groups = re.split(r"\n\s*\n", raw.strip("\n"))
    for g in groups:
        lines = [ln.rstrip() for ln in g.split("\n") if ln.strip()]
        if not lines:
            continue
        first = lines[0]
        if first.startswith("@@") and first not in ("@@pagebreak", "@@split", "@@sig"):
            for ln in lines:
                k, _, v = ln[2:].partition(" ")
                meta[k] = v.strip()
            continue
        if first == "@@pagebreak":
            blocks.append(("pagebreak", None))
        elif first == "@@split":
            blocks.append(("split", None))
        elif first == "@@sig":
            blocks.append(("sig", lines[1:]))
        elif first.startswith("[^"):
            m = re.match(r"\[\^(\d+)\]:\s*(.*)", " ".join(lines))
            notes[m.group(1)] = m.group(2)
        elif first.startswith("### "):
            blocks.append(("h3", first[4:]))
        elif first.startswith("## "):
            blocks.append(("h2", first[3:]))
        elif first.startswith("# "):
            blocks.append(("h1", first[2:]))
        elif first.startswith("- "):
            blocks.append(("ul", [ln[2:] for ln in lines]))
        elif first.startswith("#. "):
            blocks.append(("autonum", [ln[3:] for ln in lines]))
        elif re.match(r"\d+\. ", first):
            items = []
            for ln in lines:
                m = re.match(r"(\d+)\. (.*)", ln)
                items.append((int(m.group(1)), m.group(2)))
            blocks.append(("ol", items))
        elif first.startswith("|"):
            rows = []
            for ln in lines:
                cells = [c.strip() for c in ln.strip().strip("|").split("|")]
                if all(re.fullmatch(r"-+", c) for c in cells):
                    continue
                rows.append(cells)
            blocks.append(("table", rows))
        elif first.startswith("!box "):
            blocks.append(("box", (first[5:], " ".join(lines[1:]))))
        elif first.startswith("**") and first.endswith("**") and len(lines) == 1:
            blocks.append(("bold", first[2:-2]))
        else:
            blocks.append(("p", " ".join(lines)))
    return meta, blocks, notes


def strip_refs(text: str, style: str = "none") -> str:
    if style == "brackets":
        return re.sub(r"\[\^(\d+)\]", r"[\1]", text)
    if style == "sup":
        return re.sub(r"\[\^(\d+)\]", lambda m: SUP[m.group(1)], text)
    return re.sub(r"\[\^(\d+)\]", "", text)


def body_words(blocks, notes) -> int:
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2", "h3", "bold"):
            n += len(strip_refs(val).split())
        elif kind in ("ul", "autonum"):
            n += sum(len(x.split()) for x in val)
        elif kind == "ol":
            n += sum(len(x.split()) for _, x in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
        elif kind == "box":
            n += len(val[0].split()) + len(val[1].split())
        elif kind == "sig":
            n += sum(len(x.split()) for x in val)
    n += sum(len(v.split()) for v in notes.values())
    return n


# --------------------------------------------------------------------------- PDF


def build_pdf(src: Path, out: Path, created: dt.datetime, author: str):
    """Render, trying a few line heights until every @@split block runs across a page break."""
    for gap in (2.2, 1.8, 2.6, 3.0):
        for lh in (5.2, 5.25, 5.3, 5.15, 5.35, 5.1, 5.4, 5.05, 5.45, 5.0, 5.5):
            data, ok = render_pdf(src, created, author, lh, gap)
            if ok:
                out.write_bytes(data)
                return
    raise SystemExit(f"{src.name}: could not place @@split blocks across a page break")


def render_pdf(src: Path, created: dt.datetime, author: str, lh: float, gap: float):
    from fpdf import FPDF

    meta, blocks, notes = parse(src)

    def L(s: str) -> str:
        s.encode("latin-1")  # raises if a character is not latin-1 safe
        return s

    class ReportPDF(FPDF):
        pending: dict = {}

        def header(self):
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 8)
            self.cell(140, 5, L(meta.get("header", "")), new_x="RIGHT", new_y="TOP")
            self.cell(
                0, 5, L(meta.get("header_right", "")), align="R", new_x="LMARGIN", new_y="NEXT"
            )
            self.set_draw_color(160, 160, 160)
            self.line(self.l_margin, 14, self.w - self.r_margin, 14)
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            fns = self.pending.get(self.page_no(), [])
            if fns:
                self.set_y(-30)
                self.set_draw_color(120, 120, 120)
                self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
                self.ln(1.5)
                self.set_font("Helvetica", "", 7.5)
                for num in fns:
                    self.multi_cell(0, 3.4, L(f"{num} {notes[num]}"), new_x="LMARGIN", new_y="NEXT")
            self.set_y(-13)
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(140, 5, L(meta.get("footer", "")), new_x="RIGHT", new_y="TOP")
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = ReportPDF(format="A4")
    pdf.pending = {}
    pdf.set_creation_date(created)
    pdf.set_title(L(meta.get("header", src.stem)))
    pdf.set_author(author)
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=32)
    pdf.alias_nb_pages()
    pdf.add_page()
    split_next = False
    split_ok = []

    def note_refs(text):
        for num in re.findall(r"\[\^(\d+)\]", text):
            pdf.pending.setdefault(pdf.page_no(), []).append(num)

    def split_start():
        """For a block marked @@split: remember where it starts (page, and whether a line fits)."""
        nonlocal split_next
        if not split_next:
            return None
        split_next = False
        return (pdf.page_no(), pdf.get_y() + 2 * lh <= pdf.page_break_trigger)

    def split_end(start):
        if start is not None:
            split_ok.append(start[1] and pdf.page_no() > start[0])

    first_page_title = True
    for kind, val in blocks:
        if kind == "pagebreak":
            pdf.add_page()
            continue
        if kind == "split":
            split_next = True
            continue
        if kind == "h1":
            pdf.set_font("Helvetica", "B", 24 if first_page_title else 18)
            if first_page_title:
                pdf.set_y(60)
            pdf.multi_cell(0, 11, L(val), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            first_page_title = False
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 7, L(val), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "h3":
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.multi_cell(0, 6, L(val), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "bold":
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(0, lh, L(val), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "p":
            st = split_start()
            note_refs(val)
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, lh, L(strip_refs(val, "sup")), new_x="LMARGIN", new_y="NEXT")
            split_end(st)
            pdf.ln(gap)
        elif kind in ("ul", "ol", "autonum"):
            st = split_start()
            pdf.set_font("Helvetica", "", 10.5)
            items = val if kind == "ol" else list(enumerate(val, 1))
            for num, text in items:
                if pdf.get_y() + lh > pdf.page_break_trigger:
                    pdf.add_page()
                y = pdf.get_y()
                if kind == "ul":
                    pdf.set_fill_color(0, 0, 0)
                    pdf.ellipse(pdf.l_margin + 2, y + 1.9, 1.3, 1.3, style="F")
                else:
                    pdf.set_xy(pdf.l_margin, y)
                    pdf.cell(7, lh, f"{num}.")
                pdf.set_xy(pdf.l_margin + 7, y)
                pdf.multi_cell(0, lh, L(strip_refs(text, "sup")), new_x="LMARGIN", new_y="NEXT")
                if num != items[-1][0]:
                    pdf.ln(1)
            split_end(st)
            pdf.ln(2.5)
        elif kind == "table":
            pdf.set_font("Helvetica", "", 9.5)
            ncol = len(val[0])
            widths = (110, 60) if ncol == 2 else None
            pdf.set_draw_color(120, 120, 120)
            with pdf.table(
                col_widths=widths,
                line_height=6,
                first_row_as_headings=True,
                text_align="LEFT",
                width=170,
            ) as table:
                for row in val:
                    r = table.row()
                    for c in row:
                        r.cell(L(c))
            pdf.ln(3)
        elif kind == "box":
            st = split_start()
            title, text = val
            pdf.set_fill_color(232, 238, 246)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(
                0,
                lh + 0.8,
                L(title),
                fill=True,
                new_x="LMARGIN",
                new_y="NEXT",
                padding=(2, 3, 0, 3),
            )
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(
                0, lh, L(text), fill=True, new_x="LMARGIN", new_y="NEXT", padding=(1, 3, 2.5, 3)
            )
            split_end(st)
            pdf.ln(3)
        elif kind == "sig":
            pdf.set_font("Helvetica", "", 10.5)
            for ln in val:
                pdf.cell(0, lh, L(ln), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output()), all(split_ok) and len(split_ok) == sum(
        k == "split" for k, _ in blocks
    )


# --------------------------------------------------------------------------- DOCX


def add_runs(par, text):
    parts = re.split(r"(\[\^\d+\])", text)
    for part in parts:
        m = re.fullmatch(r"\[\^(\d+)\]", part)
        if m:
            r = par.add_run(m.group(1))
            r.font.superscript = True
        elif part:
            par.add_run(part)


def normalise_zip(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return buf.getvalue()


def build_docx(src: Path, out: Path, created: dt.datetime, author: str, header_text: str):
    from docx import Document
    from docx.shared import Pt

    meta, blocks, notes = parse(src)
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1
    cp.title = next(v for k, v in blocks if k in ("h2",))
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = "OFFICIAL"
    first_h1 = True
    for kind, val in blocks:
        if kind in ("pagebreak", "split"):
            continue
        if kind == "h1":
            doc.add_heading(val, level=0 if first_h1 else 1)
            first_h1 = False
        elif kind == "h2":
            doc.add_heading(val, level=1)
        elif kind == "h3":
            doc.add_heading(val, level=2)
        elif kind == "p":
            add_runs(doc.add_paragraph(), val)
        elif kind == "bold":
            doc.add_paragraph().add_run(val).bold = True
        elif kind == "ul":
            for item in val:
                add_runs(doc.add_paragraph(style="List Bullet"), item)
        elif kind == "autonum":
            for item in val:
                add_runs(doc.add_paragraph(style="List Number"), item)
        elif kind == "ol":
            for num, item in val:
                add_runs(doc.add_paragraph(), f"{num}. {item}")
        elif kind == "table":
            t = doc.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                cells = t.add_row().cells
                for c, txt in zip(cells, row):
                    c.text = txt
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "box":
            doc.add_paragraph().add_run(val[0]).bold = True
            doc.add_paragraph(val[1])
        elif kind == "sig":
            doc.add_paragraph()
            doc.add_paragraph("Signed:")
            p = doc.add_paragraph()
            p.add_run(val[0]).bold = True
            for ln in val[1:]:
                doc.add_paragraph(ln)
    if notes:
        doc.add_heading("Notes", level=2)
        for k, v in notes.items():
            doc.add_paragraph(f"{k}. {v}")
    buf = io.BytesIO()
    doc.save(buf)
    out.write_bytes(normalise_zip(buf.getvalue()))


# --------------------------------------------------------------------------- HTML


def inline_html(text: str) -> str:
    esc = html.escape(text, quote=False)
    return re.sub(r"\[\^(\d+)\]", r'<sup><a href="#fn\1" id="fnref\1">\1</a></sup>', esc)


def body_html(blocks, notes, indent="        ") -> str:
    out = []
    for kind, val in blocks:
        if kind in ("pagebreak", "split"):
            continue
        if kind == "h1":
            out.append(f'<h1 class="publication-title">{inline_html(val)}</h1>')
        elif kind == "h2":
            slug = re.sub(r"[^a-z0-9]+", "-", val.lower()).strip("-")
            out.append(f'<h2 id="{slug}">{inline_html(val)}</h2>')
        elif kind == "h3":
            out.append(f"<h3>{inline_html(val)}</h3>")
        elif kind == "p":
            cls = (
                ' class="meta"'
                if re.match(r"(Published on|Inspection type|Force|Addressed to):", val)
                else ""
            )
            out.append(f"<p{cls}>{inline_html(val)}</p>")
        elif kind == "bold":
            out.append(f"<p><strong>{inline_html(val)}</strong></p>")
        elif kind == "ul":
            out.append("<ul>")
            out += [f"  <li>{inline_html(i)}</li>" for i in val]
            out.append("</ul>")
        elif kind == "autonum":
            out.append("<ol>")
            out += [f"  <li>{inline_html(i)}</li>" for i in val]
            out.append("</ol>")
        elif kind == "ol":
            out.append(f'<ol start="{val[0][0]}">')
            out += [f"  <li>{inline_html(i)}</li>" for _, i in val]
            out.append("</ol>")
        elif kind == "table":
            out.append('<table class="govuk-table">')
            out.append(
                "  <thead><tr>"
                + "".join(f'<th scope="col">{html.escape(c)}</th>' for c in val[0])
                + "</tr></thead>"
            )
            out.append("  <tbody>")
            for row in val[1:]:
                out.append(
                    "    <tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                )
            out.append("  </tbody>")
            out.append("</table>")
        elif kind == "box":
            title, text = val
            cls = re.sub(r"[^a-z]+", "-", title.lower().rstrip("0123456789 ")).strip("-")
            out.append(f'<div class="callout callout-{cls}">')
            out.append(f'  <p class="callout-title"><strong>{html.escape(title)}</strong></p>')
            out.append(f"  <p>{inline_html(text)}</p>")
            out.append("</div>")
        elif kind == "sig":
            out.append('<p class="signature">' + "<br>".join(html.escape(x) for x in val) + "</p>")
    if notes:
        out.append('<div class="footnotes"><h3>Footnotes</h3><ol>')
        out += [f'  <li id="fn{k}">{html.escape(v)}</li>' for k, v in notes.items()]
        out.append("</ol></div>")
    return "\n".join(indent + ln for ln in out)


HMI_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{description}">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published_iso}">
<link rel="stylesheet" href="https://hmicfrs.justiceinspectorates.gov.uk/wp-content/themes/hmicfrs/css/main.min.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="publication-template-default single single-publication">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this website">
  <p><strong>Cookies on HMICFRS</strong></p>
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the website, remember your settings and improve our services.</p>
  <button type="button" class="btn">Accept additional cookies</button> <button type="button" class="btn">Reject additional cookies</button> <a href="/cookies/">View cookies</a>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <div class="logo"><a href="https://hmicfrs.justiceinspectorates.gov.uk/">HMICFRS - His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</a></div>
  <form class="search" action="/search/"><label for="s">Search this site</label><input id="s" name="s" type="search"><button>Search</button></form>
  <nav class="main-nav" aria-label="Main menu">
    <ul>
      <li><a href="/about-us/">About us</a></li>
      <li><a href="/our-work/">Our work</a></li>
      <li><a href="/police-forces/">Police forces</a></li>
      <li><a href="/fire-and-rescue-services/">Fire &amp; rescue services</a></li>
      <li><a href="/publications/">Publications</a></li>
      <li><a href="/news/">News</a></li>
      <li><a href="/contact-us/">Contact us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/publications/">Publications</a></li>
    <li>{crumb}</li>
  </ol>
</nav>
<div class="page-wrap">
  <main id="main-content">
    <article class="publication">
{body}
      <div class="publication-downloads">
        <h2>Downloads</h2>
        <ul>
          <li><a href="{pdf_url}">{title} (PDF document)</a></li>
          <li><a href="{pdf_url}#easy-read">Accessible summary</a></li>
        </ul>
      </div>
    </article>
  </main>
  <aside class="sidebar" aria-label="Related content">
    <h2>Related publications</h2>
    <ul>
{related}
    </ul>
    <h2>Related topics</h2>
    <ul>
{topics}
    </ul>
    <p class="sidebar-signup"><a href="/subscribe/">Sign up for email alerts</a></p>
  </aside>
</div>
<footer class="site-footer">
  <ul class="footer-links">
    <li><a href="/accessibility/">Accessibility</a></li>
    <li><a href="/cookies/">Cookies</a></li>
    <li><a href="/privacy-notice/">Privacy notice</a></li>
    <li><a href="/freedom-of-information/">Freedom of information</a></li>
    <li><a href="/complaints/">Complaints about HMICFRS</a></li>
    <li><a href="/welsh-language-scheme/">Cynllun Iaith Gymraeg</a></li>
  </ul>
  <p>Follow us: <a href="https://x.com/hmicfrs">X</a> <a href="https://www.linkedin.com/company/hmicfrs">LinkedIn</a> <a href="https://www.youtube.com/@hmicfrs">YouTube</a></p>
  <p>All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
  <p>&copy; Crown copyright {year}</p>
</footer>
<script src="https://hmicfrs.justiceinspectorates.gov.uk/wp-content/themes/hmicfrs/js/main.min.js"></script>
</body>
</html>
"""


def build_html(
    src: Path, out: Path, *, crumb, description, published_iso, pdf_url, related, topics, year
):
    meta, blocks, notes = parse(src)
    page = HMI_HTML.format(
        title=html.escape(meta["title"]),
        description=html.escape(description),
        published_iso=published_iso,
        crumb=html.escape(crumb),
        body=body_html(blocks, notes),
        pdf_url=pdf_url,
        related="\n".join(f'      <li><a href="{u}">{html.escape(t)}</a></li>' for t, u in related),
        topics="\n".join(f'      <li><a href="{u}">{html.escape(t)}</a></li>' for t, u in topics),
        year=year,
    )
    out.write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- TXT (web capture)


def body_txt(blocks, notes, table_style="rows") -> list[str]:
    out = []
    for kind, val in blocks:
        if kind in ("pagebreak", "split"):
            continue
        if kind in ("h1", "h2", "h3", "bold"):
            out += [strip_refs(val, "brackets"), ""]
        elif kind == "p":
            out += [strip_refs(val, "brackets"), ""]
        elif kind == "ul":
            out += ["\u2022 " + i for i in val] + [""]
        elif kind == "autonum":
            out += [f"{n}. {i}" for n, i in enumerate(val, 1)] + [""]
        elif kind == "ol":
            out += [f"{n}. {i}" for n, i in val] + [""]
        elif kind == "table":
            head = val[0]
            if table_style == "paragraphs":
                for row in val[1:]:
                    out.append(f"{head[0]} {row[0]}")
                    for h, c in zip(head[1:], row[1:]):
                        out.append(f"{h}: {c}")
                    out.append("")
            else:
                out += ["\t".join(r) for r in val] + [""]
        elif kind == "box":
            out += [val[0], val[1], ""]
        elif kind == "sig":
            out += list(val) + [""]
    for k, v in notes.items():
        out.append(f"[{k}] {v}")
    return out


AVON_TOP = """Skip to content
Skip to main navigation

Avon and Somerset Police and Crime Commissioner
Search this site
Search

Menu
Home
About the PCC
  Meet the Commissioner
  The Police and Crime Plan
  Police and Crime Panel
Get involved
  Independent custody visitors
  Volunteer with us
Transparency
  Decisions
  Finance and budgets
  HMICFRS reports and responses
Victims
News
Contact us

This website uses cookies
We use necessary cookies to make our site work. We'd also like to set optional analytics cookies to help us improve it. We won't set optional cookies unless you enable them.
Accept all cookies
Reject optional cookies
Cookie settings

You are here: Home / Transparency / HMICFRS reports and responses / Custody inspection 2024: PCC response

PCC response to the HMIP and HMICFRS custody inspection report
Published: 22 November 2024 | Last updated: 25 November 2024 | Reading time: 9 minutes

"""

AVON_BOTTOM = """
Download this response (Word document, 48KB)
Read the full inspection report on the HM Inspectorate of Prisons website

Was this page helpful?
Yes
No
Report a problem with this page

Share this page
Facebook
X (formerly Twitter)
LinkedIn
WhatsApp
Email
Print this page

Related pages
PEEL 2023-25 inspection: PCC response
Independent custody visitors annual report 2023/24
Police and Crime Plan 2024-2029
Custody Governance Board: terms of reference

Back to top

Office of the Police and Crime Commissioner for Avon and Somerset
Police Headquarters, Valley Road, Portishead
Telephone: 0117 496 0374
Email: pcc@avonandsomerset-pcc.gov.uk

Accessibility statement | Privacy notice | Cookies | Freedom of information | Complaints | Sitemap
Follow us: Facebook | X | Instagram | LinkedIn | YouTube
(c) 2024 Office of the Police and Crime Commissioner for Avon and Somerset. All rights reserved.
Website by Civic Digital
"""

NORTHANTS_TOP = """Skip to main content

Northamptonshire Police, Fire and Crime Commissioner
Working for a safer Northamptonshire

Home | About | Policing | Fire and Rescue | Transparency | Get involved | News | Contact

Cookies on northantspfcc.org.uk
We use cookies to collect information about how you use our website. We use this information to make the website work as well as possible.
[Accept cookies] [Reject cookies] [Manage preferences]

Home > News > Commissioner's response to the HMICFRS child protection inspection of Northamptonshire Police

Posted on 14 August 2023 in News, Policing, Transparency
Share: Facebook | X | LinkedIn | Email

"""

NORTHANTS_BOTTOM = """
Tags: child protection, HMICFRS, inspections, safeguarding, section 55

Share this article
Facebook
X
LinkedIn
WhatsApp
Copy link

Related news
Commissioner sets out budget for 2023/24
New funding for early intervention projects announced
Police, Fire and Crime Panel to meet in November
Youth Independent Advisory Group recruiting new members

Latest tweets from @NorthantsPFCC
Loading...

Sign up to our newsletter
Email address
Subscribe

Office of the Northamptonshire Police, Fire and Crime Commissioner
Wellingborough, Northamptonshire
Telephone: 01632 960741 | Email: commissioner@northantspfcc.org.uk

Accessibility | Privacy policy | Cookie policy | Complaints | Freedom of information | Site map
Copyright (c) 2023 Northamptonshire Police, Fire and Crime Commissioner
"""


def build_txt(src: Path, out: Path, top: str, bottom: str, table_style: str):
    meta, blocks, notes = parse(src)
    text = top + "\n".join(body_txt(blocks, notes, table_style)) + bottom
    out.write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------- build

MANIFEST = [
    {
        "path": "cumbria-peel-2023-25.pdf",
        "id": "cumbria-peel-2023-25",
        "title": "PEEL 2023-25: An inspection of Cumbria Constabulary",
        "doc_type": "inspection_report",
        "publisher": "HMICFRS",
        "force": "Cumbria Constabulary",
        "published": "2024-10-17",
        "source_url": "https://hmicfrs.justiceinspectorates.gov.uk/publications/peel-assessment-2023-25-cumbria/",
        "responds_to": "",
    },
    {
        "path": "cumbria-pcc-response-peel-2023-25.docx",
        "id": "cumbria-pcc-response-peel-2023-25",
        "title": "Police and Crime Commissioner for Cumbria: response to the PEEL 2023-25 inspection of Cumbria Constabulary",
        "doc_type": "pcc_response",
        "publisher": "Office of the Police and Crime Commissioner for Cumbria",
        "force": "Cumbria Constabulary",
        "published": "2024-12-05",
        "source_url": "",
        "responds_to": "cumbria-peel-2023-25",
    },
    {
        "path": "avon-somerset-custody-inspection-2024.pdf",
        "id": "avon-somerset-custody-inspection-2024",
        "title": "Report on an unannounced inspection visit to police custody suites in Avon and Somerset",
        "doc_type": "inspection_report",
        "publisher": "HM Inspectorate of Prisons and HMICFRS",
        "force": "Avon and Somerset Police",
        "published": "2024-09-10",
        "source_url": "https://hmicfrs.justiceinspectorates.gov.uk/publications/avon-and-somerset-joint-inspection-of-police-custody-2024/",
        "responds_to": "",
    },
    {
        "path": "avon-somerset-pcc-response-custody-2024.docx",
        "id": "avon-somerset-pcc-response-custody-2024",
        "title": "Police and Crime Commissioner for Avon and Somerset: response to the HMIP and HMICFRS custody inspection report",
        "doc_type": "pcc_response",
        "publisher": "Office of the Police and Crime Commissioner for Avon and Somerset",
        "force": "Avon and Somerset Police",
        "published": "2024-11-22",
        "source_url": "",
        "responds_to": "avon-somerset-custody-inspection-2024",
    },
]

COLUMNS = [
    "path",
    "id",
    "title",
    "doc_type",
    "publisher",
    "force",
    "published",
    "source_url",
    "responds_to",
]


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    d = lambda y, m, dd: dt.datetime(y, m, dd, 9, 30, 0, tzinfo=dt.timezone.utc)
    build_pdf(
        SRC / "cumbria-peel-2023-25.md",
        DOCS / "cumbria-peel-2023-25.pdf",
        d(2024, 10, 16),
        "HMICFRS",
    )
    build_docx(
        SRC / "cumbria-pcc-response-peel-2023-25.md",
        DOCS / "cumbria-pcc-response-peel-2023-25.docx",
        d(2024, 12, 4),
        "OPCC Cumbria",
        "Office of the Police and Crime Commissioner for Cumbria",
    )
    build_pdf(
        SRC / "avon-somerset-custody-inspection-2024.md",
        DOCS / "avon-somerset-custody-inspection-2024.pdf",
        d(2024, 9, 9),
        "HM Inspectorate of Prisons",
    )
    build_docx(
        SRC / "avon-somerset-pcc-response-custody-2024.md",
        DOCS / "avon-somerset-pcc-response-custody-2024.docx",
        d(2024, 11, 21),
        "OPCC Avon and Somerset",
        "Office of the Police and Crime Commissioner for Avon and Somerset",
    )
    build_txt(
        SRC / "avon-somerset-pcc-response-custody-2024.md",
        DOCS / "avon-somerset-pcc-response-custody-2024-webcapture.txt",
        AVON_TOP,
        AVON_BOTTOM,
        "paragraphs",
    )
    build_html(
        SRC / "northamptonshire-ncpi-2023.md",
        DOCS / "northamptonshire-ncpi-2023.html",
        crumb="National child protection inspection: Northamptonshire Police",
        description="Findings of our national child protection inspection of Northamptonshire Police, January 2023.",
        published_iso="2023-06-27T10:00:00+01:00",
        pdf_url="https://hmicfrs.justiceinspectorates.gov.uk/wp-content/uploads/ncpi-northamptonshire-police.pdf",
        related=[
            (
                "National child protection inspections: all reports",
                "/our-work/article/national-child-protection-inspections/",
            ),
            (
                "PEEL 2021/22: Northamptonshire Police",
                "/publications/peel-assessment-2021-22-northamptonshire/",
            ),
            (
                "National child protection inspections 2019 thematic report",
                "/publications/ncpi-2019-thematic-report/",
            ),
            (
                "Inspection of how well the police tackle online child sexual abuse (2023)",
                "/publications/online-child-sexual-abuse/",
            ),
        ],
        topics=[
            ("Child protection", "/topics/child-protection/"),
            ("Vulnerability", "/topics/vulnerability/"),
            ("Northamptonshire Police", "/police-forces/northamptonshire/"),
        ],
        year=2023,
    )
    build_txt(
        SRC / "northamptonshire-pfcc-response-ncpi-2023.md",
        DOCS / "northamptonshire-pfcc-response-ncpi-2023.txt",
        NORTHANTS_TOP,
        NORTHANTS_BOTTOM,
        "rows",
    )
    build_html(
        SRC / "hmicfrs-neighbourhood-policing-thematic-2024.md",
        DOCS / "hmicfrs-neighbourhood-policing-thematic-2024.html",
        crumb="Closer to the community: An inspection of neighbourhood policing",
        description="Our thematic inspection of neighbourhood policing in six forces in England and Wales.",
        published_iso="2024-11-28T00:01:00+00:00",
        pdf_url="https://hmicfrs.justiceinspectorates.gov.uk/wp-content/uploads/closer-to-the-community-neighbourhood-policing.pdf",
        related=[
            ("PEEL 2023-25: all force reports", "/peel-assessments/peel-2023-25/"),
            (
                "Policing and the public: police legitimacy (2023)",
                "/publications/police-legitimacy-2023/",
            ),
            (
                "State of Policing: The annual assessment of policing in England and Wales 2023",
                "/publications/state-of-policing-2023/",
            ),
            (
                "PEEL spotlight report: the hard yards (2023)",
                "/publications/peel-spotlight-report-the-hard-yards/",
            ),
        ],
        topics=[
            ("Neighbourhood policing", "/topics/neighbourhood-policing/"),
            ("Problem-solving", "/topics/problem-solving/"),
            ("Police community support officers", "/topics/pcsos/"),
        ],
        year=2024,
    )
    with open(DOCS / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for row in MANIFEST:
            w.writerow(row)
    for src in sorted(SRC.glob("*.md")):
        meta, blocks, notes = parse(src)
        print(f"{src.stem}: {body_words(blocks, notes)} body words", file=sys.stderr)


# --------------------------------------------------------------------------- check


def extract(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup

        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


QFIELDS = {
    "id": str,
    "question": str,
    "answer": str,
    "short_answer": (str, type(None)),
    "doc_ids": list,
    "evidence": str,
    "type": str,
    "answer_type": str,
    "must_include": list,
    "unanswerable_kind": (str, type(None)),
    "group": str,
}
TYPES = {"factoid", "list", "why", "comparison", "multi_doc", "unanswerable"}
ATYPES = {
    "quantity",
    "money",
    "date",
    "person",
    "organisation",
    "grade",
    "place",
    "list",
    "reason",
    "yesno",
    "comparison",
    "description",
}
UKINDS = {
    "absent_force",
    "absent_detail",
    "wrong_year_or_round",
    "absent_person_or_programme",
    "mixed_facts",
    "unsettled_yes_no",
}


def check() -> int:
    texts = {
        p.stem: norm(extract(p))
        for p in DOCS.iterdir()
        if p.suffix in (".pdf", ".docx", ".html", ".txt")
    }
    bad = 0
    ids = set()
    rows = [json.loads(ln) for ln in DRAFT.read_text(encoding="utf-8").splitlines() if ln.strip()]
    for q in rows:
        for k, t in QFIELDS.items():
            if k not in q or not isinstance(q[k], t):
                print(f"FIELD {q.get('id')}: {k}")
                bad += 1
        if q["id"] in ids:
            print(f"DUPLICATE id {q['id']}")
            bad += 1
        ids.add(q["id"])
        if q["type"] not in TYPES or q["answer_type"] not in ATYPES:
            print(f"ENUM {q['id']}")
            bad += 1
        if q["group"] not in texts:
            print(f"GROUP {q['id']}: {q['group']}")
            bad += 1
        if q["type"] == "unanswerable":
            if (
                q["evidence"]
                or q["doc_ids"]
                or q["must_include"]
                or q["unanswerable_kind"] not in UKINDS
                or q["short_answer"] is not None
            ):
                print(f"UNANSWERABLE FIELDS {q['id']}")
                bad += 1
            continue
        if q["unanswerable_kind"] is not None:
            print(f"UKIND on answerable {q['id']}")
            bad += 1
        nwords = len(q["evidence"].split())
        if not 15 <= nwords <= 40:
            print(f"EVIDENCE LENGTH {q['id']}: {nwords} words")
            bad += 1
        ev = norm(q["evidence"])
        hits = [d for d in q["doc_ids"] if d in texts and ev in texts[d]]
        if not hits:
            print(f"EVIDENCE NOT FOUND {q['id']}: {q['evidence'][:80]}")
            bad += 1
        for d in q["doc_ids"]:
            if d not in texts:
                print(f"DOC {q['id']}: {d}")
                bad += 1
        alltext = " ".join(texts[d] for d in q["doc_ids"] if d in texts)
        for m in q["must_include"]:
            if norm(m) not in alltext:
                print(f"MUST_INCLUDE NOT FOUND {q['id']}: {m}")
                bad += 1
        if q["short_answer"] is not None and norm(q["short_answer"]) not in alltext:
            print(f"SHORT_ANSWER NOT FOUND {q['id']}: {q['short_answer']}")
            bad += 1
    # ledger
    if LEDGER.exists():
        for i, ln in enumerate(LEDGER.read_text(encoding="utf-8").splitlines(), 1):
            o = json.loads(ln)
            if o.get("record") == "report":
                need = {"doc_id", "declared"}
                if set(o["declared"]) != {
                    "recommendations",
                    "areas_for_improvement",
                    "causes_of_concern",
                }:
                    print(f"LEDGER declared keys line {i}")
                    bad += 1
            else:
                need = {
                    "doc_id",
                    "kind",
                    "number",
                    "text_start",
                    "addressee",
                    "deadline",
                    "responses",
                }
                if norm(o["text_start"]) not in texts[o["doc_id"]]:
                    print(f"LEDGER text_start not found line {i}: {o['text_start']}")
                    bad += 1
                if len(o["text_start"].split()) != 12:
                    print(f"LEDGER text_start not 12 words line {i}")
                    bad += 1
                for r in o["responses"]:
                    if set(r) != {"doc_id", "status"} or r["status"] not in (
                        "action",
                        "acknowledged",
                        "disputed",
                    ):
                        print(f"LEDGER response line {i}")
                        bad += 1
            missing = need - set(o)
            if missing:
                print(f"LEDGER missing {missing} line {i}")
                bad += 1
    for f in ("heldout_tune.jsonl", "heldout_test.jsonl"):
        p = QDIR / f
        if p.exists():
            for ln in p.read_text(encoding="utf-8").splitlines():
                json.loads(ln)
    print(f"{len(rows)} questions checked, {bad} problems")
    return 1 if bad else 0


TUNE_GROUPS = {
    "cumbria-peel-2023-25",
    "cumbria-pcc-response-peel-2023-25",
    "northamptonshire-ncpi-2023",
    "northamptonshire-pfcc-response-ncpi-2023",
}
TEST_GROUPS = {
    "avon-somerset-custody-inspection-2024",
    "avon-somerset-pcc-response-custody-2024",
    "avon-somerset-pcc-response-custody-2024-webcapture",
    "hmicfrs-neighbourhood-policing-thematic-2024",
}


def split():
    rows = [json.loads(ln) for ln in DRAFT.read_text(encoding="utf-8").splitlines() if ln.strip()]
    tune = [r for r in rows if r["group"] in TUNE_GROUPS]
    test = [r for r in rows if r["group"] in TEST_GROUPS]
    assert len(tune) + len(test) == len(rows), "question with an unknown group"
    QDIR.mkdir(parents=True, exist_ok=True)
    for name, part in (("heldout_tune.jsonl", tune), ("heldout_test.jsonl", test)):
        with open(QDIR / name, "w", encoding="utf-8") as fh:
            for r in part:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"tune {len(tune)}, test {len(test)}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "build"
    if cmd == "build":
        build()
    elif cmd == "check":
        build()
        sys.exit(check())
    elif cmd == "split":
        split()
    else:
        sys.exit(__doc__)
