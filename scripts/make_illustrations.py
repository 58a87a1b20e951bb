#!/usr/bin/env python3
"""Write LinkedIn's step illustrations: resources/guides/linkedin-ai-training/illustrations/<device>/step-<n>.svg.

Each picture is the screen a person sees at that step, *before* the tap or click the step asks for,
with the thing to tap or click ringed in orange. They are friendly sketches of LinkedIn's real
screens: its white header and bottom tab bar on phones, its top navigation bar in the browser, its
blue accents, and no logo or trademark artwork (a plain blue square stands where the logo would be).
Text that does not matter for the step is a grey bar; every label and heading the step's sentence
names is drawn as LinkedIn's own word, in the order LinkedIn lists them. Those words are text slots:

    <text s:slot="Data privacy" s:width="220" s:lines="2" ...>Data privacy</text>

The slot names the label's English wording (a `label` or `section` of the guide file, so that the
catalog has its translation); the app replaces it at render time with the translation, wrapped to
`s:width` on at most `s:lines` lines. So a new language needs no new pictures.

A browser picture shows the whole window, address bar included, with a magnified inset (class
"inset") that draws the ringed target again, larger, so that its label can be read when the window is
shown small; a phone picture has that inset beside the phone. Lists the tests check carry a class:
the entries of LinkedIn's settings list ("settings-entry") and the rows under a page's section
heading ("section-row"); the profile photo to tap is a group of class "photo".

The SVG files are committed; edit this script and run it again (or edit an SVG by hand) when
LinkedIn's screens change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "guides" / "linkedin-ai-training" / "illustrations"

NS = "urn:ai-optout-assistant:slots"
BLUE = "#0a66c2"  # LinkedIn's blue
BLUE_SOFT = "#70a7e0"  # LinkedIn's blue, for a link's text drawn as a bar
PAGE = "#f4f2ee"  # LinkedIn's page background
CARD = "#ffffff"
INK = "#191919"
MUTED = "#666666"
BAR = "#dedbd5"  # text that does not matter
NAME = "#b5b1aa"  # a name or a heading that does not matter: a darker bar
LINE = "#e8e6e1"
SEARCH = "#edf3f8"  # LinkedIn's search field
PHOTO_BG = "#c9d6e3"
PHOTO_FG = "#7f99b2"
IMAGE = "#dbe6f1"  # a post's picture
GREEN = "#01754f"  # LinkedIn's "on" switch
GOLD = "#e7a33e"  # Premium
MARK = "#e8590c"  # the highlight ring: orange, distinct from LinkedIn's blue and green
FONT = 'font-family="sans-serif"'
ROUNDED = 'stroke-linecap="round" stroke-linejoin="round"'


# -- shapes -----------------------------------------------------------------------------------
def svg(width: float, height: float, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="{NS}" version="1.2" baseProfile="tiny"\n'
        f'     width="{width:g}" height="{height:g}" viewBox="0 0 {width:g} {height:g}">\n{body}</svg>\n'
    )


def num(value: float) -> str:
    return f"{round(value, 2):g}"


def rect(x: float, y: float, w: float, h: float, fill: str, rx: float = 0, extra: str = "") -> str:
    return (
        f'  <rect x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}" rx="{num(rx)}" fill="{fill}"'
        f"{' ' + extra if extra else ''}/>\n"
    )


def bar(x: float, y: float, w: float, h: float = 10, fill: str = BAR) -> str:
    """A stand-in for text that does not matter for this step."""
    return rect(x, y, w, h, fill, rx=h / 2)


def circle(cx: float, cy: float, r: float, fill: str, extra: str = "") -> str:
    return f'  <circle cx="{num(cx)}" cy="{num(cy)}" r="{num(r)}" fill="{fill}"{" " + extra if extra else ""}/>\n'


def path(d: str, *, fill: str = "none", stroke: str | None = None, width: float = 2) -> str:
    line = f' stroke="{stroke}" stroke-width="{num(width)}" {ROUNDED}' if stroke else ""
    return f'  <path d="{d}" fill="{fill}"{line}/>\n'


def hline(x: float, y: float, w: float, colour: str = LINE) -> str:
    return rect(x, y, w, 1, colour)


def group(body: str, *, cls: str | None = None, transform: str | None = None) -> str:
    attrs = (f' class="{cls}"' if cls else "") + (f' transform="{transform}"' if transform else "")
    return f"  <g{attrs}>\n{body}  </g>\n"


def avatar(cx: float, cy: float, r: float) -> str:
    """A profile photo: a neutral head-and-shoulders silhouette."""
    return (
        circle(cx, cy, r, PHOTO_BG)
        + circle(cx, cy - r * 0.18, r * 0.38, PHOTO_FG)
        + path(
            f"M{num(cx - r * 0.62)},{num(cy + r * 0.72)} Q{num(cx)},{num(cy + r * 0.05)} "
            f"{num(cx + r * 0.62)},{num(cy + r * 0.72)} Z",
            fill=PHOTO_FG,
        )
    )


def photo(cx: float, cy: float, r: float) -> str:
    """The person's own profile photo, the one to tap or click."""
    return group(avatar(cx, cy, r), cls="photo")


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
    """A text slot for a LinkedIn label, filled in the reader's language at render time. `y` is the
    first line's baseline; with `middle`, the baseline of the middle of the lines the text takes."""
    return (
        f'  <text s:slot={quoteattr(label)} s:width="{num(width)}" s:lines="{lines}"'
        + (' s:valign="middle"' if middle else "")
        + f' x="{num(x)}" y="{num(y)}" {FONT} '
        f'font-size="{num(size)}" font-weight="{weight}" fill="{fill}" text-anchor="{anchor}">{escape(label)}</text>\n'
    )


def ring(x: float, y: float, w: float, h: float, rx: float = 10, width: float = 4) -> str:
    """The highlight around the thing to tap or click."""
    return (
        f'  <rect class="highlight" x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}" rx="{num(rx)}" '
        f'fill="none" stroke="{MARK}" stroke-width="{num(width)}"/>\n'
    )


def tap(cx: float, cy: float) -> str:
    """Where the finger goes."""
    return circle(cx, cy, 13, MARK, 'fill-opacity="0.35"') + circle(
        cx, cy, 13, "none", f'stroke="{MARK}" stroke-width="2.5"'
    )


