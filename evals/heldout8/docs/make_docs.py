"""Build the heldout8 documents (fictional) from ../content/content_*.py and write manifest.csv.

Run:  /work/main/.venv/bin/python evals/heldout8/docs/make_docs.py
Outputs (in this folder):
  gloucestershire-firearms-licensing-inspection-2025.pdf       (reportlab: cover, dotted contents, header, Page X of Y, judgment + finance tables)
  gloucestershire-pcc-response-firearms-licensing-2025.docx    (python-docx: header/footer, bold-text headings, rec -> response -> owner -> deadline table)
  hmicfrs-rural-wildlife-crime-thematic-2025.html               (inspectorate web page: cookies, nav, breadcrumbs, aside, share links)
  staffordshire-commissioner-response-rural-wildlife-crime-2025.txt (web capture: skip links, menus, share links, comments, survey, footer)
  gwent-case-file-quality-inspection-2025.pdf                   (reportlab: two-column body, judgment table, file and fact tables)
Layout and helpers copied from evals/heldout7/docs/make_docs.py and adapted (nothing imported from heldout7).
"""
import csv
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "content"))

import content_a, content_b, content_c, content_d, content_e  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor


def blocks(text):
    """Tiny markup: '# ' h1, '## ' h2, '### ' h3, '- ' bullet, '!name' special, '^' bold-text pseudo-heading."""
    out = []
    for line in text.strip("\n").split("\n"):
        s = line.rstrip()
        if not s.strip():
            continue
        if s.startswith("### "):
            out.append(("h3", s[4:]))
        elif s.startswith("## "):
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
        elif s.startswith("^"):
            out.append(("bold", s[1:]))
        else:
            out.append(("p", s))
    return out


def esc(s):
    return html.escape(s, quote=False)


# ----------------------------------------------------------------------------------------- PDF
def make_canvas(header, footer, right="hmicfrs.justiceinspectorates.gov.uk"):
    class NumberedCanvas(rl_canvas.Canvas):
        """Canvas that knows the page total so the footer can say 'Page X of Y'."""

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
                return
            w, h = A4
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(2 * cm, h - 1.2 * cm, header)
            self.drawRightString(w - 2 * cm, h - 1.2 * cm, right)
            self.setStrokeColor(colors.HexColor("#999999"))
            self.line(2 * cm, h - 1.4 * cm, w - 2 * cm, h - 1.4 * cm)
            self.line(2 * cm, 1.6 * cm, w - 2 * cm, 1.6 * cm)
            self.drawString(2 * cm, 1.1 * cm, footer)
            self.drawRightString(w - 2 * cm, 1.1 * cm, "Page %d of %d" % (n, total))

    return NumberedCanvas


class TocDoc(BaseDocTemplate):
    def __init__(self, fn, two_column=False, **kw):
        super().__init__(
            fn,
            pagesize=A4,
            leftMargin=2.2 * cm,
            rightMargin=2.2 * cm,
            topMargin=2.2 * cm,
            bottomMargin=2.4 * cm,
            **kw,
        )
        one = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="one")
        templates = [PageTemplate(id="one", frames=[one])]
        if two_column:
            gap = 0.7 * cm
            cw = (self.width - gap) / 2
            left = Frame(self.leftMargin, self.bottomMargin, cw, self.height, id="left")
            right = Frame(self.leftMargin + cw + gap, self.bottomMargin, cw, self.height, id="right")
            templates.append(PageTemplate(id="two", frames=[left, right]))
        self.addPageTemplates(templates)

    def afterFlowable(self, fl):
        if isinstance(fl, Paragraph) and fl.style.name in ("H1", "H2"):
            level = 0 if fl.style.name == "H1" else 1
            self.notify("TOCEntry", (level, fl.getPlainText(), self.page))


