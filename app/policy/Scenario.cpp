#include "Scenario.h"

#include "TimeUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <array>

namespace hc::policy {

namespace {

using Type = Scenario::Type;

const std::array<std::pair<const char *, Type>, 14> kTypes = {{
    {"declaration", Type::Declaration}, {"risk_area", Type::RiskArea}, {"stay", Type::Stay},
    {"case", Type::Case}, {"discharge", Type::Discharge}, {"ruled_out", Type::RuledOut},
    {"close_contact", Type::CloseContact}, {"co_traveller", Type::CoTraveller},
    {"observation_start", Type::ObservationStart}, {"observation_end", Type::ObservationEnd},
    {"fever_clinic", Type::FeverClinic}, {"arrival", Type::Arrival}, {"manual", Type::Manual},
    {"void", Type::Void},
}};

const QStringList kSymptoms = {QStringLiteral("fever"), QStringLiteral("cough"), QStringLiteral("diarrhoea")};

Error bad(const QString &path, const QString &why)
{
    return Error::badInput(QStringLiteral("%1: %2").arg(path, why));
}

// Reads a JSON object member with the errors named by path; each helper returns an Error on failure.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path) : m_o(o), m_path(std::move(path)) {}
    QString path(const char *key) const { return m_path + QLatin1Char('.') + QLatin1String(key); }
    bool has(const char *key) const { return m_o.contains(QLatin1String(key)); }

    Result<QString> string(const char *key, bool required = true) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString())
            return bad(path(key), v.isUndefined() ? QCoreApplication::translate("hc::policy::Scenario", "missing")
                                                : QCoreApplication::translate("hc::policy::Scenario", "must be a string"));
        return v.toString();
    }
    Result<qint64> time(const char *key) const
    {
        Result<QString> s = string(key);
        if (!s)
            return s.error();
        const auto t = hc::time::parse(s.value(), false);
        if (!t)
            return bad(path(key), QCoreApplication::translate("hc::policy::Scenario", "not an ISO 8601 time with an offset: \"%1\"").arg(s.value()));
        return t->toSecsSinceEpoch();
    }
    Result<QStringList> strings(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return QStringList();
        if (!v.isArray())
            return bad(path(key), QCoreApplication::translate("hc::policy::Scenario", "must be a list of strings"));
        QStringList out;
        for (const QJsonValue &x : v.toArray()) {
            if (!x.isString())
                return bad(path(key), QCoreApplication::translate("hc::policy::Scenario", "must be a list of strings"));
            out << x.toString();
        }
        return out;
    }
    Result<QString> division(const char *key) const
    {
        Result<QString> s = string(key);
        if (!s)
            return s.error();
        const auto d = Scenario::normaliseDivision(s.value());
        if (!d)
            return bad(path(key), QCoreApplication::translate("hc::policy::Scenario", "not a division code of 2, 4, 6, 9 or 12 digits: \"%1\"").arg(s.value()));
        return *d;
    }

private:
    QJsonObject m_o;
    QString m_path;
};

