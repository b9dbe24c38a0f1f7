// Integration: `hcctl appeal …` through the real binary — the closed loop with its JSON and exit codes.
#include "HcctlProcess.h"
#include "TestDatabase.h"
#include "TestConfig.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("s3cret-pass");
const QString kId = QStringLiteral("370303199001011239");
using hctest::Run;
} // namespace

class TestHcctlAppeals : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    Run as(const QString &user, const QStringList &args) const
    {
        return hctest::runHcctl(m_dir->path(), QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} + args, kPassword);
    }

private slots:
    void initTestCase()
    {
        qputenv("HCCTL_NEW_PASSWORD", kPassword.toUtf8());
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = testdb::fresh(*m_dir, QStringLiteral("hc.sqlite"));
        QCOMPARE(hctest::runHcctl(m_dir->path(), {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"),
                                                   QStringLiteral("admin")},
                                  kPassword)
                     .code,
                 0);
        const QList<QStringList> setup{
            {QStringLiteral("commission"), QStringLiteral("set"), QStringLiteral("--division"), QStringLiteral("370303"),
             QStringLiteral("--name"), QStringLiteral("张店区卫生健康局")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhou"), QStringLiteral("--roles"), QStringLiteral("operator"),
             QStringLiteral("--jurisdiction"), QStringLiteral("370303")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("qian"), QStringLiteral("--roles"), QStringLiteral("reviewer"),
             QStringLiteral("--jurisdiction"), QStringLiteral("3703")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao"), QStringLiteral("--roles"),
             QStringLiteral("epidemiologist,operator"), QStringLiteral("--jurisdiction"), QStringLiteral("370303")}};
        for (const QStringList &args : setup) {
            const Run r = as(QStringLiteral("admin"), args);
            QVERIFY2(r.code == 0, r.describe().constData());
        }
        Run r = as(QStringLiteral("zhao"), {QStringLiteral("holders"), QStringLiteral("add"), QStringLiteral("--id-number"), kId,
                                            QStringLiteral("--name"), QStringLiteral("张晓三"), QStringLiteral("--home"),
                                            QStringLiteral("370303001"), QStringLiteral("--address"), QStringLiteral("3号楼2单元")});
        QVERIFY2(r.code == 0, r.describe().constData());
        r = as(QStringLiteral("zhao"), {QStringLiteral("holders"), QStringLiteral("report"), kId, QStringLiteral("--type"),
                                        QStringLiteral("close-contact"), QStringLiteral("--basis-ref"), QStringLiteral("case:C-1"),
                                        QStringLiteral("--basis"), QStringLiteral("与病例同时段到访场所")});
        QVERIFY2(r.code == 0, r.describe().constData());
    }

    void closedLoop()
    {
        Run r = as(QStringLiteral("zhou"), {QStringLiteral("appeal"), QStringLiteral("file"), QStringLiteral("--number"),
                                            QStringLiteral("12345-0001"), QStringLiteral("--kind"), QStringLiteral("wrong_color"),
                                            QStringLiteral("--holder"), kId, QStringLiteral("--caller"), QStringLiteral("张先生"),
                                            QStringLiteral("--phone"), QStringLiteral("13800001111"), QStringLiteral("--complaint"),
                                            QStringLiteral("没去过该场所"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("received"));
        for (const char *k : {"id", "number", "kind", "holder", "state", "decision", "deadline", "overdue", "assignee", "forwarded_to"})
            QVERIFY2(r.json().contains(QLatin1String(k)), k);
        // Out of order: refused (exit 1); an unknown kind: usage (exit 2).
        QCOMPARE(as(QStringLiteral("zhou"), {QStringLiteral("appeal"), QStringLiteral("close"), QStringLiteral("12345-0001")}).code, 1);
        QCOMPARE(as(QStringLiteral("zhou"), {QStringLiteral("appeal"), QStringLiteral("file"), QStringLiteral("--kind"), QStringLiteral("x")}).code, 2);
        QCOMPARE(as(QStringLiteral("zhou"), {QStringLiteral("appeal"), QStringLiteral("assign"), QStringLiteral("12345-0001"),
                                             QStringLiteral("--to"), QStringLiteral("qian")})
                     .code,
                 0);
        QCOMPARE(as(QStringLiteral("qian"), {QStringLiteral("appeal"), QStringLiteral("review"), QStringLiteral("12345-0001")}).code, 0);
        const Run shown = as(QStringLiteral("qian"), {QStringLiteral("holders"), QStringLiteral("show"), kId, QStringLiteral("--json")});
        const QJsonArray conditions = shown.json().value(QStringLiteral("conditions")).toArray();
        QVERIFY2(!conditions.isEmpty(), shown.describe().constData());
        const QString condition = QString::number(conditions.first()[QStringLiteral("id")].toInteger());
        r = as(QStringLiteral("qian"), {QStringLiteral("appeal"), QStringLiteral("decide"), QStringLiteral("12345-0001"),
                                        QStringLiteral("--approve"), QStringLiteral("--reason"), QStringLiteral("扫码记录核实有误"),
                                        QStringLiteral("--void"), condition, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
        QCOMPARE(r.json().value(QStringLiteral("voided")).toArray().size(), 1);
        const Run color = as(QStringLiteral("qian"), {QStringLiteral("holders"), QStringLiteral("show"), kId, QStringLiteral("--json")});
        QCOMPARE(color.json().value(QStringLiteral("color")).toString(), QStringLiteral("green"));
        for (const QStringList &args : QList<QStringList>{
                 {QStringLiteral("reply"), QStringLiteral("12345-0001"), QStringLiteral("--text"), QStringLiteral("已恢复绿码")},
                 {QStringLiteral("callback"), QStringLiteral("12345-0001"), QStringLiteral("--outcome"), QStringLiteral("来电人确认")},
                 {QStringLiteral("close"), QStringLiteral("12345-0001")}}) {
            r = as(QStringLiteral("zhou"), QStringList{QStringLiteral("appeal")} + args);
            QVERIFY2(r.code == 0, r.describe().constData());
        }
        r = as(QStringLiteral("zhou"), {QStringLiteral("appeal"), QStringLiteral("show"), QStringLiteral("12345-0001")});
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QCOMPARE(r.json().value(QStringLiteral("events")).toArray().size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestHcctlAppeals)
#include "tst_hcctlappeals.moc"
