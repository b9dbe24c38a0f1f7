#include "ChangeWatcher.h"
#include "ConnectionCheck.h"
#include "Database.h"
#include "DriverHandles.h"
#include "ServerConnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QtConcurrent>
#include <libpq-fe.h>

namespace hc {

QString ChangeWatcher::processTag()
{
    static const QString tag = [] {
        QString host = QSysInfo::machineHostName().left(40);
        host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
        return host + QLatin1Char(':') + QString::number(QCoreApplication::applicationPid());
    }();
    return tag;
}

ChangeWatcher::ChangeWatcher(const Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_location(db.location())
{
    static QAtomicInt counter;
    m_name = QStringLiteral("hc-watch-%1").arg(counter.fetchAndAddRelaxed(1));
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kPollMs / 2);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeWatcher::changed);
    connect(&m_ping, &QFutureWatcherBase::finished, this, [this] {
        if (!m_ping.result() || !openWatch()) {
            QTimer::singleShot(kRetryMs, this, &ChangeWatcher::retry);
            return;
        }
        m_away = false;
        emit serverBack();
        emit changed(); // what the others did meanwhile
    });
}

ChangeWatcher::~ChangeWatcher()
{
    m_ping.waitForFinished();
    m_conn.close();
    m_conn = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void ChangeWatcher::start()
{
    if (!m_location.isPostgres()) {
        m_conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_conn.setDatabaseName(m_location.path);
        m_conn.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_conn.open();
        m_timer.start();
        poll();
        return;
    }
    if (!openWatch())
        lost(ConnectionCheck::failureWords(m_conn.lastError().text(), m_location));
    m_timer.start();
}

// A connection of its own that LISTENs: the Qt driver reads the notices off its socket in the event loop.
bool ChangeWatcher::openWatch()
{
    if (QSqlDatabase::contains(m_name)) {
        m_conn.close();
    } else {
        m_conn = addServerConnection(m_location, m_name);
        connect(m_conn.driver(), &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (payload.toString() != processTag() && !m_coalesce.isActive())
                        m_coalesce.start();
                });
    }
    if (!m_conn.open())
        return false;
    return m_conn.driver()->subscribeToNotification(QLatin1String(kChannel));
}

void ChangeWatcher::poll()
{
    if (!m_location.isPostgres()) {
        // data_version moves when another connection (another process, or this one's other threads) committed.
        QSqlQuery q(m_conn);
        if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next()) {
            const qint64 v = q.value(0).toLongLong();
            if (m_dataVersion >= 0 && v != m_dataVersion && !m_coalesce.isActive())
                m_coalesce.start();
            m_dataVersion = v;
        }
        return;
    }
    if (m_away)
        return;
    // Reading what the socket holds notices a server that closed it (restarted, killed) without waiting.
    PGconn *conn = pgConnection(m_conn);
    if (!conn || !PQconsumeInput(conn) || !PQconsumeInput(conn) || PQstatus(conn) != CONNECTION_OK)
        lost(ConnectionCheck::failureWords(conn ? QString::fromUtf8(PQerrorMessage(conn)) : QString(), m_location));
}

void ChangeWatcher::lost(const QString &words)
{
    if (!m_away) {
        m_away = true;
        emit serverLost(words);
    }
    retry();
}

// PQping off the GUI thread: a server on the far side of a dead network would hold it for connect_timeout.
void ChangeWatcher::retry()
{
    if (m_ping.isRunning())
        return;
    const DatabaseLocation where = m_location;
    m_ping.setFuture(QtConcurrent::run([where] {
        QString conninfo = QStringLiteral("host='%1' port=%2 dbname='%3' user='%4' connect_timeout=%5")
                               .arg(where.host)
                               .arg(where.port)
                               .arg(where.database, where.user)
                               .arg(ConnectionCheck::kTimeoutSeconds);
        if (!where.sslMode.isEmpty())
            conninfo += QStringLiteral(" sslmode=") + where.sslMode;
        if (!where.sslRootCert.isEmpty())
            conninfo += QStringLiteral(" sslrootcert='%1'").arg(where.sslRootCert);
        return PQping(conninfo.toUtf8().constData()) == PQPING_OK;
    }));
}

} // namespace hc
