// The set-wise reconciliation of residents after a national list gives exactly the conditions, colors, history
// and outgoing messages the per-area path gave, on the shipped lists with holders placed in listed communities,
// sub-areas of streets and areas the second list lifts.
#include "AuditLog.h"
#include "TestDatabase.h"
#include "NationalImporter.h"
#include "NationalList.h"
#include "TestConfig.h"
#include "TestWorkspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace hc;

namespace {

QString listPath(const QString &name)
{
    return QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/") + name;
}

QStringList rows(QSqlDatabase db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols << (q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
        out << cols.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

struct Outcome
{
    QStringList holders, conditions, history, counts, outbox;
    qint64 residentsChanged = 0;
    qint64 residentsLifted = 0;
    qint64 inCommunities = 0;
};

Outcome run(ReconcileMode mode)
{
    // After the second list's time, so that every change is in the past, as on the day.
    TestWorkspace w(QDateTime(QDate(2022, 12, 2), QTime(12, 0), QTimeZone(8 * 3600)));
    AuditLog audit = w.ws->audit();
    DemoPopulator::Options o;
    o.holders = 4000;
    o.seed = 15;
    o.days = 40; // created before the first list
    o.scansPerDay = 0;
    o.communityShare = 0.7;
    QElapsedTimer t;
    t.start();
    if (auto r = w.ws->demo().populate(o, QStringLiteral("admin"), audit); !r)
        qFatal("populate: %s", qPrintable(r.error().message));
    qInfo("populate: %lld ms", t.restart());
    for (const char *name : {"2022110112-6a2871f9.json", "2022120208-83099c23.json"}) {
        auto list = NationalList::load(listPath(QString::fromLatin1(name)));
        if (!list)
            qFatal("load: %s", qPrintable(list.error().message));
        NationalImporter importer = w.ws->nationalImporter();
        importer.setReconcileMode(mode);
        if (auto r = importer.importTrusted(list.value(), QStringLiteral("admin"), audit); !r)
            qFatal("import: %s", qPrintable(r.error().message));
        qInfo("import %s: %lld ms", name, t.restart());
    }
    QSqlDatabase db = w.ws->db();
    Outcome out;
    out.holders = rows(db, QStringLiteral("SELECT id, color, color_since, next_change_at, policy_version FROM holder"));
    // Ids of new conditions depend on the order holders are visited: compared by content.
    out.conditions = rows(db, QStringLiteral("SELECT holder_id, kind, color, start_at, fixed_clear_at, clear_at, voided_at,"
                                             " basis_kind, basis_ref, basis_text, risk_area_id, source_division,"
                                             " source_department FROM condition"));
    out.history = rows(db, QStringLiteral("SELECT holder_id, at, color_before, color_after, cause, actor FROM holder_history"));
    out.counts = rows(db, QStringLiteral("SELECT county, color, n FROM holder_color_count"));
    // The pseudonymous identity is keyed by each workspace's own secret: compared without it.
    out.outbox = rows(db, testdb::isPostgres() ? QStringLiteral("SELECT kind, object, (payload::jsonb - 'identity')::text FROM outbox")
                                               : QStringLiteral("SELECT kind, object, json_remove(payload, '$.identity') FROM outbox"));
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(DISTINCT holder_id) FROM holder_history WHERE cause = '居住地风险等级变化'"));
    q.next();
    out.residentsChanged = q.value(0).toLongLong();
    // Residence conditions the 2022-12-02 list ended (its areas lifted or changed).
    q.exec(QStringLiteral("SELECT COUNT(*) FROM condition WHERE kind IN (4, 5) AND fixed_clear_at = %1")
               .arg(QDateTime(QDate(2022, 12, 2), QTime(8, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch()));
    q.next();
    out.residentsLifted = q.value(0).toLongLong();
    q.exec(testdb::isPostgres() ? QStringLiteral("SELECT COUNT(*) FROM holder WHERE address_key !~ '^[0-9]'")
                                : QStringLiteral("SELECT COUNT(*) FROM holder WHERE address_key NOT GLOB '[0-9]*'"));
    q.next();
    out.inCommunities = q.value(0).toLongLong();
    return out;
}

} // namespace

class TestResidenceSetWise : public QObject
{
    Q_OBJECT
private slots:
    void setWiseEqualsPerArea()
    {
        const Outcome perArea = run(ReconcileMode::PerArea);
        const Outcome setWise = run(ReconcileMode::SetWise);
        // The data must give the comparison real work: residents in communities, many changed, some lifted.
        QVERIFY2(setWise.inCommunities > 2000, qPrintable(QString::number(setWise.inCommunities)));
        QVERIFY2(setWise.residentsChanged > 1000, qPrintable(QString::number(setWise.residentsChanged)));
        QVERIFY2(setWise.residentsLifted > 10, qPrintable(QString::number(setWise.residentsLifted)));
        QCOMPARE(setWise.residentsChanged, perArea.residentsChanged);
        QCOMPARE(setWise.holders, perArea.holders);
        QCOMPARE(setWise.conditions, perArea.conditions);
        QCOMPARE(setWise.history, perArea.history);
        QCOMPARE(setWise.counts, perArea.counts);
        QCOMPARE(setWise.outbox.size(), perArea.outbox.size());
        QCOMPARE(setWise.outbox, perArea.outbox);
    }
};

QTEST_GUILESS_MAIN(TestResidenceSetWise)
#include "tst_residencesetwise.moc"
