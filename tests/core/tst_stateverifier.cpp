// Issue 16: anyone who can write the database file could `insert into account_role values(2,'administrator')` or
// change holder.color, and `audit verify` still said "intact". StateVerifier checks the tables against the log:
// accounts replayed from their audit entries, each holder's color against its history and its conditions.
#include "AccountStore.h"
#include "CoreTestSupport.h"
#include "HolderService.h"
#include "Roles.h"
#include "StateVerifier.h"

#include <QtTest>

using namespace hc;
using hctest::TestDb;

class TestStateVerifier : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> t;
    std::unique_ptr<AuditLog> audit;
    qint64 green = 0;
    qint64 red = 0;

    StateVerdict verdict() const
    {
        const auto v = StateVerifier(t->conn(), t->clock).verify();
        return v ? v.value() : StateVerdict{false, 0, 0, 0, v.error().message};
    }
    HolderInput person(int serial) const
    {
        HolderInput in;
        in.idNumber = hctest::residentId(QStringLiteral("370303"), serial);
        in.name = QStringLiteral("张晓三");
        in.homeDivision = QStringLiteral("370303001");
        in.address = QStringLiteral("3号楼2单元");
        return in;
    }

private slots:
    void init()
    {
        // Accounts through the store, as the console and hcctl make them: audited.
        t = std::make_unique<TestDb>(TestDb::NoOfficials);
        QVERIFY2(t->opened, qPrintable(t->error));
        audit = std::make_unique<AuditLog>(t->audit());
        AccountStore accounts(t->conn(), t->clock);
        HC_VERIFY_OK(accounts.create(QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("Commission-2022-x"), true, {}, *audit, 1000));
        // Separation of duties (issue 16): the administrator holds that role alone; "chen" is the official with every
        // operational role over the whole country, added and granted by admin, who does the holder work below.
        HC_VERIFY_OK(accounts.create(QStringLiteral("chen"), QStringLiteral("陈主任"), QStringLiteral("Commission-2022-z"), false, QStringLiteral("admin"), *audit, 1000));
        QStringList operational = hctest::allRoles();
        operational.removeAll(QStringLiteral("administrator"));
        HC_VERIFY_OK(accounts.setRoles(QStringLiteral("chen"), roleSetFromKeys(operational), {}, QStringLiteral("admin"), *audit));
        HC_VERIFY_OK(accounts.create(QStringLiteral("li"), QStringLiteral("李四"), QStringLiteral("Commission-2022-y"), false, QStringLiteral("admin"), *audit, 1000));
        HC_VERIFY_OK(accounts.setRoles(QStringLiteral("li"), roleSetFromKeys({QStringLiteral("operator")}), QStringLiteral("370303"),
                                       QStringLiteral("admin"), *audit));
        HolderService holders(t->conn(), t->clock);
        const auto g = holders.upsert(person(1), QStringLiteral("chen"), *audit);
        HC_VERIFY_OK(g);
        green = g->holder.id;
        const auto r = holders.upsert(person(2), QStringLiteral("chen"), *audit);
        HC_VERIFY_OK(r);
        red = r->holder.id;
        ConditionReport report; // a close contact: a color that ends by itself, so time passing matters
        report.type = ConditionReport::Type::CloseContact;
        report.basisKind = BasisKind::CaseReport;
        report.basisRef = QStringLiteral("C-1");
        report.basisText = QStringLiteral("密切接触者");
        report.at = t->clock.now().toSecsSinceEpoch() - 600;
        report.exposure = report.at - 86400;
        HC_VERIFY_OK(holders.report(red, report, QStringLiteral("chen"), *audit));
        const StateVerdict v = verdict();
        QVERIFY2(v.consistent, qPrintable(v.firstMismatch));
        QCOMPARE(v.accounts, 3); // admin, chen (the operational official, issue 16) and li
        QCOMPARE(v.holders, 2);
    }
    void cleanup()
    {
        audit.reset();
        t.reset();
    }

    void aRoleGrantedBehindTheLogsBack()
    {
        QVERIFY(t->exec(QStringLiteral("INSERT INTO account_role SELECT id, 'administrator' FROM account WHERE username = 'li'")));
        const StateVerdict v = verdict();
        QVERIFY(!v.consistent);
        QVERIFY2(v.firstMismatch.contains(QStringLiteral("li")) && v.firstMismatch.contains(QStringLiteral("administrator")),
                 qPrintable(v.firstMismatch));
        QVERIFY(t->audit().verify().intact); // the chain alone did not see it
    }

    void aJurisdictionWidenedAnAccountAddedAndALockLifted()
    {
        QVERIFY(t->exec(QStringLiteral("UPDATE account SET jurisdiction = '' WHERE username = 'li'")));
        QVERIFY2(verdict().firstMismatch.contains(QStringLiteral("jurisdiction")), qPrintable(verdict().firstMismatch));
        QVERIFY(t->exec(QStringLiteral("UPDATE account SET jurisdiction = '370303' WHERE username = 'li'")));
        QVERIFY(verdict().consistent);
        QVERIFY(t->addOfficial(QStringLiteral("mallory"), {QStringLiteral("supervisor")}));
        QVERIFY2(verdict().firstMismatch.contains(QStringLiteral("mallory")), qPrintable(verdict().firstMismatch));
        QVERIFY(t->exec(QStringLiteral("DELETE FROM account_role WHERE account_id = (SELECT id FROM account WHERE username = 'mallory')")));
        QVERIFY(t->exec(QStringLiteral("DELETE FROM account WHERE username = 'mallory'")));
        QVERIFY(verdict().consistent);
        // Five wrong passwords lock li (audited); clearing locked_at by hand is seen.
        AccountStore accounts(t->conn(), t->clock);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!accounts.authenticate(QStringLiteral("li"), QStringLiteral("wrong")));
        QVERIFY(verdict().consistent);
        QVERIFY(t->exec(QStringLiteral("UPDATE account SET locked_at = NULL, failed_logins = 0 WHERE username = 'li'")));
        QVERIFY2(verdict().firstMismatch.contains(QStringLiteral("locked")), qPrintable(verdict().firstMismatch));
    }

    void aColorChangedBehindTheLogsBack()
    {
        QVERIFY(t->exec(QStringLiteral("UPDATE holder SET color = 3 WHERE id = %1").arg(green)));
        QVERIFY2(verdict().firstMismatch.contains(QStringLiteral("history")), qPrintable(verdict().firstMismatch));
        // With a history row to match: the policy still gives green to their (no) conditions.
        QVERIFY(t->exec(QStringLiteral("INSERT INTO holder_history(holder_id, at, color_before, color_after, cause, actor, policy_version)"
                                       " VALUES (%1, %2, 0, 3, 'x', 'admin', 1)")
                            .arg(green)
                            .arg(t->clock.now().toSecsSinceEpoch())));
        const StateVerdict v = verdict();
        QVERIFY(!v.consistent);
        QVERIFY2(v.firstMismatch.contains(QStringLiteral("policy")) && v.firstMismatch.contains(QString::number(green)),
                 qPrintable(v.firstMismatch));
        // And the other way: a red holder made green, history and all.
        QVERIFY(t->exec(QStringLiteral("UPDATE holder SET color = 0 WHERE id = %1").arg(green)));
        QVERIFY(t->exec(QStringLiteral("DELETE FROM holder_history WHERE cause = 'x'")));
        QVERIFY(verdict().consistent);
        QVERIFY(t->exec(QStringLiteral("UPDATE holder SET color = 0, next_change_at = NULL WHERE id = %1").arg(red)));
        QVERIFY(t->exec(QStringLiteral("UPDATE holder_history SET color_after = 0 WHERE id = (SELECT MAX(id) FROM holder_history WHERE holder_id = %1)").arg(red)));
        QVERIFY2(verdict().firstMismatch.contains(QString::number(red)), qPrintable(verdict().firstMismatch));
    }

    // Time passes: a holder due for `holders tick` is checked at the second before its next change, and after the
    // tick at now; both consistent.
    void dueHoldersAreCheckedBeforeTheirChange()
    {
        QSqlQuery q(t->conn());
        QVERIFY(q.exec(QStringLiteral("SELECT next_change_at FROM holder WHERE id = %1").arg(red)) && q.next());
        if (q.value(0).isNull())
            QSKIP("the case report gives no next change");
        t->clock.set(QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong() + 3600));
        StateVerdict v = verdict();
        QVERIFY2(v.consistent, qPrintable(v.firstMismatch));
        QVERIFY(v.dueHolders >= 1);
        HC_VERIFY_OK(HolderService(t->conn(), t->clock).tick(QStringLiteral("chen"), *audit));
        v = verdict();
        QVERIFY2(v.consistent, qPrintable(v.firstMismatch));
    }
};

QTEST_GUILESS_MAIN(TestStateVerifier)
#include "tst_stateverifier.moc"
