#include "ConditionWriter.h"

#include "Database.h"
#include "SqlDialect.h"

namespace hc {

namespace {

std::optional<qint64> timeOrNull(qint64 t)
{
    return t == policy::kOpen ? std::nullopt : std::optional(t);
}

const QString kColumns = QStringLiteral(
    "holder_id, kind, color, start_at, fixed_clear_at, anchor_at, days, clear_at, voided_at, source_division,"
    " source_department, basis_kind, basis_ref, basis_text, risk_area_id, created_by, created_at, policy_version, batch_id");

// The staged rows live until finish() empties them; a rolled-back transaction takes them with it.
Status createStage(const QSqlDatabase &db)
{
    for (const char *sql : {"CREATE TEMP TABLE IF NOT EXISTS hc_condition_clear(n BIGINT NOT NULL, id BIGINT NOT NULL,"
                            " fixed_clear_at BIGINT, anchor_at BIGINT, clear_at BIGINT, voided_at BIGINT, ended_by TEXT,"
                            " end_reason TEXT)",
                            "CREATE TEMP TABLE IF NOT EXISTS hc_condition_void(id BIGINT NOT NULL)",
                            "TRUNCATE hc_condition_clear, hc_condition_void"})
        if (Status s = execSql(db, QString::fromLatin1(sql)); !s)
            return s;
    return Ok{};
}

} // namespace

ConditionWriter::ConditionWriter(QSqlDatabase db, QString actor, qint64 now, int policyVersion, Writes writes)
    : m_db(db), m_actor(std::move(actor)), m_now(now), m_policyVersion(policyVersion),
      m_deferred(writes == Writes::Deferred && sql::isPostgres(db)), m_stage(m_deferred ? createStage(db) : Status(Ok{})),
      m_insert(db,
               m_deferred ? QStringLiteral("INSERT INTO condition(%1, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                .arg(kColumns)
                          : QStringLiteral("INSERT INTO condition(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                           " RETURNING id")
                                .arg(kColumns),
               m_deferred ? BulkInsert::Mode::CopyChunks : BulkInsert::Mode::Statement),
      m_update(db,
               m_deferred ? QStringLiteral("INSERT INTO hc_condition_clear(fixed_clear_at, anchor_at, clear_at, voided_at, ended_by,"
                                           " end_reason, id, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                          : QStringLiteral("UPDATE condition SET fixed_clear_at = ?, anchor_at = ?, clear_at = ?, voided_at = ?,"
                                           " ended_by = ?, end_reason = ? WHERE id = ?"),
               m_deferred ? BulkInsert::Mode::CopyChunks : BulkInsert::Mode::Statement),
      m_archive(db,
                m_deferred ? QStringLiteral("INSERT INTO hc_condition_void(id) VALUES (?)")
                           : QStringLiteral("INSERT INTO condition_voided SELECT * FROM condition WHERE id = ?"),
                m_deferred ? BulkInsert::Mode::CopyChunks : BulkInsert::Mode::Statement),
      m_remove(db, QStringLiteral("DELETE FROM condition WHERE id = ?"))
{
}

Result<qint64> ConditionWriter::reserveId()
{
    if (m_nextId < m_ids.size())
        return m_ids[m_nextId++];
    QSqlQuery q(m_db);
    if (m_sequence.isEmpty()) {
        q.prepare(QStringLiteral("SELECT pg_get_serial_sequence('condition', 'id')"));
        if (Status s = exec(q); !s)
            return s.error();
        if (!q.next() || q.value(0).toString().isEmpty())
            return Error::internal(QStringLiteral("condition.id has no sequence"));
        m_sequence = q.value(0).toString();
    }
    // Blocks grow with the work: a single change takes a few ids, a million-holder batch a round trip per 4096.
    q.prepare(QStringLiteral("SELECT nextval(?::regclass) FROM generate_series(1, %1)").arg(m_block));
    q.addBindValue(m_sequence);
    if (Status s = exec(q); !s)
        return s.error();
    m_ids.clear();
    m_nextId = 0;
    while (q.next())
        m_ids.push_back(q.value(0).toLongLong());
    m_block = std::min(m_block * 4, 4096);
    if (m_ids.empty())
        return Error::internal(QStringLiteral("no condition id reserved"));
    return m_ids[m_nextId++];
}

Status ConditionWriter::returnUnusedIds()
{
    // The ids of the last block not used go back, so that the next condition takes the next number as an
    // immediate insert would; unless someone took ids from the sequence meanwhile.
    if (m_nextId >= m_ids.size())
        return Ok{};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT setval(?::regclass, ?, false) FROM %1 WHERE last_value = ?").arg(m_sequence));
    q.addBindValue(m_sequence);
    q.addBindValue(m_ids[m_nextId]);
    q.addBindValue(m_ids.back());
    m_ids.clear();
    m_nextId = 0;
    return exec(q);
}

Status ConditionWriter::insert(ConditionRecord &c)
{
    if (!m_stage)
        return m_stage;
    c.createdBy = m_actor;
    c.createdAt = m_now;
    c.policyVersion = m_policyVersion;
    if (m_deferred) {
        const auto id = reserveId();
        if (!id)
            return id.error();
        c.id = *id;
        m_insert.bind(20, c.id);
    }
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
    if (!m_deferred)
        c.id = m_insert.lastRowId();
    return c.voidedAt == policy::kOpen ? Status(Ok{}) : moveToVoided(c.id);
}

Status ConditionWriter::moveToVoided(qint64 id)
{
    m_archive.bind(1, id);
    if (Status s = m_archive.step(); !s)
        return s;
    if (m_deferred) {
        ++m_voided;
        return Ok{};
    }
    m_remove.bind(1, id);
    return m_remove.step();
}

Status ConditionWriter::updateClear(const ConditionRecord &c, const QString &endReason)
{
    if (!m_stage)
        return m_stage;
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
    if (m_deferred)
        m_update.bind(8, ++m_staged); // the last of a condition's updates wins, as it would row by row
    if (Status s = m_update.step(); !s)
        return s;
    return c.voidedAt == policy::kOpen ? Status(Ok{}) : moveToVoided(c.id);
}

Status ConditionWriter::finish()
{
    if (!m_deferred)
        return Ok{};
    if (!m_stage)
        return m_stage;
    for (BulkInsert *rows : {&m_insert, &m_update, &m_archive})
        if (Status s = rows->finish(); !s)
            return s;
    if (Status s = returnUnusedIds(); !s)
        return s;
    QStringList steps;
    if (m_staged > 0)
        steps << QStringLiteral("UPDATE condition SET fixed_clear_at = s.fixed_clear_at, anchor_at = s.anchor_at,"
                                " clear_at = s.clear_at, voided_at = s.voided_at, ended_by = s.ended_by, end_reason = s.end_reason"
                                " FROM (SELECT DISTINCT ON (id) * FROM hc_condition_clear ORDER BY id, n DESC) s"
                                " WHERE condition.id = s.id");
    if (m_voided > 0)
        steps << QStringLiteral("INSERT INTO condition_voided SELECT * FROM condition WHERE id IN (SELECT id FROM hc_condition_void)"
                                " ORDER BY id")
              << QStringLiteral("DELETE FROM condition WHERE id IN (SELECT id FROM hc_condition_void)");
    if (m_staged > 0 || m_voided > 0)
        steps << QStringLiteral("TRUNCATE hc_condition_clear, hc_condition_void");
    for (const QString &sql : std::as_const(steps))
        if (Status s = execSql(m_db, sql); !s)
            return s;
    m_staged = m_voided = 0;
    return Ok{};
}

} // namespace hc
