#pragma once
#include "CaseFile.h"
#include "IdNumber.h"
#include "Policy.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hc {

// One person of a contact hand-off (协查, issue 19): who they are as the sending commission knew them, and why it
// asks the receiver for a condition: the case, the line of the case file, the exposure.
struct HandoffPerson
{
    int n = 0; // 1-based place in the hand-off
    IdType idType = IdType::Resident;
    QString idNumber;
    QString name;  // "" when the case file gave none (a case not registered at the sender)
    QString phone;
    QString address;
    QString homeDivision;
    QString locatedBy = QStringLiteral("registered"); // registered | case_file | id_region: how the home was known
    policy::ConditionKind kind = policy::ConditionKind::CloseContact;
    qint64 exposureAt = 0;
    qint64 scan = 0;   // the sender's scan record, if one placed them
    qint64 scanAt = 0;
    QString seat;      // on a train or flight, when a seat placed them
    CaseRow row;       // the case and its exposure, as the case file gave them
    QString basisRef;  // "case:C-1 line:12 scan:4711"
    QString basisText; // in words, as the sender would write it
    std::optional<qint64> holderId; // here: the holder matched or registered on acceptance (sender: the holder there)
    QString state = QStringLiteral("open"); // open | accepted | declined | withdrawn
    QString reason;                          // a decline's reason

    // The sealed form (inside the encrypted body: never seen by the platform).
    // Without `case` when caseIndex is given (the sealed form lists each case row once: "case_index").
    QJsonObject toJson(int caseIndex = -1) const;
    static Result<HandoffPerson> fromJson(const QJsonObject &o, const QList<CaseRow> &cases = {});
    static QJsonObject rowJson(const CaseRow &r);
    static std::optional<CaseRow> rowFromJson(const QJsonObject &o);
};

struct Handoff
{
    qint64 id = 0;
    QString uuid;
    QString direction; // out | in
    std::optional<qint64> batchId;      // out: the case batch that named the people
    std::optional<qint64> localBatchId; // in: the batch written here on acceptance (its conditions, its revert)
    QString peerProvince;
    QString peerDivision;   // out: where the people live; in: the sending commission's division
    QString peerConsole;
    QString peerCommission; // the other commission's name
    QString state;          // pending | sent | received | accepted | partly_accepted | declined | withdrawn
    qint64 people = 0;
    qint64 accepted = 0;
    qint64 declined = 0;
    qint64 createdAt = 0;
    QString createdBy;
    qint64 deadlineAt = 0;
    std::optional<qint64> sentAt;
    std::optional<qint64> deliveredAt; // out: the platform's verified receipt for the batch carrying it
    std::optional<qint64> answeredAt;
    QString answeredBy;
    QString reason;
    QString recipientSha256;
    QString caseRefs; // the cases that named the people, "C-1, C-2"

    bool overdue(qint64 now) const;
};

// The hand-off's states and words shared by the core, the CLI and the console.
class HandoffWords final
{
    Q_DECLARE_TR_FUNCTIONS(hc::HandoffWords)
public:
    static QString state(const QString &key);
    static QString personState(const QString &key);
    static QString locatedBy(const QString &key);
};

} // namespace hc
