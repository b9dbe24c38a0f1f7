#include "StateVerifier.h"
#include "StreamQuery.h"

#include "Clock.h"
#include "Database.h"
#include "HolderScan.h"
#include "PolicyEngine.h"
#include "PolicyStore.h"
#include "Roles.h"
#include "SqlDialect.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <map>

namespace hc {

namespace {

struct Replayed
{
    QSet<QString> roles;
    QString jurisdiction;
    bool locked = false;
    qint64 entry = 0; // the last entry that set it
};

QString joined(const QSet<QString> &s)
{
    QStringList l(s.begin(), s.end());
    l.sort();
    return l.isEmpty() ? QStringLiteral("-") : l.join(QLatin1Char(','));
}

} // namespace

QJsonObject StateVerdict::toJson() const
{
    QJsonObject o{{QStringLiteral("consistent"), consistent},
                  {QStringLiteral("accounts"), accounts},
                  {QStringLiteral("holders"), holders},
                  {QStringLiteral("due_holders"), dueHolders}};
    if (!consistent)
        o.insert(QStringLiteral("first_mismatch"), firstMismatch);
    return o;
}

Result<StateVerdict> StateVerifier::verify(const ProgressFn &progress) const
{
    StateVerdict v;
    if (Status s = verifyAccounts(v); !s)
        return s.error();
    if (v.consistent)
        if (Status s = verifyHolders(v, progress); !s)
            return s.error();
    return v;
}

Status StateVerifier::verifyAccounts(StateVerdict &v) const
{
    QHash<QString, Replayed> replayed;
    QSqlQuery q(m_db);
    sql::stream(q);
    if (!q.exec(QStringLiteral("SELECT id, action, object, after FROM audit_log WHERE action IN"
                               " ('account.create', 'account.roles', 'account.lock', 'account.unlock') ORDER BY id")))
        return sqlError(q.lastError(), q.lastQuery(), m_db.driver());
    while (q.next()) {
        const QString object = q.value(2).toString();
        if (!object.startsWith(QLatin1String("account:")))
            continue;
        const QString name = object.mid(8);
        const QString action = q.value(1).toString();
        const QJsonObject after = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        Replayed &r = replayed[name];
        r.entry = q.value(0).toLongLong();
        if (action == QLatin1String("account.create")) {
            r = Replayed{};
            r.entry = q.value(0).toLongLong();
            if (after.value(QStringLiteral("admin")).toBool())
                r.roles.insert(QStringLiteral("administrator"));
        } else if (action == QLatin1String("account.roles")) {
            r.roles.clear();
            for (const QJsonValue &role : after.value(QStringLiteral("roles")).toArray())
                r.roles.insert(role.toString());
            r.jurisdiction = after.value(QStringLiteral("jurisdiction")).toString();
        } else {
            r.locked = action == QLatin1String("account.lock");
        }
    }
    q.finish();

    QSqlQuery a(m_db);
    sql::stream(a);
    if (!a.exec(sql::portable(m_db, QStringLiteral("SELECT a.id, a.username, a.jurisdiction, a.is_admin, a.disabled,"
                                                   " a.locked_at IS NOT NULL, (SELECT group_concat(role, ',')"
                                                   " FROM account_role r WHERE r.account_id = a.id) FROM account a ORDER BY a.id"))))
        return sqlError(a.lastError(), a.lastQuery(), m_db.driver());
    while (a.next()) {
        ++v.accounts;
        const QString name = a.value(1).toString();
        const auto it = replayed.constFind(name);
        QString problem;
        QSet<QString> roles;
        for (const QString &r : a.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            roles.insert(r);
        if (it == replayed.cend()) {
            problem = tr("the account %1 exists, but no audit entry created it").arg(name);
        } else if (roles != it->roles) {
            problem = tr("the account %1 holds the roles %2, but its audit entries (the last is %3) give %4")
                          .arg(name, joined(roles))
                          .arg(it->entry)
                          .arg(joined(it->roles));
        } else if (a.value(2).toString() != it->jurisdiction) {
            problem = tr("the account %1 has the jurisdiction \"%2\", but its audit entries (the last is %3) give \"%4\"")
                          .arg(name, a.value(2).toString())
                          .arg(it->entry)
                          .arg(it->jurisdiction);
        } else if (a.value(3).toBool() != roles.contains(QStringLiteral("administrator"))) {
            problem = tr("the account %1's administrator flag does not match its roles").arg(name);
        } else if (a.value(4).toBool()) {
            problem = tr("the account %1 is disabled, and no audit entry disabled it").arg(name);
        } else if (a.value(5).toBool() != it->locked) {
            problem = it->locked ? tr("the account %1 was locked (audited), but is not locked now, and no audit entry unlocked it").arg(name)
                                 : tr("the account %1 is locked, but no audit entry locked it").arg(name);
        }
        if (!problem.isEmpty()) {
            v.consistent = false;
            v.firstMismatch = problem;
            return Ok{};
        }
    }
    return Ok{};
}

Status StateVerifier::verifyHolders(StateVerdict &v, const ProgressFn &progress) const
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    ProgressThrottle step(progress);
    const QString phase = tr("Checking each holder's color");
    qint64 total = 0;
    {
        QSqlQuery c(m_db);
        if (c.exec(QStringLiteral("SELECT COUNT(*) FROM holder")) && c.next())
            total = c.value(0).toLongLong();
    }
    // 1. The stored color is the one the holder's history last recorded.
    {
        StreamQuery q(m_db); // every holder, a page at a time
        if (Status s = q.exec(QStringLiteral("SELECT h.id, h.color, (SELECT x.color_after FROM holder_history x WHERE x.holder_id = h.id"
                                             " ORDER BY x.id DESC LIMIT 1) FROM holder h ORDER BY h.id"));
            !s)
            return s;
        qint64 done = 0;
        while (q.next()) {
            if ((++done & 0xffff) == 0 && !step({phase, done, 2 * total, int(50 * done / std::max<qint64>(1, total))}))
                return Error::refused(tr("The check was cancelled."));
            if (q.value(2).isNull() || q.value(1).toInt() != q.value(2).toInt()) {
                v.consistent = false;
                v.firstMismatch = q.value(2).isNull()
                                      ? tr("holder %1 has a color but no history that recorded one").arg(q.value(0).toLongLong())
                                      : tr("holder %1's color (%2) is not the last one its history recorded (%3)")
                                            .arg(q.value(0).toLongLong())
                                            .arg(policy::colorKey(policy::Color(q.value(1).toInt())),
                                                 policy::colorKey(policy::Color(q.value(2).toInt())));
                return Ok{};
            }
        }
    }
    // 2. The policy gives that color to the holder's conditions and declaration: now, or for a holder the time-passing
    // update has not reached yet, at the last second before its next change (the stored color holds until then).
    std::map<int, std::unique_ptr<policy::PolicyEngine>> engines; // by policy version
    const auto engineAt = [&](qint64 t) -> const policy::PolicyEngine & {
        policy::Policy p = PolicyStore(m_db).inForce(t);
        auto &slot = engines[p.version];
        if (!slot)
            slot = std::make_unique<policy::PolicyEngine>(std::move(p));
        return *slot;
    };
    qint64 due = 0;
    qint64 earliestDue = now;
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT COUNT(*), MIN(next_change_at) FROM holder WHERE next_change_at <= %1").arg(now)) && q.next()) {
            due = q.value(0).toLongLong();
            if (!q.value(1).isNull())
                earliestDue = q.value(1).toLongLong();
        }
    }
    qint64 done = total;
    const auto check = [&](HolderScan::Row &row, qint64 at) -> Status {
        if ((++done & 0xffff) == 0 && !step({phase, done, 2 * total, int(50 * done / std::max<qint64>(1, total))}))
            return Error::refused(tr("The check was cancelled."));
        ++v.holders;
        const policy::Evaluation e = engineAt(at).evaluateRange(row.conditions, row.holder.lastDeclarationAt.value_or(policy::kNoDeclaration), at);
        if (e.color != row.holder.color) {
            v.consistent = false;
            v.firstMismatch = tr("holder %1 is %2, but the policy gives %3 to their conditions and declaration")
                                  .arg(row.holder.id)
                                  .arg(policy::colorKey(row.holder.color), policy::colorKey(e.color));
            return Error::refused(v.firstMismatch); // stops the scan; not an error of the check
        }
        return Ok{};
    };
    HolderScan current(m_db, now, QStringLiteral("(h.next_change_at IS NULL OR h.next_change_at > ?)"), {now}, QStringLiteral("h.id"));
    if (Status s = current.run([&](HolderScan::Row &row) { return check(row, now); }); !s && v.consistent)
        return s;
    if (!v.consistent)
        return Ok{};
    if (due > 0) {
        v.dueHolders = due;
        // Conditions live at the earliest of those moments: a superset of what each holder needs.
        HolderScan pending(m_db, earliestDue - 1, QStringLiteral("h.next_change_at <= ?"), {now}, QStringLiteral("h.id"));
        if (Status s = pending.run([&](HolderScan::Row &row) { return check(row, *row.holder.nextChangeAt - 1); }); !s && v.consistent)
            return s;
    }
    return Ok{};
}

} // namespace hc
