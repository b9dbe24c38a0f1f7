// Issue 17: a console sees what another desk changed within 2 s without a manual refresh (LISTEN/NOTIFY on the
// server, the file's data_version on SQLite), ignores its own notices, and says when the server went away and when it
// is back.
#include "ChangeWatcher.h"
#include "Database.h"
#include "HcctlProcess.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("s3cret-pass");
using hctest::Run;
} // namespace

class TestChangeWatcher : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run hcctl(const QStringList &args) const
    {
        return hctest::runHcctl(m_dir.path(), QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("root")} + args,
                                kPassword);
    }

private slots:
    void initTestCase()
    {
        qputenv("HCCTL_NEW_PASSWORD", kPassword.toUtf8());
        m_db = testdb::fresh(m_dir);
        const Run r = hctest::runHcctl(m_dir.path(), {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root")},
                                       kPassword);
        QVERIFY2(r.code == 0, r.describe().constData());
    }

    // Another process adds an official: this console hears of it within 2 s.
    void anotherDeskWithinTwoSeconds()
    {
        hc::Database db(m_db);
        QVERIFY(db.open().ok());
        hc::ChangeWatcher watcher(db);
        QSignalSpy changed(&watcher, &hc::ChangeWatcher::changed);
        watcher.start();
        QTest::qWait(hc::ChangeWatcher::kPollMs * 2);
        changed.clear();
        const Run r = hcctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sun"), QStringLiteral("--roles"), QStringLiteral("auditor")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QElapsedTimer t;
        t.start();
        QVERIFY(changed.count() > 0 || changed.wait(2000));
        qInfo("heard of the change %lld ms after hcctl returned", t.elapsed());
        // Nothing more when nothing more happens.
        changed.clear();
        QTest::qWait(hc::ChangeWatcher::kPollMs * 3);
        QCOMPARE(changed.count(), 0);
    }

    // The server: this process's own commits carry its tag and do not make it refresh again.
    void ownNoticesIgnored()
    {
        if (!testdb::isPostgres())
            QSKIP("SQLite's data_version cannot tell this process's other connections from another process");
        hc::Database db(m_db);
        QVERIFY(db.open().ok());
        hc::ChangeWatcher watcher(db);
        QSignalSpy changed(&watcher, &hc::ChangeWatcher::changed);
        watcher.start();
        {
            hc::Transaction tx(db.connection());
            QVERIFY(tx.begun());
            QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("UPDATE meta SET value = value WHERE key = 'schema_version'")));
            QVERIFY(tx.commit().ok());
        }
        QTest::qWait(hc::ChangeWatcher::kPollMs * 3);
        QCOMPARE(changed.count(), 0);
    }

    // The server closes the console's connections (restarted, an administrator's pg_terminate_backend): it says so,
    // connects again by itself, and refreshes for what happened meanwhile.
    void serverAwayAndBack()
    {
        if (!testdb::isPostgres())
            QSKIP("a file does not go away");
        hc::Database db(m_db);
        QVERIFY(db.open().ok());
        hc::ChangeWatcher watcher(db);
        QSignalSpy lost(&watcher, &hc::ChangeWatcher::serverLost);
        QSignalSpy back(&watcher, &hc::ChangeWatcher::serverBack);
        QSignalSpy changed(&watcher, &hc::ChangeWatcher::changed);
        watcher.start();
        QVERIFY(!watcher.serverAway());
        {
            QSqlDatabase admin = testdb::open(m_db, QStringLiteral("terminator"));
            QSqlQuery q(admin);
            QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("terminator"));
        QVERIFY(lost.count() > 0 || lost.wait(3000));
        QVERIFY(!lost.first().first().toString().isEmpty());
        QVERIFY(back.count() > 0 || back.wait(10000));
        QVERIFY(!watcher.serverAway());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 2000);
        // And it hears the other desks again.
        changed.clear();
        const Run r = hcctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"), QStringLiteral("--roles"), QStringLiteral("auditor")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY(changed.count() > 0 || changed.wait(2000));
        // The console's own connection, dropped too, is opened again at its next use.
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM account")) && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
