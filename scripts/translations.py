#!/usr/bin/env python3
"""Keep the gettext catalogs up to date with babel.

python scripts/translations.py            extract every text (code and guide) into messages.pot
                                          and merge it into each language's messages.po
python scripts/translations.py --add de   start a new language: translations/de/LC_MESSAGES/messages.po
python scripts/translations.py --guide ID extract one guide that carries its own catalog into
                                          resources/guides/ID/translations/guide.pot and merge it into
                                          each language's guide.po there (created when missing)
python scripts/translations.py --compile  write the messages.mo files the app reads (and the guide.mo
                                          of guides that carry their own catalog), and each guide's
                                          guide.parsed (its guide.toml, pre-parsed: read at start)

The languages are the folders under translations/ that hold a messages.po: no list to edit.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # babel.cfg names the guide extractor in the app package

from babel.messages.frontend import CommandLineInterface  # noqa: E402

TRANSLATIONS = ROOT / "translations"
POT = TRANSLATIONS / "messages.pot"


def languages() -> list[str]:
    """Every language with a catalog under translations/ (English, the source, has none)."""
    return sorted(p.parent.parent.name for p in TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"))


def pybabel(*args: str) -> None:
    os.chdir(ROOT)  # relative paths in the catalogs' "#:" references
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract(pot: Path) -> None:
    """Every text of the code and the guide into the template `pot`."""
    cwd = Path.cwd()
    pybabel(
        "extract",
        "--mapping-file",
        str(ROOT / "babel.cfg"),
        "--output-file",
        str(pot),
        "--add-comments",
        "Translators:",
        "--add-comments",
        "Guide:",
        "--keyword",
        "N_",
        "--sort-by-file",
        "--project",
        "ai-optout-assistant",
        "--no-wrap",
        ".",
    )
    os.chdir(cwd)


def extract_and_update(new: str | None = None) -> None:
    extract(POT)
    for code in sorted({*languages(), *([new] if new else [])}):
        po = TRANSLATIONS / code / "LC_MESSAGES" / "messages.po"
        if po.exists():
            pybabel(
                "update",
                "--input-file",
                str(POT),
                "--output-file",
                str(po),
                "--locale",
                code,
                "--no-wrap",
                "--ignore-obsolete",
            )
        else:
            po.parent.mkdir(parents=True, exist_ok=True)
            pybabel("init", "--input-file", str(POT), "--output-file", str(po), "--locale", code, "--no-wrap")


def own_catalog_guide(guide: Path) -> None:
    """A guide that keeps its texts in its own folder: its guide.toml -> translations/guide.pot, merged
    into translations/<lang>/LC_MESSAGES/guide.po for every language of the app's catalog."""
    toml = guide / "guide.toml"
    if not toml.is_file():
        raise SystemExit(f"{toml}: no such guide")
    folder = guide / "translations"
    folder.mkdir(exist_ok=True)
    pot = folder / "guide.pot"
    with (ROOT / "babel.cfg").open() as cfg, (folder / "babel.cfg").open("w") as own:
        own.write(cfg.read().split("[python:")[0] + "[guide: **/guide.toml]\n")
    cwd = Path.cwd()
    os.chdir(guide)
    try:
        CommandLineInterface().run(
            [
                "pybabel",
                "-q",
                "extract",
                "--mapping-file",
                str(folder / "babel.cfg"),
                "--output-file",
                str(pot),
                "--add-comments",
                "Guide:",
                "--sort-by-file",
                "--project",
                guide.name,
                "--no-wrap",
                "guide.toml",
            ]
        )
    finally:
        os.chdir(cwd)
        (folder / "babel.cfg").unlink()
    for code in languages():
        po = folder / code / "LC_MESSAGES" / "guide.po"
        verb = "update" if po.exists() else "init"
        po.parent.mkdir(parents=True, exist_ok=True)
        CommandLineInterface().run(
            [
                "pybabel",
                "-q",
                verb,
                "--input-file",
                str(pot),
                "--output-file",
                str(po),
                "--locale",
                code,
                "--no-wrap",
                *(["--ignore-obsolete"] if verb == "update" else []),
            ]
        )


def guide_catalogs(guides: Path = ROOT / "resources" / "guides") -> list[Path]:
    """The catalogs a guide may carry in its own folder: <guide>/translations/<lang>/LC_MESSAGES/guide.po."""
    return sorted(guides.glob("*/translations/*/LC_MESSAGES/guide.po"))


def compile_po(po: Path) -> None:
    """<catalog>.po -> <catalog>.mo beside it (the language is the folder above LC_MESSAGES)."""
    pybabel(
        "compile",
        "--input-file",
        str(po),
        "--output-file",
        str(po.with_suffix(".mo")),
        "--locale",
        po.parent.parent.name,
        "--statistics",
    )


def pre_parse_guides(guides: Path = ROOT / "resources" / "guides") -> None:
    """<guide>/guide.toml -> guide.parsed beside it: the same data, read faster at start (app/core/guide.py)."""
    from app.core.guide import PRE_PARSED_NAME, pre_parsed

    for toml in sorted(guides.glob("*/guide.toml")):
        toml.with_name(PRE_PARSED_NAME).write_bytes(pre_parsed(toml.read_bytes(), toml))
        print(f"pre-parsed {toml.relative_to(ROOT)}")


def compile_catalogs() -> None:
    pre_parse_guides()
    for po in guide_catalogs():
        compile_po(po)
    for code in languages():
        compile_po(TRANSLATIONS / code / "LC_MESSAGES" / "messages.po")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--compile", action="store_true", help="compile the .po files into .mo files, and pre-parse the guides"
    )
    parser.add_argument("--guide", metavar="ID", help="extract a guide that carries its own catalog into it")
    parser.add_argument("--add", metavar="CODE", help="start a catalog for a new language, such as de")
    args = parser.parse_args()
    if args.compile:
        compile_catalogs()
    elif args.guide:
        own_catalog_guide(ROOT / "resources" / "guides" / args.guide)
    else:
        extract_and_update(args.add)
