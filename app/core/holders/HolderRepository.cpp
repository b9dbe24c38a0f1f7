#include "HolderRepository.h"
#include "SqlDialect.h"

#include "Database.h"
#include "DivisionCode.h"
#include "RiskLevel.h"

#include <QSqlQuery>

namespace hc {

using policy::Color;
using policy::kOpen;

namespace {
qint64 orOpen(const QVariant &v)
{
    return v.isNull() ? kOpen : v.toLongLong();
}
std::optional<qint64> optional(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional(v.toLongLong());
}
} // namespace

HolderFilter::Order HolderFilter::order() const
{
    if (!idPrefix.isEmpty())
        return Order::IdNumber;
    if (!namePrefix.isEmpty())
        return Order::Name;
    return Order::Division;
}

void HolderFilter::continueAfter(const Holder &last)
{
    switch (order()) {
    case Order::IdNumber: afterKey = last.idNumber; break;
    case Order::Name: afterKey = last.name; break;
    case Order::Division: afterKey = last.homeDivision; break;
    }
    afterId = last.id;
    hasCursor = true;
}

QString HolderRepository::holderColumns()
{
    return QStringLiteral("h.id, h.id_type, h.id_number, h.name, h.phone, h.home_division, h.address, h.source_division,"
                          " h.code_identity, h.created_at, h.updated_at, h.last_declaration_at, h.color, h.color_since,"
                          " h.next_change_at, h.policy_version");
}

Holder HolderRepository::readHolder(const QSqlQuery &q, int i)
{
    Holder h;
    h.id = q.value(i).toLongLong();
    h.idType = IdType(q.value(i + 1).toInt());
    h.idNumber = q.value(i + 2).toString();
    h.name = q.value(i + 3).toString();
    h.phone = q.value(i + 4).toString();
    h.homeDivision = q.value(i + 5).toString();
    h.address = q.value(i + 6).toString();
    h.sourceDivision = q.value(i + 7).toString();
    h.codeIdentity = q.value(i + 8).toByteArray();
    h.createdAt = q.value(i + 9).toLongLong();
    h.updatedAt = q.value(i + 10).toLongLong();
    h.lastDeclarationAt = optional(q.value(i + 11));
    h.color = Color(q.value(i + 12).toInt());
    h.colorSince = q.value(i + 13).toLongLong();
    h.nextChangeAt = optional(q.value(i + 14));
    h.policyVersion = q.value(i + 15).toInt();
    return h;
}

QString HolderRepository::conditionColumns()
{
    return QStringLiteral("c.id, c.holder_id, c.kind, c.color, c.start_at, c.fixed_clear_at, c.anchor_at, c.days,"
                          " c.clear_at, c.voided_at, c.source_division, c.source_department, c.basis_kind, c.basis_ref,"
                          " c.basis_text, c.risk_area_id, c.created_by, c.created_at, c.ended_by, c.end_reason,"
                          " c.policy_version, c.batch_id");
}

ConditionRecord HolderRepository::readCondition(const QSqlQuery &q, int i)
{
    ConditionRecord c;
    c.id = q.value(i).toLongLong();
    c.holderId = q.value(i + 1).toLongLong();
    c.kind = policy::ConditionKind(q.value(i + 2).toInt());
    c.color = Color(q.value(i + 3).toInt());
    c.start = q.value(i + 4).toLongLong();
    c.fixedClear = orOpen(q.value(i + 5));
    c.anchor = q.value(i + 6).toLongLong();
    c.days = qint16(q.value(i + 7).toInt());
    c.clear = orOpen(q.value(i + 8));
    c.voidedAt = orOpen(q.value(i + 9));
    c.sourceDivision = q.value(i + 10).toString();
    c.sourceDepartment = q.value(i + 11).toString();
    c.basisKind = q.value(i + 12).toString();
    c.basisRef = q.value(i + 13).toString();
    c.basisText = q.value(i + 14).toString();
    c.riskAreaId = optional(q.value(i + 15));
    c.createdBy = q.value(i + 16).toString();
    c.createdAt = q.value(i + 17).toLongLong();
    c.endedBy = q.value(i + 18).toString();
    c.endReason = q.value(i + 19).toString();
    c.policyVersion = q.value(i + 20).toInt();
    c.batchId = optional(q.value(i + 21));
    return c;
}

namespace {

// WHERE clause and binds shared by page() and counts().
void where(const HolderFilter &f, QString &sql, QVariantList &binds)
{
    QStringList parts;
    if (!f.divisionPrefix.isEmpty()) {
        parts << QStringLiteral("h.home_division >= ? AND h.home_division < ?");
        binds << f.divisionPrefix << divcode::prefixEnd(f.divisionPrefix);
    }
    if (f.color) {
        parts << QStringLiteral("h.color = ?");
        binds << int(*f.color);
    }
    if (!f.idPrefix.isEmpty()) {
        parts << QStringLiteral("h.id_number >= ? AND h.id_number < ?");
        binds << f.idPrefix.toUpper() << divcode::prefixEnd(f.idPrefix.toUpper());
    }
    if (!f.namePrefix.isEmpty()) {
        parts << QStringLiteral("h.name >= ? AND h.name < ?");
        binds << f.namePrefix << divcode::prefixEnd(f.namePrefix);
    }
    sql = parts.isEmpty() ? QStringLiteral("TRUE") : parts.join(QLatin1String(" AND "));
}

QString orderColumn(HolderFilter::Order o)
{
    switch (o) {
    case HolderFilter::Order::IdNumber: return QStringLiteral("h.id_number");
    case HolderFilter::Order::Name: return QStringLiteral("h.name");
    case HolderFilter::Order::Division: break;
    }
    return QStringLiteral("h.home_division");
}

} // namespace

QList<Holder> HolderRepository::page(const HolderFilter &f) const
{
    QString w;
    QVariantList binds;
    where(f, w, binds);
    const QString key = orderColumn(f.order());
    if (f.hasCursor) {
        w += QStringLiteral(" AND (%1, h.id) > (?, ?)").arg(key);
        binds << f.afterKey << f.afterId;
    }
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(QStringLiteral("SELECT %1 FROM holder h WHERE %2 ORDER BY %3, h.id LIMIT %4")
                  .arg(holderColumns(), w, key)
                  .arg(std::clamp(f.limit, 1, 10000)));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<Holder> out;
    if (q.exec())
        while (q.next())
            out << readHolder(q);
    return out;
}

ColorCounts HolderRepository::counts(const HolderFilter &f) const
{
    ColorCounts c;
    QSqlQuery q(m_db);
    sql::stream(q);
    if (f.idPrefix.isEmpty() && f.namePrefix.isEmpty() && f.divisionPrefix.size() <= 6) {
        q.prepare(QStringLiteral("SELECT color, SUM(n) FROM holder_color_count WHERE county >= ? AND county < ? GROUP BY color"));
        q.addBindValue(text(f.divisionPrefix));
        q.addBindValue(divcode::prefixEnd(f.divisionPrefix));
        if (q.exec())
            while (q.next())
                if (const int color = q.value(0).toInt(); color >= 0 && color < 4 && (!f.color || int(*f.color) == color))
                    c.n[size_t(color)] = q.value(1).toLongLong();
        return c;
    }
    if (f.idPrefix.isEmpty() && f.namePrefix.isEmpty()) {
        // Below county level: one index-only count per color on (color, home_division).
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM holder WHERE color = ? AND home_division >= ? AND home_division < ?"));
        for (int color = 0; color < 4; ++color) {
            if (f.color && int(*f.color) != color)
                continue;
            q.bindValue(0, color);
            q.bindValue(1, f.divisionPrefix);
            q.bindValue(2, divcode::prefixEnd(f.divisionPrefix));
            if (q.exec() && q.next())
                c.n[size_t(color)] = q.value(0).toLongLong();
        }
        return c;
    }
    QString w;
    QVariantList binds;
    where(f, w, binds);
    q.prepare(QStringLiteral("SELECT color, COUNT(*) FROM (SELECT h.color FROM holder h WHERE %1 LIMIT %2) AS capped GROUP BY color")
                  .arg(w)
                  .arg(ColorCounts::kCountCap + 1));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec())
        while (q.next())
            if (const int color = q.value(0).toInt(); color >= 0 && color < 4)
                c.n[size_t(color)] = q.value(1).toLongLong();
    c.capped = c.total() > ColorCounts::kCountCap;
    return c;
}

