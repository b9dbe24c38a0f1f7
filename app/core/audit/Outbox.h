#pragma once
#include "BulkInsert.h"
#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace hc {

// The outgoing sync messages: written in the same transaction as the change they announce, drained in
// order by the sync engine. Prepared once per writer, so bulk changes stay cheap.
class Outbox
{
public:
    // `actor` is who made the change (the protocol's `operator`).
    Outbox(QSqlDatabase db, qint64 now, QString actor, BulkInsert::Mode mode = BulkInsert::Mode::Statement);
    Status append(const QString &kind, const QString &object, const QJsonObject &payload);
    // The payload already written as compact JSON (the bulk paths write it by hand, byte for byte what
    // QJsonDocument would write).
    Status appendJson(const QString &kind, const QString &object, const QByteArray &json);
    // Through COPY (the mode), where the messages reach the table; they keep their order with the others' messages
    // only if written before them.
    Status finish() { return m_insert.finish(); }
    // Events not yet delivered: batches cover consecutive ranges, so everything after the last delivered one.
    static qint64 undelivered(QSqlDatabase db);

private:
    QSqlDatabase m_db;
    qint64 m_now;
    QString m_actor;
    BulkInsert m_insert;
};

} // namespace hc
