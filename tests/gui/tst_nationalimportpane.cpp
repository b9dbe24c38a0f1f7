#include "AuditPane.h"
#include "NationalImportPane.h"
#include "TestConfig.h"
#include "TestWorkspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QSqlQuery>
#include <QTableView>

using namespace hc;

class TestNationalImportPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Import through the pane (off the GUI thread), review the entries, and find the review again after a restart.
    void importReviewRestart()
    {
        TestWorkspace t;
        const QString path = QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/2022110108-3db87774.json");
        int reviewRows = 0;
        {
            NationalImportPane pane(*t.ws);
            QSignalSpy changed(&pane, &NationalImportPane::areasChanged);
            QVERIFY(pane.importFile(path));
            QCOMPARE(changed.size(), 1);
            auto *table = pane.findChild<QTableView *>(QStringLiteral("entryTable"));
            reviewRows = table->model()->rowCount();
            QVERIFY(reviewRows > 0); // approximate entries to review
            const QString summary = pane.findChild<QLabel *>(QStringLiteral("importSummary"))->text();
            QVERIFY(summary.contains(QStringLiteral("737")));
            QVERIFY2(summary.contains(QStringLiteral("second supervisor")), qPrintable(summary)); // a file's list waits
            pane.findChild<QCheckBox *>(QStringLiteral("reviewOnly"))->setChecked(false);
            QCOMPARE(table->model()->rowCount(), 737);
        }
        NationalImportPane reopened(*t.ws);
        auto *table = reopened.findChild<QTableView *>(QStringLiteral("entryTable"));
        QCOMPARE(table->model()->rowCount(), reviewRows);
        QVERIFY(reopened.findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("737")));
    }

    // A file that is not a list is refused with nothing changed.
    void badFileChangesNothing()
    {
        TestWorkspace t;
        QTemporaryFile bad;
        QVERIFY(bad.open());
        bad.write("{\"data\": {\"end_update_time\": \"yesterday\", \"highlist\": []}}");
        bad.close();
        NationalImportPane pane(*t.ws);
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!pane.importFile(bad.fileName()));
        QCOMPARE(t.ws->audit().verify().entries, 1); // only the account
    }

    // The audit pane shows a broken chain after a row is edited by hand, and a role granted behind the log's back.
    void auditPaneShowsTampering()
    {
        // Officials made as the console makes them (audited): an administrator and an auditor, signed in.
        TestWorkspace t(QDateTime(QDate(2022, 11, 2), QTime(10, 0), QTimeZone(8 * 3600)), TestWorkspace::Admin::AdministratorOnly);
        AuditLog audit = t.ws->audit();
        QVERIFY(t.ws->accounts().create(QStringLiteral("sun"), QStringLiteral("孙审计"), QStringLiteral("ledger-2022x"), false,
                                        QStringLiteral("admin"), audit, 1000));
        QVERIFY(t.ws->accounts().setRoles(QStringLiteral("sun"), roleSetFromKeys({QStringLiteral("auditor")}), {}, QStringLiteral("admin"), audit));
        QVERIFY(t.ws->signIn(QStringLiteral("sun"), QStringLiteral("ledger-2022x")));
        AuditPane pane(*t.ws);
        QVERIFY2(pane.verify(), qPrintable(pane.findChild<QLabel *>(QStringLiteral("verifyResult"))->text()));
        QSqlQuery grant(t.ws->db());
        QVERIFY(grant.exec(QStringLiteral("INSERT INTO account_role SELECT id, 'supervisor' FROM account WHERE username = 'sun'")));
        QVERIFY(!pane.verify());
        QVERIFY2(pane.findChild<QLabel *>(QStringLiteral("verifyResult"))->text().contains(QStringLiteral("sun")),
                 qPrintable(pane.findChild<QLabel *>(QStringLiteral("verifyResult"))->text()));
        QVERIFY(grant.exec(QStringLiteral("DELETE FROM account_role WHERE role = 'supervisor'")));
        QVERIFY(pane.verify());
        QSqlQuery q(t.ws->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 1")));
        QVERIFY(!pane.verify());
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("verifyResult"))->text().contains(QStringLiteral("1")));
    }
};

QTEST_MAIN(TestNationalImportPane)
#include "tst_nationalimportpane.moc"
