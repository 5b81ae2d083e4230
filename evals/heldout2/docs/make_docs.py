"""Build the heldout2 documents (fictional) from content_*.py.

Run:  /work/main/.venv/bin/python evals/heldout2/docs/make_docs.py   (content lives in ../content/content_*.py)
Outputs (in this folder):
  warwickshire-peel-2023-25.pdf                      (reportlab)
  warwickshire-pcc-response-peel-2023-25.docx        (python-docx)
  hmicfrs-fraud-thematic-2025.pdf                    (reportlab)
  merseyside-pcc-response-fraud-thematic-2025.html   (hand-built HTML page)
  durham-pcc-response-contact-management-2024.docx   (python-docx)
  south-wales-peel-cause-of-concern-revisit-2025.txt (web capture)
"""

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "content"))

import content_a, content_b, content_c, content_d, content_e, content_f  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
    KeepTogether,
)
from reportlab.platypus.tableofcontents import TableOfContents

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor


def blocks(text):
    """Very small markup: '# ' h1, '## ' h2, '- ' bullet, '!name' special, other lines paragraphs."""
    out = []
    for line in text.strip("\n").split("\n"):
        s = line.rstrip()
        if not s.strip():
            continue
        if s.startswith("## "):
            out.append(("h2", s[3:]))
        elif s.startswith("# "):
            out.append(("h1", s[2:]))
        elif s.startswith("- "):
            if out and out[-1][0] == "ul":
                out[-1][1].append(s[2:])
            else:
                out.append(("ul", [s[2:]]))
        elif s.startswith("!"):
            out.append(("special", s[1:]))
        else:
            out.append(("p", s))
    return out


# ----------------------------------------------------------------------------------------- PDF
def esc(s):
    return html.escape(s, quote=False)


class NumberedCanvas(rl_canvas.Canvas):
    """Canvas that knows the total page count so footers can say 'Page X of Y'."""

    header_text = ""
    footer_text = ""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._furniture(total)
            super().showPage()
        super().save()

    def _furniture(self, total):
        n = self._pageNumber
        if n == 1:
            return  # no running header/footer on the cover
        w, h = A4
        self.setFont("Helvetica", 8)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(2 * cm, h - 1.2 * cm, self.header_text)
        self.drawRightString(w - 2 * cm, h - 1.2 * cm, "hmicfrs.justiceinspectorates.gov.uk")
        self.setStrokeColor(colors.HexColor("#999999"))
        self.line(2 * cm, h - 1.4 * cm, w - 2 * cm, h - 1.4 * cm)
        self.line(2 * cm, 1.6 * cm, w - 2 * cm, 1.6 * cm)
        self.drawString(2 * cm, 1.1 * cm, self.footer_text)
        self.drawRightString(w - 2 * cm, 1.1 * cm, "Page %d of %d" % (n, total))


class TocDoc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(
            fn,
            pagesize=A4,
            leftMargin=2.2 * cm,
            rightMargin=2.2 * cm,
            topMargin=2.2 * cm,
            bottomMargin=2.4 * cm,
            **kw,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[frame])])

    def afterFlowable(self, fl):
        if isinstance(fl, Paragraph):
            name = fl.style.name
            if name in ("H1", "H2"):
                level = 0 if name == "H1" else 1
                self.notify("TOCEntry", (level, fl.getPlainText(), self.page))


def pdf_styles(accent):
    ss = getSampleStyleSheet()
    st = {
        "H1": ParagraphStyle(
            "H1",
            parent=ss["Heading1"],
            fontName="Helvetica-Bold",
            fontSize=16,
            textColor=colors.HexColor(accent),
            spaceBefore=14,
            spaceAfter=8,
        ),
        "H2": ParagraphStyle(
            "H2",
            parent=ss["Heading2"],
            fontName="Helvetica-Bold",
            fontSize=12.5,
            textColor=colors.HexColor(accent),
            spaceBefore=10,
            spaceAfter=6,
        ),
        "P": ParagraphStyle(
            "P", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=14, spaceAfter=7
        ),
        "LI": ParagraphStyle(
            "LI",
            parent=ss["BodyText"],
            fontName="Helvetica",
            fontSize=10,
            leading=14,
            leftIndent=16,
            bulletIndent=4,
            spaceAfter=3,
        ),
        "BOX": ParagraphStyle(
            "BOX",
            parent=ss["BodyText"],
            fontName="Helvetica",
            fontSize=10,
            leading=14,
            backColor=colors.HexColor("#eef2f7"),
            borderColor=colors.HexColor(accent),
            borderWidth=0.6,
            borderPadding=6,
            spaceBefore=6,
            spaceAfter=12,
        ),
        "CELL": ParagraphStyle(
            "CELL", parent=ss["BodyText"], fontName="Helvetica", fontSize=9, leading=11
        ),
        "CELLB": ParagraphStyle(
            "CELLB",
            parent=ss["BodyText"],
            fontName="Helvetica-Bold",
            fontSize=9,
            leading=11,
            textColor=colors.white,
        ),
        "TITLE": ParagraphStyle(
            "TITLE",
            parent=ss["Title"],
            fontName="Helvetica-Bold",
            fontSize=24,
            leading=30,
            textColor=colors.HexColor(accent),
            alignment=0,
        ),
        "SUB": ParagraphStyle(
            "SUB", parent=ss["BodyText"], fontName="Helvetica", fontSize=12, leading=16
        ),
        "TOCH": ParagraphStyle(
            "TOCH",
            parent=ss["Heading1"],
            fontName="Helvetica-Bold",
            fontSize=16,
            textColor=colors.HexColor(accent),
        ),
    }
    return st


