"""What a person sees, measured on screen: text contrast in light and dark, a visible focus ring on every
kind of control, Tab reaching every control, and nothing cut off at 800x600, even with 40% longer text.

(Accessible names and the whole wizard by keyboard: tests/gui/test_keyboard.py.)
"""

from __future__ import annotations

import gc
import gettext
import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
    QWizard,
)

import app.i18n
from app.core.flow import PageId
from app.ui import names, style

from .a11y_helpers import background_and_text, contrast, grab_as_seen, hex_colour, rect_in_window, settle
from .helpers import click, click_next, find, type_country, unfold_extras

RING_PX = 2  # WCAG 2.2 focus appearance: a ring at least 2 px thick (DESIGN.md: "a visible 2 px focus ring")

# -- light and dark ----------------------------------------------------------------------------------


def switch_scheme(qapp: QApplication, scheme: str) -> None:
    """apply_style(qapp, scheme), as the gallery does (test_live_scheme_switch_keeps_running checks
    that switching under open windows is safe)."""
    flush_deleted()
    style.apply_style(qapp, scheme)
    assert style.current_scheme(qapp) == scheme


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp) -> Iterator[str]:
    """The app in light or dark for this test; the scheme (and whether it follows the system) restored after."""
    following = qapp.property("assistantFollowsScheme")
    before = style.current_scheme(qapp)
    switch_scheme(qapp, request.param)
    yield request.param
    switch_scheme(qapp, before)  # apply_style skips when unchanged: nothing to redraw
    qapp.setProperty("assistantFollowsScheme", following)


def flush_deleted() -> None:
    """Let the windows of earlier tests go before the whole application is restyled."""
    gc.collect()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def to_steps(qtbot, wizard: QWizard, country: str = "France", device: str = names.device_button("iphone")) -> None:
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), country)
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, device, QAbstractButton))
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.STEPS


def to_confirm(qtbot, wizard: QWizard, country: str = "France", device: str = names.device_button("iphone")) -> None:
    to_steps(qtbot, wizard, country, device)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM


def mouse_away(qtbot, wizard: QWizard) -> None:
    """Park the mouse on an empty corner of the window: no control is hovered while we look."""
    qtbot.mouseMove(wizard, QPoint(2, wizard.height() - 2))
    settle()


# -- a. rendered text contrast -------------------------------------------------------------------------


def text_contrast(widget: QWidget, inset: int = 0) -> tuple[float, str, str]:
    assert widget.isVisible(), widget.objectName()
    image = grab_as_seen(widget, inset=inset)
    background, text = background_and_text(image)
    return contrast(background, text), hex_colour(text), hex_colour(background)


def test_rendered_text_contrast(qtbot, make_wizard, scheme):
    wizard = make_wizard("en")
    mouse_away(qtbot, wizard)
    seen = {}
    page = wizard.currentPage()
    # The primary button: inside its rounded border only (its corners show the window behind).
    primary = find(wizard, names.PRIMARY_BUTTON, QAbstractButton)
    assert primary.property("variant") == "primary"
    seen["primaryButton (Start)"] = text_contrast(primary, inset=7)
    seen[names.PAGE_TITLE] = text_contrast(find(page, names.PAGE_TITLE, QLabel))
    seen["pageLead (muted)"] = text_contrast(find(page, names.PAGE_LEAD, QLabel))
    quick = find(page, names.QUICK_LINK_BUTTON, QAbstractButton)
    assert quick.property("variant") == "secondary"
    seen["quickLinkButton (link on a notice)"] = text_contrast(quick, inset=3)
    stop = wizard.button(QWizard.WizardButton.CancelButton)
    assert stop.property("variant") == "secondary"
    seen["cancelButton (link)"] = text_contrast(stop, inset=3)
    # One page further: the progress in the header (small, muted) and Back (plain).
    click_next(qtbot, wizard)
    mouse_away(qtbot, wizard)
    seen["wizardProgress (muted, small)"] = text_contrast(find(wizard, names.WIZARD_PROGRESS, QLabel))
    seen[names.BACK_BUTTON] = text_contrast(find(wizard, names.BACK_BUTTON, QAbstractButton), inset=7)
    seen["primaryButton (Continue)"] = text_contrast(find(wizard, names.PRIMARY_BUTTON, QAbstractButton), inset=7)

    low = {name: f"{ratio:.2f}:1 ({fg} on {bg})" for name, (ratio, fg, bg) in seen.items() if ratio < 4.5}
    assert not low, f"{scheme}: text below 4.5:1: {low}"


