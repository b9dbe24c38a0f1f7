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
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
