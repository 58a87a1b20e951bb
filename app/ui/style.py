"""The assistant's look: one style sheet built from the tokens (app/ui/theme.py), with variants chosen by
dynamic properties, on Qt's Fusion style with a palette from the same tokens. Light or dark follows the
system, live.

Variants: ``QPushButton[variant="primary"]`` (the one main action of a screen, bold and filled),
``[variant="secondary"]`` (flat, link-like); ``QToolButton[choice="true"]`` (a large choice: a device,
an answer); ``QLabel[role="title" | "lead" | "muted" | "check" | "success"]``; ``QFrame[role="notice"]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from app.resources import resource_path
from app.ui import names, theme

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QIcon, QPalette

_SCHEME_PROPERTY = "assistantScheme"
_BODY_PROPERTY = "assistantBodyPt"
_FOLLOWING_PROPERTY = "assistantFollowsScheme"
_SYSTEM_PROPERTY = "assistantSystemScheme"
_FUSION_PROPERTY = "assistantFusion"
_DARK_BELOW = 128  # a window colour's lightness (0-255) under which the desktop is in dark mode
_QT_DARK = 2  # Qt.ColorScheme.Dark, by value


def style_sheet(scheme: str, body_pt: float) -> str:
    """The whole style sheet for `scheme`, its type sizes relative to the body size `body_pt`."""
    c = theme.colours(scheme)
    t = theme.TYPE
    ring = theme.FOCUS_RING_PX
    known = scheme if scheme in theme.SCHEMES else theme.LIGHT
    arrow = arrow_file(known).as_posix()
    tick, chosen = icon_file("tick", known).as_posix(), icon_file("chosen", known).as_posix()
    # The focus ring around a filled control (a primary button, a large choice) stands off it: a double
    # border with clear space between its two lines, the window's colour showing through (the fill is
    # clipped to inside the border). Its outer line is then seen against the window on both sides, which
    # no colour could be against the window and the blue fill at once; it never looks like a choice.
    offset = 3 * ring  # Qt draws a double border as line, gap, line: a third each
    return f"""
