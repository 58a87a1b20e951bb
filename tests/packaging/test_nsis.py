"""The Windows installer script compiles (Debian's makensis, against the Linux bundle) and stays per-user."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import frozen_app
import pytest

from app import __version__

pytestmark = pytest.mark.packaging

SCRIPT = frozen_app.ROOT / "packaging" / "windows" / "installer.nsi"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> frozen_app.Bundle:
    return frozen_app.build(tmp_path_factory)


def test_installer_script_compiles(bundle: frozen_app.Bundle) -> None:
    frozen_app.require("makensis (NSIS)", shutil.which("makensis") is not None)
    command = [sys.executable, str(frozen_app.BUILD_SCRIPT), "--dist", str(bundle.dist), "--work", str(bundle.work)]
    result = subprocess.run([*command, "--skip-bundle", "--nsis-check"], capture_output=True, text=True)
    assert result.returncode == 0, f"makensis failed:\n{result.stdout}\n{result.stderr}"
    setup = bundle.work / "nsis-check" / f"AI-Opt-Out-Assistant-Setup-{__version__}.exe"
    assert setup.read_bytes()[:2] == b"MZ", "not a Windows program"
    bundled = sum(f.stat().st_size for f in bundle.folder.rglob("*") if f.is_file() and not f.is_symlink())
    assert setup.stat().st_size > 0.9 * bundled, "the bundle is not all in the installer"


def test_installer_stays_per_user_and_asks_before_deleting_records() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    code = "\n".join(line.split(";", 1)[0] for line in script.splitlines())  # without comments
    assert "RequestExecutionLevel user" in code
    assert r"$LOCALAPPDATA\Programs\${APP_NAME}" in code
    assert "HKLM" not in code and "HKCR" not in code, "a per-user install writes only under HKCU"
    keys = set(re.findall(r"WriteReg\w+ (\w+) \"([^\"]+)\"", code))
    assert keys == {("HKCU", "${UNINSTALL_KEY}")}
    assert r"Software\Microsoft\Windows\CurrentVersion\Uninstall" in code
    assert re.search(r"Section /o .*SEC_DESKTOP", code), "the desktop shortcut is offered, unchecked"
    assert '!include "${LANGUAGES_NSH}"' in code  # the languages are written at build time
    assert re.search(r"MessageBox MB_YESNO\S* \"\$\(ASK_DELETE_RECORDS\)\" /SD IDNO", code)
    assert r"$LOCALAPPDATA\ai-optout-assistant" in code
    # Whatever the mode (a silent install shows no page), the language it spoke is kept for the assistant.
    section = code.split('Section "!$(SEC_PROGRAM)"', 1)[1].split("SectionEnd", 1)[0]
    assert 'WriteRegStr HKCU "${UNINSTALL_KEY}" "AssistantLanguage" "$(LANGUAGE_CODE)"' in section
    # The licences beside the program go with it.
    uninstall = code.split('Section "Uninstall"', 1)[1]
    assert 'Delete "$INSTDIR\\LICENSE.txt"' in uninstall and 'Delete "$INSTDIR\\THIRD-PARTY-NOTICES.txt"' in uninstall


def test_installer_languages_are_the_assistants_catalogs() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "installer_languages", frozen_app.ROOT / "packaging" / "installer_languages.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    nsh = module.languages_nsh()
    assert (
        '!insertmacro MUI_LANGUAGE "English"\n!insertmacro MUI_LANGUAGE "German"\n'
        '!insertmacro MUI_LANGUAGE "French"\n!insertmacro MUI_LANGUAGE "Italian"\n'
    ) in nsh
    # The welcome page names every shipped service in the installer's language and promises no more than
    # each does (it guides through what they offer, nothing about the result); then which languages.
    assert (
        "through the settings and forms that ChatGPT, Facebook and Instagram, LinkedIn offer against the use of "
        "your data to train their AI, in English" in nsh
    )
    assert (
        "dans les réglages et formulaires que proposent ChatGPT, Facebook et Instagram, LinkedIn contre "
        "l’utilisation de vos données pour entraîner leur IA, en anglais" in nsh
    )
    assert "training its AI on your data" not in nsh
    assert "how to stop" not in nsh
    assert "in English, German, French, or Italian. It works offline" in nsh
    assert "auf Englisch, Deutsch, Französisch oder Italienisch. Er funktioniert offline" in nsh
    assert "in inglese, tedesco, francese o italiano. Funziona offline" in nsh
    assert "en anglais, allemand, français ou italien. Il fonctionne hors ligne" in nsh
    assert 'LangString SEC_DESKTOP ${LANG_GERMAN} "Verknüpfung auf dem Desktop"' in nsh
    assert 'LangString SEC_DESKTOP ${LANG_FRENCH} "Raccourci sur le bureau"' in nsh
    assert (
        'LangString ASK_DELETE_RECORDS ${LANG_FRENCH} "Supprimer aussi vos enregistrements\u00a0?$\\r$\\n$\\r$\\n'
        "L’assistant a gardé une note privée de ce que vous avez fait et quand, dans\u00a0:$\\r$\\n${DATA_DIR}"
    ) in nsh
    assert 'LangString SEC_PROGRAM ${LANG_ENGLISH} "${APP_NAME} (required)"' in nsh
    # The code of each language, which the installer keeps for the assistant's first start.
    assert 'LangString LANGUAGE_CODE ${LANG_FRENCH} "fr"' in nsh
    assert 'LangString LANGUAGE_CODE ${LANG_ITALIAN} "it"' in nsh
    assert module.nsis_string('Say "$5"\n') == 'Say $\\"$$5$\\"$\\r$\\n'
