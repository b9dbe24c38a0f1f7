// The concurrency harness (issue 16): N real hcctl processes started together on the same object, for each state
// transition, and exactly one effect. Every transition re-checks its precondition inside its write transaction;
// before that, three `cases apply` of one batch all exited 0 and wrote three conditions per holder.
#include "HcctlProcess.h"
#include "TestDatabase.h"
#include "TestConfig.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kPassword = QStringLiteral("s3cret-pass");
constexpr int kRacers = 6;
using hctest::Run;

qint64 scalar(const QString &path, const QString &sql)
{
    static int n = 0;
    const QString name = QStringLiteral("tst_hcctlraces_%1").arg(++n);
    qint64 out = -1;
    {
        QSqlDatabase db = testdb::connection(path, name);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                out = q.value(0).toLongLong();
            else
                qWarning() << sql << "failed";
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QString shanghai(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Exactly one run exited 0 and every other one 1 (refused, with a sentence on stderr).
QByteArray exactlyOneWon(const std::vector<Run> &runs)
{
    int won = 0;
    QByteArray problems;
    for (const Run &r : runs) {
        if (r.code == 0)
            ++won;
        else if (r.code != 1 || r.err.trimmed().isEmpty() || r.err.contains("SQL"))
            problems += r.describe() + '\n';
    }
    if (won != 1)
        problems += "winners: " + QByteArray::number(won) + '\n';
    if (!problems.isEmpty())
        for (const Run &r : runs)
            problems += "-- " + r.describe() + '\n';
    return problems;
}

} // namespace

class TestHcctlRaces : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_now = 0;

    QStringList as(const QString &user, const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} + args;
    }
    Run run(const QString &user, const QStringList &args) const { return hctest::runHcctl(m_dir.path(), as(user, args), kPassword); }
    std::vector<Run> race(const QString &user, const QStringList &args, int n = kRacers) const
    {
        return hctest::runHcctlTogether(m_dir.path(), QList<QStringList>(n, as(user, args)), kPassword);
    }
    qint64 count(const QString &sql) const { return scalar(m_db, sql); }

    // A case batch naming everybody who scanned `venue` (n holders of 370303) during the case's visit.
    QString importBatch(const QString &venue, int holders, const QString &caseRef)
    {
        const qint64 visit = m_now - 6 * 3600;
        count(QStringLiteral("INSERT INTO scan_record(holder_id, venue_code, division_code, at, color)"
                             " SELECT id, '%1', home_division, %2 + (id % 3000), color FROM holder"
                             " WHERE home_division LIKE '370303%' AND color = 0 ORDER BY id LIMIT %3 RETURNING 1")
                  .arg(venue)
                  .arg(visit)
                  .arg(holders));
        const QString caseId = idOf(QStringLiteral("id IN (SELECT holder_id FROM scan_record WHERE venue_code = '%1')").arg(venue));
        const QString file = m_dir.filePath(caseRef + QStringLiteral(".csv"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("case_ref,id_number,class,report_time,exposure,venue_code,from,to\n%1,%2,confirmed,%3,venue,%4,%5,%6\n")
                    .arg(caseRef, caseId, shanghai(m_now - 3600), venue, shanghai(visit), shanghai(visit + 3600))
                    .toUtf8());
        f.close();
        const Run imported = run(QStringLiteral("zhao"), {QStringLiteral("cases"), QStringLiteral("import"), file, QStringLiteral("--json")});
        if (imported.code != 0)
            qWarning() << imported.describe();
        return QString::number(imported.json().value(QStringLiteral("batch")).toInteger());
    }
    QString idOf(const QString &where) const
    {
        QString out;
        {
            QSqlDatabase db = testdb::connection(m_db, QStringLiteral("idof"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT id_number FROM holder WHERE %1 ORDER BY id LIMIT 1").arg(where)) && q.next())
                    out = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("idof"));
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HCCTL_NEW_PASSWORD", kPassword.toUtf8());
        m_now = QDateTime::currentSecsSinceEpoch();
        m_db = testdb::fresh(m_dir, QStringLiteral("hc.sqlite"));
        const Run init = hctest::runHcctl(m_dir.path(), {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"),
                                                         QStringLiteral("admin")},
                                          kPassword);
        QVERIFY2(init.code == 0, init.describe().constData());
        const QList<QStringList> setup{
            {QStringLiteral("commission"), QStringLiteral("set"), QStringLiteral("--division"), QStringLiteral("370303"),
             QStringLiteral("--name"), QStringLiteral("张店区卫生健康局")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao"), QStringLiteral("--roles"),
             QStringLiteral("epidemiologist,operator"), QStringLiteral("--jurisdiction"), QStringLiteral("370303")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang"), QStringLiteral("--roles"), QStringLiteral("supervisor"),
             QStringLiteral("--jurisdiction"), QStringLiteral("3703")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("qian"), QStringLiteral("--roles"), QStringLiteral("reviewer"),
             QStringLiteral("--jurisdiction"), QStringLiteral("3703")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("victim"), QStringLiteral("--roles"), QStringLiteral("operator"),
             QStringLiteral("--jurisdiction"), QStringLiteral("370303")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sun"), QStringLiteral("--roles"), QStringLiteral("auditor")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("song"), QStringLiteral("--roles"), QStringLiteral("supervisor"),
             QStringLiteral("--jurisdiction"), QStringLiteral("370303")},
            {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--holders"), QStringLiteral("3000"), QStringLiteral("--seed"),
             QStringLiteral("16"), QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--scans-per-day"), QStringLiteral("0"),
             QStringLiteral("--focus"), QStringLiteral("370303"), QStringLiteral("--focus-share"), QStringLiteral("0.9")}};
        for (const QStringList &args : setup) {
            const Run r = run(QStringLiteral("admin"), args);
            QVERIFY2(r.code == 0, r.describe().constData());
        }
    }

    // Below the four-eyes threshold `cases apply` writes at once: one apply, one condition per holder.
    void directApply()
    {
        const QString batch = importBatch(QStringLiteral("V-SHOP"), 60, QStringLiteral("C-SHOP"));
        QVERIFY(batch.toLongLong() > 0);
        const auto runs = race(QStringLiteral("zhao"), {QStringLiteral("cases"), QStringLiteral("apply"), batch, QStringLiteral("--json")});
        const QByteArray problems = exactlyOneWon(runs);
        QVERIFY2(problems.isEmpty(), problems.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'cases.apply' AND object = 'case_batch:%1'").arg(batch)), 1);
        const qint64 conditions = count(QStringLiteral("SELECT COUNT(*) FROM condition WHERE batch_id = %1").arg(batch));
        QVERIFY(conditions >= 60);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT holder_id) FROM condition WHERE batch_id = %1").arg(batch)), conditions);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'case_batch.applied' AND object = 'case_batch:%1'").arg(batch)), 1);

        // And reverted once.
        const auto reverts = race(QStringLiteral("zhao"), {QStringLiteral("cases"), QStringLiteral("revert"), batch, QStringLiteral("--reason"),
                                                           QStringLiteral("病例编号录入错误")});
        const QByteArray again = exactlyOneWon(reverts);
        QVERIFY2(again.isEmpty(), again.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'cases.revert' AND object = 'case_batch:%1'").arg(batch)), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM condition WHERE batch_id = %1").arg(batch)), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM condition_voided WHERE batch_id = %1").arg(batch)), conditions);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'case_batch.reverted' AND object = 'case_batch:%1'").arg(batch)), 1);
    }

    // Above it: one approval request filed, then one approval by the second official, one apply.
    void requestThenApprove()
    {
        const QString batch = importBatch(QStringLiteral("V-STADIUM"), 1500, QStringLiteral("C-STADIUM"));
        QVERIFY(batch.toLongLong() > 0);
        const auto requests = race(QStringLiteral("zhao"), {QStringLiteral("cases"), QStringLiteral("apply"), batch, QStringLiteral("--json")});
        QByteArray problems = exactlyOneWon(requests);
        QVERIFY2(problems.isEmpty(), problems.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM approval WHERE object = 'case_batch:%1'").arg(batch)), 1);
        const QString approval = QString::number(count(QStringLiteral("SELECT id FROM approval WHERE object = 'case_batch:%1'").arg(batch)));

        const auto approvals = race(QStringLiteral("wang"), {QStringLiteral("approve"), approval});
        problems = exactlyOneWon(approvals);
        QVERIFY2(problems.isEmpty(), problems.constData());
        // The officials who lost read who decided and when.
        for (const Run &r : approvals)
            if (r.code == 1)
                QVERIFY2(r.err.contains("already approved by wang at "), r.describe().constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'approval.approve' AND object = 'approval:%1'").arg(approval)), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'cases.apply' AND object = 'case_batch:%1'").arg(batch)), 1);
        const qint64 conditions = count(QStringLiteral("SELECT COUNT(*) FROM condition WHERE batch_id = %1").arg(batch));
        QVERIFY(conditions >= 1500);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT holder_id) FROM condition WHERE batch_id = %1").arg(batch)), conditions);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT holder_id) = COUNT(*) FROM batch_result WHERE batch_id = %1").arg(batch)), 1);
        QCOMPARE(count(QStringLiteral("SELECT status = 'approved' FROM approval WHERE id = %1").arg(approval)), 1);
    }

    // A national list from a file: its approval, the revert's request and the revert's approval, each raced.
    void nationalListFromAFile()
    {
        const QString list = QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/2022110108-3db87774.json");
        const Run requested = run(QStringLiteral("song"), {QStringLiteral("risk"), QStringLiteral("import-national"), list, QStringLiteral("--json")});
        QVERIFY2(requested.code == 0, requested.describe().constData());
        const QString request = QString::number(requested.json().value(QStringLiteral("request")).toInteger());
        const QString import = QString::number(requested.json().value(QStringLiteral("import")).toInteger());
        QByteArray problems = exactlyOneWon(race(QStringLiteral("wang"), {QStringLiteral("approve"), request}));
        QVERIFY2(problems.isEmpty(), problems.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'risk.import_national'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM national_import WHERE state = 'applied'")), 1);
        problems = exactlyOneWon(race(QStringLiteral("song"), {QStringLiteral("risk"), QStringLiteral("revert-national"), import}));
        QVERIFY2(problems.isEmpty(), problems.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM approval WHERE kind = 'national_revert'")), 1);
        const QString revert = QString::number(count(QStringLiteral("SELECT id FROM approval WHERE kind = 'national_revert'")));
        problems = exactlyOneWon(race(QStringLiteral("wang"), {QStringLiteral("approve"), revert}));
        QVERIFY2(problems.isEmpty(), problems.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'risk.revert_national'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT state = 'reverted' FROM national_import WHERE id = %1").arg(import)), 1);
    }

    // 3 rounds of 16 wrong passwords in parallel: every one counts, the account locks once, the right one is refused.
    void lockout()
    {
        for (int round = 0; round < 3; ++round) {
            const auto runs = hctest::runHcctlTogether(
                m_dir.path(),
                QList<QStringList>(16, as(QStringLiteral("victim"), {QStringLiteral("approvals"), QStringLiteral("list")})),
                QStringLiteral("wrong-password-%1").arg(round));
            for (const Run &r : runs)
                QVERIFY2(r.code == 1 && !r.err.contains("SQL"), r.describe().constData());
        }
        QVERIFY(count(QStringLiteral("SELECT failed_logins FROM account WHERE username = 'victim'")) >= 5);
        QCOMPARE(count(QStringLiteral("SELECT locked_at IS NOT NULL FROM account WHERE username = 'victim'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'account.lock' AND object = 'account:victim'")), 1);
        const Run right = run(QStringLiteral("victim"), {QStringLiteral("approvals"), QStringLiteral("list")});
        QVERIFY2(right.code == 1 && right.err.contains("locked"), right.describe().constData());
    }

    // A ticket's steps: taken once each, whoever races.
    void ticketSteps()
    {
        const QString holder = idOf(QStringLiteral("home_division LIKE '370303%'"));
        Run r = run(QStringLiteral("zhao"), {QStringLiteral("appeal"), QStringLiteral("file"), QStringLiteral("--number"),
                                             QStringLiteral("12345-0016"), QStringLiteral("--kind"), QStringLiteral("wrong_color"),
                                             QStringLiteral("--holder"), holder, QStringLiteral("--caller"), QStringLiteral("张先生"),
                                             QStringLiteral("--phone"), QStringLiteral("13800001111"), QStringLiteral("--complaint"),
                                             QStringLiteral("没去过该场所")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const auto assigns = race(QStringLiteral("zhao"), {QStringLiteral("appeal"), QStringLiteral("assign"), QStringLiteral("12345-0016"),
                                                            QStringLiteral("--to"), QStringLiteral("qian")});
        // Re-assigning an assigned ticket is allowed (received or assigned): each run is one event, none lost.
        for (const Run &a : assigns)
            QVERIFY2(a.code == 0 || (a.code == 1 && !a.err.contains("SQL")), a.describe().constData());
        const auto reviews = race(QStringLiteral("qian"), {QStringLiteral("appeal"), QStringLiteral("review"), QStringLiteral("12345-0016")});
        const QByteArray problems = exactlyOneWon(reviews);
        QVERIFY2(problems.isEmpty(), problems.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id"
                                      " WHERE t.number = '12345-0016' AND e.state = 'under_review'")),
                 1);
        const auto decisions = race(QStringLiteral("qian"), {QStringLiteral("appeal"), QStringLiteral("decide"), QStringLiteral("12345-0016"),
                                                             QStringLiteral("--reject"), QStringLiteral("--reason"), QStringLiteral("核查确有到访记录")});
        const QByteArray again = exactlyOneWon(decisions);
        QVERIFY2(again.isEmpty(), again.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'appeal.decided' AND object = 'ticket:12345-0016'")), 1);
    }

    // Issue 17: eight workstations (processes) writing at once for a minute (HC_WRITERS_SECONDS): every write commits,
    // the audit chain verifies, and the audit ids and outbox sequence numbers are gapless, in commit order.
    void eightWorkstationsWriting()
    {
        bool set = false;
        const int seconds = qEnvironmentVariableIntValue("HC_WRITERS_SECONDS", &set);
        QStringList holders;
        {
            QSqlDatabase db = testdb::open(m_db, QStringLiteral("writers"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM holder WHERE home_division LIKE '370303%' ORDER BY id LIMIT 400")));
            while (q.next())
                holders << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writers"));
        QVERIFY(holders.size() >= 100);
        const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        std::vector<std::unique_ptr<QProcess>> desks(8);
        int started = 0, succeeded = 0;
        QByteArray failures;
        auto collect = [&](QProcess &p) {
            if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
                ++succeeded;
            else
                failures += p.readAllStandardError() + '\n';
        };
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < qint64(set ? seconds : 60) * 1000) {
            for (auto &desk : desks) {
                if (desk && desk->state() != QProcess::NotRunning)
                    continue;
                if (desk)
                    collect(*desk);
                desk = std::make_unique<QProcess>();
                desk->setProcessEnvironment(hctest::hcctlEnvironment(m_dir.path(), kPassword));
                desk->setStandardInputFile(QProcess::nullDevice());
                QStringList args{QStringLiteral("holders"), QStringLiteral("declare"), holders.at(started % holders.size())};
                if (started % 3 == 0)
                    args << QStringLiteral("--symptoms") << QStringLiteral("fever");
                desk->start(qEnvironmentVariable("HCCTL"), as(QStringLiteral("zhao"), args));
                ++started;
            }
            QTest::qWait(5);
        }
        for (auto &desk : desks) {
            // waitForFinished() is false for a process that has already finished (its end seen in the last qWait).
            QVERIFY(desk->state() == QProcess::NotRunning || desk->waitForFinished(120000));
            collect(*desk);
        }
        qInfo("%d writes by 8 processes in %lld s", started, clock.elapsed() / 1000);
        QVERIFY2(failures.isEmpty(), failures.constData());
        QCOMPARE(succeeded, started);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")) >= auditBefore + started);
        for (const char *sql : {"SELECT COUNT(*) - (MAX(id) - MIN(id) + 1) FROM audit_log", "SELECT COUNT(*) - (MAX(seq) - MIN(seq) + 1) FROM outbox",
                                "SELECT MIN(id) FROM audit_log", "SELECT MIN(seq) FROM outbox"})
            QVERIFY2(count(QLatin1String(sql)) == (QByteArray(sql).contains("MIN(id) FROM") || QByteArray(sql).contains("MIN(seq) FROM") ? 1 : 0), sql);
        const Run verified = run(QStringLiteral("sun"), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(verified.code == 0, verified.describe().constData());
    }

    // A writer holding the database: hcctl says what it waits for, succeeds once the lock is free, and after its
    // documented wait (HCCTL_LOCK_WAIT, here 2 s) gives up with a sentence, having changed nothing.
    void waitsForTheLock()
    {
        QSqlDatabase holder = testdb::connection(m_db, QStringLiteral("holder"));
        QVERIFY(holder.open());
        {
            QSqlQuery q(holder);
            QVERIFY(testdb::holdWriterLock(q));
            auto start = [&](const QString &name) {
                auto p = std::make_unique<QProcess>();
                p->setProcessEnvironment(hctest::hcctlEnvironment(m_dir.path(), kPassword, {{QStringLiteral("HCCTL_LOCK_WAIT"), QStringLiteral("2")}}));
                p->setStandardInputFile(QProcess::nullDevice());
                p->start(qEnvironmentVariable("HCCTL"),
                         as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--roles"),
                                                      QStringLiteral("operator"), QStringLiteral("--jurisdiction"), QStringLiteral("370303")}));
                return p;
            };
            auto refused = start(QStringLiteral("late"));
            QVERIFY(refused->waitForFinished(60000));
            const QByteArray err = refused->readAllStandardError();
            QVERIFY2(refused->exitCode() == 1, err.constData());
            QVERIFY2(err.contains("waiting for the database") && err.contains("busy") && !err.contains("SQL"), err.constData());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM account WHERE username = 'late'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);

            auto waiting = start(QStringLiteral("patient"));
            QTest::qWait(1500);
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            QVERIFY(waiting->waitForFinished(60000));
            const QByteArray said = waiting->readAllStandardError();
            QVERIFY2(waiting->exitCode() == 0, said.constData());
            QVERIFY2(said.contains("waiting for the database"), said.constData());
        }
        holder.close();
        holder = {};
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account WHERE username = 'patient'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestHcctlRaces)
#include "tst_hcctlraces.moc"
