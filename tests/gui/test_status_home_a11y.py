"""The status home for everyone: nothing cut off at 800x600, in English, French and 40% longer text;
every control reached by Tab; a name on each."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import new_confirmation
from PySide6.QtWidgets import QApplication

import app.i18n
from app import __version__, i18n
from app.core.flow import WizardState
from app.core.records import RecordStore
from app.ui.session import Session
from app.ui.status_home import AccountCard, StatusHome

from .test_accessibility import Pseudo, clipping, tab_problems
from .test_keyboard import unnamed_controls


def seed(store: RecordStore, guide) -> None:
    """Two accounts: one due (with an extra done), one checked lately (its extra still to do)."""
    long_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=400)).replace(microsecond=0)
    lately = (dt.datetime.now(dt.UTC) - dt.timedelta(days=3)).replace(microsecond=0)
    for account, when, extras in (("", long_ago, ("objection_form",)), ("Work", lately, ())):
        new = new_confirmation(
            device="android",
            country="CA",
            guide_id=guide.id,
            guide_version=guide.version,
            app_version=__version__,
            extras=extras,
            account=account,
        )
        store.add_confirmation(new, now=when)


def shown_home(qtbot, guide, store, language: str) -> StatusHome:
    i18n.set_language("en" if language == "pseudo" else language)
    home = StatusHome(Session(guide, store, WizardState(language=i18n.language()), __version__))
    qtbot.addWidget(home)
    home.resize(800, 600)
    home.show()
    qtbot.waitExposed(home)
    home.activateWindow()
    qtbot.waitUntil(home.isActiveWindow)
    return home


@pytest.mark.parametrize("language", ["pseudo", "en", "fr"])
def test_nothing_cut_off_at_800x600(qtbot, guide, store, monkeypatch, language):
    seed(store, guide)
    if language == "pseudo":
        monkeypatch.setattr(app.i18n, "_translations", Pseudo())
    home = shown_home(qtbot, guide, store, language)
    home.refresh()
    qtbot.waitUntil(lambda: len([c for c in home.findChildren(AccountCard) if c.isVisible()]) == 2)
    assert clipping(home, f"status home ({language})") == []


def test_tab_reaches_every_control_and_each_has_a_name(qtbot, guide, store):
    seed(store, guide)
    home = shown_home(qtbot, guide, store, "en")
    qtbot.waitUntil(lambda: len([c for c in home.findChildren(AccountCard) if c.isVisible()]) == 2)
    assert unnamed_controls(home) == []
    assert QApplication.focusWidget() is not None
    assert tab_problems(qtbot, home, "status home") == []
