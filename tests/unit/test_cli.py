"""The command line: `status` prints the checklist without a window, without Qt, without side effects."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from babel.dates import format_date
from dateutil.relativedelta import relativedelta
from factories import new_confirmation
from ids import guide_path

import app
from app.core.guide import load_guide
from app.core.records import DB_NAME, SCHEMA_VERSION, RecordStore
from app.resources import guide_file

pytestmark = pytest.mark.spawns  # every test here runs `python -m app` in a child process

ROOT = Path(__file__).resolve().parents[2]
NOTHING_YET = "Nothing recorded yet"


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "QT_QPA_PLATFORM"}}
    env.update(LANG="C", PYTHONIOENCODING="utf-8")
    return env


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m app ARGS`, as a person would run it."""
    return python("-m", "app", *args)


def python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def record(folder: Path, *, language: str | None = None) -> dt.datetime:
    guide = load_guide(guide_path())
    store, notices = RecordStore.open(folder)
    assert notices == []
    try:
        added = store.add_confirmation(
            new_confirmation(
                device="android",
                guide_id=guide.id,
                guide_version=guide.version,
                app_version=app.__version__,
                extras=("objection_form",),
            )
        )
        if language:
            store.set_setting("language", language)
    finally:
        store.close()
    return added.recorded_at


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    first, *guides = result.stdout.splitlines()
    assert first == f"ai-optout-assistant {app.__version__}"
    # One owner: the installed package (built from pyproject.toml) says the same version as --version.
    assert first == f"ai-optout-assistant {importlib.metadata.version('ai-optout-assistant')}"
    # Then each guide, by its service's name, with when its instructions were checked, as written in its file.
    expected = []
    for guide_id in ("chatgpt-model-training", "meta-ai-training", "linkedin-ai-training"):
        text = guide_file(guide_id).read_text(encoding="utf-8")
        checked = re.search(r"^last_verified = (\d{4}-\d\d-\d\d)$", text, re.M)
        version = re.search(r"^version = (\d+)$", text, re.M)
        assert checked and version
        expected.append(f"{guide_id}: guide version {version.group(1)}, instructions checked on {checked.group(1)}")
    assert guides == expected


