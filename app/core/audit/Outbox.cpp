#include "Outbox.h"

#include "Database.h"

#include <QJsonDocument>

namespace hc {

Outbox::Outbox(QSqlDatabase db, qint64 now, QString actor, BulkInsert::Mode mode)
    : m_db(db), m_now(now), m_actor(std::move(actor)),
      m_insert(db, QStringLiteral("INSERT INTO outbox(at, kind, object, payload, actor) VALUES (?, ?, ?, ?, ?)"), mode)
{
}

Status Outbox::append(const QString &kind, const QString &object, const QJsonObject &payload)
{
    const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    m_insert.bind(1, m_now);
    m_insert.bind(2, kind);
    m_insert.bind(3, object);
    m_insert.bindUtf8(4, json);
    m_insert.bind(5, m_actor);
    return m_insert.step();
}

Status Outbox::appendJson(const QString &kind, const QString &object, const QByteArray &json)
{
    m_insert.bind(1, m_now);
    m_insert.bind(2, kind);
    m_insert.bind(3, object);
    m_insert.bindUtf8(4, json);
    m_insert.bind(5, m_actor);
    return m_insert.step();
}

qint64 Outbox::undelivered(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COALESCE((SELECT MAX(seq) FROM outbox), 0)"
                                 " - COALESCE((SELECT MAX(seq_to) FROM sync_batch WHERE state = 'delivered'), 0)")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

} // namespace hc
