#include "ColorUpdater.h"

#include "Database.h"

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

} // namespace

using policy::Color;
using policy::kNoDeclaration;
using policy::kOpen;

ColorUpdater::ColorUpdater(QSqlDatabase db, const policy::PolicyEngine &engine, QString actor, qint64 now)
    : m_db(db), m_engine(engine), m_actor(std::move(actor)), m_now(now), m_outbox(db, now, m_actor),
      m_updateColor(db, QStringLiteral("UPDATE holder SET color = ?, color_since = ?, next_change_at = ?,"
                                       " policy_version = ? WHERE id = ?")),
      m_updateNext(db, QStringLiteral("UPDATE holder SET next_change_at = ? WHERE id = ?")),
      m_history(db, QStringLiteral("INSERT INTO holder_history(holder_id, at, color_before, color_after, cause,"
                                   " condition_id, actor, policy_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")),
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
        m_updateNext.bind(1, next);
        m_updateNext.bind(2, h.id);
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
    ++m_changed;
    const int version = m_engine.policy().version;
    m_updateColor.bind(1, qint64(e.color));
    m_updateColor.bind(2, at);
    m_updateColor.bind(3, e.nextChange == kOpen ? std::nullopt : std::optional(e.nextChange));
    m_updateColor.bind(4, qint64(version));
    m_updateColor.bind(5, h.id);
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
    return m_counts.flush();
}

} // namespace hc
