#include "AuditActions.h"

#include <QCoreApplication>

namespace hc {

QString auditActionLabel(const QString &key)
{
    struct Label
    {
        const char *key;
        const char *text;
    };
    static const Label labels[] = {
        {"account.create", QT_TRANSLATE_NOOP("hc::AuditActions", "Official account created")},
        {"divisions.import", QT_TRANSLATE_NOOP("hc::AuditActions", "Division tree imported")},
        {"risk.declare", QT_TRANSLATE_NOOP("hc::AuditActions", "Risk area declared")},
        {"risk.change", QT_TRANSLATE_NOOP("hc::AuditActions", "Risk level changed")},
        {"risk.lift", QT_TRANSLATE_NOOP("hc::AuditActions", "Risk area lifted")},
        {"risk.import_national", QT_TRANSLATE_NOOP("hc::AuditActions", "National list imported")},
        {"zone.create", QT_TRANSLATE_NOOP("hc::AuditActions", "Functional zone defined")},
        {"mapping.set", QT_TRANSLATE_NOOP("hc::AuditActions", "List name mapped")},
        {"commission.set", QT_TRANSLATE_NOOP("hc::AuditActions", "Commission set")},
        {"holder.create", QT_TRANSLATE_NOOP("hc::AuditActions", "Holder registered")},
        {"holder.update", QT_TRANSLATE_NOOP("hc::AuditActions", "Holder data changed")},
        {"holder.bind", QT_TRANSLATE_NOOP("hc::AuditActions", "Guardian bound")},
        {"holder.declare", QT_TRANSLATE_NOOP("hc::AuditActions", "Health declaration")},
        {"holder.stay", QT_TRANSLATE_NOOP("hc::AuditActions", "Stay recorded")},
        {"holders.import", QT_TRANSLATE_NOOP("hc::AuditActions", "Holders imported")},
        {"holders.tick", QT_TRANSLATE_NOOP("hc::AuditActions", "Colors updated as time passed")},
        {"condition.add", QT_TRANSLATE_NOOP("hc::AuditActions", "Condition assigned")},
        {"condition.end", QT_TRANSLATE_NOOP("hc::AuditActions", "Condition ended")},
        {"condition.void", QT_TRANSLATE_NOOP("hc::AuditActions", "Condition voided")},
        {"code.key_create", QT_TRANSLATE_NOOP("hc::AuditActions", "Issuer key created")},
        {"code.issue", QT_TRANSLATE_NOOP("hc::AuditActions", "Code issued")},
        {"code.trust_add", QT_TRANSLATE_NOOP("hc::AuditActions", "Issuer key trusted")},
        {"code.trust_revoke", QT_TRANSLATE_NOOP("hc::AuditActions", "Issuer key revoked")},
        {"policy.add", QT_TRANSLATE_NOOP("hc::AuditActions", "Policy version added")},
        {"demo.populate", QT_TRANSLATE_NOOP("hc::AuditActions", "Demo holders generated")},
        {"holder.reveal", QT_TRANSLATE_NOOP("hc::AuditActions", "Personal data revealed")},
        {"holder.reveal_refused", QT_TRANSLATE_NOOP("hc::AuditActions", "Reveal of personal data refused")},
        {"access.refused", QT_TRANSLATE_NOOP("hc::AuditActions", "Operation refused")},
        {"holders.export", QT_TRANSLATE_NOOP("hc::AuditActions", "Holders exported")},
        {"appeal.reveal_callback", QT_TRANSLATE_NOOP("hc::AuditActions", "Caller's callback number revealed")},
        {"appeal.reveal_callback_refused", QT_TRANSLATE_NOOP("hc::AuditActions", "Reveal of a callback number refused")},
        {"approval.request", QT_TRANSLATE_NOOP("hc::AuditActions", "Approval requested")},
        {"approval.approve", QT_TRANSLATE_NOOP("hc::AuditActions", "Request approved")},
        {"approval.reject", QT_TRANSLATE_NOOP("hc::AuditActions", "Request rejected")},
        {"approval.withdraw", QT_TRANSLATE_NOOP("hc::AuditActions", "Request withdrawn")},
        {"account.lock", QT_TRANSLATE_NOOP("hc::AuditActions", "Account locked")},
        {"account.unlock", QT_TRANSLATE_NOOP("hc::AuditActions", "Account unlocked")},
        {"account.roles", QT_TRANSLATE_NOOP("hc::AuditActions", "Roles changed")},
        {"account.password", QT_TRANSLATE_NOOP("hc::AuditActions", "Password changed")},
        {"cases.import", QT_TRANSLATE_NOOP("hc::AuditActions", "Case report imported")},
        {"cases.apply", QT_TRANSLATE_NOOP("hc::AuditActions", "Case batch applied")},
        {"cases.revert", QT_TRANSLATE_NOOP("hc::AuditActions", "Case batch reverted")},
        {"cases.mapping", QT_TRANSLATE_NOOP("hc::AuditActions", "Column mapping saved")},
        {"cases.results_export", QT_TRANSLATE_NOOP("hc::AuditActions", "Batch results exported")},
        {"cases.outside_export", QT_TRANSLATE_NOOP("hc::AuditActions", "Contacts outside the jurisdiction exported")},
        {"appeal.received", QT_TRANSLATE_NOOP("hc::AuditActions", "12345 ticket received")},
        {"appeal.assigned", QT_TRANSLATE_NOOP("hc::AuditActions", "12345 ticket assigned")},
        {"appeal.under_review", QT_TRANSLATE_NOOP("hc::AuditActions", "12345 ticket under review")},
        {"appeal.decided", QT_TRANSLATE_NOOP("hc::AuditActions", "12345 ticket decided")},
        {"appeal.forwarded", QT_TRANSLATE_NOOP("hc::AuditActions", "12345 ticket forwarded")},
        {"appeal.replied", QT_TRANSLATE_NOOP("hc::AuditActions", "12345 ticket replied")},
        {"appeal.callback", QT_TRANSLATE_NOOP("hc::AuditActions", "12345 callback recorded")},
        {"appeal.closed", QT_TRANSLATE_NOOP("hc::AuditActions", "12345 ticket closed")},
        {"appeal.answer", QT_TRANSLATE_NOOP("hc::AuditActions", "Forwarded ticket answered")},
        {"sync.configure", QT_TRANSLATE_NOOP("hc::AuditActions", "Platform sync set up")},
        {"trust.sync", QT_TRANSLATE_NOOP("hc::AuditActions", "Trust list received from the platform")},
        {"policy.sync", QT_TRANSLATE_NOOP("hc::AuditActions", "Policy version received from the platform")},
        {"report.export", QT_TRANSLATE_NOOP("hc::AuditActions", "Report exported")},
        {"overview.rebuild", QT_TRANSLATE_NOOP("hc::AuditActions", "Overview counts rebuilt")},
        {"risk.revert_national", QT_TRANSLATE_NOOP("hc::AuditActions", "National list import reverted")},
        // Operations a refusal names (access.refused): attempted, so not all of them are actions of their own.
        {"audit.read", QT_TRANSLATE_NOOP("hc::AuditActions", "Reading the audit log")},
        {"holders.lookup", QT_TRANSLATE_NOOP("hc::AuditActions", "Looking up holders")},
        {"holder.upsert", QT_TRANSLATE_NOOP("hc::AuditActions", "Registering or correcting a holder")},
        {"manual_order", QT_TRANSLATE_NOOP("hc::AuditActions", "Requesting a manual order")},
        {"national.import", QT_TRANSLATE_NOOP("hc::AuditActions", "Importing the national list")},
        {"national.revert", QT_TRANSLATE_NOOP("hc::AuditActions", "Reverting a national list import")},
        {"approval.decide", QT_TRANSLATE_NOOP("hc::AuditActions", "Deciding a request")},
        {"appeal.file", QT_TRANSLATE_NOOP("hc::AuditActions", "Filing a 12345 ticket")},
        {"appeal.import", QT_TRANSLATE_NOOP("hc::AuditActions", "Importing 12345 tickets")},
        {"appeal.assign", QT_TRANSLATE_NOOP("hc::AuditActions", "Assigning a 12345 ticket")},
        {"appeal.review", QT_TRANSLATE_NOOP("hc::AuditActions", "Reviewing a 12345 ticket")},
        {"appeal.decide", QT_TRANSLATE_NOOP("hc::AuditActions", "Deciding a 12345 ticket")},
        {"appeal.forward", QT_TRANSLATE_NOOP("hc::AuditActions", "Forwarding a 12345 ticket")},
        {"appeal.reply", QT_TRANSLATE_NOOP("hc::AuditActions", "Replying to a 12345 caller")},
        {"appeal.close", QT_TRANSLATE_NOOP("hc::AuditActions", "Closing a 12345 ticket")},
    };
    for (const Label &l : labels)
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("hc::AuditActions", l.text);
    return key;
}

} // namespace hc
