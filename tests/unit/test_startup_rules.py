"""Start-up rules as a test, not comments: until the first window is painted, only what the welcome page
draws is loaded (README, "Performance"). The assistant is started as after a double-click, in a child
process, and the modules it has loaded are read at its first paint (the benchmark's paint probe)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from isolated import isolated_environment

pytestmark = pytest.mark.spawns  # the assistant runs in a child process

ROOT = Path(__file__).resolve().parents[2]
# Reads sys.modules when the probe notes the first paint, then lets the probe quit as it does.
AT_FIRST_PAINT = """
import os, sys
from pathlib import Path
from app.ui import probe
note = probe._FirstPaint._record
def record(self):
    Path(os.environ["MODULES_AT_FIRST_PAINT"]).write_text("\\n".join(sorted(sys.modules)), encoding="utf-8")
    note(self)
probe._FirstPaint._record = record
from app.__main__ import main
sys.exit(main([]))
"""

# Loaded after the first paint, never before: the other pages, the status home, what saves files, and the
# libraries that only they need.
NOT_BEFORE_THE_FIRST_PAINT = (
    "app.ui.pages.region",
    "app.ui.pages.device",
    "app.ui.pages.steps",
    "app.ui.pages.confirm",
    "app.ui.pages.done",
    "app.ui.status_home",
    "app.ui.illustrations",
    "app.ui.objection_dialog",
    "app.ui.receipt",
    "app.ui.record_actions",
    "app.core.checklist",
    "app.core.status",
    "app.core.reminder",
    "app.core.export",
    "PySide6.QtSvg",
    "babel",
    "segno",
    "qtawesome",
    "json",
    "html",
    "tomllib",  # each guide is read from its pre-parsed copy
    "hashlib",  # OpenSSL: 3 ms
)


def test_only_the_welcome_page_is_loaded_before_the_first_paint(tmp_path: Path) -> None:
    env = isolated_environment(tmp_path / "home")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    modules = tmp_path / "modules.txt"
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
        PYTHONPATH=str(ROOT),
        AI_OPTOUT_ASSISTANT_PAINT_PROBE=str(tmp_path / "painted"),
        MODULES_AT_FIRST_PAINT=str(modules),
    )
    result = subprocess.run(
        [sys.executable, "-c", AT_FIRST_PAINT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded = set(modules.read_text(encoding="utf-8").split())
    assert "app.ui.pages.welcome" in loaded  # it is the first window, painted
    early = sorted(name for name in NOT_BEFORE_THE_FIRST_PAINT if name in loaded)
    assert early == []
    assert not any(
        name.startswith(("app.ui.pages.", "qtawesome.", "babel."))
        for name in loaded - {"app.ui.pages.base", "app.ui.pages.welcome", "app.ui.pages.service"}
    )