def pointer(x: float, y: float, scale: float = 1.0) -> str:
    """A mouse pointer whose tip is at (x, y)."""
    k = scale
    return (
        f'  <path d="M{num(x)},{num(y)} l0,{num(22 * k)} l{num(6 * k)},{num(-6 * k)} l{num(5 * k)},{num(11 * k)} '
        f'l{num(4 * k)},{num(-2 * k)} l{num(-5 * k)},{num(-11 * k)} l{num(8 * k)},0 z" fill="{CARD}" stroke="{INK}" '
        f'stroke-width="{num(1.6 * k)}" stroke-linejoin="round"/>\n'
    )


def toggle_on(x: float, y: float, scale: float = 1.0) -> str:
    """LinkedIn's switch, on (green, knob on the right): how the person finds it."""
    w, h = 52 * scale, 30 * scale
    return rect(x, y, w, h, GREEN, rx=h / 2) + circle(x + w - h / 2, y + h / 2, h / 2 - 4 * scale, CARD)


def toggle_off(x: float, y: float, scale: float = 1.0) -> str:
    """The switch once off: no longer green, knob on the left. Sources disagree on its colour (black for two
    German authorities, white for SRF and RSI), so it is drawn as an outline, in no colour of its own."""
    w, h = 52 * scale, 30 * scale
    return rect(x, y, w, h, CARD, rx=h / 2, extra=f'stroke="{MUTED}" stroke-width="{num(2 * scale)}"') + circle(
        x + h / 2, y + h / 2, h / 2 - 5 * scale, MUTED
    )


def after_off(x: float, y: float, scale: float = 1.0) -> str:
    """Under the switch, on: an arrow down to the switch once off (class "after"), smaller: what the tap or
    click leads to. (x, y) is the top left of the on switch's width; the arrow starts `y`."""
    w = 52 * scale
    arrow = path(f"M{num(x + w / 2)},{num(y)} l0,{num(18 * scale)}", stroke=MUTED, width=2 * scale)
    arrow += path(
        f"M{num(x + w / 2 - 6 * scale)},{num(y + 12 * scale)} l{num(6 * scale)},{num(7 * scale)} "
        f"l{num(6 * scale)},{num(-7 * scale)}",
        stroke=MUTED,
        width=2 * scale,
    )
    small = 0.75 * scale
    return group(arrow + toggle_off(x + (w - 52 * small) / 2, y + 24 * scale, small), cls="after")


def chevron(x: float, y: float, colour: str = MUTED) -> str:
    """A ">" whose middle is at (x, y)."""
    return path(f"M{num(x - 3)},{num(y - 7)} l7,7 l-7,7", stroke=colour, width=2)


def back_arrow(x: float, y: float, *, ios: bool, colour: str = INK) -> str:
    """A back button whose middle is at (x, y)."""
    if ios:
        return path(f"M{num(x + 4)},{num(y - 10)} l-10,10 l10,10", stroke=colour, width=3)
    return path(f"M{num(x + 9)},{num(y)} h-18 m8,-8 l-8,8 l8,8", stroke=colour, width=2.5)


# -- icons, each centred on (cx, cy), about 22 units wide ---------------------------------------
def icon_home(cx: float, cy: float, c: str) -> str:
    return path(
        f"M{num(cx - 11)},{num(cy - 1)} L{num(cx)},{num(cy - 11)} L{num(cx + 11)},{num(cy - 1)} V{num(cy + 10)} "
        f"H{num(cx + 4)} V{num(cy + 3)} H{num(cx - 4)} V{num(cy + 10)} H{num(cx - 11)} Z",
        fill=c,
    )


def icon_video(cx: float, cy: float, c: str) -> str:
    return rect(cx - 11, cy - 8, 22, 16, c, rx=4) + path(f"M{num(cx - 3)},{num(cy - 4.5)} l7,4.5 l-7,4.5 z", fill=CARD)


def icon_people(cx: float, cy: float, c: str) -> str:
    return (
        circle(cx - 4, cy - 5, 4.5, c)
        + path(f"M{num(cx - 12)},{num(cy + 10)} q0,-9 8,-9 q8,0 8,9 z", fill=c)
        + circle(cx + 6, cy - 3, 3.5, c)
        + path(f"M{num(cx + 5)},{num(cy + 10)} q0,-7 1,-8 q7,0 7,8 z", fill=c)
    )


def icon_bell(cx: float, cy: float, c: str) -> str:
    return path(
        f"M{num(cx - 9)},{num(cy + 6)} h18 l-3,-4 v-5 q0,-8 -6,-8 q-6,0 -6,8 v5 z",
        fill=c,
    ) + circle(cx, cy + 9, 2.5, c)


def icon_briefcase(cx: float, cy: float, c: str) -> str:
    return rect(cx - 11, cy - 5, 22, 15, c, rx=3) + path(
        f"M{num(cx - 5)},{num(cy - 5)} v-4 h10 v4", stroke=c, width=2.5
    )


def icon_chat(cx: float, cy: float, c: str) -> str:
    return path(
        f"M{num(cx - 10)},{num(cy - 9)} h20 v14 h-12 l-6,5 v-5 h-2 z",
        stroke=c,
        width=2.2,
    )


def icon_search(cx: float, cy: float, c: str, r: float = 5) -> str:
    return circle(cx - 1.5, cy - 1.5, r, "none", f'stroke="{c}" stroke-width="2"') + path(
        f"M{num(cx + r * 0.55)},{num(cy + r * 0.55)} l{num(r * 0.8)},{num(r * 0.8)}", stroke=c, width=2.2
    )


def icon_grid(cx: float, cy: float, c: str) -> str:
    return "".join(rect(cx - 9 + 7 * i, cy - 9 + 7 * j, 4, 4, c, rx=1) for i in range(3) for j in range(3))


def icon_gear(cx: float, cy: float, c: str) -> str:
    teeth = "".join(
        rect(cx - 2.5, cy - 11, 5, 6, c, rx=1, extra=f'transform="rotate({a} {num(cx)} {num(cy)})"')
        for a in range(0, 360, 45)
    )
    return teeth + circle(cx, cy, 7.5, c) + circle(cx, cy, 3, CARD)