#define HC_TRY(var, expr)                                                                                              \
    auto var##_r = (expr);                                                                                             \
    if (!var##_r)                                                                                                      \
        return var##_r.error();                                                                                        \
    auto var = var##_r.value();

Result<Scenario::Event> parseEvent(const QJsonObject &o, const QString &path, const QHash<QString, int> &holders)
{
    Reader r(o, path);
    Scenario::Event e;
    HC_TRY(typeText, r.string("type"));
    bool known = false;
    for (const auto &[key, type] : kTypes)
        if (typeText == QLatin1String(key)) {
            e.type = type;
            known = true;
        }
    if (!known)
        return bad(r.path("type"), QCoreApplication::translate("hc::policy::Scenario", "unknown event type \"%1\"").arg(typeText));
    HC_TRY(at, r.time("at"));
    e.at = at;
    if (e.type != Type::RiskArea) {
        HC_TRY(holder, r.string("holder"));
        if (!holders.contains(holder))
            return bad(r.path("holder"), QCoreApplication::translate("hc::policy::Scenario", "unknown holder \"%1\"").arg(holder));
        e.holder = holders.value(holder);
    }
    switch (e.type) {
    case Type::Declaration: {
        HC_TRY(symptoms, r.strings("symptoms"));
        for (const QString &s : symptoms)
            if (!kSymptoms.contains(s))
                return bad(r.path("symptoms"), QCoreApplication::translate("hc::policy::Scenario", "unknown symptom \"%1\" (fever, cough, diarrhoea)").arg(s));
        e.symptoms = symptoms;
        break;
    }
    case Type::RiskArea: {
        HC_TRY(division, r.division("division"));
        HC_TRY(level, r.string("level"));
        const auto l = riskLevelFromKey(level);
        if (!l)
            return bad(r.path("level"), QCoreApplication::translate("hc::policy::Scenario", "must be high, medium or low"));
        HC_TRY(subareas, r.strings("subareas"));
        e.division = division;
        e.level = *l;
        for (const QString &s : subareas)
            e.subareas << normaliseSubarea(s);
        break;
    }
    case Type::Stay: {
        HC_TRY(division, r.division("division"));
        const QJsonValue m = o.value(QStringLiteral("minutes"));
        if (!m.isDouble() || m.toDouble() != double(qint64(m.toDouble())))
            return bad(r.path("minutes"), QCoreApplication::translate("hc::policy::Scenario", "must be a whole number of minutes"));
        if (m.toDouble() < 0)
            return bad(r.path("minutes"), QCoreApplication::translate("hc::policy::Scenario", "must not be negative"));
        HC_TRY(address, r.string("address", false));
        e.division = division;
        e.minutes = int(m.toDouble());
        e.address = normaliseSubarea(address);
        break;
    }
    case Type::Case: {
        HC_TRY(cls, r.string("class"));
        if (cls == QLatin1String("confirmed"))
            e.caseClass = Scenario::CaseClass::Confirmed;
        else if (cls == QLatin1String("asymptomatic"))
            e.caseClass = Scenario::CaseClass::Asymptomatic;
        else if (cls == QLatin1String("suspected"))
            e.caseClass = Scenario::CaseClass::Suspected;
        else
            return bad(r.path("class"), QCoreApplication::translate("hc::policy::Scenario", "must be confirmed, asymptomatic or suspected"));
        break;
    }
    case Type::CloseContact:
    case Type::CoTraveller: {
        e.exposure = e.at;
        if (r.has("exposure")) {
            HC_TRY(exposure, r.time("exposure"));
            e.exposure = exposure;
        }
        break;
    }
    case Type::Arrival: {
        HC_TRY(from, r.string("from_province"));
        if (from.size() != 2 || !std::all_of(from.begin(), from.end(), [](QChar c) { return c.isDigit(); }))
            return bad(r.path("from_province"), QCoreApplication::translate("hc::policy::Scenario", "must be 2 digits"));
        e.fromProvince = from;
        break;
    }
    case Type::Manual: {
        HC_TRY(color, r.string("color"));
        const auto c = colorFromKey(color);
        if (!c || (*c != Color::Red && *c != Color::Yellow))
            return bad(r.path("color"), QCoreApplication::translate("hc::policy::Scenario", "must be red or yellow"));
        e.color = *c;
        if (r.has("until")) {
            HC_TRY(until, r.time("until"));
            e.until = until;
        }
        if (!r.has("approvers"))
            return bad(r.path("approvers"), QCoreApplication::translate("hc::policy::Scenario", "missing: a manual order names its approvers"));
        HC_TRY(approvers, r.strings("approvers"));
        e.approvers = approvers;
        break;
    }
    case Type::Void: {
        HC_TRY(kind, r.string("kind"));
        const auto k = conditionKindFromKey(kind);
        if (!k)
            return bad(r.path("kind"), QCoreApplication::translate("hc::policy::Scenario", "unknown condition kind \"%1\"").arg(kind));
        e.voidKind = *k;
        break;
    }
    default: break;
    }
    return e;
}

} // namespace

