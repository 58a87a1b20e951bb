"""The welcome page: a promise and the time it takes, three short lines with icons, the details folded,
"Start", and the quick route as a small link."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton

from app.ui import names

from .helpers import click, find, loose, plain

TEXTS = {
    "en": {
        # What is true for LinkedIn: six steps on every device; no promise of minutes (issue 25, point 7).
        "lead": "6 short steps, one screen at a time, in plain words. Take the time you need.",
        names.WELCOME_INTRO: "LinkedIn uses what you share there to train its content-creating AI, the AI that writes "
        "text and makes images and audio. This is switched on unless you switch it off.",
        names.WELCOME_SWITCH: "Switching it off stops future training only: what LinkedIn's models have already "
        "learned cannot be taken back.",
        names.WELCOME_PROMISE: "The assistant shows you where the setting is and keeps a private note on this "
        "computer, so that you can check again later. It sends nothing anywhere.",
        "details": "What exactly does LinkedIn use?",
        "quick": "I know the way: open the setting now",
        "start": "Start",
    },
    "fr": {
        "lead": "6 étapes courtes, un écran à la fois, avec des mots simples. Prenez le temps qu’il vous faut.",
        names.WELCOME_INTRO: "LinkedIn utilise ce que vous y partagez pour entraîner son IA de création de contenu, "
        "celle qui écrit des textes et produit des images et du son. C’est activé tant que vous ne le "
        "désactivez pas.",
        names.WELCOME_SWITCH: "Le désactiver n’arrête que l’entraînement à venir : ce que les modèles de LinkedIn ont "
        "déjà appris ne peut pas être repris.",
        names.WELCOME_PROMISE: "L’assistant vous montre où se trouve le réglage et garde une note privée sur cet "
        "ordinateur, pour que vous puissiez vérifier de nouveau plus tard. Il n’envoie rien nulle part.",
        "details": "Qu’utilise LinkedIn, exactement ?",
        "quick": "Je connais le chemin : ouvrir le réglage maintenant",
        "start": "Commencer",
    },
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_welcome_says_three_short_things_and_folds_the_details(qtbot, make_wizard, language):
    wizard = make_wizard(language)
    texts = TEXTS[language]
    page = wizard.currentPage()
    assert loose(find(page, names.PAGE_LEAD, QLabel).text()) == texts["lead"]
    for name in (names.WELCOME_INTRO, names.WELCOME_SWITCH, names.WELCOME_PROMISE):
        assert loose(find(page, name, QLabel).text()) == texts[name], name
    assert loose(find(page, names.QUICK_LINK_BUTTON, QPushButton).text()) == texts["quick"]
    primary = find(wizard, names.PRIMARY_BUTTON, QPushButton)
    assert primary.isVisible() and primary.text().replace("&", "") == texts["start"]
    assert primary.hasFocus()  # Enter starts

    # The facts in full are there, folded: one click shows them.
    details = find(page, names.WELCOME_DETAILS)
    button = find(page, names.WELCOME_DETAILS_BUTTON, QPushButton)
    assert loose(button.text()) == texts["details"]
    assert not details.isVisible()
    click(qtbot, button)
    assert details.isVisible()
    used = plain(find(page, names.FACT_USED, QLabel))
    assert used.startswith(
        "• Used unless you switch it off:" if language == "en" else "• Utilisés tant que vous ne le désactivez pas"
    )
    click(qtbot, button)
    assert not details.isVisible()


def icon_colours(label: QLabel) -> set[int]:
    image = label.pixmap().toImage()
    return {
        image.pixel(x, y) & 0xFFFFFF
        for x in range(image.width())
        for y in range(image.height())
        if image.pixel(x, y) >> 24 == 0xFF
    }


def test_the_three_icons_are_drawn_after_the_first_paint_in_the_text_colour(qtbot, make_wizard):
    wizard = make_wizard("en")
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.icons_drawn)
    text = page.palette().windowText().color()
    for label in page.icons:
        assert not label.pixmap().isNull()
        assert label.pixmap().deviceIndependentSize().width() == label.width()
        # Opaque pixels are the text's colour: the icon follows light and dark.
        assert icon_colours(label) == {QColor(text).rgb() & 0xFFFFFF}
