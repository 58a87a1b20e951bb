"""The bundle's third-party notices, written at build time from what the bundle really carries.

The PyInstaller spec hands over its analysis (the Python modules and the files that ship); each top-level
name is traced to the installed distribution that owns it (importlib.metadata), and that distribution's
licence comes from its own metadata and licence files (PEP 639 `License-File`s, `*.dist-info/licenses/`,
and files named LICENSE, COPYING or NOTICE it installs, such as babel's Unicode data licence). What ships
without a licence file of its own (the PySide6 wheels, qtawesome's icon fonts) is named in
third_party.toml with a text kept in licence-texts/. Python's own licence and PyInstaller's bootloader (the
executable itself) are added. A bundled distribution or font without any licence text stops the build:
`MissingLicenceError`.

Writes, into the folder it is given:
  THIRD-PARTY-NOTICES.txt   the notices, as the installers carry them
  bundled-distributions.json  [{"name", "version"}] of the bundled distributions, for the SBOM (build.py)
"""

from __future__ import annotations

import importlib.metadata as metadata
import json
import re
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RULES = HERE / "third_party.toml"
NOTICES = "THIRD-PARTY-NOTICES.txt"
DISTRIBUTIONS = "bundled-distributions.json"
OWN = "ai-optout-assistant"
BOOTLOADER = "pyinstaller"  # every frozen executable is PyInstaller's bootloader
FONTS = "qtawesome/fonts/"
_LICENCE_NAME = re.compile(r"^(licen[cs]e|copying|notice)", re.I)
_NOT_TEXT = {".py", ".pyc", ".pyi", ".so", ".dll", ".dylib", ".pyd"}
RULE = "=" * 78
LINE = "-" * 78


class MissingLicenceError(Exception):
    """A bundled distribution or font for which no licence text was found."""


class Component(NamedTuple):
    name: str
    version: str
    licence: str
    address: str
    texts: tuple[tuple[str, str], ...]  # (where the text comes from, the text)
    kind: str = "distribution"  # or "python", "font"


def normalised(name: str) -> str:
    """A distribution's name as PEP 503 compares them: "PySide6_Essentials" -> "pyside6-essentials"."""
    return re.sub(r"[-_.]+", "-", name).lower()


def load_rules(path: Path = RULES) -> dict[str, Any]:
    with path.open("rb") as file:
        return tomllib.load(file)


def top_level_names(modules: Iterable[str], files: Iterable[str]) -> set[str]:
    """The top-level packages of the bundled modules ("babel.dates" -> "babel") and of the bundled files'
    folders ("PySide6/Qt/lib/libQt6Core.so.6" -> "PySide6"). Files at the top (system libraries) have none."""
    names = {module.split(".")[0] for module in modules}
    for dest in files:
        parts = dest.replace("\\", "/").split("/")
        if len(parts) > 1:
            names.add(parts[0])
    return names


def bundled_distributions(top_names: Iterable[str]) -> list[str]:
    """The installed distributions that own `top_names`, without the assistant itself (its licence is LICENSE)."""
    owners = metadata.packages_distributions()
    found = {normalised(dist) for name in top_names for dist in owners.get(name, [])}
    return sorted(found - {OWN})


def _licence_of(meta: Any) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 120:
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the text below"


def _is_licence_file(path: PurePosixPath) -> bool:
    if path.suffix.lower() in _NOT_TEXT:
        return False
    in_dist_info = any(part.endswith(".dist-info") for part in path.parts)
    if in_dist_info and "licenses" in path.parts:
        return True
    return bool(_LICENCE_NAME.match(path.name))


def _kept_texts(paths: Iterable[str]) -> tuple[tuple[str, str], ...]:
    return tuple((path, (ROOT / path).read_text(encoding="utf-8")) for path in paths)


