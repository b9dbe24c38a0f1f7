#pragma once
#include "DatabaseLocation.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace hc {

class Database;

// Tells a console that another one (or hcctl, or the sync of another desk) changed the shared data, so the
// panes show a new approval request, a ticket, a declared area within 2 s without a manual refresh: PostgreSQL's
// LISTEN/NOTIFY (every write transaction notifies at commit), or SQLite's data_version of the file. On the server
// it also watches the connection: when the server goes away it says so in words and tries again every 2 s.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)
public:
    static constexpr char kChannel[] = "hc_changes";
    static constexpr int kPollMs = 500;   // SQLite's data_version; the server's connection health
    static constexpr int kRetryMs = 2000; // a server that is away is asked again this often
    // What this process's transactions put in their notice, so that it does not refresh on its own changes.
    static QString processTag();

    explicit ChangeWatcher(const Database &db, QObject *parent = nullptr);
    ~ChangeWatcher() override;
    void start();
    bool serverAway() const { return m_away; }

signals:
    void changed();                        // at most once per kPollMs, after the changes stopped for it
    void serverLost(const QString &words); // the server does not answer; the console keeps trying
    void serverBack();

private:
    void poll();
    bool openWatch();
    void lost(const QString &words);
    void retry();

    const Database &m_db;
    DatabaseLocation m_location;
    QString m_name;
    QSqlDatabase m_conn;
    QTimer m_timer;
    QTimer m_coalesce;
    qint64 m_dataVersion = -1;
    bool m_away = false;
    QFutureWatcher<bool> m_ping;
};

} // namespace hc
