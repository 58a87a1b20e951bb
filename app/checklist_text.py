"""The checklist in words, in the current language: shared by the checklist window and `status`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import i18n
from app.core.checklist import SWITCH, Checklist, ChecklistItem
from app.core.guide import Guide
from app.i18n import _


@dataclass(frozen=True)
class ItemText:
    id: str
    title: str
    status: str
    when: str
    device: str


def item_text(item: ChecklistItem, guide: Guide) -> ItemText:
    if item.id == SWITCH:
        title = _("LinkedIn's AI-training switch")
        status = _("Off") if item.done else _("Not done")
    else:
        title = _(guide.extras[item.id].title)
        status = _("Done") if item.done else _("Optional, not done")
    return ItemText(
        id=item.id,
        title=title,
        status=status,
        when=i18n.format_local_datetime(item.done_at) if item.done_at else "",
        device=_(guide.device(item.device).name) if item.device else "",
    )


def summary_lines(checklist: Checklist, guide: Guide, today: dt.date) -> list[str]:
    """Sentences about the whole checklist: what is due, and whether the instructions changed."""
    if checklist.empty:
        return [_("Nothing recorded yet. Start the assistant to switch off LinkedIn's AI training.")]
    lines = []
    if checklist.guide_changed:
        lines.append(_("The instructions changed since you last checked: please go through the steps again."))
    if checklist.recheck_due is not None:
        when = i18n.format_date(checklist.recheck_due)
        if today >= checklist.recheck_due:
            lines.append(
                _("A re-check is due since {date}: LinkedIn sometimes changes its settings.").format(date=when)
            )
        else:
            lines.append(_("Next re-check due on {date}.").format(date=when))
    return lines
