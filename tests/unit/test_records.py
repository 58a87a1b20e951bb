"""The local record store: private files, faithful records, and no data lost when things go wrong."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from factories import new_confirmation

from app.core.records import (
    DB_NAME,
    SCHEMA_VERSION,
    NoticeKind,
    RecordStore,
    StoreError,
)

ROOT = Path(__file__).resolve().parents[2]
POSIX = os.name == "posix"


def open_store(folder: Path) -> RecordStore:
    store, notices = RecordStore.open(folder)
    assert notices == []
    return store


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


# -- creating -------------------------------------------------------------------------------------


def test_opening_alone_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = open_store(folder)
    assert store.confirmations() == [] and store.setting("language") is None
    store.close()
    assert not folder.exists()  # someone who only looks around leaves no trace


def test_the_first_write_creates_a_private_folder_and_file(tmp_path: Path) -> None:
    folder = tmp_path / "nested" / "data"
    store = open_store(folder)
    store.set_setting("language", "fr")
    try:
        assert folder.is_dir()
        assert store.path == folder / DB_NAME
        assert store.path.is_file()
        assert not store.read_only
        if POSIX:
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
            assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    finally:
        store.close()
    assert user_version(folder / DB_NAME) == SCHEMA_VERSION


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_open_does_not_loosen_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        store = open_store(tmp_path / "data")
        store.set_setting("language", "fr")
    finally:
        os.umask(old)
    store.close()
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "data" / DB_NAME).stat().st_mode) == 0o600


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_an_existing_database_file_is_made_private(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.set_setting("language", "fr")
    store.close()
    os.chmod(tmp_path / DB_NAME, 0o644)
    open_store(tmp_path).close()
    assert stat.S_IMODE((tmp_path / DB_NAME).stat().st_mode) == 0o600


def test_a_new_store_is_empty(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        assert store.confirmations() == []
        assert store.setting("language") is None
    finally:
        store.close()


# -- round trips ----------------------------------------------------------------------------------


def test_confirmation_round_trips_every_field(tmp_path: Path) -> None:
    paris_summer = dt.timezone(dt.timedelta(hours=2))
    moment = dt.datetime(2026, 3, 1, 12, 30, 15, tzinfo=paris_summer)
    new = new_confirmation(
        device="android",
        country="CH",
        region="eu-eea-ch",
        language="fr",
        guide_id="some-guide",
        guide_version=7,
        app_version="3.2.1",
        extras=("objection_form", "ads_sharing", "objection_form"),
    )
    store = open_store(tmp_path)
    added = store.add_confirmation(new, now=moment)
    [read] = store.confirmations()
    store.close()

    assert read == added
    assert read.recorded_at == dt.datetime(2026, 3, 1, 10, 30, 15, tzinfo=dt.UTC)
    assert read.recorded_at.utcoffset() == dt.timedelta(0)
    assert read.device == "android"
    assert read.country == "CH"
    assert read.region == "eu-eea-ch"
    assert read.language == "fr"
    assert read.guide_id == "some-guide"
    assert read.guide_version == 7
    assert read.app_version == "3.2.1"
    assert read.extras == ("ads_sharing", "objection_form")

    store = open_store(tmp_path)
    try:
        assert store.confirmations() == [added]
    finally:
        store.close()


def test_recorded_at_defaults_to_now_in_utc(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    added = store.add_confirmation(new_confirmation())
    after = dt.datetime.now(dt.UTC)
    store.close()
    assert added.recorded_at.tzinfo is not None
    assert added.recorded_at.utcoffset() == dt.timedelta(0)
    assert before <= added.recorded_at <= after


def test_confirmations_oldest_first_and_each_keeps_its_extras(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    day = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
    later = store.add_confirmation(new_confirmation(device="browser", extras=("objection_form",)), now=day)
    earlier = store.add_confirmation(new_confirmation(device="iphone"), now=day - dt.timedelta(days=30))
    try:
        assert store.confirmations() == [earlier, later]
        assert [c.extras for c in store.confirmations()] == [(), ("objection_form",)]
        assert earlier.id != later.id
    finally:
        store.close()


def test_settings_round_trip(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.set_setting("language", "fr")
    store.set_setting("country", "CH")
    store.set_setting("language", "en")
    assert store.setting("language") == "en"
    store.close()
    store = open_store(tmp_path)
    try:
        assert store.setting("language") == "en"
        assert store.setting("country") == "CH"
        assert store.setting("missing") is None
    finally:
        store.close()


# -- damaged, too new, read-only ------------------------------------------------------------------


@pytest.mark.parametrize("garbage", [b"garbage", b"This is not a database.\x00\xff" * 300])
def test_unreadable_file_is_moved_aside_and_a_fresh_store_works(tmp_path: Path, garbage: bytes) -> None:
    (tmp_path / DB_NAME).write_bytes(garbage)
    store, notices = RecordStore.open(tmp_path)
    try:
        [notice] = notices
        assert notice.kind is NoticeKind.MOVED_ASIDE
        assert notice.path.parent == tmp_path
        assert "unreadable" in notice.path.name
        assert notice.path.read_bytes() == garbage
        assert store.confirmations() == []
        added = store.add_confirmation(new_confirmation())
        assert store.confirmations() == [added]
    finally:
        store.close()
    assert user_version(tmp_path / DB_NAME) == SCHEMA_VERSION
    # A second damaged file does not overwrite the first one set aside.
    (tmp_path / DB_NAME).write_bytes(b"more garbage" * 100)
    store, notices2 = RecordStore.open(tmp_path)
    store.close()
    assert notices2[0].path != notice.path
    assert notice.path.read_bytes() == garbage
    assert notices2[0].path.read_bytes() == b"more garbage" * 100


def test_a_store_from_a_newer_version_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x TEXT)")
    conn.execute("INSERT INTO future VALUES ('keep me')")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.commit()
    conn.close()
    before = path.read_bytes()

    with pytest.raises(StoreError) as info:
        RecordStore.open(tmp_path)
    assert info.value.kind == "too_new"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]


# -- transactions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extras", "error"),
    [
        ((None,), StoreError),  # NOT NULL constraint fails on the extras insert
        (("objection_form", None), TypeError),  # fails after the confirmation row is inserted
    ],
)
def test_a_failed_write_leaves_no_partial_record(tmp_path: Path, extras: tuple[object, ...], error: type) -> None:
    store = open_store(tmp_path)
    try:
        first = store.add_confirmation(new_confirmation(extras=("objection_form",)))
        with pytest.raises(error):
            store.add_confirmation(new_confirmation(device="android", extras=extras))  # type: ignore[arg-type]
        assert store.confirmations() == [first]
        # The store is usable afterwards: no transaction was left open.
        second = store.add_confirmation(new_confirmation(device="browser"))
        assert store.confirmations() == [first, second]
    finally:
        store.close()
    store = open_store(tmp_path)
    try:
        assert store.confirmations() == [first, second]
    finally:
        store.close()


def test_two_stores_on_one_folder(tmp_path: Path) -> None:
    a = open_store(tmp_path)
    b = open_store(tmp_path)
    try:
        for n in range(50):
            a.add_confirmation(new_confirmation(device="iphone", guide_version=n))
            b.add_confirmation(new_confirmation(device="android", guide_version=n, extras=("ads_sharing",)))
        for store in (a, b):
            found = store.confirmations()
            assert len(found) == 100
            assert len({c.id for c in found}) == 100
            assert sorted(c.guide_version for c in found if c.device == "iphone") == list(range(50))
            assert sorted(c.guide_version for c in found if c.device == "android") == list(range(50))
            assert all(c.extras == ("ads_sharing",) for c in found if c.device == "android")
            assert all(c.extras == () for c in found if c.device == "iphone")
    finally:
        a.close()
        b.close()


WRITER = """
import sys
from pathlib import Path
from app.core.records import NewConfirmation, RecordStore

