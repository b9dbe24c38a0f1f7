#include "AuditPane.h"
#include "DivisionPane.h"
#include "DivisionTreeModel.h"
#include "MainWindow.h"
#include "TestWorkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>

using namespace hc;

class TestDivisionPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // An official finds a street by typing, declares part of it high through the dialog; a missing reason is
    // refused inside the dialog with what was typed kept.
    void declareThroughThePane()
    {
        TestWorkspace t;
        MainWindow window(*t.ws);
        window.show();
        auto *pane = window.divisionPane();
        auto *search = pane->findChild<QLineEdit *>(QStringLiteral("divisionSearch"));
        QVERIFY(search);
        search->setText(QStringLiteral("酒仙桥")); // as an input method commits it
        QTRY_COMPARE(pane->currentCode(), QStringLiteral("110105011"));
        auto *tree = pane->findChild<QTreeView *>(QStringLiteral("divisionTree"));
        QVERIFY(tree->isExpanded(tree->currentIndex().parent()));

        bool sawError = false;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("declareDialog"));
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("divisionCode"))->property("code").toString(), QStringLiteral("110105011"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("subareas"))->setPlainText(QStringLiteral("二街坊\n３号楼2单元"));
            auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
            ok->click(); // no reason yet
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
            sawError = dialog->isVisible() && !error->text().isEmpty();
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason"))->setPlainText(QStringLiteral("确诊病例居住地"));
            ok->click();
        });
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("declareButton")), Qt::LeftButton);
        QVERIFY(sawError);

        AreaFilter f;
        f.at = t.clock->now().toSecsSinceEpoch() + 60;
        const auto areas = t.ws->risk().inForce(f);
        QCOMPARE(areas.size(), 2);
        QCOMPARE(areas.at(0).divisionCode, QStringLiteral("110105011"));
        QCOMPARE(areas.at(0).level, RiskLevel::High);
        QCOMPARE(areas.at(1).subarea, QStringLiteral("３号楼2单元"));
        QVERIFY(t.ws->audit().verify().intact);
        QCOMPARE(t.ws->audit().verify().entries, 3); // account + two areas
        // The tree shows the district's count of areas within.
        const QModelIndex district = pane->model()->indexForCode(QStringLiteral("110105"));
        QCOMPARE(pane->model()->data(district.siblingAtColumn(DivisionTreeModel::AreasColumn)).toString().left(1),
                 QStringLiteral("2"));
        // The chain is intact; the state check names only the fixture's roles, put straight into the table.
        const bool verified = window.auditPane()->verify();
        const QString verdict = window.auditPane()->findChild<QLabel *>(QStringLiteral("verifyResult"))->text();
        QVERIFY2(verdict.startsWith(QStringLiteral("Chain intact")), qPrintable(verdict));
        QVERIFY2(verified || verdict.contains(QStringLiteral("the account admin holds the roles")), qPrintable(verdict));
    }
};

QTEST_MAIN(TestDivisionPane)
#include "tst_divisionpane.moc"
