// ColumnFitter: columns to their content within the table's width, the long texts giving way (elided, whole in a
// tooltip), the spare width of a wide screen spread over all columns rather than left to the last. Offscreen.
#include "ColumnFitter.h"
#include "HistoryDialog.h"
#include "OverviewFixture.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTableWidget>
#include <QTest>
#include <QToolTip>

using namespace hc;

namespace {

const QString kLong = QStringLiteral("与病例 C-3702-1208-01 同时段到访场所 V370102011-63（2026-11-28 06:40），该场所位于 张店区 车站街道");

// A table like the panes' QTableWidgets: a number, a name, a long text, a time, each row filled.
QTableWidget *table(int width, const QString &text, const QString &last = QStringLiteral("2026-12-08 06:25"))
{
    auto *t = new QTableWidget(3, 4);
    t->setHorizontalHeaderLabels({QStringLiteral("编号"), QStringLiteral("姓名"), QStringLiteral("依据"), QStringLiteral("时间")});
    for (int r = 0; r < 3; ++r) {
        const QStringList cells{QString::number(r + 1), QStringLiteral("王主任"), text, last};
        for (int c = 0; c < cells.size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    t->resize(width, 300);
    return t;
}

int content(QTableWidget *t, int column) // what resizeColumnToContents would give
{
    return std::max(static_cast<const QAbstractItemView *>(t)->sizeHintForColumn(column), t->horizontalHeader()->sectionSizeHint(column));
}

int sum(QTableWidget *t)
{
    int total = 0;
    for (int c = 0; c < t->columnCount(); ++c)
        total += t->columnWidth(c);
    return total;
}

} // namespace

class TestColumnFitter : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QToolTip::hideText(); }

    // Narrow: the long text gives way, the others stay whole, nothing beyond the view.
    void narrowShrinksTheLongText()
    {
        std::unique_ptr<QTableWidget> t(table(520, kLong));
        new ColumnFitter(t.get(), {2});
        t->show();
        QVERIFY(QTest::qWaitForWindowExposed(t.get()));
        for (int c : {0, 1, 3})
            QVERIFY2(t->columnWidth(c) >= content(t.get(), c), qPrintable(QString::number(c)));
        QVERIFY(t->columnWidth(2) < content(t.get(), 2));
        QVERIFY2(sum(t.get()) <= t->viewport()->width(), qPrintable(QStringLiteral("%1 > %2").arg(sum(t.get())).arg(t->viewport()->width())));
    }

    // Wide, a time last: every column gets its share, the last does not take all the spare width.
    void wideSpreadsOverAllColumns()
    {
        std::unique_ptr<QTableWidget> t(table(1800, QStringLiteral("密切接触者")));
        new ColumnFitter(t.get(), {2});
        t->show();
        QVERIFY(QTest::qWaitForWindowExposed(t.get()));
        for (int c = 0; c < 3; ++c)
            QVERIFY2(t->columnWidth(c) > content(t.get(), c) + 24, qPrintable(QString::number(c)));
        QVERIFY2(t->columnWidth(3) < t->viewport()->width() / 2, qPrintable(QString::number(t->columnWidth(3))));
        QVERIFY(sum(t.get()) <= t->viewport()->width() + 1);
    }

    // A long text last keeps the rest, where it is read whole; a long-text column with nothing in it does not.
    void longTextLastKeepsTheRest()
    {
        std::unique_ptr<QTableWidget> t(table(1800, QStringLiteral("王主任"), kLong));
        new ColumnFitter(t.get(), {3});
        t->show();
        QVERIFY(QTest::qWaitForWindowExposed(t.get()));
        for (int c = 0; c < 3; ++c)
            QVERIFY2(t->columnWidth(c) <= content(t.get(), c) + 24, qPrintable(QString::number(c)));

        std::unique_ptr<QTableWidget> empty(table(1800, QStringLiteral("王主任"), QString()));
        new ColumnFitter(empty.get(), {3});
        empty->show();
        QVERIFY(QTest::qWaitForWindowExposed(empty.get()));
        for (int c = 0; c < 3; ++c)
            QVERIFY2(empty->columnWidth(c) > content(empty.get(), c) + 24, qPrintable(QString::number(c)));
    }

    // A QTableWidget resets nothing when its rows are set: fit() after filling sizes the columns to the new rows.
    void refitsAfterFilling()
    {
        std::unique_ptr<QTableWidget> t(table(900, QStringLiteral("密切接触者")));
        auto *fitter = new ColumnFitter(t.get(), {2});
        t->show();
        QVERIFY(QTest::qWaitForWindowExposed(t.get()));
        t->setItem(0, 1, new QTableWidgetItem(QStringLiteral("演示管理员 (admin) · 淄博市卫生健康委员会")));
        fitter->fit();
        QVERIFY(t->columnWidth(1) >= content(t.get(), 1));
        QVERIFY(sum(t.get()) <= t->viewport()->width() + 1);
    }

    // An elided cell without a tooltip of its own shows its whole text as one; a whole cell shows none.
    void elidedCellShowsItsText()
    {
        std::unique_ptr<QTableWidget> t(table(520, kLong));
        new ColumnFitter(t.get(), {2});
        t->show();
        QVERIFY(QTest::qWaitForWindowExposed(t.get()));
        const QRect cell = t->visualRect(t->model()->index(0, 2));
        QHelpEvent elided(QEvent::ToolTip, cell.center(), t->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(t->viewport(), &elided);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), kLong);

        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        const QRect whole = t->visualRect(t->model()->index(0, 1));
        QHelpEvent shown(QEvent::ToolTip, whole.center(), t->viewport()->mapToGlobal(whole.center()));
        QApplication::sendEvent(t->viewport(), &shown);
        QVERIFY(!QToolTip::isVisible() || QToolTip::text() != QStringLiteral("王主任"));
    }

    // The risk-area history (a QTableWidget filled before the fitter): levels, times and names whole at any width.
    void historyDialogFits()
    {
        hctest::OverviewFixture f;
        QVERIFY(f.build());
        for (const int width : {1400, 620}) {
            HistoryDialog dialog(*f.t.ws, QStringLiteral("370303002"), QString());
            dialog.resize(width, 360);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *t = dialog.findChild<QTableWidget *>(QStringLiteral("historyTable"));
            QVERIFY(t && t->rowCount() > 0);
            for (int c : {0, 1, 2, 5})
                QVERIFY2(t->columnWidth(c) >= content(t, c), qPrintable(QStringLiteral("%1 at %2").arg(c).arg(width)));
            QVERIFY2(sum(t) <= t->viewport()->width() + 1, qPrintable(QStringLiteral("%1 > %2").arg(sum(t)).arg(t->viewport()->width())));
            if (qEnvironmentVariableIsSet("HC_SCREENSHOT_DIR"))
                dialog.grab().save(qEnvironmentVariable("HC_SCREENSHOT_DIR") + QStringLiteral("/dialog-history-%1.png").arg(width));
        }
    }
};

QTEST_MAIN(TestColumnFitter)
#include "tst_columnfitter.moc"
