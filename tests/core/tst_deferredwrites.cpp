// Deferred writes (issue 17): on PostgreSQL the bulk writers send new conditions, history and sync messages by COPY
// and stage the updates of conditions and holders, written set-wise when they finish. What they leave must be
// row for row what the same calls leave written immediately, ids included; rows not finished never commit; and a
// holder or condition changed twice keeps its last change. On SQLite both paths are the immediate one.
#include "CoreTestSupport.h"
#include "TestDatabase.h"
#include "ColorUpdater.h"
#include "ConditionWriter.h"
#include "Database.h"
#include "HolderRepository.h"
#include "HolderService.h"
#include "PolicyStore.h"

#include <QRegularExpression>
#include <QSqlRecord>

using namespace hc;
using hctest::residentId;
using hctest::TestDb;
using policy::Color;
using policy::ConditionKind;

class TestDeferredWrites : public QObject
{
    Q_OBJECT

    static constexpr int kHolders = 40;

    // A database with the same holders, each with one running close-contact condition written immediately.
    static std::unique_ptr<TestDb> populated()
    {
        auto t = std::make_unique<TestDb>();
        if (!t->opened)
            return t;
        AuditLog audit = t->audit();
        HolderService holders(t->conn(), t->clock);
        for (int i = 1; i <= kHolders; ++i) {
            HolderInput in;
            in.idNumber = residentId(QStringLiteral("370303"), i);
            in.name = QStringLiteral("张晓%1").arg(i);
            in.homeDivision = QStringLiteral("370303001");
            in.address = QStringLiteral("%1号楼").arg(i);
            const auto h = holders.upsert(in, QStringLiteral("admin"), audit);
            if (!h)
                return {};
            ConditionReport r;
            r.type = ConditionReport::Type::CloseContact;
            r.at = t->clock.now().toSecsSinceEpoch() - 7200;
            r.basisRef = QStringLiteral("case:C-%1").arg(i);
            r.basisText = QStringLiteral("与病例同时段到访场所");
            if (!holders.report(h->holder.id, r, QStringLiteral("admin"), audit))
                return {};
        }
        return t;
    }

    static std::vector<ConditionRecord> conditionsOf(const TestDb &t, qint64 holder)
    {
        std::vector<ConditionRecord> live;
        for (const ConditionRecord &c : HolderRepository(t.conn()).conditions(holder))
            if (c.voidedAt == policy::kOpen)
                live.push_back(c);
        return live;
    }

    static HolderState stateOf(const TestDb &t, qint64 id)
    {
        const auto h = HolderRepository(t.conn()).find(id);
        HolderState s;
        s.id = id;
        if (h) {
            s.homeDivision = h->homeDivision;
            s.codeIdentity = h->codeIdentity;
            s.color = h->color;
            s.lastDeclarationAt = h->lastDeclarationAt;
            s.nextChangeAt = h->nextChangeAt;
        }
        return s;
    }

    // The same work through either path: for every holder a new condition (every fifth voided as written), its
    // running one ended (every seventh voided), a second end of the new one for every third, then its color.
    static Status work(TestDb &t, Writes writes, bool finish = true)
    {
        const qint64 now = t.clock.now().toSecsSinceEpoch();
        const policy::PolicyEngine engine(PolicyStore(t.conn()).inForce(now));
        Transaction tx(t.conn());
        ConditionWriter writer(t.conn(), QStringLiteral("admin"), now, engine.policy().version, writes);
        ColorUpdater updater(t.conn(), engine, QStringLiteral("admin"), now, writes);
        QSqlQuery ids(t.conn());
        if (!ids.exec(QStringLiteral("SELECT id FROM holder ORDER BY id")))
            return Error::internal(ids.lastError().text());
        std::vector<qint64> holders;
        while (ids.next())
            holders.push_back(ids.value(0).toLongLong());
        for (size_t i = 0; i < holders.size(); ++i) {
            std::vector<ConditionRecord> live = conditionsOf(t, holders[i]);
            for (ConditionRecord &c : live) {
                c.fixedClear = now - 60;
                c.clear = c.fixedClear;
                if (i % 7 == 0)
                    c.voidedAt = now - 30, c.clear = std::min(c.clear, c.voidedAt);
                if (Status s = writer.updateClear(c, QStringLiteral("病例报告（批次 9）")); !s)
                    return s;
            }
            std::erase_if(live, [](const ConditionRecord &c) { return c.voidedAt != policy::kOpen; });
            ConditionRecord c;
            c.holderId = holders[i];
            c.kind = i % 2 ? ConditionKind::CloseContact : ConditionKind::Case;
            c.color = policy::defaultColorOf(c.kind);
            c.start = now - 600;
            c.basisKind = QStringLiteral("case_report");
            c.basisRef = QStringLiteral("case:C-B%1").arg(i);
            c.basisText = QStringLiteral("病例 C-B%1").arg(i);
            c.sourceDivision = QStringLiteral("370303");
            c.sourceDepartment = QStringLiteral("张店区卫生健康局");
            if (i % 5 == 0)
                c.voidedAt = now - 1, c.clear = now - 1;
            if (Status s = writer.insert(c); !s)
                return s;
            if (c.voidedAt == policy::kOpen) {
                if (i % 3 == 0) {
                    c.fixedClear = now + 86400 * (1 + i % 4);
                    c.clear = c.fixedClear;
                    if (Status s = writer.updateClear(c, {}); !s)
                        return s;
                }
                live.push_back(c);
            }
            if (Status s = updater.apply(stateOf(t, holders[i]), live, QStringLiteral("病例报告"), c.id); !s)
                return s;
        }
        if (!finish)
            return tx.commit();
        if (Status s = writer.finish(); !s)
            return s;
        if (Status s = updater.flush(); !s)
            return s;
        return tx.commit();
    }

