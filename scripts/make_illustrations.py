#!/usr/bin/env python3
"""Write LinkedIn's step illustrations: resources/guides/linkedin-ai-training/illustrations/<device>/step-<n>.svg.

The pictures are screenshot-like sketches: a phone or a browser window, LinkedIn-like layout and
colours (no logo or trademark artwork), grey bars where the real screen has text that does not
matter, and LinkedIn's own label where it does. Those labels are text slots:

    <text s:slot="Data privacy" s:width="220" s:lines="2" ...>Data privacy</text>

The slot names the LinkedIn label's English wording (a `label` in the guide file); the app replaces
it at render time with the catalog's translation, wrapped to `s:width` on at most `s:lines` lines.
So a new language needs no new pictures.

The SVG files are committed; edit this script and run it again (or edit an SVG by hand) when
LinkedIn's screens change.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "guides" / "linkedin-ai-training" / "illustrations"

NS = "urn:ai-optout-assistant:slots"
BLUE = "#0a66c2"
PAGE = "#f4f2ee"
CARD = "#ffffff"
INK = "#191919"
MUTED = "#666666"
BAR = "#dedbd5"
LINE = "#e8e6e1"
GREEN = "#01754f"
OFF = "#8c8c8c"
MARK = "#e8590c"  # the highlight ring: orange, distinct from LinkedIn's blue and green
FONT = 'font-family="sans-serif"'
ROUNDED = 'stroke-width="3" stroke-linecap="round" stroke-linejoin="round"'
FOCUS_W, FOCUS_H = 640, 400  # the browser pictures' close-up, two thirds of the window


def svg(width: int, height: int, body: str, focus: tuple[float, float] | None = None) -> str:
    """An SVG document. `focus` is the centre of the part worth seeing when the picture is small:
    the app then shows a FOCUS_W x FOCUS_H window around it, and the whole picture when enlarged."""
    focus_attr = ""
    if focus is not None:
        x = min(max(focus[0] - FOCUS_W / 2, 0), width - FOCUS_W)
        y = min(max(focus[1] - FOCUS_H / 2, 0), height - FOCUS_H)
        focus_attr = f' s:focus="{x:g} {y:g} {FOCUS_W} {FOCUS_H}"'
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="{NS}" version="1.2" baseProfile="tiny"\n'
        f'     width="{width}" height="{height}" viewBox="0 0 {width} {height}"{focus_attr}>\n{body}</svg>\n'
    )


def rect(x: float, y: float, w: float, h: float, fill: str, rx: float = 0, extra: str = "") -> str:
    return f'  <rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{rx}" fill="{fill}" {extra}/>\n'


def bar(x: float, y: float, w: float, h: float = 10, fill: str = BAR) -> str:
    """A grey stand-in for text that does not matter for this step."""
    return rect(x, y, w, h, fill, rx=h / 2)


def circle(cx: float, cy: float, r: float, fill: str, extra: str = "") -> str:
    return f'  <circle cx="{cx}" cy="{cy}" r="{r}" fill="{fill}" {extra}/>\n'


def avatar(cx: float, cy: float, r: float) -> str:
    """A profile photo: a neutral head-and-shoulders silhouette."""
    return (
        circle(cx, cy, r, "#c9d6e3")
        + circle(cx, cy - r * 0.18, r * 0.38, "#8fa5bb")
        + f'  <path d="M{cx - r * 0.62},{cy + r * 0.72} Q{cx},{cy + r * 0.05} {cx + r * 0.62},{cy + r * 0.72} Z" '
        f'fill="#8fa5bb"/>\n'
    )


def slot(
    label: str,
    x: float,
    y: float,
    width: float,
    *,
    size: float = 16,
    lines: int = 1,
    fill: str = INK,
    weight: str = "normal",
    anchor: str = "start",
    middle: bool = False,
) -> str:
    """A text slot for a LinkedIn label, filled in the reader's language at render time."""
    return (
        f'  <text s:slot={quoteattr(label)} s:width="{width}" s:lines="{lines}"'
        + (' s:valign="middle"' if middle else "")
        + f' x="{x}" y="{y}" {FONT} '
        f'font-size="{size}" font-weight="{weight}" fill="{fill}" text-anchor="{anchor}">{escape(label)}</text>\n'
    )


