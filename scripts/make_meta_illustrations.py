#!/usr/bin/env python3
"""Write the step pictures of Meta's guide: resources/guides/meta-ai-training/illustrations/<device>/step-<n>.svg.

Sketches of Facebook's and Instagram's screens in their colours and layout, without their logos: the screen
before the tap or click the step asks for, the target ringed in orange and magnified in an inset. Meta's
words are text slots (`<text s:slot="Privacy Center" ...>`) that the app fills with the label in the reader's
language (a label with no good source there shows as an ellipsis). Steps 1-4 are Facebook's, 5-8
Instagram's, as in guide.toml. Run it again after changing it:

    python scripts/make_meta_illustrations.py
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "guides" / "meta-ai-training" / "illustrations"

MARK = "#e8590c"  # the orange ring, as in LinkedIn's pictures
FB_BLUE = "#1877f2"
FB_BG = "#f0f2f5"
FB_TEXT = "#050505"
FB_GREY = "#65676b"
IG_BLUE = "#0095f6"
IG_LINE = "#dbdbdb"
BAR = "#dadde1"
FONT = 'font-family="sans-serif"'
HEAD = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="urn:ai-optout-assistant:slots" version="1.2" '
    'baseProfile="tiny" width="{w}" height="{h}" viewBox="0 0 {w} {h}">'
)


# -- pieces ---------------------------------------------------------------------------------------------
def rect(x: float, y: float, w: float, h: float, fill: str, rx: float = 0, extra: str = "") -> str:
    return f'<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" rx="{rx:g}" fill="{fill}"{extra}/>'


def bar(x: float, y: float, w: float, fill: str = BAR) -> str:
    """A line of text that does not matter here, as a rounded grey bar."""
    return rect(x, y, w, 10, fill, 5)


def slot(
    label: str,
    x: float,
    y: float,
    width: float,
    size: float,
    *,
    lines: int = 1,
    bold: bool = False,
    fill: str = FB_TEXT,
    anchor: str = "start",
    middle: bool = False,
) -> str:
    valign = ' s:valign="middle"' if middle else ""
    weight = "bold" if bold else "normal"
    escaped = label.replace("&", "&amp;")
    return (
        f'<text s:slot="{escaped}" s:width="{width:g}" s:lines="{lines}"{valign} x="{x:g}" y="{y:g}" '
        f'{FONT} font-size="{size:g}" font-weight="{weight}" fill="{fill}" text-anchor="{anchor}">{escaped}</text>'
    )


def ring(x: float, y: float, w: float, h: float, width: float = 4) -> str:
    return (
        f'<rect class="highlight" x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" rx="10" fill="none" '
        f'stroke="{MARK}" stroke-width="{width:g}"/>'
    )


def circle(cx: float, cy: float, r: float, fill: str, extra: str = "") -> str:
    return f'<circle cx="{cx:g}" cy="{cy:g}" r="{r:g}" fill="{fill}"{extra}/>'


def photo(cx: float, cy: float, r: float, ring_colour: str | None = None) -> str:
    """A profile picture: a person's outline in a circle (someone's, not a logo)."""
    out = ""
    if ring_colour:
        out += circle(cx, cy, r + 3, "none", f' stroke="{ring_colour}" stroke-width="2.5"')
    out += circle(cx, cy, r, "#c9d6e3")
    out += circle(cx, cy - r * 0.18, r * 0.38, "#7f99b2")
    shoulders = f"M{cx - r * 0.62:g},{cy + r * 0.9:g} Q{cx:g},{cy + r * 0.1:g} {cx + r * 0.62:g},{cy + r * 0.9:g} Z"
    out += f'<path d="{shoulders}" fill="#7f99b2"/>'
    return out


def lines_icon(x: float, y: float, colour: str = FB_TEXT, size: float = 22) -> str:
    """Three lines (a menu), its top left at (x, y)."""
    gap = size / 3
    return "".join(
        f'<path d="M{x:g},{y + i * gap:g} h{size:g}" fill="none" stroke="{colour}" '
        'stroke-width="2.6" stroke-linecap="round"/>'
        for i in range(3)
    )


def gear(cx: float, cy: float, colour: str = FB_TEXT) -> str:
    return circle(cx, cy, 9, "none", f' stroke="{colour}" stroke-width="2.4"') + circle(cx, cy, 3.5, colour)


def lock(cx: float, cy: float, colour: str = FB_TEXT) -> str:
    return rect(cx - 8, cy - 2, 16, 12, colour, 2) + (
        f'<path d="M{cx - 5:g},{cy - 2:g} v-4 q0,-6 5,-6 q5,0 5,6 v4" fill="none" '
        f'stroke="{colour}" stroke-width="2.2"/>'
    )


def sparkle(cx: float, cy: float, colour: str) -> str:
    """Meta AI's topic, drawn as a four-pointed star (no logo)."""
    return (
        f'<path d="M{cx:g},{cy - 12:g} Q{cx + 2:g},{cy - 2:g} {cx + 12:g},{cy:g} '
        f"Q{cx + 2:g},{cy + 2:g} {cx:g},{cy + 12:g} "
        f'Q{cx - 2:g},{cy + 2:g} {cx - 12:g},{cy:g} Q{cx - 2:g},{cy - 2:g} {cx:g},{cy - 12:g} Z" fill="{colour}"/>'
    )


