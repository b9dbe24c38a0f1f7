#pragma once
#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QtGlobal>
#include <cstdlib>
#include <libpq-fe.h>
#include <mutex>
#include <string>
#include <vector>

// The database a test runs on: an SQLite file in the test's folder, or, when the suite runs again on PostgreSQL
// (HC_TEST_DB=postgresql://…/hc_template, set by the CTest fixture), a fresh database copied from the migrated
// template on the private cluster. Tests name it through fresh() and open a raw connection through open().
namespace testdb {

inline QString serverTemplate()
{
    return qEnvironmentVariable("HC_TEST_DB");
}

inline bool isPostgres()
{
    return serverTemplate().startsWith(QLatin1String("postgresql://"));
}

// Every database a test made on the server is dropped when the test process ends (WITH (FORCE): connections the
// test left open are closed by the server), so the cluster holds only the running tests' databases, not the whole
// suite's (200 copies took 4.4 GB, and CI ran out of disk). Plain libpq at exit: Qt's SQL plugins may be gone.
struct Made
{
    std::mutex mutex;
    std::string conninfo; // the maintenance database `hc`
    std::vector<std::string> names;
};

inline Made &madeDatabases()
{
    static Made *m = new Made; // never destroyed: the atexit handler below uses it
    return *m;
}

inline void dropMade()
{
    Made &m = madeDatabases();
    const std::lock_guard lock(m.mutex);
    if (m.names.empty())
        return;
    PGconn *c = PQconnectdb(m.conninfo.c_str());
    if (PQstatus(c) == CONNECTION_OK) {
        for (const std::string &name : m.names)
            PQclear(PQexec(c, ("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").c_str()));
    }
    PQfinish(c);
    m.names.clear();
}

inline void remember(const QUrl &maintenance, const QString &name)
{
    Made &m = madeDatabases();
    const std::lock_guard lock(m.mutex);
    if (m.conninfo.empty()) {
        m.conninfo = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4 connect_timeout=5")
                         .arg(maintenance.host())
                         .arg(maintenance.port(5432))
                         .arg(maintenance.userName(), maintenance.path().mid(1))
                         .toStdString();
        std::atexit(dropMade);
    }
    m.names.push_back(name.toStdString());
}

// A raw Qt connection to a location (a path or a URI) under `name`, not yet opened: for a test's own checks.
inline QSqlDatabase connection(const QString &location, const QString &name)
{
    if (!location.startsWith(QLatin1String("postgresql://"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        return db;
    }
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1)); // the password: PGPASSFILE, as the fixture sets
    return db;
}

inline QSqlDatabase open(const QString &location, const QString &name)
{
    QSqlDatabase db = connection(location, name);
    db.open();
    return db;
}

// Takes the write lock as the program's transactions do (SQLite's BEGIN IMMEDIATE, the server's writer lock), until
// COMMIT or ROLLBACK on q.
inline bool holdWriterLock(QSqlQuery &q)
{
    if (q.driver() && qstrcmp(q.driver()->handle().typeName(), "pg_conn*") == 0)
        return q.exec(QStringLiteral("BEGIN")) && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1212374017)"));
    return q.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

// A new, empty (migrated) database for this test: `fileName` in dir on SQLite; on PostgreSQL a copy of the template
// whose name is derived from fileName, the process and a random number.
inline QString fresh(const QTemporaryDir &dir, const QString &fileName = QStringLiteral("t.sqlite"))
{
    if (!isPostgres())
        return dir.filePath(fileName);
    static QAtomicInt counter;
    QUrl url(serverTemplate());
    const QString templ = url.path().mid(1);
    QString base = fileName.section(QLatin1Char('.'), 0, 0).toLower();
    base.remove(QRegularExpression(QStringLiteral("[^a-z0-9_]")));
    const QString name = QStringLiteral("t_%1_%2_%3_%4")
                             .arg(base.left(20))
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1))
                             .arg(QRandomGenerator::global()->bounded(1000000));
    {
        url.setPath(QStringLiteral("/hc"));
        QSqlDatabase admin = open(url.toString(), QStringLiteral("testdb-admin"));
        QSqlQuery q(admin);
        // CREATE DATABASE … TEMPLATE fails while anyone else copies the same template: a few tries.
        bool made = false;
        for (int i = 0; i < 50 && !made; ++i) {
            made = q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templ));
            if (!made)
                QThread::msleep(100);
        }
        if (!made)
            qFatal("cannot create the test database %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
        remember(url, name);
        admin = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("testdb-admin"));
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

// A copy of the database at `from` (its file with -wal and -shm, or a server database as template), under fileName;
// empty on failure. Nobody may be connected to a server database while it is copied.
inline QString copy(const QString &from, const QTemporaryDir &dir, const QString &fileName)
{
    if (!from.startsWith(QLatin1String("postgresql://"))) {
        const QString to = dir.filePath(fileName);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(to + suffix);
            if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
                return {};
        }
        return to;
    }
    QUrl url(from);
    const QString source = url.path().mid(1);
    const QString name = source.left(40) + QStringLiteral("_c") + QString::number(QRandomGenerator::global()->bounded(1000000));
    bool made = false;
    {
        url.setPath(QStringLiteral("/hc"));
        QSqlDatabase admin = open(url.toString(), QStringLiteral("testdb-copy"));
        made = QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, source));
        if (made)
            remember(url, name);
        admin = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("testdb-copy"));
    url.setPath(QLatin1Char('/') + name);
    return made ? url.toString() : QString();
}

} // namespace testdb
