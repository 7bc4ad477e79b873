<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddTargetDialog</name>
    <message>
        <source>Add a case to the targets</source>
        <translation>把案件加入回访对象</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>信访件编号</translation>
    </message>
    <message>
        <source>Why this case is visited</source>
        <translation>回访这件案件的原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AnalysisReportDialog</name>
    <message>
        <source>Analysis report</source>
        <translation>专题分析报告</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取统计数据…</translation>
    </message>
    <message>
        <source>Conclusions (section 5 of the report)</source>
        <translation>综合评价（报告第五部分）</translation>
    </message>
    <message>
        <source>Next steps and suggestions (section 6 of the report; one point per line)</source>
        <translation>下一步工作和意见建议（报告第六部分，每行一条）</translation>
    </message>
    <message>
        <source>Good examples (in section 5): choose from the cases offered and say what was done</source>
        <translation>典型经验（第五部分）：从列出的案件中选用，并写明具体做法</translation>
    </message>
    <message>
        <source>The other parts of the report are drafted from the figures each time it is built. Leave a paragraph as drafted and it follows the figures.</source>
        <translation>报告其余部分每次生成时按统计数据自动起草。段落未作修改的，将随统计数据自动更新。</translation>
    </message>
    <message>
        <source>&amp;Redraft from figures</source>
        <translation>按统计数据重新起草(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Build PDF…</source>
        <translation>生成PDF(&amp;B)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{campaign}: {targets} targets, {visited} visited.</source>
        <translation>{campaign}：应回访{targets}件，已回访{visited}件。</translation>
    </message>
    <message>
        <source>The figures changed after you edited: {parts}. Check the text (or redraft it) before printing.</source>
        <translation>您修改以下内容之后，统计数字已有变化：{parts}。打印前请核对文字（或按数字重新起草）。</translation>
    </message>
    <message>
        <source>Redrafted from the figures. Save to keep it.</source>
        <translation>已按统计数据重新起草，保存后生效。</translation>
    </message>
    <message>
        <source>Saved with the campaign.</source>
        <translation>已随本次活动保存。</translation>
    </message>
    <message>
        <source>Build the PDF as it is?</source>
        <translation>仍按现有文字生成 PDF 吗？</translation>
    </message>
    <message>
        <source>analysis-report</source>
        <translation>专题分析报告</translation>
    </message>
    <message>
        <source>Writing the analysis report…</source>
        <translation>正在生成专题分析报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>已生成：{path}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Creating the demo database…</source>
        <translation>正在生成演示数据库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Return-visit desk</source>
        <translation>信访回访工作台</translation>
    </message>
</context>
<context>
    <name>AreaMenu</name>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n task(s)</source>
        <translation>
            <numerusform>分配 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>Ticked visitors replace the present ones; none ticked leaves them unchanged.</source>
        <translation>勾选的回访人员将替换原有人员；不勾选则保持不变。</translation>
    </message>
    <message>
        <source>Joining units</source>
        <translation>参与单位</translation>
    </message>
    <message>
        <source>Add the direct handling unit</source>
        <translation>邀请直接承办单位参加</translation>
    </message>
    <message>
        <source>Set the due date</source>
        <translation>设定完成时限</translation>
    </message>
    <message>
        <source>Responsible leader:</source>
        <translation>包案领导：</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>回访人员：</translation>
    </message>
    <message>
        <source>Joining units:</source>
        <translation>参与单位：</translation>
    </message>
    <message>
        <source>Visit method:</source>
        <translation>回访方式：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>完成时限：</translation>
    </message>
    <message>
        <source>{named} and %n more</source>
        <translation>{named} 等另 %n 件</translation>
    </message>
    <message>
        <source>differ</source>
        <translation>各不相同</translation>
    </message>
    <message>
        <source>Now: leader {leader}; visitors {visitors}; method {method}; due {due}</source>
        <translation>现为：包案领导 {leader}；回访人员 {visitors}；回访方式 {method}；完成时限 {due}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Back up into folder</source>
        <translation>备份到文件夹</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>已写入备份：{path}</translation>
    </message>
    <message>
        <source>Return-visit desk</source>
        <translation>信访回访工作台</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Put the backup {backup} in place of the database {path}?

Changes made since that backup will no longer show. The current file is kept beside it as {name}.before-restore-….sqlite.</source>
        <translation>用备份 {backup} 替换数据库 {path}？

该备份之后所做的修改将不再显示。当前文件将以 {name}.before-restore-….sqlite 为名保留在同一文件夹中。</translation>
    </message>
    <message>
        <source>Restored from {backup}; the previous file is kept as {aside}.</source>
        <translation>已从 {backup} 恢复；原文件保留为 {aside}。</translation>
    </message>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>关闭前正在备份数据库…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}

Your data is safe in {path}. Back it up with File ▸ Back up now… when you can.</source>
        <translation>自动备份失败：{reason}

您的数据仍安全保存在 {path} 中。请尽快通过“文件 ▸ 立即备份…”进行备份。</translation>
    </message>
    <message>
        <source>{reason}
Is the USB stick plugged in? The backup was written to {folder} instead.</source>
        <translation>{reason}
U盘是否已插入？本次备份已改为写入 {folder}。</translation>
    </message>
</context>
<context>
    <name>BackupPassphrase</name>
    <message>
        <source>The backup {file} is encrypted. Type the office&apos;s backup passphrase to restore it.</source>
        <translation>备份 {file} 已加密。请输入本办公室的备份口令以恢复。</translation>
    </message>
    <message>
        <source>Backups outside the program&apos;s data folder (on a USB stick, for instance) are encrypted. Choose the office&apos;s backup passphrase: at least 12 characters, a short sentence of your own is best. Keep it apart from this computer: it is what restores a backup on a new PC.</source>
        <translation>存放在本程序数据文件夹以外（例如U盘上）的备份会被加密。请设定本办公室的备份口令：至少12个字符，最好是一句自己的话。请把口令与这台电脑分开保管：换新电脑时要靠它恢复备份。</translation>
    </message>
    <message>
        <source>Setting the backup passphrase…</source>
        <translation>正在设定备份口令…</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>备份口令</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>Back up automatically when the program closes</source>
        <translation>关闭程序时自动备份</translation>
    </message>
    <message>
        <source>once a day (the first time it closes each day)</source>
        <translation>每天一次（每天第一次关闭时）</translation>
    </message>
    <message>
        <source>every time it closes</source>
        <translation>每次关闭时</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>默认文件夹</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>A folder on a USB stick may be chosen. When the stick is not plugged in, the backup is written to the default folder and you are told. Only the program&apos;s own automatic backups are deleted when there are more than the number kept; backups made with File ▸ Back up now stay.</source>
        <translation>可以选择U盘上的文件夹。U盘未插入时，备份写入默认文件夹，并会提示您。超出保留份数时，只删除本程序自动生成的备份；通过“文件 ▸ 立即备份”手动生成的备份不会删除。</translation>
    </message>
    <message>
        <source>Last automatic backup: {when}, {path}</source>
        <translation>上次自动备份：{when}，{path}</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>尚无自动备份。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>打印文件</translation>
    </message>
    <message>
        <source>Keep printed PDFs for:</source>
        <translation>打印的 PDF 保留：</translation>
    </message>
    <message>
        <source>The PDFs the Print menu writes into the data folder carry personal data; they are deleted after this time.</source>
        <translation>“打印”菜单写入数据文件夹的 PDF 含有个人信息，超过这个时间后自动删除。</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时机：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>保留最近：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder (plug in the USB stick first).</source>
        <translation>文件夹 {folder} 不存在。请选择已有的文件夹（如用U盘，请先插入）。</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件台账</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>回访活动</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>BoardLegend</name>
    <message>
        <source>Red border: overdue</source>
        <translation>红框：已逾期</translation>
    </message>
    <message>
        <source>Orange number, ★: key case</source>
        <translation>橙色编号、★：重点案件</translation>
    </message>
    <message>
        <source>A red border and a red due date: not visited by the due date. An orange case number with a ★: a key case (重点案件).</source>
        <translation>红色边框、红色期限：到期未回访。橙色编号带 ★：重点案件。</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Visited (form to finish)</source>
        <translation>已回访待完善</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需跟踪回访</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Village: {v}</source>
        <translation>村(社区)：{v}</translation>
    </message>
    <message>
        <source>Handling unit: {u}</source>
        <translation>承办单位：{u}</translation>
    </message>
    <message>
        <source>Leader: {l}</source>
        <translation>包案领导：{l}</translation>
    </message>
    <message>
        <source>Visitors: {v}</source>
        <translation>回访人员：{v}</translation>
    </message>
    <message>
        <source>Joining units: {u}</source>
        <translation>参与单位：{u}</translation>
    </message>
    <message>
        <source>Method: {m}</source>
        <translation>回访方式：{m}</translation>
    </message>
    <message>
        <source>Due: {d}</source>
        <translation>完成时限：{d}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Visitor</source>
        <translation>回访人员</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Key cases only</source>
        <translation>只看重点案件</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Case number or name…</source>
        <translation>信访件编号或姓名…</translation>
    </message>
    <message>
        <source>Group the cards of each column</source>
        <translation>各栏任务分组显示</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>Group by visitor</source>
        <translation>按回访人员分组</translation>
    </message>
    <message>
        <source>Group by leader</source>
        <translation>按包案领导分组</translation>
    </message>
    <message>
        <source>Group by village</source>
        <translation>按村（社区）分组</translation>
    </message>
    <message>
        <source>Group by handling unit</source>
        <translation>按承办单位分组</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Fill in the form</source>
        <translation>填写登记表(&amp;F)</translation>
    </message>
    <message>
        <source>Fill in the form</source>
        <translation>填写登记表</translation>
    </message>
    <message>
        <source>Open the registration form of the current card (Ctrl+E)</source>
        <translation>打开当前卡片的回访登记表（Ctrl+E）</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <source>Assign the selected cards (Ctrl+Shift+A)</source>
        <translation>分配所选任务（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Export assignment table…</source>
        <translation>导出任务分配表…</translation>
    </message>
    <message>
        <source>Route sheet…</source>
        <translation>回访路线单…</translation>
    </message>
    <message>
        <source>The open tasks of the visitor chosen on the left</source>
        <translation>左侧所选回访人员的未完成任务</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>回访人员</translation>
    </message>
    <message>
        <source>Drop cards on a visitor to add them to the tasks</source>
        <translation>把任务拖到回访人员上即可分配</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>显示 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>No current campaign: create one on the Campaign page.</source>
        <translation>当前没有回访活动：请在&quot;活动与筛选&quot;页创建。</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more refused)</source>
        <translation>
            <numerusform>（另有 %n 项被拒绝）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handling unit added to %n task(s)</source>
        <translation>
            <numerusform>已为 %n 个任务加入承办单位</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more cards first (Ctrl+click, Shift+click).</source>
        <translation>请先选择一个或多个任务（Ctrl+单击、Shift+单击）。</translation>
    </message>
    <message>
        <source>Choose a card first.</source>
        <translation>请先选择一张卡片。</translation>
    </message>
    <message>
        <source>Add handling unit</source>
        <translation>加入承办单位</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>assignment-table</source>
        <translation>回访任务分配表</translation>
    </message>
    <message>
        <source>Export the assignment table</source>
        <translation>导出回访任务分配表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Choose a visitor in the list on the left first.</source>
        <translation>请先在左侧列表中选择一名回访人员。</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <extracomment>The QDateEdit minimum stands for &quot;no date yet&quot; and shows blank. The stages&apos; first and last days, in order, then the report deadline.</extracomment>
        <translation>新建回访活动</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>编辑回访活动</translation>
    </message>
    <message>
        <source>e.g. 2026 &quot;thousand cases return visit&quot;</source>
        <translation>例如：2026年&quot;千案回访&quot;活动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Preparation stage</source>
        <translation>准备阶段</translation>
    </message>
    <message>
        <source>Implementation stage</source>
        <translation>实施阶段</translation>
    </message>
    <message>
        <source>Summary stage</source>
        <translation>总结阶段</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Report deadline</source>
        <translation>上报期限</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Deputy leaders</source>
        <translation>副组长</translation>
    </message>
    <message>
        <source>Office in charge</source>
        <translation>日常工作负责科室</translation>
    </message>
    <message>
        <source>County office</source>
        <translation>县活动办公室</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>There is no campaign yet. Create the campaign first: its name, stages, report deadline and leading group.</source>
        <extracomment>Pause after the last criteria change before the preview is recomputed (ms). The preview counts shown (for tests and for anyone watching). A screening run finished, with its counts.</extracomment>
        <translation>还没有回访活动。请先创建活动：名称、三个阶段、上报期限和领导小组。</translation>
    </message>
    <message>
        <source>Create the campaign…</source>
        <translation>创建回访活动…</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新建回访活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Make current</source>
        <translation>设为当前活动</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>回访活动：</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>筛选案源</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Source level</source>
        <translation>交办来源</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Mark unsettled targets as key cases</source>
        <translation>把未息诉罢访的对象标为重点</translation>
    </message>
    <message>
        <source>The case register is empty. Import the county&apos;s ledger of concluded cases first (Cases page).</source>
        <translation>台账还是空的。请先导入县里的已办结信访事项台账（案件台账页）。</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Write the target list from these criteria. Targets with an assignment, a visit record or a change by hand are kept as they are.</source>
        <translation>按这些条件生成回访对象清单。已分配、已登记回访或经手工调整的对象保持不变。</translation>
    </message>
    <message>
        <source>Concluded from</source>
        <translation>办结日期从</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label}（{count}）</translation>
    </message>
    <message>
        <source>Considered: {considered}  ·  targets: {targets}  ·  excluded: {excluded}
Key cases among the targets: {key}</source>
        <translation>筛查：{considered} 件  ·  回访对象：{targets} 件  ·  排除：{excluded} 件
其中重点案件：{key} 件</translation>
    </message>
    <message>
        <source>Screening…</source>
        <translation>正在筛选…</translation>
    </message>
    <message>
        <source>Screened: {targets} targets, {excluded} excluded. {added} added, {changed} changed, {dropped} removed, {kept} kept as they were.</source>
        <translation>筛选完成：回访对象 {targets} 件，排除 {excluded} 件。新增 {added}，变更 {changed}，移除 {dropped}，原样保留 {kept}。</translation>
    </message>
</context>
<context>
    <name>CampaignSummary</name>
    <message>
        <source>no dates yet</source>
        <translation>尚未设定日期</translation>
    </message>
    <message>
        <source>Preparation: {span}</source>
        <translation>准备阶段：{span}</translation>
    </message>
    <message>
        <source>Implementation: {span}</source>
        <translation>实施阶段：{span}</translation>
    </message>
    <message>
        <source>Summary: {span}</source>
        <translation>总结阶段：{span}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Report by {date} ({due})</source>
        <translation>{date}前上报（{due}）</translation>
    </message>
    <message>
        <source>No report deadline yet</source>
        <translation>尚未设定上报期限</translation>
    </message>
    <message>
        <source>Group leader: {name}</source>
        <translation>组长：{name}</translation>
    </message>
    <message>
        <source>Deputy leaders: {names}</source>
        <translation>副组长：{names}</translation>
    </message>
    <message>
        <source>Office in charge: {name}</source>
        <translation>日常工作：{name}</translation>
    </message>
    <message>
        <source>The leading group is not set yet.</source>
        <translation>尚未设定领导小组。</translation>
    </message>
    <message>
        <source>{targets} targets, {excluded} excluded</source>
        <translation>回访对象 {targets} 件，排除 {excluded} 件</translation>
    </message>
    <message>
        <source>No package written for the county yet.</source>
        <translation>尚未导出报送县里的数据包。</translation>
    </message>
    <message>
        <source>Last package for the county written {when}; the data changed since.</source>
        <translation>最近一次报送县里的数据包导出于 {when}；此后数据已有变动。</translation>
    </message>
    <message>
        <source>Last package for the county written {when}; up to date.</source>
        <translation>最近一次报送县里的数据包导出于 {when}；数据无变动。</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <source>Campaign</source>
        <translation>回访活动</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>回访/排除</translation>
    </message>
    <message>
        <source>Exclusion reason</source>
        <translation>排除原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case registered</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>修改案件</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <source>Petitioner registered</source>
        <translation>登记信访人</translation>
    </message>
    <message>
        <source>Petitioner changed</source>
        <translation>修改信访人</translation>
    </message>
    <message>
        <source>Petitioner deleted</source>
        <translation>删除信访人</translation>
    </message>
    <message>
        <source>Personal data shown</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>From the ledger {file}</source>
        <translation>来自台账 {file}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>例如 2017-07-03</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Several numbers separated by commas</source>
        <translation>多个号码用逗号分隔</translation>
    </message>
    <message>
        <source>ID number, phones and address are masked. Showing them is recorded.</source>
        <translation>身份证号、电话和住址已遮挡。显示完整信息将被记录。</translation>
    </message>
    <message>
        <source>Reveal personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>Return-visit campaigns that considered this case</source>
        <translation>筛选过本案件的回访活动</translation>
    </message>
    <message>
        <source>Case {case_no}</source>
        <translation>案件 {case_no}</translation>
    </message>
    <message>
        <source>{case_no} · {petitioner}</source>
        <translation>{case_no} · {petitioner}</translation>
    </message>
    <message>
        <source>Other cases of this petitioner: {count}</source>
        <translation>该信访人的其他案件：{count} 件</translation>
    </message>
    <message>
        <source>This petitioner has no other case in the register.</source>
        <translation>该信访人在台账中没有其他案件。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Discard the changes made to this case?</source>
        <translation>放弃对本案件所做的修改吗？</translation>
    </message>
</context>
<context>
    <name>CaseField</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Many people involved</source>
        <translation>涉众</translation>
    </message>
    <message>
        <source>Strong policy content</source>
        <translation>政策性强</translation>
    </message>
    <message>
        <source>Likely to rebound</source>
        <translation>易反复</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Many people involved</source>
        <translation>涉众</translation>
    </message>
    <message>
        <source>Strong policy content</source>
        <translation>政策性强</translation>
    </message>
    <message>
        <source>Likely to rebound</source>
        <translation>易反复</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>需跟踪</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <extracomment>Role giving a row&apos;s ``CaseRow`` (unmasked: for code, never for display). Stable keys of the columns (remembered settings, exports).</extracomment>
        <translation>信访件编号</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Source level</source>
        <translation>交办来源</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Responsible leader</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>主要诉求</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>案件台账</translation>
    </message>
    <message>
        <source>Reveal personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>Show ID numbers, phones and addresses in full. This is recorded.</source>
        <translation>完整显示身份证号、电话和住址。此操作将被记录。</translation>
    </message>
    <message>
        <source>Export to xlsx…</source>
        <translation>导出为 xlsx…</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>正在建立检索索引…</translation>
    </message>
    <message>
        <source>Settled or not</source>
        <translation>是否息诉罢访</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>未息诉罢访</translation>
    </message>
    <message>
        <source>Any campaign</source>
        <translation>不限活动</translation>
    </message>
    <message>
        <source>In the current campaign</source>
        <translation>在当前活动中</translation>
    </message>
    <message>
        <source>Not in the current campaign</source>
        <translation>不在当前活动中</translation>
    </message>
    <message>
        <source>Source level</source>
        <translation>交办来源</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <source>The register is empty. Import the county&apos;s ledger of concluded cases first (File ▸ Import ledger).</source>
        <translation>台账还是空的。请先导入县里的已办结信访事项台账（文件 ▸ 导入台账）。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Current campaign: {name}</source>
        <translation>当前活动：{name}</translation>
    </message>
    <message>
        <source>There is no current campaign.</source>
        <translation>当前没有回访活动。</translation>
    </message>
    <message>
        <source>Find a case: name, ID number, phone, case number, address or demand</source>
        <translation>查找案件：姓名、身份证号、电话、信访件编号、住址或诉求</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 件案件</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} 件案件</translation>
    </message>
    <message>
        <source>{shown} of {total} cases</source>
        <translation>{shown} / {total} 件案件</translation>
    </message>
    <message>
        <source>case-register</source>
        <translation>信访事项台账</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>导出案件清单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>主要诉求</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>信访事项台账</translation>
    </message>
    <message>
        <source>Exported {time}</source>
        <translation>导出时间：{time}</translation>
    </message>
    <message>
        <source>(personal data masked)</source>
        <translation>（个人信息已遮挡）</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Exporting {count} cases…</source>
        <translation>正在导出 {count} 件案件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{count} cases exported to {file}</source>
        <translation>已导出 {count} 件案件到 {file}</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <source>Close item</source>
        <translation>办结事项</translation>
    </message>
    <message>
        <source>{kind} of case {case_no}</source>
        <translation>案件 {case_no} 的{kind}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>What was done and how it ended, e.g. the unit re-examined the case and replied</source>
        <translation>做了什么、结果如何，例如：承办单位已重新核查并答复信访人</translation>
    </message>
    <message>
        <source>The day the item was done; not in the future.</source>
        <translation>事项办结的日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>办理结果(&amp;R)</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>办结日期(&amp;O)</translation>
    </message>
    <message>
        <source>Close the item with this result (Ctrl+Enter)</source>
        <translation>按此结果办结该事项（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (write it as {example}).</source>
        <translation>“{text}”不是日期（请写成 {example}）。</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Add attempt</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Add a contact attempt (Insert in the table)</source>
        <translation>添加一条联系记录（在表格中按 Insert）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the chosen attempt (Delete in the table)</source>
        <translation>删除所选联系记录（在表格中按 Delete）</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n petitioner(s)</source>
        <translation>
            <numerusform>%n 名信访人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n 个回访对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit record(s)</source>
        <translation>
            <numerusform>%n 条回访记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n 个活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n 份登记表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountyMergeBox</name>
    <message>
        <source>County office: merge the towns&apos; packages</source>
        <translation>县活动办：合并各乡镇数据包</translation>
    </message>
    <message>
        <source>Merge packages…</source>
        <translation>合并数据包…</translation>
    </message>
    <message>
        <source>Each package is checked whole and merged by town and case number; a signed receipt is written beside it for the town.</source>
        <translation>每个数据包均经完整校验后按乡镇和信访件编号合并，并在数据包旁写出一份带签名的回执交回乡镇。</translation>
    </message>
    <message>
        <source>{town}, {campaign}: package of {produced}, merged {merged}</source>
        <translation>{town}，{campaign}：{produced} 导出的数据包，{merged} 合并</translation>
    </message>
    <message>
        <source>Towns merged:</source>
        <translation>已合并的乡镇：</translation>
    </message>
    <message>
        <source>what was still open is not recorded (an older package)</source>
        <translation>未记录导出时尚未完成的事项（旧版数据包）</translation>
    </message>
    <message>
        <source>nothing was still open when the town wrote it</source>
        <translation>导出时没有未完成的事项</translation>
    </message>
    <message>
        <source>still open when written: {unassigned} unassigned, {unvisited} not visited, {draft_only} draft only, {overdue} with overdue items</source>
        <translation>导出时尚未完成：{unassigned} 件未分配，{unvisited} 件未回访，{draft_only} 件登记表仅有草稿，{overdue} 件有逾期事项</translation>
    </message>
    <message>
        <source>The towns&apos; packages</source>
        <translation>各乡镇的数据包</translation>
    </message>
    <message>
        <source>Exchange packages (*.rvpkg)</source>
        <translation>回访数据包 (*.rvpkg)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>The passphrase agreed with the towns (for {count} of the packages):</source>
        <translation>与乡镇约定的口令（用于其中 {count} 个数据包）：</translation>
    </message>
    <message>
        <source>Unencrypted packages</source>
        <translation>未加密的数据包</translation>
    </message>
    <message>
        <source>{count} of the packages are not encrypted: anyone could have read or written them on the way, and their origin is not proven. Merge them anyway?</source>
        <translation>其中 {count} 个数据包未加密：途中任何人都可能读过或改写过，来源未经证明。仍要合并吗？</translation>
    </message>
    <message>
        <source>signed with the town&apos;s registered key</source>
        <translation>由该镇已登记的密钥签名</translation>
    </message>
    <message>
        <source>signed with the town&apos;s key, not encrypted</source>
        <translation>由该镇密钥签名，未加密</translation>
    </message>
    <message>
        <source>shared passphrase: origin not proven</source>
        <translation>共用口令：来源未经证明</translation>
    </message>
    <message>
        <source>not encrypted: origin not proven</source>
        <translation>未加密：来源未经证明</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>unchanged (merged before)</source>
        <translation>无变化（此前已合并）</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>({town}: {targets} targets)</source>
        <translation>（{town}：回访对象 {targets} 件）</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>An unexpected error occurred ({error}). What was saved is kept. The details are in the log file {log}; please send it to whoever looks after this program.</source>
        <translation>发生意外错误（{error}）。已保存的内容不受影响。详情记录在日志文件 {log} 中，请将它发给负责本程序的人员。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>yyyy-mm-dd hh:mm</source>
        <translation>年-月-日 时:分</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
