// Voided conditions live in condition_voided (schema v10, issue 15): a void moves the row with when, who and why;
// the holder's card still shows it; a change re-evaluates only live conditions; a voided condition's id
// is never handed out again; and a v9 database migrates its voided conditions with their ids.
#include "CoreTestSupport.h"
#include "TestDatabase.h"
#include "Database.h"
#include "HolderRepository.h"
#include "HolderService.h"
#include "Migrations.h"

using namespace hc;
using hctest::residentId;
using hctest::TestDb;
using policy::Color;
using policy::ConditionKind;

class TestConditionVoided : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> t;
    std::unique_ptr<AuditLog> audit;
    qint64 holder = 0;

    HolderService holders() { return HolderService(t->conn(), t->clock); }
    qint64 contact(qint64 at)
    {
        ConditionReport r;
        r.type = ConditionReport::Type::CloseContact;
        r.at = at;
        r.basisRef = QStringLiteral("case:C-1");
        r.basisText = QStringLiteral("与病例 C-1 同时段到访场所");
        const auto c = holders().report(holder, r, QStringLiteral("admin"), *audit);
        return c && c.value() ? **c : 0;
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(t->conn());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void init()
    {
        t = std::make_unique<TestDb>();
        QVERIFY2(t->opened, qPrintable(t->error));
        audit = std::make_unique<AuditLog>(t->audit());
        HolderInput in;
        in.idNumber = residentId(QStringLiteral("370303"), 1);
        in.name = QStringLiteral("张晓三");
        in.homeDivision = QStringLiteral("370303001");
        in.address = QStringLiteral("3号楼2单元");
        const auto r = holders().upsert(in, QStringLiteral("admin"), *audit);
        HC_VERIFY_OK(r);
        holder = r->holder.id;
    }
    void cleanup()
    {
        audit.reset();
        t.reset();
    }

    void voidMovesTheRowAndItsIdIsNeverReused()
    {
        const qint64 reported = t->clock.now().toSecsSinceEpoch() - 3600;
        const qint64 first = contact(reported);
        QVERIFY(first > 0);
        QCOMPARE(HolderRepository(t->conn()).find(holder)->color, Color::Red);
        t->clock.set(t->clock.now().addSecs(600));
        const auto voided = holders().voidKind(holder, ConditionKind::CloseContact, reported, QStringLiteral("12345-0009"),
                                               QStringLiteral("核查未到访"), QStringLiteral("admin"), *audit);
        HC_VERIFY_OK(voided);
        QCOMPARE(*voided, 1);
        QCOMPARE(HolderRepository(t->conn()).find(holder)->color, Color::Green);
        QCOMPARE(t->count(QStringLiteral("condition")), 0);
        QCOMPARE(t->count(QStringLiteral("condition_voided"),
                          QStringLiteral("id = %1 AND voided_at IS NOT NULL AND clear_at <= voided_at AND ended_by = 'admin'"
                                         " AND end_reason LIKE '%12345-0009%' AND basis_ref = 'case:C-1'")
                              .arg(first)),
                 1);

        // The newest condition was moved out: the next one still gets a larger id.
        const qint64 second = contact(t->clock.now().toSecsSinceEpoch() - 60);
        QVERIFY2(second > first, qPrintable(QStringLiteral("%1 after %2").arg(second).arg(first)));
        const HolderRepository repo(t->conn());
        const auto card = repo.conditions(holder);
        QCOMPARE(card.size(), 2);
        QCOMPARE(card[0].id, first);
        QVERIFY(card[0].voidedAt != policy::kOpen);
        QCOMPARE(card[1].id, second);
        QCOMPARE(repo.liveConditions(holder).size(), 1);
        QCOMPARE(repo.liveConditions(holder).front().id, second);
    }

    void v9DatabaseMigratesItsVoidedConditions()
    {
        if (testdb::isPostgres())
            QSKIP("A schema migration of an older SQLite file: PostgreSQL databases begin at the current schema.");
        const qint64 reported = t->clock.now().toSecsSinceEpoch() - 3600;
        const qint64 live = contact(reported);
        QVERIFY(live > 0);
        // Rebuild the v9 shape by hand: one table, a voided condition with the largest id, user_version 9.
        const QString cols = QStringLiteral("id, holder_id, kind, color, start_at, fixed_clear_at, anchor_at, days, clear_at, voided_at,"
                                            " source_division, source_department, basis_kind, basis_ref, basis_text, risk_area_id,"
                                            " created_by, created_at, ended_by, end_reason, policy_version, batch_id");
        for (const QString &sql :
             {QStringLiteral("CREATE TABLE condition_v9 AS SELECT %1 FROM condition").arg(cols),
              QStringLiteral("INSERT INTO condition_v9 SELECT %1 FROM condition_v9").arg(cols).replace(QStringLiteral("SELECT id,"), QStringLiteral("SELECT id + 1,")),
              QStringLiteral("UPDATE condition_v9 SET voided_at = %1, clear_at = %1, ended_by = 'admin', end_reason = '作废' WHERE id = %2")
                  .arg(reported + 600)
                  .arg(live + 1),
              QStringLiteral("DROP TABLE condition"), QStringLiteral("DROP TABLE condition_voided"),
              QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'condition'"),
              QStringLiteral("ALTER TABLE condition_v9 RENAME TO condition"),
              QStringLiteral("CREATE INDEX condition_holder ON condition(holder_id, clear_at, start_at, kind, fixed_clear_at)"),
              // and without v11's national-import columns
              QStringLiteral("DROP TABLE national_change"), QStringLiteral("ALTER TABLE national_import DROP COLUMN origin"),
              QStringLiteral("ALTER TABLE national_import DROP COLUMN state"), QStringLiteral("ALTER TABLE national_import DROP COLUMN file_name"),
              QStringLiteral("ALTER TABLE national_import DROP COLUMN content"), QStringLiteral("PRAGMA user_version = 9")})
            QVERIFY(t->exec(sql));
        QCOMPARE(Migrations::currentVersion(t->conn()), 9);
        HC_VERIFY_OK(Migrations::apply(t->conn()));
        QCOMPARE(Migrations::currentVersion(t->conn()), Migrations::latestVersion());
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(id) FROM condition")), live);
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(id) FROM condition_voided")), live + 1);
        QCOMPARE(t->count(QStringLiteral("condition_voided"), QStringLiteral("end_reason = '作废' AND basis_ref = 'case:C-1'")), 1);
        const qint64 next = contact(t->clock.now().toSecsSinceEpoch() - 60);
        QCOMPARE(next, live + 2);
        QCOMPARE(HolderRepository(t->conn()).conditions(holder).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestConditionVoided)
#include "tst_conditionvoided.moc"
