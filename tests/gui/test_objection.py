"""The objection form made easy: the text ready to paste (language, name, Copy), the service's case number
noted when sending or later, and shown on the status home and the receipt."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import new_confirmation
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from app import __version__
from app.core.status import status_of
from app.ui import names
from app.ui.objection_dialog import ObjectionDialog
from app.ui.receipt import receipt_html
from app.ui.status_home import AccountCard

from .helpers import choose_in_combo, click, find, loose, plain, unfold_extras, walk_to_confirm


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[ObjectionDialog]:
    """The objection dialogs opened, shown without their own event loop (which would wait)."""
    opened: list[ObjectionDialog] = []

    def show(dialog: ObjectionDialog) -> int:
        opened.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(ObjectionDialog, "exec", show)
    return opened


def test_the_text_is_ready_to_paste_in_either_language_with_the_name(qtbot, make_wizard, dialogs):
    wizard = make_wizard("fr")
    walk_to_confirm(qtbot, wizard, "France", names.device_button("browser"))
    click(qtbot, find(wizard, names.answer_button("off")))
    unfold_extras(qtbot, wizard)
    button = find(wizard, names.OBJECTION_LETTER_BUTTON, QPushButton)
    assert loose(button.text()) == "Préparer mon texte d’opposition…"
    click(qtbot, button)
    [dialog] = dialogs
    assert loose(find(dialog, names.OBJECTION_INTRO, QLabel).text()) == (
        "Copiez ce texte et collez-le dans le formulaire d’opposition de LinkedIn, dans la case de votre demande. "
        "LinkedIn confirme par e-mail, généralement avec un numéro de dossier : vous pourrez le noter dans "
        "l’assistant."
    )
    text = find(dialog, names.OBJECTION_TEXT, QPlainTextEdit)
    assert text.isReadOnly()
    assert text.toPlainText().startswith("Madame, Monsieur,\n\nJe m’oppose au traitement de mes données personnelles")
    assert "« Données pour l’amélioration de l’IA générative », que j’ai désactivé." in loose(text.toPlainText())
    closing = "Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.\n"
    assert text.toPlainText().endswith(closing)

    find(dialog, names.OBJECTION_NAME, QLineEdit).setText("Marie Curie")
    assert text.toPlainText().endswith(closing + "Marie Curie\n")
    choose_in_combo(qtbot, find(dialog, names.OBJECTION_LANGUAGE, QComboBox), "en")
    assert text.toPlainText().startswith("Dear Sir or Madam,\n\nI object to LinkedIn processing my personal data")
    assert text.toPlainText().endswith("Yours faithfully,\nMarie Curie\n")

    QApplication.clipboard().setText("something else")
    copy = find(dialog, names.PRIMARY_BUTTON, QPushButton)
    assert loose(copy.text()).replace("&", "") == "Copier le texte"
    click(qtbot, copy)
    assert QApplication.clipboard().text() == text.toPlainText()
    copied = find(dialog, names.OBJECTION_COPIED, QLabel)
    assert copied.isVisible() and copied.text() == "Copié. Collez-le dans le formulaire de LinkedIn."


# What the person answered on the confirm page decides what the text says of the switch (English).
SAID = {
    None: "- to train AI models that create content;",  # no answer yet: nothing about the switch
    names.answer_button("not_found"): "- to train AI models that create content;",
    names.answer_button("already_off"): (
        "“Data for Generative AI Improvement” setting, which is switched off in my account."
    ),
    names.answer_button("off"): "“Data for Generative AI Improvement” setting, which I have switched off.",
}


@pytest.mark.parametrize("answer", list(SAID), ids=str)
def test_the_text_says_only_what_the_person_answered(qtbot, make_wizard, dialogs, answer):
    wizard = make_wizard("en")
    walk_to_confirm(qtbot, wizard, "Germany", names.device_button("iphone"))
    if answer is not None:
        click(qtbot, find(wizard, answer))
    unfold_extras(qtbot, wizard)
    click(qtbot, find(wizard, names.OBJECTION_LETTER_BUTTON, QPushButton))
    text = dialogs[-1].findChild(QPlainTextEdit, names.OBJECTION_TEXT).toPlainText()
    assert SAID[answer] in text
    if answer not in (names.answer_button("off"), names.answer_button("already_off")):
        assert "switched off" not in text


def test_a_name_signed_once_is_offered_on_the_receipt_and_back(qtbot, make_wizard, dialogs, store):
    wizard = make_wizard("en")
    walk_to_confirm(qtbot, wizard, "France", names.device_button("browser"))
    click(qtbot, find(wizard, names.answer_button("off")))
    unfold_extras(qtbot, wizard)
    click(qtbot, find(wizard, names.OBJECTION_LETTER_BUTTON, QPushButton))
    find(dialogs[-1], names.OBJECTION_NAME, QLineEdit).setText("  Marie Curie ")
    assert store.setting("receipt_holder") is None  # nothing written before the answer is recorded
    click(qtbot, find(wizard, names.OBJECTION_LETTER_BUTTON, QPushButton))  # opened again: the name is kept
    assert find(dialogs[-1], names.OBJECTION_NAME, QLineEdit).text() == "Marie Curie"
    click(qtbot, wizard.button(wizard.WizardButton.NextButton))
    assert store.setting("receipt_holder") == "Marie Curie"  # what the receipt offers next time

    again = make_wizard("en")  # the other way round: the receipt's name signs the text
    walk_to_confirm(qtbot, again, "France", names.device_button("browser"))
    unfold_extras(qtbot, again)
    click(qtbot, find(again, names.OBJECTION_LETTER_BUTTON, QPushButton))
    signed = find(dialogs[-1], names.OBJECTION_TEXT, QPlainTextEdit).toPlainText()
    assert signed.endswith("Yours faithfully,\nMarie Curie\n")


def only_card(qtbot, home: QWidget) -> AccountCard:
    """The status home's one account card, once shown."""
    qtbot.waitUntil(lambda: any(c.isVisible() for c in home.findChildren(AccountCard)))
    [card] = [c for c in home.findChildren(AccountCard) if c.isVisible()]
    return card


