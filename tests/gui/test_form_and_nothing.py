"""A service of another shape than a switch, walked through every route in English and French: the fictional
Friendsy (tests/fixtures/guides-shapes), whose action is an objection form in Europe, done in each of its
two apps (Friendsy and Pixgram), and nothing at all elsewhere. Full route, the honest page where nothing
can be done, stop-and-resume, and "Check now" from the home; what lands on disk is read back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton, QWidget

from app import i18n
from app.core import settings
from app.core.flow import PageId
from app.core.records import NewConfirmation, RecordStore
from app.ui import names

from .helpers import (
    FINISH,
    NEXT,
    click,
    click_next,
    compiled_guides,
    find,
    guides_installed,
    loose,
    plain,
    type_country,
)

ROOT = Path(__file__).resolve().parents[2]
SHAPES = ROOT / "tests" / "fixtures" / "guides-shapes"
FRIENDSY = "friendsy-ai-training"

TEXTS = {
    "en": {
        "france": "France",
        "us": "United States",
        "steps": [
            "Open Friendsy and tap “Menu”.",
            "Tap “Privacy Centre”.",
            "Open Pixgram and tap “Profile”.",
            "Tap “AI at Pixgram”, then send the form.",
        ],
        "apps": ["On Friendsy", "On Friendsy", "On Pixgram", "On Pixgram"],
        "friendsy": "On Friendsy: did you send “Object to your information being used for AI”?",
        "pixgram": "On Pixgram: did you send “Object to your information being used for AI”?",
        "sent": "I sent it",
        "done": "✓ On Friendsy, you sent “Object to your information being used for AI” on your phone.",
        "nothing": "Friendsy: no way to refuse this where you live, for now",
        "why": "Friendsy offers no form and no setting to keep your own posts out of its AI training in this region.",
        "helps": "What helps instead",
        "history": "Friendsy has trained its AI on public posts here since 2023.",
        "end": "Part 5 of 5: The end",
    },
    "fr": {
        "france": "France",
        "us": "États-Unis",
        "steps": [
            "Ouvrez Friendsy et touchez « Menu ».",
            "Touchez « Espace confidentialité ».",
            "Ouvrez Pixgram et touchez « Profil ».",
            "Touchez « L’IA chez Pixgram », puis envoyez le formulaire.",
        ],
        "apps": ["Sur Friendsy", "Sur Friendsy", "Sur Pixgram", "Sur Pixgram"],
        "friendsy": "Sur Friendsy : avez-vous envoyé « S’opposer à l’utilisation de vos informations pour l’IA » ?",
        "pixgram": "Sur Pixgram : avez-vous envoyé « S’opposer à l’utilisation de vos informations pour l’IA » ?",
        "sent": "Je l’ai envoyé",
        "done": "✓ Sur Friendsy, vous avez envoyé « S’opposer à l’utilisation de vos informations pour l’IA » "
        "sur votre téléphone.",
        "nothing": "Friendsy : aucun moyen de refuser cela là où vous vivez, pour l’instant",
        "why": "Friendsy ne propose ici ni formulaire ni réglage pour tenir vos propres publications à l’écart de "
        "l’entraînement de son IA.",
        "helps": "Ce qui aide à la place",
        "history": "Ici, Friendsy entraîne son IA avec les publications publiques depuis 2023.",
        "end": "Fin (partie 5 sur 5)",
    },
}


@pytest.fixture(scope="session")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture's guide, with its catalog compiled as scripts/translations.py --compile does."""
    return compiled_guides(SHAPES, tmp_path_factory.mktemp("shapes"))


@pytest.fixture
def friendsy(shapes: Path, monkeypatch: pytest.MonkeyPatch):
    with guides_installed(shapes, monkeypatch) as catalog:
        assert catalog.problems == ()
        yield catalog.guide(FRIENDSY)


