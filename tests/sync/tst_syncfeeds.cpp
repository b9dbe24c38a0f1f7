// What comes back from the platform, authentic or refused (PROTOCOL.md "Pull", issue 7): the national risk list as
// the risk-area feed, the trust list, a future policy version, and pushes between two provinces — a ticket
// forwarded from 37 to 11 (whose SM-profile console answers it) and the answer recorded on 37's ticket.
#include "../core/CoreTestSupport.h"
#include "../core/HcctlProcess.h"
#include "OpenSslKey.h"
#include "PlatformProcess.h"
#include "Policy.h"
#include "TestConfig.h"

#include <QCryptographicHash>

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace hctest;

namespace {
const QString kPassword = QStringLiteral("feeds-test-password");
const QString kA = QStringLiteral("console-370303");
const QString kB = QStringLiteral("console-110105");
const QString kList = QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/2022041518-4e719d68.json");
} // namespace

class tst_SyncFeeds : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_platformDir;
    quint16 m_port = 0;
    std::unique_ptr<PlatformProcess> m_platform;
    const QString m_holder = residentId(QStringLiteral("370303"), 42);

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString db(const QString &console) const { return path(console + QStringLiteral(".sqlite")); }
    Run as(const QString &console, const QString &user, const QStringList &args)
    {
        return runHcctl(m_tmp.path(), QStringList{QStringLiteral("--db"), db(console), QStringLiteral("--user"), user} + args, kPassword);
    }
    Run sync(const QString &console)
    {
        return as(console, QStringLiteral("admin"),
                  {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--passphrase-file"), path(console + QStringLiteral(".pass")),
                   QStringLiteral("--json")});
    }
    qint64 count(const QString &console, const QString &sql)
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        d.setDatabaseName(db(console));
        qint64 n = -1;
        if (d.open()) {
            QSqlQuery q(d);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
        d = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return n;
    }
    void exec(const QString &console, const QString &sql)
    {
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
            d.setDatabaseName(console);
            QVERIFY(d.open());
            QSqlQuery q(d);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("poke"));
    }
    void makeConsole(const QString &console, const QString &pass, const QString &division, const QString &profile)
    {
        QFile f(path(console + QStringLiteral(".pass")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pass.toLatin1());
        f.close();
        QCOMPARE(runHcctl(m_tmp.path(), {QStringLiteral("--db"), db(console), QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                          kPassword).code, 0);
        for (const QStringList &args :
             {QStringList{QStringLiteral("commission"), QStringLiteral("set"), QStringLiteral("--division"), division, QStringLiteral("--name"),
                          QStringLiteral("卫生健康局")},
              QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("chen"), QStringLiteral("--roles"),
                          QStringLiteral("operator,reviewer,epidemiologist,supervisor,auditor"), QStringLiteral("--jurisdiction"), division.left(2)},
              QStringList{QStringLiteral("sync"), QStringLiteral("setup"), m_platformDir + QStringLiteral("/consoles/") + console,
                          QStringLiteral("--profile"), profile, QStringLiteral("--passphrase-file"), path(console + QStringLiteral(".pass"))}}) {
            qputenv("HCCTL_NEW_PASSWORD", kPassword.toUtf8());
            const Run r = as(console, QStringLiteral("admin"), args);
            QVERIFY2(r.code == 0, r.describe());
        }
    }
    Run chen(const QString &console, const QStringList &args) { return as(console, QStringLiteral("chen"), args); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_platformDir = path(QStringLiteral("plat"));
        m_port = freePort();
        const QStringList passes = PlatformProcess::createDemo(m_platformDir, m_port);
        QCOMPARE(passes.size(), 2);
        makeConsole(kA, passes[0], QStringLiteral("370303"), QStringLiteral("intl"));
        makeConsole(kB, passes[1], QStringLiteral("110105"), QStringLiteral("sm"));

        // A trust list with one issuer key of Beijing, and a policy version that starts in the future.
        const auto key = hc::codes::OpenSslKey::generate(hc::codes::Profile::Sm2Sm3);
        QVERIFY(key.ok());
        QFile trust(path(QStringLiteral("trust.json")));
        QVERIFY(trust.open(QIODevice::WriteOnly));
        trust.write(QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{QJsonObject{
                                                   {QStringLiteral("issuerDivision"), QStringLiteral("110105")},
                                                   {QStringLiteral("keyId"), QStringLiteral("bj-2022")},
                                                   {QStringLiteral("profile"), QStringLiteral("sm2-sm3")},
                                                   {QStringLiteral("organisation"), QStringLiteral("北京市朝阳区卫生健康委员会")},
                                                   {QStringLiteral("publicPem"), QString::fromLatin1(key->publicPem())}}}}})
                        .toJson());
        trust.close();
        hc::policy::Policy p;
        p.version = 2;
        p.effectiveFrom = QDateTime::currentSecsSinceEpoch() + 86400;
        QFile policy(path(QStringLiteral("policy.json")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write(QJsonDocument(p.toJson()).toJson());
        policy.close();
        QTemporaryDir lists;
        QVERIFY(QFile::copy(kList, lists.filePath(QStringLiteral("list.json"))));
        m_platform = std::make_unique<PlatformProcess>(m_platformDir, m_port);
        QVERIFY(m_platform->start({QStringLiteral("--national"), lists.path(), QStringLiteral("--publish"),
                                   QStringLiteral("trust-list=") + path(QStringLiteral("trust.json")), QStringLiteral("--publish"),
                                   QStringLiteral("policies=") + path(QStringLiteral("policy.json"))}));
    }

    void feedsAreAppliedWithTheirCursors()
    {
        const Run r = sync(kA);
        QVERIFY2(r.code == 0, r.describe());
        const QJsonObject pulled = r.json().value(QStringLiteral("pulled")).toObject();
        QCOMPARE(pulled.value(QStringLiteral("risk-areas")).toInt(), 1);
        QCOMPARE(pulled.value(QStringLiteral("trust-list")).toInt(), 1);
        QCOMPARE(pulled.value(QStringLiteral("policies")).toInt(), 1);
        QCOMPARE(count(kA, QStringLiteral("SELECT COUNT(*) FROM national_import WHERE imported_by = 'platform:platform'")), 1);
        QVERIFY(count(kA, QStringLiteral("SELECT COUNT(*) FROM risk_period")) > 0);
        QCOMPARE(count(kA, QStringLiteral("SELECT COUNT(*) FROM trust_key WHERE key_id = 'bj-2022' AND added_by = 'platform:platform'")), 1);
        QCOMPARE(count(kA, QStringLiteral("SELECT COUNT(*) FROM policy WHERE version = 2")), 1);
        QCOMPARE(count(kA, QStringLiteral("SELECT COUNT(*) FROM inbox")), 3);
        // The signed batches are kept as received, and the cursors moved with them.
        QCOMPARE(count(kA, QStringLiteral("SELECT COUNT(*) FROM sync_feed WHERE cursor > 0")), 3);
        // Issue 19: the console registered its HANDOFF certificate for its commission's division, once.
        QCOMPARE(m_platform->count(QStringLiteral("SELECT COUNT(*) FROM certificate WHERE role = 'handoff' AND console_id = '%1'"
                                                  " AND division = '370303'").arg(kA)), 1);
        QCOMPARE(count(kA, QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'handoff_registered' AND value LIKE '%|370303'")), 1);
        // Nothing new: nothing applied twice.
        const Run again = sync(kA);
        QCOMPARE(again.code, 0);
        QCOMPARE(again.json().value(QStringLiteral("pulled")).toObject().value(QStringLiteral("risk-areas")).toInt(), 0);
        QCOMPARE(count(kA, QStringLiteral("SELECT COUNT(*) FROM national_import")), 1);
        QCOMPARE(count(kA, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'policy.sync'")), 1);
        // The audit chain still verifies with the platform's entries in it.
        const Run verify = chen(kA, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0, verify.describe());
    }

    void tamperedFeedIsRefused()
    {
        // Someone changes a stored trust list on the platform: the console refuses it and its cursor stays.
        m_platform->kill();
        const QString store = m_platformDir + QStringLiteral("/platform/platform.sqlite");
        QFile trust(path(QStringLiteral("trust.json")));
        m_platform->start({QStringLiteral("--publish"), QStringLiteral("trust-list=") + trust.fileName()});
        m_platform->kill();
        exec(store, QStringLiteral("UPDATE batch SET body = CAST(replace(CAST(body AS TEXT), 'bj-2022', 'bj-2099') AS BLOB)"
                                   " WHERE batch_id = (SELECT batch_id FROM feed_item WHERE feed = 'trust-list' ORDER BY seq DESC LIMIT 1)"));
        QVERIFY(m_platform->start());
        const qint64 cursor = count(kA, QStringLiteral("SELECT cursor FROM sync_feed WHERE feed = 'trust-list'"));
        const Run r = sync(kA);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("trust-list")), r.describe());
        QCOMPARE(count(kA, QStringLiteral("SELECT cursor FROM sync_feed WHERE feed = 'trust-list'")), cursor);
        QCOMPARE(count(kA, QStringLiteral("SELECT COUNT(*) FROM trust_key WHERE key_id = 'bj-2099'")), 0);
        // Listed with the tampered digest too: now the signature no longer verifies.
        m_platform->kill();
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("relist"));
            d.setDatabaseName(store);
            QVERIFY(d.open());
            QSqlQuery q(d);
            QVERIFY(q.exec(QStringLiteral("SELECT batch_id, body FROM batch WHERE batch_id = (SELECT batch_id FROM feed_item"
                                          " WHERE feed = 'trust-list' ORDER BY seq DESC LIMIT 1)")) && q.next());
            const QString id = q.value(0).toString();
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(q.value(1).toByteArray(), QCryptographicHash::Sha256).toHex());
            QVERIFY(q.exec(QStringLiteral("UPDATE feed_item SET sha256 = '%1' WHERE batch_id = '%2'").arg(sha, id)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("relist"));
        QVERIFY(m_platform->start());
        const Run forged = sync(kA);
        QCOMPARE(forged.code, 1);
        QVERIFY2(forged.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("signature"), Qt::CaseInsensitive)
                     || forged.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("verif"), Qt::CaseInsensitive),
                 forged.describe());
        QCOMPARE(count(kA, QStringLiteral("SELECT cursor FROM sync_feed WHERE feed = 'trust-list'")), cursor);
        // Taken off the feed, the console goes on.
        m_platform->kill();
        exec(store, QStringLiteral("DELETE FROM feed_item WHERE feed = 'trust-list' AND seq = (SELECT MAX(seq) FROM feed_item WHERE feed = 'trust-list')"));
        QVERIFY(m_platform->start());
        QCOMPARE(sync(kA).code, 0);
    }

    void forwardedTicketAndItsAnswer()
    {
        // 37's resident has a close-contact condition pushed by Beijing (11); the ticket is forwarded there.
        Run r = chen(kA, {QStringLiteral("holders"), QStringLiteral("add"), QStringLiteral("--id-number"), m_holder, QStringLiteral("--name"),
                          QStringLiteral("张晓三"), QStringLiteral("--home"), QStringLiteral("370303001"), QStringLiteral("--address"),
                          QStringLiteral("3号楼2单元")});
        QVERIFY2(r.code == 0, r.describe());
        r = chen(kA, {QStringLiteral("holders"), QStringLiteral("report"), m_holder, QStringLiteral("--type"), QStringLiteral("close-contact"),
                      QStringLiteral("--basis-ref"), QStringLiteral("case:BJ-1"), QStringLiteral("--basis"), QStringLiteral("北京推送的密接")});
        QVERIFY2(r.code == 0, r.describe());
        exec(db(kA), QStringLiteral("UPDATE condition SET source_division = '110105'"));
        r = chen(kA, {QStringLiteral("appeal"), QStringLiteral("file"), QStringLiteral("--number"), QStringLiteral("12345-BJ-1"),
                      QStringLiteral("--kind"), QStringLiteral("wrong_color"), QStringLiteral("--holder"), m_holder, QStringLiteral("--caller"),
                      QStringLiteral("张晓三"), QStringLiteral("--phone"), QStringLiteral("13800000000"), QStringLiteral("--complaint"),
                      QStringLiteral("未去过北京")});
        QVERIFY2(r.code == 0, r.describe());
        for (const QStringList &step : {QStringList{QStringLiteral("assign"), QStringLiteral("12345-BJ-1"), QStringLiteral("--to"), QStringLiteral("chen")},
                                        QStringList{QStringLiteral("review"), QStringLiteral("12345-BJ-1")},
                                        QStringList{QStringLiteral("forward"), QStringLiteral("12345-BJ-1"), QStringLiteral("--province"),
                                                    QStringLiteral("11"), QStringLiteral("--reason"), QStringLiteral("北京推送的密接，由北京核实")}}) {
            r = chen(kA, QStringList{QStringLiteral("appeal")} + step);
            QVERIFY2(r.code == 0, r.describe());
        }
        QVERIFY2(sync(kA).code == 0, "A uploads the forward");
        QCOMPARE(m_platform->count(QStringLiteral("SELECT COUNT(*) FROM feed_item WHERE feed = 'pushes' AND province = '11'")), 1);

        // Beijing's console (SM profile) receives it, answers, uploads an SM-signed batch.
        r = sync(kB);
        QVERIFY2(r.code == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("pulled")).toObject().value(QStringLiteral("pushes")).toInt(), 1);
        r = chen(kB, {QStringLiteral("appeal"), QStringLiteral("incoming"), QStringLiteral("--json")});
        const QJsonArray incoming = r.json().value(QStringLiteral("incoming")).toArray();
        QCOMPARE(incoming.size(), 1);
        QCOMPARE(incoming[0][QStringLiteral("origin_ticket")].toString(), QStringLiteral("12345-BJ-1"));
        QCOMPARE(incoming[0][QStringLiteral("origin_province")].toString(), QStringLiteral("37"));
        r = chen(kB, {QStringLiteral("appeal"), QStringLiteral("answer"), QString::number(incoming[0][QStringLiteral("id")].toInteger()),
                      QStringLiteral("--approve"), QStringLiteral("--reason"), QStringLiteral("核实为误判，撤销密接")});
        QVERIFY2(r.code == 0, r.describe());
        r = sync(kB);
        QVERIFY2(r.code == 0, r.describe());
        QVERIFY(m_platform->count(QStringLiteral("SELECT COUNT(*) FROM batch WHERE console_id = '%1' AND content_type = 'application/json'").arg(kB)) >= 1);
        QVERIFY(m_platform->exactlyOnce(kB, count(kB, QStringLiteral("SELECT MAX(seq) FROM outbox"))));

        // 37 records the answer: the ticket is decided and Beijing's condition voided.
        r = sync(kA);
        QVERIFY2(r.code == 0, r.describe());
        r = chen(kA, {QStringLiteral("appeal"), QStringLiteral("show"), QStringLiteral("12345-BJ-1"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("decided"));
        QCOMPARE(r.json().value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
        QCOMPARE(count(kA, QStringLiteral("SELECT COUNT(*) FROM condition WHERE source_division = '110105' AND voided_at IS NULL")), 0);
        QCOMPARE(count(kA, QStringLiteral("SELECT color FROM holder")), 0); // green again
        QCOMPARE(count(kA, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'platform:%1'").arg(kB)) > 0, true);
    }

    void compactedFeedResynchronises()
    {
        // The platform publishes a newer list and trust list, then compacts both feeds to their newest item.
        m_platform->kill();
        QTemporaryDir lists;
        QVERIFY(QFile::copy(QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/2022120208-83099c23.json"), lists.filePath(QStringLiteral("dec.json"))));
        QVERIFY(m_platform->start({QStringLiteral("--national"), lists.path(), QStringLiteral("--publish"),
                                   QStringLiteral("trust-list=") + path(QStringLiteral("trust.json"))}));
        m_platform->kill();
        QVERIFY(m_platform->start({QStringLiteral("--compact"), QStringLiteral("risk-areas"), QStringLiteral("--compact"),
                                   QStringLiteral("trust-list")}));
        QVERIFY(m_platform->output().contains("compacted risk-areas"));
        // Pushes are messages, not snapshots: never compacted.
        PlatformProcess refused(m_platformDir, freePort());
        QVERIFY(!refused.start({QStringLiteral("--compact"), QStringLiteral("pushes")}));

        // A console behind the floor gets 410 and takes the snapshot up: the December list, not the ones before.
        const Run r = sync(kA);
        QVERIFY2(r.code == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("resynced")).toInt(), 2);
        QCOMPARE(count(kA, QStringLiteral("SELECT COUNT(*) FROM national_import")), 2);
        QCOMPARE(count(kA, QStringLiteral("SELECT MAX(list_time) FROM national_import")), 1669939200); // 2022-12-02 08:00 +08
        QCOMPARE(count(kA, QStringLiteral("SELECT cursor FROM sync_feed WHERE feed = 'risk-areas'")),
                 m_platform->count(QStringLiteral("SELECT floor FROM feed_floor WHERE feed = 'risk-areas'")));
        const Run again = sync(kA);
        QCOMPARE(again.code, 0);
        QCOMPARE(again.json().value(QStringLiteral("resynced")).toInt(), 0);
    }

    void cleanupTestCase() { m_platform.reset(); }
};

QTEST_GUILESS_MAIN(tst_SyncFeeds)
#include "tst_syncfeeds.moc"
