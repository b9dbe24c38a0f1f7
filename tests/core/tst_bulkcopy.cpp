// Issue 17: the bulk writers stream their rows through COPY on PostgreSQL (BulkInsert's Mode::Copy and CopyChunks,
// BulkCopy). Text comes back byte for byte (tabs, newlines, backslashes, Chinese, empty, NULL); a row the server
// refuses fails at finish() and the transaction leaves nothing; the connection runs other statements afterwards;
// rows never finished never commit. On SQLite the same calls write row by row, and the same checks hold where they
// apply.
#include "CoreTestSupport.h"
#include "TestDatabase.h"
#include "BulkCopy.h"
#include "BulkInsert.h"
#include "Database.h"
#include "SqlDialect.h"

#include <QTemporaryDir>
#include <QtTest>
#include <limits>

using namespace hc;

Q_DECLARE_METATYPE(hc::BulkInsert::Mode)

namespace {

struct Row
{
    std::optional<qint64> n;
    std::optional<QString> t; // nullopt: NULL
    QString u;                // NOT NULL
};

// Text that COPY's format must escape, or that could be mistaken for its markers.
QStringList awkwardTexts()
{
    return {QString(),
            QStringLiteral(""),
            QStringLiteral("a\tb"),
            QStringLiteral("line 1\nline 2\n"),
            QStringLiteral("cr\rlf\r\n"),
            QStringLiteral("back\\slash \\t \\n"),
            QStringLiteral("\\N"),
            QStringLiteral("\\."),
            QStringLiteral("ends in a backslash\\"),
            QStringLiteral("\t\n\\\r"),
            QStringLiteral("山东省淄博市张店区 健康码，绿码／黄码"),
            QStringLiteral("😷 outside the BMP"),
            QStringLiteral("  spaces kept  "),
            QStringLiteral("NULL"),
            QStringLiteral("'quoted' \"double\"")};
}

} // namespace

class TestBulkCopy : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    QSqlDatabase conn() { return db->connection(); }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(conn());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    static QString insertSql() { return QStringLiteral("INSERT INTO bulk_t(n, t, u) VALUES (?, ?, ?)"); }
    // Binds a row two ways, alternately: QString and UTF-8 (the import's path; the bytes live until step()).
    static void bindRow(BulkInsert &ins, const Row &r, bool utf8, QByteArray &bytes)
    {
        ins.bind(1, r.n);
        if (!r.t)
            ins.bindNull(2);
        else if (utf8)
            ins.bindUtf8(2, bytes = r.t->toUtf8());
        else
            ins.bind(2, *r.t);
        ins.bind(3, r.u);
    }
    // Every row back in id order, as written.
    void verifyRows(const std::vector<Row> &rows)
    {
        QSqlQuery q(conn());
        QVERIFY(q.exec(QStringLiteral("SELECT id, n, t, u FROM bulk_t ORDER BY id")));
        size_t i = 0;
        while (q.next()) {
            QVERIFY2(i < rows.size(), "more rows than written");
            const Row &r = rows[i];
            QCOMPARE(q.value(0).toLongLong(), qint64(i + 1)); // ids given in order, with COPY as with a statement
            QCOMPARE(q.value(1).isNull(), !r.n.has_value());
            if (r.n)
                QCOMPARE(q.value(1).toLongLong(), *r.n);
            QCOMPARE(q.value(2).isNull(), !r.t.has_value());
            if (r.t)
                QCOMPARE(q.value(2).toString(), *r.t);
            QVERIFY(!q.value(3).isNull()); // a null QString binds as '', never NULL
            QCOMPARE(q.value(3).toString(), r.u.isNull() ? QStringLiteral("") : r.u);
            ++i;
        }
        QCOMPARE(i, rows.size());
    }

