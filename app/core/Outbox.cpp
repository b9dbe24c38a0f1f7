#include "Outbox.h"

#include "Database.h"

#include <QJsonDocument>

namespace hc {

Outbox::Outbox(QSqlDatabase db, qint64 now) : m_db(db), m_now(now), m_insert(db)
{
    m_insert.prepare(QStringLiteral("INSERT INTO outbox(at, kind, object, payload) VALUES (?, ?, ?, ?)"));
}

Status Outbox::append(const QString &kind, const QString &object, const QJsonObject &payload)
{
    m_insert.bindValue(0, m_now);
    m_insert.bindValue(1, kind);
    m_insert.bindValue(2, object);
    m_insert.bindValue(3, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    return exec(m_insert);
}

qint64 Outbox::depth() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE batch_id IS NULL")) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace hc
