// The overview's county table: figures per column, changes since yesterday signed, numbers sorted as numbers by a
// proxy, the county's code for navigation, and a refresh of the same counties as one dataChanged.
#include "CountyTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace hc;
using reports::AreaRow;

namespace {

// colors and yesterday by policy::Color: green, gray, yellow, red.
AreaRow row(const QString &code, const QString &name, reports::ColorArray now, reports::ColorArray yesterday, qint64 high, qint64 medium)
{
    AreaRow r;
    r.code = code;
    r.name = name;
    r.colors = now;
    r.yesterday = yesterday;
    r.areas.high = high;
    r.areas.medium = medium;
    return r;
}

QList<AreaRow> zibo()
{
    return {row(QStringLiteral("370302"), QStringLiteral("淄川区"), {100, 2, 9, 10}, {100, 2, 12, 4}, 1, 0),
            row(QStringLiteral("370303"), QStringLiteral("张店区"), {1500, 20, 10, 100}, {1500, 20, 10, 99}, 3, 2),
            row(QStringLiteral("370304"), QStringLiteral("博山区"), {80, 1, 100, 9}, {80, 1, 90, 9}, 0, 11)};
}

} // namespace

class tst_CountyTableModel : public QObject
{
    Q_OBJECT
private slots:
    void figuresAndChanges()
    {
        CountyTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(zibo());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(CountyTableModel::ColumnCount));
        const auto cell = [&](int r, int c, int role = Qt::DisplayRole) { return model.index(r, c).data(role); };
        QCOMPARE(cell(1, CountyTableModel::CountyColumn).toString(), QStringLiteral("张店区"));
        QCOMPARE(cell(1, CountyTableModel::CountyColumn, CountyTableModel::CodeRole).toString(), QStringLiteral("370303"));
        QCOMPARE(cell(1, CountyTableModel::RedColumn).toString(), QStringLiteral("100"));
        QCOMPARE(cell(1, CountyTableModel::TotalColumn, CountyTableModel::SortRole).toLongLong(), 1630);
        QCOMPARE(cell(0, CountyTableModel::RedChangeColumn).toString(), QStringLiteral("+6"));
        QCOMPARE(cell(0, CountyTableModel::YellowChangeColumn).toString(), QStringLiteral("−3"));
        QCOMPARE(cell(0, CountyTableModel::YellowChangeColumn, CountyTableModel::SortRole).toLongLong(), -3);
        QCOMPARE(cell(1, CountyTableModel::YellowChangeColumn).toString(), QStringLiteral("0"));
        QCOMPARE(cell(2, CountyTableModel::MediumColumn, CountyTableModel::SortRole).toLongLong(), 11);
        QCOMPARE(cell(2, CountyTableModel::HighColumn).toString(), QStringLiteral("0"));
        // More red than yesterday reads red; fewer yellow reads green.
        QVERIFY(cell(0, CountyTableModel::RedChangeColumn, Qt::ForegroundRole).isValid());
        QVERIFY(cell(0, CountyTableModel::YellowChangeColumn, Qt::ForegroundRole).isValid());
        QVERIFY(!cell(1, CountyTableModel::YellowChangeColumn, Qt::ForegroundRole).isValid());
        QCOMPARE(model.headerData(CountyTableModel::CountyColumn, Qt::Horizontal).toString(), CountyTableModel::tr("County"));
        model.setRows(zibo(), true);
        QCOMPARE(model.headerData(CountyTableModel::CountyColumn, Qt::Horizontal).toString(), CountyTableModel::tr("Province"));
    }

    void proxySortsNumbersAsNumbers()
    {
        CountyTableModel model;
        model.setRows(zibo());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CountyTableModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // 9 < 10 < 100 (as text "10" < "100" < "9").
        proxy.sort(CountyTableModel::RedColumn, Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, 0).data(CountyTableModel::CodeRole).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("370304"), QStringLiteral("370302"), QStringLiteral("370303")}));
        proxy.sort(CountyTableModel::YellowChangeColumn, Qt::DescendingOrder); // +10, 0, −3
        QCOMPARE(proxy.index(0, 0).data(CountyTableModel::CodeRole).toString(), QStringLiteral("370304"));
        QCOMPARE(proxy.index(2, 0).data(CountyTableModel::CodeRole).toString(), QStringLiteral("370302"));
        proxy.sort(CountyTableModel::CountyColumn, Qt::AscendingOrder); // by code
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("淄川区"));
    }

    void refreshOfTheSameCountiesIsOneDataChanged()
    {
        CountyTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(zibo());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        auto rows = zibo();
        rows[2].colors[3] = 12;
        model.setRows(rows);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(2, CountyTableModel::RedColumn).data().toString(), QStringLiteral("12"));
        rows.removeFirst();
        model.setRows(rows);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.codeAt(0), QStringLiteral("370303"));
        QCOMPARE(model.codeAt(5), QString());
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CountyTableModel)
#include "tst_countytablemodel.moc"