def grade_colour(g):
    return {
        "Outstanding": "#1d6b3a",
        "Good": "#3f8f4f",
        "Adequate": "#b0b0b0",
        "Requires improvement": "#e3a43b",
        "Inadequate": "#c0392b",
    }.get(g, "#ffffff")


def build_pdf(fn, mod, header, footer, cover_lines, accent, specials):
    st = pdf_styles(accent)
    story = []
    story.append(Spacer(1, 4 * cm))
    story.append(Paragraph(esc(mod.TITLE), st["TITLE"]))
    story.append(Spacer(1, 1 * cm))
    for line in cover_lines:
        story.append(Paragraph(esc(line), st["SUB"]))
    story.append(PageBreak())
    story.append(Paragraph("Contents", st["TOCH"]))
    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle("T0", fontName="Helvetica-Bold", fontSize=10, leftIndent=0, leading=15),
        ParagraphStyle("T1", fontName="Helvetica", fontSize=9.5, leftIndent=14, leading=13),
    ]
    story.append(toc)
    story.append(PageBreak())
    first_h1 = True
    for kind, val in blocks(mod.TEXT):
        if kind == "h1":
            if not first_h1 and val.startswith(
                ("Annex", "Recommendations", "Chapter", "Causes of concern")
            ):
                story.append(PageBreak())
            first_h1 = False
            story.append(Paragraph(esc(val), st["H1"]))
        elif kind == "h2":
            story.append(Paragraph(esc(val), st["H2"]))
        elif kind == "ul":
            for item in val:
                story.append(Paragraph(esc(item), st["LI"], bulletText="\u2022"))
        elif kind == "special":
            story.extend(specials[val](st))
        else:
            style = st["BOX"] if val.startswith(("Recommendation ", "AFI ")) else st["P"]
            story.append(Paragraph(esc(val), style))
    NumberedCanvas.header_text = header
    NumberedCanvas.footer_text = footer
    doc = TocDoc(fn, title=mod.TITLE, author="HMICFRS")
    doc.multiBuild(story, canvasmaker=NumberedCanvas)


def grade_table_flowables(st):
    rows = content_a.GRADES
    data = [[Paragraph(esc(c), st["CELLB"]) for c in rows[0]]]
    for r in rows[1:]:
        data.append([Paragraph(esc(c), st["CELL"]) for c in r])
    t = Table(data, colWidths=[7.5 * cm, 4.3 * cm, 4.3 * cm], repeatRows=1)
    ts = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for i, r in enumerate(rows[1:], start=1):
        ts.append(("BACKGROUND", (1, i), (1, i), colors.HexColor(grade_colour(r[1]))))
    t.setStyle(TableStyle(ts))
    cap = Paragraph(
        "Figure 1: Warwickshire Police graded judgments, PEEL 2023-25 and PEEL 2021/22", st["CELL"]
    )
    return [
        KeepTogether([t, Spacer(1, 4), cap]),
        Spacer(1, 8),
        Paragraph(esc(content_a.GRADE_PROSE), st["P"]),
    ]