def test_the_case_number_given_when_sending_shows_on_the_card_and_the_receipt(qtbot, make_wizard, guide, store, launch):
    wizard = make_wizard("en")
    walk_to_confirm(qtbot, wizard, "France", names.device_button("browser"))
    click(qtbot, find(wizard, names.answer_button("off")))
    unfold_extras(qtbot, wizard)
    case = find(wizard, names.extra("objection_form").case_number, QLineEdit)
    assert not case.isVisible()  # only once the form was sent
    click(qtbot, find(wizard, names.extra("objection_form").done))
    assert case.isVisible()
    case.setText("  DPR-24-0042 ")
    click(qtbot, wizard.button(wizard.WizardButton.NextButton))
    assert store.setting("objection_case/linkedin-ai-training/") == "DPR-24-0042"

    card = only_card(qtbot, launch(guide, store)[1])
    today = dt.date.today()
    written = f"{today.day} {today.strftime('%B')} {today.year}"  # the British way
    assert loose(plain(card.extras)) == (f"✓ Object with LinkedIn's form: sent on {written}, case number DPR-24-0042")
    assert find(card, names.CARD_CASE_NUMBER, QPushButton).text() == "Change the case number"

    html = receipt_html(
        status_of([guide], store.confirmations(), 6, dt.datetime.now(dt.UTC), {"linkedin-ai-training/": "DPR-24-0042"}),
        __version__,
    )
    # The card's words, on the receipt too.
    sent = f"Object with LinkedIn&#x27;s form: sent on {written.replace(' ', chr(0xA0))}, case number DPR-24-0042"
    assert sent in html


def test_the_case_number_can_be_noted_later_from_the_card(qtbot, guide, store, launch, monkeypatch):
    store.add_confirmation(
        new_confirmation(
            guide_id=guide.id, guide_version=guide.version, app_version=__version__, extras=("objection_form",)
        )
    )
    asked: list[str] = []

    def answer(parent, title, label, echo, text):
        asked.append(label)
        return " 77-123 ", True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", answer)
    _controller, home = launch(guide, store)
    card = only_card(qtbot, home)
    button = find(card, names.CARD_CASE_NUMBER, QPushButton)
    assert button.text() == "Note the case number"
    click(qtbot, button)
    assert asked == ["The case number LinkedIn gave you for your objection:"]
    assert store.setting("objection_case/linkedin-ai-training/") == "77-123"
    qtbot.waitUntil(
        lambda: any(
            c.isVisible() and loose(plain(c.extras)).endswith(", case number 77-123")
            for c in home.findChildren(AccountCard)
        )
    )
