#include "DivisionTreeModel.h"
#include "TestWorkspace.h"
#include "FourEyes.h"

#include <QAbstractItemModelTester>

using namespace hc;

class TestDivisionTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lazyTree()
    {
        TestWorkspace t;
        DivisionTreeModel model(*t.ws);
        QCOMPARE(model.rowCount(), 31);
        const QModelIndex beijing = model.index(0, 0);
        QCOMPARE(model.data(beijing).toString(), QStringLiteral("北京市"));
        QVERIFY(model.hasChildren(beijing));
        QCOMPARE(model.rowCount(beijing), 0); // nothing loaded before expansion
        QVERIFY(model.canFetchMore(beijing));
        model.fetchMore(beijing);
        QCOMPARE(model.rowCount(beijing), 1); // 市辖区
        QVERIFY(!model.canFetchMore(beijing));
        // The tester walks (and so loads) the whole tree of levels 1–4.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void indexForCodeAndRisk()
    {
        TestWorkspace t;
        DivisionTreeModel model(*t.ws);
        const QModelIndex street = model.indexForCode(QStringLiteral("110105011"));
        QVERIFY(street.isValid());
        QCOMPARE(model.codeAt(street), QStringLiteral("110105011"));
        QCOMPARE(model.data(street.siblingAtColumn(DivisionTreeModel::LevelColumn), DivisionTreeModel::LevelRole).toInt(),
                 int(RiskLevel::Low));

        Declaration d;
        d.divisionCode = QStringLiteral("110105");
        d.level = RiskLevel::High;
        d.from = t.clock->now().addSecs(-3600);
        d.basis = QStringLiteral("case report");
        d.reason = QStringLiteral("test");
        AuditLog audit = t.ws->audit();
        QVERIFY(hctest::declareApproved(t.ws->db(), t.ws->clock(), d, audit).ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshRisk();
        QVERIFY(!changed.isEmpty());
        // The district is high itself, its streets inherit it, the province counts one high area.
        const QModelIndex district = model.indexForCode(QStringLiteral("110105"));
        QCOMPARE(model.data(district, DivisionTreeModel::LevelRole).toInt(), int(RiskLevel::High));
        QCOMPARE(model.data(street, DivisionTreeModel::LevelRole).toInt(), int(RiskLevel::High));
        const QModelIndex province = model.index(0, DivisionTreeModel::AreasColumn);
        QVERIFY(model.data(province).toString().startsWith(QStringLiteral("1")));
        QVERIFY(!model.indexForCode(QStringLiteral("999999")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDivisionTreeModel)
#include "tst_divisiontreemodel.moc"
