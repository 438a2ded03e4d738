; Kỹ năng số: the Windows installer (per user, no admin rights, Windows 10 1903+ 64-bit).
;
; Built on Linux by build/windows/build.sh:
;   makensis -DVERSION=0.1.0 -DSTAGE=work/stage -DOUTFILE=../../dist/KyNangSo-0.1.0-setup.exe
;            -DSIZE_KB=113000 installer.nsi
;
; Installs the staged folder (stage.py) into %LOCALAPPDATA%\Programs\KyNangSo. Running it again
; upgrades in place: the program folders are replaced, the user's data is never touched (it
; lives in %LOCALAPPDATA%\KyNangSo, a different folder, which the uninstaller also leaves).
; Silent install: /S. Silent uninstall: "%LOCALAPPDATA%\Programs\KyNangSo\uninstall.exe" /S.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
SetCompressorDictSize 64
RequestExecutionLevel user
ManifestDPIAware true
ManifestSupportedOS Win10

!include MUI2.nsh
!include LogicLib.nsh
!include WinVer.nsh
!include x64.nsh

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef STAGE
  !error "pass -DSTAGE=folder made by stage.py"
!endif
!ifndef OUTFILE
  !define OUTFILE "KyNangSo-${VERSION}-setup.exe"
!endif
!ifndef SIZE_KB
  !define SIZE_KB 0
!endif

!define APP_ID "KyNangSo"
!define APP_NAME "Kỹ năng số"
!define PUBLISHER "Kỹ năng số"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define LAUNCH_EXE "$INSTDIR\python\pythonw.exe"
!define LAUNCH_ARGS "-X utf8 -m kynangso_launcher"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
; A second run installs over the first, wherever the user put it.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${STAGE}\KyNangSo.ico"
!define MUI_UNICON "${STAGE}\KyNangSo.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchApp

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default: Vietnamese.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SEC_APP ${LANG_VIETNAMESE} "Chương trình Kỹ năng số"
LangString SEC_APP ${LANG_ENGLISH} "Kỹ năng số program"
LangString SEC_DESKTOP ${LANG_VIETNAMESE} "Biểu tượng trên màn hình nền"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString OLD_WINDOWS ${LANG_VIETNAMESE} "Kỹ năng số cần Windows 10 (bản 1903 trở lên) hoặc Windows 11, 64-bit."
LangString OLD_WINDOWS ${LANG_ENGLISH} "Kỹ năng số needs 64-bit Windows 10 (version 1903 or later) or Windows 11."
LangString APP_RUNNING ${LANG_VIETNAMESE} "Kỹ năng số đang chạy. Hãy đóng chương trình rồi bấm Thử lại (Retry)."
LangString APP_RUNNING ${LANG_ENGLISH} "Kỹ năng số is running. Close it, then press Retry."
LangString DATA_KEPT ${LANG_VIETNAMESE} "Dữ liệu của bạn vẫn được giữ trong thư mục $LOCALAPPDATA\${APP_ID}."
LangString DATA_KEPT ${LANG_ENGLISH} "Your data is kept in the folder $LOCALAPPDATA\${APP_ID}."

Function .onInit
  ; Windows 10 1903 is build 18362: Qt 6 uses the ICU that ships with Windows from then on.
  ; and a 64-bit Windows: the bundled Python and Qt are 64-bit builds.
  ${IfNot} ${AtLeastBuild} 18362
  ${OrIfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(OLD_WINDOWS)" /SD IDOK
    Abort
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Function LaunchApp
  SetOutPath "$INSTDIR"
  Exec '"${LAUNCH_EXE}" ${LAUNCH_ARGS}'
FunctionEnd

; Program files in use (the app is open) cannot be replaced: ask to close it first. A DLL that
; a running process has loaded cannot be opened for writing, which is how we tell.
!macro WaitUntilClosed
  ${DoWhile} ${FileExists} "$INSTDIR\python\python311.dll"
    ClearErrors
    FileOpen $0 "$INSTDIR\python\python311.dll" a
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(APP_RUNNING)" /SD IDCANCEL IDRETRY +2
    Abort
  ${Loop}
!macroend

; Only what we installed is removed, never the folder wholesale: a user who chose an existing
; folder keeps whatever else was in it.
!macro RemoveProgramFiles
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\app"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\KyNangSo.ico"
!macroend

Section "$(SEC_APP)" SecApp
  SectionIn RO
  !insertmacro WaitUntilClosed
  ; Upgrade in place: drop the previous version's files so none linger, then copy the new.
  !insertmacro RemoveProgramFiles
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\python"
  File /r "${STAGE}\app"
  File /r "${STAGE}\licenses"
  File "${STAGE}\KyNangSo.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  SetOutPath "$INSTDIR"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "${LAUNCH_EXE}" "${LAUNCH_ARGS}" "$INSTDIR\KyNangSo.ico" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\KyNangSo.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  SetOutPath "$INSTDIR"
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "${LAUNCH_EXE}" "${LAUNCH_ARGS}" "$INSTDIR\KyNangSo.ico" 0
SectionEnd

Section "Uninstall"
  !insertmacro WaitUntilClosed
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The data folder (%LOCALAPPDATA%\KyNangSo: database, backups, keys, logs) stays.
  DetailPrint "$(DATA_KEPT)"
SectionEnd
