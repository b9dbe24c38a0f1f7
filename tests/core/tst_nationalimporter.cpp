#include "CoreTestSupport.h"
#include "MappingRepository.h"
#include "NationalImporter.h"
#include "RiskAreaService.h"
#include "TestConfig.h"

#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace hc;
using hctest::TestDb;

namespace {

const QString kActor = QStringLiteral("admin");
const QStringList kLists{QStringLiteral("2022041518-4e719d68.json"), QStringLiteral("2022090100-1fabe827.json"),
                         QStringLiteral("2022110108-3db87774.json"), QStringLiteral("2022110112-6a2871f9.json"),
                         QStringLiteral("2022120208-83099c23.json")};

QString listPath(const QString &name)
{
    return QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/") + name;
}

NationalList loadList(const QString &name)
{
    auto r = NationalList::load(listPath(name));
    if (!r) {
        qWarning() << "cannot load" << name << r.error().message;
        return {};
    }
    return r.value();
}

// Imports a list with the clock an hour after the list's time.
Result<NationalImportReport> importList(TestDb &t, const NationalList &list)
{
    t.clock.set(list.time.addSecs(3600));
    AuditLog audit = t.audit();
    return NationalImporter(t.conn(), t.clock).importTrusted(list, kActor, audit);
}

// code / normalised sub-area / level of every national area in force at t.
QSet<QString> inForceSet(const TestDb &t, const QDateTime &at)
{
    RiskAreaService risk(t.conn(), t.clock);
    AreaFilter f;
    f.at = at.toSecsSinceEpoch();
    f.limit = 5000;
    QSet<QString> out;
    for (;;) {
        const QList<RiskPeriod> page = risk.inForce(f);
        for (const RiskPeriod &p : page)
            if (p.source == QLatin1String("national"))
                out.insert(p.divisionCode + QLatin1Char('|') + normaliseSubarea(p.subarea) + QLatin1Char('|')
                           + riskLevelKey(p.level));
        if (page.size() < f.limit)
            break;
        f.after(page.last());
    }
    return out;
}

QList<qint64> snapshot(const TestDb &t)
{
    QList<qint64> out;
    for (const char *table : {"risk_area", "risk_period", "national_import", "national_entry", "audit_log"})
        out << t.count(QString::fromLatin1(table));
    out << t.count(QStringLiteral("risk_period"), QStringLiteral("effective_to IS NULL"));
    return out;
}

} // namespace

class TestNationalImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parseLists()
    {
        for (const QString &name : kLists) {
            const auto r = NationalList::load(listPath(name));
            HC_VERIFY_OK(r);
            QVERIFY(r->time.isValid());
            QVERIFY(!r->entries.isEmpty());
            QCOMPARE(r->sha256.size(), 64);
        }
        const NationalList l = loadList(kLists.at(2));
        QCOMPARE(l.timeText, QStringLiteral("2022-11-01 08时"));
        QCOMPARE(l.time, hctest::at(QStringLiteral("2022-11-01T08:00:00+08:00")));
        QCOMPARE(l.entries.size(), 207 + 261 + 269);
        QCOMPARE(loadList(kLists.at(1)).time, hctest::at(QStringLiteral("2022-09-01T00:00:00+08:00")));
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("truncated") << QByteArray(R"({"data": {"end_update_time": "2022-11-01 08时", "highlist": [)");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("no data") << QByteArray(R"({"code": 0})");
        QTest::newRow("bad time") << QByteArray(R"({"data": {"end_update_time": "yesterday", "highlist": []}})");
        QTest::newRow("no lists") << QByteArray(R"({"data": {"end_update_time": "2022-11-01 08时"}})");
        QTest::newRow("list not array") << QByteArray(R"({"data": {"end_update_time": "2022-11-01 08时", "highlist": 3}})");
        QTest::newRow("no province") << QByteArray(
            R"({"data": {"end_update_time": "2022-11-01 08时", "highlist": [{"city": "x", "communitys": []}]}})");
        QTest::newRow("communities not list") << QByteArray(
            R"({"data": {"end_update_time": "2022-11-01 08时", "highlist": [{"province": "北京市", "communitys": "a"}]}})");
    }

    void malformedJson()
    {
        QFETCH(QByteArray, json);
        HC_VERIFY_ERROR(NationalList::parse(json), ErrorKind::BadInput);
    }

    void allListsInOrder()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        for (const QString &name : kLists) {
            const NationalList list = loadList(name);
            QVERIFY(list.time.isValid());
            const auto r = importList(t, list);
            HC_VERIFY_OK(r);
            const int entries = r->entries();
            QCOMPARE(entries, int(list.entries.size()));
            const int unmatched = int(r->unmatched().size());
            QCOMPARE(r->exact + r->approximate + unmatched, entries);
            const double exact = double(r->exact) / entries;
            const double found = double(r->exact + r->approximate) / entries;
            qInfo("%s: %d entries, %d exact (%.1f%%), %d approximate, %d unmatched; %d declared, %d lifted",
                  qPrintable(name), entries, r->exact, exact * 100, r->approximate, unmatched, r->declared, r->lifted);
            QVERIFY2(exact >= 0.90, qPrintable(QStringLiteral("%1: exact %2").arg(name).arg(exact)));
            QVERIFY2(found >= 0.99, qPrintable(QStringLiteral("%1: matched %2").arg(name).arg(found)));
            QVERIFY(r->declared > 0);
            QVERIFY(r->importId > 0);

            RiskAreaService risk(t.conn(), t.clock);
            AreaFilter f;
            f.at = list.time.toSecsSinceEpoch();
            const qint64 inForce = risk.countInForce(f);
            QVERIFY(inForce > 0);
            if (name.startsWith(QLatin1String("20221202"))) {
                QVERIFY2(r->declared >= 40000, qPrintable(QString::number(r->declared)));
                QVERIFY2(inForce >= 40000, qPrintable(QString::number(inForce)));
            }
        }
        QCOMPARE(t.count(QStringLiteral("national_import")), 5);
        QCOMPARE(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'risk.import_national'")), 5);
        QCOMPARE(t.count(QStringLiteral("audit_log")), 5); // one entry per import, however many areas
        const AuditVerdict v = t.audit().verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        // Nothing from the lowlists is in force.
        QCOMPARE(t.count(QStringLiteral("risk_period"), QStringLiteral("level NOT IN (1, 2)")), 0);
    }

    void consecutiveLists()
    {
        const NationalList at08 = loadList(kLists.at(2));
        const NationalList at12 = loadList(kLists.at(3));
        QVERIFY(at08.time.isValid() && at12.time.isValid());
        QSet<QString> sequential;
        {
            TestDb t;
            HC_REQUIRE_DB(t);
            HC_VERIFY_OK(importList(t, at08));
            const QSet<QString> before = inForceSet(t, at08.time);
            const auto r = importList(t, at12);
            HC_VERIFY_OK(r);
            QVERIFY2(r->declared > 0, qPrintable(QString::number(r->declared)));
            QVERIFY2(r->lifted > 0, qPrintable(QString::number(r->lifted)));
            sequential = inForceSet(t, at12.time);
            // The 08时 state is still answerable after the 12时 import.
            QCOMPARE(inForceSet(t, at08.time), before);
            QCOMPARE(inForceSet(t, at12.time.addSecs(-1)), before);

            // Re-importing the same list changes no area.
            const qint64 periods = t.count(QStringLiteral("risk_period"));
            const auto again = importList(t, at12);
            HC_VERIFY_OK(again);
            QCOMPARE(again->declared, 0);
            QCOMPARE(again->lifted, 0);
            QCOMPARE(t.count(QStringLiteral("risk_period")), periods);
            QCOMPARE(inForceSet(t, at12.time), sequential);

            // An older list after a newer one changes no area: it is only recorded for review, with its audit entry.
            const qint64 periodsBefore = t.count(QStringLiteral("risk_period"));
            const qint64 openBefore = t.count(QStringLiteral("risk_period"), QStringLiteral("effective_to IS NULL"));
            const qint64 auditBefore = t.count(QStringLiteral("audit_log"));
            const auto older = importList(t, at08);
            HC_VERIFY_OK(older);
            QVERIFY(!older->applied);
            QVERIFY(!older->notice.isEmpty());
            QCOMPARE(older->declared, 0);
            QCOMPARE(older->lifted, 0);
            QCOMPARE(t.count(QStringLiteral("risk_period")), periodsBefore);
            QCOMPARE(t.count(QStringLiteral("risk_period"), QStringLiteral("effective_to IS NULL")), openBefore);
            QCOMPARE(t.count(QStringLiteral("audit_log")), auditBefore + 1);
            QCOMPARE(inForceSet(t, at12.time), sequential);
            QVERIFY(t.audit().verify().intact);
        }
        TestDb alone;
        HC_REQUIRE_DB(alone);
        HC_VERIFY_OK(importList(alone, at12));
        const QSet<QString> expected = inForceSet(alone, at12.time);
        QVERIFY(!expected.isEmpty());
        const QStringList extra = (sequential - expected).values(), missing = (expected - sequential).values();
        QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("only after 08+12: ") + extra.join(QLatin1Char(' '))));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("only with 12 alone: ") + missing.join(QLatin1Char(' '))));
    }

    void manualAreasSurviveAndCancelChangesNothing()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const NationalList first = loadList(kLists.at(2));
        const NationalList second = loadList(kLists.at(3));
        HC_VERIFY_OK(importList(t, first));
        // An official's own declaration, on a division no list names as a whole.
        RiskAreaService risk(t.conn(), t.clock);
        AuditLog audit = t.audit();
        Declaration d;
        d.divisionCode = QStringLiteral("110105011");
        d.subareas = {QStringLiteral("官方自定区域")};
        d.from = first.time.addSecs(600);
        d.basis = QStringLiteral("b");
        d.reason = QStringLiteral("r");
        HC_VERIFY_OK(hctest::declareApproved(t.conn(), t.clock, d, audit));

        // Cancelled through the progress callback: nothing is written.
        const QList<qint64> snap = snapshot(t);
        t.clock.set(second.time);
        HC_VERIFY_ERROR(NationalImporter(t.conn(), t.clock).importTrusted(second, kActor, audit, [](const ProgressStep &) { return false; }),
                        ErrorKind::Refused);
        QCOMPARE(snapshot(t), snap);

        // The next list lifts national areas only.
        HC_VERIFY_OK(importList(t, second));
        const auto h = risk.history(QStringLiteral("110105011"), QStringLiteral("官方自定区域"));
        QCOMPARE(h.size(), 1);
        QVERIFY(!h.first().to);
        QCOMPARE(h.first().source, QStringLiteral("manual"));
        QVERIFY(t.audit().verify().intact);
    }

    void mappingMakesEntryExact()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const NationalList list = loadList(kLists.at(0));
        NationalImporter importer(t.conn(), t.clock);
        const NationalImportReport before = importer.analyse(list);
        const EntryOutcome *xixian = nullptr;
        for (const EntryOutcome &o : before.outcomes)
            if (o.entry.county == QStringLiteral("西咸新区"))
                xixian = &o;
        QVERIFY(xixian);
        QCOMPARE(xixian->match.status, MatchStatus::Approximate);
        QVERIFY(!xixian->mapped);
        // analyse() changes nothing.
        QCOMPARE(t.count(QStringLiteral("national_import")), 0);
        QCOMPARE(t.count(QStringLiteral("risk_period")), 0);

        MappingRepository mappings(t.conn(), t.clock);
        AuditLog audit = t.audit();
        // 沣东新城 spans streets of 未央区 and 长安区; a zone of two of them stands for it here.
        const auto zone = mappings.createZone(QStringLiteral("西咸新区"), {QStringLiteral("610112"), QStringLiteral("610116")},
                                              QStringLiteral("test zone"), kActor, audit);
        HC_VERIFY_OK(zone);
        QCOMPARE(zone->members, (QStringList{QStringLiteral("610112"), QStringLiteral("610116")}));
        HC_VERIFY_OK(mappings.map(NameMapping{QStringLiteral("陕西省"), QStringLiteral("西安市"), QStringLiteral("西咸新区"),
                                              {}, zone->id, {}},
                                  kActor, audit));
        QVERIFY(mappings.find(QStringLiteral("陕西省"), QStringLiteral("西安市"), QStringLiteral("西咸新区")).has_value());
        QCOMPARE(t.count(QStringLiteral("audit_log")), 2);

        const NationalImportReport after = importer.analyse(list);
        QCOMPARE(after.entries(), before.entries());
        QCOMPARE(after.exact, before.exact + 1);
        QCOMPARE(after.approximate, before.approximate - 1);
        for (const EntryOutcome &o : after.outcomes) {
            if (o.entry.county != QStringLiteral("西咸新区"))
                continue;
            QCOMPARE(o.match.status, MatchStatus::Exact);
            QVERIFY(o.mapped);
            QCOMPARE(o.match.targets.size(), 2 * o.entry.communities.size());
            for (const MatchTarget &target : o.match.targets)
                QVERIFY(target.code.startsWith(QLatin1String("610112")) || target.code.startsWith(QLatin1String("610116")));
        }
        // A mapping straight to a division works the same way.
        HC_VERIFY_OK(mappings.map(NameMapping{QStringLiteral("陕西省"), QStringLiteral("西安市"), QStringLiteral("西咸新区"),
                                              QStringLiteral("610112"), 0, {}},
                                  kActor, audit));
        const NationalImportReport direct = importer.analyse(list);
        QCOMPARE(direct.exact, before.exact + 1);
        QVERIFY(t.audit().verify().intact);
    }

    void reportJson()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const auto r = importList(t, loadList(kLists.at(0)));
        HC_VERIFY_OK(r);
        const QJsonObject o = r->toJson();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("approximate"), QStringLiteral("declared"), QStringLiteral("entries"),
                                    QStringLiteral("exact"), QStringLiteral("lifted"), QStringLiteral("unmatched")}));
        QCOMPARE(o.value(QStringLiteral("entries")).toInt(), r->entries());
        QCOMPARE(o.value(QStringLiteral("exact")).toInt(), r->exact);
        QCOMPARE(o.value(QStringLiteral("approximate")).toInt(), r->approximate);
        QCOMPARE(o.value(QStringLiteral("declared")).toInt(), r->declared);
        QCOMPARE(o.value(QStringLiteral("lifted")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("unmatched")).isArray());
        QCOMPARE(o.value(QStringLiteral("unmatched")).toArray().size(), r->unmatched().size());
        // The import is recorded with its counts.
        QSqlQuery q(t.conn());
        QVERIFY(q.exec(QStringLiteral("SELECT entries, exact, approximate, declared, lifted FROM national_import")) && q.next());
        QCOMPARE(q.value(0).toInt(), r->entries());
        QCOMPARE(q.value(1).toInt(), r->exact);
        QCOMPARE(q.value(2).toInt(), r->approximate);
        QCOMPARE(q.value(3).toInt(), r->declared);
        QCOMPARE(t.count(QStringLiteral("national_entry")), r->entries());
    }

    // The review of the latest import is rebuilt from the database after a restart, communities included.
    void lastImportSurvivesRestart()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        NationalImporter importer(t.conn(), t.clock);
        QVERIFY(!importer.lastImport());
        const NationalList list = loadList(kLists.at(3));
        const auto r = importList(t, list);
        HC_VERIFY_OK(r);
        const auto stored = importer.lastImport();
        QVERIFY(stored);
        QCOMPARE(stored->report.importId, r->importId);
        QCOMPARE(stored->report.listTime, list.time);
        QCOMPARE(stored->report.entries(), r->entries());
        QCOMPARE(stored->report.exact, r->exact);
        QCOMPARE(stored->report.approximate, r->approximate);
        QCOMPARE(stored->report.declared, r->declared);
        QCOMPARE(stored->report.lifted, r->lifted);
        for (int i = 0; i < r->entries(); ++i) {
            const EntryOutcome &a = r->outcomes.at(i);
            const EntryOutcome &b = stored->report.outcomes.at(i);
            QCOMPARE(b.entry.areaName, a.entry.areaName);
            QCOMPARE(b.entry.level, a.entry.level);
            QCOMPARE(b.entry.communities, a.entry.communities);
            QCOMPARE(b.match.status, a.match.status);
            QCOMPARE(b.match.code, a.match.code);
            QCOMPARE(b.match.reason, a.match.reason);
        }
        // Checking the stored list again gives the same matches as the import did.
        const NationalImportReport again = importer.analyse(stored->list);
        QCOMPARE(again.exact, r->exact);
        QCOMPARE(again.approximate, r->approximate);
    }
};

QTEST_GUILESS_MAIN(TestNationalImporter)
#include "tst_nationalimporter.moc"
