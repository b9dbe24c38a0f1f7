// hcctl report and overview through the real binaries: a console set up with the keys hc-platform --demo issues,
// signed packages checked by hcctl and by stock openssl + sha256sum, every member tampered in turn, drafts,
// refusals, and every verb.
#include "../core/HcctlProcess.h"
#include "TestDatabase.h"
#include "../sync/PlatformProcess.h"
#include "PdfText.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hctest;

namespace {
const QString kPassword = QStringLiteral("report-test-password");

int run(const QString &program, const QStringList &args, const QString &dir, QByteArray *out = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}
} // namespace

class TestHcctlReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_db, m_platformDir, m_pass, m_today;
    QStringList m_ids;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    Run hcctl(const QString &user, const QStringList &args, const QByteArray &stdinData = {})
    {
        return runHcctl(m_tmp.path(), QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} + args, kPassword,
                        stdinData);
    }
    Run signedDaily(const QString &out)
    {
        return hcctl(QStringLiteral("chen"), {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), m_today,
                                              QStringLiteral("--out"), out, QStringLiteral("--passphrase-file"), m_pass,
                                              QStringLiteral("--json")});
    }
    // Stock tools on an extracted package: 0 when both the signature and every hash check.
    int stockVerify(const QString &dir)
    {
        const int cms = run(QStringLiteral("openssl"),
                            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
                             QStringLiteral("DER"), QStringLiteral("-in"), QStringLiteral("SHA256SUMS.p7s"), QStringLiteral("-content"),
                             QStringLiteral("SHA256SUMS"), QStringLiteral("-CAfile"), m_platformDir + QStringLiteral("/ca/ca.pem"),
                             QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")},
                            dir);
        return cms != 0 ? cms : run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("--quiet"), QStringLiteral("SHA256SUMS")}, dir);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_db = path(QStringLiteral("console.sqlite"));
        m_platformDir = path(QStringLiteral("platform"));
        m_today = QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
        QVERIFY(runHcctl(m_tmp.path(), {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                         kPassword).code == 0);
        QCOMPARE(hcctl(QStringLiteral("admin"), {QStringLiteral("commission"), QStringLiteral("set"), QStringLiteral("--division"),
                                                 QStringLiteral("370303"), QStringLiteral("--name"), QStringLiteral("淄博市张店区卫生健康局")}).code, 0);
        qputenv("HCCTL_NEW_PASSWORD", kPassword.toUtf8());
        QCOMPARE(hcctl(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("chen"), QStringLiteral("--display-name"),
                                                 QStringLiteral("陈科长"), QStringLiteral("--roles"),
                                                 QStringLiteral("operator,reviewer,epidemiologist,supervisor"), QStringLiteral("--jurisdiction"),
                                                 QStringLiteral("3703")}).code, 0);
        QCOMPARE(hcctl(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sun"), QStringLiteral("--display-name"),
                                                 QStringLiteral("孙审计"), QStringLiteral("--roles"), QStringLiteral("auditor"),
                                                 QStringLiteral("--jurisdiction"), QStringLiteral("370303")}).code, 0);
        // Holders: 3 in 张店, 1 in 淄川; one of 张店 is a confirmed case in a batch.
        QStringList ids;
        for (const QString &first17 : {QStringLiteral("37030319900101001"), QStringLiteral("37030319900101002"),
                                       QStringLiteral("37030319900101003"), QStringLiteral("37030219900101004")}) {
            static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
            int sum = 0;
            for (int i = 0; i < 17; ++i)
                sum += first17.at(i).digitValue() * weights[i];
            ids << first17 + QChar(QByteArrayLiteral("10X98765432").at(sum % 11));
        }
        for (const QString &id : ids) {
            const Run r = hcctl(QStringLiteral("chen"), {QStringLiteral("holders"), QStringLiteral("add"), QStringLiteral("--id-number"), id,
                                                         QStringLiteral("--name"), QStringLiteral("王小明"), QStringLiteral("--phone"),
                                                         QStringLiteral("13912345678"), QStringLiteral("--home"), id.left(6) + QStringLiteral("001")});
            QVERIFY2(r.code == 0, r.describe().constData());
        }
        m_ids = ids;
        QFile csv(path(QStringLiteral("cases.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        const QString t = QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600)).addSecs(-3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        csv.write(QStringLiteral("病例编号,身份证号,类别,报告时间,暴露类型,区划代码,地址\nC-1,%1,确诊,%2,同户,370303001,3号楼\n").arg(ids[0], t).toUtf8());
        csv.close();
        const Run imported = hcctl(QStringLiteral("chen"), {QStringLiteral("cases"), QStringLiteral("import"), csv.fileName(), QStringLiteral("--json")});
        QVERIFY2(imported.code == 0, imported.describe().constData());
        QCOMPARE(hcctl(QStringLiteral("chen"), {QStringLiteral("cases"), QStringLiteral("apply"), QString::number(imported.json()[QStringLiteral("batch")].toInt())}).code, 0);
        // Keys as the platform issues them.
        const QStringList passphrases = PlatformProcess::createDemo(m_platformDir, freePort());
        QVERIFY(!passphrases.isEmpty());
        m_pass = path(QStringLiteral("pass"));
        QFile p(m_pass);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(passphrases.first().toUtf8() + "\n");
        p.close();
        const Run setup = hcctl(QStringLiteral("admin"), {QStringLiteral("sync"), QStringLiteral("setup"),
                                                          m_platformDir + QStringLiteral("/consoles/console-370303"),
                                                          QStringLiteral("--passphrase-file"), m_pass});
        QVERIFY2(setup.code == 0, setup.describe().constData());
    }

    void signedDailyVerifies()
    {
        const QString zip = path(QStringLiteral("daily.zip"));
        const Run r = signedDaily(zip);
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonObject o = r.json();
        QCOMPARE(QStringList(o.keys()), (QStringList{QStringLiteral("file"), QStringLiteral("files"), QStringLiteral("profile"),
                                                     QStringLiteral("sha256"), QStringLiteral("signed_by")}));
        QCOMPARE(o[QStringLiteral("profile")].toString(), QStringLiteral("intl"));
        QVERIFY(o[QStringLiteral("signed_by")].toString().contains(QStringLiteral("console-370303")));
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(o[QStringLiteral("sha256")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
        // The audit entry holds the package's SHA-256.
        QSqlDatabase db = testdb::connection(m_db, QStringLiteral("audit"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT after FROM audit_log WHERE action = 'report.export' ORDER BY id DESC LIMIT 1")) && q.next());
        QVERIFY(q.value(0).toString().contains(o[QStringLiteral("sha256")].toString()));
        db.close();

        const Run v = hcctl(QStringLiteral("chen"), {QStringLiteral("report"), QStringLiteral("verify"), zip, QStringLiteral("--json")});
        QVERIFY2(v.code == 0, v.describe().constData());
        QCOMPARE(QStringList(v.json().keys()), (QStringList{QStringLiteral("error"), QStringLiteral("files"), QStringLiteral("signed_at"),
                                                            QStringLiteral("signer"), QStringLiteral("valid")}));
        QVERIFY(v.json()[QStringLiteral("valid")].toBool());
        QVERIFY(v.json()[QStringLiteral("signed_at")].toString().endsWith(QStringLiteral("+08:00")));
        QCOMPARE(hcctl(QStringLiteral("chen"), {QStringLiteral("report"), QStringLiteral("verify"), zip, QStringLiteral("--ca"),
                                                m_platformDir + QStringLiteral("/ca/ca.pem")}).code, 0);
        const QString dir = path(QStringLiteral("daily"));
        QDir().mkpath(dir);
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), dir}, m_tmp.path()), 0);
        QCOMPARE(stockVerify(dir), 0);
        // What the PDF says, through pdftotext.
        QByteArray text;
        QCOMPARE(run(QStringLiteral("pdftotext"), {QStringLiteral("daily-3703-") + QString(m_today).remove(QLatin1Char('-')) + QStringLiteral(".pdf"),
                                                   QStringLiteral("-")}, dir, &text), 0);
        const QString t = normalisePdfText(QString::fromUtf8(text));
        for (const QString &s : {QStringLiteral("疫情防控日报"), QStringLiteral("淄博市张店区卫生健康局"), QStringLiteral("陈科长"),
                                 QStringLiteral("第1页共"), QStringLiteral("已签名")})
            QVERIFY2(t.contains(s), qPrintable(s));
        QVERIFY(!t.contains(QStringLiteral("未签名草稿")));
    }

    void everyMemberTampered()
    {
        const QString zip = path(QStringLiteral("t.zip"));
        QCOMPARE(signedDaily(zip).code, 0);
        const QString clean = path(QStringLiteral("clean"));
        QDir().mkpath(clean);
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), clean}, m_tmp.path()), 0);
        const QStringList members = QDir(clean).entryList(QDir::Files, QDir::Name);
        QCOMPARE(members.size(), 6);
        for (const QString &m : members) {
            const QString dir = path(QStringLiteral("tamper-") + m);
            QDir().mkpath(dir);
            for (const QString &n : members)
                QVERIFY(QFile::copy(clean + QLatin1Char('/') + n, dir + QLatin1Char('/') + n));
            QFile f(dir + QLatin1Char('/') + m);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
            f.seek(0);
            f.write(bytes);
            f.close();
            QVERIFY2(stockVerify(dir) != 0, qPrintable(m));
            const QString again = dir + QStringLiteral(".zip");
            QCOMPARE(run(QStringLiteral("zip"), QStringList{QStringLiteral("-q"), QStringLiteral("-X"), again} + members, dir), 0);
            const Run v = hcctl(QStringLiteral("chen"), {QStringLiteral("report"), QStringLiteral("verify"), again, QStringLiteral("--json")});
            QVERIFY2(v.code == 1, qPrintable(m + QStringLiteral(": ") + QString::fromUtf8(v.describe())));
            QVERIFY(!v.json()[QStringLiteral("valid")].toBool());
            QVERIFY(!v.json()[QStringLiteral("error")].toString().isEmpty());
        }
        // Not a report package at all.
        QFile junk(path(QStringLiteral("junk.zip")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a zip");
        junk.close();
        QCOMPARE(hcctl(QStringLiteral("chen"), {QStringLiteral("report"), QStringLiteral("verify"), junk.fileName()}).code, 2);
    }

    void draftsAndRefusals()
    {
        // Without the passphrase (no keychain here): refused in words, nothing written.
        const QString none = path(QStringLiteral("none.zip"));
        const Run refused = hcctl(QStringLiteral("chen"), {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), m_today,
                                                           QStringLiteral("--out"), none});
        QCOMPARE(refused.code, 1);
        QVERIFY(!QFile::exists(none));
        const QString draft = path(QStringLiteral("draft.zip"));
        const Run d = hcctl(QStringLiteral("chen"), {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), m_today,
                                                     QStringLiteral("--out"), draft, QStringLiteral("--unsigned"), QStringLiteral("--json")});
        QVERIFY2(d.code == 0, d.describe().constData());
        QCOMPARE(d.json()[QStringLiteral("profile")].toString(), QStringLiteral("unsigned"));
        QVERIFY(d.json()[QStringLiteral("signed_by")].isNull());
        QCOMPARE(hcctl(QStringLiteral("chen"), {QStringLiteral("report"), QStringLiteral("verify"), draft}).code, 1);
        // Bad input: exit 2.
        QCOMPARE(hcctl(QStringLiteral("chen"), {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                                                QStringLiteral("2019-01-01"), QStringLiteral("--out"), draft, QStringLiteral("--unsigned")}).code, 2);
        QCOMPARE(hcctl(QStringLiteral("chen"), {QStringLiteral("report"), QStringLiteral("tickets"), QStringLiteral("--month"),
                                                QStringLiteral("2022/11"), QStringLiteral("--out"), draft, QStringLiteral("--unsigned")}).code, 2);
        // The auditor may look up but not report on a case batch; nobody reports outside the jurisdiction.
        QCOMPARE(hcctl(QStringLiteral("sun"), {QStringLiteral("report"), QStringLiteral("batch"), QStringLiteral("1"),
                                               QStringLiteral("--out"), draft, QStringLiteral("--unsigned")}).code, 1);
        QCOMPARE(hcctl(QStringLiteral("sun"), {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), m_today,
                                               QStringLiteral("--division"), QStringLiteral("370302"), QStringLiteral("--out"), draft,
                                               QStringLiteral("--unsigned")}).code, 1);
    }

    void otherReportsAndMasking()
    {
        const QString now = QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QList<QStringList> verbs{{QStringLiteral("announcement"), QStringLiteral("--at"), now},
                                       {QStringLiteral("tickets"), QStringLiteral("--month"), m_today.left(7)},
                                       {QStringLiteral("batch"), QStringLiteral("1")}};
        for (const QStringList &v : verbs) {
            const QString zip = path(v.first() + QStringLiteral(".zip"));
            const Run r = hcctl(QStringLiteral("chen"), QStringList{QStringLiteral("report")} + v
                                                            + QStringList{QStringLiteral("--out"), zip, QStringLiteral("--passphrase-file"), m_pass,
                                                                          QStringLiteral("--json")});
            QVERIFY2(r.code == 0, r.describe().constData());
            QCOMPARE(hcctl(QStringLiteral("chen"), {QStringLiteral("report"), QStringLiteral("verify"), zip}).code, 0);
            const QString dir = path(v.first());
            QDir().mkpath(dir);
            QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), dir}, m_tmp.path()), 0);
            for (const QString &file : QDir(dir).entryList(QDir::Files)) {
                QFile f(dir + QLatin1Char('/') + file);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                for (const QString &id : m_ids)
                    QVERIFY2(!bytes.contains(id.toUtf8()), qPrintable(file));
                QVERIFY(!bytes.contains("13912345678"));
            }
        }
        QFile csv(path(QStringLiteral("batch/batch-1.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(QStringLiteral("3703**********") + m_ids[0].right(4)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("陈科长")));
    }

    // The SM profile: a second console (北京, 110105) signs with its SM2 REPORT key too; stock openssl checks both.
    void smProfile()
    {
        const QString db = path(QStringLiteral("sm.sqlite"));
        auto sm = [&](const QString &user, const QStringList &args) {
            return runHcctl(m_tmp.path(), QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + args, kPassword);
        };
        QCOMPARE(runHcctl(m_tmp.path(), {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                          kPassword).code, 0);
        QCOMPARE(sm(QStringLiteral("admin"), {QStringLiteral("commission"), QStringLiteral("set"), QStringLiteral("--division"),
                                              QStringLiteral("110105"), QStringLiteral("--name"), QStringLiteral("北京市朝阳区卫生健康委员会")}).code, 0);
        QCOMPARE(sm(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bj"), QStringLiteral("--roles"),
                                              QStringLiteral("supervisor"), QStringLiteral("--jurisdiction"), QStringLiteral("110105")}).code, 0);
        const QStringList passphrases = PlatformProcess::createDemo(path(QStringLiteral("platform-sm")), freePort());
        QCOMPARE(passphrases.size(), 2);
        QFile p(path(QStringLiteral("pass-sm")));
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(passphrases.at(1).toUtf8() + "\n");
        p.close();
        const Run setup = sm(QStringLiteral("admin"), {QStringLiteral("sync"), QStringLiteral("setup"),
                                                       path(QStringLiteral("platform-sm/consoles/console-110105")), QStringLiteral("--profile"),
                                                       QStringLiteral("sm"), QStringLiteral("--passphrase-file"), p.fileName()});
        QVERIFY2(setup.code == 0, setup.describe().constData());
        const QString zip = path(QStringLiteral("sm.zip"));
        const Run r = sm(QStringLiteral("bj"), {QStringLiteral("report"), QStringLiteral("announcement"), QStringLiteral("--at"),
                                                QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                QStringLiteral("--out"), zip, QStringLiteral("--passphrase-file"), p.fileName(), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json()[QStringLiteral("profile")].toString(), QStringLiteral("sm"));
        QVERIFY(r.json()[QStringLiteral("files")].toArray().contains(QStringLiteral("SM3SUMS.sig")));
        QCOMPARE(sm(QStringLiteral("bj"), {QStringLiteral("report"), QStringLiteral("verify"), zip}).code, 0);
        const QString dir = path(QStringLiteral("sm"));
        QDir().mkpath(dir);
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), dir}, m_tmp.path()), 0);
        QByteArray pub;
        QProcess x;
        x.setWorkingDirectory(dir);
        x.setStandardOutputFile(dir + QStringLiteral("/pub.pem"));
        x.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("signer-sm2.pem"),
                                            QStringLiteral("-pubkey"), QStringLiteral("-noout")});
        QVERIFY(x.waitForFinished(30000) && x.exitCode() == 0);
        QCOMPARE(run(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-verify"), QStringLiteral("pub.pem"),
                                                 QStringLiteral("-sigopt"), QStringLiteral("distid:1234567812345678"), QStringLiteral("-signature"),
                                                 QStringLiteral("SM3SUMS.sig"), QStringLiteral("SM3SUMS")}, dir, &pub), 0);
    }

    // Officials at several desks change colors at once: each change keeps its counts in its own transaction, so the
    // kept counts agree with a rebuild from history afterwards.
    void countsUnderConcurrentChanges()
    {
        QList<QProcess *> running;
        for (int i = 1; i < m_ids.size(); ++i) {
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HCCTL_PASSWORD"), kPassword);
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.path() + QStringLiteral("/xdg-data"));
            p->setProcessEnvironment(env);
            p->setStandardInputFile(QProcess::nullDevice());
            p->start(qEnvironmentVariable("HCCTL"),
                     {QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("chen"), QStringLiteral("holders"),
                      QStringLiteral("report"), m_ids[i], QStringLiteral("--type"), QStringLiteral("close-contact"),
                      QStringLiteral("--basis-ref"), QStringLiteral("CR-%1").arg(i), QStringLiteral("--basis"), QStringLiteral("与病例同住")});
            running << p;
        }
        for (QProcess *p : running) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        const Run show = hcctl(QStringLiteral("chen"), {QStringLiteral("overview"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(show.json()[QStringLiteral("colors")].toObject()[QStringLiteral("red")].toInt(), 4);
        const Run rebuilt = hcctl(QStringLiteral("admin"), {QStringLiteral("overview"), QStringLiteral("rebuild"), QStringLiteral("--json")});
        QVERIFY2(rebuilt.code == 0 && rebuilt.json()[QStringLiteral("consistent")].toBool(), rebuilt.describe().constData());
        const Run again = hcctl(QStringLiteral("chen"), {QStringLiteral("overview"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(again.json()[QStringLiteral("colors")], show.json()[QStringLiteral("colors")]);
        QCOMPARE(again.json()[QStringLiteral("yesterday")], show.json()[QStringLiteral("yesterday")]);
    }

    void overviewVerbs()
    {
        const Run show = hcctl(QStringLiteral("chen"), {QStringLiteral("overview"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY2(show.code == 0, show.describe().constData());
        const QJsonObject colors = show.json()[QStringLiteral("colors")].toObject();
        QCOMPARE(colors[QStringLiteral("total")].toInt(), 4);
        QCOMPARE(colors[QStringLiteral("red")].toInt(), 4);
        QCOMPARE(show.json()[QStringLiteral("series")].toArray().size(), 30);
        QCOMPARE(hcctl(QStringLiteral("chen"), {QStringLiteral("overview"), QStringLiteral("show")}).code, 0);
        QCOMPARE(hcctl(QStringLiteral("chen"), {QStringLiteral("overview"), QStringLiteral("rebuild")}).code, 1); // administrators only
        const Run rebuilt = hcctl(QStringLiteral("admin"), {QStringLiteral("overview"), QStringLiteral("rebuild"), QStringLiteral("--json")});
        QVERIFY2(rebuilt.code == 0, rebuilt.describe().constData());
        QVERIFY(rebuilt.json()[QStringLiteral("consistent")].toBool());
        QCOMPARE(rebuilt.json()[QStringLiteral("holders")].toInt(), 4);
        const Run again = hcctl(QStringLiteral("chen"), {QStringLiteral("overview"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(again.json()[QStringLiteral("colors")], show.json()[QStringLiteral("colors")]);
    }
};

QTEST_GUILESS_MAIN(TestHcctlReports)
#include "tst_hcctlreports.moc"
