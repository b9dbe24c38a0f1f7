#pragma once
#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace hc {

class Clock;

struct StateVerdict
{
    bool consistent = true;
    qint64 accounts = 0;      // accounts compared with their replayed audit entries
    qint64 holders = 0;       // holders whose color was explained
    qint64 dueHolders = 0;    // of those, due for the time-passing update: checked at the moment before it
    QString firstMismatch;    // a sentence naming the object and what differs
    QJsonObject toJson() const;
};

// The audit chain proves the log was not edited; it says nothing about the tables beside it. Someone who can write
// the database file can grant a role or turn a holder red without an entry (issue 16). This checks the state
// against what explains it:
// - accounts: roles, jurisdiction, the administrator flag and the lock, replayed from account.create / account.roles /
//   account.lock / account.unlock entries, must equal the tables (an account with no entry is a mismatch);
// - holders: the color must be the last one their history recorded, and the one the policy gives their conditions
//   and declaration now (or, for a holder due for `holders tick`, just before its next change).
// Stops at the first mismatch. Reads only.
class StateVerifier
{
    Q_DECLARE_TR_FUNCTIONS(hc::StateVerifier)
public:
    StateVerifier(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}
    Result<StateVerdict> verify(const ProgressFn &progress = {}) const;

private:
    Status verifyAccounts(StateVerdict &v) const;
    Status verifyHolders(StateVerdict &v, const ProgressFn &progress) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