def ring(x: float, y: float, w: float, h: float, rx: float = 10) -> str:
    """The highlight around the thing to tap or click."""
    return (
        f'  <rect class="highlight" x="{x}" y="{y}" width="{w}" height="{h}" rx="{rx}" fill="none" '
        f'stroke="{MARK}" stroke-width="4"/>\n'
    )


def tap(cx: float, cy: float) -> str:
    """Where the finger or the pointer goes."""
    return circle(cx, cy, 9, MARK, 'fill-opacity="0.85"') + circle(
        cx, cy, 16, "none", f'stroke="{MARK}" stroke-width="2"'
    )


def pointer(x: float, y: float) -> str:
    """A mouse pointer whose tip is at (x, y)."""
    return (
        f'  <path d="M{x},{y} l0,22 l6,-6 l5,11 l4,-2 l-5,-11 l8,0 z" fill="{CARD}" stroke="{INK}" '
        f'stroke-width="1.6" stroke-linejoin="round"/>\n'
    )


def toggle(x: float, y: float, on: bool, scale: float = 1.0) -> str:
    w, h = 52 * scale, 30 * scale
    knob = x + w - h / 2 if on else x + h / 2
    colour = GREEN if on else OFF
    return rect(x, y, w, h, colour, rx=h / 2) + circle(knob, y + h / 2, h / 2 - 4 * scale, CARD)


def switch_off(x: float, y: float, scale: float = 1.0) -> str:
    """The switch going from on to off: on, an arrow, off (ringed)."""
    w, h = 52 * scale, 30 * scale
    gap = 34 * scale
    arrow_y = y + h / 2
    ax = x + w + 6 * scale
    return (
        toggle(x, y, True, scale)
        + f'  <path d="M{ax},{arrow_y} h{gap - 14 * scale} m-{8 * scale},-{7 * scale} l{8 * scale},{7 * scale} '
        f'l-{8 * scale},{7 * scale}" fill="none" stroke="{MUTED}" stroke-width="{3 * scale}" stroke-linecap="round" '
        f'stroke-linejoin="round"/>\n'
        + toggle(x + w + gap, y, False, scale)
        + ring(x + w + gap - 7 * scale, y - 7 * scale, w + 14 * scale, h + 14 * scale, rx=(h + 14 * scale) / 2)
    )


# -- phones -----------------------------------------------------------------------------------
PW, PH = 360, 720  # the phone picture
SX, SY, SW, SH = 18, 18, 324, 684  # its screen


def phone(kind: str, screen: str) -> str:
    """A phone frame around `screen` (drawn in screen coordinates, 324 x 684)."""
    radius = 46 if kind == "iphone" else 30
    body = rect(2, 2, PW - 4, PH - 4, "#1f1f1f", rx=radius + 14, extra='stroke="#6b6b6b" stroke-width="2"')
    body += rect(SX, SY, SW, SH, PAGE, rx=radius)
    body += f'  <g transform="translate({SX},{SY})">\n{screen}  </g>\n'
    if kind == "iphone":
        body += rect(PW / 2 - 52, SY + 10, 104, 28, "#1f1f1f", rx=14)  # the island
        body += status_bar_ios()
        body += rect(PW / 2 - 62, SY + SH - 14, 124, 5, INK, rx=2.5)  # home indicator
    else:
        body += circle(PW / 2, SY + 16, 7, "#1f1f1f")  # punch-hole camera
        body += status_bar_android()
        body += rect(PW / 2 - 50, SY + SH - 14, 100, 4, "#444444", rx=2)  # gesture bar
    return svg(PW, PH, body)


def status_bar_ios() -> str:
    return (
        f'  <text x="{SX + 44}" y="{SY + 30}" {FONT} font-size="15" font-weight="bold" fill="{INK}">9:41</text>\n'
        + rect(SX + SW - 66, SY + 20, 22, 11, INK, rx=2)
        + rect(SX + SW - 40, SY + 20, 24, 11, "none", rx=3, extra=f'stroke="{INK}" stroke-width="1.5"')
        + rect(SX + SW - 38, SY + 22, 17, 7, INK, rx=1.5)
    )


def status_bar_android() -> str:
    return (
        f'  <text x="{SX + 22}" y="{SY + 22}" {FONT} font-size="13" fill="{INK}">12:30</text>\n'
        + f'  <path d="M{SX + SW - 62},{SY + 22} l12,-12 v12 z" fill="{INK}"/>\n'
        + rect(SX + SW - 42, SY + 10, 9, 13, INK, rx=1.5)
    )


