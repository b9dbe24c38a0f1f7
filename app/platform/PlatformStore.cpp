#include "PlatformStore.h"

#include "BulkInsert.h"
#include "Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hc::platform {

namespace {

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS console_head(console_id TEXT PRIMARY KEY, province TEXT NOT NULL,"
    " highest_seq INTEGER NOT NULL, last_hash TEXT NOT NULL, last_batch TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS batch(batch_id TEXT PRIMARY KEY, console_id TEXT NOT NULL, seq_from INTEGER NOT NULL,"
    " seq_to INTEGER NOT NULL, sha256 TEXT NOT NULL, content_type TEXT NOT NULL, body BLOB NOT NULL,"
    " received_at INTEGER NOT NULL, receipt BLOB NOT NULL)",
    "CREATE INDEX IF NOT EXISTS batch_console ON batch(console_id, seq_to)",
    "CREATE TABLE IF NOT EXISTS event(event_id TEXT PRIMARY KEY, console_id TEXT NOT NULL, seq INTEGER NOT NULL,"
    " batch_id TEXT NOT NULL, type TEXT NOT NULL, subject TEXT NOT NULL, to_province TEXT) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS feed_item(seq INTEGER PRIMARY KEY AUTOINCREMENT, feed TEXT NOT NULL,"
    " province TEXT NOT NULL DEFAULT '', batch_id TEXT NOT NULL, originator TEXT NOT NULL, sha256 TEXT NOT NULL,"
    " content_key TEXT)",
    "CREATE INDEX IF NOT EXISTS feed_item_feed ON feed_item(feed, province, seq)",
    "CREATE INDEX IF NOT EXISTS feed_item_batch ON feed_item(batch_id)",
    "CREATE TABLE IF NOT EXISTS certificate(sha256 TEXT PRIMARY KEY, console_id TEXT NOT NULL, province TEXT NOT NULL,"
    " role TEXT NOT NULL, pem BLOB NOT NULL, registered_at INTEGER NOT NULL)",
    // Feeds whose old items were compacted away: a console behind the floor resynchronises from what is left.
    "CREATE TABLE IF NOT EXISTS feed_floor(feed TEXT PRIMARY KEY, floor INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS refused(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, console_id TEXT NOT NULL,"
    " status INTEGER NOT NULL, reason TEXT NOT NULL, sha256 TEXT NOT NULL)",
};

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

PlatformStore::StoredBatch batchFrom(const QSqlQuery &q)
{
    PlatformStore::StoredBatch b{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                 q.value(4).toString(), q.value(5).toByteArray(), q.value(6).toByteArray(), q.value(7).toByteArray(),
                                 std::nullopt};
    if (!q.value(8).isNull())
        b.auditHead = protocol::AuditHead{q.value(8).toLongLong(), q.value(9).toString()};
    return b;
}

const QString kBatchColumns = QStringLiteral("batch_id, console_id, seq_from, seq_to, sha256, body, content_type, receipt, audit_seq, audit_hash");

// Columns added after the first stores were made: added in place when missing (CREATE TABLE IF NOT EXISTS keeps an old table).
struct AddedColumn
{
    const char *table;
    const char *column;
    const char *definition;
};
const AddedColumn kAddedColumns[] = {
    // The console's audit head each batch carried (auditHead), repeated in its signed receipt: an anchor of that
    // console's audit log. NULL for batches from consoles that do not send one.
    {"batch", "audit_seq", "INTEGER"},
    {"batch", "audit_hash", "TEXT"},
    // Hand-off certificates (issue 19): the division the console answers for, from which other commissions choose
    // the receiver of a person's hand-off by the person's home division, and its commission's name.
    {"certificate", "division", "TEXT NOT NULL DEFAULT ''"},
    {"certificate", "organisation", "TEXT NOT NULL DEFAULT ''"},
};

} // namespace

PlatformStore::PlatformStore(QString path)
    : m_path(std::move(path)), m_name(QStringLiteral("hc-platform-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

PlatformStore::~PlatformStore()
{
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Status PlatformStore::open()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return Error::internal(QStringLiteral("cannot open the platform store %1: %2").arg(m_path, m_db.lastError().text()));
    // WAL with synchronous=FULL: a receipt is only sent for a batch that survives a crash of the machine too.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=5000"})
        if (Status s = execSql(m_db, QString::fromLatin1(pragma)); !s)
            return s;
    for (const char *sql : kSchema)
        if (Status s = execSql(m_db, QString::fromLatin1(sql)); !s)
            return s;
    for (const AddedColumn &c : kAddedColumns) {
        QSqlQuery q(m_db);
        bool present = false;
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(c.table))))
            while (q.next())
                present = present || q.value(1).toString() == QLatin1String(c.column);
        q.finish();
        if (!present)
            if (Status s = execSql(m_db, QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                             .arg(QLatin1String(c.table), QLatin1String(c.column), QLatin1String(c.definition)));
                !s)
                return s;
    }
    return Ok{};
}

