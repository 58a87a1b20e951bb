#!/usr/bin/env python3
"""Benchmark: time to render each step illustration, uncached and cached, in both languages.

    .venv/bin/python benchmarks/illustrations.py [--repeat 5] [--scale 2]

Prints one line per picture (median of --repeat uncached renders at its natural size times
--scale, and one cached fetch), then the totals. Offscreen Qt; nothing is written.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scale", type=float, default=2.0, help="device pixel ratio to render at")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app import i18n
    from app.core.guide import load_guide
    from app.resources import guide_file
    from app.ui import illustrations

    guide = load_guide(guide_file("linkedin-ai-training"))
    folder = guide.folder

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    print(f"{'picture':<22}{'lang':<6}{'render ms':>10}{'cached ms':>11}")
    totals: dict[str, list[float]] = {}
    for language in i18n.languages():
        i18n.set_language(language)
        for device in (d.id for d in guide.devices):
            for step in range(1, len(guide.device(device).steps) + 1):
                natural = illustrations.natural_size(folder, device, step)
                times = []
                for _ in range(args.repeat):
                    illustrations.clear_cache()
                    start = time.perf_counter()
                    illustrations.pixmap(folder, device, step, natural, args.scale)
                    times.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                illustrations.pixmap(folder, device, step, natural, args.scale)
                cached = (time.perf_counter() - start) * 1000
                median = statistics.median(times)
                totals.setdefault(language, []).append(median)
                print(f"{device + ' step ' + str(step):<22}{language:<6}{median:>10.1f}{cached:>11.3f}")
    for language, values in totals.items():
        print(
            f"{language}: median {statistics.median(values):.1f} ms per picture, max {max(values):.1f} ms, "
            f"all 18 {sum(values):.0f} ms"
        )


if __name__ == "__main__":
    main()
