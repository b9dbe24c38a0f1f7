// Integration: `hcctl cases import|preview|apply|revert` and `hcctl approve` draw their progress (the phase, the
// counts) on stderr when asked to (HCCTL_PROGRESS=1, as on a terminal), and their --json output on stdout is
// byte for byte what the same command prints without it, from the same database.
#include "HcctlProcess.h"
#include "TestDatabase.h"
#include "TestConfig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kPassword = QStringLiteral("s3cret-pass");

hctest::Run runWith(const QString &home, const QStringList &args, const QByteArray &progress)
{
    QHash<QString, QString> env;
    if (!progress.isEmpty())
        env.insert(QStringLiteral("HCCTL_PROGRESS"), QString::fromLatin1(progress));
    return hctest::runHcctl(home, args, kPassword, {}, env);
}

QString shanghai(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

class TestHcctlProgress : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    hctest::Run as(const QString &db, const QString &user, const QStringList &args, const QByteArray &progress = "0") const
    {
        return runWith(m_dir->path(), QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + args, progress);
    }
    // Runs the command on a copy of the database without progress and on the database itself with it: the
    // same stdout, and stderr shows each phase. Returns the run with progress (the database goes on from it).
    hctest::Run both(const QString &user, const QStringList &args, const QStringList &phases)
    {
        const QString quietDb = testdb::copy(m_db, *m_dir, QStringLiteral("quiet.sqlite"));
        if (quietDb.isEmpty())
            qWarning("cannot copy the database");
        const hctest::Run quiet = as(quietDb, user, args, "0");
        const hctest::Run shown = as(m_db, user, args, "1");
        if (shown.out != quiet.out || shown.code != quiet.code)
            qWarning() << "with progress:" << shown.describe() << "\nwithout:" << quiet.describe();
        m_same = m_same && shown.out == quiet.out && shown.code == quiet.code;
        for (const QString &phase : phases)
            if (!QString::fromUtf8(shown.err).contains(phase)) {
                qWarning() << "no" << phase << "in" << shown.err;
                m_phases = false;
            }
        // Without a terminal nor HCCTL_PROGRESS nothing extra goes to stderr.
        m_quiet = m_quiet && !quiet.err.contains("%");
        return shown;
    }
    bool m_same = true, m_phases = true, m_quiet = true;

private slots:
    void initTestCase()
    {
        qputenv("HCCTL_NEW_PASSWORD", kPassword.toUtf8());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = testdb::fresh(*m_dir, QStringLiteral("hc.sqlite"));
        QCOMPARE(hctest::runHcctl(m_dir->path(), {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"),
                                                  QStringLiteral("admin")},
                                  kPassword)
                     .code,
                 0);
        auto ok = [&](const QStringList &args) {
            const hctest::Run r = as(m_db, QStringLiteral("admin"), args);
            QVERIFY2(r.code == 0, r.describe().constData());
        };
        ok({QStringLiteral("commission"), QStringLiteral("set"), QStringLiteral("--division"), QStringLiteral("370303"),
            QStringLiteral("--name"), QStringLiteral("张店区卫生健康局")});
        ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao"), QStringLiteral("--roles"),
            QStringLiteral("epidemiologist"), QStringLiteral("--jurisdiction"), QStringLiteral("370303")});
        ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang"), QStringLiteral("--roles"),
            QStringLiteral("supervisor"), QStringLiteral("--jurisdiction"), QStringLiteral("3703")});
        ok({QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--holders"), QStringLiteral("5000"),
            QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--days"), QStringLiteral("1"),
            QStringLiteral("--scans-per-day"), QStringLiteral("0"), QStringLiteral("--focus"), QStringLiteral("370303"),
            QStringLiteral("--focus-share"), QStringLiteral("0.8")});
    }

    void progressOnStderrJsonUnchanged()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch(), visit = now - 6 * 3600;
        // A venue every holder of the county scanned (above the approval threshold), and a small household batch.
        {
            QSqlDatabase db = testdb::connection(m_db, QStringLiteral("setup"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO scan_record(holder_id, venue_code, division_code, at, color)"
                                          " SELECT id, 'V-HALL', home_division, %1 + (id % 3000), color FROM holder"
                                          " WHERE home_division LIKE '370303%'")
                               .arg(visit)));
            QVERIFY(q.exec(QStringLiteral("SELECT id_number FROM holder WHERE home_division LIKE '370303%' ORDER BY id LIMIT 1")) && q.next());
            m_caseId = q.value(0).toString();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        const QString hall = m_dir->filePath(QStringLiteral("hall.csv"));
        QFile f(hall);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("case_ref,id_number,class,report_time,exposure,venue_code,from,to\n"
                               "C-1,%1,confirmed,%2,venue,V-HALL,%3,%4\n"
                               "C-1,%1,confirmed,%2,venue,V-HALL,%3,%4\n") // a duplicate: left out with --valid-rows
                    .arg(m_caseId, shanghai(now - 3600), shanghai(visit), shanghai(visit + 3600))
                    .toUtf8());
        f.close();

        const QString reading = QStringLiteral("Reading and checking the rows");
        hctest::Run r = both(QStringLiteral("zhao"), {QStringLiteral("cases"), QStringLiteral("import"), hall, QStringLiteral("--json")},
                             {reading});
        QCOMPARE(r.code, 2); // refused: a bad row
        r = both(QStringLiteral("zhao"),
                 {QStringLiteral("cases"), QStringLiteral("import"), hall, QStringLiteral("--valid-rows"), QStringLiteral("--json")},
                 {reading, QStringLiteral("Saving the batch")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QString batch = QString::number(r.json().value(QStringLiteral("batch")).toInteger());
        const QString tracing = QStringLiteral("Tracing contacts");
        r = both(QStringLiteral("zhao"), {QStringLiteral("cases"), QStringLiteral("preview"), batch, QStringLiteral("--json")},
                 {tracing, QStringLiteral("Reading the holders")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY(r.json().value(QStringLiteral("needs_approval")).toBool());
        r = both(QStringLiteral("zhao"), {QStringLiteral("cases"), QStringLiteral("apply"), batch, QStringLiteral("--json")},
                 {tracing, QStringLiteral("Filing the approval request")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QString approval = QString::number(r.json().value(QStringLiteral("approval")).toInteger());
        QVERIFY(approval != QLatin1String("0"));
        r = both(QStringLiteral("wang"), {QStringLiteral("approve"), approval, QStringLiteral("--json")},
                 {tracing, QStringLiteral("Writing conditions and colors")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        r = both(QStringLiteral("zhao"),
                 {QStringLiteral("cases"), QStringLiteral("revert"), batch, QStringLiteral("--reason"), QStringLiteral("病例订正：编号重复"),
                  QStringLiteral("--json")},
                 {QStringLiteral("Re-evaluating the holders")});
        QVERIFY2(r.code == 0, r.describe().constData());

        // A batch under the threshold is applied at once.
        const QString home = m_dir->filePath(QStringLiteral("home.csv"));
        QFile g(home);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QStringLiteral("case_ref,id_number,class,report_time\nC-2,%1,confirmed,%2\n").arg(m_caseId, shanghai(now - 1800)).toUtf8());
        g.close();
        r = both(QStringLiteral("zhao"), {QStringLiteral("cases"), QStringLiteral("import"), home, QStringLiteral("--json")}, {reading});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QString small = QString::number(r.json().value(QStringLiteral("batch")).toInteger());
        r = both(QStringLiteral("zhao"), {QStringLiteral("cases"), QStringLiteral("apply"), small, QStringLiteral("--json")},
                 {tracing, QStringLiteral("Writing conditions and colors")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

        QVERIFY2(m_same, "--json stdout differs with progress on stderr");
        QVERIFY2(m_phases, "a phase is missing from stderr");
        QVERIFY2(m_quiet, "progress without HCCTL_PROGRESS nor a terminal");
    }

private:
    QString m_caseId;
};

QTEST_GUILESS_MAIN(TestHcctlProgress)
#include "tst_hcctlprogress.moc"
