#pragma once
#include "Policy.h"
#include "RiskLevel.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace hc::policy {

// A timeline scenario (SCENARIOS.md), parsed and validated: every bad field is named by its JSON path.
struct Scenario
{
    enum class Type {
        Declaration, RiskArea, Stay, Case, Discharge, RuledOut, CloseContact, CoTraveller,
        ObservationStart, ObservationEnd, FeverClinic, Arrival, Manual, Void
    };
    enum class CaseClass { Confirmed, Asymptomatic, Suspected };

    struct Holder
    {
        QString id;
        QString home;    // normalised division code ("" when not given)
        QString address; // normalised sub-area text
        std::optional<qint64> created;
    };
    struct Event
    {
        int index = 0; // position in the input `events`
        qint64 at = 0;
        Type type = Type::Declaration;
        int holder = -1; // index into holders
        // Per type; unused fields keep their defaults.
        QStringList symptoms;
        QString division;
        RiskLevel level = RiskLevel::Low;
        QStringList subareas; // normalised
        int minutes = 0;
        QString address; // normalised, for a stay
        CaseClass caseClass = CaseClass::Confirmed;
        qint64 exposure = 0;
        QString fromProvince;
        Color color = Color::Red;
        std::optional<qint64> until;
        QStringList approvers;
        ConditionKind voidKind = ConditionKind::Manual;
    };
    struct Ask
    {
        int holder = -1;
        qint64 at = 0;
        QString atText; // echoed as written
    };

    Policy policy;
    QList<Holder> holders;
    QList<Event> events; // in input order
    QList<Ask> asks;

    static Result<Scenario> parse(const QByteArray &json);
    // 2/4/6/9/12 digits; only the six-digit forms 370000 and 370300 are read as province and city.
    static std::optional<QString> normaliseDivision(const QString &code);
};

} // namespace hc::policy
