#include "CoreTestSupport.h"

#include <QJsonObject>
#include <QtTest>

using namespace hc;
using hctest::TestDb;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    // Appends n entries in one transaction, a second apart.
    static void appendEntries(TestDb &t, int n)
    {
        AuditLog log = t.audit();
        Transaction tx(t.conn());
        QVERIFY(tx.begun());
        for (int i = 1; i <= n; ++i) {
            const Status s = log.append(QStringLiteral("admin"), QStringLiteral("test.action"),
                                        QStringLiteral("object:%1").arg(i), QJsonObject{{QStringLiteral("n"), i - 1}},
                                        QJsonObject{{QStringLiteral("n"), i}});
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
            t.clock.advanceSecs(1);
        }
        const Status c = tx.commit();
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyLogIsIntact()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const AuditVerdict v = t.audit().verify();
        QVERIFY(v.intact);
        QCOMPARE(v.entries, 0);
        QCOMPARE(v.firstBadId, 0);
    }

    void appendAndVerify()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        appendEntries(t, 5);
        QCOMPARE(t.count(QStringLiteral("audit_log")), 5);
        const AuditVerdict v = t.audit().verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, 5);
        QCOMPARE(v.firstBadId, 0);

        // The chain: ids 1…n, each prev_hash is the previous hash, the first follows the genesis hash.
        QSqlQuery q(t.conn());
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, prev_hash, hash FROM audit_log ORDER BY id")));
        QString prev = AuditLog::genesisHash();
        qint64 id = 1;
        qint64 lastAt = 0;
        while (q.next()) {
            QCOMPARE(q.value(0).toLongLong(), id++);
            QCOMPARE(q.value(2).toString(), prev);
            QVERIFY(q.value(1).toLongLong() > lastAt);
            lastAt = q.value(1).toLongLong();
            prev = q.value(3).toString();
        }
        QCOMPARE(id, 6);
        QSqlQuery first(t.conn());
        QVERIFY(first.exec(QStringLiteral("SELECT at FROM audit_log WHERE id = 1")) && first.next());
        QCOMPARE(first.value(0).toLongLong(), hctest::defaultNow().toMSecsSinceEpoch()); // the injected clock
        QSqlQuery head(t.conn());
        QVERIFY(head.exec(QStringLiteral("SELECT last_id, last_hash, entries FROM audit_head")));
        QVERIFY(head.next());
        QCOMPARE(head.value(0).toLongLong(), 5);
        QCOMPARE(head.value(1).toString(), prev);
        QCOMPARE(head.value(2).toLongLong(), 5);
    }

    void rolledBackAppendLeavesNothing()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        appendEntries(t, 2);
        {
            AuditLog log = t.audit();
            Transaction tx(t.conn());
            QVERIFY(log.append(QStringLiteral("admin"), QStringLiteral("x"), QStringLiteral("y"), {}, {}).ok());
            // no commit: rolled back
        }
        QCOMPARE(t.count(QStringLiteral("audit_log")), 2);
        QVERIFY(t.audit().verify().intact);
    }

    void alteredRowIsDetected()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        appendEntries(t, 4);
        QVERIFY(t.exec(QStringLiteral("UPDATE audit_log SET after = '{\"n\":99}' WHERE id = 2")));
        const AuditVerdict v = t.audit().verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, 2);
        QVERIFY(!v.problem.isEmpty());
        QVERIFY2(v.problem.contains(QLatin1String("2")), qPrintable(v.problem));
    }

    void alteredRowWithRecomputedHashIsDetected()
    {
        // Rewriting a row and its own hash still breaks the link to the next entry.
        TestDb t;
        HC_REQUIRE_DB(t);
        appendEntries(t, 4);
        AuditEntry e;
        {
            QSqlQuery q(t.conn());
            QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor, action, object, before, after, prev_hash FROM audit_log"
                                          " WHERE id = 2")));
            QVERIFY(q.next());
            e = AuditEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                           QStringLiteral("{\"n\":99}"), q.value(7).toString(), {}};
        }
        e.hash = AuditLog::computeHash(e);
        QVERIFY(t.exec(QStringLiteral("UPDATE audit_log SET after = '%1', hash = '%2' WHERE id = 2").arg(e.after, e.hash)));
        const AuditVerdict v = t.audit().verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, 3);
    }

    void deletedMiddleRowIsDetected()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        appendEntries(t, 5);
        QVERIFY(t.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
        const AuditVerdict v = t.audit().verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, 3);
        QVERIFY2(v.problem.contains(QLatin1String("3")), qPrintable(v.problem));
    }

    void deletedLastRowIsDetected()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        appendEntries(t, 5);
        QVERIFY(t.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 5")));
        const AuditVerdict v = t.audit().verify();
        QVERIFY2(!v.intact, "removing the newest entry must be caught through audit_head");
        QCOMPARE(v.firstBadId, 5);
    }

    void deletedHeadIsDetected()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        appendEntries(t, 3);
        QVERIFY(t.exec(QStringLiteral("DELETE FROM audit_head")));
        const AuditVerdict v = t.audit().verify();
        QVERIFY(!v.intact);
    }

    void computeHashIsStable()
    {
        AuditEntry e{7, 1667260800000, QStringLiteral("admin"), QStringLiteral("risk.declare"),
                     QStringLiteral("risk_area:110105"), QStringLiteral("{}"), QStringLiteral("{\"level\":\"high\"}"),
                     AuditLog::genesisHash(), {}};
        const QString h = AuditLog::computeHash(e);
        QCOMPARE(h.size(), 64);
        // Pinned: the canonical form (fields joined by U+001F, UTF-8, SHA-256) must never change, or every
        // existing chain would stop verifying.
        QCOMPARE(h, QStringLiteral("95136f651265e3bd364c53996188e1caaf12f08c5d1d3f96cf584cf192bc0ca2"));
        QCOMPARE(h, AuditLog::computeHash(e));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(h).hasMatch());
        // The stored hash is not part of the canonical form.
        AuditEntry withHash = e;
        withHash.hash = QStringLiteral("whatever");
        QCOMPARE(AuditLog::computeHash(withHash), h);
        // Every field counts, including the field boundaries.
        for (int field = 0; field < 8; ++field) {
            AuditEntry c = e;
            switch (field) {
            case 0: c.id = 8; break;
            case 1: c.atMs += 1; break;
            case 2: c.actor += QLatin1Char('x'); break;
            case 3: c.action += QLatin1Char('x'); break;
            case 4: c.object += QLatin1Char('x'); break;
            case 5: c.before = QStringLiteral("{ }"); break;
            case 6: c.after.clear(); break;
            case 7: c.prevHash[0] = QLatin1Char('1'); break;
            }
            QVERIFY2(AuditLog::computeHash(c) != h, qPrintable(QStringLiteral("field %1").arg(field)));
        }
        AuditEntry shifted = e;
        shifted.actor = QStringLiteral("admi");
        shifted.action = QStringLiteral("nrisk.declare");
        QVERIFY(AuditLog::computeHash(shifted) != h);
        QCOMPARE(AuditLog::genesisHash(), QString(64, QLatin1Char('0')));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