def icon_person(cx: float, cy: float, c: str) -> str:
    return circle(cx, cy - 4, 4.5, "none", f'stroke="{c}" stroke-width="2"') + path(
        f"M{num(cx - 8)},{num(cy + 9)} q0,-7 8,-7 q8,0 8,7", stroke=c, width=2
    )


def icon_lock(cx: float, cy: float, c: str) -> str:
    return rect(cx - 7, cy - 2, 14, 11, c, rx=2) + path(
        f"M{num(cx - 4)},{num(cy - 2)} v-3 q0,-5 4,-5 q4,0 4,5 v3", stroke=c
    )


def icon_eye(cx: float, cy: float, c: str) -> str:
    return path(f"M{num(cx - 10)},{num(cy)} q10,-10 20,0 q-10,10 -20,0 z", stroke=c) + circle(cx, cy, 3, c)


def icon_shield(cx: float, cy: float, c: str) -> str:
    return path(f"M{num(cx)},{num(cy - 10)} l8,3 v5 q0,8 -8,12 q-8,-4 -8,-12 v-5 z", stroke=c)


def icon_news(cx: float, cy: float, c: str) -> str:
    return (
        rect(cx - 9, cy - 8, 18, 16, "none", rx=2, extra=f'stroke="{c}" stroke-width="2"')
        + rect(cx - 5, cy - 4, 10, 2, c)
        + rect(cx - 5, cy, 10, 2, c)
        + rect(cx - 5, cy + 4, 6, 2, c)
    )


Icon = Callable[[float, float, str], str]

# LinkedIn's settings list, in LinkedIn's order: Account preferences, Sign in & security, Visibility,
# Data privacy, Advertising data, Notifications. Only "Data privacy" is a label of the guide; the
# others are grey bars of about their length.
SETTINGS_LIST: list[tuple[Icon, str | None, float]] = [
    (icon_person, None, 150),
    (icon_lock, None, 130),
    (icon_eye, None, 80),
    (icon_shield, "Data privacy", 0),
    (icon_news, None, 125),
    (icon_bell, None, 105),
]
DATA_PRIVACY_INDEX = 3  # the 4th entry

# The rows under "How LinkedIn uses your data" on the Data privacy page, in LinkedIn's order:
# Manage your data and activity, Get a copy of your data, Search history, Personal demographic
# information, Social, economic, and workplace research, Data for Generative AI Improvement.
SECTION_ROWS: list[tuple[str | None, float]] = [
    (None, 210),
    (None, 150),
    (None, 105),
    (None, 225),
    (None, 250),
    ("Data for Generative AI Improvement", 0),
]


# -- phones -----------------------------------------------------------------------------------
PW, PH = 360, 720  # the phone
CW = 760  # the picture: the phone, and on its right the magnified inset
INSET_X, INSET_W = 384, 356
SX, SY, SW, SH = 18, 18, 324, 684  # the phone's screen
TOP = 52  # below the status bar, in screen coordinates
TABS_Y = SH - 80  # LinkedIn's bottom tab bar


def phone(kind: str, screen: str, magnified: str) -> str:
    """A phone frame around `screen` (drawn in screen coordinates, 324 x 684), and on its right the
    `magnified` inset (see phone_inset)."""
    radius = screen_radius(kind)
    body = rect(2, 2, PW - 4, PH - 4, "#1f1f1f", rx=radius + 14, extra='stroke="#6b6b6b" stroke-width="2"')
    body += rect(SX, SY, SW, SH, PAGE, rx=radius)
    body += group(screen, transform=f"translate({SX},{SY})")
    if kind == "iphone":
        body += rect(PW / 2 - 52, SY + 10, 104, 28, "#1f1f1f", rx=14)  # the island
        body += status_bar_ios()
        body += rect(PW / 2 - 62, SY + SH - 12, 124, 5, INK, rx=2.5)  # home indicator
    else:
        body += circle(PW / 2, SY + 16, 7, "#1f1f1f")  # punch-hole camera
        body += status_bar_android()
        body += rect(PW / 2 - 50, SY + SH - 12, 100, 4, "#444444", rx=2)  # gesture bar
    return svg(CW, PH, body + magnified)


def phone_inset(content: str, height: float, scale: float, target: tuple[float, float]) -> str:
    """The inset beside the phone: `content` (INSET_W / scale wide, `height` tall, in its own
    coordinates) drawn `scale` times larger, level with `target`, the middle of the ring's right
    edge in screen coordinates, and joined to it."""
    tall = height * scale
    tx, ty = SX + target[0], SY + target[1]
    y = min(max(ty - tall / 2, 24), PH - 24 - tall)
    end_y = min(max(ty, y + 24), y + tall - 24)
    return inset(INSET_X, y, INSET_W, tall, scale, content, start=(tx, ty), end=(INSET_X, end_y))


def screen_radius(kind: str) -> float:
    return 46 if kind == "iphone" else 30


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
        + path(f"M{SX + SW - 62},{SY + 22} l12,-12 v12 z", fill=INK)
        + rect(SX + SW - 42, SY + 10, 9, 13, INK, rx=1.5)
    )


def phone_home_header() -> str:
    """LinkedIn's header on the Home tab: your photo, the search field, messaging."""
    s = rect(0, 0, SW, TOP + 52, CARD) + hline(0, TOP + 52, SW)
    s += photo(30, TOP + 26, 17)
    s += (
        rect(58, TOP + 10, 216, 32, SEARCH, rx=5)
        + icon_search(76, TOP + 26, MUTED)
        + bar(92, TOP + 21, 64, 10, "#c5cdd6")
    )
    s += icon_chat(300, TOP + 25, MUTED)
    return s