def record(store, app: str, kind: str, when: dt.datetime, country: str = "FR") -> None:
    """A record of Friendsy's form, as the wizard writes one, made at `when`."""
    region = "europe" if country in ("FR", "IT") else "elsewhere"
    new = NewConfirmation("phone", country, region, "fr", FRIENDSY, 1, "0.1.0", kind=kind, action="object", app=app)
    store.add_confirmation(new, now=when)


def start(qtbot, launch, guide, store, language: str):
    i18n.set_language(language)
    controller, window = launch(guide, store, (guide,))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return controller, window


def to_region(qtbot, wizard, country: str) -> None:
    assert wizard.currentId() == PageId.WELCOME
    assert not find(wizard, names.QUICK_LINK_BUTTON, QPushButton).isVisible()  # the country decides: asked first
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), country)
    click_next(qtbot, wizard)


def group(wizard, app: str) -> QWidget:
    return find(wizard, names.answer_group(app))


def answer(qtbot, wizard, app: str, which: str) -> None:
    click(qtbot, find(group(wizard, app), names.answer_button(which)))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_form_is_sent_app_by_app_and_recorded_per_app(qtbot, launch, friendsy, store, data_dir, language):
    texts = TEXTS[language]
    _controller, wizard = start(qtbot, launch, friendsy, store, language)
    to_region(qtbot, wizard, texts["france"])
    assert wizard.currentId() == PageId.DEVICE
    click(qtbot, find(wizard, names.device_button("phone")))
    click_next(qtbot, wizard)
    page = wizard.currentPage()
    shown = []  # (the app it is in, the step) on each screen
    for number in range(1, 5):
        shown.append((find(page, names.STEP_APP, QLabel).text(), loose(find(page, names.STEP_TEXT, QLabel).text())))
        if number < 4:
            click(qtbot, wizard.button(NEXT))
    assert shown == [(app, loose(step)) for app, step in zip(texts["apps"], texts["steps"], strict=True)]
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM
    for app in ("friendsy", "pixgram"):
        question = find(group(wizard, app), names.CONFIRM_QUESTION, QLabel)
        assert loose(question.text()) == loose(texts[app])
        sent = find(group(wizard, app), names.answer_button("sent"))
        assert loose(sent.text()) == texts["sent"]
        switch = group(wizard, app).findChild(QWidget, names.answer_button("off"))
        assert switch is None or not switch.isVisible()  # a form: no switch to answer about
    answer(qtbot, wizard, "friendsy", "sent")
    assert not wizard.button(NEXT).isEnabled()  # Pixgram has no answer yet
    answer(qtbot, wizard, "pixgram", "not_found")
    assert find(group(wizard, "pixgram"), names.NOT_FOUND_HELP).isVisible()
    assert wizard.button(NEXT).isEnabled()  # Friendsy's objection can be saved without Pixgram's
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    summary = loose(plain(find(wizard, names.RECORD_SUMMARY, QLabel)))
    assert loose(texts["done"]) in summary
    assert "Pixgram" not in summary.split("\n")[0]

    again, _notices = RecordStore.open(data_dir, read_only=True)
    try:
        [record] = again.confirmations()
    finally:
        again.close()
    assert (record.guide_id, record.action, record.app, record.kind) == (FRIENDSY, "object", "friendsy", "sent")
    assert (record.country, record.region, record.device) == ("FR", "europe", "phone")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_where_nothing_can_be_done_an_honest_page_records_nothing(qtbot, launch, friendsy, store, language):
    texts = TEXTS[language]
    _controller, wizard = start(qtbot, launch, friendsy, store, language)
    to_region(qtbot, wizard, texts["us"])
    assert wizard.currentId() == PageId.NOTHING_TO_DO
    page = wizard.currentPage()
    assert page.objectName() == names.NOTHING_TO_DO_PAGE
    assert loose(page.heading) == texts["nothing"]
    assert loose(find(page, names.PAGE_LEAD, QLabel).text()) == loose(texts["why"])
    assert loose(find(page, names.NOTHING_TO_DO_HISTORY, QLabel).text()) == loose(texts["history"])
    assert texts["end"] in loose(find(wizard.header, names.WIZARD_PROGRESS, QLabel).text())
    assert loose(find(page, names.NOTHING_TO_DO_HELPS, QLabel).text()) == texts["helps"]
    extra = names.extra("past_posts")
    assert find(page, extra.button, QPushButton).isVisible()
    assert not find(page, extra.done).isVisible()  # nothing to tick where nothing is recorded
    assert not wizard.button(NEXT).isVisible() and wizard.button(FINISH).isVisible()
    assert wizard.button(FINISH).objectName() == names.PRIMARY_BUTTON
    click(qtbot, wizard.button(FINISH))
    assert store.confirmations() == []


