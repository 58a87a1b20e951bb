#!/usr/bin/env python3
"""Write ChatGPT's step illustrations: resources/guides/chatgpt-model-training/illustrations/<device>/step-<n>.svg.

Like LinkedIn's (scripts/make_illustrations.py, whose shapes this reuses), each picture is the screen a
person sees at that step, before the tap or click it asks for, with the thing to tap or click ringed in
orange and magnified beside it. They are friendly sketches of ChatGPT's screens: white pages, a light grey
side bar, black text and buttons, round corners, and no logo or trademark artwork (a plain grey circle
stands where the logo would be). Text that does not matter is a grey bar; every label the step's sentence
names is a text slot (`<text s:slot="Settings" ...>`), filled with ChatGPT's wording in the reader's
language at render time (a label the guide is not sure of shows as an ellipsis).

The SVG files are committed; edit this script and run it again when ChatGPT's screens change.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "guides" / "chatgpt-model-training" / "illustrations"

_spec = importlib.util.spec_from_file_location("make_illustrations", ROOT / "scripts" / "make_illustrations.py")
assert _spec is not None and _spec.loader is not None
m = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(m)

WHITE = "#ffffff"
INK = "#0d0d0d"  # ChatGPT's near-black text and buttons
MUTED = "#5d5d5d"
SIDE = "#f9f9f9"  # the side bar
BAR = "#e3e3e3"  # text that does not matter
NAME = "#bdbdbd"  # a name or heading that does not matter
LINE = "#ececec"
FIELD = "#f4f4f4"  # the message field
DIM = "#000000"  # the shade behind an open menu or dialog
LOGO = "#d9d9d9"  # a plain circle where the logo would be

rect, bar, circle, path, hline, group, slot, ring, tap = (
    m.rect,
    m.bar,
    m.circle,
    m.path,
    m.hline,
    m.group,
    m.slot,
    m.ring,
    m.tap,
)
SW, SH, TOP = m.SW, m.SH, m.TOP


def initials(cx: float, cy: float, r: float) -> str:
    """The person's profile picture: a round badge with two letters' worth of white bar."""
    return group(circle(cx, cy, r, "#6e6e80") + bar(cx - r * 0.45, cy - r * 0.2, r * 0.9, r * 0.4, WHITE), cls="photo")


def switch_on(x: float, y: float, scale: float = 1.0) -> str:
    """ChatGPT's switch, on: filled dark, knob on the right."""
    w, h = 44 * scale, 26 * scale
    return rect(x, y, w, h, INK, rx=h / 2) + circle(x + w - h / 2, y + h / 2, h / 2 - 3 * scale, WHITE)


def two_lines(x: float, y: float, colour: str = INK) -> str:
    """The menu button: two short lines, (x, y) the top left."""
    return path(f"M{x},{y} h18 M{x},{y + 8} h12", stroke=colour, width=2.4)


def gear(cx: float, cy: float, colour: str = MUTED) -> str:
    return circle(cx, cy, 7, "none", f'stroke="{colour}" stroke-width="2"') + circle(cx, cy, 2.5, colour)


# -- phones -----------------------------------------------------------------------------------
def phone(kind: str, screen: str, magnified: str) -> str:
    """The phone frame of scripts/make_illustrations.py, on a white screen."""
    radius = m.screen_radius(kind)
    body = rect(2, 2, m.PW - 4, m.PH - 4, "#1f1f1f", rx=radius + 14, extra='stroke="#6b6b6b" stroke-width="2"')
    body += rect(m.SX, m.SY, SW, SH, WHITE, rx=radius)
    body += group(screen, transform=f"translate({m.SX},{m.SY})")
    if kind == "iphone":
        body += rect(m.PW / 2 - 52, m.SY + 10, 104, 28, "#1f1f1f", rx=14)
        body += m.status_bar_ios()
        body += rect(m.PW / 2 - 62, m.SY + SH - 12, 124, 5, INK, rx=2.5)
    else:
        body += circle(m.PW / 2, m.SY + 16, 7, "#1f1f1f")
        body += m.status_bar_android()
        body += rect(m.PW / 2 - 50, m.SY + SH - 12, 100, 4, "#444444", rx=2)
    return m.svg(m.CW, m.PH, body + magnified)


