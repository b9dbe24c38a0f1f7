#include "CliContext.h"
#include "CliProgress.h"
#include "CsvReader.h"
#include "Limits.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {

QJsonValue timeOrNull(const std::optional<qint64> &t)
{
    return t ? QJsonValue(time::format(*t)) : QJsonValue();
}

QJsonObject caseRowJson(const CaseRow &r)
{
    return {{QStringLiteral("line"), r.line},
            {QStringLiteral("case_ref"), r.caseRef},
            {QStringLiteral("id_number"), mask::idNumber(r.idNumber)},
            {QStringLiteral("class"), caseClassKey(r.cls)},
            {QStringLiteral("report_time"), time::format(r.reportAt)},
            {QStringLiteral("discharge_time"), timeOrNull(r.dischargeAt)},
            {QStringLiteral("exposure"), exposureKey(r.exposure)},
            {QStringLiteral("division"), r.division},
            {QStringLiteral("address"), r.address},
            {QStringLiteral("venue_code"), r.venueCode},
            {QStringLiteral("from"), timeOrNull(r.from)},
            {QStringLiteral("to"), timeOrNull(r.to)},
            {QStringLiteral("transport"), r.transport},
            {QStringLiteral("carriage"), r.carriage},
            {QStringLiteral("seat"), r.seat}};
}

QJsonObject scanRowJson(const ScanRow &r)
{
    return {{QStringLiteral("line"), r.line},
            {QStringLiteral("venue_code"), r.venueCode},
            {QStringLiteral("id_number"), mask::idNumber(r.idNumber)},
            {QStringLiteral("holder"), r.holderId},
            {QStringLiteral("time"), time::format(r.at)},
            {QStringLiteral("division"), r.division},
            {QStringLiteral("carriage"), r.carriage},
            {QStringLiteral("seat"), r.seat}};
}

QJsonObject batchJson(const CaseBatch &b)
{
    return {{QStringLiteral("batch"), b.id},
            {QStringLiteral("kind"), batchKindKey(b.kind)},
            {QStringLiteral("file"), b.fileName},
            {QStringLiteral("sha256"), b.sha256},
            {QStringLiteral("encoding"), b.encoding},
            {QStringLiteral("records"), b.records},
            {QStringLiteral("accepted"), b.accepted},
            {QStringLiteral("left_out"), b.leftOut},
            {QStringLiteral("status"), b.status},
            {QStringLiteral("approval"), b.approvalId ? QJsonValue(*b.approvalId) : QJsonValue()},
            {QStringLiteral("imported_by"), b.importedBy},
            {QStringLiteral("imported_at"), time::format(b.importedAt)},
            {QStringLiteral("applied_by"), b.appliedBy},
            {QStringLiteral("reverted_by"), b.revertedBy},
            {QStringLiteral("revert_reason"), b.revertReason},
            {QStringLiteral("summary"), b.summary}};
}

QJsonObject outcomeJson(const HolderOutcome &o)
{
    return {{QStringLiteral("holder"), o.holderId},
            {QStringLiteral("name"), o.maskedName},
            {QStringLiteral("id_number"), o.maskedIdNumber},
            {QStringLiteral("division"), o.division},
            {QStringLiteral("condition"), policy::conditionKindKey(o.kind)},
            {QStringLiteral("from"), policy::colorKey(o.before)},
            {QStringLiteral("to"), policy::colorKey(o.after)},
            {QStringLiteral("outcome"), o.outcome},
            {QStringLiteral("case_ref"), o.caseRef},
            {QStringLiteral("line"), o.line},
            {QStringLiteral("basis"), o.basis}};
}

