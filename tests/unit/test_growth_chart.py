"""The growth chart is plain SVG written by our code: well-formed, one line per system and
panel, a point per corpus size."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from evals.bench import growth_svg

NS = "{http://www.w3.org/2000/svg}"


def _row(docs: int, ours: float, naive: float | None) -> dict:
    row: dict = {"docs": docs, "ours": {"seconds": ours, "cpu_s": ours, "peak_mb": 500 + docs}}
    if naive is not None:
        row["naive"] = {"seconds": naive, "cpu_s": naive, "peak_mb": 900 + docs}
    return row


def test_two_systems_two_panels() -> None:
    svg = ET.fromstring(growth_svg([_row(50, 20, 30), _row(100, 35, 50), _row(200, 60, 90)]))
    lines = svg.findall(f"{NS}polyline")
    assert len(lines) == 6  # (wall, CPU, peak MB) x (ours, naive)
    assert all(len(pl.get("points", "").split()) == 3 for pl in lines)
    texts = [t.text for t in svg.iter(f"{NS}text")]
    assert "ingest seconds (wall)" in texts and "peak MB" in texts and "naive" in texts


def test_ours_only_and_empty() -> None:
    svg = ET.fromstring(growth_svg([_row(50, 20, None)]))
    assert len(svg.findall(f"{NS}polyline")) == 3
    assert ET.fromstring(growth_svg([])).tag == f"{NS}svg"
