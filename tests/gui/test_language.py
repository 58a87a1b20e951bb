"""Switching language on the welcome page changes every visible text at once, Qt's own buttons too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton

from app import i18n
from app.core import regions
from app.core.flow import PageId
from app.i18n import _
from app.ui import names

from .helpers import (
    BACK,
    CANCEL,
    NEXT,
    choose_in_combo,
    click,
    click_next,
    find,
    header_texts,
    plain,
    type_country,
    walk_to_confirm,
)

WELCOME_TEXTS = (names.WELCOME_INTRO, names.WELCOME_PROMISE)


def texts(wizard, object_names):
    return {name: find(wizard, name, QLabel).text() for name in object_names}


def test_language_switches_live(qtbot, make_wizard, guide):
    wizard = make_wizard("en")
    welcome = wizard.currentPage()
    english = texts(wizard, WELCOME_TEXTS)
    english_quick = find(wizard, names.QUICK_LINK_BUTTON, QPushButton).text()
    english_title = wizard.windowTitle()
    assert welcome.heading == guide.title
    assert wizard.button(NEXT).text() == "&Start"
    assert wizard.button(CANCEL).text() == "Close"

    # Visit the region page in English first: it must follow the switch too.
    click_next(qtbot, wizard)
    region_page = wizard.currentPage()
    english_region_heading = region_page.heading
    click(qtbot, wizard.button(BACK))
    assert wizard.currentId() == PageId.WELCOME

    choose_in_combo(qtbot, find(wizard, names.LANGUAGE_SWITCH, QComboBox), "fr")
    assert i18n.language() == "fr"
    assert wizard.session.state.language == "fr"
    # Every text is in French, exactly as a French reader sees it, and is the catalog's translation.
    assert welcome.heading == "Empêchez LinkedIn d’entraîner son IA de création de contenu avec vos données"
    assert welcome.heading == _(guide.title)
    assert welcome.heading in header_texts(wizard)
    assert texts(wizard, WELCOME_TEXTS) == {
        names.WELCOME_INTRO: "LinkedIn utilise ce que vous y partagez pour entraîner son IA de création de contenu,"
        " celle qui écrit des textes et produit des images et du son. C’est activé tant que vous ne le désactivez pas.",
        names.WELCOME_PROMISE: "L’assistant vous montre où se trouve le réglage et garde une note privée sur cet"
        " ordinateur, pour que vous puissiez vérifier de nouveau plus tard. Il n’envoie rien nulle part.",
    }
    for name, text in texts(wizard, WELCOME_TEXTS).items():
        assert text == _(english[name]), name
    used = plain(find(wizard, names.FACT_USED, QLabel))
    assert used.startswith("• Utilisés tant que vous ne le désactivez pas\u00a0: votre profil, vos publications,")
    assert (
        find(wizard, names.QUICK_LINK_BUTTON, QPushButton).text()
        == "Je connais le chemin\u00a0: ouvrir le réglage maintenant"
    )
    assert english_quick == "I know the way: open the setting now"
    assert wizard.windowTitle() == "Assistant anti-entraînement IA"
    assert english_title == "AI Opt-Out Assistant"
    # The wizard's buttons too.
    assert wizard.button(NEXT).text() == "&Commencer"
    assert wizard.button(CANCEL).text() == "Fermer"

    # A later page is in French too, country names included.
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.REGION
    assert english_region_heading == "Which country do you live in?"
    assert region_page.heading == "Dans quel pays vivez-vous\u00a0?"
    assert region_page.heading in header_texts(wizard)
    combo = find(wizard, names.COUNTRY_COMBO, QComboBox)
    assert combo.itemText(combo.findData("DE")) == regions.country_name("DE", "fr") == "Allemagne"
    assert combo.itemText(combo.findData("GB")) == "Royaume-Uni"
    assert wizard.button(BACK).text() == "&Retour"
    assert wizard.button(NEXT).text() == "&Continuer"
    assert wizard.button(CANCEL).text() == "Arrêter pour l’instant"
    assert find(wizard, names.WIZARD_PROGRESS, QLabel).text() == "Votre pays (partie 1 sur 5)"

    # And back to English, from this page's own header: every page has the switch.
    choose_in_combo(qtbot, find(wizard, names.LANGUAGE_SWITCH, QComboBox), "en")
    assert i18n.language() == "en"
    assert wizard.currentId() == PageId.REGION
    assert region_page.heading == english_region_heading
    assert find(wizard, names.WIZARD_PROGRESS, QLabel).text() == "Part 1 of 5: Your country"
    assert wizard.button(NEXT).text() == "&Continue"
    assert wizard.button(CANCEL).text() == "Stop for now"
    click(qtbot, wizard.button(BACK))
    assert wizard.button(NEXT).text() == "&Start"
    assert wizard.button(CANCEL).text() == "Close"
    assert wizard.windowTitle() == english_title
    assert welcome.heading == guide.title
    assert texts(wizard, WELCOME_TEXTS) == english
    click_next(qtbot, wizard)
    assert combo.itemText(combo.findData("DE")) == "Germany"


def test_french_linkedin_labels(qtbot, make_wizard, guide):
    """LinkedIn's own French wording, quoted the French way, on the computer's steps and the confirm page."""
    wizard = make_wizard("fr")
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), "France")
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button("browser")))
    click_next(qtbot, wizard)
    steps = []
    while wizard.currentId() == PageId.STEPS:
        steps.append(find(wizard.currentPage(), names.STEP_TEXT, QLabel).text())
        click(qtbot, wizard.button(NEXT))
    assert "«\u00a0Préférences et confidentialité\u00a0»" in steps[2]
    assert "«\u00a0Utiliser mes données pour entraîner des modèles d’IA de création de contenu\u00a0»" in steps[5]
    question = find(wizard, names.CONFIRM_QUESTION).text()
    assert question == (
        "«\u00a0Utiliser mes données pour entraîner des modèles d’IA de création de contenu\u00a0» est-il désactivé "
        "maintenant\u00a0?"
    )
    assert find(wizard, names.answer_button("off")).text() == "C’est désactivé"


def test_choosing_a_language_leaves_no_trace_until_something_is_recorded(qtbot, guide, data_dir, monkeypatch):

    import app.ui.app as ui_app
    from app.core.records import RecordStore

    store, _notices = RecordStore.open(data_dir)
    controller = ui_app.Controller(guide, store)
    try:
        wizard = controller.start()
        qtbot.waitExposed(wizard)
        choose_in_combo(qtbot, find(wizard, names.LANGUAGE_SWITCH, QComboBox), "fr")
        assert i18n.language() == "fr"
        assert not data_dir.exists()  # nothing written by looking around, language included

        walk_to_confirm(qtbot, wizard, "France", names.device_button("browser"))
        click(qtbot, find(wizard, names.answer_button("off")))
        click_next(qtbot, wizard)
        assert wizard.currentId() == PageId.DONE
        wizard.close()
    finally:
        store.close()
    again, _notices = RecordStore.open(data_dir, read_only=True)
    try:
        assert again.setting("language") == "fr"  # kept with the first record
    finally:
        again.close()


def test_the_language_pickers_name_each_language_in_itself(qtbot, make_wizard):
    wizard = make_wizard("fr")
    combo = find(wizard, names.LANGUAGE_SWITCH, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Deutsch", "Français", "Italiano"]


@pytest.mark.parametrize(
    ("language", "cancel", "save"),
    [("de", "Abbrechen", "Speichern"), ("it", "Annulla", "Salva"), ("fr", "Annuler", "Enregistrer")],
)
def test_qts_own_buttons_speak_the_assistants_language(qtbot, make_wizard, language, cancel, save):
    """Qt's own dialogs (a file dialog, a message box) use Qt's translations of the same language."""
    make_wizard(language)
    buttons = QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save
    box = QMessageBox(QMessageBox.Icon.Question, "", "", buttons)
    qtbot.addWidget(box)
    shown = {
        box.button(b).text().replace("&", "")
        for b in (QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
    }
    assert shown == {cancel, save}
