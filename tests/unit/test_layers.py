"""Layers, lowest first: rag <- ingest <- evals <- ui. A module never imports a package above
its own, function-level imports included."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RANK = {"rag": 0, "ingest": 1, "evals": 2, "ui": 3}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module))
    return out


def test_no_module_imports_a_package_above_its_own() -> None:
    upward = []
    for package, level in RANK.items():
        for path in sorted((ROOT / package).rglob("*.py")):
            for line, module in _imports(path):
                if RANK.get(module.split(".")[0], -1) > level:
                    upward.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert upward == []


def test_docs_point_inside_the_repository() -> None:
    for path in [ROOT / "README.md", *ROOT.glob("*/*.py")]:
        text = path.read_text(encoding="utf-8")
        assert "../shared" not in text and "shared/CONTRACT" not in text, path
