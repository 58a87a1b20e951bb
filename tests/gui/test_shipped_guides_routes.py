"""ChatGPT and Meta, the guides shipped beside LinkedIn, through the routes LinkedIn's tests walk: the quick
route where one switch is shared by every region, and "Check now" from the status home once a look again is
due. Each records what the person answered, and nothing else."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import new_confirmation
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QPushButton, QWidget

from app import __version__, i18n
from app.core.flow import PageId
from app.guides import load_guides
from app.ui import names

from .helpers import click, click_next, find, loose, plain, type_country

CHATGPT, META = "chatgpt-model-training", "meta-ai-training"
DONE_QUICK = {
    "en": "✓ You switched off “Improve the model for everyone” in a web browser on your computer.",
    "fr": "✓ Vous avez désactivé « Améliorer le modèle pour tous » dans un navigateur web, sur votre ordinateur.",
}


@pytest.fixture(scope="module")
def shipped():  # type: ignore[no-untyped-def]
    return {guide.id: guide for guide in load_guides().guides}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_chatgpt_s_quick_route_records_the_computer(qtbot, launch, shipped, store, opened_urls, language):
    chatgpt = shipped[CHATGPT]
    assert chatgpt.quick_action is not None and shipped[META].quick_action is None  # a form differs by region
    i18n.set_language(language)
    _controller, wizard = launch(chatgpt, store, (chatgpt,))
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    click(qtbot, find(wizard, names.QUICK_LINK_BUTTON, QPushButton))
    assert opened_urls == ["https://chatgpt.com/settings/data-controls"]
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard.currentPage(), names.COUNTRY_COMBO, QComboBox), "Canada")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM  # no device, no steps: the setting page is open already
    assert store.confirmations() == []  # nothing before an answer is saved
    click(qtbot, find(wizard.currentPage(), names.answer_button("off"), QAbstractButton))
    click_next(qtbot, wizard)
    assert loose(plain(find(wizard.currentPage(), names.RECORD_SUMMARY, QLabel))).startswith(DONE_QUICK[language])
    [record] = store.confirmations()
    assert (record.guide_id, record.country, record.device, record.kind) == (CHATGPT, "CA", "browser", "confirmed")


@pytest.mark.parametrize(
    ("guide_id", "country", "region", "app", "kind", "answer", "days"),
    [
        (CHATGPT, "DE", "eu-eea-ch", "", "confirmed", "already_off", 200),  # a switch: every 6 months
        (META, "DE", "eu-eea", "facebook", "sent", "already_sent", 400),  # a form: a year on
    ],
)
def test_check_now_from_the_home(qtbot, launch, shipped, store, guide_id, country, region, app, kind, answer, days):
    guide = shipped[guide_id]
    action = guide.action_for(guide.region_for_country(country)).id
    store.add_confirmation(
        new_confirmation(
            guide_id=guide_id,
            country=country,
            region=region,
            device="android",
            app_version=__version__,
            action=action,
            app=app,
            kind=kind,
        ),
        now=dt.datetime.now(dt.UTC) - dt.timedelta(days=days),
    )
    i18n.set_language("en")
    controller, home = launch(guide, store, tuple(shipped.values()))
    [card] = [c for c in home.findChildren(QWidget, names.ACCOUNT_CARD) if c.isVisible()]
    click(qtbot, find(card, names.CARD_ACTION, QPushButton))
    wizard = controller.wizard
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == PageId.STEPS
    assert (wizard.session.state.country, wizard.session.state.device) == (country, "android")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM
    assert len(store.confirmations()) == 1  # the steps record nothing
    for group in [g for g in wizard.currentPage().findChildren(QWidget) if g.objectName().startswith("answers")]:
        click(qtbot, find(group, names.answer_button(answer), QAbstractButton))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    records = store.confirmations()
    assert [(r.guide_id, r.kind) for r in records[1:]] == [(guide_id, answer)] * (2 if app else 1)
