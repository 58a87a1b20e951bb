"""What the wizard's pages share: the guide, the record store and the person's choices."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.flow import WizardState
from app.core.guide import Guide
from app.core.records import Confirmation, RecordStore


@dataclass
class Session:
    guide: Guide
    store: RecordStore
    state: WizardState
    app_version: str
    recorded: Confirmation | None = None  # what the confirm page wrote, for the done page
