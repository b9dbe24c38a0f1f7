#pragma once
// Shared helpers for the core tests: a fresh SQLite file in its own temporary folder, a fixed clock, row counts.
#include "AuditLog.h"
#include "TestDatabase.h"
#include "Clock.h"
#include "Database.h"
#include "IdNumber.h"
#include "TimeUtil.h"
#include "../FourEyes.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace hctest {

// 2022-11-01 08:00 in UTC+8.
inline QDateTime at(const QString &iso)
{
    const auto t = hc::time::parse(iso);
    return t ? *t : QDateTime();
}

// A valid resident ID number from a 6-digit region and a serial (born 1990-01-01; check digit computed).
inline QString residentId(const QString &region, int serial)
{
    const QString first17 = region + QStringLiteral("19900101") + QString::number(serial).rightJustified(3, QLatin1Char('0'));
    return first17 + hc::idnumber::checkDigit(first17);
}

inline QDateTime defaultNow()
{
    return at(QStringLiteral("2022-11-01T08:00:00+08:00"));
}

// One fresh database per test: its own QTemporaryDir, migrations applied (levels 1–4 embedded).
class TestDb
{
public:
    enum Officials { WithAdmin, NoOfficials };
    explicit TestDb(Officials officials = WithAdmin) : clock(defaultNow())
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!dir.isValid())
            return;
        db = std::make_unique<hc::Database>(testdb::fresh(dir, QStringLiteral("test.sqlite")));
        const hc::Status s = db->open();
        opened = s.ok();
        if (!opened)
            error = s.error().message;
        // "admin" holds every role over the whole country, so that tests of other things pass the checks;
        // tests of the checks themselves add narrower officials.
        if (opened && officials == WithAdmin && !addOfficial(QStringLiteral("admin"), allRoles()))
            opened = false, error = QStringLiteral("cannot add the admin official");
    }

    static QStringList allRoles() { return hctest::allRoles(); }
    bool addOfficial(const QString &name, const QStringList &roles, const QString &jurisdiction = {}) const
    {
        return hctest::addOfficial(conn(), name, roles, jurisdiction);
    }

    QSqlDatabase conn() const { return db->connection(); }
    QString path() const { return db->path(); }
    hc::AuditLog audit() const { return hc::AuditLog(conn(), clock); }

    qint64 count(const QString &table, const QString &where = {}) const
    {
        QSqlQuery q(conn());
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + table
                            + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    bool exec(const QString &sql) const
    {
        QSqlQuery q(conn());
        if (!q.exec(sql)) {
            qWarning() << "SQL failed:" << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    QTemporaryDir dir;
    hc::FixedClock clock;
    std::unique_ptr<hc::Database> db;
    bool opened = false;
    QString error;
};

} // namespace hctest

#define HC_REQUIRE_DB(t) QVERIFY2((t).opened, qPrintable((t).error))
// Evaluates expr once (QVERIFY2 evaluates its description even on success).
#define HC_VERIFY_OK(expr)                                                                                          \
    do {                                                                                                           \
        const auto &hcResult_ = (expr);                                                                            \
        QVERIFY2(hcResult_.ok(), hcResult_.ok() ? "" : qPrintable(hcResult_.error().message));                     \
    } while (false)
// Expects expr to fail with the given hc::ErrorKind.
#define HC_VERIFY_ERROR(expr, errorKind)                                                                            \
    do {                                                                                                           \
        const auto &hcResult_ = (expr);                                                                            \
        QVERIFY2(!hcResult_.ok(), "expected an error, got success");                                               \
        QCOMPARE(hcResult_.error().kind, errorKind);                                                               \
    } while (false)