</context>
<context>
    <name>EarlierVisitsModel</name>
    <message>
        <source>Visit no.</source>
        <extracomment>Fields typed as multi-line text (the others are one line).</extracomment>
        <translation>次数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
    <message>
        <source>Visit {n}</source>
        <translation>第{n}次</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>The register is empty, so there is nothing here yet. Start by importing the county&apos;s ledger of concluded cases (an Excel file: .xlsx, .xls, .csv or .ods). Then create the campaign and screen its targets.</source>
        <translation>案件台账还是空的，这里暂时没有内容。请先导入县里下发的已办结信访事项台账（Excel 文件：.xlsx、.xls、.csv 或 .ods），再创建回访活动、筛选回访对象。</translation>
    </message>
    <message>
        <source>&amp;Import the ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>Look at the &amp;demo first</source>
        <translation>先看看演示数据(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ExchangeKeysDialog</name>
    <message>
        <source>Exchange keys</source>
        <translation>交换密钥</translation>
    </message>
    <message>
        <source>Each office keeps its own private key in its database and hands over only its public key file. Compare every fingerprint by phone before trusting a key file that came on a stick.</source>
        <translation>每个单位在自己的数据库中保存私钥，只交出公钥文件。U盘带来的公钥文件，先电话核对指纹再使用。</translation>
    </message>
    <message>
        <source>This office&apos;s key</source>
        <translation>本单位的密钥</translation>
    </message>
    <message>
        <source>Save the town&apos;s public key for the county…</source>
        <translation>保存本镇公钥（交县里）…</translation>
    </message>
    <message>
        <source>Save the county&apos;s public key for the towns…</source>
        <translation>保存县里公钥（交各乡镇）…</translation>
    </message>
    <message>
        <source>A town: the county&apos;s key</source>
        <translation>乡镇：县里的公钥</translation>
    </message>
    <message>
        <source>Install the county&apos;s key file…</source>
        <translation>安装县里的公钥文件…</translation>
    </message>
    <message>
        <source>The county: the towns&apos; keys</source>
        <translation>县里：各乡镇的公钥</translation>
    </message>
    <message>
        <source>Register a town&apos;s key file…</source>
        <translation>登记乡镇公钥文件…</translation>
    </message>
    <message>
        <source>Revoke a town&apos;s key…</source>
        <translation>吊销乡镇密钥…</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>No key pair yet: saving the public key makes it.</source>
        <translation>尚无密钥对：保存公钥时生成。</translation>
    </message>
    <message>
        <source>Installed: {name}, fingerprint {fingerprint}. Packages are encrypted to it.</source>
        <translation>已安装：{name}，指纹 {fingerprint}。数据包用它加密。</translation>
    </message>
    <message>
        <source>Not installed: packages are sealed with the shared passphrase.</source>
        <translation>未安装：数据包用共用口令加密。</translation>
    </message>
    <message>
        <source>revoked {when}</source>
        <translation>已吊销 {when}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>No town&apos;s key registered yet.</source>
        <translation>尚未登记任何乡镇的公钥。</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>保存公钥</translation>
    </message>
    <message>
        <source>Key files (*.rvkey)</source>
        <translation>公钥文件 (*.rvkey)</translation>
    </message>
    <message>
        <source>The public key was saved to {path}. Hand it over, and read this fingerprint to the other office by phone: {fingerprint}</source>
        <translation>公钥已保存到 {path}。请把文件交给对方，并电话把指纹念给对方：{fingerprint}</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>公钥文件</translation>
    </message>
    <message>
        <source>Install the key of {name}? Compare the fingerprint with the county by phone first.</source>
        <translation>安装{name}的公钥？请先与县里电话核对指纹。</translation>
    </message>
    <message>
        <source>The town this key belongs to:</source>
        <translation>这个公钥属于哪个乡镇：</translation>
    </message>
    <message>
        <source>Register this key for {town}? Compare the fingerprint with the town by phone first.</source>
        <translation>把这个公钥登记为{town}的？请先与该镇电话核对指纹。</translation>
    </message>
    <message>
        <source>Revoke the key of:</source>
        <translation>吊销以下乡镇的密钥：</translation>
    </message>
    <message>
        <source>Revoke the key of {town}? Its packages signed with this key are refused from now on, until its new key is registered.</source>
        <translation>吊销{town}的密钥？此后用该密钥签名的数据包一律拒收，直到登记它的新公钥。</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send to the county</source>
        <extracomment>a county database starts empty and fills by merging towns&apos; packages here</extracomment>
        <translation>报送县里</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>回访活动：</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <source>Look for sticks again</source>
        <translation>重新查找U盘</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>写入：</translation>
    </message>
    <message>
        <source>Encrypt with the passphrase agreed with the county (recommended)</source>
        <translation>使用与县里约定的口令加密（推荐）</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>已导出的数据包</translation>
    </message>
    <message>
        <source>Import the county&apos;s receipt…</source>
        <translation>导入县里的回执…</translation>
    </message>
    <message>
        <source>no current campaign</source>
        <translation>无当前回访活动</translation>
    </message>
    <message>
        <source>Encrypt to the county&apos;s key (fingerprint {fingerprint}; recommended)</source>
        <translation>用县里的公钥加密（指纹 {fingerprint}，推荐）</translation>
    </message>
    <message>
        <source>Report to the county by {date} ({due}).</source>
        <translation>须于 {date} 前报送县里（{due}）。</translation>
    </message>
    <message>
        <source>No package has been written for this campaign yet.</source>
        <translation>本次活动尚未导出数据包。</translation>
    </message>
    <message>
        <source>Last package written {when}</source>
        <translation>最近一次导出数据包：{when}</translation>
    </message>
    <message>
        <source>, received by the county.</source>
        <translation>，县里已接收。</translation>
    </message>
    <message>
        <source>, no receipt yet.</source>
        <translation>，尚未收到回执。</translation>
    </message>
    <message>
        <source>The data changed since: write a new package before the deadline.</source>
        <translation>此后数据已有变动，请在截止日期前重新导出数据包。</translation>
    </message>
    <message>
        <source>(no stick found: choose a folder)</source>
        <translation>（未找到U盘，请选择文件夹）</translation>
    </message>
    <message>
        <source>Write the package into</source>
        <translation>数据包写入位置</translation>
    </message>
    <message>
        <source>Choose the stick or a folder to write the package into.</source>
        <translation>请选择写入数据包的U盘或文件夹。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the passphrase again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Write unencrypted?</source>
        <translation>导出不加密的数据包？</translation>
    </message>
    <message>
        <source>Without encryption anyone who finds the stick can read the petitioners&apos; names, ID numbers, phones and addresses. Write it unencrypted?</source>
        <translation>不加密时，任何拿到U盘的人都能读取信访人的姓名、身份证号、电话和住址。确定导出不加密的数据包吗？</translation>
    </message>
    <message>
        <source>Send with work still open?</source>
        <translation>还有未完成的工作，仍要报送吗？</translation>
    </message>
    <message>
        <source>Still open: {unassigned} targets unassigned, {unvisited} not visited, {draft_only} with a draft form only, {overdue} with overdue items. Write the package as it is?</source>
        <translation>尚未完成：{unassigned} 件未分配回访任务，{unvisited} 件未回访，{draft_only} 件登记表仅有草稿，{overdue} 件有逾期事项。仍按现状导出数据包吗？</translation>
    </message>
    <message>
        <source>Written: {path} ({targets} targets, {visits} visit records). Give the county the stick; the passphrase never travels with it.</source>
        <translation>已写入：{path}（回访对象 {targets} 件，回访登记表 {visits} 份）。请将U盘交县里；口令不要随U盘传递。</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>数据报送</translation>
    </message>
    <message>
        <source>The county&apos;s receipts</source>
        <translation>县里的回执</translation>
    </message>
    <message>
        <source>Receipts (*.rvreceipt)</source>
        <translation>回执 (*.rvreceipt)</translation>
    </message>
    <message>
        <source>{package}: received by {office} on {when}.</source>
        <translation>{package}：{office}已于 {when} 接收。</translation>
    </message>
    <message>
        <source>the county</source>
        <translation>县里</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude from the targets</source>
        <translation>排除出回访对象</translation>
    </message>
    <message>
        <source>Why (kept with the exclusion)</source>
        <translation>原因（随排除记录保存）</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n case(s) from the targets.</source>
        <translation>
            <numerusform>将 %n 件案件排除出回访对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ExportTableModel</name>
    <message>
        <source>Written</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>导出人</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>回访活动</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>应回访</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256 校验值</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Received by the county</source>
        <translation>县里接收情况</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未接收</translation>
    </message>
    <message>
        <source>{when}, {office}</source>
        <translation>{when}，{office}</translation>
    </message>
</context>
<context>
    <name>FollowUpItemsModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Reason / action</source>
        <translation>原因 / 措施</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>信访件编号</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>所在村</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Responsible unit or person</source>
        <translation>责任单位（人）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Open</source>
        <extracomment>The state filter: (code, label); None shows every item.</extracomment>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Close item…</source>
        <translation>办结事项…</translation>
    </message>
    <message>
        <source>Record the result of the chosen item (Enter)</source>
        <translation>登记所选事项的办理结果（Enter）</translation>
    </message>
    <message>
        <source>Open the form</source>
        <translation>打开登记表</translation>
    </message>
    <message>
        <source>The registration form of the chosen item&apos;s case (double-click)</source>
        <translation>打开所选事项所属案件的回访登记表（双击）</translation>
    </message>
    <message>
        <source>Export open items…</source>
        <translation>导出未办结事项…</translation>
    </message>
    <message>
        <source>The list of open and overdue items as an Excel workbook, ready to print</source>
        <translation>将未办结和逾期事项清单导出为 Excel 工作簿，可直接打印</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Overdue items come first, in red. Double-click opens the case&apos;s form.</source>
        <translation>逾期事项排在最前，以红色显示。双击打开该案件的登记表。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No current campaign: create one on the Campaign page.</source>
        <translation>没有当前回访活动：请在“活动与筛选”页创建。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{open} open ({kinds}) · {overdue} overdue · {closed} closed · {shown} shown</source>
        <translation>未办结 {open} 项（{kinds}）· 逾期 {overdue} 项 · 已办结 {closed} 项 · 显示 {shown} 项</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>This item is closed already; its result stays as it is.</source>
        <translation>该事项已办结，办理结果不再修改。</translation>
    </message>
    <message>
        <source>Item closed. It was the last one of case {case_no}: the task is done.</source>
        <translation>事项已办结。这是案件 {case_no} 的最后一项，回访任务已完成。</translation>
    </message>
    <message>
        <source>Item closed.</source>
        <translation>事项已办结。</translation>
    </message>
    <message>
        <source>Follow-up items</source>
        <translation>跟踪事项清单</translation>
    </message>
    <message>
        <source>Export open items</source>
        <translation>导出未办结事项</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已导出：{path}</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>Suggested by the tabs above: {answer}</source>
        <translation>根据前面各页建议：{answer}</translation>
    </message>
    <message>
        <source>The tabs above do not say: decide.</source>
        <translation>前面各页无法判断，请选择。</translation>
    </message>
    <message>
        <source>Not a date: write it as 2026-11-18.</source>
        <translation>不是有效日期，请按 2026-11-18 的格式填写。</translation>
    </message>
    <message>
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
</context>
<context>
    <name>FormTabs</name>
    <message>
        <source>Case number</source>
        <translation>信访件编号</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Source and channel</source>
        <translation>交办来源和信访形式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>主要诉求</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Responsible leader</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Handling conclusion</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>The case in the register: petitioner, handling, history (Ctrl+K)</source>
        <translation>台账中的本案：信访人、办理情况、修改记录（Ctrl+K）</translation>
    </message>
    <message>
        <source>Earlier visits (read-only)</source>
        <translation>以往回访（只读）</translation>
    </message>
    <message>
        <source>Enter or double-click shows that visit&apos;s form, read-only</source>
        <translation>按回车或双击以只读方式查看该次回访登记表</translation>
    </message>
    <message>
        <source>Petitioner away: phone, and ask at the former residence</source>
        <translation>信访人在外：电话回访，并到原住地了解情况</translation>
    </message>
    <message>
        <source>The three looks (三看) follow the answers to points (1), (3) and (5). Take them with the button; an answer that differs needs a note.</source>
        <translation>三看由第(1)(3)(5)项的回答得出。按按钮采用；与之不同的须写明说明。</translation>
    </message>
    <message>
        <source>Confirm the suggestions</source>
        <translation>确认建议结果</translation>
    </message>
    <message>
        <source>Take the answers suggested by the tabs above</source>
        <translation>采用前面各页建议的结果</translation>
    </message>
    <message>
        <source>Items of this task (rework, help, follow-up), tracked until closed</source>
        <translation>本案事项（督办整改、帮扶、跟踪回访），跟踪至办结</translation>
    </message>
    <message>
        <source>Close item…</source>
        <translation>办结事项…</translation>
    </message>
    <message>
        <source>Record the result of the chosen open item (or double-click it)</source>
        <translation>登记所选未办结事项的办理结果（或双击该事项）</translation>
    </message>
    <message>
        <source>State of the record</source>
        <translation>登记表状态</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Reopened because</source>
        <translation>重新打开原因</translation>
    </message>
    <message>
        <source>Draft → final (Ctrl+Enter, when nothing is missing) → reviewed by the office lead. A final record is read-only until reopened with a reason.</source>
        <translation>草稿 → 定稿（填写完整后按 Ctrl+Enter）→ 由信访办负责人审核。定稿后只读，须说明理由重新打开才能修改。</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>The user guide is missing: {path}</source>
        <translation>找不到使用说明：{path}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Choose the ledger file the county sent.</source>
        <translation>请选择县里下发的台账文件。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>逐行检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Back to columns</source>
        <translation>返回列对应</translation>
    </message>
    <message>
        <source>Check which column holds each field; fields marked * are needed. The choice is remembered for files with the same headers.</source>
        <translation>请核对每个项目对应哪一列；带 * 的必须有。您的选择会被记住，下次导入表头相同的文件时自动套用。</translation>
    </message>
    <message>
        <source>Reject rows whose ID number is wrong (otherwise imported with the ID left empty)</source>
        <translation>身份证号有误的行不导入（否则照常导入，身份证号留空）</translation>
    </message>
    <message>
        <source>Save rejected rows as xlsx…</source>
        <translation>把未导入的行另存为 xlsx…</translation>
    </message>
    <message>
        <source>Choose ledger</source>
        <translation>选择台账</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.xls *.xlsm *.ods *.et *.csv);;All files (*)</source>
        <translation>台账 (*.xlsx *.xls *.xlsm *.ods *.et *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>{file}: {rows} data rows under the header in row {header}.</source>
        <translation>{file}：第 {header} 行为表头，其下有 {rows} 行数据。</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>工作表：{sheet}</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>（本文件中没有）</translation>
    </message>
    <message>
        <source>The column mapping you confirmed earlier was applied.</source>
        <translation>已套用您上次确认的列对应关系。</translation>
    </message>
    <message>
        <source>Choose the column of: {fields}.</source>
        <translation>请选择以下项目所在的列：{fields}。</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rows}&lt;/b&gt; rows read: &lt;b&gt;{new}&lt;/b&gt; new cases, &lt;b&gt;{updated}&lt;/b&gt; updated, &lt;b&gt;{unchanged}&lt;/b&gt; unchanged, &lt;b&gt;{rejected}&lt;/b&gt; rejected. Rows with warnings are imported; check them below.</source>
        <translation>共读取 &lt;b&gt;{rows}&lt;/b&gt; 行：新增案件 &lt;b&gt;{new}&lt;/b&gt; 件，更新 &lt;b&gt;{updated}&lt;/b&gt; 件，无变化 &lt;b&gt;{unchanged}&lt;/b&gt; 件，不能导入 &lt;b&gt;{rejected}&lt;/b&gt; 行。有提示的行也会导入，请在下面逐条核对。</translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the register.</source>
        <translation>没有需要导入的内容：各行都已在台账中。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: {new} new cases, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>导入完成：新增案件 {new} 件，更新 {updated} 件，无变化 {unchanged} 件，不能导入 {rejected} 行。</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-未导入</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reason not imported</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <source>Rejected rows saved to {file}.</source>
        <translation>未导入的行已保存到 {file}。</translation>
    </message>
    <message>
        <source>Cancelled. The database was not changed.</source>
        <translation>已取消，数据库没有任何改动。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Will update</source>
        <translation>将更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>LedgerField</name>
    <message>
        <source>Case number</source>
        <translation>信访件编号</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <source>Source level</source>
        <translation>交办来源</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>主要诉求</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Responsible leader</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Handling conclusion</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>LeftOutPanel</name>
    <message>
        <source>No assignment</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>No responsible leader</source>
        <translation>未明确包案领导</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>未定完成时限</translation>
    </message>
    <message>
        <source>Follow-up needed, nothing open</source>
        <translation>需跟踪但无在办事项</translation>
    </message>
    <message>
        <source>Not visited by the due date</source>
        <translation>逾期未回访</translation>
    </message>
    <message>
        <source>Visited, form not final</source>
        <translation>已回访未定稿</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>跟踪事项逾期</translation>
    </message>
    <message>
        <source>Nobody left out</source>
        <translation>不漏一案、不漏一人</translation>
    </message>
