"""The About window: reached from the wizard's header and the status home, it says which version this is, when
the instructions were checked, where the records are (and shows that folder), the privacy promise, the licences
and the project's address; "Copy details for a bug report" copies versions, never records, names or home paths."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from factories import new_confirmation
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QScrollArea, QWidget

from app import __version__, about_text, i18n
from app.core.flow import WizardState
from app.core.guide import Guide, GuideError
from app.core.records import RecordStore
from app.ui import about, names
from app.ui.session import Session

from .helpers import loose, plain

ADDRESS = "https://example.org/ai-optout-assistant"  # stands for pyproject.toml's [project.urls] Homepage


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Session, QWidget | None]]:
    """Every About window asked for, instead of a modal window that would wait for a click."""
    asked: list[tuple[Session, QWidget | None]] = []
    monkeypatch.setattr(about, "show_about", lambda session, parent: asked.append((session, parent)))
    return asked


def primary_buttons(window: QWidget) -> list[str]:
    return [b.text() for b in window.findChildren(QPushButton) if b.isVisible() and b.property("variant") == "primary"]


def make_about(qtbot, guide: Guide, store: RecordStore, language: str = "en", **session: object) -> about.AboutDialog:
    i18n.set_language(language)
    dialog = about.AboutDialog(Session(guide, store, WizardState(language=language), __version__, **session))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def text_of(dialog: QWidget, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return plain(label)


def test_about_is_a_link_in_the_wizards_header_on_every_page(qtbot, make_wizard, opened) -> None:
    wizard = make_wizard("fr")
    button = wizard.findChild(QPushButton, names.ABOUT_BUTTON)
    assert button is not None and button.isVisible()
    assert button.text() == "À propos"
    assert button.property("variant") == "secondary"
    assert len(primary_buttons(wizard)) == 1, "About must not be a second primary button"
    button.click()
    assert len(opened) == 1 and opened[0][1] is wizard
    wizard.next()  # the header moves with the page: About is still there
    qtbot.waitUntil(wizard.findChild(QPushButton, names.ABOUT_BUTTON).isVisible)
    assert len(primary_buttons(wizard)) == 1


def test_about_is_a_link_on_the_status_home(qtbot, guide, store, launch, opened) -> None:
    # A check due: its "Check now" is the screen's one primary button (with nothing due there is none).
    store.add_confirmation(new_confirmation(), now=dt.datetime.now(dt.UTC) - dt.timedelta(days=400))
    _controller, home = launch(guide, store)
    button = home.findChild(QPushButton, names.ABOUT_BUTTON)
    assert button is not None and button.isVisible() and button.text() == "About"
    assert button.property("variant") == "secondary"
    assert len(primary_buttons(home)) == 1
    button.click()
    assert len(opened) == 1 and opened[0][0].store is store


@pytest.mark.parametrize(
    ("language", "version", "checked", "privacy", "nothing_yet"),
    [
        (
            "en",
            "Version ",
            r"LinkedIn: instructions checked on \d{1,2}\u00a0\w+\u00a0\d{4} \(guide version \d+\)",
            "The assistant sends nothing anywhere: no telemetry, no update check, no account;",
            "Nothing is saved yet. Your records will be kept in this folder: ",
        ),
        (
            "fr",
            "Version ",
            r"LinkedIn\u00a0: instructions vérifiées le (1er|\d{1,2})\u00a0\w+\u00a0\d{4} \(version \d+ du guide\)",
            "L’assistant n’envoie rien nulle part\u00a0: ni télémétrie, ni recherche de mises à jour, ni compte\u00a0;",
            "Rien n’est encore enregistré. Vos enregistrements seront gardés dans ce dossier\u00a0: ",
        ),
    ],
)
def test_about_says_version_instructions_records_privacy_licences_and_address(
    qtbot, guide, tmp_path, language, version, checked, privacy, nothing_yet
) -> None:
    folder = tmp_path / "records"
    store, _notices = RecordStore.open(folder)
    try:
        dialog = make_about(qtbot, guide, store, language)
        assert dialog.objectName() == names.ABOUT_DIALOG
        assert text_of(dialog, names.ABOUT_VERSION) == version + __version__
        assert re.search(checked, text_of(dialog, names.ABOUT_GUIDES)), text_of(dialog, names.ABOUT_GUIDES)
        assert text_of(dialog, names.ABOUT_PRIVACY).startswith(privacy)
        assert text_of(dialog, names.ABOUT_RECORDS) == nothing_yet + str(folder)
        assert not dialog.findChild(QPushButton, names.ABOUT_SHOW_FOLDER_BUTTON).isEnabled()
        assert not folder.exists(), "opening About must not create the data folder"
        assert "GNU" in text_of(dialog, names.ABOUT_LICENCES)
        # The project has no public address yet: none is shown, none invented (see the test below).
        assert not dialog.findChild(QLabel, names.ABOUT_ADDRESS).isVisible()
        assert primary_buttons(dialog) == ["Close" if language == "en" else "Fermer"]
    finally:
        store.close()


def test_show_in_folder_opens_the_records_folder(qtbot, guide, store, data_dir, opened_urls) -> None:
    store.add_confirmation(new_confirmation())
    dialog = make_about(qtbot, guide, store)
    assert text_of(dialog, names.ABOUT_RECORDS) == f"They are kept in this folder, readable only by you: {data_dir}"
    button = dialog.findChild(QPushButton, names.ABOUT_SHOW_FOLDER_BUTTON)
    assert button.isEnabled() and button.text() == "Show in folder"
    button.click()
    assert opened_urls == [Path(data_dir).as_uri()]


def test_the_licences_are_readable_from_about(qtbot, guide, store, monkeypatch) -> None:
    shown: list[str] = []

    def record(dialog: QDialog) -> int:
        shown.append(dialog.findChild(about.QPlainTextEdit, names.LICENCES_TEXT).toPlainText())
        return 0

    monkeypatch.setattr(about.LicencesDialog, "exec", record)
    dialog = make_about(qtbot, guide, store)
    dialog.findChild(QPushButton, names.ABOUT_LICENCES_BUTTON).click()
    [text] = shown
    assert "GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007" in text
    # A source checkout has no notices (the build writes them): it says so rather than show nothing.
    assert text.startswith("The third-party notices are written when the installers are built.")


def test_copy_details_for_a_bug_report_copies_versions_and_problems_never_records_names_or_home_paths(
    qtbot, guide, tmp_path, monkeypatch
) -> None:
    home = tmp_path / "home" / "jeanne.dupont"
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    folder = home / ".local" / "share" / "ai-optout-assistant"
    store, _notices = RecordStore.open(folder)
    try:
        store.add_confirmation(new_confirmation(account="Jeanne Dupont at Work"))
        path = home / "guides" / "chatterly-ai-training" / "guide.toml"
        broken = GuideError(path, "guide.version", "must be a number")
        dialog = make_about(qtbot, guide, store, "fr", problems=(broken,))
        button = dialog.findChild(QPushButton, names.ABOUT_COPY_DETAILS_BUTTON)
        assert button.text() == "Copier les détails pour un rapport de problème"
        button.click()
        copied = QApplication.clipboard().text()
        lines = copied.splitlines()
        assert lines[0].startswith(f"AI Opt-Out Assistant {__version__} (")
        assert re.fullmatch(r"Qt: 6\.\d+\.\d+ \(PySide6 6\.\d+\.\d+\)", lines[3])
        assert lines[1].startswith("System: ") and lines[2].startswith("Python: 3.")
        assert "Language: fr" in lines
        guide_line = r"^  linkedin-ai-training: version \d+, instructions checked on \d{4}-\d\d-\d\d$"
        assert re.search(guide_line, copied, re.M)
        assert "  guide left out: chatterly-ai-training/guide.toml: guide.version: must be a number" in lines
        for secret in (str(home), "jeanne.dupont", "Jeanne Dupont", str(folder), "records.sqlite3"):
            assert secret not in copied
        # The window says what was copied, in its language.
        assert text_of(dialog, names.ABOUT_COPIED).startswith("Copié")
    finally:
        store.close()


def test_about_fits_the_screen_and_scrolls_inside(qtbot, guide, store) -> None:
    """It opens inside the screen, and at 800x600 its German text scrolls inside the window."""
    dialog = make_about(qtbot, guide, store, "de")
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert minimum.width() <= 800 and minimum.height() <= 600
    dialog.resize(800, 600)
    qtbot.waitUntil(lambda: dialog.height() == 600)
    scroll = dialog.findChild(QScrollArea, names.PAGE_SCROLL)
    assert scroll is not None and scroll.widgetResizable()
    assert scroll.horizontalScrollBar().maximum() == 0, "nothing runs off to the side"
    assert scroll.widget().width() <= scroll.viewport().width(), "nothing is cut off on the right"
    button = dialog.findChild(QPushButton, names.ABOUT_COPY_DETAILS_BUTTON)  # the widest line, which cannot wrap
    assert button.mapTo(scroll.viewport(), button.rect().topRight()).x() <= scroll.viewport().width()
    assert scroll.verticalScrollBar().maximum() > 0, "at 800x600 the German text is longer than the window"


def test_the_projects_address_once_the_metadata_has_one(qtbot, guide, store, monkeypatch) -> None:
    monkeypatch.setattr(about_text, "project_address", lambda: ADDRESS)
    dialog = make_about(qtbot, guide, store, "fr")
    address = dialog.findChild(QLabel, names.ABOUT_ADDRESS)
    assert address.isVisible()
    assert loose(plain(address)).endswith(ADDRESS)
