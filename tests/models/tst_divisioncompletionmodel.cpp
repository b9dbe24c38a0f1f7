#include "DivisionCompletionModel.h"
#include "TestWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace hc;

class TestDivisionCompletionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheText()
    {
        TestWorkspace t;
        DivisionCompletionModel model(*t.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        model.setText(QStringLiteral("张店"));
        QCOMPARE(resets.size(), 1);
        QVERIFY(model.rowCount() > 1);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(DivisionCompletionModel::LabelRole).toString(), QStringLiteral("张店区 · 淄博市 · 山东省"));
        QCOMPARE(first.data(Qt::EditRole).toString(), QStringLiteral("张店区 · 淄博市 · 山东省"));
        QCOMPARE(first.data(DivisionCompletionModel::CodeRole).toString(), QStringLiteral("370303"));
        QCOMPARE(first.data(DivisionCompletionModel::LevelRole).toInt(), 3);
        // The popup shows the code after the label.
        QVERIFY(first.data().toString().startsWith(QStringLiteral("张店区 · 淄博市 · 山东省")));
        QVERIFY(first.data().toString().endsWith(QStringLiteral("370303")));
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("370303")));
        QCOMPARE(model.rowOfLabel(QStringLiteral("张店区 · 淄博市 · 山东省")), 0);
        QCOMPARE(model.rowOfLabel(QStringLiteral("张店区")), -1);
        QVERIFY(!model.index(0, 1).isValid());

        model.setText(QStringLiteral(" 张店 ")); // the same text: nothing to redo
        QCOMPARE(resets.size(), 1);

        model.setText(QStringLiteral("3703"));
        QCOMPARE(model.index(0, 0).data(DivisionCompletionModel::CodeRole).toString(), QStringLiteral("3703"));
        model.setText(QStringLiteral("街道")); // many: at most kLimit
        QCOMPARE(model.rowCount(), DivisionCompletionModel::kLimit);
        model.setText(QStringLiteral("999999"));
        QCOMPARE(model.rowCount(), 0);
        model.setText({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.roleNames().value(DivisionCompletionModel::CodeRole) == "code");
    }
};

QTEST_GUILESS_MAIN(TestDivisionCompletionModel)
#include "tst_divisioncompletionmodel.moc"