PlatformStore::Head PlatformStore::head(const QString &consoleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT highest_seq, last_hash FROM console_head WHERE console_id = ?"));
    q.addBindValue(consoleId);
    if (q.exec() && q.next())
        return {q.value(0).toLongLong(), q.value(1).toString()};
    return {};
}

std::optional<PlatformStore::StoredBatch> PlatformStore::batch(const QString &batchId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM batch WHERE batch_id = ?").arg(kBatchColumns));
    q.addBindValue(batchId);
    if (q.exec() && q.next())
        return batchFrom(q);
    return std::nullopt;
}

std::optional<PlatformStore::StoredBatch> PlatformStore::batchCovering(const QString &consoleId, qint64 seq) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM batch WHERE console_id = ? AND seq_to >= ? AND seq_from <= ? ORDER BY seq_to LIMIT 1")
                  .arg(kBatchColumns));
    q.addBindValue(consoleId);
    q.addBindValue(seq);
    q.addBindValue(seq);
    if (q.exec() && q.next())
        return batchFrom(q);
    return std::nullopt;
}

std::optional<PlatformStore::StoredBatch> PlatformStore::lastBatch(const QString &consoleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM batch WHERE console_id = ? ORDER BY seq_to DESC LIMIT 1").arg(kBatchColumns));
    q.addBindValue(consoleId);
    if (q.exec() && q.next())
        return batchFrom(q);
    return std::nullopt;
}

bool PlatformStore::eventExists(const QString &eventId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM event WHERE event_id = ?"));
    q.addBindValue(eventId);
    return q.exec() && q.next();
}

Status PlatformStore::accept(const StoredBatch &b, const QString &province, const QList<NewEvent> &accepted)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO batch(batch_id, console_id, seq_from, seq_to, sha256, content_type, body, received_at, receipt,"
                             " audit_seq, audit_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(b.batchId), QVariant(b.consoleId), QVariant(b.seqFrom), QVariant(b.seqTo),
                              QVariant(b.sha256), QVariant(QString::fromLatin1(b.contentType)), QVariant(b.body),
                              QVariant(nowSecs()), QVariant(b.receipt),
                              b.auditHead ? QVariant(b.auditHead->seq) : QVariant(QMetaType::fromType<qint64>()),
                              b.auditHead ? QVariant(b.auditHead->hash) : QVariant(QMetaType::fromType<QString>())})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    // Nothing else runs until the events end, so they may go as one COPY (the store is SQLite: there the mode changes nothing).
    BulkInsert events(m_db,
                      QStringLiteral("INSERT INTO event(event_id, console_id, seq, batch_id, type, subject, to_province)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      BulkInsert::Mode::Copy);
    QSet<QString> pushes;
    for (const NewEvent &e : accepted) {
        events.bind(1, e.eventId);
        events.bind(2, b.consoleId);
        events.bind(3, e.seq);
        events.bind(4, b.batchId);
        events.bind(5, e.type);
        events.bind(6, e.subject);
        if (e.toProvince.isEmpty())
            events.bindNull(7);
        else
            events.bind(7, e.toProvince);
        if (Status s = events.step(); !s)
            return s;
        if (!e.toProvince.isEmpty() && e.toProvince != province)
            pushes.insert(e.toProvince);
    }
    if (Status s = events.finish(); !s)
        return s;
    // A push is the originator's batch unchanged, listed in the feed of each province it names.
    for (const QString &to : pushes) {
        QSqlQuery f(m_db);
        f.prepare(QStringLiteral("INSERT INTO feed_item(feed, province, batch_id, originator, sha256) VALUES ('pushes', ?, ?, ?, ?)"));
        f.addBindValue(to);
        f.addBindValue(b.batchId);
        f.addBindValue(b.consoleId);
        f.addBindValue(b.sha256);
        if (Status s = exec(f); !s)
            return s;
    }
    QSqlQuery h(m_db);
    h.prepare(QStringLiteral("INSERT INTO console_head(console_id, province, highest_seq, last_hash, last_batch) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT(console_id) DO UPDATE SET highest_seq = excluded.highest_seq,"
                             " last_hash = excluded.last_hash, last_batch = excluded.last_batch"));
    h.addBindValue(b.consoleId);
    h.addBindValue(province);
    h.addBindValue(b.seqTo);
    h.addBindValue(b.sha256);
    h.addBindValue(b.batchId);
    if (Status s = exec(h); !s)
        return s;
    return tx.commit();
}

Result<qint64> PlatformStore::publish(const QString &feed, const StoredBatch &b, const QString &contentKey)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO batch(batch_id, console_id, seq_from, seq_to, sha256, content_type, body, received_at, receipt)"
                             " VALUES (?, ?, 0, 0, ?, ?, ?, ?, x'')"));
    q.addBindValue(b.batchId);
    q.addBindValue(QString::fromLatin1(protocol::kPlatformId));
    q.addBindValue(b.sha256);
    q.addBindValue(QString::fromLatin1(b.contentType));
    q.addBindValue(b.body);
    q.addBindValue(nowSecs());
    if (Status s = exec(q); !s)
        return s.error();
    QSqlQuery f(m_db);
    f.prepare(QStringLiteral("INSERT INTO feed_item(feed, province, batch_id, originator, sha256, content_key) VALUES (?, '', ?, ?, ?, ?)"));
    f.addBindValue(feed);
    f.addBindValue(b.batchId);
    f.addBindValue(QString::fromLatin1(protocol::kPlatformId));
    f.addBindValue(b.sha256);
    f.addBindValue(contentKey.isEmpty() ? b.sha256 : contentKey);
    if (Status s = exec(f); !s)
        return s.error();
    const qint64 seq = f.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return seq;
}