</context>
<context>
    <name>LeftOutToggle</name>
    <message>
        <source>Show or fold the list of what is left out</source>
        <translation>显示或收起遗漏清单</translation>
    </message>
    <message>
        <source>Left out: {count} {arrow}</source>
        <translation>遗漏：{count} {arrow}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Return-visit desk</source>
        <translation>信访回访工作台</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件台账</translation>
    </message>
    <message>
        <source>The register of concluded cases: import the county&apos;s ledgers, find any case as you type, see a petitioner&apos;s other cases.</source>
        <translation>已办结信访事项台账：导入县里的台账，边输入边查找案件，查看同一信访人的其他案件。</translation>
    </message>
    <message>
        <source>Campaign &amp; screening</source>
        <translation>活动与筛选</translation>
    </message>
    <message>
        <source>Create the campaign with its stages and deadline, and screen the targets by the plan&apos;s criteria, keeping every exclusion&apos;s reason.</source>
        <translation>创建回访活动，设定三个阶段和上报期限；按方案条件筛选回访对象，每件排除的案件都记下原因。</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>任务分配</translation>
    </message>
    <message>
        <source>Give every target to a leader and visitors, by method and due date, and see which are not assigned, not visited or overdue.</source>
        <translation>逐案明确包案领导、回访人员、回访方式和完成时限，随时掌握未分配、未回访和逾期的案件。</translation>
    </message>
    <message>
        <source>Visit records</source>
        <translation>回访登记</translation>
    </message>
    <message>
        <source>One case, one form: type in the return-visit registration forms, drafts saved as you type, follow-ups tracked until closed.</source>
        <translation>一案一表：录入回访登记表，边录边自动保存草稿，跟踪回访事项直至办结。</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计汇总</translation>
    </message>
    <message>
        <source>The feedback statistics and summary tables for the county, and the analysis report for the leaders.</source>
        <translation>生成报县里的回访情况反馈统计表和汇总表，以及报领导的专题分析。</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>数据报送</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟踪事项</translation>
    </message>
    <message>
        <source>Rework, help and follow-up items raised by the visits: what is open, what is overdue, and closing each with its result.</source>
        <translation>回访产生的督办整改、帮扶和跟踪回访事项：哪些未办结、哪些已逾期，逐项登记结果后办结。</translation>
    </message>
    <message>
        <source>The encrypted data package for the county on a USB stick, and backups.</source>
        <translation>用U盘向县里报送加密数据包；数据备份与恢复。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>The &amp;office…</source>
        <translation>本办信息(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Records to review…</source>
        <translation>待复核登记表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Exchange keys…</source>
        <translation>交换密钥(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>新的语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <extracomment>&quot;import a ledger first&quot;, over every built area while the register is empty the areas an overview tile or next step opens, by the overview&apos;s names</extracomment>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>Return-visit desk — {name}</source>
        <translation>信访回访工作台 — {name}</translation>
    </message>
    <message>
        <source>{cases} cases · {targets} targets</source>
        <translation>案件 {cases} 件 · 回访对象 {targets} 件</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} 已存在。请换一个文件名。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;b&gt;Return-visit desk&lt;/b&gt; {version}&lt;br&gt;For the return visits of a town petition office (千案回访).&lt;br&gt;Database: {path}</source>
        <translation>&lt;b&gt;信访回访工作台&lt;/b&gt; {version}&lt;br&gt;乡镇信访办&quot;千案回访&quot;工作用。&lt;br&gt;数据库：{path}</translation>
    </message>
</context>
<context>
    <name>MultiChoiceButton</name>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{title}: {count} chosen</source>
        <translation>{title}：已选 {count} 项</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>The office</source>
        <translation>本办信息</translation>
    </message>
    <message>
        <source>The town and the office are printed on every form and table of this database.</source>
        <translation>乡镇和信访办名称会印在本数据库打印的每一张登记表和统计表上。</translation>
    </message>
    <message>
        <source>Town: visits in person (上门走访)</source>
        <translation>乡镇：上门走访</translation>
    </message>
    <message>
        <source>County: may visit by phone</source>
        <translation>县级：可以电话回访</translation>
    </message>
    <message>
        <source>The plan: the county gives priority to telephone return visits; the town must meet the petitioner in the form of a visit.</source>
        <translation>方案要求：县里以电话回访为主；乡镇必须以走访形式与信访人见面。</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>for example 青山镇</source>
        <translation>例如：青山镇</translation>
    </message>
    <message>
        <source>The town (乡镇) whose return visits this is; printed on every form.</source>
        <translation>开展回访的乡镇，会印在每一张回访登记表上。</translation>
    </message>
    <message>
        <source>The office that fills in the forms, as it signs them (填报单位, for example 青山镇信访办).</source>
        <translation>填写回访登记表的单位，即表上的“填报单位”（例如：青山镇信访办）。</translation>
    </message>
    <message>
        <source>Your name, as the clerk who keeps the register.</source>
        <translation>您的姓名，即管理台账的经办人。</translation>
    </message>
    <message>
        <source>for example 0792-1234567</source>
        <translation>例如 0792-1234567</translation>
    </message>
    <message>
        <source>The office&apos;s phone (联系电话), printed in the sign-off block of the feedback statistics and the summary table. May stay empty.</source>
        <translation>本单位的联系电话，打印在反馈统计表和汇总表的填报信息栏中。可以不填。</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>信访办名称(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Clerk&apos;s name:</source>
        <translation>经办人姓名(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>OfficeLevel</name>
    <message>
        <source>&amp;County office (merges the towns&apos; packages)</source>
        <translation>县级活动办（合并各乡镇数据包）(&amp;C)</translation>
    </message>
</context>
<context>
    <name>OtherCasesModel</name>
    <message>
        <source>Case number</source>
        <translation>信访件编号</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>主要诉求</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <extracomment>Where each tile leads: the area (a page of the main window) and the filter that shows the same items there (&quot;&quot; for none). a tile was clicked: the area to open and the filter to show there</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <source>Cases in the register</source>
        <translation>台账案件</translation>
    </message>
    <message>
        <source>Petitioners</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Return-visit targets</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <source>Considered and excluded</source>
        <translation>已筛除案件</translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Assigned, not visited</source>
        <translation>已分配未回访</translation>
    </message>
    <message>
        <source>Visited, form to finish</source>
        <translation>已回访待完善</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需跟踪回访</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Draft visit records</source>
        <translation>登记表草稿</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>未办结跟踪事项</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期跟踪事项</translation>
    </message>
    <message>
        <source>Open {area}</source>
        <translation>打开“{area}”</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Create the campaign and its plan</source>
        <translation>创建回访活动，填写活动计划</translation>
    </message>
    <message>
        <source>Screen the register for the campaign&apos;s targets</source>
        <translation>从案件台账中筛选回访对象</translation>
    </message>
    <message>
        <source>Overdue follow-up items: {n}</source>
        <translation>已逾期的跟踪事项：{n} 项</translation>
    </message>
    <message>
        <source>Targets without a visitor: {n}</source>
        <translation>尚未分配回访人员的回访对象：{n} 个</translation>
    </message>
    <message>
        <source>Assigned targets not yet visited: {n}</source>
        <translation>已分配尚未回访的回访对象：{n} 个</translation>
    </message>
    <message>
        <source>Visit records still in draft: {n} (finish and finalise them)</source>
        <translation>仍是草稿的登记表：{n} 份（请补全并定稿）</translation>
    </message>
    <message>
        <source>Send the campaign&apos;s data to the county</source>
        <translation>向县信访局报送本次活动数据</translation>
    </message>
    <message>
        <source>Send the campaign&apos;s data to the county: the deadline passed {n} days ago</source>
        <translation>向县信访局报送本次活动数据：已超过上报期限 {n} 天</translation>
    </message>
    <message>
        <source>Send the campaign&apos;s data to the county: {n} days left</source>
        <translation>向县信访局报送本次活动数据：距上报期限还有 {n} 天</translation>
    </message>
    <message>
        <source>No current campaign.</source>
        <translation>当前没有回访活动。</translation>
    </message>
    <message>
        <source>preparation stage</source>
        <translation>准备阶段</translation>
    </message>
    <message>
        <source>implementation stage</source>
        <translation>实施阶段</translation>
    </message>
    <message>
        <source>summary stage</source>
        <translation>总结阶段</translation>
    </message>
    <message>
        <source>outside the planned stages</source>
        <translation>不在方案各阶段内</translation>
    </message>
    <message>
        <source>Current campaign: {name} ({stage})</source>
        <translation>当前活动：{name}（{stage}）</translation>
    </message>
    <message>
        <source>No report deadline set.</source>
        <translation>尚未设定上报期限。</translation>
    </message>
    <message>
        <source>{days} days left to the report deadline ({date}).</source>
        <translation>距上报期限还有 {days} 天（{date}）。</translation>
    </message>
    <message>
        <source>The report deadline ({date}) passed {days} days ago.</source>
        <translation>上报期限（{date}）已过 {days} 天。</translation>
    </message>
    <message>
        <source>The register is empty. Start by importing the county&apos;s ledger of concluded cases (File ▸ Import ledger), then create the campaign and screen the targets.</source>
        <translation>台账还是空的。请先导入县里下发的已办结信访事项台账（文件 ▸ 导入台账），再创建回访活动、筛选回访对象。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>备份口令</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>The preview is not available here. Open the PDF in the PDF viewer.</source>
        <translation>此处无法预览，请用 PDF 阅读器打开。</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Open in PDF &amp;viewer</source>
        <translation>用 PDF 阅读器打开(&amp;V)</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>无法使用该打印机。</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>无法保存 {file}：{reason}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Campaign plan</source>
        <translation>活动实施方案</translation>
    </message>
    <message>
        <source>The plan drafted from the campaign: its dates, leading group, screening criteria and targets. Change what your county wants said differently; the first line is the title, lines starting with 一、 or （一） are headings, the last short lines are the office and the date.</source>
        <translation>按活动的日期、领导小组、筛选条件和回访对象起草的实施方案。可按本县要求修改文字：第一行是标题，以“一、”或“（一）”开头的行是标题层次，末尾的短行是落款单位和日期。</translation>
    </message>
    <message>
        <source>&amp;Redraft from the campaign</source>
        <translation>按活动重新起草(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The text you saved.</source>
        <translation>这是您保存的文字。</translation>
    </message>
    <message>
        <source>Drafted from the campaign; it follows the campaign until you save it.</source>
        <translation>按活动信息起草；保存前会随活动信息的修改而更新。</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Registration forms of the current campaign…</source>
        <translation>当前活动的回访登记表…</translation>
    </message>
    <message>
        <source>Blank registration forms…</source>
        <translation>空白回访登记表…</translation>
    </message>
    <message>
        <source>Task assignment table</source>
        <translation>回访任务分配表</translation>
    </message>
    <message>
        <source>Campaign plan</source>
        <translation>活动实施方案</translation>
    </message>
    <message>
        <source>Analysis report…</source>
        <translation>专题分析报告…</translation>
    </message>
    <message>
        <source>Filled forms of final records</source>
        <translation>已定稿的回访登记表（填写内容）</translation>
    </message>
    <message>
        <source>Route sheet of a visitor…</source>
        <translation>回访人员路线单…</translation>
    </message>
    <message>
        <source>Campaign plan…</source>
        <translation>活动实施方案…</translation>
    </message>
    <message>
        <source>Feedback statistics…</source>
        <translation>回访情况反馈统计表…</translation>
    </message>
    <message>
        <source>Summary table</source>
        <translation>回访情况汇总表</translation>
    </message>
    <message>
        <source>registration-forms</source>
        <translation>回访登记表</translation>
    </message>
    <message>
        <source>Registration forms</source>
        <translation>回访登记表</translation>
    </message>
    <message>
        <source>Blank registration forms</source>
        <translation>空白回访登记表</translation>
    </message>
    <message>
        <source>How many forms?</source>
        <translation>打印多少份？</translation>
    </message>
    <message>
        <source>blank-forms</source>
        <translation>空白登记表</translation>
    </message>
    <message>
        <source>filled-forms</source>
        <translation>回访登记表（已填写）</translation>
    </message>
    <message>
        <source>Filled registration forms</source>
        <translation>已填写的回访登记表</translation>
    </message>
    <message>
        <source>Route sheet</source>
        <translation>回访路线单</translation>
    </message>
    <message>
        <source>There are no visitors yet.</source>
        <translation>还没有回访人员。</translation>
    </message>
    <message>
        <source>Route sheet of:</source>
        <translation>回访人员：</translation>
    </message>
    <message>
        <source>route-sheet</source>
        <translation>回访路线单</translation>
    </message>
    <message>
        <source>Route sheet of {name}</source>
        <translation>{name} 的回访路线单</translation>
    </message>
    <message>
        <source>Feedback statistics</source>
        <translation>回访情况反馈统计表</translation>
    </message>
    <message>
        <source>Grouped by:</source>
        <translation>统计口径：</translation>
    </message>
    <message>
        <source>feedback-statistics</source>
        <translation>回访情况反馈统计表</translation>
    </message>
    <message>
        <source>summary-table</source>
        <translation>回访情况汇总表</translation>
    </message>
    <message>
        <source>assignment-table</source>
        <translation>回访任务分配表</translation>
    </message>
    <message>
        <source>campaign-plan</source>
        <translation>活动实施方案</translation>
    </message>
    <message>
        <source>Writing {title}…</source>
        <translation>正在生成{title}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Item closed. It was the last open one: the task is done.</source>
        <translation>事项已办结。这是最后一项未办结事项，回访任务已完成。</translation>
    </message>
    <message>
        <source>Item closed.</source>
        <translation>事项已办结。</translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}. It stays on screen.</source>
        <translation>草稿未能保存：{error}。已输入的内容仍保留在屏幕上。</translation>
    </message>
    <message>
        <source>Draft saved automatically at {time}.</source>
        <translation>草稿已于 {time} 自动保存。</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>草稿已于 {time} 保存。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需跟踪回访</translation>
    </message>
    <message>
        <source>Final. The task is now in the column “{column}”.</source>
        <translation>已定稿。任务已移至“{column}”。</translation>
    </message>
    <message>
        <source>A rework item went to the handling unit.</source>
        <translation>已向承办单位发出督办整改事项。</translation>
    </message>
    <message>
        <source>A help item was raised.</source>
        <translation>已生成帮扶事项。</translation>
    </message>
    <message>
        <source>A follow-up item was raised.</source>
        <translation>已生成跟踪回访事项。</translation>
    </message>
    <message>
        <source>Reopened: the record is a draft again.</source>
        <translation>已重新打开：登记表恢复为草稿。</translation>
    </message>
    <message>
        <source>Reopen the record</source>
        <translation>重新打开登记表</translation>
    </message>
    <message>
        <source>Why is the final record reopened? (kept in the history)</source>
        <translation>为什么重新打开已定稿的登记表？（将记入修改记录）</translation>
    </message>
    <message>
        <source>Reviewed.</source>
        <translation>已审核。</translation>
    </message>
    <message>
        <source>Review the record</source>
        <translation>审核登记表</translation>
    </message>
    <message>
        <source>Reviewed by (the office lead):</source>
        <translation>审核人（信访办负责人）：</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read.</source>
        <translation>数据库文件 {path} 已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The latest backup of it was made {when} ({file}). Restoring it puts it in place of the damaged file, which is kept beside it; what was entered after {when} must be entered again.</source>
        <translation>它最近的备份生成于 {when}（{file}）。恢复后，该备份将替换损坏的文件，损坏的文件会保留在同一文件夹中；{when} 之后录入的内容需要重新录入。</translation>
    </message>
    <message>
        <source>No backup of it was found in {folders}. Choose a backup file, or open another database.</source>
        <translation>在 {folders} 中没有找到它的备份。请选择一个备份文件，或打开其他数据库。</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>选择备份…</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The backup {file} could not be restored: {reason}</source>
        <translation>备份 {file} 无法恢复：{reason}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup {file} is restored. The damaged file is kept as {aside}.</source>
        <translation>备份 {file} 已恢复。损坏的文件保留为 {aside}。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to put back in place of {path}. The current file is first kept beside it as a copy, so nothing is lost.</source>
        <translation>请选择用于替换 {path} 的备份。当前文件会先在同一文件夹中保留一份副本，数据不会丢失。</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>正在查找备份…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>{n} backups found in {folders}.</source>
        <translation>在 {folders} 中找到 {n} 份备份。</translation>
    </message>
    <message>
        <source>No backups found in {folders}. Choose a file instead.</source>
        <translation>在 {folders} 中没有找到备份，请改为选择文件。</translation>
    </message>
    <message>
        <source>The backups could not be listed: {error}</source>
        <translation>无法列出备份：{error}</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Databases and backups (*.sqlite *.db *.enc);;All files (*)</source>
        <translation>数据库和备份 (*.sqlite *.db *.enc);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Case number</source>
        <translation>信访件编号</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>What it lacks</source>
        <translation>缺少的内容</translation>
    </message>
</context>
<context>
    <name>RouteSheetDialog</name>
    <message>
        <source>Route sheet of {name}</source>
        <translation>{name} 的回访路线单</translation>
    </message>
    <message>
        <source>Save as xlsx…</source>
        <translation>另存为 xlsx…</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>Showing phones and addresses in full is recorded.</source>
        <translation>完整显示电话和住址会记入审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n 个未完成任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the route sheet</source>
        <translation>保存回访路线单</translation>
    </message>
    <message>
        <source>route-sheet</source>
        <translation>回访路线单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RouteStopModel</name>
    <message>
        <source>Case number</source>
        <translation>信访件编号</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>包案领导</translation>
    </message>
</context>
<context>
    <name>RuleReviewDialog</name>
    <message>
        <source>Records to review</source>
        <extracomment>a record was reopened (its target id): the caller may open the form</extracomment>
        <translation>待复核登记表</translation>
    </message>
    <message>
        <source>These final records were made under earlier rules and break one of the plan&apos;s rules now. Reopen a record to complete it, or keep it as it is with a note. Nothing is changed without you.</source>
        <translation>以下定稿登记表按旧规则填写，不符合方案的现行要求。可重新打开补充完整，或说明理由后保留原样。未经您操作，不会改动任何记录。</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Keep with a note…</source>
        <translation>说明后保留(&amp;K)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No final record breaks the plan&apos;s rules.</source>
        <translation>没有不符合方案要求的定稿登记表。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Why is the record reopened?</source>
        <translation>重新打开的原因：</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>保留原样</translation>
    </message>
    <message>
        <source>Why is the record kept as it is?</source>
        <translation>保留原样的理由：</translation>
    </message>
</context>
<context>
    <name>ScanActions</name>
    <message>
        <source>Read &amp;scanned forms…</source>
        <translation>读取扫描的登记表(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Drop the scans of reviewed records…</source>
        <translation>删除已审核记录的扫描件(&amp;D)…</translation>
    </message>
    <message>
        <source>Read scanned forms</source>
        <translation>读取扫描的登记表</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)</source>
        <translation>扫描件 (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Reading the scanned forms…</source>
        <translation>正在读取扫描的登记表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading the scanned forms… %1 pages</source>
        <translation>正在读取扫描的登记表… 已读 %1 页</translation>
    </message>
    <message>
        <source>Drop the scans of reviewed records</source>
        <translation>删除已审核记录的扫描件</translation>
    </message>
    <message>
        <source>No reviewed record of the campaign keeps a scan: there is nothing to drop.</source>
        <translation>本次活动没有保存扫描件的已审核记录，无需删除。</translation>
    </message>
    <message>
        <source>Drop the scanned pages of %1 reviewed records of the campaign: %2 pages, %3?</source>
        <translation>删除本次活动 %1 条已审核记录的扫描件：共 %2 页，%3？</translation>
    </message>
    <message>
        <source>The records and their history stay; only the page images go, for good. The database then gets smaller by about that much, and so do its backups.</source>
        <translation>记录及其历史都保留，只永久删除页面图像。数据库及其备份随之变小约这么多。</translation>
    </message>
    <message>
        <source>Dropping the scans and compacting the database…</source>
        <translation>正在删除扫描件并压缩数据库…</translation>
    </message>
    <message>
        <source>%1 scanned pages dropped.</source>
        <translation>已删除 %1 页扫描件。</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <source>The scan is unsure of</source>
        <extracomment>outlines: a doubtful box, a handwriting area of the current tab Confirm pressed for a field: keep what the form shows Go to pressed for a field: show its input</extracomment>
        <translation>扫描件读不准的项目</translation>
    </message>
    <message>
        <source>Handwriting for this tab</source>
        <translation>本页的手写内容</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Show the field in the form</source>
        <translation>在表单中显示此项</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Keep what the form shows for this field: the doubt is settled</source>
        <translation>以表单上此项现在的内容为准：不再存疑</translation>
    </message>
    <message>
        <source>Nothing is written on the scan for this tab.</source>
        <translation>扫描件上本页没有手写内容。</translation>
    </message>
</context>
<context>
    <name>ScanReviewDialog</name>
    <message>
        <source>Scanned forms</source>
        <translation>扫描的登记表</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描页</translation>
    </message>
    <message>
        <source>Handwriting</source>
        <translation>手写内容</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open the form…</source>
        <translation>打开登记表(&amp;O)…</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>%1 uncertain</source>
        <translation>%1 项存疑</translation>
    </message>
    <message>
        <source>all sure</source>
        <translation>全部确定</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法识别：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未勾选）</translation>
    </message>
    <message>
        <source>The scan is not kept (the form was not stored).</source>
        <translation>未保存扫描页（该登记表没有写入）。</translation>
    </message>
</context>
<context>
    <name>ScanSide</name>
    <message>
        <source>Scan</source>
        <extracomment>the frame of a doubtful field&apos;s input the window&apos;s width with the scan beside the form (bounded by the screen) a doubt of the record was confirmed (visit id) the scan of the record (visit id) is shown, with its handwriting</extracomment>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Show or hide the scanned form beside the fields</source>
        <translation>在表单旁显示或隐藏扫描件</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>The scan is unsure: it read “%1”. Check the scan, then confirm.</source>
        <translation>扫描件读不准：读到“%1”。请对照扫描件核对后确认。</translation>
    </message>
    <message>
        <source>The scan is unsure: nothing sure was read. Check the scan, then confirm.</source>
        <translation>扫描件读不准：没有读到确定的内容。请对照扫描件核对后确认。</translation>
    </message>
    <message>
        <source>%1: nothing sure was read</source>
        <translation>%1：没有读到确定的内容</translation>
    </message>
    <message>
        <source>%1: the scan read “%2”</source>
        <translation>%1：扫描件读到“%2”</translation>
    </message>
    <message>
        <source>Confirmed: %1.</source>
        <translation>已确认：%1。</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <extracomment>the gap between two pages, pixels of the upright scan the zoom steps of − and + and of Ctrl+wheel</extracomment>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>The page as wide as the panel</source>
        <translation>页面与窗格同宽</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Drop cards here to add {name} as a visitor</source>
        <translation>把任务拖到这里，指定 {name} 为回访人员</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <source>Satisfaction of the {visited} visited targets (rate {rate})</source>
        <extracomment>At most this many bars in &quot;progress over time&quot;; longer campaigns are bucketed.</extracomment>
        <translation>已回访的 {visited} 件满意度构成（满意率 {rate}）</translation>
    </message>
    <message>
        <source>Satisfaction: no target visited yet</source>
        <translation>满意度：尚无已回访对象</translation>
    </message>
    <message>
        <source>{level}: {count}</source>
        <translation>{level} {count} 件</translation>
    </message>
    <message>
        <source>Satisfaction rate by handling unit</source>
        <translation>各承办单位满意率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Progress: visits per day, cumulative, against the plan</source>
        <translation>回访进度：每日回访数、累计回访数与计划进度对比</translation>
    </message>
    <message>
        <source>Progress: visits per {days} days, cumulative, against the plan</source>
        <translation>回访进度：每{days}日回访数、累计回访数与计划进度对比</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>每日回访件数</translation>
    </message>
    <message>
        <source>Visits per {days} days</source>
        <translation>每{days}日回访件数</translation>
    </message>
    <message>
        <source>{what} (right axis)</source>
        <translation>{what}（右轴）</translation>
    </message>
    <message>
        <source>Visited (cumulative)</source>
        <translation>累计已回访</translation>
    </message>
    <message>
        <source>Plan (cumulative)</source>
        <translation>计划进度（累计）</translation>
    </message>
    <message>
        <source>Targets visited (cumulative)</source>
        <translation>累计已回访件数</translation>
    </message>
</context>
<context>
    <name>StatisticsModel</name>
    <message>
        <source>Source level</source>
        <extracomment>The dimensions the rows may be grouped by, with their labels.</extracomment>
        <translation>交办来源</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>回访人员</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Visits</source>
        <extracomment>Labels of the groups of columns (the upper header row).</extracomment>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Visit method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Conclusion true and reasonable</source>
        <translation>办理结论是否属实合理</translation>
    </message>
    <message>
        <source>Reasonable demands solved</source>
        <translation>合理诉求解决</translation>
    </message>
    <message>
        <source>Answered by a proxy</source>
        <translation>代评</translation>
    </message>
    <message>
        <source>Opinions and suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Look 1: lawful handling</source>
        <translation>三看一：依法依政策处理</translation>
    </message>
    <message>
        <source>Look 2: satisfied</source>
        <translation>三看二：信访人满意</translation>
    </message>
    <message>
        <source>Look 3: opinions given</source>
        <translation>三看三：有意见建议</translation>
    </message>
    <message>
        <source>Practical difficulties</source>
        <translation>生产生活困难</translation>
    </message>
    <message>
        <source>Rework items</source>
        <translation>督办整改</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟踪回访</translation>
    </message>
    <message>
        <source>Targets</source>
        <extracomment>Labels of the columns (the lower header row: short, the group says the rest).</extracomment>
        <translation>应回访</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Visited as required</source>
        <translation>按规定方式回访</translation>
    </message>
    <message>
        <source>Visit rate</source>
        <translation>回访率</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门走访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>Former residence</source>
        <translation>原住地走访</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他方式</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收集</translation>
    </message>
    <message>
        <source>Handling opinions carried out</source>
        <translation>处理意见已落实</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>参评</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <source>Village committee</source>
        <translation>村（居）委会</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>已帮扶</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The satisfaction levels&apos; codes (labels from the county&apos;s vocabulary, data/).</extracomment>
        <translation>合计</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>(no visitor)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>未回访</translation>
    </message>
    <message>
        <source>Click to list the cases behind this figure</source>
        <translation>点击列出该数字对应的案件</translation>
    </message>
    <message>
        <source>Case number</source>
        <extracomment>Role giving a cell&apos;s ``(key, column)``: the row&apos;s key (None on the total) and the column. Role giving the raw value (int, a rate as a fraction, or None). Role giving a case row&apos;s case id (int).</extracomment>
        <translation>信访件编号</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>回访活动</translation>
    </message>
    <message>
        <source>Settled rate</source>
        <translation>息诉罢访率</translation>
    </message>
    <message>
        <source>Follow-ups closed on time</source>
        <translation>按期办结的跟踪事项</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Campaign:</source>
        <extracomment>The tabs, in order. A load finished and is shown (the tab&apos;s index). The cases behind a figure are listed (how many). A file was exported (its path). A message for the status bar. The clerk asked to open a case (its id). the figure whose cases are listed: (key, column), or None the day &quot;overdue&quot; is counted from; None: the clock&apos;s date</extracomment>
        <translation>回访活动：</translation>
    </message>
    <message>
        <source>Feedback statistics</source>
        <translation>反馈统计表</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>历年对比（长效机制）</translation>
    </message>
    <message>
        <source>Export feedback statistics</source>
        <translation>导出反馈统计表</translation>
    </message>
    <message>
        <source>Export summary table</source>
        <translation>导出汇总表</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Excel 工作簿（.xlsx）…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Rows by:</source>
        <translation>统计口径：</translation>
    </message>
    <message>
        <source>Click a figure to list the cases behind it.</source>
        <translation>点击表中任一数字，即可列出其对应的案件。</translation>
    </message>
    <message>
        <source>Double-click a case to open it</source>
        <translation>双击案件即可打开</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>There is no campaign yet: create it on the Campaign &amp; screening page.</source>
        <translation>尚无回访活动，请先在“活动与筛选”页面创建。</translation>
    </message>
    <message>
        <source>For the annual assessment of each handling unit: its targets in every campaign and round of routine visits. Satisfaction rate = (satisfied + basically satisfied) ÷ rated; settled rate = settled ÷ visited; follow-ups closed on time = rework items and follow-ups closed by their due date, of those closed.</source>
        <translation>供各承办单位年度考核：各次活动和日常回访中的回访对象。满意率 =（满意 + 基本满意）÷ 参评件数；息诉率 = 息诉罢访件数 ÷ 已回访件数；按期办结率 = 按期办结的督办整改和跟踪事项 ÷ 已办结事项。</translation>
    </message>
    <message>
        <source>Satisfaction rate = (satisfied + basically satisfied) ÷ rated, where rated = satisfied + basically satisfied + dissatisfied (proxy ratings included); those not reached (refused, deceased, in custody, moved) are counted apart, never in the rate. Reached: the petitioner or a proxy answered. Visit rate = targets visited as the office&apos;s level requires (a town: a home visit, the away path, or a meeting at the office with its reason; a county may phone; records kept after review count) ÷ targets; “—” where there is nothing to divide by. Every figure is a number of targets, each counted by its latest final visit record. Overdue: still open after its due date.</source>
        <translation>满意率 =（满意 + 基本满意）÷ 参评件数，参评件数 = 满意 + 基本满意 + 不满意（含代评）；联系不上（含拒访、去世、在押、迁居不明）单列，不计入满意率。联系上：本人或代评人接受回访。回访率 = 按规定方式回访件数 ÷ 应回访件数（镇级：上门走访、信访人在外时电话联系并到原住地走访、或注明理由的来访面谈；县级可电话回访；经复核保留的登记表计入）；无可除数时显示“—”。各项均为回访对象件数，每件按其最新一次定稿登记表统计。逾期：已过完成时限仍未办结。</translation>
    </message>
    <message>
        <source> A target with two visitors counts in both visitors&apos; rows, and once in the total.</source>
        <translation>由两名回访人员共同回访的对象在每人名下各计一次，合计行只计一次。</translation>
    </message>
    <message>
        <source>{figure}: listing the cases…</source>
        <translation>{figure}：正在列出案件…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>{figure} {rate}: counts {count}.</source>
        <translation>{figure} {rate}：计入{count}。</translation>
    </message>
    <message>
        <source>{figure}: {count}.</source>
        <translation>{figure}：{count}。</translation>
    </message>
    <message>
        <source> Double-click a case to open it.</source>
        <translation>双击案件即可打开。</translation>
    </message>
    <message>
        <source>{campaign} feedback statistics by {dimension}</source>
        <translation>{campaign}回访情况反馈统计表（按{dimension}）</translation>
    </message>
    <message>
        <source>{campaign} summary table</source>
        <translation>{campaign}回访情况汇总表</translation>
    </message>
    <message>
        <source>Export the feedback statistics</source>
        <translation>导出回访情况反馈统计表</translation>
    </message>
    <message>
        <source>Export the summary table</source>
        <translation>导出回访情况汇总表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已导出：{path}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>TargetListPanel</name>
    <message>
        <source>Target list</source>
        <extracomment>A write went through: the page reloads what it shows and tells the window.</extracomment>
        <translation>回访对象清单</translation>
    </message>
    <message>
        <source>Targets</source>
        <extracomment>the campaign shown (the page sets it)</extracomment>
        <translation>应回访</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Exclude…</source>
        <translation>排除…</translation>
    </message>
    <message>
        <source>Add case by case number…</source>
        <translation>按信访件编号添加…</translation>
    </message>
    <message>
        <source>Mark as key case</source>
        <translation>标为重点案件</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>取消重点</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件案件</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is excluded.</source>
        <translation>没有被排除的案件。</translation>
    </message>
    <message>
        <source>No targets yet: set the criteria and click Screen.</source>
        <translation>还没有回访对象：请设定条件后点击&quot;筛选&quot;。</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>添加案件</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未变</translation>
    </message>
</context>
<context>
    <name>TargetTableModel</name>
    <message>
        <source>Case number</source>
        <translation>信访件编号</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Source level</source>
        <translation>交办来源</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Key case</source>
        <translation>重点案件</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>回访/排除</translation>
    </message>
    <message>
        <source>Exclusion reason / note</source>
        <translation>排除原因/说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source> (by hand)</source>
        <translation>（手工）</translation>
    </message>
    <message>
        <source>{reason}: {note}</source>
        <translation>{reason}：{note}</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>{count} campaigns are marked current; only one may be.</source>
        <translation>有 {count} 个活动被标为当前活动，只能有一个。</translation>
    </message>
    <message>
        <source>{count} tasks are done but have no final visit record.</source>
        <translation>有 {count} 个任务标为已完成，但没有定稿的回访登记表。</translation>
    </message>
    <message>
        <source>{count} tasks are marked visited but have no visit record.</source>
        <translation>有 {count} 个任务标为已回访，但没有回访登记表。</translation>
    </message>
    <message>
        <source>{count} excluded cases still have a task state.</source>
        <translation>有 {count} 件已排除的案件仍带有任务状态。</translation>
    </message>
    <message>
        <source>{count} targets have gaps in their visit numbers.</source>
        <translation>有 {count} 个回访对象的回访次数编号不连续。</translation>
    </message>
    <message>
        <source>{count} final visit records have no satisfaction recorded.</source>
        <translation>有 {count} 份定稿登记表未填写满意度。</translation>
    </message>
    <message>
        <source>SQLite reports: {detail}</source>
        <translation>SQLite 报告：{detail}</translation>
    </message>
    <message>
        <source>{count} stored ID numbers have a wrong check digit.</source>
        <translation>有 {count} 个已存身份证号校验位错误。</translation>
    </message>
    <message>
        <source>Audit triggers are missing on: {detail}</source>
        <translation>以下数据表缺少审计触发器：{detail}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <extracomment>run once before the first transaction (every write is one): the command line checks the file there, so reading stays cheap and no write goes into a file SQLite knows to be damaged</extracomment>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is not a database file of this program.</source>
        <translation>{path} 不是本程序的数据库文件。</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read: {reason}</source>
        <extracomment>``PRAGMA application_id`` of our files: &quot;RVD1&quot;.</extracomment>
        <translation>{path} 已损坏，无法读取：{reason}</translation>
    </message>
    <message>
        <source>{path} is a database of another program.</source>
        <translation>{path} 是其他程序的数据库，本程序不能打开。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of this program (schema {found}; this version knows {known}). Install the newer version to open it.</source>
        <translation>{path} 由更新版本的本程序写入（数据结构版本 {found}，本版本只支持到 {known}）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>无法创建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>{path}: the database file does not exist. Check the path (rv-desktop init --db PATH creates a new one).</source>
        <translation>{path}：数据库文件不存在。请检查路径（rv-desktop init --db 路径 可新建数据库）。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written. Choose another place for the database.</source>
        <translation>文件夹 {folder} 不可写入。请为数据库另选位置。</translation>
    </message>
    <message>
        <source>{path} is read-only. The program needs to write to it.</source>
        <translation>{path} 是只读文件，程序需要写入它。</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <extracomment>The exported columns, in order, with their width in characters. Header texts when the caller passes none (data/vocabulary.toml: the words the import recognises). Texts of coded values, title and footer when the caller passes none (data/vocabulary.toml).</extracomment>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>{path} is already open in another copy of the program (process {pid} on {host}). Close it there first.</source>
        <translation>{path} 已在另一个程序窗口中打开（{host} 上的进程 {pid}）。请先在那里关闭。</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be created: {reason}</source>
        <translation>无法创建备份文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check: {detail}</source>
        <translation>备份副本未通过完整性检查：{detail}</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}</source>
        <translation>无法把备份写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not available.</source>
        <extracomment>why the chosen folder could not be used (the default one was), or None</extracomment>
        <translation>备份文件夹 {folder} 不可用。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged and cannot be restored: {reason}</source>
        <extracomment>every file the program writes into a backup folder, and only those (``.sqlite.enc``: encrypted, written outside the data folder: ``sealed.py``) what a restore checks a file for (cases and campaigns are counted for the list)</extracomment>
        <translation>备份 {path} 已损坏，无法恢复：{reason}</translation>
    </message>
    <message>
        <source>{path} is not a backup of this program&apos;s database.</source>
        <translation>{path} 不是本程序数据库的备份。</translation>
    </message>
    <message>
        <source>The backup {path} was written by a newer version of this program (schema {found}; this version knows {known}). Install the newer version to restore it.</source>
        <translation>备份 {path} 由本程序的较新版本生成（数据结构版本 {found}；本版本支持到 {known}）。请安装新版本后再恢复。</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>备份 {path} 不存在。</translation>
    </message>
    <message>
        <source>The backup {path} cannot be read: {reason}</source>
        <translation>无法读取备份 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose a backup file.</source>
        <translation>{path} 就是数据库本身，请选择备份文件。</translation>
    </message>
    <message>
        <source>The backup could not be put in place of {path}: {reason}</source>
        <translation>无法用备份替换 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is in use by another program ({reason}). Nothing was changed; close it, then restore.</source>
        <translation>{path} 正被另一个程序使用（{reason}）。未做任何更改，请关闭该程序后再恢复。</translation>
    </message>
    <message>
        <source>ID number: {value} may only hold digits and a final X.</source>
        <extracomment>Fields of a case the clerk may change: its facts and its handling unit (``case_no`` is shown, never changed). Fields of a petitioner the clerk may change. Longest text each short field takes (the column sizes of the schema).</extracomment>
        <translation>身份证号：{value} 只能由数字和末位的 X 组成。</translation>
    </message>
    <message>
        <source>ID number: {value} has {length} characters; an ID number has 18.</source>
        <translation>身份证号：{value} 有 {length} 位，身份证号应为18位。</translation>
    </message>
    <message>
        <source>ID number: {value} holds a birth date that cannot be.</source>
        <translation>身份证号：{value} 中的出生日期不存在。</translation>
    </message>
    <message>
        <source>ID number: the check digit of {value} is wrong. Check the digits against the ID card.</source>
        <translation>身份证号：{value} 的校验位不对，请对照身份证核对。</translation>
    </message>
    <message>
        <source>ID number: {value} was shortened by Excel to a number. Type all 18 characters.</source>
        <translation>身份证号：{value} 已被 Excel 当作数字截短，请输入完整的18位。</translation>
    </message>
    <message>
        <source>ID number: {value} is not a valid ID number.</source>
        <translation>身份证号：{value} 不是有效的身份证号。</translation>
    </message>
    <message>
        <source>ID number: {value} has an unknown region code; it was saved all the same.</source>
        <translation>身份证号：{value} 的地区代码不认识，仍已保存。</translation>
    </message>
    <message>
        <source>ID number: the 15-digit number was converted to 18 characters ({value}).</source>
        <translation>身份证号：15位号码已转换为18位（{value}）。</translation>
    </message>
    <message>
        <source>Registered on: &quot;{value}&quot; is not a date between 1990 and 2100 (write it as 2017-07-03).</source>
        <translation>登记日期：&quot;{value}&quot; 不是1990至2100年之间的日期（请写成 2017-07-03）。</translation>
    </message>
    <message>
        <source>Concluded on: &quot;{value}&quot; is not a date between 1990 and 2100 (write it as 2017-07-03).</source>
        <translation>办结日期：&quot;{value}&quot; 不是1990至2100年之间的日期（请写成 2017-07-03）。</translation>
    </message>
    <message>
        <source>Category: at most {limit} characters.</source>
        <translation>问题类别：最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>Handling unit: at most {limit} characters.</source>
        <translation>承办单位：最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>Responsible leader: at most {limit} characters.</source>
        <translation>包案领导：最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>Name: at most {limit} characters.</source>
        <translation>姓名：最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>Address: at most {limit} characters.</source>
        <translation>住址：最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>Village: at most {limit} characters.</source>
        <translation>所在村：最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>Channel: &quot;{value}&quot; is not a channel.</source>
        <translation>信访形式：&quot;{value}&quot; 不是有效的信访形式。</translation>
    </message>
    <message>
        <source>Source level: &quot;{value}&quot; is not a source level.</source>
        <translation>交办来源：&quot;{value}&quot; 不是有效的交办来源。</translation>
    </message>
    <message>
        <source>Number of people: &quot;{value}&quot; is not a whole number from 1 to 100,000.</source>
        <translation>人数：&quot;{value}&quot; 不是1到100000之间的整数。</translation>
    </message>
    <message>
        <source>ID number: {value} already belongs to {other} (case {case_no}). One person has one ID number: check the number, or open that case.</source>
        <translation>身份证号：{value} 已属于 {other}（案件 {case_no}）。一人只有一个身份证号，请核对号码，或打开该案件。</translation>
    </message>
    <message>
        <source>Phone: &quot;{value}&quot; is not a phone number.</source>
        <translation>联系电话：&quot;{value}&quot; 不是电话号码。</translation>
    </message>
    <message>
        <source>Phone: {value} seems to have lost its leading 0; check it.</source>
        <translation>联系电话：{value} 似乎丢了开头的0，请核对。</translation>
    </message>
    <message>
        <source>{name} cannot be changed here.</source>
        <translation>{name} 不能在这里修改。</translation>
    </message>
    <message>
        <source>Case number: the case number cannot be changed.</source>
        <translation>信访件编号：信访件编号不能修改。</translation>
    </message>
    <message>
        <source>Concluded on: the conclusion date is before the registration date.</source>
        <translation>办结日期：办结日期早于登记日期。</translation>
    </message>
    <message>
        <source>Name: the petitioner&apos;s name cannot be empty.</source>
        <translation>姓名：信访人姓名不能为空。</translation>
    </message>
    <message>
        <source>The case no longer exists in the register.</source>
        <translation>台账中已没有这个案件。</translation>
    </message>
    <message>
        <source>The petitioner no longer exists in the register.</source>
        <translation>台账中已没有这个信访人。</translation>
    </message>
    <message>
        <source>update: {value}</source>
        <translation>更新：{value}</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>{file}: not a spreadsheet this program can read (xlsx, xls, ods or csv), or the file is damaged or protected by a password.</source>
        <translation>{file}：不是本程序能读取的表格文件（xlsx、xls、ods 或 csv），或者文件已损坏、设有密码。</translation>
    </message>
    <message>
        <source>{file} {sheet}: the sheet holds no cases.</source>
        <translation>{file} {sheet}：工作表中没有案件。</translation>
    </message>
    <message>
        <source>{file} {sheet}: no column of a case ledger was recognised (such as 编号, 信访人, 身份证号). Check that this is the county&apos;s ledger.</source>
        <translation>{file} {sheet}：没有识别出台账的列（如 编号、信访人、身份证号）。请确认这是县里的台账。</translation>
    </message>
    <message>
        <source>{file}: the CSV file is in an unknown text encoding. Save it from Excel as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>{file}：CSV 文件的文字编码无法识别。请在 Excel 中另存为&quot;CSV UTF-8&quot;后重新导入。</translation>
    </message>
    <message>
        <source>{file}: there is no sheet named {sheet}.</source>
        <translation>{file}：没有名为 {sheet} 的工作表。</translation>
    </message>
    <message>
        <source>the case number is missing</source>
        <extracomment>Row problems: code -&gt; English template (translated by the presenter).</extracomment>
        <translation>缺少信访件编号</translation>
    </message>
    <message>
        <source>the case number {value} already appears in row {first}</source>
        <translation>信访件编号 {value} 已在第 {first} 行出现过</translation>
    </message>
    <message>
        <source>the petitioner&apos;s name is missing</source>
        <translation>缺少信访人姓名</translation>
    </message>
    <message>
        <source>the petitioner&apos;s name is not readable</source>
        <translation>信访人姓名无法识别</translation>
    </message>
    <message>
        <source>the number of people in &quot;{value}&quot; is not clear</source>
        <translation>&quot;{value}&quot; 中的人数不明确</translation>
    </message>
    <message>
        <source>the ID number was stored by Excel as a number and lost digits ({value}); it was left empty</source>
        <translation>身份证号被 Excel 存成数字，已丢失位数（{value}），已留空</translation>
    </message>
    <message>
        <source>the ID number {value} contains characters other than digits and X</source>
        <translation>身份证号 {value} 含有数字和 X 以外的字符</translation>
    </message>
    <message>
        <source>the ID number {value} has neither 18 nor 15 digits</source>
        <translation>身份证号 {value} 既不是18位也不是15位</translation>
    </message>
    <message>
        <source>the ID number {value} holds an impossible birth date</source>
        <translation>身份证号 {value} 中的出生日期不存在</translation>
    </message>
    <message>
        <source>the ID number {value} check digit is wrong</source>
        <translation>身份证号 {value} 校验位错误</translation>
    </message>
    <message>
        <source>the ID number {value} is not valid</source>
        <translation>身份证号 {value} 无效</translation>
    </message>
    <message>
        <source>the ID number {value} has an unknown region code (kept)</source>
        <translation>身份证号 {value} 的地区代码不认识（已保留）</translation>
    </message>
    <message>
        <source>the 15-digit ID number {value} was converted to 18 digits</source>
        <translation>15位身份证号 {value} 已转换为18位</translation>
    </message>
    <message>
        <source>the case was imported with its ID number left empty</source>
        <translation>导入时身份证号留空</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a phone number</source>
        <translation>&quot;{value}&quot; 不是电话号码</translation>
    </message>
    <message>
        <source>the phone number {value} seems to have lost its leading 0</source>
        <translation>电话号码 {value} 似乎丢了开头的0</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date</source>
        <translation>&quot;{value}&quot; 不是日期</translation>
    </message>
    <message>
        <source>the date {value} is not plausible</source>
        <translation>日期 {value} 不合常理</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>&quot;{value}&quot; 不是数字</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number</source>
        <translation>&quot;{value}&quot; 不是整数</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is negative</source>
        <translation>&quot;{value}&quot; 是负数</translation>
    </message>
    <message>
        <source>{value} is not a plausible number of people; it was not used</source>
        <translation>{value} 不是合理的人数，未采用</translation>
    </message>
    <message>
        <source>the source level &quot;{value}&quot; is not recognised; it was left empty</source>
        <translation>交办来源 &quot;{value}&quot; 无法识别，已留空</translation>
    </message>
    <message>
        <source>the channel &quot;{value}&quot; is not recognised; it was left empty</source>
        <translation>信访形式 &quot;{value}&quot; 无法识别，已留空</translation>
    </message>
    <message>
        <source>the conclusion date is before the registration date</source>
        <translation>办结日期早于登记日期</translation>
    </message>
    <message>
        <source>{value} people are involved: marked as a many-people case</source>
        <translation>涉及 {value} 人：已标记为涉众案件</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}：文件不存在。</translation>
    </message>
    <message>
        <source>{path} already exists. A demo database is only written to a new file.</source>
        <extracomment>The recipe&apos;s texts (data/demo.toml): the town, its people and sample texts. category → (demands, conclusions)</extracomment>
        <translation>{path} 已存在。演示数据库只会写入新文件。</translation>
    </message>
    <message>
        <source>The demo needs at least one case.</source>
        <translation>演示数据库至少需要一件案件。</translation>
    </message>
    <message>
        <source>The database {path} is in use by {what} (process {pid} on {host}, since {since}). Nothing was changed; try again when it is done.</source>
        <extracomment>how long a command waits for a restore to end before giving up (seconds)</extracomment>
        <translation>数据库 {path} 正被 {what} 使用（{host} 上的进程 {pid}，自 {since} 起）。未做任何更改，请等它完成后再试。</translation>
    </message>
    <message>
        <source>{path} is open in the program (process {pid} on {host}). Close the program, then restore.</source>
        <translation>{path} 正在程序中打开（{host} 上的进程 {pid}）。请先关闭程序，再恢复。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to write.</source>
        <translation>{path} 是文件夹；请给出要写入的文件名。</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>{path} 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write it as 2017-07-01).</source>
        <translation>&quot;{value}&quot; 不是日期（请写成 2017-07-01）。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an exclusion (many_people, policy, rebound, settled).</source>
        <translation>&quot;{value}&quot; 不是排除条件（many_people、policy、rebound、settled）。</translation>
    </message>
    <message>
        <source>The passphrase file {path} cannot be read: {reason}</source>
        <translation>无法读取口令文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is an encrypted backup: give its passphrase with --passphrase-file FILE (or run the command in a terminal to be asked). Nothing was changed.</source>
        <translation>{path} 是加密的备份：请用 --passphrase-file 文件 给出口令（或在终端中运行以便询问）。未做任何更改。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>两次输入的口令不一致，未写入任何文件。</translation>
    </message>
    <message>
        <source>The preparation stage ends on {end}, before it starts on {start}.</source>
        <extracomment>The stages in their order: (name, start field, end field).</extracomment>
        <translation>准备阶段的结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <source>The implementation stage ends on {end}, before it starts on {start}.</source>
        <translation>实施阶段的结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <source>The summary stage ends on {end}, before it starts on {start}.</source>
        <translation>总结阶段的结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <source>The implementation stage has a date ({later}) before the end of the preparation stage ({earlier}). The stages follow each other.</source>
        <translation>实施阶段的日期（{later}）早于准备阶段的结束日期（{earlier}）。各阶段应依次衔接。</translation>
    </message>
    <message>
        <source>The summary stage has a date ({later}) before the end of the implementation stage ({earlier}). The stages follow each other.</source>
        <translation>总结阶段的日期（{later}）早于实施阶段的结束日期（{earlier}）。各阶段应依次衔接。</translation>
    </message>
    <message>
        <source>The summary stage has a date ({later}) before the end of the preparation stage ({earlier}). The stages follow each other.</source>
        <translation>总结阶段的日期（{later}）早于准备阶段的结束日期（{earlier}）。各阶段应依次衔接。</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>活动需要一个名称。</translation>
    </message>
    <message>
        <source>The campaign name has more than {limit} characters.</source>
        <translation>活动名称超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>{value} is longer than the {limit} characters allowed.</source>
        <translation>{value} 超过了允许的 {limit} 个字。</translation>
    </message>
    <message>
        <source>A campaign named {name} already exists. Choose another name.</source>
        <translation>已有名为 {name} 的活动，请换一个名称。</translation>
    </message>
    <message>
        <source>The report deadline {deadline} is before the implementation stage starts ({start}).</source>
        <translation>上报期限 {deadline} 早于实施阶段的开始日期（{start}）。</translation>
    </message>
    <message>
        <source>There is no current campaign. Create one or choose one first.</source>
        <translation>当前没有回访活动。请先创建或选择一个活动。</translation>
    </message>
    <message>
        <source>There is no campaign {name}.</source>
        <translation>没有名为 {name} 的活动。</translation>
    </message>
    <message>
        <source>Concluded from {start} to {end}: the first date is after the second.</source>
        <extracomment>The note of a case excluded because it has no conclusion date (it is not concluded). Flags that exclude a considered case, in the order a reason is chosen.</extracomment>
        <translation>办结日期从 {start} 到 {end}：起始日期晚于截止日期。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a source level (central, provincial, municipal, county, own).</source>
        <translation>&quot;{value}&quot; 不是交办来源（central、provincial、municipal、county、own）。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a channel (letter, visit, online, phone).</source>
        <translation>&quot;{value}&quot; 不是信访形式（letter、visit、online、phone）。</translation>
    </message>
    <message>
        <source>There is no case {case_no} in the register.</source>
        <translation>台账中没有案件 {case_no}。</translation>
    </message>
    <message>
        <source>The target {id} no longer exists; it may have been removed.</source>
        <translation>回访对象 {id} 已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Case {case_no} is already a target of {campaign}.</source>
        <translation>案件 {case_no} 已是 {campaign} 的回访对象。</translation>
    </message>
    <message>
        <source>Say why case {case_no} is added by hand: the note is empty.</source>
        <translation>请说明为什么手工加入案件 {case_no}：说明为空。</translation>
    </message>
    <message>
        <source>&quot;{reason}&quot; is not an exclusion reason.</source>
        <translation>&quot;{reason}&quot; 不是排除原因。</translation>
    </message>
    <message>
        <source>Case {case_no} has a visit record (visit {visit_no}), so it cannot be excluded any more.</source>
        <translation>案件 {case_no} 已有回访登记（第 {visit_no} 次回访），不能再排除。</translation>
    </message>
    <message>
        <source>Case {case_no}: the reason &quot;other&quot; needs a note saying why it is excluded.</source>
        <translation>案件 {case_no}：选择&quot;其他&quot;原因时，须写明排除理由。</translation>
    </message>
    <message>
        <source>Case {case_no} is excluded; only a target can be a key case.</source>
        <translation>案件 {case_no} 已被排除，只有回访对象才能标为重点。</translation>
    </message>
    <message>
        <source>There is no staff member {id}.</source>
        <extracomment>Statuses of tasks still to be visited (what a route sheet lists).</extracomment>
        <translation>没有编号为 {id} 的工作人员。</translation>
    </message>
    <message>
        <source>{name} left on {date} and can be given no task. Choose someone else.</source>
        <translation>{name} 已于 {date} 离开，不能再分配任务。请另选他人。</translation>
    </message>
    <message>
        <source>{name} no longer works here and can be given no task.</source>
        <translation>{name} 已不在本单位工作，不能分配任务。</translation>
    </message>
    <message>
        <source>Choose at least one task first.</source>
        <translation>请先至少选择一个任务。</translation>
    </message>
    <message>
        <source>The task {id} no longer exists; it may have been removed.</source>
        <translation>任务 {id} 已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Case {case_no} is excluded from the campaign and gets no task. Add it to the targets first.</source>
        <translation>案件 {case_no} 已被排除，不能分配任务。请先把它加入回访对象。</translation>
    </message>
    <message>
        <source>The due date {due} is before the implementation stage of {campaign} starts ({start}).</source>
        <translation>完成时限 {due} 早于 {campaign} 实施阶段的开始日期（{start}）。</translation>
    </message>
    <message>
        <source>The due date {due} is after the implementation stage of {campaign} ends ({end}).</source>
        <translation>完成时限 {due} 晚于 {campaign} 实施阶段的结束日期（{end}）。</translation>
    </message>
    <message>
        <source>There is no handling unit {id}.</source>
        <translation>没有编号为 {id} 的承办单位。</translation>
    </message>
    <message>
        <source>The unit {name} is no longer active and cannot join a visit.</source>
        <translation>单位 {name} 已停用，不能参与回访。</translation>
    </message>
    <message>
        <source>{name} is not a leader; the responsible leader of a case must be one.</source>
        <translation>{name} 不是领导，包案领导必须由领导担任。</translation>
    </message>
    <message>
        <source>&quot;{method}&quot; is not a visit method.</source>
        <translation>&quot;{method}&quot; 不是回访方式。</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is not a column of the board.</source>
        <translation>&quot;{status}&quot; 不是任务看板上的一栏。</translation>
    </message>
    <message>
        <source>Case {case_no} already has a visit record; its card stays among the visited, follow-up and done columns.</source>
        <translation>案件 {case_no} 已有回访登记表，只能留在&quot;已回访&quot;、&quot;需跟踪&quot;和&quot;已完成&quot;几栏中。</translation>
    </message>
    <message>
        <source>Case {case_no} has no visitor yet. Give it a visitor first.</source>
        <translation>案件 {case_no} 还没有回访人员，请先指定回访人员。</translation>
    </message>
    <message>
        <source>Case {case_no} has no visit record yet. Enter the visit&apos;s form first.</source>
        <translation>案件 {case_no} 还没有回访登记表，请先录入登记表。</translation>
    </message>
    <message>
        <source>Case {case_no} has no final visit record yet; finish the form before marking the task done.</source>
        <translation>案件 {case_no} 还没有定稿的回访登记表，请先完成登记表再标为已完成。</translation>
    </message>
    <message>
        <source>Case {case_no} has {count} open follow-up or rework items; close them first.</source>
        <translation>案件 {case_no} 有 {count} 项跟踪或整改事项未办结，请先办结。</translation>
    </message>
    <message>
        <source>No Chinese font was found, so the document cannot be printed. Install the SimSun (宋体) font, or choose a Chinese TrueType font file (.ttf or .ttc) in the settings.</source>
        <translation>找不到中文字体，无法打印。请安装宋体（SimSun），或在设置中选择一个中文 TrueType 字体文件（.ttf 或 .ttc）。</translation>
    </message>
    <message>
        <source>The font {font} cannot print these characters: {characters} (for example in “{case_no}”). Choose a font that has them in the settings, or print anyway and write them in by hand.</source>
        <translation>字体 {font} 无法打印这些字：{characters}（如“{case_no}”中）。请在设置中选择含有这些字的字体，或照常打印后手工补写。</translation>
    </message>
    <message>
        <source>The font {font} cannot print these characters: {characters} (in {count} forms, e.g. case {case_no}). Choose a font that has them in the settings, or print anyway and write them in by hand.</source>
        <translation>字体 {font} 无法打印这些字：{characters}（共 {count} 份表，如案件 {case_no}）。请在设置中选择含有这些字的字体，或照常打印后手工补写。</translation>
    </message>
    <message>
        <source>There are no forms to print.</source>
        <translation>没有可打印的登记表。</translation>
    </message>
    <message>
        <source>There is no visitor named {name}.</source>
        <translation>没有名为 {name} 的回访人员。</translation>
    </message>
    <message>
        <source>&quot;{by}&quot; is not a way to group the statistics (source, unit, village, category, visitor, town).</source>
        <translation>“{by}”不是统计的分组方式（可选：交办来源、承办单位、村（社区）、问题类别、回访人员、乡镇）。</translation>
    </message>
    <message>
        <source>&quot;{column}&quot; is not a figure of the statistics.</source>
        <translation>&quot;{column}&quot; 不是统计表中的数字。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid value for the field {field}.</source>
        <extracomment>Days a handling unit is given to rework a case (督办整改), by default. Days after the visit by which a help item is due, by default. The tabs of the form, in their order (``data/visit_record.toml``). How stored lists (visitors, joining units) and reasons are joined: the county&apos;s typography, whatever the language of the screen (the text is data). The tab of the form each field is on (``data/visit_record.toml``). The Python enum of each choice field (its codes; the labels are the file&apos;s), as the column of ``VisitRecord`` takes it. Text fields and the most characters each holds (``max_len`` of the data file). The longest text each limited field holds (the form stops typing there).</extracomment>
        <translation>&quot;{value}&quot; 不是 {field} 的有效值。</translation>
    </message>
    <message>
        <source>The form has no field {field}.</source>
        <translation>登记表中没有 {field} 这一项。</translation>
    </message>
    <message>
        <source>{label} holds at most {limit} characters; the text typed has {length}.</source>
        <translation>{label}：最多 {limit} 个字，现填写了 {length} 个字。</translation>
    </message>
    <message>
        <source>Contact attempt {n} needs a time, a means and an outcome.</source>
        <translation>第 {n} 次联系需要填写时间、方式和结果。</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>请填写回访日期。</translation>
    </message>
    <message>
        <source>The visit date {date} is in the future.</source>
        <translation>回访日期 {date} 在将来。</translation>
    </message>
    <message>
        <source>The visit date {date} is before the case was concluded ({concluded}).</source>
        <translation>回访日期 {date} 早于案件办结日期（{concluded}）。</translation>
    </message>
    <message>
        <source>Choose how the visit was made.</source>
        <translation>请选择回访方式。</translation>
    </message>
    <message>
        <source>Say who was met: the petitioner or a proxy (relative, committee).</source>
        <translation>请选择受访人：信访人本人或代评人（亲属、村居委会）。</translation>
    </message>
    <message>
        <source>Enter the name of the proxy who answered for the petitioner.</source>
        <translation>请填写代为评价的受访人姓名。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s relationship to the petitioner.</source>
        <translation>请填写受访人与信访人的关系。</translation>
    </message>
    <message>
        <source>The petitioner is away: enter the result of the phone call.</source>
        <translation>信访人不在家：请填写电话联系情况。</translation>
    </message>
    <message>
        <source>The petitioner is away: enter the relatives or the village or community committee asked at the former residence.</source>
        <translation>信访人不在家：请填写在原住地询问的亲属或村（居）委会人员。</translation>
    </message>
    <message>
        <source>Enter what the people asked at the former residence said.</source>
        <translation>请填写在原住地了解到的情况。</translation>
    </message>
    <message>
        <source>Contact attempt {n} is dated in the future ({date}).</source>
        <translation>第 {n} 次联系的时间在将来（{date}）。</translation>
    </message>
    <message>
        <source>The town must meet the petitioner in the form of a visit: a phone call alone is not a return visit. If the petitioner is away, mark “petitioner away”, record the result of the call and the visit to the former residence with the people asked.</source>
        <extracomment>The values ``_town_rules`` reads: what the statistics pass to it for the visit rate.</extracomment>
        <translation>乡镇必须以走访形式与信访人见面：仅打电话不算回访。信访人在外的，请勾选“信访人在外”，登记电话联系结果以及到原住地走访询问的人员。</translation>
    </message>
    <message>
        <source>Visitors should really walk into the door: a meeting at the office or another method needs the reason (for example, the petitioner asked to come to the office).</source>
        <translation>回访人员要真正走进家门：来访面谈或其他方式须写明原因（例如信访人要求到信访办面谈）。</translation>
    </message>
    <message>
        <source>Record the contact attempts that led to this outcome (time, means, outcome).</source>
        <translation>请登记得出这一结果的联系记录（时间、方式、结果）。</translation>
    </message>
    <message>
        <source>Say how the outcome of the contact is known (who said so, when).</source>
        <translation>请写明联系结果的依据（何人、何时告知）。</translation>
    </message>
    <message>
        <source>The petitioner was not reached: the record cannot give a satisfaction or answers to the five points. Clear them, or record the contact as reached.</source>
        <translation>联系不上信访人：登记表不能填写满意度或五项回访内容。请清除，或将联系结果改为已联系上。</translation>
    </message>
    <message>
        <source>Point (1): whether the conclusion of investigation and handling is true and reasonable.</source>
        <translation>第(1)项：调查处理结论是否属实、合理。</translation>
    </message>
    <message>
        <source>Point (2): whether the reasonable demands reflected have been solved.</source>
        <translation>第(2)项：反映的合理诉求是否得到解决。</translation>
    </message>
    <message>
        <source>Point (2): whether the handling opinions have been implemented.</source>
        <translation>第(2)项：处理意见是否落实到位。</translation>
    </message>
    <message>
        <source>Choose whether the petitioner is satisfied with the handling.</source>
        <translation>请选择信访人对处理结果是否满意。</translation>
    </message>
    <message>
        <source>The contact is recorded as reached but the satisfaction says not reached: choose a level, or record the contact&apos;s outcome.</source>
        <translation>联系结果为已联系上，满意度却为联系不上：请选择满意程度，或登记实际的联系结果。</translation>
    </message>
    <message>
        <source>Say whether the petitioner has stopped petitioning (settled).</source>
        <translation>请选择信访人是否已息诉罢访。</translation>
    </message>
    <message>
        <source>Point (4): whether the petitioner has practical difficulties in production and life (“none” is an answer).</source>
        <translation>第(4)项：信访人生产生活中有无实际困难（“无”也是回答）。</translation>
    </message>
    <message>
        <source>Describe the practical difficulties found.</source>
        <translation>请写明发现的实际困难。</translation>
    </message>
    <message>
        <source>Point (5): the petitioner&apos;s opinions and suggestions on the work of letters and visits (“none” is an answer).</source>
        <translation>第(5)项：信访人对信访工作的意见和建议（“无”也是回答）。</translation>
    </message>
    <message>
        <source>Write down the opinions and suggestions given.</source>
        <translation>请记下信访人提出的意见和建议。</translation>
    </message>
    <message>
        <source>The conclusion is not (fully) true and reasonable: say why in the note on the conclusion (it goes to the handling unit for rework).</source>
        <translation>处理结论不（完全）属实合理：请在结论说明中写明原因（将回流承办单位整改）。</translation>
    </message>
    <message>
        <source>The demands are not (fully) solved or the handling opinions not (fully) carried out: say what is missing.</source>
        <translation>诉求未（完全）解决或处理意见未（完全）落实：请写明尚缺什么。</translation>
    </message>
    <message>
        <source>The three looks follow the answers to points (1), (3) and (5); to differ from them, say why in the note on the three looks.</source>
        <translation>三看应与第(1)(3)(5)项的回答一致；如不一致，请在三看说明中写明原因。</translation>
    </message>
    <message>
        <source>The petitioner&apos;s interests have not been met: enter the laws and policies explained and the guidance given.</source>
        <translation>信访人诉求未得到满足：请填写宣讲的法律政策和所做的思想疏导。</translation>
    </message>
    <message>
        <source>The case is not settled (or the petitioner not reached): a follow-up is needed. Mark it and say what comes next, who, by when.</source>
        <translation>案件未息诉罢访（或未联系上信访人），须跟踪回访：请勾选并写明下一步措施、责任人和期限。</translation>
    </message>
    <message>
        <source>The petitioner could not be reached: record at least one contact attempt that failed (time, means, outcome).</source>
        <translation>联系不上信访人：请至少记录一次联系不上的联系记录（时间、方式、结果）。</translation>
    </message>
    <message>
        <source>Enter why the petitioner is dissatisfied.</source>
        <translation>请填写信访人不满意的原因。</translation>
    </message>
    <message>
        <source>Enter the next action of the follow-up.</source>
        <translation>请填写跟踪回访的下一步措施。</translation>
    </message>
    <message>
        <source>Enter who carries out the follow-up.</source>
        <translation>请填写跟踪回访的责任人。</translation>
    </message>
    <message>
        <source>Enter the date by which the follow-up is due.</source>
        <translation>请填写跟踪回访的完成时限。</translation>
    </message>
    <message>
        <source>The follow-up is due on {due}, before the visit ({date}).</source>
        <translation>跟踪回访时限 {due} 早于本次回访日期（{date}）。</translation>
    </message>
    <message>
        <source>Enter who helps with the practical difficulties found.</source>
        <translation>请填写帮扶实际困难的责任单位或人员。</translation>
    </message>
    <message>
        <source>Enter who recorded the form.</source>
        <translation>请填写填表人。</translation>
    </message>
    <message>
        <source>There is no visit record {id}.</source>
        <extracomment>True when ``start_visit`` has just created this draft (nothing typed yet)</extracomment>
        <translation>没有编号为 {id} 的回访登记。</translation>
    </message>
    <message>
        <source>Case {case_no} is excluded from the campaign and gets no visit record.</source>
        <translation>案件 {case_no} 已被排除，不能登记回访。</translation>
    </message>
    <message>
        <source>Visit {visit_no} of case {case_no} is final and read-only. Reopen it, with a reason, to change it.</source>
        <translation>案件 {case_no} 第 {visit_no} 次回访已定稿，不能修改。如需修改，请说明原因后重新打开。</translation>
    </message>
    <message>
        <source>Visit {visit_no} of case {case_no} cannot be final yet: {count} fields still need attention.</source>
        <translation>案件 {case_no} 第 {visit_no} 次回访还不能定稿：还有 {count} 项需要填写或更正。</translation>
    </message>
    <message>
        <source>Visit {visit_no} of case {case_no} has been final once; it can be corrected but not discarded.</source>
        <translation>案件 {case_no} 第 {visit_no} 次回访曾经定稿，只能更正，不能删除。</translation>
    </message>
    <message>
        <source>Visit {visit_no} of case {case_no} is still a draft; there is nothing to reopen.</source>
        <translation>案件 {case_no} 第 {visit_no} 次回访还是草稿，无需重新打开。</translation>
    </message>
    <message>
        <source>Give the reason for reopening visit {visit_no} of case {case_no}.</source>
        <translation>请说明重新打开案件 {case_no} 第 {visit_no} 次回访登记的原因。</translation>
    </message>
    <message>
        <source>Case {case_no} has a later visit record than visit {visit_no}; only the latest can be reopened.</source>
        <translation>案件 {case_no} 在第 {visit_no} 次回访之后还有回访登记，只有最新的一次可以重新打开。</translation>
    </message>
    <message>
        <source>Visit {visit_no} of case {case_no} is a draft; finalise it before it is reviewed.</source>
        <translation>案件 {case_no} 第 {visit_no} 次回访还是草稿，请定稿后再审核。</translation>
    </message>
    <message>
        <source>Visit {visit_no} of case {case_no} has already been reviewed.</source>
        <translation>案件 {case_no} 第 {visit_no} 次回访已审核。</translation>
    </message>
    <message>
        <source>Enter who reviews the record.</source>
        <translation>请填写审核人。</translation>
    </message>
    <message>
        <source>There is no follow-up item {id}.</source>
        <translation>没有编号为 {id} 的跟踪事项。</translation>
    </message>
    <message>
        <source>The follow-up item {id} is already closed.</source>
        <translation>跟踪事项 {id} 已办结。</translation>
    </message>
    <message>
        <source>Enter the result before closing the follow-up item {id}.</source>
        <translation>办结跟踪事项 {id} 前请填写办理结果。</translation>
    </message>
    <message>
        <source>The closing date {date} is in the future.</source>
        <translation>办结日期 {date} 在将来。</translation>
    </message>
    <message>
        <source>The closing date {date} is before the visit that raised the item ({visited}).</source>
        <translation>办结日期 {date} 早于提出该事项的回访日期（{visited}）。</translation>
    </message>
    <message>
        <source>A paragraph of the report is too long ({length} characters; at most {limit}).</source>
        <translation>报告段落过长（{length}字，最多{limit}字）。</translation>
    </message>
    <message>
        <source>Enter the name of the town (for example 青山镇).</source>
        <translation>请填写乡镇名称（例如：青山镇）。</translation>
    </message>
    <message>
        <source>Enter the name of the office (for example 青山镇信访办).</source>
        <translation>请填写信访办名称（例如：青山镇信访办）。</translation>
    </message>
    <message>
        <source>“{value}” is too long: at most {limit} characters.</source>
        <translation>“{value}”太长了：最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number: write one number, a landline with its area code (0792-1234567) or a mobile.</source>
        <translation>“{value}”不是电话号码：请填写一个号码，固定电话带区号（如 0792-1234567）或手机号码。</translation>
    </message>
    <message>
        <source>“{value}” is not an office level: choose town or county.</source>
        <extracomment>The setting that says whether this database is a town&apos;s or the county&apos;s.</extracomment>
        <translation>“{value}”不是单位层级：请选择 town（乡镇）或 county（县级）。</translation>
    </message>
    <message>
        <source>{file} is refused: it names {town}, but it is signed with the key of {signer} (fingerprint {fingerprint}). A town cannot send in another town&apos;s name.</source>
        <extracomment>How a merged package was protected (``PackageImport.protection``, ``--json``).</extracomment>
        <translation>{file} 已拒收：它写明来自{town}，却是用{signer}的密钥签名的（指纹 {fingerprint}）。乡镇不能以别的乡镇的名义报送。</translation>
    </message>
    <message>
        <source>{file} is refused: it is signed with a key of {town} that was revoked on {when} (fingerprint {fingerprint}). Ask the town for a package signed with its new key.</source>
        <translation>{file} 已拒收：它用{town}已于 {when} 吊销的密钥签名（指纹 {fingerprint}）。请该镇用新密钥签名后重新报送。</translation>
    </message>
    <message>
        <source>{file} is not encrypted: anyone could have written or read it on the way. It is merged only when allowed explicitly (--allow-unencrypted; in the window, by confirming).</source>
        <translation>{file} 未加密：途中任何人都可能写过或读过。只有明确允许时才合并（命令行 --allow-unencrypted；窗口中经确认）。</translation>
    </message>
    <message>
        <source>{file} is refused: {town} has a registered key (fingerprint {fingerprint}), and this package is not signed with it (its signature: {signer}). Ask the town to send it again with its key.</source>
        <translation>{file} 已拒收：{town}已登记公钥（指纹 {fingerprint}），而此数据包不是用它签名的（其签名：{signer}）。请该镇用其密钥重新报送。</translation>
    </message>
    <message>
        <source>{file} is refused: it is encrypted to the county&apos;s key, but {town} has no registered key. Register the town&apos;s key file first (town-key register), after comparing its fingerprint with the town by phone.</source>
        <translation>{file} 已拒收：它用县里的公钥加密，但{town}尚未登记公钥。请先与该镇电话核对指纹，再登记该镇的公钥文件（town-key register）。</translation>
    </message>
    <message>
        <source>{file} comes from {town}, the town of this database itself. Packages are merged into the county&apos;s database.</source>
        <translation>{file} 来自本数据库所属的{town}。数据包应合并到县级数据库中。</translation>
    </message>
    <message>
        <source>{file} is refused: its package number was merged before with other contents ({other}). A package number is used once.</source>
        <translation>{file} 已拒收：它的数据包编号此前已用于内容不同的数据包（{other}）。一个数据包编号只能用一次。</translation>
    </message>
    <message>
        <source>{file} is package number {number} of {town} for {campaign}, but number {merged} was merged already. An older package never replaces a newer one.</source>
        <translation>{file} 是{town}{campaign}的第 {number} 号数据包，而第 {merged} 号已经合并。较旧的数据包不会替换较新的。</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <extracomment>The first bytes of every package (non-ASCII first byte, CR LF: damage by a text-mode copy shows at once, as in PNG&apos;s signature). The newest container format this program reads (1: passphrase or none; 2: county key). A passphrase shorter than this is refused when writing (and a guessable one).</extracomment>
        <translation>口令至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess (a common password, a repeated or sequential pattern). Use a short sentence or a few words of your own, at least {count} characters.</source>
        <translation>口令太容易被猜到（常见密码、重复或连续的字符）。请用一句自己的话或几个词，至少 {count} 个字符。</translation>
    </message>
    <message>
        <source>{file} is damaged ({detail}). Ask the town for the package again.</source>
        <translation>{file} 已损坏（{detail}）。请乡镇重新报送数据包。</translation>
    </message>
    <message>
        <source>{file} is not an exchange package of this program.</source>
        <translation>{file} 不是本程序的回访数据包。</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of this program (package format {found}; this version reads {known}). Install the newer version to read it.</source>
        <translation>{file} 由本程序的较新版本写出（数据包格式 {found}；本版本可读 {known}）。请安装新版本后再读取。</translation>
    </message>
    <message>
        <source>{file} is incomplete: it ends after {size} of its {expected} bytes (the stick was perhaps pulled out while copying). Copy the package again.</source>
        <translation>{file} 不完整：应有 {expected} 字节，只有 {size} 字节（可能在复制时拔出了U盘）。请重新复制数据包。</translation>
    </message>
    <message>
        <source>{file} is encrypted to the county&apos;s key, and this database has no key pair. Open the county&apos;s database (the one whose key the towns installed).</source>
        <translation>{file} 是用县里的公钥加密的，而本数据库没有密钥对。请打开县级数据库（各乡镇所安装公钥的那个）。</translation>
    </message>
    <message>
        <source>{file} is encrypted to another key (fingerprint {found}) than this county&apos;s ({own}). The town installed another county key: give it this county&apos;s key file again.</source>
        <translation>{file} 是用另一个公钥（指纹 {found}）加密的，不是本县的（{own}）。该镇安装了别的县级公钥：请重新把本县的公钥文件交给该镇。</translation>
    </message>
    <message>
        <source>{file} was changed or damaged after it was written: its contents do not match the checksum it was written with. Ask the town for it again.</source>
        <translation>{file} 在写出后被改动或损坏，内容与写出时的校验值不符。请乡镇重新报送。</translation>
    </message>
    <message>
        <source>{file} asks for key derivation settings this program does not use (scrypt n={n}, r={r}, p={p}). It was not made by this program, or was changed; it was not opened.</source>
        <translation>{file} 要求使用本程序不用的密钥派生参数（scrypt n={n}，r={r}，p={p}）。它不是本程序生成的，或已被改动；未打开。</translation>
    </message>
    <message>
        <source>{file} is encrypted: give the passphrase agreed with the town.</source>
        <translation>{file} 已加密，请提供与乡镇约定的口令。</translation>
    </message>
    <message>
        <source>The passphrase does not open {file}. Check it with the town (letter case and spaces count).</source>
        <translation>口令无法打开 {file}。请与乡镇核对口令（区分大小写和空格）。</translation>
    </message>
    <message>
        <source>{file} was changed or damaged after it was written: it fails its authentication check. Ask the town for it again.</source>
        <translation>{file} 在写出后被改动或损坏，未通过完整性校验。请乡镇重新报送。</translation>
    </message>
    <message>
        <source>The package&apos;s data cannot be merged: {place}: {detail}. Nothing of it was written.</source>
        <extracomment>Visit record fields added by schema 4 (the plan&apos;s rules): a package of an earlier version has none of them, and they are read as empty.</extracomment>
        <translation>数据包中的数据无法合并：{place}：{detail}。该数据包的内容均未写入。</translation>
    </message>
    <message>
        <source>The package could not be written to {folder}: {reason}. Nothing was written; check the stick and try again.</source>
        <translation>数据包无法写入 {folder}：{reason}。未写入任何文件，请检查U盘后重试。</translation>
    </message>
    <message>
        <source>The town&apos;s name is not set. The county tells the packages apart by it: set it first.</source>
        <extracomment>The setting holding the last package number given (``next_sequence``). How an export was protected, as the export record and ``exports --json`` say.</extracomment>
        <translation>尚未设置乡镇名称。县里按乡镇名称区分数据包，请先设置。</translation>
    </message>
    <message>
        <source>{campaign} has no targets yet: there is nothing to send.</source>
        <translation>{campaign}尚无回访对象，没有可报送的数据。</translation>
    </message>
    <message>
        <source>The package read back from {folder} differs from what was written: the stick may be failing. Nothing was kept; try another stick.</source>
        <translation>从 {folder} 读回的数据包与写入的内容不一致，U盘可能有故障。未保留任何文件，请换一个U盘。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <extracomment>The version of the inner zip&apos;s layout (manifest and members); 2 adds the sequence number and the signature. How a package&apos;s container was sealed. the data&apos;s column values, as its check converted them (what the merge inserts)</extracomment>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a receipt of this program ({detail}).</source>
        <translation>{file} 不是本程序的回执（{detail}）。</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of this program. Install it to read the receipt.</source>
        <translation>{file} 由本程序的较新版本写出，请安装新版本后再读取回执。</translation>
    </message>
    <message>
        <source>{file} is not signed with the county&apos;s key installed here: it is not a genuine receipt for {package}.</source>
        <translation>{file} 没有用本机安装的县里公钥签名：不是 {package} 的真实回执。</translation>
    </message>
    <message>
        <source>{file} is not a receipt of this program.</source>
        <translation>{file} 不是本程序的回执。</translation>
    </message>
    <message>
        <source>{file} is the receipt of a package this database did not export.</source>
        <translation>{file} 是一份回执，但对应的数据包并非由本数据库导出。</translation>
    </message>
    <message>
        <source>{file} is not a genuine receipt for {package}: its signature does not match. It was changed, or not made by the county from this package.</source>
        <translation>{file} 不是 {package} 的真实回执：签名不符。回执已被改动，或并非县里根据该数据包出具。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a kind of item (follow_up, rework, help).</source>
        <extracomment>The state filter&apos;s codes: open (overdue included), overdue only, closed.</extracomment>
        <translation>“{value}”不是事项类别（follow_up、rework、help）。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a state of an item (open, overdue, closed).</source>
        <translation>“{value}”不是事项状态（open、overdue、closed）。</translation>
    </message>
    <message>
        <source>{path} already exists. init only creates a new database; the existing file was not changed.</source>
        <translation>{path} 已存在。init 只新建数据库；现有文件未作改动。</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <extracomment>what the system says when it refuses a file, by errno; other errors keep its own text</extracomment>
        <translation>不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>正在被使用</translation>
    </message>
    <message>
        <source>the case number was stored by Excel as a number and lost digits ({value}); type it as text</source>
        <translation>信访件编号被 Excel 存为数字，已丢失位数（{value}）；请以文本格式重新录入</translation>
    </message>
    <message>
        <source>the row has no ID number: the case was imported without one</source>
        <translation>本行没有身份证号：已导入，但无身份证号</translation>
    </message>
    <message>
        <source>the text has {value} characters, more than the {first} accepted</source>
        <translation>内容有 {value} 个字符，超过允许的 {first} 个</translation>
    </message>
    <message>
        <source>the text had {value} characters; only the first {first} were kept</source>
        <translation>内容有 {value} 个字符，只保留了前 {first} 个</translation>
    </message>
    <message>
        <source>section title skipped: &quot;{text}&quot;</source>
        <extracomment>Below this a float holds an integer exactly as Excel shows it (15 digits). Rows below the header that are not cases (``ledger_reader.SkippedRow``).</extracomment>
        <translation>已跳过分段标题：“{text}”</translation>
    </message>
    <message>
        <source>the column numbers under the header</source>
        <translation>表头下的列序号行</translation>
    </message>
    <message>
        <source>the header repeated</source>
        <translation>重复的表头</translation>
    </message>
    <message>
        <source>a totals row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <source>a numbered row with nothing else in it</source>
        <translation>只有序号、没有其他内容的行</translation>
    </message>
    <message>
        <source>{file}: the workbook is protected by a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook), save it and import it again.</source>
        <extracomment>The most a spreadsheet may inflate to, all members together. A county ledger of 20,000 rows is about 20 MB inside; 100,000 rows about 100 MB. Members larger than this must not inflate more than MAX_MEMBER_RATIO times: worksheet XML compresses 5-20 times, a zip bomb a thousand. The largest CSV file read (it is read whole). Reader error code -&gt; message for the clerk (with ``{file}``, ``{detail}``).</extracomment>
        <translation>{file}：工作簿设有密码保护。请在 Excel 或 WPS 中打开，取消密码（文件 ▸ 信息 ▸ 保护工作簿），保存后重新导入。</translation>
    </message>
    <message>
        <source>{file}: this program may not read the file (permission denied). Copy it to your documents folder, or ask whoever owns it for access.</source>
        <translation>{file}：本程序无权读取该文件（权限被拒绝）。请把它复制到“文档”文件夹，或请文件所有者开放权限。</translation>
    </message>
    <message>
        <source>{file}: the file would take too much memory to read ({detail}); it was not opened. A ledger this large is damaged or not a ledger.</source>
        <translation>{file}：读取该文件需要过多内存（{detail}），未打开。这么大的台账不是已损坏，就不是台账。</translation>
    </message>
    <message>
        <source>{file}: a field of the CSV file is longer than {detail} characters; a quote is probably not closed. Open the file in Excel, check it and save it again.</source>
        <translation>{file}：CSV 文件中有一个字段超过 {detail} 个字符，可能是引号没有闭合。请用 Excel 打开检查后重新保存。</translation>
    </message>
    <message>
        <source>{file}: the CSV file contains NUL bytes: it is not text (perhaps a spreadsheet renamed .csv, or damaged). Open it in Excel and save it as CSV UTF-8.</source>
        <translation>{file}：CSV 文件含有空字节（NUL），不是文本文件（可能是改了扩展名的表格，或已损坏）。请用 Excel 打开并另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>the case number {value} is the case number {other} of row {first} (only letter case, full-width characters or spaces differ)</source>
        <translation>信访件编号 {value} 与第 {first} 行的 {other} 是同一编号（仅大小写、全角字符或空格不同）</translation>
    </message>
    <message>
        <source>the case number {value} matched the register&apos;s case {other} (only letter case, full-width characters or spaces differ); the register keeps {other}</source>
        <translation>信访件编号 {value} 已对应到库中的 {other}（仅大小写、全角字符或空格不同）；库中保留 {other}</translation>
    </message>
    <message>
        <source>the ID number {value} is given to {other} in row {first} and to {name} here: this case was imported for {name} with the ID left empty</source>
        <translation>身份证号 {value} 在第 {first} 行属于{other}，本行却是{name}：本件按{name}导入，身份证号留空</translation>
    </message>
    <message>
        <source>the ID number {value} belongs to {other} in the register, not to {name}: this case was imported for {name} with the ID left empty</source>
        <translation>身份证号 {value} 在台账库中属于{other}，而非{name}：本件按{name}导入，身份证号留空</translation>
    </message>
    <message>
        <source>There is no merge of {town} to undo: none was merged, or its last merge was undone already (only the last one can be undone).</source>
        <translation>{town}没有可撤销的合并：从未合并过，或最近一次合并已经撤销（只能撤销最近一次）。</translation>
    </message>
    <message>
        <source>{file} is not a key file of this program ({detail}).</source>
        <translation>{file} 不是本程序的公钥文件（{detail}）。</translation>
    </message>
    <message>
        <source>The key file {file} cannot be written: {reason}</source>
        <translation>无法写入公钥文件 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is a town&apos;s key, not the county&apos;s. Ask the county for its key file (town-key county-public).</source>
        <translation>{file} 是乡镇的公钥，不是县里的。请向县里索取县里的公钥文件（town-key county-public）。</translation>
    </message>
    <message>
        <source>{file} is refused: its member {member} would take more than {limit} once unpacked. Packages of this program never do; nothing was read or merged.</source>
        <translation>{file} 已拒收：其中的 {member} 解压后将超过 {limit}。本程序的数据包不会这样；没有读取也没有合并任何内容。</translation>
    </message>
    <message>
        <source>{file} is refused: its signature does not match its contents. It was changed after the town signed it. Ask the town for it again.</source>
        <translation>{file} 已拒收：签名与内容不符，乡镇签名后被改动过。请该镇重新报送。</translation>
    </message>
    <message>
        <source>Give the town&apos;s name (1 to 64 characters).</source>
        <translation>请给出乡镇名称（1 至 64 个字符）。</translation>
    </message>
    <message>
        <source>{file} is the county&apos;s own key, not a town&apos;s. Register the file the town made with office --make-keys.</source>
        <translation>{file} 是县里自己的公钥，不是乡镇的。请登记乡镇用 office --make-keys 生成的文件。</translation>
    </message>
    <message>
        <source>This key (fingerprint {fingerprint}) is registered for {other}. One key belongs to one town.</source>
        <translation>这个公钥（指纹 {fingerprint}）已登记为{other}的。一个公钥只属于一个乡镇。</translation>
    </message>
    <message>
        <source>This key of {town} (fingerprint {fingerprint}) was revoked; a revoked key is never registered again. The town makes a new key pair.</source>
        <translation>{town}的这个公钥（指纹 {fingerprint}）已被吊销，吊销的公钥不能再登记。请该镇生成新的密钥对。</translation>
    </message>
    <message>
        <source>{town} has a registered key already (fingerprint {fingerprint}). Revoke it first (town-key revoke) if the town replaced it.</source>
        <translation>{town}已登记过公钥（指纹 {fingerprint}）。如该镇已更换密钥，请先吊销旧的（town-key revoke）。</translation>
    </message>
    <message>
        <source>{town} has no registered key to revoke.</source>
        <translation>{town}没有已登记的公钥可以吊销。</translation>
    </message>
    <message>
        <source>The disk is full where {path} is written. Nothing was changed; free some space there and try again.</source>
        <translation>写入 {path} 的磁盘已满。未做任何更改，请腾出空间后再试。</translation>
    </message>
    <message>
        <source>The database {path} is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>数据库 {path} 正忙：另一个程序正在写入。未做任何更改，请稍后再试。</translation>
    </message>
    <message>
        <source>The plan is too long ({length} characters; at most {limit}).</source>
        <translation>实施方案过长（{length} 个字符；最多 {limit} 个）。</translation>
    </message>
    <message>
        <source>Say why the record is kept as it is (the note goes in the audit).</source>
        <translation>请说明保留原样的理由（记入审计记录）。</translation>
    </message>
    <message>
        <source>There is no final visit record {id}.</source>
        <translation>没有定稿的回访登记表 {id}。</translation>
    </message>
    <message>
        <source>{folder} is outside the program&apos;s data folder, so the backup is encrypted, and no backup passphrase is set yet. Set one (Settings ▸ Backups, or rv-desktop backup-passphrase), then back up again. Nothing was written.</source>
        <translation>{folder} 在本程序的数据文件夹以外，备份须加密，但尚未设定备份口令。请先设定（设置 ▸ 备份，或 rv-desktop backup-passphrase），再重新备份。未写入任何文件。</translation>
    </message>
    <message>
        <source>The backup {path} is encrypted: give the office&apos;s backup passphrase. Nothing was changed.</source>
        <translation>备份 {path} 已加密：请给出本办公室的备份口令。未做任何更改。</translation>
    </message>
    <message>
        <source>The passphrase does not open the backup {path} (letter case and spaces count). Nothing was changed.</source>
        <translation>该口令打不开备份 {path}（区分大小写和空格）。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>No form yet</source>
        <extracomment>The state of a task without any visit record (the others: ``record_state``).</extracomment>
        <translation>未填表</translation>
    </message>
