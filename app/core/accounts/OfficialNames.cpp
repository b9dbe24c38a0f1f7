#include "OfficialNames.h"

#include <QSqlQuery>

namespace hc {

void OfficialNames::reload(const QSqlDatabase &db)
{
    m_names.clear();
    m_shared.clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT username, display_name FROM account")))
        return;
    QSet<QString> seen;
    while (q.next()) {
        const QString login = q.value(0).toString();
        QString display = q.value(1).toString().trimmed();
        if (display.isEmpty())
            display = login;
        m_names.insert(login, display);
        if (seen.contains(display))
            m_shared.insert(display);
        seen.insert(display);
    }
}

std::optional<QString> OfficialNames::nonOfficial(const QString &login)
{
    if (login == QLatin1String("system"))
        return tr("System");
    if (login == QLatin1String("platform") || login == QLatin1String("platform:platform"))
        return tr("National platform");
    if (login.startsWith(QLatin1String("platform:")))
        return tr("Platform (%1)").arg(login.mid(9));
    return std::nullopt;
}

QString OfficialNames::name(const QString &login) const
{
    if (login.isEmpty())
        return {};
    const auto it = m_names.constFind(login);
    if (it == m_names.cend())
        return nonOfficial(login).value_or(login);
    if (*it == login || !m_shared.contains(*it))
        return *it;
    return QStringLiteral("%1 (%2)").arg(*it, login);
}

QString OfficialNames::precise(const QString &login) const
{
    const auto it = m_names.constFind(login);
    if (it == m_names.cend() || *it == login)
        return name(login);
    return QStringLiteral("%1 (%2)").arg(*it, login);
}

QStringList OfficialNames::loginsMatching(const QString &text) const
{
    QStringList out;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        if (it.key().contains(text, Qt::CaseInsensitive) || it.value().contains(text, Qt::CaseInsensitive))
            out << it.key();
    out.sort();
    return out;
}

} // namespace hc
