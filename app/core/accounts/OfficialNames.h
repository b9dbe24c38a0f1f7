#pragma once
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace hc {

// Officials by the names others know them by (issue 18): login → display name, read in one query from the account
// table and kept until reload(). A model reloads it with its rows; nothing queries per painted row.
class OfficialNames final
{
    Q_DECLARE_TR_FUNCTIONS(hc::OfficialNames)
public:
    OfficialNames() = default;
    explicit OfficialNames(const QSqlDatabase &db) { reload(db); }
    void reload(const QSqlDatabase &db);

    // The display name ("王主任"); "王主任 (wang)" when another official shares it; the console's and the platform's
    // own actors in words (系统, 全国平台); the login itself when there is no account; "" for no one.
    QString name(const QString &login) const;
    // Always naming the login too, where precision matters (the audit log): "王主任 (wang)"; as name() otherwise.
    QString precise(const QString &login) const;
    bool isKnown(const QString &login) const { return m_names.contains(login); }
    // Actors that are not officials: "system", the platform ("platform:…").
    static std::optional<QString> nonOfficial(const QString &login);
    // The logins whose display name or login contains the text (a filter typed by name).
    QStringList loginsMatching(const QString &text) const;
    qsizetype size() const { return m_names.size(); }

private:
    QHash<QString, QString> m_names; // login → display name
    QSet<QString> m_shared;          // display names two or more officials have
};

} // namespace hc
