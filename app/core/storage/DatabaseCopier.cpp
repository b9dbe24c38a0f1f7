#include "DatabaseCopier.h"
#include "DriverHandles.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "PgStatement.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace hc {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("hc::DatabaseCopier", s);
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
}

// The server's tables in an order that fills a referenced table before the tables that refer to it.
QStringList fillOrder(const QSqlDatabase &pg)
{
    QStringList tables = sql::tables(pg);
    QHash<QString, QSet<QString>> refs;
    QSqlQuery q(pg);
    q.exec(QStringLiteral("SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c"
                          " JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = current_schema()"));
    while (q.next())
        if (q.value(0).toString() != q.value(1).toString())
            refs[q.value(0).toString()].insert(q.value(1).toString());
    QStringList ordered;
    QSet<QString> done;
    std::function<void(const QString &)> visit = [&](const QString &t) {
        if (done.contains(t))
            return;
        done.insert(t);
        for (const QString &r : refs.value(t))
            visit(r);
        ordered << t;
    };
    for (const QString &t : tables)
        visit(t);
    return ordered;
}

QSet<QString> byteaColumns(const QSqlDatabase &pg, const QString &table)
{
    QSet<QString> out;
    QSqlQuery q(pg);
    q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                             " AND table_name = ? AND data_type = 'bytea'"));
    q.addBindValue(table);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString());
    return out;
}

// COPY's text format: \N for NULL, backslash escapes for the four characters that end a field or a row.
void appendText(QByteArray &out, const char *p, int n)
{
    for (int i = 0; i < n; ++i) {
        const char c = p[i];
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: out += c;
        }
    }
}

void appendBytea(QByteArray &out, const char *p, int n)
{
    out += "\\\\x"; // the bytea hex form, its backslash escaped for COPY
    out += QByteArray::fromRawData(p, n).toHex();
}

Status copyTable(sqlite3 *src, PGconn *dst, const QString &table, const QStringList &cols, const QSet<QString> &bytea,
                 qint64 *rows, const std::function<bool(qint64)> &tick)
{
    const QByteArray select = QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QStringLiteral(", ")), table).toUtf8();
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(src, select.constData(), -1, &st, nullptr) != SQLITE_OK)
        return Error::internal(QStringLiteral("%1: %2").arg(QString::fromUtf8(select), QString::fromUtf8(sqlite3_errmsg(src))));
    const QByteArray copy = QStringLiteral("COPY %1(%2) FROM STDIN").arg(table, cols.join(QStringLiteral(", "))).toUtf8();
    PGresult *r = PQexec(dst, copy.constData());
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        const Error e = pgResultError(dst, r, QString::fromUtf8(copy), nullptr);
        PQclear(r);
        sqlite3_finalize(st);
        return e;
    }
    PQclear(r);
    std::vector<bool> isBytea;
    for (const QString &c : cols)
        isBytea.push_back(bytea.contains(c));
    QByteArray buf;
    buf.reserve(1 << 20);
    bool failed = false;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int c = 0; c < int(cols.size()); ++c) {
            if (c)
                buf += '\t';
            const int type = sqlite3_column_type(st, c);
            if (type == SQLITE_NULL) {
                buf += "\\N";
            } else if (isBytea[size_t(c)]) {
                const void *p = sqlite3_column_blob(st, c);
                appendBytea(buf, static_cast<const char *>(p), sqlite3_column_bytes(st, c));
            } else if (type == SQLITE_INTEGER) {
                buf += QByteArray::number(sqlite3_column_int64(st, c));
            } else if (type == SQLITE_FLOAT) {
                buf += QByteArray::number(sqlite3_column_double(st, c), 'g', 17);
            } else {
                const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
                appendText(buf, p, sqlite3_column_bytes(st, c));
            }
        }
        buf += '\n';
        ++*rows;
        if (buf.size() >= (1 << 20)) {
            if (PQputCopyData(dst, buf.constData(), int(buf.size())) != 1) {
                failed = true;
                break;
            }
            buf.clear();
            if ((*rows & 0xFFFF) == 0 && tick && !tick(*rows))
                break;
        }
    }
    const bool readOk = rc == SQLITE_DONE || rc == SQLITE_ROW;
    const QString readError = readOk ? QString() : QString::fromUtf8(sqlite3_errmsg(src));
    sqlite3_finalize(st);
    if (!failed && !buf.isEmpty())
        failed = PQputCopyData(dst, buf.constData(), int(buf.size())) != 1;
    PQputCopyEnd(dst, failed || !readOk ? "hc: copy stopped" : nullptr);
    Status status = Ok{};
    while ((r = PQgetResult(dst))) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && status)
            status = pgResultError(dst, r, QString::fromUtf8(copy), nullptr);
        PQclear(r);
    }
    if (!readOk)
        return Error::internal(QStringLiteral("reading %1: %2").arg(table, readError));
    return status;
}

} // namespace

