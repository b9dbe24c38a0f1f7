#include "FirstRunWizard.h"
#include "LoginDialog.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace hc;

class TestSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // First start: the wizard refuses mismatched passwords, then creates the administrator, who is signed in.
    void wizardThenLogin()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            Workspace ws(path);
            QVERIFY(ws.open().ok());
            QVERIFY(!ws.accounts().hasAccounts());
            FirstRunWizard wizard(ws);
            wizard.show();
            wizard.next();
            QCOMPARE(wizard.currentId(), 1);
            wizard.findChild<QLineEdit *>(QStringLiteral("adminUser"))->setText(QStringLiteral("zhang.wei"));
            wizard.findChild<QLineEdit *>(QStringLiteral("adminPassword"))->setText(QStringLiteral("correct-horse"));
            wizard.findChild<QLineEdit *>(QStringLiteral("adminPasswordRepeat"))->setText(QStringLiteral("correct-hors"));
            QVERIFY(!wizard.validateCurrentPage());
            QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
            QVERIFY(!ws.accounts().hasAccounts()); // nothing written
            wizard.findChild<QLineEdit *>(QStringLiteral("adminPasswordRepeat"))->setText(QStringLiteral("correct-horse"));
            QVERIFY(wizard.validateCurrentPage());
            QVERIFY(ws.currentUser());
            QCOMPARE(ws.currentUser()->username, QStringLiteral("zhang.wei"));
            QVERIFY(ws.currentUser()->admin);
        }
        Workspace ws(path);
        QVERIFY(ws.open().ok());
        LoginDialog login(ws, QStringLiteral("zhang.wei"));
        login.show();
        auto *password = login.findChild<QLineEdit *>(QStringLiteral("password"));
        password->setText(QStringLiteral("wrong-password"));
        login.accept();
        QVERIFY(login.isVisible()); // stays open with the reason
        QVERIFY(!login.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
        QVERIFY(!ws.currentUser());
        password->setText(QStringLiteral("correct-horse"));
        login.accept();
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QCOMPARE(ws.currentUser()->username, QStringLiteral("zhang.wei"));
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
