// HolderService::importCsv: a holders CSV (UTF-8 or GB18030, any of , ; TAB |) read a chunk at a time, every row
// checked, then written in one transaction. The rest of the service is in HolderService.cpp.
#include "HolderService.h"
#include "AuditLog.h"
#include "Authorizer.h"
#include "CsvReader.h"
#include "Database.h"
#include "HolderRepository.h"
#include "Limits.h"
#include "TextDecoder.h"

#include <QBuffer>
#include <QSqlQuery>

namespace hc {

Result<HolderService::ImportReport> HolderService::importCsv(const QByteArray &csvIn, const QString &actor, AuditLog &audit,
                                                             bool dryRun, const ProgressFn &progress)
{
    // Too large a file is refused before anything else (docs/limits.md).
    if (Status s = checkFileSize(csvIn.size(), limits::kHolderFileBytes, tr("a holders file")); !s)
        return s.error();
    ProgressThrottle step(progress);
    const QString checking = tr("Checking rows");
    const auto cancelled = [] { return Error::refused(tr("The import was cancelled; nothing was changed.")); };
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::RegisterHolder, {}, QStringLiteral("holders.import"),
                                                   QStringLiteral("holders"), audit);
        !s)
        return s.error();
    const auto official = Authorizer(m_db).official(actor);
    if (!official)
        return official.error();
    const QStringList known{QStringLiteral("id_type"), QStringLiteral("id_number"), QStringLiteral("name"), QStringLiteral("phone"),
                            QStringLiteral("home_division"), QStringLiteral("address"), QStringLiteral("source_division")};
    // Checking is a fifth of the work, writing the rest. The records to check are counted by line ends: close
    // enough for a bar (a quoted field may hold a line break).
    const qint64 lines = step ? std::max<qint64>(1, csvIn.count('\n') - 1) : 0; // less the header
    QList<HolderInput> rows;
    QStringList errors; // the first 20 of them: only those are named
    qint64 errorCount = 0;
    qint64 records = 0;
    const auto addError = [&](const QString &e) {
        if (++errorCount <= 20)
            errors << e;
    };
    // UTF-8 or GBK/GB18030 as spreadsheets write them, any of , ; TAB | as the delimiter: read a chunk at a time
    // (CsvStream, the case files' reader), each line within limits::kLineBytes and limits::kFields.
    QBuffer buffer;
    buffer.setData(csvIn);
    buffer.open(QIODevice::ReadOnly);
    const auto readRows = [&](CsvStream &csv, bool gb18030) -> Status {
        rows.clear();
        errors.clear();
        errorCount = records = 0;
        if (const auto delimiter = csv.openDetecting(gb18030); !delimiter)
            return delimiter.error();
        const auto next = [&](QStringList &out) { return csv.nextStrings(out); };
        QStringList header;
        const auto first = next(header);
        if (!first)
            return first.error();
        if (!*first)
            return Error::badInput(tr("The file is empty."));
        QHash<QString, int> col;
        for (int i = 0; i < header.size(); ++i) {
            const QString h = header[i].trimmed();
            if (!known.contains(h))
                return Error::badInput(tr("line 1: unknown column \"%1\" (expected %2)").arg(h, known.join(QLatin1Char(','))));
            col.insert(h, i);
        }
        for (const char *required : {"id_number", "name", "home_division"})
            if (!col.contains(QLatin1String(required)))
                return Error::badInput(tr("line 1: the column %1 is missing").arg(QLatin1String(required)));
        QHash<QString, int> seen;
        QStringList fields;
        if (!step({checking, 0, lines, 0}, true))
            return cancelled();
        for (;;) {
            const auto more = next(fields);
            if (!more)
                return more.error();
            if (!*more)
                break;
            const int line = csv.line();
            if ((++records & 255) == 0 && step
                && !step({checking, records, std::max(lines, records), int(20 * records / std::max(lines, records))}))
                return cancelled();
            if (fields.size() == 1 && fields[0].trimmed().isEmpty())
                continue;
            if (fields.size() != header.size()) {
                addError(tr("line %1: %2 fields, the header has %3").arg(line).arg(fields.size()).arg(header.size()));
                continue;
            }
            auto field = [&](const char *name) { return col.contains(QLatin1String(name)) ? fields[col.value(QLatin1String(name))] : QString(); };
            HolderInput in;
            const QString type = field("id_type").trimmed();
            const auto idType = type.isEmpty() ? std::optional(IdType::Resident) : idTypeFromKey(type);
            if (!idType) {
                addError(tr("line %1: id_type must be resident or passport").arg(line));
                continue;
            }
            in.idType = *idType;
            in.idNumber = field("id_number");
            in.name = field("name");
            in.phone = field("phone");
            in.homeDivision = field("home_division");
            in.address = field("address");
            in.sourceDivision = field("source_division");
            const auto valid = validate(in);
            if (!valid) {
                addError(tr("line %1: %2").arg(line).arg(valid.error().message));
                continue;
            }
            if (!official->covers(valid->homeDivision)) {
                addError(tr("line %1: %2 is outside your jurisdiction (%3)").arg(line).arg(valid->homeDivision, official->jurisdiction));
                continue;
            }
            const QString key = idTypeKey(valid->idType) + QLatin1Char(':') + valid->idNumber;
            if (const int firstLine = seen.value(key); firstLine > 0) {
                addError(tr("line %1: the same ID number as line %2").arg(line).arg(firstLine));
                continue;
            }
            seen.insert(key, line);
            rows << valid.value();
        }
        if (csv.unclosedQuote())
            addError(tr("line %1: unbalanced quotes").arg(csv.line()));
        return Ok{};
    };
    for (const bool gb18030 : {false, true}) {
        CsvStream csv(buffer);
        const Status read = readRows(csv, gb18030);
        if (!read && csv.needsGb18030() && !gb18030)
            continue; // UTF-8 until a byte said otherwise: GB18030 from the start
        if (!read)
            return read.error();
        break;
    }
    if (errorCount > 0) {
        const qsizetype shown = errors.size();
        QString message = tr("%n bad row(s); nothing was imported.", nullptr, int(errorCount));
        message += QLatin1Char('\n') + errors.join(QLatin1Char('\n'));
        if (errorCount > shown)
            message += QLatin1Char('\n') + tr("… and %1 more.").arg(errorCount - shown);
        return Error::badInput(message);
    }
    ImportReport report;
    report.rows = int(rows.size());
    const QString writing = dryRun ? tr("Comparing with the registered holders") : tr("Writing holders");
    const qint64 total = rows.size();
    if (!step({checking, records, records, 20}, true) || !step({writing, 0, total, 20}, true))
        return cancelled();
    Transaction tx(m_db);
    HolderRepository repo(m_db);
    qint64 done = 0;
    for (const HolderInput &in : rows) {
        if ((done & 63) == 0 && done > 0 && step && !step({writing, done, total, 20 + int(78 * done / total)}))
            return cancelled(); // rolled back with the transaction
        ++done;
        const auto existing = repo.findByIdNumber(in.idType, in.idNumber);
        const bool known = existing.has_value();
        if (known && !official->covers(existing->homeDivision))
            return Error::refused(tr("%1 lives in %2, outside your jurisdiction (%3); nothing was imported.")
                                      .arg(existing->maskedIdentity(), existing->homeDivision, official->jurisdiction));
        bool changed = false;
        if (dryRun) {
            ++(known ? report.updated : report.created);
            continue;
        }
        const auto r = write(in, actor, audit, &changed);
        if (!r)
            return r.error();
        ++(!changed ? report.unchanged : known ? report.updated : report.created);
    }
    if (!step({writing, total, total, 98}, true))
        return cancelled();
    if (dryRun) {
        step({writing, total, total, 100, false}, true);
        return report;
    }
    if (Status s = audit.append(actor, QStringLiteral("holders.import"), QStringLiteral("holders"), {},
                                {{QStringLiteral("rows"), report.rows},
                                 {QStringLiteral("created"), report.created},
                                 {QStringLiteral("updated"), report.updated},
                                 {QStringLiteral("unchanged"), report.unchanged}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    step({writing, total, total, 100, false}, true);
    return report;
}

} // namespace hc