TOP = 52  # below the status bar, in screen coordinates


def phone_feed(kind: str, *, highlight_avatar: bool, highlight_home: bool) -> str:
    s = rect(0, TOP, SW, 56, CARD)
    s += avatar(30, TOP + 28, 17)
    s += rect(58, TOP + 12, 200, 32, "#edf3f8", rx=6) + bar(72, TOP + 23, 90, 10, "#c5cdd6")
    s += rect(274, TOP + 14, 26, 26, BAR, rx=6)
    for i, y in enumerate((TOP + 72, TOP + 312)):
        s += rect(0, y, SW, 228, CARD)
        s += avatar(32, y + 32, 20) + bar(62, y + 20, 120) + bar(62, y + 38, 80, 8)
        s += bar(16, y + 70, 280) + bar(16, y + 88, 250) + bar(16, y + 106, 180 + 40 * i)
        s += rect(16, y + 126, 292, 80, "#e4ebf2", rx=4)
    tabs_y = SH - 92
    s += rect(0, tabs_y, SW, 92, CARD) + rect(0, tabs_y, SW, 1, LINE)
    for i in range(5):
        cx = 32 + i * 65
        colour = INK if i == 0 else "#9a9a9a"
        s += rect(cx - 11, tabs_y + 12, 22, 20, colour, rx=4)
        if i == 0:
            s += slot("Home", cx, tabs_y + 50, 64, size=12, anchor="middle", weight="bold")
        else:
            s += bar(cx - 18, tabs_y + 41, 36, 8)
    if highlight_home:
        s += ring(2, tabs_y + 4, 62, 56)
        s += tap(32, tabs_y + 22)
    if highlight_avatar:
        s += ring(8, TOP + 6, 44, 44, rx=22) + tap(30, TOP + 28)
    return s


def phone_panel(kind: str, *, highlight: str) -> str:
    """The panel that slides in from the left when the profile photo is tapped."""
    s = phone_feed(kind, highlight_avatar=False, highlight_home=False)
    s += rect(0, 0, SW, SH, "#000000", extra='fill-opacity="0.45"')
    panel_w = 262
    s += rect(0, 0, panel_w, SH, CARD)
    s += avatar(44, TOP + 44, 30)
    s += bar(20, TOP + 92, 150, 14, "#bdbab3") + bar(20, TOP + 116, 200, 9) + bar(20, TOP + 132, 120, 9)
    s += slot("View profile", 20, TOP + 168, 220, size=16, fill=BLUE, weight="bold")
    s += rect(0, TOP + 190, panel_w, 1, LINE)
    for i in range(4):
        s += bar(20, TOP + 214 + i * 40, 130 + (i % 2) * 40, 11)
    s += rect(0, SH - 132, panel_w, 1, LINE)
    s += rect(20, SH - 104, 20, 20, MUTED, rx=10) + circle(30, SH - 94, 4, CARD)
    s += slot("Settings", 52, SH - 88, 190, size=17, weight="bold")
    if highlight == "avatar":
        s += ring(8, TOP + 8, 72, 72, rx=36) + tap(44, TOP + 44)
    elif highlight == "settings":
        s += ring(10, SH - 118, 236, 48) + tap(222, SH - 94)
    return s


def phone_header(kind: str, title: str) -> str:
    """A settings screen's top bar with a back button and the screen's title."""
    s = rect(0, TOP, SW, 56, CARD) + rect(0, TOP + 56, SW, 1, LINE)
    if kind == "iphone":
        s += f'  <path d="M24,{TOP + 18} l-10,10 l10,10" fill="none" stroke="{BLUE}" {ROUNDED}/>\n'
        s += slot(title, SW / 2, TOP + 34, 230, size=17, lines=2, weight="bold", anchor="middle", middle=True)
    else:
        s += f'  <path d="M30,{TOP + 28} h-16 m7,-8 l-8,8 l8,8" fill="none" stroke="{INK}" {ROUNDED}/>\n'
        s += slot(title, 52, TOP + 34, 250, size=18, lines=2, weight="bold", middle=True)
    return s


