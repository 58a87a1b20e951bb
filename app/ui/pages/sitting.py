"""The end of a sitting of several services: on the last service's final page (Done, or the page with
nothing to do), every service gone through at a glance, and what remains optional."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from app.action_text import sitting_lines
from app.i18n import _
from app.ui import names
from app.ui.pages.base import text_label
from app.ui.session import Session


class SittingSummary:
    """A paragraph block, shown only after the last service of a sitting of several."""

    def __init__(self, parent: QWidget) -> None:
        self.label = text_label(parent, object_name=names.SITTING_SUMMARY, rich=True)
        self.label.setProperty("role", "notice")
        self.label.hide()

    def show_for(self, session: Session) -> None:
        last = session.state.service_place() is not None and session.state.next_service() is None
        if not last or not session.sitting:
            self.label.hide()
            return
        done, optional = sitting_lines([*session.sitting, (session.guide, session.recorded)])
        heading = _("What you did today:")
        parts = [f"<p><b>{escape(heading)}</b></p>", *(f"<p>{escape(line)}</p>" for line in done)]
        if optional:
            later = _("Optional, whenever you like:")
            parts += [f"<p><b>{escape(later)}</b></p>", *(f"<p>{escape(line)}</p>" for line in optional)]
        self.label.setText("".join(parts))
        self.label.show()