QWizard, QWizardPage, QDialog, QMainWindow {{ background: {c.window}; }}
QScrollArea#{names.PAGE_SCROLL}, QWidget#{names.PAGE_INSIDE}, QWidget#{names.PAGE_COLUMN} {{ background: transparent; }}
QLabel {{ color: {c.text}; }}
QLabel[role="title"] {{ font-size: {body_pt * t.title:.1f}pt; font-weight: 600; }}
QLabel[role="lead"] {{ font-size: {body_pt * t.lead:.1f}pt; color: {c.muted}; }}
QLabel[role="muted"] {{ font-size: {body_pt * t.small:.1f}pt; color: {c.muted}; }}
QLabel[role="success"] {{ color: {c.success}; font-weight: 600; }}
QLabel[role="check"] {{ font-size: {body_pt * t.check:.1f}pt; color: {c.success}; font-weight: 700; }}
QLabel[role="subtitle"] {{ font-weight: 600; }}
QLabel[role="step"] {{ font-size: {body_pt * t.lead:.1f}pt; }}
QLabel[role="progress"] {{ color: {c.muted}; font-size: {body_pt * t.small:.1f}pt; }}
QFrame[role="notice"] {{
    background: {c.notice};
    border: 1px solid {c.border};
    border-radius: 0.5em;
}}
QFrame[role="notice"] QLabel {{ background: transparent; }}
QFrame[role="card"] {{
    background: {c.surface};
    border: 1px solid {c.border};
    border-radius: 0.6em;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QLabel[role="badge"] {{
    border: {ring}px solid {c.muted};
    border-radius: 0.8em;
    padding: 0.1em 0.6em;
    font-weight: 600;
}}
QLabel[role="badge"][tone="ok"] {{ color: {c.success}; border-color: {c.success}; }}
QLabel[role="badge"][tone="due"] {{ color: {c.warning}; border-color: {c.warning}; }}
QLabel[role="badge"][tone="todo"] {{ color: {c.muted}; border-color: {c.muted}; }}

/* Focus: every control keeps a margin of the ring's width outside its border; focused, the border
   grows over it in the focus colour, so the ring is at least FOCUS_RING_PX of new colour. */
QPushButton {{
    color: {c.text};
    background: {c.surface};
    border: 1px solid {c.border};
    margin: {ring}px;
    border-radius: 0.4em;
    padding: 0.45em 1.1em;
    min-height: 1.3em;
}}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus {{ border: {ring + 1}px solid {c.focus}; margin: 0; }}
QPushButton:disabled {{ color: {c.muted}; border-style: dashed; }}
QPushButton[variant="primary"] {{
    color: {c.on_accent};
    background: {c.accent};
    border: {ring}px solid {c.accent};
    margin: {offset - ring}px;
    font-weight: 600;
    padding: 0.5em 1.4em;
}}
QPushButton[variant="primary"]:focus {{
    border: {offset}px double {c.focus};
    background-clip: padding;
    margin: 0;
}}
QPushButton[variant="primary"]:disabled {{
    color: {c.on_disabled};
    background: {c.disabled};
    border-color: {c.disabled};
}}
QPushButton[variant="secondary"] {{
    color: {c.link};
    background: transparent;
    border: {ring}px solid transparent;
    margin: 0;
    text-decoration: underline;
    padding: 0.3em 0.15em;
}}
QPushButton[variant="secondary"]:hover {{ border-color: transparent; color: {c.text}; }}
QPushButton[variant="secondary"]:focus {{ border: {ring}px solid {c.focus}; }}
QPushButton#{names.CARD_MORE} {{ padding-right: 1.3em; }}
QPushButton#{names.CARD_MORE}::menu-indicator {{
    image: url({arrow});
    subcontrol-origin: padding;
    subcontrol-position: right center;
    width: 0.8em;
    height: 0.8em;
    right: 0.2em;
}}
QPushButton[variant="danger"] {{ color: {c.danger}; border-color: {c.danger}; font-weight: 600; }}
QPushButton[variant="danger"]:focus {{ border: {ring + 1}px solid {c.focus}; margin: 0; }}

QToolButton[choice="true"] {{
    color: {c.text};
    background: {c.surface};
    border: 1px solid {c.border};
    margin: {offset - 1}px;
    border-radius: 0.6em;
    padding: 0.7em 2.2em 0.7em 0.7em;
}}
QToolButton[choice="true"]:hover {{ border-color: {c.accent}; }}
/* Chosen: the blue outline, the blue-tinted fill and a check mark at the right; focused: the ring only. */
QToolButton[choice="true"]:checked {{
    border: {ring}px solid {c.accent};
    margin: {offset - ring}px;
    background-color: {c.selected};
    background-image: url({chosen});
    background-position: right center;
    background-repeat: no-repeat;
    background-origin: content;
    font-weight: 600;
}}
QToolButton[choice="true"]:focus {{
    border: {offset}px double {c.focus};
    background-clip: padding;
    margin: 0;
}}

QComboBox, QLineEdit {{
    color: {c.text};
    background: {c.surface};
    border: 1px solid {c.border};
    margin: {ring}px;
    border-radius: 0.3em;
    padding: 0.3em 0.5em;
    min-height: 1.3em;
}}
QComboBox::drop-down {{ border: none; width: 1.6em; }}
QComboBox::down-arrow {{ image: url({arrow}); width: 0.8em; height: 0.8em; }}
QComboBox:focus, QLineEdit:focus {{ border: {ring + 1}px solid {c.focus}; margin: 0; }}
QComboBox QLineEdit, QComboBox QLineEdit:focus {{ border: none; margin: 0; padding: 0; }}
QComboBox QAbstractItemView {{
    color: {c.text};
    background: {c.surface};
    selection-background-color: {c.accent};
    selection-color: {c.on_accent};
}}
QCheckBox {{ color: {c.text}; spacing: 0.5em; }}
QCheckBox {{ border: {ring}px solid transparent; border-radius: 0.3em; padding: 0.1em; }}
QCheckBox:focus {{ border-color: {c.focus}; }}
QCheckBox::indicator {{
    width: 1.1em;
    height: 1.1em;
    border: {ring}px solid {c.border};
    border-radius: 0.2em;
    background: {c.surface};
}}
QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent}; image: url({tick}); }}

