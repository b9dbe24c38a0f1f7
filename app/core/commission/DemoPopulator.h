#pragma once
#include "Progress.h"
#include "Result.h"

#include <QSqlDatabase>
#include <functional>

namespace hc {

class AuditLog;
class Clock;

// Synthetic but realistic holders for demos and benchmarks (`hcctl demo populate`): valid resident IDs
// whose first six digits and birth dates fit, names, phones, addresses with buildings and units, spread
// over the real division tree, with declarations, scan records and stays over the last days. Colors come
// from the policy engine like any other change; everything is one transaction.
class DemoPopulator
{
public:
    struct Options
    {
        qint64 holders = 1000;
        quint64 seed = 1;
        int days = 30;                // history span for declarations, scans and stays
        double scansPerDay = 0.3;     // per holder
        QString focusDivision;        // put a share of the holders under this division (benchmarks)
        double focusShare = 0.0;
        double arrivalShare = 0.02;   // arrivals from another province within the span
        double feverShare = 0.003;    // fever-clinic visits
        // Homes inside the communities and buildings the shipped national lists name (their address starts
        // with the community's name), so that importing those lists has residents to reconcile.
        double communityShare = 0.05;
    };
    struct Report
    {
        qint64 holders = 0;
        qint64 declarations = 0;
        qint64 scans = 0;
        qint64 conditions = 0;
        std::array<qint64, 4> colors{};
    };
    using Progress = std::function<bool(int percent)>;

    DemoPopulator(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}
    // Phases: making the holders (done / total), building the indexes, residents of the areas in force.
    Result<Report> populate(const Options &o, const QString &actor, AuditLog &audit, const ProgressFn &progress = {});
    Result<Report> populate(const Options &o, const QString &actor, AuditLog &audit, const Progress &percent);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
