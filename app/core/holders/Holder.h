#pragma once
#include "Condition.h"
#include "IdNumber.h"

#include <QString>
#include <optional>

namespace hc {

// What an official enters or an import brings for one person.
struct HolderInput
{
    IdType idType = IdType::Resident;
    QString idNumber;
    QString name;
    QString phone;
    QString homeDivision; // 12-digit (or shorter) division code
    QString address;      // building/unit text under the home division
    QString sourceDivision; // 来源地: where the code was applied for
};

struct Holder
{
    qint64 id = 0;
    IdType idType = IdType::Resident;
    QString idNumber;
    QString name;
    QString phone;
    QString homeDivision;
    QString homeName; // the division's name path, when read for display
    QString address;
    QString sourceDivision;
    QByteArray codeIdentity;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> lastDeclarationAt;
    policy::Color color = policy::Color::Gray;
    qint64 colorSince = 0;
    std::optional<qint64> nextChangeAt;
    int policyVersion = 1;

    // Masked display (DOMAIN.md "Personal data"): what every pane and CLI shows by default.
    QString maskedName() const { return mask::name(name); }
    QString maskedIdNumber() const { return mask::idNumber(idNumber); }
    QString maskedPhone() const { return mask::phone(phone); }
    QString maskedAddress() const { return mask::address(address); }
    QString maskedIdentity() const { return maskedName() + QLatin1Char(' ') + maskedIdNumber(); }
};

// Why a condition exists: DOMAIN.md's bases, plus the holder's own health declaration for symptoms.
enum class BasisKind { CaseReport, RiskDeclaration, ExposureRecord, AppealDecision, ManualOrder, HealthDeclaration };
QString basisKindKey(BasisKind b);
std::optional<BasisKind> basisKindFromKey(const QString &key);

struct ConditionRecord : policy::Condition
{
    qint64 id = 0;
    qint64 holderId = 0;
    QString sourceDivision;   // the assigning province/city/county
    QString sourceDepartment; // and its department
    QString basisKind;
    QString basisRef;  // e.g. "risk_period:12", "case:C-2022-0001"
    QString basisText; // in words, as the official wrote it
    std::optional<qint64> riskAreaId;
    QString createdBy;
    qint64 createdAt = 0;
    QString endedBy;
    QString endReason;
    int policyVersion = 1;
    std::optional<qint64> batchId; // the case batch that wrote it (a hand-off accepted here is one too)

    enum class Status { Pending, Active, Cleared, Voided };
    Status statusAt(qint64 t) const
    {
        if (voidedAt != policy::kOpen && voidedAt <= t)
            return Status::Voided;
        if (start > t)
            return Status::Pending;
        return t < clear ? Status::Active : Status::Cleared;
    }
};

struct HistoryEntry
{
    qint64 id = 0;
    qint64 at = 0;
    std::optional<policy::Color> before;
    policy::Color after = policy::Color::Gray;
    QString cause;
    std::optional<qint64> conditionId;
    QString actor;
    int policyVersion = 1;
};

} // namespace hc
