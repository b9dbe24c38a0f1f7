#include "Authorizer.h"
#include "CliContext.h"
#include "CliProgress.h"
#include "DatabaseCopier.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {

// `db init`: the schema on the database --db names (an empty PostgreSQL database, or an SQLite file).
int initDatabase(CliContext &c)
{
    if (int rc = c.openWorkspace(); rc != ExitOk)
        return rc;
    const Database &db = c.ws().database();
    const int version = db.schemaVersion();
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("database"), db.path()},
                            {QStringLiteral("backend"), db.isShared() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                            {QStringLiteral("schema_version"), version}});
    else
        c.out(tr("The database %1 is ready (schema version %2).").arg(db.path()).arg(version));
    return ExitOk;
}

// `db copy --from SQLITE --to URI`: an administrator of the file moves the commission whole.
int copyDatabase(CliContext &c)
{
    const QString from = c.option(QStringLiteral("from")), to = c.option(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return c.usage(tr("db copy --from SQLITE_PATH --to postgresql://USER@HOST[:PORT]/DB"));
    if (!DatabaseLocation::looksLikeUri(to))
        return c.fail(Error::badInput(tr("--to must be a postgresql:// address, not %1.").arg(to)));
    if (DatabaseLocation::looksLikeUri(from) || !QFileInfo(from).isFile())
        return c.fail(Error::badInput(tr("--from must be the console's SQLite file; %1 is not a file.").arg(from)));
    c.options.replace(QStringLiteral("db"), from);
    if (int rc = c.openWorkspace(); rc != ExitOk)
        return rc;
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    if (Status s = Authorizer(c.ws().db()).require(c.ws().currentUser()->username, Permission::ManageAccounts); !s)
        return c.fail(s.error());
    CliProgress progress;
    const auto r = DatabaseCopier::copy(from, to, progress.fn());
    progress.finish();
    if (!r)
        return c.fail(r.error());
    if (c.json()) {
        QJsonObject tables;
        for (const auto &t : r->tables)
            tables.insert(t.name, QJsonObject{{QStringLiteral("source"), t.source}, {QStringLiteral("target"), t.target}});
        c.print(QJsonObject{{QStringLiteral("from"), from},
                            {QStringLiteral("to"), DatabaseLocation::parse(to)->display()},
                            {QStringLiteral("tables"), tables},
                            {QStringLiteral("equal"), r->equal},
                            {QStringLiteral("audit"), QJsonObject{{QStringLiteral("entries"), r->auditEntries},
                                                                  {QStringLiteral("intact"), r->auditIntact}}}});
    } else {
        qint64 rows = 0;
        for (const auto &t : r->tables)
            rows += t.target;
        c.out(tr("Copied %1 tables, %2 rows, to %3; every table has as many rows on both sides: %4. Audit chain on the "
                 "copy: %5 entries, %6.")
                  .arg(r->tables.size())
                  .arg(rows)
                  .arg(DatabaseLocation::parse(to)->display(), r->equal ? tr("yes") : tr("NO"))
                  .arg(r->auditEntries)
                  .arg(r->auditIntact ? tr("intact") : tr("BROKEN: %1").arg(r->auditProblem)));
    }
    return r->equal && r->auditIntact ? ExitOk : ExitRefused;
}

} // namespace

int runDatabase(CliContext &c)
{
    const QString verb = c.arg(1);
    if (verb == QLatin1String("init"))
        return initDatabase(c);
    if (verb == QLatin1String("copy"))
        return copyDatabase(c);
    return c.usage(tr("db init | db copy --from SQLITE_PATH --to postgresql://USER@HOST[:PORT]/DB"));
}

} // namespace hc::cli
