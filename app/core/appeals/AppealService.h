#pragma once
#include "CaseFile.h"
#include "Holder.h"
#include "Result.h"
#include "Roles.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <vector>

namespace hc {

class AuditLog;
class Clock;

// What a citizen calls 12345 about (DOMAIN.md "Appeals and corrections").
enum class TicketKind { WrongColor, WrongSource, WrongPersonalData, Reapplication };
QString ticketKindKey(TicketKind k); // wrong_color, wrong_source, wrong_personal_data, reapplication
std::optional<TicketKind> ticketKindFromKey(const QString &key);

struct TicketInput
{
    QString number; // the hotline's ticket number
    TicketKind kind = TicketKind::WrongColor;
    qint64 holderId = 0;
    std::optional<qint64> guardianId; // a guardian filing for a bound dependent
    QString caller;
    QString callbackPhone;
    QString complaint; // what is wrong, in the caller's words
    QString source = QStringLiteral("call"); // call, import
};

struct Ticket
{
    qint64 id = 0;
    QString number;
    TicketKind kind = TicketKind::WrongColor;
    qint64 holderId = 0;
    std::optional<qint64> guardianId;
    QString caller;
    QString callbackPhone;
    QString complaint;
    // The closed loop: received → assigned → under_review → decided → replied → callback → closed, and
    // forwarded (waiting for the province that pushed the condition) between review and decision.
    QString state;
    QString decision; // approved, rejected, or empty
    QString decisionReason;
    int colorAtFiling = 0;
    qint64 deadlineAt = 0;
    QString assignee;
    QString forwardedTo;
    QString replyText;
    qint64 repliedAt = 0;
    QString callbackOutcome;
    qint64 callbackAt = 0;
    QString source;
    QString receivedBy;
    qint64 receivedAt = 0;
    qint64 decidedAt = 0;
    qint64 closedAt = 0;
    bool overdueAt(qint64 t) const { return state != QLatin1String("closed") && t > deadlineAt; }
};

// One step of a ticket as stored: the state it reached, who took it, and the note of the step (the complaint, the
// decision's reason, the reply, the callback's outcome; "assigned to <login>" and "forwarded to province <code>:
// <reason>" in that fixed form). Shown in words at display time (TicketQueueModel::eventText), never as stored.
struct TicketEvent
{
    qint64 at = 0;
    QString actor;
    QString state;
    QString note;
    // Read from the note: the reviewer's login of an "assigned" event, the province of a "forwarded" one ("" else).
    // Also the notes older consoles wrote in their official's language ("已分派给 wang").
    QString target() const;
    // The note's own words: the forwarding reason without its prefix, nothing for an assignment, else the note.
    QString text() const;
};

// The reviewer's decision: with approval, exactly the conditions to void (wrong color) or the fields to correct
// (source location: source_division; personal data and re-application: name, phone, address).
struct TicketDecision
{
    bool approve = false;
    QString reason;
    std::vector<qint64> voidConditions;
    QHash<QString, QString> corrections;
    QString answeredBy; // the province a forwarded ticket went to, answering through the sync inbox
};

// 12345 tickets through their closed loop. Every step writes the ticket, its event and the audit entry in one
// transaction; an approval also writes the holder's change (voided conditions with the decision as basis, the
// re-evaluated color and history, corrected fields with their old values) and the sync messages.
class AppealService
{
    Q_DECLARE_TR_FUNCTIONS(hc::AppealService)
public:
    AppealService(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    Result<qint64> file(const TicketInput &in, const QString &actor, AuditLog &audit);
    // The hotline system's export (CSV as for case reports: UTF-8 or GBK, any delimiter). Every row is checked
    // first; bad rows are named by line; with any, nothing is filed unless `validRowsOnly`.
    struct ImportReport
    {
        int records = 0;
        int filed = 0;
        ParsedFile checked; // header and bad rows, for CaseFileReader::errorsFile
    };
    Result<ImportReport> importCsv(const QByteArray &bytes, bool validRowsOnly, const QString &actor, AuditLog &audit);
    Status assign(qint64 ticket, const QString &assignee, const QString &actor, AuditLog &audit);
    Status startReview(qint64 ticket, const QString &actor, AuditLog &audit);
    Result<QJsonObject> decide(qint64 ticket, const TicketDecision &d, const QString &actor, AuditLog &audit);
    // The disputed condition was pushed by another province, which alone can lift it.
    Status forward(qint64 ticket, const QString &province, const QString &reason, const QString &actor, AuditLog &audit);
    // The answer of the province a ticket was forwarded to, arriving through the sync inbox: inside the caller's
    // transaction (the inbox's). Approving voids that province's active conditions of the holder.
    Result<QJsonObject> recordForwardedAnswer(const QString &number, const QString &province, bool approve,
                                              const QString &reason, const QString &actor, AuditLog &audit);
    Status reply(qint64 ticket, const QString &text, const QString &actor, AuditLog &audit);
    Status callback(qint64 ticket, const QString &outcome, const QString &actor, AuditLog &audit);
    Status close(qint64 ticket, const QString &actor, AuditLog &audit);

    std::optional<Ticket> find(qint64 id) const;
    std::optional<Ticket> findByNumber(const QString &number) const;
    QList<Ticket> queue(bool openOnly = true, int limit = 500) const; // by deadline
    QList<TicketEvent> events(qint64 ticket) const;
    // The caller's callback number is shown masked (138****5678) like every phone number; the whole number only to an
    // official who takes the ticket's calls or may see personal data, in the holder's jurisdiction, with a stated
    // purpose. Every reveal is an audit entry, and so is a refusal.
    Result<QString> revealCallback(qint64 ticket, const QString &purpose, const QString &actor, AuditLog &audit);
    static QString maskedCallback(const Ticket &t);

    static QStringList correctableFields(TicketKind kind);

private:
    qint64 now() const;
    Result<Ticket> step(qint64 ticket, const QStringList &from, const QString &action, Permission p, const QString &actor,
                        AuditLog &audit) const;
    Status record(const Ticket &t, const QString &state, const QString &note, const QString &actor, AuditLog &audit,
                  const QString &sets, const QVariantList &binds);
    Result<TicketInput> checkInput(const TicketInput &in) const; // holder, number, phone; not yet on file
    Result<qint64> insert(const TicketInput &in, const QString &actor, AuditLog &audit); // inside the caller's transaction
    Status correct(const Ticket &t, const TicketDecision &d, const QString &actor, AuditLog &audit, QJsonObject *summary);
    Result<QJsonObject> decideInside(const Ticket &t, const TicketDecision &d, const QString &actor, AuditLog &audit);
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
