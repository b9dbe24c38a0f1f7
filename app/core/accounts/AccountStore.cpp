#include "AccountStore.h"
#include "Authorizer.h"
#include "DivisionCode.h"
#include "AuditLog.h"
#include "ApprovalService.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace hc {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("hc::AccountStore", s);
}
} // namespace

Status AccountStore::checkUsername(const QString &username)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (!re.match(username).hasMatch())
        return Error::badInput(tr("A user name has 2 to 32 letters, digits, '.', '_' or '-'."));
    return Ok{};
}

Status AccountStore::checkPassword(const QString &password, const QString &username)
{
    if (password.size() < 10)
        return Error::badInput(tr("A password needs at least 10 characters."));
    int classes = 0;
    classes += std::any_of(password.begin(), password.end(), [](QChar c) { return c.isLetter(); });
    classes += std::any_of(password.begin(), password.end(), [](QChar c) { return c.isDigit(); });
    classes += std::any_of(password.begin(), password.end(), [](QChar c) { return !c.isLetterOrNumber(); });
    if (classes < 2)
        return Error::badInput(tr("A password needs two kinds of characters: letters, digits or symbols."));
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        return Error::badInput(tr("A password must not contain the user name."));
    return Ok{};
}

bool AccountStore::hasAccounts() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM account LIMIT 1")) && q.next();
}

Result<Account> AccountStore::create(const QString &username, const QString &displayName, const QString &password,
                                     bool admin, const QString &actor, AuditLog &audit, int iterations)
{
    if (Status s = checkUsername(username); !s)
        return s.error();
    if (Status s = checkPassword(password, username); !s)
        return s.error();
    Transaction tx(m_db);
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM account WHERE username = ?"));
        q.addBindValue(username);
        if (Status s = exec(q); !s)
            return s.error();
        if (q.next())
            return Error::refused(tr("The user %1 already exists.").arg(username));
    }
    if (!hasAccounts() && !admin)
        return Error::refused(tr("The first account must be an administrator."));
    if (admin && administrators() >= 2)
        return Error::refused(tr("Making %1 an administrator needs a second administrator's approval: create the account "
                                 "without roles, then request the administrator role.")
                                  .arg(username));
    const QByteArray salt = crypto::randomBytes(16);
    const QByteArray hash = crypto::pbkdf2Sha256(password.toUtf8(), salt, iterations, 32);
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO account(username, display_name, salt, hash, iterations, is_admin, created_at)"
                               " VALUES(?,?,?,?,?,?,?) RETURNING id"));
    ins.addBindValue(username);
    ins.addBindValue(displayName.isEmpty() ? username : displayName);
    ins.addBindValue(salt);
    ins.addBindValue(hash);
    ins.addBindValue(iterations);
    ins.addBindValue(admin ? 1 : 0);
    ins.addBindValue(m_clock.now().toSecsSinceEpoch());
    if (Status s = exec(ins); !s)
        return s.error();
    if (!ins.next())
        return Error::internal(QStringLiteral("INSERT INTO account returned no id"));
    Account a{ins.value(0).toLongLong(), username, displayName.isEmpty() ? username : displayName, admin};
    ins.finish();
    if (admin) {
        QSqlQuery role(m_db);
        role.prepare(QStringLiteral("INSERT INTO account_role VALUES (?, 'administrator')"));
        role.addBindValue(a.id);
        if (Status s = exec(role); !s)
            return s.error();
    }
    const QJsonObject after{{QStringLiteral("username"), username},
                            {QStringLiteral("display_name"), a.displayName},
                            {QStringLiteral("admin"), admin}};
    if (Status s = audit.append(actor.isEmpty() ? username : actor, QStringLiteral("account.create"),
                                QStringLiteral("account:") + username, {}, after);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return a;
}