def phone_welcome() -> tuple[str, str]:
    """1: the app's first screen, signed out: the place of the logo, a line, the buttons, Log in."""
    s = circle(SW / 2, 250, 34, LOGO)
    s += bar(SW / 2 - 100, 310, 200, 14, NAME) + bar(SW / 2 - 70, 336, 140, 10)
    for i in range(2):  # "Continue with …" buttons
        s += rect(24, 440 + i * 58, SW - 48, 46, WHITE, rx=23, extra=f'stroke="{BAR}" stroke-width="1.5"')
        s += bar(SW / 2 - 70, 460 + i * 58, 140, 8)
    s += rect(24, 558, SW - 48, 46, INK, rx=23) + bar(SW / 2 - 50, 578, 100, 8, "#5a5a5a")  # Sign up
    s += slot("Log in", SW / 2, 636, SW - 80, size=17, weight="bold", anchor="middle", middle=True)
    s += ring(40, 614, SW - 80, 40, rx=20) + tap(SW / 2 + 90, 634)
    c = circle(98.9, 30, 16, LOGO) + rect(12, 64, 173.8, 38, INK, rx=19) + bar(58, 79, 80, 8, "#5a5a5a")
    c += slot("Log in", 98.9, 136, 170, size=16, weight="bold", anchor="middle", middle=True)
    c += ring(6, 116, 185.8, 40, rx=20, width=2)
    return s, m.phone_inset(c, 164, 1.8, (SW - 40, 634))


def side_menu() -> str:
    """The side menu, open over the chat: search, new chat, the chats as bars, and your name at the bottom."""
    w = 270
    s = rect(0, 0, SW, SH, WHITE) + two_lines(18, TOP + 20, NAME) + rect(0, 0, SW, SH, DIM, extra='fill-opacity="0.25"')
    s += rect(0, 0, w, SH, SIDE)
    s += (
        rect(16, TOP + 8, w - 32, 36, "#ececec", rx=18) + m.icon_search(36, TOP + 26, MUTED) + bar(52, TOP + 21, 70, 10)
    )
    y = TOP + 70
    for width in (110, 90, 120):
        s += circle(30, y + 6, 7, NAME) + bar(48, y + 1, width, 10, NAME)
        y += 42
    s += bar(16, y + 10, 60, 8, NAME)  # "Chats"
    y += 40
    for width in (180, 150, 200, 130, 170, 160, 120, 190):
        s += bar(16, y, width, 10)
        y += 38
    s += hline(0, SH - 92, w)
    s += initials(38, SH - 58, 18) + bar(66, SH - 64, 110, 12, INK)
    return s


def phone_menu() -> tuple[str, str]:
    """2: the menu is open (two lines, top left): your name at its bottom, ringed."""
    s = side_menu() + ring(8, SH - 84, 254, 52, rx=14) + tap(200, SH - 58)
    c = rect(0, 0, 197.8, 130, SIDE) + bar(14, 20, 150, 10) + hline(0, 50, 197.8)
    c += initials(32, 88, 18) + bar(60, 82, 110, 12, INK)
    c += ring(4, 62, 189.8, 52, rx=14, width=2)
    return s, m.phone_inset(c, 130, 1.8, (262, SH - 58))


def phone_header(title: str, *, slotted: bool) -> str:
    s = rect(0, 0, SW, TOP + 52, WHITE) + hline(0, TOP + 52, SW, LINE)
    s += path(f"M26,{TOP + 18} l-8,8 l8,8", stroke=INK, width=2.6)  # back
    if slotted:
        s += slot(title, SW / 2, TOP + 31, 220, size=18, weight="bold", anchor="middle", middle=True)
    else:
        s += bar(SW / 2 - 40, TOP + 20, 80, 12, NAME)
    return s


# The entries of the Settings screen, in ChatGPT's order as the research read it: the account's rows,
# Personalization, Notifications, Data controls, Security, and more. Only "Data controls" is a label.
PHONE_ENTRIES: list[str | float] = [150, 120, 100, 130, "Data controls", 90, 110, 80]
DATA_ROW = PHONE_ENTRIES.index("Data controls")


