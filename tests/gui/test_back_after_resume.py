"""Back after the assistant reopens further on (issue 25, point 5): after "Check now" from the home and after
"Stop for now", Back leads to the device and the country, with the earlier choices kept; the steps page
offers "Use another device"."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QComboBox, QPushButton, QToolButton

from app import i18n
from app.core import settings
from app.core.flow import PageId
from app.ui import names

from .helpers import click, find
from .test_checklist_actions import add, cards, days_ago

BACK_TEXT = {"en": "Use another device", "fr": "Utiliser un autre appareil"}


def check_now(qtbot, guide, store, launch, language: str):  # type: ignore[no-untyped-def]
    i18n.set_language(language)
    add(store, guide, country="CA", device="android", account="Work", now=days_ago(400))
    controller, window = launch(guide, store)
    [card] = cards(qtbot, window).values()
    click(qtbot, find(card, names.CARD_ACTION, QPushButton))
    wizard = controller.wizard
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == PageId.STEPS
    return wizard


def back(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(wizard.WizardButton.BackButton)
    assert button.isVisible() and button.isEnabled()
    click(qtbot, button)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_back_after_check_now_leads_to_the_device_and_the_country(qtbot, guide, store, launch, language):
    wizard = check_now(qtbot, guide, store, launch, language)
    back(qtbot, wizard)  # on the first step: back to the device page
    assert wizard.currentId() == PageId.DEVICE
    assert find(wizard, names.device_button("android"), QToolButton).isChecked()
    back(qtbot, wizard)
    assert wizard.currentId() == PageId.REGION
    assert find(wizard, names.COUNTRY_COMBO, QComboBox).currentData() == "CA"
    assert (wizard.session.state.country, wizard.session.state.device, wizard.session.state.account) == (
        "CA",
        "android",
        "Work",
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_use_another_device_goes_back_to_the_choice(qtbot, guide, store, launch, language):
    wizard = check_now(qtbot, guide, store, launch, language)
    other = find(wizard, names.OTHER_DEVICE_BUTTON, QPushButton)
    assert other.isVisible() and other.text() == BACK_TEXT[language]
    click(qtbot, other)
    assert wizard.currentId() == PageId.DEVICE
    click(qtbot, find(wizard, names.device_button("browser"), QToolButton))
    click(qtbot, wizard.button(wizard.WizardButton.NextButton))
    assert wizard.currentId() == PageId.STEPS
    assert wizard.session.state.device == "browser"


def test_back_after_stop_for_now_keeps_the_choices(qtbot, guide, store, launch):
    store.set_setting(
        settings.RESUME.key,
        json.dumps(
            {"page": "STEPS", "country": "GB", "device": "iphone", "account": "", "guide_id": guide.id},
            sort_keys=True,
        ),
    )
    _controller, wizard = launch(guide, store)
    assert wizard.currentId() == PageId.STEPS
    back(qtbot, wizard)
    assert wizard.currentId() == PageId.DEVICE
    assert find(wizard, names.device_button("iphone"), QToolButton).isChecked()
    back(qtbot, wizard)
    assert wizard.currentId() == PageId.REGION
    assert find(wizard, names.COUNTRY_COMBO, QComboBox).currentData() == "GB"
