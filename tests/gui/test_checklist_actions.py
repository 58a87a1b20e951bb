"""The checklist worth coming back to: one entry per account, re-checks, history, and deleting everything."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton, QToolButton, QTreeWidget

import app.ui.app as ui_app
from app import __version__, i18n
from app.checklist_text import account_title, event_text, recheck_text
from app.core import regions
from app.core.checklist import RECHECK_SETTING, SWITCH, add_months, build_checklist
from app.core.datafiles import data_files
from app.core.flow import PageId
from app.core.guide import Guide
from app.core.records import CONFIRMED, RECHECKED, Confirmation, NewConfirmation, RecordStore
from app.i18n import _
from app.ui import names, record_actions
from app.ui.checklist_window import ChecklistWindow, HistoryDialog
from app.ui.wizard import AssistantWizard

from .helpers import (
    FINISH,
    LEFT,
    STEPS_HEADINGS,
    choose_in_combo,
    click,
    click_next,
    find,
    loose,
    plain,
    type_country,
    unfold_extras,
)

ROLE = Qt.ItemDataRole.UserRole


# -- fixtures and helpers --------------------------------------------------------------------------


@pytest.fixture
def start(qtbot, controllers, opened_urls):
    """start(guide, store) -> (controller, its first window, shown)."""

    def run(guide: Guide, store: RecordStore):
        controller = ui_app.Controller(guide, store)
        controllers.append(controller)
        window = controller.start()
        qtbot.waitExposed(window)
        return controller, window

    return run


def add(
    store: RecordStore,
    guide: Guide,
    *,
    country: str = "FR",
    device: str = "iphone",
    account: str = "",
    kind: str = CONFIRMED,
    extras: tuple[str, ...] = (),
    version: int | None = None,
    now: dt.datetime | None = None,
) -> Confirmation:
    return store.add_confirmation(
        NewConfirmation(
            device=device,
            country=country,
            region=guide.region_for_country(country).id,
            language="en",
            guide_id=guide.id,
            guide_version=guide.version if version is None else version,
            app_version=__version__,
            extras=extras,
            account=account,
            kind=kind,
        ),
        now=now,
    )


def days_ago(days: int) -> dt.datetime:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).replace(microsecond=0)


def on_disk(folder: Path) -> list[Confirmation]:
    store, notices = RecordStore.open(folder)
    try:
        assert notices == []
        return store.confirmations()
    finally:
        store.close()


def view_of(window: ChecklistWindow) -> QTreeWidget:
    return find(window, "checklistView", QTreeWidget)


def tops(window: ChecklistWindow) -> list:
    view = view_of(window)
    return [view.topLevelItem(i) for i in range(view.topLevelItemCount())]


def children(top) -> dict[str, object]:
    return {top.child(i).data(0, ROLE): top.child(i) for i in range(top.childCount())}


def select(qtbot, window: ChecklistWindow, title: str) -> None:
    """Click the account called `title` in the checklist."""
    view = view_of(window)
    [top] = [item for item in tops(window) if item.text(0) == title]
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualItemRect(top).center())
    assert view.currentItem() is top


def button(window, name: str) -> QPushButton:
    return find(window, name, QPushButton)


def walk(qtbot, wizard: AssistantWizard, country: str, device_id: str, account: str = "") -> None:
    """From the welcome page to the done page, typing `account` on the confirm page."""
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    assert wizard.currentId() == PageId.WELCOME
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, "countryCombo", QComboBox), regions.country_name(country, i18n.language()))
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button(device_id), QToolButton))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    confirm(qtbot, wizard, account)


def confirm(qtbot, wizard: AssistantWizard, account: str | None = None) -> None:
    """On the confirm page: tick the switch, type the account name if given, Next to the done page."""
    assert wizard.currentId() == PageId.CONFIRM
    click(qtbot, find(wizard, "answerOff"))
    if account is not None:
        line = find(wizard, "accountCombo", QComboBox).lineEdit()
        qtbot.mouseClick(line, LEFT)
        qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(line, account)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE


def finish(qtbot, wizard: AssistantWizard) -> None:
    click(qtbot, wizard.button(FINISH))
    assert not wizard.isVisible()


# -- one entry per account -------------------------------------------------------------------------


def test_one_entry_per_account_with_status_date_and_device(qtbot, guide, store, start):
    mine = add(store, guide, country="FR", device="iphone", extras=("objection_form",), now=days_ago(30))
    work = add(store, guide, country="US", device="browser", account="Work", now=days_ago(10))
    _controller, window = start(guide, store)
    assert isinstance(window, ChecklistWindow)

    assert [top.text(0) for top in tops(window)] == [account_title("", guide), "Work"]
    first, second = tops(window)
    assert list(children(first)) == [SWITCH, "objection_form", "recheck"]
    assert list(children(second)) == [SWITCH, "ads_sharing", "recheck"]

    switch, extra, _recheck = children(first).values()
    assert i18n.format_local_datetime(mine.recorded_at) in switch.text(0)
    assert _(guide.device("iphone").name) in switch.text(0)
    assert switch.text(1) == "✓ " + _("Off")
    assert i18n.format_local_datetime(mine.recorded_at) in extra.text(0)
    assert extra.text(1) == "✓ " + _("Done")

    switch, extra, _recheck = children(second).values()
    assert i18n.format_local_datetime(work.recorded_at) in switch.text(0)
    assert _(guide.device("browser").name) in switch.text(0)
    assert switch.text(0).startswith(_("LinkedIn's AI-training switch"))
    assert extra.text(0) == _(guide.extras["ads_sharing"].title)  # not done: no date, no device
    assert extra.text(1) == "○ " + _("Optional, not done")


@pytest.mark.parametrize(("language", "month"), [("en", "March"), ("fr", "mars")])
def test_dates_in_the_reader_format(qtbot, guide, store, start, language, month):
    moment = dt.datetime(2026, 3, 2, 9, 15, tzinfo=dt.UTC)
    record = add(store, guide, device="android", now=moment)
    i18n.set_language(language)
    _controller, window = start(guide, store)
    switch = children(tops(window)[0])[SWITCH]
    shown = i18n.format_local_datetime(record.recorded_at)
    assert month in shown
    assert shown in switch.text(0)
    assert _(guide.device("android").name) in switch.text(0)


def test_language_switches_live_in_the_checklist(qtbot, guide, store, data_dir, start):
    add(store, guide, device="android", now=dt.datetime(2026, 3, 2, 9, 15, tzinfo=dt.UTC))
    _controller, window = start(guide, store)
    switch = children(tops(window)[0])[SWITCH]
    assert "March" in switch.text(0)
    choose_in_combo(qtbot, find(window, "checklistLanguageCombo", QComboBox), "fr")
    assert i18n.language() == "fr"
    switch = children(tops(window)[0])[SWITCH]
    assert "mars" in switch.text(0)
    assert button(window, "restartWizardButton").text() == _("Check again") != "Check again"
    again, _notices = RecordStore.open(data_dir)
    assert again.setting(ui_app.LANGUAGE_SETTING) == "fr"
    again.close()


def test_restart_between_recording_and_checking(qtbot, guide, data_dir, start):
    first, _notices = RecordStore.open(data_dir)
    controller, wizard = start(guide, first)
    assert isinstance(wizard, AssistantWizard)
    walk(qtbot, wizard, "GB", "android")
    recorded = wizard.session.recorded
    finish(qtbot, wizard)
    assert controller.checklist is None  # first launch: the wizard ends, no checklist behind it
    first.close()

    second, _notices = RecordStore.open(data_dir)
    try:
        _controller, window = start(guide, second)
        assert isinstance(window, ChecklistWindow)
        [top] = tops(window)
        switch = children(top)[SWITCH]
        assert i18n.format_local_datetime(recorded.recorded_at) in switch.text(0)
        assert _(guide.device("android").name) in switch.text(0)
        assert switch.text(1).startswith("✓")
        assert second.confirmations() == [recorded]
    finally:
        second.close()


# -- re-check due: the period, and a newer guide ---------------------------------------------------


def recheck_row(window: ChecklistWindow, index: int = 0):
    return children(tops(window)[index])["recheck"]


def expected_recheck(guide: Guide, events: list[Confirmation], months: int) -> tuple[str, str]:
    checklist = build_checklist(guide, events, months)
    status, when = recheck_text(checklist, dt.date.today())
    mark = "⚠ " if checklist.recheck_is_due(dt.date.today()) else "○ "
    return _("Re-check") + (f"\n{when}" if when else ""), mark + status


def test_recheck_period_is_chosen_kept_and_applied(qtbot, guide, store, data_dir, start):
    event = add(store, guide, now=days_ago(45))
    controller, window = start(guide, store)
    combo = find(window, "recheckPeriodCombo", QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == [1, 3, 6, 12]
    assert combo.currentData() == 6  # the default
    row = recheck_row(window)
    assert (row.text(0), row.text(1)) == expected_recheck(guide, [event], 6)
    assert row.text(1) == "○ " + _("Not yet")
    due = add_months(event.recorded_at.astimezone().date(), 6)
    assert row.text(0) == _("Re-check") + "\n" + _("due on {date}").format(date=i18n.format_date(due))

    choose_in_combo(qtbot, combo, 1)
    row = recheck_row(window)
    assert (row.text(0), row.text(1)) == expected_recheck(guide, [event], 1)
    assert row.text(1) == "⚠ " + _("Due now")
    since = add_months(event.recorded_at.astimezone().date(), 1)
    assert _("since {date}").format(date=i18n.format_date(since)) in row.text(0)
    again, _notices = RecordStore.open(data_dir)
    assert again.setting(RECHECK_SETTING) == "1"
    again.close()

    choose_in_combo(qtbot, combo, 12)
    row = recheck_row(window)
    assert (row.text(0), row.text(1)) == expected_recheck(guide, [event], 12)
    assert store.setting(RECHECK_SETTING) == "12"

    # Kept for the next launch.
    window.close()
    controller.checklist = None
    _controller, window = start(guide, store)
    assert find(window, "recheckPeriodCombo", QComboBox).currentData() == 12
    assert (recheck_row(window).text(0), recheck_row(window).text(1)) == expected_recheck(guide, [event], 12)


def test_newer_guide_makes_a_recheck_due_until_rechecked(qtbot, guide, store, data_dir, start):
    first = add(store, guide, extras=("objection_form",), now=days_ago(3))
    newer = guide._replace(version=guide.version + 1)
    controller, window = start(newer, store)
    row = recheck_row(window)
    assert row.text(1) == "⚠ " + _("Due now: the instructions changed")
    assert _("The instructions changed since you last checked: please go through the steps again.") in plain(
        find(window, "checklistSummary", QLabel)
    )

    click(qtbot, button(window, "recheckedButton"))

    events = on_disk(data_dir)
    assert events[0] == first
    [recheck] = events[1:]
    assert recheck.kind == RECHECKED
    assert recheck.guide_version == newer.version
    assert (recheck.device, recheck.country, recheck.region, recheck.account) == ("iphone", "FR", "eu-eea-ch", "")
    assert recheck.extras == ()
    assert abs(recheck.recorded_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)

    window = controller.checklist
    assert window.isVisible()
    row = recheck_row(window)
    assert row.text(1) == "○ " + _("Not yet")
    due = add_months(recheck.recorded_at.astimezone().date(), 6)
    assert i18n.format_date(due) in row.text(0)
    items = children(tops(window)[0])
    assert i18n.format_local_datetime(recheck.recorded_at) in items[SWITCH].text(0)
    # The objection form was sent with the first record; the re-check does not undo it.
    assert i18n.format_local_datetime(first.recorded_at) in items["objection_form"].text(0)
    assert items["objection_form"].text(1) == "✓ " + _("Done")


def test_rechecked_acts_on_the_selected_account(qtbot, guide, store, data_dir, start):
    add(store, guide, country="FR", device="iphone", now=days_ago(300))
    add(store, guide, country="US", device="android", account="Work", now=days_ago(200))
    _controller, window = start(guide, store)
    select(qtbot, window, "Work")
    assert "Work" in find(window, "checklistView", QTreeWidget).currentItem().text(0)
    click(qtbot, button(window, "recheckedButton"))
    latest = on_disk(data_dir)[-1]
    assert (latest.kind, latest.account, latest.device, latest.country) == (RECHECKED, "Work", "android", "US")
    # Still on "Work" after the refresh.
    assert view_of(window).currentItem().data(0, ROLE + 1) == "linkedin-ai-training/Work"  # service/account
    assert recheck_row(window, 1).text(1) == "○ " + _("Not yet")
    assert recheck_row(window, 0).text(1) == "⚠ " + _("Due now")


# -- check again, add an account -------------------------------------------------------------------


def test_check_again_opens_the_steps_for_the_same_account(qtbot, guide, store, data_dir, start):
    add(store, guide, country="FR", device="iphone", now=days_ago(300))
    add(store, guide, country="US", device="android", account="Work", now=days_ago(200))
    controller, window = start(guide, store)
    select(qtbot, window, "Work")

    click(qtbot, button(window, "restartWizardButton"))

    wizard = controller.wizard
    assert isinstance(wizard, AssistantWizard)
    qtbot.waitExposed(wizard)
    assert not window.isVisible()
    assert wizard.currentId() == PageId.STEPS
    state = wizard.session.state
    assert (state.country, state.device, state.account) == ("US", "android", "Work")
    assert wizard.currentPage().heading == STEPS_HEADINGS["android", i18n.language()]
    click_next(qtbot, wizard)
    assert find(wizard, "accountCombo", QComboBox).currentText() == "Work"
    unfold_extras(qtbot, wizard)
    assert find(wizard, "adsSharingButton", QPushButton).isVisible()
    confirm(qtbot, wizard)
    finish(qtbot, wizard)

    assert controller.checklist is window and window.isVisible()
    latest = on_disk(data_dir)[-1]
    assert (latest.kind, latest.account, latest.device, latest.country) == (CONFIRMED, "Work", "android", "US")
    assert [top.text(0) for top in tops(window)] == [account_title("", guide), "Work"]
    assert recheck_row(window, 1).text(1) == "○ " + _("Not yet")


def test_check_again_with_one_account_needs_no_selection(qtbot, guide, store, start):
    add(store, guide, country="CA", device="browser", now=days_ago(5))
    controller, window = start(guide, store)
    click(qtbot, button(window, "restartWizardButton"))
    wizard = controller.wizard
    assert wizard.currentId() == PageId.STEPS
    assert (wizard.session.state.country, wizard.session.state.device) == ("CA", "browser")


def test_done_page_after_check_again_uses_the_chosen_period(qtbot, guide, store, start):
    add(store, guide, country="FR", device="iphone", now=days_ago(100))
    store.set_setting(RECHECK_SETTING, "3")
    controller, window = start(guide, store)
    click(qtbot, button(window, "restartWizardButton"))
    wizard = controller.wizard
    click_next(qtbot, wizard)
    confirm(qtbot, wizard)
    recorded = wizard.session.recorded
    due = add_months(recorded.recorded_at.astimezone().date(), 3)
    assert loose(i18n.format_date(due)) in loose(plain(find(wizard, "recordSummary", QLabel)))


def test_add_an_account(qtbot, guide, store, data_dir, start):
    add(store, guide, country="FR", device="iphone", now=days_ago(20))
    controller, window = start(guide, store)

    click(qtbot, button(window, "addAccountButton"))

    wizard = controller.wizard
    qtbot.waitExposed(wizard)
    assert not window.isVisible()
    assert wizard.currentId() == PageId.WELCOME
    walk(qtbot, wizard, "DE", "browser", account="Work")
    finish(qtbot, wizard)

    assert window.isVisible()
    assert [top.text(0) for top in tops(window)] == [account_title("", guide), "Work"]
    switch = children(tops(window)[1])[SWITCH]
    assert _(guide.device("browser").name) in switch.text(0)
    work = [c for c in on_disk(data_dir) if c.account == "Work"]
    assert [(c.country, c.device, c.kind) for c in work] == [("DE", "browser", CONFIRMED)]

    # A third time through: the confirm page offers the labels already used.
    click(qtbot, button(window, "addAccountButton"))
    wizard = controller.wizard
    walk(qtbot, wizard, "FR", "iphone", account="")
    combo = find(wizard, "accountCombo", QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Work"]


# -- history ---------------------------------------------------------------------------------------


def test_history_lists_every_event_of_the_account(qtbot, guide, store, start, monkeypatch):
    newer = guide._replace(version=guide.version + 1)
    events = [
        add(store, guide, device="iphone", extras=("objection_form",), now=days_ago(300)),
        add(store, guide, device="android", kind=RECHECKED, now=days_ago(100)),
        add(store, newer, device="browser", kind=RECHECKED, now=days_ago(1)),
    ]
    work = add(store, guide, country="US", device="android", account="Work", now=days_ago(50))
    shown: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    _controller, window = start(newer, store)

    click(qtbot, button(window, "historyButton"))

    [dialog] = shown
    assert account_title("", guide) in dialog.windowTitle()
    view = find(dialog, "historyView", QTreeWidget)
    rows = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
    assert len(rows) == 3
    for row, event in zip(rows, reversed(events), strict=True):  # newest first
        assert row.text(0) == i18n.format_local_datetime(event.recorded_at)
        assert row.text(1) == event_text(event, newer)
        assert _("Guide version {version}").format(version=event.guide_version) in row.text(2)
    assert rows[0].text(1) == "Re-checked: still off in a web browser on your computer"
    assert _(guide.extras["objection_form"].done) in rows[2].text(2)

    select(qtbot, window, "Work")
    click(qtbot, button(window, "historyButton"))
    view = find(shown[1], "historyView", QTreeWidget)
    assert view.topLevelItemCount() == 1
    assert view.topLevelItem(0).text(0) == i18n.format_local_datetime(work.recorded_at)
    assert "Work" in shown[1].windowTitle()


# -- delete everything -----------------------------------------------------------------------------


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch):
    """answer(button): the "Delete everything?" box returns `button`; returns the calls recorded."""
    calls: list[tuple[str, str]] = []

    def set_answer(reply: QMessageBox.StandardButton) -> list[tuple[str, str]]:
        def warning(parent, title, text, *args, **kwargs):
            calls.append(("warning", title))
            return reply

        def information(parent, title, text, *args, **kwargs):
            calls.append(("information", title))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(record_actions.QMessageBox, "warning", warning)
        monkeypatch.setattr(record_actions.QMessageBox, "information", information)
        return calls

    return set_answer


def populate(store: RecordStore, guide: Guide) -> None:
    add(store, guide, country="FR", device="iphone", extras=("objection_form",), now=days_ago(40))
    add(store, guide, country="US", device="browser", account="Work", now=days_ago(4))
    store.set_setting(RECHECK_SETTING, "3")
    store.set_setting(ui_app.LANGUAGE_SETTING, "en")


@pytest.mark.parametrize("unrelated", [False, True])
def test_delete_everything(qtbot, guide, store, data_dir, start, answer, unrelated):
    populate(store, guide)
    if unrelated:
        (data_dir / "my-notes.txt").write_text("keep me", encoding="utf-8")
    calls = answer(QMessageBox.StandardButton.Yes)
    controller, window = start(guide, store)

    click(qtbot, button(window, "deleteEverythingButton"))

    assert calls == [("warning", _("Delete everything?")), ("information", _("Deleted"))]
    if unrelated:
        assert data_dir.is_dir()
        assert data_files(data_dir) == []
        assert [p.name for p in data_dir.iterdir()] == ["my-notes.txt"]
        assert (data_dir / "my-notes.txt").read_text(encoding="utf-8") == "keep me"
    else:
        assert not data_dir.exists()
    assert controller.checklist is None
    assert not shiboken6.isValid(window) or not window.isVisible()
    wizard = controller.wizard
    assert isinstance(wizard, AssistantWizard)
    qtbot.waitExposed(wizard)
    assert wizard.isVisible() and wizard.currentId() == PageId.WELCOME

    again, notices = RecordStore.open(data_dir)
    try:
        assert notices == []
        assert again.confirmations() == []
        assert again.setting(RECHECK_SETTING) is None
        assert again.setting(ui_app.LANGUAGE_SETTING) is None
    finally:
        again.close()

    # As on first launch: going through the wizard records afresh, and the checklist follows.
    walk(qtbot, wizard, "FR", "android")
    click(qtbot, find(wizard, "showChecklistButton", QPushButton))
    window = controller.checklist
    assert window is not None and window.isVisible()
    assert len(tops(window)) == 1
    assert [c.device for c in on_disk(data_dir)] == ["android"]
    assert find(window, "recheckPeriodCombo", QComboBox).currentData() == 6


def test_delete_everything_cancelled_keeps_everything(qtbot, guide, store, data_dir, start, answer):
    populate(store, guide)
    before = on_disk(data_dir)
    files = sorted(p.name for p in data_dir.iterdir())
    calls = answer(QMessageBox.StandardButton.Cancel)
    controller, window = start(guide, store)

    click(qtbot, button(window, "deleteEverythingButton"))

    assert calls == [("warning", _("Delete everything?"))]
    assert sorted(p.name for p in data_dir.iterdir()) == files
    assert on_disk(data_dir) == before
    assert store.setting(RECHECK_SETTING) == "3"
    assert controller.checklist is window and window.isVisible()
    assert controller.wizard is None
    assert len(tops(window)) == 2
