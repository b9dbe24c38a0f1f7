// Issue 16: the audit log anchored outside the workstation, against the real hc-platform on loopback. Every batch
// carries the audit head at its freezing (auditHead), the platform's signed receipt repeats it, and
// AuditAnchors::check compares the log with what the platform countersigned: a chain rebuilt after an edit (which
// AuditLog::verify finds intact) is named at the first anchored entry that disagrees; a console that never synced has
// no anchor yet; a changed receipt, a changed anchor or a receipt from another CA is refused. Also: a platform that does
// not repeat the head (before this version) still takes the batches; one that repeats another head is refused; the
// platform takes batches with and without auditHead; and the freezer cuts batches by size, so that long reasons never
// make a batch the platform refuses (413 over 64 MiB).
#include "../core/HcctlProcess.h"
#include "AuditAnchors.h"
#include "AuditLog.h"
#include "BatchFreezer.h"
#include "CredentialVault.h"
#include "Crypto.h"
#include "Database.h"
#include "GuardedTlsServer.h"
#include "Outbox.h"
#include "PlatformClient.h"
#include "PlatformProcess.h"
#include "PlatformSetup.h"
#include "SyncEngine.h"
#include "SyncService.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace hctest;
using hc::sync::AnchorVerdict;

namespace {
const QString kPassword = QStringLiteral("anchor-test-password");
const QString kConsoleA = QStringLiteral("console-370303");
const QString kConsoleB = QStringLiteral("console-110105");

// The platform caps a batch body at 64 MiB; the freezer's cut must leave room for the signature and SM's base64.
static_assert(hc::sync::BatchFreezer::kMaxEventBytes * 4 / 3 + (1 << 20) < hc::platform::limits::kMaxBatchBodyBytes);

// Stands in for the network in front of the real platform and re-signs each upload's receipt, edited, with the
// platform's own receipt key: a platform that does not know auditHead, or one that repeats another head.
class ResigningTransport final : public hc::sync::PlatformTransport
{
public:
    ResigningTransport(PlatformTransport &inner, const hc::platform::PlatformConfig &platform, std::function<void(QJsonObject &)> edit)
        : m_inner(inner), m_platform(platform), m_edit(std::move(edit))
    {
    }
    Reply exchange(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &contentType,
                   const Headers &headers) override
    {
        Reply r = m_inner.exchange(verb, path, body, contentType, headers);
        if (verb != "POST" || path != QLatin1String("/v1/batches") || (r.status != 200 && r.status != 201))
            return r;
        const auto opened = hc::sync::SignedObject::open(r.body, m_platform.anchors, QDateTime::currentDateTimeUtc());
        if (!opened)
            qFatal("the platform's receipt does not verify: %s", qPrintable(opened.error().message));
        QJsonObject receipt = QJsonDocument::fromJson(opened->payload).object();
        m_edit(receipt);
        r.body = *hc::sync::SignedObject::sign(m_platform.signer, QJsonDocument(receipt).toJson(QJsonDocument::Compact));
        return r;
    }

private:
    PlatformTransport &m_inner;
    const hc::platform::PlatformConfig &m_platform;
    std::function<void(QJsonObject &)> m_edit;
};

} // namespace

