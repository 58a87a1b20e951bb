"""Build the assistant for the system this runs on: the frozen bundle, then what a user double-clicks.

python packaging/build.py            Linux: dist/ai-optout-assistant/ and a .tar.gz of it
                                     Windows: dist/ai-optout-assistant/ and AI-Opt-Out-Assistant-Setup-<version>.exe
                                     macOS: dist/AI Opt-Out Assistant.app and a .dmg (signed and notarised when
                                     MACOS_SIGN_IDENTITY, and APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD are set)
python packaging/build.py --nsis-check
                                     compile the Windows installer script against this system's bundle (a quick,
                                     uncompressed build: Debian's makensis does it on Linux), instead of the package

python packaging/build.py --checksums
                                     write dist/SHA256SUMS (sha256sum's format) for the release files in --dist:
                                     the installer, disk image or tarball, and the SBOM

Every build also writes the software bill of materials of what the bundle carries (CycloneDX JSON, by
cyclonedx-py), AI-Opt-Out-Assistant-<version>-<system>-<arch>.cdx.json, and puts LICENSE.txt and
THIRD-PARTY-NOTICES.txt (written by the spec, see third_party.py) beside the executable, where the
installers carry them.

Options: --dist DIR and --work DIR (default dist/ and build/pyinstaller/), --skip-bundle (reuse the bundle
already in --dist), --clean (empty PyInstaller's cache first). Needs PyInstaller and cyclonedx-bom:
pip install -e .[build] (the test extra includes it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "ai-optout-assistant.spec"
NSIS_SCRIPT = HERE / "windows" / "installer.nsi"
NAME = "ai-optout-assistant"
APP_NAME = "AI Opt-Out Assistant"
SETUP_NAME = "AI-Opt-Out-Assistant-Setup-{version}.exe"
# The licences, as the person finds them beside the program: name there -> name in the bundle's app/_data/.
LICENCE_FILES = {"LICENSE.txt": "LICENSE", "THIRD-PARTY-NOTICES.txt": "THIRD-PARTY-NOTICES.txt"}
# What a release publishes (and SHA256SUMS lists), by name.
RELEASE_FILES = (
    "AI-Opt-Out-Assistant-Setup-*.exe",
    "AI-Opt-Out-Assistant-*.dmg",
    f"{NAME}-*-linux-*.tar.gz",
    "AI-Opt-Out-Assistant-*.cdx.json",
)


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise SystemExit("no __version__ in app/__init__.py")
    return match.group(1)


def version4(text: str) -> str:
    """x.y.z as the four numbers Windows version resources want: 0.1.0 -> 0.1.0.0."""
    numbers = [int(part) for part in re.findall(r"\d+", text)[:4]]
    return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))


def run(*args: str | Path | None, hide: str | None = None, **kwargs: object) -> None:
    """Run a command, showing it first (without the secret `hide`, if any)."""
    shown = " ".join("***" if hide and a == hide else str(a) for a in args)
    print("+", shown, flush=True)
    result = subprocess.run([str(a) for a in args], **kwargs)  # type: ignore[call-overload]
    if result.returncode:
        raise subprocess.CalledProcessError(result.returncode, shown)


def bundle_dir(dist: Path) -> Path:
    """The one-folder bundle (on macOS the .app holds it; this folder is built next to it)."""
    return dist / NAME


def build_bundle(dist: Path, work: Path, *, clean: bool = False, spec_args: tuple[str, ...] = ()) -> float:
    """Run PyInstaller on the spec; returns the seconds it took."""
    start = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    if spec_args:
        command += ["--", *spec_args]
    run(*command, cwd=ROOT)
    return time.monotonic() - start


def place_licences(bundle: Path, into: Path) -> None:
    """Copy the licence and the third-party notices the spec put in the bundle to `into` (beside the program,
    or beside the app in the disk image), under names a person's system opens."""
    data = bundle / "_internal" / "app" / "_data"
    for name, inside in LICENCE_FILES.items():
        shutil.copy2(data / inside, into / name)


