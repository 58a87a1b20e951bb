"""Done: what was recorded and when, in the person's own date format, and when to check again."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QWidget

from app import action_text, i18n
from app.core import settings
from app.core.actions import KINDS
from app.core.checklist import next_check
from app.core.flow import PageId
from app.i18n import _
from app.ui import names
from app.ui.pages.base import BasePage, left_aligned, link_button, text_label
from app.ui.pages.sitting import SittingSummary
from app.ui.session import Session


class DonePage(BasePage):
    page_id = PageId.DONE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.check = QLabel("✓", self.column)
        self.check.setObjectName(names.DONE_CHECK)
        self.check.setProperty("role", "check")
        self.column_layout.insertWidget(0, self.check)
        self.summary = text_label(self, object_name=names.RECORD_SUMMARY, rich=True)
        self.where = text_label(self, object_name=names.RECORD_LOCATION)
        self.where.setProperty("role", "muted")
        self.reminder_button = link_button(self, names.REMINDER_BUTTON)
        self.reminder_button.clicked.connect(self._add_reminder)
        self.sitting = SittingSummary(self)
        layout = self.body
        layout.addWidget(self.sitting.label)  # after a sitting's last service: the whole sitting, first
        layout.addWidget(self.summary)
        layout.addLayout(left_aligned(self.reminder_button))
        layout.addWidget(self.where)
        layout.addStretch(1)
        # "See my status" is in the wizard's button row, beside Close, where it is always in sight.
        self.setFinalPage(True)

    def retranslate(self) -> None:
        self.set_heading(_("Done: your choice is recorded"), _("Here is what the assistant noted on this computer."))
        self.check.setAccessibleName(_("Done"))
        self.reminder_button.setText(_("Add a reminder to my calendar"))
        self.reminder_button.setAccessibleName(self.reminder_button.text())
        self.sitting.show_for(self.session)
        records = self.session.recorded
        if not records:
            self.summary.clear()
            return
        record = records[0]
        guide = self.session.guide
        region = guide.region_for_country(record.country)
        action = guide.action_for(region)
        kind = KINDS[action.kind]
        words = action_text.kind_words(action.kind)
        label = action_text.action_label(guide, action, self.session.state.labels_language())
        # What it means first, and when to look again; the details after.
        lines = ["✓ " + action_text.done_line(guide, each, words, label) for each in records]
        lines.append(_(guide.texts.afterwards))
        months = kind.look_again_months or self.session.store.value(settings.RECHECK_MONTHS)
        lines.append(
            words.look_again.format(
                service=_(guide.service), date=i18n.format_date(next_check(record.recorded_at, months), unbroken=True)
            )
        )
        for extra in (guide.extras[extra_id] for extra_id in region.extras):
            if extra.id in record.extras:
                lines.append("✓ " + _(extra.done))
            else:
                # Translators: {title} is an optional step's title, such as "Object to LinkedIn's other uses…".
                lines.append("– " + _("{title} (optional, you can do it later)").format(title=_(extra.title)))
        lines.append(
            _("Recorded on {moment}.").format(moment=i18n.format_local_datetime(record.recorded_at, unbroken=True))
        )
        self.summary.setText("".join(f"<p>{escape(line)}</p>" for line in lines))
        # Where exactly is for experts (README, `status`): the person is told it stays here.
        self.where.setText(_("Your record is kept only on this computer. The assistant sends nothing anywhere."))

    def _add_reminder(self) -> None:
        """A calendar file for this account's next look, opened with the calendar (see reminder_actions)."""
        from app.core.checklist import account_key
        from app.core.status import read_status
        from app.ui.reminder_actions import save_reminder

        if not self.session.recorded:
            return
        record = self.session.recorded[0]
        store = self.session.store
        key = account_key(record.guide_id, record.account, record.app)
        save_reminder(self, read_status(store, self.session.guides), key)
