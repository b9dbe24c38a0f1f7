#pragma once
#include "HolderRepository.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QIODevice;

namespace hc {

class AuditLog;

struct ExportReport
{
    qint64 rows = 0;
    bool unmasked = false;
    QString scope; // the division subtree exported (narrowed to the jurisdiction)
};

// Holders matching a filter as CSV (UTF-8 with BOM, what Excel opens): masked by default. An unmasked export
// needs the export permission, the whole scope inside the jurisdiction and a stated purpose; every export —
// masked or not — is an audit entry, and so is a refusal.
class HolderExporter
{
    Q_DECLARE_TR_FUNCTIONS(hc::HolderExporter)
public:
    explicit HolderExporter(QSqlDatabase db) : m_db(std::move(db)) {}

    // Writes to `out`; the audit entry is written once every row is out. The caller commits the file only
    // after this returns a report (QSaveFile), so a failed export leaves no file behind.
    Result<ExportReport> exportCsv(HolderFilter filter, bool unmasked, const QString &purpose, QIODevice &out,
                                   const QString &actor, AuditLog &audit) const;

    static QStringList header();
    // One CSV cell; a cell a spreadsheet would read as a formula is written as text (CSV injection).
    static QString cell(const QString &v);

private:
    QSqlDatabase m_db;
};

} // namespace hc