QLabel#{names.STEP_PICTURE} {{ border: {ring}px solid transparent; border-radius: 0.4em; }}
QLabel#{names.STEP_PICTURE}:focus {{ border: {ring}px solid {c.focus}; }}
QGroupBox {{ font-weight: 600; color: {c.text}; }}
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QPushButton {{ font-weight: normal; }}
QTreeWidget#{names.HISTORY_VIEW} {{ color: {c.text}; background: {c.surface}; }}
QTreeWidget#{names.HISTORY_VIEW}::item {{ padding: 0.35em 0.25em; }}
QTreeWidget:focus {{ border: {ring}px solid {c.focus}; }}
QMessageBox QLabel {{ color: {c.text}; }}
/* Words only on dialog and message box buttons: the desktop's stock icons (a red "no" sign on Close)
   clash with the look. */
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
"""


def arrow_file(scheme: str) -> Path:
    """The lists' drop-down arrow for `scheme` (a style sheet takes an image file): resources/icons/
    chevron-down-<scheme>.svg, drawn in that scheme's text colour (tests/unit/test_theme_contrast.py
    checks they agree)."""
    return resource_path("icons", f"chevron-down-{scheme}.svg")


def icon_file(name: str, scheme: str) -> Path:
    """A style sheet's image for `scheme`: resources/icons/<name>-<scheme>.svg, drawn in that scheme's
    colours ("tick": on_accent, for a ticked check box; "chosen": accent and on_accent, for a chosen
    answer), which tests/unit/test_theme_contrast.py checks."""
    return resource_path("icons", f"{name}-{scheme}.svg")


def palette(scheme: str) -> QPalette:
    """Qt's palette from the tokens, for what the style sheet does not draw (menus, scroll bars, text)."""
    from PySide6.QtGui import QColor, QPalette

    c = theme.colours(scheme)
    result = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: c.window,
        role.WindowText: c.text,
        role.Base: c.surface,
        role.AlternateBase: c.notice,
        role.Text: c.text,
        role.Button: c.surface,
        role.ButtonText: c.text,
        role.Highlight: c.accent,
        role.HighlightedText: c.on_accent,
        role.Mid: c.border,
        role.Light: c.surface,
        role.Dark: c.border,
        role.ToolTipBase: c.surface,
        role.ToolTipText: c.text,
        role.PlaceholderText: c.muted,
        role.Link: c.link,
        role.LinkVisited: c.link,
        role.BrightText: c.text,
    }
    for each, colour in colours.items():
        result.setColor(each, QColor(colour))
    for each in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, each, QColor(c.muted))
    return result


def new_application(argv: list[str]) -> QApplication:
    """The QApplication, in Qt's Fusion style from the start (asked on its command line: setting it
    from Python would build PySide6's QStyle wrapper before the first paint)."""
    import os
    import sys

    from app.ui.session_bus import without_bus_autolaunch

    os.environ.update(without_bus_autolaunch(os.environ, sys.platform))
    app = QApplication([*argv[:1], "-style", "Fusion", *argv[1:]])
    app.setProperty(_FUSION_PROPERTY, True)
    return app


def system_scheme(app: QApplication) -> str:
    """The desktop's colour mode, before the assistant sets its own palette: dark when the system's
    window colour is dark. (Asking Qt's styleHints().colorScheme() would build PySide6's whole `Qt`
    namespace, ~12 ms before the first paint; the palette says the same.)"""
    return theme.DARK if app.palette().window().color().lightness() < _DARK_BELOW else theme.LIGHT


