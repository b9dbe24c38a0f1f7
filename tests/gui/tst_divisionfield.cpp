// DivisionField: divisions typed by name and chosen with their parents, codes still accepted, what names nothing
// flagged while typing; the panes and dialogs that use it. Offscreen, by objectName.
#include "DeclareDialog.h"
#include "DivisionCompletionModel.h"
#include "DivisionField.h"
#include "HolderExportDialog.h"
#include "HoldersPane.h"
#include "HolderTableModel.h"
#include "RiskAreaModel.h"
#include "RiskAreaPane.h"
#include "TestWorkspace.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace hc;

namespace {

// What an input method does when the official picks the characters: commits them.
void commit(QWidget *w, const QString &text)
{
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(w, &e);
}

bool flagged(const DivisionField *f)
{
    const auto *warning = f->findChild<QAction *>(QStringLiteral("divisionWarning"));
    return warning && warning->isVisible() && f->palette().color(QPalette::Base) != QApplication::palette(f).color(QPalette::Base);
}

} // namespace

class TestDivisionField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chooseByName()
    {
        TestWorkspace t;
        QWidget host;
        auto *field = new DivisionField(*t.ws, &host);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        field->setFocus();
        QSignalSpy changed(field, &DivisionField::codeChanged);

        commit(field, QStringLiteral("张店"));
        QAbstractItemView *popup = field->divisionCompleter()->popup();
        QTRY_VERIFY(popup->isVisible());
        const QString first = popup->model()->index(0, 0).data().toString();
        QVERIFY2(first.startsWith(QStringLiteral("张店区 · 淄博市 · 山东省")), qPrintable(first));
        QVERIFY(popup->model()->rowCount() > 1);
        // A name half typed is not a division yet, and not an error either.
        QCOMPARE(field->state(), DivisionResolution::Partial);
        QVERIFY(!field->isValid());
        QVERIFY(field->code().isEmpty());
        QVERIFY(!flagged(field));
        if (const QString dir = qEnvironmentVariable("HC_SHOT_DIR"); !dir.isEmpty())
            QVERIFY(popup->grab().save(dir + QStringLiteral("/division-completer.png")));

        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(field->code(), QStringLiteral("370303"));
        QCOMPARE(field->text(), QStringLiteral("张店区 · 淄博市 · 山东省"));
        QVERIFY(field->isValid());
        QVERIFY(!popup->isVisible());
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("370303"));

        // A further word narrows by the parents: 朝阳区 alone is two counties, with 北京 one.
        field->clear();
        commit(field, QStringLiteral("朝阳区"));
        QCOMPARE(field->state(), DivisionResolution::Ambiguous);
        QVERIFY(!field->isValid());
        commit(field, QStringLiteral(" 北京"));
        QCOMPARE(field->code(), QStringLiteral("110105"));
    }

    void codesTypedAndFlaggedWhileTyping()
    {
        TestWorkspace t;
        QWidget host;
        auto *field = new DivisionField(*t.ws, &host);
        auto *status = new QLabel(&host);
        field->setStatusLabel(status);
        host.show();
        field->setFocus();
        QSignalSpy validity(field, &DivisionField::validChanged);

        QTest::keyClicks(field, QStringLiteral("999999"));
        // Flagged as it is typed, before anything is submitted.
        QCOMPARE(field->state(), DivisionResolution::Unknown);
        QVERIFY(!field->isValid());
        QVERIFY(flagged(field));
        QCOMPARE(field->problem(), QStringLiteral("No such division code"));
        QCOMPARE(status->text(), field->problem());
        QVERIFY(status->styleSheet().contains(QStringLiteral("c62828")));
        QCOMPARE(validity.size(), 1);

        field->clear();
        QVERIFY(field->isValid()); // empty is allowed; the form says what empty means
        QVERIFY(!flagged(field));
        QTest::keyClicks(field, QStringLiteral("370303"));
        QCOMPARE(field->code(), QStringLiteral("370303"));
        QCOMPARE(field->text(), QStringLiteral("370303")); // what was typed stays
        QCOMPARE(status->text(), QStringLiteral("张店区 · 淄博市 · 山东省"));
        QVERIFY(!flagged(field));

        field->clear();
        commit(field, QStringLiteral("不存在的地方"));
        QCOMPARE(field->problem(), QStringLiteral("No division has this name"));
        QVERIFY(flagged(field));

        // setCode shows the name; a prefix is valid only where prefixes are accepted.
        field->setCode(QStringLiteral("3703"));
        QCOMPARE(field->text(), QStringLiteral("淄博市 · 山东省"));
        QCOMPARE(field->code(), QStringLiteral("3703"));
        QVERIFY(field->isValid());
        field->setCode(QStringLiteral("37030"));
        QVERIFY(!field->isValid());
        QVERIFY(!flagged(field)); // codes start with it: keep typing
        field->setAcceptCodePrefix(true);
        QVERIFY(field->isValid());
        QCOMPARE(field->code(), QStringLiteral("37030"));
    }

    // The declare dialog says what is wrong as the code is typed, and declares the division chosen by name.
    void declareDialog()
    {
        TestWorkspace t;
        DeclareDialog dialog(*t.ws, QString());
        dialog.show();
        auto *field = dialog.findChild<DivisionField *>(QStringLiteral("divisionCode"));
        auto *name = dialog.findChild<QLabel *>(QStringLiteral("divisionName"));
        QVERIFY(field && name);
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("999999"));
        QCOMPARE(name->text(), QStringLiteral("No such division code"));
        QVERIFY(name->styleSheet().contains(QStringLiteral("c62828")));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("reason"))->setPlainText(QStringLiteral("确诊病例居住地"));
        dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());

        field->clear();
        commit(field, QStringLiteral("酒仙桥街道")); // Beijing's and one in 山东 济宁
        QCOMPARE(field->state(), DivisionResolution::Ambiguous);
        QCOMPARE(name->text(), QStringLiteral("2 divisions have this name: choose one from the list"));
        QAbstractItemView *popup = field->divisionCompleter()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 2);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(field->code(), QStringLiteral("110105011"));
        QCOMPARE(field->text(), QStringLiteral("酒仙桥街道 · 朝阳区 · 北京市"));
        QVERIFY2(name->text().contains(QStringLiteral("110105011")), qPrintable(name->text()));
        dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        QVERIFY(!dialog.isVisible());
        AreaFilter f;
        f.at = t.clock->now().toSecsSinceEpoch() + 60;
        const auto areas = t.ws->risk().inForce(f);
        QCOMPARE(areas.size(), 1);
        QCOMPARE(areas.at(0).divisionCode, QStringLiteral("110105011"));

        DeclareDialog prefilled(*t.ws, QStringLiteral("370303"));
        QCOMPARE(prefilled.findChild<DivisionField *>(QStringLiteral("divisionCode"))->text(), QStringLiteral("张店区 · 淄博市 · 山东省"));
    }

    // The holders pane filters by the division chosen by name; a name half typed keeps the last filter.
    void holdersPaneFilter()
    {
        TestWorkspace t;
        HoldersPane pane(*t.ws);
        pane.resize(860, 620);
        pane.show();
        auto *field = pane.findChild<DivisionField *>(QStringLiteral("holderDivisionFilter"));
        QVERIFY(field);
        commit(field, QStringLiteral("张店区"));
        QTRY_COMPARE(pane.model()->filter().divisionPrefix, QStringLiteral("370303"));
        field->clear();
        commit(field, QStringLiteral("张店")); // not yet one division
        QTest::qWait(400);
        QCOMPARE(pane.model()->filter().divisionPrefix, QStringLiteral("370303"));
        field->clear();
        QTRY_COMPARE(pane.model()->filter().divisionPrefix, QString());
        QTest::keyClicks(field, QStringLiteral("3703"));
        QTRY_COMPARE(pane.model()->filter().divisionPrefix, QStringLiteral("3703"));
        pane.showFiltered(QStringLiteral("370303"));
        QCOMPARE(field->text(), QStringLiteral("张店区 · 淄博市 · 山东省"));
        QCOMPARE(pane.model()->filter().divisionPrefix, QStringLiteral("370303"));
        // The internal row number is not shown.
        QVERIFY(pane.findChild<QTableView *>(QStringLiteral("holderTable"))->isColumnHidden(HolderTableModel::NumberColumn));

        HolderExportDialog dialog(*t.ws, pane.model()->filter());
        QCOMPARE(dialog.findChild<DivisionField *>(QStringLiteral("exportDivision"))->code(), QStringLiteral("370303"));
    }

    // At 1024×700 nothing in the holders and risk-area panes is cut off: the filter rows at their size, the tables'
    // last column whole within the view.
    void panesAt1024x700()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        QVERIFY(Commission::save(t.ws->db(), {QStringLiteral("370303"), QStringLiteral("淄博市张店区卫生健康局")}).ok());
        QVERIFY(t.ws->codes().createIssuerKey(codes::Profile::Sm2Sm3, QStringLiteral("zd1"), "gui-test-passphrase",
                                              QStringLiteral("admin"), audit).ok());
        DemoPopulator::Options o;
        o.holders = 200;
        o.days = 7;
        QVERIFY(t.ws->demo().populate(o, QStringLiteral("admin"), audit).ok());
        for (const char *subarea : {"华光路与柳泉路交叉口东北角华润万家超市及其周边三百米范围内全部楼栋", "3号楼"}) {
            Declaration d;
            d.divisionCode = QStringLiteral("370303001");
            d.subareas = {QString::fromUtf8(subarea)};
            d.level = RiskLevel::High;
            d.from = t.clock->now().addSecs(-600);
            d.basis = QStringLiteral("流调发现确诊病例活动轨迹，经专家研判划定为高风险区");
            d.reason = QStringLiteral("社区传播风险");
            QVERIFY(t.ws->risk().declare(d, QStringLiteral("admin"), audit).ok());
        }
        // What each pane gets in a 1024×700 window beside the navigation.
        HoldersPane holders(*t.ws);
        RiskAreaPane areas(*t.ws);
        for (auto [pane, tableName, filterName] : {std::tuple<QWidget *, const char *, const char *>{&holders, "holderTable", "holderDivisionFilter"},
                                                   std::tuple<QWidget *, const char *, const char *>{&areas, "riskAreaTable", "divisionFilter"}}) {
            QVERIFY(pane->minimumSizeHint().width() <= 840);
            pane->resize(840, 620);
            pane->show();
            QVERIFY(QTest::qWaitForWindowExposed(pane));
            auto *table = pane->findChild<QTableView *>(QLatin1String(tableName));
            QVERIFY(table->model()->rowCount() > 0);
            // Every column but the stretched last at least its content, and the last one visible whole.
            const QHeaderView *header = table->horizontalHeader();
            int last = -1;
            for (int c = 0; c < table->model()->columnCount(); ++c)
                if (!table->isColumnHidden(c))
                    last = c;
            QVERIFY2(header->sectionViewportPosition(last) + header->sectionSize(last) <= table->viewport()->width() + 1,
                     tableName);
            QVERIFY2(header->sectionSize(last) >= header->sectionSizeHint(last), tableName);
            for (QWidget *w : pane->findChildren<QWidget *>()) {
                if (!w->isVisibleTo(pane) || w->parentWidget() != pane)
                    continue;
                QVERIFY2(w->width() >= w->minimumSizeHint().width(), qPrintable(w->objectName() + QLatin1String(" in ") + QLatin1String(tableName)));
            }
            QVERIFY(pane->findChild<DivisionField *>(QLatin1String(filterName))->isVisible());
            if (const QString dir = qEnvironmentVariable("HC_SHOT_DIR"); !dir.isEmpty())
                QVERIFY(pane->grab().save(dir + QLatin1Char('/') + QLatin1String(tableName) + QStringLiteral("-1024x700.png")));
        }
    }

    // Keystroke by keystroke on a full tree (665,276 divisions, villages included), when one is given:
    // HC_FULL_TREE_DB=/path/to/db.sqlite. Each keystroke (search for the completer + resolving the text) well
    // under a frame budget an official would notice.
    void keystrokesOnTheFullTree()
    {
        const QString path = qEnvironmentVariable("HC_FULL_TREE_DB");
        if (path.isEmpty())
            QSKIP("HC_FULL_TREE_DB not set");
        Workspace ws(path);
        QVERIFY(ws.open().ok());
        DivisionField field(ws);
        field.show();
        // The names index is built off the GUI thread as the field appears, long before an official has typed.
        QTRY_VERIFY_WITH_TIMEOUT(DivisionCompletionModel::indexReady(ws.db()), 10000);
        qint64 worst = 0;
        QString worstText;
        for (const char *word : {"张店区", "新村", "光明庄村民委员会", "红光", "街道", "370303001001", "999999", "东庄"}) {
            field.clear();
            const QString w = QString::fromUtf8(word);
            for (qsizetype i = 0; i < w.size(); ++i) {
                QElapsedTimer timer;
                timer.start();
                commit(&field, w.mid(i, 1));
                const qint64 ms = timer.elapsed();
                if (ms > worst)
                    worst = ms, worstText = field.text();
            }
        }
        qInfo("worst keystroke: %lld ms (at \"%s\")", worst, qPrintable(worstText));
        QVERIFY2(worst < 100, qPrintable(worstText));
    }
};

QTEST_MAIN(TestDivisionField)
#include "tst_divisionfield.moc"