def post(y: float, height: float, *, variant: int = 0) -> str:
    """A post in the feed, `height` tall (cut at the bottom when short)."""
    s = rect(0, y, SW, height, CARD)
    s += (
        avatar(34, y + 32, 21)
        + bar(64, y + 18, 110 - 20 * variant, 11, NAME)
        + bar(64, y + 36, 150, 8)
        + bar(64, y + 50, 60, 8)
    )
    s += path(f"M{SW - 78},{y + 24} h10 m-5,-5 v10", stroke=BLUE, width=2.5) + bar(SW - 62, y + 19, 46, 10, BLUE_SOFT)
    for i, w in enumerate((290, 270, 180 + 60 * variant)):
        s += bar(16, y + 74 + i * 18, w, 9)
    picture_y = y + 134
    if picture_y + 110 <= y + height:
        s += rect(0, picture_y, SW, 110, IMAGE)
        s += circle(250 - 120 * variant, picture_y + 32, 13, "#f3c98b")
        s += path(f"M0,{picture_y + 110} l90,-62 l50,34 l56,-44 l128,72 z", fill="#a9c2dc")
    actions_y = y + 256
    if actions_y + 40 <= y + height:
        for i, colour in enumerate(("#378fe9", "#5f9b41", "#df704d")):
            s += circle(24 + i * 11, actions_y + 4, 6, colour, f'stroke="{CARD}" stroke-width="1.5"')
        s += bar(56, actions_y, 40, 8) + bar(SW - 110, actions_y, 94, 8)
        s += hline(12, actions_y + 16, SW - 24)
        for i in range(4):
            cx = 40 + i * 81
            s += rect(cx - 9, actions_y + 28, 18, 14, "#8c8c8c", rx=3) + bar(cx - 18, actions_y + 46, 36, 7)
    return s


def phone_tab_bar(*, named: bool = True) -> str:
    """LinkedIn's bottom tab bar: Home (where the app opens), Video, My Network, Notifications, Jobs.
    Not `named`: Home's name is a bar too (it is hidden under the panel)."""
    s = rect(0, TABS_Y, SW, SH - TABS_Y, CARD) + hline(0, TABS_Y, SW)
    icons: list[Icon] = [icon_home, icon_video, icon_people, icon_bell, icon_briefcase]
    for i, icon in enumerate(icons):
        cx = tab_x(i)
        s += icon(cx, TABS_Y + 22, INK if i == 0 else "#8c8c8c")
        if i == 0 and named:
            s += slot("Home", cx, TABS_Y + 52, 56, size=12, anchor="middle", weight="bold")
        else:
            s += bar(cx - 20, TABS_Y + 44, 40, 7)
    return s


def tab_x(i: int) -> float:
    return SW / 10 + i * SW / 5


def phone_home(*, ring_home: bool = False, ring_photo: bool = False, named: bool = True) -> str:
    """The Home feed, as the app opens."""
    s = phone_home_header()
    s += post(TOP + 60, 310)
    s += post(TOP + 378, TABS_Y - (TOP + 378), variant=1)
    s += phone_tab_bar(named=named)
    if ring_home:  # nothing to tap yet: "you are here"
        s += ring(tab_x(0) - 31, TABS_Y + 4, 62, 58, rx=12)
    if ring_photo:
        s += ring(8, TOP + 4, 44, 44, rx=22) + tap(30, TOP + 26)
    return s


def phone_panel(kind: str) -> str:
    """The panel that slides in from the left once the profile photo is tapped."""
    radius = screen_radius(kind)
    width = 268
    s = phone_home(named=False)
    s += rect(0, 0, SW, SH, "#000000", rx=radius, extra='fill-opacity="0.45"')
    s += rect(0, 0, width, SH, CARD, rx=radius) + rect(radius, 0, width - radius, SH, CARD)
    s += avatar(52, TOP + 48, 32)
    s += bar(20, TOP + 98, 160, 14, NAME)
    s += slot("View profile", 20, TOP + 132, 228, size=15, fill=BLUE, weight="bold")
    s += bar(20, TOP + 150, 210, 9) + bar(20, TOP + 166, 140, 9)
    s += hline(0, TOP + 190, width)
    for i, w in enumerate((110, 126)):
        y = TOP + 210 + i * 28
        s += bar(20, y, w, 10) + bar(width - 50, y, 30, 10, BLUE_SOFT)
    s += hline(0, TOP + 262, width)
    for i, w in enumerate((120, 100, 70)):
        y = TOP + 290 + i * 40
        s += rect(20, y - 2, 20, 20, "#8c8c8c", rx=5) + bar(52, y + 3, w, 10)
    s += hline(0, SH - 150, width)
    s += rect(20, SH - 126, 20, 20, GOLD, rx=4) + bar(52, SH - 121, 150, 10)
    s += icon_gear(30, SH - 76, MUTED)
    s += slot("Settings", 56, SH - 70, 186, size=17, weight="bold")
    s += ring(8, SH - 102, 250, 52) + tap(232, SH - 76)
    return s


def phone_header(kind: str, title: str | None, *, size: float = 18) -> str:
    """A settings screen's top bar: back, and the screen's title when it has one there."""
    ios = kind == "iphone"
    s = rect(0, 0, SW, TOP + 52, CARD) + hline(0, TOP + 52, SW)
    s += back_arrow(24, TOP + 26, ios=ios, colour=BLUE if ios else INK)
    if title is not None:
        if ios:
            s += slot(title, SW / 2, TOP + 32, 250, size=size, lines=2, weight="bold", anchor="middle", middle=True)
        else:
            s += slot(title, 52, TOP + 32, 252, size=size, lines=2, weight="bold", middle=True)
    return s


def settings_entry(
    index: int, x: float, y: float, width: float, height: float, *, size: float, selected: bool = False
) -> str:
    """One entry of LinkedIn's settings list: its icon and its name (a slot, or a grey bar)."""
    icon, label, length = SETTINGS_LIST[index]
    s = rect(x, y, width, height, CARD, extra='class="settings-entry"')
    if selected:
        s += rect(x, y + 6, 4, height - 12, GREEN, rx=2)
    s += icon(x + 28, y + height / 2, INK if selected else MUTED)
    if label is not None:
        s += slot(
            label,
            x + 54,
            y + height / 2 + size * 0.36,
            width - 54 - 16,
            size=size,
            lines=2,
            weight="bold" if selected else "normal",
            middle=True,
        )
    else:
        s += bar(x + 54, y + height / 2 - 5, length * size / 16, 10)
    return s


def phone_settings(kind: str) -> str:
    """Settings: LinkedIn's list of settings, "Data privacy" 4th."""
    s = rect(0, 0, SW, SH, CARD) + phone_header(kind, None)
    s += avatar(36, TOP + 86, 18) + slot("Settings", 64, TOP + 95, 240, size=26, weight="bold")
    y0 = TOP + 126
    height = 54
    for i in range(len(SETTINGS_LIST)):
        s += settings_entry(i, 0, y0 + i * height, SW - 40, height, size=16)
    y = y0 + DATA_PRIVACY_INDEX * height
    s += ring(6, y + 2, SW - 12, height - 4) + tap(SW - 28, y + height / 2)
    below = y0 + len(SETTINGS_LIST) * height + 12
    s += hline(0, below, SW)
    for i, w in enumerate((96, 200, 110, 150)):
        s += bar(20, below + 24 + i * 30, w, 10)
    return s


