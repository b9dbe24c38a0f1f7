#include "ColorUpdater.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QJsonArray>
#include <cstdio>

namespace hc {

namespace {

// A JSON string as QJsonDocument writes it: UTF-8, with quotes, backslashes and control characters escaped.
void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray u = s.toUtf8();
    for (const char ch : u) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

Status createStage(const QSqlDatabase &db)
{
    // A row per holder: the new color (NULL when only the next change moved) and the next change.
    for (const char *sql : {"CREATE TEMP TABLE IF NOT EXISTS hc_color_stage(n BIGINT NOT NULL, id BIGINT NOT NULL, color BIGINT,"
                            " color_since BIGINT, next_change_at BIGINT, policy_version BIGINT)",
                            "TRUNCATE hc_color_stage"})
        if (Status s = execSql(db, QString::fromLatin1(sql)); !s)
            return s;
    return Ok{};
}

} // namespace

using policy::Color;
using policy::kNoDeclaration;
using policy::kOpen;

ColorUpdater::ColorUpdater(QSqlDatabase db, const policy::PolicyEngine &engine, QString actor, qint64 now, Writes writes)
    : m_db(db), m_engine(engine), m_actor(std::move(actor)), m_now(now),
      m_deferred(writes == Writes::Deferred && sql::isPostgres(db)), m_stage(m_deferred ? createStage(db) : Status(Ok{})),
      m_outbox(db, now, m_actor, m_deferred ? BulkInsert::Mode::CopyChunks : BulkInsert::Mode::Statement),
      m_updateColor(db,
                    m_deferred ? QStringLiteral("INSERT INTO hc_color_stage(color, color_since, next_change_at, policy_version, id, n)"
                                                " VALUES (?, ?, ?, ?, ?, ?)")
                               : QStringLiteral("UPDATE holder SET color = ?, color_since = ?, next_change_at = ?,"
                                                " policy_version = ? WHERE id = ?"),
                    m_deferred ? BulkInsert::Mode::CopyChunks : BulkInsert::Mode::Statement),
      m_updateNext(db,
                   m_deferred ? QStringLiteral("INSERT INTO hc_color_stage(next_change_at, id, n) VALUES (?, ?, ?)")
                              : QStringLiteral("UPDATE holder SET next_change_at = ? WHERE id = ?"),
                   m_deferred ? BulkInsert::Mode::CopyChunks : BulkInsert::Mode::Statement),
      m_history(db,
                QStringLiteral("INSERT INTO holder_history(holder_id, at, color_before, color_after, cause,"
                               " condition_id, actor, policy_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                m_deferred ? BulkInsert::Mode::CopyChunks : BulkInsert::Mode::Statement),
      m_counts(db)
{
}

Status ColorUpdater::apply(const HolderState &h, std::span<const ConditionRecord> conditions, const QString &cause,
                           std::optional<qint64> conditionId, std::optional<qint64> changedAt)
{
    ++m_evaluated;
    const policy::Evaluation e = m_engine.evaluateRange(conditions, h.lastDeclarationAt.value_or(kNoDeclaration), m_now);
    m_lastColor = e.color;
    const std::optional<qint64> next = e.nextChange == kOpen ? std::nullopt : std::optional(e.nextChange);
    if (e.color == h.color) {
        if (next == h.nextChangeAt)
            return Ok{};
        if (!m_stage)
            return m_stage;
        m_updateNext.bind(1, next);
        m_updateNext.bind(2, h.id);
        if (m_deferred)
            m_updateNext.bind(3, ++m_staged);
        return m_updateNext.step();
    }
    return write(h, h.color, e, cause, conditionId, changedAt.value_or(m_now));
}

Status ColorUpdater::created(const HolderState &h, std::span<const ConditionRecord> conditions, const QString &cause)
{
    ++m_evaluated;
    const policy::Evaluation e = m_engine.evaluateRange(conditions, h.lastDeclarationAt.value_or(kNoDeclaration), m_now);
    m_lastColor = e.color;
    return write(h, std::nullopt, e, cause, std::nullopt, m_now);
}

Status ColorUpdater::write(const HolderState &h, std::optional<Color> before, const policy::Evaluation &e,
                           const QString &cause, std::optional<qint64> conditionId, qint64 at)
{
    if (!m_stage)
        return m_stage;
    ++m_changed;
    const int version = m_engine.policy().version;
    m_updateColor.bind(1, qint64(e.color));
    m_updateColor.bind(2, at);
    m_updateColor.bind(3, e.nextChange == kOpen ? std::nullopt : std::optional(e.nextChange));
    m_updateColor.bind(4, qint64(version));
    m_updateColor.bind(5, h.id);
    if (m_deferred)
        m_updateColor.bind(6, ++m_staged); // the last of a holder's rows wins, as it would row by row
    if (Status s = m_updateColor.step(); !s)
        return s;
    m_history.bind(1, h.id);
    m_history.bind(2, at);
    m_history.bind(3, before ? std::optional(qint64(*before)) : std::nullopt);
    m_history.bind(4, qint64(e.color));
    m_history.bind(5, cause);
    m_history.bind(6, conditionId);
    m_history.bind(7, m_actor);
    m_history.bind(8, qint64(version));
    if (Status s = m_history.step(); !s)
        return s;
    if (before)
        m_counts.add(h.homeDivision.left(6), *before, -1, at);
    m_counts.add(h.homeDivision.left(6), e.color, 1, at);
    // The platform gets the pseudonymous identity (segment A of the code), never the plain ID number. Written
    // by hand in QJsonDocument's compact form (keys sorted): a bulk change writes hundreds of thousands.
    QByteArray json;
    json.reserve(256);
    json += "{\"cause\":";
    appendJsonString(json, cause);
    json += ",\"color\":\"";
    json += policy::colorKey(e.color).toLatin1();
    json += "\",\"conditions\":[";
    bool first = true;
    for (int k = 0; k < policy::kConditionKindCount; ++k)
        if (e.activeKinds & (1u << k)) {
            if (!first)
                json += ',';
            first = false;
            json += '"';
            json += policy::conditionKindKey(policy::ConditionKind(k)).toLatin1();
            json += '"';
        }
    json += "],\"county\":";
    appendJsonString(json, h.homeDivision.left(6));
    json += ",\"identity\":\"";
    json += h.codeIdentity.toHex();
    json += "\",\"policy\":";
    appendJsonString(json, m_engine.policy().versionTag());
    json += ",\"since\":";
    json += QByteArray::number(at);
    json += '}';
    return m_outbox.appendJson(QStringLiteral("holder.color"), QStringLiteral("holder:%1").arg(h.id), json);
}

Status ColorUpdater::flush()
{
    if (m_deferred) {
        if (!m_stage)
            return m_stage;
        for (BulkInsert *rows : {&m_updateColor, &m_updateNext, &m_history})
            if (Status s = rows->finish(); !s)
                return s;
        if (Status s = m_outbox.finish(); !s)
            return s;
        if (m_staged > 0) {
            // Planned on the staged rows' real count: a million of them join the holders by a hash, a few by the key.
            for (const char *sql : {"ANALYZE hc_color_stage",
                                    "UPDATE holder SET color = COALESCE(s.color, holder.color),"
                                    " color_since = COALESCE(s.color_since, holder.color_since), next_change_at = s.next_change_at,"
                                    " policy_version = COALESCE(s.policy_version, holder.policy_version)"
                                    " FROM (SELECT DISTINCT ON (id) * FROM hc_color_stage ORDER BY id, n DESC) s WHERE holder.id = s.id",
                                    "TRUNCATE hc_color_stage"})
                if (Status s = execSql(m_db, QString::fromLatin1(sql)); !s)
                    return s;
            m_staged = 0;
        }
    }
    return m_counts.flush();
}

} // namespace hc
