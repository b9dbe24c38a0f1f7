#pragma once
// The database of the fuzz targets whose parsers check rows against one (holders CSV, 12345 export, case
// reports): made once per process in a temporary folder (migrations applied, so the division tree of levels
// 1–4 is there), with an official "fuzz" holding every role over province 37 and the holders the seeds name.
//
// Each input runs inside a fuzzdb::Scope: an hc::Transaction that is never committed. The import's own
// Transactions join it (Database.cpp: a nested Transaction neither commits nor rolls back), and everything
// the input wrote — tickets, holders, audit entries, outbox messages — is rolled back when the scope ends, so
// every input meets the same database and a crash reproduces from its input alone.
#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "HolderService.h"
#include "IdNumber.h"

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace fuzzdb {

inline const QString kActor = QStringLiteral("fuzz");

// A valid resident ID number: the 6-digit region, born 1990-01-01, the serial, the check digit.
inline QString residentId(const QString &region, int serial)
{
    const QString first17 =
        region + QStringLiteral("19900101") + QString::number(serial).rightJustified(3, QLatin1Char('0'));
    return first17 + hc::idnumber::checkDigit(first17);
}

struct Fixture
{
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/hc-fuzzdb-XXXXXX")};
    hc::FixedClock clock{QDateTime(QDate(2022, 11, 2), QTime(10, 0), QTimeZone(8 * 3600))};
    std::unique_ptr<hc::Database> db;

    QSqlDatabase conn() const { return db->connection(); }
    hc::AuditLog audit() const { return hc::AuditLog(conn(), clock); }
};

[[noreturn]] inline void fail(const char *what, const QString &why)
{
    std::fprintf(stderr, "fuzz fixture: %s: %s\n", what, qPrintable(why));
    std::abort();
}

// The holders the seeds name (tests/fuzz/corpus/*): residentId("370303", 1–4) and residentId("370303", 5) in
// street 370303001, 370303002 and 370303003 of Zibo (inside the official's jurisdiction),
// residentId("110101", 9) in Beijing (outside it).
inline const Fixture &fixture()
{
    static Fixture *f = [] {
        QStandardPaths::setTestModeEnabled(true);
        // Never destroyed (the fuzzer exits without unwinding): its folder is removed at exit instead, which
        // a crash skips (the database is then left in the temporary folder, hc-fuzzdb-*).
        auto *x = new Fixture;
        if (!x->dir.isValid())
            fail("temporary folder", x->dir.errorString());
        std::atexit([] { const_cast<Fixture &>(fixture()).dir.remove(); });
        x->db = std::make_unique<hc::Database>(x->dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (const hc::Status s = x->db->open(); !s)
            fail("open", s.error().message);
        QSqlQuery q(x->conn());
        // As tests/FourEyes.h adds officials: straight into the tables (no password to derive), every role.
        if (!q.exec(QStringLiteral("INSERT INTO account(username, display_name, salt, hash, iterations, "
                                   "is_admin, created_at, jurisdiction)"
                                   " VALUES ('fuzz', 'fuzz', x'00', x'00', 1, 1, 0, '37')")))
            fail("official", q.lastError().text());
        const qint64 id = q.lastInsertId().toLongLong();
        for (const char *role :
             {"operator", "reviewer", "epidemiologist", "supervisor", "auditor", "administrator"})
            if (!q.exec(QStringLiteral("INSERT INTO account_role VALUES (%1, '%2')")
                            .arg(id)
                            .arg(QLatin1String(role))))
                fail("role", q.lastError().text());
        // Beijing's holder is registered by an official of the whole country.
        if (!q.exec(QStringLiteral("INSERT INTO account(username, display_name, salt, hash, iterations, "
                                   "is_admin, created_at, jurisdiction)"
                                   " VALUES ('national', 'national', x'00', x'00', 1, 1, 0, '')")))
            fail("official", q.lastError().text());
        const qint64 national = q.lastInsertId().toLongLong();
        if (!q.exec(QStringLiteral("INSERT INTO account_role VALUES (%1, 'operator')").arg(national)))
            fail("role", q.lastError().text());
        hc::AuditLog log = x->audit();
        hc::HolderService holders(x->conn(), x->clock);
        struct Seed
        {
            const char *region, *division, *name, *address;
            int serial;
        };
        for (const Seed &s : {Seed{"370303", "370303001", "张晓一", "3号楼2单元501室", 1},
                              Seed{"370303", "370303001", "张晓二", "3号楼2单元501室", 2},
                              Seed{"370303", "370303001", "李晓三", "3号楼2单元302室", 3},
                              Seed{"370303", "370303002", "王晓四", "1号楼", 4},
                              Seed{"370303", "370303003", "赵晓五", "2号楼", 5},
                              Seed{"110101", "110101001", "孙晓九", "1号楼", 9}}) {
            hc::HolderInput in;
            in.idNumber = residentId(QLatin1String(s.region), s.serial);
            in.name = QString::fromUtf8(s.name);
            in.phone = QStringLiteral("1380000%1").arg(s.serial, 4, 10, QLatin1Char('0'));
            in.homeDivision = QLatin1String(s.division);
            in.address = QString::fromUtf8(s.address);
            const auto r = holders.upsert(
                in, QLatin1String(s.region) == QLatin1String("110101") ? QStringLiteral("national") : kActor,
                log);
            if (!r)
                fail("holder", r.error().message);
        }
        return x;
    }();
    return *f;
}

// The input's writes, rolled back at the end of the scope.
class Scope
{
public:
    Scope() : m_tx(fixture().conn())
    {
        if (!m_tx.begun())
            fail("begin", QStringLiteral("the outer transaction did not begin"));
    }

private:
    hc::Transaction m_tx;
};

inline qint64 count(const QString &table)
{
    QSqlQuery q(fixture().conn());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        fail("count", q.lastError().text());
    return q.value(0).toLongLong();
}

} // namespace fuzzdb
