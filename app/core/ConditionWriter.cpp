#include "ConditionWriter.h"

#include "Database.h"

namespace hc {

namespace {
QVariant timeOrNull(qint64 t)
{
    return t == policy::kOpen ? QVariant() : QVariant(t);
}
} // namespace

ConditionWriter::ConditionWriter(QSqlDatabase db, QString actor, qint64 now, int policyVersion)
    : m_actor(std::move(actor)), m_now(now), m_policyVersion(policyVersion), m_insert(db), m_update(db)
{
    m_insert.prepare(QStringLiteral(
        "INSERT INTO condition(holder_id, kind, color, start_at, fixed_clear_at, anchor_at, days, clear_at, voided_at,"
        " source_division, source_department, basis_kind, basis_ref, basis_text, risk_area_id, created_by, created_at,"
        " policy_version, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_update.prepare(QStringLiteral("UPDATE condition SET fixed_clear_at = ?, anchor_at = ?, clear_at = ?, voided_at = ?,"
                                    " ended_by = ?, end_reason = ? WHERE id = ?"));
}

Status ConditionWriter::insert(ConditionRecord &c)
{
    c.createdBy = m_actor;
    c.createdAt = m_now;
    c.policyVersion = m_policyVersion;
    const QVariantList values{c.holderId, int(c.kind), int(c.color), c.start, timeOrNull(c.fixedClear),
                              c.days > 0 ? QVariant(c.anchor) : QVariant(), int(c.days), timeOrNull(c.clear),
                              timeOrNull(c.voidedAt), text(c.sourceDivision), text(c.sourceDepartment), c.basisKind,
                              text(c.basisRef), text(c.basisText), c.riskAreaId ? QVariant(*c.riskAreaId) : QVariant(),
                              c.createdBy, c.createdAt, c.policyVersion,
                              m_batch ? QVariant(*m_batch) : QVariant()};
    for (int i = 0; i < values.size(); ++i)
        m_insert.bindValue(i, values[i]);
    if (Status s = exec(m_insert); !s)
        return s;
    c.id = m_insert.lastInsertId().toLongLong();
    return Ok{};
}

Status ConditionWriter::updateClear(const ConditionRecord &c, const QString &endReason)
{
    const bool ended = !endReason.isEmpty();
    m_update.bindValue(0, timeOrNull(c.fixedClear));
    m_update.bindValue(1, c.days > 0 ? QVariant(c.anchor) : QVariant());
    m_update.bindValue(2, timeOrNull(c.clear));
    m_update.bindValue(3, timeOrNull(c.voidedAt));
    m_update.bindValue(4, ended ? QVariant(m_actor) : QVariant(c.endedBy.isEmpty() ? QVariant() : QVariant(c.endedBy)));
    m_update.bindValue(5, ended ? QVariant(endReason) : QVariant(c.endReason.isEmpty() ? QVariant() : QVariant(c.endReason)));
    m_update.bindValue(6, c.id);
    return exec(m_update);
}

} // namespace hc
