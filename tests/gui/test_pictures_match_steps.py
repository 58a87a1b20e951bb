"""Each step's picture is the screen the person sees at that step, before the tap or click it asks for.

Read as a person would: LinkedIn's words where the step's sentence names them (in English and in
French, written out here), in LinkedIn's order, and the thing to tap or click ringed in orange. The
expectations are literal: nothing here is computed by the code that draws the pictures.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from ids import guide_path
from PySide6.QtGui import QFont, QFontMetricsF, QImage

from app import gallery, i18n
from app.ui import illustrations

SVG = "{http://www.w3.org/2000/svg}"
SLOTS = "{urn:ai-optout-assistant:slots}"
MARK = "#e8590c"  # the orange ring
FOLDER = guide_path().parent  # LinkedIn's guide folder
PHONES = ("iphone", "android")

# In French, only the labels the guide is sure of (high) are drawn; the others, like the step's plain words,
# leave the icon alone (""): never a word the step's sentence does not say (issue 25, point 8).
HOME = ("Home", "")
VIEW_PROFILE = ("View profile", "")
SETTINGS = ("Settings", "")
DATA_PRIVACY = ("Data privacy", "Confidentialité des données")
SECTION = ("How LinkedIn uses your data", "Comment LinkedIn utilise vos données")
AI_PAGE = ("Data for Generative AI Improvement", "Données pour l’amélioration de l’IA générative")
SWITCH = (
    "Use my data for training content creation AI models",
    "Utiliser mes données pour entraîner des modèles d’IA de création de contenu",
)
SIGN_IN = ("Sign in", "")
ME = ("Me", "Vous")
SETTINGS_AND_PRIVACY = ("Settings & Privacy", "Préférences et confidentialité")

# The thing to tap or click at each step (None: the profile photo, which has no words), and the
# other words the step's sentence names that the screen shows at that moment.
PHONE_STEPS: dict[int, tuple[tuple[str, str] | None, list[tuple[str, str]]]] = {
    1: (HOME, []),  # "You start on the Home tab."
    2: (None, []),  # "Tap your profile photo at the top left": the panel is not open yet
    3: (SETTINGS, [VIEW_PROFILE]),  # the panel, "starting with View profile"; Settings at its bottom
    4: (DATA_PRIVACY, [SETTINGS]),  # the Settings screen
    5: (AI_PAGE, [SECTION, DATA_PRIVACY]),  # "Scroll to How LinkedIn uses your data and tap …"
    6: (SWITCH, [AI_PAGE]),  # "Tap the switch next to …"
}
BROWSER_STEPS: dict[int, tuple[tuple[str, str], list[tuple[str, str]]]] = {
    1: (SIGN_IN, []),
    2: (ME, []),  # "Click your profile photo, marked Me"
    3: (SETTINGS_AND_PRIVACY, [VIEW_PROFILE]),  # the menu under Me, open
    4: (DATA_PRIVACY, [SETTINGS]),  # "In the list on the left"
    5: (AI_PAGE, [SECTION, DATA_PRIVACY]),  # "Under How LinkedIn uses your data, click …"
    6: (SWITCH, [AI_PAGE]),
}
CASES = [(device, n) for device in PHONES for n in PHONE_STEPS] + [("browser", n) for n in BROWSER_STEPS]


def expected(device: str, n: int) -> tuple[tuple[str, str] | None, list[tuple[str, str]]]:
    if device == "browser":
        target, others = BROWSER_STEPS[n]
        return target, others
    return PHONE_STEPS[n]


# -- reading a picture's geometry ---------------------------------------------------------------
@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    def contains(self, other: Box) -> bool:
        return (
            self.left <= other.left
            and self.top <= other.top
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def overlaps(self, other: Box) -> bool:
        return (
            self.left < other.right and other.left < self.right and self.top < other.bottom and other.top < self.bottom
        )

    def union(self, other: Box) -> Box:
        return Box(
            min(self.left, other.left),
            min(self.top, other.top),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )


@dataclass(frozen=True)
class Placed:
    element: ET.Element
    scale: float  # from the element's own units to the picture's
    dx: float
    dy: float
    in_inset: bool
    classes: frozenset[str]  # its own and its groups' classes

    def box(self, x: float, y: float, w: float, h: float) -> Box:
        return Box(
            self.dx + x * self.scale,
            self.dy + y * self.scale,
            self.dx + (x + w) * self.scale,
            self.dy + (y + h) * self.scale,
        )


def _local(transform: str) -> tuple[float, float, float]:
    """(scale, dx, dy) of a transform made of translate() and scale(); rotations are ignored (only
    the gear icon's teeth use them)."""
    k, dx, dy = 1.0, 0.0, 0.0
    for name, args in re.findall(r"(\w+)\(([^)]*)\)", transform):
        values = [float(v) for v in re.split(r"[\s,]+", args.strip())]
        if name == "translate":
            tx, ty = values[0], values[1] if len(values) > 1 else 0.0
            dx, dy = dx + k * tx, dy + k * ty
        elif name == "scale":
            k *= values[0]
    return k, dx, dy


def placed(svg: bytes) -> list[Placed]:
    out: list[Placed] = []

    def walk(element: ET.Element, k: float, dx: float, dy: float, inset: bool, classes: frozenset[str]) -> None:
        lk, ldx, ldy = _local(element.get("transform", ""))
        k, dx, dy = k * lk, dx + k * ldx, dy + k * ldy
        own = frozenset(element.get("class", "").split())
        classes |= own
        inset = inset or "inset" in own
        out.append(Placed(element, k, dx, dy, inset, classes))
        for child in element:
            walk(child, k, dx, dy, inset, classes)

    walk(ET.fromstring(svg), 1.0, 0.0, 0.0, False, frozenset())
    return out


def rect_box(p: Placed) -> Box:
    e = p.element
    return p.box(
        float(e.get("x", "0")), float(e.get("y", "0")), float(e.get("width", "0")), float(e.get("height", "0"))
    )


@cache
def _metrics(family: str, bold: bool) -> QFontMetricsF:
    font = QFont(family)
    font.setPixelSize(100)
    font.setBold(bold)
    return QFontMetricsF(font)


def text_box(p: Placed) -> Box:
    """Where a line of text is drawn, measured with the font it names."""
    e = p.element
    size = float(e.get("font-size", "16"))
    metrics = _metrics(e.get("font-family", "sans-serif"), e.get("font-weight") == "bold")
    width = metrics.horizontalAdvance(e.text or "") * size / 100
    x, y = float(e.get("x", "0")), float(e.get("y", "0"))
    left = {"start": x, "middle": x - width / 2, "end": x - width}[e.get("text-anchor", "start")]
    return p.box(left, y - 0.8 * size, width, 1.05 * size)


@dataclass(frozen=True)
class Shown:
    """A LinkedIn label as drawn: its English name, the text shown, where, and whether in the inset."""

    label: str
    text: str
    box: Box
    size: float  # the first line's font size in the picture's units
    in_inset: bool


def labels(svg: bytes) -> list[Shown]:
    everything = placed(svg)
    out = []
    for p in everything:
        if p.element.tag != f"{SVG}g" or p.element.get("class") != "slot":
            continue
        lines = [q for q in everything if q.element in list(p.element.iter(f"{SVG}text"))]
        if not lines:  # no sure wording: a bar where the text would be, of the text's size (svg_slots.BAR_HEIGHT)
            [bar] = [q for q in everything if q.element in list(p.element.iter(f"{SVG}rect"))]
            height = float(bar.element.get("height", "0"))
            out.append(
                Shown(p.element.get(f"{SLOTS}filled", ""), "", rect_box(bar), height / 0.5 * bar.scale, p.in_inset)
            )
            continue
        box = text_box(lines[0])
        for line in lines[1:]:
            box = box.union(text_box(line))
        first = lines[0]
        out.append(
            Shown(
                p.element.get(f"{SLOTS}filled", ""),
                " ".join(q.element.text or "" for q in lines),
                box,
                float(first.element.get("font-size", "0")) * first.scale,
                p.in_inset,
            )
        )
    return out


def rings(svg: bytes) -> list[tuple[Box, bool]]:
    return [
        (rect_box(p), p.in_inset)
        for p in placed(svg)
        if p.element.tag == f"{SVG}rect" and p.element.get("stroke") == MARK and p.element.get("fill") == "none"
    ]


def marked(svg: bytes, cls: str) -> list[Box]:
    """The boxes of the rectangles of class `cls` outside the inset, top to bottom."""
    found = [
        rect_box(p)
        for p in placed(svg)
        if p.element.tag == f"{SVG}rect" and cls in p.element.get("class", "").split() and not p.in_inset
    ]
    return sorted(found, key=lambda box: box.top)


def photo_box(group: Placed) -> Box:
    """A profile photo's outline: its first circle (the group and its circles have no transform of their own)."""
    circle = next(group.element.iter(f"{SVG}circle"))
    r = float(circle.get("r", "0"))
    return group.box(float(circle.get("cx", "0")) - r, float(circle.get("cy", "0")) - r, 2 * r, 2 * r)


def picture(device: str, n: int, language: str) -> bytes:
    i18n.set_language(language)
    return illustrations.filled_svg(FOLDER, device, n)


LANGUAGES = [("en", 0), ("fr", 1)]


# -- the tests ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("language", "which"), LANGUAGES)
@pytest.mark.parametrize(("device", "n"), CASES)
def test_each_picture_shows_the_words_its_step_names(device: str, n: int, language: str, which: int) -> None:
    target, others = expected(device, n)
    shown = {(item.label, item.text) for item in labels(picture(device, n, language))}
    for words in ([target] if target else []) + others:
        assert (words[0], words[which]) in shown, (device, n, words[which], shown)


@pytest.mark.parametrize(("language", "which"), LANGUAGES)
@pytest.mark.parametrize(("device", "n"), CASES)
def test_the_thing_to_tap_is_ringed(device: str, n: int, language: str, which: int) -> None:
    svg = picture(device, n, language)
    target, _others = expected(device, n)
    found = rings(svg)
    if target is None:  # the profile photo, at the top left of the phone, and in the inset
        photos = [photo_box(p) for p in placed(svg) if "photo" in p.element.get("class", "").split()]
        assert len(photos) == 2 and len(found) == 2, (photos, found)
        assert photos[0].left < 100 and photos[0].top < 120, photos  # top left of the 360 x 720 phone
        for box in photos:
            assert any(ring.contains(box) for ring, _ in found), (found, box)
        return
    drawn = [item for item in labels(svg) if item.label == target[0]]
    assert drawn and all(item.text == target[which] for item in drawn), drawn
    assert len(found) == len(drawn), (device, n, found)  # one ring for each place the target is drawn
    for item in drawn:
        assert any(box.contains(item.box) for box, _ in found), (device, n, item, found)


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("device", PHONES)
def test_tapping_the_photo_comes_before_the_panel(device: str, language: str) -> None:
    before = labels(picture(device, 2, language))
    assert not any(item.label == "View profile" for item in before)  # the panel is not open yet
    assert [item.label for item in before] == ["Home"]  # the Home feed: only its tab is named
    after = [item for item in labels(picture(device, 3, language)) if not item.in_inset]
    view = next(item for item in after if item.label == "View profile")
    settings = next(item for item in after if item.label == "Settings")
    assert view.box.bottom < settings.box.top  # the panel starts with View profile, Settings at its bottom
    assert all(item.box.top <= settings.box.top for item in after)


@pytest.mark.parametrize(("language", "which"), LANGUAGES)
@pytest.mark.parametrize(
    ("device", "n"), [("iphone", 4), ("android", 4), ("browser", 4), ("browser", 5), ("browser", 6)]
)
def test_data_privacy_is_the_fourth_entry_of_the_settings_list(device: str, n: int, language: str, which: int) -> None:
    svg = picture(device, n, language)
    entries = marked(svg, "settings-entry")
    assert (
        len(entries) == 6
    )  # Account preferences, Sign in & security, Visibility, Data privacy, Advertising data, Notifications
    privacy = next(item for item in labels(svg) if item.label == DATA_PRIVACY[0] and not item.in_inset)
    assert privacy.text == DATA_PRIVACY[which]
    assert [n for n, box in enumerate(entries) if box.contains(privacy.box)] == [3]
    settings = next(item for item in labels(svg) if item.label == SETTINGS[0] and not item.in_inset)
    assert settings.text == SETTINGS[which]
    assert settings.box.bottom <= entries[0].top  # the list's heading, above it


@pytest.mark.parametrize(("language", "which"), LANGUAGES)
@pytest.mark.parametrize("device", [*PHONES, "browser"])
def test_the_ai_row_is_under_its_section_heading(device: str, language: str, which: int) -> None:
    svg = picture(device, 5, language)
    rows = marked(svg, "section-row")
    assert len(rows) == 6
    shown = [item for item in labels(svg) if not item.in_inset]
    heading = next(item for item in shown if item.label == SECTION[0])
    row = next(item for item in shown if item.label == AI_PAGE[0])
    assert (heading.text, row.text) == (SECTION[which], AI_PAGE[which])
    assert heading.box.bottom <= rows[0].top
    assert [n for n, box in enumerate(rows) if box.contains(row.box)] == [5]  # the section's last row


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("n", list(BROWSER_STEPS))
def test_browser_pictures_show_the_whole_window(n: int, language: str) -> None:
    root = ET.fromstring(picture("browser", n, language))
    address = [t.text or "" for t in root.iter(f"{SVG}text") if t.get("class") == "address"]
    assert len(address) == 1 and address[0].startswith("linkedin.com"), address
    assert (root.get("width"), root.get("height")) == ("960", "640")


@pytest.mark.parametrize(("language", "which"), LANGUAGES)
@pytest.mark.parametrize(("device", "n"), [case for case in CASES if expected(*case)[0] is not None])
def test_an_inset_magnifies_the_target_so_its_label_can_be_read(device: str, n: int, language: str, which: int) -> None:
    """Shown small (a phone about 430 pixels tall, the browser about 600 wide), the target's label is
    read in the inset, drawn at least 1.5 times larger, inside the picture and not over the target."""
    svg = picture(device, n, language)
    root = ET.fromstring(svg)
    width, height = float(root.get("width", "0")), float(root.get("height", "0"))
    target = expected(device, n)[0] or ("", "")
    drawn = [item for item in labels(svg) if item.label == target[0]]
    assert all(item.text == target[which] for item in drawn), drawn
    window = [item for item in drawn if not item.in_inset]
    inset = [item for item in drawn if item.in_inset]
    assert len(window) == 1 and len(inset) == 1, drawn
    assert inset[0].size >= 1.5 * window[0].size  # magnified
    parts = [rect_box(p) for p in placed(svg) if p.in_inset and p.element.tag == f"{SVG}rect"]
    area = parts[0]
    for box in parts[1:]:
        area = area.union(box)
    assert Box(0, 0, width, height).contains(area)  # inside the picture
    assert not area.overlaps(window[0].box)  # the inset does not hide the target


def test_gallery_draws_the_pictures_at_its_scale(
    tmp_path: Path, opened_urls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QT_SCALE_FACTOR", raising=False)  # render() sets it; put it back afterwards
    written = gallery.render(tmp_path, "en", scale=2.0)
    sizes = {
        path.name: (image.width(), image.height())
        for path in written
        if "illustration" in path.name and not (image := QImage(str(path))).isNull()
    }
    assert sizes["en-illustration-iphone-2.png"] == (1520, 1440)  # the phone, and its inset beside it
    assert sizes["en-illustration-android-6.png"] == (1520, 1440)
    assert sizes["en-illustration-browser-5.png"] == (1920, 1280)
    assert len([name for name in sizes if name.startswith("en-illustration-")]) == 18
