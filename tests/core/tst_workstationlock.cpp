// Issue 17: one workstation of a commission syncs at a time (WorkstationLock), and who has the turn is named.
#include "Database.h"
#include "SqlDialect.h"
#include "TestDatabase.h"

#include <QTemporaryDir>
#include <QtTest>

class TestWorkstationLock : public QObject
{
    Q_OBJECT

private slots:
    void oneDeskAtATime()
    {
        QTemporaryDir dir;
        const QString where = testdb::fresh(dir);
        hc::Database a(where), b(where);
        QVERIFY(a.open().ok());
        QVERIFY(b.open().ok());
        {
            const hc::WorkstationLock first(a.connection(), hc::sql::kSyncLock);
            QVERIFY(first.held());
            const hc::WorkstationLock second(b.connection(), hc::sql::kSyncLock);
            if (testdb::isPostgres()) {
                QVERIFY(!second.held());
                QVERIFY2(!second.holder().isEmpty(), "the workstation that syncs is named");
            } else {
                QVERIFY(second.held()); // a file has one desk
            }
        }
        // Released with its holder: the other desk takes its turn.
        const hc::WorkstationLock later(b.connection(), hc::sql::kSyncLock);
        QVERIFY(later.held());
    }
};

QTEST_GUILESS_MAIN(TestWorkstationLock)
#include "tst_workstationlock.moc"
