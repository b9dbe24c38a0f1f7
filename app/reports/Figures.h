#pragma once
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <array>

namespace hc::reports {

using ColorArray = std::array<qint64, 4>; // by policy::Color: green, gray, yellow, red

struct AreaCount
{
    qint64 high = 0;
    qint64 medium = 0;
};

// The figures the overview and the reports share, read from the kept counts (ColorTally), the risk periods
// and the tickets: never from millions of history rows. A scope is a division code prefix ("37", "3703",
// "370303"); counts of holders are kept per county, so a scope below a county counts its whole county.
class Figures
{
public:
    explicit Figures(QSqlDatabase db) : m_db(std::move(db)) {}

    static QString prefixOf(const QString &division); // 370000 → 37, 370300 → 3703, "" → ""
    static qint64 dayStart(qint64 t);                 // 00:00 UTC+8 of the day holding t
    // The row a county's figures go to in a table below a scope: the county, or its province for the whole country.
    static QString rowKey(const QString &scope, const QString &county) { return scope.isEmpty() ? county.left(2) : county.left(6); }
    static qint64 total(const ColorArray &c) { return c[0] + c[1] + c[2] + c[3]; }

    // Holders per county and color as of `at` (to the hour: changes are kept per hour); per province for "".
    QMap<QString, ColorArray> colorsByCounty(const QString &prefix, qint64 at) const;
    ColorArray colors(const QString &prefix, qint64 at) const;
    // Holders per color at the end of each of `days` days from firstDay (a day start); today's is the count now.
    QList<ColorArray> colorsPerDay(const QString &prefix, qint64 firstDay, int days) const;

    // Areas (a division, or a sub-area of it) with a high or medium period in force at `at`, per county.
    QMap<QString, AreaCount> areasByCounty(const QString &prefix, qint64 at) const;
    AreaCount areas(const QString &prefix, qint64 at) const;
    QList<AreaCount> areasPerDay(const QString &prefix, qint64 firstDay, int days, qint64 now) const;

    struct TicketDay
    {
        qint64 received = 0;
        qint64 closed = 0;
        qint64 overdue = 0; // open at the end of the day and past the deadline
    };
    // 12345 tickets of holders living in the scope.
    QList<TicketDay> ticketsPerDay(const QString &prefix, qint64 firstDay, int days, qint64 now) const;

    // Names of divisions, cached.
    QString name(const QString &code) const;
    QString pathName(const QString &code) const; // 山东省淄博市张店区
    QString officialName(const QString &username) const; // display name (王主任), the login when unknown

private:
    QMap<QString, ColorArray> countsNow(const QString &prefix) const;

    QSqlDatabase m_db;
    mutable QHash<QString, QString> m_names;
    mutable QHash<QString, QString> m_officials;
    mutable QHash<QString, QString> m_paths;
};

} // namespace hc::reports