def phone_rows(kind: str, target: str, position: int, y0: float, count: int = 6) -> str:
    """A list of settings rows; row `position` is LinkedIn's `target` label, ringed."""
    s = ""
    row_h = 56
    if kind == "iphone":  # iOS: an inset, rounded group
        s += rect(14, y0, SW - 28, row_h * count, CARD, rx=12)
        x0, w = 14, SW - 28
    else:  # Material: full-width rows
        s += rect(0, y0, SW, row_h * count, CARD)
        x0, w = 0, SW
    for i in range(count):
        y = y0 + i * row_h
        if i:
            s += rect(x0 + 52, y, w - 52, 1, LINE)
        s += rect(x0 + 16, y + 18, 22, 22, "#9aa5b1", rx=5)
        if i == position:
            s += slot(target, x0 + 52, y + 34, w - 112, size=15, lines=2, weight="bold", middle=True)
        else:
            s += bar(x0 + 52, y + 24, 110 + (i * 37) % 90, 10)
        s += f'  <path d="M{x0 + w - 24},{y + 22} l6,7 l-6,7" fill="none" stroke="{MUTED}" stroke-width="2"/>\n'
    y = y0 + position * row_h
    s += ring(x0 + 4, y + 3, w - 8, row_h - 6) + tap(x0 + w - 40, y + row_h / 2)
    return s


def phone_screens(kind: str) -> list[str]:
    settings = phone_header(kind, "Settings")
    settings += phone_rows(kind, "Data privacy", 2, TOP + 80)
    data_privacy = phone_header(kind, "Data privacy")
    data_privacy += bar(18, TOP + 84, 190, 12, "#bdbab3")
    data_privacy += phone_rows(kind, "Data for Generative AI Improvement", 3, TOP + 108, count=5)
    ai = phone_header(kind, "Data for Generative AI Improvement")
    ai += rect(0, TOP + 72, SW, 300, CARD)
    for i, w in enumerate((280, 292, 250, 270, 150)):
        ai += bar(18, TOP + 96 + i * 20, w, 9)
    ai += rect(18, TOP + 206, SW - 36, 1, LINE)
    ai += slot(
        "Use my data for training content creation AI models", 18, TOP + 236, 288, size=15, lines=3, weight="bold"
    )
    ai += switch_off(130, TOP + 300)
    return [
        phone_feed(kind, highlight_avatar=False, highlight_home=True),
        phone_panel(kind, highlight="avatar"),
        phone_panel(kind, highlight="settings"),
        settings,
        data_privacy,
        ai,
    ]


# -- the browser ------------------------------------------------------------------------------
BW, BH = 960, 600
VX, VY = 0, 84  # the page area, below tabs and address bar


def browser(body: str, path: str, focus: tuple[float, float]) -> str:
    s = rect(1, 1, BW - 2, BH - 2, "#dfe1e5", rx=12, extra='stroke="#b9bcc1" stroke-width="2"')
    for i, colour in enumerate(("#ec6a5e", "#f4bf4f", "#61c554")):
        s += circle(24 + i * 20, 22, 6, colour)
    s += rect(92, 8, 220, 30, "#f7f8f9", rx=8) + rect(104, 17, 12, 12, BLUE, rx=3) + bar(124, 18, 140, 10, "#c3c6cb")
    s += rect(1, 42, BW - 2, 42, "#f7f8f9")
    s += rect(110, 49, 700, 28, "#e8eaed", rx=14)
    s += '  <path d="M24,63 h14 m-6,-6 l-7,6 l7,6" fill="none" stroke="#70757a" stroke-width="2.5"/>\n'
    s += '  <path d="M64,63 h-14 m6,-6 l7,6 l-7,6" fill="none" stroke="#c3c6cb" stroke-width="2.5"/>\n'
    s += rect(124, 57, 9, 11, "none", rx=2, extra='stroke="#70757a" stroke-width="1.6"')
    s += f'  <text x="142" y="68" {FONT} font-size="14" fill="#3c4043">{path}</text>\n'
    s += rect(VX + 1, VY, BW - 2, BH - VY - 1, PAGE)
    s += f'  <g transform="translate({VX},{VY})">\n{body}  </g>\n'
    return svg(BW, BH, s, focus=(focus[0], focus[1] + VY))


