"""Command line: start the window, or print the checklist without one.

ai-optout-assistant [--lang LANG] [--data-dir PATH]
ai-optout-assistant status [--json | --ics PATH] [--data-dir PATH] [--lang LANG]
ai-optout-assistant guide [--service ID] [--country CC] [--device DEVICE] [--lang LANG] [--service-lang LANG]
                          [--json]

LANG is one of the languages that have a catalog in translations/ (and English).
ai-optout-assistant --version
ai-optout-assistant --self-test [--lang LANG]
                          start the window offscreen in a throwaway data folder, close it once painted, print
                          "self-test passed: VERSION" and exit 0 (1 on any error): the installers' check
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from app.i18n import languages as available

    languages = list(available())
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang", choices=languages, help="language of the assistant (default: last used, or the system's)"
    )
    common.add_argument(
        "--data-dir", type=Path, help="folder for the assistant's records (default: the user data folder)"
    )
    parser = argparse.ArgumentParser(
        prog="ai-optout-assistant",
        description=(
            "Helps you stop LinkedIn from using the data and content you provided to train its content-creating AI."
        ),
        parents=[common],
    )
    parser.add_argument(
        "--version", action="store_true", help="print the version and when each guide's instructions were checked"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start the window offscreen in a throwaway data folder, close it once painted, and exit (0: it works)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    status = commands.add_parser("status", parents=[common], help="print the checklist and exit")
    status_output = status.add_mutually_exclusive_group()
    status_output.add_argument("--json", action="store_true", help="print it as JSON")
    status_output.add_argument(
        "--ics", type=Path, metavar="PATH", help="write a calendar reminder of the next checks (.ics) to PATH instead"
    )
    guide = commands.add_parser(
        "guide", parents=[common], help="print the instructions for a country and device, and exit"
    )
    guide.add_argument("--service", metavar="ID", help="the service's guide id (needed when there are several)")
    guide.add_argument("--country", metavar="CC", help="two-letter country code (default: the system's)")
    guide.add_argument("--device", help="where you will do it: one of the guide's devices (default: its last)")
    guide.add_argument(
        "--service-lang", choices=languages, help="the language the service shows its menus in (default: --lang)"
    )
    # The name it had while LinkedIn was the only service: still accepted, no longer shown.
    guide.add_argument("--linkedin-lang", choices=languages, dest="service_lang", help=argparse.SUPPRESS)
    guide.add_argument("--json", action="store_true", help="print it as JSON")
    return parser


def _load_before_qt() -> None:
    """Import the Qt-free modules the first window needs before PySide6 loads: PySide6 reads the
    source of every module imported after it (to look for its `__feature__` switches), ~0.2 ms each."""
    import app.core.flow
    import app.guide_text  # the welcome page's length line
    import app.guides
    import app.i18n
    import app.notices
    import app.ui.names
    import app.ui.session
    import app.ui.session_bus
    import app.ui.theme  # noqa: F401 - loaded for its side effect on start-up time only


def main(argv: list[str] | None = None) -> int:
    from app.core.datafiles import default_folder

    arguments = sys.argv[1:] if argv is None else argv
    if not arguments:  # a double-click: nothing to parse, so argparse (~5 ms) need not load first
        folder = default_folder().absolute()
        _load_before_qt()
        from app.ui.app import run

        return run(None, folder)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.version:
        from app.about_text import version_lines
        from app.guides import load_guides

        catalog = load_guides()
        print("\n".join(version_lines(catalog.guides, catalog.problems)))
        return 0
    if args.self_test:
        if args.command or args.data_dir:
            parser.error("--self-test takes no command and no --data-dir: it uses a throwaway data folder")
        from app import selftest

        return selftest.run(args.lang)
    data_dir: Path = (args.data_dir or default_folder()).expanduser().absolute()
    if args.command in ("status", "guide"):
        try:
            code = _print_command(args, data_dir)
            sys.stdout.flush()  # here, where a closed pipe can be caught, not at exit
            return code
        except BrokenPipeError:  # `status --json | head`: the reader has gone; stop without a traceback
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python flushes stdout at exit
            return 1
    _load_before_qt()
    from app.ui.app import run

    return run(args.lang, data_dir)


def _print_command(args: argparse.Namespace, data_dir: Path) -> int:
    if args.command == "status":
        from app.status import print_status

        return print_status(data_dir, language=args.lang, as_json=args.json, ics=args.ics)
    from app.guide_command import print_guide

    return print_guide(
        service=args.service,
        country=args.country,
        device=args.device,
        language=args.lang,
        linkedin_language=args.service_lang,
        as_json=args.json,
    )


if __name__ == "__main__":
    sys.exit(main())