class tst_SyncAnchors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_platformDir;
    QString m_dbA, m_dbB;
    QString m_passA, m_passB;
    quint16 m_port = 0;
    std::unique_ptr<PlatformProcess> m_platform;
    qint64 m_eventsA = 0, m_eventsB = 0;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString consoleDir(const QString &id) const { return m_platformDir + QStringLiteral("/consoles/") + id; }
    Run hcctl(const QString &db, const QStringList &args)
    {
        return runHcctl(m_tmp.path(), QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} + args,
                        kPassword);
    }
    Run init(const QString &db)
    {
        return runHcctl(m_tmp.path(), {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                        kPassword);
    }
    Run setup(const QString &db, const QString &console, const QString &passFile, int batchEvents)
    {
        return hcctl(db, {QStringLiteral("sync"), QStringLiteral("setup"), consoleDir(console), QStringLiteral("--passphrase-file"), passFile,
                          QStringLiteral("--batch-events"), QString::number(batchEvents), QStringLiteral("--json")});
    }
    Run syncNow(const QString &db, const QString &passFile)
    {
        return hcctl(db, {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--passphrase-file"), passFile, QStringLiteral("--json")});
    }
    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    // Changes as the core writes them: the change's audit entry and its outbox row in one transaction.
    void addAudited(const QString &db, int n, qint64 &counter)
    {
        hc::Workspace ws(db);
        QVERIFY(ws.open().ok());
        hc::Transaction tx(ws.db());
        hc::AuditLog audit(ws.db(), ws.clock());
        hc::Outbox outbox(ws.db(), QDateTime::currentSecsSinceEpoch(), QStringLiteral("tester"));
        for (int i = 0; i < n; ++i) {
            const QString subject = QStringLiteral("holder:%1").arg(counter + i + 1);
            QVERIFY(audit.append(QStringLiteral("tester"), QStringLiteral("holder.color"), subject, {},
                                 {{QStringLiteral("color"), QStringLiteral("yellow")}})
                        .ok());
            QVERIFY(outbox.append(QStringLiteral("holder.color"), subject,
                                  {{QStringLiteral("identity"), QString::number(counter + i + 1, 16)},
                                   {QStringLiteral("color"), QStringLiteral("yellow")},
                                   {QStringLiteral("cause"), QStringLiteral("测试")}})
                        .ok());
        }
        QVERIFY(tx.commit().ok());
        counter += n;
    }

    static qint64 number(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    static AnchorVerdict check(const QString &db, const hc::sync::AnchorCheckOptions &options = {})
    {
        hc::Workspace ws(db);
        if (!ws.open().ok())
            qFatal("cannot open %s", qPrintable(db));
        const auto v = hc::sync::AuditAnchors::check(ws.db(), options);
        if (!v)
            qFatal("%s", qPrintable(v.error().message));
        return *v;
    }
    // A copy of console A's database to tamper with (hcctl and the workspaces are closed: no write-ahead log left).
    QString copyOfA(const QString &name)
    {
        const QString copy = path(name);
        QFile::remove(copy);
        if (!QFile::copy(m_dbA, copy))
            qFatal("cannot copy the database");
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(m_dbA + suffix))
                QFile::copy(m_dbA + suffix, copy + suffix);
        return copy;
    }
    // Someone who can write the file: changes entry `id` and recomputes every hash after it, so the chain verifies.
    static void rebuildAfterEditing(const QString &db, qint64 id)
    {
        hc::Workspace ws(db);
        QVERIFY(ws.open().ok());
        QSqlQuery q(ws.db());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET after = '{\"color\":\"green\"}' WHERE id = %1").arg(id)));
        QVERIFY(q.numRowsAffected() == 1);
        QList<hc::AuditEntry> entries;
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor, action, object, before, after, prev_hash, hash FROM audit_log ORDER BY id")));
        while (q.next())
            entries.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                            q.value(8).toString()});
        QString prev = hc::AuditLog::genesisHash();
        for (hc::AuditEntry &e : entries) {
            e.prevHash = prev;
            e.hash = hc::AuditLog::computeHash(e);
            prev = e.hash;
            QSqlQuery u(ws.db());
            u.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
            u.addBindValue(e.prevHash);
            u.addBindValue(e.hash);
            u.addBindValue(e.id);
            QVERIFY(u.exec());
        }
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_head SET last_hash = '%1'").arg(prev)));
        const hc::AuditVerdict chain = ws.audit().verify();
        QVERIFY2(chain.intact, qPrintable(chain.problem)); // the chain alone cannot tell
    }
    // The anchored sequence numbers, oldest first.
    static QList<qint64> anchoredSeqs(const QString &db)
    {
        hc::Workspace ws(db);
        if (!ws.open().ok())
            return {};
        QSqlQuery q(ws.db());
        QList<qint64> out;
        q.exec(QStringLiteral("SELECT seq FROM audit_anchor ORDER BY seq"));
        while (q.next())
            out.append(q.value(0).toLongLong());
        return out;
    }
    std::pair<hc::sync::SyncSettings, hc::sync::UnlockedCredentials> credentials(const QString &id, const QString &pass)
    {
        auto read = hc::sync::CredentialVault::readDirectory(consoleDir(id), pass.toLatin1(), QStringLiteral("intl"),
                                                             QDateTime::currentDateTimeUtc());
        if (!read)
            qFatal("%s", qPrintable(read.error().message));
        hc::MemorySecretStore store;
        hc::sync::CredentialVault vault(store);
        auto settings = read->first;
        vault.keep(settings, read->second, pass.toLatin1());
        auto unlocked = vault.unlock(settings);
        if (!unlocked)
            qFatal("%s", qPrintable(unlocked.error().message));
        return {settings, *unlocked};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_platformDir = path(QStringLiteral("plat"));
        m_port = freePort();
        const QStringList passphrases = PlatformProcess::createDemo(m_platformDir, m_port);
        QCOMPARE(passphrases.size(), 2);
        m_passA = passphrases[0];
        m_passB = passphrases[1];
        writeFile(QStringLiteral("pass-a"), m_passA.toLatin1() + '\n');
        writeFile(QStringLiteral("pass-b"), m_passB.toLatin1() + '\n');
        m_dbA = path(QStringLiteral("a.sqlite"));
        m_dbB = path(QStringLiteral("b.sqlite"));
        QCOMPARE(init(m_dbA).code, 0);
        QCOMPARE(init(m_dbB).code, 0);
        m_platform = std::make_unique<PlatformProcess>(m_platformDir, m_port);
        QVERIFY(m_platform->start());
    }

    void neverSyncedHasNoAnchorYet()
    {
        // Never set up for sync.
        const QString fresh = path(QStringLiteral("fresh.sqlite"));
        QCOMPARE(init(fresh).code, 0);
        AnchorVerdict v = check(fresh);
        QCOMPARE(v.state, AnchorVerdict::State::None);
        QVERIFY(v.ok());
        QCOMPARE(v.checked, 0);
        QCOMPARE(v.lastSeq, 0);
        QVERIFY2(v.problem.startsWith(QStringLiteral("No anchor yet")), qPrintable(v.problem));
        {
            hc::Workspace ws(fresh);
            QVERIFY(ws.open().ok());
            QCOMPARE(v.unanchored, number(ws.db(), QStringLiteral("SELECT MAX(id) FROM audit_log")));
            QVERIFY(v.unanchored > 0);
        }
        QCOMPARE(v.toJson().value(QStringLiteral("state")).toString(), QStringLiteral("none"));
        QVERIFY(v.toJson().value(QStringLiteral("last_seq")).isNull());
        // Set up, nothing delivered yet.
        const Run s = setup(m_dbA, kConsoleA, path(QStringLiteral("pass-a")), 40);
        QVERIFY2(s.code == 0, s.describe());
        v = check(m_dbA);
        QCOMPARE(v.state, AnchorVerdict::State::None);
        QVERIFY2(v.problem.contains(QStringLiteral("has not delivered")), qPrintable(v.problem));
    }

    void eachReceiptCountersignsTheAuditHead()
    {
        for (int round = 0; round < 3; ++round) {
            addAudited(m_dbA, 5, m_eventsA);
            const Run r = syncNow(m_dbA, path(QStringLiteral("pass-a")));
            QVERIFY2(r.code == 0, r.describe());
            QCOMPARE(r.json().value(QStringLiteral("delivered")).toInt(), 1);
            QCOMPARE(r.json().value(QStringLiteral("anchored")).toInt(), 1);
        }
        QVERIFY(m_platform->exactlyOnce(kConsoleA, m_eventsA));
        hc::Workspace ws(m_dbA);
        QVERIFY(ws.open().ok());
        // What each batch carried, in the batch and in its row; the same at the platform; the same in the receipt.
        QSqlQuery q(ws.db());
        QVERIFY(q.exec(QStringLiteral("SELECT b.body, b.audit_seq, b.audit_hash, b.receipt, a.seq, a.hash FROM sync_batch b"
                                      " JOIN audit_anchor a ON a.batch_id = b.id ORDER BY b.id")));
        int rows = 0;
        qint64 previous = 0;
        while (q.next()) {
            ++rows;
            const auto settings = hc::sync::SyncSettings::load(ws.db());
            const auto body = hc::sync::SignedObject::open(qUncompress(q.value(0).toByteArray()), *settings->anchors(),
                                                           QDateTime::currentDateTimeUtc());
            QVERIFY(body.ok());
            const QJsonObject head = QJsonDocument::fromJson(body->payload).object().value(QStringLiteral("auditHead")).toObject();
            QCOMPARE(head.value(QStringLiteral("seq")).toInteger(), q.value(1).toLongLong());
            QCOMPARE(head.value(QStringLiteral("hash")).toString(), q.value(2).toString());
            QCOMPARE(q.value(4).toLongLong(), q.value(1).toLongLong());
            QCOMPARE(q.value(5).toString(), q.value(2).toString());
            QCOMPARE(number(ws.db(), QStringLiteral("SELECT hash = '%1' FROM audit_log WHERE id = %2")
                                         .arg(q.value(2).toString()).arg(q.value(1).toLongLong())), 1);
            QVERIFY(q.value(1).toLongLong() > previous); // five audited changes between two batches
            previous = q.value(1).toLongLong();
            const auto receipt = hc::sync::SignedObject::open(qUncompress(q.value(3).toByteArray()), *settings->anchors(),
                                                              QDateTime::currentDateTimeUtc());
            QVERIFY(receipt.ok());
            const QJsonObject echoed = QJsonDocument::fromJson(receipt->payload).object().value(QStringLiteral("auditHead")).toObject();
            QCOMPARE(echoed, head);
        }
        QCOMPARE(rows, 3);
        QCOMPARE(m_platform->count(QStringLiteral("SELECT COUNT(*) FROM batch WHERE console_id = '%1' AND audit_seq IS NOT NULL").arg(kConsoleA)), 3);
        QCOMPARE(m_platform->count(QStringLiteral("SELECT MAX(audit_seq) FROM batch WHERE console_id = '%1'").arg(kConsoleA)), previous);

        AnchorVerdict v = check(m_dbA);
        QVERIFY2(v.state == AnchorVerdict::State::Agrees, qPrintable(v.problem));
        QCOMPARE(v.checked, 3);
        QCOMPARE(v.total, 3);
        QCOMPARE(v.lastSeq, previous);
        QVERIFY(!v.lastAnchoredAt.isEmpty());
        const qint64 last = number(ws.db(), QStringLiteral("SELECT MAX(id) FROM audit_log"));
        QCOMPARE(v.unanchored, last - previous);
        QVERIFY(v.problem.isEmpty());
        QCOMPARE(v.caSha256.size(), 64);
        // Changes not yet synced are not yet anchored.
        addAudited(m_dbA, 2, m_eventsA);
        v = check(m_dbA);
        QCOMPARE(v.state, AnchorVerdict::State::Agrees);
        QCOMPARE(v.unanchored, last - previous + 2);
        const QJsonObject json = v.toJson();
        for (const char *key : {"state", "checked", "total", "last_seq", "last_anchored_at", "unanchored", "first_disagreeing_entry",
                                "last_agreeing_entry", "problem", "ca_sha256"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QVERIFY(json.value(QStringLiteral("first_disagreeing_entry")).isNull());
    }

    void platformsThatDoNotRepeatOrRepeatAnotherHead()
    {
        auto config = hc::platform::PlatformSetup::load(m_platformDir);
        QVERIFY2(config.ok(), qPrintable(config ? QString() : config.error().message));
        hc::Workspace ws(m_dbA);
        QVERIFY(ws.open().ok());
        hc::MemorySecretStore secrets;
        hc::sync::SyncService service(ws.db(), ws.clock(), secrets);
        const auto unlocked = service.unlock(m_passA.toLatin1());
        QVERIFY(unlocked.ok());
        const auto settings = *service.settings();
        hc::sync::PlatformClient client(settings, *unlocked);
        const qint64 anchorsBefore = number(ws.db(), QStringLiteral("SELECT COUNT(*) FROM audit_anchor"));

        // A platform that repeats another head than the batch carried: the receipt is refused, the batch stays frozen.
        ResigningTransport lying(client, *config, [](QJsonObject &r) {
            QJsonObject head = r.value(QStringLiteral("auditHead")).toObject();
            head.insert(QStringLiteral("seq"), head.value(QStringLiteral("seq")).toInteger() + 1);
            r.insert(QStringLiteral("auditHead"), head);
        });
        const hc::sync::SyncReport refused = service.run(*unlocked, true, &lying);
        QVERIFY2(refused.error.contains(QStringLiteral("countersigns the audit head")), qPrintable(refused.error));
        QVERIFY(refused.refused);
        QCOMPARE(refused.delivered, 0);
        QCOMPARE(number(ws.db(), QStringLiteral("SELECT COUNT(*) FROM sync_batch WHERE state = 'frozen'")), 1);

        // A platform before this version repeats no head: delivered, not anchored.
        ResigningTransport old(client, *config, [](QJsonObject &r) { r.remove(QStringLiteral("auditHead")); });
        const hc::sync::SyncReport delivered = service.run(*unlocked, true, &old);
        QVERIFY2(delivered.error.isEmpty(), qPrintable(delivered.error));
        QCOMPARE(delivered.delivered, 1);
        QCOMPARE(delivered.anchored, 0);
        QCOMPARE(number(ws.db(), QStringLiteral("SELECT COUNT(*) FROM audit_anchor")), anchorsBefore);
        QVERIFY(m_platform->exactlyOnce(kConsoleA, m_eventsA));
        QCOMPARE(check(m_dbA).state, AnchorVerdict::State::Agrees);

        // And the real platform again.
        addAudited(m_dbA, 3, m_eventsA);
        const hc::sync::SyncReport again = service.run(*unlocked, true);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(again.anchored, 1);
        QCOMPARE(number(ws.db(), QStringLiteral("SELECT COUNT(*) FROM audit_anchor")), anchorsBefore + 1);
    }

    void rebuiltChainIsNamedAtTheFirstAnchoredEntry()
    {
        const QList<qint64> anchors = anchoredSeqs(m_dbA);
        QCOMPARE(anchors.size(), 4);
        QVERIFY(anchors[0] > 3);

        // An early entry, before the first anchor: every anchor disagrees; the oldest is named.
        const QString early = copyOfA(QStringLiteral("early.sqlite"));
        rebuildAfterEditing(early, 2);
        AnchorVerdict v = check(early);
        QCOMPARE(v.state, AnchorVerdict::State::Disagrees);
        QVERIFY(!v.ok());
        QCOMPARE(v.firstDisagreeingEntry, anchors[0]);
        QCOMPARE(v.lastAgreeingEntry, 0);
        QCOMPARE(v.checked, 4);
        QVERIFY2(v.problem.contains(QStringLiteral("Audit entry %1 is not the one the platform countersigned").arg(anchors[0])),
                 qPrintable(v.problem));
        QVERIFY2(v.problem.contains(QStringLiteral("at or before entry %1").arg(anchors[0])), qPrintable(v.problem));
        QCOMPARE(v.toJson().value(QStringLiteral("state")).toString(), QStringLiteral("disagrees"));
        QCOMPARE(v.toJson().value(QStringLiteral("first_disagreeing_entry")).toInteger(), anchors[0]);
        // The same through `hcctl audit verify` (an auditor's verb): the chain intact, the anchors disagreeing, exit 1.
        {
            const Run add = runHcctl(m_tmp.path(), {QStringLiteral("--db"), early, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                                                    QStringLiteral("add"), QStringLiteral("aud"), QStringLiteral("--roles"), QStringLiteral("auditor")},
                                     kPassword, {}, {{QStringLiteral("HCCTL_NEW_PASSWORD"), kPassword}});
            QVERIFY2(add.code == 0, add.describe().constData());
            // With the CA the platform issued (kept off the database) and every anchor checked.
            const Run verify = runHcctl(m_tmp.path(), {QStringLiteral("--db"), early, QStringLiteral("--user"), QStringLiteral("aud"), QStringLiteral("audit"),
                                                       QStringLiteral("verify"), QStringLiteral("--ca"), consoleDir(kConsoleA) + QStringLiteral("/ca.pem"),
                                                       QStringLiteral("--all-anchors"), QStringLiteral("--json")},
                                        kPassword);
            QVERIFY2(verify.code == 1, verify.describe().constData());
            QCOMPARE(verify.json().value(QStringLiteral("intact")).toBool(), true);
            const QJsonObject a = verify.json().value(QStringLiteral("anchors")).toObject();
            QCOMPARE(a.value(QStringLiteral("state")).toString(), QStringLiteral("disagrees"));
            QCOMPARE(a.value(QStringLiteral("first_disagreeing_entry")).toInteger(), anchors[0]);
            QVERIFY2(verify.err.contains("anchors disagree"), verify.describe().constData());
            QCOMPARE(a.value(QStringLiteral("checked")).toInt(), 4); // --all-anchors
            const Run badCa = runHcctl(m_tmp.path(), {QStringLiteral("--db"), early, QStringLiteral("--user"), QStringLiteral("aud"), QStringLiteral("audit"),
                                                      QStringLiteral("verify"), QStringLiteral("--ca"), path(QStringLiteral("no-such-ca.pem"))},
                                       kPassword);
            QVERIFY2(badCa.code == 2, badCa.describe().constData());
        }

        // An entry between the second and the third anchors: the third is named, the second still agrees.
        const QString middle = copyOfA(QStringLiteral("middle.sqlite"));
        rebuildAfterEditing(middle, anchors[1] + 1);
        v = check(middle);
        QCOMPARE(v.state, AnchorVerdict::State::Disagrees);
        QCOMPARE(v.firstDisagreeingEntry, anchors[2]);
        QCOMPARE(v.lastAgreeingEntry, anchors[1]);
        QCOMPARE(v.checked, 3); // the two newest disagree, the third vouches for everything before it
        QVERIFY2(v.problem.contains(QStringLiteral("after entry %1").arg(anchors[1])), qPrintable(v.problem));

        // Entries removed and the chain rebuilt shorter: the newest anchored entry is missing.
        const QString cut = copyOfA(QStringLiteral("cut.sqlite"));
        {
            hc::Workspace ws(cut);
            QVERIFY(ws.open().ok());
            QSqlQuery q(ws.db());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(anchors[3])));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_head SET last_id = %1, entries = %1").arg(anchors[3] - 1)));
        }
        rebuildAfterEditing(cut, anchors[3] - 1);
        v = check(cut);
        QCOMPARE(v.state, AnchorVerdict::State::Disagrees);
        QCOMPARE(v.firstDisagreeingEntry, anchors[3]);
        QVERIFY2(v.problem.contains(QStringLiteral("is missing")), qPrintable(v.problem));

        // What no anchor covers yet cannot be caught by one: an entry after the newest anchor.
        const QString recent = copyOfA(QStringLiteral("recent.sqlite"));
        qint64 unsynced = m_eventsA;
        addAudited(recent, 2, unsynced);
        rebuildAfterEditing(recent, anchors[3] + 1);
        QCOMPARE(check(recent).state, AnchorVerdict::State::Agrees);
    }

    void forgedReceiptsAreRefused()
    {
        // A byte of a stored receipt changed (the countersigned hash): its signature no longer verifies.
        const QString forged = copyOfA(QStringLiteral("forged.sqlite"));
        {
            hc::Workspace ws(forged);
            QVERIFY(ws.open().ok());
            QSqlQuery q(ws.db());
            QVERIFY(q.exec(QStringLiteral("SELECT b.id, b.receipt, a.hash FROM sync_batch b JOIN audit_anchor a ON a.batch_id = b.id"
                                          " ORDER BY a.seq DESC LIMIT 1")));
            QVERIFY(q.next());
            QByteArray receipt = qUncompress(q.value(1).toByteArray());
            const qsizetype at = receipt.indexOf(q.value(2).toString().toLatin1());
            QVERIFY(at > 0);
            receipt[at] = receipt[at] == 'a' ? 'b' : 'a';
            QSqlQuery u(ws.db());
            u.prepare(QStringLiteral("UPDATE sync_batch SET receipt = ? WHERE id = ?"));
            u.addBindValue(qCompress(receipt, 1));
            u.addBindValue(q.value(0));
            QVERIFY(u.exec());
        }
        AnchorVerdict v = check(forged);
        QCOMPARE(v.state, AnchorVerdict::State::Refused);
        QVERIFY(!v.ok());
        QVERIFY2(v.problem.contains(QStringLiteral("is refused")) && v.problem.contains(QStringLiteral("signature")), qPrintable(v.problem));
        QCOMPARE(v.toJson().value(QStringLiteral("state")).toString(), QStringLiteral("refused"));

        // The chain rebuilt and the anchors rewritten to match it: the receipts still say what the platform signed.
        const QString rewritten = copyOfA(QStringLiteral("rewritten.sqlite"));
        rebuildAfterEditing(rewritten, 2);
        {
            hc::Workspace ws(rewritten);
            QVERIFY(ws.open().ok());
            QSqlQuery q(ws.db());
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_anchor SET hash = (SELECT hash FROM audit_log WHERE id = audit_anchor.seq)")));
            QVERIFY(q.exec(QStringLiteral("UPDATE sync_batch SET audit_hash = (SELECT hash FROM audit_log WHERE id = sync_batch.audit_seq)")));
        }
        v = check(rewritten);
        QCOMPARE(v.state, AnchorVerdict::State::Refused);
        QVERIFY2(v.problem.contains(QStringLiteral("not the anchor recorded")), qPrintable(v.problem));

        // Receipts of one's own: a rogue CA put in sync_config and the receipts re-signed by its "platform". Checked
        // against the CA the database names, they pass; against the platform's real CA, given from outside, refused.
        const QString rogue = copyOfA(QStringLiteral("rogue.sqlite"));
        rebuildAfterEditing(rogue, 2);
        auto ca = hc::pki::makeCa({QStringLiteral("Rogue CA"), {}, QStringLiteral("rogue"), QStringLiteral("ca")});
        QVERIFY(ca.ok());
        auto receiptKey = hc::pki::issue(*ca, hc::pki::IssueRequest::of({QStringLiteral("platform"), {}, QStringLiteral("rogue"),
                                                                         QStringLiteral("receipt")}, hc::pki::Role::Receipt));
        QVERIFY(receiptKey.ok());
        {
            hc::Workspace ws(rogue);
            QVERIFY(ws.open().ok());
            QSqlQuery q(ws.db());
            QVERIFY(q.exec(QStringLiteral("SELECT b.id, b.receipt, a.seq FROM sync_batch b JOIN audit_anchor a ON a.batch_id = b.id")));
            const auto settings = hc::sync::SyncSettings::load(ws.db());
            while (q.next()) {
                const auto opened = hc::sync::SignedObject::open(qUncompress(q.value(1).toByteArray()), *settings->anchors(),
                                                                 QDateTime::currentDateTimeUtc());
                QVERIFY(opened.ok());
                QJsonObject r = QJsonDocument::fromJson(opened->payload).object();
                QSqlQuery h(ws.db());
                QVERIFY(h.exec(QStringLiteral("SELECT hash FROM audit_log WHERE id = %1").arg(q.value(2).toLongLong())) && h.next());
                QJsonObject head = r.value(QStringLiteral("auditHead")).toObject();
                head.insert(QStringLiteral("hash"), h.value(0).toString());
                r.insert(QStringLiteral("auditHead"), head);
                const auto resigned = hc::sync::SignedObject::sign({receiptKey->cert, {}, receiptKey->key},
                                                                   QJsonDocument(r).toJson(QJsonDocument::Compact));
                QVERIFY(resigned.ok());
                QSqlQuery u(ws.db());
                u.prepare(QStringLiteral("UPDATE sync_batch SET receipt = ? WHERE id = ?"));
                u.addBindValue(qCompress(*resigned, 1));
                u.addBindValue(q.value(0));
                QVERIFY(u.exec());
            }
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_anchor SET hash = (SELECT hash FROM audit_log WHERE id = audit_anchor.seq)")));
            QSqlQuery c(ws.db());
            c.prepare(QStringLiteral("UPDATE sync_config SET ca_pem = ?"));
            c.addBindValue(ca->cert.toPem());
            QVERIFY(c.exec());
        }
        v = check(rogue);
        QCOMPARE(v.state, AnchorVerdict::State::Agrees); // the database vouches for itself
        QFile realCa(consoleDir(kConsoleA) + QStringLiteral("/ca.pem"));
        QVERIFY(realCa.open(QIODevice::ReadOnly));
        const auto trusted = hc::pki::Certificate::listFromPem(realCa.readAll());
        QVERIFY(trusted.ok());
        QVERIFY(v.caSha256 != hc::sync::protocol::hex(trusted->first().sha256())); // which the fingerprint shows
        v = check(rogue, {10, *trusted});
        QCOMPARE(v.state, AnchorVerdict::State::Refused);
        QVERIFY2(v.problem.contains(QStringLiteral("signature does not verify")), qPrintable(v.problem));
        // The untouched log passes against the real CA too.
        QCOMPARE(check(m_dbA, {10, *trusted}).state, AnchorVerdict::State::Agrees);
    }

    void checkingCost()
    {
        // 200 more anchors (a batch per change, as the runner syncs after each one), then the check: the default
        // (the newest 10) and all of them, and a rebuilt chain walked back across all of them.
        hc::Workspace ws(m_dbA);
        QVERIFY(ws.open().ok());
        hc::MemorySecretStore secrets;
        hc::sync::SyncService service(ws.db(), ws.clock(), secrets);
        const auto unlocked = service.unlock(m_passA.toLatin1());
        QVERIFY(unlocked.ok());
        const auto settings = *service.settings();
        hc::sync::PlatformClient client(settings, *unlocked);
        for (int i = 0; i < 200; ++i) {
            addAudited(m_dbA, 1, m_eventsA);
            hc::sync::SyncEngine engine(ws.db(), ws.clock(), client, settings, *unlocked);
            const hc::sync::SyncReport r = engine.run(true, false);
            QVERIFY2(r.error.isEmpty() && r.anchored == 1, qPrintable(r.error));
        }
        QVERIFY(m_platform->exactlyOnce(kConsoleA, m_eventsA));
        QElapsedTimer t;
        t.start();
        AnchorVerdict v = check(m_dbA);
        const qint64 newest = t.restart();
        QCOMPARE(v.state, AnchorVerdict::State::Agrees);
        QCOMPARE(v.checked, 10);
        v = check(m_dbA, {0, {}});
        const qint64 all = t.restart();
        QCOMPARE(v.state, AnchorVerdict::State::Agrees);
        QCOMPARE(v.checked, int(v.total));
        QVERIFY(v.total >= 204);
        // Rebuilt from an early entry: every anchor disagrees; the oldest is found without verifying each receipt.
        const QList<qint64> anchors = anchoredSeqs(m_dbA);
        const QString early = copyOfA(QStringLiteral("early-many.sqlite"));
        rebuildAfterEditing(early, 2);
        t.restart();
        v = check(early);
        const qint64 walked = t.elapsed();
        QCOMPARE(v.state, AnchorVerdict::State::Disagrees);
        QCOMPARE(v.firstDisagreeingEntry, anchors.first());
        QCOMPARE(v.lastAgreeingEntry, 0);
        const int walkedChecks = v.checked;
        QVERIFY2(walkedChecks < 30, qPrintable(QString::number(walkedChecks)));
        // Rebuilt from an entry in the middle: the boundary found exactly, whichever anchor it falls after.
        for (const qsizetype k : {qsizetype(1), qsizetype(57), anchors.size() / 2, anchors.size() - 12, anchors.size() - 11,
                                  anchors.size() - 10, anchors.size() - 9, anchors.size() - 1}) {
            const QString middle = copyOfA(QStringLiteral("middle-%1.sqlite").arg(k));
            rebuildAfterEditing(middle, anchors[k - 1] + 1);
            v = check(middle);
            QCOMPARE(v.state, AnchorVerdict::State::Disagrees);
            QCOMPARE(v.firstDisagreeingEntry, anchors[k]);
            QCOMPARE(v.lastAgreeingEntry, anchors[k - 1]);
            // And checking every anchor in turn finds the same.
            v = check(middle, {0, {}});
            QCOMPARE(v.firstDisagreeingEntry, anchors[k]);
            QCOMPARE(v.lastAgreeingEntry, anchors[k - 1]);
        }
        qInfo("anchor check: newest 10 of %lld in %lld ms, all in %lld ms; a chain rebuilt before the oldest anchor: %d receipts "
              "verified, %lld ms",
              qint64(anchors.size()), newest, all, walkedChecks, walked);
        QVERIFY2(all < 10000, "checking 200 anchors took more than 10 s");
    }

    void longReasonsAreCutBySize()
    {
        // Console B freezes up to 100,000 events a batch. 25,000 changes with a 500-character reason (about 3.3 KB an
        // event, `basis` repeating it) are 80 MB: one batch the platform would refuse with 413 every time. Cut by
        // size, they go in batches of at most 16 MiB of events, all delivered.
        const Run s = setup(m_dbB, kConsoleB, path(QStringLiteral("pass-b")), 100000);
        QVERIFY2(s.code == 0, s.describe());
        const QString reason = QString(500, QChar(0x75c5)); // 病 × 500
        {
            hc::Workspace ws(m_dbB);
            QVERIFY(ws.open().ok());
            hc::Transaction tx(ws.db());
            hc::Outbox outbox(ws.db(), QDateTime::currentSecsSinceEpoch(), QStringLiteral("tester"));
            for (int i = 0; i < 25000; ++i)
                QVERIFY(outbox.append(QStringLiteral("holder.color"), QStringLiteral("holder:%1").arg(i + 1),
                                      {{QStringLiteral("identity"), QString::number(i + 1, 16)},
                                       {QStringLiteral("color"), QStringLiteral("yellow")},
                                       {QStringLiteral("reason"), reason}})
                            .ok());
            QVERIFY(tx.commit().ok());
            m_eventsB = 25000;
        }
        QElapsedTimer t;
        t.start();
        const Run r = syncNow(m_dbB, path(QStringLiteral("pass-b")));
        QVERIFY2(r.code == 0, r.describe());
        const qint64 ms = t.elapsed();
        QCOMPARE(r.json().value(QStringLiteral("depth")).toInteger(), 0);
        QVERIFY(m_platform->exactlyOnce(kConsoleB, m_eventsB));
        hc::Workspace ws(m_dbB);
        QVERIFY(ws.open().ok());
        QSqlQuery q(ws.db());
        QVERIFY(q.exec(QStringLiteral("SELECT body, events, state FROM sync_batch ORDER BY seq_from")));
        int batches = 0;
        qint64 total = 0, largest = 0;
        while (q.next()) {
            ++batches;
            const qint64 bytes = qUncompress(q.value(0).toByteArray()).size();
            largest = std::max(largest, bytes);
            total += bytes;
            QCOMPARE(q.value(2).toString(), QStringLiteral("delivered"));
            QVERIFY(q.value(1).toInt() < 100000);
        }
        QVERIFY2(total > hc::platform::limits::kMaxBatchBodyBytes, "the events must not fit one batch the platform takes");
        QVERIFY(batches >= int(total / hc::sync::BatchFreezer::kMaxEventBytes) + 1);
        QVERIFY(largest <= hc::sync::BatchFreezer::kMaxEventBytes + 64 * 1024);
        QCOMPARE(r.json().value(QStringLiteral("delivered")).toInt(), batches);
        QCOMPARE(m_platform->count(QStringLiteral("SELECT COUNT(*) FROM batch WHERE console_id = '%1'").arg(kConsoleB)), batches);
        QCOMPARE(m_platform->count(QStringLiteral("SELECT COUNT(*) FROM refused WHERE console_id = '%1'").arg(kConsoleB)), 0);
        // Their receipts list about 5,000 events each: what checking such anchors costs.
        t.restart();
        const AnchorVerdict v = check(m_dbB, {0, {}});
        const qint64 checkMs = t.elapsed();
        QCOMPARE(v.state, AnchorVerdict::State::Agrees);
        QCOMPARE(v.checked, batches);
        qInfo("%d events, %lld MB signed, in %d batches (largest %lld bytes), delivered in %lld ms; their %d anchors checked in %lld ms",
              int(m_eventsB), total >> 20, batches, largest, ms, v.checked, checkMs);
    }

    void platformTakesBatchesWithAndWithoutAuditHead()
    {
        // By hand, after console B's last batch: a console before this version sends no auditHead (201, the receipt
        // repeats none); a malformed one is 400; a good one is stored and repeated.
        auto [settings, b] = credentials(kConsoleB, m_passB);
        hc::sync::PlatformClient client(settings, b);
        qint64 next = m_eventsB + 1;
        QString prevHash; // the console's last batch's
        {
            hc::Workspace ws(m_dbB);
            QVERIFY(ws.open().ok());
            QSqlQuery q(ws.db());
            QVERIFY(q.exec(QStringLiteral("SELECT sha256 FROM sync_batch ORDER BY seq_to DESC LIMIT 1")) && q.next());
            prevHash = q.value(0).toString();
        }
        const auto anchors = settings.anchors();
        QVERIFY(anchors.ok());
        auto send = [&](std::optional<QJsonValue> auditHead) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QJsonObject payload{{QStringLiteral("schema"), QStringLiteral("hc.batch/1")},
                                {QStringLiteral("batchId"), id},
                                {QStringLiteral("consoleId"), kConsoleB},
                                {QStringLiteral("province"), QStringLiteral("11")},
                                {QStringLiteral("seqFrom"), next},
                                {QStringLiteral("seqTo"), next},
                                {QStringLiteral("prevBatchHash"), prevHash},
                                {QStringLiteral("createdAt"), QStringLiteral("2026-01-01T00:00:00Z")},
                                {QStringLiteral("events"), QJsonArray{QJsonObject{{QStringLiteral("eventId"), QStringLiteral("%1:%2").arg(kConsoleB).arg(next)},
                                                                                  {QStringLiteral("seq"), next},
                                                                                  {QStringLiteral("type"), QStringLiteral("CONDITION")},
                                                                                  {QStringLiteral("subject"), QStringLiteral("holder:1")},
                                                                                  {QStringLiteral("value"), QJsonObject()}}}}};
            if (auditHead)
                payload.insert(QStringLiteral("auditHead"), *auditHead);
            const auto body = hc::sync::SignedObject::sign(b.upload, QJsonDocument(payload).toJson(QJsonDocument::Compact));
            const auto reply = client.post(QStringLiteral("/v1/batches"), *body, "application/cms", {{"Idempotency-Key", id.toLatin1()}});
            if (reply.status == 201) {
                ++next;
                prevHash = hc::sync::protocol::hex(hc::crypto::sha256(*body));
            }
            return reply;
        };
        auto receiptOf = [&](const hc::sync::PlatformTransport::Reply &reply) {
            const auto opened = hc::sync::SignedObject::open(reply.body, *anchors, QDateTime::currentDateTimeUtc());
            if (!opened)
                qFatal("%s", qPrintable(opened.error().message));
            return *hc::sync::protocol::Receipt::parse(opened->payload);
        };
        const auto without = send(std::nullopt);
        QCOMPARE(without.status, 201);
        QVERIFY(!receiptOf(without).auditHead);
        for (const QJsonValue &bad : {QJsonValue(QJsonObject{{QStringLiteral("seq"), 0}, {QStringLiteral("hash"), QString(64, QLatin1Char('a'))}}),
                                      QJsonValue(QJsonObject{{QStringLiteral("seq"), 3}, {QStringLiteral("hash"), QStringLiteral("xyz")}}),
                                      QJsonValue(QStringLiteral("3:abc"))}) {
            const auto r = send(bad);
            QCOMPARE(r.status, 400);
            QVERIFY2(r.body.contains("auditHead"), r.body.constData());
        }
        const QString hash = QString(64, QLatin1Char('c'));
        const auto with = send(QJsonObject{{QStringLiteral("seq"), 42}, {QStringLiteral("hash"), hash}});
        QCOMPARE(with.status, 201);
        const auto receipt = receiptOf(with);
        QVERIFY(receipt.auditHead);
        QCOMPARE(receipt.auditHead->seq, 42);
        QCOMPARE(receipt.auditHead->hash, hash);
        QCOMPARE(m_platform->count(QStringLiteral("SELECT audit_seq FROM batch WHERE batch_id = '%1'").arg(receipt.batchId)), 42);
    }

    void cleanupTestCase() { m_platform.reset(); }
};

QTEST_GUILESS_MAIN(tst_SyncAnchors)
#include "tst_syncanchors.moc"