def back_arrow(x: float, y: float, colour: str = FB_TEXT) -> str:
    return (
        f'<path d="M{x + 10:g},{y - 10:g} l-10,10 l10,10" fill="none" stroke="{colour}" stroke-width="3" '
        'stroke-linecap="round" stroke-linejoin="round"/>'
    )


# -- the things to tap, drawn in a box of width w from (0, 0) --------------------------------------------
# Each returns (svg, height); the same drawing is placed on the screen and, larger, in the inset.
def row(
    label: str,
    icon: str,
    w: float,
    *,
    size: float = 16,
    bold: bool = False,
    chevron: bool = False,
    colour: str = FB_TEXT,
) -> tuple[str, float]:
    h = 52
    icons = {
        "gear": gear(26, h / 2, colour),
        "lock": lock(26, h / 2 + 2, colour),
        "lines": lines_icon(15, h / 2 - 8, colour, 22),
    }
    width = w - (96 if chevron else 64)  # room for the chevron; a long label takes two lines
    out = icons[icon] + slot(label, 54, h / 2 + size * 0.35, width, size, lines=2, bold=bold, fill=colour, middle=True)
    if chevron:
        out += f'<path d="M{w - 24:g},{h / 2 + 4:g} l6,-6 l6,6" fill="none" stroke="{FB_GREY}" stroke-width="2.4"/>'
    return out, h


def link_geometry(w: float) -> tuple[float, float]:
    """Where the linked word starts in a line `w` wide, and how wide it may be."""
    lead = w * 0.2
    return lead, min(160.0, w - lead - 8)


def link_line(label: str, w: float, link_colour: str) -> tuple[str, float]:
    """A sentence of text with one linked word in it: the word about the right to object."""
    h = 30
    lead, word_w = link_geometry(w)
    out = bar(0, 10, lead - 4, "#bcc0c4")
    out += slot(label, lead + 4, 21, word_w, 16, bold=True, fill=link_colour)
    out += f'<path d="M{lead + 4:g},25 h{word_w * 0.5:g}" stroke="{link_colour}" stroke-width="1.5"/>'
    return out, h


def button(label: str, w: float, colour: str) -> tuple[str, float]:
    h = 44
    return rect(0, 0, w, h, colour, 8) + slot(
        label, w / 2, h / 2 + 6, w - 24, 17, bold=True, fill="#ffffff", anchor="middle"
    ), h


