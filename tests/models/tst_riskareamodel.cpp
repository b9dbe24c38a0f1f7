#include "NationalImporter.h"
#include "RiskAreaModel.h"
#include "TestConfig.h"
#include "TestWorkspace.h"

#include <QAbstractItemModelTester>

using namespace hc;

class TestRiskAreaModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysetPaging()
    {
        TestWorkspace t;
        auto list = NationalList::load(QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/2022110108-3db87774.json"));
        QVERIFY(list.ok());
        AuditLog audit = t.ws->audit();
        auto r = t.ws->nationalImporter().importTrusted(list.value(), QStringLiteral("admin"), audit);
        QVERIFY(r.ok());
        RiskAreaModel model(*t.ws);
        AreaFilter f;
        f.at = list->time.toSecsSinceEpoch();
        model.setFilter(f);
        QCOMPARE(model.totalCount(), qint64(r->declared));
        QCOMPARE(model.rowCount(), RiskAreaModel::kPageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(qint64(model.rowCount()), model.totalCount());
        // (division code, id) strictly increases: keyset order grouped by division, no row twice
        for (int i = 1; i < model.rowCount(); ++i) {
            const RiskPeriod &a = model.periodAt(i - 1);
            const RiskPeriod &b = model.periodAt(i);
            QVERIFY(a.divisionCode < b.divisionCode || (a.divisionCode == b.divisionCode && a.id < b.id));
        }

        f.level = RiskLevel::High;
        f.divisionPrefix = QStringLiteral("11");
        model.setFilter(f);
        for (int i = 0; i < model.rowCount(); ++i) {
            QCOMPARE(model.periodAt(i).level, RiskLevel::High);
            QVERIFY(model.periodAt(i).divisionCode.startsWith(QStringLiteral("11")));
        }
        // Before the list's time nothing is in force.
        f = {};
        f.at = list->time.toSecsSinceEpoch() - 1;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRiskAreaModel)
#include "tst_riskareamodel.moc"
