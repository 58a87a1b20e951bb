"""A person's environment in a folder of its own, for the assistant started as a child process."""

from __future__ import annotations

import os
from pathlib import Path


def isolated_environment(home: Path) -> dict[str, str]:
    """A person's environment whose every data folder is under `home`, without Qt's platform chosen."""
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "LC_ALL", "LC_MESSAGES", "LANGUAGE"}}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        TMPDIR=str(home / "tmp"),
        TEMP=str(home / "tmp"),
        TMP=str(home / "tmp"),
        LANG="C",
        PYTHONIOENCODING="utf-8",
    )
    (home / "tmp").mkdir(parents=True)
    return env