def web_nav(*, me_ring: bool = False) -> str:
    s = rect(1, 0, BW - 2, 52, CARD) + rect(1, 52, BW - 2, 1, LINE)
    s += rect(40, 12, 28, 28, BLUE, rx=4)  # a plain blue square where a logo would be
    s += rect(78, 13, 230, 28, "#edf3f8", rx=4) + bar(96, 22, 90, 10, "#c5cdd6")
    for i in range(5):
        cx = 420 + i * 82
        s += rect(cx - 11, 8, 22, 20, "#9a9a9a" if i else INK, rx=4) + bar(cx - 22, 34, 44, 8)
    s += avatar(840, 19, 12)
    s += slot("Me", 840, 45, 80, size=12, anchor="middle")
    s += f'  <path d="M{856},{39} l4,4 l4,-4" fill="none" stroke="{MUTED}" stroke-width="1.6"/>\n'
    if me_ring:
        s += ring(808, 2, 66, 50) + pointer(866, 30)
    return s


def web_feed() -> str:
    s = rect(40, 72, 220, 260, CARD, rx=8) + avatar(150, 124, 30) + bar(90, 170, 120, 12) + bar(80, 192, 140, 9)
    for y in (72, 330):
        s += (
            rect(284, y, 420, 240, CARD, rx=8)
            + avatar(316, y + 34, 20)
            + bar(346, y + 22, 140)
            + bar(346, y + 40, 90, 8)
        )
        s += bar(300, y + 74, 380) + bar(300, y + 92, 340) + rect(300, y + 114, 388, 110, "#e4ebf2", rx=4)
    s += rect(728, 72, 192, 200, CARD, rx=8) + bar(744, 92, 120) + bar(744, 120, 150, 8) + bar(744, 140, 130, 8)
    return s


def web_sign_in() -> str:
    s = rect(1, 0, BW - 2, 64, PAGE)
    s += rect(40, 18, 30, 30, BLUE, rx=4)
    for i in range(3):
        s += rect(420 + i * 76, 20, 22, 18, "#9a9a9a", rx=4) + bar(410 + i * 76, 42, 44, 7)
    s += rect(690, 16, 96, 36, CARD, rx=18, extra=f'stroke="{MUTED}" stroke-width="1.5"') + bar(712, 29, 52, 10)
    s += rect(798, 16, 130, 36, CARD, rx=18, extra=f'stroke="{BLUE}" stroke-width="2"')
    s += slot("Sign in", 863, 40, 116, size=15, fill=BLUE, weight="bold", anchor="middle")
    s += ring(790, 8, 146, 52, rx=26) + pointer(906, 36)
    s += bar(60, 150, 420, 26, "#c9c2b8") + bar(60, 190, 360, 26, "#c9c2b8")
    s += rect(60, 260, 360, 48, BLUE, rx=24) + rect(60, 324, 360, 48, CARD, rx=24, extra=f'stroke="{MUTED}"')
    s += rect(540, 110, 360, 300, "#e9e2d8", rx=180)
    return s


def web_me_menu() -> str:
    s = web_nav() + web_feed()
    s += rect(680, 56, 250, 330, CARD, rx=8, extra='stroke="#d0cdc7" stroke-width="1"')
    s += avatar(720, 100, 26) + bar(756, 88, 130, 12) + bar(756, 108, 150, 8)
    s += rect(696, 140, 218, 30, CARD, rx=15, extra=f'stroke="{BLUE}" stroke-width="1.5"')
    s += slot("View profile", 805, 160, 200, size=13, fill=BLUE, weight="bold", anchor="middle")
    s += rect(680, 184, 250, 1, LINE) + bar(696, 200, 80, 12, "#bdbab3")
    s += slot("Settings & Privacy", 696, 238, 214, size=14)
    for i in range(3):
        s += bar(696, 258 + i * 28, 100 + i * 20, 9)
    s += ring(688, 216, 234, 32, rx=6) + pointer(906, 236)
    return s + web_nav(me_ring=False)


