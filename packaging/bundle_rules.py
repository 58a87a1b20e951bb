"""What the frozen app keeps: the rules the PyInstaller spec applies after its analysis.

PyInstaller's ``excludes=`` drops Python modules only. Qt plugins, Qt's translations, Qt libraries
that only a dropped plugin needed, and babel's locale data arrive as data files and binaries, so the
spec filters ``a.binaries`` and ``a.datas`` with :func:`keep` as well. The benchmark builds a bare
QWizard with the same rules, so that the size comparison is fair.
"""

from __future__ import annotations

import re
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def languages() -> tuple[str, ...]:
    """English and every language with a catalog in translations/: the same rule as app.i18n.languages
    (which this packaging code cannot import), so a new catalog is bundled without editing a list."""
    return ("en", *sorted(p.parent.parent.name for p in TRANSLATIONS.glob("*/LC_MESSAGES/messages.po")))


LANGUAGES = languages()  # read once: the spec and the rules below use the same list

# Python modules the app never imports (several arrive through optional imports of its dependencies).
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "doctest",
    "pydoc",
    "pdb",
    "lib2to3",
    "distutils",
    "setuptools",
    "pip",
    "xmlrpc",
    # The app never opens a connection; these only serve unused corners of its dependencies (segno.show, ...).
    # (urllib.request and http.client stay: segno's writers import them at the top; they take ssl as optional.)
    "ssl",
    "_ssl",
    "ftplib",
    "smtplib",
    "socketserver",
    "webbrowser",
    "asyncio",
    "curses",
    "sqlite3.test",
    "test",
    "numpy",
    "PIL",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "babel.messages",  # extraction and compilation happen at development time
    *(
        f"PySide6.{module}"
        for module in (
            "QtNetwork",
            "QtQml",
            "QtQuick",
            "QtQuickControls2",
            "QtQuickWidgets",
            "QtQuickTest",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtPrintSupport",
            "QtSql",
            "QtTest",
            "QtXml",
            "QtDBus",
            "QtConcurrent",
            "QtHelp",
            "QtDesigner",
            "QtUiTools",
            "QtSvgWidgets",
            "QtPdf",
            "QtPdfWidgets",
            "QtNetworkAuth",
            "QtStateMachine",
            "QtCharts",
            "QtDataVisualization",
            "QtGraphs",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtWebChannel",
            "QtWebSockets",
            "QtPositioning",
            "QtBluetooth",
            "QtSerialPort",
            "QtSpatialAudio",
            "QtTextToSpeech",
            "QtRemoteObjects",
            "QtScxml",
            "QtSensors",
            "Qt3DCore",
            "QtAxContainer",
        )
    ),
]

# Qt plugin folder -> plugin names kept (None: all of them). Folders not listed are dropped whole
# (generic input, eglfs, tls and network information, print support, SQL drivers, QML tooling...).
PLUGINS: dict[str, set[str] | None] = {
    # xcb and wayland on Linux, windows, cocoa on macOS; offscreen for headless runs and smoke tests
    "platforms": {"qxcb", "qwayland", "qwayland-egl", "qwayland-generic", "qwindows", "qcocoa", "qoffscreen"},
    # Linux: native file dialogs and desktop settings through the portal. Not gtk3: it would drag in a
    # copy of cairo, pango and glib that must match the system's GTK.
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-shell-integration": {"xdg-shell"},
    # (not wayland-graphics-integration-client: OpenGL buffers; the app's widgets draw in shared memory)
    "imageformats": {"qsvg"},  # PNG is built into QtGui; the app's pictures are SVG and PNG
    "iconengines": {"qsvgicon"},
    "styles": None,  # the native look: windows 11 / vista style, macOS style
}

# Qt libraries that only the dropped modules and plugins use.
DROPPED_QT_LIBRARIES = (
    "Network",
    "Qml",
    "QmlModels",
    "QmlMeta",
    "QmlWorkerScript",
    "Quick",
    "QuickControls2",
    "QuickTemplates2",
    "QuickWidgets",
    "VirtualKeyboard",
    "Pdf",
    "PrintSupport",
    "Sql",
    "Test",
    "Designer",
    "SvgWidgets",
    "OpenGLWidgets",
    "WaylandCompositor",
    "WlShellIntegration",
    "EglFSDeviceIntegration",
    "EglFsKmsSupport",
)

# Windows software OpenGL: 20 MB that only Qt Quick and OpenGL widgets fall back to.
DROPPED_FILES = {"opengl32sw.dll"}

_PLUGIN = re.compile(r"(?:^|/)PySide6/(?:Qt/)?plugins/([^/]+)/([^/]+)$")
_TRANSLATION = re.compile(r"(?:^|/)PySide6/(?:Qt/)?translations/([^/]+)$")
_KEPT_TRANSLATION = re.compile(rf"^(?:qt|qtbase)_(?:{'|'.join(LANGUAGES)})\.qm$")
_BABEL_DATA = re.compile(r"(?:^|/)babel/locale-data/([^/]+)\.dat$")
_KEPT_BABEL = {"root", *LANGUAGES}
# libQt6Network.so.6, Qt6Network.dll, QtNetwork.framework/..., libQt6Network.so.6.8.0
_QT_LIBRARY = re.compile(r"(?:^|/)(?:lib)?Qt6?([A-Za-z0-9]+?)(?:\.framework/|\.dll$|\.so\b|\.dylib$)")


def _plugin_name(filename: str) -> str:
    stem = filename.split(".", 1)[0]  # libqxcb.so, qwindows.dll, libqcocoa.dylib
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str) -> bool:
    """Whether a file goes into the bundle, by its destination path inside it."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if name.lower() in DROPPED_FILES:
        return False
    if match := _PLUGIN.search(path):
        folder, filename = match.groups()
        if folder not in PLUGINS:
            return False
        names = PLUGINS[folder]
        return names is None or _plugin_name(filename) in names
    if match := _TRANSLATION.search(path):
        return bool(_KEPT_TRANSLATION.match(match.group(1)))
    if match := _BABEL_DATA.search(path):
        return match.group(1) in _KEPT_BABEL
    if "PySide6/" in path and (match := _QT_LIBRARY.search(path)):
        return match.group(1) not in DROPPED_QT_LIBRARIES
    return True


def trim(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A PyInstaller TOC (``a.binaries`` or ``a.datas``) without the files :func:`keep` refuses.

    A SYMLINK entry (PyInstaller links libraries kept in sub-folders into the top folder) goes with its
    target, so that no link is left dangling.
    """
    return [(dest, src, typecode) for dest, src, typecode in toc if keep(dest) and (typecode != "SYMLINK" or keep(src))]
