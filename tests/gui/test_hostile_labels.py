"""Hostile or careless text: markup, control characters, huge names, "&" in labels, a closed pipe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from factories import new_confirmation
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton

from app import __version__
from app.core.flow import ACCOUNT_LABEL_MAX, PageId, WizardState, clean_label, confirmations_from
from app.core.records import RecordStore
from app.ui import names
from app.ui.session import Session
from app.ui.status_home import AccountCard
from app.ui.wizard import AssistantWizard

from .helpers import find, unfold_extras, walk_to_confirm

ROOT = Path(__file__).resolve().parents[2]
MARKUP = "<span style='font-size:72pt;color:red'>Big</span>"


def shown(qtbot, wizard: AssistantWizard) -> AssistantWizard:
    qtbot.addWidget(wizard)
    wizard.resize(820, 640)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def record(store: RecordStore, account: str, device: str = "iphone") -> None:
    store.add_confirmation(new_confirmation(device=device, account=account))


def test_an_account_name_with_markup_shows_as_typed(qtbot, guide, store, launch):
    record(store, MARKUP)
    record(store, "")
    _controller, window = launch(guide, store)
    qtbot.waitUntil(lambda: len([c for c in window.findChildren(AccountCard) if c.isVisible()]) == 2)
    [card] = [c for c in window.findChildren(AccountCard) if c.isVisible() and c.title.text() == MARKUP]
    assert card.title.textFormat() == Qt.TextFormat.PlainText  # shown as typed, never as markup
    assert card.isVisible()
    assert window.heading.textFormat() == Qt.TextFormat.PlainText


def test_a_huge_name_recorded_by_an_older_version_does_not_widen_the_window(qtbot, guide, store):
    huge = "W" * 100_000
    record(store, huge)
    wizard = shown(qtbot, AssistantWizard(Session(guide, store, WizardState(language="en"), __version__)))
    walk_to_confirm(qtbot, wizard, "France", names.device_button("browser"))
    assert wizard.currentId() == PageId.CONFIRM
    combo = find(wizard, names.ACCOUNT_COMBO, QComboBox)
    assert combo.findText("W" * 60) >= 0  # read back bounded, as if typed: still offered, to add to that account
    assert combo.sizeHint().width() < 600
    assert wizard.sizeHint().width() < 1600 and wizard.width() < 1600
    assert combo.lineEdit().maxLength() == 60
    # Typed at the keyboard, a name stops at 60 characters.
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "x" * 80)
    assert combo.currentText() == "x" * 60


def test_account_names_are_kept_as_one_printable_line() -> None:
    assert ACCOUNT_LABEL_MAX == 60
    assert clean_label("  Work\n\tteam  ") == "Work team"
    assert clean_label("\x1b[31mRed\x00") == "[31mRed"
    assert clean_label("A\ud800B") == "AB"  # a lone surrogate cannot be stored or printed
    assert clean_label("é" * 100) == "é" * 60
    state = WizardState(language="en", country="FR", device="iphone", answers={"": "off"}, account="\x07Pro\u2028file ")
    assert confirmations_from(state, guide_for_flow(), "1")[0].account == "Pro file"


def guide_for_flow():
    from ids import guide_path

    from app.core.guide import load_guide

    return load_guide(guide_path())


def test_an_ampersand_in_a_label_is_not_a_keyboard_shortcut(qtbot, guide, store, opened_urls):
    extra = guide.extras["objection_form"]._replace(
        button="Open Terms & Conditions",
        done="I read Terms & Conditions",
        title="Terms & Conditions",
    )
    odd = guide._replace(extras={**guide.extras, "objection_form": extra})
    wizard = shown(qtbot, AssistantWizard(Session(odd, store, WizardState(language="en"), __version__)))
    walk_to_confirm(qtbot, wizard, "France", names.device_button("browser"))
    unfold_extras(qtbot, wizard)
    button = find(wizard, names.extra("objection_form").button, QPushButton)
    check = find(wizard, names.extra("objection_form").done, QCheckBox)
    assert button.text() == "Open Terms && Conditions"  # shown as "Open Terms & Conditions"
    assert QKeySequence.mnemonic(button.text()).isEmpty()
    assert button.accessibleName() == "Open Terms & Conditions"
    # The title and the check box's text are plain-text labels: shown as written, no shortcut.
    title = find(wizard, names.extra("objection_form").title, QLabel)
    text = find(wizard, names.check_label(names.extra("objection_form").done), QLabel)
    assert title.textFormat() == text.textFormat() == Qt.TextFormat.PlainText
    assert title.text() == "Optional: Terms & Conditions"
    assert text.text() == check.accessibleName() == "I read Terms & Conditions"
    assert not check.text()  # the box's own text would not wrap: the label beside it has it
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton)  # a click on the text ticks the box, as with any check box
    assert check.isChecked()


def test_status_prints_names_without_control_characters(tmp_path: Path) -> None:
    store, _notices = RecordStore.open(tmp_path)
    try:
        record(store, "\x1b[2J\x1b[31mRed\x00team")
        record(store, "Home")
    finally:
        store.close()
    result = subprocess.run(
        [sys.executable, "-m", "app", "status", "--data-dir", str(tmp_path), "--lang", "en"],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert b"\x1b" not in result.stdout and b"\x00" not in result.stdout
    assert b"[2J [31mRed team\n" in result.stdout


def test_status_into_a_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for command in (
        ["status", "--json", "--data-dir", str(tmp_path)],
        ["guide", "--service", "linkedin-ai-training", "--country", "FR", "--json"],
    ):
        child = subprocess.Popen(
            [sys.executable, "-m", "app", *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=env,
        )
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()  # the reader is gone before anything is written, as `| head -0` would
        errors = child.stderr.read()
        assert child.wait(timeout=60) == 1
        assert errors == b"", errors.decode()


def test_the_receipt_holder_keeps_joiners_and_drops_bidi_controls() -> None:
    from app.ui.receipt import clean_holder

    assert (
        clean_holder("\U0001f469\u200d\U0001f469\u200d\U0001f467 Ana")
        == "\U0001f469\u200d\U0001f469\u200d\U0001f467 Ana"
    )
    assert clean_holder("\u202eAna\nMaria") == "Ana Maria"