def pdf_styles(accent):
    ss = getSampleStyleSheet()
    base = dict(parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=14)
    return {
        "H1": ParagraphStyle("H1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15,
                             textColor=colors.HexColor(accent), spaceBefore=12, spaceAfter=8),
        "H2": ParagraphStyle("H2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12,
                             textColor=colors.HexColor(accent), spaceBefore=9, spaceAfter=5),
        "P": ParagraphStyle("P", spaceAfter=7, **base),
        "LI": ParagraphStyle("LI", leftIndent=16, bulletIndent=4, spaceAfter=3, **base),
        "BOX": ParagraphStyle("BOX", backColor=colors.HexColor("#eef2f7"), borderColor=colors.HexColor(accent),
                              borderWidth=0.6, borderPadding=6, spaceBefore=6, spaceAfter=12, **base),
        "COC": ParagraphStyle("COC", backColor=colors.HexColor("#fbeaea"), borderColor=colors.HexColor("#b03030"),
                              borderWidth=0.8, borderPadding=6, spaceBefore=6, spaceAfter=12, **base),
        "CELL": ParagraphStyle("CELL", parent=ss["BodyText"], fontName="Helvetica", fontSize=9, leading=11),
        "CELLB": ParagraphStyle("CELLB", parent=ss["BodyText"], fontName="Helvetica-Bold", fontSize=9,
                                leading=11, textColor=colors.white),
        "TITLE": ParagraphStyle("TITLE", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=23,
                                leading=29, textColor=colors.HexColor(accent), alignment=0),
        "SUB": ParagraphStyle("SUB", parent=ss["BodyText"], fontName="Helvetica", fontSize=12, leading=16),
        "TOCH": ParagraphStyle("TOCH", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16,
                               textColor=colors.HexColor(accent)),
    }


def cover_and_toc(st, title, cover_lines):
    story = [Spacer(1, 4 * cm), Paragraph(esc(title), st["TITLE"]), Spacer(1, 1 * cm)]
    for line in cover_lines:
        story.append(Paragraph(esc(line), st["SUB"]))
    story.append(PageBreak())
    story.append(Paragraph("Contents", st["TOCH"]))
    toc = TableOfContents()
    toc.dotsMinLevel = 0  # dot leaders on every level, as in printed reports
    toc.levelStyles = [
        ParagraphStyle("T0", fontName="Helvetica-Bold", fontSize=10, leftIndent=0, leading=15),
        ParagraphStyle("T1", fontName="Helvetica", fontSize=9.5, leftIndent=14, leading=13),
    ]
    story.append(toc)
    story.append(PageBreak())
    return story


def text_flowables(text, st, specials, break_before=()):
    story = []
    first = True
    for kind, val in blocks(text):
        if kind == "h1":
            if not first and val.startswith(break_before):
                story.append(PageBreak())
            first = False
            story.append(Paragraph(esc(val), st["H1"]))
        elif kind == "h2":
            story.append(Paragraph(esc(val), st["H2"]))
        elif kind == "ul":
            for item in val:
                story.append(Paragraph(esc(item), st["LI"], bulletText="\u2022"))
        elif kind == "special":
            story.extend(specials[val](st))
        elif kind == "bold":
            story.append(Paragraph("<b>%s</b>" % esc(val), st["P"]))
        else:
            if val.startswith("Cause of concern"):
                style = st["COC"]
            elif val.startswith(("Recommendation ", "Area for improvement ")):
                style = st["BOX"]
            else:
                style = st["P"]
            story.append(Paragraph(esc(val), style))
    return story


def table_flowable(rows, st, widths, head="#1f3864", shade=None):
    data = [[Paragraph(esc(c), st["CELLB"]) for c in rows[0]]]
    for r in rows[1:]:
        data.append([Paragraph(esc(c), st["CELL"]) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    ts = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head)),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if shade:
        ts += shade(rows)
    t.setStyle(TableStyle(ts))
    return t


def grade_colour(g):
    return {
        "Outstanding": "#1d6b3a",
        "Good": "#4f9f5f",
        "Adequate": "#c8c8c8",
        "Requires improvement": "#e3a43b",
        "Inadequate": "#c0392b",
    }.get(g, "#ffffff")