def section_row(
    index: int, x: float, y: float, width: float, height: float, *, size: float, label_width: float, lines: int = 2
) -> str:
    """A row under "How LinkedIn uses your data": its name (a slot, or a grey bar), and an arrow."""
    label, length = SECTION_ROWS[index]
    s = rect(x, y, width, height, CARD, extra='class="section-row"') + hline(x, y, width)
    if label is not None:
        s += slot(label, x + 20, y + height / 2 + size * 0.36, label_width, size=size, lines=lines, middle=True)
    else:
        s += bar(x + 20, y + height / 2 - 5, length, 10)
    s += chevron(x + width - 22, y + height / 2)
    return s


def phone_data_privacy(kind: str) -> str:
    """Data privacy, scrolled to "How LinkedIn uses your data": "Data for Generative AI Improvement" under it."""
    s = rect(0, 0, SW, SH, CARD) + phone_header(kind, "Data privacy")
    s += slot("How LinkedIn uses your data", 20, TOP + 94, 284, size=19, lines=2, weight="bold")
    y0 = TOP + 134
    height = 52
    for i in range(len(SECTION_ROWS)):
        s += section_row(i, 0, y0 + i * height, SW, height, size=16, label_width=244)
    y = y0 + (len(SECTION_ROWS) - 1) * height
    s += ring(6, y + 3, SW - 12, height - 6) + tap(SW - 44, y + height / 2)
    below = y0 + len(SECTION_ROWS) * height
    s += hline(0, below, SW) + rect(0, below + 1, SW, 10, PAGE) + hline(0, below + 11, SW)
    s += bar(20, below + 34, 170, 14, NAME)
    for i, w in enumerate((200, 160, 230)):
        s += hline(0, below + 62 + i * 44, SW) + bar(20, below + 80 + i * 44, w, 10)
    return s


def phone_ai_setting(kind: str) -> str:
    """Data for Generative AI Improvement: the switch, on, next to its label."""
    s = rect(0, 0, SW, SH, CARD) + phone_header(kind, "Data for Generative AI Improvement", size=17)
    for i, w in enumerate((280, 262, 200)):  # the page's question, in bold
        s += bar(20, TOP + 76 + i * 20, w, 12, NAME)
    for i, w in enumerate((284, 270, 288, 150)):
        s += bar(20, TOP + 150 + i * 18, w, 9)
    s += bar(20, TOP + 230, 80, 10, BLUE_SOFT)  # "Learn more"
    y = TOP + 258
    height = 100
    s += hline(0, y, SW)
    s += slot(
        "Use my data for training content creation AI models",
        20,
        y + height / 2 + 5,
        212,
        size=16,
        lines=4,
        middle=True,
    )
    s += toggle_on(252, y + height / 2 - 15)
    s += ring(6, y + 4, SW - 12, height - 8)  # no finger on the switch: it would hide that it is on
    s += hline(0, y + height, SW)
    for i, w in enumerate((250, 280, 120)):
        s += bar(20, y + height + 24 + i * 18, w, 9)
    return s


# The insets beside the phone: the ringed target again, larger, its label readable when the picture
# is shown small. Each is drawn in its own coordinates, INSET_W / scale wide.
def home_inset() -> str:
    w = INSET_W / 2
    c = icon_home(45, 26, INK) + slot("Home", 45, 56, 56, size=12, anchor="middle", weight="bold")
    c += icon_video(w - 45, 26, "#8c8c8c") + bar(w - 65, 48, 40, 7) + ring(14, 4, 62, 58, rx=12, width=2)
    return phone_inset(c, 66, 2, (tab_x(0) + 31, TABS_Y + 33))


def photo_inset() -> str:
    c = photo(40, 32, 17) + ring(18, 10, 44, 44, rx=22, width=2)
    c += rect(70, 16, 96, 32, SEARCH, rx=5) + icon_search(88, 32, MUTED) + bar(104, 27, 50, 10, "#c5cdd6")
    return phone_inset(c, 64, 2, (52, TOP + 26))


def settings_inset() -> str:
    w = INSET_W / 1.9
    c = icon_gear(28, 38, MUTED) + slot("Settings", 52, 44, w - 80, size=17, weight="bold")  # clear of the ring
    c += ring(6, 12, w - 12, 52, width=2)
    return phone_inset(c, 76, 1.9, (258, SH - 76))


def data_privacy_inset() -> str:
    w = INSET_W / 1.8
    c = settings_entry(2, 0, 8, w, 48, size=15) + settings_entry(3, 0, 56, w, 60, size=15)
    c += settings_entry(4, 0, 116, w, 48, size=15) + ring(4, 58, w - 8, 56, width=2)
    return phone_inset(c, 170, 1.8, (SW - 6, TOP + 126 + DATA_PRIVACY_INDEX * 54 + 27))


def ai_row_inset() -> str:
    w = INSET_W / 1.8
    c = slot("How LinkedIn uses your data", 14, 28, w - 28, size=16, lines=2, weight="bold")
    c += section_row(5, 0, 62, w, 76, size=15, label_width=w - 54, lines=3) + ring(4, 65, w - 8, 70, width=2)
    return phone_inset(c, 144, 1.8, (SW - 6, TOP + 134 + 5 * 52 + 26))


def switch_inset() -> str:
    w = INSET_W / 1.6
    c = slot("Use my data for training content creation AI models", 14, 72, w - 88, size=16, lines=6, middle=True)
    c += toggle_on(w - 66, 52) + ring(4, 6, w - 8, 122, width=2)
    c += after_off(w - 66, 134)  # then: no longer green
    return phone_inset(c, 184, 1.6, (SW - 6, TOP + 258 + 50))


