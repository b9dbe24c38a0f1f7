// Integration: hcctl simulate, code and holder commands through the real binary.
#include "HcctlProcess.h"
#include "TestDatabase.h"
#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using hctest::Run;

class TestHcctlPolicy : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    Run hcctl(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        qputenv("HCCTL_KEY_PASSPHRASE", "issuer-passphrase");
        return hctest::runHcctl(m_dir->path(), QStringList{QStringLiteral("--db"), m_db} + args,
                                QStringLiteral("s3cret-pass"), stdinData);
    }
    Run admin(const QStringList &args) const
    {
        return hcctl(QStringList{QStringLiteral("--user"), QStringLiteral("admin")} + args);
    }
    // The administrator: accounts, the commission, issuer keys, the trust list, demo data (issue 16).
    Run root(const QStringList &args) const
    {
        return hcctl(QStringList{QStringLiteral("--user"), QStringLiteral("root")} + args);
    }
    void setUpIssuer(const QString &profile)
    {
        Run r = hcctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root")});
        QVERIFY2(r.code == 0, r.describe().constData());
        // Separation of duties (issue 16): the administrator (root) holds no operational role, so "admin", added by
        // root, is the official who registers holders, reports cases and reads the audit log in these tests.
        qputenv("HCCTL_NEW_PASSWORD", "s3cret-pass");
        r = root({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--roles"),
                  QStringLiteral("operator,epidemiologist,supervisor,auditor")});
        qunsetenv("HCCTL_NEW_PASSWORD");
        QVERIFY2(r.code == 0, r.describe().constData());
        r = root({QStringLiteral("code"), QStringLiteral("keygen"), QStringLiteral("--profile"), profile});
        QCOMPARE(r.code, 1); // no commission yet
        QVERIFY(r.err.contains("commission set"));
        r = root({QStringLiteral("commission"), QStringLiteral("set"), QStringLiteral("--division"), QStringLiteral("370303"),
                   QStringLiteral("--name"), QStringLiteral("淄博市张店区卫生健康局")});
        QVERIFY2(r.code == 0, r.describe().constData());
        r = root({QStringLiteral("code"), QStringLiteral("keygen"), QStringLiteral("--profile"), profile, QStringLiteral("--key-id"), QStringLiteral("zd1")});
        QVERIFY2(r.code == 0, r.describe().constData());
        r = admin({QStringLiteral("holders"), QStringLiteral("add"), QStringLiteral("--id-number"), QStringLiteral("370303199001011239"),
                   QStringLiteral("--name"), QStringLiteral("张晓三"), QStringLiteral("--phone"), QStringLiteral("13812345678"),
                   QStringLiteral("--home"), QStringLiteral("370303001"), QStringLiteral("--address"), QStringLiteral("3号楼2单元"),
                   QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("id_number")).toString(), QStringLiteral("3703**********1239"));
        QVERIFY(!r.out.contains("370303199001011239") && !r.out.contains("张晓三") && !r.out.contains("13812345678"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(qEnvironmentVariable("HCCTL")).isExecutable(), "HCCTL must name the hcctl binary");
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = testdb::fresh(*m_dir, QStringLiteral("console.sqlite"));
    }
    void cleanup() { m_dir.reset(); }

    void simulateMatchesTheExamplesByteForByte()
    {
        const QDir dir(QStringLiteral(HC_TEST_DATA_DIR "/scenarios"));
        int n = 0;
        for (const QString &f : dir.entryList({QStringLiteral("0*.json")}, QDir::Files, QDir::Name)) {
            if (f.endsWith(QLatin1String(".expected.json")))
                continue;
            QFile expected(dir.filePath(QString(f).replace(QLatin1String(".json"), QLatin1String(".expected.json"))));
            QVERIFY(expected.open(QIODevice::ReadOnly));
            const Run r = hcctl({QStringLiteral("simulate"), dir.filePath(f)});
            QVERIFY2(r.code == 0, r.describe().constData());
            QCOMPARE(r.out, expected.readAll());
            ++n;
        }
        QCOMPARE(n, 5);
        QVERIFY(!QFileInfo::exists(m_db)); // simulate opens no database
    }

    void simulateRefusesABadFileNamingTheField()
    {
        QFile in(QStringLiteral(HC_TEST_DATA_DIR "/scenarios/05-manual-one-approver.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray json = in.readAll();
        json.replace("\"approvers\": [\"sup-li\"]", "\"aprovers\": [\"sup-li\"]");
        const QString path = m_dir->filePath(QStringLiteral("bad.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(json) > 0);
        out.close();
        Run r = hcctl({QStringLiteral("simulate"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("events[2].approvers"), r.describe().constData());
        QVERIFY(r.out.isEmpty());
        r = hcctl({QStringLiteral("simulate"), m_dir->filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.code, 2);
        r = hcctl({QStringLiteral("simulate"), QStringLiteral("-")}, "{\"holders\": [], \"events\": [], \"ask\": []}");
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.out, QByteArray("{\n  \"answers\": [],\n  \"rejected\": []\n}\n"));
    }

    void codeIssueAndVerify_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("sm2") << QStringLiteral("sm2-sm3");
        QTest::newRow("ecdsa") << QStringLiteral("ecdsa-p256-sha256");
    }
    void codeIssueAndVerify()
    {
        QFETCH(QString, profile);
        setUpIssuer(profile);
        Run r = admin({QStringLiteral("code"), QStringLiteral("issue"), QStringLiteral("--holder"), QStringLiteral("370303199001011239")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QString code = QString::fromLatin1(r.out.trimmed());
        QCOMPARE(code.count(QLatin1Char('.')), 2);

        r = hcctl({QStringLiteral("code"), QStringLiteral("verify"), code, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonObject ok = r.json();
        QCOMPARE(ok.keys(), (QStringList{"color", "expires", "holder", "issuer", "valid"}));
        QCOMPARE(ok.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(ok.value(QStringLiteral("color")).toString(), QStringLiteral("green"));
        QCOMPARE(ok.value(QStringLiteral("issuer")).toString(), QStringLiteral("370303000000"));
        QCOMPARE(ok.value(QStringLiteral("holder")).toString(), QStringLiteral("张*三 3703**********1239"));
        QVERIFY(ok.value(QStringLiteral("expires")).toString().endsWith(QLatin1String("+08:00")));

        // The trust list with a key in it (this crashed: the loop ran over a destroyed temporary, issue 16).
        r = hcctl({QStringLiteral("code"), QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonArray keys = r.json().value(QStringLiteral("keys")).toArray();
        QVERIFY(!keys.isEmpty());
        QCOMPARE(keys.first().toObject().value(QStringLiteral("fingerprint")).toString().size(), 64);
        r = hcctl({QStringLiteral("code"), QStringLiteral("trust"), QStringLiteral("list")});
        QVERIFY2(r.code == 0 && r.out.contains("370303"), r.describe().constData());

        // A changed character in each segment, garbage, and then an unknown (revoked) issuer: exit 1 with the reason.
        const QStringList parts = code.split(QLatin1Char('.'));
        for (int seg = 0; seg < 3; ++seg) {
            QStringList p = parts;
            p[seg][5] = p[seg][5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            r = hcctl({QStringLiteral("code"), QStringLiteral("verify"), p.join(QLatin1Char('.')), QStringLiteral("--json")});
            // Refused by a check (1), or no longer a code at all (2, bad input).
            QVERIFY2(r.code == 1
                         || (r.code == 2 && r.json().value(QStringLiteral("error")).toString().startsWith(QLatin1String("not a valid health code"))),
                     r.describe().constData());
            QCOMPARE(r.json().value(QStringLiteral("valid")).toBool(true), false);
            QVERIFY(!r.json().value(QStringLiteral("error")).toString().isEmpty());
        }
        r = hcctl({QStringLiteral("code"), QStringLiteral("verify"), QStringLiteral("%%garbage%%"), QStringLiteral("--json")});
        QCOMPARE(r.code, 2); // not a code at all: bad input
        QVERIFY(r.json().value(QStringLiteral("error")).toString().startsWith(QLatin1String("not a valid health code")));
        r = root({QStringLiteral("code"), QStringLiteral("trust"), QStringLiteral("revoke"), QStringLiteral("--division"),
                   QStringLiteral("370303"), QStringLiteral("--key-id"), QStringLiteral("zd1")});
        QVERIFY2(r.code == 0, r.describe().constData());
        r = hcctl({QStringLiteral("code"), QStringLiteral("verify"), code, QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.json().value(QStringLiteral("error")).toString().contains(QLatin1String("revoked")));
    }

    void holdersFollowAReportAndStayMasked()
    {
        setUpIssuer(QStringLiteral("ecdsa-p256-sha256"));
        Run r = admin({QStringLiteral("holders"), QStringLiteral("report"), QStringLiteral("370303199001011239"),
                       QStringLiteral("--type"), QStringLiteral("close-contact"), QStringLiteral("--json")});
        QCOMPARE(r.code, 2); // no basis
        r = admin({QStringLiteral("holders"), QStringLiteral("report"), QStringLiteral("370303199001011239"), QStringLiteral("--type"),
                   QStringLiteral("close-contact"), QStringLiteral("--basis-ref"), QStringLiteral("CR-1"), QStringLiteral("--basis"),
                   QStringLiteral("同住"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("color")).toString(), QStringLiteral("red"));
        r = admin({QStringLiteral("holders"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonArray conds = r.json().value(QStringLiteral("conditions")).toArray();
        QCOMPARE(conds.size(), 1);
        QCOMPARE(conds[0].toObject().value(QStringLiteral("basis_ref")).toString(), QStringLiteral("CR-1"));
        QCOMPARE(conds[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("淄博市张店区卫生健康局"));
        QCOMPARE(r.json().value(QStringLiteral("history")).toArray().size(), 2);
        r = root({QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--holders"), QStringLiteral("300"),
                   QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--days"), QStringLiteral("5")});
        QVERIFY2(r.code == 0, r.describe().constData());
        r = admin({QStringLiteral("holders"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("500"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("holders")).toArray().size(), 301);
        const QJsonObject counts = r.json().value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("red")).toInt() + counts.value(QStringLiteral("green")).toInt()
                     + counts.value(QStringLiteral("yellow")).toInt() + counts.value(QStringLiteral("gray")).toInt(),
                 301);
        for (const QJsonValue &v : r.json().value(QStringLiteral("holders")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("id_number")).toString().contains(QLatin1String("**********")));
        r = admin({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.code == 0, r.describe().constData());
    }

    // Roles decide, in the core: the same refusals through hcctl, each with its audit entry.
    void rolesAreEnforcedThroughHcctl()
    {
        setUpIssuer(QStringLiteral("ecdsa-p256-sha256"));
        qputenv("HCCTL_NEW_PASSWORD", "ledger-2022x");
        Run r = root({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"), QStringLiteral("--roles"),
                       QStringLiteral("supervisor"), QStringLiteral("--jurisdiction"), QStringLiteral("370303")});
        QVERIFY2(r.code == 0, r.describe().constData());
        r = root({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang"), QStringLiteral("--roles"),
                   QStringLiteral("supervisor,reviewer"), QStringLiteral("--jurisdiction"), QStringLiteral("3703")});
        QVERIFY2(r.code == 0, r.describe().constData());
        auto as = [&](const char *user, QStringList args) {
            return hctest::runHcctl(m_dir->path(), QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QLatin1String(user)} + args,
                                    QStringLiteral("ledger-2022x"));
        };
        // A supervisor manages no issuer keys; an administrator sees no personal data.
        r = as("li", {QStringLiteral("code"), QStringLiteral("keygen"), QStringLiteral("--key-id"), QStringLiteral("k9")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("may not"));
        r = root({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("adm2"), QStringLiteral("--roles"), QStringLiteral("administrator")});
        QVERIFY2(r.code == 0, r.describe().constData()); // the second administrator: root appoints alone
        r = as("adm2", {QStringLiteral("holders"), QStringLiteral("reveal"), QStringLiteral("1"), QStringLiteral("--purpose"), QStringLiteral("核实身份")});
        QCOMPARE(r.code, 1);
        r = as("wang", {QStringLiteral("holders"), QStringLiteral("reveal"), QStringLiteral("1"), QStringLiteral("--purpose"),
                        QStringLiteral("核实身份"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("id_number")).toString(), QStringLiteral("370303199001011239"));
        qunsetenv("HCCTL_NEW_PASSWORD");
        // Four-eyes through hcctl: li requests, li cannot approve, wang approves.
        r = as("li", {QStringLiteral("holders"), QStringLiteral("order"), QStringLiteral("1"), QStringLiteral("--color"),
                      QStringLiteral("yellow"), QStringLiteral("--basis-ref"), QStringLiteral("令-17"), QStringLiteral("--basis"),
                      QStringLiteral("流调需要"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QString id = QString::number(r.json().value(QStringLiteral("approval")).toInt());
        QCOMPARE(as("li", {QStringLiteral("approve"), id}).code, 1);
        r = as("wang", {QStringLiteral("approve"), id, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        r = admin({QStringLiteral("holders"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("color")).toString(), QStringLiteral("yellow"));
        // Exports: masked by default; unmasked by a supervisor with a purpose; an administrator gets no file.
        const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
        r = as("li", {QStringLiteral("holders"), QStringLiteral("export"), csv, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("masked")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("rows")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("scope")).toString(), QStringLiteral("370303"));
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(!exported.readAll().contains("370303199001011239"));
        r = as("li", {QStringLiteral("holders"), QStringLiteral("export"), csv, QStringLiteral("--unmasked"), QStringLiteral("--purpose"),
                      QStringLiteral("移交公安协查"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("masked")).toBool(), false);
        const QString none = m_dir->filePath(QStringLiteral("none.csv"));
        r = as("adm2", {QStringLiteral("holders"), QStringLiteral("export"), none});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(none));
        QCOMPARE(as("wang", {QStringLiteral("audit"), QStringLiteral("list")}).code, 1); // not an auditor
        r = admin({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("access.refused"),
                   QStringLiteral("--json")});
        QVERIFY2(r.out.contains("access.refused"), r.describe().constData());
        QVERIFY(admin({QStringLiteral("audit"), QStringLiteral("verify")}).code == 0);
    }

    // A county declaration re-evaluates every resident in one transaction: killed at any moment, the database
    // holds either no trace of it or all of it (period, residence conditions, colors, history, sync messages).
    void killedMidCountyDeclaration()
    {
        setUpIssuer(QStringLiteral("ecdsa-p256-sha256"));
        Run r = root({QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--holders"), QStringLiteral("20000"),
                       QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--days"), QStringLiteral("2"),
                       QStringLiteral("--scans-per-day"), QStringLiteral("0"), QStringLiteral("--focus"), QStringLiteral("370303"),
                       QStringLiteral("--focus-share"), QStringLiteral("0.9")});
        QVERIFY2(r.code == 0, r.describe().constData());
        auto snapshot = [&] {
            QList<qint64> out;
            const QString name = QStringLiteral("snap%1").arg(QRandomGenerator::global()->generate());
            {
                QSqlDatabase db = testdb::open(m_db, name);
                db.isOpen();
                for (const char *sql : {"SELECT COUNT(*) FROM risk_period",
                                        "SELECT COUNT(*) FROM condition WHERE kind = 4",
                                        "SELECT COUNT(*) FROM holder WHERE home_division LIKE '370303%' AND color = 3",
                                        "SELECT COUNT(*) FROM holder WHERE home_division LIKE '370303%'",
                                        "SELECT COUNT(*) FROM outbox WHERE kind = 'holder.color'",
                                        "SELECT COUNT(*) FROM approval WHERE status = 'approved'"}) {
                    QSqlQuery q(db);
                    out << (q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1);
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            return out;
        };
        // A county: admin requests, li approves; li's approval is what gets killed.
        r = admin({QStringLiteral("risk"), QStringLiteral("declare"), QStringLiteral("370303"), QStringLiteral("--level"), QStringLiteral("high"),
                   QStringLiteral("--from"), QStringLiteral("2022-11-01T08:00:00+08:00"), QStringLiteral("--basis"), QStringLiteral("病例报告"),
                   QStringLiteral("--reason"), QStringLiteral("全区高风险"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QString approval = QString::number(r.json().value(QStringLiteral("approval")).toInt());
        QVERIFY(approval != QLatin1String("0"));
        qputenv("HCCTL_NEW_PASSWORD", "ledger-2022x");
        r = root({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"), QStringLiteral("--roles"), QStringLiteral("supervisor")});
        qunsetenv("HCCTL_NEW_PASSWORD");
        QVERIFY2(r.code == 0, r.describe().constData());
        const QList<qint64> before = snapshot();
        QCOMPARE(before.at(0), 0);
        for (int delay : {30, 250, 700}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HCCTL_PASSWORD"), QStringLiteral("ledger-2022x"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("HCCTL"), {QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("li"),
                                                    QStringLiteral("approve"), approval});
            QVERIFY(p.waitForStarted());
            QTest::qWait(delay);
            p.kill();
            p.waitForFinished();
            const QList<qint64> now = snapshot();
            if (now.at(0) == 0) {
                QCOMPARE(now, before); // no trace
                continue;
            }
            // All of it: every resident has the condition and is red, with one sync message each.
            QCOMPARE(now.at(0), 1);
            QCOMPARE(now.at(1), now.at(3));
            QCOMPARE(now.at(2), now.at(3));
            QCOMPARE(now.at(4), before.at(4) + now.at(3) - before.at(2));
            QCOMPARE(now.at(5), 1); // and the request is approved in the same transaction
            break;
        }
        r = admin({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.code == 0, r.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestHcctlPolicy)
#include "tst_hcctlpolicy.moc"
