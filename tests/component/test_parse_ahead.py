"""Parsing ahead: the parse workers keep working while the ingest embeds, with results still
in input order, a failing file still reported, and nothing left running when the consumer
stops early."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.parsing import ParsePool, read_ahead


def _counting(n: int, made: list[int], fail_at: int | None = None):
    def make(stop: threading.Event) -> Iterator[int]:
        for i in range(n):
            if i == fail_at:
                raise RuntimeError(f"item {i} failed")
            made.append(i)
            yield i

    return make


def _until(condition, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


def test_the_producer_runs_ahead_of_a_slow_consumer_up_to_its_depth() -> None:
    made: list[int] = []
    items = read_ahead(_counting(100, made), depth=3)
    assert next(items) == 0
    # While the consumer does something else, the producer fills the hand-off: 1 taken,
    # 3 waiting, 1 more made and waiting for room.
    assert _until(lambda: len(made) >= 5)
    time.sleep(0.3)
    assert len(made) == 5
    assert list(items) == list(range(1, 100))


def test_an_error_in_the_producer_is_raised_in_the_consumer_after_what_came_before() -> None:
    got: list[int] = []
    with pytest.raises(RuntimeError, match="item 4 failed"):
        for i in read_ahead(_counting(10, [], fail_at=4), depth=2):
            got.append(i)
    assert got == [0, 1, 2, 3]


def test_a_consumer_that_stops_early_stops_the_producer() -> None:
    made: list[int] = []
    items = read_ahead(_counting(10_000, made), depth=2)
    for i in items:
        if i == 3:
            break
    items.close()  # what leaving a for loop in a function does when the frame goes
    assert not any(t.name == "parse-ahead" for t in threading.enumerate())
    assert len(made) < 10


def _files(tmp_path: Path) -> list[Path]:
    paths = []
    for i in range(6):
        p = tmp_path / f"note-{i}.txt"
        p.write_text(f"Note {i} about Kent Police.\n\nInspectors found {i} things.\n")
        paths.append(p)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7 this is not a PDF")
    paths.insert(3, bad)
    return paths


def test_parsing_ahead_gives_what_parsing_on_demand_gives(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    with ParsePool(workers=2, timeout_s=60) as pool:
        on_demand = [(p, r if isinstance(r, str) else r.blocks) for p, r in pool.parse_all(paths)]
    with ParsePool(workers=2, timeout_s=60, ahead=4) as pool:
        ahead = [(p, r if isinstance(r, str) else r.blocks) for p, r in pool.parse_all(paths)]
    assert ahead == on_demand
    assert [p for p, _ in ahead] == paths  # input order
    assert isinstance(dict(ahead)[tmp_path / "bad.pdf"], str)  # reported, the rest parsed


def test_an_error_while_consuming_leaves_no_thread_or_worker_behind(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    with (
        pytest.raises(RuntimeError, match="embedding failed"),
        ParsePool(workers=2, timeout_s=60, ahead=4) as pool,
    ):
        for i, _ in enumerate(pool.parse_all(paths)):
            if i == 1:
                pids = pool.worker_pids()
                raise RuntimeError("embedding failed")
    assert not any(t.name == "parse-ahead" for t in threading.enumerate())
    assert pool._pool == [] and pids
