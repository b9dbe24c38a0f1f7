#include "CodeColors.h"

#include <QCoreApplication>

namespace hc {

QColor codeBackground(policy::Color c)
{
    switch (c) {
    case policy::Color::Green: return QColor(0x2e, 0x7d, 0x32);
    case policy::Color::Yellow: return QColor(0xf9, 0xa8, 0x25);
    case policy::Color::Red: return QColor(0xc6, 0x28, 0x28);
    case policy::Color::Gray: break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor codeForeground(policy::Color c)
{
    return c == policy::Color::Yellow ? QColor(Qt::black) : QColor(Qt::white);
}

QString colorLabel(policy::Color c)
{
    switch (c) {
    case policy::Color::Green: return QCoreApplication::translate("hc::CodeColors", "Green");
    case policy::Color::Yellow: return QCoreApplication::translate("hc::CodeColors", "Yellow");
    case policy::Color::Red: return QCoreApplication::translate("hc::CodeColors", "Red");
    case policy::Color::Gray: break;
    }
    return QCoreApplication::translate("hc::CodeColors", "Gray");
}

QString conditionKindLabel(policy::ConditionKind k)
{
    using K = policy::ConditionKind;
    switch (k) {
    case K::Case: return QCoreApplication::translate("hc::CodeColors", "Confirmed or asymptomatic case");
    case K::Suspected: return QCoreApplication::translate("hc::CodeColors", "Suspected case");
    case K::CloseContact: return QCoreApplication::translate("hc::CodeColors", "Close contact");
    case K::Observation: return QCoreApplication::translate("hc::CodeColors", "Medical observation");
    case K::ResidentHigh: return QCoreApplication::translate("hc::CodeColors", "Resident of a high-risk area");
    case K::ResidentMedium: return QCoreApplication::translate("hc::CodeColors", "Resident of a medium-risk area");
    case K::StayHigh: return QCoreApplication::translate("hc::CodeColors", "Stay in a high-risk area");
    case K::StayMedium: return QCoreApplication::translate("hc::CodeColors", "Stay in a medium-risk area");
    case K::CoTraveller: return QCoreApplication::translate("hc::CodeColors", "Co-traveller of a case");
    case K::Symptoms: return QCoreApplication::translate("hc::CodeColors", "Fever clinic or symptoms");
    case K::Arrival: return QCoreApplication::translate("hc::CodeColors", "Arrival from another province");
    case K::Manual: return QCoreApplication::translate("hc::CodeColors", "Manual order");
    }
    return {};
}

QString basisKindLabel(const QString &key)
{
    if (key == QLatin1String("case_report"))
        return QCoreApplication::translate("hc::CodeColors", "Case report");
    if (key == QLatin1String("risk_declaration"))
        return QCoreApplication::translate("hc::CodeColors", "Risk-area declaration");
    if (key == QLatin1String("exposure_record"))
        return QCoreApplication::translate("hc::CodeColors", "Exposure record");
    if (key == QLatin1String("appeal_decision"))
        return QCoreApplication::translate("hc::CodeColors", "Appeal decision");
    if (key == QLatin1String("manual_order"))
        return QCoreApplication::translate("hc::CodeColors", "Manual order");
    if (key == QLatin1String("health_declaration"))
        return QCoreApplication::translate("hc::CodeColors", "Health declaration");
    return key;
}

} // namespace hc
