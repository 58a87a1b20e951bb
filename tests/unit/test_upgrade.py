"""An upgrade keeps every record: a store written by version 0.1.0 (committed as a fixture) opens, shows
the same status, and takes new records without losing any.

tests/fixtures/store-0.1.0/records.sqlite3 was written by the RecordStore of the commit that shipped
0.1.0 (43b78e1): three accounts, a re-check, an extra each, a re-check period of 3 months and French
as the saved language. Never regenerate it with a later version: its point is that it is old.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from factories import new_confirmation

from app.core.records import DB_NAME, RecordStore

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "store-0.1.0" / DB_NAME

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def british(line: str) -> str:
    """An English line printed before dates followed the British convention, as now printed: "April 2,
    2026 at 5:30 PM" -> "2 April 2026 at 17:30" (the old text is kept as it was; only this is re-read)."""
    line = re.sub(rf"\b({_MONTHS}) (\d{{1,2}}), (\d{{4}})", r"\2 \1 \3", line)
    return re.sub(
        r"\b(\d{1,2}):(\d{2})\u00a0(AM|PM)\b",
        lambda m: f"{int(m[1]) % 12 + (12 if m[3] == 'PM' else 0):02d}:{m[2]}",
        line,
    )


FIXTURE_SHA256 = "742af9eb7179fd9dcc6a52fec7a275e99889d179f2553e1a6d170e811bc2068f"

STATUS = """\
LinkedIn AI training: your checklist

Your LinkedIn account
  [x] LinkedIn's AI-training switch: Off since 5 January 2026 (last recorded 2 April 2026 at 18:05, Android)
  [x] Object with LinkedIn's form: Done (5 January 2026 at 09:30, iPhone)
  [!] Re-check: Due now (since 2 July 2026)
  A re-check has been due since 2 July 2026: LinkedIn sometimes changes its settings.
  Object with LinkedIn's form: sent on 5 January 2026
  LinkedIn has used its members' data to train its content-creating AI by default here since 3 November 2025.

Family
  [x] LinkedIn's AI-training switch: Off since 1 March 2026 (last recorded 1 March 2026 at 08:00, Android)
  [x] Stop LinkedIn sharing your data with Microsoft for ads: Done (1 March 2026 at 08:00, Android)
  [!] Re-check: Due now (since 1 June 2026)
  A re-check has been due since 1 June 2026: LinkedIn sometimes changes its settings.
  LinkedIn has used its members' data to train its content-creating AI by default here since at least September \
2024.

Work
  [x] LinkedIn's AI-training switch: Off since 20 February 2026 (last recorded 20 February 2026 at 12:00, \
Computer (web browser))
  [x] Object with LinkedIn's form: Done (20 February 2026 at 12:00, Computer (web browser))
  [ ] Stop LinkedIn sharing your data with Microsoft for ads: Optional, not done
  [!] Re-check: Due now (since 20 May 2026)
  A re-check has been due since 20 May 2026: LinkedIn sometimes changes its settings.
  Object with LinkedIn's form: sent on 20 February 2026
  LinkedIn switched this on by default in September 2024, paused it by December 2024 after Canada's privacy \
commissioner stepped in, and has switched it on by default again since 3 November 2025.

Also in the assistant, whenever you like:
  ChatGPT: ChatGPT's model-training switch
  Facebook and Instagram: Meta's AI objection form
"""

ROWS = [
    ("2026-01-05T09:30:00+00:00", "iphone", "FR", "eu-eea-ch", "fr", "", "confirmed", ("objection_form",)),
    ("2026-02-20T12:00:00+00:00", "browser", "CA", "ca-hk", "en", "Work", "confirmed", ("objection_form",)),
    ("2026-03-01T08:00:00+00:00", "android", "US", "rest-of-world", "en", "Family", "confirmed", ("ads_sharing",)),
    ("2026-04-02T18:05:00+00:00", "android", "FR", "eu-eea-ch", "fr", "", "rechecked", ()),
]


def a_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    shutil.copyfile(FIXTURE, folder / DB_NAME)
    return folder


def status(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LC_MESSAGES", "LANGUAGE"}}
    return subprocess.run(
        [sys.executable, "-m", "app", "status", "--data-dir", str(folder), *args],
        cwd=ROOT,
        env={**env, "TZ": "UTC", "LANG": "C", "PYTHONIOENCODING": "utf-8"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def rows(store: RecordStore) -> list[tuple[object, ...]]:
    return [
        (c.recorded_at.isoformat(), c.device, c.country, c.region, c.language, c.account, c.kind, c.extras)
        for c in store.confirmations()
    ]


@pytest.mark.spawns
def test_the_old_store_shows_the_same_status(tmp_path: Path) -> None:
    folder = a_copy(tmp_path)
    result = status(folder, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == STATUS
    doc = json.loads(status(folder, "--json").stdout)
    assert doc["recheck_months"] == 3
    assert [a["label"] for a in doc["accounts"]] == ["", "Family", "Work"]
    assert (folder / DB_NAME).read_bytes() == FIXTURE.read_bytes()  # reading changed nothing


def test_the_old_store_opens_and_takes_new_records_without_loss(tmp_path: Path) -> None:

    folder = a_copy(tmp_path)
    store, notices = RecordStore.open(folder)
    try:
        assert notices == []
        assert rows(store) == ROWS
        assert store.setting("recheck_months") == "3" and store.setting("language") == "fr"
        store.add_confirmation(
            new_confirmation(country="CA", app_version="0.2.0", extras=("ads_sharing",), account="Work"),
            now=dt.datetime(2026, 11, 25, 10, tzinfo=dt.UTC),
        )
    finally:
        store.close()
    again, _notices = RecordStore.open(folder, read_only=True)
    try:
        assert rows(again)[:4] == ROWS
        assert rows(again)[4] == (
            "2026-11-25T10:00:00+00:00",
            "iphone",
            "CA",
            "canada",
            "en",
            "Work",
            "confirmed",
            ("ads_sharing",),
        )
    finally:
        again.close()


def test_the_fixture_is_the_one_0_1_0_wrote() -> None:
    # Guards against regenerating it by accident with a later version.
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == FIXTURE_SHA256