Result<Account> AccountStore::authenticate(const QString &username, const QString &password) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, display_name, salt, hash, iterations, is_admin, disabled, locked_at, failed_logins"
                             " FROM account WHERE username = ?"));
    q.addBindValue(username);
    if (Status s = exec(q); !s)
        return s.error();
    const Error wrong = Error::refused(tr("Wrong user name or password."));
    if (!q.next()) {
        // Spend the same time as a real check so that timing does not reveal which names exist.
        crypto::pbkdf2Sha256(password.toUtf8(), QByteArray(16, 'x'), kDefaultIterations, 32);
        return wrong;
    }
    const qint64 id = q.value(0).toLongLong();
    if (!q.value(7).isNull())
        return Error::refused(tr("The account %1 is locked after repeated failed sign-ins; an administrator must unlock it.")
                                  .arg(username));
    const QByteArray hash = crypto::pbkdf2Sha256(password.toUtf8(), q.value(2).toByteArray(), q.value(4).toInt(), 32);
    const bool right = crypto::constantTimeEquals(hash, q.value(3).toByteArray());
    const QString displayName = q.value(1).toString();
    const bool admin = q.value(5).toBool();
    const bool disabled = q.value(6).toBool();
    const int seen = q.value(8).toInt();
    q.finish(); // its read snapshot would keep the write lock from being taken (SQLITE_BUSY_SNAPSHOT)
    // The right password with no failure to clear writes nothing: no lock (a read-only command never waits).
    if (right && seen == 0) {
        if (disabled)
            return Error::refused(tr("The account %1 is disabled.").arg(username));
        return Account{id, username, displayName, admin};
    }
    // The counter and the lock are read and written under the write lock: parallel wrong passwords each count,
    // and a right one that comes after the lock (taken meanwhile by another process) is refused.
    Transaction tx(m_db);
    QSqlQuery c(m_db);
    c.prepare(QStringLiteral("SELECT failed_logins, locked_at FROM account WHERE id = ?"));
    c.addBindValue(id);
    if (Status s = exec(c); !s)
        return s.error();
    if (!c.next())
        return wrong;
    if (!c.value(1).isNull())
        return Error::refused(tr("The account %1 is locked after repeated failed sign-ins; an administrator must unlock it.")
                                  .arg(username));
    const int before = c.value(0).toInt();
    if (!right) {
        // Count the failure; the kMaxFailures-th locks the account, with its audit entry, in one transaction.
        const int failures = before + 1;
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE account SET failed_logins = ?, locked_at = ? WHERE id = ?"));
        u.addBindValue(failures);
        u.addBindValue(failures >= kMaxFailures ? QVariant(m_clock.now().toSecsSinceEpoch()) : QVariant());
        u.addBindValue(id);
        if (Status s = exec(u); !s)
            return s.error();
        if (failures >= kMaxFailures) {
            AuditLog audit(m_db, m_clock);
            if (Status s = audit.append(QStringLiteral("system"), QStringLiteral("account.lock"), QStringLiteral("account:") + username,
                                        {}, {{QStringLiteral("failed_logins"), failures}});
                !s)
                return s.error();
        }
        // A failure that cannot be counted is not reported as a mere wrong password.
        if (Status s = tx.commit(); !s)
            return s.error();
        if (failures >= kMaxFailures)
            return Error::refused(tr("Wrong password; the account %1 is now locked after %2 failed sign-ins.")
                                      .arg(username)
                                      .arg(failures));
        return wrong;
    }
    if (disabled)
        return Error::refused(tr("The account %1 is disabled.").arg(username));
    if (before > 0) {
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE account SET failed_logins = 0 WHERE id = ?"));
        u.addBindValue(id);
        if (Status s = exec(u); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    return Account{id, username, displayName, admin};
}

QList<AccountStore::Listed> AccountStore::officials() const
{
    QList<Listed> out;
    QSqlQuery q(m_db);
    if (!q.exec(sql::portable(m_db, QStringLiteral("SELECT a.id, a.username, a.display_name, a.jurisdiction, a.locked_at IS NOT NULL,"
                                                   " a.disabled, (SELECT group_concat(role, ',') FROM account_role r"
                                                   " WHERE r.account_id = a.id) FROM account a ORDER BY a.username"))))
        return out;
    while (q.next()) {
        Listed l;
        l.official.id = q.value(0).toLongLong();
        l.official.username = q.value(1).toString();
        l.official.displayName = q.value(2).toString();
        l.official.jurisdiction = q.value(3).toString();
        l.locked = q.value(4).toBool();
        l.disabled = q.value(5).toBool();
        l.official.roles = roleSetFromKeys(q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
        out << l;
    }
    return out;
}

Status AccountStore::unlock(const QString &username, const QString &actor, AuditLog &audit)
{
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::ManageAccounts, {}, QStringLiteral("account.unlock"),
                                                   QStringLiteral("account:") + username, audit);
        !s)
        return s;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE account SET locked_at = NULL, failed_logins = 0 WHERE username = ? AND locked_at IS NOT NULL"));
    q.addBindValue(username);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::refused(tr("The account %1 is not locked.").arg(username));
    if (Status s = audit.append(actor, QStringLiteral("account.unlock"), QStringLiteral("account:") + username, {}, {}); !s)
        return s;
    return tx.commit();
}

