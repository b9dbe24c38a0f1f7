// Integration: runs the real hcctl (path in $HCCTL) against temporary databases.
#include "HcctlProcess.h"
#include "TestDatabase.h"
#include "TestConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kPassword = QStringLiteral("s3cret-pass");
const QString kFrom = QStringLiteral("2022-11-01T08:00:00+08:00");

using hctest::Run;

// Runs SQL on the file with a connection of the test's own, closed before returning.
bool sql(const QString &path, const QStringList &statements)
{
    static int n = 0;
    const QString name = QStringLiteral("tst_hcctl_%1").arg(++n);
    bool ok = true;
    {
        QSqlDatabase db = testdb::open(path, name);
        ok = db.isOpen();
        for (const QString &s : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(s)) {
                qWarning() << s << "failed";
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Row counts of the tables an import writes, read with a connection of the test's own.
QList<qint64> importSnapshot(const QString &path)
{
    static int n = 0;
    const QString name = QStringLiteral("tst_hcctl_snap_%1").arg(++n);
    QList<qint64> out;
    {
        QSqlDatabase db = testdb::connection(path, name);
        if (db.open())
            for (const char *t : {"national_import", "national_entry", "risk_area", "risk_period", "audit_log"}) {
                QSqlQuery q(db);
                out << (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(t)) && q.next()
                            ? q.value(0).toLongLong()
                            : -1);
            }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

class TestHcctl : public QObject
{
    Q_OBJECT

    QString m_hcctl;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    Run hcctl(const QStringList &args, const QString &password = kPassword) const
    {
        return hctest::runHcctl(m_dir->path(), QStringList{QStringLiteral("--db"), m_db} + args, password);
    }

    Run declare(const QStringList &extra, const QString &password = kPassword) const
    {
        return hcctl(QStringList{QStringLiteral("risk"), QStringLiteral("declare"), QStringLiteral("110105"),
                                 QStringLiteral("--level"), QStringLiteral("high"), QStringLiteral("--from"), kFrom,
                                 QStringLiteral("--basis"), QStringLiteral("b"), QStringLiteral("--reason"),
                                 QStringLiteral("r"), QStringLiteral("--json")}
                         + extra,
                     password);
    }

    void initDb()
    {
        const Run r = hcctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("admin")).toString(), QStringLiteral("root"));
        // An administrator holds no operational role: "admin" is the tests' supervisor and auditor, added by root.
        qputenv("HCCTL_NEW_PASSWORD", kPassword.toUtf8());
        const Run add = hcctl({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("user"), QStringLiteral("add"),
                               QStringLiteral("admin"), QStringLiteral("--roles"), QStringLiteral("supervisor,auditor")});
        qunsetenv("HCCTL_NEW_PASSWORD");
        QVERIFY2(add.code == 0, add.describe().constData());
    }

    // A second supervisor (li) approves request `id`; added on first use.
    Run approveAsSecond(qint64 id) const
    {
        qputenv("HCCTL_NEW_PASSWORD", "second-2022x");
        (void)hcctl({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"),
                     QStringLiteral("--roles"), QStringLiteral("supervisor")});
        qunsetenv("HCCTL_NEW_PASSWORD");
        return hcctl({QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("approve"), QString::number(id), QStringLiteral("--json")},
                     QStringLiteral("second-2022x"));
    }

    // risk import-national by admin, approved by li: the import's id.
    qint64 importApproved(const QString &file) const
    {
        const Run r = hcctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("risk"), QStringLiteral("import-national"),
                             file, QStringLiteral("--json")});
        if (r.code != 0 || r.json().value(QStringLiteral("state")).toString() != QLatin1String("pending"))
            return 0;
        const Run a = approveAsSecond(r.json().value(QStringLiteral("request")).toInteger());
        return a.code == 0 ? r.json().value(QStringLiteral("import")).toInteger() : 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_hcctl = qEnvironmentVariable("HCCTL");
        QVERIFY2(!m_hcctl.isEmpty() && QFileInfo(m_hcctl).isExecutable(), "HCCTL must name the hcctl binary");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = testdb::fresh(*m_dir, QStringLiteral("console.sqlite"));
    }

    void cleanup() { m_dir.reset(); }

    void initAndCount()
    {
        initDb();
        const Run r = hcctl({QStringLiteral("divisions"), QStringLiteral("count"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        const QJsonObject expected{{QStringLiteral("total"), 44703},
                                   {QStringLiteral("by_level"),
                                    QJsonObject{{QStringLiteral("1"), 31}, {QStringLiteral("2"), 342},
                                                {QStringLiteral("3"), 2978}, {QStringLiteral("4"), 41352},
                                                {QStringLiteral("5"), 0}}}};
        QVERIFY2(doc.isObject(), r.out.constData());
        QCOMPARE(doc.object(), expected);
        QCOMPARE(r.out.trimmed(), QJsonDocument(expected).toJson(QJsonDocument::Compact));

        // A second administrator through init is refused; a short password is bad input.
        const Run again = hcctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("other")});
        QVERIFY2(again.code == 1, again.describe().constData());
        QTemporaryDir other;
        m_db = other.filePath(QStringLiteral("x.sqlite"));
        const Run shortPw = hcctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, QStringLiteral("short"));
        QVERIFY2(shortPw.code == 2, shortPw.describe().constData());
        const Run usage = hcctl({QStringLiteral("frobnicate")});
        QVERIFY2(usage.code == 2, usage.describe().constData());
        // A misspelt option is bad input, not silently ignored (it would have listed every area).
        const Run typo = hcctl({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--divison"), QStringLiteral("11")});
        QVERIFY2(typo.code == 2 && typo.err.contains("--divison"), typo.describe().constData());
    }

    // Pending requests and the accounts are not for anyone who can run hcctl (issue 16).
    void listsNeedAnOfficial()
    {
        initDb();
        for (const QStringList &args : {QStringList{QStringLiteral("approvals"), QStringLiteral("list")},
                                        QStringList{QStringLiteral("user"), QStringLiteral("list")}}) {
            const Run anonymous = hcctl(args);
            QVERIFY2(anonymous.code == 1 && anonymous.out.isEmpty(), anonymous.describe().constData());
            const QString who = args.first() == QLatin1String("user") ? QStringLiteral("root") : QStringLiteral("admin");
            const Run admin = hcctl(QStringList{QStringLiteral("--user"), who} + args + QStringList{QStringLiteral("--json")});
            QVERIFY2(admin.code == 0, admin.describe().constData());
        }
        qputenv("HCCTL_NEW_PASSWORD", "second-2022x");
        QCOMPARE(hcctl({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"),
                        QStringLiteral("--roles"), QStringLiteral("operator"), QStringLiteral("--jurisdiction"), QStringLiteral("370303")})
                     .code,
                 0);
        const Run notAdmin = hcctl({QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("user"), QStringLiteral("list")},
                                   QStringLiteral("second-2022x"));
        QVERIFY2(notAdmin.code == 1 && notAdmin.out.isEmpty(), notAdmin.describe().constData());
        const Run own = hcctl({QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("approvals"), QStringLiteral("list"),
                               QStringLiteral("--json")},
                              QStringLiteral("second-2022x"));
        QVERIFY2(own.code == 0, own.describe().constData());
        qunsetenv("HCCTL_NEW_PASSWORD");
    }

    // Issue 16: an administrator granted itself supervisor and auditor, used them and dropped them. The administrator
    // role is now held alone, and from the second administrator on, making another is a request a second approves.
    void separationOfDuties()
    {
        initDb();
        const QString user = QStringLiteral("user");
        const auto asRoot = [&](const QStringList &args) { return hcctl(QStringList{QStringLiteral("--user"), QStringLiteral("root")} + args); };
        Run r = asRoot({user, QStringLiteral("roles"), QStringLiteral("root"), QStringLiteral("--roles"), QStringLiteral("administrator,supervisor")});
        QVERIFY2(r.code == 2 && r.err.contains("separation of duties"), r.describe().constData());
        qputenv("HCCTL_NEW_PASSWORD", "second-2022x");
        r = asRoot({user, QStringLiteral("add"), QStringLiteral("boss"), QStringLiteral("--roles"), QStringLiteral("administrator,auditor")});
        QVERIFY2(r.code == 2, r.describe().constData());
        r = asRoot({user, QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(!r.out.contains("boss"), r.describe().constData()); // nothing half done
        // The second administrator: root appoints alone (no one else could approve).
        r = asRoot({user, QStringLiteral("add"), QStringLiteral("adm2"), QStringLiteral("--make-admin"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && r.json().value(QStringLiteral("admin")).toBool(), r.describe().constData());
        // The third: a request, which root cannot approve and adm2 can.
        r = asRoot({user, QStringLiteral("add"), QStringLiteral("adm3"), QStringLiteral("--make-admin"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && !r.json().value(QStringLiteral("admin")).toBool(), r.describe().constData());
        const QString request = QString::number(r.json().value(QStringLiteral("request")).toInteger());
        QVERIFY2(request.toLongLong() > 0, r.describe().constData());
        QCOMPARE(asRoot({QStringLiteral("approve"), request}).code, 1);
        QCOMPARE(hcctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("approve"), request}).code, 1); // a supervisor
        const Run pending = hcctl({QStringLiteral("--user"), QStringLiteral("adm2"), QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--json")},
                                  QStringLiteral("second-2022x"));
        QVERIFY2(pending.out.contains("account_admin"), pending.describe().constData());
        r = hcctl({QStringLiteral("--user"), QStringLiteral("adm2"), QStringLiteral("approve"), request}, QStringLiteral("second-2022x"));
        QVERIFY2(r.code == 0, r.describe().constData());
        // The supervisor made an administrator: a request too, and its operational roles go.
        r = asRoot({user, QStringLiteral("roles"), QStringLiteral("admin"), QStringLiteral("--roles"), QStringLiteral("administrator"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && r.json().value(QStringLiteral("status")).toString() == QLatin1String("pending"), r.describe().constData());
        r = hcctl({QStringLiteral("--user"), QStringLiteral("adm3"), QStringLiteral("approve"), QString::number(r.json().value(QStringLiteral("request")).toInteger())},
                  QStringLiteral("second-2022x"));
        QVERIFY2(r.code == 0, r.describe().constData());
        r = asRoot({user, QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            if (v.toObject().value(QStringLiteral("username")).toString() == QLatin1String("admin"))
                QCOMPARE(v.toObject().value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("administrator")});
        qunsetenv("HCCTL_NEW_PASSWORD");
        const Run verify = asRoot({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verify.code, 1); // root is no auditor
        // The log explains every account, with the approvals.
        QCOMPARE(hcctl({QStringLiteral("--user"), QStringLiteral("adm2"), QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("second-2022x")).code, 0);
    }

    void declareAndList()
    {
        initDb();
        // A county: four-eyes. The declaration waits as an approval request until a second supervisor approves it.
        const Run requested = declare({QStringLiteral("--user"), QStringLiteral("admin")});
        QVERIFY2(requested.code == 0, requested.describe().constData());
        QCOMPARE(requested.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(requested.json().value(QStringLiteral("areas")).toArray().isEmpty());
        const QString approval = QString::number(requested.json().value(QStringLiteral("approval")).toInt());
        QCOMPARE(hcctl({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--json")}).json().value(QStringLiteral("count")).toInt(), 0);
        QCOMPARE(hcctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("approve"), approval}).code, 1); // not their own
        qputenv("HCCTL_NEW_PASSWORD", "second-2022x");
        QCOMPARE(hcctl({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"),
                        QStringLiteral("--roles"), QStringLiteral("supervisor")})
                     .code,
                 0);
        qunsetenv("HCCTL_NEW_PASSWORD");
        const Run ok = hcctl({QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("approve"), approval, QStringLiteral("--json")},
                             QStringLiteral("second-2022x"));
        QVERIFY2(ok.code == 0, ok.describe().constData());
        QCOMPARE(ok.json().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        const QJsonArray areas = hcctl({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--at"),
                                        QStringLiteral("2022-11-02T08:00:00+08:00"), QStringLiteral("--json")})
                                     .json()
                                     .value(QStringLiteral("areas"))
                                     .toArray();
        QCOMPARE(areas.size(), 1);
        QCOMPARE(areas.first().toObject().value(QStringLiteral("division")).toString(), QStringLiteral("110105"));
        QCOMPARE(areas.first().toObject().value(QStringLiteral("level")).toString(), QStringLiteral("high"));
        QCOMPARE(areas.first().toObject().value(QStringLiteral("declared_by")).toString(), QStringLiteral("admin"));

        Run badLevel = hcctl({QStringLiteral("risk"), QStringLiteral("declare"), QStringLiteral("110106"), QStringLiteral("--level"),
                              QStringLiteral("extreme"), QStringLiteral("--from"), kFrom, QStringLiteral("--basis"),
                              QStringLiteral("b"), QStringLiteral("--reason"), QStringLiteral("r"), QStringLiteral("--user"),
                              QStringLiteral("admin")});
        QVERIFY2(badLevel.code == 2, badLevel.describe().constData());
        const Run noUser = hcctl({QStringLiteral("risk"), QStringLiteral("declare"), QStringLiteral("110106"),
                                  QStringLiteral("--level"), QStringLiteral("high"), QStringLiteral("--from"), kFrom,
                                  QStringLiteral("--basis"), QStringLiteral("b"), QStringLiteral("--reason"), QStringLiteral("r")});
        QVERIFY2(noUser.code == 1, noUser.describe().constData());
        QVERIFY(noUser.err.contains("--user"));
        const Run wrongPw = declare({QStringLiteral("--user"), QStringLiteral("admin")}, QStringLiteral("wrong-password"));
        QVERIFY2(wrongPw.code == 1, wrongPw.describe().constData());
        const Run unknownCode = hcctl({QStringLiteral("risk"), QStringLiteral("declare"), QStringLiteral("999999"),
                                       QStringLiteral("--level"), QStringLiteral("high"), QStringLiteral("--from"), kFrom,
                                       QStringLiteral("--basis"), QStringLiteral("b"), QStringLiteral("--reason"),
                                       QStringLiteral("r"), QStringLiteral("--user"), QStringLiteral("admin")});
        QVERIFY2(unknownCode.code == 2, unknownCode.describe().constData());
        const Run dup = declare({QStringLiteral("--user"), QStringLiteral("admin")});
        QVERIFY2(dup.code == 1, dup.describe().constData());

        const Run list = hcctl({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--at"),
                                QStringLiteral("2022-11-02T08:00:00+08:00"), QStringLiteral("--json")});
        QVERIFY2(list.code == 0, list.describe().constData());
        QCOMPARE(list.json().value(QStringLiteral("count")).toInt(), 1);
        const QJsonObject area = list.json().value(QStringLiteral("areas")).toArray().first().toObject();
        QCOMPARE(area.value(QStringLiteral("division")).toString(), QStringLiteral("110105"));
        QCOMPARE(area.value(QStringLiteral("name")).toString(), QStringLiteral("朝阳区"));
        QCOMPARE(area.value(QStringLiteral("effective_from")).toString(), kFrom);
        const Run earlier = hcctl({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--at"),
                                   QStringLiteral("2022-11-01 07:59"), QStringLiteral("--json")});
        QVERIFY2(earlier.code == 0, earlier.describe().constData());
        QCOMPARE(earlier.json().value(QStringLiteral("count")).toInt(), 0);
        const Run badAt = hcctl({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--at"), QStringLiteral("soon")});
        QVERIFY2(badAt.code == 2, badAt.describe().constData());
    }

    void importNationalAndAudit()
    {
        initDb();
        // A list from a file is a request: no area changes until a second supervisor approves it.
        const Run imp = hcctl({QStringLiteral("risk"), QStringLiteral("import-national"),
                               QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/2022041518-4e719d68.json"),
                               QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json")});
        QVERIFY2(imp.code == 0, imp.describe().constData());
        const QJsonObject report = imp.json();
        QStringList keys = report.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("approximate"), QStringLiteral("declared"), QStringLiteral("entries"),
                                    QStringLiteral("exact"), QStringLiteral("import"), QStringLiteral("lifted"), QStringLiteral("request"),
                                    QStringLiteral("sha256"), QStringLiteral("state"), QStringLiteral("unmatched")}));
        QCOMPARE(report.value(QStringLiteral("entries")).toInt(), 63);
        QCOMPARE(report.value(QStringLiteral("declared")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(report.value(QStringLiteral("sha256")).toString().size(), 64);
        QVERIFY(report.value(QStringLiteral("unmatched")).isArray());
        QCOMPARE(hcctl({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--json")}).json().value(QStringLiteral("count")).toInt(), 0);
        const qint64 request = report.value(QStringLiteral("request")).toInteger();
        QCOMPARE(hcctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("approve"), QString::number(request)}).code, 1);
        const Run approved = approveAsSecond(request);
        QVERIFY2(approved.code == 0, approved.describe().constData());
        const Run imports = hcctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("risk"), QStringLiteral("imports"), QStringLiteral("--json")});
        QVERIFY2(imports.code == 0, imports.describe().constData());
        const QJsonObject rec = QJsonDocument::fromJson(imports.out).array().first().toObject();
        QCOMPARE(rec.value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
        QCOMPARE(rec.value(QStringLiteral("origin")).toString(), QStringLiteral("file"));
        QVERIFY(rec.value(QStringLiteral("declared")).toInt() > 0);
        QCOMPARE(rec.value(QStringLiteral("sha256")).toString(), report.value(QStringLiteral("sha256")).toString());
        const Run dry = hcctl({QStringLiteral("risk"), QStringLiteral("import-national"),
                               QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/2022041518-4e719d68.json"),
                               QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(dry.code == 0, dry.describe().constData());
        QCOMPARE(dry.json().value(QStringLiteral("declared")).toInt(), 0);
        const QString junk = m_dir->filePath(QStringLiteral("junk.json"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"data\": [");
        f.close();
        const Run bad = hcctl({QStringLiteral("risk"), QStringLiteral("import-national"), junk, QStringLiteral("--user"),
                               QStringLiteral("admin")});
        QVERIFY2(bad.code == 2, bad.describe().constData());

        QCOMPARE(hcctl({QStringLiteral("audit"), QStringLiteral("verify")}).code, 1); // reading the audit log needs an official
        Run verify = hcctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0, verify.describe().constData());
        verify = hcctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(verify.code == 0, verify.describe().constData());
        QCOMPARE(verify.json().value(QStringLiteral("intact")).toBool(), true);
        // root's account.create, admin's account.create and account.roles, approval.request, admin's own approval
        // refused (access.refused), li's account.create and account.roles, risk.import_national, approval.approve
        QCOMPARE(verify.json().value(QStringLiteral("entries")).toInt(), 9);
        QCOMPARE(verify.json().value(QStringLiteral("state")).toObject().value(QStringLiteral("consistent")).toBool(), true);

        // Tamper with entry 3 behind the program's back.
        QVERIFY(sql(m_db, {QStringLiteral("UPDATE audit_log SET after = '{\"declared\":0}' WHERE id = 3")}));
        const Run broken = hcctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(broken.code == 1, broken.describe().constData());
        QVERIFY2(broken.err.contains("entry 3"), broken.describe().constData());
        const Run brokenJson = hcctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(brokenJson.code, 1);
        QCOMPARE(brokenJson.json().value(QStringLiteral("intact")).toBool(true), false);
        QCOMPARE(brokenJson.json().value(QStringLiteral("first_bad_entry")).toInt(), 3);
    }

    void newerSchemaRefused()
    {
        // A database from a newer program: every command refuses it and leaves it alone.
        const bool pg = testdb::isPostgres(); // PostgreSQL keeps the version in meta (and the template has the tables)
        QVERIFY(sql(m_db, pg ? QStringList{QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")}
                             : QStringList{QStringLiteral("CREATE TABLE future(x)"), QStringLiteral("PRAGMA user_version = 99")}));
        for (const QStringList &args : {QStringList{QStringLiteral("divisions"), QStringLiteral("count")},
                                        QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
                                        QStringList{QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                                        QStringList{QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--json")}}) {
            const Run r = hcctl(args);
            QVERIFY2(r.code == 1, r.describe().constData());
            QVERIFY2(r.err.contains("schema version") && r.err.contains("99"), r.describe().constData());
        }
        // Still version 99 and still without the program's tables.
        bool untouched = false;
        {
            QSqlDatabase db = testdb::connection(m_db, QStringLiteral("check"));
            if (db.open()) {
                QSqlQuery q(db);
                QSqlQuery t(db);
                if (pg)
                    untouched = q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next()
                                && q.value(0).toInt() == 99 && t.exec(QStringLiteral("SELECT COUNT(*) FROM account")) && t.next()
                                && t.value(0).toInt() == 0;
                else
                    untouched = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == 99
                                && t.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'division'"))
                                && t.next() && t.value(0).toInt() == 0;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QVERIFY(untouched);
    }

    // hcctl killed (SIGKILL) at any moment of a large import leaves the database as before or as after it.
    void killedMidImport_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int ms : {50, 250, 500, 900, 1400, 1800, 6000}) // the last one lets it finish
            QTest::newRow(qPrintable(QStringLiteral("%1 ms").arg(ms))) << ms;
    }
    void killedMidImport()
    {
        QFETCH(int, delayMs);
        initDb();
        const QString dir = QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/");
        QVERIFY(importApproved(dir + QStringLiteral("2022110108-3db87774.json")) > 0);
        // The second list's request is filed; its approval (which writes the areas) is killed.
        const Run second = hcctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("risk"), QStringLiteral("import-national"),
                                  dir + QStringLiteral("2022120208-83099c23.json"), QStringLiteral("--json")});
        QVERIFY2(second.code == 0, second.describe().constData());
        const QList<qint64> before = importSnapshot(m_db);

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HCCTL_PASSWORD"), QStringLiteral("second-2022x"));
        p.setProcessEnvironment(env);
        p.start(m_hcctl, {QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("approve"),
                          QString::number(second.json().value(QStringLiteral("request")).toInteger())});
        QVERIFY(p.waitForStarted());
        QTest::qWait(delayMs);
        p.kill();
        p.waitForFinished();

        const QList<qint64> now = importSnapshot(m_db);
        QCOMPARE(now.size(), 5);
        if (now == before) {
            qInfo("killed before the commit: as before");
            return;
        }
        qInfo("finished before the kill: as after");
        // Otherwise complete: the import's entries matched again, its audit entry and the approval's, and the chain intact.
        QCOMPARE(now.at(0), before.at(0));
        QCOMPARE(now.at(1), before.at(1));
        QCOMPARE(now.at(4), before.at(4) + 2);
        const Run verify = hcctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0, verify.describe().constData());
        const Run list = hcctl({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--at"),
                                QStringLiteral("2022-12-02T09:00:00+08:00"), QStringLiteral("--json")});
        QCOMPARE(list.json().value(QStringLiteral("count")).toInt(), 42916);
    }
};

QTEST_GUILESS_MAIN(TestHcctl)
#include "tst_hcctl.moc"
