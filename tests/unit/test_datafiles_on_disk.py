"""The assistant's files on disk: where they live, their modes, set-aside copies with their journals,
links refused, and exactly what removing them takes away."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
import sys
import types
from pathlib import Path

import pytest
from unprivileged import as_nobody, needs_root, shared_folder

from app.core import datafiles
from app.core.datafiles import (
    DB_NAME,
    LinkInFolderError,
    default_folder,
    make_private_file,
    make_private_folder,
    move_aside,
    refuse_links,
    remove_data_files,
)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG data folder is Linux's")
def test_the_data_folder_is_named_after_the_assistant_in_the_users_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert default_folder() == tmp_path / "share" / "ai-optout-assistant"
    assert not (tmp_path / "share").exists()  # naming it creates nothing


def test_a_link_is_refused_with_its_path_in_the_message(tmp_path: Path) -> None:
    link = tmp_path / (DB_NAME + "-wal")
    link.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(LinkInFolderError) as info:
        refuse_links(tmp_path / DB_NAME)
    assert info.value.link == link
    assert (info.value.errno, info.value.strerror, info.value.filename) == (
        errno.ELOOP,
        "is a link, which the assistant does not follow",
        str(link),
    )
    assert str(info.value) == f"[Errno {errno.ELOOP}] is a link, which the assistant does not follow: '{link}'"


def test_a_link_made_after_the_check_is_still_not_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The link appears between the check and the opening: O_NOFOLLOW alone must refuse it.
    path = tmp_path / DB_NAME
    target = tmp_path / "target"
    path.symlink_to(target)
    monkeypatch.setattr(datafiles, "refuse_links", lambda path: None)
    with pytest.raises(LinkInFolderError) as info:
        make_private_file(path)
    assert info.value.link == path
    assert not target.exists()
    assert names(tmp_path) == [DB_NAME]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_an_already_private_folder_keeps_its_other_mode_bits(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    os.chmod(folder, 0o1700)  # private, with the sticky bit the person set
    make_private_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o1700
    os.chmod(folder, 0o1750)  # readable by the group: tightened
    make_private_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@needs_root
def test_a_folder_that_cannot_be_written_to_is_refused_by_name() -> None:
    with shared_folder("datafiles") as shared:
        folder = shared / "data"
        folder.mkdir()
        os.chmod(folder, 0o755)  # root's: nobody may look but not write

        def make_it_private() -> None:
            make_private_folder(folder)

        assert as_nobody(make_it_private) == {
            "error": "PermissionError",
            "kind": None,
            "errno": errno.EACCES,
            "text": f"[Errno {errno.EACCES}] folder is not writable: '{folder}'",
        }
        assert names(folder) == []
        assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def test_a_file_where_the_folder_should_be_is_left_as_it_is(tmp_path: Path) -> None:
    mine = tmp_path / "data"
    mine.write_text("the person's own file")
    os.chmod(mine, 0o644)
    with pytest.raises(NotADirectoryError) as info:
        make_private_folder(mine)
    assert str(info.value) == f"[Errno {errno.ENOTDIR}] Not a directory: '{mine}'"
    assert stat.S_IMODE(mine.stat().st_mode) == 0o644


class FixedClock:
    """datetime for datafiles, stopped at 2026-01-02 03:04:05 UTC (local time when asked without a zone)."""

    class datetime(dt.datetime):  # noqa: N801 - stands in for dt.datetime
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:  # type: ignore[override]
            moment = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
            return moment.astimezone(tz) if tz is not None else moment.astimezone().replace(tzinfo=None)


def test_copies_set_aside_in_one_second_each_get_their_own_name_with_their_journals(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    local_zone,  # type: ignore[no-untyped-def]
) -> None:
    local_zone("EST+5")  # the stamp is UTC's, whatever the computer's zone
    monkeypatch.setattr(datafiles, "dt", types.SimpleNamespace(datetime=FixedClock.datetime, UTC=dt.UTC))
    path = tmp_path / DB_NAME
    asides = []
    for n in range(3):
        path.write_text(f"store {n}")
        for side in ("-journal", "-wal", "-shm"):
            (tmp_path / (DB_NAME + side)).write_text(f"store {n}{side}")
        asides.append(move_aside(path))
    stem = "records.unreadable-20260102-030405"
    assert [a.name for a in asides] == [f"{stem}.sqlite3", f"{stem}-1.sqlite3", f"{stem}-2.sqlite3"]
    assert names(tmp_path) == sorted(
        f"{stem}{n}.sqlite3{side}" for n in ("", "-1", "-2") for side in ("", "-journal", "-wal", "-shm")
    )
    for n, aside in enumerate(asides):
        assert aside.read_text() == f"store {n}"
        for side in ("-journal", "-wal", "-shm"):
            assert (tmp_path / (aside.name + side)).read_text() == f"store {n}{side}"


def test_a_copy_set_aside_is_stamped_with_the_time_in_utc(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    path.write_text("damaged")
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    aside = move_aside(path)
    after = dt.datetime.now(dt.UTC)
    assert aside.parent == tmp_path
    assert aside.name.startswith("records.unreadable-") and aside.name.endswith(".sqlite3")
    stamp = dt.datetime.strptime(aside.name[len("records.unreadable-") : -len(".sqlite3")], "%Y%m%d-%H%M%S")
    assert before <= stamp.replace(tzinfo=dt.UTC) <= after
    assert names(tmp_path) == [aside.name]
    assert aside.read_text() == "damaged"


def test_removing_our_files_from_a_folder_with_only_ours_removes_the_folder_too(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    for name in (DB_NAME, DB_NAME + "-journal", "QtProject.conf"):
        (folder / name).write_text(name)
    removed = remove_data_files(folder)
    assert removed == [folder / "QtProject.conf", folder / DB_NAME, folder / (DB_NAME + "-journal"), folder]
    assert names(tmp_path) == []