# ----------------------------------------------------------------------------------------- DOCX
def add_page_number_field(paragraph):
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def docx_table(d, rows, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = c
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


def build_docx(fn, mod, header_text, footer_text, specials, messy_headings=False):
    d = docx.Document()
    d.core_properties.title = mod.TITLE
    d.core_properties.author = "OPCC"
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text + "  |  Page "
    add_page_number_field(fp)
    n_h2 = 0
    for kind, val in blocks(mod.TEXT):
        if kind == "h1":
            d.add_heading(val, level=0 if not messy_headings else 1)
        elif kind == "h2":
            n_h2 += 1
            if messy_headings and n_h2 % 2 == 0:
                # a 'heading' typed as bold text, as people do
                p = d.add_paragraph()
                r = p.add_run(val)
                r.bold = True
                r.font.size = Pt(13)
                r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
            else:
                d.add_heading(val, level=2 if messy_headings else 1)
        elif kind == "ul":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "special":
            specials[val](d)
        else:
            p = d.add_paragraph(val)
            if val.startswith(("Recommendation ", "Area for improvement ")) and ":" in val[:40]:
                p.runs[0].bold = False
                head, rest = val.split(":", 1)
                p.clear()
                p.add_run(head + ":").bold = True
                p.add_run(rest)
    d.save(fn)


# ----------------------------------------------------------------------------------------- HTML
def build_html(fn, mod):
    parts = []
    for kind, val in blocks(mod.TEXT):
        if kind == "h1":
            parts.append("<h1>%s</h1>" % esc(val))
        elif kind == "h2":
            parts.append("<h2>%s</h2>" % esc(val))
        elif kind == "ul":
            parts.append("<ul>\n" + "\n".join("  <li>%s</li>" % esc(i) for i in val) + "\n</ul>")
        elif val.startswith("Published:"):
            parts.append('<p class="meta">%s</p>' % esc(val))
        elif val.startswith("Status:"):
            parts.append('<p class="status">%s</p>' % esc(val))
        elif val.startswith("Lead:"):
            parts.append('<p class="lead-officer">%s</p>' % esc(val))
        else:
            parts.append("<p>%s</p>" % esc(val))
    body = "\n".join(parts)
    rec_rows = [
        (
            "1",
            "National workforce model for fraud policing",
            "Home Office, with NPCC and City of London Police",
            "31 October 2025",
        ),
        (
            "2",
            "Weekly victim-level data from the national fraud reporting service",
            "City of London Police",
            "31 March 2026",
        ),
        (
            "3",
            "National minimum standard for updating fraud victims",
            "NPCC lead for economic crime",
            "31 July 2025",
        ),
        ("4", "Vulnerability assessment within 72 hours", "Chief constables", "30 September 2025"),
        ("5", "Investigation plans and supervision", "Chief constables", "30 September 2025"),
        ("6", "Protect advice and repeat victims", "Chief constables", "31 December 2025"),
        (
            "7",
            "Fraud training for local investigation teams",
            "College of Policing",
            "31 March 2026",
        ),
        ("8", "Fraud demand and capacity assessment", "Chief constables", "31 December 2025"),
        ("9", "Multi-year funding for ROCU fraud teams", "Home Office", "31 March 2026"),
        (
            "10",
            "Single performance framework for fraud",
            "NPCC and City of London Police",
            "30 June 2025",
        ),
    ]
    table = (
        '<h2>Summary: the ten recommendations and who they are for</h2>\n<table class="recs">\n'
        "<thead><tr><th>No.</th><th>Subject</th><th>For</th><th>Due</th></tr></thead>\n<tbody>\n"
        + "\n".join(
            "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(map(esc, r))
            for r in rec_rows
        )
        + "\n</tbody>\n</table>"
    )
    page = (
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Commissioner's response to the HMICFRS fraud inspection | Merseyside Police and Crime Commissioner</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/wp-content/themes/opcc-merseyside/style.css?ver=3.4.1">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
<style>body{font-family:Arial,sans-serif;max-width:1100px;margin:auto} .cookie{background:#222;color:#fff;padding:12px}
nav ul{list-style:none;display:flex;gap:14px} .crumbs{font-size:13px} aside{float:right;width:260px;font-size:13px}
table.recs{border-collapse:collapse} table.recs td,table.recs th{border:1px solid #999;padding:4px}</style>
</head>
<body>
<div class="cookie" id="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use cookies on this website. Some are essential to make the site work; others help us understand how you use it so we can improve it. You can accept all cookies or choose which ones to allow.</p>
  <button>Accept all cookies</button> <button>Reject non-essential cookies</button> <a href="/cookie-policy/">Cookie settings</a>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header>
  <div class="logo"><a href="/">Merseyside Police and Crime Commissioner</a></div>
  <div class="top-links"><a href="/contact/">Contact us</a> | <a href="/accessibility/">Accessibility</a> | <a href="/translate/">Translate</a> | <form role="search"><input type="search" placeholder="Search this site"><button>Search</button></form></div>
  <nav aria-label="Main">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/about/">About the Commissioner</a></li>
      <li><a href="/police-and-crime-plan/">Police and Crime Plan</a></li>
      <li><a href="/holding-to-account/">Holding the Chief Constable to account</a></li>
      <li><a href="/victims/">Support for victims</a></li>
      <li><a href="/funding/">Funding and grants</a></li>
      <li><a href="/publications/">Publications</a></li>
      <li><a href="/news/">News</a></li>
      <li><a href="/get-involved/">Get involved</a></li>
    </ul>
  </nav>
</header>
<div class="crumbs" aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/publications/">Publications</a> &gt; <a href="/publications/hmicfrs-responses/">HMICFRS inspection responses</a> &gt; Fraud inspection response</div>
<aside>
  <h3>In this section</h3>
  <ul>
    <li><a href="/publications/hmicfrs-responses/">HMICFRS inspection responses</a></li>
    <li><a href="/publications/annual-reports/">Annual reports</a></li>
    <li><a href="/publications/decisions/">Decision records</a></li>
    <li><a href="/publications/scrutiny-meetings/">Scrutiny meeting papers</a></li>
  </ul>
  <h3>Latest news</h3>
  <ul>
    <li><a href="/news/precept-2025/">Commissioner sets police budget for 2025/26</a></li>
    <li><a href="/news/knife-crime-fund/">Community fund opens for knife crime projects</a></li>
    <li><a href="/news/victim-care-contract/">New victim care contract announced</a></li>
  </ul>
  <p><a href="https://hmicfrs.justiceinspectorates.gov.uk/">Read the full HMICFRS report (external link)</a></p>
</aside>
<main id="main">
<article>
"""
        + body
        + "\n"
        + table
        + """
<p class="print"><a href="javascript:window.print()">Print this page</a> | <a href="/publications/hmicfrs-responses/fraud-response-2025.pdf">Download as PDF (312 KB)</a></p>
<p class="updated">Page last updated: 20 March 2025</p>
</article>
</main>
<footer>
  <div class="footer-cols">
    <div><h4>Contact</h4><p>Office of the Police and Crime Commissioner for Merseyside<br>PO Box 2214, Liverpool L69 9AA<br>Telephone: 0151 000 0000<br>Email: info@merseysidepcc.example.gov.uk</p></div>
    <div><h4>Quick links</h4><p><a href="/transparency/">Transparency</a> | <a href="/complaints/">Complaints</a> | <a href="/privacy/">Privacy notice</a> | <a href="/foi/">Freedom of information</a></p></div>
    <div><h4>Follow us</h4><p>X | Facebook | Instagram | LinkedIn</p></div>
  </div>
  <p class="legal">Copyright 2025 Merseyside Police and Crime Commissioner. All rights reserved. This website is not the website of Merseyside Police. To report a crime, call 101 or, in an emergency, 999.</p>
</footer>
</body>
</html>
"""
    )
    with open(fn, "w", encoding="utf-8") as f:
        f.write(page)


# ----------------------------------------------------------------------------------------- main
def main():
    out = lambda n: os.path.join(HERE, n)  # noqa: E731

    build_pdf(
        out("warwickshire-peel-2023-25.pdf"),
        content_a,
        header="PEEL 2023-25 | Warwickshire Police",
        footer="PEEL 2023-25: An inspection of Warwickshire Police",
        cover_lines=[
            "Police effectiveness, efficiency and legitimacy",
            "Published: 13 March 2025",
            "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        ],
        accent="#1f3864",
        specials={"gradetable": grade_table_flowables},
    )

    build_pdf(
        out("hmicfrs-fraud-thematic-2025.pdf"),
        content_c,
        header="Counting the cost: the police response to fraud",
        footer="HMICFRS | January 2025",
        cover_lines=[
            "A thematic inspection",
            "Published: 28 January 2025",
            "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
            "ISBN: 978-1-80000-000-0",
        ],
        accent="#6b2c6b",
        specials={},
    )

    def rectable(d):
        docx_table(d, content_b.REC_TABLE)
        d.add_paragraph("")

    build_docx(
        out("warwickshire-pcc-response-peel-2023-25.docx"),
        content_b,
        header_text="OPCC Warwickshire - PUBLIC",
        footer_text="Response to HMICFRS PEEL 2023-25 | Version 1.2 | 2 May 2025",
        specials={"rectable": rectable},
    )

    def actiontable(d):
        docx_table(d, content_e.ACTION_TABLE)

    build_docx(
        out("durham-pcc-response-contact-management-2024.docx"),
        content_e,
        header_text="OFFICIAL",
        footer_text="OPCC Durham - s.55 response - contact management",
        specials={"actiontable": actiontable},
        messy_headings=True,
    )

    build_html(out("merseyside-pcc-response-fraud-thematic-2025.html"), content_d)

    with open(
        out("south-wales-peel-cause-of-concern-revisit-2025.txt"), "w", encoding="utf-8"
    ) as f:
        f.write(content_f.TEXT.lstrip("\n"))
    print("built 6 documents in", HERE)


if __name__ == "__main__":
    main()