Status AccountStore::changePassword(const QString &username, const QString &oldPassword, const QString &newPassword,
                                    AuditLog &audit)
{
    if (Status s = checkPassword(newPassword, username); !s)
        return s;
    if (oldPassword == newPassword)
        return Error::badInput(tr("The new password must differ from the old one."));
    if (const auto who = authenticate(username, oldPassword); !who)
        return who.error();
    const QByteArray salt = crypto::randomBytes(16);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE account SET salt = ?, hash = ?, iterations = ?, password_changed_at = ? WHERE username = ?"));
    q.addBindValue(salt);
    q.addBindValue(crypto::pbkdf2Sha256(newPassword.toUtf8(), salt, kDefaultIterations, 32));
    q.addBindValue(kDefaultIterations);
    q.addBindValue(m_clock.now().toSecsSinceEpoch());
    q.addBindValue(username);
    if (Status s = exec(q); !s)
        return s;
    if (Status s = audit.append(username, QStringLiteral("account.password"), QStringLiteral("account:") + username, {}, {}); !s)
        return s;
    return tx.commit();
}

int AccountStore::administrators() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id"
                                 " WHERE r.role = 'administrator' AND a.disabled = 0"))
                   && q.next()
               ? q.value(0).toInt()
               : 0;
}

bool AccountStore::administratorNeedsApproval(const QString &username) const
{
    const auto who = Authorizer(m_db).official(username);
    if (who && who->has(Role::Administrator))
        return false; // already one: nothing is granted
    // The first administrator appoints the second alone (there is no one else to approve); from two on, four eyes.
    return administrators() >= 2;
}

Status AccountStore::setRoles(const QString &username, RoleSet roles, const QString &jurisdiction, const QString &actor,
                              AuditLog &audit)
{
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::ManageAccounts, {}, QStringLiteral("account.roles"),
                                                   QStringLiteral("account:") + username, audit);
        !s)
        return s;
    const bool admin = roles & (1u << unsigned(Role::Administrator));
    // Separation of duties (issue 16): an administrator who could also approve, reveal or read the audit log could
    // grant itself any power, use it and drop it again.
    if (admin && roles != RoleSet(1u << unsigned(Role::Administrator)))
        return Error::badInput(tr("An administrator holds no operational role (separation of duties): give %1 either the "
                                  "administrator role alone or operational roles. An official who needs both uses two accounts.")
                                   .arg(username));
    QString scope = jurisdiction.trimmed();
    if (!scope.isEmpty()) {
        const auto code = divcode::normalise(scope);
        if (!code)
            return Error::badInput(tr("The jurisdiction must be a division code (2, 4, 6, 9 or 12 digits), or empty for the whole country."));
        scope = *code;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, locked_at FROM account WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return Error::badInput(tr("No official %1.").arg(username));
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // an open read would keep the write lock from being taken
    // An administrator cannot take the last administrator role away (the console would have no way back).
    if (username == actor && !admin)
        return Error::refused(tr("You cannot remove your own administrator role."));
    Transaction tx(m_db);
    // Under the write lock: the actor may have lost the role meanwhile (two administrators removing each other).
    if (Status s = Authorizer(m_db).require(actor, Permission::ManageAccounts); !s)
        return s;
    if (admin && administratorNeedsApproval(username))
        return Error::refused(tr("Making %1 an administrator needs a second administrator's approval: file the request "
                                 "(hcctl user roles %1 --roles administrator files it; the 账户 pane does too).")
                                  .arg(username));
    if (Status s = writeRoles(id, username, roles, admin ? QString() : scope, actor, {}, audit); !s)
        return s;
    return tx.commit();
}