def phone_settings() -> tuple[str, str]:
    """3: the Settings screen: Data controls, ringed."""
    s = phone_header("Settings", slotted=True)
    y = TOP + 80
    for i, entry in enumerate(PHONE_ENTRIES):
        s += rect(16, y, SW - 32, 50, FIELD if i == DATA_ROW else WHITE, rx=12)
        s += gear(40, y + 25) if i == DATA_ROW else circle(40, y + 25, 7, BAR)
        if isinstance(entry, str):
            s += slot(entry, 60, y + 30, 220, size=16, middle=True)
            s += ring(12, y - 3, SW - 24, 56, rx=14) + tap(SW - 44, y + 25)
        else:
            s += bar(60, y + 20, entry)
        s += m.chevron(SW - 30, y + 25, NAME)
        y += 58
    c = slot("Settings", 98.9, 28, 180, size=16, weight="bold", anchor="middle", middle=True)
    c += hline(0, 50, 197.8, LINE) + rect(8, 62, 181.8, 56, FIELD, rx=12) + gear(28, 90)
    c += slot("Data controls", 44, 95, 140, size=15, lines=2, middle=True) + ring(4, 58, 189.8, 64, rx=14, width=2)
    return s, m.phone_inset(c, 132, 1.8, (SW - 12, TOP + 80 + DATA_ROW * 58 + 25))


def phone_data_controls() -> tuple[str, str]:
    """4: the Data controls screen: the switch, on, ringed."""
    s = phone_header("Data controls", slotted=True)
    y = TOP + 80
    s += rect(16, y, SW - 32, 76, WHITE, rx=12)
    s += slot("Improve the model for everyone", 30, y + 38, 200, size=16, lines=2, middle=True)
    s += switch_on(SW - 76, y + 25) + ring(10, y - 4, SW - 20, 84, rx=14) + tap(SW - 43, y + 38)
    y += 96
    for width in (120, 150, 110, 170):
        s += hline(16, y - 10, SW - 32, LINE) + bar(30, y + 10, width) + m.chevron(SW - 30, y + 15, NAME)
        y += 56
    c = slot("Data controls", 98.9, 26, 180, size=15, weight="bold", anchor="middle", middle=True)
    c += hline(0, 48, 197.8, LINE)
    c += slot("Improve the model for everyone", 12, 92, 120, size=14, lines=3, middle=True)
    c += switch_on(140, 79) + ring(4, 58, 189.8, 68, rx=14, width=2)
    return s, m.phone_inset(c, 140, 1.8, (SW - 10, TOP + 80 + 38))


def phone_screens() -> list[tuple[str, str]]:
    return [phone_welcome(), phone_menu(), phone_settings(), phone_data_controls()]


# -- the browser ------------------------------------------------------------------------------
BW, BH = m.BW, m.BH
PAGE_H = m.VH


def browser(body: str, url: str) -> str:
    """The browser window of scripts/make_illustrations.py, with a grey tab icon and a white page."""
    s = rect(1, 1, BW - 2, BH - 2, "#dfe1e5", rx=12, extra='stroke="#b9bcc1" stroke-width="2"')
    for i, colour in enumerate(("#ec6a5e", "#f4bf4f", "#61c554")):
        s += circle(24 + i * 20, 22, 6, colour)
    s += rect(92, 8, 230, 34, "#f7f8f9", rx=8) + circle(112, 25, 7, LOGO) + bar(128, 20, 150, 10, "#c3c6cb")
    s += rect(1, 42, BW - 2, 42, "#f7f8f9")
    s += path("M24,63 h14 m-6,-6 l-7,6 l7,6", stroke="#70757a", width=2.5)
    s += path("M64,63 h-14 m6,-6 l7,6 l-7,6", stroke="#c3c6cb", width=2.5)
    s += rect(110, 49, 720, 28, "#e8eaed", rx=14)
    s += rect(124, 57, 9, 11, "none", rx=2, extra='stroke="#70757a" stroke-width="1.6"')
    s += f'  <text class="address" x="142" y="68" {m.FONT} font-size="14" fill="#3c4043">{url}</text>\n'
    s += rect(2, m.VY, BW - 4, PAGE_H - 2, WHITE)
    s += group(body, transform=f"translate(0,{m.VY})")
    return m.svg(BW, BH, s)