def test_primary_button_is_filled_and_secondary_is_a_link(qtbot, make_wizard, scheme):
    """One primary button per screen that stands out (filled with the accent), everything else visibly
    secondary: the link-style "Close" / "Stop for now" has no box of its own."""
    wizard = make_wizard("en")
    problems = []
    for page in ("welcome", "region"):
        mouse_away(qtbot, wizard)
        window_bg = background_and_text(grab_as_seen(find(wizard.currentPage(), names.PAGE_TITLE, QLabel)))[0]
        primary = find(wizard, names.PRIMARY_BUTTON, QAbstractButton)
        fill = background_and_text(grab_as_seen(primary, inset=7))[0]
        if contrast(fill, window_bg) < 3:
            problems.append(
                f"{page}: primaryButton {primary.text()!r} fill {hex_colour(fill)} is {contrast(fill, window_bg):.2f}:1"
                f" against the window {hex_colour(window_bg)} (needs 3:1 to stand out)"
            )
        stop = wizard.button(QWizard.WizardButton.CancelButton)
        edges = grab_as_seen(stop)
        corners = {edges.pixel(x, edges.height() // 2) & 0xFFFFFF for x in (0, 1, edges.width() - 1)}
        if corners != {window_bg}:
            problems.append(
                f"{page}: link-style cancelButton {stop.text()!r} has a visible box:"
                f" edge pixels {sorted(map(hex_colour, corners))} on window {hex_colour(window_bg)}"
            )
        if page == "welcome":  # the region page, its Continue enabled by a country
            click_next(qtbot, wizard)
            type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), "France")
    assert not problems, f"{scheme}: " + "; ".join(problems)


LIVE_SWITCH = """
import sys, tempfile, pathlib
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from app import __version__
from app.core.flow import WizardState
from app.core.guide import load_guide
from app.core.records import RecordStore
from app.resources import guide_file
from app.ui.session import Session
from app.ui.style import apply_style
from app.ui.wizard import AssistantWizard
apply_style(app, "light")
store, _notices = RecordStore.open(pathlib.Path(tempfile.mkdtemp()) / "data")
guide = load_guide(guide_file("linkedin-ai-training"))
wizard = AssistantWizard(Session(guide, store, WizardState(language="en"), __version__))
wizard.show()
app.processEvents()
for scheme in ("dark", "light", "dark", "light"):
    apply_style(app, scheme)
    app.processEvents()
    print("switched to", scheme, flush=True)
store.close()
"""


def test_live_scheme_switch_keeps_running(tmp_path):
    """The desktop goes dark, then light again, with the assistant open: it redraws and keeps running.
    (In a child process: a crash must not take the test run with it.)"""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", LIVE_SWITCH], capture_output=True, text=True, timeout=60, env=env, cwd=os.getcwd()
    )
    switched = result.stdout.split()
    assert result.returncode == 0, (
        f"exit code {result.returncode} after {switched.count('switched')} switches"
        f" ({' '.join(switched)}); stderr: {result.stderr[-400:]}"
    )
    assert result.stdout.count("switched") == 4


# -- b. focus rings ----------------------------------------------------------------------------------


PAD = 4  # the grab reaches this far around the widget: a ring may be drawn in its margin


def ring_run(before: QImage, after: QImage, points: list[tuple[int, int]]) -> tuple[int, str]:
    """Along `points` (from outside the widget inward), the longest run of consecutive changed pixels of
    one colour, each with 3:1 against what was there unfocused. Returns (run, description)."""
    best, run, colour, seen = 0, 0, None, []
    for x, y in points:
        old, new = before.pixel(x, y) & 0xFFFFFF, after.pixel(x, y) & 0xFFFFFF
        seen.append(f"{hex_colour(old)}->{hex_colour(new)}" if old != new else "=")
        if old != new and contrast(old, new) >= 3 and (run == 0 or new == colour):
            run, colour = run + 1, new
        elif old != new and contrast(old, new) >= 3:
            run, colour = 1, new
        else:
            run, colour = 0, None
        best = max(best, run)
    return best, " ".join(seen)


