#include "ReportSchedule.h"

#include "Report.h"
#include "TimeUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace hc::reports {

namespace {

const QString kEnabled = QStringLiteral("reports/schedule/enabled");
const QString kFolder = QStringLiteral("reports/schedule/folder");
const QString kAt = QStringLiteral("reports/schedule/at");
const QString kSameDay = QStringLiteral("reports/schedule/same_day");

qint64 at(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, time::chinaZone()).toSecsSinceEpoch();
}

QDate dayOf(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, time::chinaZone()).date();
}

} // namespace

ScheduleSettings ScheduleSettings::load(QSettings &settings)
{
    ScheduleSettings s;
    s.enabled = settings.value(kEnabled, false).toBool();
    s.folder = settings.value(kFolder).toString();
    const QTime t = QTime::fromString(settings.value(kAt).toString(), QStringLiteral("HH:mm"));
    if (t.isValid())
        s.at = t;
    s.sameDay = settings.value(kSameDay, false).toBool();
    return s;
}

void ScheduleSettings::save(QSettings &settings) const
{
    settings.setValue(kEnabled, enabled);
    settings.setValue(kFolder, folder);
    settings.setValue(kAt, at.toString(QStringLiteral("HH:mm")));
    settings.setValue(kSameDay, sameDay);
}

qint64 ReportSchedule::lastRunAt(qint64 now) const
{
    const QDate today = dayOf(now);
    const qint64 t = at(today, m_s.at);
    return t <= now ? t : at(today.addDays(-1), m_s.at);
}

qint64 ReportSchedule::nextRunAt(qint64 now) const
{
    const QDate today = dayOf(now);
    const qint64 t = at(today, m_s.at);
    return t > now ? t : at(today.addDays(1), m_s.at);
}

std::optional<QDate> ReportSchedule::dueDay(qint64 now, const QDate &lastWritten) const
{
    const QDate covered = dayCoveredBy(dayOf(lastRunAt(now)));
    if (lastWritten.isValid() && lastWritten >= covered)
        return std::nullopt;
    return covered;
}

QString ReportSchedule::fileName(const QString &division, const QDate &day)
{
    // ReportExporter::defaultFileName: the title without spaces, then the report's file stem (DailyReport.cpp).
    return reportKindTitle(ReportKind::Daily).simplified().remove(QLatin1Char(' ')) + QStringLiteral("-daily-")
           + (division.isEmpty() ? QStringLiteral("all") : division) + QLatin1Char('-') + day.toString(QStringLiteral("yyyyMMdd"))
           + QStringLiteral(".zip");
}

QString ReportSchedule::filePath(const QString &division, const QDate &day) const
{
    return QDir(m_s.folder).filePath(fileName(division, day));
}

bool ReportSchedule::written(const QString &division, const QDate &day) const
{
    return !m_s.folder.isEmpty() && QFileInfo::exists(filePath(division, day));
}

QString ReportSchedule::problem() const
{
    if (!m_s.enabled)
        return {};
    if (m_s.folder.trimmed().isEmpty())
        return tr("Choose the folder the daily report is written to.");
    const QFileInfo dir(m_s.folder);
    if (!dir.exists() || !dir.isDir())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(m_s.folder));
    if (!dir.isWritable())
        return tr("The folder %1 cannot be written to.").arg(QDir::toNativeSeparators(m_s.folder));
    return {};
}

ReportSchedule::Decision ReportSchedule::decide(qint64 now, const QDate &lastWritten, const QString &division) const
{
    Decision d;
    d.nextAt = nextRunAt(now);
    if (!m_s.enabled)
        return d;
    d.problem = problem();
    if (!d.problem.isEmpty()) {
        d.state = Decision::Blocked;
        return d;
    }
    const auto due = dueDay(now, lastWritten);
    d.day = due.value_or(dayCoveredBy(dayOf(lastRunAt(now))));
    d.state = due && !written(division, *due) ? Decision::Due : Decision::Done;
    return d;
}

} // namespace hc::reports
