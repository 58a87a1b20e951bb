"""Fill the text slots of an illustration template, without Qt.

A slot is an SVG ``<text>`` element with ``s:slot`` (the English LinkedIn label it shows),
``s:width`` (how wide the text may be) and ``s:lines`` (on how many lines at most). Filling it puts
the translated label there, wrapped to the width: one ``<text>`` element per line, since SVG Tiny has
no wrapping and QtSvg ignores positioned ``<tspan>``. Text that still does not fit is drawn smaller,
down to ``MIN_SCALE``, and then cut with an ellipsis.

Everything goes through an XML parser and serialiser, so a translation containing ``<``, ``&`` or
quotes is text, never markup.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass

SVG_NS = "http://www.w3.org/2000/svg"
SLOT_NS = "urn:ai-optout-assistant:slots"
MIN_SCALE = 0.7
ELLIPSIS = "…"
LINE_HEIGHT = 1.2  # in font sizes

# measure(text, font_size, bold) -> width in the picture's units
Measure = Callable[[str, float, bool], float]

ET.register_namespace("", SVG_NS)
ET.register_namespace("s", SLOT_NS)


class TemplateError(ValueError):
    pass


@dataclass(frozen=True)
class Slot:
    label: str  # the English LinkedIn label
    width: float
    lines: int


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def _slot_elements(root: ET.Element) -> Iterator[tuple[ET.Element, ET.Element, Slot]]:
    for parent in root.iter():
        for child in list(parent):
            label = child.get(_q(SLOT_NS, "slot"))
            if label is None:
                continue
            try:
                slot = Slot(
                    label, float(child.get(_q(SLOT_NS, "width"), "0")), int(child.get(_q(SLOT_NS, "lines"), "1"))
                )
            except ValueError as exc:
                raise TemplateError(f"slot {label!r} has a bad width or line count") from exc
            if slot.width <= 0 or slot.lines < 1:
                raise TemplateError(f"slot {label!r} needs a positive s:width and s:lines")
            yield parent, child, slot


def slots(template: str) -> list[Slot]:
    """The slots a template has, in document order."""
    return [slot for _, _, slot in _slot_elements(_parse(template))]


def wrap(text: str, width: float, max_lines: int, size: float, bold: bool, measure: Measure) -> tuple[list[str], float]:
    """Break `text` into at most `max_lines` lines no wider than `width`; shrink or elide if needed."""
    scale = 1.0
    while True:
        lines = _greedy(text, width, size * scale, bold, measure)
        # A single word wider than the slot ("Einstellungen") is a line of its own: it must fit too.
        if len(lines) <= max_lines and all(measure(line, size * scale, bold) <= width for line in lines):
            return lines, size * scale
        if scale <= MIN_SCALE + 1e-9:
            break
        scale = max(MIN_SCALE, scale - 0.08)
    kept = lines[:max_lines]
    if len(lines) > max_lines:
        kept[-1] = " ".join(lines[max_lines - 1 :])
    return [_elided(line, width, size * scale, bold, measure) for line in kept], size * scale


def _elided(line: str, width: float, size: float, bold: bool, measure: Measure) -> str:
    """`line` whole if it fits `width`, else cut with an ellipsis."""
    if measure(line, size, bold) <= width:
        return line
    while line and measure(line + ELLIPSIS, size, bold) > width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS


def _greedy(text: str, width: float, size: float, bold: bool, measure: Measure) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):  # a no-break space is not a place to break
        candidate = f"{current} {word}" if current else word
        if current and measure(candidate, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


MAX_SLOT_CHARS = 200  # a label is a few words; a runaway translation is cut before it is laid out


def fill(template: str, translate: Callable[[str], str], measure: Measure, font_family: str | None = None) -> bytes:
    """The template with every slot showing `translate(label)`, wrapped; as SVG bytes."""
    root = _parse(template)
    for parent, element, slot in list(_slot_elements(root)):
        size = float(element.get("font-size", "16"))
        bold = element.get("font-weight", "normal") in ("bold", "600", "700", "800", "900")
        text = translate(slot.label)[:MAX_SLOT_CHARS]
        if not text:  # no sure wording: a bar in the text's colour, as the pictures draw any other text
            parent.insert(list(parent).index(element), _bar(element, slot, size, bold, measure))
            parent.remove(element)
            continue
        lines, fitted = wrap(text, slot.width, slot.lines, size, bold, measure)
        x, y = element.get("x", "0"), float(element.get("y", "0"))
        if element.get(_q(SLOT_NS, "valign")) == "middle":  # y is the baseline of a single line
            y -= (len(lines) - 1) * fitted * LINE_HEIGHT / 2
        index = list(parent).index(element)
        parent.remove(element)
        group = ET.Element(_q(SVG_NS, "g"), {"class": "slot", _q(SLOT_NS, "filled"): slot.label})
        for n, line in enumerate(lines):
            attrs = {k: v for k, v in element.attrib.items() if not k.startswith(f"{{{SLOT_NS}}}")}
            attrs.update({"x": x, "y": f"{y + n * fitted * LINE_HEIGHT:g}", "font-size": f"{fitted:g}"})
            if font_family:
                attrs["font-family"] = font_family
            line_element = ET.SubElement(group, _q(SVG_NS, "text"), attrs)
            line_element.text = line
        parent.insert(index, group)
    svg: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return svg


BAR_HEIGHT = 0.5  # in font sizes: a bar that stands for a line of text
BAR_OPACITY = "0.3"


def _bar(element: ET.Element, slot: Slot, size: float, bold: bool, measure: Measure) -> ET.Element:
    """A slot without words: a rounded bar where its first line would be, as long as the English label
    (within the slot), in the text's own colour, faint; kept in a group that names the slot."""
    width = min(slot.width, measure(slot.label, size, bold))
    x, baseline = float(element.get("x", "0")), float(element.get("y", "0"))
    anchor = element.get("text-anchor", "start")
    left = x - width / 2 if anchor == "middle" else x - width if anchor == "end" else x
    height = size * BAR_HEIGHT
    group = ET.Element(_q(SVG_NS, "g"), {"class": "slot", _q(SLOT_NS, "filled"): slot.label})
    ET.SubElement(
        group,
        _q(SVG_NS, "rect"),
        {
            "class": "bar",
            "x": f"{left:g}",
            "y": f"{baseline - size * 0.7:g}",
            "width": f"{width:g}",
            "height": f"{height:g}",
            "rx": f"{height / 2:g}",
            "fill": element.get("fill", "#000000"),
            "fill-opacity": BAR_OPACITY,
        },
    )
    return group


def _parse(template: str) -> ET.Element:
    try:
        return ET.fromstring(template)
    except ET.ParseError as exc:
        raise TemplateError(f"not valid SVG: {exc}") from exc
