// Contact hand-offs (协查) between two provinces through the real platform (issue 19): a 山东 batch names two
// 北京 residents; applying it hands them to 北京, sealed to 北京's HANDOFF certificate (the platform's store holds none
// of their personal data); 北京 (SM profile) accepts one, declines the other with a reason; the answer reaches
// 山东; 山东 reverts its batch and 北京's condition ends. Two hcctl consoles, one hc-platform, all on loopback.
#include "../core/CoreTestSupport.h"
#include "../core/HcctlProcess.h"
#include "PlatformProcess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hctest;

namespace {
const QString kPassword = QStringLiteral("handoff-test-password");
const QString kA = QStringLiteral("console-370303"); // 山东 淄博 张店, ECDSA
const QString kB = QStringLiteral("console-110105"); // 北京 朝阳, SM2

QString shanghai(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

class tst_HandoffSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_platformDir;
    std::unique_ptr<PlatformProcess> m_platform;
    const QString m_case = residentId(QStringLiteral("370303"), 7);
    const QString m_bj1 = residentId(QStringLiteral("110105"), 11);
    const QString m_bj2 = residentId(QStringLiteral("110105"), 12);

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString db(const QString &console) const { return path(console + QStringLiteral(".sqlite")); }
    Run as(const QString &console, const QString &user, const QStringList &args)
    {
        return runHcctl(m_tmp.path(), QStringList{QStringLiteral("--db"), db(console), QStringLiteral("--user"), user} + args, kPassword);
    }
    Run chen(const QString &console, const QStringList &args) { return as(console, QStringLiteral("chen"), args); }
    Run sync(const QString &console)
    {
        return as(console, QStringLiteral("admin"),
                  {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--passphrase-file"), path(console + QStringLiteral(".pass")),
                   QStringLiteral("--json")});
    }
    QVariant value(const QString &console, const QString &sql)
    {
        QVariant v;
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            d.setDatabaseName(db(console));
            if (d.open()) {
                QSqlQuery q(d);
                if (q.exec(sql) && q.next())
                    v = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return v;
    }
    void exec(const QString &console, const QString &sql)
    {
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
            d.setDatabaseName(db(console));
            QVERIFY(d.open());
            QSqlQuery q(d);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("poke"));
    }
    void makeConsole(const QString &console, const QString &pass, const QString &division, const QString &name, const QString &profile)
    {
        QFile f(path(console + QStringLiteral(".pass")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pass.toLatin1());
        f.close();
        QCOMPARE(runHcctl(m_tmp.path(), {QStringLiteral("--db"), db(console), QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                          kPassword).code, 0);
        for (const QStringList &args :
             {QStringList{QStringLiteral("commission"), QStringLiteral("set"), QStringLiteral("--division"), division, QStringLiteral("--name"), name},
              QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("chen"), QStringLiteral("--roles"),
                          QStringLiteral("operator,reviewer,epidemiologist,supervisor,auditor"), QStringLiteral("--jurisdiction"), division.left(2)},
              QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("reg"), QStringLiteral("--roles"), QStringLiteral("operator")},
              QStringList{QStringLiteral("sync"), QStringLiteral("setup"), m_platformDir + QStringLiteral("/consoles/") + console,
                          QStringLiteral("--profile"), profile, QStringLiteral("--passphrase-file"), path(console + QStringLiteral(".pass"))}}) {
            qputenv("HCCTL_NEW_PASSWORD", kPassword.toUtf8());
            const Run r = as(console, QStringLiteral("admin"), args);
            QVERIFY2(r.code == 0, r.describe());
        }
    }
    void addHolder(const QString &console, const QString &id, const QString &name, const QString &home, const QString &address)
    {
        const Run r = as(console, QStringLiteral("reg"),
                         {QStringLiteral("holders"), QStringLiteral("add"), QStringLiteral("--id-number"), id, QStringLiteral("--name"), name,
                          QStringLiteral("--home"), home, QStringLiteral("--address"), address, QStringLiteral("--phone"),
                          QStringLiteral("13912345678")});
        QVERIFY2(r.code == 0, r.describe());
    }
    // Rows of the platform's store whose body holds these bytes (a batch or anything kept as received).
    qint64 storeHolds(const QByteArray &bytes) const
    {
        return m_platform->count(QStringLiteral("SELECT COUNT(*) FROM batch WHERE instr(body, X'%1') > 0").arg(QString::fromLatin1(bytes.toHex())));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_platformDir = path(QStringLiteral("plat"));
        const quint16 port = freePort();
        const QStringList passes = PlatformProcess::createDemo(m_platformDir, port);
        QCOMPARE(passes.size(), 2);
        makeConsole(kA, passes[0], QStringLiteral("370303"), QStringLiteral("淄博市张店区卫生健康局"), QStringLiteral("intl"));
        makeConsole(kB, passes[1], QStringLiteral("110105"), QStringLiteral("北京市朝阳区卫生健康委员会"), QStringLiteral("sm"));
        m_platform = std::make_unique<PlatformProcess>(m_platformDir, port);
        QVERIFY(m_platform->start());
        for (const QString &console : {kA, kB}) { // each registers its HANDOFF certificate
            const Run r = sync(console);
            QVERIFY2(r.code == 0, r.describe());
        }
        QCOMPARE(m_platform->count(QStringLiteral("SELECT COUNT(*) FROM certificate WHERE role = 'handoff'")), 2);
    }

    void handedOffAcceptedAndWithdrawn()
    {
        // 山东: a case of 张店 and two 北京 residents who scanned at the same mall in 张店.
        addHolder(kA, m_case, QStringLiteral("张病例"), QStringLiteral("370303001"), QStringLiteral("1号楼1单元"));
        addHolder(kA, m_bj1, QStringLiteral("赵北京"), QStringLiteral("110105011"), QStringLiteral("朝阳路8号"));
        addHolder(kA, m_bj2, QStringLiteral("钱北京"), QStringLiteral("110105012"), QStringLiteral("望京街3号"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 visit = now - 6 * 3600;
        exec(kA, QStringLiteral("INSERT INTO scan_record(holder_id, venue_code, division_code, at, color) SELECT id, 'V-MALL',"
                                " '370303001', %1, color FROM holder WHERE id_number IN ('%2', '%3', '%4')")
                     .arg(visit)
                     .arg(m_case, m_bj1, m_bj2));
        const QString csv = path(QStringLiteral("mall.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("case_ref,id_number,class,report_time,exposure,venue_code,from,to\n"
                               "C-SD-1,%1,confirmed,%2,venue,V-MALL,%3,%4\n")
                    .arg(m_case, shanghai(now - 3600), shanghai(visit - 600), shanghai(visit + 3600))
                    .toUtf8());
        f.close();
        Run r = chen(kA, {QStringLiteral("cases"), QStringLiteral("import"), csv, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe());
        const QString batch = QString::number(r.json().value(QStringLiteral("batch")).toInteger());
        r = chen(kA, {QStringLiteral("cases"), QStringLiteral("preview"), batch, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe());
        const QJsonArray planned = r.json().value(QStringLiteral("handoffs")).toArray();
        QCOMPARE(planned.size(), 1);
        QCOMPARE(planned[0][QStringLiteral("province")].toString(), QStringLiteral("11"));
        QCOMPARE(planned[0][QStringLiteral("commission")].toString(), QStringLiteral("北京市卫生健康委员会"));
        QCOMPARE(planned[0][QStringLiteral("holders")].toInteger(), 2);
        r = chen(kA, {QStringLiteral("cases"), QStringLiteral("apply"), batch, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe());
        r = chen(kA, {QStringLiteral("handoff"), QStringLiteral("list"), QStringLiteral("--direction"), QStringLiteral("out"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe());
        QJsonArray out = r.json().value(QStringLiteral("handoffs")).toArray();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0][QStringLiteral("state")].toString(), QStringLiteral("pending"));
        QCOMPARE(out[0][QStringLiteral("people")].toInteger(), 2);
        const QString uuid = out[0][QStringLiteral("handoff")].toString();

        // Sealed to 北京's certificate and relayed: the platform's store holds no name, ID number, phone or address.
        r = sync(kA);
        QVERIFY2(r.code == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("handoffs")).toObject().value(QStringLiteral("sealed")).toInt(), 1);
        QCOMPARE(m_platform->count(QStringLiteral("SELECT COUNT(*) FROM event WHERE type = 'HANDOFF' AND to_province = '11'")), 1);
        for (const QString &secret : {m_bj1, m_bj2, QStringLiteral("赵北京"), QStringLiteral("钱北京"), QStringLiteral("朝阳路8号"),
                                      QStringLiteral("望京街3号"), QStringLiteral("13912345678")})
            QVERIFY2(storeHolds(secret.toUtf8()) == 0, qPrintable(secret));
        QVERIFY(storeHolds(uuid.toUtf8()) > 0); // the routing header is readable
        r = chen(kA, {QStringLiteral("handoff"), QStringLiteral("show"), uuid, QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QVERIFY2(r.json().value(QStringLiteral("delivered_at")).isString(), r.describe()); // its batch has a verified receipt
        QCOMPARE(r.json().value(QStringLiteral("console")).toString(), kB);
        QCOMPARE(r.json().value(QStringLiteral("commission")).toString(), QStringLiteral("北京市朝阳区卫生健康委员会"));

        // 北京 receives it, decrypts it with its SM2 key.
        r = sync(kB);
        QVERIFY2(r.code == 0, r.describe());
        r = chen(kB, {QStringLiteral("handoff"), QStringLiteral("list"), QStringLiteral("--direction"), QStringLiteral("in"), QStringLiteral("--json")});
        const QJsonArray in = r.json().value(QStringLiteral("handoffs")).toArray();
        QCOMPARE(in.size(), 1);
        QCOMPARE(in[0][QStringLiteral("state")].toString(), QStringLiteral("received"));
        QCOMPARE(in[0][QStringLiteral("commission")].toString(), QStringLiteral("淄博市张店区卫生健康局"));
        const QString id = QString::number(in[0][QStringLiteral("id")].toInteger());
        r = chen(kB, {QStringLiteral("handoff"), QStringLiteral("show"), id, QStringLiteral("--json")});
        const QJsonArray persons = r.json().value(QStringLiteral("persons")).toArray();
        QCOMPARE(persons.size(), 2);
        QCOMPARE(persons[0][QStringLiteral("case_ref")].toString(), QStringLiteral("C-SD-1"));
        QVERIFY2(persons[0][QStringLiteral("basis")].toString().contains(QStringLiteral("V-MALL")), qPrintable(persons[0][QStringLiteral("basis")].toString()));

        // Refused: a decline without a reason, an unknown person, a local revert later.
        QCOMPARE(chen(kB, {QStringLiteral("handoff"), QStringLiteral("decline"), id, QStringLiteral("--person"), QStringLiteral("2")}).code, 2);
        QCOMPARE(chen(kB, {QStringLiteral("handoff"), QStringLiteral("accept"), id, QStringLiteral("--person"), QStringLiteral("9")}).code, 2);
        r = chen(kB, {QStringLiteral("handoff"), QStringLiteral("decline"), id, QStringLiteral("--person"), QStringLiteral("2"),
                      QStringLiteral("--reason"), QStringLiteral("核实当日不在张店")});
        QVERIFY2(r.code == 0, r.describe());
        r = chen(kB, {QStringLiteral("handoff"), QStringLiteral("accept"), id, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("partly_accepted"));
        // The accepted resident is registered in 北京 and red, by a condition whose source is 山东's commission.
        QCOMPARE(value(kB, QStringLiteral("SELECT color FROM holder WHERE id_number = '%1'").arg(m_bj1)).toInt(), 3);
        QCOMPARE(value(kB, QStringLiteral("SELECT COUNT(*) FROM holder WHERE id_number = '%1'").arg(m_bj2)).toInt(), 0);
        QCOMPARE(value(kB, QStringLiteral("SELECT source_division FROM condition")).toString(), QStringLiteral("370303"));
        QCOMPARE(value(kB, QStringLiteral("SELECT source_department FROM condition")).toString(), QStringLiteral("淄博市张店区卫生健康局"));
        const QString localBatch = QString::number(value(kB, QStringLiteral("SELECT local_batch_id FROM handoff")).toLongLong());
        r = chen(kB, {QStringLiteral("cases"), QStringLiteral("revert"), localBatch, QStringLiteral("--reason"), QStringLiteral("本地撤销试试")});
        QCOMPARE(r.code, 1);

        // The answer travels back: 山东 sees one accepted, one declined with 北京's reason.
        QVERIFY2(sync(kB).code == 0, "sync B");
        QVERIFY2(sync(kA).code == 0, "sync A");
        r = chen(kA, {QStringLiteral("handoff"), QStringLiteral("show"), uuid, QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("partly_accepted"));
        const QJsonArray answered = r.json().value(QStringLiteral("persons")).toArray();
        QCOMPARE(answered[0][QStringLiteral("state")].toString(), QStringLiteral("accepted"));
        QCOMPARE(answered[1][QStringLiteral("state")].toString(), QStringLiteral("declined"));
        QCOMPARE(answered[1][QStringLiteral("reason")].toString(), QStringLiteral("核实当日不在张店"));

        // 北京 cannot lift 山东's condition itself: a 12345 ticket is forwarded to 山东, whose answer ends it here.
        r = chen(kB, {QStringLiteral("holders"), QStringLiteral("void"), m_bj1, QStringLiteral("--kind"), QStringLiteral("close_contact"),
                      QStringLiteral("--basis-ref"), QStringLiteral("12345-BJ-9"), QStringLiteral("--reason"), QStringLiteral("本地作废试试")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("alone can lift"), r.describe());
        const QString ticket = QStringLiteral("12345-BJ-9");
        r = chen(kB, {QStringLiteral("appeal"), QStringLiteral("file"), QStringLiteral("--number"), ticket, QStringLiteral("--kind"),
                      QStringLiteral("wrong_color"), QStringLiteral("--holder"), m_bj1, QStringLiteral("--caller"), QStringLiteral("赵北京"),
                      QStringLiteral("--phone"), QStringLiteral("13912345678"), QStringLiteral("--complaint"), QStringLiteral("当天未去过张店商场")});
        QVERIFY2(r.code == 0, r.describe());
        for (const QStringList &step : {QStringList{QStringLiteral("assign"), ticket, QStringLiteral("--to"), QStringLiteral("chen")},
                                        QStringList{QStringLiteral("review"), ticket},
                                        QStringList{QStringLiteral("forward"), ticket, QStringLiteral("--province"), QStringLiteral("37"),
                                                    QStringLiteral("--reason"), QStringLiteral("山东推送的密接，请山东核实")}}) {
            r = chen(kB, QStringList{QStringLiteral("appeal")} + step);
            QVERIFY2(r.code == 0, r.describe());
        }
        QVERIFY2(sync(kB).code == 0, "sync B");
        QVERIFY2(sync(kA).code == 0, "sync A");
        r = chen(kA, {QStringLiteral("appeal"), QStringLiteral("incoming"), QStringLiteral("--json")});
        const QJsonArray forwarded = r.json().value(QStringLiteral("incoming")).toArray();
        QCOMPARE(forwarded.size(), 1);
        r = chen(kA, {QStringLiteral("appeal"), QStringLiteral("answer"), QString::number(forwarded[0][QStringLiteral("id")].toInteger()),
                      QStringLiteral("--approve"), QStringLiteral("--reason"), QStringLiteral("核实扫码记录有误，撤销密接")});
        QVERIFY2(r.code == 0, r.describe());
        QVERIFY2(sync(kA).code == 0, "sync A");
        QVERIFY2(sync(kB).code == 0, "sync B");
        QCOMPARE(value(kB, QStringLiteral("SELECT state FROM ticket WHERE number = '%1'").arg(ticket)).toString(), QStringLiteral("decided"));
        QCOMPARE(value(kB, QStringLiteral("SELECT COUNT(*) FROM condition")).toInt(), 0);
        QCOMPARE(value(kB, QStringLiteral("SELECT color FROM holder WHERE id_number = '%1'").arg(m_bj1)).toInt(), 0);

        // 山东 reverts its batch: the hand-off is withdrawn and what 北京 wrote for it is reverted there.
        r = chen(kA, {QStringLiteral("cases"), QStringLiteral("revert"), batch, QStringLiteral("--reason"), QStringLiteral("病例信息录入错误")});
        QVERIFY2(r.code == 0, r.describe());
        QVERIFY2(sync(kA).code == 0, "sync A");
        QVERIFY2(sync(kB).code == 0, "sync B");
        QCOMPARE(value(kB, QStringLiteral("SELECT state FROM handoff")).toString(), QStringLiteral("withdrawn"));
        QCOMPARE(value(kB, QStringLiteral("SELECT COUNT(*) FROM condition")).toInt(), 0);
        QCOMPARE(value(kB, QStringLiteral("SELECT color FROM holder WHERE id_number = '%1'").arg(m_bj1)).toInt(), 0);
        for (const QString &console : {kA, kB}) {
            r = chen(console, {QStringLiteral("audit"), QStringLiteral("verify")});
            QVERIFY2(r.code == 0, r.describe());
        }
        QCOMPARE(value(kB, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('handoff.receive', 'handoff.accept',"
                                          " 'handoff.decline', 'handoff.withdrawn')")).toInt(), 4);
        QCOMPARE(value(kA, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('handoff.create', 'handoff.answered',"
                                          " 'handoff.withdraw')")).toInt(), 4); // two answers: the decline, then the accept
    }

    // The other way (北京's SM console hands a 山东 resident to 山东's ECDSA console) across the platform's faults: the
    // platform dies after storing 北京's batch, before its receipt; the batch is sent again, stored once, relayed once,
    // and 山东 keeps one hand-off however often it pulls.
    void otherWayExactlyOnceAcrossFaults()
    {
        const QString bjCase = residentId(QStringLiteral("110105"), 21);
        const QString sdResident = residentId(QStringLiteral("370303"), 22);
        addHolder(kB, bjCase, QStringLiteral("孙病例"), QStringLiteral("110105011"), QStringLiteral("朝阳路1号"));
        addHolder(kB, sdResident, QStringLiteral("李山东"), QStringLiteral("370303001"), QStringLiteral("华光路5号"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 visit = now - 5 * 3600;
        exec(kB, QStringLiteral("INSERT INTO scan_record(holder_id, venue_code, division_code, at, color) SELECT id, 'V-BJ-1',"
                                " '110105011', %1, color FROM holder WHERE id_number IN ('%2', '%3')")
                     .arg(visit)
                     .arg(bjCase, sdResident));
        const QString csv = path(QStringLiteral("bj.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("case_ref,id_number,class,report_time,exposure,venue_code,from,to\n"
                               "C-BJ-1,%1,confirmed,%2,venue,V-BJ-1,%3,%4\n")
                    .arg(bjCase, shanghai(now - 3600), shanghai(visit - 600), shanghai(visit + 3600))
                    .toUtf8());
        f.close();
        Run r = chen(kB, {QStringLiteral("cases"), QStringLiteral("import"), csv, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe());
        r = chen(kB, {QStringLiteral("cases"), QStringLiteral("apply"), QString::number(r.json().value(QStringLiteral("batch")).toInteger())});
        QVERIFY2(r.code == 0, r.describe());
        QCOMPARE(value(kB, QStringLiteral("SELECT COUNT(*) FROM handoff WHERE direction = 'out' AND peer_province = '37'")).toInt(), 1);

        QVERIFY(m_platform->start({QStringLiteral("--fault"), QStringLiteral("die-before-receipt:1")}));
        r = sync(kB);
        QCOMPARE(r.code, 1); // no receipt: the platform died after storing the batch
        QVERIFY(m_platform->waitForExit(5000) || !m_platform->running());
        QVERIFY(m_platform->start());
        r = sync(kB);
        QVERIFY2(r.code == 0, r.describe());
        QCOMPARE(m_platform->count(QStringLiteral("SELECT COUNT(*) FROM event WHERE type = 'HANDOFF' AND console_id = '%1'").arg(kB)), 1);
        QVERIFY(m_platform->exactlyOnce(kB, value(kB, QStringLiteral("SELECT MAX(seq) FROM outbox")).toLongLong()));
        for (int i = 0; i < 2; ++i)
            QVERIFY2(sync(kA).code == 0, "sync A");
        r = chen(kA, {QStringLiteral("handoff"), QStringLiteral("list"), QStringLiteral("--direction"), QStringLiteral("in"), QStringLiteral("--json")});
        const QJsonArray in = r.json().value(QStringLiteral("handoffs")).toArray();
        QCOMPARE(in.size(), 1);
        QCOMPARE(in[0][QStringLiteral("commission")].toString(), QStringLiteral("北京市朝阳区卫生健康委员会"));
        // Four officials accept at once (four processes): one wins, the others are told it was answered meanwhile.
        const QStringList accept{QStringLiteral("--db"), db(kA), QStringLiteral("--user"), QStringLiteral("chen"), QStringLiteral("handoff"),
                                 QStringLiteral("accept"), QString::number(in[0][QStringLiteral("id")].toInteger())};
        const auto racers = runHcctlTogether(m_tmp.path(), QList<QStringList>(4, accept), kPassword);
        int won = 0;
        for (const Run &racer : racers) {
            won += racer.code == 0;
            QVERIFY2(racer.code == 0 || (racer.code == 1 && racer.err.contains("already")), racer.describe());
        }
        QCOMPARE(won, 1);
        QCOMPARE(value(kA, QStringLiteral("SELECT COUNT(*) FROM case_batch WHERE format = 'handoff'")).toInt(), 1);
        QCOMPARE(value(kA, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'handoff.accept'")).toInt(), 1);
        QCOMPARE(value(kA, QStringLiteral("SELECT color FROM holder WHERE id_number = '%1'").arg(sdResident)).toInt(), 3);
        QCOMPARE(value(kA, QStringLiteral("SELECT c.source_division FROM condition c JOIN holder h ON h.id = c.holder_id"
                                          " WHERE h.id_number = '%1'").arg(sdResident)).toString(), QStringLiteral("110105"));
        // Someone without the epidemiologist's permission cannot answer a hand-off.
        r = as(kA, QStringLiteral("reg"), {QStringLiteral("handoff"), QStringLiteral("accept"), QString::number(in[0][QStringLiteral("id")].toInteger())});
        QCOMPARE(r.code, 1);
    }

    void cleanupTestCase() { m_platform.reset(); }
};

QTEST_GUILESS_MAIN(tst_HandoffSync)
#include "tst_handoffsync.moc"
