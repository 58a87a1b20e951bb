"""What a filled illustration draws, read back with xml.etree: the literal text of each line, where each
line goes, its font attributes, how a long label is shrunk and cut, and the template errors' sentences.

The stand-in font: every character is half the font size wide, or 0.6 of it in bold."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

import pytest

from app.core.svg_slots import Slot, TemplateError, fill, slots

SVG = "{http://www.w3.org/2000/svg}"
SLOT = "{urn:ai-optout-assistant:slots}"
HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="urn:ai-optout-assistant:slots" width="400" height="300">'
RECT = '<rect width="400" height="300" fill="#fff"/>'


def measure(text: str, size: float, bold: bool) -> float:
    return len(text) * size * (0.6 if bold else 0.5)


def svg(text_element: str) -> str:
    return f"{HEAD}{RECT}{text_element}</svg>"


def showing(translation: str) -> Callable[[str], str]:
    return lambda _label: translation


def drawn(data: bytes) -> tuple[ET.Element, list[ET.Element]]:
    """The slot's group and its lines, as a program reading the picture finds them."""
    root = ET.fromstring(data)
    [group] = [g for g in root.iter(f"{SVG}g") if g.get("class") == "slot"]
    return group, list(group)


PRIVACY = (
    '<text s:slot="Data privacy" s:width="190" s:lines="2" {extra}x="54" y="91.4" font-family="sans-serif" '
    'font-size="20" font-weight="{weight}" fill="#191919" text-anchor="start">Data privacy</text>'
)


def privacy(weight: str = "normal", extra: str = "") -> str:
    return svg(PRIVACY.replace("{weight}", weight).replace("{extra}", extra))


def test_each_line_keeps_the_templates_look_and_goes_one_line_height_down() -> None:
    data = fill(privacy(), showing("Confidentialité des données"), measure)
    group, lines = drawn(data)
    assert group.attrib == {"class": "slot", f"{SLOT}filled": "Data privacy"}
    assert [line.tag for line in lines] == [f"{SVG}text", f"{SVG}text"]
    # "Confidentialité des" is exactly as wide as the slot (19 × 10 = 190): it still fits on the first line.
    assert [line.text for line in lines] == ["Confidentialité des", "données"]
    look = {
        "x": "54",
        "font-family": "sans-serif",
        "font-size": "20",
        "font-weight": "normal",
        "fill": "#191919",
        "text-anchor": "start",
    }
    assert [line.attrib for line in lines] == [{**look, "y": "91.4"}, {**look, "y": "115.4"}]


def test_a_middle_aligned_slot_is_centred_on_its_baseline() -> None:
    data = fill(privacy(extra='s:valign="middle" '), showing("Confidentialité des données"), measure)
    _group, lines = drawn(data)
    # Two lines of 24 (1.2 × 20): the first goes up half a line, the second half a line down.
    assert [(line.text, line.get("y")) for line in lines] == [("Confidentialité des", "79.4"), ("données", "103.4")]
    one = fill(privacy(extra='s:valign="middle" '), showing("Confidentialité"), measure)
    assert [(line.text, line.get("y")) for line in drawn(one)[1]] == [("Confidentialité", "91.4")]


def test_the_interfaces_font_replaces_the_templates() -> None:
    data = fill(privacy(), showing("Confidentialité des données"), measure, font_family="Noto Sans")
    assert [line.get("font-family") for line in drawn(data)[1]] == ["Noto Sans", "Noto Sans"]


@pytest.mark.parametrize(
    ("weight", "expected"),
    [
        ("normal", ["Confidentialité des"]),
        ("500", ["Confidentialité des"]),
        ("bold", ["Confidentialité", "des"]),
        ("600", ["Confidentialité", "des"]),
        ("700", ["Confidentialité", "des"]),
        ("800", ["Confidentialité", "des"]),
        ("900", ["Confidentialité", "des"]),
    ],
)
def test_bold_text_is_measured_bold_and_wraps_sooner(weight: str, expected: list[str]) -> None:
    data = fill(privacy(weight), showing("Confidentialité des"), measure)
    _group, lines = drawn(data)
    assert [line.text for line in lines] == expected
    assert {line.get("font-weight") for line in lines} == {weight}


def test_a_bare_slot_draws_one_line_at_the_origin_in_16() -> None:
    bare = svg('<text s:slot="Home" s:width="300">Home</text>')
    _group, lines = drawn(fill(bare, showing("Accueil"), measure))
    assert [(line.text, line.attrib) for line in lines] == [("Accueil", {"x": "0", "y": "0", "font-size": "16"})]
    # One line unless the template says more: a long label is drawn smaller on that line.
    _group, lines = drawn(fill(bare, showing("Préférences de confidentialité et de sécurité"), measure))
    assert [(line.text, line.get("font-size")) for line in lines] == [
        ("Préférences de confidentialité et de sécurité", "12.16")
    ]


