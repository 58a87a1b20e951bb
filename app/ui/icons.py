"""Icons from qtawesome, loaded on first use and kept from leaving traces on the system.

On Windows, qtawesome copies its icon fonts into the user's Fonts folder and registers them in the
registry the first time it loads them (``IconicFont._get_fonts_directory``). The assistant promises
no traces outside its own data folder, so the fonts are loaded from qtawesome's own folder instead.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

from PySide6.QtGui import QIcon


@cache
def _qtawesome() -> Any:
    import qtawesome  # ~120 ms: only when the first icon is needed
    from qtawesome.iconic_font import IconicFont

    fonts = os.path.join(os.path.dirname(os.path.realpath(qtawesome.__file__)), "fonts")
    IconicFont._get_fonts_directory = lambda self: fonts
    return qtawesome


def icon(name: str, **options: object) -> QIcon:
    """The icon `name` ("mdi6.cellphone"); no icon (an empty one) when its font does not have it."""
    try:
        return _qtawesome().icon(name, **options)  # type: ignore[no-any-return]
    except Exception:  # qtawesome raises a bare Exception for a name its fonts do not have
        return QIcon()
