#pragma once
#include "Clock.h"
#include "Handoff.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace hc {

class AuditLog;

// What the sending commission's event says of a hand-off, outside the sealed people (the routing header).
struct HandoffHeader
{
    QString uuid;
    QString fromConsole;
    QString fromProvince;
    QString fromDivision;
    QString fromCommission;
    QString toProvince;
    QString toDivision;
    QString toConsole;    // the receiving console, as the platform's directory names it
    QString toCommission; // and its commission
    qint64 count = 0;
    qint64 deadlineAt = 0;
    QString caseRefs;

    QJsonObject toJson() const;
    static Result<HandoffHeader> fromJson(const QJsonObject &o);
};

// Contact hand-offs (协查, issue 19) between commissions, both ends. Every change of state writes, in one
// transaction, the hand-off, the holders' conditions and history when people are accepted, the audit entry and the
// outgoing event to the other commission.
class HandoffService
{
    Q_DECLARE_TR_FUNCTIONS(hc::HandoffService)
public:
    HandoffService(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    // The sealed plaintext: what the receiver decrypts (people in full) and its parser.
    static QByteArray sealedJson(const HandoffHeader &header, const QList<HandoffPerson> &people);
    static Result<std::pair<HandoffHeader, QList<HandoffPerson>>> readSealed(const QByteArray &plain);
    static constexpr qint64 kMaxPeople = 10000; // per hand-off: a batch naming more makes several (each sealed alone)

    // Sender: the hand-off was sealed to `recipient`: pending → sent, and the event carrying it into the outbox.
    Status markSent(qint64 id, const HandoffHeader &header, const QJsonObject &sealed, const QString &recipientSha256,
                    const QString &actor);
    // Sender: the receiver's answer (from the feed, inside the inbox transaction).
    Status recordAnswer(const QJsonObject &answer, const QString &fromProvince, const QString &actor, AuditLog &audit);
    // Sender: a batch reverted withdraws its hand-offs (caller's transaction); the receivers end what they wrote.
    Status withdrawBatch(qint64 batchId, const QString &reason, const QString &actor, AuditLog &audit);

    // Receiver: a hand-off arrived (inside the inbox transaction); idempotent by its id.
    Result<qint64> receive(const HandoffHeader &header, const QList<HandoffPerson> &people, qint64 inboxId,
                           const QString &actor, AuditLog &audit);
    // Receiver: accept people (all open ones when `persons` is empty): each matched by ID number or registered, and
    // given the condition the sender asked for, with the sending commission as its source.
    Result<Handoff> accept(qint64 id, const QList<int> &persons, const QString &actor, AuditLog &audit);
    Result<Handoff> decline(qint64 id, const QList<int> &persons, const QString &reason, const QString &actor, AuditLog &audit);
    // Receiver: the sender withdrew it (reverted its batch): what was accepted is reverted here.
    Status receiveWithdrawal(const QJsonObject &value, const QString &fromProvince, const QString &actor, AuditLog &audit);

private:
    Result<Handoff> answer(qint64 id, const QList<int> &persons, bool accept, const QString &reason, const QString &actor,
                           AuditLog &audit);
    Result<qint64> writeAccepted(const Handoff &h, QList<HandoffPerson> &people, const QList<int> &chosen, const QString &actor,
                                 AuditLog &audit);
    qint64 now() const { return m_clock.now().toSecsSinceEpoch(); }

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
