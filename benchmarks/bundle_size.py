"""Size of the frozen app against a bare PySide6 QWizard frozen the same way (same spec, same trimming).

.venv/bin/python benchmarks/bundle_size.py [--reuse]

Builds both one-folder bundles with packaging/ai-optout-assistant.spec (the bare one with `-- --bare`,
from benchmarks/bare_wizard.py) into build/bench/, then prints their sizes in MB (10^6 bytes), the ratio,
and the build times. --reuse measures bundles already there instead of building them again. The aim is
a ratio of at most 1.15: what the app adds to Qt and Python must stay small.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import build  # noqa: E402 - packaging/build.py

TARGET_RATIO = 1.15


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under `folder` (symbolic links count as nothing, like on disk)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reuse", action="store_true", help="measure the bundles already built in build/bench/")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench", help="where to build them")
    args = parser.parse_args(argv)
    dist = args.out / "dist"
    bundles = {
        "app": (dist / build.NAME, args.out / "work-app", ()),
        "bare QWizard": (dist / "bare-wizard", args.out / "work-bare", ("--bare",)),
    }
    sizes: dict[str, float] = {}
    for label, (folder, work, spec_args) in bundles.items():
        reuse = args.reuse and folder.is_dir()
        seconds = None if reuse else build.build_bundle(dist, work, spec_args=spec_args)
        sizes[label] = folder_size(folder) / 1e6
        built = f", built in {seconds:.0f} s" if seconds is not None else " (reused)"
        print(f"{label:13} {sizes[label]:7.1f} MB  {folder}{built}")
    ratio = sizes["app"] / sizes["bare QWizard"]
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"ratio         {ratio:7.3f}x  ({verdict} the {TARGET_RATIO}x aim)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