folder = Path(sys.argv[1])
store, _ = RecordStore.open(folder)
print("ready", flush=True)  # the parent made the folder and the store before starting us
assert sys.stdin.readline() == "go\\n"
for n in range(50):
    store.add_confirmation(NewConfirmation(
        device="android", country="US", region="rest-of-world", language="en",
        guide_id="linkedin-ai-training", guide_version=n, app_version="child", extras=("ads_sharing",),
    ))
store.close()
"""


@pytest.mark.spawns
def test_two_processes_writing_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = open_store(folder)
    store.set_setting("language", "en")
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline() == "ready\n", "the writer process did not start"
        child.stdin.write("go\n")
        child.stdin.close()  # both now write at once
        for n in range(50):
            store.add_confirmation(new_confirmation(device="iphone", guide_version=n, app_version="parent"))
        assert child.wait(timeout=60) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    try:
        found = store.confirmations()
    finally:
        store.close()

    assert len(found) == 100
    assert len({c.id for c in found}) == 100
    mine = [c for c in found if c.app_version == "parent"]
    theirs = [c for c in found if c.app_version == "child"]
    assert sorted(c.guide_version for c in mine) == list(range(50))
    assert sorted(c.guide_version for c in theirs) == list(range(50))
    assert all(c.device == "iphone" and c.extras == () for c in mine)
    assert all(c.device == "android" and c.extras == ("ads_sharing",) and c.region == "rest-of-world" for c in theirs)
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
