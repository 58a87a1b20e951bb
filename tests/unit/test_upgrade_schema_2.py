"""A store of schema 2 (the last before records named their action and app) opens with identical `status`
output, and its records read as the switch's.

tests/fixtures/store-schema-2/records.sqlite3 was written by the RecordStore of commit 76cb01e (schema 2):
LinkedIn's unnamed account (already off 10 January, switched off 2 April with the objection form), "Büro"
in Switzerland (switched off, then re-checked), "Work" in the US with the ads extra, one record of the
test suite's Chatterly guide, a re-check period of 6 months, a case number and a receipt name.
status-en.txt, status-fr.txt and status.json are what that commit's `status` printed for it. Never
regenerate any of them with a later version: their point is that they are old.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from test_upgrade import british
from test_upgrade import status as run_status

from app.core.records import DB_NAME, RecordStore

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "store-schema-2"
FIXTURE = FIXTURES / DB_NAME
FIXTURE_SHA256 = "18bfe7e96e798e4ba7e30565d8b03a3b0e70dcd8c44dc85ccd1437a4ed7610f5"


def a_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    shutil.copyfile(FIXTURE, folder / DB_NAME)
    return folder


def status(folder: Path, *args: str) -> str:
    """What `status` prints for `folder`, run as test_upgrade.py runs it (UTC, the C locale)."""
    result = run_status(folder, *args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_the_fixture_is_the_one_schema_2_wrote() -> None:
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == FIXTURE_SHA256


@pytest.mark.spawns
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_schema_2_store_shows_the_same_status(tmp_path: Path, language: str) -> None:
    folder = a_copy(tmp_path)
    new = status(folder, "--lang", language).splitlines()
    old = (FIXTURES / f"status-{language}.txt").read_text(encoding="utf-8").splitlines()
    # Every line the old version printed, in its order; the status now adds lines beside them (the
    # objection's case number, since the status is worded once for every output). English dates and times
    # are now written the British way ("2 April 2026 at 17:30"), as its spelling is: the one change.
    old = [british(line) for line in old] if language == "en" else old
    lines = iter(new)
    assert all(line in lines for line in old), "\n".join(new)
    if language == "en":  # switched off after being found off: off since then, the earlier finding kept below
        assert (
            "  [x] LinkedIn's AI-training switch: Off since 2 April 2026 "
            "(last recorded 2 April 2026 at 17:30, iPhone)" in new
        )
    assert (folder / DB_NAME).read_bytes() == FIXTURE.read_bytes()  # reading changed nothing


@pytest.mark.spawns
def test_the_schema_2_store_shows_the_same_json(tmp_path: Path) -> None:
    folder = a_copy(tmp_path)
    doc = json.loads(status(folder, "--json"))
    old = json.loads((FIXTURES / "status.json").read_text(encoding="utf-8"))
    old["data_dir"] = str(folder)
    assert within(old, doc)  # new keys may be added beside the old ones, none taken away or changed


def within(old: object, new: object) -> bool:
    """Whether `new` says everything `old` says: the same values, and every key of old's tables."""
    if isinstance(old, dict):
        return isinstance(new, dict) and all(key in new and within(value, new[key]) for key, value in old.items())
    if isinstance(old, list):
        return isinstance(new, list) and len(old) == len(new) and all(map(within, old, new))
    return old == new


def test_its_records_read_as_the_switch_in_the_service_itself(tmp_path: Path) -> None:
    store, notices = RecordStore.open(a_copy(tmp_path))
    try:
        assert notices == []
        records = store.confirmations()
        assert [(c.account, c.kind, c.action, c.app) for c in records] == [
            ("", "already_off", "switch", ""),
            ("Büro", "confirmed", "switch", ""),
            ("Work", "confirmed", "switch", ""),
            ("", "confirmed", "switch", ""),  # Chatterly's, 1 April
            ("", "confirmed", "switch", ""),
            ("Büro", "rechecked", "switch", ""),
        ]
        assert store.setting("objection_case/linkedin-ai-training/") == "CASE-20260402-1"
    finally:
        store.close()
