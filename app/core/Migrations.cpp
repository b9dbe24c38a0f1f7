#include "Migrations.h"
#include "Database.h"
#include "DivisionImporter.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hc {

namespace {

const char *const kV1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE division(code TEXT PRIMARY KEY, parent TEXT, level INTEGER NOT NULL, name TEXT NOT NULL)"
    " WITHOUT ROWID",
    // The secondary indexes of division are DivisionImporter::divisionIndexes(), rebuilt after bulk loads.
    "CREATE TABLE account(id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
    " salt BLOB NOT NULL, hash BLOB NOT NULL, iterations INTEGER NOT NULL, is_admin INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL, disabled INTEGER NOT NULL DEFAULT 0)",
    // An area is a division, optionally narrowed to one normalised sub-area text.
    "CREATE TABLE risk_area(id INTEGER PRIMARY KEY, division_code TEXT NOT NULL, subarea TEXT NOT NULL DEFAULT '',"
    " subarea_key TEXT NOT NULL DEFAULT '', UNIQUE(division_code, subarea_key))",
    // Each period is one level in force over [effective_from, effective_to); NULL = open-ended.
    "CREATE TABLE risk_period(id INTEGER PRIMARY KEY, area_id INTEGER NOT NULL REFERENCES risk_area(id),"
    " level INTEGER NOT NULL CHECK(level IN (1,2)), effective_from INTEGER NOT NULL, effective_to INTEGER,"
    " basis TEXT NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL, import_id INTEGER,"
    " declared_by TEXT NOT NULL, declared_at INTEGER NOT NULL, ended_by TEXT, ended_at INTEGER, end_reason TEXT,"
    " CHECK(effective_to IS NULL OR effective_to >= effective_from))",
    "CREATE INDEX risk_period_area ON risk_period(area_id, effective_from)",
    "CREATE INDEX risk_period_from ON risk_period(effective_from)",
    "CREATE TABLE national_import(id INTEGER PRIMARY KEY, list_time INTEGER NOT NULL, file_sha256 TEXT NOT NULL,"
    " entries INTEGER NOT NULL, exact INTEGER NOT NULL, approximate INTEGER NOT NULL, unmatched INTEGER NOT NULL,"
    " declared INTEGER NOT NULL, lifted INTEGER NOT NULL, applied INTEGER NOT NULL, imported_by TEXT NOT NULL,"
    " imported_at INTEGER NOT NULL)",
    "CREATE TABLE national_entry(id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES national_import(id),"
    " list_level TEXT NOT NULL, province TEXT NOT NULL, city TEXT NOT NULL, county TEXT NOT NULL,"
    " area_name TEXT NOT NULL, status TEXT NOT NULL, division_code TEXT, reason_kind INTEGER NOT NULL,"
    " reason_args TEXT NOT NULL, mapped INTEGER NOT NULL DEFAULT 0, communities TEXT NOT NULL)", // communities: JSON array of the list's text
    "CREATE INDEX national_entry_import ON national_entry(import_id, status)",
    "CREATE TABLE functional_zone(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, note TEXT NOT NULL DEFAULT '',"
    " created_by TEXT NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE TABLE functional_zone_member(zone_id INTEGER NOT NULL REFERENCES functional_zone(id),"
    " division_code TEXT NOT NULL, PRIMARY KEY(zone_id, division_code))",
    // A remembered answer for a (province, city, county) triple of the national list.
    "CREATE TABLE name_mapping(id INTEGER PRIMARY KEY, province TEXT NOT NULL, city TEXT NOT NULL,"
    " county TEXT NOT NULL, division_code TEXT, zone_id INTEGER REFERENCES functional_zone(id),"
    " created_by TEXT NOT NULL, created_at INTEGER NOT NULL, UNIQUE(province, city, county),"
    " CHECK((division_code IS NULL) <> (zone_id IS NULL)))",
    "CREATE TABLE audit_log(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
    " object TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
    "CREATE INDEX audit_log_action ON audit_log(action, id)",
    "CREATE TABLE audit_head(one INTEGER PRIMARY KEY CHECK(one = 1), last_id INTEGER NOT NULL,"
    " last_hash TEXT NOT NULL, entries INTEGER NOT NULL)",
};

struct Step
{
    int version;
    Status (*run)(QSqlDatabase db);
};

Status runV1(QSqlDatabase db)
{
    for (const char *sql : kV1) {
        if (Status s = execSql(db, QString::fromUtf8(sql)); !s)
            return s;
    }
    // Levels 1–4 ship inside the program: the tree works with no network and no import.
    if (Status s = DivisionImporter::importEmbedded(db); !s)
        return s;
    return DivisionImporter::createIndexes(db);
}

const Step kSteps[] = {{1, &runV1}};

} // namespace

int Migrations::latestVersion()
{
    return kSteps[std::size(kSteps) - 1].version;
}

int Migrations::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Migrations::apply(QSqlDatabase db)
{
    const int current = currentVersion(db);
    if (current < 0)
        return Error::refused(QCoreApplication::translate("hc::Migrations", "The file is not a readable database."));
    if (current > latestVersion())
        return Error::refused(
            QCoreApplication::translate("hc::Migrations",
                                        "This database has schema version %1, newer than this program understands (%2). "
                                        "Use a newer version of the console; the database was not changed.")
                .arg(current)
                .arg(latestVersion()));
    for (const Step &step : kSteps) {
        if (step.version <= current)
            continue;
        Transaction tx(db);
        if (Status s = step.run(db); !s)
            return s;
        if (Status s = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return Ok{};
}

} // namespace hc