# -- the software bill of materials, and the checksums ------------------------------------------------------


def sbom_name(release: str) -> str:
    system = {"win32": "windows", "darwin": "macOS"}.get(sys.platform, "linux")
    return f"AI-Opt-Out-Assistant-{release}-{system}-{platform.machine()}.cdx.json"


def make_sbom(dist: Path, work: Path, release: str) -> Path:
    """The CycloneDX SBOM of what the bundle carries: cyclonedx-py describes this Python environment (the
    assistant from pyproject.toml as the root, each installed distribution with its licence), then only
    the distributions the spec found in the bundle (bundled-distributions.json) are kept."""
    raw = work / "sbom-environment.cdx.json"
    command = [sys.executable, "-m", "cyclonedx_py", "environment", "--pyproject", ROOT / "pyproject.toml"]
    run(*command, "--output-reproducible", "--of", "JSON", "-o", raw, sys.executable)
    listed = json.loads((work / NAME / "licences" / "bundled-distributions.json").read_text(encoding="utf-8"))
    bundled = {normalised(entry["name"]) for entry in listed}
    document = json.loads(raw.read_text(encoding="utf-8"))
    components = [c for c in document.get("components", []) if normalised(c["name"]) in bundled]
    missing = bundled - {normalised(c["name"]) for c in components}
    if missing:
        raise SystemExit(f"cyclonedx-py did not describe these bundled distributions: {', '.join(sorted(missing))}")
    kept = {c["bom-ref"] for c in components} | {document["metadata"]["component"]["bom-ref"]}
    document["metadata"]["component"].setdefault("version", release)  # pyproject's version is dynamic
    document["components"] = components
    document["dependencies"] = [
        {**entry, "dependsOn": [ref for ref in entry.get("dependsOn", []) if ref in kept]}
        for entry in document.get("dependencies", [])
        if entry["ref"] in kept
    ]
    target = dist / sbom_name(release)
    target.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return target


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def write_checksums(dist: Path) -> Path:
    """dist/SHA256SUMS, in sha256sum's format, for every release file in `dist`."""
    files = sorted({path for pattern in RELEASE_FILES for path in dist.glob(pattern)})
    if not files:
        raise SystemExit(f"nothing to checksum in {dist}")
    target = dist / "SHA256SUMS"
    lines = [f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}" for path in files]
    target.write_text("".join(line + "\n" for line in lines), encoding="utf-8", newline="\n")
    print(target.read_text(encoding="utf-8"), end="")
    return target


def icon_path(work: Path, kind: str) -> Path:
    """The icon the spec made from resources/icons/app.svg (made again here if it is missing)."""
    icons = work / NAME / "icons"
    path = icons / f"app.{kind}"
    if not path.exists():
        run(sys.executable, HERE / "make_icons.py", icons)
    return path


# -- Linux ------------------------------------------------------------------------------------------------


def make_tarball(dist: Path, release: str) -> Path:
    folder = bundle_dir(dist)
    target = dist / f"{NAME}-{release}-linux-{platform.machine()}.tar.gz"
    print(f"+ tar czf {target} {folder.name}", flush=True)
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    return target


# -- Windows ----------------------------------------------------------------------------------------------


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "NSIS" / "makensis.exe").exists():
            return str(Path(base) / "NSIS" / "makensis.exe")
    return None


