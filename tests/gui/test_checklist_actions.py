"""The status home worth coming back to: one card per account, checking again, history, and deleting everything."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import shiboken6
from factories import new_confirmation
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMessageBox, QPushButton, QToolButton, QTreeWidget

from app import __version__, i18n
from app.core import regions, settings
from app.core.datafiles import data_files
from app.core.flow import PageId
from app.core.guide import Guide
from app.core.records import CONFIRMED, RECHECKED, Confirmation, RecordStore
from app.ui import names, record_actions
from app.ui.status_home import AccountCard, HistoryDialog, StatusHome
from app.ui.wizard import AssistantWizard

from .helpers import (
    FINISH,
    LEFT,
    STEPS_HEADINGS,
    card_more,
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
        new_confirmation(
            device=device,
            country=country,
            region=guide.region_for_country(country).id,
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


def shown_cards(window: StatusHome) -> dict[str, AccountCard]:
    """The account cards on screen, by their title, in order."""
    return {card.title.text(): card for card in window.findChildren(AccountCard) if card.isVisible()}


def cards(qtbot, window: StatusHome, count: int | None = None) -> dict[str, AccountCard]:
    """The account cards, once they are on screen (a refresh shows new ones a moment later)."""
    expected = len(window.status.accounts) if count is None else count
    qtbot.waitUntil(lambda: len(shown_cards(window)) == expected)
    return shown_cards(window)


def texts(card: AccountCard) -> tuple[str, str, str, str]:
    """A card as a reader reads it: badge, details, extras, main action."""
    return (
        loose(card.badge.text()),
        loose(card.details.text()),
        loose(plain(card.extras)),
        find(card, names.CARD_ACTION, QPushButton).text(),
    )


def button(window, name: str) -> QPushButton:
    return find(window, name, QPushButton)


def months_later(day: dt.date, months: int) -> dt.date:
    """The test's own month arithmetic (the same day, or the month's last day when it is shorter)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return dt.date(year, month, min(day.day, last[month - 1]))


def english(day: dt.date) -> str:
    """A date as the English window writes it: "2 March 2026"."""
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    return f"{day.day} {months[day.month - 1]} {day.year}"  # the British way, as the spelling is


def local(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()


def walk(qtbot, wizard: AssistantWizard, country: str, device_id: str, account: str = "") -> None:
    """From the welcome page (or the country's, where "Add another account" opens) to the done page,
    typing `account` on the confirm page."""
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    assert wizard.currentId() in (PageId.WELCOME, PageId.REGION)
    if wizard.currentId() == PageId.WELCOME:
        click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), regions.country_name(country, i18n.language()))
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button(device_id), QToolButton))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    confirm(qtbot, wizard, account)


def confirm(qtbot, wizard: AssistantWizard, account: str | None = None) -> None:
    """On the confirm page: tick the switch, type the account name if given, Next to the done page."""
    assert wizard.currentId() == PageId.CONFIRM
    click(qtbot, find(wizard, names.answer_button("off")))
    if account is not None:
        line = find(wizard, names.ACCOUNT_COMBO, QComboBox).lineEdit()
        qtbot.mouseClick(line, LEFT)
        qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(line, account)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE


def finish(qtbot, wizard: AssistantWizard) -> None:
    click(qtbot, wizard.button(FINISH))
    assert not wizard.isVisible()


# -- one card per account -------------------------------------------------------------------------


def test_one_card_per_account_with_its_badge_date_device_and_extras(qtbot, guide, store, launch):
    mine = add(store, guide, country="FR", device="iphone", extras=("objection_form",), now=days_ago(30))
    work = add(store, guide, country="US", device="browser", account="Work", now=days_ago(10))
    _controller, window = launch(guide, store)
    assert isinstance(window, StatusHome)
    shown = cards(qtbot, window)
    assert list(shown) == ["Your LinkedIn account", "Work"]
    badge, details, extras, action = texts(shown["Your LinkedIn account"])
    assert badge == f"Off since {english(local(mine.recorded_at))}"
    assert details.startswith(
        f"Last done on {english(local(mine.recorded_at))}, on your iPhone.\nNext re-check due on "
    )
    assert extras == f"✓ Object with LinkedIn's form: sent on {english(local(mine.recorded_at))}"
    assert action == "Check it now"
    badge, details, extras, action = texts(shown["Work"])
    assert badge == f"Off since {english(local(work.recorded_at))}"
    assert details.startswith(f"Last done on {english(local(work.recorded_at))}, in a web browser on your computer.")
    assert extras == ("○ Stop LinkedIn sharing your data with Microsoft for ads: optional, you can do it later")