std::optional<qint64> batchArg(CliContext &c)
{
    bool ok = false;
    const qint64 id = c.arg(2).toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

int importFile(CliContext &c)
{
    const QString path = c.arg(2);
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return c.fail(Error::badInput(tr("cannot read \"%1\"").arg(path)));
    // Too large a file is refused before it is read (docs/limits.md); the core checks it again, and a pipe as it
    // is copied.
    if (!f.isSequential())
        if (Status s = checkFileSize(f.size(), limits::kCaseFileBytes, QCoreApplication::translate("hc::CaseFileReader", "a case or verification file"));
            !s)
            return c.fail(s.error());
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    const BatchKind kind = c.has(QStringLiteral("verifications")) ? BatchKind::Verifications : BatchKind::Cases;
    CaseBatchService cases = c.ws().cases();
    ImportOptions options;
    options.kind = kind;
    if (c.has(QStringLiteral("mapping"))) {
        const auto saved = cases.mapping(kind, c.option(QStringLiteral("mapping")));
        if (!saved)
            return c.fail(Error::badInput(tr("no saved column mapping \"%1\"").arg(c.option(QStringLiteral("mapping")))));
        options.mapping = *saved;
    }
    for (const QString &m : c.optionList(QStringLiteral("map"))) {
        const qsizetype eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return c.usage(tr("--map takes FIELD=COLUMN, e.g. --map id_number=证件号"));
        options.mapping.insert(m.left(eq).trimmed(), m.mid(eq + 1).trimmed());
    }
    const bool saveMapping = c.has(QStringLiteral("save-mapping")) && !options.mapping.isEmpty();
    const QString mappingName = c.option(QStringLiteral("save-mapping")).trimmed();
    if (saveMapping && (mappingName.isEmpty() || mappingName.size() > 64)) // refused before anything is stored
        return c.fail(Error::badInput(QCoreApplication::translate("hc::CaseBatchService", "A mapping needs a name (at most 64 characters).")));
    options.fileName = QFileInfo(path).fileName();
    options.validRowsOnly = c.has(QStringLiteral("valid-rows"));
    options.checkOnly = c.has(QStringLiteral("dry-run"));
    options.errorsPath = c.option(QStringLiteral("errors"), path + QStringLiteral(".errors.csv"));
    AuditLog audit = c.ws().audit();
    // The file is streamed: read, checked and stored a chunk at a time, whatever its size.
    std::optional<Result<ImportReport>> imported;
    {
        CliProgress progress;
        imported = cases.importFile(f, options, *c.ws().actor(), audit, progress.fn());
    }
    if (!*imported)
        return c.fail(imported->error());
    const ImportReport &report = imported->value();
    const FileSummary &parsed = report.file;
    if (saveMapping)
        if (Status s = cases.saveMapping(kind, mappingName, options.mapping, *c.ws().actor(), audit); !s)
            return c.fail(s.error());
    const QString errorsPath = report.errorsFile;
    const bool dryRun = options.checkOnly;
    const std::optional<qint64> batch = report.batch;
    const std::optional<Error> refused = report.refused;
    QJsonArray errors, preview;
    for (const RowError &e : report.errors)
        errors.append(QJsonObject{{QStringLiteral("line"), e.line}, {QStringLiteral("reason"), e.reason}});
    if (kind == BatchKind::Cases)
        for (const CaseRow &r : parsed.firstCases)
            preview.append(caseRowJson(r));
    else
        for (const ScanRow &r : parsed.firstScans)
            preview.append(scanRowJson(r));
    const QString status = batch ? QStringLiteral("imported") : dryRun ? QStringLiteral("checked") : QStringLiteral("refused");
    if (c.json()) {
        c.print(QJsonObject{{QStringLiteral("batch"), batch ? QJsonValue(*batch) : QJsonValue()},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("kind"), batchKindKey(kind)},
                            {QStringLiteral("format"), parsed.format},
                            {QStringLiteral("encoding"), parsed.encoding},
                            {QStringLiteral("delimiter"), parsed.delimiter},
                            {QStringLiteral("records"), parsed.records},
                            {QStringLiteral("accepted"), parsed.accepted},
                            {QStringLiteral("left_out"), int(parsed.errors)},
                            {QStringLiteral("errors"), errors},
                            {QStringLiteral("errors_file"), errorsPath.isEmpty() ? QJsonValue() : QJsonValue(errorsPath)},
                            {QStringLiteral("preview"), preview}});
    } else {
        for (const QJsonValue &e : std::as_const(errors))
            c.err(tr("line %1: %2").arg(e[QStringLiteral("line")].toInt()).arg(e[QStringLiteral("reason")].toString()));
        if (batch)
            c.out(tr("Batch %1: %2 of %3 rows imported (%4), %5 left out.")
                      .arg(*batch)
                      .arg(parsed.accepted)
                      .arg(parsed.records)
                      .arg(parsed.encoding)
                      .arg(parsed.errors));
        else if (dryRun)
            c.out(tr("%1 of %2 rows are valid (%3); nothing was imported.").arg(parsed.accepted).arg(parsed.records).arg(parsed.encoding));
        if (!errorsPath.isEmpty())
            c.out(tr("The bad rows, with their reasons, are in %1: fix them there and import that file.").arg(errorsPath));
    }
    if (refused) {
        if (!c.json())
            return c.fail(*refused);
        return refused->kind == ErrorKind::Refused ? ExitRefused : ExitBadInput;
    }
    return dryRun && parsed.errors > 0 ? ExitBadInput : ExitOk;
}