def make_installer(dist: Path, work: Path, release: str, *, out_dir: Path, check_only: bool = False) -> Path:
    """Compile packaging/windows/installer.nsi around the bundle (warnings are errors)."""
    makensis = find_makensis()
    if makensis is None:
        raise SystemExit("makensis not found: install NSIS (Debian: apt-get install nsis; Windows: choco install nsis)")
    folder = bundle_dir(dist)
    if not folder.is_dir():
        raise SystemExit(f"no bundle in {folder}: build it first")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / SETUP_NAME.format(version=release)
    # makensis takes /D on Windows; on Linux and macOS it takes -D (a / would start a path there).
    flag = "/" if os.name == "nt" else "-"
    languages = work / "languages.nsh"
    work.mkdir(parents=True, exist_ok=True)
    run(sys.executable, HERE / "installer_languages.py", languages)
    defines = {
        "LANGUAGES_NSH": str(languages),
        "VERSION": release,
        "VERSION4": version4(release),
        "DISTDIR": str(folder),
        "OUTFILE": str(target),
        "ICON": str(icon_path(work, "ico")),
    }
    command = [makensis, f"{flag}V2", f"{flag}WX"] + [f"{flag}D{key}={value}" for key, value in defines.items()]
    if check_only:
        command.append(f"{flag}DNOCOMPRESS")
    run(*command, NSIS_SCRIPT)
    return target


# -- macOS ------------------------------------------------------------------------------------------------


def sign_app(app: Path, identity: str) -> None:
    run("codesign", "--force", "--deep", "--options", "runtime", "--timestamp", "--sign", identity, app)
    run("codesign", "--verify", "--deep", "--strict", "--verbose=2", app)


def make_dmg(dist: Path, work: Path, release: str) -> Path:
    app = dist / f"{APP_NAME}.app"
    identity = os.environ.get("MACOS_SIGN_IDENTITY")
    if identity:
        sign_app(app, identity)
    else:
        print("MACOS_SIGN_IDENTITY is not set: the app is not signed (users right-click > Open the first time)")
    staging = work / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    run("ditto", app, staging / app.name)  # keeps the bundle's symbolic links and signatures
    (staging / "Applications").symlink_to("/Applications")
    place_licences(bundle_dir(dist), staging)  # beside the app in the disk image
    target = dist / f"AI-Opt-Out-Assistant-{release}-macOS-{platform.machine()}.dmg"
    create: list[str | Path] = ["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", staging, "-fs", "HFS+"]
    create += ["-format", "UDZO", "-ov", target]
    for attempt in (1, 2, 3):  # hdiutil now and then fails with "Resource busy" on CI machines
        try:
            run(*create)
            break
        except subprocess.CalledProcessError:
            if attempt == 3:
                raise
            time.sleep(10)
    if identity:
        run("codesign", "--force", "--timestamp", "--sign", identity, target)
    notary = [os.environ.get(name) for name in ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD")]
    if identity and all(notary):
        apple_id, team_id, password = notary
        submit: list[str | Path | None] = [
            "xcrun",
            "notarytool",
            "submit",
            target,
            "--apple-id",
            apple_id,
            "--team-id",
            team_id,
        ]
        run(*submit, "--password", password, "--wait", hide=password)
        run("xcrun", "stapler", "staple", target)
        run("xcrun", "stapler", "validate", target)
    elif identity:
        print("APPLE_ID, APPLE_TEAM_ID or APPLE_APP_PASSWORD is not set: the disk image is not notarised")
    return target


# -- command line -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle and package go")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--skip-bundle", action="store_true", help="reuse the bundle already in --dist")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache before building")
    parser.add_argument("--nsis-check", action="store_true", help="compile the NSIS script instead of the package")
    parser.add_argument("--checksums", action="store_true", help="only write SHA256SUMS for the release files")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    release = version()
    if args.checksums:
        write_checksums(dist)
        return 0

    if not args.skip_bundle:
        seconds = build_bundle(dist, work, clean=args.clean)
        print(f"bundle built in {seconds:.0f} s: {bundle_dir(dist)}")
        place_licences(bundle_dir(dist), bundle_dir(dist))
    if args.nsis_check:
        made = make_installer(dist, work, release, out_dir=work / "nsis-check", check_only=True)
    elif sys.platform == "win32":
        made = make_installer(dist, work, release, out_dir=dist)
    elif sys.platform == "darwin":
        made = make_dmg(dist, work, release)
    else:
        made = make_tarball(dist, release)
    print(f"made {made}")
    if not args.nsis_check:
        print(f"made {make_sbom(dist, work, release)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
