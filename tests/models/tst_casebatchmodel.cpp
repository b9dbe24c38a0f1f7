// The case batches and the per-holder results of an applied batch: checked by QAbstractItemModelTester, the
// results paged by key (more rows than one page), and a fixed list (an impact preview's samples).
#include "BatchResultModel.h"
#include "CaseBatchModel.h"
#include "TestWorkspace.h"

#include <QAbstractItemModelTester>

using namespace hc;

namespace {

QString residentId(int serial)
{
    const QString first17 =
        QStringLiteral("37030319900101") + QString::number(serial).rightJustified(3, QLatin1Char('0'));
    return first17 + idnumber::checkDigit(first17);
}

} // namespace

class TestCaseBatchModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Issue 18: the importer by display name, the login in the tooltip.
    void importerByName()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        QSqlQuery q(t.ws->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE account SET display_name = '王主任' WHERE username = 'admin'")));
        const QByteArray csv = "case_ref,id_number,class,report_time,exposure,division,address\n"
                               "C-1," + residentId(1).toUtf8() + ",确诊,2022-11-01 09:00,building,370303001,3号楼2单元\n";
        CaseBatchService cases = t.ws->cases();
        const auto parsed = cases.read(csv, BatchKind::Cases);
        QVERIFY(parsed.ok());
        QVERIFY(cases.store(*parsed, QStringLiteral("cases.csv"), false, QStringLiteral("admin"), audit).ok());
        CaseBatchModel batches(*t.ws);
        QAbstractItemModelTester tester(&batches, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(batches.rowCount(), 1);
        QCOMPARE(batches.data(batches.index(0, CaseBatchModel::ImportedByColumn)).toString(), QStringLiteral("王主任"));
        QCOMPARE(batches.data(batches.index(0, CaseBatchModel::ImportedByColumn), Qt::ToolTipRole).toString(),
                 QStringLiteral("王主任 (admin)"));
    }

    void batchesAndPagedResults()
    {
        TestWorkspace t; // 2022-11-02 10:00 UTC+8
        AuditLog audit = t.ws->audit();
        // One building unit with more residents than a page of results.
        const int residents = BatchResultModel::kPageSize + 20;
        for (int i = 1; i <= residents; ++i) {
            HolderInput in;
            in.idNumber = residentId(i);
            in.name = QStringLiteral("张晓") + QString::number(i);
            in.homeDivision = QStringLiteral("370303001");
            in.address = QStringLiteral("3号楼2单元%1室").arg(i);
            const auto r = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        }
        const QByteArray csv = "case_ref,id_number,class,report_time,exposure,division,address\n"
                               "C-1," +
                               residentId(1).toUtf8() +
                               ",确诊,2022-11-01 09:00,building,370303001,3号楼2单元\n";
        CaseBatchService cases = t.ws->cases();
        const auto parsed = cases.read(csv, BatchKind::Cases);
        QVERIFY2(parsed.ok(), parsed ? "" : qPrintable(parsed.error().message));
        const auto batch =
            cases.store(*parsed, QStringLiteral("cases.csv"), false, QStringLiteral("admin"), audit);
        QVERIFY(batch.ok());

        CaseBatchModel batches(*t.ws);
        QAbstractItemModelTester batchTester(&batches,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(batches.rowCount(), 1);
        QCOMPARE(batches.columnCount(), int(CaseBatchModel::ColumnCount));
        QCOMPARE(batches.data(batches.index(0, CaseBatchModel::IdColumn)).toLongLong(), *batch);
        QCOMPARE(batches.data(batches.index(0, CaseBatchModel::FileColumn)).toString(),
                 QStringLiteral("cases.csv"));
        QCOMPARE(batches.data(batches.index(0, CaseBatchModel::RowsColumn)).toString(),
                 QStringLiteral("1 / 0"));
        QCOMPARE(batches.data(batches.index(0, 0), CaseBatchModel::StatusRole).toString(),
                 QStringLiteral("imported"));
        QCOMPARE(batches.rowOf(*batch), 0);
        QCOMPARE(batches.rowOf(*batch + 1), -1);

        const auto applied = cases.apply(*batch, QStringLiteral("admin"), audit);
        QVERIFY2(applied.ok(), applied ? "" : qPrintable(applied.error().message));
        QCOMPARE(applied->status, QStringLiteral("applied"));
        batches.reload();
        QCOMPARE(batches.data(batches.index(0, 0), CaseBatchModel::StatusRole).toString(),
                 QStringLiteral("applied"));
        QVERIFY(batches.data(batches.index(0, CaseBatchModel::StatusColumn))
                    .toString()
                    .contains(QStringLiteral("admin")));

        BatchResultModel results(*t.ws);
        QAbstractItemModelTester resultTester(&results,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(results.rowCount(), 0);
        results.setBatch(*batch);
        QCOMPARE(results.rowCount(), BatchResultModel::kPageSize);
        QVERIFY(results.canFetchMore({}));
        results.fetchMore({});
        QCOMPARE(results.rowCount(), residents);
        QVERIFY(!results.canFetchMore({}));
        QSet<qint64> holders;
        for (int i = 0; i < results.rowCount(); ++i) {
            const HolderOutcome &o = results.outcomeAt(i);
            QVERIFY(i == 0 || results.outcomeAt(i - 1).resultId < o.resultId); // keyset order, no row twice
            holders.insert(o.holderId);
            QCOMPARE(
                results.data(results.index(i, BatchResultModel::OutcomeColumn), BatchResultModel::OutcomeRole)
                    .toString(),
                QStringLiteral("changed"));
        }
        QCOMPARE(holders.size(), residents);
        const QModelIndex after = results.index(0, BatchResultModel::AfterColumn);
        QCOMPARE(results.data(after, BatchResultModel::AfterColorRole).toInt(), int(policy::Color::Red));
        QVERIFY(results.data(after, Qt::BackgroundRole).isValid());
        QVERIFY(results.data(results.index(0, BatchResultModel::IdNumberColumn))
                    .toString()
                    .contains(QLatin1String("**********")));
        QVERIFY(results.data(results.index(0, BatchResultModel::DivisionColumn))
                    .toString()
                    .contains(QStringLiteral("张店区")));
        QCOMPARE(results.data(results.index(0, BatchResultModel::CaseColumn)).toString(),
                 QStringLiteral("C-1"));

        // A fixed list comes whole and does not page.
        results.setOutcomes({results.outcomeAt(0), results.outcomeAt(1)});
        QCOMPARE(results.rowCount(), 2);
        QVERIFY(!results.canFetchMore({}));
        results.clear();
        QCOMPARE(results.rowCount(), 0);
    }
};

QTEST_MAIN(TestCaseBatchModel)
#include "tst_casebatchmodel.moc"
