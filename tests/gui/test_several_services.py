"""Several services in one sitting (issue 27, point 2), with every guide the assistant ships: the first screen
asks which services the person uses, several at once; the country is asked once, the device once and
changeable per service; the header says "Service 1 of 2: LinkedIn"; Done goes on to the next service and,
after the last, sums up every one; "Stop for now" resumes in the right service and step."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QPushButton, QToolButton

from app import i18n
from app.core import settings
from app.core.flow import PageId
from app.guides import load_guides
from app.ui import names

from .helpers import click, click_next, find, loose, plain, type_country
from .test_checklist_actions import cards

LINKEDIN, CHATGPT, META = "linkedin-ai-training", "chatgpt-model-training", "meta-ai-training"

WORDS = {
    "en": {
        "heading": "Which of these services do you use?",
        "first": "Service 1 of 2: LinkedIn",
        "second": "Service 2 of 2: ChatGPT",
        "next": "Next: ChatGPT",
        "country": "France",
        "chatgpt step 1": "Open the ChatGPT app on your iPhone and sign in with “Log in” if asked.",
        "summary": [
            "What you did today:",
            "✓ LinkedIn: You switched off “Use my data for training content creation AI models” on your iPhone.",
            "✓ ChatGPT: You switched off “Improve the model for everyone” on your iPhone.",
        ],
        "close": "Close",
    },
    "fr": {
        "heading": "Lequel de ces services utilisez-vous ?",
        "first": "Service 1 sur 2 : LinkedIn",
        "second": "Service 2 sur 2 : ChatGPT",
        "next": "Suivant : ChatGPT",
        "country": "France",
        "chatgpt step 1": None,  # checked in English; French is read from its own catalog below
        "summary": [
            "Ce que vous avez fait aujourd’hui :",
            "✓ LinkedIn : Vous avez désactivé « Utiliser mes données pour entraîner des modèles d’IA de création "
            "de contenu » sur votre iPhone.",
            "✓ ChatGPT : Vous avez désactivé « Améliorer le modèle pour tous » sur votre iPhone.",
        ],
        "close": "Fermer",
    },
}


@pytest.fixture(scope="module")
def shipped():  # type: ignore[no-untyped-def]
    """Every guide the assistant ships, with their own catalogs in use."""
    return load_guides().guides


def start(qtbot, launch, shipped, store, language: str):  # type: ignore[no-untyped-def]
    i18n.set_language(language)
    controller, wizard = launch(shipped[0], store, tuple(shipped))
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return controller, wizard


def header(qtbot, wizard) -> str:  # type: ignore[no-untyped-def]
    qtbot.wait(1)  # the shared header is shown in its new page once the event loop turns
    label = find(wizard, names.WIZARD_SERVICE, QLabel)
    return loose(label.text()) if label.isVisible() else ""


def choose(qtbot, wizard, *guide_ids: str) -> None:  # type: ignore[no-untyped-def]
    assert wizard.currentId() == PageId.SERVICE
    for guide_id in guide_ids:
        click(qtbot, find(wizard, names.service_button(guide_id), QToolButton))
    click_next(qtbot, wizard)


def to_steps(qtbot, wizard, country: str, device: str) -> None:  # type: ignore[no-untyped-def]
    assert wizard.currentId() == PageId.WELCOME
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard.currentPage(), names.COUNTRY_COMBO, QComboBox), country)
    click_next(qtbot, wizard)
    click(qtbot, find(wizard.currentPage(), names.device_button(device), QAbstractButton))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.STEPS


def switch_off(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """From the steps, through them, to Done with "I switched it off"."""
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM
    click(qtbot, find(wizard.currentPage(), names.answer_button("off"), QAbstractButton))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE


def finish(wizard) -> QPushButton:  # type: ignore[no-untyped-def]
    button = wizard.button(wizard.WizardButton.FinishButton)
    assert button.isVisible() and button.objectName() == names.PRIMARY_BUTTON
    return button


@pytest.mark.parametrize("language", ["en", "fr"])
def test_two_services_in_one_sitting(qtbot, launch, shipped, store, language):
    words = WORDS[language]
    controller, wizard = start(qtbot, launch, shipped, store, language)
    assert {g.id for g in shipped} == {LINKEDIN, CHATGPT, META}
    assert loose(plain(find(wizard.currentPage(), names.PAGE_TITLE, QLabel))) == loose(words["heading"])
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # one at least
    choose(qtbot, wizard, LINKEDIN, CHATGPT)

    assert header(qtbot, wizard) == loose(words["first"])
    to_steps(qtbot, wizard, words["country"], "iphone")
    assert header(qtbot, wizard) == loose(words["first"])
    switch_off(qtbot, wizard)
    assert loose(finish(wizard).text().replace("&", "")) == loose(words["next"])
    assert not wizard.button(wizard.WizardButton.CustomButton1).isVisible()  # one way on: the next service
    click(qtbot, finish(wizard))

    # ChatGPT: its own welcome first; then, the country and the device being known, its steps.
    assert wizard.currentId() == PageId.WELCOME
    assert header(qtbot, wizard) == loose(words["second"])
    assert wizard.session.guide.id == CHATGPT
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.STEPS)
    assert (wizard.session.state.country, wizard.session.state.device) == ("FR", "iphone")
    if words["chatgpt step 1"]:
        assert find(wizard.currentPage(), names.STEP_TEXT, QLabel).text() == words["chatgpt step 1"]
    switch_off(qtbot, wizard)

    summary = find(wizard.currentPage(), names.SITTING_SUMMARY, QLabel)
    assert summary.isVisible()
    assert [loose(line) for line in plain(summary).splitlines() if line.strip()][:3] == [
        loose(line) for line in words["summary"]
    ]
    assert loose(finish(wizard).text().replace("&", "")) == words["close"]
    records = store.confirmations()
    assert [(c.guide_id, c.country, c.device, c.kind) for c in records] == [
        (LINKEDIN, "FR", "iphone", "confirmed"),
        (CHATGPT, "FR", "iphone", "confirmed"),
    ]
    click(qtbot, finish(wizard))
    home = controller.show_checklist()
    assert len(cards(qtbot, home)) == 2


def test_one_service_chosen_is_todays_path(qtbot, launch, shipped, store):
    _controller, wizard = start(qtbot, launch, shipped, store, "en")
    choose(qtbot, wizard, CHATGPT)
    assert header(qtbot, wizard) == ""  # no "Service 1 of 1"
    to_steps(qtbot, wizard, "Canada", "android")
    switch_off(qtbot, wizard)
    assert finish(wizard).text().replace("&", "") == "Close"
    assert not find(wizard.currentPage(), names.SITTING_SUMMARY, QLabel).isVisible()


def test_the_device_can_change_for_the_next_service(qtbot, launch, shipped, store):
    _controller, wizard = start(qtbot, launch, shipped, store, "en")
    choose(qtbot, wizard, LINKEDIN, CHATGPT)
    to_steps(qtbot, wizard, "Germany", "browser")
    switch_off(qtbot, wizard)
    click(qtbot, finish(wizard))
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.STEPS)
    click(qtbot, find(wizard.currentPage(), names.OTHER_DEVICE_BUTTON, QPushButton))
    assert wizard.currentId() == PageId.DEVICE
    assert find(wizard.currentPage(), names.device_button("browser"), QToolButton).isChecked()
    click(qtbot, find(wizard.currentPage(), names.device_button("android"), QToolButton))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.STEPS  # not walked past again: the person is choosing
    switch_off(qtbot, wizard)
    assert [(c.guide_id, c.device) for c in store.confirmations()] == [(LINKEDIN, "browser"), (CHATGPT, "android")]


def test_nothing_to_do_for_meta_outside_europe_then_the_summary(qtbot, launch, shipped, store):
    _controller, wizard = start(qtbot, launch, shipped, store, "en")
    choose(qtbot, wizard, LINKEDIN, META)
    to_steps(qtbot, wizard, "United States", "iphone")
    switch_off(qtbot, wizard)
    assert finish(wizard).text().replace("&", "") == "Next: Facebook and Instagram"
    click(qtbot, finish(wizard))
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.NOTHING_TO_DO)
    lines = [
        loose(line) for line in plain(find(wizard.currentPage(), names.SITTING_SUMMARY, QLabel)).splitlines() if line
    ]
    assert "– Facebook and Instagram: no way to refuse this where you live, for now." in lines
    assert [c.guide_id for c in store.confirmations()] == [LINKEDIN]  # nothing recorded for Meta


def test_stop_for_now_resumes_in_the_right_service_and_step(qtbot, launch, shipped, store, data_dir):
    controller, wizard = start(qtbot, launch, shipped, store, "en")
    choose(qtbot, wizard, CHATGPT, META)
    assert wizard.session.state.services == (CHATGPT, META)
    to_steps(qtbot, wizard, "Italy", "android")
    controller._remember_place(wizard.session.state, PageId(wizard.currentId()))
    kept = json.loads(store.setting(settings.RESUME.key))
    assert (kept["page"], kept["guide_id"], kept["services"]) == ("STEPS", CHATGPT, [CHATGPT, META])
    wizard.close()

    _again, resumed = launch(shipped[0], store, tuple(shipped))
    assert resumed.currentId() == PageId.STEPS
    assert resumed.session.guide.id == CHATGPT
    assert header(qtbot, resumed) == "Service 1 of 2: ChatGPT"
    switch_off(qtbot, resumed)
    assert finish(resumed).text().replace("&", "") == "Next: Facebook and Instagram"


def test_stop_for_now_in_the_second_service_resumes_there(qtbot, launch, shipped, store):
    controller, wizard = start(qtbot, launch, shipped, store, "fr")
    choose(qtbot, wizard, LINKEDIN, CHATGPT)
    to_steps(qtbot, wizard, "France", "android")
    switch_off(qtbot, wizard)
    click(qtbot, finish(wizard))
    click_next(qtbot, wizard)  # ChatGPT's welcome, then its steps
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.STEPS)
    controller._remember_place(wizard.session.state, PageId.STEPS)
    wizard.close()

    _again, resumed = launch(shipped[0], store, tuple(shipped))  # LinkedIn is recorded: still, here
    assert resumed.currentId() == PageId.STEPS
    assert resumed.session.guide.id == CHATGPT
    assert header(qtbot, resumed) == "Service 2 sur 2 : ChatGPT"  # loose(): its no-break space as a space
    assert resumed.session.state.device == "android"


def test_the_service_choices_take_the_column_s_width_whole(qtbot, launch, shipped, store):
    """Chosen, a service's line is bold: each choice is as wide as the column, never cut to its own text."""
    _controller, wizard = start(qtbot, launch, shipped, store, "fr")
    buttons = [find(wizard, names.service_button(g.id), QToolButton) for g in shipped]
    for button in buttons:
        click(qtbot, button)
    qtbot.wait(1)
    widths = {button.width() for button in buttons}
    assert len(widths) == 1, widths
    for button in buttons:
        bold = button.font()
        bold.setBold(True)
        from PySide6.QtGui import QFontMetrics

        lines = button.text().replace("&&", "&").split("\n")
        assert max(QFontMetrics(bold).horizontalAdvance(line) for line in lines) < button.width(), button.text()
