#include "ReportExporter.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "ReportPdf.h"
#include "TimeUtil.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace hc::reports {

QJsonObject ExportResult::toJson() const
{
    return {{QStringLiteral("file"), file},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("files"), QJsonArray::fromStringList(files)},
            {QStringLiteral("signed_by"), signedBy.isEmpty() ? QJsonValue() : QJsonValue(signedBy)},
            {QStringLiteral("profile"), profile}};
}

QString ReportExporter::defaultFileName(const Report &r)
{
    return r.title.simplified().remove(QLatin1Char(' ')) + QLatin1Char('-') + r.fileStem + QStringLiteral(".zip");
}

Result<Report> ReportExporter::prepare(const Official &who, const ReportRequest &request, bool draft) const
{
    auto r = ReportBuilder(m_db, m_clock).build(who, request);
    if (!r)
        return r;
    r.value().generatedBy = who.displayName.isEmpty() ? who.username : who.displayName;
    r.value().generatedAt = m_clock.now().toSecsSinceEpoch();
    r.value().draft = draft;
    return r;
}

QList<PackageFile> ReportExporter::render(const Report &r)
{
    return {{r.fileStem + QStringLiteral(".pdf"), ReportPdf::render(r)},
            {r.fileStem + QStringLiteral(".csv"), r.toCsv()},
            {r.fileStem + QStringLiteral(".json"), r.toJson()}};
}

Result<ExportResult> ReportExporter::exportTo(const Official &who, const ReportRequest &request, const QString &path,
                                              const PackageSigners &signers, bool draft) const
{
    if (!draft && !signers.cms)
        return Error::refused(tr("This console has no unlocked REPORT key, so nothing signed can be exported. Set up the "
                                 "platform connection (its directory holds the key) and unlock it, or export an unsigned "
                                 "draft, marked as such on every page."));
    if (path.isEmpty())
        return Error::badInput(tr("Say where the report package goes."));
    auto report = prepare(who, request, draft);
    if (!report)
        return report.error();
    const QDateTime at = m_clock.now();
    auto built = ReportPackage::build(render(*report), draft ? PackageSigners{} : signers, at, report->title);
    if (!built)
        return built.error();
    ExportResult out;
    out.file = QFileInfo(path).absoluteFilePath();
    out.sha256 = QString::fromLatin1(QCryptographicHash::hash(built->zip, QCryptographicHash::Sha256).toHex());
    out.files = built->members;
    out.signedBy = built->signedBy;
    out.profile = built->profile;

    // The audit entry and the file land together: the entry is committed only once the file is in place.
    Transaction tx(m_db);
    AuditLog audit(m_db, m_clock);
    QJsonObject after{{QStringLiteral("kind"), reportKindKey(request.kind)},
                      {QStringLiteral("file"), QFileInfo(path).fileName()},
                      {QStringLiteral("sha256"), out.sha256},
                      {QStringLiteral("profile"), out.profile},
                      {QStringLiteral("as_of"), time::format(report->asOf)},
                      {QStringLiteral("parameters"), report->parameters}};
    if (!out.signedBy.isEmpty())
        after.insert(QStringLiteral("signed_by"), out.signedBy);
    if (Status s = audit.append(who.username, QStringLiteral("report.export"), QStringLiteral("report:") + report->fileStem, {},
                                after);
        !s)
        return s.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(built->zip) != built->zip.size() || !file.commit())
        return Error::refused(tr("The package cannot be written to %1: %2").arg(path, file.errorString()));
    if (Status s = tx.commit(); !s) {
        QFile::remove(path);
        return s.error();
    }
    return out;
}

} // namespace hc::reports