def web_settings_page(section: str, rows: list[str | None], target: int, title: str | None) -> str:
    """LinkedIn's settings page: the sections on the left, a card of rows on the right."""
    s = rect(1, 0, BW - 2, 52, CARD) + rect(1, 52, BW - 2, 1, LINE) + rect(40, 12, 28, 28, BLUE, rx=4)
    s += avatar(900, 26, 14)
    s += rect(40, 72, 250, 320, CARD, rx=8)
    s += avatar(68, 100, 16) + slot("Settings", 94, 108, 180, size=20, weight="bold")
    sections = [None, None, "Data privacy", None, None, None]
    for i, name in enumerate(sections):
        y = 140 + i * 40
        s += rect(56, y + 8, 18, 18, "#9aa5b1", rx=4)
        if name:
            bold = "bold" if section == name else "normal"
            s += slot(name, 84, y + 22, 192, size=14, lines=2, weight=bold, middle=True)
            if section == name and target == -1:
                s += ring(48, y - 2, 234, 38, rx=6) + pointer(266, y + 20)
        else:
            s += bar(84, y + 12, 90 + (i * 23) % 60, 10)
    if title is not None:
        s += rect(314, 72, 606, 420, CARD, rx=8)
        s += slot(title, 338, 110, 560, size=20, lines=2, weight="bold")
        s += bar(338, 130, 200, 11, "#bdbab3")
        for i, row in enumerate(rows):
            y = 158 + i * 52
            s += rect(314, y, 606, 1, LINE)
            if row:
                s += slot(row, 338, y + 32, 500, size=15, lines=2, weight="bold", middle=True)
            else:
                s += bar(338, y + 20, 180 + (i * 41) % 150, 11)
            s += f'  <path d="M{890},{y + 20} l7,7 l-7,7" fill="none" stroke="{MUTED}" stroke-width="2"/>\n'
            if i == target:
                s += ring(322, y + 5, 590, 42, rx=6) + pointer(860, y + 24)
    return s


def web_other_section() -> str:
    """The section the settings page opens on, before the person chooses Data privacy."""
    s = rect(314, 72, 606, 420, CARD, rx=8) + bar(338, 96, 220, 16, "#bdbab3") + bar(338, 124, 160, 10)
    for i in range(6):
        y = 158 + i * 52
        s += rect(314, y, 606, 1, LINE) + bar(338, y + 20, 160 + (i * 53) % 170, 11)
        s += f'  <path d="M{890},{y + 20} l7,7 l-7,7" fill="none" stroke="{MUTED}" stroke-width="2"/>\n'
    return s


def web_ai_setting() -> str:
    s = web_settings_page("Data privacy", [], -2, None)
    s += rect(314, 72, 606, 420, CARD, rx=8)
    s += f'  <path d="M346,106 h-14 m6,-6 l-7,6 l7,6" fill="none" stroke="{MUTED}" stroke-width="2.5"/>\n'
    s += slot("Data for Generative AI Improvement", 362, 112, 540, size=20, weight="bold")
    for i, w in enumerate((540, 556, 500, 530, 300)):
        s += bar(338, 140 + i * 22, w, 10)
    s += rect(314, 262, 606, 1, LINE)
    s += slot("Use my data for training content creation AI models", 338, 300, 380, size=16, lines=2, weight="bold")
    s += switch_off(760, 282) + pointer(858, 300)
    return s


def browser_screens() -> list[tuple[str, str, tuple[float, float]]]:
    settings_path = "linkedin.com/mypreferences/d/categories/account"
    privacy_path = "linkedin.com/mypreferences/d/categories/privacy"
    ai_path = "linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
    privacy_rows: list[str | None] = [None, None, None, "Data for Generative AI Improvement", None, None]
    return [
        (web_sign_in(), "linkedin.com", (860, 120)),
        (web_nav(me_ring=True) + web_feed(), "linkedin.com/feed/", (840, 120)),
        (web_me_menu(), "linkedin.com/feed/", (805, 200)),
        (web_settings_page("Data privacy", [None] * 6, -1, None) + web_other_section(), settings_path, (300, 240)),
        (web_settings_page("Data privacy", privacy_rows, 3, "Data privacy"), privacy_path, (620, 260)),
        (web_ai_setting(), ai_path, (640, 240)),
    ]


def main() -> None:
    for kind in ("iphone", "android"):
        folder = OUT / kind
        folder.mkdir(parents=True, exist_ok=True)
        for n, screen in enumerate(phone_screens(kind), start=1):
            (folder / f"step-{n}.svg").write_text(phone(kind, screen), encoding="utf-8")
    folder = OUT / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    for n, (body, path, focus) in enumerate(browser_screens(), start=1):
        (folder / f"step-{n}.svg").write_text(browser(body, path, focus), encoding="utf-8")
    print(f"wrote 18 illustrations under {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
