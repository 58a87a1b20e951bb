"""Illustration templates: slots are filled safely, wrapped, shrunk or cut; shipped templates are sound."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from ids import guide_path

from app.core import svg_slots
from app.core.guide import load_guide

SVG = "{http://www.w3.org/2000/svg}"
TEMPLATE = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="urn:ai-optout-assistant:slots" width="300" height="200">'
    '<rect width="300" height="200" fill="#fff"/>'
    '<text s:slot="Data privacy" s:width="{width}" s:lines="{lines}" x="10" y="40" font-size="20">Data privacy</text>'
    "</svg>"
)


def measure(text: str, size: float, bold: bool) -> float:
    """A stand-in for font metrics: every character is 0.6 of the font size wide."""
    return len(text) * size * 0.6


def template(width: float = 280, lines: int = 2) -> str:
    return TEMPLATE.replace("{width}", str(width)).replace("{lines}", str(lines))


def filled_lines(svg: bytes) -> list[ET.Element]:
    root = ET.fromstring(svg)
    group = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "slot")
    return list(group.iter(f"{SVG}text"))


def test_a_slot_shows_the_translation() -> None:
    svg = svg_slots.fill(template(), lambda label: {"Data privacy": "Confidentialité"}[label], measure)
    assert [t.text for t in filled_lines(svg)] == ["Confidentialité"]
    assert b"Data privacy<" not in svg  # the English default text is gone


def test_long_text_wraps_within_the_width_and_lines_go_down() -> None:
    text = "Utiliser mes données pour entraîner des modèles"
    svg = svg_slots.fill(template(width=200, lines=3), lambda _label: text, measure)
    lines = filled_lines(svg)
    assert len(lines) > 1
    assert " ".join(t.text or "" for t in lines) == text
    for line in lines:
        assert measure(line.text or "", float(line.get("font-size", "0")), False) <= 200
    ys = [float(t.get("y", "0")) for t in lines]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)


def test_text_too_long_for_its_lines_is_shrunk_then_cut() -> None:
    text = "word " * 40
    svg = svg_slots.fill(template(width=100, lines=2), lambda _label: text.strip(), measure)
    lines = filled_lines(svg)
    assert len(lines) == 2
    assert float(lines[0].get("font-size", "0")) == pytest.approx(20 * svg_slots.MIN_SCALE)
    assert (lines[-1].text or "").endswith(svg_slots.ELLIPSIS)


def test_no_break_spaces_are_not_break_points() -> None:
    text = "«\u00a0Préférences\u00a0»"
    svg = svg_slots.fill(template(width=60, lines=3), lambda _label: text, measure)
    assert (next(t.text for t in filled_lines(svg)) or "").startswith("«\u00a0Pr")


ALPHABET = [*list("abcdefghijklmnopqrstuvwxyz   <>&\"'«»éÉ€\xa0;:/="), "&amp;", "]]>", "<!--", "\u202f"]


def test_any_translation_stays_text_never_markup() -> None:
    """Property, over 200 random texts (one test): whatever a translation contains, the picture is valid
    SVG showing exactly that text."""
    rng = random.Random(2026)
    for _ in range(200):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 40))).strip() or "x"
        svg = svg_slots.fill(template(width=10_000, lines=1), lambda _label, text=text: text, measure)
        root = ET.fromstring(svg)  # still well-formed
        assert len(list(root.iter(f"{SVG}rect"))) == 1, text  # nothing injected
        assert " ".join(t.text or "" for t in filled_lines(svg)) == " ".join(text.split(" ")), text


def test_bad_templates_are_reported() -> None:
    with pytest.raises(svg_slots.TemplateError):
        svg_slots.fill("<svg", lambda label: label, measure)
    with pytest.raises(svg_slots.TemplateError):
        svg_slots.slots(template(width=0))


# -- the shipped templates --------------------------------------------------------------------


def shipped() -> list[tuple[str, int, Path]]:
    guide = load_guide(guide_path())
    return [
        (device.id, n, guide.folder / "illustrations" / device.id / f"step-{n}.svg")
        for device in guide.devices
        for n in range(1, len(device.steps) + 1)
    ]


# On a phone, step 2 says "Tap your profile photo … A panel slides in, starting with View profile": its
# label names what the tap opens, and its picture is the screen before the tap (the photo, ringed).
REVEALED_BY_THE_TAP = {("iphone", 2), ("android", 2)}


def test_every_step_has_a_picture_that_shows_its_own_label() -> None:
    guide = load_guide(guide_path())
    for device_id, n, path in shipped():
        assert path.is_file(), path
        labels = {slot.label for slot in svg_slots.slots(path.read_text(encoding="utf-8"))}
        step = guide.device(device_id).steps[n - 1]
        assert (step.label in labels) != ((device_id, n) in REVEALED_BY_THE_TAP), (device_id, n)
        if step.section:  # the heading the step names is drawn too
            assert step.section in labels, (device_id, n)


def test_pictures_only_use_labels_the_catalog_has() -> None:
    """A slot must name a guide label, so that its translation is in the catalog."""
    guide = load_guide(guide_path())
    known = {step.label for device in guide.devices for step in device.steps}
    known |= {step.section for device in guide.devices for step in device.steps if step.section}
    known |= {guide.main_action.label, guide.main_action.page_label}
    for _device, _n, path in shipped():
        for slot in svg_slots.slots(path.read_text(encoding="utf-8")):
            assert slot.label in known, (path, slot.label)


def test_one_word_wider_than_the_slot_shrinks_to_fit_instead_of_running_over() -> None:
    """ "Einstellungen" (13 letters at 0.6 × 20 = 156 wide) in a slot 140 wide: smaller, one line, whole."""
    svg = svg_slots.fill(template(width=140, lines=2), lambda _label: "Einstellungen", measure)
    [line] = filled_lines(svg)
    assert line.text == "Einstellungen"
    assert float(line.get("font-size", "0")) == pytest.approx(20 * 0.84)  # two steps of 8% smaller


def test_one_word_too_wide_even_at_the_smallest_size_is_cut_with_an_ellipsis() -> None:
    svg = svg_slots.fill(template(width=60, lines=1), lambda _label: "Datenschutzeinstellungen", measure)
    [line] = filled_lines(svg)
    assert line.text == "Datens…"  # 0.6 × 14 wide each: six letters and the ellipsis in 60
    assert float(line.get("font-size", "0")) == pytest.approx(20 * svg_slots.MIN_SCALE)


def bold_measure(text: str, size: float, bold: bool) -> float:
    """A stand-in font whose bold is wider: half the size per character, 0.6 of it in bold."""
    return len(text) * size * (0.6 if bold else 0.5)


def test_a_bold_word_is_measured_bold_when_it_is_shrunk() -> None:
    # "Einstellungen" in bold: 156 at 20, 143.5 at 18.4, 131 at 16.8; in a 140 slot it is drawn at 16.8
    # (at 20 it would fit only if it were not bold).
    assert svg_slots.wrap("Einstellungen", 140, 2, 20, True, bold_measure) == (["Einstellungen"], pytest.approx(16.8))


def test_a_bold_word_is_measured_bold_when_it_is_cut() -> None:
    # "Datenschutz" at the smallest size (14): 77 wide, but 92.4 in bold, so it is cut to fit 80.
    lines, size = svg_slots.wrap("Datenschutz", 80, 1, 20, True, bold_measure)
    assert (lines, size) == (["Datensch…"], pytest.approx(14))


BAR_TEMPLATE = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="urn:ai-optout-assistant:slots" width="300" height="200">'
    '<text s:slot="Sign in" s:width="{width}" s:lines="1" x="{x}" y="50" font-size="20" fill="#0a66c2"'
    " {anchor}>Sign in</text>"
    "</svg>"
)


@pytest.mark.parametrize(
    ("anchor", "x", "width", "left", "bar_width"),
    [
        ("", 10, 280, 10, 84),  # "Sign in": 7 characters at 20 x 0.6
        ('text-anchor="start"', 10, 280, 10, 84),
        ('text-anchor="middle"', 150, 280, 108, 84),
        ('text-anchor="end"', 290, 280, 206, 84),
        ("", 10, 50, 10, 50),  # never wider than the slot
    ],
)
def test_a_slot_without_sure_words_is_a_bar_of_the_label_s_length(
    anchor: str, x: float, width: float, left: float, bar_width: float
) -> None:
    template = BAR_TEMPLATE.replace("{width}", str(width)).replace("{x}", str(x)).replace("{anchor}", anchor)
    root = ET.fromstring(svg_slots.fill(template, lambda _label: "", measure))
    [group] = [g for g in root.iter(f"{SVG}g") if g.get("class") == "slot"]
    assert group.get("{urn:ai-optout-assistant:slots}filled") == "Sign in"
    assert list(group.iter(f"{SVG}text")) == []  # no words at all, not even the English ones
    [bar] = list(group.iter(f"{SVG}rect"))
    assert bar.get("class") == "bar"
    assert (float(bar.get("x", "")), float(bar.get("width", ""))) == (left, bar_width)
    assert (float(bar.get("y", "")), float(bar.get("height", "")), float(bar.get("rx", ""))) == (36, 10, 5)
    assert (bar.get("fill"), bar.get("fill-opacity")) == ("#0a66c2", "0.3")  # the text's colour, faint


def test_a_bar_takes_the_slot_s_place_among_its_neighbours() -> None:
    template = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="urn:ai-optout-assistant:slots">'
        '<rect id="before"/><text s:slot="Me" s:width="40" s:lines="1" x="0" y="10">Me</text><rect id="after"/>'
        "</svg>"
    )
    root = ET.fromstring(svg_slots.fill(template, lambda _label: "", measure))
    assert [child.get("id") or child.get("class") for child in root] == ["before", "slot", "after"]
    [bar] = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "bar"]
    assert bar.get("fill") == "#000000"  # no colour given: black, as SVG draws text


def bold_aware(text: str, size: float, bold: bool) -> float:
    """Font metrics where bold letters are wider (0.7 of the size) than regular ones (0.6)."""
    return len(text) * size * (0.7 if bold else 0.6)


def test_a_bar_is_as_long_as_the_label_in_its_weight_and_sits_at_0_0_without_a_position() -> None:
    template = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="urn:ai-optout-assistant:slots">'
        '<text s:slot="Me" s:width="200" s:lines="1" font-size="10" font-weight="bold">Me</text>'
        "</svg>"
    )
    root = ET.fromstring(svg_slots.fill(template, lambda _label: "", bold_aware))
    [bar] = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "bar"]
    assert float(bar.get("width", "")) == 14  # 2 bold letters at 10 x 0.7
    assert (float(bar.get("x", "")), float(bar.get("y", ""))) == (0, -7)  # no x, no y: SVG's 0, 0


def test_after_a_bar_the_next_slot_is_filled_too() -> None:
    template = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="urn:ai-optout-assistant:slots">'
        '<text s:slot="Me" s:width="40" s:lines="1" x="0" y="10">Me</text>'
        '<text s:slot="Settings" s:width="200" s:lines="1" x="0" y="40">Settings</text>'
        "</svg>"
    )
    words = {"Me": "", "Settings": "Préférences"}
    svg = svg_slots.fill(template, lambda label: words[label], measure)
    root = ET.fromstring(svg)
    assert [t.text for t in root.iter(f"{SVG}text")] == ["Préférences"]
    assert b">Settings<" not in svg
