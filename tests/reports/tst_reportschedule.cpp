// The daily report's schedule: its settings kept in QSettings, the next and last scheduled times in UTC+8 whatever
// the machine's zone, which day is due, and a day already written (by the schedule or found in the folder).
#include "ReportSchedule.h"
#include "TimeUtil.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;
using namespace hc::reports;

namespace {

qint64 china(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), time::chinaZone()).toSecsSinceEpoch();
}

ScheduleSettings settingsIn(const QString &folder, QTime at = QTime(8, 0), bool sameDay = false)
{
    ScheduleSettings s;
    s.enabled = true;
    s.folder = folder;
    s.at = at;
    s.sameDay = sameDay;
    return s;
}

} // namespace

class tst_ReportSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        // UTC+8 decides, not the machine's zone (CMake runs this test with TZ=America/New_York).
        QVERIFY(m_tmp.isValid());
    }

    void settingsRoundTrip()
    {
        const QString file = m_tmp.filePath(QStringLiteral("hc.ini"));
        {
            QSettings s(file, QSettings::IniFormat);
            const ScheduleSettings none = ScheduleSettings::load(s);
            QVERIFY(!none.enabled);
            QCOMPARE(none.at, QTime(8, 0));
            settingsIn(QStringLiteral("/srv/reports"), QTime(17, 30), true).save(s);
        }
        QSettings s(file, QSettings::IniFormat);
        QCOMPARE(s.value(QStringLiteral("reports/schedule/at")).toString(), QStringLiteral("17:30"));
        QCOMPARE(ScheduleSettings::load(s), settingsIn(QStringLiteral("/srv/reports"), QTime(17, 30), true));
    }

    void runTimesInChinaTime()
    {
        const ReportSchedule s(settingsIn(m_tmp.path(), QTime(8, 0)));
        // 07:59 UTC+8: the last run was yesterday 08:00, the next is today 08:00.
        QCOMPARE(s.lastRunAt(china(2022, 11, 2, 7, 59)), china(2022, 11, 1, 8));
        QCOMPARE(s.nextRunAt(china(2022, 11, 2, 7, 59)), china(2022, 11, 2, 8));
        // At 08:00 exactly the run is due: it is the last one, the next is tomorrow.
        QCOMPARE(s.lastRunAt(china(2022, 11, 2, 8)), china(2022, 11, 2, 8));
        QCOMPARE(s.nextRunAt(china(2022, 11, 2, 8)), china(2022, 11, 3, 8));
        // Just after midnight UTC+8 (still the day before in UTC): the day is the Chinese one.
        QCOMPARE(s.nextRunAt(china(2022, 11, 3, 0, 30)), china(2022, 11, 3, 8));
        // Month and year ends.
        QCOMPARE(s.nextRunAt(china(2022, 12, 31, 9)), china(2023, 1, 1, 8));
    }

    void dueDayBeforeAndAfterTheTime()
    {
        const ReportSchedule previous(settingsIn(m_tmp.path(), QTime(8, 0)));
        // Before 08:00 on 11-02, the run of 11-01 08:00 covers 10-31; after it, 11-01.
        QCOMPARE(previous.dueDay(china(2022, 11, 2, 7), {}), QDate(2022, 10, 31));
        QCOMPARE(previous.dueDay(china(2022, 11, 2, 8), {}), QDate(2022, 11, 1));
        QCOMPARE(previous.dueDay(china(2022, 11, 2, 8), QDate(2022, 10, 31)), QDate(2022, 11, 1));
        QCOMPARE(previous.dueDay(china(2022, 11, 2, 8), QDate(2022, 11, 1)), std::nullopt);
        // Days missed while the console was closed: only the latest is written.
        QCOMPARE(previous.dueDay(china(2022, 11, 9, 12), QDate(2022, 11, 1)), QDate(2022, 11, 8));

        const ReportSchedule sameDay(settingsIn(m_tmp.path(), QTime(18, 0), true));
        QCOMPARE(sameDay.dueDay(china(2022, 11, 2, 17, 59), {}), QDate(2022, 11, 1));
        QCOMPARE(sameDay.dueDay(china(2022, 11, 2, 18), {}), QDate(2022, 11, 2));
        QCOMPARE(sameDay.dueDay(china(2022, 11, 2, 23), QDate(2022, 11, 2)), std::nullopt);
    }

    void fileNameAndWrittenAlready()
    {
        QCOMPARE(ReportSchedule::fileName(QStringLiteral("370303"), QDate(2022, 11, 1)),
                 QStringLiteral("疫情防控日报-daily-370303-20221101.zip"));
        QCOMPARE(ReportSchedule::fileName(QString(), QDate(2022, 11, 1)), QStringLiteral("疫情防控日报-daily-all-20221101.zip"));

        QTemporaryDir folder;
        const ReportSchedule s(settingsIn(folder.path()));
        const qint64 now = china(2022, 11, 2, 9);
        auto d = s.decide(now, {}, QStringLiteral("370303"));
        QCOMPARE(d.state, ReportSchedule::Decision::Due);
        QCOMPARE(d.day, QDate(2022, 11, 1));
        QCOMPARE(d.nextAt, china(2022, 11, 3, 8));
        // Written by hand (or by another console on this folder): done, not written twice.
        QFile f(s.filePath(QStringLiteral("370303"), QDate(2022, 11, 1)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(s.written(QStringLiteral("370303"), QDate(2022, 11, 1)));
        QCOMPARE(s.decide(now, {}, QStringLiteral("370303")).state, ReportSchedule::Decision::Done);
        // Another division's file is not this one.
        QCOMPARE(s.decide(now, {}, QStringLiteral("370302")).state, ReportSchedule::Decision::Due);
        // Written by the schedule: done until the next run.
        d = s.decide(now, QDate(2022, 11, 1), QStringLiteral("370302"));
        QCOMPARE(d.state, ReportSchedule::Decision::Done);
        QCOMPARE(d.day, QDate(2022, 11, 1));
        QCOMPARE(s.decide(china(2022, 11, 3, 8), QDate(2022, 11, 1), QStringLiteral("370302")).day, QDate(2022, 11, 2));
    }

    void offAndBlockedSayWhy()
    {
        ScheduleSettings off = settingsIn(m_tmp.path());
        off.enabled = false;
        QCOMPARE(ReportSchedule(off).decide(china(2022, 11, 2, 9), {}, QStringLiteral("370303")).state, ReportSchedule::Decision::Off);
        QVERIFY(ReportSchedule(off).problem().isEmpty());

        const auto noFolder = ReportSchedule(settingsIn(QString())).decide(china(2022, 11, 2, 9), {}, QStringLiteral("370303"));
        QCOMPARE(noFolder.state, ReportSchedule::Decision::Blocked);
        QVERIFY(noFolder.problem.contains(QLatin1String("folder")));
        const QString missing = m_tmp.filePath(QStringLiteral("gone"));
        const auto gone = ReportSchedule(settingsIn(missing)).decide(china(2022, 11, 2, 9), {}, QStringLiteral("370303"));
        QCOMPARE(gone.state, ReportSchedule::Decision::Blocked);
        QVERIFY2(gone.problem.contains(QDir::toNativeSeparators(missing)), qPrintable(gone.problem));
    }
};

QTEST_GUILESS_MAIN(tst_ReportSchedule)
#include "tst_reportschedule.moc"
