#include "HolderExporter.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "Database.h"
#include "TimeUtil.h"

#include <QIODevice>

namespace hc {

QString HolderExporter::cell(const QString &v)
{
    QString s = v;
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

QStringList HolderExporter::header()
{
    return {QStringLiteral("number"), QStringLiteral("id_type"), QStringLiteral("id_number"), QStringLiteral("name"),
            QStringLiteral("phone"), QStringLiteral("home_division"), QStringLiteral("address"), QStringLiteral("color"),
            QStringLiteral("color_since")};
}

Result<ExportReport> HolderExporter::exportCsv(HolderFilter filter, bool unmasked, const QString &purpose, QIODevice &out,
                                               const QString &actor, AuditLog &audit) const
{
    const Authorizer auth(m_db);
    const auto scope = auth.holderScope(actor, filter.divisionPrefix, audit);
    if (!scope)
        return scope.error();
    filter.divisionPrefix = scope.value();
    if (unmasked) {
        if (purpose.trimmed().size() < 4)
            return Error::badInput(tr("State the purpose of an unmasked export (at least 4 characters)."));
        if (Status s = auth.requireAudited(actor, Permission::ExportUnmasked, filter.divisionPrefix, QStringLiteral("holders.export"),
                                           QStringLiteral("holders:") + filter.divisionPrefix, audit);
            !s)
            return s.error();
    }
    const HolderRepository repo(m_db);
    QByteArray buffer = QByteArrayLiteral("\xEF\xBB\xBF") + header().join(QLatin1Char(',')).toUtf8() + "\r\n";
    ExportReport report;
    report.unmasked = unmasked;
    report.scope = filter.divisionPrefix;
    filter.limit = 5000;
    filter.hasCursor = false;
    for (;;) {
        const QList<Holder> page = repo.page(filter);
        for (const Holder &h : page) {
            const QStringList row{QString::number(h.id),
                                  idTypeKey(h.idType),
                                  unmasked ? h.idNumber : h.maskedIdNumber(),
                                  unmasked ? h.name : h.maskedName(),
                                  unmasked ? h.phone : h.maskedPhone(),
                                  h.homeDivision,
                                  unmasked ? h.address : h.maskedAddress(),
                                  policy::colorKey(h.color),
                                  time::format(h.colorSince)};
            QStringList cells;
            for (const QString &v : row)
                cells << cell(v);
            buffer += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
        }
        report.rows += page.size();
        if (buffer.size() > (1 << 20) || page.size() < filter.limit) {
            if (out.write(buffer) != buffer.size())
                return Error::internal(tr("Cannot write the export: %1").arg(out.errorString()));
            buffer.clear();
        }
        if (page.size() < filter.limit)
            break;
        filter.continueAfter(page.last());
    }
    Transaction tx(m_db);
    QJsonObject after{{QStringLiteral("rows"), report.rows},
                      {QStringLiteral("masked"), !unmasked},
                      {QStringLiteral("scope"), filter.divisionPrefix}};
    if (filter.color)
        after.insert(QStringLiteral("color"), policy::colorKey(*filter.color));
    if (!filter.idPrefix.isEmpty())
        after.insert(QStringLiteral("id_prefix"), filter.idPrefix);
    if (!filter.namePrefix.isEmpty())
        after.insert(QStringLiteral("name_prefix"), filter.namePrefix);
    if (unmasked)
        after.insert(QStringLiteral("purpose"), purpose.trimmed());
    if (Status s = audit.append(actor, QStringLiteral("holders.export"), QStringLiteral("holders:") + filter.divisionPrefix, {}, after); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace hc
