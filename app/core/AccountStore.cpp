#include "AccountStore.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"

#include <QCoreApplication>
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

Status AccountStore::checkPassword(const QString &password)
{
    if (password.size() < 8)
        return Error::badInput(tr("A password needs at least 8 characters."));
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
    if (Status s = checkPassword(password); !s)
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
    const QByteArray salt = crypto::randomBytes(16);
    const QByteArray hash = crypto::pbkdf2Sha256(password.toUtf8(), salt, iterations, 32);
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO account(username, display_name, salt, hash, iterations, is_admin, created_at)"
                               " VALUES(?,?,?,?,?,?,?)"));
    ins.addBindValue(username);
    ins.addBindValue(displayName.isEmpty() ? username : displayName);
    ins.addBindValue(salt);
    ins.addBindValue(hash);
    ins.addBindValue(iterations);
    ins.addBindValue(admin ? 1 : 0);
    ins.addBindValue(m_clock.now().toSecsSinceEpoch());
    if (Status s = exec(ins); !s)
        return s.error();
    Account a{ins.lastInsertId().toLongLong(), username, displayName.isEmpty() ? username : displayName, admin};
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
    q.prepare(QStringLiteral("SELECT id, display_name, salt, hash, iterations, is_admin, disabled FROM account"
                             " WHERE username = ?"));
    q.addBindValue(username);
    if (Status s = exec(q); !s)
        return s.error();
    const Error wrong = Error::refused(tr("Wrong user name or password."));
    if (!q.next()) {
        // Spend the same time as a real check so that timing does not reveal which names exist.
        crypto::pbkdf2Sha256(password.toUtf8(), QByteArray(16, 'x'), kDefaultIterations, 32);
        return wrong;
    }
    const QByteArray hash = crypto::pbkdf2Sha256(password.toUtf8(), q.value(2).toByteArray(), q.value(4).toInt(), 32);
    if (!crypto::constantTimeEquals(hash, q.value(3).toByteArray()))
        return wrong;
    if (q.value(6).toBool())
        return Error::refused(tr("The account %1 is disabled.").arg(username));
    return Account{q.value(0).toLongLong(), username, q.value(1).toString(), q.value(5).toBool()};
}

} // namespace hc
