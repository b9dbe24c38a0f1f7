#include "ApprovalDescriber.h"

#include "Authorizer.h"
#include "CaseBatchService.h"
#include "Clock.h"
#include "ContactTracer.h"
#include "Database.h"
#include "DivisionCode.h"
#include "DivisionRepository.h"
#include "HolderRepository.h"
#include "OfficialNames.h"
#include "PolicyStore.h"
#include "RiskLevel.h"
#include "TimeUtil.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

namespace hc {

namespace {

qint64 jsonInt(const QJsonObject &p, const char *key)
{
    return qint64(p.value(QLatin1String(key)).toDouble());
}

} // namespace

QString ApprovalDescriber::number(qint64 n)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions); // the C locale omits the separator by default
    return locale.toString(n);
}

QString ApprovalDescriber::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("manual_order"))
        return tr("Manual order");
    if (kind == QLatin1String("risk_declaration"))
        return tr("Risk area declaration");
    if (kind == QLatin1String("case_batch"))
        return tr("Case batch");
    if (kind == QLatin1String("account_admin"))
        return tr("Making an administrator");
    if (kind == QLatin1String("national_import"))
        return tr("National list from a file");
    if (kind == QLatin1String("national_revert"))
        return tr("Revert of a national list");
    return kind;
}

Result<QString> ApprovalDescriber::describe(const ApprovalRequest &r, const ProgressFn &progress) const
{
    if (r.kind == QLatin1String("risk_declaration"))
        return riskDeclaration(r.payload);
    if (r.kind == QLatin1String("manual_order"))
        return manualOrder(r.payload);
    if (r.kind == QLatin1String("case_batch"))
        return caseBatch(r.payload, progress);
    if (r.kind == QLatin1String("account_admin"))
        return administrator(r.payload);
    if (r.kind == QLatin1String("national_import"))
        return nationalImport(r.payload);
    if (r.kind == QLatin1String("national_revert"))
        return nationalRevert(r.payload);
    return Error::internal(tr("unknown approval kind %1").arg(r.kind));
}

Result<QString> ApprovalDescriber::riskDeclaration(const QJsonObject &p) const
{
    const QString code = p.value(QStringLiteral("division")).toString();
    QStringList subareas;
    for (const QJsonValue &v : p.value(QStringLiteral("subareas")).toArray())
        subareas << v.toString();
    const auto level = riskLevelFromKey(p.value(QStringLiteral("level")).toString()).value_or(RiskLevel::High);
    const auto division = DivisionRepository(m_db).find(code);
    QString area = division && !division->name.isEmpty() ? division->name : code;
    if (!subareas.isEmpty())
        area = tr("%1 (%2)").arg(area, subareas.join(tr(", ")));
    // The residents of the declared areas, counted as the four-eyes rule counts them (RiskAreaService).
    const auto counted = HolderRepository(m_db).residentsIn(code, subareas);
    if (!counted)
        return counted.error();
    const qint64 residents = counted.value();
    const qint64 from = jsonInt(p, "from");
    const QString period = p.contains(QStringLiteral("to"))
                               ? tr("from %1 to %2").arg(time::formatShort(from), time::formatShort(jsonInt(p, "to")))
                               : tr("from %1").arg(time::formatShort(from));
    return (level == RiskLevel::High ? tr("Declare %1 a high-risk area %2, affecting %3 residents")
                                     : tr("Declare %1 a medium-risk area %2, affecting %3 residents"))
        .arg(area, period, number(residents));
}

namespace {

QString codeWord(policy::Color c)
{
    switch (c) {
    case policy::Color::Green: return ApprovalDescriber::tr("green code");
    case policy::Color::Gray: return ApprovalDescriber::tr("gray code");
    case policy::Color::Yellow: return ApprovalDescriber::tr("yellow code");
    case policy::Color::Red: return ApprovalDescriber::tr("red code");
    }
    return {};
}

} // namespace

