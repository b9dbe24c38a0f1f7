// The officials pane: roles and jurisdictions as the core stores them, and refusals shown in words.
#include "AccountsPane.h"
#include "PasswordDialog.h"
#include "SessionLock.h"
#include "TestWorkspace.h"

#include <QLabel>
#include <QTableWidget>

using namespace hc;

class TestAccountsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsRolesAndRefusals()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        QVERIFY(t.ws->signIn(QStringLiteral("admin"), QStringLiteral("password-123")).ok());
        QVERIFY(t.ws->accounts().create(QStringLiteral("li"), QStringLiteral("李监督"), QStringLiteral("ledger-2022x"), false,
                                        QStringLiteral("admin"), audit, 1000).ok());
        QVERIFY(t.ws->accounts().setRoles(QStringLiteral("li"), roleSetFromKeys({QStringLiteral("supervisor"), QStringLiteral("reviewer")}),
                                          QStringLiteral("370303"), QStringLiteral("admin"), audit).ok());
        AccountsPane pane(*t.ws);
        pane.show();
        auto *table = pane.findChild<QTableWidget *>(QStringLiteral("accountsTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("li"));
        QVERIFY(table->item(1, 2)->text().contains(roleLabel(Role::Supervisor)));
        QVERIFY(table->item(1, 3)->text().startsWith(QStringLiteral("370303")));
        // Unlocking an account that is not locked: the core refuses, the pane says why.
        table->setCurrentCell(1, 0);
        pane.unlock();
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("accountsMessage"))->text().contains(QLatin1String("not locked")));
        // Signed in as li (no account management), the same action is refused with the reason.
        QVERIFY(t.ws->signIn(QStringLiteral("li"), QStringLiteral("ledger-2022x")).ok());
        for (int i = 0; i < AccountStore::kMaxFailures; ++i)
            (void)t.ws->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("wrong-pass-9"));
        pane.refresh();
        table->setCurrentCell(0, 0);
        QVERIFY(table->item(0, 4)->text() == tr("Locked") || table->item(0, 4)->text() == QStringLiteral("Locked"));
        pane.unlock();
        QVERIFY2(pane.findChild<QLabel *>(QStringLiteral("accountsMessage"))->text().contains(QLatin1String("may not")),
                 qPrintable(pane.findChild<QLabel *>(QStringLiteral("accountsMessage"))->text()));
    }

    // After the idle limit the window is covered; a wrong password is refused, the right one unlocks.
    void sessionLocksWhenIdle()
    {
        TestWorkspace t;
        QVERIFY(t.ws->signIn(QStringLiteral("admin"), QStringLiteral("password-123")).ok());
        QWidget window;
        window.show();
        SessionLock lock(*t.ws, &window, 10);
        lock.setIdleLimitMs(50);
        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 8000);
        QVERIFY(!window.isEnabled());
        QVERIFY(lock.dialog() && lock.dialog()->isVisible());
        QVERIFY(!lock.tryUnlock(QStringLiteral("not-the-password")));
        QVERIFY(lock.dialog()->findChild<QLabel *>(QStringLiteral("unlockError"))->text().contains(QLatin1String("Wrong")));
        QVERIFY(lock.isLocked());
        QVERIFY(lock.tryUnlock(QStringLiteral("password-123")));
        QVERIFY(!lock.isLocked());
        QVERIFY(window.isEnabled());
    }

    void passwordChange()
    {
        TestWorkspace t;
        QVERIFY(t.ws->signIn(QStringLiteral("admin"), QStringLiteral("password-123")).ok());
        PasswordDialog dialog(*t.ws);
        QVERIFY(!dialog.change(QStringLiteral("password-123"), QStringLiteral("new-secret-2022"), QStringLiteral("new-secret-2023")));
        QVERIFY(!dialog.change(QStringLiteral("password-123"), QStringLiteral("short"), QStringLiteral("short")));
        QVERIFY(dialog.message().contains(QLatin1String("10 characters")));
        QVERIFY(dialog.change(QStringLiteral("password-123"), QStringLiteral("new-secret-2022"), QStringLiteral("new-secret-2022")));
        QVERIFY(t.ws->signIn(QStringLiteral("admin"), QStringLiteral("new-secret-2022")).ok());
    }
};

QTEST_MAIN(TestAccountsPane)
#include "tst_accountspane.moc"
