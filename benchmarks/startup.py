#!/usr/bin/env python3
"""Benchmark: how fast the assistant starts and how much memory it takes, against a bare QWizard.

    .venv/bin/python benchmarks/startup.py [--runs 7]
        [--frozen dist/ai-optout-assistant/ai-optout-assistant] [--frozen-bare PATH]

In one run, alternately: the assistant (`python -m app`, a first launch as after a double-click) and
a bare PySide6 QWizard with one page, each a fresh process. For each: the time from starting the
process to its first window being shown and painted, and the process's peak resident memory;
medians over --runs, then the ratios. Then, in this process: switching the language on a wizard
whose every page was shown, and opening the steps page with its picture (nothing cached).

The assistant reports its first paint through AI_OPTOUT_ASSISTANT_PAINT_PROBE (app/ui/probe.py),
which the frozen app honours too, so --frozen measures an installed build the same way.
Linux and macOS (peak memory comes from wait4).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = ROOT / "benchmarks" / "bare_wizard.py"  # honours the same paint probe as the assistant


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms from process start to first paint, peak RSS in MiB) of one fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "painted"
        argv = list(command)
        # A first launch as after a double-click: no arguments, the user data folder (here an
        # empty one, through XDG_DATA_HOME), the language from the system's locale.
        child_env = {
            **env,
            "AI_OPTOUT_ASSISTANT_PAINT_PROBE": str(probe),
            "XDG_DATA_HOME": str(Path(tmp) / "data"),
            "LANG": "en_US.UTF-8",
        }
        start = time.time()
        process = subprocess.Popen(argv, env=child_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0 or not probe.exists():
            error = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise RuntimeError(f"{argv[0]} failed ({process.returncode}): {error[-2000:]}")
        painted = float(probe.read_text())
        divisor = 1024 if sys.platform.startswith("linux") else 1024 * 1024  # KiB on Linux, bytes on macOS
        return (painted - start) * 1000, usage.ru_maxrss / divisor


def compare(label: str, app: list[str], bare: list[str], runs: int, env: dict[str, str]) -> None:
    times: dict[str, list[float]] = {"app": [], "bare": []}
    memory: dict[str, list[float]] = {"app": [], "bare": []}
    measure(app, env), measure(bare, env)  # warm the file cache; not counted
    for _ in range(runs):
        for name, command in (("app", app), ("bare", bare)):
            ms, mib = measure(command, env)
            times[name].append(ms)
            memory[name].append(mib)
    t_app, t_bare = statistics.median(times["app"]), statistics.median(times["bare"])
    m_app, m_bare = statistics.median(memory["app"]), statistics.median(memory["bare"])
    print(f"{label}: first window painted, median of {runs}")
    print(f"  bare QWizard   {t_bare:7.0f} ms  {m_bare:6.1f} MiB peak")
    print(f"  assistant      {t_app:7.0f} ms  {m_app:6.1f} MiB peak")
    print(f"  ratio          {t_app / t_bare:7.2f}x    {m_app / m_bare:6.2f}x      (goal: at most 1.40x each)")


def in_process(runs: int) -> None:
    """Language switch on a full wizard, and the steps page with its picture."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app import __version__, i18n
    from app.core.flow import PageId, WizardState
    from app.core.guide import load_guide
    from app.core.records import RecordStore
    from app.resources import guide_file
    from app.ui import illustrations
    from app.ui.session import Session
    from app.ui.style import apply_style
    from app.ui.wizard import AssistantWizard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)  # type: ignore[arg-type]
    guide = load_guide(guide_file("linkedin-ai-training"))
    switches: list[float] = []
    steps: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = RecordStore.open(Path(tmp))
        for _ in range(runs):
            i18n.set_language("en")
            illustrations.clear_cache()
            session = Session(guide, store, WizardState(language="en", country="FR"), __version__)
            wizard = AssistantWizard(session)
            wizard.show()
            wizard.next()
            wizard.next()
            wizard.pages[PageId.DEVICE].buttons["iphone"].click()  # type: ignore[attr-defined]
            app.processEvents()
            start = time.perf_counter()
            wizard.next()  # the steps page, its picture drawn from nothing
            app.processEvents()
            steps.append((time.perf_counter() - start) * 1000)
            wizard.next()
            for group in wizard.pages[PageId.CONFIRM].groups.values():  # type: ignore[attr-defined]
                group.set_kind("setting")  # as when the page is shown: the switch's answers
                group.buttons["off"].setChecked(True)
            app.processEvents()
            start = time.perf_counter()
            wizard.set_language("fr")
            app.processEvents()
            switches.append((time.perf_counter() - start) * 1000)
            wizard.close()
            wizard.deleteLater()
            app.processEvents()
        store.close()
    print(f"switch language on a wizard whose pages were all shown: median {statistics.median(switches):.1f} ms")
    print(f"open the steps page with its picture (nothing cached):   median {statistics.median(steps):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", type=Path, help="the frozen assistant's executable, to measure it too")
    parser.add_argument("--frozen-bare", type=Path, help="a frozen bare QWizard built the same way (bundle_size.py)")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONPATH", None)
    # As on a person's machine, compiled modules are cached (the warm-up run writes them): a
    # sandbox's PYTHONDONTWRITEBYTECODE would make every run compile the app's sources again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    python = sys.executable
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}")
    compare(
        "from source",
        [python, "-m", "app"],
        [python, str(BARE)],
        args.runs,
        {**env, "PYTHONPATH": str(ROOT)},
    )
    if args.frozen:
        bare = [str(args.frozen_bare)] if args.frozen_bare else [python, str(BARE)]
        compare("frozen", [str(args.frozen)], bare, args.runs, env)
    in_process(max(3, args.runs // 2))


if __name__ == "__main__":
    main()
