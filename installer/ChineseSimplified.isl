; Inno Setup 6.1+: Simplified Chinese messages for rv_desktop's setup.
;
; Inno Setup ships no Simplified Chinese translation among its official ones,
; so this file is ours, written for the pages a clerk sees in a per-user
; install, an upgrade and an uninstall. rv_desktop.iss reads Default.isl
; first and this file second: a message not translated here shows in
; English. To use a complete community translation instead, put it in this
; folder under this name (UTF-8 with a byte order mark).

[LangOptions]
LanguageName=<7B80><4F53><4E2D><6587>
LanguageID=$0804
LanguageCodePage=936

[Messages]
SetupAppTitle=安装
SetupWindowTitle=安装 - %1
UninstallAppTitle=卸载
UninstallAppFullTitle=卸载 %1

InformationTitle=提示
ConfirmTitle=确认
ErrorTitle=错误

SetupLdrStartupMessage=将安装 %1。是否继续？
LdrCannotCreateTemp=无法创建临时文件，安装已中止
LdrCannotExecTemp=无法运行临时文件夹中的文件，安装已中止

SetupFileMissing=安装文件夹中缺少文件 %1。请重新获取一份完整的安装程序。
SetupFileCorrupt=安装文件已损坏。请重新获取一份安装程序。
SetupFileCorruptOrWrongVer=安装文件已损坏，或与本安装程序版本不符。请重新获取一份安装程序。
SetupAlreadyRunning=安装程序已在运行。
WindowsVersionNotSupported=本程序不支持这台电脑上的 Windows 版本。
WinVersionTooLowError=本程序需要 %1 %2 或更高版本。
AdminPrivilegesRequired=安装本程序需要以管理员身份登录。
SetupAppRunningError=安装程序发现 %1 正在运行。%n%n请先关闭它，然后点击“确定”继续，或点击“取消”退出。
UninstallAppRunningError=卸载程序发现 %1 正在运行。%n%n请先关闭它，然后点击“确定”继续，或点击“取消”退出。

PrivilegesRequiredOverrideTitle=选择安装方式
PrivilegesRequiredOverrideInstruction=选择安装方式
PrivilegesRequiredOverrideText1=%1 可以为这台电脑的所有用户安装（需要管理员权限），也可以只为您安装。
PrivilegesRequiredOverrideText2=%1 可以只为您安装，也可以为这台电脑的所有用户安装（需要管理员权限）。
PrivilegesRequiredOverrideAllUsers=为所有用户安装(&A)
PrivilegesRequiredOverrideAllUsersRecommended=为所有用户安装(&A)（推荐）
PrivilegesRequiredOverrideCurrentUser=只为我安装(&M)
PrivilegesRequiredOverrideCurrentUserRecommended=只为我安装(&M)（推荐）

ErrorCreatingDir=无法创建文件夹“%1”

ExitSetupTitle=退出安装
ExitSetupMessage=安装尚未完成。如果现在退出，程序将不会被安装。%n%n您可以以后再运行安装程序完成安装。%n%n是否退出安装？
AboutSetupMenuItem=关于安装程序(&A)...
AboutSetupTitle=关于安装程序

ButtonBack=< 上一步(&B)
ButtonNext=下一步(&N) >
ButtonInstall=安装(&I)
ButtonOK=确定
ButtonCancel=取消
ButtonYes=是(&Y)
ButtonYesToAll=全部是(&A)
ButtonNo=否(&N)
ButtonNoToAll=全部否(&O)
ButtonFinish=完成(&F)
ButtonBrowse=浏览(&B)...
ButtonWizardBrowse=浏览(&R)...
ButtonNewFolder=新建文件夹(&M)

SelectLanguageTitle=选择安装语言
SelectLanguageLabel=选择安装过程中使用的语言。

ClickNext=点击“下一步”继续，或点击“取消”退出安装。
BrowseDialogTitle=浏览文件夹
BrowseDialogLabel=在下面的列表中选择一个文件夹，然后点击“确定”。
NewFolderName=新建文件夹

WelcomeLabel1=欢迎安装 [name]
WelcomeLabel2=将在这台电脑上安装 [name/ver]。%n%n建议先关闭其他程序再继续。

WizardSelectDir=选择安装位置
SelectDirDesc=把 [name] 安装到哪里？
SelectDirLabel3=安装程序将把 [name] 安装到下面的文件夹。
SelectDirBrowseLabel=点击“下一步”继续。如果要换一个文件夹，请点击“浏览”。
DiskSpaceGBLabel=至少需要 [gb] GB 的可用磁盘空间。
DiskSpaceMBLabel=至少需要 [mb] MB 的可用磁盘空间。
CannotInstallToNetworkDrive=不能安装到网络驱动器。
CannotInstallToUNCPath=不能安装到网络路径。
InvalidPath=请输入带盘符的完整路径，例如：%n%nC:\APP%n%n或如下格式的网络路径：%n%n\\server\share
InvalidDrive=所选的驱动器或网络共享不存在或无法访问，请另选一个。
DiskSpaceWarningTitle=磁盘空间不足
DiskSpaceWarning=安装至少需要 %1 KB 可用空间，但所选驱动器只有 %2 KB。%n%n仍然继续吗？
DirNameTooLong=文件夹名称或路径太长。
InvalidDirName=文件夹名称无效。
BadDirName32=文件夹名称不能包含下列字符：%n%n%1
DirExistsTitle=文件夹已存在
DirExists=文件夹：%n%n%1%n%n已经存在。仍然安装到这个文件夹吗？
DirDoesntExistTitle=文件夹不存在
DirDoesntExist=文件夹：%n%n%1%n%n不存在。是否创建这个文件夹？

