#include "ContactTracer.h"

#include "Database.h"
#include "DivisionCode.h"
#include "RiskLevel.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>
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
    QSqlQuery q(db);
    q.setForwardOnly(true);
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

Result<TraceReport> ContactTracer::trace(qint64 batchId, const std::function<bool(int)> &progress) const
{
    auto cancelled = [] { return Error::refused(QCoreApplication::translate("hc::ContactTracer", "Cancelled.")); };
    const std::vector<CaseRow> rows = loadRows(m_db, batchId);
    TraceReport out;
    QHash<QString, qint64> caseHolder; // case ref → holder (0: not registered here)
    QSqlQuery findHolder(m_db);
    findHolder.prepare(QStringLiteral("SELECT id FROM holder WHERE id_number = ?"));
    for (const CaseRow &r : rows) {
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
        t.at = r.reportAt;
        t.exposure = r.reportAt;
        t.discharge = r.dischargeAt;
        t.line = r.line;
        t.caseRef = r.caseRef;
        t.basisRef = QStringLiteral("case:%1 line:%2").arg(r.caseRef).arg(r.line);
        t.basisText = QStringLiteral("病例报告 %1（%2）").arg(r.caseRef, classWord(r.cls));
        out.targets.push_back(std::move(t));
    }

    QSqlQuery household(m_db), building(m_db), scans(m_db);
    household.setForwardOnly(true);
    building.setForwardOnly(true);
    scans.setForwardOnly(true);
    household.prepare(QStringLiteral("SELECT id FROM holder WHERE home_division >= ? AND home_division < ? AND address_key = ?"));
    building.prepare(QStringLiteral("SELECT id FROM holder WHERE home_division >= ? AND home_division < ?"
                                    " AND address_key >= ? AND address_key < ?"));
    scans.prepare(QStringLiteral("SELECT holder_id, at, carriage, seat, id FROM scan_record WHERE venue_code = ? AND at BETWEEN ? AND ?"));
    const qint64 window = qint64(m_policy.venueWindowMinutes) * 60;
    auto contact = [&](const CaseRow &r, qint64 holder, ConditionKind kind, qint64 exposure, const QString &ref, const QString &text) {
        if (holder == caseHolder.value(r.caseRef))
            return; // the case is not their own contact
        Target t;
        t.holderId = holder;
        t.kind = kind;
        t.at = r.reportAt;
        t.exposure = std::min(exposure, r.reportAt);
        t.line = r.line;
        t.caseRef = r.caseRef;
        t.basisRef = QStringLiteral("case:%1 line:%2%3").arg(r.caseRef).arg(r.line).arg(ref);
        t.basisText = text;
        out.targets.push_back(std::move(t));
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        const CaseRow &r = rows[i];
        if (progress && (i % 64 == 0) && !progress(int(i * 90 / rows.size())))
            return cancelled();
        if (r.exposure == ExposureType::Household || r.exposure == ExposureType::Building) {
            const QString key = normaliseSubarea(r.address);
            const bool sameFlat = r.exposure == ExposureType::Household;
            QSqlQuery &q = sameFlat ? household : building;
            q.bindValue(0, r.division);
            q.bindValue(1, divcode::prefixEnd(r.division));
            q.bindValue(2, key);
            if (!sameFlat)
                q.bindValue(3, divcode::prefixEnd(key));
            if (Status s = exec(q); !s)
                return s.error();
            const QString text = sameFlat ? QStringLiteral("与病例 %1 同户（%2）").arg(r.caseRef, r.address)
                                          : QStringLiteral("与病例 %1 同楼栋单元（%2）").arg(r.caseRef, r.address);
            while (q.next())
                contact(r, q.value(0).toLongLong(), ConditionKind::CloseContact, r.reportAt, QString(), text);
        } else if (r.exposure != ExposureType::None) {
            const bool venue = r.exposure == ExposureType::Venue;
            const qint64 from = *r.from - (venue ? window : 0), to = *r.to + (venue ? window : 0);
            scans.bindValue(0, venue ? r.venueCode : r.transport);
            scans.bindValue(1, from);
            scans.bindValue(2, to);
            if (Status s = exec(scans); !s)
                return s.error();
            const auto caseRow = seatRow(r.seat);
            int n = 0;
            while (scans.next()) {
                if (progress && (++n % 65536 == 0) && !progress(int(i * 90 / rows.size())))
                    return cancelled();
                const qint64 holder = scans.value(0).toLongLong(), at = scans.value(1).toLongLong();
                const QString ref = QStringLiteral(" scan:%1").arg(scans.value(4).toLongLong());
                if (venue) {
                    contact(r, holder, ConditionKind::CloseContact, at, ref,
                            QStringLiteral("与病例 %1 同时段到访场所 %2（%3）").arg(r.caseRef, r.venueCode, time::formatShort(at)));
                    continue;
                }
                // A flight is one cabin: an empty carriage on both sides is the same one.
                const QString carriage = scans.value(2).toString();
                const auto row = seatRow(scans.value(3).toString());
                const bool near = carriage == r.carriage && caseRow && row && std::abs(*row - *caseRow) <= m_policy.closeSeatRows;
                const QString where = r.carriage.isEmpty() ? r.transport : QStringLiteral("%1 %2车厢").arg(r.transport, r.carriage);
                if (near)
                    contact(r, holder, ConditionKind::CloseContact, at, ref,
                            QStringLiteral("与病例 %1 同乘 %2 邻近座位（%3）").arg(r.caseRef, where, scans.value(3).toString()));
                else
                    contact(r, holder, ConditionKind::CoTraveller, at, ref,
                            QStringLiteral("与病例 %1 同乘 %2（同行人员）").arg(r.caseRef, r.transport));
            }
        }
    }
    // One condition per holder and batch: the strongest reason, the earliest line among equals. Several scans
    // of one holder under one line are one exposure, at its latest time (the 28 days count from the last contact).
    std::sort(out.targets.begin(), out.targets.end(), [](const Target &a, const Target &b) {
        if (a.holderId != b.holderId)
            return a.holderId < b.holderId;
        if (strength(a.kind) != strength(b.kind))
            return strength(a.kind) < strength(b.kind);
        if (a.line != b.line)
            return a.line < b.line;
        return a.exposure > b.exposure;
    });
    const auto sameLine = std::unique(out.targets.begin(), out.targets.end(), [](const Target &a, const Target &b) {
        return a.holderId == b.holderId && a.line == b.line;
    });
    out.targets.erase(sameLine, out.targets.end());
    for (size_t i = 1; i < out.targets.size(); ++i)
        out.targets[i].duplicate = out.targets[i].holderId == out.targets[i - 1].holderId;
    if (progress && !progress(100))
        return cancelled();
    return out;
}

} // namespace hc