@pytest.mark.parametrize(
    ("language", "done"),
    [
        ("en", "Last done on 2 March 2026, on your Android phone."),
        ("fr", "Fait le 2 mars 2026, sur votre téléphone Android."),
    ],
)
def test_dates_in_the_reader_format(qtbot, guide, store, launch, language, done):
    add(store, guide, device="android", now=dt.datetime(2026, 3, 2, 12, 15, tzinfo=dt.UTC))
    i18n.set_language(language)
    _controller, window = launch(guide, store)
    [card] = cards(qtbot, window).values()
    assert texts(card)[1].startswith(done)


def test_language_switches_live_on_the_status_home(qtbot, guide, store, data_dir, launch):
    add(store, guide, device="android", now=dt.datetime(2026, 3, 2, 12, 15, tzinfo=dt.UTC))
    _controller, window = launch(guide, store)
    [card] = cards(qtbot, window).values()
    assert texts(card)[1].startswith("Last done on 2 March 2026")
    choose_in_combo(qtbot, find(window, names.LANGUAGE_SWITCH, QComboBox), "fr")
    assert i18n.language() == "fr"
    [card] = cards(qtbot, window).values()
    badge, details, _extras, action = texts(card)
    assert details.startswith("Fait le 2 mars 2026, sur votre téléphone Android.")
    assert (badge, action) == ("À vérifier", "Vérifier maintenant")  # due since September 2026
    again, _notices = RecordStore.open(data_dir)
    assert again.setting(settings.LANGUAGE.key) == "fr"
    again.close()


def test_restart_between_recording_and_checking(qtbot, guide, data_dir, launch):
    first, _notices = RecordStore.open(data_dir)
    controller, wizard = launch(guide, first)
    assert isinstance(wizard, AssistantWizard)
    walk(qtbot, wizard, "GB", "android")
    recorded = wizard.session.recorded[0]
    finish(qtbot, wizard)
    assert controller.checklist is None  # first launch: the wizard ends, no status home behind it
    first.close()

    second, _notices = RecordStore.open(data_dir)
    try:
        _controller, window = launch(guide, second)
        assert isinstance(window, StatusHome)
        [card] = cards(qtbot, window).values()
        badge, details, _extras, _action = texts(card)
        assert badge == f"Off since {english(local(recorded.recorded_at))}"
        assert details.startswith(f"Last done on {english(local(recorded.recorded_at))}, on your Android phone.")
        assert second.confirmations() == [recorded]
    finally:
        second.close()


# -- when to check again: the period, and a newer guide --------------------------------------------