def test_stop_for_now_resumes_on_the_steps_and_both_apps_are_recorded(
    qtbot, launch, friendsy, store, data_dir, monkeypatch
):
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: next(b for b in box.buttons() if b.text() == "Stop for now").click()
    )
    _controller, wizard = start(qtbot, launch, friendsy, store, "en")
    to_region(qtbot, wizard, "Belgium")
    click(qtbot, find(wizard, names.device_button("desktop")))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.STEPS
    click(qtbot, wizard.button(wizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: not wizard.isVisible())
    kept = json.loads(store.setting(settings.RESUME.key))
    assert (kept["page"], kept["country"], kept["device"], kept["guide_id"]) == ("STEPS", "BE", "desktop", FRIENDSY)
    assert store.confirmations() == []

    _controller, wizard = start(qtbot, launch, friendsy, store, "en")
    assert wizard.currentId() == PageId.STEPS
    click_next(qtbot, wizard)
    answer(qtbot, wizard, "friendsy", "sent")
    answer(qtbot, wizard, "pixgram", "already_sent")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    records = store.confirmations()
    assert [(r.app, r.kind, r.action, r.device) for r in records] == [
        ("friendsy", "sent", "object", "desktop"),
        ("pixgram", "already_sent", "object", "desktop"),
    ]
    assert store.setting(settings.RESUME.key) == ""


DUE_SUMMARY = {
    "en": "Time to look again at 2 accounts for Friendsy's new notices.",
    "fr": "Il est temps de chercher les nouvelles annonces de Friendsy pour 2 comptes.",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_check_now_from_the_home_looks_again_a_year_after_sending(qtbot, launch, friendsy, store, language):
    sent = dt.datetime.now(dt.UTC) - dt.timedelta(days=400)  # a form is looked at again after 12 months
    for app in ("friendsy", "pixgram"):
        record(store, app, "sent", sent, country="IT")
    controller, home = start(qtbot, launch, friendsy, store, language)
    accounts = home.status.accounts
    assert [(a.checklist.app, a.is_due) for a in accounts] == [("friendsy", True), ("pixgram", True)]
    assert loose(find(home, names.CHECKLIST_SUMMARY, QLabel).text()) == DUE_SUMMARY[language]
    card = home.findChildren(QWidget, names.ACCOUNT_CARD)[0]
    click(qtbot, find(card, names.CARD_ACTION, QPushButton))
    wizard = controller.wizard
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == PageId.STEPS
    assert (wizard.session.state.country, wizard.session.state.device) == ("IT", "phone")
    click_next(qtbot, wizard)
    answer(qtbot, wizard, "friendsy", "already_sent")
    answer(qtbot, wizard, "pixgram", "already_sent")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    kinds = [(r.app, r.kind) for r in store.confirmations()]
    assert kinds[2:] == [("friendsy", "already_sent"), ("pixgram", "already_sent")]


CARDS = {
    "en": {
        "Your Friendsy account": "Objection sent on 20 November 2026",
        "Your Pixgram account": "Objected before; noted on 20 November 2026",
        "next": "Next look for new notices due on 20 November 2027.",
    },
    "fr": {
        "Votre compte Friendsy": "Opposition envoyée le 20 novembre 2026",
        "Votre compte Pixgram": "Opposition déjà faite ; notée le 20 novembre 2026",
        "next": "Prochaine recherche de nouvelles annonces prévue le 20 novembre 2027.",
    },
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_home_shows_one_card_per_app_in_a_forms_words(qtbot, launch, friendsy, store, language):
    sent = dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)
    for app, kind in (("friendsy", "sent"), ("pixgram", "already_sent")):
        record(store, app, kind, sent)
    _controller, home = start(qtbot, launch, friendsy, store, language)
    qtbot.waitUntil(lambda: len(home.findChildren(QWidget, names.ACCOUNT_CARD)) == 2)
    cards = home.findChildren(QWidget, names.ACCOUNT_CARD)
    shown = {loose(card.title.text()): loose(card.badge.text()) for card in cards}  # type: ignore[attr-defined]
    expected = dict(CARDS[language])
    next_due = expected.pop("next")
    assert shown == {title: loose(badge) for title, badge in expected.items()}
    for card in cards:
        assert loose(next_due) in loose(card.details.text())  # type: ignore[attr-defined]
        action = find(card, names.CARD_ACTION, QPushButton)
        assert not action.isVisible()  # nothing is due, and a form has no "still off" to record


def test_done_saves_a_reminder_a_year_on_for_the_app_it_was_sent_in(
    qtbot, launch, friendsy, store, documents, saved_box
):
    target = documents / "friendsy-ai-training-check-reminder.ics"
    saved_box("")
    _controller, wizard = start(qtbot, launch, friendsy, store, "en")
    to_region(qtbot, wizard, "Germany")
    click(qtbot, find(wizard, names.device_button("desktop")))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    answer(qtbot, wizard, "friendsy", "not_found")
    answer(qtbot, wizard, "pixgram", "sent")
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.REMINDER_BUTTON, QPushButton))
    [event] = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Look for new notices from Pixgram about AI training"
    assert str(event["URL"]) == "https://www.friendsy.example/help/ai-objection"
    sent = wizard.session.recorded[0].recorded_at.astimezone().date()
    assert 364 <= (event["DTSTART"].dt - sent).days <= 366  # a form: a year on, whatever the re-check period