int preview(CliContext &c, qint64 batch)
{
    std::optional<Result<Impact>> previewed;
    {
        CliProgress progress;
        previewed = c.ws().cases().preview(batch, *c.ws().actor(), progress.fn());
    }
    const Result<Impact> &impact = *previewed;
    if (!impact)
        return c.fail(impact.error());
    const Impact &i = impact.value();
    QJsonArray divisions, sample, red, unregistered;
    for (const DivisionImpact &d : i.byDivision)
        divisions.append(QJsonObject{{QStringLiteral("county"), d.county}, {QStringLiteral("name"), d.name},
                                     {QStringLiteral("to_red"), d.toRed}, {QStringLiteral("to_yellow"), d.toYellow},
                                     {QStringLiteral("already"), d.already}});
    for (const HolderOutcome &o : i.sample)
        sample.append(outcomeJson(o));
    for (const HolderOutcome &o : i.alreadyRedList)
        red.append(outcomeJson(o));
    for (const QString &s : i.unregisteredCases)
        unregistered.append(s);
    QJsonArray handoffs; // issue 19: {"commission", "province", "holders"}
    for (const Impact::Handoff &h : i.handoffs)
        handoffs.append(QJsonObject{{QStringLiteral("commission"), h.commission},
                                    {QStringLiteral("province"), h.province},
                                    {QStringLiteral("holders"), h.people}});
    if (c.json()) {
        c.print(QJsonObject{{QStringLiteral("batch"), i.batchId},
                            {QStringLiteral("cases"), i.cases},
                            {QStringLiteral("unregistered_cases"), unregistered},
                            {QStringLiteral("holders"), i.holders},
                            {QStringLiteral("to_red"), i.toRed},
                            {QStringLiteral("to_yellow"), i.toYellow},
                            {QStringLiteral("already_red"), i.alreadyRed},
                            {QStringLiteral("already_yellow"), i.alreadyYellow},
                            {QStringLiteral("no_effect"), i.noEffect},
                            {QStringLiteral("outside_jurisdiction"), i.outside},
                            {QStringLiteral("duplicates"), i.duplicates},
                            {QStringLiteral("conditions"), i.conditions},
                            {QStringLiteral("threshold"), i.threshold},
                            {QStringLiteral("needs_approval"), i.needsApproval},
                            {QStringLiteral("by_division"), divisions},
                            {QStringLiteral("sample"), sample},
                            {QStringLiteral("already_red_list"), red},
                            {QStringLiteral("handoffs"), handoffs}});
        return ExitOk;
    }
    c.out(tr("Batch %1: %2 cases, %3 holders: %4 to red, %5 to yellow, %6 already red, %7 already yellow, %8 outside the "
             "jurisdiction, %9 duplicate lines.")
              .arg(i.batchId)
              .arg(i.cases)
              .arg(i.holders)
              .arg(i.toRed)
              .arg(i.toYellow)
              .arg(i.alreadyRed)
              .arg(i.alreadyYellow)
              .arg(i.outside)
              .arg(i.duplicates));
    for (const DivisionImpact &d : i.byDivision)
        c.out(tr("  %1 %2\t+%3 red\t+%4 yellow\t%5 already").arg(d.county, d.name).arg(d.toRed).arg(d.toYellow).arg(d.already));
    if (i.needsApproval)
        c.out(tr("More than %1 holders: applying needs a second official's approval.").arg(i.threshold));
    return ExitOk;
}