def chat_page(*, signed_in: bool) -> str:
    """ChatGPT's page: the side bar on the left (signed in: your name at its bottom), the question in the
    middle, the message field."""
    s = rect(2, 0, 258, PAGE_H - 2, SIDE) if signed_in else ""
    if signed_in:
        s += circle(28, 26, 11, LOGO) + rect(14, 56, 230, 32, "#ececec", rx=10) + bar(40, 67, 90, 10, NAME)
        y = 110
        for width in (150, 120, 180, 140, 110, 160, 130, 170):
            s += bar(20, y, width)
            y += 34
        s += hline(2, PAGE_H - 66, 258) + initials(34, PAGE_H - 34, 16) + bar(60, PAGE_H - 40, 110, 12, INK)
    left = 260 if signed_in else 0
    middle = left + (BW - left) / 2
    s += bar(middle - 150, 200, 300, 18, NAME)
    s += rect(middle - 300, 240, 600, 56, FIELD, rx=28) + bar(middle - 270, 262, 160, 10)
    s += circle(middle + 268, 268, 16, INK)
    return s


def web_welcome() -> str:
    """1: chatgpt.com signed out: Log in at the top right, ringed."""
    s = chat_page(signed_in=False)
    s += circle(34, 28, 12, LOGO) + bar(54, 22, 70, 12, NAME)
    s += rect(BW - 236, 12, 100, 36, INK, rx=18)
    s += slot("Log in", BW - 186, 31, 90, size=15, weight="bold", fill=WHITE, anchor="middle", middle=True)
    s += rect(BW - 126, 12, 96, 36, WHITE, rx=18, extra=f'stroke="{BAR}" stroke-width="1.5"') + bar(
        BW - 108, 25, 60, 10
    )
    s += ring(BW - 242, 6, 112, 48, rx=22) + m.pointer(BW - 176, 38)
    c = rect(20, 26, 150, 52, INK, rx=26)
    c += slot("Log in", 95, 52, 130, size=18, weight="bold", fill=WHITE, anchor="middle", middle=True)
    c += ring(12, 18, 166, 68, rx=30, width=2.5)
    return s + m.inset(520, 200, 300, 180, 1.5, c, start=(BW - 186, m.VY + 54), end=(820, 260))


def web_menu() -> str:
    """2: your name at the bottom left, clicked: its menu open above it, Settings ringed."""
    s = chat_page(signed_in=True)
    top = PAGE_H - 250
    s += rect(12, top, 240, 176, WHITE, rx=14, extra=f'stroke="{LINE}" stroke-width="1.5"')
    s += bar(28, top + 18, 150, 10, NAME) + hline(12, top + 42, 240, LINE)
    rows = [110, "Settings", 90, 120]
    for i, row in enumerate(rows):
        y = top + 56 + i * 30
        if isinstance(row, str):
            s += gear(36, y + 6) + slot(row, 52, y + 11, 180, size=15, middle=True)
            s += ring(18, y - 10, 228, 32, rx=10)
        else:
            s += circle(36, y + 6, 6, BAR) + bar(52, y + 1, row)
    s += ring(10, PAGE_H - 58, 240, 48, rx=12, width=2) + m.pointer(120, PAGE_H - 34)
    c = rect(0, 0, 200, 110, WHITE) + circle(22, 24, 6, BAR) + bar(38, 19, 110, 10)
    c += gear(22, 56) + slot("Settings", 40, 61, 150, size=16, middle=True) + ring(6, 38, 188, 36, rx=10, width=2)
    c += circle(22, 92, 6, BAR) + bar(38, 87, 90, 10)
    y_settings = m.VY + top + 56 + 30 + 6
    return s + m.inset(420, 300, 300, 165, 1.5, c, start=(246, y_settings), end=(420, 380))


# The Settings dialog's list, in ChatGPT's order as the research read it (General, Notifications,
# Personalization, Apps, Schedules, Data controls, Security, Account). Only "Data controls" is a label.
DIALOG_LIST: list[str | float] = [70, 100, 110, 60, 90, "Data controls", 80, 70]
DX, DY, DW, DH = 150, 40, 660, 470  # the dialog, in page coordinates
LIST_W = 200