WizardSelectTasks=选择附加任务
SelectTasksDesc=还需要做哪些事？
SelectTasksLabel2=选择安装 [name] 时要执行的附加任务，然后点击“下一步”。

WizardReady=准备安装
ReadyLabel1=安装程序已准备好在这台电脑上安装 [name]。
ReadyLabel2a=点击“安装”开始安装；如果要查看或修改设置，请点击“上一步”。
ReadyLabel2b=点击“安装”开始安装。
ReadyMemoDir=安装位置：
ReadyMemoTasks=附加任务：

WizardPreparing=正在准备安装
PreparingDesc=安装程序正在准备在这台电脑上安装 [name]。
PreviousInstallNotCompleted=上一次程序的安装或卸载尚未完成，需要重新启动电脑。%n%n重新启动后，请再次运行安装程序以完成 [name] 的安装。
CannotContinue=安装无法继续。请点击“取消”退出。
ApplicationsFound=下列程序正在使用需要更新的文件。建议让安装程序自动关闭这些程序。
ApplicationsFound2=下列程序正在使用需要更新的文件。建议让安装程序自动关闭这些程序。安装完成后，安装程序会尝试重新启动它们。
CloseApplications=自动关闭这些程序(&A)
DontCloseApplications=不关闭这些程序(&D)
ErrorCloseApplications=安装程序无法自动关闭所有程序。建议先关闭正在使用需更新文件的程序，再继续安装。

WizardInstalling=正在安装
InstallingLabel=正在这台电脑上安装 [name]，请稍候。

FinishedHeadingLabel=[name] 安装完成
FinishedLabelNoIcons=[name] 已安装到这台电脑上。
FinishedLabel=[name] 已安装到这台电脑上。可以通过开始菜单中的快捷方式启动它。
ClickFinish=点击“完成”退出安装。
FinishedRestartLabel=要完成 [name] 的安装，必须重新启动电脑。现在重新启动吗？
FinishedRestartMessage=要完成 [name] 的安装，必须重新启动电脑。%n%n现在重新启动吗？
YesRadio=是，立即重新启动电脑(&Y)
NoRadio=否，稍后再重新启动(&N)
RunEntryExec=运行 %1
RunEntryShellExec=查看 %1

SetupAborted=安装未完成。%n%n请解决问题后再次运行安装程序。
AbortRetryIgnoreSelectAction=选择操作
AbortRetryIgnoreRetry=重试(&T)
AbortRetryIgnoreIgnore=忽略错误并继续(&I)
AbortRetryIgnoreCancel=取消安装

StatusClosingApplications=正在关闭程序...
StatusCreateDirs=正在创建文件夹...
StatusExtractFiles=正在解压文件...
StatusCreateIcons=正在创建快捷方式...
StatusCreateRegistryEntries=正在写入注册表...
StatusSavingUninstall=正在保存卸载信息...
StatusRunProgram=正在完成安装...
StatusRollback=正在撤销更改...

ErrorInternal2=内部错误：%1
ErrorFunctionFailedNoCode=%1 失败
ErrorFunctionFailed=%1 失败，代码 %2
ErrorFunctionFailedWithMessage=%1 失败，代码 %2。%n%3
ErrorExecutingProgram=无法运行文件：%n%1

SourceIsCorrupted=源文件已损坏
SourceDoesntExist=源文件“%1”不存在
ErrorReadingExistingDest=读取现有文件时出错：
FileExists2=文件已存在。
FileExistsSelectAction=选择操作
FileExistsOverwriteExisting=覆盖现有文件(&O)
FileExistsKeepExisting=保留现有文件(&K)
ErrorCreatingTemp=在安装文件夹中创建文件时出错：
ErrorReadingSource=读取源文件时出错：
ErrorCopying=复制文件时出错：
ErrorReplacingExistingFile=替换现有文件时出错：

UninstallDisplayNameMarkAllUsers=所有用户
UninstallDisplayNameMarkCurrentUser=当前用户

UninstallNotFound=文件“%1”不存在，无法卸载。
UninstallOpenError=无法打开文件“%1”，无法卸载
ConfirmUninstall=确定要卸载 %1 吗？%n%n数据库和备份不在程序文件夹中，卸载程序会询问是否删除它们。
OnlyAdminCanUninstall=只有具有管理员权限的用户才能卸载本程序。
UninstallStatusLabel=正在从这台电脑上卸载 %1，请稍候。
UninstalledAll=%1 已从这台电脑上卸载。
UninstalledMost=%1 卸载完成。%n%n有些项目未能删除，可以手动删除。
UninstalledAndNeedsRestart=要完成 %1 的卸载，必须重新启动电脑。%n%n现在重新启动吗？
UninstallDataCorrupted=文件“%1”已损坏，无法卸载
WizardUninstalling=卸载状态
StatusUninstalling=正在卸载 %1...

ShutdownBlockReasonInstallingApp=正在安装 %1。
ShutdownBlockReasonUninstallingApp=正在卸载 %1。

[CustomMessages]
NameAndVersion=%1 版本 %2
AdditionalIcons=附加快捷方式：
CreateDesktopIcon=在桌面上创建快捷方式(&D)
UninstallProgram=卸载 %1
LaunchProgram=运行 %1