    static QStringList dump(const TestDb &t)
    {
        QStringList rows;
        for (const char *sql :
             {"SELECT * FROM condition ORDER BY id", "SELECT * FROM condition_voided ORDER BY id",
              "SELECT id, color, color_since, next_change_at, policy_version FROM holder ORDER BY id",
              "SELECT * FROM holder_history ORDER BY id", "SELECT seq, at, kind, object, payload, actor FROM outbox ORDER BY seq",
              "SELECT * FROM holder_color_count ORDER BY 1, 2"}) {
            QSqlQuery q(t.conn());
            if (!q.exec(QString::fromLatin1(sql)))
                return {q.lastError().text()};
            while (q.next()) {
                QStringList cells;
                for (int c = 0; c < q.record().count(); ++c)
                    cells << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
                // Each database has its own secret for the pseudonymous identity the platform gets.
                static const QRegularExpression identity(QStringLiteral("\"identity\":\"[0-9a-f]+\""));
                const QString table = QString::fromLatin1(sql).section(QLatin1String(" FROM "), 1).section(QLatin1Char(' '), 0, 0);
                rows << table + QLatin1Char(':') + cells.join(QLatin1Char('|')).replace(identity, QStringLiteral("\"identity\""));
            }
        }
        return rows;
    }

private slots:
    void sameRowsAsImmediateWrites()
    {
        auto immediate = populated();
        auto deferred = populated();
        QVERIFY(immediate && immediate->opened && deferred && deferred->opened);
        QCOMPARE(dump(*deferred), dump(*immediate));
        HC_VERIFY_OK(work(*immediate, Writes::Immediate));
        HC_VERIFY_OK(work(*deferred, Writes::Deferred));
        const QStringList a = dump(*immediate), b = dump(*deferred);
        QVERIFY(a.size() > 4 * kHolders);
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            QCOMPARE(b[i], a[i]);
        QCOMPARE(b.size(), a.size());
        QCOMPARE(deferred->count(QStringLiteral("condition_voided")), qint64(kHolders / 7 + 1 + kHolders / 5));

        // The next condition written immediately takes the number after the deferred ones, as after immediate ones.
        HC_VERIFY_OK(work(*immediate, Writes::Immediate));
        HC_VERIFY_OK(work(*deferred, Writes::Immediate));
        QCOMPARE(dump(*deferred), dump(*immediate));
    }

    void unfinishedRowsNeverCommit()
    {
        auto t = populated();
        QVERIFY(t && t->opened);
        const QStringList before = dump(*t);
        const Status s = work(*t, Writes::Deferred, false);
        if (!testdb::isPostgres()) {
            HC_VERIFY_OK(s); // written row by row: nothing was waiting
            return;
        }
        QVERIFY(!s);
        QCOMPARE(dump(*t), before);
        HC_VERIFY_OK(work(*t, Writes::Deferred)); // and the connection is usable again
    }

    void lastChangeOfAHolderWins()
    {
        auto t = populated();
        QVERIFY(t && t->opened);
        const qint64 now = t->clock.now().toSecsSinceEpoch();
        const policy::PolicyEngine engine(PolicyStore(t->conn()).inForce(now));
        const qint64 id = stateOf(*t, 1).id ? 1 : 0;
        QVERIFY(id);
        Transaction tx(t->conn());
        ColorUpdater updater(t->conn(), engine, QStringLiteral("admin"), now, Writes::Deferred);
        const HolderState red = stateOf(*t, id);
        QCOMPARE(red.color, Color::Red);
        HC_VERIFY_OK(updater.apply(red, {}, QStringLiteral("核查")));
        HolderState green = red;
        green.color = Color::Green;
        green.nextChangeAt.reset();
        std::vector<ConditionRecord> yellow = conditionsOf(*t, id);
        for (ConditionRecord &c : yellow)
            c.color = Color::Yellow;
        HC_VERIFY_OK(updater.apply(green, yellow, QStringLiteral("核查")));
        HC_VERIFY_OK(updater.flush());
        HC_VERIFY_OK(tx.commit());
        QCOMPARE(HolderRepository(t->conn()).find(id)->color, Color::Yellow);
        QCOMPARE(t->count(QStringLiteral("holder_history"), QStringLiteral("holder_id = %1 AND cause = '核查'").arg(id)), 2);
    }
};

QTEST_GUILESS_MAIN(TestDeferredWrites)
#include "tst_deferredwrites.moc"
