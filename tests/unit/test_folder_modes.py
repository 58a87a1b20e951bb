"""Our files 0600 and our folder 0700, however they came to be looser; the person's files and folders keep
their modes; two first writes at once both succeed; deleting through a linked data folder removes our
files and leaves the link; a file's permissions get one true sentence."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from factories import new_confirmation, utc
from unprivileged import as_nobody, give_to_nobody, needs_root, shared_folder

from app import i18n
from app.core.datafiles import DB_NAME, QT_SETTINGS_NAME, make_private_folder, remove_data_files
from app.core.records import RecordStore, StoreError
from app.core.safe_write import write_checked
from app.notices import store_error_text, store_notice_text

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def recorded(folder: Path) -> None:
    store, _notices = RecordStore.open(folder)
    store.add_confirmation(new_confirmation(account="Work"), now=utc(2026, 3, 2, 12))
    store.close()


# -- 15: modes -----------------------------------------------------------------------------------


@posix_only
def test_an_existing_data_folder_with_records_is_made_private_on_the_next_write(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    recorded(folder)
    os.chmod(folder, 0o755)  # an older version, or a hand, loosened it
    store, _notices = RecordStore.open(folder)
    assert mode(folder) == 0o755  # opening alone changes nothing
    store.set_setting("language", "fr")
    store.close()
    assert mode(folder) == 0o700


@posix_only
def test_a_folder_with_the_person_s_own_files_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    os.chmod(folder, 0o755)
    (folder / "letter.txt").write_text("mine")
    os.chmod(folder / "letter.txt", 0o644)
    recorded(folder)
    assert mode(folder) == 0o755
    assert mode(folder / "letter.txt") == 0o644
    assert mode(folder / DB_NAME) == 0o600


@posix_only
def test_qt_s_settings_file_is_reserved_private_before_a_file_dialog_writes_it(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    recorded(folder)
    store, _notices = RecordStore.open(folder)
    store.keep_private()
    store.close()
    assert mode(folder / QT_SETTINGS_NAME) == 0o600
    # What Qt then does: write a temporary file and rename it over, keeping the mode it finds (QSaveFile).
    temporary = folder / "QtProject.conf.tmp"
    temporary.write_text("[FileDialog]\nlastVisited=file:///home\n")
    os.chmod(temporary, mode(folder / QT_SETTINGS_NAME))
    os.replace(temporary, folder / QT_SETTINGS_NAME)
    assert mode(folder / QT_SETTINGS_NAME) == 0o600


@posix_only
def test_a_loose_settings_file_of_ours_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    recorded(folder)
    (folder / QT_SETTINGS_NAME).write_text("[FileDialog]\n")
    os.chmod(folder / QT_SETTINGS_NAME, 0o644)
    store, _notices = RecordStore.open(folder)
    store.keep_private()
    store.close()
    assert mode(folder / QT_SETTINGS_NAME) == 0o600


def test_nothing_is_reserved_before_the_first_record(tmp_path: Path) -> None:
    store, _notices = RecordStore.open(tmp_path / "data")
    store.keep_private()
    store.close()
    assert not (tmp_path / "data").exists()


@posix_only
def test_saving_over_the_person_s_file_keeps_its_mode_and_a_new_file_is_private(tmp_path: Path) -> None:
    theirs = tmp_path / "receipt.pdf"
    theirs.write_bytes(b"old")
    os.chmod(theirs, 0o644)
    write_checked(theirs, lambda temporary: temporary.write_bytes(b"new"), lambda temporary: True)
    assert theirs.read_bytes() == b"new"
    assert mode(theirs) == 0o644
    new = tmp_path / "export.json"
    write_checked(new, lambda temporary: temporary.write_bytes(b"{}"), lambda temporary: True)
    assert mode(new) == 0o600


# -- 16: two first writes at once ----------------------------------------------------------------


def test_a_folder_made_by_another_copy_at_the_same_moment_is_fine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    real_mkdir = os.mkdir

    def the_other_copy_first(path: os.PathLike[str] | str, mode: int = 0o777, **kwargs: object) -> None:
        if Path(path) == folder and not folder.exists():
            real_mkdir(path, mode)  # the other copy's first write made it just now
        real_mkdir(path, mode)

    monkeypatch.setattr(os, "mkdir", the_other_copy_first)
    make_private_folder(folder)
    monkeypatch.undo()
    assert folder.is_dir()
    store, _notices = RecordStore.open(folder)
    store.add_confirmation(new_confirmation())
    store.close()


# -- 4: a data folder that is a link ---------------------------------------------------------------


def test_deleting_through_a_linked_data_folder_removes_our_files_and_leaves_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    recorded(real)
    (real / "mine.txt").write_text("mine")
    link = tmp_path / "data"
    link.symlink_to(real)
    store, _notices = RecordStore.open(link)
    removed = store.delete_everything()
    assert removed == [link / DB_NAME]
    assert link.is_symlink() and sorted(p.name for p in real.iterdir()) == ["mine.txt"]
    # and again, as on a first launch: nothing to delete, nothing refused
    store, _notices = RecordStore.open(link)
    store.add_confirmation(new_confirmation())
    assert store.delete_everything() == [link / DB_NAME]
    assert link.is_symlink() and real.is_dir()


def test_an_empty_linked_folder_stays(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "data").symlink_to(tmp_path / "real")
    assert remove_data_files(tmp_path / "data") == []
    assert (tmp_path / "data").is_symlink() and (tmp_path / "real").is_dir()


# -- 11: one true sentence about a file's permissions ----------------------------------------------

NOT_PERMITTED = {
    "en": "Your saved records in {path} cannot be read: the file's permissions do not allow it. They were left "
    "as they are, and nothing new will be saved.",
    "fr": "Vos enregistrements dans {path} ne peuvent pas être lus\u00a0: les permissions du fichier ne le "
    "permettent pas. Ils ont été laissés tels quels, et rien de nouveau ne sera enregistré.",
}
READ_ONLY_FILE = {
    "en": "The file {path} is read-only, so the assistant left it as it is: nothing was changed. Make it writable, "
    "then try again.",
    "fr": "Le fichier {path} est en lecture seule, l’assistant l’a donc laissé tel quel\u00a0: rien n’a été "
    "changé. Rendez-le modifiable, puis réessayez.",
}


@needs_root
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_records_file_nobody_may_read_gets_one_true_sentence(language: str) -> None:
    with shared_folder("mode-000") as folder:
        recorded(folder)
        path = folder / DB_NAME
        give_to_nobody(folder, path)
        os.chmod(path, 0o000)
        before = path.read_bytes()

        def opened(read_only: bool) -> list[object]:
            i18n.set_language(language)
            store, notices = RecordStore.open(folder, read_only=read_only)
            try:
                return [[store_notice_text(n) for n in notices], store.confirmations() == [], store.read_only]
            finally:
                store.close()

        said = NOT_PERMITTED[language].format(path=path)
        assert as_nobody(lambda: opened(False)) == {"result": [[said], True, True]}
        assert as_nobody(lambda: opened(True)) == {"result": [[said], True, True]}
        assert path.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == [DB_NAME]


@needs_root
@pytest.mark.parametrize("language", ["en", "fr"])
def test_deleting_with_a_read_only_records_file_names_the_file(language: str) -> None:
    with shared_folder("mode-444") as folder:
        recorded(folder)
        path = folder / DB_NAME
        give_to_nobody(folder, path)
        os.chmod(folder, 0o700)
        os.chmod(path, 0o444)

        def delete() -> list[object]:
            i18n.set_language(language)
            store, _notices = RecordStore.open(folder)
            try:
                store.delete_everything()
            except StoreError as exc:
                return [exc.kind, str(exc.path), store_error_text(exc)]
            return []

        assert as_nobody(delete) == {"result": ["read_only", str(path), READ_ONLY_FILE[language].format(path=path)]}
        assert sqlite3.connect(path).execute("SELECT count(*) FROM confirmations").fetchone() == (1,)


@posix_only
def test_each_of_our_files_loses_its_group_and_other_bits_and_keeps_its_own(tmp_path: Path) -> None:
    from app.core.datafiles import keep_private

    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    modes = {DB_NAME: 0o640, QT_SETTINGS_NAME: 0o604, DB_NAME + "-journal": 0o444, "assistant.lock": 0o600}
    for name, loose in modes.items():
        (folder / name).write_text("x")
        os.chmod(folder / name, loose)
    os.chmod(folder, 0o750)
    keep_private(folder)
    assert {name: mode(folder / name) for name in modes} == {
        DB_NAME: 0o600,
        QT_SETTINGS_NAME: 0o600,
        DB_NAME + "-journal": 0o400,  # read-only stays read-only
        "assistant.lock": 0o600,
    }
    assert mode(folder) == 0o700


@needs_root
def test_a_file_of_ours_that_cannot_be_tightened_is_left_and_the_record_written() -> None:
    with shared_folder("not-tightened") as folder:
        recorded(folder)
        give_to_nobody(folder, folder / DB_NAME)
        (folder / QT_SETTINGS_NAME).write_text("[FileDialog]\n")  # root's, in nobody's folder
        os.chmod(folder / QT_SETTINGS_NAME, 0o644)

        def record_and_prepare() -> int:
            store, _notices = RecordStore.open(folder)
            try:
                store.set_setting("language", "fr")
                store.keep_private()
                return len(store.confirmations())
            finally:
                store.close()

        assert as_nobody(record_and_prepare) == {"result": 1}
        assert mode(folder / QT_SETTINGS_NAME) == 0o644
        assert sqlite3.connect(folder / DB_NAME).execute("SELECT value FROM settings").fetchall() == [("fr",)]


@needs_root
def test_deleting_with_a_records_file_nobody_may_read_names_the_file() -> None:
    with shared_folder("mode-000-delete") as folder:
        recorded(folder)
        path = folder / DB_NAME
        give_to_nobody(folder, path)
        os.chmod(path, 0o000)

        def delete() -> list[object]:
            store, _notices = RecordStore.open(folder)
            try:
                store.delete_everything()
            except StoreError as exc:
                return [exc.kind, str(exc.path)]
            return []

        assert as_nobody(delete) == {"result": ["read_only", str(path)]}
        assert path.exists()
