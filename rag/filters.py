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
    return checked_years(
        Filters(
            frozenset(values["doc_type"]),
            frozenset(values["force"]),
            frozenset(values["doc_id"]),
            year_min,
            year_max,
        )
    )


JSON_KEYS = ("doc_type", "force", "doc_id", "year_min", "year_max")


def filters_from_json(raw: object) -> Filters:
    """Filters from outside JSON (the API, the UI): names a bad key or value. A single
    string counts as one value (never as its letters); years are whole numbers."""
    if raw is None:
        return Filters()
    if not isinstance(raw, Mapping):
        raise ConfigError(f"filters must be a JSON object with keys {', '.join(JSON_KEYS)}")
    unknown = sorted(set(raw) - set(JSON_KEYS))
    if unknown:
        raise ConfigError(f"unknown filter key {unknown[0]!r}; valid keys: {', '.join(JSON_KEYS)}")
    sets: dict[str, frozenset[str]] = {}
    for key in ("doc_type", "force", "doc_id"):
        value = raw.get(key)
        if value in (None, "", []):
            sets[key] = frozenset()
        elif isinstance(value, str):
            sets[key] = frozenset({value.strip()})
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            sets[key] = frozenset(v.strip() for v in value if v.strip())
        else:
            raise ConfigError(f"filter {key!r} must be a string or a list of strings")
    years = [_year(raw.get("year_min"), "year_min"), _year(raw.get("year_max"), "year_max")]
    return checked_years(
        Filters(sets["doc_type"], sets["force"], sets["doc_id"], years[0], years[1])
    )


def _year(value: object, key: str) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise ConfigError(f"{key} must be a year like 2021")
    if isinstance(value, int):
        year = value
    elif isinstance(value, float) and value.is_integer():
        year = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        year = int(value.strip())
    else:
        raise ConfigError(f"{key} must be a year like 2021 (got {value!r})")
    if not 1900 <= year <= 2100:
        raise ConfigError(f"{key} {year} is not a plausible year")
    return year


def checked_years(filters: Filters) -> Filters:
    lo, hi = filters.year_min, filters.year_max
    if lo is not None and hi is not None and lo > hi:
        raise ConfigError(f"the year range {lo} to {hi} is reversed: did you mean {hi} to {lo}?")
    return filters


def check_values(filters: Filters, held: Mapping[str, Sequence[str]]) -> Filters:
    """Refuse values the library does not hold, naming the valid ones (and the nearest:
    "force 'Kent' is not in the library; did you mean 'Kent Police'?")."""
    import difflib

    from rag.forces import find_forces

    for key in ("doc_type", "force", "doc_id"):
        valid = sorted(set(held.get(key, ())))
        for value in sorted(getattr(filters, key)):
            if value in valid:
                continue
            guess = [v for v in valid if value.lower() in v.lower()][:1]
            guess = guess or difflib.get_close_matches(value, valid, n=1, cutoff=0.5)
            if key == "force":
                named = find_forces(value, in_question=True)
                guess = [named[0]] if named and named[0] in valid else guess
            hint = f"; did you mean {guess[0]!r}?" if guess else ""
            shown = ", ".join(valid[:25]) + (" ..." if len(valid) > 25 else "")
            raise ConfigError(f"{key} {value!r} is not in the library{hint} (valid: {shown})")
    return filters


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