def phone_screens(kind: str) -> list[tuple[str, str]]:
    return [
        (phone_home(ring_home=True), home_inset()),  # 1: the app opens on Home
        (phone_home(ring_photo=True), photo_inset()),  # 2: tap your photo (the panel is not open yet)
        (phone_panel(kind), settings_inset()),  # 3: the panel is open: tap Settings at its bottom
        (phone_settings(kind), data_privacy_inset()),  # 4: tap Data privacy
        (phone_data_privacy(kind), ai_row_inset()),  # 5: under the section, tap Data for Generative AI Improvement
        (phone_ai_setting(kind), switch_inset()),  # 6: tap the switch
    ]


# -- the browser ------------------------------------------------------------------------------
BW, BH = 960, 640  # the whole window
VY = 84  # the page starts below the tab strip and the address bar
VH = BH - VY


def browser(body: str, url: str) -> str:
    """A browser window showing `url` and the page `body` (drawn in page coordinates, 960 x 556)."""
    s = rect(1, 1, BW - 2, BH - 2, "#dfe1e5", rx=12, extra='stroke="#b9bcc1" stroke-width="2"')
    for i, colour in enumerate(("#ec6a5e", "#f4bf4f", "#61c554")):
        s += circle(24 + i * 20, 22, 6, colour)
    s += rect(92, 8, 230, 34, "#f7f8f9", rx=8) + rect(106, 19, 13, 13, BLUE, rx=3) + bar(128, 20, 150, 10, "#c3c6cb")
    s += rect(1, 42, BW - 2, 42, "#f7f8f9")
    s += path("M24,63 h14 m-6,-6 l-7,6 l7,6", stroke="#70757a", width=2.5)
    s += path("M64,63 h-14 m6,-6 l7,6 l-7,6", stroke="#c3c6cb", width=2.5)
    s += rect(110, 49, 720, 28, "#e8eaed", rx=14)
    s += rect(124, 57, 9, 11, "none", rx=2, extra='stroke="#70757a" stroke-width="1.6"')
    s += f'  <text class="address" x="142" y="68" {FONT} font-size="14" fill="#3c4043">{escape(url)}</text>\n'
    s += rect(2, VY, BW - 4, VH - 2, PAGE)
    s += group(body, transform=f"translate(0,{VY})")
    return svg(BW, BH, s)


def inset(
    x: float,
    y: float,
    width: float,
    height: float,
    scale: float,
    content: str,
    *,
    start: tuple[float, float],
    end: tuple[float, float],
) -> str:
    """A magnified view of the ringed target, at (x, y), `width` x `height`: `content` is drawn in its
    own coordinates (0, 0 to width / scale, height / scale), `scale` times larger. A thin line joins
    `start` (on the ring in the window) to `end` (on the inset's edge)."""
    s = path(f"M{num(start[0])},{num(start[1])} L{num(end[0])},{num(end[1])}", stroke=MARK, width=2.5)
    s += circle(start[0], start[1], 4, MARK)
    s += rect(x + 2, y + 5, width, height, "#000000", rx=16, extra='fill-opacity="0.14"')
    s += rect(x, y, width, height, CARD, rx=16)
    s += group(content, cls="inset", transform=f"translate({num(x)},{num(y)}) scale({num(scale)})")
    s += rect(x, y, width, height, "none", rx=16, extra='stroke="#5f6368" stroke-width="2.5"')
    # A magnifying glass on the frame's corner: this part is shown larger.
    cx, cy = x + width - 6, y + 6
    s += circle(cx, cy, 15, CARD, 'stroke="#5f6368" stroke-width="2.5"') + icon_search(cx, cy, "#5f6368", r=6)
    return s


def web_nav(*, ring_me: bool = False) -> str:
    """LinkedIn's top bar once signed in: logo place, search, Home … Notifications, Me, For Business."""
    s = rect(2, 0, BW - 4, 52, CARD) + hline(2, 52, BW - 4)
    s += rect(40, 12, 28, 28, BLUE, rx=5)  # a plain blue square where the logo would be
    s += rect(78, 12, 232, 28, SEARCH, rx=5) + icon_search(96, 26, MUTED) + bar(112, 21, 90, 10, "#c5cdd6")
    icons: list[Icon] = [icon_home, icon_people, icon_briefcase, icon_chat, icon_bell]
    for i, icon in enumerate(icons):
        cx = 430 + i * 74
        s += icon(cx, 19, INK if i == 0 else MUTED) + bar(cx - 22, 36, 44, 7, NAME if i == 0 else BAR)
    s += rect(430 - 32, 50, 64, 2, INK)  # Home is the page shown
    s += nav_me(800)
    s += rect(846, 8, 1, 38, LINE) + icon_grid(884, 19, MUTED) + bar(862, 36, 44, 7)
    if ring_me:
        s += ring(766, 3, 68, 48)
    return s


def nav_me(cx: float) -> str:
    """ "Me": your photo, with its name and a small arrow under it."""
    return (
        photo(cx, 19, 12)
        + slot("Me", cx - 4, 45, 40, size=12, anchor="middle")
        + path(f"M{num(cx + 20)},{39} l4,4 l4,-4", stroke=MUTED, width=1.6)
    )


def web_feed() -> str:
    """The Home feed, under the top bar."""
    s = rect(24, 68, 216, 250, CARD, rx=8) + rect(24, 68, 216, 56, "#a7bccb", rx=8) + rect(24, 100, 216, 24, "#a7bccb")
    s += circle(132, 124, 34, CARD) + avatar(132, 124, 31)
    s += bar(82, 172, 100, 12, NAME) + bar(62, 194, 140, 8) + bar(72, 210, 120, 8)
    s += hline(24, 234, 216) + bar(40, 252, 110, 8) + bar(196, 252, 28, 8, BLUE_SOFT) + bar(40, 274, 96, 8)
    s += bar(196, 274, 28, 8, BLUE_SOFT)
    s += rect(256, 68, 444, 96, CARD, rx=8) + avatar(290, 104, 22)
    s += rect(322, 84, 360, 40, CARD, rx=20, extra=f'stroke="{NAME}" stroke-width="1.5"') + bar(342, 99, 90, 10)
    for i, colour in enumerate(("#378fe9", "#5f9b41", "#e06847")):
        s += rect(300 + i * 140, 136, 18, 16, colour, rx=3) + bar(326 + i * 140, 139, 60, 9)
    s += rect(256, 176, 444, 380, CARD, rx=8) + avatar(292, 214, 22) + bar(324, 200, 140, 11, NAME)
    s += (
        bar(324, 218, 90, 8)
        + path("M622,208 h10 m-5,-5 v10", stroke=BLUE, width=2.5)
        + bar(638, 203, 46, 10, BLUE_SOFT)
    )
    for i, w in enumerate((400, 380, 240)):
        s += bar(272, 250 + i * 18, w, 9)
    s += rect(256, 310, 444, 210, IMAGE) + circle(620, 350, 18, "#f3c98b")
    s += path("M256,520 l120,-110 l90,70 l80,-90 l154,130 z", fill="#a9c2dc")
    s += rect(716, 68, 220, 240, CARD, rx=8) + bar(732, 88, 110, 12, NAME)
    for i, w in enumerate((170, 150, 176, 120, 160)):
        s += circle(738, 124 + i * 34, 3, MUTED) + bar(748, 119 + i * 34, w, 9) + bar(748, 133 + i * 34, 70, 6)
    return s


