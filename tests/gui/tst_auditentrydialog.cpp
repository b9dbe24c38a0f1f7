#include "AuditEntryDialog.h"
#include "AuditLogModel.h"
#include "AuditPane.h"
#include "TestWorkspace.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>

using namespace hc;

// Issue 18: a row of the audit log opens the whole entry: who, what, every field, and what an auditor checks.
class TestAuditEntryDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void doubleClickOpensTheWholeEntry()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        QSqlQuery q(t.ws->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE account SET display_name = '王主任' WHERE username = 'admin'")));
        QVERIFY(audit.append(QStringLiteral("admin"), QStringLiteral("appeal.decided"), QStringLiteral("ticket:12345-1130-003"),
                             {{QStringLiteral("state"), QStringLiteral("under_review")}},
                             {{QStringLiteral("state"), QStringLiteral("decided")}, {QStringLiteral("kind"), QStringLiteral("wrong_source")},
                              {QStringLiteral("note"), QStringLiteral("来源地与核酸检测登记一致，维持")}}));
        QVERIFY(audit.append(QStringLiteral("admin"), QStringLiteral("holder.reveal"), QStringLiteral("holder:1"), {},
                             {{QStringLiteral("purpose"), QStringLiteral("核实身份")}}));

        AuditPane pane(*t.ws);
        pane.resize(1024, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *table = pane.findChild<QTableView *>(QStringLiteral("auditTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 3); // newest first: the reveal, the ticket, the account
        QCOMPARE(table->model()->index(1, AuditLogModel::ChangesColumn).data().toString().left(6), QStringLiteral("State:"));

        // Double-click on the ticket's row.
        const QRect cell = table->visualRect(table->model()->index(1, AuditLogModel::ActionColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        AuditEntryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane.findChild<AuditEntryDialog *>(QStringLiteral("auditEntryDialog"))) != nullptr);
        QTRY_VERIFY(dialog->isVisible());

        const auto entry = audit.entry(2);
        QVERIFY(entry);
        const auto label = [&dialog](const char *name) {
            auto *l = dialog->findChild<QLabel *>(QLatin1String(name));
            return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
        };
        QCOMPARE(label("hashLabel"), entry->hash); // what the database holds, whole
        QCOMPARE(label("prevHashLabel"), entry->prevHash);
        QCOMPARE(label("prevHashLabel"), audit.entry(1)->hash);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("hashLabel"))->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("hashLabel"))->font().fixedPitch()
                || dialog->findChild<QLabel *>(QStringLiteral("hashLabel"))->font().styleHint() == QFont::Monospace
                || dialog->findChild<QLabel *>(QStringLiteral("hashLabel"))->font().family().contains(QStringLiteral("Mono")));
        QCOMPARE(label("positionLabel"), QStringLiteral("No. 2 of 3"));
        QVERIFY2(label("chainLabel").contains(QStringLiteral("verifies")), qPrintable(label("chainLabel")));
        QVERIFY(dialog->verdict().intact);
        QCOMPARE(label("actorLabel"), QStringLiteral("王主任 (admin)"));
        QCOMPARE(label("actionLabel"), QStringLiteral("12345 ticket decided"));
        QCOMPARE(label("objectLabel"), QStringLiteral("12345 ticket 12345-1130-003"));
        QCOMPARE(label("remarkLabel"), QStringLiteral("来源地与核酸检测登记一致，维持"));
        QVERIFY(label("timeLabel").startsWith(QStringLiteral("2022-11-02 10:00:00")));
        auto *changes = dialog->findChild<QTableWidget *>(QStringLiteral("changesTable"));
        QVERIFY(changes);
        QCOMPARE(changes->rowCount(), 2); // the state and the ticket's kind; the note is the remark
        QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("State"));
        QCOMPARE(changes->item(0, 1)->text(), QStringLiteral("Under review"));
        QCOMPARE(changes->item(0, 2)->text(), QStringLiteral("Decided"));
        dialog->close();
        QTRY_VERIFY(!pane.findChild<AuditEntryDialog *>(QStringLiteral("auditEntryDialog")));

        // Enter opens the current row too; an entry after an edit in the database says where the chain breaks.
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET after = '{}' WHERE id = 1")));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, AuditLogModel::ActionColumn));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY((dialog = pane.findChild<AuditEntryDialog *>(QStringLiteral("auditEntryDialog"))) != nullptr);
        QVERIFY(!dialog->verdict().intact);
        QCOMPARE(dialog->verdict().firstBadId, 1);
        QVERIFY2(label("chainLabel").contains(QStringLiteral("entry 1")), qPrintable(label("chainLabel")));
        QCOMPARE(label("remarkLabel"), QStringLiteral("核实身份"));
        QCOMPARE(label("positionLabel"), QStringLiteral("No. 3 of 3"));
        dialog->close();
    }
};

QTEST_MAIN(TestAuditEntryDialog)
#include "tst_auditentrydialog.moc"
