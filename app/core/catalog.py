"""The guides the assistant knows: one folder per service under resources/guides/, each with its
guide.toml. A broken guide is reported (file and field) and left out; it does not stop the others.

Tests (and only they) can add folders of guides with the AI_OPTOUT_ASSISTANT_EXTRA_GUIDES variable
(paths separated by the system's path separator): app/resources.py honours it only in the test suite.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from app.core.guide import Guide, GuideError, guide_by_id, load_guide

GUIDE_FILE = "guide.toml"
EXTRA_GUIDES_VARIABLE = "AI_OPTOUT_ASSISTANT_EXTRA_GUIDES"


class Catalog(NamedTuple):
    guides: tuple[Guide, ...]  # in the order they are offered: by service name
    problems: tuple[GuideError, ...]  # guides that could not be loaded, with what is wrong

    def guide(self, guide_id: str) -> Guide:
        found = guide_by_id(self.guides, guide_id)
        if found is None:
            raise KeyError(guide_id)
        return found

    def get(self, guide_id: str) -> Guide | None:
        return guide_by_id(self.guides, guide_id)


def guide_files(folders: Sequence[Path]) -> list[Path]:
    """Every <folder>/<service>/guide.toml, in a stable order."""
    found: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            found += sorted(entry / GUIDE_FILE for entry in folder.iterdir() if (entry / GUIDE_FILE).is_file())
    return found


def extra_folders() -> list[Path]:
    value = os.environ.get(EXTRA_GUIDES_VARIABLE, "")
    return [Path(part) for part in value.split(os.pathsep) if part]


def load_catalog(folders: Sequence[Path]) -> Catalog:
    """Load every guide under `folders`. Two guides with one id: the first is kept, the second reported."""
    guides: list[Guide] = []
    problems: list[GuideError] = []
    for path in guide_files(folders):
        try:
            guide = load_guide(path)
        except GuideError as exc:
            problems.append(exc)
            continue
        if any(g.id == guide.id for g in guides):
            problems.append(GuideError(path, "guide.id", f"{guide.id!r} is the id of another guide"))
            continue
        if guide.folder.name != guide.id:
            problems.append(GuideError(path, "guide.id", f"must be the name of its folder, {guide.folder.name!r}"))
            continue
        guides.append(guide)
    guides.sort(key=lambda g: g.service.casefold())
    return Catalog(tuple(guides), tuple(problems))