</context>
<context>
    <name>VisitFormDialog</name>
    <message>
        <source>Return-visit registration form</source>
        <extracomment>Milliseconds after the last change before the draft is saved. a record was saved, finalised, reopened, reviewed, started or discarded (target id) the draft was written to the database (visit id): autosave or Ctrl+S another task of the list is shown (its index in the list)</extracomment>
        <translation>信访事项办理情况回访登记表</translation>
    </message>
    <message>
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一件</translation>
    </message>
    <message>
        <source>The previous task of the list (Ctrl+PgUp)</source>
        <translation>列表中的上一件（Ctrl+PgUp）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一件 ▶</translation>
    </message>
    <message>
        <source>The next task of the list (Ctrl+PgDown)</source>
        <translation>列表中的下一件（Ctrl+PgDown）</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>再次回访(&amp;N)</translation>
    </message>
    <message>
        <source>Start the next visit record of this case, a re-visit (Ctrl+Shift+N)</source>
        <translation>为本案开始下一次回访登记，即再次回访（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>Make the final record a draft again to correct it; asks the reason (Ctrl+Shift+R)</source>
        <translation>将定稿退回草稿以便更正，需说明理由（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>审核(&amp;V)…</translation>
    </message>
    <message>
        <source>The office lead checks the final record (Ctrl+Shift+V)</source>
        <translation>由信访办负责人审核已定稿的登记表（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Save as a draft (Ctrl+S); drafts are also saved as you type</source>
        <translation>保存为草稿（Ctrl+S）；输入时也会自动保存</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Check the form and make it final (Ctrl+Enter); moves the task on the board</source>
        <translation>检查登记表并定稿（Ctrl+Enter），任务随之在看板上移动</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open the case in the register…</source>
        <translation>在案件台账中打开本案…</translation>
    </message>
    <message>
        <source>{case_no} · {petitioner} · visit {n}</source>
        <translation>{case_no} · {petitioner} · 第{n}次回访</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>第 {n} / {total} 件</translation>
    </message>
    <message numerus="yes">
        <source>Not final yet: %n field(s) still need attention (marked tabs).</source>
        <translation>
            <numerusform>尚不能定稿：还有 %n 项需要填写或更正（见带标记的选项卡）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This record is final and read-only. Press Reopen… and give the reason to change it.</source>
        <translation>该登记表已定稿，只读。如需修改，请点击“重新打开…”并说明理由。</translation>
    </message>
