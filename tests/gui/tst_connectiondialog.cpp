#include "ConnectionDialog.h"
#include "ConnectionForm.h"
#include "FirstRunWizard.h"
#include "SavedLocation.h"
#include "SecretStore.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace hc;

// "数据库连接" and the first start's choice of database: checked against a real file and, in the .pg variant, the
// tests' PostgreSQL server (a wrong password, an empty database, one that other desks use).
class TestConnectionDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTranslator m_zh; // HC_SHOT_QM: the console's Chinese, for the screenshots (HC_SHOT_DIR)

    static QString result(const ConnectionForm &f)
    {
        return f.findChild<QLabel *>(QStringLiteral("connectionResult"))->text();
    }
    static void fillServer(ConnectionForm &f, const QString &uri)
    {
        const QUrl url(uri);
        f.findChild<QRadioButton *>(QStringLiteral("serverChoice"))->setChecked(true);
        f.findChild<QLineEdit *>(QStringLiteral("serverHost"))->setText(url.host());
        f.findChild<QSpinBox *>(QStringLiteral("serverPort"))->setValue(url.port(5432));
        f.findChild<QLineEdit *>(QStringLiteral("serverDatabase"))->setText(url.path().mid(1));
        f.findChild<QLineEdit *>(QStringLiteral("serverUser"))->setText(url.userName());
        auto *mode = f.findChild<QComboBox *>(QStringLiteral("sslMode"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("disable")));
    }
    static void grab(QWidget &w, const char *name)
    {
        if (const QString dir = qEnvironmentVariable("HC_SHOT_DIR"); !dir.isEmpty())
            w.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hc-test-connection"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        if (const QString qm = qEnvironmentVariable("HC_SHOT_QM"); !qm.isEmpty() && m_zh.load(qm))
            QCoreApplication::installTranslator(&m_zh);
    }

    // A file: one not there yet is created on first start; one with officials asks for a sign-in.
    void fileChoice()
    {
        QTemporaryDir dir;
        ConnectionForm form;
        form.findChild<QLineEdit *>(QStringLiteral("filePath"))->setText(dir.filePath(QStringLiteral("new.sqlite")));
        auto r = form.test();
        QVERIFY(r);
        QVERIFY(!r->exists);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("new.sqlite")))); // a test changes nothing
        const QString path = dir.filePath(QStringLiteral("used.sqlite"));
        {
            Workspace ws(path);
            QVERIFY(ws.open().ok());
            QVERIFY(ws.createFirstAdmin(QStringLiteral("zhang.wei"), QStringLiteral("correct-horse-1"), QStringLiteral("张伟")));
        }
        form.setLocation(path);
        r = form.test();
        QVERIFY(r);
        QCOMPARE(r->officials, 1);
        QCOMPARE(r->schemaVersion, r->programVersion);
        QVERIFY(!result(form).isEmpty());
        QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        form.setLocation(junk.fileName());
        QVERIFY(!form.test());
    }

    // What the fields say is checked as --db is, before anything is tried.
    void serverFieldsChecked()
    {
        ConnectionForm form;
        form.findChild<QRadioButton *>(QStringLiteral("serverChoice"))->setChecked(true);
        QVERIFY(!form.location()); // no server
        form.findChild<QLineEdit *>(QStringLiteral("serverHost"))->setText(QStringLiteral("127.0.0.1"));
        QVERIFY(!form.location()); // no account
        form.findChild<QLineEdit *>(QStringLiteral("serverUser"))->setText(QStringLiteral("hc"));
        auto *mode = form.findChild<QComboBox *>(QStringLiteral("sslMode"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
        const auto noCa = form.location();
        QVERIFY(!noCa);
        QVERIFY(noCa.error().message.contains(QLatin1String("sslrootcert")));
        form.findChild<QLineEdit *>(QStringLiteral("caFile"))->setText(QStringLiteral("/etc/hc/ca.pem"));
        const auto loc = form.location();
        QVERIFY(loc);
        QCOMPARE(loc->display(), QStringLiteral("postgresql://hc@127.0.0.1/hc?sslmode=verify-full&sslrootcert=/etc/hc/ca.pem"));
        form.findChild<QLineEdit *>(QStringLiteral("serverUser"))->setText(QStringLiteral("h c"));
        QVERIFY(!form.location());
    }

    // Nothing listens on the port: said in words at once, not after a long wait.
    void serverAwayInWords()
    {
        ConnectionForm form;
        fillServer(form, QStringLiteral("postgresql://hc@127.0.0.1:9/hc"));
        QElapsedTimer t;
        t.start();
        QVERIFY(!form.test());
        QVERIFY(t.elapsed() < 6000);
        QVERIFY2(result(form).contains(QLatin1String("127.0.0.1:9")), qPrintable(result(form)));
    }

    // The tests' server: a wrong password is named as such; the right one (PGPASSFILE) reaches the database.
    void serverReached()
    {
        if (!testdb::isPostgres())
            QSKIP("needs the tests' PostgreSQL server (the .pg variant)");
        QTemporaryDir dir;
        const QString uri = testdb::fresh(dir);
        ConnectionForm form;
        fillServer(form, uri);
        form.findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(QStringLiteral("not-the-password"));
        QVERIFY(!form.test());
        QVERIFY2(result(form).contains(QLatin1String("hc")), qPrintable(result(form)));
        form.findChild<QLineEdit *>(QStringLiteral("serverPassword"))->clear();
        const auto r = form.test();
        QVERIFY2(r, qPrintable(result(form)));
        QCOMPARE(r->officials, 0);
        QVERIFY(!r->serverVersion.isEmpty());
    }

    // Saved only once reached; the password never lands in the settings.
    void dialogSavesTested()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        ConnectionDialog dialog(dir.filePath(QStringLiteral("a.sqlite")), &secrets);
        dialog.show();
        fillServer(*dialog.form(), QStringLiteral("postgresql://hc@127.0.0.1:9/hc"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(SavedLocation::load().isEmpty());
        const QString target = testdb::isPostgres() ? testdb::fresh(dir) : dir.filePath(QStringLiteral("b.sqlite"));
        dialog.form()->setLocation(target);
        if (testdb::isPostgres()) {
            dialog.form()->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(QStringLiteral("typed"));
            dialog.accept(); // the password is refused by the server before anything is kept
            QVERIFY(dialog.isVisible());
            // The right one (the fixture's pgpass line HOST:PORT:*:USER:PASSWORD), to be kept: this workstation's
            // keychain is in memory only, so it is refused with the way out, and nothing is saved.
            QFile pgpass(qEnvironmentVariable("PGPASSFILE"));
            QVERIFY(pgpass.open(QIODevice::ReadOnly));
            const QString right = QString::fromUtf8(pgpass.readLine().trimmed()).section(QLatin1Char(':'), 4);
            dialog.form()->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(right);
            dialog.accept();
            QVERIFY(dialog.isVisible());
            QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
            QVERIFY(SavedLocation::load().isEmpty());
            dialog.form()->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->clear();
        }
        grab(dialog, "dialog-connection");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(SavedLocation::resolve(QString()), DatabaseLocation::parse(target)->isPostgres() ? DatabaseLocation::parse(target)->display() : target);
        QCOMPARE(SavedLocation::resolve(QStringLiteral("/x/y.sqlite")), QStringLiteral("/x/y.sqlite")); // --db wins
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QLatin1String("typed")));
        QVERIFY(!SavedLocation::save(QStringLiteral("postgresql://hc:secret@127.0.0.1/hc")));
        settings.clear();
    }

    // First start: the database page opens what was chosen; an empty one goes on to the first administrator, one
    // that other desks use to the sign-in.
    void firstStartWizard()
    {
        QTemporaryDir dir;
        std::unique_ptr<Workspace> opened;
        const auto open = [&opened](const QString &location) -> Result<Workspace *> {
            auto ws = std::make_unique<Workspace>(location);
            if (Status s = ws->open(); !s)
                return s.error();
            opened = std::move(ws);
            return opened.get();
        };
        const QString target = testdb::isPostgres() ? testdb::fresh(dir) : dir.filePath(QStringLiteral("first.sqlite"));
        {
            FirstRunWizard wizard(open, nullptr);
            wizard.show();
            QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePage));
            wizard.connectionForm()->setLocation(target);
            grab(wizard, "wizard-database");
            wizard.next();
            QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdminPage));
            grab(wizard, "wizard-admin");
            QVERIFY(!wizard.needsSignIn());
            wizard.findChild<QLineEdit *>(QStringLiteral("adminUser"))->setText(QStringLiteral("zhang.wei"));
            wizard.findChild<QLineEdit *>(QStringLiteral("adminDisplayName"))->setText(QStringLiteral("张伟"));
            wizard.findChild<QLineEdit *>(QStringLiteral("adminPassword"))->setText(QStringLiteral("correct-horse-1"));
            wizard.findChild<QLineEdit *>(QStringLiteral("adminPasswordRepeat"))->setText(QStringLiteral("correct-horse-1"));
            QVERIFY(wizard.validateCurrentPage());
            QVERIFY(opened && opened->currentUser());
        }
        opened.reset();
        FirstRunWizard second(open, nullptr); // the second desk
        second.show();
        second.connectionForm()->setLocation(target);
        second.next();
        QTRY_VERIFY2(second.result() == int(QDialog::Accepted),
                     qPrintable(second.findChild<QLabel *>(QStringLiteral("databaseError"))->text()
                                + second.findChild<QLabel *>(QStringLiteral("connectionResult"))->text()));
        QVERIFY(second.needsSignIn());
        QVERIFY(opened && !opened->currentUser());
        QSettings().clear();
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
