#include "Policy.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <array>
#include <cmath>

namespace hc::policy {

namespace {

const std::array<const char *, kConditionKindCount> kKindKeys = {
    "case", "suspected", "close_contact", "observation", "resident_high", "resident_medium",
    "stay_high", "stay_medium", "co_traveller", "symptoms", "arrival", "manual"};

struct Param
{
    const char *key;
    int Policy::*field;
    int minimum;
};

const std::array<Param, 16> kParams = {{
    {"green_validity_hours", &Policy::greenValidityHours, 0},
    {"case_clear_hours", &Policy::caseClearHours, 0},
    {"close_contact_clear_hours", &Policy::closeContactClearHours, 0},
    {"stay_high_days", &Policy::stayHighDays, 1},
    {"stay_medium_days", &Policy::stayMediumDays, 1},
    {"co_traveller_days", &Policy::coTravellerDays, 1},
    {"symptoms_days", &Policy::symptomsDays, 1},
    {"arrival_days", &Policy::arrivalDays, 1},
    {"stay_min_minutes", &Policy::stayMinMinutes, 1},
    {"bulk_approval_threshold", &Policy::bulkApprovalThreshold, 1},
    {"venue_window_minutes", &Policy::venueWindowMinutes, 0},
    {"close_seat_rows", &Policy::closeSeatRows, 0},
    {"appeal_yellow_hours", &Policy::appealYellowHours, 1},
    {"appeal_red_hours", &Policy::appealRedHours, 1},
    {"appeal_forwarded_hours", &Policy::appealForwardedHours, 1},
    {"handoff_answer_hours", &Policy::handoffAnswerHours, 1},
}};

} // namespace

QString colorKey(Color c)
{
    switch (c) {
    case Color::Green: return QStringLiteral("green");
    case Color::Gray: return QStringLiteral("gray");
    case Color::Yellow: return QStringLiteral("yellow");
    case Color::Red: return QStringLiteral("red");
    }
    return {};
}

std::optional<Color> colorFromKey(const QString &key)
{
    for (Color c : {Color::Green, Color::Gray, Color::Yellow, Color::Red})
        if (colorKey(c) == key)
            return c;
    return std::nullopt;
}

QString conditionKindKey(ConditionKind k)
{
    return QString::fromLatin1(kKindKeys[size_t(k)]);
}

std::optional<ConditionKind> conditionKindFromKey(const QString &key)
{
    for (size_t i = 0; i < kKindKeys.size(); ++i)
        if (key == QLatin1String(kKindKeys[i]))
            return ConditionKind(i);
    return std::nullopt;
}

Color defaultColorOf(ConditionKind k)
{
    switch (k) {
    case ConditionKind::ResidentMedium:
    case ConditionKind::StayMedium:
    case ConditionKind::CoTraveller:
    case ConditionKind::Symptoms:
    case ConditionKind::Arrival: return Color::Yellow;
    default: return Color::Red;
    }
}

QStringList Policy::parameterKeys()
{
    QStringList keys;
    for (const Param &p : kParams)
        keys << QString::fromLatin1(p.key);
    return keys;
}

Status Policy::applyOverrides(const QJsonObject &o, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const Param *param = nullptr;
        for (const Param &p : kParams)
            if (it.key() == QLatin1String(p.key))
                param = &p;
        if (!param)
            return Error::badInput(QCoreApplication::translate("hc::policy::Policy", "%1.%2: unknown policy key").arg(where, it.key()));
        const double v = it.value().toDouble(std::nan(""));
        if (!it.value().isDouble() || std::isnan(v) || v != std::floor(v) || v < param->minimum || v > 1e6)
            return Error::badInput(QCoreApplication::translate("hc::policy::Policy", "%1.%2: must be a whole number ≥ %3")
                                       .arg(where, it.key()).arg(param->minimum));
        this->*(param->field) = int(v);
    }
    return Ok{};
}

QJsonObject Policy::parametersJson() const
{
    QJsonObject o;
    for (const Param &p : kParams)
        o.insert(QString::fromLatin1(p.key), this->*(p.field));
    return o;
}

QJsonObject Policy::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("effective_from"), effectiveFrom},
            {QStringLiteral("parameters"), parametersJson()}};
}

Result<Policy> Policy::fromJson(const QJsonObject &o)
{
    Policy p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.version = o.value(QStringLiteral("version")).toInt(0);
    p.effectiveFrom = qint64(o.value(QStringLiteral("effective_from")).toDouble(-1));
    if (p.id.isEmpty() || p.version < 1 || p.effectiveFrom < 0)
        return Error::badInput(QCoreApplication::translate("hc::policy::Policy", "policy: id, version ≥ 1 and effective_from are required"));
    if (Status s = p.applyOverrides(o.value(QStringLiteral("parameters")).toObject()); !s)
        return s.error();
    return p;
}

} // namespace hc::policy
