"""The Windows installer, run under Wine: it installs, upgrades and uninstalls as a person's Windows would see.

The installer is built from this system's bundle (build.py --skip-bundle --nsis-check: makensis, uncompressed),
laid out as the Windows bundle is (the two .exe names and _internal/; the programs themselves are Linux ones,
which nothing here starts). One throwaway Wine prefix serves the whole module; every test installs first, so
each one also runs alone. Run only these with `pytest -m wine`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

import frozen_app
import pytest

from app import __version__
from app.core.datafiles import data_files

pytestmark = [pytest.mark.packaging, pytest.mark.wine]

APP_NAME = "AI Opt-Out Assistant"
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\ai-optout-assistant"
WINDOWS_EXES = ("ai-optout-assistant.exe", "ai-optout-assistant-cli.exe")
LICENCE_FILES = ("LICENSE.txt", "THIRD-PARTY-NOTICES.txt")


def run_wine(command: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Run a Wine command; its output goes through files, not pipes: Wine's background processes (wineserver,
    services.exe...) inherit them and would hold a pipe open, and `run` waiting, seconds after it is done."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        result = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err, timeout=timeout)
        out.seek(0)
        err.seek(0)
        text = [f.read().decode("utf-8", "replace") for f in (out, err)]
    return subprocess.CompletedProcess(command, result.returncode, *text)


@dataclass(frozen=True)
class Wine:
    prefix: Path
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return run_wine(["wine", *args], self.env, timeout)

    @property
    def profile(self) -> Path:
        """C:\\users\\<name>, where Wine keeps the user's folders."""
        (user,) = (p for p in (self.prefix / "drive_c" / "users").iterdir() if p.name != "Public")
        return user

    @property
    def local_appdata(self) -> Path:
        return self.profile / "AppData" / "Local"

    @property
    def install_dir(self) -> Path:
        return self.local_appdata / "Programs" / APP_NAME

    @property
    def data_dir(self) -> Path:
        return self.local_appdata / "ai-optout-assistant"

    @property
    def shortcut(self) -> Path:
        return self.profile / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs" / f"{APP_NAME}.lnk"

    def unix(self, windows_path: str) -> Path:
        path = PureWindowsPath(windows_path)
        assert path.drive.upper() == "C:", windows_path
        return self.prefix / "drive_c" / Path(*path.parts[1:])

    def windows(self, path: Path) -> str:
        return "C:\\" + "\\".join(path.relative_to(self.prefix / "drive_c").parts)

    def uninstall_key(self) -> dict[str, str] | None:
        """The values of the uninstall key (None if there is no key), as `reg query` prints them."""
        result = self.run("reg", "query", UNINSTALL_KEY)
        if result.returncode:
            return None
        found = re.findall(r"^ {4}(\S+) {4}REG_\w+ {4}(.*?)\r?$", result.stdout, re.M)
        return dict(found)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> frozen_app.Bundle:
    return frozen_app.build(tmp_path_factory)


@dataclass(frozen=True)
class Booting:
    prefix: Path
    env: dict[str, str]
    process: subprocess.Popen[bytes]
    log: Path


@pytest.fixture(scope="module")
def booting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Booting]:
    """A fresh Wine prefix, being made (wineboot takes 5 to 10 s) while the installer is built."""
    if shutil.which("wine") is None or shutil.which("wineserver") is None:
        # Not frozen_app.require: a package mirror whose i386 index lags cannot install Wine's 32-bit
        # half at all (.ci/run says so in its log); the rest of the suite must still run then.
        pytest.skip("wine is not installed (Debian: dpkg --add-architecture i386; apt-get install wine wine32:i386)")
    root = tmp_path_factory.mktemp("wine")
    env = {
        **os.environ,
        "WINEPREFIX": str(root / "prefix"),
        "HOME": str(root / "home"),  # Wine links the profile's Desktop, Documents... to $HOME: keep them here
        "WINEDEBUG": "-all",
        # No Mono or Gecko prompt; no menu entries in the real ~/.local/share/applications for the shortcut.
        "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d",
        "DISPLAY": "",  # silent installs need no display
    }
    (root / "home").mkdir()
    log = root / "wineboot.log"
    with log.open("wb") as out:  # a file, not a pipe: see run_wine
        process = subprocess.Popen(["wineboot", "-i"], env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=out)
    yield Booting(root / "prefix", env, process, log)
    if process.poll() is None:
        process.kill()
    subprocess.run(["wineserver", "-k"], env=env, capture_output=True, timeout=60)  # this prefix's server only
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def wine(booting: Booting, installer: Installer) -> Wine:
    returncode = booting.process.wait(timeout=180)
    assert returncode == 0, f"wineboot failed:\n{booting.log.read_text(errors='replace')}"
    return Wine(booting.prefix, booting.env)


