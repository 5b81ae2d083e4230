"""The ledger as rows staff keep working in: CSV and a real XLSX (openpyxl), one row per
finding and response, with the report's columns repeated so the sheet sorts and filters."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

COLUMNS = (
    "report_id",
    "report_title",
    "force",
    "report_published",
    "kind",
    "number",
    "finding",
    "addressee",
    "deadline",
    "page",
    "section",
    "response_id",
    "status",
    "response_quote",
    "response_day",
    "within_56_days",
    "chunk_id",
    "response_chunk_id",
    "s55_status",
)


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """Document text is untrusted: a cell that would start a spreadsheet formula is quoted."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def ledger_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for r in doc["reports"]:
        days = {x["doc_id"]: x for x in r["responses"]}
        for f in r["findings"]:
            base = {
                "report_id": r["doc_id"],
                "report_title": r["title"],
                "force": r.get("force") or "",
                "report_published": r.get("published") or "",
                "kind": f["kind"].replace("_", " "),
                "number": f["number"],
                "finding": " ".join(f["text"].split()),
                "addressee": f["addressee"] or "",
                "deadline": f["deadline"] or "",
                "page": f["page"],
                "section": f["section"] or "",
                "chunk_id": f["chunk_id"],
                "s55_status": (r.get("s55") or {}).get("status") or "",
            }
            links = f["responses"] or [None]
            for link in links:
                day = days.get(link["doc_id"]) if link else None
                rows.append(
                    {
                        **base,
                        "response_id": link["doc_id"] if link else "",
                        "status": link["status"] if link else "not addressed",
                        "response_quote": " ".join(link["quote"].split()) if link else "",
                        "response_day": day["day"] if day else None,
                        "within_56_days": day["within_56_days"] if day else None,
                        "response_chunk_id": link["chunk_id"] if link else "",
                    }
                )
    return [{k: _cell(v) for k, v in row.items()} for row in rows]


def overdue_rows(rows: list[dict[str, Any]], today: date) -> list[dict[str, Any]]:
    """Rows of findings past their deadline that no response answers with an action, and
    of reports whose PCC response is missing after day 56."""
    acted = {_finding_key(r) for r in rows if r.get("status") == "action"}

    def late(r: dict[str, Any]) -> bool:
        if r.get("s55_status") == "no_response_overdue":
            return True
        deadline = str(r.get("deadline") or "")
        return bool(deadline) and deadline < today.isoformat() and _finding_key(r) not in acted

    return [r for r in rows if late(r)]


def _finding_key(row: dict[str, Any]) -> tuple[Any, ...]:
    return (row["report_id"], row["kind"], row["number"], row["chunk_id"])


def write_csv(rows: list[dict[str, Any]], path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_xlsx(rows: list[dict[str, Any]], path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Ledger"
    ws.append(list(COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([row[c] for c in COLUMNS])
    widths = {"finding": 70, "response_quote": 70, "report_title": 40, "section": 30}
    for i, col in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(col, 16)
        if col in widths:
            for cell in ws[get_column_letter(i)][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.save(path)
    return path


def write_docx(rows: list[dict[str, Any]], path: Path) -> Path:
    """The ledger as a Word table, grouped by report, for papers to boards and panels."""
    import docx

    d = docx.Document()
    d.add_heading("Recommendations ledger", level=1)
    section = d.sections[0]
    section.orientation = docx.enum.section.WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    reports: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        reports.setdefault(str(row["report_title"]), []).append(row)
    for title, group in reports.items():
        first = group[0]
        d.add_heading(f"{title} ({first['force'] or 'national'}, {first['report_published']})", 2)
        table = d.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        for cell, label in zip(table.rows[0].cells, _DOCX_COLUMNS, strict=True):
            cell.text = label
            cell.paragraphs[0].runs[0].bold = True
        for row in group:
            cells = table.add_row().cells
            label = f"{row['kind']} {row['number'] or ''}".strip()
            cells[0].text = label + (f" (due {row['deadline']})" if row["deadline"] else "")
            cells[1].text = str(row["finding"])
            cells[2].text = str(row["status"])
            cells[3].text = str(row["response_quote"])
            day = row["response_day"]
            cells[4].text = "" if day is None else f"day {day}"
    if not rows:
        d.add_paragraph("No findings match.")
    d.save(str(path))
    return path


_DOCX_COLUMNS = ("Finding", "Text", "Response status", "What the response says", "s55")