private slots:
    void init()
    {
        static int made = 0; // a database per test function
        db = std::make_unique<Database>(testdb::fresh(dir, QStringLiteral("bulkcopy%1.sqlite").arg(++made)));
        HC_VERIFY_OK(db->open());
        // As the schema's tables are made: on the server an id left out is the largest + 1 (a trigger).
        HC_VERIFY_OK(execSql(conn(), sql::ddl(conn(), QStringLiteral("CREATE TABLE bulk_t(id INTEGER PRIMARY KEY, n INTEGER,"
                                                                     " t TEXT, u TEXT NOT NULL)"))));
        HC_VERIFY_OK(execSql(conn(), sql::ddl(conn(), QStringLiteral("CREATE TABLE bulk_k(k INTEGER PRIMARY KEY, v TEXT NOT NULL)"))));
    }
    void cleanup() { db.reset(); }

    void plainInsertsOnly()
    {
        int columns = 0;
        const auto plain = BulkCopy::statementFor(QStringLiteral(" insert into pg_temp.batch_target ( holder_id ,x)values(?,? ) "), &columns);
        QVERIFY(plain);
        QCOMPARE(*plain, QByteArray("COPY pg_temp.batch_target(holder_id, x) FROM STDIN"));
        QCOMPARE(columns, 2);
        QVERIFY(BulkCopy::statementFor(insertSql(), &columns));
        QCOMPARE(columns, 3);
        for (const char *other : {"INSERT INTO t(a) VALUES (?) RETURNING id", "INSERT INTO t(a) VALUES (?) ON CONFLICT DO NOTHING",
                                  "INSERT INTO t(a, b) VALUES (?, ? + 1)", "INSERT INTO t(a, b) VALUES (?, 'x')", "INSERT INTO t VALUES (?)",
                                  "INSERT INTO t(a, b) VALUES (?)", "INSERT INTO t(a) SELECT ? FROM h", "INSERT INTO t(\"from\") VALUES (?)",
                                  "INSERT OR IGNORE INTO t(a) VALUES (?)", "UPDATE t SET a = ? WHERE id = ?",
                                  "INSERT INTO t(a) VALUES (?), (?)"})
            QVERIFY2(!BulkCopy::statementFor(QString::fromLatin1(other), &columns), other);
    }

    void roundTrip_data()
    {
        QTest::addColumn<BulkInsert::Mode>("mode");
        QTest::addColumn<int>("bulk"); // rows beyond the awkward ones: several chunks of 256 KiB
        QTest::newRow("copy") << BulkInsert::Mode::Copy << 0;
        QTest::newRow("copy, chunks of rows") << BulkInsert::Mode::Copy << 30000;
        QTest::newRow("copy in chunks") << BulkInsert::Mode::CopyChunks << 30000;
        QTest::newRow("statement") << BulkInsert::Mode::Statement << 100;
    }
    void roundTrip()
    {
        QFETCH(BulkInsert::Mode, mode);
        QFETCH(int, bulk);
        std::vector<Row> rows;
        const QStringList texts = awkwardTexts();
        for (const QString &s : texts)
            rows.push_back({std::nullopt, s, s});
        rows.push_back({0, std::nullopt, QString()});
        rows.push_back({std::numeric_limits<qint64>::min(), QStringLiteral("min"), QStringLiteral("最小")});
        rows.push_back({std::numeric_limits<qint64>::max(), QStringLiteral("max"), QStringLiteral("最大")});
        rows.push_back({-1, QString(300 * 1024, QChar(0x5065)), QStringLiteral("one field longer than a chunk")}); // 健…
        for (int i = 0; i < bulk; ++i)
            rows.push_back({i * 7919LL - 50000, texts[i % texts.size()] + QString::number(i), QStringLiteral("第%1行\t\\").arg(i)});
        {
            Transaction tx(conn());
            QVERIFY(tx.begun());
            BulkInsert ins(conn(), insertSql(), mode);
            HC_VERIFY_OK(ins.status());
            QByteArray bytes;
            for (size_t i = 0; i < rows.size(); ++i) {
                bindRow(ins, rows[i], i % 2 == 1, bytes);
                HC_VERIFY_OK(ins.step());
            }
            HC_VERIFY_OK(ins.finish());
            HC_VERIFY_OK(ins.finish()); // twice: nothing more to send
            HC_VERIFY_OK(tx.commit());
        }
        verifyRows(rows);
    }

    // A field left unbound is NULL, and a bound field stays for the next rows until bound again (as SQLite keeps it).
    void bindingsStay()
    {
        Transaction tx(conn());
        BulkInsert ins(conn(), insertSql(), BulkInsert::Mode::Copy);
        ins.bind(3, QStringLiteral("u"));
        HC_VERIFY_OK(ins.step());
        ins.bind(1, qint64(5));
        HC_VERIFY_OK(ins.step());
        HC_VERIFY_OK(ins.step());
        HC_VERIFY_OK(ins.finish());
        HC_VERIFY_OK(tx.commit());
        verifyRows({{std::nullopt, std::nullopt, QStringLiteral("u")}, {5, std::nullopt, QStringLiteral("u")}, {5, std::nullopt, QStringLiteral("u")}});
    }

    void violationFailsAtFinish_data()
    {
        QTest::addColumn<BulkInsert::Mode>("mode");
        QTest::addColumn<int>("rows");
        QTest::newRow("copy, few rows") << BulkInsert::Mode::Copy << 10;
        QTest::newRow("copy, many rows") << BulkInsert::Mode::Copy << 40000;
        QTest::newRow("copy in chunks, many rows") << BulkInsert::Mode::CopyChunks << 40000;
    }
    void violationFailsAtFinish()
    {
        QFETCH(BulkInsert::Mode, mode);
        QFETCH(int, rows);
        {
            Transaction tx(conn());
            QVERIFY(tx.begun());
            HC_VERIFY_OK(execSql(conn(), QStringLiteral("INSERT INTO bulk_k(k, v) VALUES (0, 'before')")));
            BulkInsert ins(conn(), QStringLiteral("INSERT INTO bulk_k(k, v) VALUES (?, ?)"), mode);
            Status failed = Ok{};
            int at = -1;
            for (int i = 0; i < rows && failed; ++i) {
                ins.bind(1, qint64(i == rows / 2 ? 1 : i + 1)); // the middle row repeats key 1
                ins.bind(2, QStringLiteral("行 %1").arg(i));
                failed = ins.step();
                at = i;
            }
            if (failed)
                failed = ins.finish();
            QVERIFY2(!failed, "a repeated key is refused");
            QCOMPARE(failed.error().kind, ErrorKind::Internal);
            QVERIFY2(failed.error().message.contains(QLatin1String("bulk_k")), qPrintable(failed.error().message));
            if (testdb::isPostgres() && mode == BulkInsert::Mode::Copy)
                QCOMPARE(at, rows - 1); // streamed: every step() queued its row; the server's verdict came at finish()
            // The caller returns the error; its transaction rolls back.
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bulk_k")), 0);
        // The connection runs other statements, and writes again through COPY.
        QCOMPARE(scalar(QStringLiteral("SELECT 41 + 1")), 42);
        {
            Transaction tx(conn());
            QVERIFY(tx.begun());
            BulkInsert ins(conn(), QStringLiteral("INSERT INTO bulk_k(k, v) VALUES (?, ?)"), mode);
            for (int i = 1; i <= 3; ++i) {
                ins.bind(1, qint64(i));
                ins.bind(2, QStringLiteral("again"));
                HC_VERIFY_OK(ins.step());
            }
            HC_VERIFY_OK(ins.finish());
            HC_VERIFY_OK(tx.commit());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bulk_k")), 3);
    }

    // On the server a COPY's failure fails the transaction: COMMIT says so instead of committing the rest.
    void failedCopyFailsCommit()
    {
        if (!testdb::isPostgres())
            QSKIP("SQLite refuses the row at step(); the caller does not commit");
        Transaction tx(conn());
        HC_VERIFY_OK(execSql(conn(), QStringLiteral("INSERT INTO bulk_k(k, v) VALUES (7, 'before')")));
        BulkInsert ins(conn(), QStringLiteral("INSERT INTO bulk_k(k, v) VALUES (?, ?)"), BulkInsert::Mode::Copy);
        ins.bind(1, qint64(7));
        ins.bindNull(2); // NOT NULL, and a repeated key
        HC_VERIFY_OK(ins.step());
        QVERIFY(!ins.finish());
        QVERIFY(!ins.finish()); // the failure sticks
        QVERIFY(!tx.commit());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bulk_k")), 0);
    }

    void destroyedWithoutFinish_data()
    {
        QTest::addColumn<BulkInsert::Mode>("mode");
        QTest::addColumn<int>("rows");
        QTest::newRow("copy, rows only queued") << BulkInsert::Mode::Copy << 10;
        QTest::newRow("copy open") << BulkInsert::Mode::Copy << 40000;
        QTest::newRow("copy in chunks, chunks sent") << BulkInsert::Mode::CopyChunks << 40000;
        QTest::newRow("no row") << BulkInsert::Mode::Copy << 0;
    }
    void destroyedWithoutFinish()
    {
        QFETCH(BulkInsert::Mode, mode);
        QFETCH(int, rows);
        {
            Transaction tx(conn());
            QVERIFY(tx.begun());
            {
                BulkInsert ins(conn(), QStringLiteral("INSERT INTO bulk_k(k, v) VALUES (?, ?)"), mode);
                for (int i = 0; i < rows; ++i) {
                    ins.bind(1, qint64(i));
                    ins.bind(2, QStringLiteral("unfinished"));
                    HC_VERIFY_OK(ins.step());
                }
            }
            const Status committed = tx.commit();
            // On the server rows never finished never commit: the transaction fails. SQLite wrote them at step().
            if (testdb::isPostgres() && rows > 0) {
                QVERIFY(!committed);
                QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bulk_k")), 0);
            } else {
                HC_VERIFY_OK(committed);
                QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bulk_k")), rows);
            }
        }
        QCOMPARE(scalar(QStringLiteral("SELECT 41 + 1")), 42);
        HC_VERIFY_OK(execSql(conn(), QStringLiteral("DELETE FROM bulk_k")));
        Transaction tx(conn());
        QVERIFY(tx.begun());
        HC_VERIFY_OK(execSql(conn(), QStringLiteral("INSERT INTO bulk_k(k, v) VALUES (1, 'after')")));
        HC_VERIFY_OK(tx.commit());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bulk_k")), 1);
    }

    // In chunks, the caller may run statements between rows (the case import looks divisions up as it reads).
    void chunksLeaveTheConnectionFree()
    {
        Transaction tx(conn());
        QVERIFY(tx.begun());
        BulkInsert ins(conn(), QStringLiteral("INSERT INTO bulk_k(k, v) VALUES (?, ?)"), BulkInsert::Mode::CopyChunks);
        qint64 seen = 0;
        for (int i = 0; i < 400000; ++i) {
            ins.bind(1, qint64(i));
            ins.bind(2, QStringLiteral("值 %1").arg(i));
            HC_VERIFY_OK(ins.step());
            if (i % 50000 == 49999) {
                const qint64 now = scalar(QStringLiteral("SELECT COUNT(*) FROM bulk_k"));
                QVERIFY2(now >= seen && now <= i + 1, qPrintable(QString::number(now)));
                seen = now;
            }
        }
        QVERIFY2(seen > 0, "whole chunks reached the table while rows were added");
        HC_VERIFY_OK(ins.finish());
        HC_VERIFY_OK(tx.commit());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bulk_k")), 400000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bulk_k WHERE v = '值 ' || k")), 400000);
    }

    // A statement COPY cannot take keeps a statement per row: RETURNING still gives the id; finish() has nothing to do.
    void otherStatementsStayStatements()
    {
        Transaction tx(conn());
        BulkInsert ins(conn(), QStringLiteral("INSERT INTO bulk_t(n, t, u) VALUES (?, ?, ?) RETURNING id"), BulkInsert::Mode::Copy);
        HC_VERIFY_OK(ins.status());
        for (qint64 i = 1; i <= 3; ++i) {
            ins.bind(1, i);
            ins.bindNull(2);
            ins.bind(3, QStringLiteral("r"));
            HC_VERIFY_OK(ins.step());
            QCOMPARE(ins.lastRowId(), i);
        }
        HC_VERIFY_OK(ins.finish());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bulk_t")), 3); // written at step()
        HC_VERIFY_OK(tx.commit());
    }
};

QTEST_GUILESS_MAIN(TestBulkCopy)
#include "tst_bulkcopy.moc"