def jshade(rows):
    return [("BACKGROUND", (1, i), (1, i), colors.HexColor(grade_colour(r[1]))) for i, r in enumerate(rows[1:], start=1)]


def build_glos_pdf(fn):
    st = pdf_styles("#1b4f3a")
    story = cover_and_toc(
        st,
        content_a.TITLE,
        [
            "Gloucestershire Constabulary",
            "Fieldwork: 2-20 June 2025",
            "Published: 14 October 2025",
            "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        ],
    )

    def judgments(st_):
        t = table_flowable(content_a.JUDGMENTS, st_, [11.5 * cm, 4.5 * cm], head="#1b4f3a", shade=jshade)
        cap = Paragraph("Figure 1: Our judgments, firearms licensing in Gloucestershire Constabulary", st_["CELL"])
        return [KeepTogether([t, Spacer(1, 4), cap]), Spacer(1, 8)]

    def grid(rows, widths, caption=None):
        def f(st_):
            out = [table_flowable(rows, st_, widths, head="#1b4f3a")]
            if caption:
                out += [Spacer(1, 3), Paragraph(esc(caption), st_["CELL"])]
            return out + [Spacer(1, 8)]
        return f

    specials = {
        "judgments": judgments,
        "JUDGMENT_PROSE": lambda st_: [Paragraph(esc(content_a.JUDGMENT_PROSE), st_["P"])],
        "finance": grid(content_a.FINANCE, [7 * cm, 4 * cm, 5 * cm], "Figure 2: Firearms licensing unit costs and fee income"),
        "numbers": grid(content_a.NUMBERS, [10 * cm, 5 * cm]),
        "team": grid(content_a.TEAM, [7 * cm, 7 * cm]),
    }
    story += text_flowables(
        content_a.TEXT, st, specials,
        break_before=("HM Inspector", "Our judgments", "Cause of concern", "Renewals", "Leadership", "Annex A"),
    )
    doc = TocDoc(fn, title=content_a.TITLE, author="HMICFRS")
    doc.multiBuild(
        story,
        canvasmaker=make_canvas(
            "Firearms licensing inspection 2025 | Gloucestershire Constabulary",
            "Safe in whose hands? An inspection of firearms licensing in Gloucestershire Constabulary",
        ),
    )


def build_gwent_pdf(fn):
    st = pdf_styles("#003d6b")
    story = cover_and_toc(
        st,
        content_e.TITLE,
        [
            "Gwent Police",
            "A joint inspection by HMICFRS and HMCPSI",
            "Fieldwork: 8-26 September 2025",
            "Published: 25 November 2025",
        ],
    )

    def grid(rows, widths, caption=None, shade=None):
        def f(st_):
            out = [table_flowable(rows, st_, widths, head="#003d6b", shade=shade)]
            if caption:
                out += [Spacer(1, 3), Paragraph(esc(caption), st_["CELL"])]
            return out + [Spacer(1, 8)]
        return f

    specials = {
        "judgments": grid(content_e.JUDGMENTS, [11 * cm, 4.5 * cm], "Figure 1: Our judgments", shade=jshade),
        "facts": grid(content_e.FACTS, [10 * cm, 5 * cm], "Figure 2: Gwent Police case files at a glance"),
        "filetable": grid(content_e.FILETABLE, [3.4 * cm, 2 * cm, 2.3 * cm], "Figure 3: Files we reviewed, by type"),
        "recsummary": grid(content_e.RECSUMMARY, [2 * cm, 10 * cm, 3.5 * cm]),
        "team": grid(content_e.TEAM, [6 * cm, 8 * cm]),
    }
    story += text_flowables(content_e.FRONT, st, specials, break_before=("Summary", "Fact page"))
    story += [NextPageTemplate("two"), PageBreak()]
    story += text_flowables(content_e.BODY, st, specials)
    story += [NextPageTemplate("one"), PageBreak()]
    story += text_flowables(content_e.BACK, st, specials, break_before=("Appendix B",))
    doc = TocDoc(fn, two_column=True, title=content_e.TITLE, author="HMICFRS and HMCPSI")
    doc.multiBuild(
        story,
        canvasmaker=make_canvas(
            "Gwent Police - case file quality joint inspection 2025",
            "Building the case? A joint inspection of case file quality in Gwent Police",
            right="HMICFRS | HMCPSI",
        ),
    )


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


def bold_para(d, text, size=12):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    return p


def build_docx(fn, mod, header_text, footer_text, specials, messy_headings=False, author="OPCC"):
    d = docx.Document()
    d.core_properties.title = mod.TITLE
    d.core_properties.author = author
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
            if messy_headings and n_h2 % 3 == 0:
                bold_para(d, val, 13)  # a 'heading' typed as bold text, as people do
            else:
                d.add_heading(val, level=2 if messy_headings else 1)
        elif kind == "bold":
            bold_para(d, val, 11)
        elif kind == "ul":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "special":
            specials[val](d)
        else:
            d.add_paragraph(val)
    d.save(fn)





# ----------------------------------------------------------------------------------------- HTML
def build_rural_html(fn):
    parts = []
    toc = []
    for kind, val in blocks(content_c.TEXT):
        if kind == "h1":
            parts.append('<h1 class="govuk-heading-xl">%s</h1>' % esc(val))
        elif kind == "h2":
            anchor = "s%d" % (len(toc) + 1)
            toc.append((anchor, val))
            parts.append('<h2 id="%s">%s</h2>' % (anchor, esc(val)))
        elif kind == "h3":
            parts.append("<h3>%s</h3>" % esc(val))
        elif kind == "ul":
            parts.append("<ul>\n" + "\n".join("  <li>%s</li>" % esc(i) for i in val) + "\n</ul>")
        elif val.startswith(("Published:", "Publication type:", "Forces inspected:")):
            k, v = val.split(":", 1)
            parts.append('<p class="meta"><span class="label">%s:</span>%s</p>' % (esc(k), esc(v)))
        elif val.startswith("Notable practice:"):
            head, rest = val.split(".", 1)
            parts.append('<div class="notable-practice"><p><strong>%s.</strong>%s</p></div>' % (esc(head), esc(rest)))
        elif val.startswith("Recommendation ") and ":" in val[:20]:
            parts.append('<div class="recommendation"><p>%s</p></div>' % esc(val))
        else:
            parts.append("<p>%s</p>" % esc(val))
        if kind == "h1":
            parts.append("<!--TOC-->")
    toc_html = (
        '<nav class="contents" aria-label="On this page"><h2 class="toc-title">Contents</h2><ol>\n'
        + "\n".join('  <li><a href="#%s">%s</a></li>' % (a, esc(t)) for a, t in toc)
        + "\n</ol></nav>"
    )
    body = "\n".join(parts).replace("<!--TOC-->", toc_html, 1)
    rec_table = (
        '<h2 id="rec-summary">Summary of recommendations</h2>\n<table class="recs">\n'
        "<thead><tr><th>No.</th><th>Subject</th><th>For</th><th>By</th></tr></thead>\n<tbody>\n"
        + "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(map(esc, r)) for r in content_c.REC_ROWS)
        + "\n</tbody>\n</table>"
    )
    page = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Far from help? An inspection of how police forces tackle rural and wildlife crime - His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="HMICFRS thematic inspection of rural and wildlife crime in Derbyshire Constabulary, Gwent Police and Staffordshire Police.">
<link rel="stylesheet" href="/wp-content/themes/hmicfrs/assets/css/main.min.css?ver=5.3.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XXXXXXX');</script>
<style>body{font-family:Arial,sans-serif;max-width:1180px;margin:auto}#cookie-banner{background:#f3f2f1;padding:14px}
.site-nav ul{list-style:none;display:flex;gap:16px}.breadcrumbs{font-size:14px}aside.related{float:right;width:280px;font-size:14px}
.notable-practice{border-left:6px solid #00703c;padding:8px 14px;background:#f2f8f4}.recommendation{border:1px solid #1d70b8;padding:6px 12px;margin:8px 0}
table.recs{border-collapse:collapse}table.recs td,table.recs th{border:1px solid #b1b4b6;padding:5px}</style>
</head>
<body>
<div id="cookie-banner" role="region" aria-label="Cookies on HMICFRS">
  <h2>Cookies on HMICFRS</h2>
  <p>We use some essential cookies to make this website work.</p>
  <p>We'd like to set additional cookies to understand how you use the website, remember your settings and improve our services.</p>
  <button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button> <a href="/cookies/">View cookies</a>
</div>
<a href="#main-content" class="skip-link">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/">His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</a>
  <form class="site-search" role="search"><label for="s">Search</label><input id="s" type="search" name="s"><button>Search</button></form>
  <nav class="site-nav" aria-label="Main menu">
    <ul>
      <li><a href="/police-forces/">Police forces</a></li>
      <li><a href="/fire-and-rescue-services/">Fire &amp; rescue services</a></li>
      <li><a href="/our-work/">Our work</a></li>
      <li><a href="/publications/">Publications</a></li>
      <li><a href="/news/">News</a></li>
      <li><a href="/about-us/">About us</a></li>
      <li><a href="/contact-us/">Contact us</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/publications/">Publications</a> &gt; <a href="/publications/?type=thematic">Thematic inspections</a> &gt; Far from help? Rural and wildlife crime</div>
<aside class="related">
  <h3>Related publications</h3>
  <ul>
    <li><a href="/publications/state-of-policing-2024/">State of Policing: The annual assessment of policing in England and Wales 2024</a></li>
    <li><a href="/peel-assessments/">PEEL assessments 2023-25</a></li>
    <li><a href="/publications/rural-crime-data-request-2019/">Rural crime: a data request to forces (2019)</a></li>
  </ul>
  <h3>Downloads</h3>
  <ul>
    <li><a href="/wp-content/uploads/far-from-help-rural-wildlife-crime.pdf">Far from help?: full report (PDF document, 1.8 MB)</a></li>
    <li><a href="/wp-content/uploads/far-from-help-welsh.pdf">Far from help?: Welsh language version (PDF document, 1.9 MB)</a></li>
    <li><a href="/wp-content/uploads/far-from-help-survey-data.ods">Rural residents survey: data tables (ODS, 47 KB)</a></li>
  </ul>
  <h3>Related topics</h3>
  <p><a href="/topics/rural-crime/">Rural crime</a> | <a href="/topics/wildlife-crime/">Wildlife crime</a> | <a href="/topics/neighbourhood-policing/">Neighbourhood policing</a></p>
</aside>
<main id="main-content">
<article class="publication">
""" + body + "\n" + rec_table + """
<p class="share">Share this page: <a href="#">X</a> | <a href="#">LinkedIn</a> | <a href="#">Email</a> | <a href="javascript:window.print()">Print</a></p>
<p class="updated">Last updated: 17 July 2025</p>
</article>
</main>
<div class="feedback"><p>Is this page useful? <button>Yes</button> <button>No</button> <a href="/report-a-problem/">Report a problem with this page</a></p></div>
<footer class="site-footer">
  <div class="footer-links"><a href="/about-us/">About HMICFRS</a> | <a href="/accessibility/">Accessibility statement</a> | <a href="/cookies/">Cookies</a> | <a href="/privacy/">Privacy notice</a> | <a href="/foi/">Freedom of information</a> | <a href="/welsh-language-scheme/">Welsh language scheme</a> | <a href="/sitemap/">Sitemap</a></div>
  <p>Follow us: X | LinkedIn | YouTube</p>
  <p class="licence">All content is available under the Open Government Licence v3.0, except where otherwise stated. &copy; Crown copyright</p>
</footer>
</body>
</html>
"""
    with open(fn, "w", encoding="utf-8") as f:
        f.write(page)



# ----------------------------------------------------------------------------------------- manifest
MANIFEST = [
    ("gloucestershire-firearms-licensing-inspection-2025.pdf", "gloucestershire-firearms-licensing-inspection-2025",
     "Safe in whose hands? An inspection of firearms licensing in Gloucestershire Constabulary", "inspection_report", "HMICFRS",
     "Gloucestershire Constabulary", "2025-10-14",
     "https://hmicfrs.justiceinspectorates.gov.uk/publications/safe-in-whose-hands-gloucestershire-firearms-licensing/", ""),
    ("gloucestershire-pcc-response-firearms-licensing-2025.docx", "gloucestershire-pcc-response-firearms-licensing-2025",
     "Gloucestershire Police and Crime Commissioner: response to the HMICFRS inspection of firearms licensing in Gloucestershire Constabulary",
     "pcc_response", "Office of the Police and Crime Commissioner for Gloucestershire", "Gloucestershire Constabulary",
     "2025-12-04", "", "gloucestershire-firearms-licensing-inspection-2025"),
    ("hmicfrs-rural-wildlife-crime-thematic-2025.html", "hmicfrs-rural-wildlife-crime-thematic-2025",
     "Far from help? An inspection of how police forces tackle rural and wildlife crime",
     "thematic_report", "HMICFRS", "Derbyshire Constabulary; Gwent Police; Staffordshire Police", "2025-07-15",
     "https://hmicfrs.justiceinspectorates.gov.uk/publications/far-from-help-rural-and-wildlife-crime/", ""),
    ("staffordshire-commissioner-response-rural-wildlife-crime-2025.txt",
     "staffordshire-commissioner-response-rural-wildlife-crime-2025",
     "Staffordshire Commissioner for Police, Fire & Rescue and Crime: response to the HMICFRS inspection 'Far from help?' (rural and wildlife crime)",
     "pcc_response", "Office of the Staffordshire Commissioner for Police, Fire & Rescue and Crime", "Staffordshire Police", "2025-09-09",
     "https://www.staffordshire-pfcc.example.gov.uk/scrutiny/hmicfrs-inspections/far-from-help-rural-wildlife-crime/",
     "hmicfrs-rural-wildlife-crime-thematic-2025"),
    ("gwent-case-file-quality-inspection-2025.pdf", "gwent-case-file-quality-inspection-2025",
     "Building the case? A joint inspection of case file quality in Gwent Police",
     "inspection_report", "HMICFRS and HMCPSI", "Gwent Police", "2025-11-25",
     "https://hmicfrs.justiceinspectorates.gov.uk/publications/building-the-case-gwent-case-file-quality/", ""),
]


# ----------------------------------------------------------------------------------------- main
def main():
    out = lambda n: os.path.join(HERE, n)  # noqa: E731

    build_glos_pdf(out("gloucestershire-firearms-licensing-inspection-2025.pdf"))

    build_docx(
        out("gloucestershire-pcc-response-firearms-licensing-2025.docx"),
        content_b,
        header_text="OFFICIAL | Police and Crime Commissioner for Gloucestershire",
        footer_text="PCC response to HMICFRS firearms licensing inspection | OPCC-G/HMI/2025/14 | 4 December 2025",
        specials={
            "rectable": lambda d: (docx_table(d, content_b.REC_TABLE), d.add_paragraph("")),
            "finance": lambda d: (docx_table(d, content_b.FINANCE), d.add_paragraph("")),
        },
        messy_headings=True,
    )

    build_rural_html(out("hmicfrs-rural-wildlife-crime-thematic-2025.html"))

    with open(out("staffordshire-commissioner-response-rural-wildlife-crime-2025.txt"), "w", encoding="utf-8") as f:
        f.write(content_d.TEXT.lstrip("\n"))

    build_gwent_pdf(out("gwent-case-file-quality-inspection-2025.pdf"))

    with open(out("manifest.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["path", "id", "title", "doc_type", "publisher", "force", "published", "source_url", "responds_to"])
        for row in MANIFEST:
            w.writerow(row)
    print("built %d documents and manifest.csv in" % len(MANIFEST), HERE)


if __name__ == "__main__":
    main()
