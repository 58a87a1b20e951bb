"""The keyboard reaches the answers first (issue 25's keyboard walk): on the confirm page, Tab goes from the
header to the answers, in the order shown, and only then to "Go further" and the account's name. (They were
made when the country was known, after the page's other controls, so Tab reached them last.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

from app.core.flow import PageId
from app.ui import names

from .helpers import back_to_window, find, key_target, walk_to_confirm


def tab_order(wizard) -> list[str]:  # type: ignore[no-untyped-def]
    """The names of the visible controls Tab reaches, in order, from the page's first one."""
    page = wizard.currentPage()
    seen: list[str] = []
    widget: QWidget = page
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget is page:
            break
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and page.isAncestorOf(widget):
            seen.append(widget.objectName())
    return seen


def test_tab_reaches_the_answers_first_in_their_order(qtbot, make_wizard):
    wizard = make_wizard("fr")
    walk_to_confirm(qtbot, wizard, "France", names.device_button("browser"))
    assert wizard.currentId() == PageId.CONFIRM
    order = [name for name in tab_order(wizard) if name]
    # The answers are one group, as radio buttons are: Tab reaches it once, the arrows go through it.
    assert order[0] == names.answer_button("off"), order
    assert order.index(names.GO_FURTHER_BUTTON) < order.index(names.ACCOUNT_COMBO), order
    assert not any(name.startswith(("answerSent", "answerAlreadySent")) for name in order)  # another kind's
    first = find(wizard, names.answer_button("off"), QToolButton)
    first.setFocus()
    back_to_window(qtbot, wizard)
    first.setFocus()
    for answer in ("already_off", "not_found"):
        qtbot.keyClick(key_target(), Qt.Key.Key_Down)
        assert key_target() is find(wizard, names.answer_button(answer), QToolButton)
    qtbot.keyClick(key_target(), Qt.Key.Key_Space)
    assert wizard.session.state.answers == {"": "not_found"}  # chosen with the keyboard