std::optional<Holder> HolderRepository::findWhere(const QString &w, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM holder h WHERE %2").arg(holderColumns(), w));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec() && q.next())
        return readHolder(q);
    return std::nullopt;
}

Result<qint64> HolderRepository::residentsIn(const QString &divisionCode, const QStringList &subareas) const
{
    qint64 residents = 0;
    for (const QString &sub : subareas.isEmpty() ? QStringList{QString()} : subareas) {
        QString sql = QStringLiteral("SELECT COUNT(*) FROM holder WHERE home_division >= ? AND home_division < ?");
        QVariantList binds{divisionCode, divcode::prefixEnd(divisionCode)};
        if (const QString key = normaliseSubarea(sub); !key.isEmpty()) {
            sql += QStringLiteral(" AND address_key >= ? AND address_key < ?");
            binds << key << divcode::prefixEnd(key);
        }
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (Status s = exec(q); !s)
            return s.error();
        if (q.next())
            residents += q.value(0).toLongLong();
    }
    return residents;
}

std::optional<Holder> HolderRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("h.id = ?"), {id});
}

std::optional<Holder> HolderRepository::findByIdNumber(IdType type, const QString &number) const
{
    return findWhere(QStringLiteral("h.id_number = ? AND h.id_type = ?"), {number.trimmed().toUpper(), int(type)});
}