def focus_ring_problems(qtbot, widget: QWidget) -> list[str]:
    """Grab `widget` unfocused and focused (by Tab); the changed pixels must make a ring: on each side,
    at least RING_PX consecutive pixels of one colour with 3:1 against the unfocused look."""
    assert widget.isVisible(), widget.objectName()
    assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{widget.objectName()} takes no Tab focus"
    window = widget.window()
    mouse_away(qtbot, window)
    parking = find(window, names.LANGUAGE_SWITCH) if widget.objectName() != names.LANGUAGE_SWITCH else None
    if parking is not None:
        parking.setFocus(Qt.FocusReason.TabFocusReason)
    else:
        widget.clearFocus()
    settle()
    assert not widget.hasFocus()
    before = grab_as_seen(widget, pad=PAD)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert widget.hasFocus(), f"{widget.objectName()} did not take the focus"
    after = grab_as_seen(widget, pad=PAD)
    width, height = after.width(), after.height()
    depth = PAD + 8  # the ring sits at the widget's edge: look a few pixels in
    middle_y, middle_x = height // 2, width // 2
    sides = {
        "left": [(x, middle_y) for x in range(depth)],
        "right": [(width - 1 - x, middle_y) for x in range(depth)],
        "top": [(middle_x, y) for y in range(depth)],
        "bottom": [(middle_x, height - 1 - y) for y in range(depth)],
    }
    problems = []
    for side, points in sides.items():
        run, trace = ring_run(before, after, points)
        if run < RING_PX:
            problems.append(f"{widget.objectName()} {side}: {run}px of ring [{trace}]")
    return problems


def to_device(qtbot, wizard: QWizard) -> None:
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), "France")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DEVICE


def confirm_widgets(qtbot, wizard: QWizard) -> None:
    to_confirm(qtbot, wizard)
    unfold_extras(qtbot, wizard)


FOCUS_CASES: dict[str, tuple[Callable[..., None] | None, str]] = {
    # name: (how to get there, objectName)
    "primary": (None, names.PRIMARY_BUTTON),
    "link quickLinkButton": (None, names.QUICK_LINK_BUTTON),
    names.LANGUAGE_SWITCH: (None, names.LANGUAGE_SWITCH),
    names.COUNTRY_COMBO: (lambda qtbot, w: click_next(qtbot, w), names.COUNTRY_COMBO),
    "back": (lambda qtbot, w: click_next(qtbot, w), names.BACK_BUTTON),
    "choice deviceIphone (none chosen yet)": (
        to_device,
        names.device_button("iphone"),
    ),
    "link looksDifferentButton": (to_steps, names.LOOKS_DIFFERENT_BUTTON),
    names.STEP_PICTURE: (to_steps, names.STEP_PICTURE),
    "choice answerOff (chosen)": (
        lambda qtbot, w: (to_confirm(qtbot, w), click(qtbot, find(w, names.answer_button("off")))),
        names.answer_button("off"),
    ),
    names.extra("objection_form").done: (confirm_widgets, names.extra("objection_form").done),
}


@pytest.mark.parametrize("case", list(FOCUS_CASES))
def test_focus_ring_is_visible(qtbot, make_wizard, scheme, case):
    go, name = FOCUS_CASES[case]
    wizard = make_wizard("en")
    if go is not None:
        go(qtbot, wizard)
    widget = find(wizard, name)
    problems = focus_ring_problems(qtbot, widget)
    assert not problems, f"{scheme}: " + "\n".join(problems)


# -- c. Tab reaches every control ----------------------------------------------------------------------


