"""The hostile suite's state machine (ingest / update / delete / search over a real in-memory
Chroma), a few examples in the default run; `make hostile` runs many more."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from evals.hostile import library_machine


def test_store_equals_manifest_and_search_finds_what_is_there(tmp_path: Path) -> None:
    run_state_machine_as_test(
        library_machine(tmp_path),
        settings=settings(
            max_examples=4,
            stateful_step_count=8,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
