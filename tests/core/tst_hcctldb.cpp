// hcctl db init and db copy (issue 17): a commission moved from its SQLite file to PostgreSQL whole. The copy itself
// needs the server, so it runs in the PostgreSQL half of the suite (tst_hcctldb.pg); both halves check the refusals.
#include "HcctlProcess.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("s3cret-pass");
using hctest::Run;
} // namespace

class TestHcctlDb : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_source;

    Run hcctl(const QStringList &args) const { return hctest::runHcctl(m_dir.path(), args, kPassword); }
    Run on(const QString &db, const QString &user, const QStringList &args) const
    {
        return hcctl(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + args);
    }

private slots:
    void initTestCase()
    {
        qputenv("HCCTL_NEW_PASSWORD", kPassword.toUtf8());
        m_source = m_dir.filePath(QStringLiteral("source.sqlite")); // always a file: what is copied
        QCOMPARE(hcctl({QStringLiteral("--db"), m_source, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root")}).code, 0);
        const QList<QStringList> setup{
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--roles"),
             QStringLiteral("operator,supervisor,epidemiologist"), QStringLiteral("--jurisdiction"), QStringLiteral("3703")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sun"), QStringLiteral("--roles"), QStringLiteral("auditor")},
            {QStringLiteral("commission"), QStringLiteral("set"), QStringLiteral("--division"), QStringLiteral("370303"),
             QStringLiteral("--name"), QStringLiteral("张店区卫生健康局")},
            {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--holders"), QStringLiteral("400"), QStringLiteral("--seed"),
             QStringLiteral("7"), QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--focus"), QStringLiteral("370303"),
             QStringLiteral("--focus-share"), QStringLiteral("0.9")}};
        for (const QStringList &args : setup) {
            const Run r = on(m_source, QStringLiteral("root"), args);
            QVERIFY2(r.code == 0, r.describe().constData());
        }
    }

    void initOnAFile()
    {
        const Run r = hcctl({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("new.sqlite")), QStringLiteral("db"), QStringLiteral("init"),
                             QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("backend")).toString(), QStringLiteral("sqlite"));
        QVERIFY(r.json().value(QStringLiteral("schema_version")).toInt() >= 12);
    }

    void badAddressesAndFiles()
    {
        const QString target = QStringLiteral("postgresql://hc@127.0.0.1:9/none");
        for (const QStringList &args :
             {QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://hc:secret@127.0.0.1/x"), QStringLiteral("db"), QStringLiteral("init")},
              QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://hc@127.0.0.1/x?sslmode=verify-full"), QStringLiteral("db"),
                          QStringLiteral("init")},
              QStringList{QStringLiteral("--db"), QStringLiteral("mysql://hc@127.0.0.1/x"), QStringLiteral("db"), QStringLiteral("init")},
              QStringList{QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_dir.filePath(QStringLiteral("missing.sqlite")),
                          QStringLiteral("--to"), target},
              QStringList{QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_source, QStringLiteral("--to"),
                          m_dir.filePath(QStringLiteral("copy.sqlite"))},
              QStringList{QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_source}}) {
            const Run r = hcctl(args);
            QVERIFY2(r.code == 2, r.describe().constData());
            QVERIFY2(!r.err.contains("SQL failed"), r.describe().constData());
        }
        // A server that does not answer: refused in words, quickly (connect_timeout).
        const Run away = hcctl({QStringLiteral("--db"), target, QStringLiteral("db"), QStringLiteral("init")});
        QVERIFY2(away.code == 1 && away.err.contains("127.0.0.1"), away.describe().constData());
    }

    void copyWhole()
    {
        if (!testdb::isPostgres())
            QSKIP("needs the PostgreSQL server of tst_hcctldb.pg");
        const QString target = testdb::fresh(m_dir, QStringLiteral("target"));
        // An operational official of the file may not move it.
        const Run notAdmin = hcctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("db"), QStringLiteral("copy"),
                                    QStringLiteral("--from"), m_source, QStringLiteral("--to"), target});
        QVERIFY2(notAdmin.code == 1, notAdmin.describe().constData());

        const Run r = hcctl({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                             m_source, QStringLiteral("--to"), target, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonObject j = r.json();
        QVERIFY(j.value(QStringLiteral("equal")).toBool());
        QVERIFY(j.value(QStringLiteral("audit")).toObject().value(QStringLiteral("intact")).toBool());
        const QJsonObject tables = j.value(QStringLiteral("tables")).toObject();
        for (const char *t : {"holder", "holder_history", "condition", "audit_log", "outbox", "account", "division", "meta"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        QVERIFY(tables.value(QStringLiteral("holder")).toObject().value(QStringLiteral("target")).toInt() >= 400);
        for (const QString &name : tables.keys()) {
            const QJsonObject t = tables.value(name).toObject();
            QVERIFY2(t.value(QStringLiteral("source")) == t.value(QStringLiteral("target")), qPrintable(name));
        }

        // The copy is the commission: the same holders, the audit chain verifies, and it goes on from there.
        const QStringList list{QStringLiteral("holders"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("50"),
                               QStringLiteral("--json")};
        const Run before = on(m_source, QStringLiteral("admin"), list), after = on(target, QStringLiteral("admin"), list);
        QVERIFY2(before.code == 0 && after.code == 0, after.describe().constData());
        QCOMPARE(after.out, before.out);
        const Run verified = on(target, QStringLiteral("sun"), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(verified.code == 0, verified.describe().constData());
        const Run added = on(target, QStringLiteral("root"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("late"),
                                                              QStringLiteral("--roles"), QStringLiteral("operator")});
        QVERIFY2(added.code == 0, added.describe().constData());
        const Run again = on(target, QStringLiteral("sun"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(again.code == 0, again.describe().constData());

        // Not over a commission already there.
        const Run twice = hcctl({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("db"), QStringLiteral("copy"),
                                 QStringLiteral("--from"), m_source, QStringLiteral("--to"), target});
        QVERIFY2(twice.code == 1 && twice.err.contains("already holds"), twice.describe().constData());

        // db init on the copy: nothing to do, the version said.
        const Run init = hcctl({QStringLiteral("--db"), target, QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--json")});
        QVERIFY2(init.code == 0, init.describe().constData());
        QCOMPARE(init.json().value(QStringLiteral("backend")).toString(), QStringLiteral("postgresql"));
    }
};

QTEST_GUILESS_MAIN(TestHcctlDb)
#include "tst_hcctldb.moc"
