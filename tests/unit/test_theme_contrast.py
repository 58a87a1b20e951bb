"""The colour tokens meet WCAG 2.1 AA in light and dark, computed here with our own formula (not the app's).

Text pairs need 4.5:1 (1.4.3), shapes next to each other (borders, the focus ring, the accent) 3:1
(1.4.11), and the focus ring is at least 2 px wide. The style sheet must draw that ring with that colour.
"""

from __future__ import annotations

import re

import pytest

from app.ui import style, theme


def _channel(value: int) -> float:
    """One sRGB channel (0-255) made linear, as WCAG 2.1 defines it."""
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _rgb(colour: str) -> tuple[int, int, int]:
    text = colour.strip().lstrip("#")
    assert re.fullmatch(r"[0-9a-fA-F]{6}", text), f"not a #rrggbb colour: {colour!r}"
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def luminance(colour: str) -> float:
    r, g, b = (_channel(v) for v in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# -- the formula itself: a broken one must fail here ------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#000000", 21.0),
        ("#767676", "#ffffff", 4.54),  # the classic lightest grey that passes AA on white
        ("#777777", "#ffffff", 4.48),  # and the first that fails
        ("#949494", "#ffffff", 3.03),
        ("#ff0000", "#ffffff", 4.00),
        ("#0000ff", "#ffffff", 8.59),
        ("#123456", "#123456", 1.0),
    ],
)
def test_contrast_formula(first, second, expected):
    assert contrast(first, second) == pytest.approx(expected, abs=0.01)


def test_luminance_ends():
    assert luminance("#000000") == 0
    assert luminance("#ffffff") == pytest.approx(1)
    assert luminance("#808080") == pytest.approx(0.2159, abs=0.0005)


# -- the tokens ----------------------------------------------------------------------------------


def _pairs(pairs, minimum):
    return [
        pytest.param(scheme, fg, bg, minimum, id=f"{scheme}-{fg}-on-{bg}")
        for scheme in theme.PALETTES
        for fg, bg in pairs
    ]


def test_both_schemes_are_there():
    assert set(theme.PALETTES) == {"light", "dark"}
    assert theme.TEXT_PAIRS and theme.SHAPE_PAIRS


@pytest.mark.parametrize(
    ("scheme", "foreground", "background", "minimum"),
    _pairs(theme.TEXT_PAIRS, 4.5) + _pairs(theme.SHAPE_PAIRS, 3.0),
)
def test_token_pair_contrast(scheme, foreground, background, minimum):
    colours = theme.PALETTES[scheme]
    fg, bg = getattr(colours, foreground), getattr(colours, background)
    ratio = contrast(fg, bg)
    assert ratio >= minimum, f"{scheme}: {foreground} {fg} on {background} {bg} is {ratio:.2f}:1, needs {minimum}:1"


@pytest.mark.parametrize(
    ("foreground", "background", "minimum"),
    [(fg, bg, 4.5) for fg, bg in theme.PRINT_TEXT_PAIRS] + [(fg, bg, 3.0) for fg, bg in theme.PRINT_SHAPE_PAIRS],
)
def test_print_colours_on_paper(foreground, background, minimum):
    """The receipt's colours, on white paper whatever the screen's scheme (the history's lines were #9e9e9e,
    2.7:1 on white: too faint to print)."""
    fg, bg = getattr(theme.PRINT, foreground), getattr(theme.PRINT, background)
    ratio = contrast(fg, bg)
    assert ratio >= minimum, f"print: {foreground} {fg} on {background} {bg} is {ratio:.2f}:1, needs {minimum}:1"


def test_the_receipt_style_uses_only_the_print_colours():
    from app.ui.receipt import STYLE

    assert set(re.findall(r"#[0-9a-fA-F]{6}", STYLE)) <= set(theme.PRINT)


def test_focus_ring_is_at_least_two_pixels():
    assert theme.FOCUS_RING_PX >= 2


# -- the style sheet draws what the tokens promise ------------------------------------------------------


