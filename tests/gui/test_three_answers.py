"""Confirm with three answers: "It's off now", "It was already off" (both recorded, as what they are),
and "I couldn't find it" (help, and nothing recorded)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from app.checklist_text import event_text
from app.core.flow import PageId
from app.core.records import ALREADY_OFF, CONFIRMED
from app.ui import names

from .helpers import NEXT, click, click_next, find, loose, walk_to_confirm

HELP = {
    "en": (
        "That happens: LinkedIn moves its settings now and then. Update the app, or try on a computer; or open "
        "the setting page directly, sign in, and look for “Use my data for training content creation AI "
        "models”. When it is off, choose “It's off now”. Nothing is recorded until then."
    ),
    "fr": (
        "Cela arrive : LinkedIn déplace parfois ses réglages. Mettez l’application à jour, ou essayez sur un "
        "ordinateur ; ou ouvrez directement la page du réglage, connectez-vous et cherchez « Utiliser mes données "
        "pour entraîner des modèles d’IA de création de contenu ». Une fois désactivé, choisissez "
        "« C’est désactivé ». Rien n’est enregistré d’ici là."
    ),
}
ANSWERS = {
    "en": ["It's off now", "It was already off", "I couldn't find it"],
    "fr": ["C’est désactivé", "C’était déjà désactivé", "Je ne l’ai pas trouvé"],
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_i_could_not_find_it_helps_and_records_nothing(qtbot, make_wizard, store, opened_urls, language):
    wizard = make_wizard(language)
    walk_to_confirm(qtbot, wizard, "France", names.device_button("iphone"))
    buttons = [find(wizard, name) for name in map(names.answer_button, ("off", "already_off", "not_found"))]
    assert [b.text() for b in buttons] == ANSWERS[language]
    assert not wizard.button(NEXT).isEnabled()
    assert not find(wizard, names.NOT_FOUND_HELP).isVisible()
    click(qtbot, buttons[2])
    assert loose(find(wizard, names.NOT_FOUND_TEXT, QLabel).text()) == HELP[language]
    assert not wizard.button(NEXT).isEnabled()  # nothing to record
    click(qtbot, find(wizard, names.NOT_FOUND_OPEN_SETTING, QPushButton))
    assert opened_urls == [wizard.session.guide.main_action.link]
    assert store.confirmations() == []
    # Found it after all.
    click(qtbot, buttons[0])
    assert not find(wizard, names.NOT_FOUND_HELP).isVisible()
    assert wizard.button(NEXT).isEnabled()


def test_it_was_already_off_is_recorded_as_such(qtbot, make_wizard, guide, store):
    wizard = make_wizard("en")
    walk_to_confirm(qtbot, wizard, "France", names.device_button("iphone"))
    click(qtbot, find(wizard, names.answer_button("already_off")))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    [record] = store.confirmations()
    assert record.kind == ALREADY_OFF
    assert event_text(record, guide) == "Found already off, through the steps on your iPhone"


def test_it_is_off_now_is_recorded_as_confirmed(qtbot, make_wizard, store):
    wizard = make_wizard("en")
    walk_to_confirm(qtbot, wizard, "France", names.device_button("iphone"))
    click(qtbot, find(wizard, names.answer_button("off")))
    click_next(qtbot, wizard)
    [record] = store.confirmations()
    assert record.kind == CONFIRMED


def test_done_says_what_was_found_and_shows_no_file_path(qtbot, make_wizard, store, data_dir):
    wizard = make_wizard("fr")
    walk_to_confirm(qtbot, wizard, "France", names.device_button("iphone"))
    click(qtbot, find(wizard, names.answer_button("already_off")))
    click_next(qtbot, wizard)
    summary = loose(find(wizard, names.RECORD_SUMMARY, QLabel).text())
    assert (
        "Vous avez trouvé « Utiliser mes données pour entraîner des modèles d’IA de création de contenu » déjà "
        "désactivé sur votre iPhone."
    ) in summary
    where = find(wizard, names.RECORD_LOCATION, QLabel).text()
    assert where == "Votre enregistrement reste uniquement sur cet ordinateur. L’assistant n’envoie rien nulle part."
    assert str(data_dir) not in where and str(data_dir) not in summary
    assert find(wizard, names.SHOW_CHECKLIST_BUTTON, QPushButton).text() == "Voir où j’en suis"
