// The overview (总览) against hand-counted figures (OverviewFixture.h): the tiles with the change since yesterday,
// the county table, the trends with one point per day for 30 and 90 days; each tile and a county open the pane
// they summarise, filtered; the sync tile turns red past the 4 h deadline. Driven by objectName, offscreen.
#include "AppealsPane.h"
#include "ApprovalsPane.h"
#include "CountyTableModel.h"
#include "HolderTableModel.h"
#include "HoldersPane.h"
#include "MainWindow.h"
#include "OverviewFixture.h"
#include "OverviewPane.h"
#include "OverviewTile.h"
#include "RiskAreaModel.h"
#include "RiskAreaPane.h"
#include "SyncSettings.h"
#include "TicketQueueModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>

using namespace hc;

namespace {

// A tile's words without the markup, white space collapsed.
QString plain(QWidget *tile)
{
    QTextDocument doc;
    doc.setHtml(qobject_cast<QLabel *>(tile)->text());
    return doc.toPlainText().simplified();
}

bool waitLoaded(OverviewPane *pane)
{
    return QTest::qWaitFor([pane] { return !pane->isLoading() && pane->overview(); }, 20000);
}

QList<int> pointsPerSeries(QChart *chart)
{
    QList<int> out;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(s))
            out << int(area->upperSeries()->count());
        else if (auto *line = qobject_cast<QLineSeries *>(s))
            out << int(line->count());
    }
    return out;
}

} // namespace

class TestOverviewPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<hctest::OverviewFixture> f;
    std::unique_ptr<MainWindow> w;

    OverviewTile *tile(const char *name) { return w->overviewPane()->findChild<OverviewTile *>(QLatin1String(name)); }
    void backToOverview()
    {
        w->showPane(MainWindow::OverviewHomePane);
        QCOMPARE(w->currentPane(), MainWindow::OverviewHomePane);
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = std::make_unique<hctest::OverviewFixture>();
        QVERIFY(f->build());
        w = std::make_unique<MainWindow>(*f->t.ws);
        w->resize(1400, 860);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }
    void cleanupTestCase()
    {
        w.reset();
        f.reset();
    }

    void opensOnTheOverview()
    {
        QCOMPARE(w->currentPane(), MainWindow::OverviewHomePane);
        QCOMPARE(w->pane(MainWindow::OverviewHomePane)->objectName(), QStringLiteral("overviewPane"));
        QCOMPARE(w->pane(MainWindow::ReportPane)->objectName(), QStringLiteral("reportsPane"));
        QCOMPARE(w->pane(MainWindow::AccountPane)->objectName(), QStringLiteral("accountsPane"));
        QVERIFY(waitLoaded(w->overviewPane()));
        QVERIFY2(w->overviewPane()->message().isEmpty(), qPrintable(w->overviewPane()->message()));
    }

    void tilesShowTheHandCountedFigures()
    {
        OverviewPane *pane = w->overviewPane();
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("overviewScope"))->text().contains(QStringLiteral("淄博市")));
        // Now red 2 yellow 2 green 5 gray 2; yesterday at 10:00 red 0 yellow 1 green 8 gray 2.
        const QString colors = plain(tile("tileColors"));
        QVERIFY2(colors.contains(QStringLiteral("Red 2 ▲2")), qPrintable(colors));
        QVERIFY2(colors.contains(QStringLiteral("Yellow 2 ▲1")), qPrintable(colors));
        QVERIFY2(colors.contains(QStringLiteral("Green 5 ▼3")), qPrintable(colors));
        QVERIFY2(colors.contains(QStringLiteral("Gray 2 ±0")), qPrintable(colors));
        QVERIFY2(colors.contains(QStringLiteral("11 holders in all")), qPrintable(colors));
        const QString areas = plain(tile("tileAreas"));
        QVERIFY2(areas.contains(QStringLiteral("2 High 1 Medium")), qPrintable(areas));
        QVERIFY2(areas.contains(QStringLiteral("Since yesterday: ▲1 high, ±0 medium")), qPrintable(areas)); // 湖田街道 declared today
        QVERIFY2(plain(tile("tileApprovals")).contains(QStringLiteral("for you 1")), qPrintable(plain(tile("tileApprovals"))));
        const QString tickets = plain(tile("tileTickets"));
        QVERIFY2(tickets.contains(QStringLiteral("1 overdue")) && tickets.contains(QStringLiteral("1 due within 2 hours")), qPrintable(tickets));
        QVERIFY(tile("tileTickets")->styleSheet().contains(QStringLiteral("#c62828"))); // overdue: red
        QVERIFY2(plain(tile("tileBatches")).contains(QStringLiteral("1 imported 0 applied")), qPrintable(plain(tile("tileBatches"))));
        QVERIFY2(plain(tile("tileSync")).contains(QStringLiteral("Not connected")), qPrintable(plain(tile("tileSync"))));
    }

    void countyTableHoldsEachCounty()
    {
        QTableView *table = w->overviewPane()->findChild<QTableView *>(QStringLiteral("countyTable"));
        QVERIFY(table);
        QAbstractItemModel *m = table->model();
        QCOMPARE(m->rowCount(), 3); // 张店, 淄川, 博山: Beijing is outside the jurisdiction
        QMap<QString, QList<qint64>> byCode;
        for (int r = 0; r < m->rowCount(); ++r) {
            QList<qint64> figures;
            for (int c = CountyTableModel::RedColumn; c < CountyTableModel::ColumnCount; ++c)
                figures << m->index(r, c).data(CountyTableModel::SortRole).toLongLong();
            byCode.insert(m->index(r, 0).data(CountyTableModel::CodeRole).toString(), figures);
        }
        // red, yellow, green, gray, total, red since yesterday, yellow since yesterday, high, medium
        QCOMPARE(byCode.value(QStringLiteral("370303")), (QList<qint64>{1, 2, 1, 2, 6, 1, 1, 2, 0}));
        QCOMPARE(byCode.value(QStringLiteral("370302")), (QList<qint64>{1, 0, 2, 0, 3, 1, 0, 0, 1}));
        QCOMPARE(byCode.value(QStringLiteral("370304")), (QList<qint64>{0, 0, 2, 0, 2, 0, 0, 0, 0}));
        // Sorted by the numbers: most red first, then by the county's total when asked.
        table->sortByColumn(CountyTableModel::TotalColumn, Qt::DescendingOrder);
        QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("张店区"));
        QCOMPARE(m->index(2, 0).data().toString(), QStringLiteral("博山区"));
        QCOMPARE(m->index(0, CountyTableModel::RedChangeColumn).data().toString(), QStringLiteral("+1"));
    }

    void trendsHaveOnePointPerDay()
    {
        OverviewPane *pane = w->overviewPane();
        QCOMPARE(pointsPerSeries(pane->colorsChart()), (QList<int>{30, 30, 30, 30}));
        QCOMPARE(pointsPerSeries(pane->areasChart()), (QList<int>{30, 30}));
        QCOMPARE(pointsPerSeries(pane->ticketsChart()), (QList<int>{30, 30, 30}));
        auto *x = qobject_cast<QDateTimeAxis *>(pane->colorsChart()->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(x->max().date(), QDate(2022, 11, 2));
        QCOMPARE(x->min().date(), QDate(2022, 10, 4));
        // The stack's top is every holder; today's tickets: 2 received, yesterday's 1 and overdue at its end.
        auto *top = qobject_cast<QAreaSeries *>(pane->colorsChart()->series().last())->upperSeries();
        QCOMPARE(top->at(29).y(), 11.0);
        auto *received = qobject_cast<QLineSeries *>(pane->ticketsChart()->series().at(0));
        auto *overdue = qobject_cast<QLineSeries *>(pane->ticketsChart()->series().at(2));
        QCOMPARE(received->at(29).y(), 2.0);
        QCOMPARE(received->at(28).y(), 1.0);
        QCOMPARE(overdue->at(28).y(), 1.0);
        auto *high = qobject_cast<QLineSeries *>(pane->areasChart()->series().at(0));
        QCOMPARE(high->at(29).y(), 2.0);
        QCOMPARE(high->at(28).y(), 1.0);

        auto *days = pane->findChild<QComboBox *>(QStringLiteral("trendDays"));
        days->setCurrentIndex(days->findData(90));
        QVERIFY(waitLoaded(pane));
        QTRY_COMPARE(pointsPerSeries(pane->colorsChart()), (QList<int>{90, 90, 90, 90}));
        QCOMPARE(pointsPerSeries(pane->ticketsChart()), (QList<int>{90, 90, 90}));
        QCOMPARE(qobject_cast<QDateTimeAxis *>(pane->colorsChart()->axes(Qt::Horizontal).value(0))->min().date(), QDate(2022, 8, 5));
        days->setCurrentIndex(days->findData(30));
        QVERIFY(waitLoaded(pane));
        QTRY_COMPARE(pointsPerSeries(pane->areasChart()), (QList<int>{30, 30}));
    }

    void tilesOpenTheirPanesFiltered()
    {
        // Holders: red ones within the jurisdiction (Z1, C1); a color's link opens that color.
        QTest::mouseClick(tile("tileColors"), Qt::LeftButton, {}, QPoint(8, 8));
        QCOMPARE(w->currentPane(), MainWindow::HolderListPane);
        HoldersPane *holders = w->holdersPane();
        QCOMPARE(holders->findChild<QLineEdit *>(QStringLiteral("holderDivisionFilter"))->property("code").toString(), QStringLiteral("3703"));
        QCOMPARE(holders->findChild<QComboBox *>(QStringLiteral("holderColorFilter"))->currentData().toInt(), int(policy::Color::Red));
        QCOMPARE(holders->model()->rowCount(), 2);
        backToOverview();
        emit tile("tileColors")->linkActivated(QStringLiteral("color:%1").arg(int(policy::Color::Yellow)));
        QCOMPARE(w->currentPane(), MainWindow::HolderListPane);
        QCOMPARE(holders->model()->rowCount(), 2); // Z2, Z4
        for (int r = 0; r < holders->model()->rowCount(); ++r)
            QCOMPARE(holders->model()->index(r, 0).data(HolderTableModel::ColorRole).toInt(), int(policy::Color::Yellow));

        backToOverview();
        QTest::mouseClick(tile("tileAreas"), Qt::LeftButton, {}, QPoint(8, 8));
        QCOMPARE(w->currentPane(), MainWindow::RiskAreasPane);
        QCOMPARE(w->riskAreaPane()->model()->totalCount(), 3);

        backToOverview();
        QTest::mouseClick(tile("tileApprovals"), Qt::LeftButton, {}, QPoint(8, 8));
        QCOMPARE(w->currentPane(), MainWindow::ApprovalPane);
        QCOMPARE(w->approvalsPane()->findChild<QComboBox *>(QStringLiteral("approvalStatusFilter"))->currentData().toString(), QStringLiteral("pending"));
        QCOMPARE(w->approvalsPane()->table()->rowCount(), 1);

        backToOverview();
        tile("tileTickets")->setFocus();
        QTest::keyClick(tile("tileTickets"), Qt::Key_Return); // the keyboard opens it too
        QCOMPARE(w->currentPane(), MainWindow::AppealPane);
        const auto selected = w->appealsPane()->selectedTicket();
        QVERIFY(selected);
        QCOMPARE(selected->number, QStringLiteral("12345-0001")); // the overdue one first
        QCOMPARE(w->appealsPane()->queueModel()->rowCount(), 3);

        backToOverview();
        QTest::mouseClick(tile("tileBatches"), Qt::LeftButton, {}, QPoint(8, 8));
        QCOMPARE(w->currentPane(), MainWindow::CaseReportsPane);
        backToOverview();
        QTest::mouseClick(tile("tileSync"), Qt::LeftButton, {}, QPoint(8, 8));
        QCOMPARE(w->currentPane(), MainWindow::SyncStatusPane);
    }

    void doubleClickedCountyOpensItsHolders()
    {
        backToOverview();
        QTableView *table = w->overviewPane()->findChild<QTableView *>(QStringLiteral("countyTable"));
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data(CountyTableModel::CodeRole).toString() == QLatin1String("370303"))
                row = r;
        QVERIFY(row >= 0);
        const QRect cell = table->visualRect(table->model()->index(row, CountyTableModel::TotalColumn));
        QVERIFY(cell.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(w->currentPane(), MainWindow::HolderListPane);
        QCOMPARE(w->holdersPane()->findChild<QLineEdit *>(QStringLiteral("holderDivisionFilter"))->property("code").toString(), QStringLiteral("370303"));
        QCOMPARE(w->holdersPane()->findChild<QComboBox *>(QStringLiteral("holderColorFilter"))->currentData().toInt(), -1);
        QCOMPARE(w->holdersPane()->model()->rowCount(), 6);
    }

    void syncTileTurnsRedPastTheDeadline()
    {
        // Connected (settings only: nothing is sent here), the changes since 10-29 08:00 wait for 98 h.
        sync::SyncSettings s;
        s.platformUrl = QStringLiteral("https://127.0.0.1:9");
        s.consoleId = QStringLiteral("console-370303");
        s.province = QStringLiteral("37");
        s.organisation = QStringLiteral("淄博市张店区卫生健康局");
        s.caPem = "-";
        s.pins = {QStringLiteral("sha256/-")};
        s.credentialsSha256 = QStringLiteral("-");
        s.configuredBy = QStringLiteral("admin");
        {
            Transaction tx(f->t.ws->db());
            QVERIFY(s.save(f->t.ws->db()).ok());
            QVERIFY(tx.commit().ok());
        }
        backToOverview();
        w->overviewPane()->refresh();
        QVERIFY(QTest::qWaitFor([this] { return plain(tile("tileSync")).contains(QStringLiteral("past the 4 h deadline")); }, 20000));
        QVERIFY2(plain(tile("tileSync")).contains(QStringLiteral("Oldest waits 98 h 0 min")), qPrintable(plain(tile("tileSync"))));
        QVERIFY(tile("tileSync")->styleSheet().contains(QStringLiteral("#c62828")));
        if (qEnvironmentVariableIsSet("HC_SCREENSHOT_DIR")) {
            QTest::qWait(100); // the charts lay their axes out from the event loop
            w->grab().save(qEnvironmentVariable("HC_SCREENSHOT_DIR") + QStringLiteral("/overview-test.png"));
        }
    }
};

QTEST_MAIN(TestOverviewPane)
#include "tst_overviewpane.moc"
