// The holders pane under an ID or name prefix: the rows at once, the counts (which read up to 20,000 rows)
// off the GUI thread — "counting…" meanwhile, then the figures; a later filter's counts are never overwritten
// by an earlier one's.
#include "HolderTableModel.h"
#include "HoldersPane.h"
#include "IdNumber.h"
#include "TestWorkspace.h"

#include <QLabel>
#include <QTableView>

using namespace hc;

class TestHoldersPaneCounts : public QObject
{
    Q_OBJECT
    static QString residentId(int serial)
    {
        const QString first17 =
            QStringLiteral("37030319900101") + QString::number(serial).rightJustified(3, QLatin1Char('0'));
        return first17 + idnumber::checkDigit(first17);
    }

private Q_SLOTS:
    void prefixCountsArriveLater()
    {
        TestWorkspace t;
        QVERIFY(t.ws->signIn(QStringLiteral("admin"), QStringLiteral("password-123")).ok());
        AuditLog audit = t.ws->audit();
        for (int i = 1; i <= 3; ++i) {
            HolderInput in;
            in.idNumber = residentId(i);
            in.name = QStringLiteral("张晓") + QString::number(i);
            in.homeDivision = QStringLiteral("370303001");
            in.address = QStringLiteral("3号楼2单元");
            QVERIFY(t.ws->holders().upsert(in, QStringLiteral("admin"), audit).ok());
        }
        HoldersPane pane(*t.ws);
        pane.resize(1024, 700);
        pane.show();
        auto *model = qobject_cast<HolderTableModel *>(
            pane.findChild<QTableView *>(QStringLiteral("holderTable"))->model());
        QVERIFY(model);
        auto *label = pane.findChild<QLabel *>(QStringLiteral("holderCounts"));
        QCOMPARE(model->counts().total(), 3); // no prefix: counted at once

        HolderFilter f;
        f.idPrefix = QStringLiteral("3703031990");
        model->setFilter(f);
        QCOMPARE(model->rowCount(), 3);  // the rows at once
        QVERIFY(model->countsPending()); // the counts on their way
        QCOMPARE(label->text(), HoldersPane::tr("Holders: counting…"));
        QTRY_VERIFY(!model->countsPending());
        QCOMPARE(model->counts().total(), 3);
        QVERIFY2(label->text().contains(QStringLiteral("3")), qPrintable(label->text()));

        // Two filters in a row: the second one's counts stand.
        f.idPrefix.clear();
        f.namePrefix = QStringLiteral("张晓1");
        model->setFilter(f);
        f.namePrefix = QStringLiteral("张晓");
        model->setFilter(f);
        QTRY_VERIFY(!model->countsPending());
        QTest::qWait(50);
        QCOMPARE(model->counts().total(), 3);
        QCOMPARE(model->rowCount(), 3);
    }
};

QTEST_MAIN(TestHoldersPaneCounts)
#include "tst_holderspanecounts.moc"