// `cases outside BATCH [--export FILE --purpose TEXT]`: the contacts the batch names who live outside the
// jurisdiction, masked; with --export the 协查 list is written whole (the export permission and a purpose, audited)
// and the same unmasked rows are printed.
int outside(CliContext &c, qint64 batch, const QString &actor)
{
    const OutsideContacts contacts(c.ws().db(), c.ws().clock());
    const bool exporting = c.has(QStringLiteral("export"));
    const QString path = c.option(QStringLiteral("export"));
    if (exporting && path.isEmpty())
        return c.usage(tr("--export takes the file to write, e.g. --export outside.csv"));
    if (!exporting && c.has(QStringLiteral("purpose")))
        return c.usage(tr("--purpose goes with --export: only the export is of unmasked personal data."));
    std::optional<Result<OutsideList>> listed;
    {
        CliProgress progress;
        AuditLog audit = c.ws().audit();
        // Unmasked only when exported (and audited) just now: the screen shows the file's rows.
        listed = exporting ? contacts.exportCsv(batch, c.option(QStringLiteral("purpose")), path, actor, audit, progress.fn())
                           : contacts.list(batch, actor, progress.fn());
    }
    if (!*listed)
        return c.fail(listed->error());
    const OutsideList &l = listed->value();
    const qint64 rows = l.contacts.size();
    QJsonArray holders;
    for (const OutsideContact &o : std::as_const(l.contacts))
        holders.append(QJsonObject{{QStringLiteral("holder"), o.holderId},
                                   {QStringLiteral("line"), o.line},
                                   {QStringLiteral("case_ref"), o.caseRef},
                                   {QStringLiteral("name"), o.name},
                                   {QStringLiteral("id_number"), o.idNumber},
                                   {QStringLiteral("phone"), o.phone},
                                   {QStringLiteral("division"), o.division},
                                   {QStringLiteral("division_name"), o.divisionName}});
    if (c.json()) {
        QJsonObject o{{QStringLiteral("batch"), batch}, {QStringLiteral("holders"), holders}};
        if (exporting) {
            o.insert(QStringLiteral("file"), path);
            o.insert(QStringLiteral("rows"), rows);
        }
        c.print(o);
        return ExitOk;
    }
    if (l.contacts.isEmpty())
        c.out(tr("Batch %1 names nobody outside the jurisdiction.").arg(batch));
    for (const OutsideContact &o : std::as_const(l.contacts))
        c.out(tr("line %1\t%2\t%3\t%4\t%5\t%6").arg(o.line).arg(o.caseRef, o.name, o.idNumber, o.phone, o.divisionName));
    if (exporting)
        c.out(tr("%n contact(s) outside the jurisdiction written to %1 (unmasked, audited).", nullptr, int(rows)).arg(path));
    return ExitOk;
}

} // namespace

