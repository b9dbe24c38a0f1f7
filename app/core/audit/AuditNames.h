#pragma once
#include "OfficialNames.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace hc {

// What audit entries refer to, by the names officials know (issue 18): holders masked ("张*三（3703**********1234）"),
// divisions by name, case batches by their case references, approvals by kind and summary, risk-area declarations
// in words, officials by display name. A page of entries is resolved at once, one query per kind for the references
// not known yet; nothing is read per painted row.
class AuditNames final
{
    Q_DECLARE_TR_FUNCTIONS(hc::AuditNames)
public:
    struct Wanted
    {
        QSet<qint64> holders;
        QSet<QString> divisions;
        QSet<qint64> batches;
        QSet<qint64> approvals;
        QSet<qint64> periods; // risk_period ids
        bool isEmpty() const
        {
            return holders.isEmpty() && divisions.isEmpty() && batches.isEmpty() && approvals.isEmpty() && periods.isEmpty();
        }
    };
    struct Batch
    {
        QString kind; // "cases" / "verifications"
        QString fileName;
        QString firstCase; // the smallest case reference of a case report
        int cases = 0;     // distinct case references
    };
    struct Approval
    {
        QString kind;
        QString summary;
        QString status;
    };

    // Forgets what was resolved and reads the officials again (with a reload of the rows).
    void reset(const QSqlDatabase &db);
    void resolve(const QSqlDatabase &db, Wanted wanted);

    // "张*三（3703**********1234）"; empty when the holder is not known.
    QString holder(qint64 id) const { return m_holders.value(id); }
    // "淄博市张店区" (the parent's name before a county, street or community); empty when the code is not in the tree.
    QString division(const QString &code) const;
    std::optional<Batch> batch(qint64 id) const { return m_batches.value(id); }
    std::optional<Approval> approval(qint64 id) const { return m_approvals.value(id); }
    // "高风险区 张店区 3号楼2单元，自 2022-11-01 20:00"; empty when unknown.
    QString period(qint64 id) const { return m_periods.value(id); }
    const OfficialNames &officials() const { return m_officials; }

    // The objects a text typed in the audit filter names by what officials see (issue 18): officials by display name,
    // divisions by name (their risk areas and exports, streets included, as prefixes), holders by name prefix or ID
    // number, case batches by a case reference, approvals by their summary. Bounded: at most kMaxNamed of each kind.
    struct Named
    {
        QStringList objects;
        QStringList prefixes;
        bool isEmpty() const { return objects.isEmpty() && prefixes.isEmpty(); }
    };
    static constexpr int kMaxNamed = 50;
    Named objectsNamed(const QSqlDatabase &db, const QString &text) const;

    // The codes tried for a division written with trailing zeros ("370303000000" → "370303").
    static QStringList divisionCandidates(const QString &code);

private:
    void resolveDivisions(const QSqlDatabase &db, const QSet<QString> &codes);

    OfficialNames m_officials;
    // What was asked for is kept, found or not (empty, nullopt), and not asked again.
    QHash<qint64, QString> m_holders;
    QHash<QString, std::optional<std::pair<QString, QString>>> m_divisions; // code → (name, parent code)
    QHash<qint64, std::optional<Batch>> m_batches;
    QHash<qint64, std::optional<Approval>> m_approvals;
    QHash<qint64, QString> m_periods;
};

} // namespace hc