@dataclass(frozen=True)
class Installer:
    path: Path
    carried: Path  # the bundle folder it was made from

    def __str__(self) -> str:
        return str(self.path)


@pytest.fixture(scope="module")
def installer(bundle: frozen_app.Bundle, tmp_path_factory: pytest.TempPathFactory) -> Installer:
    """The installer (uncompressed, as build.py --nsis-check makes it) and the bundle it carries."""
    frozen_app.require("makensis (NSIS)", shutil.which("makensis") is not None)
    root = tmp_path_factory.mktemp("wine-setup")
    dist, work = root / "dist", root / "work"
    folder = dist / frozen_app.NAME
    folder.mkdir(parents=True)
    (folder / "_internal").symlink_to(bundle.internal)  # makensis follows the link
    for name in WINDOWS_EXES:
        shutil.copy2(bundle.executable, folder / name)
    for name in LICENCE_FILES:  # build.py puts them beside the programs
        shutil.copy2(bundle.folder / name, folder / name)
    icons = work / frozen_app.NAME / "icons"  # the bundle's icon, so that build.py does not draw it again
    icons.mkdir(parents=True)
    shutil.copy2(bundle.work / frozen_app.NAME / "icons" / "app.ico", icons)
    command = [sys.executable, str(frozen_app.BUILD_SCRIPT), "--dist", str(dist), "--work", str(work)]
    result = subprocess.run([*command, "--skip-bundle", "--nsis-check"], capture_output=True, text=True)
    assert result.returncode == 0, f"makensis failed:\n{result.stdout}\n{result.stderr}"
    return Installer(work / "nsis-check" / f"AI-Opt-Out-Assistant-Setup-{__version__}.exe", folder)


def files_under(folder: Path) -> set[str]:
    """Every file's path relative to `folder`, through links (makensis follows them too)."""
    return {
        (Path(parent) / name).relative_to(folder).as_posix()
        for parent, _, names in os.walk(folder, followlinks=True)
        for name in names
    }


