#include "HolderTableModel.h"
#include "TestWorkspace.h"

#include <QAbstractItemModelTester>

using namespace hc;

class TestHolderTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysetPagingFiltersAndCounts()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        DemoPopulator::Options o;
        o.holders = 1500;
        o.seed = 11;
        o.days = 10;
        o.focusDivision = QStringLiteral("370303");
        o.focusShare = 0.4;
        o.arrivalShare = 0.2;
        const auto r = t.ws->demo().populate(o, QStringLiteral("admin"), audit);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->holders, 1500);

        HolderTableModel model(*t.ws);
        QCOMPARE(model.rowCount(), HolderTableModel::kPageSize);
        QCOMPARE(model.counts().total(), 1500);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1500);
        // Keyset order (home division, id), no row twice; personal data masked in every cell.
        for (int i = 1; i < model.rowCount(); ++i) {
            const Holder &a = model.holderAt(i - 1), &b = model.holderAt(i);
            QVERIFY(a.homeDivision < b.homeDivision || (a.homeDivision == b.homeDivision && a.id < b.id));
        }
        const QString shown = model.data(model.index(0, HolderTableModel::IdColumn)).toString();
        QVERIFY(shown.contains(QLatin1String("**********")));
        QVERIFY(model.data(model.index(0, HolderTableModel::NameColumn)).toString() != model.holderAt(0).name
                || model.holderAt(0).name.size() == 1);

        // Division and color: the counts agree with the rows.
        HolderFilter f;
        f.divisionPrefix = QStringLiteral("370303");
        f.color = policy::Color::Yellow;
        model.setFilter(f);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(qint64(model.rowCount()), model.counts().of(policy::Color::Yellow));
        for (int i = 0; i < model.rowCount(); ++i) {
            QCOMPARE(model.holderAt(i).color, policy::Color::Yellow);
            QVERIFY(model.holderAt(i).homeDivision.startsWith(QLatin1String("370303")));
        }
        // ID prefix orders by ID number; name prefix by name.
        f = {};
        f.idPrefix = QStringLiteral("370303");
        model.setFilter(f);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(qint64(model.rowCount()), model.counts().total());
        for (int i = 1; i < model.rowCount(); ++i)
            QVERIFY(model.holderAt(i - 1).idNumber < model.holderAt(i).idNumber);
        f = {};
        f.namePrefix = model.holderAt(0).name.left(1);
        model.setFilter(f);
        QVERIFY(model.rowCount() > 0);
        for (int i = 0; i < model.rowCount(); ++i)
            QVERIFY(model.holderAt(i).name.startsWith(f.namePrefix));
        QCOMPARE(qint64(model.rowCount()), model.counts().total());
    }
};

QTEST_MAIN(TestHolderTableModel)
#include "tst_holdertablemodel.moc"