</context>
<context>
    <name>VisitFormTips</name>
    <message>
        <source>When the visit or call took place, e.g. 2026-11-18 9:30. Not in the future, not before the case was concluded.</source>
        <translation>回访或电话的时间，如 2026-11-18 9:30。不能晚于今天，也不能早于办结日期。</translation>
    </message>
    <message>
        <source>How the visit was made: the town visits in person; the county may phone; if the petitioner is away, phone them and visit the former residence.</source>
        <translation>回访方式：乡镇上门走访；县级可电话回访；信访人在外的，电话回访并到原住地走访。</translation>
    </message>
    <message>
        <source>The return visitors, as written on the paper form.</source>
        <translation>回访人员，与纸质登记表一致。</translation>
    </message>
    <message>
        <source>Units that joined the visit, such as the unit that handled the case.</source>
        <translation>参加回访的单位，如承办单位。</translation>
    </message>
    <message>
        <source>Where the petitioner or the person answering was met.</source>
        <translation>与信访人或代评人见面的地点。</translation>
    </message>
    <message>
        <source>Who answered: the petitioner, or a proxy answering for them (代评): a relative, the village or community committee, another person.</source>
        <translation>受访人：信访人本人，或代为评价的人（代评）：亲属、村(居)委会、其他人员。</translation>
    </message>
    <message>
        <source>The name of the proxy who answered for the petitioner.</source>
        <translation>代信访人作答的人员姓名。</translation>
    </message>
    <message>
        <source>The proxy&apos;s relationship to the petitioner, e.g. son, village director.</source>
        <translation>代评人与信访人的关系，如儿子、村主任。</translation>
    </message>
    <message>
        <source>The petitioner lives elsewhere: phone them, and also visit the former residence to ask relatives and the village committee, and write that down.</source>
        <translation>信访人在外居住：电话回访，同时到原住地向亲属和村委会了解情况，并如实记录。</translation>
    </message>
    <message>
        <source>What came of phoning the petitioner who is away.</source>
        <translation>电话联系在外信访人的结果。</translation>
    </message>
    <message>
        <source>The relatives or the village or community committee asked at the former residence.</source>
        <translation>在原住地走访的亲属或村(居)委会人员。</translation>
    </message>
    <message>
        <source>What the people asked at the former residence said.</source>
        <translation>原住地走访对象反映的情况。</translation>
    </message>
    <message>
        <source>Every try to reach the petitioner: time, means and outcome, so that &quot;could not be reached&quot; is a fact with a trail. Insert adds one, Delete removes it.</source>
        <translation>每一次联系信访人的记录：时间、方式和结果，使“联系不上”有据可查。Insert 添加，Delete 删除。</translation>
    </message>
    <message>
        <source>Whether the handling conclusion was true and reasonable.</source>
        <translation>办理结论是否客观、合理。</translation>
    </message>
    <message>
        <source>What is not true or reasonable in the conclusion; goes to the handling unit for rework.</source>
        <translation>办理结论中不客观、不合理之处；将转承办单位整改。</translation>
    </message>
    <message>
        <source>Whether the petitioner agrees with the handling conclusion.</source>
        <translation>信访人是否认可办理结论。</translation>
    </message>
    <message>
        <source>Whether the petitioner&apos;s reasonable demands were solved.</source>
        <translation>信访人的合理诉求是否得到解决。</translation>
    </message>
    <message>
        <source>Whether the handling opinions were carried out.</source>
        <translation>处理意见是否落实到位。</translation>
    </message>
    <message>
        <source>Whether the petitioner is satisfied with the handling result: satisfied, basically satisfied or dissatisfied.</source>
        <translation>信访人对处理结果是否满意：满意、基本满意或不满意。</translation>
    </message>
    <message>
        <source>Why the petitioner is dissatisfied; it goes back to the handling unit.</source>
        <translation>信访人不满意的原因；将反馈给承办单位。</translation>
    </message>
    <message>
        <source>Optional: the petitioner&apos;s rating of the handling unit&apos;s work.</source>
        <translation>选填：信访人对承办单位工作的评价。</translation>
    </message>
    <message>
        <source>Whether the petitioner has stopped petitioning (息诉罢访).</source>
        <translation>信访人是否已息诉罢访。</translation>
    </message>
    <message>
        <source>How likely the petitioner is to petition again.</source>
        <translation>信访人再次信访的可能性。</translation>
    </message>
    <message>
        <source>Practical difficulties in the petitioner&apos;s production and life; each becomes a help item tracked until done.</source>
        <translation>信访人生产生活中的实际困难；每项困难生成帮扶事项，跟踪至办结。</translation>
    </message>
    <message>
        <source>The help given or arranged for the difficulties.</source>
        <translation>针对困难已给予或安排的帮扶。</translation>
    </message>
    <message>
        <source>Who helps (a person or a unit).</source>
        <translation>负责帮扶的人员或单位。</translation>
    </message>
    <message>
        <source>The petitioner&apos;s opinions and suggestions on petition work.</source>
        <translation>信访人对信访工作的意见和建议。</translation>
    </message>
    <message>
        <source>Three looks, first: was the case handled according to law and policy? &quot;No&quot; sends a rework item to the handling unit.</source>
        <translation>一看：是否依法依政策办理？选“否”将向承办单位发出督办整改事项。</translation>
    </message>
    <message>
        <source>Three looks, second: is the petitioner satisfied? Must agree with the findings.</source>
        <translation>二看：信访人是否满意？须与回访情况一致。</translation>
    </message>
    <message>
        <source>Three looks, third: did the petitioner give opinions or suggestions?</source>
        <translation>三看：信访人是否提出意见建议？</translation>
    </message>
    <message>
        <source>A further visit or action is needed, as for the dissatisfied or unsettled.</source>
        <translation>需要再次回访或采取措施，如不满意或未息诉罢访的。</translation>
    </message>
    <message>
        <source>The laws and policies explained and the guidance given to the petitioner.</source>
        <translation>向信访人解释的法律政策和所做的引导。</translation>
    </message>
    <message>
        <source>What is done next to follow up.</source>
        <translation>跟踪回访的下一步措施。</translation>
    </message>
    <message>
        <source>Who carries out the follow-up.</source>
        <translation>负责跟踪回访的人员。</translation>
    </message>
    <message>
        <source>The date by which the follow-up is done, e.g. 2026-12-05.</source>
        <translation>跟踪回访的完成时限，如 2026-12-05。</translation>
    </message>
    <message>
        <source>Who filled in or typed in this form.</source>
        <translation>填写或录入本登记表的人员。</translation>
    </message>
    <message>
        <source>The date the form was recorded; today when left empty.</source>
        <translation>填表日期；不填则为当天。</translation>
    </message>
    <message>
        <source>The paper form carries the visitors&apos; signatures.</source>
        <translation>纸质登记表上有回访人员签字。</translation>
    </message>
    <message>
        <source>Whether the paper form carries the petitioner&apos;s signature, or the petitioner refused to sign.</source>
        <translation>纸质登记表上是否有信访人签字，或信访人拒绝签字。</translation>
    </message>
    <message>
        <source>Was the petitioner reached (in person or through a proxy)? If not, why: not reached, refused, deceased, in custody, moved with no trace.</source>
        <translation>是否联系上信访人（本人或代评）？如未联系上：联系不上、拒绝、去世、在押、迁居不明。</translation>
    </message>
    <message>
        <source>Who said so and when: the reason behind the outcome of the contact.</source>
        <translation>何人、何时告知：联系结果的依据。</translation>
    </message>
    <message>
        <source>Visitors should walk into the door: why this visit was not (e.g. the petitioner asked to come).</source>
        <translation>回访要走进家门：写明本次未上门的原因（如信访人要求来访）。</translation>
    </message>
    <message>
        <source>What of the demands or the handling opinions is still not done.</source>
        <translation>诉求或处理意见中仍未解决、落实的内容。</translation>
    </message>
    <message>
        <source>A no or partly to point (1) or (2) goes back for rework; say here why it does not.</source>
        <translation>第(1)(2)项答“否”或“部分”须督办整改；不整改的，在此写明理由。</translation>
    </message>
    <message>
        <source>Point (4): practical difficulties in production and life? “None” is an answer.</source>
        <translation>第(4)项：生产生活有无实际困难？“无”也是回答。</translation>
    </message>
    <message>
        <source>Point (5): opinions and suggestions on petition work? “None” is an answer.</source>
        <translation>第(5)项：对信访工作有无意见建议？“无”也是回答。</translation>
    </message>
    <message>
        <source>Why a look differs from the answers to points (1), (3) and (5).</source>
        <translation>三看与第(1)(3)(5)项回答不一致的原因。</translation>
    </message>
