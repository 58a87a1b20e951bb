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
    assert result.stdout.strip() == f"ai-optout-assistant {__version__}"


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
