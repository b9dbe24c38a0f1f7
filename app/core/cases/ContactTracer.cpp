#include "ContactTracer.h"
#include "SqlDialect.h"
#include "StreamQuery.h"

#include "BulkInsert.h"
#include "Database.h"
#include "RawQuery.h"
#include "DivisionCode.h"
#include "RiskLevel.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <algorithm>

namespace hc {

using policy::ConditionKind;

namespace {

int strength(ConditionKind k)
{
    switch (k) {
    case ConditionKind::Case: return 0;
    case ConditionKind::Suspected: return 1;
    case ConditionKind::CloseContact: return 2;
    default: return 3;
    }
}

QString classWord(CaseClass cls)
{
    if (cls == CaseClass::Asymptomatic)
        return QStringLiteral("无症状感染者");
    if (cls == CaseClass::Suspected)
        return QStringLiteral("疑似病例");
    return QStringLiteral("确诊病例");
}


} // namespace

std::optional<int> ContactTracer::seatRow(const QString &seat)
{
    static const QRegularExpression digits(QStringLiteral("(\\d+)"));
    const auto m = digits.match(seat);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

std::vector<CaseRow> ContactTracer::loadRows(QSqlDatabase db, qint64 batchId, int limit)
{
    std::vector<CaseRow> out;
    StreamQuery q(db); // a batch may hold a million rows
    q.prepare(QStringLiteral("SELECT line, case_ref, id_number, class, report_at, discharge_at, exposure, division, address,"
                             " venue_code, from_at, to_at, transport, carriage, seat FROM case_row WHERE id BETWEEN"
                             " (SELECT first_row FROM case_batch WHERE id = ?) AND (SELECT last_row FROM case_batch WHERE id = ?)"
                             " ORDER BY id LIMIT ?"));
    q.addBindValue(batchId);
    q.addBindValue(batchId);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    auto opt = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional(v.toLongLong()); };
    while (q.next()) {
        CaseRow r;
        r.line = q.value(0).toInt();
        r.caseRef = q.value(1).toString();
        r.idNumber = q.value(2).toString();
        r.cls = caseClassFromText(q.value(3).toString()).value_or(CaseClass::Confirmed);
        r.reportAt = q.value(4).toLongLong();
        r.dischargeAt = opt(q.value(5));
        r.exposure = exposureFromText(q.value(6).toString()).value_or(ExposureType::None);
        r.division = q.value(7).toString();
        r.address = q.value(8).toString();
        r.venueCode = q.value(9).toString();
        r.from = opt(q.value(10));
        r.to = opt(q.value(11));
        r.transport = q.value(12).toString();
        r.carriage = q.value(13).toString();
        r.seat = q.value(14).toString();
        out.push_back(std::move(r));
    }
    return out;
}

QString TraceReport::basisRef(const Target &t) const
{
    QString ref = QStringLiteral("case:%1 line:%2").arg(rowOf(t).caseRef).arg(rowOf(t).line);
    if (t.scan != 0)
        ref += QStringLiteral(" scan:%1").arg(t.scan);
    return ref;
}

QString TraceReport::basisText(const Target &t) const
{
    const CaseRow &r = rows[t.row];
    if (t.kind == ConditionKind::Case || t.kind == ConditionKind::Suspected)
        return QStringLiteral("病例报告 %1（%2）").arg(r.caseRef, classWord(r.cls));
    switch (r.exposure) {
    case ExposureType::Household: return QStringLiteral("与病例 %1 同户（%2）").arg(r.caseRef, r.address);
    case ExposureType::Building: return QStringLiteral("与病例 %1 同楼栋单元（%2）").arg(r.caseRef, r.address);
    case ExposureType::Venue:
        return QStringLiteral("与病例 %1 同时段到访场所 %2（%3）").arg(r.caseRef, r.venueCode, time::formatShort(t.scanAt));
    case ExposureType::Train:
    case ExposureType::Flight: {
        if (t.kind == ConditionKind::CoTraveller)
            return QStringLiteral("与病例 %1 同乘 %2（同行人员）").arg(r.caseRef, r.transport);
        const QString where = r.carriage.isEmpty() ? r.transport : QStringLiteral("%1 %2车厢").arg(r.transport, r.carriage);
        return QStringLiteral("与病例 %1 同乘 %2 邻近座位（%3）").arg(r.caseRef, where, seats.value(t.scan));
    }
    case ExposureType::None: break;
    }
    return {};
}

Status stageTargets(QSqlDatabase db, const QString &table, const std::vector<const Target *> &targets)
{
    if (Status s = execSql(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1(holder_id INTEGER PRIMARY KEY)").arg(table)); !s)
        return s;
    if (Status s = execSql(db, QStringLiteral("DELETE FROM %1").arg(table)); !s)
        return s;
    TempWrites group(db);
    if (!group.status())
        return group.status();
    // Nothing else runs on the connection until the rows end.
    BulkInsert ins(db, QStringLiteral("INSERT INTO %1(holder_id) VALUES (?)").arg(table), BulkInsert::Mode::Copy);
    for (const Target *tg : targets) {
        ins.bind(1, tg->holderId);
        if (Status s = ins.step(); !s)
            return s;
    }
    if (Status s = ins.finish(); !s)
        return s;
    return group.release();
}

Result<TraceReport> ContactTracer::trace(qint64 batchId, const std::function<bool(int)> &progress) const
{
    if (!progress)
        return run(batchId, {}, nullptr);
    return run(batchId, [&](const ProgressStep &s) { return progress(s.percent); }, nullptr);
}

Result<TraceReport> ContactTracer::trace(qint64 batchId, const ProgressFn &progress) const
{
    return run(batchId, progress, nullptr);
}

Result<qint64> ContactTracer::countHolders(qint64 batchId, const ProgressFn &progress, int *cases) const
{
    std::vector<qint64> holders;
    const auto traced = run(batchId, progress, &holders);
    if (!traced)
        return traced.error();
    if (cases)
        *cases = traced->cases;
    return qint64(holders.size());
}

Result<TraceReport> ContactTracer::run(qint64 batchId, const ProgressFn &progress, std::vector<qint64> *holdersOnly) const
{
    auto cancelled = [] { return Error::refused(QCoreApplication::translate("hc::ContactTracer", "Cancelled.")); };
    const QString phase = QCoreApplication::translate("hc::ContactTracer", "Tracing contacts");
    ProgressThrottle report(progress);
    TraceReport out;
    out.rows = loadRows(m_db, batchId);
    const std::vector<CaseRow> &rows = out.rows;
    qint64 found = 0;
    auto step = [&](size_t i, bool force = false) {
        return report({phase, found, 0, int(i * 95 / std::max<size_t>(1, rows.size()))}, force);
    };
    if (!step(0, true))
        return cancelled();
    auto add = [&](Target &&t) {
        ++found;
        if (holdersOnly)
            holdersOnly->push_back(t.holderId);
        else
            out.targets.push_back(std::move(t));
    };
    QHash<QString, qint64> caseHolder; // case ref → holder (0: not registered here)
    QSqlQuery findHolder(m_db);
    findHolder.prepare(QStringLiteral("SELECT id FROM holder WHERE id_number = ?"));
    for (size_t i = 0; i < rows.size(); ++i) {
        const CaseRow &r = rows[i];
        if (caseHolder.contains(r.caseRef))
            continue;
        findHolder.bindValue(0, r.idNumber);
        if (Status s = exec(findHolder); !s)
            return s.error();
        const qint64 holder = findHolder.next() ? findHolder.value(0).toLongLong() : 0;
        caseHolder.insert(r.caseRef, holder);
        ++out.cases;
        if (holder == 0) {
            out.unregisteredCases << r.caseRef;
            continue;
        }
        Target t;
        t.holderId = holder;
        t.kind = r.cls == CaseClass::Suspected ? ConditionKind::Suspected : ConditionKind::Case;
        t.exposure = r.reportAt;
        t.row = quint32(i);
        add(std::move(t));
    }

    RawQuery household(m_db, QStringLiteral("SELECT id FROM holder WHERE home_division >= ? AND home_division < ? AND address_key = ?"));
    RawQuery building(m_db, QStringLiteral("SELECT id FROM holder WHERE home_division >= ? AND home_division < ? AND address_key >= ? AND address_key < ?"));
    RawQuery scans(m_db, QStringLiteral("SELECT holder_id, at, carriage, seat, id FROM scan_record WHERE venue_code = ? AND at BETWEEN ? AND ?"));
    for (const RawQuery *q : {&household, &building, &scans})
        if (!q->status())
            return q->status().error();
    const qint64 window = qint64(m_policy.venueWindowMinutes) * 60;
    for (size_t i = 0; i < rows.size(); ++i) {
        const CaseRow &r = rows[i];
        if ((i % 64 == 0) && !step(i))
            return cancelled();
        const qint64 self = caseHolder.value(r.caseRef); // the case is not their own contact
        auto contact = [&](qint64 holder, ConditionKind kind, qint64 exposure, qint64 scan, const QString &seat) {
            if (holder == self)
                return;
            Target t;
            t.holderId = holder;
            t.kind = kind;
            t.exposure = std::min(exposure, r.reportAt);
            t.row = quint32(i);
            t.scan = scan;
            t.scanAt = scan ? exposure : 0;
            if (!seat.isEmpty() && !holdersOnly)
                out.seats.insert(scan, seat);
            add(std::move(t));
        };
        if (r.exposure == ExposureType::Household || r.exposure == ExposureType::Building) {
            const QString key = normaliseSubarea(r.address);
            const bool sameFlat = r.exposure == ExposureType::Household;
            RawQuery &q = sameFlat ? household : building;
            q.start();
            q.bind(1, r.division);
            q.bind(2, divcode::prefixEnd(r.division));
            q.bind(3, key);
            if (!sameFlat)
                q.bind(4, divcode::prefixEnd(key));
            while (q.next())
                contact(q.int64(0), ConditionKind::CloseContact, r.reportAt, 0, {});
            if (!q.status())
                return q.status().error();
        } else if (r.exposure != ExposureType::None) {
            const bool venue = r.exposure == ExposureType::Venue;
            const qint64 from = *r.from - (venue ? window : 0), to = *r.to + (venue ? window : 0);
            scans.start();
            scans.bind(1, venue ? r.venueCode : r.transport);
            scans.bind(2, from);
            scans.bind(3, to);
            const auto caseRow = seatRow(r.seat);
            int n = 0;
            while (scans.next()) {
                if ((++n % 65536 == 0) && !step(i))
                    return cancelled();
                const qint64 holder = scans.int64(0), at = scans.int64(1), scan = scans.int64(4);
                if (venue) {
                    contact(holder, ConditionKind::CloseContact, at, scan, {});
                    continue;
                }
                // A flight is one cabin: an empty carriage on both sides is the same one.
                const QString seat = scans.text(3);
                const auto row = seatRow(seat);
                const bool near = scans.text(2) == r.carriage && caseRow && row && std::abs(*row - *caseRow) <= m_policy.closeSeatRows;
                if (near)
                    contact(holder, ConditionKind::CloseContact, at, scan, seat);
                else
                    contact(holder, ConditionKind::CoTraveller, at, scan, {});
            }
            if (!scans.status())
                return scans.status().error();
        }
    }
    if (holdersOnly) {
        std::sort(holdersOnly->begin(), holdersOnly->end());
        holdersOnly->erase(std::unique(holdersOnly->begin(), holdersOnly->end()), holdersOnly->end());
        report({phase, qint64(holdersOnly->size()), qint64(holdersOnly->size()), 100}, true);
        return out;
    }
    // One condition per holder and batch: the strongest reason, the earliest line among equals. Several scans
    // of one holder under one line are one exposure, at its latest time (the 28 days count from the last contact).
    std::sort(out.targets.begin(), out.targets.end(), [](const Target &a, const Target &b) {
        if (a.holderId != b.holderId)
            return a.holderId < b.holderId;
        if (strength(a.kind) != strength(b.kind))
            return strength(a.kind) < strength(b.kind);
        if (a.row != b.row) // rows are in line order
            return a.row < b.row;
        return a.exposure > b.exposure;
    });
    const auto sameLine = std::unique(out.targets.begin(), out.targets.end(), [](const Target &a, const Target &b) {
        return a.holderId == b.holderId && a.row == b.row;
    });
    out.targets.erase(sameLine, out.targets.end());
    for (size_t i = 1; i < out.targets.size(); ++i)
        out.targets[i].duplicate = out.targets[i].holderId == out.targets[i - 1].holderId;
    if (!report({phase, found, found, 100}, true))
        return cancelled();
    return out;
}

} // namespace hc
