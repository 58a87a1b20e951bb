; Windows installer for AI Opt-Out Assistant (NSIS 3, Modern UI 2).
;
; Built by packaging/build.py:
;   makensis /DVERSION=0.1.0 /DDISTDIR=dist\ai-optout-assistant /DOUTFILE=dist\AI-Opt-Out-Assistant-Setup-0.1.0.exe
;            [/DICON=build\pyinstaller\ai-optout-assistant\icons\app.ico] packaging\windows\installer.nsi
;
; Per-user install, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\AI Opt-Out Assistant,
; the only registry entry is its uninstall key under HKCU, shortcuts are the user's own. The uninstaller asks
; whether to delete the user's records too (default: keep them; uninstall.exe /S /DELETERECORDS deletes them).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
!ifdef NOCOMPRESS
  SetCompress off  ; quick compile checks (build.py --nsis-check)
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "pass the version: makensis /DVERSION=x.y.z ..."
!endif
!ifndef DISTDIR
  !error "pass the bundle folder: makensis /DDISTDIR=dist\ai-optout-assistant ..."
!endif
!ifndef OUTFILE
  !define OUTFILE "AI-Opt-Out-Assistant-Setup-${VERSION}.exe"
!endif

!define APP_NAME "AI Opt-Out Assistant"
!define APP_EXE "ai-optout-assistant.exe"
!define PUBLISHER "AI Opt-Out Assistant"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ai-optout-assistant"
; platformdirs.user_data_path("ai-optout-assistant", appauthor=False, roaming=False) on Windows
!define DATA_DIR "$LOCALAPPDATA\ai-optout-assistant"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

!ifdef VERSION4
  VIProductVersion "${VERSION4}"
  VIFileVersion "${VERSION4}"
  VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
  VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
  VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
  VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} Setup"
  VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"
!endif

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

;--- Interface -------------------------------------------------------------------------------------------

!define MUI_ABORTWARNING
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
; The chosen language is kept in the uninstall key itself, so that the uninstaller speaks it too.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!define MUI_WELCOMEPAGE_TEXT "$(WELCOME_TEXT)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; One MUI_LANGUAGE and its LangStrings (WELCOME_TEXT, SEC_PROGRAM, SEC_DESKTOP, ASK_DELETE_RECORDS, and
; LANGUAGE_CODE, the assistant's code for it) per language of
; the assistant, written at build time from its catalogs by packaging/installer_languages.py.
!include "${LANGUAGES_NSH}"
!insertmacro MUI_RESERVEFILE_LANGDLL

;--- Install ---------------------------------------------------------------------------------------------

Section "!$(SEC_PROGRAM)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the whole bundle: no stale library from the previous version stays behind.
  RMDir /r "$INSTDIR\_internal"
  File /r "${DISTDIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  ; The language chosen on the first screen (a silent install: the system's, as NSIS matched it) is kept, as
  ; its code for the assistant, which starts in it until the person picks one (app/installer_language.py),
  ; and as NSIS's number for the uninstaller (MUI saves that one itself only when its pages were shown).
  WriteRegStr HKCU "${UNINSTALL_KEY}" "AssistantLanguage" "$(LANGUAGE_CODE)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallerLanguage" "$LANGUAGE"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SEC_DESKTOP)" SecDesktop
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

;--- Uninstall -------------------------------------------------------------------------------------------

; A database file of the assistant's and SQLite's side files of it.
!macro DeleteDatabaseFiles NAME
  Delete "${DATA_DIR}\${NAME}"
  Delete "${DATA_DIR}\${NAME}-journal"
  Delete "${DATA_DIR}\${NAME}-wal"
  Delete "${DATA_DIR}\${NAME}-shm"
!macroend

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\ai-optout-assistant-cli.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  ; The records are the user's: delete them only when asked to. A silent uninstall keeps them, unless it is
  ; given /DELETERECORDS (uninstall.exe /S /DELETERECORDS), which answers the question with Yes.
  ${If} ${FileExists} "${DATA_DIR}\*.*"
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/DELETERECORDS" $R1
    ${If} ${Errors}
      MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(ASK_DELETE_RECORDS)" /SD IDNO IDNO keep_records
    ${EndIf}
    ; Exactly the files the assistant's own "Delete everything" removes (app/core/datafiles.py, _OURS), not
    ; a person's own file that only looks alike ("records-2024.sqlite3"); then the folder, if it is empty.
    !insertmacro DeleteDatabaseFiles "records.sqlite3"
    !insertmacro DeleteDatabaseFiles "records.unreadable-????????-??????.sqlite3"
    !insertmacro DeleteDatabaseFiles "records.unreadable-????????-??????-?.sqlite3"
    !insertmacro DeleteDatabaseFiles "records.unreadable-????????-??????-??.sqlite3"
    !insertmacro DeleteDatabaseFiles "records.unreadable-????????-??????-???.sqlite3"
    Delete "${DATA_DIR}\assistant.lock"
    Delete "${DATA_DIR}\assistant.lock.rmlink"
    Delete "${DATA_DIR}\QtProject.conf"
    Delete "${DATA_DIR}\QtProject.conf.lock"
    RMDir "${DATA_DIR}"
    keep_records:
  ${EndIf}
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