def web_sign_in() -> str:
    """linkedin.com before signing in: "Sign in" at the top right."""
    s = rect(2, 0, BW - 4, VH - 2, CARD)
    s += rect(40, 16, 30, 30, BLUE, rx=5)
    icons: list[Icon] = [icon_news, icon_people, icon_video, icon_briefcase, icon_grid]
    for i, icon in enumerate(icons):
        cx = 410 + i * 60
        s += icon(cx, 24, MUTED) + bar(cx - 20, 40, 40, 7)
    s += rect(700, 10, 1, 44, LINE)
    s += sign_in_buttons(718)
    s += ring(786, 5, 152, 54, rx=27)
    s += bar(60, 110, 420, 28, "#d9b7a7") + bar(60, 150, 330, 28, "#d9b7a7")
    s += rect(60, 216, 380, 50, BLUE, rx=25) + bar(190, 236, 120, 10, "#cfe2f5")
    s += rect(60, 280, 380, 50, CARD, rx=25, extra=f'stroke="{MUTED}" stroke-width="1.5"') + bar(180, 300, 140, 10)
    s += bar(60, 352, 360, 8) + bar(60, 368, 250, 8)
    s += rect(60, 400, 380, 50, CARD, rx=25, extra=f'stroke="{MUTED}" stroke-width="1.5"') + bar(170, 420, 160, 10)
    s += rect(540, 96, 360, 300, "#f5ebe0", rx=150) + circle(650, 210, 46, "#e6c8ad") + circle(790, 250, 56, "#c9d6e3")
    s += rect(600, 290, 240, 80, "#eddccb", rx=40)
    return s


def sign_in_buttons(x: float) -> str:
    """ "Join now" (a grey bar here) and the outlined "Sign in" button, from `x`."""
    return (
        bar(x, 27, 60, 12, NAME)
        + rect(x + 76, 12, 136, 40, CARD, rx=20, extra=f'stroke="{BLUE}" stroke-width="1.5"')
        + slot("Sign in", x + 144, 38, 118, size=16, fill=BLUE, weight="bold", anchor="middle")
    )


def sign_in_inset() -> str:
    content = rect(0, 0, 236, 64, CARD) + sign_in_buttons(10) + ring(78, 5, 152, 54, rx=27, width=2.5)
    return inset(452, 322, 472, 128, 2, content, start=(862, 59), end=(862, 322))


def me_inset() -> str:
    content = rect(0, 0, 206, 56, CARD) + hline(0, 52, 206)
    content += icon_bell(30, 19, MUTED) + bar(8, 36, 44, 7)
    content += nav_me(96)
    content += (
        ring(62, 3, 68, 48, width=2) + rect(142, 8, 1, 38, LINE) + icon_grid(180, 19, MUTED) + bar(158, 36, 44, 7)
    )
    return inset(500, 176, 412, 112, 2, content, start=(800, 51), end=(800, 176))


def me_menu_rows(x: float, y: float, width: float) -> str:
    """The menu's "Account" part: its heading, Premium, Settings & Privacy, Help and Language."""
    s = bar(x + 16, y + 8, 70, 11, NAME)
    s += rect(x + 16, y + 34, 14, 14, GOLD, rx=3) + bar(x + 38, y + 36, 150, 9)
    s += slot("Settings & Privacy", x + 16, y + 72, width - 32, size=14)
    s += bar(x + 16, y + 96, 40, 9) + bar(x + 16, y + 124, 76, 9)
    return s


def web_me_menu() -> str:
    """The menu under "Me", open: "Settings & Privacy" in it."""
    s = web_nav() + web_feed()
    x, width = 644, 272
    s += rect(x + 2, 58, width, 396, "#000000", rx=8, extra='fill-opacity="0.10"')
    s += rect(x, 54, width, 396, CARD, rx=8, extra='stroke="#d0cdc7" stroke-width="1"')
    s += avatar(x + 42, 98, 26) + bar(x + 78, 84, 130, 12, NAME) + bar(x + 78, 104, 160, 8) + bar(x + 78, 118, 110, 8)
    s += rect(x + 16, 138, width - 32, 30, CARD, rx=15, extra=f'stroke="{BLUE}" stroke-width="1.5"')
    s += slot("View profile", x + width / 2, 158, width - 56, size=14, fill=BLUE, weight="bold", anchor="middle")
    s += hline(x, 182, width)
    s += me_menu_rows(x, 192, width)
    s += ring(x + 8, 246, width - 16, 34, rx=8)
    s += hline(x, 336, width) + bar(x + 16, 352, 70, 11, NAME) + bar(x + 16, 380, 120, 9) + bar(x + 16, 404, 150, 9)
    s += hline(x, 424, width) + bar(x + 16, 434, 60, 9)
    content = rect(0, 0, 260, 150, CARD) + me_menu_rows(0, 4, 260) + ring(8, 58, 244, 34, rx=8, width=2.2)
    s += inset(110, 220, 468, 270, 1.8, content, start=(x + 8, 263), end=(578, 263))
    return s


def settings_header() -> str:
    """The settings pages' own, simpler top bar."""
    s = rect(2, 0, BW - 4, 52, CARD) + hline(2, 52, BW - 4)
    return s + rect(40, 12, 28, 28, BLUE, rx=5) + avatar(912, 26, 15)


NAV_X, NAV_W = 24, 252  # the settings list on the left
NAV_Y = 134  # its first entry
NAV_SIZE = 15
NAV_H = 44  # an entry's height


