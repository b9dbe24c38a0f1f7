// Issue 16: every hcctl verb runs in at least one test, so the sanitizer build sees it (`code trust list` once
// segfaulted because no test listed a non-empty trust list). This file runs each verb no other test runs, once, on a
// real database: its exit code, its --json parsing as JSON, and one bad-input call per noun (exit 2). A crash (abort,
// segfault, a sanitizer report) fails the test naming the command. Verbs that need the platform are run against none
// and must refuse cleanly (exit 1 and a sentence).
//
// Covered elsewhere (not repeated here): init, user add|roles|list, divisions count|import, risk declare|list|
// import-national, audit verify|list, simulate, holders add|list|show|report|reveal|order|export|import, code keygen|
// issue|verify|trust list|trust revoke, demo populate, approve, approvals list, cases import|preview|apply|revert|
// results, appeal file|assign|review|decide|reply|callback|close|show|forward|incoming|answer, sync setup|now|status|
// batches|export (tests/sync), report daily|announcement|tickets|batch|verify, overview show|rebuild (tests/reports).
#include "HcctlProcess.h"
#include "TestDatabase.h"
#include "TestConfig.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace {

const QString kPassword = QStringLiteral("s3cret-pass");
const QString kNewPassword = QStringLiteral("n3w-secret-pass");
// Registered in initTestCase (valid check digits), in the commission's county.
const QString kA = QStringLiteral("370303201506062349");
const QString kB = QStringLiteral("370303197707073459");
const QString kC = QStringLiteral("370303199002024568");
const QString kUnregistered = QStringLiteral("370303198811115676");
using hctest::Run;

QString shanghai(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonDocument parsed(const QByteArray &out, QJsonParseError *e)
{
    return QJsonDocument::fromJson(out, e);
}

} // namespace

// One call: its exit code must be `code`; a crash, a hang or a sanitizer report fails with the command named.
#define HC_RUN(r, user, args, code)                                                                                        \
    do {                                                                                                                   \
        r = run(user, args);                                                                                               \
        const QByteArray problem_ = check(r, user, args, code);                                                            \
        QVERIFY2(problem_.isEmpty(), problem_.constData());                                                                \
    } while (0)
#define HC_RUN_ENV(r, user, args, code, password, env)                                                                     \
    do {                                                                                                                   \
        r = run(user, args, password, env);                                                                                \
        const QByteArray problem_ = check(r, user, args, code);                                                            \
        QVERIFY2(problem_.isEmpty(), problem_.constData());                                                                \
    } while (0)

