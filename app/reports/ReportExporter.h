#pragma once
#include "ReportBuilder.h"
#include "ReportPackage.h"

#include <QJsonObject>

namespace hc {
class Clock;
}

namespace hc::reports {

struct ExportResult
{
    QString file;
    QString sha256; // of the package
    QStringList files;
    QString signedBy; // empty for an unsigned draft
    QString profile;  // intl, sm, unsigned
    QJsonObject toJson() const; // {"file", "sha256", "files", "signed_by", "profile"}
};

// A report built, rendered (PDF, CSV, JSON) and packed into the signed zip of PROTOCOL.md, written atomically
// with its audit entry (report.export, holding the package's SHA-256). Without a REPORT key nothing signed is
// offered: only an explicit draft, marked "未签名草稿" on every page.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(hc::reports::ReportExporter)
public:
    ReportExporter(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    // The report with who generates it and when, as the PDF shows it.
    Result<Report> prepare(const Official &who, const ReportRequest &request, bool draft) const;
    static QList<PackageFile> render(const Report &report); // PDF, CSV, JSON
    Result<ExportResult> exportTo(const Official &who, const ReportRequest &request, const QString &path,
                                  const PackageSigners &signers, bool draft) const;
    static QString defaultFileName(const Report &report); // 疫情防控日报-daily-370303-20221101.zip

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc::reports