def component(name: str, rules: dict[str, Any]) -> Component:
    """One distribution: its version, licence and licence texts (its own files, then any kept ones)."""
    dist = metadata.distribution(name)
    meta = dist.metadata
    rule = rules.get("distributions", {}).get(normalised(name), {})
    texts = []
    declared = {PurePosixPath(entry).name for entry in meta.get_all("License-File") or []}  # PEP 639 / wheel
    for file in dist.files or ():
        path = PurePosixPath(str(file))
        if _is_licence_file(path) or (path.parent.name.endswith(".dist-info") and path.name in declared):
            texts.append((str(path), Path(str(file.locate())).read_text(encoding="utf-8", errors="replace")))
    texts += _kept_texts(rule.get("texts", ()))
    if not any(text.strip() for _where, text in texts):
        raise MissingLicenceError(
            f"{meta['Name']} {dist.version} is bundled but has no licence text: add it to {RULES.name}"
        )
    urls = dict(entry.split(", ", 1) for entry in meta.get_all("Project-URL") or [] if ", " in entry)
    address = meta.get("Home-page") or next(iter(urls.values()), "")
    return Component(meta["Name"], dist.version, rule.get("licence") or _licence_of(meta), address, tuple(texts))


def font_components(files: Iterable[str], rules: dict[str, Any]) -> list[Component]:
    """qtawesome's bundled icon fonts, grouped by the [[fonts]] entry that names them."""
    fonts = sorted({dest.replace("\\", "/") for dest in files if dest.replace("\\", "/").startswith(FONTS)})
    fonts = [font for font in fonts if font.endswith((".ttf", ".otf"))]
    found: dict[int, list[str]] = {}
    for font in fonts:
        filename = font.rsplit("/", 1)[-1]
        index = next((i for i, e in enumerate(rules.get("fonts", [])) if filename.startswith(e["files"])), None)
        if index is None:
            raise MissingLicenceError(
                f"the icon font {filename} is bundled but has no licence text: add it to {RULES.name}"
            )
        found.setdefault(index, []).append(filename)
    result = []
    for index, names in sorted(found.items()):
        entry = rules["fonts"][index]
        version = ", ".join(names)
        result.append(Component(entry["name"], version, entry["licence"], "", _kept_texts(entry["texts"]), "font"))
    return result


def python_component() -> Component:
    """The Python the bundle carries (its interpreter library and standard modules), with its LICENSE.txt."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    base = Path(sys.base_prefix)
    for candidate in (base / "LICENSE.txt", base / "lib" / f"python{version}" / "LICENSE.txt"):
        if candidate.is_file():
            text = candidate.read_text(encoding="utf-8", errors="replace")
            texts = (("LICENSE.txt", text),)
            return Component("Python", sys.version.split()[0], "PSF-2.0", "https://www.python.org", texts, "python")
    raise MissingLicenceError(f"Python's LICENSE.txt is not in {base}")


def components(modules: Iterable[str], files: Iterable[str], rules: dict[str, Any] | None = None) -> list[Component]:
    """Everything the bundle carries, each with its licence texts; MissingLicenceError if one has none."""
    rules = load_rules() if rules is None else rules
    files = list(files)
    names = bundled_distributions(top_level_names(modules, files))
    found = [component(name, rules) for name in sorted({*names, BOOTLOADER})]
    return [python_component(), *found, *font_components(files, rules)]


def notices_text(found: list[Component], app_name: str, version: str) -> str:
    lines = [
        f"{app_name} {version}: third-party notices",
        "",
        f"{app_name} is free software under the GNU General Public License, version 3 or (at your option) any",
        "later version: see LICENSE.txt beside this file. It bundles the software below, each under its own",
        "licence, whose full texts follow. The Qt libraries come with PySide6 and are used under the",
        "GNU Lesser General Public License, version 3: you may replace them with your own build of Qt.",
        "",
        "Contents:",
    ]
    lines += [f"  {c.name} {c.version}: {c.licence}" for c in found]
    for c in found:
        lines += ["", RULE, f"{c.name} {c.version}", f"Licence: {c.licence}"]
        if c.address:
            lines.append(f"Address: {c.address}")
        for where, text in c.texts:
            lines += [LINE, f"[{where}]", "", text.strip("\n"), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def write(folder: Path, modules: Iterable[str], files: Iterable[str], app_name: str, version: str) -> tuple[Path, Path]:
    """Write the notices and the list of bundled distributions into `folder`; returns both paths."""
    found = components(modules, files)
    folder.mkdir(parents=True, exist_ok=True)
    notices = folder / NOTICES
    notices.write_text(notices_text(found, app_name, version), encoding="utf-8", newline="\n")
    listed = folder / DISTRIBUTIONS
    names = [{"name": c.name, "version": c.version} for c in found if c.kind == "distribution"]
    listed.write_text(json.dumps(names, indent=2) + "\n", encoding="utf-8")
    return notices, listed