def _rules(sheet: str) -> list[tuple[str, str]]:
    """(selector, body) of every rule in the style sheet."""
    return [(sel.strip(), body) for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet)]


_BORDER = re.compile(r"border\s*:\s*(\d+)px\s+(solid|dashed|dotted|double)\s+(#[0-9a-fA-F]{6})")


@pytest.mark.parametrize("scheme", sorted(theme.PALETTES))
def test_style_sheet_focus_ring(scheme):
    colours = theme.PALETTES[scheme]
    sheet = style.style_sheet(scheme, 12.0)
    rings = []
    for selector, body in _rules(sheet):
        if ":focus" not in selector:
            continue
        for width, _kind, colour in _BORDER.findall(body):
            if colour.lower() == colours.focus.lower():
                rings.append((selector, int(width)))
    assert rings, f"{scheme}: no :focus rule draws a border in the focus colour {colours.focus}"
    minimum = max(2, theme.FOCUS_RING_PX)  # never under WCAG's 2 px, whatever the token says
    thin = [(selector, width) for selector, width in rings if width < minimum]
    assert not thin, f"{scheme}: focus rings thinner than {minimum}px: {thin}"
    # The common controls all get the ring.
    focused = " ".join(selector for selector, _width in rings)
    for control in ("QPushButton", "QComboBox", "QLineEdit", "QToolButton"):
        assert control in focused, f"{scheme}: {control} has no focus ring in the focus colour"


@pytest.mark.parametrize("scheme", sorted(theme.PALETTES))
def test_style_sheet_primary_and_secondary_buttons_differ(scheme):
    sheet = style.style_sheet(scheme, 12.0)
    rules = dict(_rules(sheet))
    primary = rules.get('QPushButton[variant="primary"]')
    secondary = rules.get('QPushButton[variant="secondary"]')
    assert primary is not None, "no primary button rule"
    assert secondary is not None, "no secondary button rule"

    def declarations(body: str) -> dict[str, str]:
        return {
            key.strip(): value.strip() for key, value in (line.split(":", 1) for line in body.split(";") if ":" in line)
        }

    p, s = declarations(primary), declarations(secondary)
    assert p != s
    assert p.get("background") != s.get("background"), "primary and secondary share a background"
    assert p.get("color") != s.get("color"), "primary and secondary share a text colour"
    colours = theme.PALETTES[scheme]
    assert p.get("background", "").lower() == colours.accent.lower(), p
    assert p.get("color", "").lower() == colours.on_accent.lower(), p


def test_the_list_arrows_are_drawn_in_each_schemes_text_colour() -> None:
    """The style sheet's drop-down arrows are files (resources/icons/chevron-down-<scheme>.svg): each is
    drawn in its scheme's text colour, so it keeps that colour's contrast."""
    from app.resources import resource_path

    for scheme, colours in theme.PALETTES.items():
        drawn = resource_path("icons", f"chevron-down-{scheme}.svg").read_text(encoding="utf-8")
        assert set(re.findall(r'stroke="(#[0-9a-f]{6})"', drawn)) == {colours.text}, scheme


# -- the checked and focused states: told apart by shape, not only by colour (issue 25) ---------------


def _declarations(sheet: str, selector: str) -> dict[str, str]:
    """The declarations of the style sheet's rules for exactly `selector`, later ones winning."""
    found: dict[str, str] = {}
    for sel, body in _rules(re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)):
        if selector in (s.strip() for s in sel.split(",")):
            for line in body.split(";"):
                if ":" in line:
                    key, value = line.split(":", 1)
                    found[key.strip()] = value.strip()
    assert found, f"no rule for {selector}"
    return found


def _image(value: str) -> str:
    """The file name of a url(...) value, checked to exist."""
    from pathlib import Path

    match = re.fullmatch(r"url\((.+)\)", value)
    assert match, value
    path = Path(match.group(1))
    assert path.is_file(), path
    return path.read_text(encoding="utf-8")


def _px(value: str) -> int:
    match = re.fullmatch(r"(\d+)(?:px)?", value)
    assert match, value
    return int(match.group(1))


