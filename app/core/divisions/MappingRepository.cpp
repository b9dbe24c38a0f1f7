#include "MappingRepository.h"
#include "Authorizer.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "DivisionCode.h"
#include "DivisionRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace hc {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("hc::MappingRepository", s);
}

} // namespace

Result<FunctionalZone> MappingRepository::createZone(const QString &name, const QStringList &members,
                                                     const QString &note, const QString &actor, AuditLog &audit)
{
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::DeclareArea, {}, QStringLiteral("zone.create"),
                                                   QStringLiteral("zone:") + name.trimmed(), audit);
        !s)
        return s.error();
    FunctionalZone z;
    z.name = name.trimmed();
    z.note = note.trimmed();
    if (z.name.isEmpty())
        return Error::badInput(tr("A functional zone needs a name."));
    if (members.isEmpty())
        return Error::badInput(tr("A functional zone needs at least one division."));
    for (const QString &m : members) {
        const auto code = divcode::normalise(m);
        if (!code)
            return Error::badInput(tr("\"%1\" is not a division code.").arg(m));
        if (Status s = DivisionRepository(m_db).requireExists(*code); !s)
            return s.error();
        if (!z.members.contains(*code))
            z.members << *code;
    }
    if (zone(z.name))
        return Error::refused(tr("A functional zone named %1 already exists.").arg(z.name));
    Transaction tx(m_db);
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO functional_zone(name, note, created_by, created_at) VALUES(?,?,?,?) RETURNING id"));
    ins.addBindValue(z.name);
    ins.addBindValue(text(z.note));
    ins.addBindValue(actor);
    ins.addBindValue(m_clock.now().toSecsSinceEpoch());
    if (Status s = exec(ins); !s)
        return s.error();
    if (!ins.next())
        return Error::internal(QStringLiteral("INSERT INTO functional_zone returned no id"));
    z.id = ins.value(0).toLongLong();
    ins.finish();
    QSqlQuery mem(m_db);
    mem.prepare(QStringLiteral("INSERT INTO functional_zone_member(zone_id, division_code) VALUES(?,?)"));
    for (const QString &c : z.members) {
        mem.bindValue(0, z.id);
        mem.bindValue(1, c);
        if (Status s = exec(mem); !s)
            return s.error();
    }
    const QJsonObject after{{QStringLiteral("name"), z.name},
                            {QStringLiteral("members"), QJsonArray::fromStringList(z.members)},
                            {QStringLiteral("note"), z.note}};
    if (Status s = audit.append(actor, QStringLiteral("zone.create"), QStringLiteral("zone:") + z.name, {}, after); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return z;
}

std::optional<FunctionalZone> MappingRepository::zone(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM functional_zone WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return zone(q.value(0).toLongLong());
    return std::nullopt;
}

std::optional<FunctionalZone> MappingRepository::zone(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, note FROM functional_zone WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    FunctionalZone z{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}};
    QSqlQuery m(m_db);
    m.prepare(QStringLiteral("SELECT division_code FROM functional_zone_member WHERE zone_id = ? ORDER BY division_code"));
    m.addBindValue(id);
    m.exec();
    while (m.next())
        z.members << m.value(0).toString();
    return z;
}

QList<FunctionalZone> MappingRepository::zones() const
{
    QList<FunctionalZone> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id FROM functional_zone ORDER BY name"));
    while (q.next())
        if (auto z = zone(q.value(0).toLongLong()))
            out << *z;
    return out;
}

Status MappingRepository::map(const NameMapping &m, const QString &actor, AuditLog &audit)
{
    if (m.province.trimmed().isEmpty())
        return Error::badInput(tr("A mapping needs at least the province name as the list writes it."));
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::DeclareArea, {}, QStringLiteral("mapping.set"),
                                                   QStringLiteral("mapping:%1/%2/%3").arg(m.province, m.city, m.county), audit);
        !s)
        return s;
    QString code;
    qint64 zoneId = 0;
    QString target;
    if (!m.divisionCode.isEmpty()) {
        const auto c = divcode::normalise(m.divisionCode);
        if (!c)
            return Error::badInput(tr("\"%1\" is not a division code.").arg(m.divisionCode));
        if (Status s = DivisionRepository(m_db).requireExists(*c); !s)
            return s;
        code = *c;
        target = QStringLiteral("division:") + code;
    } else {
        const auto z = m.zoneId ? zone(m.zoneId) : zone(m.zoneName);
        if (!z)
            return Error::badInput(tr("There is no functional zone %1.").arg(m.zoneName));
        zoneId = z->id;
        target = QStringLiteral("zone:") + z->name;
    }
    Transaction tx(m_db);
    QJsonObject before;
    if (auto old = find(m.province, m.city, m.county))
        before.insert(QStringLiteral("target"), old->divisionCode.isEmpty() ? QStringLiteral("zone:") + old->zoneName
                                                                            : QStringLiteral("division:") + old->divisionCode);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO name_mapping(province, city, county, division_code, zone_id, created_by, created_at)"
                             " VALUES(?,?,?,?,?,?,?) ON CONFLICT(province, city, county) DO UPDATE SET"
                             " division_code = excluded.division_code, zone_id = excluded.zone_id,"
                             " created_by = excluded.created_by, created_at = excluded.created_at"));
    q.addBindValue(m.province.trimmed());
    q.addBindValue(text(m.city.trimmed()));
    q.addBindValue(text(m.county.trimmed()));
    q.addBindValue(code.isEmpty() ? QVariant() : QVariant(code));
    q.addBindValue(zoneId ? QVariant(zoneId) : QVariant());
    q.addBindValue(actor);
    q.addBindValue(m_clock.now().toSecsSinceEpoch());
    if (Status s = exec(q); !s)
        return s;
    const QString object = QStringLiteral("mapping:") + QStringList{m.province, m.city, m.county}.join(QLatin1Char(' ')).trimmed();
    if (Status s = audit.append(actor, QStringLiteral("mapping.set"), object, before, {{QStringLiteral("target"), target}}); !s)
        return s;
    return tx.commit();
}

std::optional<NameMapping> MappingRepository::find(const QString &province, const QString &city,
                                                   const QString &county) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT m.province, m.city, m.county, COALESCE(m.division_code, ''), COALESCE(m.zone_id, 0),"
                             " COALESCE(z.name, '') FROM name_mapping m LEFT JOIN functional_zone z ON z.id = m.zone_id"
                             " WHERE m.province = ? AND m.city = ? AND m.county = ?"));
    q.addBindValue(text(province.trimmed()));
    q.addBindValue(text(city.trimmed()));
    q.addBindValue(text(county.trimmed()));
    if (q.exec() && q.next())
        return NameMapping{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString()};
    return std::nullopt;
}

QList<NameMapping> MappingRepository::mappings() const
{
    QList<NameMapping> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT m.province, m.city, m.county, COALESCE(m.division_code, ''), COALESCE(m.zone_id, 0),"
                          " COALESCE(z.name, '') FROM name_mapping m LEFT JOIN functional_zone z ON z.id = m.zone_id"
                          " ORDER BY m.province, m.city, m.county"));
    while (q.next())
        out << NameMapping{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString()};
    return out;
}

} // namespace hc
