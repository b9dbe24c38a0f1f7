#pragma once
#include "Policy.h"
#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace hc {

class AuditLog;
class Clock;
struct CaseRow;
struct Official;
struct Target;

// One holder a case batch names who lives outside the official's jurisdiction: no condition is written for them
// here; their home commission is asked to act on them (协查). Masked unless exported.
struct OutsideContact
{
    qint64 holderId = 0;
    QString name;
    QString idNumber;
    QString phone;
    QString address;      // masked in lists; the export's receiver needs the whole address to find them
    QString division;     // home division code
    QString divisionName; // "山东省 青岛市 市北区 …"
    policy::ConditionKind kind = policy::ConditionKind::CloseContact;
    QString caseRef; // the case line that names them
    int line = 0;
    qint64 exposure = 0; // when they met the case
};

struct OutsideList
{
    qint64 batchId = 0;
    QString jurisdiction; // whose "outside"
    QList<OutsideContact> contacts; // in holder order
};

// The contacts of a case batch outside the official's jurisdiction (issue 18): listed masked, and exported whole as
// the attachment of a 协查函 to the commissions where they live. The export is of personal data and asks what the
// unmasked holder export asks: the export permission, a stated purpose, an audit entry (refusals too).
class OutsideContacts
{
    Q_DECLARE_TR_FUNCTIONS(hc::OutsideContacts)
public:
    OutsideContacts(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    // Masked; anyone who may look holders up. Traces the batch by the policy in force (any status: before the
    // apply and after it, the same holders live outside).
    Result<OutsideList> list(qint64 batchId, const QString &actor, const ProgressFn &progress = {}) const;
    // The whole list, unmasked, as CSV (UTF-8 with BOM, Chinese headers) at `path`. Returns the rows written (as the
    // file has them). No file is left behind when it fails.
    Result<OutsideList> exportCsv(qint64 batchId, const QString &purpose, const QString &path, const QString &actor,
                             AuditLog &audit, const ProgressFn &progress = {}) const;

    static QStringList header(); // the CSV's columns, in Chinese: the receiving commission reads them
    // The contact as a batch row names them; `full` keeps the personal data unmasked.
    static OutsideContact contact(const Target &t, const CaseRow &row, const QString &name, const QString &idNumber,
                                  const QString &phone, const QString &address, const QString &division, bool full);
    // Fills divisionName from the division tree (one lookup per distinct division).
    static void nameDivisions(QSqlDatabase db, QList<OutsideContact> &contacts);
    // "密切接触者", …: fixed Chinese, as the 协查 attachment is written whatever the console's language.
    static QString kindText(policy::ConditionKind k);

private:
    Result<OutsideList> collect(qint64 batchId, const Official &official, bool full, const ProgressFn &progress) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