def dialog(selected: int | None) -> str:
    s = chat_page(signed_in=True) + rect(2, 0, BW - 4, PAGE_H - 2, DIM, extra='fill-opacity="0.3"')
    s += rect(DX, DY, DW, DH, WHITE, rx=18)
    s += path(f"M{DX + 22},{DY + 20} l12,12 m0,-12 l-12,12", stroke=MUTED, width=2)  # close
    s += rect(DX, DY, LIST_W, DH, SIDE, rx=18) + rect(DX + LIST_W - 18, DY, 18, DH, SIDE)
    s += hline(DX + LIST_W, DY, 1, LINE)
    for i, entry in enumerate(DIALOG_LIST):
        y = DY + 56 + i * 40
        if i == selected:
            s += rect(DX + 8, y - 8, LIST_W - 16, 34, "#ececec", rx=10)
        s += gear(DX + 26, y + 9) if isinstance(entry, str) else circle(DX + 26, y + 9, 6, BAR)
        if isinstance(entry, str):
            s += slot(entry, DX + 42, y + 14, LIST_W - 52, size=15, middle=True)
        else:
            s += bar(DX + 42, y + 4, entry)
    return s


def web_settings() -> str:
    """3: the Settings dialog (General shown): Data controls in the list on the left, ringed."""
    s = dialog(0)
    s += bar(DX + LIST_W + 30, DY + 24, 90, 14, NAME) + hline(DX + LIST_W + 30, DY + 56, DW - LIST_W - 60, LINE)
    for i, width in enumerate((130, 100, 160, 120, 140)):
        y = DY + 80 + i * 56
        s += (
            bar(DX + LIST_W + 30, y, width)
            + bar(DX + DW - 130, y, 90, 10, NAME)
            + hline(DX + LIST_W + 30, y + 30, DW - LIST_W - 60, LINE)
        )
    y = DY + 56 + DATA_LIST * 40
    s += ring(DX + 4, y - 12, LIST_W - 8, 42, rx=12) + m.pointer(DX + 120, y + 10)
    c = rect(0, 0, 200, 100, SIDE) + circle(20, 22, 6, BAR) + bar(36, 17, 80, 10)
    c += gear(20, 58) + slot("Data controls", 36, 63, 156, size=15, lines=2, middle=True)
    c += ring(4, 40, 192, 42, rx=12, width=2)
    return s + m.inset(560, 320, 330, 165, 1.65, c, start=(DX + LIST_W - 4, m.VY + y + 9), end=(560, 400))


DATA_LIST = DIALOG_LIST.index("Data controls")


def web_data_controls() -> str:
    """4: Data controls shown: the switch next to Improve the model for everyone, on, ringed."""
    s = dialog(DATA_LIST)
    x0 = DX + LIST_W + 30
    s += slot("Data controls", x0, DY + 30, 300, size=17, weight="bold", middle=True)
    s += hline(x0, DY + 56, DW - LIST_W - 60, LINE)
    s += slot("Improve the model for everyone", x0, DY + 92, 300, size=15, lines=2, middle=True)
    s += switch_on(DX + DW - 84, DY + 79)
    s += ring(x0 - 10, DY + 64, DW - LIST_W - 40, 58, rx=12) + m.pointer(DX + DW - 58, DY + 96)
    for i, width in enumerate((120, 150, 100, 170)):
        y = DY + 150 + i * 56
        s += hline(x0, y - 14, DW - LIST_W - 60, LINE) + bar(x0, y, width) + bar(DX + DW - 110, y, 70, 10, NAME)
    c = slot("Improve the model for everyone", 14, 46, 150, size=15, lines=3, middle=True)
    c += switch_on(170, 33) + ring(6, 14, 216, 64, rx=12, width=2)
    return s + m.inset(500, 380, 340, 140, 1.5, c, start=(DX + DW - 40, m.VY + DY + 122), end=(760, 380))


def browser_screens() -> list[tuple[str, str]]:
    return [
        (web_welcome(), "chatgpt.com"),
        (web_menu(), "chatgpt.com"),
        (web_settings(), "chatgpt.com/#settings/General"),
        (web_data_controls(), "chatgpt.com/settings/data-controls"),
    ]


def main() -> None:
    for kind in ("iphone", "android"):
        folder = OUT / kind
        folder.mkdir(parents=True, exist_ok=True)
        for n, (screen, magnified) in enumerate(phone_screens(), start=1):
            (folder / f"step-{n}.svg").write_text(phone(kind, screen, magnified), encoding="utf-8")
    folder = OUT / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    for n, (body, url) in enumerate(browser_screens(), start=1):
        (folder / f"step-{n}.svg").write_text(browser(body, url), encoding="utf-8")
    print(f"wrote 12 illustrations under {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
