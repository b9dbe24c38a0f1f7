#pragma once
#include "ColorUpdater.h"
#include "Commission.h"
#include "ConditionWriter.h"
#include "HolderScan.h"
#include "Progress.h"
#include "RiskLevel.h"

#include <QHash>
#include <vector>

namespace hc {

// Keeps each holder's residence conditions (resident_high / resident_medium) equal to what the risk periods
// say from a change time on: the home's level is the highest of every area containing it (SCENARIOS.md
// "Residence"). A level change ends the running condition and starts the next; a voided one stays voided
// until the level changes. Runs inside the caller's transaction and re-evaluates the holders it touches.
class ResidenceReconciler
{
public:
    // Deferred writes (Writes) only where each holder is reconciled once before finish(): reconcileAreas.
    ResidenceReconciler(QSqlDatabase db, const policy::PolicyEngine &engine, const QString &actor, qint64 now,
                        Commission commission, Writes writes = Writes::Immediate);

    // Holders living in the area (the division's subtree; under the sub-area when one is given).
    Status reconcileArea(const QString &division, const QString &subareaKey, qint64 changeTime);
    // Holders living in any of the areas, set-wise: their ids found in one statement per kind of area, the
    // areas loaded once, each holder reconciled once however many of the areas contain it.
    Status reconcileAreas(const QList<std::pair<QString, QString>> &areas, qint64 changeTime,
                          const ProgressFn &progress = {});
    Status reconcileHolder(qint64 holderId, qint64 changeTime);
    Status finish();
    // The highest level of the areas containing (division, address) from `from` on, as steps
    // (time, level from then on): what a stay is measured against.
    Result<std::vector<std::pair<qint64, RiskLevel>>> levelSteps(const QString &division, const QString &addressKey, qint64 from);
    // The same against areas loaded once (loadAllAreas): for bulk work over many stays.
    Status loadAllAreas(qint64 from) { return loadAreas({}, QStringLiteral(""), from); }
    std::vector<std::pair<qint64, RiskLevel>> stepsFor(const QString &division, const QString &addressKey, qint64 from) const;
    bool hasAreas() const { return !m_areas.empty(); }
    qint64 holdersChanged() const { return m_updater.changed(); }
    qint64 conditionsWritten() const { return m_written; }

    struct Period
    {
        qint64 id = 0;
        RiskLevel level = RiskLevel::Low;
        qint64 from = 0;
        qint64 to = policy::kOpen;
        QString basis;
        bool national = false;
    };
    struct Area
    {
        qint64 id = 0;
        QString division;
        QString subareaKey;
        std::vector<Period> periods;
    };
    struct Segment
    {
        RiskLevel level = RiskLevel::Low;
        qint64 start = 0;
        qint64 end = policy::kOpen;
        const Area *area = nullptr;
        const Period *period = nullptr;
    };
    // The home's level from `from` on, as maximal runs of one level (low runs omitted).
    static std::vector<Segment> segments(const std::vector<const Area *> &containing, qint64 from);

private:
    Status loadAreas(const QStringList &divisions, const QString &subtree, qint64 changeTime);
    std::vector<const Area *> containing(const QString &home, const QString &addressKey) const;
    Status reconcile(HolderScan::Row &row, qint64 changeTime);
    Status scan(const QString &where, const QVariantList &binds, qint64 changeTime);

    QSqlDatabase m_db;
    qint64 m_now;
    Commission m_commission;
    ColorUpdater m_updater;
    ConditionWriter m_writer;
    std::vector<Area> m_areas;
    QHash<QString, std::vector<int>> m_byDivision;
    QSet<QString> m_withSubareas; // divisions that have sub-area areas (their holders are not cached by division)
    QHash<QString, std::vector<Segment>> m_cache;
    qint64 m_written = 0;
};

// How reconcileResidences finds the residents: all changed areas at once (the default), or area by area
// (the former path, kept as the reference the tests compare the set-wise one with).
enum class ReconcileMode { SetWise, PerArea };

// After risk periods changed: reconciles the holders of each (division, sub-area key) from changeTime on,
// under the policy in force, inside the caller's transaction. Reports its phase with residents done / total; a cancel returns refused (the caller rolls back).
Status reconcileResidences(QSqlDatabase db, qint64 now, const QString &actor,
                           const QList<std::pair<QString, QString>> &areas, qint64 changeTime,
                           const ProgressFn &progress = {}, ReconcileMode mode = ReconcileMode::SetWise);

} // namespace hc
