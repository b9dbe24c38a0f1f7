#pragma once
#include "Result.h"
#include "RiskLevel.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace hc {

struct NationalEntry
{
    RiskLevel level = RiskLevel::High; // Low for lowlist entries
    int index = 0;                     // position in its list
    QString province;
    QString city;
    QString county;
    QString areaName;
    QStringList communities;
};

// The platform's 2022 JSON form: {"data": {"end_update_time": "2022-11-01 08时", "highlist": [...], ...}}.
struct NationalList
{
    QDateTime time; // end_update_time, UTC+8
    QString timeText;
    QList<NationalEntry> entries;
    QByteArray sha256;
    QByteArray raw; // the file as read: a local import keeps it, so the approval applies exactly what was shown

    static Result<NationalList> parse(const QByteArray &json);
    static Result<NationalList> load(const QString &path);
};

} // namespace hc
