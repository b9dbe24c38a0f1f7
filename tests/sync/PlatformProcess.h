#pragma once
// The real hc-platform (path in $HC_PLATFORM) as a child process on loopback, and read-only looks at its store.
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

namespace hctest {

inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

class PlatformProcess
{
public:
    PlatformProcess(QString dir, quint16 port) : m_dir(std::move(dir)), m_port(port) {}
    ~PlatformProcess() { kill(); }

    // `hc-platform --demo DIR --setup-only`: the key passphrases it prints, console-370303's first, then console-110105's.
    static QStringList createDemo(const QString &dir, quint16 port)
    {
        QProcess p;
        p.start(qEnvironmentVariable("HC_PLATFORM"),
                {QStringLiteral("--demo"), dir, QStringLiteral("--port"), QString::number(port), QStringLiteral("--setup-only")});
        p.waitForFinished(60000);
        QStringList passphrases;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
            if (line.contains("key passphrase"))
                passphrases.append(QString::fromLatin1(line.split(' ').last()));
        return passphrases;
    }

    bool start(const QStringList &extra = {})
    {
        kill();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(qEnvironmentVariable("HC_PLATFORM"),
                        QStringList{QStringLiteral("--dir"), m_dir, QStringLiteral("--port"), QString::number(m_port)} + extra);
        m_output.clear();
        for (int i = 0; i < 100; ++i) {
            m_process.waitForReadyRead(100);
            m_output += m_process.readAll();
            if (m_output.contains("listening on"))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    bool waitForExit(int ms) { return m_process.waitForFinished(ms); }
    QByteArray output() { return m_output + m_process.readAll(); }

    // One number from the platform's store (WAL: readable while the server runs).
    qint64 count(const QString &sql) const
    {
        const QString name = QUuid::createUuid().toString();
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir + QStringLiteral("/platform/platform.sqlite"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }
    qint64 events() const { return count(QStringLiteral("SELECT COUNT(*) FROM event")); }
    qint64 batches() const { return count(QStringLiteral("SELECT COUNT(*) FROM batch WHERE seq_to > 0")); }
    qint64 refused() const { return count(QStringLiteral("SELECT COUNT(*) FROM refused")); }
    // Exactly once: every console sequence number 1..n stored once, nothing else.
    bool exactlyOnce(const QString &consoleId, qint64 n) const
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM event WHERE console_id = '%1'").arg(consoleId)) == n
               && count(QStringLiteral("SELECT COUNT(DISTINCT seq) FROM event WHERE console_id = '%1'").arg(consoleId)) == n
               && count(QStringLiteral("SELECT MIN(seq) FROM event WHERE console_id = '%1'").arg(consoleId)) == (n ? 1 : 0)
               && count(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM event WHERE console_id = '%1'").arg(consoleId)) == n;
    }
    const QString &dir() const { return m_dir; }
    quint16 port() const { return m_port; }

private:
    QString m_dir;
    quint16 m_port;
    QProcess m_process;
    QByteArray m_output;
};

} // namespace hctest
