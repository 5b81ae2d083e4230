"""Metadata filters, applied identically to the dense (Chroma `where`) and lexical (mask)
sides. Pure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rag.errors import ConfigError
from rag.schema import FILTER_KEYS, doc_type_label


@dataclass(frozen=True)
class Filters:
    doc_type: frozenset[str] = field(default_factory=frozenset)
    force: frozenset[str] = field(default_factory=frozenset)
    doc_id: frozenset[str] = field(default_factory=frozenset)
    year_min: int | None = None
    year_max: int | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.doc_type
            or self.force
            or self.doc_id
            or self.year_min is not None
            or self.year_max is not None
        )

    def matches(self, meta: Mapping[str, Any]) -> bool:
        if self.doc_type and meta.get("doc_type") not in self.doc_type:
            return False
        if self.force and meta.get("force") not in self.force:
            return False
        if self.doc_id and meta.get("doc_id") not in self.doc_id:
            return False
        year = meta.get("year")
        if self.year_min is not None and (not isinstance(year, int) or year < self.year_min):
            return False
        return not (
            self.year_max is not None and (not isinstance(year, int) or year > self.year_max)
        )

    def to_where(self) -> dict[str, Any] | None:
        """The Chroma `where` clause for these filters (None when unfiltered)."""
        clauses: list[dict[str, Any]] = []
        for key in ("doc_type", "force", "doc_id"):
            values = sorted(getattr(self, key))
            if len(values) == 1:
                clauses.append({key: values[0]})
            elif values:
                clauses.append({key: {"$in": values}})
        if self.year_min is not None:
            clauses.append({"year": {"$gte": self.year_min}})
        if self.year_max is not None:
            clauses.append({"year": {"$lte": self.year_max}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def describe(self) -> str:
        """'PCC responses, Kent Police, 2019-2022' (for showing what was searched)."""
        parts: list[str] = []
        if self.doc_type:
            parts.append(", ".join(doc_type_label(t, plural=True) for t in sorted(self.doc_type)))
        if self.force:
            parts.append(", ".join(sorted(self.force)))
        if self.doc_id:
            parts.append("documents " + ", ".join(sorted(self.doc_id)))
        if self.year_min is not None or self.year_max is not None:
            lo = self.year_min if self.year_min is not None else ""
            hi = self.year_max if self.year_max is not None else ""
            parts.append(str(lo) if lo == hi else f"{lo}-{hi}")
        return "; ".join(parts) if parts else "all documents"


def parse_where(items: Sequence[str]) -> Filters:
    """Filters from CLI `--where KEY=VALUE` items. Repeating a key ORs its values; `year`
    takes a year or a range (2019-2022, 2019-, -2022)."""
    values: dict[str, set[str]] = {k: set() for k in ("doc_type", "force", "doc_id")}
    year_min: int | None = None
    year_max: int | None = None
    for item in items:
        key, sep, value = item.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not value:
            raise ConfigError(f"--where expects KEY=VALUE (got {item!r})")
        if key not in FILTER_KEYS:
            raise ConfigError(f"--where key must be one of {', '.join(FILTER_KEYS)} (got {key!r})")
        if key == "year":
            year_min, year_max = _year_range(value)
        else:
            values[key].add(value)
    return Filters(
        frozenset(values["doc_type"]),
        frozenset(values["force"]),
        frozenset(values["doc_id"]),
        year_min,
        year_max,
    )


def _year_range(value: str) -> tuple[int | None, int | None]:
    lo, sep, hi = (
        value.partition("-") if "-" in value[1:] or value.startswith("-") else (value, "", "")
    )
    try:
        if not sep:
            return int(value), int(value)
        return (int(lo) if lo else None), (int(hi) if hi else None)
    except ValueError as exc:
        raise ConfigError(f"year must be a year or a range like 2019-2022 (got {value!r})") from exc
