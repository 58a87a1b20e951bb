"""Fixtures for the GUI tests: a wizard on a throwaway record store; links caught before a browser opens."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__, i18n
from app.core.flow import WizardState
from app.core.guide import Guide
from app.core.records import RecordStore
from app.ui import app as ui_app
from app.ui.session import Session
from app.ui.style import apply_style
from app.ui.wizard import AssistantWizard


@pytest.fixture(autouse=True)
def styled(qapp: QApplication) -> QApplication:
    apply_style(qapp)  # as the real app does; safe to repeat
    return qapp


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box would wait for a click that never comes: fail instead of hanging.

    Tests that expect one patch it again with a recorder (see test_checklist_and_launch.py).
    """

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected modal dialog: {args!r}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture(autouse=True)
def documents(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The person's Documents folder, a new empty one for each test: what the assistant saves there (a
    calendar reminder) never lands in the real one."""
    folder = tmp_path_factory.mktemp("home") / "Documents"
    folder.mkdir()
    real = QStandardPaths.writableLocation

    def writable(location: QStandardPaths.StandardLocation) -> str:
        return str(folder) if location == QStandardPaths.StandardLocation.DocumentsLocation else real(location)

    monkeypatch.setattr(QStandardPaths, "writableLocation", writable)
    return folder


@pytest.fixture
def saved_box(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], list[tuple[str, list[str], str]]]:
    """saved_box(button): the "saved" message gets a click on the button of that object name (the open
    button, "Show in folder", or "" to close it); returns what each showed: (text, buttons, default)."""
    shown: list[tuple[str, list[str], str]] = []

    def set_choice(choice: str) -> list[tuple[str, list[str], str]]:
        def show(box: QMessageBox) -> int:
            default = box.defaultButton()
            shown.append((box.text(), [b.text() for b in box.buttons()], default.text() if default else ""))
            chosen = [b for b in box.buttons() if choice and b.objectName() == choice]
            if chosen:
                chosen[0].click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", show)
        return shown

    return set_choice


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL handed to the desktop. No browser ever opens."""
    urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    # app/ui/handoff.py calls QDesktopServices.openUrl, looked up on the class at call time.
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", fake_open)
    return urls


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[RecordStore]:
    store, notices = RecordStore.open(data_dir)
    assert notices == []
    yield store
    store.close()


@pytest.fixture
def make_wizard(qtbot, guide: Guide, store: RecordStore, opened_urls: list[str]) -> Callable[..., AssistantWizard]:
    """make_wizard(language) -> an AssistantWizard on screen, active, on its welcome page."""

    def make(language: str = "en") -> AssistantWizard:
        i18n.set_language(language)
        session = Session(guide, store, WizardState(language=language), __version__)
        wizard = AssistantWizard(session)
        qtbot.addWidget(wizard)
        wizard.resize(820, 640)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        return wizard

    return make


@pytest.fixture
def launch(qtbot, opened_urls) -> Iterator[Callable[..., tuple[ui_app.Controller, QWidget]]]:
    """launch(guide, store, guides=()) -> the controller and its first window, shown, as when the
    assistant starts. No browser opens; the windows are closed after the test."""
    made: list[ui_app.Controller] = []

    def start(guide: Guide, store: RecordStore, guides: tuple[Guide, ...] = ()) -> tuple[ui_app.Controller, QWidget]:
        controller = ui_app.Controller(guide, store, guides)
        made.append(controller)
        window = controller.start()
        qtbot.waitExposed(window)
        return controller, window

    yield start
    for controller in made:
        for window in (controller.wizard, controller.checklist):
            if window is not None and shiboken6.isValid(window):
                window.close()
