"""What the About window, `--version` and "Copy details for a bug report" say: Qt-free, read-only.

Nothing here fetches anything or writes anything. The bug-report details name versions and the system,
never a record, a name, or a path inside the person's home folder.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from app import __version__, i18n
from app.core.guide import Guide, GuideError
from app.i18n import _

DISTRIBUTION = "ai-optout-assistant"  # the package's name, whose metadata holds the project's address
APP_NAME = "AI Opt-Out Assistant"


def project_address() -> str | None:
    """The project's address, from the installed package's metadata (pyproject.toml's [project.urls]),
    or None when the package's metadata is not there (a bare checkout that was never installed)."""
    import importlib.metadata

    try:
        entries = importlib.metadata.metadata(DISTRIBUTION).get_all("Project-URL") or []
    except importlib.metadata.PackageNotFoundError:
        return None
    urls = dict(entry.split(", ", 1) for entry in entries if ", " in entry)
    return urls.get("Homepage") or next(iter(urls.values()), None)


def version_lines(guides: Iterable[Guide], problems: Iterable[GuideError] = ()) -> list[str]:
    """`--version`: the assistant's version, then each guide's version and when its instructions were checked."""
    lines = [f"{DISTRIBUTION} {__version__}"]
    lines += [
        f"{guide.id}: guide version {guide.version}, instructions checked on {guide.last_verified.isoformat()}"
        for guide in guides
    ]
    lines += [f"left out, damaged: {problem_summary(problem)}" for problem in problems]
    return lines


def problem_summary(problem: GuideError) -> str:
    """A guide's loading problem without where it is on this computer: its folder's name, the file, the field."""
    path = Path(problem.path)
    where = f"{path.parent.name}/{path.name}" if path.parent.name else path.name
    return ": ".join(part for part in (where, problem.field, problem.problem) if part)


def guide_checked_text(guide: Guide) -> str:
    """One guide in the About window: "LinkedIn: instructions checked on 25 November 2026 (guide version 3)"."""
    # Translators: {service} is a service's name such as "LinkedIn", {date} a date, {version} a number.
    return _("{service}: instructions checked on {date} (guide version {version})").format(
        service=_(guide.service), date=i18n.format_date(guide.last_verified, unbroken=True), version=guide.version
    )


def privacy_text() -> str:
    return _(
        "The assistant sends nothing anywhere: no telemetry, no update check, no account; your records stay "
        "on this computer."
    )


def licence_text() -> str:
    return _(
        "The assistant is free software under the GNU General Public License, version 3 or later. It includes "
        "Qt and PySide6 (GNU Lesser General Public License, version 3) and other components, each under its "
        "own licence."
    )


def system_description() -> str:
    """The operating system, as a bug report wants it: "Windows 11 (10.0.22631, AMD64)", "macOS 14.5 (arm64)"."""
    if sys.platform == "darwin":
        name = f"macOS {platform.mac_ver()[0]}"
        return f"{name} ({platform.machine()})"
    if sys.platform == "win32":
        return f"Windows {platform.release()} ({platform.version()}, {platform.machine()})"
    return f"{platform.system()} {platform.release()} ({platform.machine()})"


def bug_report(
    *,
    guides: Sequence[Guide],
    problems: Sequence[GuideError],
    catalog_problem: str | None,
    qt_version: str,
    pyside_version: str,
    language: str,
    system: str,
    home: Path,
) -> str:
    """The details to paste into a bug report: versions, the system, the guides, and what failed to load.
    Any text that would name the home folder (`home`) is cut to "~", so no path inside it leaves."""
    frozen = "installed (frozen)" if getattr(sys, "frozen", False) else "from source"
    lines = [
        f"{APP_NAME} {__version__} ({frozen})",
        f"System: {system}",
        f"Python: {platform.python_version()}",
        f"Qt: {qt_version} (PySide6 {pyside_version})",
        f"Language: {language}",
        "Guides:",
    ]
    lines += [
        f"  {guide.id}: version {guide.version}, instructions checked on {guide.last_verified.isoformat()}"
        for guide in guides
    ]
    loading = [f"  guide left out: {problem_summary(problem)}" for problem in problems]
    if catalog_problem:
        loading.append(f"  translation: {catalog_problem}")
    lines += ["Loading problems:", *loading] if loading else ["Loading problems: none"]
    return scrubbed("\n".join(lines) + "\n", home)


def scrubbed(text: str, home: Path) -> str:
    """`text` without the home folder's path in it (as written, resolved, or with the other slashes)."""
    forms = {str(home), str(home.resolve()), str(home).replace("\\", "/"), str(home).replace("/", "\\")}
    for form in sorted((f for f in forms if len(f) > 1), key=len, reverse=True):
        text = text.replace(form, "~")
    return text