// `hcctl cases import|list|show|preview|outside|apply|revert|results|mappings`: case reports and bulk reassignment.
int runCases(CliContext &c)
{
    const QString verb = c.arg(1);
    if (verb == QLatin1String("import"))
        return importFile(c);
    if (verb == QLatin1String("mappings")) {
        const BatchKind kind = c.has(QStringLiteral("verifications")) ? BatchKind::Verifications : BatchKind::Cases;
        const QStringList names = c.ws().cases().mappingNames(kind);
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("mappings"), QJsonArray::fromStringList(names)}});
        else
            for (const QString &n : names)
                c.out(n);
        return ExitOk;
    }
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    if (verb == QLatin1String("list")) {
        QJsonArray a;
        for (const CaseBatch &b : c.ws().cases().list())
            a.append(batchJson(b));
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("batches"), a}});
        else
            for (const QJsonValue &v : std::as_const(a))
                c.out(tr("%1\t%2\t%3\t%4\t%5 rows").arg(v[QStringLiteral("batch")].toInteger()).arg(v[QStringLiteral("kind")].toString(),
                                                                   v[QStringLiteral("status")].toString(), v[QStringLiteral("file")].toString())
                          .arg(v[QStringLiteral("accepted")].toInt()));
        return ExitOk;
    }
    const auto batch = batchArg(c);
    const QString usage = tr("usage: hcctl cases import FILE [--verifications] [--mapping NAME] [--map FIELD=COLUMN]… "
                             "[--save-mapping NAME] [--valid-rows] [--errors FILE] [--dry-run] | cases list | cases show BATCH | "
                             "cases preview BATCH | cases apply BATCH | cases revert BATCH --reason TEXT | cases results BATCH FILE | "
                             "cases outside BATCH [--export FILE --purpose TEXT] | cases mappings [--verifications]");
    if (!batch)
        return c.usage(usage);
    AuditLog audit = c.ws().audit();
    const QString actor = *c.ws().actor();
    if (verb == QLatin1String("show")) {
        const auto b = c.ws().cases().find(*batch);
        if (!b)
            return c.fail(Error::badInput(tr("no batch %1").arg(*batch)));
        QJsonObject o = batchJson(*b);
        QJsonArray rows;
        for (const CaseRow &r : c.ws().cases().rows(*batch, c.option(QStringLiteral("limit"), QStringLiteral("20")).toInt()))
            rows.append(caseRowJson(r));
        o.insert(QStringLiteral("rows"), rows);
        c.print(o);
        return ExitOk;
    }
    if (verb == QLatin1String("preview"))
        return preview(c, *batch);
    if (verb == QLatin1String("outside"))
        return outside(c, *batch, actor);
    if (verb == QLatin1String("apply")) {
        std::optional<Result<ApplyOutcome>> applied;
        {
            CliProgress progress;
            applied = c.ws().cases().apply(*batch, actor, audit, progress.fn());
        }
        const Result<ApplyOutcome> &r = *applied;
        if (!r)
            return c.fail(r.error());
        QJsonObject o = r->summary;
        o.insert(QStringLiteral("batch"), *batch);
        o.insert(QStringLiteral("status"), r->status);
        if (r->approval)
            o.insert(QStringLiteral("approval"), *r->approval);
        if (c.json())
            c.print(o);
        else if (r->approval)
            c.out(tr("Batch %1 names %2 holders, more than %3: approval request %4 waits for a second official (hcctl approve %4).")
                      .arg(*batch)
                      .arg(o.value(QStringLiteral("holders")).toInteger())
                      .arg(o.value(QStringLiteral("threshold")).toInt())
                      .arg(*r->approval));
        else
            c.out(tr("Batch %1 applied: %2 conditions, %3 holders changed color, %4 already had it, %5 outside the jurisdiction.")
                      .arg(*batch)
                      .arg(o.value(QStringLiteral("conditions")).toInteger())
                      .arg(o.value(QStringLiteral("changed")).toInteger())
                      .arg(o.value(QStringLiteral("already")).toInteger())
                      .arg(o.value(QStringLiteral("outside_jurisdiction")).toInteger()));
        return ExitOk;
    }
    if (verb == QLatin1String("revert")) {
        std::optional<Result<QJsonObject>> reverted;
        {
            CliProgress progress;
            reverted = c.ws().cases().revert(*batch, c.option(QStringLiteral("reason")), actor, audit, progress.fn());
        }
        const Result<QJsonObject> &r = *reverted;
        if (!r)
            return c.fail(r.error());
        QJsonObject o = r.value();
        o.insert(QStringLiteral("batch"), *batch);
        o.insert(QStringLiteral("status"), QStringLiteral("reverted"));
        if (c.json())
            c.print(o);
        else
            c.out(tr("Batch %1 reverted: %2 conditions voided, %3 holders re-evaluated, %4 changed color.")
                      .arg(*batch)
                      .arg(o.value(QStringLiteral("voided")).toInteger())
                      .arg(o.value(QStringLiteral("holders")).toInteger())
                      .arg(o.value(QStringLiteral("changed")).toInteger()));
        return ExitOk;
    }
    if (verb == QLatin1String("results")) {
        if (c.arg(3).isEmpty())
            return c.usage(usage);
        const auto rows = c.ws().cases().exportResults(*batch, c.arg(3), actor, audit);
        if (!rows)
            return c.fail(rows.error());
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("file"), c.arg(3)}, {QStringLiteral("rows"), rows.value()}});
        else
            c.out(tr("%1 results written to %2.").arg(rows.value()).arg(c.arg(3)));
        return ExitOk;
    }
    return c.usage(usage);
}

} // namespace hc::cli