Result<QString> ApprovalDescriber::manualOrder(const QJsonObject &p) const
{
    const qint64 holderId = jsonInt(p, "holder");
    const auto h = HolderRepository(m_db).find(holderId);
    if (!h)
        return Error::badInput(tr("No holder with id %1.").arg(holderId));
    const auto color = policy::colorFromKey(p.value(QStringLiteral("color")).toString()).value_or(policy::Color::Red);
    // An order takes effect when it is approved, never earlier than asked (HolderService::applyManualOrder).
    const qint64 from = std::max(jsonInt(p, "at"), m_clock.now().toSecsSinceEpoch());
    const QString period = p.contains(QStringLiteral("until"))
                               ? tr("from %1 to %2").arg(time::formatShort(from), time::formatShort(jsonInt(p, "until")))
                               : tr("from %1").arg(time::formatShort(from));
    QString text = tr("Give %1 a %2 %3, now a %4").arg(h->maskedIdentity(), codeWord(color), period, codeWord(h->color));
    const QString basis = p.value(QStringLiteral("basis")).toString().trimmed();
    const QString ref = p.value(QStringLiteral("basis_ref")).toString().trimmed();
    if (!basis.isEmpty() || !ref.isEmpty())
        text = tr("%1; basis: %2").arg(text, ref.isEmpty() ? basis : basis.isEmpty() ? ref : ref + QLatin1Char(' ') + basis);
    return text;
}

Result<QString> ApprovalDescriber::caseBatch(const QJsonObject &p, const ProgressFn &progress) const
{
    const qint64 batchId = jsonInt(p, "batch");
    const auto batch = CaseBatchService(m_db, m_clock).find(batchId);
    if (!batch)
        return Error::badInput(tr("No case batch %1.").arg(batchId));
    // Traced as the apply traces it: who the batch names, and the color each one's condition gives.
    const policy::Policy pol = PolicyStore(m_db).inForce(m_clock.now().toSecsSinceEpoch());
    const auto trace = ContactTracer(m_db, pol).trace(batchId, progress);
    if (!trace)
        return trace.error();
    qint64 red = 0, yellow = 0;
    for (const Target &t : trace->targets)
        if (!t.duplicate)
            ++(policy::defaultColorOf(t.kind) == policy::Color::Red ? red : yellow);
    return tr("Apply case batch %1 (%2): %3 case(s); %4 person(s) to a red code, %5 to a yellow code (those outside the "
              "jurisdiction, or already of that color or a more severe one, keep theirs)")
        .arg(QString::number(batchId), batch->fileName, number(trace->cases), number(red), number(yellow));
}

Result<QString> ApprovalDescriber::administrator(const QJsonObject &p) const
{
    const QString username = p.value(QStringLiteral("username")).toString();
    const QString who = OfficialNames(m_db).precise(username);
    QStringList roles;
    if (const auto o = Authorizer(m_db).official(username))
        for (int i = 0; i < kRoleCount; ++i)
            if (Role(i) != Role::Administrator && o->has(Role(i)))
                roles << roleLabel(Role(i));
    return roles.isEmpty() ? tr("Make %1 an administrator").arg(who)
                           : tr("Make %1 an administrator; their operational roles (%2) are revoked, as an administrator "
                                "holds none")
                                 .arg(who, roles.join(tr(", ")));
}

Result<QString> ApprovalDescriber::nationalImport(const QJsonObject &p) const
{
    const qint64 importId = jsonInt(p, "import_id");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT list_time, file_name, entries, unmatched FROM national_import WHERE id = ?"));
    q.addBindValue(importId);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::badInput(tr("No national list import %1.").arg(importId));
    const qint64 listTime = q.value(0).toLongLong();
    const QString file = q.value(1).toString();
    const qint64 entries = q.value(2).toLongLong();
    const qint64 unmatched = q.value(3).toLongLong();
    // The areas it names here, by level: the entries matched to a division.
    qint64 high = 0, medium = 0;
    q.prepare(QStringLiteral("SELECT list_level, COUNT(*) FROM national_entry WHERE import_id = ? AND division_code IS NOT NULL"
                             " GROUP BY list_level"));
    q.addBindValue(importId);
    if (Status s = exec(q); !s)
        return s.error();
    while (q.next())
        (q.value(0).toString() == riskLevelKey(RiskLevel::High) ? high : medium) += q.value(1).toLongLong();
    return tr("Apply the national risk-area list of %1 (file %2): %3 high-risk and %4 medium-risk area(s) here; %5 of its %6 "
              "entries match no division and change nothing")
        .arg(time::formatShort(listTime), file, number(high), number(medium), number(unmatched), number(entries));
}

Result<QString> ApprovalDescriber::nationalRevert(const QJsonObject &p) const
{
    const qint64 importId = jsonInt(p, "import_id");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT list_time, file_name, declared, lifted FROM national_import WHERE id = ?"));
    q.addBindValue(importId);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::badInput(tr("No national list import %1.").arg(importId));
    return tr("Revert the national risk-area list of %1 (file %2): the %3 area(s) it declared and the %4 it lifted return to "
              "their state before it")
        .arg(time::formatShort(q.value(0).toLongLong()), q.value(1).toString(), number(q.value(2).toLongLong()),
             number(q.value(3).toLongLong()));
}

} // namespace hc
