#include "ConditionWriter.h"

#include "Database.h"

namespace hc {

namespace {
std::optional<qint64> timeOrNull(qint64 t)
{
    return t == policy::kOpen ? std::nullopt : std::optional(t);
}
} // namespace

ConditionWriter::ConditionWriter(QSqlDatabase db, QString actor, qint64 now, int policyVersion)
    : m_actor(std::move(actor)), m_now(now), m_policyVersion(policyVersion),
      m_insert(db, QStringLiteral("INSERT INTO condition(holder_id, kind, color, start_at, fixed_clear_at, anchor_at, days,"
                                  " clear_at, voided_at, source_division, source_department, basis_kind, basis_ref, basis_text,"
                                  " risk_area_id, created_by, created_at, policy_version, batch_id)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")),
      m_update(db, QStringLiteral("UPDATE condition SET fixed_clear_at = ?, anchor_at = ?, clear_at = ?, voided_at = ?,"
                                  " ended_by = ?, end_reason = ? WHERE id = ?")),
      m_archive(db, QStringLiteral("INSERT INTO condition_voided SELECT * FROM condition WHERE id = ?")),
      m_remove(db, QStringLiteral("DELETE FROM condition WHERE id = ?"))
{
}

Status ConditionWriter::insert(ConditionRecord &c)
{
    c.createdBy = m_actor;
    c.createdAt = m_now;
    c.policyVersion = m_policyVersion;
    m_insert.bind(1, c.holderId);
    m_insert.bind(2, qint64(c.kind));
    m_insert.bind(3, qint64(c.color));
    m_insert.bind(4, c.start);
    m_insert.bind(5, timeOrNull(c.fixedClear));
    m_insert.bind(6, c.days > 0 ? std::optional(c.anchor) : std::nullopt);
    m_insert.bind(7, qint64(c.days));
    m_insert.bind(8, timeOrNull(c.clear));
    m_insert.bind(9, timeOrNull(c.voidedAt));
    m_insert.bind(10, c.sourceDivision);
    m_insert.bind(11, c.sourceDepartment);
    m_insert.bind(12, c.basisKind);
    m_insert.bind(13, c.basisRef);
    m_insert.bind(14, c.basisText);
    m_insert.bind(15, c.riskAreaId);
    m_insert.bind(16, c.createdBy);
    m_insert.bind(17, c.createdAt);
    m_insert.bind(18, qint64(c.policyVersion));
    m_insert.bind(19, m_batch);
    if (Status s = m_insert.step(); !s)
        return s;
    c.id = m_insert.lastRowId();
    return c.voidedAt == policy::kOpen ? Status(Ok{}) : moveToVoided(c.id);
}

Status ConditionWriter::moveToVoided(qint64 id)
{
    m_archive.bind(1, id);
    if (Status s = m_archive.step(); !s)
        return s;
    m_remove.bind(1, id);
    return m_remove.step();
}

Status ConditionWriter::updateClear(const ConditionRecord &c, const QString &endReason)
{
    // Ended now: by this actor for this reason; else who and why stay as they were (NULL when never ended).
    const bool ended = !endReason.isEmpty();
    const QString &by = ended ? m_actor : c.endedBy;
    const QString &why = ended ? endReason : c.endReason;
    m_update.bind(1, timeOrNull(c.fixedClear));
    m_update.bind(2, c.days > 0 ? std::optional(c.anchor) : std::nullopt);
    m_update.bind(3, timeOrNull(c.clear));
    m_update.bind(4, timeOrNull(c.voidedAt));
    if (by.isEmpty())
        m_update.bindNull(5);
    else
        m_update.bind(5, by);
    if (why.isEmpty())
        m_update.bindNull(6);
    else
        m_update.bind(6, why);
    m_update.bind(7, c.id);
    if (Status s = m_update.step(); !s)
        return s;
    return c.voidedAt == policy::kOpen ? Status(Ok{}) : moveToVoided(c.id);
}

} // namespace hc
