#include "Workspace.h"

#include <QCoreApplication>

namespace hc {

Workspace::Workspace(const QString &dbPath, std::unique_ptr<Clock> clock)
    : m_db(dbPath.isEmpty() ? Database::defaultPath() : dbPath), m_clock(std::move(clock))
{
}

Status Workspace::open()
{
    return m_db.open();
}

Status Workspace::signIn(const QString &username, const QString &password)
{
    auto r = accounts().authenticate(username, password);
    if (!r)
        return r.error();
    m_user = r.value();
    return Ok{};
}

Result<Account> Workspace::createFirstAdmin(const QString &username, const QString &password,
                                            const QString &displayName)
{
    if (accounts().hasAccounts())
        return Error::refused(QCoreApplication::translate("hc::Workspace", "This database already has an administrator."));
    AuditLog log = audit();
    auto r = accounts().create(username, displayName, password, true, username, log);
    if (r)
        m_user = r.value();
    return r;
}

Result<QString> Workspace::actor() const
{
    if (!m_user)
        return Error::refused(QCoreApplication::translate("hc::Workspace", "Sign in first: every change is attributed to an official."));
    return m_user->username;
}

Result<Official> Workspace::official() const
{
    const auto a = actor();
    if (!a)
        return a.error();
    return authorizer().official(a.value());
}

} // namespace hc
