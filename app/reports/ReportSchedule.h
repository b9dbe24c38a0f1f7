#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>
#include <optional>

class QSettings;

namespace hc::reports {

// The daily report written by itself (报表 → 每日自动生成): the commission's daily report (疫情防控日报), into a
// folder, once a day at a time of day in UTC+8. Kept in QSettings under reports/schedule/….
struct ScheduleSettings
{
    bool enabled = false;
    QString folder;
    QTime at = QTime(8, 0); // time of day, UTC+8
    // The report of the day itself up to `at`, rather than of the day before (0–24 时, complete: the default).
    bool sameDay = false;

    static ScheduleSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const ScheduleSettings &) const = default;
};

// What the schedule decides; the console only runs it on a timer and exports. Times are epoch seconds, days are
// calendar days in UTC+8.
class ReportSchedule
{
    Q_DECLARE_TR_FUNCTIONS(hc::reports::ReportSchedule)
public:
    explicit ReportSchedule(ScheduleSettings settings) : m_s(std::move(settings)) {}
    const ScheduleSettings &settings() const { return m_s; }

    // The last scheduled time at or before `now`, and the next one after it.
    qint64 lastRunAt(qint64 now) const;
    qint64 nextRunAt(qint64 now) const;
    // The day a run on `runDay` reports on: that day, or the day before.
    QDate dayCoveredBy(const QDate &runDay) const { return m_s.sameDay ? runDay : runDay.addDays(-1); }
    // The day whose report is due at `now`: the one the last scheduled time covers, unless a report of that day
    // (or a later one) was written already. Only the latest day is caught up: older ones are exported by hand.
    std::optional<QDate> dueDay(qint64 now, const QDate &lastWritten) const;

    // The package's file name as ReportExporter::defaultFileName gives it (疫情防控日报-daily-370303-20221101.zip);
    // `division` as the report normalises it ("" = the whole country).
    static QString fileName(const QString &division, const QDate &day);
    QString filePath(const QString &division, const QDate &day) const;
    bool written(const QString &division, const QDate &day) const; // its file is in the folder already

    // Why the schedule cannot write, in words (no folder, missing, not writable); empty when it can or is off.
    QString problem() const;

    struct Decision
    {
        enum State { Off, Blocked, Due, Done };
        State state = Off;
        QDate day;         // Due: the day to write; Done: the day the last scheduled time covered
        qint64 nextAt = 0; // the next scheduled time after now
        QString problem;   // Blocked: why
    };
    // Everything at once: off, blocked (problem()), due (write `day` now), or done (written already, by this
    // schedule or its file found in the folder).
    Decision decide(qint64 now, const QDate &lastWritten, const QString &division) const;

private:
    ScheduleSettings m_s;
};

} // namespace hc::reports
