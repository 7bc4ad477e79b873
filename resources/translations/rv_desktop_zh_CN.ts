<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddTargetDialog</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="245" />
        <source>Add a case to the targets</source>
        <translation>把案件加入回访对象</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="247" />
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="255" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="249" />
        <source>Why this case is visited</source>
        <translation>回访这件案件的原因</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="256" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../rv_desktop/gui/app.py" line="52" />
        <source>Creating the demo database…</source>
        <translation>正在生成演示数据库…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/app.py" line="52" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/app.py" line="98" />
        <source>Return-visit desk</source>
        <translation>信访回访工作台</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="53" />
        <source>Assign %n task(s)</source>
        <translation>
            <numerusform>分配 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="57" />
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="84" />
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="73" />
        <source>Ticked visitors replace the present ones; none ticked leaves them unchanged.</source>
        <translation>勾选的回访人员将替换原有人员；不勾选则保持不变。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="77" />
        <source>Joining units</source>
        <translation>参与单位</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="79" />
        <source>Add the direct handling unit</source>
        <translation>邀请直接承办单位参加</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="88" />
        <source>Set the due date</source>
        <translation>设定完成时限</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="106" />
        <source>Responsible leader:</source>
        <translation>包案领导：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="107" />
        <source>Visitors:</source>
        <translation>回访人员：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="109" />
        <source>Joining units:</source>
        <translation>参与单位：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="110" />
        <source>Visit method:</source>
        <translation>回访方式：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="111" />
        <source>Due date:</source>
        <translation>完成时限：</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="38" />
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="39" />
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="40" />
        <source>Visited (form to finish)</source>
        <translation>已回访待完善</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="41" />
        <source>Follow-up needed</source>
        <translation>需跟踪回访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="42" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="45" />
        <source>Home visit</source>
        <translation>上门走访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="46" />
        <source>Phone</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="47" />
        <source>Former residence</source>
        <translation>原住地走访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="48" />
        <source>At the office</source>
        <translation>约谈</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="49" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="133" />
        <source>Village: {v}</source>
        <extracomment>Mime type of dragged cards: a JSON list of target ids.</extracomment>
        <translation>村(社区)：{v}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="134" />
        <source>Handling unit: {u}</source>
        <translation>承办单位：{u}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="135" />
        <source>Leader: {l}</source>
        <translation>包案领导：{l}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="136" />
        <source>Visitors: {v}</source>
        <translation>回访人员：{v}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="137" />
        <source>Joining units: {u}</source>
        <translation>参与单位：{u}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="138" />
        <source>Method: {m}</source>
        <translation>回访方式：{m}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="139" />
        <source>Due: {d}</source>
        <translation>完成时限：{d}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/board_model.py" line="142" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="261" />
        <source>Visitor</source>
        <translation>回访人员</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="262" />
        <source>Leader</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="263" />
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="264" />
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="265" />
        <source>Key cases only</source>
        <translation>只看重点案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="266" />
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="268" />
        <source>Case number or name…</source>
        <translation>案件编号或姓名…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="272" />
        <source>Group the cards of each column</source>
        <translation>各栏任务分组显示</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="273" />
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="275" />
        <source>Group by visitor</source>
        <translation>按回访人员分组</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="276" />
        <source>Group by leader</source>
        <translation>按包案领导分组</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="277" />
        <source>Group by village</source>
        <translation>按村（社区）分组</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="278" />
        <source>Group by handling unit</source>
        <translation>按承办单位分组</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="282" />
        <source>&amp;Assign…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="286" />
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="639" />
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="287" />
        <source>Assign the selected cards (Ctrl+Shift+A)</source>
        <translation>分配所选任务（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="288" />
        <source>Export assignment table…</source>
        <translation>导出任务分配表…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="289" />
        <source>Route sheet…</source>
        <translation>回访路线单…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="290" />
        <source>The open tasks of the visitor chosen on the left</source>
        <translation>左侧所选回访人员的未完成任务</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="330" />
        <source>Visitors</source>
        <translation>回访人员</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="334" />
        <source>Drop cards on a visitor to add them to the tasks</source>
        <translation>把任务拖到回访人员上即可分配</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="437" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="477" />
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>显示 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="480" />
        <source>No current campaign: create one on the Campaign page.</source>
        <translation>当前没有回访活动：请在"活动与筛选"页创建。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="510" />
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="562" />
        <source>(and %n more refused)</source>
        <translation>
            <numerusform>（另有 %n 项被拒绝）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="591" />
        <source>Handling unit added to %n task(s)</source>
        <translation>
            <numerusform>已为 %n 个任务加入承办单位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="611" />
        <source>Select one or more cards first (Ctrl+click, Shift+click).</source>
        <translation>请先选择一个或多个任务（Ctrl+单击、Shift+单击）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="641" />
        <source>Add handling unit</source>
        <translation>加入承办单位</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="642" />
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="652" />
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="663" />
        <source>assignment-table</source>
        <translation>回访任务分配表</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="666" />
        <source>Export the assignment table</source>
        <translation>导出回访任务分配表</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="668" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="678" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="685" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="700" />
        <source>Choose a visitor in the list on the left first.</source>
        <translation>请先在左侧列表中选择一名回访人员。</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="82" />
        <source>New campaign</source>
        <extracomment>The QDateEdit minimum stands for "no date yet" and shows blank.</extracomment>
        <translation>新建回访活动</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="82" />
        <source>Edit campaign</source>
        <translation>编辑回访活动</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="88" />
        <source>e.g. 2026 "thousand cases return visit"</source>
        <translation>例如：2026年"千案回访"活动</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="113" />
        <source>Name</source>
        <extracomment>One message label per row, under it; date fields share their stage's.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="115" />
        <source>Preparation stage</source>
        <translation>准备阶段</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="116" />
        <source>Implementation stage</source>
        <translation>实施阶段</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="117" />
        <source>Summary stage</source>
        <translation>总结阶段</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="122" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="129" />
        <source>Report deadline</source>
        <translation>上报期限</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="130" />
        <source>Group leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="131" />
        <source>Deputy leaders</source>
        <translation>副组长</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="132" />
        <source>Office in charge</source>
        <translation>日常工作负责科室</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="133" />
        <source>County office</source>
        <translation>县活动办公室</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="134" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="133" />
        <source>There is no campaign yet. Create the campaign first: its name, stages, report deadline and leading group.</source>
        <extracomment>Pause after the last criteria change before the preview is recomputed (ms). The target list filter: (value for list_targets' ``included``). The preview counts shown (for tests and for anyone watching). A screening run finished, with its counts.</extracomment>
        <translation>还没有回访活动。请先创建活动：名称、三个阶段、上报期限和领导小组。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="140" />
        <source>Create the campaign…</source>
        <translation>创建回访活动…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="176" />
        <source>New campaign…</source>
        <translation>新建回访活动…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="177" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="178" />
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="828" />
        <source>Make current</source>
        <translation>设为当前活动</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="180" />
        <source>Campaign:</source>
        <translation>回访活动：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="192" />
        <source>Screening</source>
        <translation>筛选案源</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="197" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="200" />
        <source>Source level</source>
        <translation>交办来源</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="202" />
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="204" />
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="205" />
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="217" />
        <source>Mark unsettled targets as key cases</source>
        <translation>把未息诉罢访的对象标为重点</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="224" />
        <source>The case register is empty. Import the county's ledger of concluded cases first (Cases page).</source>
        <translation>台账还是空的。请先导入县里的已办结信访事项台账（案件台账页）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="232" />
        <source>Screen</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="235" />
        <source>Write the target list from these criteria. Targets with an assignment, a visit record or a change by hand are kept as they are.</source>
        <translation>按这些条件生成回访对象清单。已分配、已登记回访或经手工调整的对象保持不变。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="244" />
        <source>Concluded from</source>
        <translation>办结日期从</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="245" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="246" />
        <source>Leave out</source>
        <translation>排除</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="257" />
        <source>Target list</source>
        <translation>回访对象清单</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="259" />
        <source>Targets</source>
        <translation>应回访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="260" />
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="261" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="264" />
        <source>Exclude…</source>
        <translation>排除…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="265" />
        <source>Add case by case number…</source>
        <translation>按案件编号添加…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="266" />
        <source>Mark as key case</source>
        <translation>标为重点案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="267" />
        <source>Unmark</source>
        <translation>取消重点</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="269" />
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="364" />
        <source> (current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="414" />
        <source>no dates yet</source>
        <translation>尚未设定日期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="418" />
        <source>Preparation: {span}</source>
        <translation>准备阶段：{span}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="419" />
        <source>Implementation: {span}</source>
        <translation>实施阶段：{span}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="420" />
        <source>Summary: {span}</source>
        <translation>总结阶段：{span}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="425" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="427" />
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="429" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="431" />
        <source>Report by {date} ({due})</source>
        <translation>{date}前上报（{due}）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="436" />
        <source>No report deadline yet</source>
        <translation>尚未设定上报期限</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="440" />
        <source>Group leader: {name}</source>
        <translation>组长：{name}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="442" />
        <source>Deputy leaders: {names}</source>
        <translation>副组长：{names}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="444" />
        <source>Office in charge: {name}</source>
        <translation>日常工作：{name}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="448" />
        <source>The leading group is not set yet.</source>
        <translation>尚未设定领导小组。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="450" />
        <source>{targets} targets, {excluded} excluded</source>
        <translation>回访对象 {targets} 件，排除 {excluded} 件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="463" />
        <source>No package written for the county yet.</source>
        <translation>尚未导出报送县里的数据包。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="467" />
        <source>Last package for the county written {when}; the data changed since.</source>
        <translation>最近一次报送县里的数据包导出于 {when}；此后数据已有变动。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="469" />
        <source>Last package for the county written {when}; up to date.</source>
        <translation>最近一次报送县里的数据包导出于 {when}；数据无变动。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="521" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="551" />
        <source>{label} ({count})</source>
        <translation>{label}（{count}）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="559" />
        <source>Considered: {considered}  ·  targets: {targets}  ·  excluded: {excluded}
Key cases among the targets: {key}</source>
        <translation>筛查：{considered} 件  ·  回访对象：{targets} 件  ·  排除：{excluded} 件
其中重点案件：{key} 件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="581" />
        <source>Screening…</source>
        <translation>正在筛选…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="594" />
        <source>Screened: {targets} targets, {excluded} excluded. {added} added, {changed} changed, {dropped} removed, {kept} kept as they were.</source>
        <translation>筛选完成：回访对象 {targets} 件，排除 {excluded} 件。新增 {added}，变更 {changed}，移除 {dropped}，原样保留 {kept}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="644" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件案件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="649" />
        <source>No case is excluded.</source>
        <translation>没有被排除的案件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="651" />
        <source>No targets yet: set the criteria and click Screen.</source>
        <translation>还没有回访对象：请设定条件后点击"筛选"。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="751" />
        <source>Add a case</source>
        <translation>添加案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="774" />
        <source>Not changed</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/campaign_page.py" line="835" />
        <source>Could not count: {error}</source>
        <translation>无法统计：{error}</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="186" />
        <source>Campaign</source>
        <translation>回访活动</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="187" />
        <source>Target</source>
        <translation>回访/排除</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="188" />
        <source>Exclusion reason</source>
        <translation>排除原因</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="189" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="211" />
        <source>Included</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="213" />
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="99" />
        <source>Case registered</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="100" />
        <source>Case changed</source>
        <translation>修改案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="101" />
        <source>Case deleted</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="102" />
        <source>Petitioner registered</source>
        <translation>登记信访人</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="103" />
        <source>Petitioner changed</source>
        <translation>修改信访人</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="104" />
        <source>Petitioner deleted</source>
        <translation>删除信访人</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="105" />
        <source>Personal data shown</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="106" />
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="107" />
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="172" />
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="287" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="287" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="357" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="358" />
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="359" />
        <source>Handling</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="360" />
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="366" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="414" />
        <source>yyyy-mm-dd</source>
        <translation>例如 2017-07-03</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="454" />
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="464" />
        <source>Several numbers separated by commas</source>
        <translation>多个号码用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="474" />
        <source>ID number, phones and address are masked. Showing them is recorded.</source>
        <translation>身份证号、电话和住址已遮挡。显示完整信息将被记录。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="477" />
        <source>Reveal personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="504" />
        <source>Return-visit campaigns that considered this case</source>
        <translation>筛选过本案件的回访活动</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="529" />
        <source>Case {case_no}</source>
        <translation>案件 {case_no}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="531" />
        <source>{case_no} · {petitioner}</source>
        <translation>{case_no} · {petitioner}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="563" />
        <source>Other cases of this petitioner: {count}</source>
        <translation>该信访人的其他案件：{count} 件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="567" />
        <source>This petitioner has no other case in the register.</source>
        <translation>该信访人在台账中没有其他案件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="654" />
        <source>Nothing changed.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="668" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="723" />
        <source>Discard the changes made to this case?</source>
        <translation>放弃对本案件所做的修改吗？</translation>
    </message>
</context>
<context>
    <name>CaseField</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="61" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="76" />
        <source>Many people involved</source>
        <translation>涉众</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="77" />
        <source>Strong policy content</source>
        <translation>政策性强</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="78" />
        <source>Likely to rebound</source>
        <translation>易反复</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="79" />
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="42" />
        <source>Central</source>
        <translation>中央交办</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="43" />
        <source>Provincial</source>
        <translation>省交办</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="44" />
        <source>Municipal</source>
        <translation>市交办</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="45" />
        <source>County</source>
        <translation>县交办</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="46" />
        <source>Own</source>
        <translation>本级受理</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="49" />
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="50" />
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="51" />
        <source>Online</source>
        <translation>网上信访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="52" />
        <source>Phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="85" />
        <source>Many people involved</source>
        <translation>涉众</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="86" />
        <source>Strong policy content</source>
        <translation>政策性强</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="87" />
        <source>Likely to rebound</source>
        <translation>易反复</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="88" />
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="89" />
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="92" />
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="93" />
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="94" />
        <source>Visited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="95" />
        <source>Follow-up</source>
        <translation>需跟踪</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="96" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="108" />
        <source>Case number</source>
        <extracomment>Role giving a row's case id (int). Role giving a row's ``CaseRow`` (unmasked: for code, never for display). Stable keys of the columns (remembered settings, exports).</extracomment>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="109" />
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="110" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="111" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="112" />
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="113" />
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="114" />
        <source>Source level</source>
        <translation>交办来源</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="115" />
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="116" />
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="117" />
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="118" />
        <source>Responsible leader</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="119" />
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="120" />
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/case_table_model.py" line="121" />
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="142" />
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="840" />
        <source>Cases</source>
        <extracomment>Columns hidden until the clerk shows them (the page must fit 1366 px). Initial widths in pixels.</extracomment>
        <translation>案件台账</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="158" />
        <source>Reveal personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="160" />
        <source>Show ID numbers, phones and addresses in full. This is recorded.</source>
        <translation>完整显示身份证号、电话和住址。此操作将被记录。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="162" />
        <source>Export to xlsx…</source>
        <translation>导出为 xlsx…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="172" />
        <source>Building the search index…</source>
        <translation>正在建立检索索引…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="174" />
        <source>Settled or not</source>
        <translation>是否息诉罢访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="175" />
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="771" />
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="176" />
        <source>Not settled</source>
        <translation>未息诉罢访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="178" />
        <source>Any campaign</source>
        <translation>不限活动</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="179" />
        <source>In the current campaign</source>
        <translation>在当前活动中</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="180" />
        <source>Not in the current campaign</source>
        <translation>不在当前活动中</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="188" />
        <source>Source level</source>
        <translation>交办来源</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="192" />
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="194" />
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="195" />
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="196" />
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="200" />
        <source>Concluded</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="207" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="209" />
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="242" />
        <source>The register is empty. Import the county's ledger of concluded cases first (File ▸ Import ledger).</source>
        <translation>台账还是空的。请先导入县里的已办结信访事项台账（文件 ▸ 导入台账）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="286" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="433" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="472" />
        <source>Current campaign: {name}</source>
        <translation>当前活动：{name}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="474" />
        <source>There is no current campaign.</source>
        <translation>当前没有回访活动。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="506" />
        <source>Find a case: name, ID number, phone, case number, address or demand</source>
        <translation>查找案件：姓名、身份证号、电话、案件编号、住址或诉求</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="529" />
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="585" />
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="626" />
        <source>1 case</source>
        <translation>1 件案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="628" />
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="777" />
        <source>{count} cases</source>
        <translation>{count} 件案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="631" />
        <source>{shown} of {total} cases</source>
        <translation>{shown} / {total} 件案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="751" />
        <source>case-register</source>
        <translation>信访事项台账</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="754" />
        <source>Export the case list</source>
        <translation>导出案件清单</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="756" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="769" />
        <source>Demand</source>
        <translation>主要诉求</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="770" />
        <source>Conclusion</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="775" />
        <source>Case register</source>
        <translation>信访事项台账</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="776" />
        <source>Exported {time}</source>
        <translation>导出时间：{time}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="778" />
        <source>(personal data masked)</source>
        <translation>（个人信息已遮挡）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="779" />
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="780" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="781" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="786" />
        <source>Exporting {count} cases…</source>
        <translation>正在导出 {count} 件案件…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="787" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/cases_page.py" line="813" />
        <source>{count} cases exported to {file}</source>
        <translation>已导出 {count} 件案件到 {file}</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="85" />
        <source>Send to the county</source>
        <translation>报送县里</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="88" />
        <source>Campaign:</source>
        <translation>回访活动：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="91" />
        <source>Other folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="93" />
        <source>Look for sticks again</source>
        <translation>重新查找U盘</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="99" />
        <source>Write to:</source>
        <translation>写入：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="101" />
        <source>Encrypt with the passphrase agreed with the county (recommended)</source>
        <translation>使用与县里约定的口令加密（推荐）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="109" />
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="113" />
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="114" />
        <source>Passphrase again:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="115" />
        <source>Write the package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="121" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="136" />
        <source>Packages written</source>
        <translation>已导出的数据包</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="147" />
        <source>Import the county's receipt…</source>
        <translation>导入县里的回执…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="157" />
        <source>County office: merge the towns' packages</source>
        <translation>县活动办：合并各乡镇数据包</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="161" />
        <source>Merge packages…</source>
        <translation>合并数据包…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="165" />
        <source>Each package is checked whole and merged by town and case number; a signed receipt is written beside it for the town.</source>
        <translation>每个数据包均经完整校验后按乡镇和案件编号合并，并在数据包旁写出一份带签名的回执交回乡镇。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="187" />
        <source>no current campaign</source>
        <translation>无当前回访活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="198" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="200" />
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="202" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="204" />
        <source>Report to the county by {date} ({due}).</source>
        <translation>须于 {date} 前报送县里（{due}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="209" />
        <source>No package has been written for this campaign yet.</source>
        <translation>本次活动尚未导出数据包。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="211" />
        <source>Last package written {when}</source>
        <translation>最近一次导出数据包：{when}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="213" />
        <source>, received by the county.</source>
        <translation>，县里已接收。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="215" />
        <source>, no receipt yet.</source>
        <translation>，尚未收到回执。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="221" />
        <source>The data changed since: write a new package before the deadline.</source>
        <translation>此后数据已有变动，请在截止日期前重新导出数据包。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="236" />
        <source>(no stick found: choose a folder)</source>
        <translation>（未找到U盘，请选择文件夹）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="243" />
        <source>Write the package into</source>
        <translation>数据包写入位置</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="260" />
        <source>Choose the stick or a folder to write the package into.</source>
        <translation>请选择写入数据包的U盘或文件夹。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="265" />
        <source>The two passphrases differ. Type the passphrase again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="270" />
        <source>Write unencrypted?</source>
        <translation>导出不加密的数据包？</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="272" />
        <source>Without encryption anyone who finds the stick can read the petitioners' names, ID numbers, phones and addresses. Write it unencrypted?</source>
        <translation>不加密时，任何拿到U盘的人都能读取信访人的姓名、身份证号、电话和住址。确定导出不加密的数据包吗？</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="321" />
        <source>Written: {path} ({targets} targets, {visits} visit records). Give the county the stick; the passphrase never travels with it.</source>
        <translation>已写入：{path}（回访对象 {targets} 件，回访登记表 {visits} 份）。请将U盘交县里；口令不要随U盘传递。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="338" />
        <source>Exchange</source>
        <translation>数据报送</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="348" />
        <source>The county's receipts</source>
        <translation>县里的回执</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="348" />
        <source>Receipts (*.rvreceipt)</source>
        <translation>回执 (*.rvreceipt)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="358" />
        <source>{package}: received by {office} on {when}.</source>
        <translation>{package}：{office}已于 {when} 接收。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="360" />
        <source>the county</source>
        <translation>县里</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="374" />
        <source>The towns' packages</source>
        <translation>各乡镇的数据包</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="374" />
        <source>Exchange packages (*.rvpkg)</source>
        <translation>回访数据包 (*.rvpkg)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="380" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="381" />
        <source>The passphrase agreed with the towns (empty for unencrypted packages):</source>
        <translation>与乡镇约定的口令（未加密的数据包可留空）：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="398" />
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="399" />
        <source>unchanged (merged before)</source>
        <translation>无变化（此前已合并）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="400" />
        <source>refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/exchange_page.py" line="408" />
        <source>({town}: {targets} targets)</source>
        <translation>（{town}：回访对象 {targets} 件）</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="217" />
        <source>Exclude from the targets</source>
        <translation>排除出回访对象</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="222" />
        <source>Why (kept with the exclusion)</source>
        <translation>原因（随排除记录保存）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="224" />
        <source>Exclude %n case(s) from the targets.</source>
        <translation>
            <numerusform>将 %n 件案件排除出回访对象。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="225" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/campaign_dialog.py" line="226" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ExportTableModel</name>
    <message>
        <location filename="../../rv_desktop/gui/models/export_table_model.py" line="31" />
        <source>Written</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/export_table_model.py" line="32" />
        <source>By</source>
        <translation>导出人</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/export_table_model.py" line="33" />
        <source>Campaign</source>
        <translation>回访活动</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/export_table_model.py" line="34" />
        <source>Targets</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/export_table_model.py" line="35" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/export_table_model.py" line="36" />
        <source>SHA-256</source>
        <translation>SHA-256 校验值</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/export_table_model.py" line="37" />
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/export_table_model.py" line="38" />
        <source>Received by the county</source>
        <translation>县里接收情况</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/export_table_model.py" line="95" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/export_table_model.py" line="97" />
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/export_table_model.py" line="101" />
        <source>not yet</source>
        <translation>尚未接收</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/export_table_model.py" line="103" />
        <source>{when}, {office}</source>
        <translation>{when}，{office}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/assign_dialog.py" line="91" />
        <location filename="../../rv_desktop/gui/formatting.py" line="16" />
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="232" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="233" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="234" />
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="235" />
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="171" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="495" />
        <source>Import ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="177" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="490" />
        <source>Choose the ledger file the county sent.</source>
        <translation>请选择县里下发的台账文件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="179" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="196" />
        <source>Check rows</source>
        <translation>逐行检查</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="199" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="203" />
        <source>Back to columns</source>
        <translation>返回列对应</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="251" />
        <source>Check which column holds each field; fields marked * are needed. The choice is remembered for files with the same headers.</source>
        <translation>请核对每个项目对应哪一列；带 * 的必须有。您的选择会被记住，下次导入表头相同的文件时自动套用。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="268" />
        <source>Reject rows whose ID number is wrong (otherwise imported with the ID left empty)</source>
        <translation>身份证号有误的行不导入（否则照常导入，身份证号留空）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="279" />
        <source>Save rejected rows as xlsx…</source>
        <translation>把未导入的行另存为 xlsx…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="294" />
        <source>Choose ledger</source>
        <translation>选择台账</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="296" />
        <source>Ledgers (*.xlsx *.xls *.xlsm *.ods *.et *.csv);;All files (*)</source>
        <translation>台账 (*.xlsx *.xls *.xlsm *.ods *.et *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="303" />
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="317" />
        <source>{file}: {rows} data rows under the header in row {header}.</source>
        <translation>{file}：第 {header} 行为表头，其下有 {rows} 行数据。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="321" />
        <source>Sheet: {sheet}</source>
        <translation>工作表：{sheet}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="323" />
        <source>(not in this file)</source>
        <translation>（本文件中没有）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="338" />
        <source>The column mapping you confirmed earlier was applied.</source>
        <translation>已套用您上次确认的列对应关系。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="355" />
        <source>Choose the column of: {fields}.</source>
        <translation>请选择以下项目所在的列：{fields}。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="359" />
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="376" />
        <source>&lt;b&gt;{rows}&lt;/b&gt; rows read: &lt;b&gt;{new}&lt;/b&gt; new cases, &lt;b&gt;{updated}&lt;/b&gt; updated, &lt;b&gt;{unchanged}&lt;/b&gt; unchanged, &lt;b&gt;{rejected}&lt;/b&gt; rejected. Rows with warnings are imported; check them below.</source>
        <translation>共读取 &lt;b&gt;{rows}&lt;/b&gt; 行：新增案件 &lt;b&gt;{new}&lt;/b&gt; 件，更新 &lt;b&gt;{updated}&lt;/b&gt; 件，无变化 &lt;b&gt;{unchanged}&lt;/b&gt; 件，不能导入 &lt;b&gt;{rejected}&lt;/b&gt; 行。有提示的行也会导入，请在下面逐条核对。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="402" />
        <source>Nothing to import: every row is already in the register.</source>
        <translation>没有需要导入的内容：各行都已在台账中。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="416" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="430" />
        <source>Imported: {new} new cases, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>导入完成：新增案件 {new} 件，更新 {updated} 件，无变化 {unchanged} 件，不能导入 {rejected} 行。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="446" />
        <source>-rejected</source>
        <translation>-未导入</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="449" />
        <source>Save rejected rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="449" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="457" />
        <source>Reason not imported</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="462" />
        <source>Could not save {file}: {reason}</source>
        <translation>无法保存 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="465" />
        <source>Rejected rows saved to {file}.</source>
        <translation>未导入的行已保存到 {file}。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="483" />
        <source>Cancelled. The database was not changed.</source>
        <translation>已取消，数据库没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="488" />
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="120" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="121" />
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="122" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="123" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="147" />
        <source>Rejected</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="148" />
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="149" />
        <source>Will update</source>
        <translation>将更新</translation>
    </message>
</context>
<context>
    <name>LedgerField</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="60" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="62" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="80" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="63" />
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="62" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="64" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="63" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="65" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="64" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="66" />
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="65" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="67" />
        <source>Village or community</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="66" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="68" />
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="67" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="69" />
        <source>Source level</source>
        <translation>交办来源</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="68" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="70" />
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="69" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="71" />
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="70" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="72" />
        <source>Demand</source>
        <translation>主要诉求</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="71" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="73" />
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="72" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="74" />
        <source>Responsible leader</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="73" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="75" />
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="74" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="76" />
        <source>Handling conclusion</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="75" />
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="77" />
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>LeftOutPanel</name>
    <message>
        <location filename="../../rv_desktop/gui/widgets/left_out_panel.py" line="32" />
        <source>No assignment</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/widgets/left_out_panel.py" line="33" />
        <source>Not visited by the due date</source>
        <translation>逾期未回访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/widgets/left_out_panel.py" line="34" />
        <source>Visited, form not final</source>
        <translation>已回访未定稿</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/widgets/left_out_panel.py" line="35" />
        <source>Follow-ups overdue</source>
        <translation>跟踪事项逾期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/widgets/left_out_panel.py" line="78" />
        <source>Nobody left out</source>
        <translation>不漏一案、不漏一人</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="50" />
        <location filename="../../rv_desktop/gui/main_window.py" line="286" />
        <source>Return-visit desk</source>
        <translation>信访回访工作台</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="58" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="59" />
        <location filename="../../rv_desktop/gui/main_window.py" line="65" />
        <location filename="../../rv_desktop/gui/main_window.py" line="101" />
        <source>Cases</source>
        <extracomment>pages that show live data: refreshed on every change, and some write</extracomment>
        <translation>案件台账</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="103" />
        <source>The register of concluded cases: import the county's ledgers, find any case as you type, see a petitioner's other cases.</source>
        <translation>已办结信访事项台账：导入县里的台账，边输入边查找案件，查看同一信访人的其他案件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="60" />
        <location filename="../../rv_desktop/gui/main_window.py" line="66" />
        <location filename="../../rv_desktop/gui/main_window.py" line="108" />
        <source>Campaign &amp; screening</source>
        <translation>活动与筛选</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="110" />
        <source>Create the campaign with its stages and deadline, and screen the targets by the plan's criteria, keeping every exclusion's reason.</source>
        <translation>创建回访活动，设定三个阶段和上报期限；按方案条件筛选回访对象，每件排除的案件都记下原因。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="61" />
        <location filename="../../rv_desktop/gui/main_window.py" line="67" />
        <location filename="../../rv_desktop/gui/main_window.py" line="115" />
        <source>Board</source>
        <translation>任务分配</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="117" />
        <source>Give every target to a leader and visitors, by method and due date, and see which are not assigned, not visited or overdue.</source>
        <translation>逐案明确包案领导、回访人员、回访方式和完成时限，随时掌握未分配、未回访和逾期的案件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="122" />
        <source>Visit records</source>
        <translation>回访登记</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="124" />
        <source>One case, one form: type in the return-visit registration forms, drafts saved as you type, follow-ups tracked until closed.</source>
        <translation>一案一表：录入回访登记表，边录边自动保存草稿，跟踪回访事项直至办结。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="129" />
        <source>Statistics</source>
        <translation>统计汇总</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="131" />
        <source>The feedback statistics and summary tables for the county, and the analysis report for the leaders.</source>
        <translation>生成报县里的回访情况反馈统计表和汇总表，以及报领导的专题分析。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="62" />
        <location filename="../../rv_desktop/gui/main_window.py" line="68" />
        <location filename="../../rv_desktop/gui/main_window.py" line="136" />
        <source>Exchange</source>
        <translation>数据报送</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="137" />
        <source>The encrypted data package for the county on a USB stick, and backups.</source>
        <translation>用U盘向县里报送加密数据包；数据备份与恢复。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="148" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="149" />
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="152" />
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="155" />
        <source>&amp;Import ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="158" />
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="160" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="169" />
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="171" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="172" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="189" />
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="190" />
        <source>Return-visit desk — {name}</source>
        <translation>信访回访工作台 — {name}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="202" />
        <source>{cases} cases · {targets} targets</source>
        <translation>案件 {cases} 件 · 回访对象 {targets} 件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="211" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="211" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="212" />
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="228" />
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} 已存在。请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="262" />
        <source>Back up into folder</source>
        <translation>备份到文件夹</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="266" />
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="277" />
        <source>Backup written: {path}</source>
        <translation>已写入备份：{path}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="283" />
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="292" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/main_window.py" line="294" />
        <source>&lt;b&gt;Return-visit desk&lt;/b&gt; {version}&lt;br&gt;For the return visits of a town petition office (千案回访).&lt;br&gt;Database: {path}</source>
        <translation>&lt;b&gt;信访回访工作台&lt;/b&gt; {version}&lt;br&gt;乡镇信访办"千案回访"工作用。&lt;br&gt;数据库：{path}</translation>
    </message>
</context>
<context>
    <name>MultiChoiceButton</name>
    <message>
        <location filename="../../rv_desktop/gui/widgets/multi_choice.py" line="41" />
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/widgets/multi_choice.py" line="49" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/widgets/multi_choice.py" line="126" />
        <source>{title}: {count} chosen</source>
        <translation>{title}：已选 {count} 项</translation>
    </message>
</context>
<context>
    <name>OtherCasesModel</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="135" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="136" />
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="137" />
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="138" />
        <source>Demand</source>
        <translation>主要诉求</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="139" />
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="140" />
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="41" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="55" />
        <source>Cases in the register</source>
        <translation>台账案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="56" />
        <source>Petitioners</source>
        <translation>信访人</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="57" />
        <source>Return-visit targets</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="58" />
        <source>Considered and excluded</source>
        <translation>已筛除案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="59" />
        <source>Not yet assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="60" />
        <source>Assigned, not visited</source>
        <translation>已分配未回访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="61" />
        <source>Visited, form to finish</source>
        <translation>已回访待完善</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="62" />
        <source>Follow-up needed</source>
        <translation>需跟踪回访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="63" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="64" />
        <source>Draft visit records</source>
        <translation>登记表草稿</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="65" />
        <source>Open follow-ups</source>
        <translation>未办结跟踪事项</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="66" />
        <source>Overdue follow-ups</source>
        <translation>逾期跟踪事项</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="83" />
        <source>No current campaign.</source>
        <translation>当前没有回访活动。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="89" />
        <source>preparation stage</source>
        <translation>准备阶段</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="90" />
        <source>implementation stage</source>
        <translation>实施阶段</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="91" />
        <source>summary stage</source>
        <translation>总结阶段</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="92" />
        <source>outside the planned stages</source>
        <translation>不在方案各阶段内</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="94" />
        <source>Current campaign: {name} ({stage})</source>
        <translation>当前活动：{name}（{stage}）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="98" />
        <source>No report deadline set.</source>
        <translation>尚未设定上报期限。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="101" />
        <source>{days} days left to the report deadline ({date}).</source>
        <translation>距上报期限还有 {days} 天（{date}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="107" />
        <source>The report deadline ({date}) passed {days} days ago.</source>
        <translation>上报期限（{date}）已过 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/overview_page.py" line="127" />
        <source>The register is empty. Start by importing the county's ledger of concluded cases (File ▸ Import ledger), then create the campaign and screen the targets.</source>
        <translation>台账还是空的。请先导入县里下发的已办结信访事项台账（文件 ▸ 导入台账），再创建回访活动、筛选回访对象。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/pdf_preview.py" line="85" />
        <source>The preview is not available here. Open the PDF in the PDF viewer.</source>
        <translation>此处无法预览，请用 PDF 阅读器打开。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/pdf_preview.py" line="89" />
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/pdf_preview.py" line="93" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/pdf_preview.py" line="95" />
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/pdf_preview.py" line="96" />
        <source>Open in PDF &amp;viewer</source>
        <translation>用 PDF 阅读器打开(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/pdf_preview.py" line="115" />
        <source>The printer could not be used.</source>
        <translation>无法使用该打印机。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/pdf_preview.py" line="121" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/pdf_preview.py" line="132" />
        <source>Could not save {file}: {reason}</source>
        <translation>无法保存 {file}：{reason}</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="43" />
        <source>Registration forms of the current campaign…</source>
        <translation>当前活动的回访登记表…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="44" />
        <source>Blank registration forms…</source>
        <translation>空白回访登记表…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="45" />
        <location filename="../../rv_desktop/gui/print_actions.py" line="81" />
        <source>Task assignment table</source>
        <translation>回访任务分配表</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="46" />
        <location filename="../../rv_desktop/gui/print_actions.py" line="89" />
        <source>Campaign plan</source>
        <translation>活动实施方案</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="57" />
        <source>registration-forms</source>
        <translation>回访登记表</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="61" />
        <source>Registration forms</source>
        <translation>回访登记表</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="67" />
        <location filename="../../rv_desktop/gui/print_actions.py" line="73" />
        <source>Blank registration forms</source>
        <translation>空白回访登记表</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="67" />
        <source>How many forms?</source>
        <translation>打印多少份？</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="71" />
        <source>blank-forms</source>
        <translation>空白登记表</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="79" />
        <source>assignment-table</source>
        <translation>回访任务分配表</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="87" />
        <source>campaign-plan</source>
        <translation>活动实施方案</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="97" />
        <source>Writing {title}…</source>
        <translation>正在生成{title}…</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/print_actions.py" line="97" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RouteSheetDialog</name>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="780" />
        <source>Route sheet of {name}</source>
        <translation>{name} 的回访路线单</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="791" />
        <source>Save as xlsx…</source>
        <translation>另存为 xlsx…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="797" />
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n 个未完成任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="806" />
        <source>Save the route sheet</source>
        <translation>保存回访路线单</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="807" />
        <source>route-sheet</source>
        <translation>回访路线单</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="808" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RouteStopModel</name>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="720" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="721" />
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="722" />
        <source>Village</source>
        <translation>村(社区)</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="723" />
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="724" />
        <source>Phones</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="725" />
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="726" />
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="727" />
        <source>Leader</source>
        <translation>包案领导</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../rv_desktop/gui/pages/board_page.py" line="132" />
        <source>Drop cards here to add {name} as a visitor</source>
        <translation>把任务拖到这里，指定 {name} 为回访人员</translation>
    </message>
</context>
<context>
    <name>TargetTableModel</name>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="58" />
        <source>Case number</source>
        <extracomment>Role giving a row's ``TargetRow``. Role giving a value to sort by (dates as ISO text, flags as 0/1).</extracomment>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="59" />
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="60" />
        <source>Source level</source>
        <translation>交办来源</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="61" />
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="62" />
        <source>Key case</source>
        <translation>重点案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="63" />
        <source>Included</source>
        <translation>回访/排除</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="64" />
        <source>Exclusion reason / note</source>
        <translation>排除原因/说明</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="65" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="152" />
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="155" />
        <source>Target</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="157" />
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="159" />
        <source> (by hand)</source>
        <translation>（手工）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/models/target_table_model.py" line="164" />
        <source>{reason}: {note}</source>
        <translation>{reason}：{note}</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="33" />
        <source>{count} campaigns are marked current; only one may be.</source>
        <translation>有 {count} 个活动被标为当前活动，只能有一个。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="38" />
        <source>{count} tasks are done but have no final visit record.</source>
        <translation>有 {count} 个任务标为已完成，但没有定稿的回访登记表。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="45" />
        <source>{count} tasks are marked visited but have no visit record.</source>
        <translation>有 {count} 个任务标为已回访，但没有回访登记表。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="53" />
        <source>{count} excluded cases still have a task state.</source>
        <translation>有 {count} 件已排除的案件仍带有任务状态。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="58" />
        <source>{count} targets have gaps in their visit numbers.</source>
        <translation>有 {count} 个回访对象的回访次数编号不连续。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="64" />
        <source>{count} final visit records have no satisfaction recorded.</source>
        <translation>有 {count} 份定稿登记表未填写满意度。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="76" />
        <source>SQLite reports: {detail}</source>
        <translation>SQLite 报告：{detail}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="96" />
        <source>{count} stored ID numbers have a wrong check digit.</source>
        <translation>有 {count} 个已存身份证号校验位错误。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/checks.py" line="114" />
        <source>Audit triggers are missing on: {detail}</source>
        <translation>以下数据表缺少审计触发器：{detail}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="53" />
        <source>{path} is a folder, not a database file.</source>
        <extracomment>``PRAGMA application_id`` of our files: "RVD1".</extracomment>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="65" />
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="75" />
        <source>{path} is not a database file of this program.</source>
        <translation>{path} 不是本程序的数据库文件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="95" />
        <source>{path} is damaged and cannot be read: {reason}</source>
        <translation>{path} 已损坏，无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="115" />
        <source>{path} is a database of another program.</source>
        <translation>{path} 是其他程序的数据库，本程序不能打开。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="124" />
        <source>{path} was written by a newer version of this program (schema {found}; this version knows {known}). Install the newer version to open it.</source>
        <translation>{path} 由更新版本的本程序写入（数据结构版本 {found}，本版本只支持到 {known}）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="143" />
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>无法创建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="153" />
        <source>The folder {folder} cannot be written. Choose another place for the database.</source>
        <translation>文件夹 {folder} 不可写入。请为数据库另选位置。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="170" />
        <source>{path} is read-only. The program needs to write to it.</source>
        <translation>{path} 是只读文件，程序需要写入它。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/db.py" line="185" />
        <source>{path} cannot be opened: {reason}</source>
        <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/background.py" line="23" />
        <location filename="../../rv_desktop/services/case_export.py" line="112" />
        <location filename="../../rv_desktop/services/demo.py" line="301" />
        <location filename="../../rv_desktop/services/demo.py" line="476" />
        <location filename="../../rv_desktop/services/ledger_import.py" line="747" />
        <location filename="../../rv_desktop/services/package.py" line="139" />
        <location filename="../../rv_desktop/services/pdf/registration_form.py" line="429" />
        <source>Cancelled.</source>
        <extracomment>The exported columns, in order, with their width in characters. Header texts when the caller passes none (the words the import recognises). Texts of coded values, title and footer when the caller passes none.
----------
The version of the inner zip's layout (manifest and members).</extracomment>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/session.py" line="50" />
        <source>{path} is already open in another copy of the program (process {pid} on {host}). Close it there first.</source>
        <translation>{path} 已在另一个程序窗口中打开（{host} 上的进程 {pid}）。请先在那里关闭。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/backup.py" line="38" />
        <source>The backup folder {folder} cannot be created: {reason}</source>
        <translation>无法创建备份文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/backup.py" line="62" />
        <source>The backup copy failed its integrity check: {detail}</source>
        <translation>备份副本未通过完整性检查：{detail}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/backup.py" line="71" />
        <source>The backup could not be written to {folder}: {reason}</source>
        <translation>无法把备份写入 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="99" />
        <source>ID number: {value} may only hold digits and a final X.</source>
        <extracomment>Fields of a case the clerk may change (``case_no`` is shown, never changed). Fields of a petitioner the clerk may change. Longest text each short field takes (the column sizes of the schema).</extracomment>
        <translation>身份证号：{value} 只能由数字和末位的 X 组成。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="102" />
        <source>ID number: {value} has {length} characters; an ID number has 18.</source>
        <translation>身份证号：{value} 有 {length} 位，身份证号应为18位。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="105" />
        <source>ID number: {value} holds a birth date that cannot be.</source>
        <translation>身份证号：{value} 中的出生日期不存在。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="108" />
        <source>ID number: the check digit of {value} is wrong. Check the digits against the ID card.</source>
        <translation>身份证号：{value} 的校验位不对，请对照身份证核对。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="112" />
        <source>ID number: {value} was shortened by Excel to a number. Type all 18 characters.</source>
        <translation>身份证号：{value} 已被 Excel 当作数字截短，请输入完整的18位。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="117" />
        <source>ID number: {value} is not a valid ID number.</source>
        <translation>身份证号：{value} 不是有效的身份证号。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="119" />
        <source>ID number: {value} has an unknown region code; it was saved all the same.</source>
        <translation>身份证号：{value} 的地区代码不认识，仍已保存。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="122" />
        <source>ID number: the 15-digit number was converted to 18 characters ({value}).</source>
        <translation>身份证号：15位号码已转换为18位（{value}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="127" />
        <source>Registered on: "{value}" is not a date between 1990 and 2100 (write it as 2017-07-03).</source>
        <translation>登记日期："{value}" 不是1990至2100年之间的日期（请写成 2017-07-03）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="131" />
        <source>Concluded on: "{value}" is not a date between 1990 and 2100 (write it as 2017-07-03).</source>
        <translation>办结日期："{value}" 不是1990至2100年之间的日期（请写成 2017-07-03）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="137" />
        <source>Category: at most {limit} characters.</source>
        <translation>问题类别：最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="138" />
        <source>Handling unit: at most {limit} characters.</source>
        <translation>承办单位：最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="139" />
        <source>Responsible leader: at most {limit} characters.</source>
        <translation>包案领导：最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="140" />
        <source>Name: at most {limit} characters.</source>
        <translation>姓名：最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="141" />
        <source>Address: at most {limit} characters.</source>
        <translation>住址：最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="142" />
        <source>Village: at most {limit} characters.</source>
        <translation>所在村：最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="188" />
        <source>Channel: "{value}" is not a channel.</source>
        <translation>信访形式："{value}" 不是有效的信访形式。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="190" />
        <source>Source level: "{value}" is not a source level.</source>
        <translation>交办来源："{value}" 不是有效的交办来源。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="200" />
        <source>Number of people: "{value}" is not a whole number from 1 to 100,000.</source>
        <translation>人数："{value}" 不是1到100000之间的整数。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="246" />
        <source>ID number: {value} already belongs to {other} (case {case_no}). One person has one ID number: check the number, or open that case.</source>
        <translation>身份证号：{value} 已属于 {other}（案件 {case_no}）。一人只有一个身份证号，请核对号码，或打开该案件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="266" />
        <source>Phone: "{value}" is not a phone number.</source>
        <translation>联系电话："{value}" 不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="273" />
        <source>Phone: {value} seems to have lost its leading 0; check it.</source>
        <translation>联系电话：{value} 似乎丢了开头的0，请核对。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="288" />
        <source>{name} cannot be changed here.</source>
        <translation>{name} 不能在这里修改。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="303" />
        <source>Case number: the case number cannot be changed.</source>
        <translation>案件编号：案件编号不能修改。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="342" />
        <source>Concluded on: the conclusion date is before the registration date.</source>
        <translation>办结日期：办结日期早于登记日期。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="365" />
        <source>Name: the petitioner's name cannot be empty.</source>
        <translation>姓名：信访人姓名不能为空。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="384" />
        <location filename="../../rv_desktop/gui/dialogs/case_dialog.py" line="743" />
        <source>The case no longer exists in the register.</source>
        <translation>台账中已没有这个案件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/register.py" line="386" />
        <source>The petitioner no longer exists in the register.</source>
        <translation>台账中已没有这个信访人。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/gui/dialogs/import_dialog.py" line="512" />
        <source>update: {value}</source>
        <translation>更新：{value}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/assignment_table.py" line="196" />
        <location filename="../../rv_desktop/services/case_export.py" line="177" />
        <location filename="../../rv_desktop/services/pdf/registration_form.py" line="437" />
        <location filename="../../rv_desktop/services/pdf/tables.py" line="270" />
        <location filename="../../rv_desktop/services/statistics_export.py" line="437" />
        <source>{path} could not be written: {reason}</source>
        <extracomment>The columns, in order, with their width in characters. Header texts when the caller passes none. Texts of the title, the groups of the header and coded values. The header groups: (label key, first column key, last column key).
----------
The statistics columns, grouped as the county's table groups them: (group label key or None for a single column, [columns]).</extracomment>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="69" />
        <source>{file}: not a spreadsheet this program can read (xlsx, xls, ods or csv), or the file is damaged or protected by a password.</source>
        <translation>{file}：不是本程序能读取的表格文件（xlsx、xls、ods 或 csv），或者文件已损坏、设有密码。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="74" />
        <source>{file} {sheet}: the sheet holds no cases.</source>
        <translation>{file} {sheet}：工作表中没有案件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="75" />
        <source>{file} {sheet}: no column of a case ledger was recognised (such as 编号, 信访人, 身份证号). Check that this is the county's ledger.</source>
        <translation>{file} {sheet}：没有识别出台账的列（如 编号、信访人、身份证号）。请确认这是县里的台账。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="80" />
        <source>{file}: the CSV file is in an unknown text encoding. Save it from Excel as "CSV UTF-8" and import it again.</source>
        <translation>{file}：CSV 文件的文字编码无法识别。请在 Excel 中另存为"CSV UTF-8"后重新导入。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="85" />
        <source>{file}: there is no sheet named {sheet}.</source>
        <translation>{file}：没有名为 {sheet} 的工作表。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="90" />
        <source>the case number is missing</source>
        <extracomment>Row problems: code -&gt; English template (translated by the presenter).</extracomment>
        <translation>缺少案件编号</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="91" />
        <source>the case number {value} already appears in row {first}</source>
        <translation>案件编号 {value} 已在第 {first} 行出现过</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="94" />
        <source>the petitioner's name is missing</source>
        <translation>缺少信访人姓名</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="95" />
        <source>the petitioner's name is not readable</source>
        <translation>信访人姓名无法识别</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="96" />
        <source>the number of people in "{value}" is not clear</source>
        <translation>"{value}" 中的人数不明确</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="99" />
        <source>the ID number was stored by Excel as a number and lost digits ({value}); it was left empty</source>
        <translation>身份证号被 Excel 存成数字，已丢失位数（{value}），已留空</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="104" />
        <source>the ID number {value} contains characters other than digits and X</source>
        <translation>身份证号 {value} 含有数字和 X 以外的字符</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="107" />
        <source>the ID number {value} has neither 18 nor 15 digits</source>
        <translation>身份证号 {value} 既不是18位也不是15位</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="110" />
        <source>the ID number {value} holds an impossible birth date</source>
        <translation>身份证号 {value} 中的出生日期不存在</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="113" />
        <source>the ID number {value} check digit is wrong</source>
        <translation>身份证号 {value} 校验位错误</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="114" />
        <source>the ID number {value} is not valid</source>
        <translation>身份证号 {value} 无效</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="115" />
        <source>the ID number {value} has an unknown region code (kept)</source>
        <translation>身份证号 {value} 的地区代码不认识（已保留）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="118" />
        <source>the 15-digit ID number {value} was converted to 18 digits</source>
        <translation>15位身份证号 {value} 已转换为18位</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="121" />
        <source>the case was imported with its ID number left empty</source>
        <translation>案件已导入，身份证号留空</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="124" />
        <source>the ID number {value} belongs to {other} in the register; the name differs</source>
        <translation>身份证号 {value} 在台账中属于 {other}，姓名不一致</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="128" />
        <source>"{value}" is not a phone number</source>
        <translation>"{value}" 不是电话号码</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="129" />
        <source>the phone number {value} seems to have lost its leading 0</source>
        <translation>电话号码 {value} 似乎丢了开头的0</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="132" />
        <source>"{value}" is not a date</source>
        <translation>"{value}" 不是日期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="133" />
        <source>the date {value} is not plausible</source>
        <translation>日期 {value} 不合常理</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="134" />
        <source>"{value}" is not a number</source>
        <translation>"{value}" 不是数字</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="135" />
        <source>"{value}" is not a whole number</source>
        <translation>"{value}" 不是整数</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="136" />
        <source>"{value}" is negative</source>
        <translation>"{value}" 是负数</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="137" />
        <source>{value} is not a plausible number of people; it was not used</source>
        <translation>{value} 不是合理的人数，未采用</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="140" />
        <source>the source level "{value}" is not recognised; it was left empty</source>
        <translation>交办来源 "{value}" 无法识别，已留空</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="143" />
        <source>the channel "{value}" is not recognised; it was left empty</source>
        <translation>信访形式 "{value}" 无法识别，已留空</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="146" />
        <source>the conclusion date is before the registration date</source>
        <translation>办结日期早于登记日期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="149" />
        <source>{value} people are involved: marked as a many-people case</source>
        <translation>涉及 {value} 人：已标记为涉众案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/ledger_import.py" line="239" />
        <source>{file}: the file does not exist.</source>
        <translation>{file}：文件不存在。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/demo.py" line="221" />
        <source>{path} already exists. A demo database is only written to a new file.</source>
        <translation>{path} 已存在。演示数据库只会写入新文件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/demo.py" line="228" />
        <source>The demo needs at least one case.</source>
        <translation>演示数据库至少需要一件案件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="311" />
        <source>"{value}" is not a date (write it as 2017-07-01).</source>
        <translation>"{value}" 不是日期（请写成 2017-07-01）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="346" />
        <source>"{value}" is not an exclusion (many_people, policy, rebound, settled).</source>
        <translation>"{value}" 不是排除条件（many_people、policy、rebound、settled）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="653" />
        <source>The passphrase file {path} cannot be read: {reason}</source>
        <translation>无法读取口令文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="671" />
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>两次输入的口令不一致，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="111" />
        <source>The preparation stage ends on {end}, before it starts on {start}.</source>
        <extracomment>The stages in their order: (name, start field, end field).</extracomment>
        <translation>准备阶段的结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="114" />
        <source>The implementation stage ends on {end}, before it starts on {start}.</source>
        <translation>实施阶段的结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="117" />
        <source>The summary stage ends on {end}, before it starts on {start}.</source>
        <translation>总结阶段的结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="122" />
        <source>The implementation stage has a date ({later}) before the end of the preparation stage ({earlier}). The stages follow each other.</source>
        <translation>实施阶段的日期（{later}）早于准备阶段的结束日期（{earlier}）。各阶段应依次衔接。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="127" />
        <source>The summary stage has a date ({later}) before the end of the implementation stage ({earlier}). The stages follow each other.</source>
        <translation>总结阶段的日期（{later}）早于实施阶段的结束日期（{earlier}）。各阶段应依次衔接。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="132" />
        <source>The summary stage has a date ({later}) before the end of the preparation stage ({earlier}). The stages follow each other.</source>
        <translation>总结阶段的日期（{later}）早于准备阶段的结束日期（{earlier}）。各阶段应依次衔接。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="169" />
        <source>The campaign needs a name.</source>
        <translation>活动需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="175" />
        <source>The campaign name has more than {limit} characters.</source>
        <translation>活动名称超过 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="184" />
        <source>{value} is longer than the {limit} characters allowed.</source>
        <translation>{value} 超过了允许的 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="197" />
        <source>A campaign named {name} already exists. Choose another name.</source>
        <translation>已有名为 {name} 的活动，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="234" />
        <source>The report deadline {deadline} is before the implementation stage starts ({start}).</source>
        <translation>上报期限 {deadline} 早于实施阶段的开始日期（{start}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="265" />
        <source>There is no current campaign. Create one or choose one first.</source>
        <translation>当前没有回访活动。请先创建或选择一个活动。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/campaigns.py" line="277" />
        <source>There is no campaign {name}.</source>
        <translation>没有名为 {name} 的活动。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/screening.py" line="189" />
        <source>Concluded from {start} to {end}: the first date is after the second.</source>
        <extracomment>Flags that exclude a considered case, in the order a reason is chosen.</extracomment>
        <translation>办结日期从 {start} 到 {end}：起始日期晚于截止日期。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/screening.py" line="200" />
        <source>"{value}" is not a source level (central, provincial, municipal, county, own).</source>
        <translation>"{value}" 不是交办来源（central、provincial、municipal、county、own）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/screening.py" line="211" />
        <source>"{value}" is not a channel (letter, visit, online, phone).</source>
        <translation>"{value}" 不是信访形式（letter、visit、online、phone）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/screening.py" line="489" />
        <source>There is no case {case_no} in the register.</source>
        <translation>台账中没有案件 {case_no}。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/screening.py" line="508" />
        <source>The target {id} no longer exists; it may have been removed.</source>
        <translation>回访对象 {id} 已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/screening.py" line="530" />
        <source>Case {case_no} is already a target of {campaign}.</source>
        <translation>案件 {case_no} 已是 {campaign} 的回访对象。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/screening.py" line="537" />
        <source>Say why case {case_no} is added by hand: the note is empty.</source>
        <translation>请说明为什么手工加入案件 {case_no}：说明为空。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/screening.py" line="572" />
        <source>"{reason}" is not an exclusion reason.</source>
        <translation>"{reason}" 不是排除原因。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/screening.py" line="584" />
        <source>Case {case_no} has a visit record (visit {visit_no}), so it cannot be excluded any more.</source>
        <translation>案件 {case_no} 已有回访登记（第 {visit_no} 次回访），不能再排除。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/screening.py" line="595" />
        <source>Case {case_no}: the reason "other" needs a note saying why it is excluded.</source>
        <translation>案件 {case_no}：选择"其他"原因时，须写明排除理由。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/screening.py" line="625" />
        <source>Case {case_no} is excluded; only a target can be a key case.</source>
        <translation>案件 {case_no} 已被排除，只有回访对象才能标为重点。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="151" />
        <location filename="../../rv_desktop/domain/tasks.py" line="879" />
        <source>There is no staff member {id}.</source>
        <extracomment>What the board can be grouped by. Statuses of tasks still to be visited (what a route sheet lists).</extracomment>
        <translation>没有编号为 {id} 的工作人员。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="157" />
        <source>{name} left on {date} and can be given no task. Choose someone else.</source>
        <translation>{name} 已于 {date} 离开，不能再分配任务。请另选他人。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="166" />
        <source>{name} no longer works here and can be given no task.</source>
        <translation>{name} 已不在本单位工作，不能分配任务。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="179" />
        <source>Choose at least one task first.</source>
        <translation>请先至少选择一个任务。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="195" />
        <location filename="../../rv_desktop/domain/visits.py" line="937" />
        <source>The task {id} no longer exists; it may have been removed.</source>
        <translation>任务 {id} 已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="205" />
        <source>Case {case_no} is excluded from the campaign and gets no task. Add it to the targets first.</source>
        <translation>案件 {case_no} 已被排除，不能分配任务。请先把它加入回访对象。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="225" />
        <source>The due date {due} is before the implementation stage of {campaign} starts ({start}).</source>
        <translation>完成时限 {due} 早于 {campaign} 实施阶段的开始日期（{start}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="237" />
        <source>The due date {due} is after the implementation stage of {campaign} ends ({end}).</source>
        <translation>完成时限 {due} 晚于 {campaign} 实施阶段的结束日期（{end}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="256" />
        <source>There is no handling unit {id}.</source>
        <translation>没有编号为 {id} 的承办单位。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="262" />
        <source>The unit {name} is no longer active and cannot join a visit.</source>
        <translation>单位 {name} 已停用，不能参与回访。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="336" />
        <source>{name} is not a leader; the responsible leader of a case must be one.</source>
        <translation>{name} 不是领导，包案领导必须由领导担任。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="353" />
        <source>"{method}" is not a visit method.</source>
        <translation>"{method}" 不是回访方式。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="416" />
        <source>"{status}" is not a column of the board.</source>
        <translation>"{status}" 不是任务看板上的一栏。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="434" />
        <source>Case {case_no} already has a visit record; its card stays among the visited, follow-up and done columns.</source>
        <translation>案件 {case_no} 已有回访登记表，只能留在"已回访"、"需跟踪"和"已完成"几栏中。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="444" />
        <source>Case {case_no} has no visitor yet. Give it a visitor first.</source>
        <translation>案件 {case_no} 还没有回访人员，请先指定回访人员。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="452" />
        <source>Case {case_no} has no visit record yet. Enter the visit's form first.</source>
        <translation>案件 {case_no} 还没有回访登记表，请先录入登记表。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="471" />
        <source>Case {case_no} has no final visit record yet; finish the form before marking the task done.</source>
        <translation>案件 {case_no} 还没有定稿的回访登记表，请先完成登记表再标为已完成。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/tasks.py" line="490" />
        <source>Case {case_no} has {count} open follow-up or rework items; close them first.</source>
        <translation>案件 {case_no} 有 {count} 项跟踪或整改事项未办结，请先办结。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/pdf/fonts.py" line="94" />
        <source>No Chinese font was found, so the document cannot be printed. Install the SimSun (宋体) font, or choose a Chinese TrueType font file (.ttf or .ttc) in the settings.</source>
        <translation>找不到中文字体，无法打印。请安装宋体（SimSun），或在设置中选择一个中文 TrueType 字体文件（.ttf 或 .ttc）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/pdf/registration_form.py" line="98" />
        <source>The font {font} cannot print these characters: {characters} (for example in “{case_no}”). Choose a font that has them in the settings, or print anyway and write them in by hand.</source>
        <translation>字体 {font} 无法打印这些字：{characters}（如“{case_no}”中）。请在设置中选择含有这些字的字体，或照常打印后手工补写。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/pdf/registration_form.py" line="105" />
        <source>The font {font} cannot print these characters: {characters} (in {count} forms, e.g. case {case_no}). Choose a font that has them in the settings, or print anyway and write them in by hand.</source>
        <translation>字体 {font} 无法打印这些字：{characters}（共 {count} 份表，如案件 {case_no}）。请在设置中选择含有这些字的字体，或照常打印后手工补写。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/pdf/registration_form.py" line="410" />
        <source>There are no forms to print.</source>
        <translation>没有可打印的登记表。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/printing.py" line="51" />
        <source>There is no visitor named {name}.</source>
        <translation>没有名为 {name} 的回访人员。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/statistics.py" line="253" />
        <source>"{by}" is not a way to group the statistics (source, unit, village, category, visitor, town).</source>
        <extracomment>The dimensions the rows may be grouped by. Every count column with its condition on one target (aliases: t target, c case, l its latest final visit record, f its follow-up flags). The count columns, in the table's order. The rate columns and the count each one is drilled down to. Group label of each dimension (``""`` when the target has none). The joins each dimension's group key needs (the others are left out: quicker).</extracomment>
        <translation>“{by}”不是统计的分组方式（可选：交办来源、承办单位、村（社区）、问题类别、回访人员、乡镇）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/statistics.py" line="310" />
        <source>"{column}" is not a figure of the statistics.</source>
        <translation>"{column}" 不是统计表中的数字。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="297" />
        <source>"{value}" is not a valid value for the field {field}.</source>
        <extracomment>Days a handling unit is given to rework a case (回流整改), by default. Days after the visit by which a help item is due, by default. The tabs of the form, in their order. The tab of the form each field is on. Text columns of limited length (the schema's ``max_length``).</extracomment>
        <translation>"{value}" 不是 {field} 的有效值。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="314" />
        <source>The form has no field {field}.</source>
        <translation>登记表中没有 {field} 这一项。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="394" />
        <source>The field {field} holds at most {limit} characters.</source>
        <translation>{field} 最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="419" />
        <source>Contact attempt {n} needs a time, a means and an outcome.</source>
        <translation>第 {n} 次联系需要填写时间、方式和结果。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="485" />
        <source>Enter the date of the visit.</source>
        <translation>请填写回访日期。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="493" />
        <source>The visit date {date} is in the future.</source>
        <translation>回访日期 {date} 在将来。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="502" />
        <source>The visit date {date} is before the case was concluded ({concluded}).</source>
        <translation>回访日期 {date} 早于案件办结日期（{concluded}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="516" />
        <source>Choose how the visit was made.</source>
        <translation>请选择回访方式。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="527" />
        <source>Say who was met: the petitioner or a proxy (relative, committee).</source>
        <translation>请选择受访人：信访人本人或代评人（亲属、村居委会）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="538" />
        <source>Enter the name of the proxy who answered for the petitioner.</source>
        <translation>请填写代为评价的受访人姓名。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="548" />
        <source>Enter the proxy's relationship to the petitioner.</source>
        <translation>请填写受访人与信访人的关系。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="559" />
        <source>The petitioner is away: enter the result of the phone call.</source>
        <translation>信访人不在家：请填写电话联系情况。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="569" />
        <source>The petitioner is away: enter the relatives or the village or community committee asked at the former residence.</source>
        <translation>信访人不在家：请填写在原住地询问的亲属或村（居）委会人员。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="581" />
        <source>Enter what the people asked at the former residence said.</source>
        <translation>请填写在原住地了解到的情况。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="592" />
        <source>Contact attempt {n} is dated in the future ({date}).</source>
        <translation>第 {n} 次联系的时间在将来（{date}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="606" />
        <source>Choose whether the petitioner is satisfied with the handling.</source>
        <translation>请选择信访人对处理结果是否满意。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="616" />
        <source>Say whether the petitioner has stopped petitioning (settled).</source>
        <translation>请选择信访人是否已息诉罢访。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="628" />
        <source>The petitioner could not be reached: record at least one contact attempt that failed (time, means, outcome).</source>
        <translation>联系不上信访人：请至少记录一次未联系上的联系记录（时间、方式、结果）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="642" />
        <source>Enter why the petitioner is dissatisfied.</source>
        <translation>请填写信访人不满意的原因。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="650" />
        <source>Enter the laws and policies explained to the dissatisfied petitioner.</source>
        <translation>请填写向不满意的信访人解释的法律政策。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="661" />
        <source>A dissatisfied petitioner needs a follow-up: mark it as needed and say what comes next.</source>
        <translation>信访人不满意，需要跟踪回访：请勾选需要跟踪，并写明下一步措施。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="674" />
        <source>Enter the next action of the follow-up.</source>
        <translation>请填写跟踪回访的下一步措施。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="682" />
        <source>Enter who carries out the follow-up.</source>
        <translation>请填写跟踪回访的责任人。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="690" />
        <source>Enter the date by which the follow-up is due.</source>
        <translation>请填写跟踪回访的完成时限。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="698" />
        <source>The follow-up is due on {due}, before the visit ({date}).</source>
        <translation>跟踪回访时限 {due} 早于本次回访日期（{date}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="712" />
        <source>Enter who helps with the practical difficulties found.</source>
        <translation>请填写帮扶实际困难的责任单位或人员。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="723" />
        <source>Three looks: confirm whether the case was handled according to law and policy.</source>
        <translation>三看：请确认是否依法依规办理。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="731" />
        <source>Three looks: confirm whether the petitioner is satisfied.</source>
        <translation>三看：请确认信访人是否满意。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="738" />
        <source>Three looks: confirm whether the petitioner gave opinions or suggestions.</source>
        <translation>三看：请确认信访人是否提出意见建议。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="754" />
        <source>The three looks and the findings disagree on whether the petitioner is satisfied.</source>
        <translation>"三看"与回访结果中的满意情况不一致。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="766" />
        <source>The case was not handled according to law and policy: say why in the note on the conclusion (it goes to the handling unit for rework).</source>
        <translation>案件未依法依规办理：请在办理结论说明中写明原因（将回流承办单位整改）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="780" />
        <source>Enter who recorded the form.</source>
        <translation>请填写填表人。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="835" />
        <source>There is no visit record {id}.</source>
        <translation>没有编号为 {id} 的回访登记。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="945" />
        <source>Case {case_no} is excluded from the campaign and gets no visit record.</source>
        <translation>案件 {case_no} 已被排除，不能登记回访。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="998" />
        <source>Visit {visit_no} of case {case_no} is final and read-only. Reopen it, with a reason, to change it.</source>
        <translation>案件 {case_no} 第 {visit_no} 次回访已定稿，不能修改。如需修改，请说明原因后重新打开。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1150" />
        <source>Visit {visit_no} of case {case_no} cannot be final yet: {count} fields still need attention.</source>
        <translation>案件 {case_no} 第 {visit_no} 次回访还不能定稿：还有 {count} 项需要填写或更正。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1260" />
        <source>Visit {visit_no} of case {case_no} has been final once; it can be corrected but not discarded.</source>
        <translation>案件 {case_no} 第 {visit_no} 次回访曾经定稿，只能更正，不能删除。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1290" />
        <source>Visit {visit_no} of case {case_no} is still a draft; there is nothing to reopen.</source>
        <translation>案件 {case_no} 第 {visit_no} 次回访还是草稿，无需重新打开。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1300" />
        <source>Give the reason for reopening visit {visit_no} of case {case_no}.</source>
        <translation>请说明重新打开案件 {case_no} 第 {visit_no} 次回访登记的原因。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1309" />
        <source>Case {case_no} has a later visit record than visit {visit_no}; only the latest can be reopened.</source>
        <translation>案件 {case_no} 在第 {visit_no} 次回访之后还有回访登记，只有最新的一次可以重新打开。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1344" />
        <source>Visit {visit_no} of case {case_no} is a draft; finalise it before it is reviewed.</source>
        <translation>案件 {case_no} 第 {visit_no} 次回访还是草稿，请定稿后再审核。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1354" />
        <source>Visit {visit_no} of case {case_no} has already been reviewed.</source>
        <translation>案件 {case_no} 第 {visit_no} 次回访已审核。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1362" />
        <source>Enter who reviews the record.</source>
        <translation>请填写审核人。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1435" />
        <source>There is no follow-up item {id}.</source>
        <translation>没有编号为 {id} 的跟踪事项。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1441" />
        <source>The follow-up item {id} is already closed.</source>
        <translation>跟踪事项 {id} 已办结。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1447" />
        <source>Enter the result before closing the follow-up item {id}.</source>
        <translation>办结跟踪事项 {id} 前请填写办理结果。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1455" />
        <source>The closing date {date} is in the future.</source>
        <translation>办结日期 {date} 在将来。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/domain/visits.py" line="1463" />
        <source>The closing date {date} is before the visit that raised the item ({visited}).</source>
        <translation>办结日期 {date} 早于提出该事项的回访日期（{visited}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/county.py" line="179" />
        <source>{file} comes from {town}, the town of this database itself. Packages are merged into the county's database.</source>
        <translation>{file} 来自本数据库所属的{town}。数据包应合并到县级数据库中。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/county.py" line="201" />
        <source>{file} was written on {written}, but a package of {town} for {campaign} written on {merged} was merged already. An older package never replaces a newer one.</source>
        <translation>{file} 写出于 {written}，而{town}{campaign}写出于 {merged} 的数据包已经合并。较旧的数据包不会替换较新的数据包。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/crypto.py" line="86" />
        <source>The passphrase must have at least {count} characters.</source>
        <extracomment>The first bytes of every package (non-ASCII first byte, CR LF: damage by a text-mode copy shows at once, as in PNG's signature). The container format this program writes and the newest it reads. A passphrase shorter than this is refused when writing.</extracomment>
        <translation>口令至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/crypto.py" line="174" />
        <location filename="../../rv_desktop/services/package.py" line="483" />
        <source>{file} is damaged ({detail}). Ask the town for the package again.</source>
        <translation>{file} 已损坏（{detail}）。请乡镇重新报送数据包。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/crypto.py" line="196" />
        <source>{file} is not an exchange package of this program.</source>
        <translation>{file} 不是本程序的回访数据包。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/crypto.py" line="203" />
        <location filename="../../rv_desktop/services/package.py" line="529" />
        <source>{file} was written by a newer version of this program (package format {found}; this version reads {known}). Install the newer version to read it.</source>
        <translation>{file} 由本程序的较新版本写出（数据包格式 {found}；本版本可读 {known}）。请安装新版本后再读取。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/crypto.py" line="229" />
        <source>{file} is incomplete: it ends after {size} of its {expected} bytes (the stick was perhaps pulled out while copying). Copy the package again.</source>
        <translation>{file} 不完整：应有 {expected} 字节，只有 {size} 字节（可能在复制时拔出了U盘）。请重新复制数据包。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/crypto.py" line="255" />
        <source>{file} was changed or damaged after it was written: its contents do not match the checksum it was written with. Ask the town for it again.</source>
        <translation>{file} 在写出后被改动或损坏，内容与写出时的校验值不符。请乡镇重新报送。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/crypto.py" line="280" />
        <source>{file} is encrypted: give the passphrase agreed with the town.</source>
        <translation>{file} 已加密，请提供与乡镇约定的口令。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/crypto.py" line="290" />
        <source>The passphrase does not open {file}. Check it with the town (letter case and spaces count).</source>
        <translation>口令无法打开 {file}。请与乡镇核对口令（区分大小写和空格）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/crypto.py" line="305" />
        <source>{file} was changed or damaged after it was written: it fails its authentication check. Ask the town for it again.</source>
        <translation>{file} 在写出后被改动或损坏，未通过完整性校验。请乡镇重新报送。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/exchange_data.py" line="334" />
        <source>The package's data cannot be merged: {place}: {detail}. Nothing of it was written.</source>
        <extracomment>The version of the data.json layout this program writes and the newest it reads. The stored fields of each kind of row, as data.json names them.</extracomment>
        <translation>数据包中的数据无法合并：{place}：{detail}。该数据包的内容均未写入。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/package.py" line="145" />
        <source>The package could not be written to {folder}: {reason}. Nothing was written; check the stick and try again.</source>
        <translation>数据包无法写入 {folder}：{reason}。未写入任何文件，请检查U盘后重试。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/package.py" line="306" />
        <source>The town's name is not set. The county tells the packages apart by it: set it first.</source>
        <extracomment>From this many targets on the tables are written by a second process while this one draws the forms (a 5,000-target summary alone is ~300 pages).</extracomment>
        <translation>尚未设置乡镇名称。县里按乡镇名称区分数据包，请先设置。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/package.py" line="323" />
        <source>{campaign} has no targets yet: there is nothing to send.</source>
        <translation>{campaign}尚无回访对象，没有可报送的数据。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/package.py" line="444" />
        <source>The package read back from {folder} differs from what was written: the stick may be failing. Nothing was kept; try another stick.</source>
        <translation>从 {folder} 读回的数据包与写入的内容不一致，U盘可能有故障。未保留任何文件，请换一个U盘。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/package.py" line="500" />
        <source>{file} cannot be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/receipts.py" line="139" />
        <location filename="../../rv_desktop/services/receipts.py" line="183" />
        <source>{file} is not a receipt of this program ({detail}).</source>
        <translation>{file} 不是本程序的回执（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/receipts.py" line="146" />
        <source>{file} was written by a newer version of this program. Install it to read the receipt.</source>
        <translation>{file} 由本程序的较新版本写出，请安装新版本后再读取回执。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/receipts.py" line="157" />
        <source>{file} is the receipt of a package this database did not export.</source>
        <translation>{file} 是一份回执，但对应的数据包并非由本数据库导出。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/services/receipts.py" line="171" />
        <source>{file} is not a genuine receipt for {package}: its signature does not match. It was changed, or not made by the county from this package.</source>
        <translation>{file} 不是 {package} 的真实回执：签名不符。回执已被改动，或并非县里根据该数据包出具。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../rv_desktop/cli.py" line="55" />
        <source>the database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="63" />
        <source>the new database file</source>
        <translation>新数据库文件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="64" />
        <source>number of cases</source>
        <translation>案件数量</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="65" />
        <source>random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="72" />
        <source>--cases must be at least 1.</source>
        <translation>--cases 至少为 1。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="76" />
        <source>Demo database {path}: {cases} cases, {petitioners} petitioners, {targets} targets, {visits} visit records ({seconds:.1f} s).</source>
        <translation>演示数据库 {path}：案件 {cases} 件，信访人 {petitioners} 人，回访对象 {targets} 件，回访登记 {visits} 份（用时 {seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="97" />
        <location filename="../../rv_desktop/cli.py" line="167" />
        <location filename="../../rv_desktop/cli.py" line="217" />
        <location filename="../../rv_desktop/cli.py" line="299" />
        <location filename="../../rv_desktop/cli.py" line="526" />
        <location filename="../../rv_desktop/cli.py" line="610" />
        <location filename="../../rv_desktop/cli.py" line="764" />
        <location filename="../../rv_desktop/cli.py" line="826" />
        <location filename="../../rv_desktop/cli.py" line="877" />
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="120" />
        <source>{path}: the database is sound.</source>
        <translation>{path}：数据库完好。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="129" />
        <source>backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="147" />
        <source>the ledger (xlsx, xls, ods, csv)</source>
        <translation>台账文件（xlsx、xls、ods、csv）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="149" />
        <source>the sheet to read</source>
        <translation>要读取的工作表</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="153" />
        <location filename="../../rv_desktop/cli.py" line="297" />
        <source>show what would happen, change nothing</source>
        <translation>只显示将会发生什么，不做修改</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="158" />
        <source>reject rows whose ID number is wrong (default: import, ID left empty)</source>
        <translation>身份证号有误的行不导入（默认：照常导入，身份证号留空）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="165" />
        <source>save the rejected rows to this xlsx</source>
        <translation>把未导入的行保存到这个 xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="182" />
        <source>Reason not imported</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="190" />
        <source>rejected</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="190" />
        <source>warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="193" />
        <source>{file}: {rows} rows read: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{file}：共读取 {rows} 行：新增 {new}，更新 {updated}，无变化 {unchanged}，不能导入 {rejected}。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="205" />
        <location filename="../../rv_desktop/cli.py" line="390" />
        <source>(dry run: nothing was changed)</source>
        <translation>（试运行：未做任何修改）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="211" />
        <source>find cases containing TEXT</source>
        <translation>查找含有 TEXT 的案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="215" />
        <source>show ID numbers, phones and addresses unmasked (audited)</source>
        <translation>显示完整的身份证号、电话和住址（记入审计）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="272" />
        <source>the campaign (created if it does not exist)</source>
        <translation>回访活动（不存在时自动创建）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="275" />
        <source>concluded on or after DATE</source>
        <translation>办结日期不早于 DATE</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="278" />
        <source>concluded on or before DATE</source>
        <translation>办结日期不晚于 DATE</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="283" />
        <source>source levels, comma-separated (default: central,provincial)</source>
        <translation>交办来源，用逗号分隔（默认：central,provincial）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="288" />
        <source>exclusions, comma-separated, from many_people,policy,rebound,settled (default: the campaign's, else many_people,policy,rebound)</source>
        <translation>排除条件，用逗号分隔，可选 many_people、policy、rebound、settled（默认：活动已保存的条件，否则为 many_people,policy,rebound）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="373" />
        <source>Campaign {name} created.</source>
        <translation>已创建活动 {name}。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="375" />
        <source>{campaign}: {considered} cases considered, {targets} targets, {excluded} excluded ({details}); {added} added, {changed} changed, {dropped} removed, {kept} kept.</source>
        <translation>{campaign}：共筛查 {considered} 件，回访对象 {targets} 件，排除 {excluded} 件（{details}）；新增 {added}，变更 {changed}，移除 {dropped}，保留 {kept}。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="399" />
        <location filename="../../rv_desktop/cli.py" line="431" />
        <location filename="../../rv_desktop/cli.py" line="481" />
        <location filename="../../rv_desktop/cli.py" line="518" />
        <location filename="../../rv_desktop/cli.py" line="608" />
        <location filename="../../rv_desktop/cli.py" line="681" />
        <source>the campaign (default: the current one)</source>
        <translation>回访活动（默认：当前活动）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="402" />
        <source>the xlsx to write</source>
        <translation>要写入的 xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="416" />
        <source>{path}: {count} tasks of {campaign}.</source>
        <translation>{path}：{campaign} 的 {count} 个任务。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="434" />
        <location filename="../../rv_desktop/cli.py" line="484" />
        <source>the PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="437" />
        <source>only the forms of this visitor</source>
        <translation>只打印该回访人员的登记表</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="440" />
        <source>only the forms of this village</source>
        <translation>只打印该村（社区）的登记表</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="442" />
        <source>N blank forms instead</source>
        <translation>改为打印 N 份空白登记表</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="446" />
        <source>filled in from the final visit records</source>
        <translation>按定稿的回访登记填写</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="451" />
        <source>print even if the font lacks some characters (left blank)</source>
        <translation>字体缺字时照常打印（缺字处留空）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="469" />
        <source>{path}: {forms} forms, {pages} pages.</source>
        <translation>{path}：登记表 {forms} 份，共 {pages} 页。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="490" />
        <source>which document</source>
        <translation>文书种类</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="499" />
        <source>The {document} document is not available in this version.</source>
        <translation>本版本还不能打印 {document} 文书。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="506" />
        <source>{path}: {pages} pages.</source>
        <translation>{path}：共 {pages} 页。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="524" />
        <source>group the rows by (default: source)</source>
        <translation>按此分组（默认：交办来源）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="528" />
        <source>also write the table to this xlsx</source>
        <translation>同时把统计表写入这个 xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="531" />
        <source>also write the table to this PDF</source>
        <translation>同时把统计表写入这个 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="561" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="562" />
        <source>Targets</source>
        <translation>应回访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="563" />
        <source>Visited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="564" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="565" />
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="566" />
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="567" />
        <source>Not reached</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="568" />
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="569" />
        <source>Settled</source>
        <translation>已息诉罢访</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="570" />
        <source>Follow-ups open</source>
        <translation>未办结跟踪</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="571" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="576" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="636" />
        <source>{count} visit records.</source>
        <translation>共 {count} 份回访登记。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="667" />
        <source>Passphrase: </source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="668" />
        <source>Passphrase again: </source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="687" />
        <source>the folder to write the package into (the USB stick)</source>
        <translation>写入数据包的文件夹（U盘）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="693" />
        <source>read the passphrase agreed with the county from the file F</source>
        <translation>从文件 F 读取与县里约定的口令</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="698" />
        <source>write the package unencrypted (personal data readable!)</source>
        <translation>导出不加密的数据包（个人信息可被读取！）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="714" />
        <source>The package is encrypted: give --passphrase-file F (or --no-encryption to write it unencrypted).</source>
        <translation>数据包须加密：请用 --passphrase-file F 提供口令（或用 --no-encryption 写出不加密的数据包）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="726" />
        <source>{campaign} of {town}: {targets} targets, {visits} visit records, {cases} cases; {state}; SHA-256 {sha256}.</source>
        <translation>{town}{campaign}：回访对象 {targets} 件，回访登记表 {visits} 份，案件 {cases} 件；{state}；SHA-256 {sha256}。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="736" />
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="738" />
        <source>NOT encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="752" />
        <source>the towns' packages (.rvpkg)</source>
        <translation>各乡镇的数据包（.rvpkg）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="757" />
        <source>read the passphrase agreed with the towns from the file F</source>
        <translation>从文件 F 读取与乡镇约定的口令</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="762" />
        <source>write the receipts here (default: beside each package)</source>
        <translation>回执写入此处（默认：与各数据包放在一起）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="780" />
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="781" />
        <source>unchanged (merged before)</source>
        <translation>无变化（此前已合并）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="782" />
        <source>refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="789" />
        <source>({town}, {campaign}: {targets} targets, {visits} visit records)</source>
        <translation>（{town}，{campaign}：回访对象 {targets} 件，回访登记表 {visits} 份）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="799" />
        <source>receipt: {path}</source>
        <translation>回执：{path}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="803" />
        <source>the receipt could not be written: {reason}</source>
        <translation>回执无法写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="824" />
        <source>the county's receipts (.rvreceipt)</source>
        <translation>县里的回执（.rvreceipt）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="861" />
        <source>{package}: received by {county} on {when} ({status}).</source>
        <translation>{package}：{county}已于 {when} 接收（{status}）。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="867" />
        <source>recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="869" />
        <source>already recorded</source>
        <translation>此前已登记</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="906" />
        <source>received {when}</source>
        <translation>{when} 已接收</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="908" />
        <source>no receipt yet</source>
        <translation>尚未收到回执</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="930" />
        <source>write a realistic demo database</source>
        <translation>生成逼真的演示数据库</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="936" />
        <source>check the database file and its consistency</source>
        <translation>检查数据库文件及数据一致性</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="942" />
        <source>import a ledger of concluded cases (xlsx, xls, ods, csv)</source>
        <translation>导入已办结信访事项台账（xlsx、xls、ods、csv）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="948" />
        <source>list the cases of the register</source>
        <translation>列出台账中的案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="954" />
        <source>print the return-visit registration forms (PDF)</source>
        <translation>打印回访登记表（PDF）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="960" />
        <source>print a document of the campaign (PDF)</source>
        <translation>打印活动文书（PDF）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="966" />
        <source>write a verified backup copy of the database</source>
        <translation>写入经校验的数据库备份</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="972" />
        <source>screen the cases of a campaign: its targets and exclusions</source>
        <translation>为活动筛选案源：回访对象和排除案件</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="978" />
        <source>export the task assignment table of a campaign (xlsx)</source>
        <translation>导出活动的回访任务分配表（xlsx）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="984" />
        <source>the feedback statistics of a campaign (JSON, xlsx, PDF)</source>
        <translation>活动的回访情况反馈统计（JSON、xlsx、PDF）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="990" />
        <source>list the visit records of a campaign</source>
        <translation>列出活动的回访登记</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="996" />
        <source>write the exchange package for the county (encrypted)</source>
        <translation>导出报送县里的回访数据包（加密）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="1002" />
        <source>list the exchange packages written and their receipts</source>
        <translation>列出已导出的回访数据包及其回执</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="1008" />
        <source>record the county's receipts of exchange packages</source>
        <translation>登记县里对回访数据包的回执</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="1014" />
        <source>merge towns' exchange packages into a county database</source>
        <translation>将各乡镇的回访数据包合并到县级数据库</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="1022" />
        <source>Return-visit desk of a town petition office. Without a command, opens the window.</source>
        <translation>乡镇信访办回访工作台。不带子命令时打开程序窗口。</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="1031" />
        <source>language (default: the system's)</source>
        <translation>界面语言（默认跟随系统）</translation>
    </message>
    <message>
        <location filename="../../rv_desktop/cli.py" line="1037" />
        <source>open the demo database (created if missing)</source>
        <translation>打开演示数据库（不存在时自动创建）</translation>
    </message>
</context>
</TS>