</context>
<context>
    <name>VisitTargetModel</name>
    <message>
        <source>Case number</source>
        <extracomment>The state filter&apos;s codes: no form yet, then the record states.</extracomment>
        <translation>信访件编号</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>回访人员</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Visit no.</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>登记表</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Fill in the form</source>
        <translation>填写登记表</translation>
    </message>
    <message>
        <source>Open the form of the chosen case (Enter)</source>
        <translation>打开所选案件的登记表（回车）</translation>
    </message>
    <message>
        <source>Only the tasks of one visitor (a visitor&apos;s stack)</source>
        <translation>只显示某一回访人员的任务</translation>
    </message>
    <message>
        <source>Only the targets of one village or community</source>
        <translation>只显示某一村(社区)的回访对象</translation>
    </message>
    <message>
        <source>Only the forms in one state</source>
        <translation>只显示某一状态的登记表</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>全部登记表</translation>
    </message>
    <message>
        <source>Case number or name; scan the form&apos;s QR code</source>
        <translation>信访件编号或姓名；可扫描登记表二维码</translation>
    </message>
    <message>
        <source>Type or scan a case number and press Enter to open its form. Typing narrows the list.</source>
        <translation>输入或扫描信访件编号后按回车，即打开该案登记表。输入时列表随之筛选。</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>回访人员</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>登记表</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No current campaign: create one on the Campaign page.</source>
        <translation>没有当前活动：请在“活动与筛选”页面创建。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{shown} of {total} targets shown · {none} without a form · {drafts} drafts</source>
        <translation>显示 {shown} / {total} 个回访对象 · {none} 个未填表 · {drafts} 份草稿</translation>
    </message>
    <message>
        <source>No target of the current campaign has the case number {case_no}.</source>
        <translation>当前活动的回访对象中没有信访件编号为 {case_no} 的案件。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>Welcome to the return-visit desk</source>
        <translation>欢迎使用信访回访工作台</translation>
    </message>
    <message>
        <source>This computer has no database of your office yet. Create it now: the town and the office are printed on every form and table. Or open the demo first to look around; you can create your database at the next start.</source>
        <translation>这台电脑上还没有本办的数据库。现在就创建吧：乡镇和信访办名称会印在每一张登记表和统计表上。也可以先打开演示数据看一看，下次启动时再创建本办数据库。</translation>
    </message>
    <message>
        <source>The database will be kept in {path}</source>
        <translation>数据库将保存在：{path}</translation>
    </message>
    <message>
        <source>&amp;Create the office&apos;s database</source>
        <translation>创建本办数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>A made-up town with its register and a campaign in every state, to try things.</source>
        <translation>一个虚构乡镇的台账，以及一次进行到各个阶段的回访活动，供试用和培训。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下参数：%s</translation>
    </message>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own texts (Python 3.11), collected by lupdate in the context &quot;argparse&quot;.</extracomment>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>至多需要一个参数</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式参数 %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>the new database file</source>
        <translation>新数据库文件</translation>
    </message>
    <message>
        <source>number of cases</source>
        <translation>案件数量</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>--cases must be at least 1.</source>
        <translation>--cases 至少为 1。</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>{path}: the database is sound.</source>
        <translation>{path}：数据库完好。</translation>
    </message>
    <message>
        <source>the town (乡镇), printed on forms and packages</source>
        <translation>乡镇名称，印在登记表和数据包上</translation>
    </message>
    <message>
        <source>the office, as it signs (填报单位)</source>
        <translation>信访办名称，即落款的填报单位</translation>
    </message>
    <message>
        <source>the clerk&apos;s name</source>
        <translation>经办人姓名</translation>
    </message>
    <message>
        <source>Town: {town}; office: {office}; clerk: {clerk}</source>
        <translation>乡镇：{town}；信访办：{office}；经办人：{clerk}</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>The backup had schema {found}; it was upgraded to {known}.</source>
        <translation>该备份的数据结构版本为 {found}，已升级到 {known}。</translation>
    </message>
    <message>
        <source>The previous file is kept as {path}.</source>
        <translation>原文件保留为 {path}。</translation>
    </message>
    <message>
        <source>the ledger (xlsx, xls, ods, csv)</source>
        <translation>台账文件（xlsx、xls、ods、csv）</translation>
    </message>
    <message>
        <source>the sheet to read</source>
        <translation>要读取的工作表</translation>
    </message>
    <message>
        <source>show what would happen, change nothing</source>
        <translation>只显示将会发生什么，不做修改</translation>
    </message>
    <message>
        <source>reject rows whose ID number is wrong (default: import, ID left empty)</source>
        <translation>身份证号有误的行不导入（默认：照常导入，身份证号留空）</translation>
    </message>
    <message>
        <source>save the rejected rows to this xlsx</source>
        <translation>把未导入的行保存到这个 xlsx 文件</translation>
    </message>
    <message>
        <source>Reason not imported</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>(dry run: nothing was changed)</source>
        <translation>（试运行：未做任何修改）</translation>
    </message>
    <message>
        <source>find cases containing TEXT</source>
        <translation>查找含有 TEXT 的案件</translation>
    </message>
    <message>
        <source>show ID numbers, phones and addresses unmasked (audited)</source>
        <translation>显示完整的身份证号、电话和住址（记入审计）</translation>
    </message>
    <message>
        <source>the campaign (created if it does not exist)</source>
        <translation>回访活动（不存在时自动创建）</translation>
    </message>
    <message>
        <source>concluded on or after DATE</source>
        <translation>办结日期不早于 DATE</translation>
    </message>
    <message>
        <source>concluded on or before DATE</source>
        <translation>办结日期不晚于 DATE</translation>
    </message>
    <message>
        <source>source levels, comma-separated (default: central,provincial)</source>
        <translation>交办来源，用逗号分隔（默认：central,provincial）</translation>
    </message>
    <message>
        <source>exclusions, comma-separated, from many_people,policy,rebound,settled (default: the campaign&apos;s, else many_people,policy,rebound)</source>
        <translation>排除条件，用逗号分隔，可选 many_people、policy、rebound、settled（默认：活动已保存的条件，否则为 many_people,policy,rebound）</translation>
    </message>
    <message>
        <source>Campaign {name} created.</source>
        <translation>已创建活动 {name}。</translation>
    </message>
    <message>
        <source>{campaign}: {considered} cases considered, {targets} targets, {excluded} excluded ({details}); {added} added, {changed} changed, {dropped} removed, {kept} kept.</source>
        <translation>{campaign}：共筛查 {considered} 件，回访对象 {targets} 件，排除 {excluded} 件（{details}）；新增 {added}，变更 {changed}，移除 {dropped}，保留 {kept}。</translation>
    </message>
    <message>
        <source>the campaign (default: the current one)</source>
        <translation>回访活动（默认：当前活动）</translation>
    </message>
    <message>
        <source>the xlsx to write</source>
        <translation>要写入的 xlsx 文件</translation>
    </message>
    <message>
        <source>{path}: {count} tasks of {campaign}.</source>
        <translation>{path}：{campaign} 的 {count} 个任务。</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>only the forms of this visitor</source>
        <translation>只打印该回访人员的登记表</translation>
    </message>
    <message>
        <source>only the forms of this village</source>
        <translation>只打印该村（社区）的登记表</translation>
    </message>
    <message>
        <source>N blank forms instead</source>
        <translation>改为打印 N 份空白登记表</translation>
    </message>
    <message>
        <source>filled in from the final visit records</source>
        <translation>按定稿的回访登记填写</translation>
    </message>
    <message>
        <source>print even if the font lacks some characters (left blank)</source>
        <translation>字体缺字时照常打印（缺字处留空）</translation>
    </message>
    <message>
        <source>which document</source>
        <translation>文书种类</translation>
    </message>
    <message>
        <source>The {document} document is not available in this version.</source>
        <translation>本版本还不能打印 {document} 文书。</translation>
    </message>
    <message>
        <source>group the rows by (default: source)</source>
        <translation>按此分组（默认：交办来源）</translation>
    </message>
    <message>
        <source>also write the table to this xlsx</source>
        <translation>同时把统计表写入这个 xlsx 文件</translation>
    </message>
    <message>
        <source>also write the table to this PDF</source>
        <translation>同时把统计表写入这个 PDF 文件</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>the columns of the table, in the user&apos;s language when printed</extracomment>
        <translation>分组</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>应回访</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation>未办结跟踪</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{count}.</source>
        <translation>共{count}。</translation>
    </message>
    <message>
        <source>Demo database {path}: {cases}, {petitioners}, {targets}, {visits} ({seconds:.1f} s).</source>
        <translation>演示数据库 {path}：{cases}，{petitioners}，{targets}，{visits}（{seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>{count} final visit records break the plan&apos;s rules; reopen and complete them, or keep them with a note:</source>
        <translation>{count} 份定稿登记表不符合方案要求；请重新打开补充完整，或说明理由后保留：</translation>
    </message>
    <message>
        <source>  {case_no} visit {visit_no}: {reasons}</source>
        <translation>  {case_no} 第{visit_no}次回访：{reasons}</translation>
    </message>
    <message>
        <source>the office&apos;s phone (联系电话), printed under the county&apos;s tables</source>
        <translation>本单位联系电话，打印在报县表格的填报信息栏中</translation>
    </message>
    <message>
        <source>the office&apos;s level: town (visits in person) or county (may phone)</source>
        <translation>单位层级：town 乡镇（上门走访）或 county 县级（可电话回访）</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>联系电话：{phone}</translation>
    </message>
    <message>
        <source>Level: {level}</source>
        <translation>层级：{level}</translation>
    </message>
    <message>
        <source>{db}: restored from {backup} ({cases}, {campaigns}).</source>
        <translation>{db}：已从 {backup} 恢复（{cases}，{campaigns}）。</translation>
    </message>
    <message>
        <source>write ID numbers and phones unmasked in --rejected-xlsx (audited)</source>
        <translation>在 --rejected-xlsx 中显示完整的身份证号码和电话（记入审计）</translation>
    </message>
    <message>
        <source>create the database if the file does not exist</source>
        <translation>文件不存在时新建数据库</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>{file}: {rows}: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{file}：{rows}：新增 {new}，更新 {updated}，未变 {unchanged}，拒收 {rejected}。</translation>
    </message>
    <message>
        <source>--blank must be at least 1.</source>
        <translation>--blank 至少为 1。</translation>
    </message>
    <message>
        <source>{path}: {forms}, {pages}.</source>
        <translation>{path}：{forms}，{pages}。</translation>
    </message>
    <message>
        <source>{path}: {pages}.</source>
        <translation>{path}：{pages}。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>only the open (overdue included), overdue or closed items</source>
        <translation>只列未办结（含逾期）、逾期或已办结的事项</translation>
    </message>
    <message>
        <source>also write the list of open items as xlsx</source>
        <translation>同时将未办结事项清单写入 xlsx</translation>
    </message>
    <message>
        <source>{count} items, {overdue} overdue.</source>
        <translation>共 {count} 项，其中逾期 {overdue} 项。</translation>
    </message>
    <message>
        <source>the item&apos;s number</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>the date it was closed (default: today)</source>
        <translation>办结日期（默认今天）</translation>
    </message>
    <message>
        <source>Item {id} closed; the task is in the column {status}.</source>
        <translation>事项 {id} 已办结；回访任务现处于 {status} 栏。</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>the folder to write the package into (the USB stick)</source>
        <translation>写入数据包的文件夹（U盘）</translation>
    </message>
    <message>
        <source>read the passphrase agreed with the county from the file F</source>
        <translation>从文件 F 读取与县里约定的口令</translation>
    </message>
    <message>
        <source>write the package unencrypted (personal data readable!)</source>
        <translation>导出不加密的数据包（个人信息可被读取！）</translation>
    </message>
    <message>
        <source>The package is encrypted: give --passphrase-file F (or --no-encryption to write it unencrypted).</source>
        <translation>数据包须加密：请用 --passphrase-file F 提供口令（或用 --no-encryption 写出不加密的数据包）。</translation>
    </message>
    <message>
        <source>{campaign} of {town}: {targets} targets, {visits} visit records, {cases} cases; {state}; SHA-256 {sha256}.</source>
        <translation>{town}{campaign}：回访对象 {targets} 件，回访登记表 {visits} 份，案件 {cases} 件；{state}；SHA-256 {sha256}。</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>Still open: {unassigned} targets unassigned, {unvisited} not visited, {draft_only} with a draft form only, {overdue} with overdue items. The package is written as it is.</source>
        <translation>尚未完成：{unassigned} 件未分配回访任务，{unvisited} 件未回访，{draft_only} 件登记表仅有草稿，{overdue} 件有逾期事项。数据包按现状导出。</translation>
    </message>
    <message>
        <source>the towns&apos; packages (.rvpkg)</source>
        <translation>各乡镇的数据包（.rvpkg）</translation>
    </message>
    <message>
        <source>also merge unencrypted packages (their origin is not proven)</source>
        <translation>也合并未加密的数据包（来源未经证明）</translation>
    </message>
    <message>
        <source>undo the last merge of TOWN (its previous data comes back)</source>
        <translation>撤销该乡镇最近一次合并（恢复其此前的数据）</translation>
    </message>
    <message>
        <source>read the passphrase agreed with the towns from the file F</source>
        <translation>从文件 F 读取与乡镇约定的口令</translation>
    </message>
    <message>
        <source>write the receipts here (default: beside each package)</source>
        <translation>回执写入此处（默认：与各数据包放在一起）</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>unchanged (merged before)</source>
        <translation>无变化（此前已合并）</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>({town}, {campaign}: {targets} targets, {visits} visit records)</source>
        <translation>（{town}，{campaign}：回访对象 {targets} 件，回访登记表 {visits} 份）</translation>
    </message>
    <message>
        <source>receipt: {path}</source>
        <translation>回执：{path}</translation>
    </message>
    <message>
        <source>the receipt could not be written: {reason}</source>
        <translation>回执无法写入：{reason}</translation>
    </message>
    <message>
        <source>what was still open is not recorded (an older package)</source>
        <translation>未记录导出时尚未完成的事项（旧版数据包）</translation>
    </message>
    <message>
        <source>nothing was still open when the town wrote it</source>
        <translation>导出时没有未完成的事项</translation>
    </message>
    <message>
        <source>still open when written: {unassigned} unassigned, {unvisited} not visited, {draft_only} draft only, {overdue} with overdue items</source>
        <translation>导出时尚未完成：{unassigned} 件未分配，{unvisited} 件未回访，{draft_only} 件登记表仅有草稿，{overdue} 件有逾期事项</translation>
    </message>
    <message>
        <source>the county&apos;s receipts (.rvreceipt)</source>
        <translation>县里的回执（.rvreceipt）</translation>
    </message>
    <message>
        <source>{package}: received by {county} on {when} ({status}).</source>
        <translation>{package}：{county}已于 {when} 接收（{status}）。</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>此前已登记</translation>
    </message>
    <message>
        <source>received {when}</source>
        <translation>{when} 已接收</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>尚未收到回执</translation>
    </message>
    <message>
        <source>The font lacks these characters, printed as gaps to fill in: {characters}</source>
        <translation>字体缺少以下字符，已留空待手工填写：{characters}</translation>
    </message>
    <message>
        <source>write a realistic demo database</source>
        <translation>生成逼真的演示数据库</translation>
    </message>
    <message>
        <source>create the office&apos;s new database (its names and level)</source>
        <translation>新建本办的数据库（名称和级别）</translation>
    </message>
    <message>
        <source>check the database file and its consistency</source>
        <translation>检查数据库文件及数据一致性</translation>
    </message>
    <message>
        <source>import a ledger of concluded cases (xlsx, xls, ods, csv)</source>
        <translation>导入已办结信访事项台账（xlsx、xls、ods、csv）</translation>
    </message>
    <message>
        <source>list the cases of the register</source>
        <translation>列出台账中的案件</translation>
    </message>
    <message>
        <source>print the return-visit registration forms (PDF)</source>
        <translation>打印回访登记表（PDF）</translation>
    </message>
    <message>
        <source>print a document of the campaign (PDF)</source>
        <translation>打印活动文书（PDF）</translation>
    </message>
    <message>
        <source>show or set the town, office and clerk names</source>
        <translation>查看或设置乡镇、信访办和经办人名称</translation>
    </message>
    <message>
        <source>write a verified backup copy of the database</source>
        <translation>写入经校验的数据库备份</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current file is kept aside)</source>
        <translation>用备份替换数据库（当前文件另行保留）</translation>
    </message>
    <message>
        <source>screen the cases of a campaign: its targets and exclusions</source>
        <translation>为活动筛选案源：回访对象和排除案件</translation>
    </message>
    <message>
        <source>export the task assignment table of a campaign (xlsx)</source>
        <translation>导出活动的回访任务分配表（xlsx）</translation>
    </message>
    <message>
        <source>the feedback statistics of a campaign (JSON, xlsx, PDF)</source>
        <translation>活动的回访情况反馈统计（JSON、xlsx、PDF）</translation>
    </message>
    <message>
        <source>write the analysis report of a campaign (PDF)</source>
        <translation>生成回访活动的专题分析报告（PDF）</translation>
    </message>
    <message>
        <source>list the visit records of a campaign</source>
        <translation>列出活动的回访登记</translation>
    </message>
    <message>
        <source>list the rework, help and follow-up items of a campaign</source>
        <translation>列出回访活动的督办整改、帮扶和跟踪回访事项</translation>
    </message>
    <message>
        <source>close a rework, help or follow-up item with its result</source>
        <translation>登记结果，办结一项督办整改、帮扶或跟踪回访事项</translation>
    </message>
    <message>
        <source>write the exchange package for the county (encrypted)</source>
        <translation>导出报送县里的回访数据包（加密）</translation>
    </message>
    <message>
        <source>list the exchange packages written and their receipts</source>
        <translation>列出已导出的回访数据包及其回执</translation>
    </message>
    <message>
        <source>record the county&apos;s receipts of exchange packages</source>
        <translation>登记县里对回访数据包的回执</translation>
    </message>
    <message>
        <source>merge towns&apos; exchange packages into a county database</source>
        <translation>将各乡镇的回访数据包合并到县级数据库</translation>
    </message>
    <message>
        <source>Return-visit desk of a town petition office. Without a command, opens the window.</source>
        <translation>乡镇信访办回访工作台。不带子命令时打开程序窗口。</translation>
    </message>
    <message>
        <source>language (default: the system&apos;s)</source>
        <translation>界面语言（默认跟随系统）</translation>
    </message>
    <message>
        <source>open the demo database (created if missing)</source>
        <translation>打开演示数据库（不存在时自动创建）</translation>
    </message>
    <message>
        <source>{path} cannot be used: {reason}</source>
        <translation>{path} 无法使用：{reason}</translation>
    </message>
    <message>
        <source>On the command line: install a Chinese TrueType font (SimSun on Windows, fonts-wqy-zenhei on Debian), or choose the font file in the window (Settings), which the commands then use too.</source>
        <extracomment>what a command-line user can do where the message speaks of the window&apos;s settings</extracomment>
        <translation>命令行下：请安装中文 TrueType 字体（Windows 上的宋体，Debian 上的 fonts-wqy-zenhei），或在窗口的“设置”中选择字体文件，命令行也会使用它。</translation>
    </message>
    <message>
        <source>On the command line: print-forms --allow-missing prints anyway (the characters are left as gaps to write in by hand), or choose another font in the window (Settings), which the commands then use too.</source>
        <translation>命令行下：print-forms --allow-missing 可照常打印（缺少的字留空，手工填写），或在窗口的“设置”中选择其他字体，命令行也会使用它。</translation>
    </message>
    <message>
        <source>Interrupted: the command stopped before it finished.</source>
        <translation>已中断：命令未完成即停止。</translation>
    </message>
    <message>
        <source>Terminated: the command stopped before it finished.</source>
        <translation>已终止：命令未完成即停止。</translation>
    </message>
    <message>
        <source>An unexpected error stopped the command: {error}. The details are in {log}.</source>
        <translation>意外错误使命令中止：{error}。详情见 {log}。</translation>
    </message>
    <message>
        <source>a town&apos;s office or the county&apos;s (default: town)</source>
        <translation>乡镇信访办或县级（默认：乡镇）</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>{path}: a new database ({level}); town: {town}; office: {office}.</source>
        <translation>{path}：新数据库（{level}）；乡镇：{town}；单位：{office}。</translation>
    </message>
    <message>
        <source>make this office&apos;s key pair (once) and write its public key file</source>
        <translation>生成本单位的密钥对（只生成一次）并写出公钥文件</translation>
    </message>
    <message>
        <source>with --make-keys: the public key file to write</source>
        <translation>与 --make-keys 一起用：要写出的公钥文件</translation>
    </message>
    <message>
        <source>install the county&apos;s public key file (packages are encrypted to it)</source>
        <translation>安装县里的公钥文件（数据包用它加密）</translation>
    </message>
    <message>
        <source>--make-keys needs --out FILE: where to write the public key.</source>
        <translation>--make-keys 需要 --out 文件：公钥写到哪里。</translation>
    </message>
    <message>
        <source>Key pair made. Public key written to {path}.</source>
        <translation>已生成密钥对，公钥已写入 {path}。</translation>
    </message>
    <message>
        <source>This office has its key pair already; public key written to {path}.</source>
        <translation>本单位已有密钥对，公钥已写入 {path}。</translation>
    </message>
    <message>
        <source>Fingerprint (compare it by phone): {fingerprint}</source>
        <translation>指纹（请电话核对）：{fingerprint}</translation>
    </message>
    <message>
        <source>County key installed ({county}); fingerprint {fingerprint}. Compare it with the county by phone. Packages are encrypted to it from now on.</source>
        <translation>已安装县里的公钥（{county}），指纹 {fingerprint}。请与县里电话核对。此后数据包用它加密。</translation>
    </message>
    <message>
        <source>register a town&apos;s public key file</source>
        <translation>登记乡镇的公钥文件</translation>
    </message>
    <message>
        <source>the town the key belongs to</source>
        <translation>公钥所属的乡镇</translation>
    </message>
    <message>
        <source>the town&apos;s public key file</source>
        <translation>乡镇的公钥文件</translation>
    </message>
    <message>
        <source>write the county&apos;s public key file for the towns</source>
        <translation>写出县里的公钥文件，交各乡镇</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写出的文件</translation>
    </message>
    <message>
        <source>revoke a town&apos;s lost or replaced key</source>
        <translation>吊销乡镇丢失或更换的密钥</translation>
    </message>
    <message>
        <source>the town whose key to revoke</source>
        <translation>要吊销其密钥的乡镇</translation>
    </message>
    <message>
        <source>list the registered keys</source>
        <translation>列出已登记的公钥</translation>
    </message>
    <message>
        <source>Key of {town} registered; fingerprint {fingerprint}.</source>
        <translation>已登记{town}的公钥，指纹 {fingerprint}。</translation>
    </message>
    <message>
        <source>This key of {town} was registered already; fingerprint {fingerprint}.</source>
        <translation>{town}的这个公钥此前已登记，指纹 {fingerprint}。</translation>
    </message>
    <message>
        <source>The county&apos;s public key written to {path}; fingerprint {fingerprint}.</source>
        <translation>县里的公钥已写入 {path}，指纹 {fingerprint}。</translation>
    </message>
    <message>
        <source>Key of {town} revoked (fingerprint {fingerprint}); its packages are refused from now on.</source>
        <translation>已吊销{town}的密钥（指纹 {fingerprint}），此后用它签名的数据包一律拒收。</translation>
    </message>
    <message>
        <source>revoked {when}</source>
        <translation>已吊销 {when}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>county: register, revoke and list the towns&apos; keys</source>
        <translation>县里：登记、吊销和列出各乡镇的公钥</translation>
    </message>
    <message>
        <source>signed with the town&apos;s registered key, encrypted</source>
        <translation>由该镇已登记的密钥签名，已加密</translation>
    </message>
    <message>
        <source>signed with the town&apos;s registered key, NOT encrypted</source>
        <translation>由该镇已登记的密钥签名，未加密</translation>
    </message>
    <message>
        <source>shared passphrase (origin not proven)</source>
        <translation>共用口令（来源未经证明）</translation>
    </message>
    <message>
        <source>NOT encrypted, origin not proven</source>
        <translation>未加密，来源未经证明</translation>
    </message>
    <message>
        <source>protection not recorded</source>
        <translation>保护方式未记录</translation>
    </message>
    <message>
        <source>Give the packages to merge, or --undo-last TOWN.</source>
        <translation>请给出要合并的数据包，或 --undo-last 乡镇。</translation>
    </message>
    <message>
        <source>--undo-last takes no packages: undo first, then merge.</source>
        <translation>--undo-last 不带数据包：先撤销，再合并。</translation>
    </message>
    <message>
        <source>The merge of {file} ({town}, {campaign}) was undone; the town&apos;s previous data is back ({targets} targets).</source>
        <translation>已撤销 {file}（{town}，{campaign}）的合并，该镇此前的数据已恢复（{targets} 件回访对象）。</translation>
    </message>
    <message>
        <source>a file holding the backup passphrase (first line); on a terminal it is asked for</source>
        <translation>存有备份口令的文件（第一行）；在终端中运行时会询问口令</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <source>New backup passphrase: </source>
        <translation>新的备份口令：</translation>
    </message>
    <message>
        <source>Give the passphrase with --passphrase-file FILE.</source>
        <translation>请用 --passphrase-file 文件 给出口令。</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再输一次同一口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的口令不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>The backup passphrase is set. Backups written outside the data folder are encrypted; keep the passphrase apart from the computer: it is what restores them on a new PC.</source>
        <translation>备份口令已设定。写到数据文件夹以外的备份将被加密；请把口令与电脑分开保管：换新电脑时要靠它恢复备份。</translation>
    </message>
    <message>
        <source>The backup passphrase is changed. Backups made before open with the passphrase they were written with.</source>
        <translation>备份口令已更改。此前的备份仍用当时的口令打开。</translation>
    </message>
    <message>
        <source>set the passphrase that opens the backups written outside the data folder</source>
        <translation>设定打开数据文件夹以外备份的口令</translation>
    </message>
    <message>
        <source>scanned forms: PDF, TIFF, PNG or JPEG</source>
        <translation>扫描的登记表：PDF、TIFF、PNG 或 JPEG</translation>
    </message>
    <message>
        <source>read and report, store nothing</source>
        <translation>只读取并报告，不保存</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>{n} uncertain</source>
        <translation>{n} 项存疑</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>{pages} pages read: {forms} forms, {bad} pages unreadable.</source>
        <translation>已读取 {pages} 页：{forms} 份登记表，{bad} 页无法识别。</translation>
    </message>
    <message>
        <source>read scanned registration forms into draft visit records</source>
        <translation>读取扫描的登记表，生成回访记录草稿</translation>
    </message>
    <message>
        <source>say what would be dropped, drop nothing</source>
        <translation>只说明将删除什么，不删除</translation>
    </message>
    <message>
        <source>{pages} pages of {records} reviewed records ({mb:.1f} MB) would be dropped.</source>
        <translation>将删除 {records} 条已审核记录的 {pages} 页扫描件（{mb:.1f} MB）。</translation>
    </message>
    <message>
        <source>{pages} pages of {records} reviewed records ({mb:.1f} MB) dropped.</source>
        <translation>已删除 {records} 条已审核记录的 {pages} 页扫描件（{mb:.1f} MB）。</translation>
    </message>
    <message>
        <source>drop the scans kept with the campaign&apos;s reviewed visit records</source>
        <translation>删除本次活动已审核回访记录保存的扫描件</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <source>the QR code is too small or damaged to place the page</source>
        <extracomment>how far from where the QR code puts it a mark is searched (pt, each side) the largest distance (pt) between a mark and the fitted affine&apos;s place for it</extracomment>
        <translation>二维码太小或已损坏，无法定位页面</translation>
    </message>
    <message>
        <source>the corner marks were not found (page cut off or folded?)</source>
        <translation>未找到四角定位标记（页面被裁切或折叠？）</translation>
    </message>
    <message>
        <source>the page is warped (the corner marks do not line up)</source>
        <translation>页面变形（四角定位标记对不齐）</translation>
    </message>
    <message>
        <source>a form of another office&apos;s town</source>
        <extracomment>fields a new draft starts with (start_visit): their values are not the clerk&apos;s typing</extracomment>
        <translation>其他乡镇信访办的登记表</translation>
    </message>
    <message>
        <source>a blank form (no case number in its QR code): type it by hand</source>
        <translation>空白登记表（二维码中没有编号）：请手工录入</translation>
    </message>
    <message>
        <source>a form of another campaign</source>
        <translation>其他回访活动的登记表</translation>
    </message>
    <message>
        <source>a page of the form was not scanned</source>
        <translation>登记表有一页未扫描</translation>
    </message>
    <message>
        <source>the case is not in the campaign</source>
        <translation>该信访事项不在本次回访活动中</translation>
    </message>
    <message>
        <source>a dry run: nothing was stored</source>
        <translation>试读：未保存任何内容</translation>
    </message>
    <message>
        <source>the visit record is final: never changed by a scan</source>
        <translation>回访记录已定稿：扫描不会修改它</translation>
    </message>
    <message>
        <source>the draft was already typed into: the readings are offered beside it</source>
        <translation>草稿已有录入内容：识别结果仅供对照</translation>
    </message>
    <message>
        <source>the form was printed for another visit of the case</source>
        <translation>该登记表是为本事项的另一次回访打印的</translation>
    </message>
    <message>
        <source>the page is blank</source>
        <translation>空白页</translation>
    </message>
    <message>
        <source>no registration form&apos;s QR code found on the page</source>
        <translation>页面上未找到登记表的二维码</translation>
    </message>
    <message>
        <source>the form&apos;s layout is unknown to this version of the program</source>
        <extracomment>pixels a point of the upright page (2.5 px/pt = 180 dpi) the JPEG quality of the upright page kept in the database (~150 KB an A4 page) a page with less ink than this share of its pixels is blank</extracomment>
        <translation>本版程序不认识该登记表的版式</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <extracomment>the largest file read (a 1,000-page copier PDF at 300 dpi is ~300 MB) the most pixels a page may have: A4 at 600 dpi is 35 Mpx</extracomment>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>the file is larger than 1 GB</source>
        <translation>文件大于 1 GB</translation>
    </message>
    <message>
        <source>the file is not a readable PDF</source>
        <translation>该文件不是可读取的 PDF</translation>
    </message>
    <message>
        <source>the page is not A4</source>
        <translation>该页不是 A4 纸</translation>
    </message>
    <message>
        <source>not a scanned page (a PDF written by a program, not a copier&apos;s scan): print it and scan it, or save the scan as images (TIFF, PNG or JPEG)</source>
        <translation>不是扫描页（这是程序生成的 PDF，不是复印机的扫描件）：请打印后再扫描，或把扫描件保存为图片（TIFF、PNG 或 JPEG）</translation>
    </message>
    <message>
        <source>the page is made of several images: set the copier to one image a page (no high-compression or text-layer mode)</source>
        <translation>该页由多张图片拼成：请把复印机设为每页一张图片（不用高压缩或文字层模式）</translation>
    </message>
    <message>
        <source>the page&apos;s image is compressed in a way the program does not read (JBIG2, for instance): set the copier to save JPEG or TIFF</source>
        <translation>该页图片的压缩方式本程序无法读取（例如 JBIG2）：请把复印机设为保存 JPEG 或 TIFF</translation>
    </message>
    <message>
        <source>the file is neither a PDF nor an image</source>
        <translation>该文件既不是 PDF 也不是图片</translation>
    </message>
    <message>
        <source>the page has too many pixels</source>
        <translation>该页像素过多</translation>
    </message>
    <message>
        <source>the page&apos;s image is damaged</source>
        <translation>该页图像已损坏</translation>
    </message>
</context>
</TS>