bool PlatformStore::published(const QString &feed, const QString &contentKey) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM feed_item WHERE feed = ? AND content_key = ?"));
    q.addBindValue(feed);
    q.addBindValue(contentKey);
    return q.exec() && q.next();
}

QList<protocol::FeedItem> PlatformStore::feed(const QString &feed, const QString &province, qint64 after, int limit,
                                              bool *more) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq, batch_id, originator, sha256 FROM feed_item WHERE feed = ? AND province = ? AND seq > ?"
                             " ORDER BY seq LIMIT ?"));
    q.addBindValue(feed);
    q.addBindValue(feed == QLatin1String("pushes") ? province : QString(QLatin1String("")));
    q.addBindValue(after);
    q.addBindValue(limit + 1);
    QList<protocol::FeedItem> items;
    if (q.exec())
        while (q.next())
            items.append({q.value(1).toString(), q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    *more = items.size() > limit;
    if (*more)
        items.removeLast();
    return items;
}

bool PlatformStore::feedItemFor(const QString &batchId, const QString &province) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM feed_item WHERE batch_id = ? AND (province = '' OR province = ?)"));
    q.addBindValue(batchId);
    q.addBindValue(province);
    return q.exec() && q.next();
}

Result<qint64> PlatformStore::compact(const QString &feed)
{
    if (feed != QLatin1String("risk-areas") && feed != QLatin1String("trust-list"))
        return Error::badInput(QStringLiteral("only risk-areas and trust-list items are whole snapshots; %1 cannot be compacted").arg(feed));
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MAX(seq) FROM feed_item WHERE feed = ?"));
    q.addBindValue(feed);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return Error::refused(QStringLiteral("the %1 feed is empty").arg(feed));
    const qint64 newest = q.value(0).toLongLong();
    q.prepare(QStringLiteral("DELETE FROM feed_item WHERE feed = ? AND seq < ?"));
    q.addBindValue(feed);
    q.addBindValue(newest);
    if (Status s = exec(q); !s)
        return s.error();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO feed_floor(feed, floor) VALUES (?, ?)"));
    q.addBindValue(feed);
    q.addBindValue(newest);
    if (Status s = exec(q); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return newest;
}

qint64 PlatformStore::floor(const QString &feed) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT floor FROM feed_floor WHERE feed = ?"));
    q.addBindValue(feed);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Status PlatformStore::registerCertificate(const QString &sha256, const QString &consoleId, const QString &province,
                                          const QString &role, const QByteArray &pem, const QString &division,
                                          const QString &organisation)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO certificate(sha256, console_id, province, role, pem, registered_at,"
                             " division, organisation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // A null QString binds NULL, which INSERT OR IGNORE would silently drop against NOT NULL: bind "" instead.
    const auto text = [](const QString &s) { return QVariant(s.isNull() ? QStringLiteral("") : s); };
    for (const QVariant &v : {QVariant(sha256), QVariant(consoleId), QVariant(province), QVariant(role), QVariant(pem),
                              QVariant(nowSecs()), text(division), text(organisation)})
        q.addBindValue(v);
    return exec(q);
}

QList<PlatformStore::DirectoryEntry> PlatformStore::handoffCertificates(const QString &province) const
{
    // The newest hand-off certificate of each console of the province (a console that renews its key registers again).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT console_id, division, organisation, sha256, pem, registered_at FROM certificate"
                             " WHERE role = 'handoff' AND province = ? ORDER BY console_id, registered_at DESC, sha256"));
    q.addBindValue(province);
    QList<DirectoryEntry> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        if (!out.isEmpty() && out.last().consoleId == q.value(0).toString())
            continue;
        out << DirectoryEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toByteArray(), q.value(5).toLongLong()};
    }
    return out;
}

std::optional<QByteArray> PlatformStore::certificate(const QString &sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pem FROM certificate WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return std::nullopt;
}

void PlatformStore::refuse(const QString &consoleId, int status, const QString &reason, const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO refused(at, console_id, status, reason, sha256) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(nowSecs());
    q.addBindValue(consoleId);
    q.addBindValue(status);
    q.addBindValue(reason);
    q.addBindValue(sha256);
    q.exec();
}

} // namespace hc::platform
