"""The step's picture says in words that it can be enlarged: a link beside it, not only a tooltip (issue 25:
the pictures are small at 800 x 600)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QPushButton, QToolButton

from app import i18n
from app.core import regions
from app.ui import names
from app.ui.picture_view import PictureDialog

from .helpers import click, click_next, find, type_country

ENLARGE = {
    "en": "Enlarge the picture",
    "fr": "Agrandir l’image",
    "de": "Bild vergrößern",
    "it": "Ingrandire l’immagine",
}


@pytest.mark.parametrize("language", ["en", "fr", "de", "it"])
def test_the_picture_has_a_visible_enlarge_link(qtbot, make_wizard, monkeypatch, language):
    opened: list[PictureDialog] = []
    monkeypatch.setattr(PictureDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    wizard = make_wizard(language)
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, "countryCombo", QComboBox), regions.country_name("FR", i18n.language()))
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, "deviceIphone", QToolButton))
    click_next(qtbot, wizard)
    enlarge = find(wizard, names.ENLARGE_PICTURE_BUTTON, QPushButton)
    qtbot.waitUntil(enlarge.isVisible)
    assert enlarge.text() == ENLARGE[language]
    assert enlarge.accessibleName()
    assert enlarge.property("variant") == "secondary"  # a link, never the page's main action
    click(qtbot, enlarge)
    [dialog] = opened
    assert dialog.objectName() == "pictureDialog"
    assert dialog.view.pixmap() is not None and not dialog.view.pixmap().isNull()
