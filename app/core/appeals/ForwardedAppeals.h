#pragma once
#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace hc {

class AuditLog;

// A ticket another province forwarded here because a condition this province pushed is disputed.
struct ForwardRequest
{
    qint64 id = 0;
    QString originConsole;
    QString originProvince;
    QString originTicket;
    QString identity; // the origin's pseudonymous identity of the holder
    QString kind;
    QString reason;
    qint64 receivedAt = 0;
    QString state; // open | answered
    QString decision;
    QString answer;
    QString answeredBy;
    qint64 answeredAt = 0;
};

// Tickets forwarded here through the sync inbox, and their answers: the answer travels back as a push
// (appeal.answer) and the origin's console records it on its ticket.
class ForwardedAppeals
{
    Q_DECLARE_TR_FUNCTIONS(hc::ForwardedAppeals)
public:
    ForwardedAppeals(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}
    // Inside the caller's transaction (the inbox's). A request already on file is left as it is.
    Result<qint64> receive(qint64 inboxId, const QString &originConsole, const QString &originProvince,
                           const QString &originTicket, const QJsonObject &value);
    QList<ForwardRequest> list(bool openOnly = true) const;
    std::optional<ForwardRequest> find(qint64 id) const;
    // Needs DecideAppeal; the answer, its sync message and the audit entry in one transaction.
    Status answer(qint64 id, bool approve, const QString &reason, const QString &actor, AuditLog &audit);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