std::optional<QString> Scenario::normaliseDivision(const QString &code)
{
    if (code.isEmpty() || !std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    switch (code.size()) {
    case 6:
        if (code.endsWith(QLatin1String("0000")))
            return code.left(2);
        if (code.endsWith(QLatin1String("00")))
            return code.left(4);
        return code;
    case 2:
    case 4:
    case 9:
    case 12: return code;
    default: return std::nullopt;
    }
}

Result<Scenario> Scenario::parse(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::badInput(QCoreApplication::translate("hc::policy::Scenario", "not JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return Error::badInput(QCoreApplication::translate("hc::policy::Scenario", "the scenario must be a JSON object"));
    const QJsonObject root = doc.object();
    Scenario s;
    if (root.contains(QStringLiteral("policy"))) {
        if (!root.value(QStringLiteral("policy")).isObject())
            return Error::badInput(QCoreApplication::translate("hc::policy::Scenario", "policy: must be an object"));
        if (Status st = s.policy.applyOverrides(root.value(QStringLiteral("policy")).toObject()); !st)
            return st.error();
    }
    for (const char *key : {"holders", "events", "ask"})
        if (!root.value(QLatin1String(key)).isArray())
            return Error::badInput(QCoreApplication::translate("hc::policy::Scenario", "%1: missing or not a list").arg(QLatin1String(key)));

    QHash<QString, int> ids;
    const QJsonArray holders = root.value(QStringLiteral("holders")).toArray();
    for (qsizetype i = 0; i < holders.size(); ++i) {
        const QString path = QStringLiteral("holders[%1]").arg(i);
        if (!holders[i].isObject())
            return Error::badInput(path + QCoreApplication::translate("hc::policy::Scenario", ": must be an object"));
        Reader r(holders[i].toObject(), path);
        Holder h;
        HC_TRY(id, r.string("id"));
        if (id.isEmpty())
            return bad(r.path("id"), QCoreApplication::translate("hc::policy::Scenario", "must not be empty"));
        if (ids.contains(id))
            return bad(r.path("id"), QCoreApplication::translate("hc::policy::Scenario", "duplicate holder id \"%1\"").arg(id));
        h.id = id;
        if (r.has("home")) {
            HC_TRY(home, r.division("home"));
            h.home = home;
        }
        HC_TRY(address, r.string("address", false));
        h.address = normaliseSubarea(address);
        if (r.has("created")) {
            HC_TRY(created, r.time("created"));
            h.created = created;
        }
        ids.insert(id, int(s.holders.size()));
        s.holders.append(h);
    }
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString path = QStringLiteral("events[%1]").arg(i);
        if (!events[i].isObject())
            return Error::badInput(path + QCoreApplication::translate("hc::policy::Scenario", ": must be an object"));
        HC_TRY(e, parseEvent(events[i].toObject(), path, ids));
        e.index = int(i);
        s.events.append(e);
    }
    const QJsonArray asks = root.value(QStringLiteral("ask")).toArray();
    for (qsizetype i = 0; i < asks.size(); ++i) {
        const QString path = QStringLiteral("ask[%1]").arg(i);
        if (!asks[i].isObject())
            return Error::badInput(path + QCoreApplication::translate("hc::policy::Scenario", ": must be an object"));
        Reader r(asks[i].toObject(), path);
        Ask a;
        HC_TRY(holder, r.string("holder"));
        if (!ids.contains(holder))
            return bad(r.path("holder"), QCoreApplication::translate("hc::policy::Scenario", "unknown holder \"%1\"").arg(holder));
        HC_TRY(at, r.time("at"));
        a.holder = ids.value(holder);
        a.at = at;
        a.atText = asks[i].toObject().value(QStringLiteral("at")).toString();
        s.asks.append(a);
    }
    return s;
}

} // namespace hc::policy