Status AccountStore::writeRoles(qint64 id, const QString &username, RoleSet roles, const QString &scope, const QString &actor,
                                const QJsonObject &extra, AuditLog &audit)
{
    const auto before = Authorizer(m_db).official(username);
    QSqlQuery d(m_db);
    d.prepare(QStringLiteral("DELETE FROM account_role WHERE account_id = ?"));
    d.addBindValue(id);
    if (Status s = exec(d); !s)
        return s;
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO account_role VALUES (?, ?)"));
    for (const QString &k : roleKeys(roles)) {
        ins.bindValue(0, id);
        ins.bindValue(1, k);
        if (Status s = exec(ins); !s)
            return s;
    }
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE account SET jurisdiction = ?, is_admin = ? WHERE id = ?"));
    u.addBindValue(text(scope));
    u.addBindValue((roles & (1u << unsigned(Role::Administrator))) ? 1 : 0);
    u.addBindValue(id);
    if (Status s = exec(u); !s)
        return s;
    if (administrators() == 0)
        return Error::refused(tr("This change would leave no administrator; nothing was changed."));
    QJsonObject b;
    if (before)
        b = {{QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys(before->roles))},
             {QStringLiteral("jurisdiction"), before->jurisdiction}};
    QJsonObject after{{QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys(roles))}, {QStringLiteral("jurisdiction"), scope}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        after.insert(it.key(), it.value());
    return audit.append(actor, QStringLiteral("account.roles"), QStringLiteral("account:") + username, b, after);
}

Result<qint64> AccountStore::requestAdministrator(const QString &username, const QString &actor, AuditLog &audit)
{
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::ManageAccounts, {}, QStringLiteral("account.roles"),
                                                   QStringLiteral("account:") + username, audit);
        !s)
        return s.error();
    const auto who = Authorizer(m_db).official(username);
    if (!who)
        return who.error();
    if (who->has(Role::Administrator))
        return Error::refused(tr("%1 is already an administrator.").arg(username));
    QStringList roles;
    for (int i = 0; i < kRoleCount; ++i)
        if (who->has(Role(i)))
            roles << roleLabel(Role(i));
    // Record text for the approval queue.
    const QString summary = roles.isEmpty()
                                ? QStringLiteral("授予 %1（%2）系统管理员角色").arg(who->displayName, username)
                                : QStringLiteral("授予 %1（%2）系统管理员角色；其业务角色（%3）将被撤销（管理员不兼任业务角色）")
                                      .arg(who->displayName, username, roles.join(QStringLiteral("、")));
    return ApprovalService(m_db, m_clock)
        .request(QStringLiteral("account_admin"), QStringLiteral("account:") + username, QStringLiteral(""),
                 QJsonObject{{QStringLiteral("username"), username}}, summary, actor, audit);
}

Status AccountStore::applyAdministrator(const QJsonObject &payload, const QString &requester, const QString &approver,
                                        AuditLog &audit)
{
    const QString username = payload.value(QStringLiteral("username")).toString();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM account WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return Error::badInput(tr("No official %1.").arg(username));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return writeRoles(id, username, RoleSet(1u << unsigned(Role::Administrator)), {}, requester,
                      {{QStringLiteral("approvers"), QJsonArray{requester, approver}}}, audit);
}

} // namespace hc