@pytest.mark.parametrize("scheme", sorted(theme.PALETTES))
def test_a_ticked_check_box_shows_a_tick(scheme):
    """Ticked was a blue square with no tick: the state by colour alone. Now a tick, drawn in the colour
    that reads on the blue, 3:1 at least (a graphical object)."""
    colours = theme.PALETTES[scheme]
    checked = _declarations(style.style_sheet(scheme, 12.0), "QCheckBox::indicator:checked")
    assert checked["background"] == colours.accent
    drawn = _image(checked["image"])
    assert set(re.findall(r'stroke="(#[0-9a-f]{6})"', drawn)) == {colours.on_accent}
    assert contrast(colours.on_accent, colours.accent) >= 3.0


@pytest.mark.parametrize("scheme", sorted(theme.PALETTES))
def test_a_chosen_answer_has_a_fill_and_a_check_mark_and_focus_has_neither(scheme):
    """A chosen answer: its fill, its outline in the accent and a check mark; a focused one: a ring in the
    focus colour, never the accent, and no fill or mark of its own (focus on the first answer looked chosen)."""
    colours = theme.PALETTES[scheme]
    sheet = style.style_sheet(scheme, 12.0)
    chosen = _declarations(sheet, 'QToolButton[choice="true"]:checked')
    assert chosen["background-color"] == colours.selected
    assert chosen["border"] == f"{theme.FOCUS_RING_PX}px solid {colours.accent}"
    mark = _image(chosen["background-image"])
    assert set(re.findall(r'fill="(#[0-9a-f]{6})"', mark)) == {colours.accent}
    assert set(re.findall(r'stroke="(#[0-9a-f]{6})"', mark)) == {colours.on_accent}
    assert contrast(colours.accent, colours.selected) >= 3.0  # the mark's disc on the chosen fill
    assert contrast(colours.on_accent, colours.accent) >= 3.0  # the tick on the disc
    focused = _declarations(sheet, 'QToolButton[choice="true"]:focus')
    assert not {"background", "background-color", "background-image", "font-weight"} & set(focused)
    assert colours.accent not in focused["border"]
    assert colours.focus in focused["border"]
    assert contrast(colours.focus, colours.accent) != 1.0  # (not the same colour)


@pytest.mark.parametrize("scheme", sorted(theme.PALETTES))
@pytest.mark.parametrize(
    ("control", "fill"), [('QPushButton[variant="primary"]', "accent"), ('QToolButton[choice="true"]', "surface")]
)
def test_the_focus_ring_of_a_filled_control_stands_off_it(scheme, control, fill):
    """The ring on a blue button was white on white-grey (1.1:1 against the window). No one colour reads
    against both the window and the blue, so the ring stands off the button: two lines of the focus colour
    with the window showing between them and the fill (the fill clipped inside the border). Each line is
    seen against the window, 3:1 at least; the button's own edge against that gap keeps its 3:1 too."""
    colours = theme.PALETTES[scheme]
    sheet = style.style_sheet(scheme, 12.0)
    focused = _declarations(sheet, f"{control}:focus")
    width, kind, colour = focused["border"].split()
    assert (kind, colour) == ("double", colours.focus)
    assert _px(width) >= 3 * max(2, theme.FOCUS_RING_PX)  # line, gap, line: each at least 2 px
    assert focused.get("background-clip") == "padding"  # the gap is the window's colour, not the fill's
    assert _px(focused["margin"]) == 0
    # The same outer size focused or not: nothing moves when the focus arrives.
    plain = _declarations(sheet, control)
    border = _px(plain["border"].split()[0])
    assert _px(plain["margin"]) + border == _px(width)
    # The ring against the window around it and in the gap; the control's edge against that gap.
    assert contrast(colours.focus, colours.window) >= 3.0
    if fill == "accent":
        assert contrast(colours.accent, colours.window) >= 3.0
    else:
        assert contrast(colours.border, colours.window) >= 3.0