RECEIPT = {
    "en": (
        "“Object to your information being used for AI” was sent on 20 November 2026 on your phone.",
        "Objection sent",
    ),
    "fr": (
        "« S’opposer à l’utilisation de vos informations pour l’IA » a été envoyé le 20 novembre 2026 "
        "sur votre téléphone.",
        "Opposition envoyée",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_receipt_says_the_objection_was_sent_not_switched_off(friendsy, store, language):
    from PySide6.QtGui import QTextDocument

    from app import __version__
    from app.core.status import status_of
    from app.ui.receipt import receipt_html

    sent = dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)
    record(store, "friendsy", "sent", sent)
    i18n.set_language(language)
    document = QTextDocument()
    now = dt.datetime(2026, 12, 4, 12, tzinfo=dt.UTC)
    document.setHtml(receipt_html(status_of([friendsy], store.confirmations(), 6, now), __version__))
    text = loose(document.toPlainText())
    sentence, history = RECEIPT[language]
    assert loose(sentence) in text
    assert history in text
    assert "switched off" not in text and "désactivé" not in text


OPEN_FORM = {"en": "Open the form in my browser", "fr": "Ouvrir le formulaire dans mon navigateur"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_steps_open_the_form_and_stay_on_the_step(qtbot, launch, friendsy, store, opened_urls, language):
    _controller, wizard = start(qtbot, launch, friendsy, store, language)
    to_region(qtbot, wizard, TEXTS[language]["france"])
    click(qtbot, find(wizard, names.device_button("desktop")))
    click_next(qtbot, wizard)
    button = find(wizard, names.OPEN_SETTING_BUTTON, QPushButton)
    assert button.text() == OPEN_FORM[language]
    click(qtbot, button)
    assert opened_urls == ["https://www.friendsy.example/help/ai-objection"]
    # The form is the last step of each app: the page stays on the first app's step, not the last app's.
    assert find(wizard.currentPage(), names.STEP_COUNTER, QLabel).text().split()[1] == "1"