std::optional<Holder> HolderRepository::findByCodeIdentity(const QByteArray &identity) const
{
    return findWhere(QStringLiteral("h.code_identity = ?"), {identity});
}

qint64 HolderRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM holder_color_count")) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<ConditionRecord> HolderRepository::conditions(qint64 holderId) const
{
    QSqlQuery q(m_db);
    // Voided conditions live in condition_voided (Migrations v10); a holder's card and colorAt show them too.
    q.prepare(QStringLiteral("SELECT %1 FROM condition c WHERE c.holder_id = ? UNION ALL"
                             " SELECT %1 FROM condition_voided c WHERE c.holder_id = ? ORDER BY 5, 1")
                  .arg(conditionColumns()));
    q.addBindValue(holderId);
    q.addBindValue(holderId);
    QList<ConditionRecord> out;
    if (q.exec())
        while (q.next())
            out << readCondition(q);
    return out;
}

QList<ConditionRecord> HolderRepository::liveConditions(qint64 holderId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM condition c WHERE c.holder_id = ? ORDER BY c.start_at, c.id").arg(conditionColumns()));
    q.addBindValue(holderId);
    QList<ConditionRecord> out;
    if (q.exec())
        while (q.next())
            out << readCondition(q);
    return out;
}

QList<HistoryEntry> HolderRepository::history(qint64 holderId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, at, color_before, color_after, cause, condition_id, actor, policy_version"
                             " FROM holder_history WHERE holder_id = ? ORDER BY id"));
    q.addBindValue(holderId);
    QList<HistoryEntry> out;
    if (q.exec())
        while (q.next()) {
            HistoryEntry e;
            e.id = q.value(0).toLongLong();
            e.at = q.value(1).toLongLong();
            if (!q.value(2).isNull())
                e.before = Color(q.value(2).toInt());
            e.after = Color(q.value(3).toInt());
            e.cause = q.value(4).toString();
            e.conditionId = optional(q.value(5));
            e.actor = q.value(6).toString();
            e.policyVersion = q.value(7).toInt();
            out << e;
        }
    return out;
}

std::vector<qint64> HolderRepository::declarationTimes(qint64 holderId, qint64 since, bool symptomFree) const
{
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(QStringLiteral("SELECT at FROM declaration WHERE holder_id = ? AND at >= ?%1 ORDER BY at")
                  .arg(symptomFree ? QStringLiteral(" AND symptoms = 0") : QString()));
    q.addBindValue(holderId);
    q.addBindValue(since);
    std::vector<qint64> out;
    if (q.exec())
        while (q.next())
            out.push_back(q.value(0).toLongLong());
    return out;
}

std::optional<qint64> HolderRepository::lastDeclarationAt(qint64 holderId, qint64 atOrBefore) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MAX(at) FROM declaration WHERE holder_id = ? AND at <= ?"));
    q.addBindValue(holderId);
    q.addBindValue(atOrBefore);
    if (q.exec() && q.next())
        return optional(q.value(0));
    return std::nullopt;
}

QList<HolderRepository::Binding> HolderRepository::bindings(qint64 holderId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT guardian_id, dependent_id, relation FROM holder_binding"
                             " WHERE guardian_id = ? OR dependent_id = ? ORDER BY guardian_id, dependent_id"));
    q.addBindValue(holderId);
    q.addBindValue(holderId);
    QList<Binding> out;
    if (q.exec())
        while (q.next())
            out << Binding{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
    return out;
}

} // namespace hc
