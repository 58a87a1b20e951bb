"""Nothing recorded by accident on the status home (issue 25, point 1): when nothing is due there is no primary
action and no recording button has the keyboard's focus; "Check it now" opens the setting page first, then
asks what the person sees there with the wizard's answers, and records only a chosen, saved answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from app import i18n
from app.core.flow import PageId
from app.core.records import CONFIRMED, RECHECKED
from app.ui import names

from .helpers import click, find, loose
from .test_checklist_actions import add, cards, days_ago, on_disk

TEXTS = {
    "en": {
        "action": "Check it now",
        "question": "Is “Use my data for training content creation AI models” switched off now?",
        "answers": ["It's off now", "It was already off", "I couldn't find it"],
        "badge": "Off since",
        "switched": "Recorded: switched off today.",
        "buttons": ("Cancel", "&Save my answer"),
    },
    "fr": {
        "action": "Vérifier maintenant",
        "question": "« Utiliser mes données pour entraîner des modèles d’IA de création de contenu » est-il "
        "désactivé maintenant ?",
        "answers": ["C’est désactivé", "C’était déjà désactivé", "Je ne l’ai pas trouvé"],
        "badge": "Désactivé depuis le",
        "switched": "Enregistré : désactivé aujourd’hui.",
        "buttons": ("Annuler", "&Enregistrer ma réponse"),
    },
}


def home_with_one_recent_account(qtbot, guide, store, launch, language: str):  # type: ignore[no-untyped-def]
    i18n.set_language(language)
    add(store, guide, now=days_ago(10))
    controller, window = launch(guide, store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    [card] = cards(qtbot, window).values()
    return controller, window, card


def open_check(qtbot, window, card) -> QDialog:  # type: ignore[no-untyped-def]
    click(qtbot, find(card, names.CARD_ACTION, QPushButton))
    dialog = find(window, names.RECHECK_DIALOG, QDialog)
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("language", ["en", "fr"])
def test_when_nothing_is_due_nothing_is_primary_and_nothing_that_records_has_the_focus(
    qtbot, guide, store, launch, language
):
    _controller, window, card = home_with_one_recent_account(qtbot, guide, store, launch, language)
    action = find(card, names.CARD_ACTION, QPushButton)
    assert action.text() == TEXTS[language]["action"]
    assert action.property("variant") != "primary"
    assert QApplication.focusWidget() is not action
    assert window.focusWidget() is not action


@pytest.mark.parametrize("language", ["en", "fr"])
def test_check_it_now_opens_the_page_then_asks_and_enter_records_nothing(
    qtbot, guide, store, data_dir, launch, opened_urls, language
):
    _controller, window, card = home_with_one_recent_account(qtbot, guide, store, launch, language)
    dialog = open_check(qtbot, window, card)
    assert opened_urls == [guide.main_action.link]
    texts = TEXTS[language]
    assert loose(find(dialog, names.CONFIRM_QUESTION, QLabel).text()) == loose(texts["question"])
    answers = [find(dialog, names.answer_button(a)).text() for a in ("off", "already_off", "not_found")]
    assert [loose(a) for a in answers] == texts["answers"]
    save = find(dialog, names.PRIMARY_BUTTON, QPushButton)
    assert (find(dialog, names.RECHECK_CANCEL, QPushButton).text(), save.text()) == texts["buttons"]
    assert not save.isEnabled()
    click(qtbot, find(dialog, names.answer_button("already_off")))
    assert save.isEnabled() and not save.isDefault() and not save.autoDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter records nothing: saving is on purpose
    assert dialog.isVisible()
    assert [e.kind for e in on_disk(data_dir)] == [CONFIRMED]
    click(qtbot, save)
    assert [e.kind for e in on_disk(data_dir)] == [CONFIRMED, RECHECKED]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_found_on_and_switched_off_again_is_recorded_as_switched_off(
    qtbot, guide, store, data_dir, launch, opened_urls, language
):
    controller, window, card = home_with_one_recent_account(qtbot, guide, store, launch, language)
    dialog = open_check(qtbot, window, card)
    click(qtbot, find(dialog, names.answer_button("off")))
    click(qtbot, find(dialog, names.PRIMARY_BUTTON, QPushButton))
    latest = on_disk(data_dir)[-1]
    assert (latest.kind, latest.device, latest.country) == (CONFIRMED, "iphone", "FR")
    [card] = cards(qtbot, controller.checklist).values()
    feedback = find(card, names.CARD_FEEDBACK, QLabel)
    qtbot.waitUntil(feedback.isVisible)
    assert loose(feedback.text()).startswith(loose(TEXTS[language]["switched"]))
    assert loose(card.badge.text()).startswith(TEXTS[language]["badge"])


def test_not_found_offers_the_steps_and_records_nothing(qtbot, guide, store, data_dir, launch, opened_urls):
    controller, window, card = home_with_one_recent_account(qtbot, guide, store, launch, "en")
    dialog = open_check(qtbot, window, card)
    click(qtbot, find(dialog, names.answer_button("not_found")))
    assert not find(dialog, names.PRIMARY_BUTTON, QPushButton).isEnabled()
    help_text = find(dialog, names.NOT_FOUND_TEXT, QLabel)
    assert help_text.isVisible()
    assert (
        help_text.text() == "That happens: LinkedIn moves its settings now and then. The steps show where it is today."
    )
    click(qtbot, find(dialog, names.RECHECK_STEPS, QPushButton))
    wizard = controller.wizard
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == PageId.STEPS
    assert [e.kind for e in on_disk(data_dir)] == [CONFIRMED]


def test_cancel_records_nothing(qtbot, guide, store, data_dir, launch, opened_urls):
    _controller, window, card = home_with_one_recent_account(qtbot, guide, store, launch, "en")
    dialog = open_check(qtbot, window, card)
    click(qtbot, find(dialog, names.answer_button("already_off")))
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [e.kind for e in on_disk(data_dir)] == [CONFIRMED]