Result<DatabaseCopier::Report> DatabaseCopier::copy(const QString &sqlitePath, const QString &serverUri, const ProgressFn &progress)
{
    const auto to = DatabaseLocation::parse(serverUri);
    if (!to)
        return to.error();
    if (!to->isPostgres())
        return Error::badInput(tr("The target must be a postgresql:// address, not %1.").arg(serverUri));
    if (DatabaseLocation::looksLikeUri(sqlitePath) || !QFileInfo(sqlitePath).isFile())
        return Error::badInput(tr("The source %1 is not an SQLite file of the console.").arg(sqlitePath));
    Database source(sqlitePath);
    if (Status s = source.open(); !s)
        return s.error();
    Database target(serverUri);
    if (Status s = target.open(); !s)
        return s.error();
    QSqlDatabase src = source.connection(), dst = target.connection();
    // Empty: the schema and what a fresh database ships with (the division tree, the default policy), no commission.
    for (const char *table : {"account", "holder", "audit_log", "approval", "risk_period", "outbox", "case_batch", "ticket"}) {
        if (count(dst, QLatin1String(table)) != 0)
            return Error::refused(tr("The database %1 already holds a commission's data (table %2 is not empty). Copy "
                                     "only into an empty database; nothing was changed.")
                                      .arg(target.path(), QLatin1String(table)));
    }
    sqlite3 *in = sqliteConnection(src);
    PGconn *out = PgStatement::connectionOf(dst);
    if (!in || !out)
        return Error::internal(QStringLiteral("DatabaseCopier: unexpected drivers"));

    const QStringList order = fillOrder(dst);
    const QStringList sourceTables = sql::tables(src);
    for (const QString &t : sourceTables)
        if (!order.contains(t))
            return Error::refused(tr("The table %1 of the file has no counterpart on the server; nothing was changed.").arg(t));
    Report report;
    qint64 total = 0;
    for (const QString &t : sourceTables)
        total += count(src, t);
    ProgressThrottle tell(progress);
    qint64 done = 0;
    {
        Transaction tx(dst);
        if (!tx.begun())
            return tx.commit().error();
        // What a fresh database ships with goes first: the file's rows replace it. The schema version stays.
        for (auto it = order.crbegin(); it != order.crend(); ++it) {
            if (!sourceTables.contains(*it))
                continue;
            const QString del = *it == QLatin1String("meta") ? QStringLiteral("DELETE FROM meta WHERE key <> 'schema_version'")
                                                             : QStringLiteral("DELETE FROM %1").arg(*it);
            if (Status s = execSql(dst, del); !s)
                return s.error();
        }
        for (const QString &t : order) {
            if (!sourceTables.contains(t))
                continue;
            const QStringList targetCols = sql::columns(dst, t);
            QStringList cols;
            for (const QString &c : sql::columns(src, t)) {
                if (!targetCols.contains(c))
                    return Error::refused(tr("The column %1.%2 of the file has no counterpart on the server; nothing was "
                                             "changed.").arg(t, c));
                cols << c;
            }
            Table row{t, 0, 0};
            if (Status s = copyTable(in, out, t, cols, byteaColumns(dst, t), &row.source,
                                     [&](qint64 n) {
                                         return tell({tr("Copying %1").arg(t), done + n, total,
                                                      total ? int((done + n) * 100 / total) : 0, false}) || true;
                                     });
                !s)
                return Error{s.error().kind, tr("Copying the table %1: %2 Nothing was changed.").arg(t, s.error().message),
                             s.error().storage, s.error().detail};
            done += row.source;
            report.tables << row;
        }
        // Ids that must never be handed out twice continue after the largest the file ever gave (sqlite_sequence).
        QHash<QString, qint64> given;
        QSqlQuery seq(src);
        if (sql::tableExists(src, QStringLiteral("sqlite_sequence")) && seq.exec(QStringLiteral("SELECT name, seq FROM sqlite_sequence")))
            while (seq.next())
                given.insert(seq.value(0).toString(), seq.value(1).toLongLong());
        QSqlQuery ident(dst);
        ident.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                                  " AND is_identity = 'YES'"));
        QList<QPair<QString, QString>> identities;
        while (ident.next())
            identities << qMakePair(ident.value(0).toString(), ident.value(1).toString());
        for (const auto &[t, c] : identities) {
            const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), GREATEST(%3, (SELECT COALESCE(MAX(%2), 0)"
                                               " FROM %1), 1))")
                                    .arg(t, c)
                                    .arg(given.value(t, 0));
            if (Status s = execSql(dst, sql); !s)
                return s.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    for (Table &t : report.tables) {
        t.target = count(dst, t.name);
        if (t.name == QLatin1String("meta"))
            t.target -= 1; // schema_version, which SQLite keeps in its header
        report.equal = report.equal && t.target == t.source;
    }
    SystemClock clock;
    const AuditVerdict v = AuditLog(dst, clock).verify();
    report.auditEntries = v.entries;
    report.auditIntact = v.intact;
    report.auditProblem = v.problem;
    return report;
}

} // namespace hc
