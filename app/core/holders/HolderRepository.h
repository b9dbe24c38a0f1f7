#pragma once
#include "Result.h"
#include "Holder.h"

#include <QSqlDatabase>
#include <array>
#include <vector>

namespace hc {

// The holders pane's filter. Rows come in the order of the index the filter uses (keyset paging):
// by ID number with an ID prefix, by name with a name prefix, else by home division.
struct HolderFilter
{
    QString divisionPrefix; // home at or below this division
    std::optional<policy::Color> color;
    QString idPrefix;   // the leading characters of the ID number (what a masked number shows)
    QString namePrefix;
    int limit = 200;

    enum class Order { Division, IdNumber, Name };
    Order order() const;
    // Keyset cursor: the sort key and id of the last row already shown.
    QString afterKey;
    qint64 afterId = 0;
    bool hasCursor = false;
    void continueAfter(const Holder &last);
};

struct ColorCounts
{
    std::array<qint64, 4> n{}; // indexed by policy::Color
    bool capped = false;       // counted up to kCountCap rows only
    qint64 total() const { return n[0] + n[1] + n[2] + n[3]; }
    qint64 of(policy::Color c) const { return n[size_t(c)]; }
    static constexpr qint64 kCountCap = 20000; // text prefixes count this many rows at most (< 300 ms on 10 M)
};

class HolderRepository
{
public:
    explicit HolderRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Holder> page(const HolderFilter &f) const;
    // Per color for the filter: exact from the per-county counts for a county or above, exact from the
    // (color, division) index below; with an ID or name prefix counted up to kCountCap rows.
    ColorCounts counts(const HolderFilter &f) const;

    // Holders living in a division (and below), or in its named sub-areas by address: the people a risk-area
    // declaration there reaches, as the four-eyes threshold and the approval's sentence count them.
    Result<qint64> residentsIn(const QString &divisionCode, const QStringList &subareas) const;

    std::optional<Holder> find(qint64 id) const;
    std::optional<Holder> findByIdNumber(IdType type, const QString &number) const;
    std::optional<Holder> findByCodeIdentity(const QByteArray &identity) const;
    qint64 count() const;

    QList<ConditionRecord> conditions(qint64 holderId) const; // all, voided ones too, oldest first
    QList<ConditionRecord> liveConditions(qint64 holderId) const; // not voided: what a change re-evaluates
    QList<HistoryEntry> history(qint64 holderId) const;
    // Declaration times (sorted) since `since`; with symptomFree only those declaring no symptoms.
    std::vector<qint64> declarationTimes(qint64 holderId, qint64 since, bool symptomFree) const;
    std::optional<qint64> lastDeclarationAt(qint64 holderId, qint64 atOrBefore) const;
    struct Binding
    {
        qint64 guardianId;
        qint64 dependentId;
        QString relation;
    };
    QList<Binding> bindings(qint64 holderId) const; // as guardian or as dependent

    static QString holderColumns(); // the SELECT list readHolder() expects, for table alias h
    static Holder readHolder(const class QSqlQuery &q, int first = 0);
    static QString conditionColumns(); // for table alias c
    static ConditionRecord readCondition(const class QSqlQuery &q, int first = 0);

private:
    std::optional<Holder> findWhere(const QString &where, const QVariantList &binds) const;
    QSqlDatabase m_db;
};

} // namespace hc
