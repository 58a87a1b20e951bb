"""What the wizard's pages share: the guides, the record store and the person's choices."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.flow import WizardState
from app.core.guide import Action, Guide, GuideError, guide_by_id
from app.core.records import Confirmation, RecordStore


@dataclass
class Session:
    guide: Guide  # the service being followed (the chosen one, when there are several)
    store: RecordStore
    state: WizardState
    app_version: str
    recorded: tuple[Confirmation, ...] = ()  # what the confirm page wrote (one record per app), for Done
    guides: tuple[Guide, ...] = ()  # every service the assistant knows; () means just `guide`
    problems: tuple[GuideError, ...] = ()  # guides that could not be loaded (the About window's bug report)
    # The name the person signed the objection text with (None until the text is shown), saved with the
    # record to be offered on the receipt: nothing is written before the person records something.
    holder_name: str | None = None
    # The services already gone through in this sitting, with what was recorded for each ((): nothing to do
    # there): Done sums them up after the last.
    sitting: tuple[tuple[Guide, tuple[Confirmation, ...]], ...] = ()

    def __post_init__(self) -> None:
        if not self.guides:
            self.guides = (self.guide,)
        if self.state.guide_id is not None:
            self.guide = guide_by_id(self.guides, self.state.guide_id) or self.guide
            self.state.guide_id = self.guide.id
        elif len(self.guides) == 1:
            self.state.guide_id = self.guide.id
        # else: several services and none chosen yet; the service page asks (guide is the first meanwhile)

    @property
    def action(self) -> Action:
        """The main action of the person's region; before the country is chosen, the guide's first."""
        return self.state.action(self.guide) or self.guide.main_action

    @property
    def action_link(self) -> str:
        """The page the steps lead to (the setting's, the form's); the guide's first action's, for "none"."""
        return self.action.link or next(a.link for a in self.guide.actions.values() if a.link)

    def choose(self, guide_id: str) -> bool:
        """Follow `guide_id`'s service. True if that changed the guide (its pages then start over)."""
        changed = guide_id != self.guide.id
        found = guide_by_id(self.guides, guide_id)
        assert found is not None, f"no guide {guide_id!r}"
        self.guide = found
        if changed or self.state.guide_id != guide_id:
            self.state.choose_service(guide_id)
        return changed

    @property
    def next_guide(self) -> Guide | None:
        """The sitting's next service, once this one is done; None after the last (or outside a sitting)."""
        return guide_by_id(self.guides, self.state.next_service() or "")

    def follow_next(self) -> bool:
        """On to the sitting's next service (see WizardState.follow_next), keeping what this one recorded for
        the summary. False when this was the last."""
        following = self.next_guide
        if following is None:
            return False
        self.sitting = (*self.sitting, (self.guide, self.recorded))
        self.state.follow_next(following)
        self.guide = following
        self.recorded = ()
        return True
