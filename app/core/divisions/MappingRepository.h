#pragma once
#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace hc {

class AuditLog;
class Clock;

struct FunctionalZone
{
    qint64 id = 0;
    QString name;
    QString note;
    QStringList members; // division codes
};

struct NameMapping
{
    QString province;
    QString city;
    QString county;
    QString divisionCode; // either this
    qint64 zoneId = 0;    // or this
    QString zoneName;
};

// What officials taught the importer: names mapped to divisions or to functional zones (named sets of
// divisions, such as a development zone's streets). Remembered for every later import.
class MappingRepository final
{
public:
    MappingRepository(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    Result<FunctionalZone> createZone(const QString &name, const QStringList &members, const QString &note,
                                      const QString &actor, AuditLog &audit);
    std::optional<FunctionalZone> zone(const QString &name) const;
    std::optional<FunctionalZone> zone(qint64 id) const;
    QList<FunctionalZone> zones() const;

    // Maps a (province, city, county) triple of the list to a division or a zone (exactly one of them).
    Status map(const NameMapping &m, const QString &actor, AuditLog &audit);
    std::optional<NameMapping> find(const QString &province, const QString &city, const QString &county) const;
    QList<NameMapping> mappings() const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
