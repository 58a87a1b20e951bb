"""Which step pictures of a guide can be drawn, without Qt: checked once per picture, when it is first
needed (the steps page, the self-test, the gallery), not before the first window: reading and parsing
all of them costs about 18 ms.

A step's picture is ``<guide folder>/illustrations/<device>/step-<n>.svg``. One that is missing, a link,
too large, not well-formed SVG, or that refers to anything outside itself (a file, an address, an
entity) is left out: the step shows its text alone, and nothing outside the guide is ever read to draw
it. A picture may only refer to its own parts ("#id")."""

from __future__ import annotations

import re
import stat
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from app.core.svg_slots import SVG_NS, TemplateError, slots

MAX_PICTURE_BYTES = 2_000_000  # the drawings are a few kilobytes; anything this big is not one of them
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_URL = re.compile(r"url\(\s*['\"]?([^'\")]*)", re.IGNORECASE)


def template_path(folder: Path, device: str, step: int) -> Path:
    return folder / "illustrations" / device / f"step-{step}.svg"


def picture_problem(path: Path) -> str | None:
    """Why the picture at `path` cannot be drawn, in a few words; None when it can."""
    try:
        found = path.lstat()
    except FileNotFoundError:
        return "is missing"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if stat.S_ISLNK(found.st_mode):
        return "is a link"
    if not stat.S_ISREG(found.st_mode):
        return "is not a file"
    if found.st_size > MAX_PICTURE_BYTES:
        return "is too large"
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    except UnicodeDecodeError:
        return "is not UTF-8 text"
    return svg_problem(text)


def svg_problem(text: str) -> str | None:
    """Why the SVG `text` cannot be drawn safely; None when it can."""
    upper = text.upper()
    if "<!DOCTYPE" in upper or "<!ENTITY" in upper:
        return "declares a document type or entities"
    try:
        root = ET.fromstring(text)
        slots(text)
    except (ET.ParseError, TemplateError):
        return "is not well-formed SVG"
    if root.tag != f"{{{SVG_NS}}}svg":
        return "is not SVG"
    for element in root.iter():
        name = element.tag.rpartition("}")[2]
        if name in ("script", "foreignObject"):
            return "holds a script or foreign content"
        style = element.text or "" if name == "style" else ""
        targets = [value for key, value in element.attrib.items() if key in ("href", _XLINK_HREF)]
        targets += [target for value in (*element.attrib.values(), style) for target in _URL.findall(value)]
        if "@import" in style.lower() or any(not target.strip().startswith("#") for target in targets):
            return "refers to something outside itself"
    return None


@cache
def drawable(folder: Path, device: str, step: int) -> bool:
    """Whether the picture of `step` on `device`, in the guide in `folder`, can be drawn (checked once)."""
    return picture_problem(template_path(folder, device, step)) is None
