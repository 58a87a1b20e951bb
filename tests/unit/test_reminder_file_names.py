"""`status --ics` with a file name the system refuses (longer than its limit): one sentence and exit 1,
no traceback, nothing written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factories import new_confirmation

from app.core.records import RecordStore
from app.status import print_status

TOO_LONG = "r" * 300 + ".ics"  # over the 255 bytes a file name may have


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "The reminder could not be written to {path}: File name too long."),
        ("fr", "Le rappel n’a pas pu être écrit dans {path}\u00a0: File name too long."),
    ],
    ids=["en", "fr"],
)
def test_a_file_name_over_the_system_s_limit_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, said: str
) -> None:
    store, _notices = RecordStore.open(tmp_path / "data")
    store.add_confirmation(new_confirmation(), now=dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    store.close()
    path = tmp_path / TOO_LONG
    assert print_status(tmp_path / "data", language=language, as_json=False, ics=path) == 1
    out, err = capsys.readouterr()
    assert err.strip() == said.format(path=path)
    assert out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
