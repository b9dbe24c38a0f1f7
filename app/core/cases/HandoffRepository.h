#pragma once
#include "Handoff.h"

#include <QSqlDatabase>

class QSqlQuery;

namespace hc {

// The hand-offs and their people as stored (both directions); writes run inside the caller's transaction.
class HandoffRepository
{
public:
    explicit HandoffRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> insert(const Handoff &h, const QList<HandoffPerson> &people);
    std::optional<Handoff> find(qint64 id) const;
    std::optional<Handoff> findByUuid(const QString &uuid) const;
    // Newest first; direction "" for both, state "" for any.
    QList<Handoff> list(const QString &direction, const QString &state, int limit = 500) const;
    QList<HandoffPerson> people(qint64 handoffId) const;
    QList<Handoff> ofBatch(qint64 batchId) const; // the hand-offs a case batch made (out)

    Status setPerson(qint64 handoffId, const HandoffPerson &p);
    Status setPeople(qint64 handoffId, const QList<HandoffPerson> &people); // several, one prepared statement
    // State and counts, only from `from` (the precondition, checked in the write): false when it was not in `from`.
    Result<bool> moveState(qint64 id, const QStringList &from, const QString &to);
    Status update(const Handoff &h); // answered/sent fields and counts as given

private:
    static Handoff read(const QSqlQuery &q);
    QList<Handoff> select(const QString &where, const QVariantList &binds, const QString &order) const;
    QSqlDatabase m_db;
};

} // namespace hc
