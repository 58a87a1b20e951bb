"""Launching: the wizard first, the checklist after; damaged records, a damaged guide, a second copy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from factories import new_confirmation
from ids import guide_path
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox, QPushButton, QWidget

import app.ui.app as ui_app
from app.core import regions
from app.core.flow import PageId
from app.core.records import DB_NAME, NoticeKind, RecordStore, StoreNotice
from app.notices import store_notice_text
from app.ui import names
from app.ui.single_instance import SingleInstance
from app.ui.status_home import StatusHome
from app.ui.wizard import AssistantWizard

from .helpers import card_more, click, click_next, find, type_country

GARBAGE = b"this is not a database\x00\xff" * 64


def launch_on(launch, guide, data_dir: Path) -> tuple[ui_app.Controller, object]:
    store, notices = RecordStore.open(data_dir)
    assert notices == []
    return launch(guide, store)


def walk_to_done(qtbot, wizard: AssistantWizard, device_button: str = names.device_button("android")) -> None:
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), regions.country_name("FR", "en"))
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, device_button))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.answer_button("off")))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE


def only_card(qtbot, home: StatusHome) -> tuple[str, str]:
    """The one account card's badge and details, as a reader sees them."""

    def shown() -> list[QWidget]:
        return [card for card in home.findChildren(QWidget, names.ACCOUNT_CARD) if card.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    [card] = shown()
    return find(card, names.CARD_BADGE, QLabel).text(), find(card, names.CARD_DETAILS, QLabel).text()


def test_first_launch_shows_the_wizard_then_the_checklist(qtbot, guide, data_dir, launch, opened_urls):
    controller, window = launch_on(launch, guide, data_dir)
    assert isinstance(window, AssistantWizard)
    qtbot.waitExposed(window)
    assert window.currentId() == PageId.WELCOME
    walk_to_done(qtbot, window)
    click(qtbot, find(window, names.SHOW_CHECKLIST_BUTTON, QPushButton))
    qtbot.waitUntil(lambda: controller.checklist is not None and controller.checklist.isVisible())
    assert not window.isVisible()
    badge, details = only_card(qtbot, controller.checklist)
    assert badge.startswith("Off since ")
    assert details.startswith("Last done on ") and ", on your Android phone.\n" in details
    # The assistant never loaded Qt's network module.
    assert "PySide6.QtNetwork" not in sys.modules


def test_relaunch_shows_the_checklist(qtbot, guide, data_dir, launch, opened_urls):
    controller, window = launch_on(launch, guide, data_dir)
    walk_to_done(qtbot, window, names.device_button("iphone"))
    click(qtbot, window.button(window.WizardButton.FinishButton))
    assert not window.isVisible()
    controller.store.close()

    # Launched again on the same folder.
    controller, window = launch_on(launch, guide, data_dir)
    assert isinstance(window, StatusHome)
    qtbot.waitExposed(window)
    badge, details = only_card(qtbot, window)
    assert badge.startswith("Off since ")
    assert ", on your iPhone.\n" in details
    [record] = controller.store.confirmations()
    assert record.device == "iphone"

    card_more(window, names.MORE_STEPS)  # not due yet: going through the steps again is in "More"
    wizard = controller.wizard
    assert isinstance(wizard, AssistantWizard)
    qtbot.waitExposed(wizard)
    assert not window.isVisible()


# -- run(): the real start, with its message boxes recorded and its event loop cut short -----------


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object, str]]:
    """Every message box run() shows, as (kind, parent, text), instead of waiting for a click."""
    messages: list[tuple[str, object, str]] = []
    for kind in ("warning", "critical", "information"):

        def record(parent, title, text, *args, kind=kind, **kwargs):
            messages.append((kind, parent, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, record)
    return messages


@pytest.fixture
def shown_windows(qtbot, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replaces the event loop of run(): lets pending events run, notes the windows, closes them."""
    windows: list[str] = []

    def fake_exec(*args: object) -> int:
        qtbot.wait(20)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                windows.append(type(widget).__name__)
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return windows


def test_unreadable_records_are_set_aside(data_dir, told, shown_windows, opened_urls):
    data_dir.mkdir(mode=0o700)
    (data_dir / DB_NAME).write_bytes(GARBAGE)

    assert ui_app.run("en", data_dir) == 0

    [aside] = data_dir.glob("records.unreadable-*.sqlite3")
    assert aside.read_bytes() == GARBAGE  # kept, under a new name
    [(kind, parent, text)] = told
    assert kind == "warning"
    assert isinstance(parent, AssistantWizard)
    assert text == store_notice_text(StoreNotice(NoticeKind.MOVED_ASIDE, aside))
    assert str(aside) in text
    assert text.endswith(".") and text.count(". ") == 0 and "\n" not in text  # one sentence
    assert shown_windows == ["AssistantWizard"]
    store, notices = RecordStore.open(data_dir)  # and a fresh, working store in its place
    assert notices == [] and store.confirmations() == []
    store.close()


def test_damaged_guide_stops_with_the_file_and_field(tmp_path, data_dir, told, shown_windows, monkeypatch):
    broken = tmp_path / "guides" / "linkedin-ai-training" / "guide.toml"
    broken.parent.mkdir(parents=True)
    text = guide_path().read_text(encoding="utf-8")
    assert "\nversion = 1\n" in text
    broken.write_text(text.replace("\nversion = 1\n", '\nversion = "one"\n'), encoding="utf-8")
    monkeypatch.setattr("app.guides.guide_folders", lambda: [tmp_path / "guides"])  # the only guide is broken

    assert ui_app.run("en", data_dir) == 1

    [(kind, _parent, message)] = told
    assert kind == "critical"
    assert str(broken) in message
    assert "guide.version" in message
    assert shown_windows == []
    again = SingleInstance(data_dir)
    assert again.acquire(), "the failed start kept its lock"
    again.release()


HOLDER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from app.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
assert instance.acquire()
if sys.argv[2] == "listen":
    instance.listen()
    instance.knocked.connect(lambda: (print("knocked", flush=True), app.quit()))
print("holding", flush=True)
QTimer.singleShot(30000, app.quit)
app.exec()
instance.release()
"""


def hold(data_dir: Path, mode: str) -> subprocess.Popen[str]:
    """Another copy of the assistant on the same data folder, as far as the lock is concerned."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir), mode],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


def test_second_copy_on_a_first_launch_says_it_is_already_open(data_dir, told, shown_windows):
    holder = hold(data_dir, "quiet")  # the first copy is still starting: not listening yet
    try:
        assert ui_app.run("en", data_dir) == 0  # the lock is tried for 100 ms (single_instance.py), not waited for
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
        after_a_crash = SingleInstance(data_dir)  # a crashed copy's lock is taken over, then let go
        assert after_a_crash.acquire()
        after_a_crash.release()
        assert not after_a_crash.lock_path.exists()
    [(kind, _parent, message)] = told
    assert kind == "information"
    assert message == "The assistant is already open in another window."
    assert shown_windows == []
    assert not data_dir.exists()  # the second copy touched nothing, on a first launch too


def test_second_copy_brings_the_first_window_forward(data_dir, told, shown_windows):
    holder = hold(data_dir, "listen")
    try:
        assert ui_app.run("en", data_dir) == 0
        assert holder.stdout.readline().strip() == "knocked"
        assert holder.wait(timeout=10) == 0
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert told == []  # no message: the first window comes forward instead
    assert shown_windows == []


def test_bring_forward_raises_the_open_window(qtbot, guide, store, launch):
    controller, wizard = launch(guide, store)
    wizard.showMinimized()
    controller.bring_forward()
    assert not wizard.isMinimized()


def test_the_lock_leaves_nothing_behind(tmp_path):
    folder = tmp_path / "runtime"
    first = SingleInstance(tmp_path / "data", folder)
    assert first.acquire()
    first.listen()
    assert (folder.stat().st_mode & 0o777) == 0o700
    assert first.lock_path.stat().st_mode & 0o777 == 0o600
    assert first.knock_path.stat().st_mode & 0o777 == 0o600
    second = SingleInstance(tmp_path / "data", folder)
    assert not second.acquire()
    assert second.knock()
    other = SingleInstance(tmp_path / "other data", folder)
    assert other.acquire()  # another data folder is another assistant
    other.release()
    first.release()
    assert list(folder.iterdir()) == []


# -- the store under faults, seen from the window -------------------------------------------------


def seeded(data_dir: Path, *devices: str) -> None:

    store, _notices = RecordStore.open(data_dir)
    try:
        for n, device in enumerate(devices):
            store.add_confirmation(new_confirmation(device=device, account=f"A{n}"))
    finally:
        store.close()


def test_a_locked_store_is_left_alone_and_the_person_told(data_dir, told, shown_windows, monkeypatch):
    import sqlite3

    from app.core import records

    seeded(data_dir, "iphone")
    before = (data_dir / DB_NAME).read_bytes()
    monkeypatch.setattr(records, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert ui_app.run("en", data_dir) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    [(kind, _parent, text)] = told
    assert kind == "critical"
    assert text == (
        f"Another program is using your records in {data_dir / DB_NAME} right now, so the assistant cannot open "
        "them. Nothing was changed: close the other program (or the other copy of the assistant) and try again."
    )
    assert shown_windows == []
    assert sorted(p.name for p in data_dir.iterdir() if "unreadable" in p.name) == []
    assert (data_dir / DB_NAME).read_bytes() == before


def test_rows_it_cannot_read_are_counted_and_the_rest_shows(data_dir, told, shown_windows):
    import sqlite3

    seeded(data_dir, "iphone", "ipad", "android")  # "ipad": a newer guide's device, after a downgrade
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("UPDATE confirmations SET recorded_at = 'not a date' WHERE account = 'A2'")
    conn.commit()
    conn.close()
    before = (data_dir / DB_NAME).read_bytes()

    assert ui_app.run("fr", data_dir) == 0
    assert shown_windows == ["StatusHome"]
    [(kind, _parent, text)] = told
    assert kind == "warning"
    assert text == "1 entrée enregistrée n’a pas pu être lue et n’est pas affichée. Elle a été laissée telle quelle."
    assert (data_dir / DB_NAME).read_bytes() == before


def test_an_unknown_device_is_shown_as_recorded(qtbot, data_dir):
    from app.checklist_text import item_text
    from app.core.checklist import build_checklists
    from app.core.guide import load_guide

    seeded(data_dir, "ipad")
    guide = load_guide(guide_path())
    store, _notices = RecordStore.open(data_dir, read_only=True)
    try:
        [checklist] = build_checklists(guide, store.confirmations())
    finally:
        store.close()
    assert item_text(checklist.items[0], guide).device == "a device this version does not know (ipad)"


def test_a_damaged_french_catalog_opens_in_english_and_says_so(tmp_path, data_dir, told, shown_windows, monkeypatch):
    from app import i18n

    broken = tmp_path / "translations"
    (broken / "fr" / "LC_MESSAGES").mkdir(parents=True)
    (broken / "fr" / "LC_MESSAGES" / "messages.mo").write_bytes(b"not a catalog")
    monkeypatch.setattr(i18n, "translations_dir", lambda: broken)
    assert ui_app.run("fr", data_dir) == 0
    assert shown_windows == ["AssistantWizard"]
    [(kind, _parent, text)] = told
    assert kind == "warning"
    assert text == (
        "The French translation of the assistant could not be read, so it is shown in English. "
        "Installing the assistant again will bring it back."
    )


def test_what_the_file_dialog_remembers_stays_in_the_data_folder_and_is_deleted(qtbot, tmp_path, data_dir):
    from PySide6.QtWidgets import QFileDialog

    from app.core.datafiles import remove_data_files

    seeded(data_dir, "iphone")
    ui_app.keep_qt_settings_in(data_dir)
    dialog = QFileDialog(None, "Save a receipt", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reject()
    dialog.deleteLater()
    qtbot.wait(50)
    settings = data_dir / "QtProject.conf"
    qtbot.waitUntil(settings.exists, timeout=3000)
    assert "FileDialog" in settings.read_text()
    removed = {p.name for p in remove_data_files(data_dir)}
    assert "QtProject.conf" in removed
    assert not data_dir.exists()


def test_a_broken_second_guide_does_not_stop_the_first(tmp_path, data_dir, told, shown_windows, monkeypatch):
    from app.core.catalog import EXTRA_GUIDES_VARIABLE

    broken = tmp_path / "more" / "example-service" / "guide.toml"
    broken.parent.mkdir(parents=True)
    broken.write_text('[guide]\nid = "example-service"\nversion = 1\n', encoding="utf-8")
    monkeypatch.setenv(EXTRA_GUIDES_VARIABLE, str(tmp_path / "more"))
    assert ui_app.run("en", data_dir) == 0
    assert shown_windows == ["AssistantWizard"]  # LinkedIn's wizard, as with one guide
    [(kind, _parent, text)] = told
    assert kind == "warning"
    assert text.startswith("One service's instructions are damaged and are left out: ")
    assert str(broken) in text and "guide.allowed_hosts" in text


def test_a_closed_window_leaves_nothing_in_the_runtime_folder(qtbot, data_dir, told, shown_windows):
    assert ui_app.run("en", data_dir) == 0
    qtbot.wait(ui_app.LISTEN_AFTER_MS + 200)  # the listener's timer, had it outlived the window
    instance = SingleInstance(data_dir)
    assert not instance.lock_path.exists() and not instance.knock_path.exists()


def test_once_the_wizard_is_painted_it_has_its_icon_and_qt_keeps_its_settings_here(qtbot, guide, store, tmp_path):
    """What waits for the first paint (the window icon, where Qt keeps its own settings) does happen."""
    from PySide6.QtCore import QSettings, QSize
    from PySide6.QtGui import QIcon

    from app import __version__
    from app.core.flow import WizardState
    from app.ui.session import Session

    app = QApplication.instance()
    app.setWindowIcon(QIcon())  # as before the first window
    folder = tmp_path / "qt-settings"
    wizard = AssistantWizard(Session(guide, store, WizardState(language="en"), __version__))
    qtbot.addWidget(wizard)
    ui_app.when_shown(wizard, app, folder)
    assert app.windowIcon().isNull()  # not before the window is painted
    wizard.show()
    qtbot.waitUntil(lambda: not app.windowIcon().isNull())
    drawn = app.windowIcon().pixmap(QSize(32, 32)).toImage()  # the SVG icon, drawn
    assert len({drawn.pixel(x, y) for x in range(32) for y in range(32)}) > 2
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "QtProject")
    assert Path(settings.fileName()).parent == folder


def test_a_first_start_speaks_the_language_chosen_in_the_installer(data_dir, told, monkeypatch, qtbot):
    """The Windows installer keeps the language it spoke (app.i18n.installer_language reads it): with no
    language of the person's own yet, the first window opens in it, not in the system's."""
    from PySide6.QtWidgets import QComboBox, QPushButton

    from app import i18n

    monkeypatch.setattr(i18n, "installer_language", lambda: "it")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    seen: list[tuple[str, str]] = []

    def fake_exec(*args: object) -> int:
        qtbot.wait(20)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                switch = widget.findChild(QComboBox, names.LANGUAGE_SWITCH)
                about = widget.findChild(QPushButton, names.ABOUT_BUTTON)
                seen.append((switch.currentData(), about.text()))
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr("app.ui.app.QLocale.system", lambda: __import__("PySide6.QtCore").QtCore.QLocale("de_DE"))
    assert ui_app.run(None, data_dir) == 0
    assert seen == [("it", "Informazioni")]
    assert not data_dir.exists(), "a first start that records nothing writes nothing"
