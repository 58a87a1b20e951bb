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
    if "<!DOCTYPE" in text.upper() or "<!ENTITY" in text.upper():
        return "declares a document type or entities"
    try:
        root = ET.fromstring(text)
        slots(text)
    except (ET.ParseError, TemplateError):
        return "is not well-formed SVG"
    if root.tag != f"{{{SVG_NS}}}svg":
        return "is not SVG"
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if name in ("href", _XLINK_HREF) and not value.strip().startswith("#"):
                return f"refers to something outside itself ({value[:80]!r})"
            if any(not target.strip().startswith("#") for target in _URL.findall(value)):
                return f"refers to something outside itself ({value[:80]!r})"
        if element.tag.rsplit("}", 1)[-1] in ("style", "script", "foreignObject"):
            if element.tag.endswith("script") or element.tag.endswith("foreignObject"):
                return "holds a script or foreign content"
            css = element.text or ""
            if "@import" in css.lower() or any(not t.strip().startswith("#") for t in _URL.findall(css)):
                return "refers to something outside itself (in its style)"
    return None


@cache
def drawable(folder: Path, device: str, step: int) -> bool:
    """Whether the picture of `step` on `device`, in the guide in `folder`, can be drawn (checked once)."""
    return picture_problem(template_path(folder, device, step)) is None
