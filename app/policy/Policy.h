#pragma once
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hc::policy {

// Ordered by severity for max(): gray and green are both "no condition"; red wins over yellow.
enum class Color : quint8 { Green = 0, Gray = 1, Yellow = 2, Red = 3 };
QString colorKey(Color c); // "green" / "gray" / "yellow" / "red": stable, in JSON, the database and the code
std::optional<Color> colorFromKey(const QString &key);

enum class ConditionKind : quint8 {
    Case, Suspected, CloseContact, Observation, ResidentHigh, ResidentMedium,
    StayHigh, StayMedium, CoTraveller, Symptoms, Arrival, Manual
};
constexpr int kConditionKindCount = 12;
QString conditionKindKey(ConditionKind k); // "close_contact", …: stable keys of SCENARIOS.md
std::optional<ConditionKind> conditionKindFromKey(const QString &key);
Color defaultColorOf(ConditionKind k); // manual has the order's own color

// Every number of the default policy (DOMAIN.md) as a parameter of a versioned policy: each evaluation
// records the version it used, so a color can be explained under the rules of its day.
struct Policy
{
    QString id = QStringLiteral("default");
    int version = 1;
    qint64 effectiveFrom = 0; // epoch seconds

    int greenValidityHours = 72;
    int caseClearHours = 672;
    int closeContactClearHours = 672;
    int stayHighDays = 14;
    int stayMediumDays = 7;
    int coTravellerDays = 7;
    int symptomsDays = 7;
    int arrivalDays = 14;
    int stayMinMinutes = 60;
    // Four-eyes threshold for bulk batches (issue 4/5); a policy number like the others.
    int bulkApprovalThreshold = 1000;
    // Contact derivation from case reports (issue 5): a venue visit overlapping the case's within this many
    // minutes makes a close contact; on a train or flight, the same carriage within this many seat rows does.
    int venueWindowMinutes = 30;
    int closeSeatRows = 3;
    // 12345 hotline deadlines (issue 6): a ticket about a yellow code, about a red code, and one forwarded to the
    // province that pushed the condition.
    int appealYellowHours = 8;
    int appealRedHours = 24;
    int appealForwardedHours = 24;
    int handoffAnswerHours = 24; // a contact hand-off (协查) to another commission is answered within this (issue 19)

    static QStringList parameterKeys(); // the keys a scenario or a policy file may set
    // Overrides parameters from a JSON object; an unknown key or a value that is not a whole number
    // (days and stay_min_minutes ≥ 1, hours ≥ 0) is an error naming the key.
    Status applyOverrides(const QJsonObject &o, const QString &where = QStringLiteral("policy"));
    QJsonObject parametersJson() const;
    QJsonObject toJson() const; // id, version, effective_from and the parameters
    static Result<Policy> fromJson(const QJsonObject &o);
    QString versionTag() const { return id + QLatin1Char('@') + QString::number(version); }
};

} // namespace hc::policy
