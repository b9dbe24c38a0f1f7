#pragma once
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The wire forms of PROTOCOL.md shared by the console and the reference platform.
namespace hc::sync::protocol {

inline constexpr char kBatchSchema[] = "hc.batch/1";
inline constexpr char kReceiptSchema[] = "hc.receipt/1";
inline constexpr char kFeedSchema[] = "hc.feed/1";
// The platform's signed list of the certificates hand-offs to a province are encrypted to (issue 19).
inline constexpr char kDirectorySchema[] = "hc.directory/1";
inline constexpr char kPlatformId[] = "platform";

QStringList feeds(); // risk-areas, pushes, trust-list, policies

// The event type of an outbox message kind ("holder.color" → CONDITION).
QString eventType(const QString &outboxKind);

// The console's audit chain at the moment a batch was frozen: the last entry's id and hash (PROTOCOL.md, "Audit
// anchoring"). The batch carries it as `auditHead: {seq, hash}`; the platform's signed receipt repeats it, which
// makes it an anchor of the log outside the workstation. Optional on the wire: consoles before v12 do not send it,
// platforms that do not know it neither store nor repeat it (schema versions unchanged: an additive field).
struct AuditHead
{
    qint64 seq = 0; // audit_log.id of the last entry
    QString hash;   // its hash, 64 lowercase hex digits
    bool operator==(const AuditHead &) const = default;
    QJsonObject toJson() const;
    // Absent (undefined or null) → nullopt; present but not {seq ≥ 1, hash: 64 lowercase hex} → an error.
    static Result<std::optional<AuditHead>> fromJson(const QJsonValue &v);
};

// What every batch carries besides its events.
struct BatchHeader
{
    QString schema;
    QString batchId;
    QString consoleId;
    QString province;
    qint64 seqFrom = 0;
    qint64 seqTo = 0;
    QString prevBatchHash;
    QString createdAt;
    std::optional<AuditHead> auditHead; // absent from consoles before v12
    static Result<BatchHeader> parse(const QJsonObject &payload);
};

struct EventOutcome
{
    QString eventId;
    qint64 seq = 0;
    QString status; // accepted | duplicate | rejected
    QString reason;
};

// The platform's answer to an upload, signed by its RECEIPT certificate.
struct Receipt
{
    QString batchId;
    QString consoleId;
    qint64 seqFrom = 0;
    qint64 seqTo = 0;
    QString sha256; // hex SHA-256 of the batch body exactly as sent
    QString receivedAt;
    QList<EventOutcome> events;
    std::optional<AuditHead> auditHead; // the batch's auditHead, countersigned; absent when the batch had none

    int count(const QString &status) const;
    QByteArray toJson() const;
    static Result<Receipt> parse(const QByteArray &json);
};

// A feed listing entry: GET /v1/feeds/{feed}?after=&limit= → {items:[…], more}.
struct FeedItem
{
    QString batchId;
    qint64 seq = 0;
    QString originator;
    QString sha256;
};
struct FeedPage
{
    QList<FeedItem> items;
    bool more = false;
    QByteArray toJson() const;
    static Result<FeedPage> parse(const QByteArray &json);
};

QString hex(const QByteArray &raw);

} // namespace hc::sync::protocol