def test_status_on_an_empty_folder_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    result = run("status", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert NOTHING_YET in result.stdout
    assert result.stderr == ""
    assert not folder.exists()

    result = run("status", "--json", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["recorded"] is False
    assert data["items"] == []
    assert data["recheck_due"] is None
    assert data["data_dir"] == str(folder)
    assert not folder.exists()


def test_status_lists_what_was_recorded(tmp_path: Path) -> None:
    recorded_at = record(tmp_path)
    due = recorded_at.astimezone().date() + relativedelta(months=6)  # dateutil's arithmetic, not ours

    result = run("status", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert NOTHING_YET not in result.stdout
    assert "[x] LinkedIn's AI-training switch: Off" in result.stdout
    assert "Android" in result.stdout
    assert "[x] Object with LinkedIn's form: Done" in result.stdout
    assert "Next re-check due on" in result.stdout
    assert f"Next re-check due on {format_date(due, 'long', locale='en_GB')}." in result.stdout

    result = run("status", "--json", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["recorded"] is True
    assert data["region"] == "eu-eea-ch"
    assert data["country"] == "FR"
    switch, extra = data["items"]
    assert switch == {
        "id": "switch",
        "optional": False,
        "done": True,
        "done_at": recorded_at.isoformat(),
        "device": "android",
    }
    assert extra["id"] == "objection_form" and extra["done"] is True and extra["optional"] is True
    assert dt.datetime.fromisoformat(switch["done_at"]) == recorded_at
    assert data["recheck_due"] == due.isoformat()
    assert data["recheck_is_due"] is False
    assert data["guide_changed"] is False


def test_status_with_two_accounts_one_of_them_due(tmp_path: Path, local_zone: Callable[[str], None]) -> None:
    local_zone("UTC0")  # the child prints times in the computer's zone
    store, _notices = RecordStore.open(tmp_path)
    try:
        store.add_confirmation(
            new_confirmation(account="Work", extras=("objection_form",)), now=dt.datetime(2025, 1, 10, 9, tzinfo=dt.UTC)
        )
        store.add_confirmation(new_confirmation(device="android"), now=dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
    finally:
        store.close()
    result = run("status", "--data-dir", str(tmp_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    mine, work = result.stdout.split("\n\n")[1:3]
    assert mine.splitlines()[0] == "Your LinkedIn account"
    assert mine.splitlines()[3].startswith("  [ ] Re-check: Not yet (due on ")
    assert work.splitlines()[:6] == [
        "Work",
        "  [x] LinkedIn's AI-training switch: Off since 10 January 2025 (last recorded 10 January 2025 at "
        "09:00, "
        "iPhone)",
        "  [x] Object with LinkedIn's form: Done (10 January 2025 at 09:00, iPhone)",
        "  [!] Re-check: Due now (since 10 July 2025)",
        "  A re-check has been due since 10 July 2025: LinkedIn sometimes changes its settings.",
        "  Object with LinkedIn's form: sent on 10 January 2025",  # as the card says it
    ]
    accounts = json.loads(run("status", "--json", "--data-dir", str(tmp_path)).stdout)["accounts"]
    assert [(a["label"], a["recheck_is_due"]) for a in accounts] == [("", False), ("Work", True)]
    assert accounts[1]["recheck_due"] == "2025-07-10"
    german = run("status", "--data-dir", str(tmp_path), "--lang", "de").stdout
    assert "  [!] Erneute Prüfung: Jetzt fällig (seit dem 10. Juli 2025)" in german


def test_status_in_french(tmp_path: Path) -> None:
    record(tmp_path)
    result = run("status", "--lang", "fr", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Entraînement de l’IA de LinkedIn" in result.stdout
    assert "Désactivé" in result.stdout
    assert "Prochaine vérification prévue le" in result.stdout
    assert "Off" not in result.stdout

    empty = run("status", "--lang", "fr", "--data-dir", str(tmp_path / "empty"))
    assert "Rien n’est encore enregistré" in empty.stdout


def test_status_uses_the_saved_language(tmp_path: Path) -> None:
    record(tmp_path, language="fr")
    assert "Désactivé" in run("status", "--data-dir", str(tmp_path)).stdout
    assert "Off" in run("status", "--lang", "en", "--data-dir", str(tmp_path)).stdout


NO_QT = """
import sys
from app.__main__ import main

for args in (["status", "--data-dir", sys.argv[1]], ["status", "--json", "--lang", "fr", "--data-dir", sys.argv[1]]):
    assert main(args) == 0
qt = sorted(name for name in sys.modules if "PySide6" in name or "shiboken" in name or "qtawesome" in name)
assert not qt, qt
"""


def test_status_does_not_import_qt(tmp_path: Path) -> None:
    record(tmp_path)
    result = python("-c", NO_QT, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Android" in result.stdout


def test_status_with_a_corrupt_store_says_so_and_leaves_it(tmp_path: Path) -> None:
    # Reading never writes: the window sets a damaged store aside, `status` only says so.
    garbage = b"not a database, just bytes " * 100
    (tmp_path / DB_NAME).write_bytes(garbage)
    result = run("status", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert NOTHING_YET not in result.stdout
    assert result.stderr.strip() == (
        f"Your saved records in {tmp_path / DB_NAME} could not be read. They were left as they are; the "
        "assistant will set them aside and start a fresh record the next time it opens its window."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]
    assert (tmp_path / DB_NAME).read_bytes() == garbage


def test_status_with_a_store_from_a_newer_version(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = (tmp_path / DB_NAME).read_bytes()
    result = run("status", "--data-dir", str(tmp_path))
    assert result.returncode != 0
    assert "newer version" in result.stderr
    assert (tmp_path / DB_NAME).read_bytes() == before


@pytest.mark.parametrize("args", [["--lang", "nl", "status"], ["status", "--bogus"]])
def test_bad_arguments_are_refused(args: list[str], tmp_path: Path) -> None:
    result = run(*args, "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert not (tmp_path / "data").exists()


def test_status_shows_every_extra_of_the_region_old_records_included(tmp_path: Path) -> None:
    guide = load_guide(guide_path())
    store, _notices = RecordStore.open(tmp_path)
    try:
        base = {"country": "CA", "guide_id": guide.id, "app_version": "0.1"}
        # Recorded before the audit of November 2026, when Canada shared a region with Hong Kong.
        store.add_confirmation(
            new_confirmation(device="android", region="ca-hk", extras=("objection_form",), **base),
            now=dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC),
        )
        store.add_confirmation(
            new_confirmation(device="browser", region="canada", extras=("ads_sharing",), account="Work", **base),
            now=dt.datetime(2026, 4, 1, 12, tzinfo=dt.UTC),
        )
    finally:
        store.close()
    result = run("status", "--data-dir", str(tmp_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    first = lines.index("Your LinkedIn account")
    work = lines.index("Work")
    assert lines[first + 2].startswith("[x] Object with LinkedIn's form: Done (1 March 2026")
    assert lines[first + 3] == "[ ] Stop LinkedIn sharing your data with Microsoft for ads: Optional, not done"
    assert lines[work + 2] == "[ ] Object with LinkedIn's form: Optional, not done"
    assert lines[work + 3].startswith("[x] Stop LinkedIn sharing your data with Microsoft for ads: Done (1 April 2026")

    doc = json.loads(run("status", "--json", "--data-dir", str(tmp_path)).stdout)
    assert [[(i["id"], i["done"]) for i in account["items"]] for account in doc["accounts"]] == [
        [("switch", True), ("objection_form", True), ("ads_sharing", False)],
        [("switch", True), ("objection_form", False), ("ads_sharing", True)],
    ]
    assert [account["region"] for account in doc["accounts"]] == ["canada", "canada"]
    history = (
        "LinkedIn switched this on by default in September 2024, paused it by December 2024 after Canada's "
        "privacy commissioner stepped in, and has switched it on by default again since 3 November 2025."
    )
    assert doc["accounts"][0]["region_history"] == history
    assert lines.count(history) == 2  # under each account


def test_status_skips_rows_it_cannot_read_and_says_how_many(tmp_path: Path) -> None:
    record(tmp_path)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute(
        "INSERT INTO confirmations (recorded_at, device, country, region, language, guide_id, guide_version,"
        " app_version, account, kind) VALUES ('9999-12-31T00:00:00+00:00', 'ipad', 'FR', 'eu-eea-ch', 'en',"
        " 'linkedin-ai-training', 'two', '9.0', 'Broken', 'confirmed')"
    )
    conn.execute(
        "INSERT INTO confirmations (recorded_at, device, country, region, language, guide_id, guide_version,"
        " app_version, account, kind) VALUES ('2026-02-01T10:00:00+00:00', 'ipad', 'FR', 'eu-eea-ch', 'en',"
        " 'linkedin-ai-training', 1, '9.0', 'Tablet', 'confirmed')"
    )
    conn.commit()
    conn.close()
    before = (tmp_path / DB_NAME).read_bytes()
    result = run("status", "--data-dir", str(tmp_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "1 saved entry could not be read and is not shown. It was left as it is."
    assert "Tablet" in result.stdout and "Broken" not in result.stdout
    assert "a device this version does not know (ipad)" in result.stdout
    assert "[x] LinkedIn's AI-training switch: Off" in result.stdout
    assert (tmp_path / DB_NAME).read_bytes() == before


ABOUT_NOT_LOADED = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["AI_OPTOUT_ASSISTANT_PAINT_PROBE"] = sys.argv[2]  # app/ui/probe.py: quit once painted
from app.__main__ import main

assert main(["--data-dir", sys.argv[1]]) == 0
assert os.path.exists(sys.argv[2]), "never painted"
loaded = sorted(name for name in sys.modules if name in ("app.ui.about", "app.about_text", "app.ui.record_actions"))
assert not loaded, loaded
"""


def test_the_about_window_is_not_loaded_to_start(tmp_path: Path) -> None:
    """The About window costs the first window nothing: it loads when "About" is clicked."""
    result = python("-c", ABOUT_NOT_LOADED, str(tmp_path / "records"), str(tmp_path / "painted"))
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "records").exists()


def test_status_json_and_the_export_say_an_account_in_one_schema(tmp_path: Path) -> None:
    """One record set: found off on March 2, then switched off on 2 November 2026. `status --json` and the
    export give the same account object (schema 2), each with what it has besides."""
    from app.core.export import records_document
    from app.core.records import ALREADY_OFF, CONFIRMED
    from app.core.status import status_of

    guide = load_guide(guide_path())
    store, _notices = RecordStore.open(tmp_path)
    for when, kind in ((dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC), ALREADY_OFF), (SWITCHED, CONFIRMED)):
        store.add_confirmation(new_confirmation(guide_id=guide.id, extras=("objection_form",), kind=kind), now=when)
    confirmations = store.confirmations()
    store.close()
    status = json.loads(run("status", "--json", "--data-dir", str(tmp_path)).stdout)
    exported = records_document(status_of(guide, confirmations, 6, dt.datetime.now(dt.UTC)), app.__version__)
    assert status["schema"] == exported["schema"] == 2
    [from_status], [from_export] = status["accounts"], exported["accounts"]
    shared = {key: from_status[key] for key in from_status if key != "region_history"}
    assert {key: from_export[key] for key in shared} == shared
    assert shared["off_since"] == "2026-11-02T12:00:00+00:00" and shared["found_off_on"] is None
    assert (shared["region"], shared["country"], shared["recheck_due"]) == ("eu-eea-ch", "FR", "2027-05-02")
    assert from_export["instructions_changed_since"] is from_export["guide_changed"] is False  # format 1's name


SWITCHED = dt.datetime(2026, 11, 2, 12, tzinfo=dt.UTC)
