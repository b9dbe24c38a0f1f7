#include "AccountStore.h"
#include "Authorizer.h"
#include "CoreTestSupport.h"

#include <QtTest>

using namespace hc;
using hctest::TestDb;

namespace {
constexpr int kFast = 1000; // PBKDF2 iterations for tests
const QString kPassword = QStringLiteral("correct horse");
} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstAccountMustBeAdmin()
    {
        TestDb t(TestDb::NoOfficials);
        HC_REQUIRE_DB(t);
        AccountStore store(t.conn(), t.clock);
        AuditLog audit = t.audit();
        QVERIFY(!store.hasAccounts());
        HC_VERIFY_ERROR(store.create(QStringLiteral("clerk"), {}, kPassword, false, QStringLiteral("clerk"), audit, kFast), ErrorKind::Refused);
        QVERIFY(!store.hasAccounts());
        QCOMPARE(t.count(QStringLiteral("account")), 0);
        QCOMPARE(t.count(QStringLiteral("audit_log")), 0);
    }

    void createFirstAdmin()
    {
        TestDb t(TestDb::NoOfficials);
        HC_REQUIRE_DB(t);
        AccountStore store(t.conn(), t.clock);
        AuditLog audit = t.audit();
        const auto r = store.create(QStringLiteral("admin"), QStringLiteral("Wang Wei"), kPassword, true, {}, audit, kFast);
        HC_VERIFY_OK(r);
        QCOMPARE(r->username, QStringLiteral("admin"));
        QCOMPARE(r->displayName, QStringLiteral("Wang Wei"));
        QVERIFY(r->admin);
        QVERIFY(r->id > 0);
        QVERIFY(store.hasAccounts());
        // The password is not stored; the iteration count is.
        QSqlQuery q(t.conn());
        QVERIFY(q.exec(QStringLiteral("SELECT salt, hash, iterations, created_at FROM account")) && q.next());
        QCOMPARE(q.value(0).toByteArray().size(), 16);
        QCOMPARE(q.value(1).toByteArray().size(), 32);
        QVERIFY(!q.value(1).toByteArray().contains(kPassword.toUtf8()));
        QCOMPARE(q.value(2).toInt(), kFast);
        QCOMPARE(q.value(3).toLongLong(), t.clock.now().toSecsSinceEpoch());
        // One audit entry, attributed to the new admin when no actor is given.
        QCOMPARE(t.count(QStringLiteral("audit_log")), 1);
        QCOMPARE(t.count(QStringLiteral("audit_log"),
                         QStringLiteral("action = 'account.create' AND actor = 'admin' AND object = 'account:admin'")),
                 1);
        QVERIFY(t.audit().verify().intact);
        // Later accounts may be non-admin.
        const auto clerk = store.create(QStringLiteral("clerk"), {}, kPassword, false, QStringLiteral("admin"), audit, kFast);
        HC_VERIFY_OK(clerk);
        QVERIFY(!clerk->admin);
        QCOMPARE(clerk->displayName, QStringLiteral("clerk"));
        QCOMPARE(t.count(QStringLiteral("audit_log")), 2);
    }

    void duplicateUserRefused()
    {
        TestDb t(TestDb::NoOfficials);
        HC_REQUIRE_DB(t);
        AccountStore store(t.conn(), t.clock);
        AuditLog audit = t.audit();
        HC_VERIFY_OK(store.create(QStringLiteral("admin"), {}, kPassword, true, {}, audit, kFast));
        HC_VERIFY_ERROR(store.create(QStringLiteral("admin"), {}, QStringLiteral("another pw"), true,
                                    QStringLiteral("admin"), audit, kFast), ErrorKind::Refused);
        QCOMPARE(t.count(QStringLiteral("account")), 1);
        QCOMPARE(t.count(QStringLiteral("audit_log")), 1);
        // The first password still works.
        HC_VERIFY_OK(store.authenticate(QStringLiteral("admin"), kPassword));
    }

    void authenticate()
    {
        TestDb t(TestDb::NoOfficials);
        HC_REQUIRE_DB(t);
        AccountStore store(t.conn(), t.clock);
        AuditLog audit = t.audit();
        HC_VERIFY_OK(store.create(QStringLiteral("admin"), {}, kPassword, true, {}, audit, kFast));
        HC_VERIFY_OK(store.create(QStringLiteral("clerk"), {}, QStringLiteral("ledger-2022x"), false,
                                  QStringLiteral("admin"), audit, kFast));

        const auto ok = store.authenticate(QStringLiteral("admin"), kPassword);
        HC_VERIFY_OK(ok);
        QCOMPARE(ok->username, QStringLiteral("admin"));
        QVERIFY(ok->admin);
        const auto clerk = store.authenticate(QStringLiteral("clerk"), QStringLiteral("ledger-2022x"));
        HC_VERIFY_OK(clerk);
        QVERIFY(!clerk->admin);

        const auto wrong = store.authenticate(QStringLiteral("admin"), QStringLiteral("correct horsE"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, ErrorKind::Refused);
        // Another account's password does not open this one.
        QVERIFY(!store.authenticate(QStringLiteral("admin"), QStringLiteral("ledger-2022x")).ok());
        const auto empty = store.authenticate(QStringLiteral("admin"), QString());
        QVERIFY(!empty.ok());
        // An unknown user gets the same answer as a wrong password.
        const auto unknown = store.authenticate(QStringLiteral("nobody"), kPassword);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::Refused);
        QCOMPARE(unknown.error().message, wrong.error().message);
        // Authentication writes nothing.
        QCOMPARE(t.count(QStringLiteral("audit_log")), 2);
    }

    void disabledAccountRefused()
    {
        TestDb t(TestDb::NoOfficials);
        HC_REQUIRE_DB(t);
        AccountStore store(t.conn(), t.clock);
        AuditLog audit = t.audit();
        HC_VERIFY_OK(store.create(QStringLiteral("admin"), {}, kPassword, true, {}, audit, kFast));
        QVERIFY(t.exec(QStringLiteral("UPDATE account SET disabled = 1")));
        HC_VERIFY_ERROR(store.authenticate(QStringLiteral("admin"), kPassword), ErrorKind::Refused);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("short password") << QStringLiteral("admin") << QStringLiteral("1234567");
        QTest::newRow("empty password") << QStringLiteral("admin") << QString();
        QTest::newRow("one-letter name") << QStringLiteral("a") << kPassword;
        QTest::newRow("name with space") << QStringLiteral("wang wei") << kPassword;
        QTest::newRow("empty name") << QString() << kPassword;
        QTest::newRow("name too long") << QString(33, QLatin1Char('a')) << kPassword;
    }

    void badInput()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        TestDb t(TestDb::NoOfficials);
        HC_REQUIRE_DB(t);
        AccountStore store(t.conn(), t.clock);
        AuditLog audit = t.audit();
        const auto r = store.create(username, {}, password, true, {}, audit, kFast);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(t.count(QStringLiteral("account")), 0);
        QCOMPARE(t.count(QStringLiteral("audit_log")), 0);
    }

    void lockoutUnlockAndPasswordChange()
    {
        TestDb t(TestDb::NoOfficials);
        HC_REQUIRE_DB(t);
        AccountStore store(t.conn(), t.clock);
        AuditLog audit = t.audit();
        HC_VERIFY_OK(store.create(QStringLiteral("admin"), {}, kPassword, true, {}, audit, kFast));
        HC_VERIFY_OK(store.create(QStringLiteral("clerk"), {}, QStringLiteral("ledger-2022x"), false, QStringLiteral("admin"), audit, kFast));
        for (int i = 1; i < AccountStore::kMaxFailures; ++i)
            QVERIFY(store.authenticate(QStringLiteral("clerk"), QStringLiteral("wrong-pass-1")).error().message.startsWith(QLatin1String("Wrong")));
        QVERIFY(store.authenticate(QStringLiteral("clerk"), QStringLiteral("wrong-pass-1")).error().message.contains(QLatin1String("locked")));
        // Locked: even the right password is refused, and the lock is audited.
        HC_VERIFY_ERROR(store.authenticate(QStringLiteral("clerk"), QStringLiteral("ledger-2022x")), ErrorKind::Refused);
        QCOMPARE(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'account.lock'")), 1);
        // Only an official who manages accounts unlocks.
        HC_VERIFY_ERROR(store.unlock(QStringLiteral("clerk"), QStringLiteral("clerk"), audit), ErrorKind::Refused);
        HC_VERIFY_OK(store.unlock(QStringLiteral("clerk"), QStringLiteral("admin"), audit));
        HC_VERIFY_OK(store.authenticate(QStringLiteral("clerk"), QStringLiteral("ledger-2022x")));
        // A successful sign-in resets the count.
        HC_VERIFY_ERROR(store.authenticate(QStringLiteral("clerk"), QStringLiteral("wrong-pass-1")), ErrorKind::Refused);
        HC_VERIFY_OK(store.authenticate(QStringLiteral("clerk"), QStringLiteral("ledger-2022x")));
        HC_VERIFY_ERROR(store.changePassword(QStringLiteral("clerk"), QStringLiteral("ledger-2022x"), QStringLiteral("short"), audit),
                        ErrorKind::BadInput);
        HC_VERIFY_OK(store.changePassword(QStringLiteral("clerk"), QStringLiteral("ledger-2022x"), QStringLiteral("new-ledger-2023"), audit));
        HC_VERIFY_ERROR(store.authenticate(QStringLiteral("clerk"), QStringLiteral("ledger-2022x")), ErrorKind::Refused);
        HC_VERIFY_OK(store.authenticate(QStringLiteral("clerk"), QStringLiteral("new-ledger-2023")));
    }

    void rolesAndJurisdiction()
    {
        TestDb t(TestDb::NoOfficials);
        HC_REQUIRE_DB(t);
        AccountStore store(t.conn(), t.clock);
        AuditLog audit = t.audit();
        HC_VERIFY_OK(store.create(QStringLiteral("admin"), {}, kPassword, true, {}, audit, kFast));
        HC_VERIFY_OK(store.create(QStringLiteral("li"), {}, QStringLiteral("ledger-2022x"), false, QStringLiteral("admin"), audit, kFast));
        const Authorizer auth(t.conn());
        QCOMPARE(auth.official(QStringLiteral("li"))->roles, RoleSet(0));
        HC_VERIFY_ERROR(auth.require(QStringLiteral("li"), Permission::DeclareArea, QStringLiteral("370303")), ErrorKind::Refused);
        const RoleSet sup = roleSetFromKeys({QStringLiteral("supervisor")});
        HC_VERIFY_ERROR(store.setRoles(QStringLiteral("li"), sup, QStringLiteral("3703"), QStringLiteral("li"), audit), ErrorKind::Refused);
        HC_VERIFY_ERROR(store.setRoles(QStringLiteral("li"), sup, QStringLiteral("37x"), QStringLiteral("admin"), audit), ErrorKind::BadInput);
        HC_VERIFY_OK(store.setRoles(QStringLiteral("li"), sup, QStringLiteral("370300"), QStringLiteral("admin"), audit));
        const auto li = auth.official(QStringLiteral("li"));
        HC_VERIFY_OK(li);
        QCOMPARE(li->jurisdiction, QStringLiteral("3703"));
        HC_VERIFY_OK(Authorizer::check(li.value(), Permission::DeclareArea, QStringLiteral("370303001")));
        const Status outside = Authorizer::check(li.value(), Permission::DeclareArea, QStringLiteral("110105"));
        QVERIFY(!outside.ok() && outside.error().message.contains(QLatin1String("jurisdiction")));
        HC_VERIFY_ERROR(Authorizer::check(li.value(), Permission::ManageAccounts), ErrorKind::Refused);
        // The administrator keeps their own administrator role.
        HC_VERIFY_ERROR(store.setRoles(QStringLiteral("admin"), sup, {}, QStringLiteral("admin"), audit), ErrorKind::Refused);
        QCOMPARE(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'account.roles'")), 1);
    }

    void checks()
    {
        // At least 10 characters of two kinds, not containing the user name.
        QVERIFY(AccountStore::checkPassword(QStringLiteral("abcde-12345")).ok());
        QCOMPARE(AccountStore::checkPassword(QStringLiteral("abc-12345")).error().kind, ErrorKind::BadInput);
        QVERIFY(!AccountStore::checkPassword(QStringLiteral("1234567890")).ok());
        QVERIFY(!AccountStore::checkPassword(QStringLiteral("abcdefghijk")).ok());
        QVERIFY(!AccountStore::checkPassword(QStringLiteral("xAdmin-1234"), QStringLiteral("admin")).ok());
        QVERIFY(AccountStore::checkPassword(QStringLiteral("xAdmin-1234"), QStringLiteral("clerk")).ok());
        QVERIFY(AccountStore::checkUsername(QStringLiteral("wang.wei-01_x")).ok());
        QVERIFY(!AccountStore::checkUsername(QStringLiteral("王伟")).ok());
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
