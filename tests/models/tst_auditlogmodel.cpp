#include "AuditLogModel.h"
#include "TestWorkspace.h"

#include <QAbstractItemModelTester>

using namespace hc;

class TestAuditLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesNewestFirst()
    {
        TestWorkspace t;
        for (int i = 0; i < 450; ++i) {
            Declaration d;
            d.divisionCode = QStringLiteral("110105011"); // a street: one official may declare it
            d.subareas = {QStringLiteral("%1号楼").arg(i)};
            d.level = RiskLevel::Medium;
            d.from = t.clock->now();
            d.basis = QStringLiteral("b");
            d.reason = QStringLiteral("r");
            AuditLog audit = t.ws->audit();
            QVERIFY(t.ws->risk().declare(d, QStringLiteral("admin"), audit).ok());
        }
        AuditLogModel model(*t.ws);
        QCOMPARE(model.rowCount(), 200); // one page until the view asks for more
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.entryAt(0).id, 451); // 1 account + 450 declarations, newest first
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 451);
        AuditFilter f;
        f.actionPrefix = QStringLiteral("account.");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        f = {};
        f.text = QStringLiteral("/7号楼");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
    }

    // Issue 18: the official by display name with the login beside it (precision matters here), the console's own
    // actor in words, and the filter taking a display name.
    void officialsByName()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        QSqlQuery q(t.ws->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE account SET display_name = '李科长' WHERE username = 'admin'")));
        for (const char *login : {"wang", "wang2"})
            QVERIFY(t.ws->accounts().create(QLatin1String(login), QStringLiteral("王主任"), QStringLiteral("ledger-2022x"), false,
                                            QStringLiteral("admin"), audit, 1000));
        for (int i = 0; i < AccountStore::kMaxFailures; ++i) // the fifth failure locks wang: written by "system"
            QVERIFY(!t.ws->accounts().authenticate(QStringLiteral("wang"), QStringLiteral("wrong-password-1")));
        AuditLogModel model(*t.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() >= 4);
        QCOMPARE(model.entryAt(0).actor, QStringLiteral("system"));
        QCOMPARE(model.data(model.index(0, AuditLogModel::ActorColumn)).toString(), QStringLiteral("System"));
        QCOMPARE(model.data(model.index(1, AuditLogModel::ActorColumn)).toString(), QStringLiteral("李科长 (admin)"));
        QCOMPARE(model.data(model.index(1, AuditLogModel::ActorColumn), Qt::ToolTipRole).toString(), QStringLiteral("admin"));
        // Two officials share 王主任: each is told apart by the login, wherever they are named.
        QCOMPARE(model.officials().name(QStringLiteral("wang")), QStringLiteral("王主任 (wang)"));
        QCOMPARE(model.officials().name(QStringLiteral("admin")), QStringLiteral("李科长"));
        QCOMPARE(model.officials().name(QStringLiteral("gone")), QStringLiteral("gone")); // no account: the login
        AuditFilter f;
        f.actor = QStringLiteral("李科长");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 3); // its own account and the two it created
        f.actor = QStringLiteral("王主任"); // two officials: not one login, nothing guessed
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
