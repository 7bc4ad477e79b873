; Inno Setup 6.3+ script of rv_desktop (信访回访工作台): wraps the PyInstaller
; bundle into one setup .exe that a clerk can run from a USB stick.
;
;   python installer/build.py          (builds the bundle, then runs ISCC on this file)
;   ISCC /DAppVersion=0.1.0 /DBundleDir=..\dist\rv_desktop installer\rv_desktop.iss
;
; - Per-user install by default: no administrator rights needed, the program
;   goes to %LOCALAPPDATA%\Programs\rv_desktop; the clerk may choose "all
;   users" in the first dialog (then Windows asks for an administrator).
; - Start menu shortcuts (the program, and the program on the demo database),
;   an optional desktop shortcut.
; - Chinese and English pages; the language follows Windows' display language.
; - Upgrade in place: the fixed AppId makes a newer setup replace the older
;   version in the same folder, with the same install mode; the old bundled
;   libraries are removed first so no stale file survives.
; - Uninstall keeps the clerk's database and backups (they live in the user
;   data folder, not in the program folder) unless the clerk asks to delete them.
;
; Saved as UTF-8 with a byte order mark: it holds Chinese text.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\rv_desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define ExeName "rv-desktop.exe"

[Setup]
; Never change the AppId: it is how a newer setup finds the installed version.
AppId={{6B9490CB-C725-4557-9678-8DB6CEEE0C94}
AppName={cm:AppName}
AppVersion={#AppVersion}
AppVerName={cm:AppName} {#AppVersion}
AppPublisher=rv_desktop
VersionInfoVersion={#AppVersion}
VersionInfoProductName=rv_desktop
VersionInfoDescription=rv_desktop setup
; {autopf} is %LOCALAPPDATA%\Programs in a per-user install, Program Files for all users
DefaultDirName={autopf}\rv_desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
UsePreviousPrivileges=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; PySide6 (Qt 6) needs Windows 10 or later
MinVersion=10.0
WizardStyle=modern
SetupIconFile=..\resources\icons\rv_desktop.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={cm:AppName}
OutputDir={#OutputDir}
OutputBaseFilename=rv_desktop-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
; a running copy of the program is closed (Restart Manager) before its files are replaced
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; ChineseSimplified.isl is not part of Inno Setup (translations other than the
; official ones are contributed separately); ours is beside this script and
; translates the pages a clerk sees. Default.isl is read first, so any message
; it does not translate appears in English rather than breaking the build.
Name: "chinesesimplified"; MessagesFile: "compiler:Default.isl,ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppName=信访回访工作台
english.AppName=Return-visit desk
chinesesimplified.DemoShortcut=信访回访工作台（演示数据）
english.DemoShortcut=Return-visit desk (demo data)
chinesesimplified.RemoveDataQuestion=是否同时删除本机上的数据库和备份？%n%n它们保存在：%n%1%n%n删除后无法恢复。选择“否”将保留这些数据，以后重新安装本程序即可继续使用。
english.RemoveDataQuestion=Also delete the database and the backups on this computer?%n%nThey are kept in:%n%1%n%nDeleted data cannot be recovered. Choose No to keep them; the program will find them again when it is installed again.
chinesesimplified.RemoveDataFailed=部分数据未能删除，请在关闭本程序后手动删除文件夹：%n%1
english.RemoveDataFailed=Some of the data could not be deleted. Close the program and delete this folder by hand:%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; upgrade in place: the previous version's libraries go before the new ones arrive
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\{#ExeName}"; WorkingDir: "{app}"
Name: "{autoprograms}\{cm:DemoShortcut}"; Filename: "{app}\{#ExeName}"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#ExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The program keeps its data (database, backups) in the user data folder of
// platformdirs, %LOCALAPPDATA%\rv_desktop\rv_desktop, and its window state in
// HKCU\Software\rv_desktop. Nothing there was installed by Setup, so the
// uninstaller leaves it alone unless the clerk says otherwise. When the
// uninstaller runs with administrative rights (an all-users install, or a
// per-user one on a PC without UAC) it may run as another account, whose
// folder is not the clerk's: it then never offers to delete. A silent
// uninstall (/SILENT, /VERYSILENT) keeps the data too.
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\rv_desktop');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Folder := UserDataDir();
  if UninstallSilent() or IsAdminInstallMode() or not DirExists(Folder) then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [Folder]),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    if not DelTree(Folder, True, True, True) then
      MsgBox(FmtMessage(CustomMessage('RemoveDataFailed'), [Folder]), mbError, MB_OK);
    RegDeleteKeyIncludingSubkeys(HKCU, 'Software\rv_desktop');
  end;
end;