def run_as_written(wine: Wine, program: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run a Windows program with its command line exactly as written: NSIS wants /D= and _?= last and
    unquoted, spaces and all, and wine would quote an argument with a space. A batch file does not."""
    batch = wine.profile / "Temp" / "run_as_written.bat"
    batch.parent.mkdir(exist_ok=True)
    line = " ".join([f'"{wine.windows(program)}"', *arguments])
    batch.write_text(f"@{line}\r\n@exit /b %errorlevel%\r\n", encoding="ascii")
    try:
        return wine.run("cmd", "/c", wine.windows(batch))
    finally:
        batch.unlink()


def install(wine: Wine, installer: Installer, folder: str | None = None) -> None:
    """Install silently (into `folder`, a Windows path, if given)."""
    copy = wine.prefix / "drive_c" / "setup.exe"  # the installer is outside the prefix: give it a C:\ path
    if not copy.exists():
        copy.hardlink_to(installer.path)
    result = run_as_written(wine, copy, "/S", *([f"/D={folder}"] if folder else []))
    assert result.returncode == 0, f"the installer failed ({result.returncode}):\n{result.stderr}"


def uninstall(wine: Wine, *switches: str) -> None:
    """Run the key's QuietUninstallString (plus `switches`) and wait for it.

    An NSIS uninstaller copies itself to %TEMP% and returns at once while the copy works; this makes the
    same copy and runs it with _?=<its folder> (last, unquoted), as the uninstaller does, so that the call
    returns when it is done."""
    key = wine.uninstall_key()
    assert key is not None, "not installed"
    match = re.fullmatch(r'"([^"]+)" (.*)', key["QuietUninstallString"])
    assert match, key["QuietUninstallString"]
    program, arguments = match.group(1), match.group(2).split()
    copy = wine.profile / "Temp" / "Un_test.exe"
    copy.parent.mkdir(exist_ok=True)
    shutil.copy2(wine.unix(program), copy)
    try:
        result = run_as_written(wine, copy, *arguments, *switches, f"_?={PureWindowsPath(program).parent}")
        assert result.returncode == 0, f"the uninstaller failed ({result.returncode}):\n{result.stderr}"
    finally:
        copy.unlink()


def fresh_data_dir(wine: Wine) -> Path:
    shutil.rmtree(wine.data_dir, ignore_errors=True)
    wine.data_dir.mkdir(parents=True)
    return wine.data_dir


def test_install_puts_the_program_a_shortcut_and_an_uninstall_key(wine: Wine, installer: Installer) -> None:
    install(wine, installer)

    assert wine.install_dir.is_dir(), "not in %LOCALAPPDATA%\\Programs"
    assert files_under(wine.install_dir) == files_under(installer.carried) | {"uninstall.exe"}
    assert (wine.install_dir / "uninstall.exe").read_bytes()[:2] == b"MZ"
    notices = (wine.install_dir / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert notices.startswith(f"{APP_NAME} {__version__}: third-party notices")
    assert "PySide6_Essentials" in notices and "GNU LESSER GENERAL PUBLIC LICENSE" in notices
    assert "GNU GENERAL PUBLIC LICENSE" in (wine.install_dir / "LICENSE.txt").read_text(encoding="utf-8")
    target = "ai-optout-assistant.exe"
    link = wine.shortcut.read_bytes()
    assert target.encode() in link or target.encode("utf-16-le") in link, "the shortcut is not to the program"

    key = wine.uninstall_key()
    assert key is not None, "no uninstall key under HKCU"
    location = wine.windows(wine.install_dir)
    assert key["DisplayName"] == APP_NAME
    assert key["DisplayVersion"] == __version__
    assert key["Publisher"] == APP_NAME
    assert key["InstallLocation"] == location
    assert key["UninstallString"] == f'"{location}\\uninstall.exe"'
    assert key["QuietUninstallString"] == f'"{location}\\uninstall.exe" /S'
    size_kb = sum(p.stat().st_size for p in wine.install_dir.rglob("*") if p.is_file()) / 1024
    assert int(key["EstimatedSize"], 16) == pytest.approx(size_kb, rel=0.01), "EstimatedSize is not the size in KB"


def test_an_update_goes_where_the_program_is_and_leaves_no_stale_files(wine: Wine, installer: Installer) -> None:
    if wine.uninstall_key() is not None:  # left installed by an earlier test
        uninstall(wine)
    custom = wine.prefix / "drive_c" / "Tools" / APP_NAME  # a folder chosen at the first install
    install(wine, installer, wine.windows(custom))
    try:
        # What an older version installed and this one does not ship any more.
        for stale in (custom / "_internal" / "old_library.pyd", custom / "_internal" / "old" / "module.pyc"):
            stale.parent.mkdir(parents=True, exist_ok=True)
            stale.write_bytes(b"from an older version")

        install(wine, installer)  # no folder given: the update finds the program through its uninstall key

        assert not wine.install_dir.exists(), "the update went to the default folder, not where the program is"
        assert files_under(custom) == files_under(installer.carried) | {"uninstall.exe"}
        assert not (custom / "_internal" / "old").exists()
        key = wine.uninstall_key()
        assert key is not None and key["DisplayVersion"] == __version__
        assert key["InstallLocation"] == wine.windows(custom)
    finally:
        uninstall(wine)  # the other tests install into the default folder
    assert not custom.exists()


def test_a_silent_uninstall_removes_the_program_and_keeps_the_records(wine: Wine, installer: Installer) -> None:
    install(wine, installer)
    data = fresh_data_dir(wine)
    (data / "records.sqlite3").write_bytes(b"SQLite format 3\0")
    (data / "my notes.txt").write_text("mine")

    uninstall(wine)

    assert not wine.install_dir.exists(), f"left behind: {sorted(files_under(wine.install_dir))}"
    assert not wine.shortcut.exists(), "the Start-menu shortcut is still there"
    assert wine.uninstall_key() is None, "the uninstall key is still there"
    assert sorted(p.name for p in data.iterdir()) == ["my notes.txt", "records.sqlite3"]
    assert (data / "records.sqlite3").read_bytes() == b"SQLite format 3\0"


# The assistant's names (every pattern of app/core/datafiles.py) and a person's names that only look alike.
OURS = [
    "records.sqlite3",
    "records.sqlite3-journal",
    "records.sqlite3-wal",
    "records.sqlite3-shm",
    "records.unreadable-20250101-120000.sqlite3",
    "records.unreadable-20250101-120000.sqlite3-wal",
    "records.unreadable-20250101-120000-2.sqlite3",
    "records.unreadable-20250101-120000-12.sqlite3-journal",
    "assistant.lock",
    "assistant.lock.rmlink",
    "QtProject.conf",
    "QtProject.conf.lock",
]
THEIRS = [
    "my notes.txt",
    "records-2024.sqlite3",
    "records.sqlite3.bak",
    "old records.sqlite3",
    "assistant.lock.txt",
    "QtProject.conf.backup",
    "records.unreadable-2025.sqlite3",
]


def test_names_are_sorted_as_the_assistant_sorts_them(tmp_path: Path) -> None:
    for name in OURS + THEIRS:
        (tmp_path / name).write_text(name)
    assert sorted(p.name for p in data_files(tmp_path)) == sorted(OURS)


def test_uninstall_with_deleterecords_deletes_exactly_the_assistants_files(wine: Wine, installer: Installer) -> None:
    install(wine, installer)
    data = fresh_data_dir(wine)
    for name in OURS + THEIRS:
        (data / name).write_text(name)

    uninstall(wine, "/DELETERECORDS")

    assert not wine.install_dir.exists()
    assert sorted(p.name for p in data.iterdir()) == sorted(THEIRS), "not exactly the assistant's files"

    install(wine, installer)  # with nothing of the person's there, the folder goes too
    data = fresh_data_dir(wine)
    for name in OURS:
        (data / name).write_text(name)
    uninstall(wine, "/DELETERECORDS")
    assert not data.exists(), f"left behind: {sorted(p.name for p in data.iterdir())}"


@pytest.mark.parametrize(("locale", "code", "lcid"), [("fr_FR.UTF-8", "fr", "1036"), ("de_DE.UTF-8", "de", "1031")])
def test_a_silent_install_keeps_its_language_for_the_assistant(
    wine: Wine, installer: Installer, locale: str, code: str, lcid: str
) -> None:
    """A silent install speaks the system's language (here Wine's, from the locale): the assistant's code for it
    and NSIS's number (for the uninstaller) are kept in the uninstall key, where the assistant reads its first
    language (app.i18n.installer_language)."""
    if wine.uninstall_key() is not None:
        uninstall(wine)
    speaking = Wine(wine.prefix, {**wine.env, "LC_ALL": locale, "LANG": locale})
    install(speaking, installer)
    try:
        key = wine.uninstall_key()
        assert key is not None
        assert key["AssistantLanguage"] == code
        assert key["InstallerLanguage"] == lcid
    finally:
        uninstall(wine)
    assert wine.uninstall_key() is None, "the language goes with the key"
