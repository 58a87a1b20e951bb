"""How a status card is laid out, as a person sees it: a list line that wraps continues under its first
word (not under the mark), the badge moves under a name it would otherwise squeeze onto two lines, and
a guide's odd title shows exactly as written."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import new_confirmation
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from app import __version__, i18n
from app.core.flow import WizardState
from app.core.records import RecordStore
from app.ui import names
from app.ui.session import Session
from app.ui.status_home import AccountCard, StatusHome

from .helpers import find, loose, plain

WIDTH, HEIGHT = 920, 720  # the gallery's window


def record(store: RecordStore, guide, *, account: str = "") -> None:
    new = new_confirmation(guide_id=guide.id, guide_version=guide.version, app_version=__version__, account=account)
    store.add_confirmation(new, now=dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC))


@pytest.fixture
def home(qtbot, store):
    def show(guide, language: str) -> StatusHome:
        i18n.set_language(language)
        window = StatusHome(Session(guide, store, WizardState(language=language), __version__))
        qtbot.addWidget(window)
        window.resize(WIDTH, HEIGHT)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()  # the layout settles at the window's width
        return window

    return show


def only_card(window: StatusHome) -> AccountCard:
    (card,) = [c for c in window.findChildren(AccountCard) if c.isVisible()]
    return card


def laid_out(label: QLabel) -> QTextDocument:
    """The label's text laid out at its width, in its font: where each line of each paragraph starts."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    block = document.firstBlock()
    while block.isValid():
        document.documentLayout().blockBoundingRect(block)  # lays the paragraph out
        block = block.next()
    return document


def test_a_wrapped_optional_step_continues_under_its_first_word_not_under_the_mark(qtbot, guide, store, home):
    record(store, guide)
    extras = find(only_card(home(guide, "it")), names.CARD_EXTRAS, QLabel)
    assert loose(plain(extras)) == ("○ Opporsi tramite il modulo di LinkedIn: facoltativo, può farlo più tardi")
    document = laid_out(extras)
    first = document.firstBlock()
    layout = first.layout()
    assert layout.lineCount() == 2  # it wraps at this width
    mark = layout.lineAt(0)
    word_x = mark.cursorToX(len("○ "))[0]  # where "Opporsi" starts
    assert word_x > mark.x() + 5
    assert layout.lineAt(1).x() == pytest.approx(word_x, abs=1)


def test_the_help_list_hangs_too(qtbot, guide, store, home):
    """The "It looks different?" tips wrap under their words as well (the same list helper)."""
    from app.ui.pages.base import set_list_text

    label = QLabel()
    label.setWordWrap(True)
    label.setFixedWidth(300)
    qtbot.addWidget(label)
    set_list_text(label, ["What to try:", "• Reload the page, or sign out and in again, then look once more."])
    label.show()
    document = laid_out(label)
    intro, tip = document.firstBlock(), document.firstBlock().next()

    def left(block, line: int, cursor: int = 0) -> float:  # where on the label a line's character is drawn
        return block.layout().position().x() + block.layout().lineAt(line).cursorToX(cursor)[0]

    assert tip.layout().lineCount() >= 2
    assert left(tip, 0) == pytest.approx(left(intro, 0), abs=1)  # the mark starts where "What to try:" does
    assert left(tip, 0, len("• ")) > left(tip, 0) + 5
    assert left(tip, 1) == pytest.approx(left(tip, 0, len("• ")), abs=1)  # "sign out…" under "Reload"


def one_line(label: QLabel) -> bool:
    return label.height() < 2 * label.fontMetrics().lineSpacing()


def test_the_badge_sits_beside_a_short_name_and_under_one_it_would_squeeze(qtbot, guide, store, home):
    record(store, guide)
    card = only_card(home(guide, "en"))
    assert (card.title.text(), card.badge.text()) == ("Your LinkedIn account", "Off since 1 November 2026")
    assert card.badge.y() == card.title.y() and card.badge.x() > card.title.geometry().right()
    assert one_line(card.title)

    card = only_card(home(guide, "it"))
    assert card.title.text() == "Il Suo account LinkedIn"
    assert loose(card.badge.text()) == "Disattivato dal 1º novembre 2026"
    assert card.badge.y() >= card.title.geometry().bottom()  # under the name, which stays on one line
    assert card.badge.x() == card.title.x()
    assert one_line(card.title)


def test_an_odd_optional_step_title_shows_as_written(qtbot, guide, store, home):
    extra = guide.extras["objection_form"]._replace(title="<b>Terms</b> & <i>Conditions</i>")
    odd = guide._replace(extras={**guide.extras, "objection_form": extra})
    record(store, odd)
    extras = find(only_card(home(odd, "en")), names.CARD_EXTRAS, QLabel)
    assert plain(extras).split("\n")[0] == "○ <b>Terms</b> & <i>Conditions</i>: optional, you can do it later"