def placed(fragment: str, x: float, y: float, scale: float = 1.0, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    s = f" scale({scale:g})" if scale != 1 else ""
    return f'<g{c} transform="translate({x:g},{y:g}){s}">{fragment}</g>'


def inset(
    target: tuple[str, float], inner_w: float, x: float, y: float, w: float, scale: float, bg: str = "#ffffff"
) -> str:
    """A magnifying inset of the target: a card at (x, y), `w` wide, the target drawn `scale` times larger."""
    fragment, h = target
    height = h * scale + 40
    out = rect(x + 2, y + 5, w, height, "#000000", 16, ' fill-opacity="0.14"')
    out += rect(x, y, w, height, bg, 16)
    pad = (w - inner_w * scale) / 2
    out += placed(fragment + ring(-4, -4, inner_w + 8, h + 8, 2), x + pad, y + 20, scale, "inset")
    out += rect(x, y, w, height, "none", 16, ' stroke="#5f6368" stroke-width="2.5"')
    # a magnifying glass on the card's corner
    out += circle(x + w - 6, y + 6, 15, "#ffffff", ' stroke="#5f6368" stroke-width="2.5"')
    out += circle(x + w - 7.5, y + 4.5, 6, "none", ' stroke="#5f6368" stroke-width="2"')
    out += (
        f'<path d="M{x + w - 2.7:g},{y + 9.3:g} l4.8,4.8" stroke="#5f6368" stroke-width="2.2" stroke-linecap="round"/>'
    )
    return out


def connector(x1: float, y1: float, x2: float, y2: float) -> str:
    return (
        f'<path d="M{x1:g},{y1:g} L{x2:g},{y2:g}" fill="none" stroke="{MARK}" '
        'stroke-width="2.5" stroke-linecap="round"/>' + circle(x1, y1, 4, MARK)
    )


# -- phones ---------------------------------------------------------------------------------------------
SCREEN_X, SCREEN_Y, SCREEN_W, SCREEN_H = 18, 18, 324, 684


def phone(device: str, screen: str, bg: str) -> str:
    out = rect(2, 2, 356, 716, "#1f1f1f", 60, ' stroke="#6b6b6b" stroke-width="2"')
    out += rect(SCREEN_X, SCREEN_Y, SCREEN_W, SCREEN_H, bg, 46)
    out += placed(screen, SCREEN_X, SCREEN_Y)
    if device == "iphone":
        out += rect(128, 28, 104, 28, "#1f1f1f", 14)
        out += rect(118, 690, 124, 5, "#191919", 2.5)
    else:
        out += circle(180, 40, 7, "#1f1f1f")
        out += rect(130, 688, 100, 4, "#191919", 2)
    out += f'<text x="62" y="48" {FONT} font-size="15" font-weight="bold" fill="#191919">9:41</text>'
    out += rect(276, 38, 22, 11, "#191919", 2) + rect(
        302, 38, 24, 11, "none", 3, ' stroke="#191919" stroke-width="1.5"'
    )
    return out


def fb_tab_bar(device: str, menu_marked: bool) -> str:
    """Facebook's tab bar: at the bottom on an iPhone, the menu (your picture) last."""
    y = 630 if device == "iphone" else 70
    out = rect(0, y - 8, SCREEN_W, 62, "#ffffff") + rect(0, y - 8, SCREEN_W, 1, "#ced0d4")
    for i in range(5):
        cx = 32 + i * 54
        out += rect(cx - 11, y + 10, 22, 18, BAR if i else FB_BLUE, 4)
    out += photo(302, y + 19, 13, FB_BLUE if menu_marked else None)
    return out


def fb_menu(device: str, expanded: bool, target_label: str) -> tuple[str, tuple[float, float, float, float]]:
    """Facebook's menu, scrolled down to Settings & privacy; returns the screen and the target's box."""
    top = 110 if device == "android" else 70
    out = rect(0, 0, SCREEN_W, SCREEN_H, FB_BG)
    if device == "android":
        out += fb_tab_bar(device, False) + lines_icon(290, 136, FB_TEXT)
    out += rect(12, top + 6, 300, 64, "#ffffff", 10) + photo(44, top + 38, 20) + bar(76, top + 33, 120, "#bcc0c4")
    for i in range(2):  # shortcut cards
        out += rect(12 + i * 154, top + 82, 146, 70, "#ffffff", 10) + rect(24 + i * 154, top + 94, 22, 22, BAR, 6)
        out += bar(24 + i * 154, top + 128, 90)
    y = top + 168
    out += rect(0, y, SCREEN_W, 1, "#ced0d4")
    y += 10
    out += rect(0, y, SCREEN_W, 52, FB_BG) + circle(26, y + 26, 12, BAR) + bar(54, y + 21, 140)  # help & support
    y += 56
    frag, h = row("Settings & privacy", "gear", 310, chevron=expanded)
    box = (6, y, 312, h)
    if not expanded:
        out += placed(frag, 0, y)
        for i in range(3):
            out += (
                rect(0, y + 60 + i * 56, SCREEN_W, 52, FB_BG)
                + circle(26, y + 86 + i * 56, 12, BAR)
                + bar(54, y + 81 + i * 56, 110 + 20 * i)
            )
    else:
        out += placed(frag, 0, y)
        y += h + 6
        out += rect(10, y, 304, 56 * 4 + 8, "#ffffff", 10)
        for i in range(4):
            ry = y + 4 + i * 56
            if i == 1:
                f2, h2 = row("Privacy Center", "lock", 300)
                out += placed(f2, 10, ry + 2)
                box = (14, ry + 2, 296, h2)
            else:
                out += circle(36, ry + 28, 10, BAR) + bar(64, ry + 23, 90 + 25 * i)
    if device == "iphone":
        out += fb_tab_bar(device, not expanded)
    return out, box


def page_with_link(
    title: str, link_colour: str, header_bg: str, accent: str
) -> tuple[str, tuple[float, float, float, float]]:
    """Meta's Privacy Center page, at its text about AI, with the word that opens the form."""
    out = rect(0, 0, SCREEN_W, SCREEN_H, "#ffffff") + rect(0, 0, SCREEN_W, 104, header_bg)
    out += back_arrow(18, 82) + slot(title, 48, 89, 250, 20, bold=True)
    out += rect(0, 104, SCREEN_W, 1, "#ced0d4")
    out += rect(16, 124, 292, 120, FB_BG, 12) + sparkle(162, 184, accent)
    y = 270
    for w in (250, 280, 210):
        out += bar(16, y, w, "#bcc0c4")
        y += 24
    y += 12
    for w in (270, 240):
        out += bar(16, y, w)
        y += 24
    frag, h = link_line("object", 292, link_colour)
    out += placed(frag, 16, y - 10)
    lead, word_w = link_geometry(292)
    word = (16 + lead, y - 10, word_w + 8, h)
    y += 34
    for w in (280, 190):
        out += bar(16, y, w)
        y += 24
    return out, word


def form(colour: str, rounded: float) -> tuple[str, tuple[float, float, float, float]]:
    """The objection form: text, the e-mail address filled in, an optional reason, the button."""
    out = rect(0, 0, SCREEN_W, SCREEN_H, "#ffffff") + back_arrow(18, 82)
    out += rect(0, 104, SCREEN_W, 1, "#ced0d4")
    y = 130
    for w in (260, 290, 230, 270):
        out += bar(16, y, w, "#bcc0c4")
        y += 24
    y += 16
    out += bar(16, y, 110) + rect(16, y + 20, 292, 44, "#ffffff", 8, ' stroke="#ced0d4" stroke-width="1.5"')
    out += bar(30, y + 37, 160, "#8a8d91")
    y += 84
    out += bar(16, y, 150) + rect(16, y + 20, 292, 110, "#ffffff", 8, ' stroke="#ced0d4" stroke-width="1.5"')
    y += 150
    frag, h = button("Send", 292, colour)
    out += placed(frag.replace('rx="8"', f'rx="{rounded:g}"', 1), 16, y)
    return out, (10, y - 6, 304, h + 12)


def ig_profile(device: str) -> tuple[str, tuple[float, float, float, float]]:
    out = rect(0, 0, SCREEN_W, SCREEN_H, "#ffffff")
    out += bar(20, 78, 110, "#262626") + lines_icon(284, 74, "#262626", 22)
    out += photo(60, 160, 40, "#dd2a7b")
    for i in range(3):
        out += bar(130 + i * 62, 150, 30, "#262626") + bar(124 + i * 62, 170, 44)
    out += bar(20, 222, 120, "#262626") + bar(20, 242, 200)
    out += rect(20, 266, 136, 32, "#efefef", 8) + rect(166, 266, 136, 32, "#efefef", 8)
    for i in range(3):
        for j in range(3):
            out += rect(1 + j * 108, 318 + i * 108, 106, 106, ["#e9d5dc", "#d9e3ef", "#e7e2d3"][(i + j) % 3])
    out += rect(0, 628, SCREEN_W, 56, "#ffffff") + rect(0, 628, SCREEN_W, 1, IG_LINE)
    for i in range(4):
        out += rect(24 + i * 64, 646, 22, 20, "#262626" if i == 0 else BAR, 5)
    out += photo(296, 656, 12, "#262626")
    return out, (274, 64, 44, 42)


def ig_settings() -> tuple[str, tuple[float, float, float, float]]:
    out = rect(0, 0, SCREEN_W, SCREEN_H, "#ffffff") + back_arrow(18, 82, "#262626")
    out += slot("Settings and activity", 48, 89, 260, 19, bold=True, fill="#262626")
    out += rect(16, 112, 292, 36, "#efefef", 10)
    y = 166
    for i in range(5):
        out += circle(30, y + 18, 10, "none", ' stroke="#262626" stroke-width="2"') + bar(
            54, y + 13, 120 + 18 * (i % 3)
        )
        y += 48
    out += rect(0, y + 4, SCREEN_W, 8, "#efefef")
    y += 24
    out += bar(16, y, 120, "#8e8e8e")
    y += 22
    frag, h = row("Privacy Center", "lock", 310, colour="#262626")
    out += placed(frag, 4, y)
    box = (8, y, 308, h)
    y += h + 4
    for i in range(3):
        out += circle(30, y + 18, 10, "none", ' stroke="#262626" stroke-width="2"') + bar(54, y + 13, 100 + 20 * i)
        y += 48
    return out, box


def phone_picture(device: str, n: int) -> str:
    """The whole picture for step n: the phone, its target ringed, and the inset."""
    bg = FB_BG if n <= 4 else "#ffffff"
    target: tuple[str, float]
    if n in (1, 2):
        screen, box = fb_menu(device, n == 2, "")
        target = row("Settings & privacy" if n == 1 else "Privacy Center", "gear" if n == 1 else "lock", 190)
    elif n in (3, 7):
        screen, box = page_with_link(
            "Privacy Center", FB_BLUE if n == 3 else IG_BLUE, "#ffffff", FB_BLUE if n == 3 else "#dd2a7b"
        )
        target = link_line("object", 190, FB_BLUE if n == 3 else IG_BLUE)
    elif n in (4, 8):
        screen, box = form(FB_BLUE if n == 4 else IG_BLUE, 8 if n == 4 else 12)
        target = button("Send", 190, FB_BLUE if n == 4 else IG_BLUE)
    elif n == 5:
        screen, box = ig_profile(device)
        # The three lines open "Settings and activity": the inset shows them, and the page they open.
        menu = (
            lines_icon(6, 16, "#262626", 26)
            + f'<path d="M44,25 h16 m-6,-6 l6,6 l-6,6" fill="none" stroke="{MARK}" stroke-width="2.5"/>'
        )
        menu += slot("Settings and activity", 68, 31, 120, 15, lines=2, bold=True, fill="#262626", middle=True)
        target = (menu, 52)
    else:
        screen, box = ig_settings()
        target = row("Privacy Center", "lock", 190, colour="#262626")
    x, y, w, h = box
    out = HEAD.format(w=760, h=720) + phone(device, screen + ring(x, y, w, h), bg)
    iy = 200 if y > 360 else 380
    out += connector(SCREEN_X + x + w, SCREEN_Y + y + h / 2, 384, iy + 40)
    out += inset(target, 190, 384, iy, 356, 1.7)
    return out + "</svg>\n"


# -- the browser ----------------------------------------------------------------------------------------
def window(address: str, content: str) -> str:
    out = rect(0, 0, 960, 640, "#ffffff", 10, ' stroke="#9aa0a6" stroke-width="2"')
    out += rect(0, 0, 960, 40, "#dee1e6", 10) + rect(0, 30, 960, 10, "#dee1e6")
    for i, c in enumerate(("#ff5f57", "#febc2e", "#28c840")):
        out += circle(20 + i * 20, 20, 6, c)
    out += rect(90, 8, 200, 32, "#ffffff", 8)
    out += rect(0, 40, 960, 40, "#ffffff") + rect(0, 80, 960, 1, "#dadce0")
    out += rect(110, 48, 620, 26, "#f1f3f4", 13)
    out += f'<text class="address" x="130" y="66" {FONT} font-size="14" fill="#3c4043">{address}</text>'
    return out + placed(content, 0, 81)


def fb_web(n: int) -> tuple[str, tuple[float, float, float, float], tuple[str, float]]:
    out = rect(0, 0, 960, 559, FB_BG) + rect(0, 0, 960, 56, "#ffffff") + rect(0, 56, 960, 1, "#ced0d4")
    out += circle(32, 28, 20, FB_BLUE) + rect(62, 10, 220, 36, FB_BG, 18)
    for i in range(3):
        out += circle(830 + i * 46, 28, 19, "#e4e6eb")
    out += photo(926, 28, 19, FB_BLUE if n in (1, 2) else None)
    for i in range(3):  # the feed behind
        out += (
            rect(300, 76 + i * 160, 360, 148, "#ffffff", 10)
            + bar(316, 96 + i * 160, 200)
            + bar(316, 120 + i * 160, 300)
        )
    if n in (1, 2):
        out += rect(596, 60, 352, 420, "#ffffff", 10, ' stroke="#ced0d4" stroke-width="1"')
        if n == 1:
            out += photo(632, 100, 20) + bar(664, 95, 120, "#bcc0c4") + rect(612, 138, 320, 1, "#ced0d4")
            frag, h = row("Settings & privacy", "gear", 320, chevron=True)
            out += placed(frag, 604, 150)
            box = (604, 150, 324, h)
            for i in range(3):
                out += circle(632, 236 + i * 52, 12, BAR) + bar(656, 231 + i * 52, 120 + 20 * i)
            return out, box, row("Settings & privacy", "gear", 180)
        out += back_arrow(614, 96) + slot("Settings & privacy", 648, 103, 260, 20, bold=True)
        for i in range(4):
            ry = 130 + i * 56
            if i == 1:
                frag, h = row("Privacy Center", "lock", 320)
                out += placed(frag, 604, ry)
                box = (604, ry, 324, h)
            else:
                out += circle(632, ry + 26, 12, BAR) + bar(656, ry + 21, 110 + 20 * i)
        return out, box, row("Privacy Center", "lock", 180)
    raise ValueError(n)


def page_web(n: int, ig: bool) -> tuple[str, tuple[float, float, float, float], tuple[str, float]]:
    colour = IG_BLUE if ig else FB_BLUE
    out = rect(0, 0, 960, 559, "#ffffff") + rect(0, 0, 240, 559, FB_BG)
    for i in range(6):
        out += bar(24, 40 + i * 40, 120 + 10 * (i % 3))
    if n in (3, 7):
        out += slot("Privacy Center", 280, 48, 400, 26, bold=True)
        out += rect(280, 72, 420, 110, FB_BG, 12) + sparkle(490, 127, "#dd2a7b" if ig else FB_BLUE)
        y = 206
        for w in (560, 600, 480):
            out += bar(280, y, w, "#bcc0c4")
            y += 24
        frag, h = link_line("object", 420, colour)
        out += placed(frag, 280, y - 4)
        lead, word_w = link_geometry(420)
        box = (280 + lead, y - 4, word_w + 8, h)
        y += 38
        for w in (580, 400):
            out += bar(280, y, w)
            y += 24
        return out, box, link_line("object", 180, colour)
    y = 40
    for w in (520, 600, 560):
        out += bar(280, y, w, "#bcc0c4")
        y += 24
    out += bar(280, y + 16, 110) + rect(280, y + 36, 420, 40, "#ffffff", 8, ' stroke="#ced0d4" stroke-width="1.5"')
    out += bar(294, y + 51, 180, "#8a8d91")
    out += bar(280, y + 96, 150) + rect(280, y + 116, 420, 110, "#ffffff", 8, ' stroke="#ced0d4" stroke-width="1.5"')
    frag, h = button("Send", 200, colour)
    out += placed(frag, 280, y + 250)
    return out, (274, y + 244, 212, h + 12), button("Send", 180, colour)


def ig_web(n: int) -> tuple[str, tuple[float, float, float, float], tuple[str, float]]:
    out = rect(0, 0, 960, 559, "#ffffff") + rect(0, 0, 244, 559, "#ffffff") + rect(244, 0, 1, 559, IG_LINE)
    if n == 5:
        for i in range(7):
            out += rect(28, 40 + i * 52, 24, 24, "#262626" if i == 0 else BAR, 6) + bar(
                66, 47 + i * 52, 70 + 8 * (i % 4)
            )
        out += photo(40, 420, 12)
        frag, h = row("More", "lines", 220, colour="#262626")
        out += placed(frag, 12, 480)
        for i in range(2):
            out += rect(300 + i * 300, 60, 280, 360, "#fafafa", 6) + rect(312 + i * 300, 72, 256, 256, "#e9d5dc", 4)
        return out, (12, 480, 224, h), row("More", "lines", 180, colour="#262626")
    for i in range(9):
        out += circle(40, 52 + i * 46, 10, "none", ' stroke="#262626" stroke-width="2"') + bar(
            62, 47 + i * 46, 100 + 10 * (i % 3)
        )
    frag, h = row("Privacy Center", "lock", 226, colour="#262626")
    out += placed(frag, 12, 470)
    out += (
        rect(300, 40, 360, 24, "#262626", 4)
        + bar(300, 90, 420)
        + bar(300, 114, 380)
        + rect(300, 150, 560, 48, "#efefef", 10)
    )
    return out, (12, 470, 228, h), row("Privacy Center", "lock", 180, colour="#262626")


def browser_picture(n: int) -> str:
    ig = n > 4
    if n in (1, 2):
        content, box, target = fb_web(n)
    elif n in (5, 6):
        content, box, target = ig_web(n)
    else:
        content, box, target = page_web(n, ig)
    x, y, w, h = box
    y += 81
    out = HEAD.format(w=960, h=640) + window("instagram.com" if ig else "facebook.com", content)
    out += ring(x - 2, y - 2, w + 4, h + 4)
    ix = 560 if x < 480 else 40
    iy = 470 if n in (3, 7) else 360 if y < 330 else 110  # below the text, not over the page title
    out += connector(x + w if x < 480 else x, y + h / 2, ix if x < 480 else ix + 360, iy + 40)
    out += inset(target, 180, ix, iy, 360, 1.8)
    return out + "</svg>\n"


def main() -> None:
    for device in ("iphone", "android", "browser"):
        folder = OUT / device
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(1, 9):
            svg = browser_picture(n) if device == "browser" else phone_picture(device, n)
            (folder / f"step-{n}.svg").write_text(svg, encoding="utf-8")
    print(f"wrote 24 pictures in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
