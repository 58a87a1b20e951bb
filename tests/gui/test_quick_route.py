"""The quick route: open the setting from the welcome page, say where, confirm, done."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from app.core import regions
from app.core.flow import PageId
from app.ui import names

from .helpers import NEXT, click, click_next, find, type_country


def start_quick_route(qtbot, wizard, guide, opened_urls) -> None:
    assert (
        wizard.findChild(QLabel, names.link_feedback(names.QUICK_LINK).message) is None
    )  # nothing said before anything was tried
    click(qtbot, find(wizard, names.QUICK_LINK_BUTTON, QPushButton))
    assert opened_urls == [guide.main_action.link]
    message = find(wizard, names.link_feedback(names.QUICK_LINK).message, QLabel)
    assert message.isVisible() and message.text() == (
        "Your browser was asked to open the setting page. Switch it off there, then click “Start” to record it here."
    )
    assert not find(wizard, names.link_feedback(names.QUICK_LINK).copy, QPushButton).isVisible()
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.REGION
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), regions.country_name("DE", "en"))
    click_next(qtbot, wizard)


def test_quick_route_records_the_browser(qtbot, make_wizard, guide, store, opened_urls):
    wizard = make_wizard("en")
    start_quick_route(qtbot, wizard, guide, opened_urls)
    assert wizard.currentId() == PageId.CONFIRM  # no device, no steps
    assert find(wizard, names.SHOW_STEPS_BUTTON, QPushButton).isVisible()
    assert not wizard.button(NEXT).isEnabled()
    click(qtbot, find(wizard, names.answer_button("off")))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    [record] = store.confirmations()
    assert (record.device, record.country, record.region, record.extras) == ("browser", "DE", "eu-eea-ch", ())
    assert opened_urls == [guide.main_action.link]


def test_show_steps_leaves_the_quick_route(qtbot, make_wizard, guide, store, opened_urls):
    wizard = make_wizard("en")
    start_quick_route(qtbot, wizard, guide, opened_urls)
    click(qtbot, find(wizard, names.SHOW_STEPS_BUTTON, QPushButton))
    assert wizard.currentId() == PageId.DEVICE
    assert wizard.session.state.quick_route is False
    click(qtbot, find(wizard, names.device_button("android")))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.STEPS
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM
    assert not find(wizard, names.SHOW_STEPS_BUTTON, QPushButton).isVisible()
    click(qtbot, find(wizard, names.answer_button("off")))
    click_next(qtbot, wizard)
    [record] = store.confirmations()
    assert record.device == "android"