def focus_target(widget: QWidget) -> QWidget:
    """The control a focused widget stands for: an editable combo's line edit stands for the combo."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox):
        return parent
    return widget


def controls(wizard: QWizard) -> list[QWidget]:
    """Every visible, enabled control of the current screen that a person can operate."""
    found = []
    for widget in wizard.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
            continue
        if isinstance(widget, (QAbstractButton, QComboBox, QLineEdit)) or widget.objectName() == names.STEP_PICTURE:
            found.append(widget)
    return found


def exclusive_group(widget: QWidget) -> QButtonGroup | None:
    if isinstance(widget, QAbstractButton):
        group = widget.group()
        if group is not None and group.exclusive():
            return group
    return None


def name_of(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    return f"{type(widget).__name__}:{widget.objectName() or getattr(widget, 'text', str)()!r}"


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key, modifier)


def tab_problems(qtbot, wizard: QWizard, screen: str) -> list[str]:
    """Tab round the screen; every control (one stop per exclusive group) must be reached, the others of
    a group by the arrow keys; Shift+Tab walks the same way back."""
    settle()
    wanted = controls(wizard)
    assert wanted, screen
    if QApplication.focusWidget() is None:
        find(wizard, names.LANGUAGE_SWITCH).setFocus(Qt.FocusReason.TabFocusReason)
    order: list[QWidget] = []
    for _press in range(60):
        focused = QApplication.focusWidget()
        assert focused is not None and focused.window() is wizard, f"{screen}: the focus left the wizard"
        order.append(focus_target(focused))
        press(qtbot, Qt.Key.Key_Tab)
    reached = set(order)
    problems = []
    groups: dict[int, list[QWidget]] = {}
    for widget in wanted:
        group = exclusive_group(widget)
        if group is not None:
            groups.setdefault(id(group), []).append(widget)
        elif widget not in reached:
            problems.append(f"{screen}: Tab never reaches {name_of(widget)}")
    for members in groups.values():
        stops = [w for w in members if w in reached]
        if not stops:
            problems.append(f"{screen}: Tab never reaches the choices {[name_of(w) for w in members]}")
            continue
        # From the Tab stop, the arrow keys reach every other choice of the group.
        stops[0].setFocus(Qt.FocusReason.TabFocusReason)
        by_arrows = {stops[0]}
        for key in (Qt.Key.Key_Down,) * len(members) + (Qt.Key.Key_Up,) * len(members):
            press(qtbot, key)
            by_arrows.add(focus_target(QApplication.focusWidget()))
        missing = [name_of(w) for w in members if w not in by_arrows]
        if missing:
            problems.append(f"{screen}: the arrow keys never reach {missing}")
    # Shift+Tab goes back the way Tab came.
    for index in (1, 3, 6):
        start, expected = order[index], order[index - 1]
        start.setFocus(Qt.FocusReason.TabFocusReason)
        press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        back = focus_target(QApplication.focusWidget())
        if back is not expected:
            problems.append(
                f"{screen}: Shift+Tab from {name_of(start)} went to {name_of(back)}, not {name_of(expected)}"
            )
    return problems


def test_tab_reaches_every_control(qtbot, make_wizard):
    wizard = make_wizard("en")
    problems = tab_problems(qtbot, wizard, "welcome")
    click_next(qtbot, wizard)
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), "France")
    problems += tab_problems(qtbot, wizard, "region")
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button("iphone"), QAbstractButton))
    problems += tab_problems(qtbot, wizard, "device (iPhone chosen)")
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.LOOKS_DIFFERENT_BUTTON, QAbstractButton))
    problems += tab_problems(qtbot, wizard, "steps (help open)")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM
    click(qtbot, find(wizard, names.answer_button("off"), QAbstractButton))
    unfold_extras(qtbot, wizard)
    problems += tab_problems(qtbot, wizard, "confirm (Go further open)")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    problems += tab_problems(qtbot, wizard, "done")
    assert not problems, "\n".join(problems)


# -- d. nothing cut off at 800x600, even with text 40% longer --------------------------------------------


FILLER = "Łöñğëř"


def longer(text: str) -> str:
    """`text` and filler words after it, 40% longer in all; its {placeholders} untouched."""
    if not text.strip():
        return text
    target = len(text) * 1.4
    words = []
    while len(text) + len(" ".join(words)) + 1 < target:
        words.append(FILLER[: max(2, min(len(FILLER), round(target - len(text) - len(" ".join(words)) - 1)))])
    return f"{text} {' '.join(words)}" if words else text


class Pseudo(gettext.NullTranslations):
    """A pseudo-locale: English, 40% longer."""

    def gettext(self, message):
        return longer(message)

    def pgettext(self, context, message):
        return longer(message)

    def ngettext(self, msgid1, msgid2, n):
        return longer(msgid1 if n == 1 else msgid2)


def test_pseudo_locale_is_forty_percent_longer():
    for text in ("Back", "&Continue", "Step {number} of {total}", "It looks different?"):
        made = longer(text)
        assert made.startswith(text)
        assert len(made) >= 1.4 * len(text)
        assert re.findall(r"{\w+}", made) == re.findall(r"{\w+}", text)


def clipping(window: QWidget, screen: str) -> list[str]:
    """Every visible widget of `window` that a person would see cut off."""
    settle()
    problems = []
    right = window.width()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        name = f"{screen}: {type(widget).__name__} {widget.objectName() or repr(getattr(widget, 'text', str)()[:30])}"
        size = widget.size()
        if isinstance(widget, QLabel):
            pixmap = widget.pixmap()
            if widget.objectName().lower().endswith("qrcode"):
                need = pixmap.deviceIndependentSize().toSize()
                room = widget.contentsRect().size()
                if room.width() < need.width() or room.height() < need.height():
                    problems.append(f"{name}: QR code {need.width()}x{need.height()} in {room.width()}x{room.height()}")
            elif widget.wordWrap():
                need = widget.heightForWidth(size.width())
                if size.height() < need - 1:
                    problems.append(f"{name}: height {size.height()} < {need} for width {size.width()}")
            elif size.width() < widget.sizeHint().width() - 1:
                problems.append(f"{name}: width {size.width()} < {widget.sizeHint().width()}")
        if isinstance(widget, QAbstractButton):
            if size.width() < widget.sizeHint().width() - 1:
                problems.append(f"{name}: width {size.width()} < {widget.sizeHint().width()} (text cut)")
            if size.height() < widget.minimumSizeHint().height() - 1:
                problems.append(f"{name}: height {size.height()} < {widget.minimumSizeHint().height()}")
        # Nothing beyond the right edge: of the window, or of the scrolled area it sits in.
        rect = rect_in_window(widget)
        limit, bottom, area = right, window.height(), None
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
                area = parent
                break
            parent = parent.parentWidget()
        if area is not None:
            viewport = QRect(area.viewport().mapTo(window, QPoint(0, 0)), area.viewport().size())
            limit, bottom = viewport.right() + 1, None  # vertical overflow scrolls
        if rect.right() + 1 > limit:
            problems.append(f"{name}: right edge at {rect.right() + 1} beyond {limit}")
        if bottom is not None and rect.bottom() + 1 > bottom:
            problems.append(f"{name}: bottom edge at {rect.bottom() + 1} beyond the window's {bottom}")
    return problems


@pytest.mark.parametrize("language", ["pseudo", "en", "fr", "de", "it"])
def test_nothing_cut_off_at_800x600(qtbot, make_wizard, monkeypatch, language):
    """German runs about 30% longer than English: the real catalogs too, not only the pseudo-locale."""
    from app.core import regions

    wizard = make_wizard("en" if language == "pseudo" else language)
    if language == "pseudo":
        monkeypatch.setattr(app.i18n, "_translations", Pseudo())
        wizard.retranslate()
        assert FILLER[:2] in wizard.button(QWizard.WizardButton.NextButton).text()
    wizard.resize(800, 600)
    qtbot.waitUntil(lambda: wizard.size().width() == 800)
    problems = clipping(wizard, "welcome")
    click_next(qtbot, wizard)
    problems += clipping(wizard, "region, nothing chosen")
    type_country(qtbot, find(wizard, names.COUNTRY_COMBO, QComboBox), regions.country_name("CA", app.i18n.language()))
    assert find(wizard, names.REGION_INFO, QLabel).text()
    problems += clipping(wizard, "region, Canada")
    click_next(qtbot, wizard)
    click(qtbot, find(wizard, names.device_button("iphone"), QAbstractButton))
    problems += clipping(wizard, "device, iPhone")
    click(qtbot, find(wizard, names.PHONE_QR_CHOICE, QAbstractButton))
    dialog = find(wizard, names.PHONE_QR_DIALOG)
    qtbot.waitUntil(dialog.isVisible)
    problems += clipping(dialog, "phone QR dialog")
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    click_next(qtbot, wizard)
    problems += clipping(wizard, "steps, step 1")
    click(qtbot, find(wizard, names.LOOKS_DIFFERENT_BUTTON, QAbstractButton))
    problems += clipping(wizard, "steps, help open")
    counter = find(wizard, names.STEP_COUNTER, QLabel)
    for _step in range(12):
        words = re.findall(r"\d+", counter.text())
        if words[0] == words[1]:
            break
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    problems += clipping(wizard, "steps, last step")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.CONFIRM
    problems += clipping(wizard, "confirm")
    for answer in (names.answer_button("not_found"), names.answer_button("already_off"), names.answer_button("off")):
        click(qtbot, find(wizard, answer, QAbstractButton))
        problems += clipping(wizard, f"confirm, {answer}")
    assert not find(wizard, names.NOT_FOUND_HELP).isVisible()
    click(qtbot, find(wizard, names.answer_button("not_found"), QAbstractButton))
    assert find(wizard, names.NOT_FOUND_HELP).isVisible()
    click(qtbot, find(wizard, names.answer_button("off"), QAbstractButton))
    unfold_extras(qtbot, wizard)
    codes = [w for w in wizard.findChildren(QLabel) if w.objectName().endswith("QrCode") and w.isVisible()]
    assert len(codes) == 2, [w.objectName() for w in codes]
    problems += clipping(wizard, "confirm, Go further open")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    problems += clipping(wizard, "done")
    assert not problems, f"{language}: {len(problems)} cut off:\n" + "\n".join(problems)