def current_scheme(app: QApplication | None = None) -> str:
    instance = app or QApplication.instance()
    value = instance.property(_SCHEME_PROPERTY) if instance is not None else None
    return value if value in theme.SCHEMES else theme.LIGHT


def apply_style(app: QApplication, scheme: str | None = None) -> None:
    """Set the font, the palette and the style sheet for `scheme` (by default the system's, followed
    live when it changes). Safe to call more than once. (The window icon: set_window_icon.)"""
    if not app.property(_BODY_PROPERTY):
        font = QFont(app.font())
        body = max(font.pointSizeF(), theme.TYPE.body_pt)
        font.setPointSizeF(body)
        app.setFont(font)
        app.setProperty(_BODY_PROPERTY, body)
    if scheme is None:
        if app.property(_SYSTEM_PROPERTY) not in theme.SCHEMES:  # read once, before our palette hides it
            app.setProperty(_SYSTEM_PROPERTY, system_scheme(app))
        scheme = str(app.property(_SYSTEM_PROPERTY))
        if not app.property(_FOLLOWING_PROPERTY):
            app.styleHints().colorSchemeChanged.connect(lambda changed: _follow_system(app, changed))
            app.setProperty(_FOLLOWING_PROPERTY, True)
    else:
        app.setProperty(_FOLLOWING_PROPERTY, "fixed")  # chosen (the gallery): the system is not followed
    if app.property(_SCHEME_PROPERTY) == scheme:
        return  # already so: setting the same style sheet again would redraw every widget for nothing
    if not app.property(_FUSION_PROPERTY):  # once: replacing the style under open windows crashes Qt
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")  # the same look everywhere, drawn from our palette
        app.setProperty(_FUSION_PROPERTY, True)
    app.setProperty(_SCHEME_PROPERTY, scheme)
    app.setPalette(palette(scheme))
    app.setStyleSheet(style_sheet(scheme, float(app.property(_BODY_PROPERTY))))


def _follow_system(app: QApplication, changed: object) -> None:
    """The desktop switched between light and dark: follow it, live (unless a scheme was chosen)."""
    if app.property(_FOLLOWING_PROPERTY) is True:
        dark = getattr(changed, "value", changed) == _QT_DARK
        app.setProperty(_SYSTEM_PROPERTY, theme.DARK if dark else theme.LIGHT)
        apply_style(app)


def set_variant(widget: QWidget, variant: str) -> None:
    """Give a button its variant ("primary", "secondary" or "") and redraw it in that style."""
    if widget.property("variant") == variant:
        return
    widget.setProperty("variant", variant)
    repolish(widget)


def set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    repolish(widget)


_REPOLISH = ("/* repolish */", "/* repolished */")


def repolish(widget: QWidget) -> None:
    """Redraw `widget` in the style its (changed) properties select. Setting its own (empty) style sheet
    makes Qt repolish it through the application's; calling style().unpolish/polish from Python would
    build PySide6's QStyle wrapper and its enums, ~15 ms before the first paint."""
    widget.setStyleSheet(_REPOLISH[1] if widget.styleSheet() == _REPOLISH[0] else _REPOLISH[0])


def spacing(widget: QWidget, units: float = theme.SPACE) -> int:
    """`units` of the widget's line height, in pixels: spacing follows the font, never a raw size."""
    return round(widget.fontMetrics().height() * units)


def column_width(widget: QWidget) -> int:
    """The content column's width: about `theme.COLUMN_CHARS` average characters of the body font."""
    return widget.fontMetrics().averageCharWidth() * theme.COLUMN_CHARS


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path("icons", "app.svg")))


def set_window_icon(app: QApplication) -> None:
    """The windows' icon. Called once the first window is painted: loading the SVG icon engine is not
    worth a slower first window (its title bar gets the icon a moment later)."""
    app.setWindowIcon(app_icon())