def test_check_period_is_chosen_kept_and_applied(qtbot, guide, store, data_dir, launch):
    event = add(store, guide, now=days_ago(45))
    controller, window = launch(guide, store)
    combo = find(window, names.RECHECK_PERIOD_COMBO, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == [1, 3, 6, 12]
    assert combo.currentData() == 6  # the default
    [card] = cards(qtbot, window).values()
    due = months_later(local(event.recorded_at), 6)
    assert texts(card)[1].endswith(f"Next re-check due on {english(due)}.")
    assert texts(card)[3] == "Check it now"

    choose_in_combo(qtbot, combo, 1)
    [card] = cards(qtbot, window).values()
    since = months_later(local(event.recorded_at), 1)
    badge, details, _extras, action = texts(card)
    assert badge == "Time to check"
    assert details.endswith(f"A re-check has been due since {english(since)}: LinkedIn sometimes changes its settings.")
    assert action == "Check now"
    again, _notices = RecordStore.open(data_dir)
    assert again.setting(settings.RECHECK_MONTHS.key) == "1"
    again.close()

    choose_in_combo(qtbot, combo, 12)
    assert store.setting(settings.RECHECK_MONTHS.key) == "12"

    # Kept for the next launch.
    window.close()
    controller.checklist = None
    _controller, window = launch(guide, store)
    assert find(window, names.RECHECK_PERIOD_COMBO, QComboBox).currentData() == 12
    [card] = cards(qtbot, window).values()
    assert texts(card)[1].endswith(f"Next re-check due on {english(months_later(local(event.recorded_at), 12))}.")


def test_a_newer_guide_makes_a_check_due(qtbot, guide, store, launch):
    add(store, guide, extras=("objection_form",), now=days_ago(3))
    newer = guide._replace(version=guide.version + 1)
    controller, window = launch(newer, store)
    [card] = cards(qtbot, window).values()
    badge, details, _extras, action = texts(card)
    assert badge == "Time to check"
    assert "The instructions changed since you last checked: please go through the steps again." in details
    assert action == "Check now"
    click(qtbot, find(card, names.CARD_ACTION, QPushButton))
    wizard = controller.wizard
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == PageId.STEPS


def test_check_it_now_records_still_off_and_shows_it_on_that_card(qtbot, guide, store, data_dir, launch, opened_urls):
    first = add(store, guide, extras=("objection_form",), now=days_ago(300))
    add(store, guide, country="US", device="android", account="Work", now=days_ago(20))
    controller, window = launch(guide, store)
    work = cards(qtbot, window)["Work"]
    click(qtbot, find(work, names.CARD_ACTION, QPushButton))
    dialog = find(window, names.RECHECK_DIALOG, QDialog)
    qtbot.waitExposed(dialog)
    assert opened_urls == [guide.main_action.link]  # the page opens first
    assert on_disk(data_dir)[-1].kind == CONFIRMED  # nothing is recorded before an answer
    click(qtbot, find(dialog, names.answer_button("already_off")))
    click(qtbot, find(dialog, names.PRIMARY_BUTTON, QPushButton))  # "Save my answer"

    events = on_disk(data_dir)
    assert events[0] == first
    recheck = events[-1]
    assert (recheck.kind, recheck.account, recheck.device, recheck.country) == (RECHECKED, "Work", "android", "US")
    assert recheck.extras == ()
    assert abs(recheck.recorded_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)

    window = controller.checklist
    work = cards(qtbot, window)["Work"]
    feedback = find(work, names.CARD_FEEDBACK, QLabel)
    qtbot.waitUntil(feedback.isVisible)
    due = months_later(local(recheck.recorded_at), 6)
    assert loose(feedback.text()) == f"Recorded: still off today. Next check around {english(due)}."
    assert texts(work)[1].endswith(f"Next re-check due on {english(due)}.")
    # The other account is untouched, and still due.
    assert texts(cards(qtbot, window)["Your LinkedIn account"])[0] == "Time to check"


# -- check again, add an account -------------------------------------------------------------------


def test_check_now_opens_the_steps_for_the_same_account(qtbot, guide, store, data_dir, launch):
    add(store, guide, country="FR", device="iphone", now=days_ago(3))
    add(store, guide, country="US", device="android", account="Work", now=days_ago(200))
    controller, window = launch(guide, store)
    work = cards(qtbot, window)["Work"]
    assert texts(work)[3] == "Check now"

    click(qtbot, find(work, names.CARD_ACTION, QPushButton))

    wizard = controller.wizard
    assert isinstance(wizard, AssistantWizard)
    qtbot.waitExposed(wizard)
    assert not window.isVisible()
    assert wizard.currentId() == PageId.STEPS
    state = wizard.session.state
    assert (state.country, state.device, state.account) == ("US", "android", "Work")
    assert wizard.currentPage().heading == STEPS_HEADINGS["android", i18n.language()]
    click_next(qtbot, wizard)
    assert find(wizard, names.ACCOUNT_COMBO, QComboBox).currentText() == "Work"
    unfold_extras(qtbot, wizard)
    assert find(wizard, names.extra("ads_sharing").button, QPushButton).isVisible()
    confirm(qtbot, wizard)
    finish(qtbot, wizard)

    assert controller.checklist is window and window.isVisible()
    latest = on_disk(data_dir)[-1]
    assert (latest.kind, latest.account, latest.device, latest.country) == (CONFIRMED, "Work", "android", "US")
    shown = cards(qtbot, window)
    assert list(shown) == ["Your LinkedIn account", "Work"]
    assert texts(shown["Work"])[3] == "Check it now"


def test_the_steps_again_from_more_when_nothing_is_due(qtbot, guide, store, launch):
    add(store, guide, country="CA", device="browser", now=days_ago(5))
    controller, window = launch(guide, store)
    cards(qtbot, window)
    card_more(window, names.MORE_STEPS)
    wizard = controller.wizard
    assert wizard.currentId() == PageId.STEPS
    assert (wizard.session.state.country, wizard.session.state.device) == ("CA", "browser")


def test_done_page_after_check_now_uses_the_chosen_period(qtbot, guide, store, launch):
    add(store, guide, country="FR", device="iphone", now=days_ago(100))
    store.set_setting(settings.RECHECK_MONTHS.key, "3")
    controller, window = launch(guide, store)
    [card] = cards(qtbot, window).values()
    click(qtbot, find(card, names.CARD_ACTION, QPushButton))  # due: "Check now"
    wizard = controller.wizard
    click_next(qtbot, wizard)
    confirm(qtbot, wizard)
    recorded = wizard.session.recorded[0]
    due = months_later(local(recorded.recorded_at), 3)
    assert f"check again around {english(due)}." in loose(plain(find(wizard, names.RECORD_SUMMARY, QLabel)))


def test_add_an_account(qtbot, guide, store, data_dir, launch):
    add(store, guide, country="FR", device="iphone", now=days_ago(20))
    controller, window = launch(guide, store)

    click(qtbot, button(window, names.ADD_ACCOUNT_BUTTON))

    wizard = controller.wizard
    qtbot.waitExposed(wizard)
    assert not window.isVisible()
    assert wizard.currentId() == PageId.REGION  # the country of the first account, to confirm or change
    walk(qtbot, wizard, "DE", "browser", account="Work")
    finish(qtbot, wizard)

    assert window.isVisible()
    shown = cards(qtbot, window)
    assert list(shown) == ["Your LinkedIn account", "Work"]
    assert ", in a web browser on your computer." in texts(shown["Work"])[1]
    work = [c for c in on_disk(data_dir) if c.account == "Work"]
    assert [(c.country, c.device, c.kind) for c in work] == [("DE", "browser", CONFIRMED)]

    # A third time through: the confirm page offers the labels already used.
    click(qtbot, button(window, names.ADD_ACCOUNT_BUTTON))
    wizard = controller.wizard
    walk(qtbot, wizard, "FR", "iphone", account="Family")
    combo = find(wizard, names.ACCOUNT_COMBO, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Work"]


# -- history ---------------------------------------------------------------------------------------


def test_history_lists_every_event_of_the_account(qtbot, guide, store, launch, monkeypatch):
    newer = guide._replace(version=guide.version + 1)
    add(store, guide, device="iphone", extras=("objection_form",), now=dt.datetime(2026, 1, 5, 12, tzinfo=dt.UTC))
    add(store, guide, device="android", kind=RECHECKED, now=dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC))
    add(store, newer, device="browser", kind=RECHECKED, now=dt.datetime(2026, 9, 1, 12, tzinfo=dt.UTC))
    add(store, guide, country="US", device="android", account="Work", now=dt.datetime(2026, 8, 1, 12, tzinfo=dt.UTC))
    shown: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    _controller, window = launch(newer, store)
    cards(qtbot, window)

    card_more(window, names.MORE_HISTORY, 0)

    [dialog] = shown
    assert dialog.windowTitle() == "History: Your LinkedIn account"
    view = find(dialog, names.HISTORY_VIEW, QTreeWidget)
    rows = [[view.topLevelItem(i).text(c) for c in range(3)] for i in range(view.topLevelItemCount())]
    assert [(what, extras) for _when, what, extras in rows] == [  # newest first
        ("Re-checked: still off in a web browser on your computer", ""),
        ("Re-checked: still off on your Android phone", ""),
        ("Switched off, through the steps on your iPhone", "I sent the objection form"),
    ]
    assert [when.split(" at ")[0] for when, _what, _extras in rows] == [
        "1 September 2026",
        "1 June 2026",
        "5 January 2026",
    ]

    card_more(window, names.MORE_HISTORY, 1)
    assert shown[1].windowTitle() == "History: Work"
    view = find(shown[1], names.HISTORY_VIEW, QTreeWidget)
    assert view.topLevelItemCount() == 1
    assert view.topLevelItem(0).text(0).startswith("1 August 2026 at ")


# -- delete everything -----------------------------------------------------------------------------


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch):
    """answer(delete): the "Delete everything?" box gets a click on "Delete everything" (or on "Keep
    everything"); returns what was asked and said, as a person reads it."""
    calls: list[tuple] = []

    def set_answer(delete: bool) -> list[tuple]:
        def ask(box: QMessageBox) -> int:
            buttons = sorted(b.text() for b in box.buttons())
            calls.append(("ask", box.text(), buttons, box.defaultButton().text(), box.escapeButton().text()))
            name = names.CONFIRM_DELETE_BUTTON if delete else names.PRIMARY_BUTTON
            [chosen] = [b for b in box.buttons() if b.objectName() == name]
            chosen.click()
            return 0

        def information(parent, title, text, *args, **kwargs):
            calls.append(("information", title, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "exec", ask)
        monkeypatch.setattr(record_actions.QMessageBox, "information", information)
        return calls

    return set_answer


ASKED = ("ask", "Delete everything?", ["Delete everything", "Keep everything"], "Keep everything", "Keep everything")


def populate(store: RecordStore, guide: Guide) -> None:
    add(store, guide, country="FR", device="iphone", extras=("objection_form",), now=days_ago(40))
    add(store, guide, country="US", device="browser", account="Work", now=days_ago(4))
    store.set_setting(settings.RECHECK_MONTHS.key, "3")
    store.set_setting(settings.LANGUAGE.key, "en")


@pytest.mark.parametrize("unrelated", [False, True])
def test_delete_everything(qtbot, guide, store, data_dir, launch, answer, unrelated):
    populate(store, guide)
    if unrelated:
        (data_dir / "my-notes.txt").write_text("keep me", encoding="utf-8")
    calls = answer(True)
    controller, window = launch(guide, store)

    click(qtbot, button(window, names.DELETE_EVERYTHING_BUTTON))

    assert calls == [
        ASKED,
        (
            "information",
            "Deleted",
            "Everything the assistant kept on this computer is deleted. Your LinkedIn setting is not changed "
            "by this: it stays as you left it. You can start again at any time.",
        ),
    ]
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
        assert again.setting(settings.RECHECK_MONTHS.key) is None
        assert again.setting(settings.LANGUAGE.key) is None
    finally:
        again.close()

    # As on first launch: going through the wizard records afresh, and the checklist follows.
    walk(qtbot, wizard, "FR", "android")
    click(qtbot, find(wizard, names.SHOW_CHECKLIST_BUTTON, QPushButton))
    window = controller.checklist
    assert window is not None and window.isVisible()
    assert len(cards(qtbot, window)) == 1
    assert [c.device for c in on_disk(data_dir)] == ["android"]
    assert find(window, names.RECHECK_PERIOD_COMBO, QComboBox).currentData() == 6


def test_delete_everything_cancelled_keeps_everything(qtbot, guide, store, data_dir, launch, answer):
    populate(store, guide)
    before = on_disk(data_dir)
    files = sorted(p.name for p in data_dir.iterdir())
    calls = answer(False)
    controller, window = launch(guide, store)

    click(qtbot, button(window, names.DELETE_EVERYTHING_BUTTON))

    assert calls == [ASKED]
    assert sorted(p.name for p in data_dir.iterdir()) == files
    assert on_disk(data_dir) == before
    assert store.setting(settings.RECHECK_MONTHS.key) == "3"
    assert controller.checklist is window and window.isVisible()
    assert controller.wizard is None
    assert len(cards(qtbot, window)) == 2
