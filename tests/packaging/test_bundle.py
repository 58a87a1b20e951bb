"""The frozen app, as built by packaging/build.py: what it carries, and that it runs in French."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
from pathlib import Path

import frozen_app
import pytest

from app import __version__

pytestmark = pytest.mark.packaging

PAINT_PROBE = "AI_OPTOUT_ASSISTANT_PAINT_PROBE"  # the app notes its first paint there and quits (app/ui/probe.py)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> frozen_app.Bundle:
    return frozen_app.build(tmp_path_factory)


def frozen_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run_frozen(bundle: frozen_app.Bundle, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bundle.executable), *args], capture_output=True, text=True, timeout=60, env=frozen_env())


def start_until_painted(command: list[str], probe: Path) -> tuple[int, str]:
    """Start the window and wait until it has painted its first window and quit by itself (the paint
    probe): no guessed delay. Returns (exit code, stderr). A hung start is stopped after a minute."""
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**frozen_env(), PAINT_PROBE: str(probe)},
        start_new_session=True,
    )
    try:
        _, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        stop(process, getattr(signal, "SIGKILL", signal.SIGTERM))
        _, err = process.communicate(timeout=10)
    return process.returncode, err


def ended(code: int | None) -> str:
    """An exit code as a person reads it: "1", or the signal's name ("SIGBUS", which once happened here
    and did not come back in 50 runs: see the note of issue 16)."""
    if code is not None and code < 0:
        with contextlib.suppress(ValueError):
            return f"{code} ({signal.Signals(-code).name})"
    return str(code)


def stop(process: subprocess.Popen[str], how: signal.Signals) -> None:
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, how)
    elif process.poll() is None:
        process.kill()


def test_carries_every_catalog_and_qts_own_translations(bundle: frozen_app.Bundle) -> None:
    data = bundle.internal / "app" / "_data"
    for language in ("fr", "de", "it"):
        assert (data / "translations" / language / "LC_MESSAGES" / "messages.mo").is_file(), language
    assert (data / "resources" / "guides" / "linkedin-ai-training" / "guide.toml").is_file()
    assert (data / "resources" / "icons" / "app.svg").is_file()
    assert not list(data.rglob("*.po")) and not list(data.rglob("*.pot")), "sources of the catalogs are not needed"
    qt_translations = {path.name for path in bundle.internal.rglob("PySide6/**/translations/*.qm")}
    assert {"qtbase_fr.qm", "qtbase_de.qm", "qtbase_it.qm"} <= qt_translations
    assert qt_translations <= {f"{kind}_{code}.qm" for kind in ("qt", "qtbase") for code in ("en", "de", "fr", "it")}


def test_keeps_only_the_babel_locales_in_use(bundle: frozen_app.Bundle) -> None:
    locale_data = bundle.internal / "babel" / "locale-data"
    assert {path.stem for path in locale_data.glob("*.dat")} == {"root", "en", "de", "fr", "it"}
    assert (bundle.internal / "babel" / "global.dat").is_file()


def test_keeps_only_the_qt_plugins_in_use(bundle: frozen_app.Bundle) -> None:
    plugins = {path.parent.name for path in bundle.internal.rglob("PySide6/**/plugins/*/*")}
    assert {"platforms", "imageformats", "iconengines"} <= plugins
    assert not plugins & {"tls", "networkinformation", "sqldrivers", "printsupport", "qmltooling", "generic"}
    images = {path.name for path in bundle.internal.rglob("PySide6/**/plugins/imageformats/*")}
    assert len(images) == 1 and "qsvg" in images.pop()
    libraries = " ".join(path.name for path in bundle.internal.rglob("*Qt6*"))
    for unused in ("Qt6Network", "Qt6Qml", "Qt6Quick", "Qt6Pdf"):
        assert unused not in libraries
    dangling = [path for path in bundle.folder.rglob("*") if path.is_symlink() and not path.exists()]
    assert not dangling, "links to files the trimming dropped"


def test_leaves_out_no_module_that_is_imported_unconditionally(bundle: frozen_app.Bundle) -> None:
    """An excluded module that a bundled one imports at its top would break that one at run time."""
    warnings = (bundle.work / "ai-optout-assistant" / "warn-ai-optout-assistant.txt").read_text()
    broken = []
    for excluded, importers in re.findall(r"^excluded module named (\S+) - imported by (.*)$", warnings, re.M):
        for importer, how in re.findall(r"([\w.]+) \(([^)]*)\)", importers):
            # PySide6's own entries come from its hooks' list of Qt libraries, not from Python imports.
            if "top-level" in how and not importer.startswith("PySide6"):
                broken.append(f"{importer} imports {excluded}")
    assert not broken


def test_version(bundle: frozen_app.Bundle) -> None:
    result = run_frozen(bundle, "--version")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"ai-optout-assistant {__version__}"
    # Every shipped guide, with its version and the day its instructions were checked.
    checked = r": guide version \d+, instructions checked on \d{4}-\d\d-\d\d"
    assert [line.split(":")[0] for line in lines[1:]] == [
        "chatgpt-model-training",
        "meta-ai-training",
        "linkedin-ai-training",
    ]
    assert all(re.fullmatch(r"[a-z-]+" + checked, line) for line in lines[1:]), lines


def bundled_top_level_names(bundle: frozen_app.Bundle) -> set[str]:
    """What the bundle carries, read from the bundle itself: the modules in the executable's archive (PyInstaller's
    own reader) and the folders beside it."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(bundle.executable))
    (pyz,) = [name for name in archive.toc if name.endswith(".pyz")]
    modules = archive.open_embedded_archive(pyz).toc
    return {name.split(".")[0] for name in modules} | {p.name for p in bundle.internal.iterdir() if p.is_dir()}


