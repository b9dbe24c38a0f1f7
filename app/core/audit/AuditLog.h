#pragma once
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace hc {

class Clock;

struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString action;
    QString object;
    QString before; // compact JSON
    QString after;
    QString prevHash;
    QString hash;
};

struct AuditFilter
{
    QString actionPrefix; // "risk." …
    QString actor;
    QStringList actors;   // any of these, besides actor (a display name two officials share names both)
    QString text;         // contained in the object
    // What the text names besides (AuditNames::objectsNamed): an entry matches when its object contains the text, is
    // one of objects, or starts with one of objectPrefixes ("risk_area:370303" covers the county's streets too).
    QStringList objects;
    QStringList objectPrefixes;
    qint64 beforeId = 0;  // keyset paging, newest first; 0 = from the newest
    int limit = 200;
};

struct AuditVerdict
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadId = 0; // 0 when intact
    QString problem;
};

// Append-only, hash-chained log. append() must run inside the caller's transaction so that the change and
// its entry commit together.
class AuditLog final
{
public:
    AuditLog(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    Status append(const QString &actor, const QString &action, const QString &object, const QJsonObject &before,
                  const QJsonObject &after);
    AuditVerdict verify() const;
    // The chain from the first entry up to entry `upTo` (what an auditor checks for one entry); the head record is
    // checked too when upTo is the last entry.
    AuditVerdict verifyUpTo(qint64 upTo) const;
    std::optional<AuditEntry> entry(qint64 id) const;
    qint64 count() const; // entries in the log, as its head records them
    QList<AuditEntry> page(const AuditFilter &f) const;
    QStringList actions() const;

    static QString computeHash(const AuditEntry &e);
    static QString genesisHash();

private:
    AuditVerdict verifyChain(qint64 upTo) const; // 0: the whole chain and its head

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
