#pragma once
// Test helpers for officials and four-eyes: officials straight into the tables, and a declaration that a second
// supervisor approves when the core asks for one.
#include "ApprovalService.h"
#include "AuditLog.h"
#include "RiskAreaService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace hctest {

inline QStringList allRoles()
{
    return {QStringLiteral("operator"), QStringLiteral("reviewer"), QStringLiteral("epidemiologist"),
            QStringLiteral("supervisor"), QStringLiteral("auditor"), QStringLiteral("administrator")};
}

// An official without a usable password (never signed in); false when the name is taken.
inline bool addOfficial(QSqlDatabase db, const QString &name, const QStringList &roles, const QString &jurisdiction = {})
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO account(username, display_name, salt, hash, iterations, is_admin, created_at,"
                             " jurisdiction) VALUES (?, ?, ?, ?, 1, ?, 0, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(name);
    q.addBindValue(QByteArray(1, '\0'));
    q.addBindValue(QByteArray(1, '\0'));
    q.addBindValue(roles.contains(QStringLiteral("administrator")) ? 1 : 0);
    q.addBindValue(jurisdiction.isNull() ? QStringLiteral("") : jurisdiction);
    if (!q.exec() || !q.next())
        return false;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    for (const QString &r : roles) {
        QSqlQuery rq(db);
        rq.prepare(QStringLiteral("INSERT INTO account_role VALUES (?, ?)"));
        rq.addBindValue(id);
        rq.addBindValue(r);
        if (!rq.exec())
            return false;
    }
    return true;
}

// Submits as `requester`; a declaration that needs a second official is approved by `approver` (a supervisor
// over the whole country, added when missing).
inline hc::Result<QList<hc::RiskPeriod>> declareApproved(QSqlDatabase db, const hc::Clock &clock, const hc::Declaration &d,
                                                         hc::AuditLog &audit, const QString &requester = QStringLiteral("admin"),
                                                         const QString &approver = QStringLiteral("second"))
{
    hc::RiskAreaService risk(db, clock);
    const auto r = risk.submit(d, requester, audit);
    if (!r)
        return r.error();
    if (!r->approval)
        return r->periods;
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM account WHERE username = ?"));
    exists.addBindValue(approver);
    if (exists.exec() && !exists.next())
        addOfficial(db, approver, {QStringLiteral("supervisor")});
    const auto a = hc::ApprovalService(db, clock).approve(*r->approval, approver, audit);
    if (!a)
        return a.error();
    QList<hc::RiskPeriod> out;
    for (const QString &ref : a->result.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto p = risk.period(ref.section(QLatin1Char(':'), 1).toLongLong()))
            out << *p;
    return out;
}

} // namespace hctest
