"""Settings from the environment and from CLI flags: each value coerced to its field's type,
a bad one refused with what is accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.errors import ConfigError
from rag.settings import Settings


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("0", False),
        ("false", False),
        ("No", False),
        ("off", False),
        ("1", True),
        ("true", True),
        ("YES", True),
        ("on", True),
    ],
)
def test_switches_read_from_the_environment_are_booleans(raw: str, want: bool) -> None:
    s = Settings.from_env({"INSPECTION_QA_MIRROR_VECTORS": raw, "INSPECTION_QA_SCOPE_CHECK": raw})
    assert s.mirror_vectors is want and s.scope_check is want


def test_a_switch_that_is_not_yes_or_no_is_refused_with_the_accepted_words() -> None:
    with pytest.raises(ConfigError, match="scope_check expects one of 1, true, yes"):
        Settings.from_env({"INSPECTION_QA_SCOPE_CHECK": "maybe"})


def test_numbers_paths_and_overrides() -> None:
    s = Settings.from_env(
        {"INSPECTION_QA_K": "7", "INSPECTION_QA_RRF_K": "40", "INSPECTION_QA_DB": "/x/index"},
        k=None,
        mirror_vectors=False,
    )
    assert (s.k, s.rrf_k, s.db, s.mirror_vectors) == (7, 40, Path("/x/index"), False)
    with pytest.raises(ConfigError, match="k expects a number"):
        Settings.from_env({"INSPECTION_QA_K": "seven"})
    with pytest.raises(ConfigError, match="unknown setting"):
        Settings.from_env({}, no_such_thing=1)


def test_the_lean_mirror_flag_reaches_the_settings() -> None:
    from ui.cli import build_parser, settings_from_args

    args = build_parser().parse_args(["ask", "What grades did Kent get?", "--lean-mirror"])
    assert settings_from_args(args, {}).mirror_vectors is False
    args = build_parser().parse_args(["ask", "What grades did Kent get?"])
    assert settings_from_args(args, {}).mirror_vectors is True
    assert settings_from_args(args, {"INSPECTION_QA_MIRROR_VECTORS": "0"}).mirror_vectors is False