class TestHcctlVerbs : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_now = 0;
    QElapsedTimer m_clock;

    // `user` empty: no --user (commands that need no official).
    Run run(const QString &user, const QStringList &args, const QString &password = kPassword,
            const QHash<QString, QString> &env = {}) const
    {
        QStringList all{QStringLiteral("--db"), m_db};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        return hctest::runHcctl(m_dir.path(), all + args, password, {}, env);
    }

    // Empty when the run did what was expected; else what went wrong, with the command, its exit code and stderr.
    static QByteArray check(const Run &r, const QString &user, const QStringList &args, int expected)
    {
        const QByteArray cmd = "hcctl " + (user.isEmpty() ? QByteArray() : "--user " + user.toUtf8() + ' ')
                               + args.join(QLatin1Char(' ')).toUtf8();
        if (r.code == -1)
            return "HUNG (killed after 300 s): " + cmd + '\n' + r.describe();
        if (r.code == -2 || r.code == 134 || r.code == 139 || r.code >= 128)
            return "CRASH (issue 16): " + cmd + '\n' + r.describe();
        if (r.err.contains("Sanitizer") || r.err.contains("runtime error:"))
            return "SANITIZER REPORT: " + cmd + '\n' + r.describe();
        if (r.code != expected)
            return "WRONG EXIT CODE (expected " + QByteArray::number(expected) + "): " + cmd + '\n' + r.describe();
        // A refusal says why: on stderr, or (with --json) in the JSON on stdout.
        const bool json = args.contains(QStringLiteral("--json"));
        if (r.code != 0 && r.err.trimmed().isEmpty() && !(json && !r.out.trimmed().isEmpty()))
            return "exit " + QByteArray::number(r.code) + " without a sentence on stderr: " + cmd + '\n' + r.describe();
        if (r.code != 0 && r.err.contains("SQL"))
            return "an SQL error leaked to the user: " + cmd + '\n' + r.describe();
        // --json: stdout is one JSON document (on success; on failure when anything was printed).
        if (json && (r.code == 0 || !r.out.trimmed().isEmpty())) {
            QJsonParseError e;
            const QJsonDocument doc = parsed(r.out, &e);
            if (e.error != QJsonParseError::NoError || doc.isNull())
                return "--json stdout is not JSON (" + e.errorString().toUtf8() + "): " + cmd + '\n' + r.describe();
        }
        return {};
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        m_clock.start();
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(qEnvironmentVariable("HCCTL")).isExecutable(), "HCCTL must name the hcctl binary");
        qputenv("HCCTL_NEW_PASSWORD", kPassword.toUtf8());
        qputenv("HC_SECRET_STORE", "memory"); // sync: never the desktop keychain
        m_now = QDateTime::currentSecsSinceEpoch();
        m_db = testdb::fresh(m_dir, QStringLiteral("hc.sqlite"));
        Run r;
        HC_RUN(r, QString(), (QStringList{QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root")}), 0);
        const QList<QStringList> setup{
            // Separation of duties (issue 16): the administrator (root) holds no operational role, so "admin" is the
            // official with every operational role, country-wide, who runs most verbs; root runs the administrator's.
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--roles"),
             QStringLiteral("operator,reviewer,epidemiologist,supervisor,auditor")},
            {QStringLiteral("commission"), QStringLiteral("set"), QStringLiteral("--division"), QStringLiteral("370303"),
             QStringLiteral("--name"), QStringLiteral("张店区卫生健康局")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang"), QStringLiteral("--roles"), QStringLiteral("supervisor"),
             QStringLiteral("--jurisdiction"), QStringLiteral("3703")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("locky"), QStringLiteral("--roles"), QStringLiteral("operator"),
             QStringLiteral("--jurisdiction"), QStringLiteral("370303")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sun"), QStringLiteral("--roles"), QStringLiteral("operator"),
             QStringLiteral("--jurisdiction"), QStringLiteral("370303")},
            {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--holders"), QStringLiteral("500"), QStringLiteral("--seed"),
             QStringLiteral("16"), QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--scans-per-day"), QStringLiteral("0"),
             QStringLiteral("--focus"), QStringLiteral("370303"), QStringLiteral("--focus-share"), QStringLiteral("0.9")}};
        for (const QStringList &args : setup)
            HC_RUN(r, QStringLiteral("root"), args, 0);
        const QList<std::pair<QString, QString>> holders{{kA, QStringLiteral("张小明")}, {kB, QStringLiteral("李大海")}, {kC, QStringLiteral("王芳")}};
        for (const auto &[id, name] : holders)
            HC_RUN(r, QStringLiteral("admin"),
                   (QStringList{QStringLiteral("holders"), QStringLiteral("add"), QStringLiteral("--id-number"), id, QStringLiteral("--name"),
                                name, QStringLiteral("--phone"), QStringLiteral("13812345678"), QStringLiteral("--home"),
                                QStringLiteral("370303001"), QStringLiteral("--address"), QStringLiteral("3号楼2单元")}),
                   0);
    }

    void cleanupTestCase() { qInfo("tst_hcctlverbs: %.1f s", double(m_clock.elapsed()) / 1000.0); }

    // help, no verb, unknown nouns and options.
    void help()
    {
        Run r;
        HC_RUN(r, QString(), QStringList{QStringLiteral("help")}, 0);
        QVERIFY(r.out.contains("NOUN VERB"));
        HC_RUN(r, QString(), QStringList{QStringLiteral("--help")}, 0);
        // No noun: the help on stdout and exit 2 (by design, Cli::run), so no sentence on stderr.
        r = run(QString(), {});
        QVERIFY2(r.code == 2 && r.out.contains("NOUN VERB"), ("hcctl (no arguments)\n" + r.describe()).constData());
        HC_RUN(r, QString(), QStringList{QStringLiteral("frobnicate")}, 2);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("divisions"), QStringLiteral("count"), QStringLiteral("--bogus")}), 2);
        // Bad input for the nouns whose valid calls other tests make.
        HC_RUN(r, QString(), QStringList{QStringLiteral("init")}, 2);
        HC_RUN(r, QString(), QStringList{QStringLiteral("simulate")}, 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("audit"), QStringLiteral("frobnicate")}), 2);
        HC_RUN(r, QStringLiteral("root"), (QStringList{QStringLiteral("demo"), QStringLiteral("frobnicate")}), 2);
        HC_RUN(r, QStringLiteral("root"),
               (QStringList{QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--holders"), QStringLiteral("many")}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("approve"), QStringLiteral("abc")}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("overview"), QStringLiteral("frobnicate")}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("report"), QStringLiteral("frobnicate")}), 2);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("d.zip"))}),
               2); // no --date
    }

    // divisions search|children|show
    void divisions()
    {
        Run r;
        HC_RUN(r, QString(), (QStringList{QStringLiteral("divisions"), QStringLiteral("search"), QStringLiteral("张店"), QStringLiteral("--json")}), 0);
        QVERIFY2(!QJsonDocument::fromJson(r.out).array().isEmpty(), r.describe().constData());
        HC_RUN(r, QString(),
               (QStringList{QStringLiteral("divisions"), QStringLiteral("search"), QStringLiteral("淄博"), QStringLiteral("--limit"), QStringLiteral("3")}), 0);
        QVERIFY2(!r.out.trimmed().isEmpty(), r.describe().constData());
        HC_RUN(r, QString(), (QStringList{QStringLiteral("divisions"), QStringLiteral("children"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 31); // the provinces
        HC_RUN(r, QString(), (QStringList{QStringLiteral("divisions"), QStringLiteral("children"), QStringLiteral("370303"), QStringLiteral("--json")}), 0);
        QVERIFY2(QJsonDocument::fromJson(r.out).array().size() >= 2, r.describe().constData());
        HC_RUN(r, QString(), (QStringList{QStringLiteral("divisions"), QStringLiteral("children"), QStringLiteral("3703")}), 0);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("divisions"), QStringLiteral("show"), QStringLiteral("370303"), QStringLiteral("--json")}), 0);
        QVERIFY2(!QJsonDocument::fromJson(r.out).object().value(QStringLiteral("path")).toString().isEmpty(), r.describe().constData());
        HC_RUN(r, QString(), (QStringList{QStringLiteral("divisions"), QStringLiteral("show"), QStringLiteral("370303001")}), 0);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("divisions"), QStringLiteral("show"), QStringLiteral("abc")}), 2);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("divisions"), QStringLiteral("children"), QStringLiteral("x1")}), 2);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("divisions"), QStringLiteral("search")}), 2);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("divisions"), QStringLiteral("frobnicate")}), 2);
    }

    // risk lift|history|map|zone-create|zones|mappings
    void risk()
    {
        Run r;
        HC_RUN(r, QString(), (QStringList{QStringLiteral("divisions"), QStringLiteral("children"), QStringLiteral("370303"), QStringLiteral("--json")}), 0);
        const QJsonArray towns = QJsonDocument::fromJson(r.out).array();
        QVERIFY(towns.size() >= 2);
        const QString town1 = towns[0][QStringLiteral("code")].toString(), town2 = towns[1][QStringLiteral("code")].toString();

        // A township's building: below county level and few residents, so written at once.
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("risk"), QStringLiteral("declare"), town1, QStringLiteral("--level"), QStringLiteral("medium"),
                            QStringLiteral("--from"), shanghai(m_now - 600), QStringLiteral("--subarea"), QStringLiteral("9号楼"),
                            QStringLiteral("--basis"), QStringLiteral("病例轨迹"), QStringLiteral("--reason"), QStringLiteral("覆盖测试"),
                            QStringLiteral("--json")}),
               0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("areas")).toArray().size(), 1);
        HC_RUN(r, QString(),
               (QStringList{QStringLiteral("risk"), QStringLiteral("history"), town1, QStringLiteral("--subarea"), QStringLiteral("9号楼"),
                            QStringLiteral("--json")}),
               0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("history")).toArray().size(), 1);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("risk"), QStringLiteral("lift"), town1, QStringLiteral("--subarea"), QStringLiteral("9号楼"),
                            QStringLiteral("--reason"), QStringLiteral("连续14天无新增"), QStringLiteral("--json")}),
               0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("lifted")).toArray().size(), 1);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("risk"), QStringLiteral("history"), town1, QStringLiteral("--subarea"), QStringLiteral("9号楼")}), 0);
        QVERIFY2(!r.out.trimmed().isEmpty(), r.describe().constData());

        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("risk"), QStringLiteral("zone-create"), QStringLiteral("高新区"), town1, town2, QStringLiteral("--note"),
                            QStringLiteral("覆盖测试"), QStringLiteral("--json")}),
               0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("members")).toArray().size(), 2);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("risk"), QStringLiteral("zones"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("risk"), QStringLiteral("zones")}), 0);
        QVERIFY2(r.out.contains(town1.toUtf8()), r.describe().constData());
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("risk"), QStringLiteral("map"), QStringLiteral("--province"), QStringLiteral("山东省"), QStringLiteral("--city"),
                            QStringLiteral("淄博市"), QStringLiteral("--county"), QStringLiteral("张店区"), QStringLiteral("--division"),
                            QStringLiteral("370303"), QStringLiteral("--json")}),
               0);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("risk"), QStringLiteral("map"), QStringLiteral("--province"), QStringLiteral("山东省"), QStringLiteral("--city"),
                            QStringLiteral("淄博市"), QStringLiteral("--county"), QStringLiteral("高新技术产业开发区"), QStringLiteral("--zone"),
                            QStringLiteral("高新区")}),
               0);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("risk"), QStringLiteral("mappings"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("risk"), QStringLiteral("mappings")}), 0);
        QVERIFY2(r.out.contains("zone:"), r.describe().constData());

        // Bad input.
        HC_RUN(r, QString(), (QStringList{QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--division-level"), QStringLiteral("9")}), 2);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("risk"), QStringLiteral("history"), QStringLiteral("abc")}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("risk"), QStringLiteral("lift")}), 2);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("risk"), QStringLiteral("lift"), town1, QStringLiteral("--at"), QStringLiteral("soon"),
                            QStringLiteral("--reason"), QStringLiteral("x")}),
               2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("risk"), QStringLiteral("map"), QStringLiteral("--province"), QStringLiteral("山东省")}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("risk"), QStringLiteral("zone-create"), QStringLiteral("空区")}), 2);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("risk"), QStringLiteral("zone-create"), QStringLiteral("高新区"), town1}), 1); // exists
        HC_RUN(r, QString(), (QStringList{QStringLiteral("risk"), QStringLiteral("frobnicate")}), 2);
    }

    // approvals reject|withdraw (a county-level declaration is a four-eyes request)
    void approvals()
    {
        const QStringList declare{QStringLiteral("risk"), QStringLiteral("declare"), QStringLiteral("370303"), QStringLiteral("--level"),
                                  QStringLiteral("medium"), QStringLiteral("--from"), shanghai(m_now - 600), QStringLiteral("--basis"),
                                  QStringLiteral("聚集性疫情"), QStringLiteral("--reason"), QStringLiteral("覆盖测试"), QStringLiteral("--json")};
        Run r;
        HC_RUN(r, QStringLiteral("admin"), declare, 0);
        const QString first = QString::number(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("approval")).toInteger());
        QVERIFY2(first.toLongLong() > 0, r.describe().constData());
        HC_RUN(r, QStringLiteral("wang"), (QStringList{QStringLiteral("approvals"), QStringLiteral("withdraw"), first}), 1); // not the requester
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("approvals"), QStringLiteral("withdraw"), first, QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("approvals"), QStringLiteral("withdraw"), first}), 1); // no longer pending

        HC_RUN(r, QStringLiteral("admin"), declare, 0);
        const QString second = QString::number(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("approval")).toInteger());
        QVERIFY2(second.toLongLong() > 0 && second != first, r.describe().constData());
        HC_RUN(r, QStringLiteral("wang"), (QStringList{QStringLiteral("approvals"), QStringLiteral("reject"), second}), 2); // no reason
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("approvals"), QStringLiteral("reject"), second, QStringLiteral("--reason"), QStringLiteral("本人")}),
               1); // not their own
        HC_RUN(r, QStringLiteral("wang"),
               (QStringList{QStringLiteral("approvals"), QStringLiteral("reject"), second, QStringLiteral("--reason"), QStringLiteral("依据不足"),
                            QStringLiteral("--json")}),
               0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        HC_RUN(r, QStringLiteral("wang"),
               (QStringList{QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("rejected"),
                            QStringLiteral("--json")}),
               0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("approvals")).toArray().size(), 1);
        HC_RUN(r, QStringLiteral("wang"), (QStringList{QStringLiteral("approvals"), QStringLiteral("reject"), QStringLiteral("abc")}), 2);
        HC_RUN(r, QStringLiteral("wang"), (QStringList{QStringLiteral("approvals"), QStringLiteral("frobnicate"), second}), 2);
    }

    // risk import-national (a file: four-eyes), risk imports, risk revert-national (four-eyes)
    void nationalFromAFile()
    {
        const QString hour = QDateTime::fromSecsSinceEpoch(m_now - 3600, QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH时"));
        const QJsonObject entry{{QStringLiteral("province"), QStringLiteral("山东省")}, {QStringLiteral("city"), QStringLiteral("淄博市")},
                                {QStringLiteral("county"), QStringLiteral("张店区")}, {QStringLiteral("area_name"), QStringLiteral("张店区")},
                                {QStringLiteral("communitys"), QJsonArray{QStringLiteral("车站街道")}}};
        const QJsonObject data{{QStringLiteral("end_update_time"), hour}, {QStringLiteral("highlist"), QJsonArray{entry}}};
        const QString file = write(QStringLiteral("national.json"), QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson());
        Run r;
        HC_RUN(r, QStringLiteral("wang"), (QStringList{QStringLiteral("risk"), QStringLiteral("import-national"), file, QStringLiteral("--json")}), 0);
        const QJsonObject req = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(req.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        const QString import = QString::number(req.value(QStringLiteral("import")).toInteger());
        const QString request = QString::number(req.value(QStringLiteral("request")).toInteger());
        HC_RUN(r, QStringLiteral("wang"), (QStringList{QStringLiteral("approve"), request}), 1); // not their own
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("approve"), request, QStringLiteral("--json")}), 0);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("risk"), QStringLiteral("imports"), QStringLiteral("--json")}), 0);
        const QJsonObject rec = QJsonDocument::fromJson(r.out).array().first().toObject();
        QCOMPARE(rec.value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
        QCOMPARE(rec.value(QStringLiteral("origin")).toString(), QStringLiteral("file"));
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("risk"), QStringLiteral("imports"), QStringLiteral("--limit"), QStringLiteral("5")}), 0);
        HC_RUN(r, QStringLiteral("wang"), (QStringList{QStringLiteral("risk"), QStringLiteral("revert-national"), import, QStringLiteral("--json")}), 0);
        const QString revert = QString::number(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("request")).toInteger());
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("risk"), QStringLiteral("revert-national"), import}), 1); // one waits
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("approve"), revert}), 0);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("risk"), QStringLiteral("revert-national"), import}), 1); // reverted
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("risk"), QStringLiteral("revert-national"), QStringLiteral("abc")}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("risk"), QStringLiteral("revert-national"), QStringLiteral("99999")}), 2);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("risk"), QStringLiteral("imports")}), 1); // needs an official
        HC_RUN(r, QStringLiteral("sun"), (QStringList{QStringLiteral("risk"), QStringLiteral("import-national"), file}), 1); // an operator
    }

    // policy (bare), policy show|list|add
    void policy()
    {
        Run r;
        HC_RUN(r, QString(), QStringList{QStringLiteral("policy")}, 0);
        QVERIFY2(QJsonDocument::fromJson(r.out).isObject(), r.describe().constData()); // always JSON
        HC_RUN(r, QString(), (QStringList{QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--json")}), 0);
        QJsonObject next = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!next.value(QStringLiteral("id")).toString().isEmpty(), r.describe().constData());
        HC_RUN(r, QString(), (QStringList{QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        const qsizetype before = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("policies")).toArray().size();

        // The same parameters as a new version from 30 days on: nothing in force changes.
        next.insert(QStringLiteral("version"), next.value(QStringLiteral("version")).toInt() + 1);
        next.insert(QStringLiteral("effective_from"), m_now + 30 * 86400);
        const QString file = write(QStringLiteral("policy.json"), QJsonDocument(next).toJson());
        QVERIFY(!file.isEmpty());
        HC_RUN(r, QStringLiteral("root"), (QStringList{QStringLiteral("policy"), QStringLiteral("add"), file, QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("version")).toInt(), next.value(QStringLiteral("version")).toInt());
        HC_RUN(r, QString(), (QStringList{QStringLiteral("policy"), QStringLiteral("list")}), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("policies")).toArray().size(), before + 1);
        HC_RUN(r, QStringLiteral("root"), (QStringList{QStringLiteral("policy"), QStringLiteral("add"), file}), 1); // same version again
        HC_RUN(r, QStringLiteral("wang"),
               (QStringList{QStringLiteral("policy"), QStringLiteral("add"), file}), 1); // not an administrator (or refused anyway)
        HC_RUN(r, QStringLiteral("root"),
               (QStringList{QStringLiteral("policy"), QStringLiteral("add"), m_dir.filePath(QStringLiteral("missing.json"))}), 2);
        const QString notJson = write(QStringLiteral("not-policy.json"), "[1, 2]");
        HC_RUN(r, QStringLiteral("root"), (QStringList{QStringLiteral("policy"), QStringLiteral("add"), notJson}), 2);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("policy"), QStringLiteral("frobnicate")}), 2);
    }

    // code trust add (and the list with a key in it), trust revoke again
    void codeTrust()
    {
        Run r;
        HC_RUN(r, QString(), (QStringList{QStringLiteral("code"), QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        const QString pem = QStringLiteral(HC_TEST_DATA_DIR "/codes/ecdsa-p256.pub.pem");
        HC_RUN(r, QStringLiteral("root"),
               (QStringList{QStringLiteral("code"), QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("--division"), QStringLiteral("110105"),
                            QStringLiteral("--key-id"), QStringLiteral("bj1"), QStringLiteral("--organisation"), QStringLiteral("北京市朝阳区卫生健康委员会"),
                            pem}),
               0);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("code"), QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QJsonArray keys = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0][QStringLiteral("fingerprint")].toString().size(), 64);
        QCOMPARE(keys[0][QStringLiteral("profile")].toString(), QStringLiteral("ecdsa-p256-sha256"));
        HC_RUN(r, QString(), (QStringList{QStringLiteral("code"), QStringLiteral("trust"), QStringLiteral("list")}), 0);
        QVERIFY2(r.out.contains("110105"), r.describe().constData());
        HC_RUN(r, QStringLiteral("root"),
               (QStringList{QStringLiteral("code"), QStringLiteral("trust"), QStringLiteral("revoke"), QStringLiteral("--division"),
                            QStringLiteral("110105"), QStringLiteral("--key-id"), QStringLiteral("bj1")}),
               0);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("code"), QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        keys = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("keys")).toArray();
        QVERIFY2(keys.size() == 1 && keys[0][QStringLiteral("revoked")].toBool(), r.describe().constData());
        HC_RUN(r, QStringLiteral("root"),
               (QStringList{QStringLiteral("code"), QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("--division"), QStringLiteral("110105"),
                            QStringLiteral("--key-id"), QStringLiteral("bj2")}),
               2); // no PEM file
        const QString notPem = write(QStringLiteral("not.pem"), "not a key\n");
        HC_RUN(r, QStringLiteral("root"),
               (QStringList{QStringLiteral("code"), QStringLiteral("trust"), QStringLiteral("add"), QStringLiteral("--division"), QStringLiteral("110105"),
                            QStringLiteral("--key-id"), QStringLiteral("bj2"), notPem}),
               2);
        HC_RUN(r, QStringLiteral("root"), (QStringList{QStringLiteral("code"), QStringLiteral("trust"), QStringLiteral("frobnicate")}), 2);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("code"), QStringLiteral("frobnicate")}), 2);
    }

    // holders color|declare|end|void|stay|bind|tick
    void holders()
    {
        Run r;
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("holders"), QStringLiteral("color"), kA, QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("color")).toString(), QStringLiteral("green"));
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("color"), kA, QStringLiteral("--at"), shanghai(m_now + 86400)}), 0);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("holders"), QStringLiteral("declare"), kA, QStringLiteral("--json")}), 0);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("declare"), kC, QStringLiteral("--at"), shanghai(m_now - 3600),
                            QStringLiteral("--symptoms"), QStringLiteral("cough")}),
               0);

        // A suspected case ruled out; a close contact voided.
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("report"), kA, QStringLiteral("--type"), QStringLiteral("suspected"),
                            QStringLiteral("--basis-ref"), QStringLiteral("FC-1"), QStringLiteral("--basis"), QStringLiteral("发热门诊"),
                            QStringLiteral("--at"), shanghai(m_now - 1800)}),
               0);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("end"), kA, QStringLiteral("--what"), QStringLiteral("ruled-out"),
                            QStringLiteral("--basis-ref"), QStringLiteral("LAB-1"), QStringLiteral("--json")}),
               0);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("end"), kA, QStringLiteral("--what"), QStringLiteral("discharge"),
                            QStringLiteral("--basis-ref"), QStringLiteral("LAB-2")}),
               1); // no active case
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("report"), kB, QStringLiteral("--type"), QStringLiteral("close-contact"),
                            QStringLiteral("--basis-ref"), QStringLiteral("CR-9"), QStringLiteral("--basis"), QStringLiteral("同住"),
                            QStringLiteral("--at"), shanghai(m_now - 1800)}),
               0);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("void"), kB, QStringLiteral("--kind"), QStringLiteral("close_contact"),
                            QStringLiteral("--basis-ref"), QStringLiteral("12345-0009"), QStringLiteral("--reason"), QStringLiteral("核实不是同住"),
                            QStringLiteral("--json")}),
               0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("color")).toString(), QStringLiteral("green"));

        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("stay"), kC, QStringLiteral("--division"), QStringLiteral("370303001"),
                            QStringLiteral("--at"), shanghai(m_now - 7200), QStringLiteral("--minutes"), QStringLiteral("30"),
                            QStringLiteral("--address"), QStringLiteral("3号楼"), QStringLiteral("--json")}),
               0);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("bind"), kB, kA, QStringLiteral("--relation"), QStringLiteral("子女"),
                            QStringLiteral("--json")}),
               0);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("bind"), kB, kA, QStringLiteral("--relation"), QStringLiteral("子女")}), 1);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("holders"), QStringLiteral("tick"), QStringLiteral("--json")}), 0);
        QVERIFY2(QJsonDocument::fromJson(r.out).object().contains(QStringLiteral("evaluated")), r.describe().constData());
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("holders"), QStringLiteral("tick")}), 0);

        // Bad input.
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("color"), kA, QStringLiteral("--at"), QStringLiteral("soon")}), 2);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("declare"), kA, QStringLiteral("--symptoms"), QStringLiteral("sneezing")}), 2);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("end"), kA, QStringLiteral("--what"), QStringLiteral("cured"),
                            QStringLiteral("--basis-ref"), QStringLiteral("X")}),
               2);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("void"), kB, QStringLiteral("--kind"), QStringLiteral("flu"),
                            QStringLiteral("--basis-ref"), QStringLiteral("X"), QStringLiteral("--reason"), QStringLiteral("Y")}),
               2);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("holders"), QStringLiteral("stay"), kC, QStringLiteral("--division"), QStringLiteral("370303001")}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("holders"), QStringLiteral("bind"), kA, kA, QStringLiteral("--relation"),
                                                        QStringLiteral("本人")}),
               2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("holders"), QStringLiteral("frobnicate"), kA}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("holders"), QStringLiteral("color"), kUnregistered}), 2);
    }

    // commission show
    void commission()
    {
        Run r;
        HC_RUN(r, QString(), (QStringList{QStringLiteral("commission"), QStringLiteral("show"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("division")).toString(), QStringLiteral("370303"));
        HC_RUN(r, QString(), (QStringList{QStringLiteral("commission"), QStringLiteral("show")}), 0);
        QVERIFY2(r.out.contains("370303"), r.describe().constData());
        HC_RUN(r, QStringLiteral("root"),
               (QStringList{QStringLiteral("commission"), QStringLiteral("set"), QStringLiteral("--division"), QStringLiteral("abc"),
                            QStringLiteral("--name"), QStringLiteral("x")}),
               2);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("commission"), QStringLiteral("frobnicate")}), 2);
    }

    // user unlock|password
    void user()
    {
        Run r;
        const QStringList list{QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--json")};
        // Five wrong passwords in a row lock the account.
        for (int i = 0; i < 5; ++i)
            HC_RUN_ENV(r, QStringLiteral("locky"), list, 1, QStringLiteral("wrong-pass-%1").arg(i), (QHash<QString, QString>{}));
        HC_RUN(r, QStringLiteral("locky"), list, 1); // locked: even the right password is refused
        HC_RUN(r, QStringLiteral("root"), (QStringList{QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("locky")}), 0);
        HC_RUN(r, QStringLiteral("locky"), list, 0);
        HC_RUN(r, QStringLiteral("root"), (QStringList{QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("locky")}), 1); // not locked
        HC_RUN(r, QStringLiteral("wang"), (QStringList{QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("locky")}), 1); // no right

        // Own password: HCCTL_PASSWORD the old one, HCCTL_NEW_PASSWORD the new one.
        HC_RUN_ENV(r, QStringLiteral("sun"), (QStringList{QStringLiteral("user"), QStringLiteral("password")}), 0, kPassword,
                   (QHash<QString, QString>{{QStringLiteral("HCCTL_NEW_PASSWORD"), kNewPassword}}));
        HC_RUN_ENV(r, QStringLiteral("sun"), list, 0, kNewPassword, (QHash<QString, QString>{}));
        HC_RUN(r, QStringLiteral("sun"), list, 1); // the old one no longer signs in
        HC_RUN_ENV(r, QStringLiteral("sun"), (QStringList{QStringLiteral("user"), QStringLiteral("password")}), 2, kNewPassword,
                   (QHash<QString, QString>{{QStringLiteral("HCCTL_NEW_PASSWORD"), QStringLiteral("short")}}));

        HC_RUN(r, QStringLiteral("root"), (QStringList{QStringLiteral("user"), QStringLiteral("unlock")}), 2);
        HC_RUN(r, QStringLiteral("root"), (QStringList{QStringLiteral("user"), QStringLiteral("frobnicate"), QStringLiteral("locky")}), 2);
        HC_RUN(r, QStringLiteral("root"),
               (QStringList{QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("locky"), QStringLiteral("--roles"), QStringLiteral("wizard")}),
               2);
    }

    // cases list|show|mappings
    void cases()
    {
        const QString file = write(QStringLiteral("cases.csv"),
                                   QStringLiteral("ref_no,id_number,class,report_time\nC-V1,%1,confirmed,%2\n").arg(kC, shanghai(m_now - 3600)).toUtf8());
        QVERIFY(!file.isEmpty());
        Run r;
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("cases"), QStringLiteral("import"), file, QStringLiteral("--map"), QStringLiteral("case_ref=ref_no"),
                            QStringLiteral("--save-mapping"), QStringLiteral("医院导出"), QStringLiteral("--json")}),
               0);
        const QString batch = QString::number(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("batch")).toInteger());
        QVERIFY2(batch.toLongLong() > 0, r.describe().constData());
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("cases"), QStringLiteral("mappings"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("mappings")).toArray(), QJsonArray{QStringLiteral("医院导出")});
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("cases"), QStringLiteral("mappings"), QStringLiteral("--verifications"), QStringLiteral("--json")}), 0);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("cases"), QStringLiteral("mappings")}), 0);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QVERIFY2(!QJsonDocument::fromJson(r.out).object().value(QStringLiteral("batches")).toArray().isEmpty(), r.describe().constData());
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("cases"), QStringLiteral("list")}), 0);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("cases"), QStringLiteral("show"), batch, QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toArray().size(), 1);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("cases"), QStringLiteral("show"), batch}), 0); // prints JSON anyway
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("cases"), QStringLiteral("show"), QStringLiteral("999999")}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("cases"), QStringLiteral("show"), QStringLiteral("abc")}), 2);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("cases"), QStringLiteral("import"), file, QStringLiteral("--mapping"), QStringLiteral("没有这个")}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("cases"), QStringLiteral("frobnicate"), batch}), 2);
    }

    // appeal import|list
    void appeal()
    {
        Run r;
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("appeal"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        const QString good = write(QStringLiteral("tickets.csv"),
                                   QStringLiteral("工单号,诉求类型,身份证号,来电人,回访电话,诉求内容\n"
                                                  "12345-V1,错码,%1,张小明家长,13800000000,未去过风险区却变黄码\n"
                                                  "12345-V2,wrong_color,%2,李大海,13900000000,核酸阴性仍是红码\n")
                                       .arg(kA, kB)
                                       .toUtf8());
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("appeal"), QStringLiteral("import"), good, QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("filed")).toInt(), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("appeal"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tickets")).toArray().size(), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("appeal"), QStringLiteral("list"), QStringLiteral("--all")}), 0);
        QVERIFY2(r.out.contains("12345-V1"), r.describe().constData());

        // A row naming nobody registered: refused whole (2), the bad row written out; --valid-rows files the rest.
        const QString bad = write(QStringLiteral("tickets-bad.csv"),
                                  QStringLiteral("number,kind,id_number,caller,phone,complaint\n"
                                                 "12345-V3,错码,%1,王芳,13700000000,行程卡有误\n"
                                                 "12345-V4,错码,%2,无名,13600000000,查无此人\n")
                                      .arg(kC, kUnregistered)
                                      .toUtf8());
        const QString errors = m_dir.filePath(QStringLiteral("tickets-bad.errors.csv"));
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("appeal"), QStringLiteral("import"), bad, QStringLiteral("--errors"), errors, QStringLiteral("--json")}), 2);
        QVERIFY(QFile::exists(errors));
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("appeal"), QStringLiteral("import"), bad}), 2);
        QVERIFY2(r.err.contains("line 3"), r.describe().constData());
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("appeal"), QStringLiteral("import"), bad, QStringLiteral("--valid-rows"),
                                                        QStringLiteral("--errors"), errors}),
               0);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("appeal"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.csv"))}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("appeal"), QStringLiteral("decide"), QStringLiteral("12345-V1")}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("appeal"), QStringLiteral("show")}), 2);
    }

    // sync status|batches on a console never set up; now|export|setup with no platform: a clean refusal.
    void syncWithoutPlatform()
    {
        const QString passphrase = write(QStringLiteral("passphrase.txt"), "not-the-passphrase\n");
        Run r;
        HC_RUN(r, QString(), (QStringList{QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")}), 0);
        QVERIFY2(QJsonDocument::fromJson(r.out).isObject(), r.describe().constData());
        HC_RUN(r, QString(), (QStringList{QStringLiteral("sync"), QStringLiteral("status")}), 0);
        HC_RUN(r, QString(), (QStringList{QStringLiteral("sync"), QStringLiteral("batches"), QStringLiteral("--json")}), 0);
        QVERIFY2(QJsonDocument::fromJson(r.out).isArray(), r.describe().constData());
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--passphrase-file"), passphrase}), 1);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--passphrase-file"), passphrase, QStringLiteral("--json")}), 1);
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("sync"), QStringLiteral("export"), m_dir.filePath(QStringLiteral("frozen")), QStringLiteral("--passphrase-file"),
                            passphrase}),
               1);
        // A directory the platform never issued: refused or bad input, never a crash.
        r = run(QStringLiteral("root"), {QStringLiteral("sync"), QStringLiteral("setup"), m_dir.filePath(QStringLiteral("no-such-console")),
                                          QStringLiteral("--passphrase-file"), passphrase});
        const QByteArray setupProblem = check(r, QStringLiteral("root"), {QStringLiteral("sync"), QStringLiteral("setup")}, r.code == 1 ? 1 : 2);
        QVERIFY2(setupProblem.isEmpty(), setupProblem.constData());
        HC_RUN(r, QStringLiteral("admin"),
               (QStringList{QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--passphrase-file"),
                            m_dir.filePath(QStringLiteral("missing-passphrase"))}),
               2);
        HC_RUN(r, QStringLiteral("root"), (QStringList{QStringLiteral("sync"), QStringLiteral("setup")}), 2);
        HC_RUN(r, QStringLiteral("admin"), (QStringList{QStringLiteral("sync"), QStringLiteral("frobnicate")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestHcctlVerbs)
#include "tst_hcctlverbs.moc"