def notice_sections(text: str) -> dict[str, str]:
    """The notices file's sections, by their first line ("babel 2.19.0")."""
    parts = text.split("\n" + "=" * 78 + "\n")[1:]
    return {part.split("\n", 1)[0]: part for part in parts}


def test_notices_give_a_licence_text_for_every_bundled_distribution(bundle: frozen_app.Bundle) -> None:
    import importlib.metadata

    owners = importlib.metadata.packages_distributions()
    names = bundled_top_level_names(bundle)
    bundled = {dist for name in names for dist in owners.get(name, [])} - {"ai-optout-assistant", "ai_optout_assistant"}
    assert {"PySide6_Essentials", "shiboken6", "babel", "platformdirs", "segno", "QtAwesome"} <= bundled | {
        importlib.metadata.distribution(d).metadata["Name"] for d in bundled
    }
    notices = (bundle.folder / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert (bundle.internal / "app" / "_data" / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8") == notices
    sections = notice_sections(notices)
    for dist in bundled:
        found = importlib.metadata.distribution(dist)
        title = f"{found.metadata['Name']} {found.version}"
        assert title in sections, f"{title} is bundled but not in the notices"
        licence_text = sections[title].split("\n[", 1)[-1]
        assert len(licence_text) > 500, f"{title}: no licence text"
    pyside = sections[f"PySide6_Essentials {importlib.metadata.version('PySide6-Essentials')}"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in pyside and "Version 3, 29 June 2007" in pyside
    assert "GNU GENERAL PUBLIC LICENSE" in pyside  # the LGPL-3.0 builds on it
    fonts = {p.name for p in (bundle.internal / "qtawesome" / "fonts").glob("*.ttf")}
    assert fonts and all(font in notices for font in fonts), "an icon font without its licence"
    for licence in ("SIL OPEN FONT LICENSE", "Apache License", "Creative Commons Attribution 4.0", "MIT License"):
        assert licence in notices
    assert notices.startswith(f"AI Opt-Out Assistant {__version__}: third-party notices")
    assert "Python " in notices and "pyinstaller " in notices  # the interpreter and the bootloader ship too
    licence = (frozen_app.ROOT / "LICENSE").read_bytes()
    assert (bundle.folder / "LICENSE.txt").read_bytes() == licence
    assert (bundle.internal / "app" / "_data" / "LICENSE").read_bytes() == licence


def test_sbom_lists_the_bundled_distributions_and_sha256sums_lists_it(bundle: frozen_app.Bundle) -> None:
    import hashlib
    import json

    (sbom,) = bundle.dist.glob(f"AI-Opt-Out-Assistant-{__version__}-linux-*.cdx.json")
    document = json.loads(sbom.read_text(encoding="utf-8"))
    assert document["bomFormat"] == "CycloneDX"
    assert document["metadata"]["component"]["name"] == "ai-optout-assistant"
    assert document["metadata"]["component"]["version"] == __version__
    names = {c["name"].lower().replace("_", "-") for c in document["components"]}
    assert {"pyside6-essentials", "shiboken6", "babel", "platformdirs", "segno", "qtawesome", "qtpy"} <= names
    assert not names & {"pytest", "mypy", "ruff", "cyclonedx-bom", "zizmor"}, "tools that do not ship"
    licences = {c["name"]: c.get("licenses") for c in document["components"]}
    assert licences["babel"] == [{"expression": "BSD-3-Clause"}] or "BSD-3-Clause" in json.dumps(licences["babel"])

    command = [sys.executable, str(frozen_app.BUILD_SCRIPT), "--dist", str(bundle.dist), "--checksums"]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    sums = (bundle.dist / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    listed = {}
    for line in sums:
        digest, name = line.split("  ", 1)
        listed[name] = digest
        assert hashlib.sha256((bundle.dist / name).read_bytes()).hexdigest() == digest, name
    assert sbom.name in listed
    assert any(name.endswith(".tar.gz") for name in listed)


def test_status_in_french(bundle: frozen_app.Bundle, tmp_path: Path) -> None:
    data_dir = tmp_path / "records"
    result = run_frozen(bundle, "status", "--lang", "fr", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "Rien n’est encore enregistré" in result.stdout
    assert not data_dir.exists(), "status must not create anything"


def test_starts_in_french_without_error(bundle: frozen_app.Bundle, tmp_path: Path) -> None:
    data_dir = tmp_path / "records"
    probe = tmp_path / "painted"
    code, err = start_until_painted([str(bundle.executable), "--lang", "fr", "--data-dir", str(data_dir)], probe)
    assert code == 0, f"the app ended with {ended(code)} before painting its window:\n{err}"
    assert probe.is_file(), "the window was never painted"
    assert "Traceback" not in err, err
    assert not data_dir.exists(), "starting and closing must leave no trace"


def test_french_start_reads_the_bundled_translations(bundle: frozen_app.Bundle, tmp_path: Path) -> None:
    """Qt's own buttons: qtbase_fr.qm must come from the bundle, found through QLibraryInfo."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    trace = tmp_path / "trace.txt"
    command = [strace, "-f", "-e", "trace=openat", "-o", str(trace), str(bundle.executable)]
    code, err = start_until_painted(
        [*command, "--lang", "fr", "--data-dir", str(tmp_path / "records")], tmp_path / "painted"
    )
    opened = trace.read_text(errors="replace") if trace.exists() else ""
    if str(bundle.executable) not in opened and "ENOENT" not in opened:
        pytest.skip(f"strace cannot trace here: {err.strip()[:200]}")
    assert code == 0, err
    folder = str(bundle.folder)
    assert any(folder in line and "qtbase_fr.qm" in line and "ENOENT" not in line for line in opened.splitlines())
    assert any(folder in line and "messages.mo" in line and "ENOENT" not in line for line in opened.splitlines())


def test_linux_package_is_a_tarball_of_the_bundle(bundle: frozen_app.Bundle) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the .tar.gz is the Linux package")
    (tarball,) = bundle.dist.glob(f"ai-optout-assistant-{__version__}-linux-*.tar.gz")
    with tarfile.open(tarball) as tar:
        names = tar.getnames()
    assert "ai-optout-assistant/ai-optout-assistant" in names
    assert "ai-optout-assistant/_internal/app/_data/translations/fr/LC_MESSAGES/messages.mo" in names
