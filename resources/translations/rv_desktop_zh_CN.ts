<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../rv_desktop/gui/app.py" line="50"/>
        <source>Creating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/app.py" line="50"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/app.py" line="95"/>
        <source>Return-visit desk</source>
        <translation>信访回访工作台</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../rv_desktop/gui/formatting.py" line="16"/>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="45"/>
        <location filename="../../rv_desktop/gui/main_window.py" line="244"/>
        <source>Return-visit desk</source>
        <translation>信访回访工作台</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="53"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="81"/>
        <source>Cases</source>
        <translation>案件台账</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="83"/>
        <source>The register of concluded cases: import the county&apos;s ledgers, find any case as you type, see a petitioner&apos;s other cases.</source>
        <translation>已办结信访事项台账：导入县里的台账，边输入边查找案件，查看同一信访人的其他案件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="88"/>
        <source>Campaign &amp; screening</source>
        <translation>活动与筛选</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="90"/>
        <source>Create the campaign with its stages and deadline, and screen the targets by the plan&apos;s criteria, keeping every exclusion&apos;s reason.</source>
        <translation>创建回访活动，设定三个阶段和上报期限；按方案条件筛选回访对象，每件排除的案件都记下原因。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="95"/>
        <source>Board</source>
        <translation>任务分配</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="97"/>
        <source>Give every target to a leader and visitors, by method and due date, and see which are not assigned, not visited or overdue.</source>
        <translation>逐案明确包案领导、回访人员、回访方式和完成时限，随时掌握未分配、未回访和逾期的案件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="102"/>
        <source>Visit records</source>
        <translation>回访登记</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="104"/>
        <source>One case, one form: type in the return-visit registration forms, drafts saved as you type, follow-ups tracked until closed.</source>
        <translation>一案一表：录入回访登记表，边录边自动保存草稿，跟踪回访事项直至办结。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="109"/>
        <source>Statistics</source>
        <translation>统计汇总</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="111"/>
        <source>The feedback statistics and summary tables for the county, and the analysis report for the leaders.</source>
        <translation>生成报县里的回访情况反馈统计表和汇总表，以及报领导的专题分析。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="116"/>
        <source>Exchange</source>
        <translation>数据报送</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="117"/>
        <source>The encrypted data package for the county on a USB stick, and backups.</source>
        <translation>用U盘向县里报送加密数据包；数据备份与恢复。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="128"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="129"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="132"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="135"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="145"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="146"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="163"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="164"/>
        <source>Return-visit desk — {name}</source>
        <translation>信访回访工作台 — {name}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="174"/>
        <source>{cases} cases · {targets} targets</source>
        <translation>案件 {cases} 件 · 回访对象 {targets} 件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="183"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="183"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="184"/>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="200"/>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} 已存在。请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="220"/>
        <source>Back up into folder</source>
        <translation>备份到文件夹</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="224"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="235"/>
        <source>Backup written: {path}</source>
        <translation>已写入备份：{path}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="241"/>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="250"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="252"/>
        <source>&lt;b&gt;Return-visit desk&lt;/b&gt; {version}&lt;br&gt;For the return visits of a town petition office (千案回访).&lt;br&gt;Database: {path}</source>
        <translation>&lt;b&gt;信访回访工作台&lt;/b&gt; {version}&lt;br&gt;乡镇信访办&quot;千案回访&quot;工作用。&lt;br&gt;数据库：{path}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="41"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="55"/>
        <source>Cases in the register</source>
        <translation>台账案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="56"/>
        <source>Petitioners</source>
        <translation>信访人</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="57"/>
        <source>Return-visit targets</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="58"/>
        <source>Considered and excluded</source>
        <translation>已筛除案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="59"/>
        <source>Not yet assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="60"/>
        <source>Assigned, not visited</source>
        <translation>已分配未回访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="61"/>
        <source>Visited, form to finish</source>
        <translation>已回访待完善</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="62"/>
        <source>Follow-up needed</source>
        <translation>需跟踪回访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="63"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="64"/>
        <source>Draft visit records</source>
        <translation>登记表草稿</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="65"/>
        <source>Open follow-ups</source>
        <translation>未办结跟踪事项</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="66"/>
        <source>Overdue follow-ups</source>
        <translation>逾期跟踪事项</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="83"/>
        <source>No current campaign.</source>
        <translation>当前没有回访活动。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="89"/>
        <source>preparation stage</source>
        <translation>准备阶段</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="90"/>
        <source>implementation stage</source>
        <translation>实施阶段</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="91"/>
        <source>summary stage</source>
        <translation>总结阶段</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="92"/>
        <source>outside the planned stages</source>
        <translation>不在方案各阶段内</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="94"/>
        <source>Current campaign: {name} ({stage})</source>
        <translation>当前活动：{name}（{stage}）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="98"/>
        <source>No report deadline set.</source>
        <translation>尚未设定上报期限。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="101"/>
        <source>{days} days left to the report deadline ({date}).</source>
        <translation>距上报期限还有 {days} 天（{date}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="107"/>
        <source>The report deadline ({date}) passed {days} days ago.</source>
        <translation>上报期限（{date}）已过 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="127"/>
        <source>The register is empty. Start by importing the county&apos;s ledger of concluded cases (File ▸ Import ledger), then create the campaign and screen the targets.</source>
        <translation>台账还是空的。请先导入县里下发的已办结信访事项台账（文件 ▸ 导入台账），再创建回访活动、筛选回访对象。</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="33"/>
        <source>{count} campaigns are marked current; only one may be.</source>
        <translation>有 {count} 个活动被标为当前活动，只能有一个。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="38"/>
        <source>{count} tasks are done but have no final visit record.</source>
        <translation>有 {count} 个任务标为已完成，但没有定稿的回访登记表。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="44"/>
        <source>{count} tasks are marked visited but have no visit record.</source>
        <translation>有 {count} 个任务标为已回访，但没有回访登记表。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="52"/>
        <source>{count} excluded cases still have a task state.</source>
        <translation>有 {count} 件已排除的案件仍带有任务状态。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="57"/>
        <source>{count} targets have gaps in their visit numbers.</source>
        <translation>有 {count} 个回访对象的回访次数编号不连续。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="63"/>
        <source>{count} final visit records have no satisfaction recorded.</source>
        <translation>有 {count} 份定稿登记表未填写满意度。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="75"/>
        <source>SQLite reports: {detail}</source>
        <translation>SQLite 报告：{detail}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="95"/>
        <source>{count} stored ID numbers have a wrong check digit.</source>
        <translation>有 {count} 个已存身份证号校验位错误。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="113"/>
        <source>Audit triggers are missing on: {detail}</source>
        <translation>以下数据表缺少审计触发器：{detail}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="53"/>
        <source>{path} is a folder, not a database file.</source>
        <extracomment>``PRAGMA application_id`` of our files: &quot;RVD1&quot;.</extracomment>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="65"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="75"/>
        <source>{path} is not a database file of this program.</source>
        <translation>{path} 不是本程序的数据库文件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="95"/>
        <source>{path} is damaged and cannot be read: {reason}</source>
        <translation>{path} 已损坏，无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="115"/>
        <source>{path} is a database of another program.</source>
        <translation>{path} 是其他程序的数据库，本程序不能打开。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="124"/>
        <source>{path} was written by a newer version of this program (schema {found}; this version knows {known}). Install the newer version to open it.</source>
        <translation>{path} 由更新版本的本程序写入（数据结构版本 {found}，本版本只支持到 {known}）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="143"/>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>无法创建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="153"/>
        <source>The folder {folder} cannot be written. Choose another place for the database.</source>
        <translation>文件夹 {folder} 不可写入。请为数据库另选位置。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="170"/>
        <source>{path} is read-only. The program needs to write to it.</source>
        <translation>{path} 是只读文件，程序需要写入它。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="185"/>
        <source>{path} cannot be opened: {reason}</source>
        <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/background.py" line="23"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/session.py" line="50"/>
        <source>{path} is already open in another copy of the program (process {pid} on {host}). Close it there first.</source>
        <translation>{path} 已在另一个程序窗口中打开（{host} 上的进程 {pid}）。请先在那里关闭。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/backup.py" line="38"/>
        <source>The backup folder {folder} cannot be created: {reason}</source>
        <translation>无法创建备份文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/backup.py" line="62"/>
        <source>The backup copy failed its integrity check: {detail}</source>
        <translation>备份副本未通过完整性检查：{detail}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/backup.py" line="71"/>
        <source>The backup could not be written to {folder}: {reason}</source>
        <translation>无法把备份写入 {folder}：{reason}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../rv_desktop/cli.py" line="55"/>
        <source>the database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="63"/>
        <source>the new database file</source>
        <translation>新数据库文件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="64"/>
        <source>number of cases</source>
        <translation>案件数量</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="65"/>
        <source>random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="72"/>
        <source>--cases must be at least 1.</source>
        <translation>--cases 至少为 1。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="76"/>
        <source>Demo database {path}: {cases} cases, {petitioners} petitioners, {targets} targets, {visits} visit records ({seconds:.1f} s).</source>
        <translation>演示数据库 {path}：案件 {cases} 件，信访人 {petitioners} 人，回访对象 {targets} 件，回访登记 {visits} 份（用时 {seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="97"/>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="120"/>
        <source>{path}: the database is sound.</source>
        <translation>{path}：数据库完好。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="129"/>
        <source>backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="146"/>
        <source>write a realistic demo database</source>
        <translation>生成逼真的演示数据库</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="152"/>
        <source>check the database file and its consistency</source>
        <translation>检查数据库文件及数据一致性</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="158"/>
        <source>write a verified backup copy of the database</source>
        <translation>写入经校验的数据库备份</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="166"/>
        <source>Return-visit desk of a town petition office. Without a command, opens the window.</source>
        <translation>乡镇信访办回访工作台。不带子命令时打开程序窗口。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="175"/>
        <source>language (default: the system&apos;s)</source>
        <translation>界面语言（默认跟随系统）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="181"/>
        <source>open the demo database (created if missing)</source>
        <translation>打开演示数据库（不存在时自动创建）</translation>
    </message>
</context>
</TS>
