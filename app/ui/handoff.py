"""Hand a link to the person: open it in their own browser, or copy it (QR codes: phone_handoff.py).

Only plain https pages that the guide lists, on its allowed hosts, are ever opened; the app itself fetches
nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from app.core.guide import Guide, is_allowed_link


class LinkRefusedError(ValueError):
    pass


def open_link(url: str, guide: Guide) -> bool:
    """Open `url` in the default browser. Refuses anything the guide does not list."""
    if url not in guide.links or not is_allowed_link(url, guide.allowed_hosts):
        raise LinkRefusedError(url)
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))


def copy_link(url: str) -> None:
    QGuiApplication.clipboard().setText(url)
