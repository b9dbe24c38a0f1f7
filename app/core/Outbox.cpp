#include "Outbox.h"

#include "Database.h"

#include <QJsonDocument>

namespace hc {

Outbox::Outbox(QSqlDatabase db, qint64 now)
    : m_db(db), m_now(now), m_insert(db, QStringLiteral("INSERT INTO outbox(at, kind, object, payload) VALUES (?, ?, ?, ?)"))
{
}

Status Outbox::append(const QString &kind, const QString &object, const QJsonObject &payload)
{
    const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    m_insert.bind(1, m_now);
    m_insert.bind(2, kind);
    m_insert.bind(3, object);
    m_insert.bindUtf8(4, json);
    return m_insert.step();
}

qint64 Outbox::depth() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE batch_id IS NULL")) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace hc
