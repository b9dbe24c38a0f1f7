#pragma once
#include "Protocol.h"
#include "Result.h"

#include <QSqlDatabase>
#include <optional>

namespace hc::platform {

namespace protocol = hc::sync::protocol;

// The reference platform's own SQLite store: every accepted batch as received (with its signed receipt), one row
// per accepted event (the exactly-once check), each console's highest accepted sequence, the feeds, the
// certificates consoles registered for SM envelopes, and the uploads it refused.
class PlatformStore final
{
    Q_DISABLE_COPY_MOVE(PlatformStore)
public:
    explicit PlatformStore(QString path);
    ~PlatformStore();
    Status open();
    QSqlDatabase db() const { return m_db; }

    struct Head
    {
        qint64 highestSeq = 0;
        QString lastHash; // hex SHA-256 of the last accepted batch body
    };
    Head head(const QString &consoleId) const;

    struct StoredBatch
    {
        QString batchId;
        QString consoleId;
        qint64 seqFrom = 0;
        qint64 seqTo = 0;
        QString sha256;
        QByteArray body;
        QByteArray contentType;
        QByteArray receipt; // signed; empty for platform-published feed batches
        std::optional<protocol::AuditHead> auditHead; // the console's audit head the batch carried, countersigned
    };
    std::optional<StoredBatch> batch(const QString &batchId) const;
    std::optional<StoredBatch> batchCovering(const QString &consoleId, qint64 seq) const;
    std::optional<StoredBatch> lastBatch(const QString &consoleId) const;
    bool eventExists(const QString &eventId) const;

    struct NewEvent
    {
        QString eventId;
        qint64 seq = 0;
        QString type;
        QString subject;
        QString toProvince; // a push to another province; empty otherwise
    };
    // One transaction: the batch with its receipt, its accepted events, the push feed items, the new head.
    Status accept(const StoredBatch &b, const QString &province, const QList<NewEvent> &accepted);
    // A platform-signed feed batch (risk areas, trust list, policies) and its feed item.
    Result<qint64> publish(const QString &feed, const StoredBatch &b, const QString &contentKey);
    bool published(const QString &feed, const QString &contentKey) const;

    QList<protocol::FeedItem> feed(const QString &feed, const QString &province, qint64 after, int limit, bool *more) const;
    bool feedItemFor(const QString &batchId, const QString &province) const; // may this province read the batch?
    // Keeps only the newest item of a feed whose items are whole snapshots (risk-areas, trust-list); returns the floor.
    Result<qint64> compact(const QString &feed);
    qint64 floor(const QString &feed) const; // 0 when never compacted

    Status registerCertificate(const QString &sha256, const QString &consoleId, const QString &province,
                               const QString &role, const QByteArray &pem, const QString &division = {},
                               const QString &organisation = {});
    struct DirectoryEntry
    {
        QString consoleId;
        QString division; // what the console answers for: hand-offs for people living there go to it
        QString organisation;
        QString sha256;
        QByteArray pem;
        qint64 registeredAt = 0;
    };
    QList<DirectoryEntry> handoffCertificates(const QString &province) const;
    std::optional<QByteArray> certificate(const QString &sha256) const;

    void refuse(const QString &consoleId, int status, const QString &reason, const QString &sha256);

private:
    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace hc::platform