def test_a_label_slightly_too_long_is_drawn_one_step_smaller() -> None:
    one_line = svg('<text s:slot="Data privacy" s:width="200" s:lines="1" x="10" y="40" font-size="20">x</text>')
    # 21 characters: 210 wide at 20, 193.2 at 18.4 (the first step down, 92 %).
    _group, lines = drawn(fill(one_line, showing("Données personnelles!"), measure))
    assert [(line.text, line.get("font-size")) for line in lines] == [("Données personnelles!", "18.4")]


CUT = (
    '<text s:slot="Data for Generative AI Improvement" s:width="{width}" s:lines="1" x="20" y="100" '
    'font-size="10" font-weight="{weight}">x</text>'
)


@pytest.mark.parametrize(
    ("width", "weight", "expected"),
    [
        # At the smallest size (7) a character is 3.5 wide: 70 holds 20 of them, the ellipsis included.
        ("70", "normal", "Data for Generative…"),
        # Room for 21: the space before the cut is dropped, the ellipsis follows the word.
        ("73.5", "normal", "Data for Generative…"),
        # Room for 22: cut inside a word, one character at a time.
        ("77", "normal", "Data for Generative A…"),
        # In bold a character is 4.2 wide: 85 holds 20.
        ("85", "bold", "Data for Generative…"),
    ],
)
def test_a_label_too_long_even_at_the_smallest_size_is_cut_with_an_ellipsis(
    width: str, weight: str, expected: str
) -> None:
    template = svg(CUT.replace("{width}", width).replace("{weight}", weight))
    _group, lines = drawn(fill(template, showing("Data for Generative AI Improvement"), measure))
    assert [(line.text, line.get("font-size")) for line in lines] == [(expected, "7")]


def test_the_cut_is_on_the_last_allowed_line() -> None:
    three = svg('<text s:slot="Data privacy" s:width="70" s:lines="3" x="0" y="20" font-size="10">x</text>')
    text = "Allow use of my data for training content creation AI models everywhere"
    _group, lines = drawn(fill(three, showing(text), measure))
    assert [line.text for line in lines] == [
        "Allow use of my data",
        "for training content",
        "creation AI models…",
    ]
    assert [line.get("y") for line in lines] == ["20", "28.4", "36.8"]


def test_the_picture_is_utf8_svg_without_an_xml_declaration() -> None:
    data = fill(privacy(), showing("Confidentialité & <sécurité>"), measure)
    assert data.startswith(b"<svg ")
    assert ">Confidentialité &amp;</text>".encode() in data
    assert ">&lt;sécurité&gt;</text>".encode() in data
    assert [line.text for line in drawn(data)[1]] == ["Confidentialité &", "<sécurité>"]


def test_a_width_under_one_is_still_a_width() -> None:
    narrow = svg('<text s:slot="Home" s:width="0.5" s:lines="2">Home</text>')
    assert slots(narrow) == [Slot("Home", 0.5, 2)]


@pytest.mark.parametrize(
    ("attributes", "sentence"),
    [
        ('s:width="wide" s:lines="2"', "slot 'Data privacy' has a bad width or line count"),
        ('s:width="100" s:lines="two"', "slot 'Data privacy' has a bad width or line count"),
        ('s:lines="2"', "slot 'Data privacy' needs a positive s:width and s:lines"),
        ('s:width="0" s:lines="2"', "slot 'Data privacy' needs a positive s:width and s:lines"),
        ('s:width="100" s:lines="0"', "slot 'Data privacy' needs a positive s:width and s:lines"),
    ],
)
def test_a_bad_slot_is_reported_with_its_label(attributes: str, sentence: str) -> None:
    template = svg(f'<text s:slot="Data privacy" {attributes} x="0" y="20">Data privacy</text>')
    with pytest.raises(TemplateError) as refused:
        fill(template, showing("Confidentialité"), measure)
    assert str(refused.value) == sentence
    with pytest.raises(TemplateError) as refused:
        slots(template)
    assert str(refused.value) == sentence


def test_a_broken_template_is_reported_with_the_parsers_words() -> None:
    with pytest.raises(TemplateError) as refused:
        fill("<svg", showing("Confidentialité"), measure)
    assert str(refused.value) == "not valid SVG: unclosed token: line 1, column 0"
    with pytest.raises(TemplateError) as refused:
        slots(HEAD + "<text></svg>")
    assert str(refused.value).startswith("not valid SVG: mismatched tag: line 1, column ")
