#pragma once
#include "Clock.h"
#include "Protocol.h"
#include "SignedObject.h"
#include "SyncSettings.h"

#include <QCoreApplication>

namespace hc::sync {

// Applies one verified feed batch and advances the feed's cursor in one transaction (the inbox): the national
// risk list (through the national-list import), the trust list, policy versions, and pushes from other
// provinces (tickets forwarded here, answers to tickets forwarded from here). The signed batch is kept as
// received.
class FeedApplier
{
    Q_DECLARE_TR_FUNCTIONS(hc::sync::FeedApplier)
public:
    FeedApplier(QSqlDatabase db, const SyncSettings &settings, const Clock &clock);
    // The key hand-offs to this console are sealed to (issue 19); without it they are left in the inbox, unread.
    void setHandoffKey(const SigningIdentity *key) { m_handoffKey = key; }
    // Returns what it did in words (stored as the inbox row's result).
    Result<QString> apply(const QString &feed, const protocol::FeedItem &item, const QByteArray &body,
                          const QByteArray &payload);
    // Advances the cursor past an item already in the inbox.
    Status skip(const QString &feed, qint64 seq);
    static qint64 cursor(QSqlDatabase db, const QString &feed);
    static bool received(QSqlDatabase db, const QString &batchId);

private:
    Result<QString> applyRiskAreas(const QJsonObject &content);
    Result<QString> applyTrustList(const QJsonObject &content);
    Result<QString> applyPolicy(const QJsonObject &content);
    Result<QString> applyPush(const QJsonObject &payload, qint64 inboxId);
    Result<qint64> keep(const QString &feed, const protocol::FeedItem &item, const QByteArray &body, const QString &result);
    Status advance(const QString &feed, qint64 seq, int items);
    Status record(const QString &feed, const protocol::FeedItem &item, const QByteArray &body, const QString &result);

    QSqlDatabase m_db;
    const SyncSettings &m_settings;
    const Clock &m_clock;
    const SigningIdentity *m_handoffKey = nullptr;
};

} // namespace hc::sync