def settings_nav(selected: int) -> str:
    """LinkedIn's settings list on the left, entry `selected` shown."""
    s = rect(NAV_X, 68, NAV_W, 350, CARD, rx=8)
    s += avatar(NAV_X + 30, 100, 16) + slot("Settings", NAV_X + 56, 108, NAV_W - 70, size=22, weight="bold")
    for i in range(len(SETTINGS_LIST)):
        s += settings_entry(i, NAV_X, NAV_Y + i * NAV_H, NAV_W, NAV_H, size=NAV_SIZE, selected=i == selected)
    return s


def web_settings() -> str:
    """Settings & Privacy, open on its first entry: "Data privacy" 4th in the list on the left."""
    s = settings_header() + settings_nav(0)
    s += rect(292, 68, 644, 470, CARD, rx=8) + bar(316, 92, 200, 16, NAME)
    for i in range(7):
        y = 128 + i * 56
        s += hline(292, y, 644) + bar(316, y + 16, 150 + (i * 53) % 170, 10) + bar(316, y + 34, 100 + (i * 31) % 90, 8)
        s += chevron(910, y + 28)
    height = NAV_H
    y = NAV_Y + DATA_PRIVACY_INDEX * height
    s += ring(NAV_X + 6, y + 2, NAV_W - 12, height - 4, rx=8)
    content = rect(0, 0, NAV_W, 3 * height + 20, CARD)
    for n, i in enumerate((2, 3, 4)):
        content += settings_entry(i, 0, 10 + n * height, NAV_W, height, size=NAV_SIZE)
    content += ring(6, 10 + height + 2, NAV_W - 12, height - 4, rx=8, width=2.2)
    s += inset(
        400,
        164,
        1.8 * NAV_W,
        1.8 * (3 * height + 20),
        1.8,
        content,
        start=(NAV_X + NAV_W - 6, y + height / 2),
        end=(400, y + height / 2),
    )
    return s


def web_data_privacy() -> str:
    """Data privacy: "Data for Generative AI Improvement" under "How LinkedIn uses your data"."""
    s = settings_header() + settings_nav(DATA_PRIVACY_INDEX)
    s += rect(292, 68, 644, 300, CARD, rx=8)
    s += slot("How LinkedIn uses your data", 316, 102, 590, size=18, weight="bold")
    y0, height = 118, 40
    for i in range(len(SECTION_ROWS)):
        s += section_row(i, 292, y0 + i * height, 644, height, size=15, label_width=560)
    y = y0 + (len(SECTION_ROWS) - 1) * height
    s += ring(298, y + 3, 632, height - 6, rx=8)
    s += rect(292, 378, 644, 170, CARD, rx=8)  # the next section, under the inset
    content = rect(0, 0, 380, 102, CARD)
    content += slot("How LinkedIn uses your data", 14, 26, 340, size=16, weight="bold")
    content += section_row(5, 0, 40, 380, 56, size=15, label_width=300)
    content += ring(6, 44, 368, 48, rx=8, width=2)
    s += inset(320, 382, 608, 1.6 * 102, 1.6, content, start=(614, y + height - 3), end=(614, 382))
    return s


def ai_switch_row(x: float, y: float, width: float, height: float, label_width: float) -> str:
    """The switch's label and the switch, on."""
    return slot(
        "Use my data for training content creation AI models",
        x + 22,
        y + height / 2 + 6,
        label_width,
        size=16,
        lines=3,
        middle=True,
    ) + toggle_on(x + width - 78, y + height / 2 - 15)


def web_ai_setting() -> str:
    """Data for Generative AI Improvement: the switch, on, next to its label."""
    s = settings_header() + settings_nav(DATA_PRIVACY_INDEX)
    s += rect(292, 68, 644, 312, CARD, rx=8)
    s += back_arrow(318, 100, ios=False, colour=MUTED)
    s += slot("Data for Generative AI Improvement", 342, 107, 570, size=20, lines=2, weight="bold")
    for i, w in enumerate((560, 420)):  # the page's question, in bold
        s += bar(316, 150 + i * 20, w, 12, NAME)
    for i, w in enumerate((590, 570, 300)):
        s += bar(316, 200 + i * 18, w, 9)
    s += bar(316, 260, 80, 10, BLUE_SOFT)  # "Learn more"
    y, height = 284, 84
    s += hline(292, y, 644) + ai_switch_row(292, y, 644, height, 480)
    s += ring(300, y + 5, 628, height - 10, rx=8)
    content = rect(0, 0, 380, 120, CARD) + ai_switch_row(0, 0, 380, 92, 260)
    content += ring(6, 6, 368, 80, rx=8, width=2)
    content += after_off(380 - 78, 87, 0.6)  # then: no longer green, small, under the switch
    scale = 1.5  # the label half as large again, and the inset still inside the window
    s += inset(
        614 - 190 * scale, 372, 380 * scale, 120 * scale, scale, content, start=(614, y + height - 5), end=(614, 372)
    )
    return s


def browser_screens() -> list[tuple[str, str]]:
    settings_url = "linkedin.com/mypreferences/d/categories/account"
    return [
        (web_sign_in() + sign_in_inset(), "linkedin.com"),  # 1: Sign in
        (web_nav(ring_me=True) + web_feed() + me_inset(), "linkedin.com/feed/"),  # 2: click Me
        (web_me_menu(), "linkedin.com/feed/"),  # 3: the menu is open: Settings & Privacy
        (web_settings(), settings_url),  # 4: Data privacy in the list on the left
        (web_data_privacy(), "linkedin.com/mypreferences/d/categories/privacy"),  # 5
        (web_ai_setting(), "linkedin.com/mypreferences/d/settings/data-for-ai-improvement"),  # 6: the switch
    ]


def main() -> None:
    for kind in ("iphone", "android"):
        folder = OUT / kind
        folder.mkdir(parents=True, exist_ok=True)
        for n, (screen, magnified) in enumerate(phone_screens(kind), start=1):
            (folder / f"step-{n}.svg").write_text(phone(kind, screen, magnified), encoding="utf-8")
    folder = OUT / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    for n, (body, url) in enumerate(browser_screens(), start=1):
        (folder / f"step-{n}.svg").write_text(browser(body, url), encoding="utf-8")
    print(f"wrote 18 illustrations under {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
