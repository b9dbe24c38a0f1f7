#include "AuditLog.h"
#include "SqlDialect.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "StreamQuery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace hc {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("hc::AuditLog", s);
}
QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QStringLiteral("{}") : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const AuditEntry &e)
{
    // Unit separators keep field boundaries unambiguous.
    const QChar us(0x1f);
    const QString canon = QString::number(e.id) + us + QString::number(e.atMs) + us + e.actor + us + e.action + us
                          + e.object + us + e.before + us + e.after + us + e.prevHash;
    return QString::fromLatin1(crypto::sha256(canon.toUtf8()).toHex());
}

Status AuditLog::append(const QString &actor, const QString &action, const QString &object,
                        const QJsonObject &before, const QJsonObject &after)
{
    QSqlQuery head(m_db);
    head.prepare(QStringLiteral("SELECT last_id, last_hash, entries FROM audit_head WHERE one = 1"));
    if (Status s = exec(head); !s)
        return s;
    AuditEntry e;
    qint64 entries = 0;
    if (head.next()) {
        e.id = head.value(0).toLongLong() + 1;
        e.prevHash = head.value(1).toString();
        entries = head.value(2).toLongLong();
    } else {
        e.id = 1;
        e.prevHash = genesisHash();
    }
    e.atMs = m_clock.now().toMSecsSinceEpoch();
    e.actor = actor;
    e.action = action;
    e.object = object;
    e.before = compact(before);
    e.after = compact(after);
    e.hash = computeHash(e);

    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO audit_log(id, at, actor, action, object, before, after, prev_hash, hash)"
                               " VALUES(?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(e.id), QVariant(e.atMs), QVariant(e.actor), QVariant(e.action),
                              QVariant(e.object), QVariant(e.before), QVariant(e.after), QVariant(e.prevHash),
                              QVariant(e.hash)})
        ins.addBindValue(v);
    if (Status s = exec(ins); !s)
        return s;
    QSqlQuery up(m_db);
    up.prepare(QStringLiteral("INSERT INTO audit_head(one, last_id, last_hash, entries) VALUES(1,?,?,?)"
                              " ON CONFLICT(one) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash,"
                              " entries = excluded.entries"));
    up.addBindValue(e.id);
    up.addBindValue(e.hash);
    up.addBindValue(entries + 1);
    return exec(up);
}

AuditVerdict AuditLog::verify() const
{
    return verifyChain(0);
}

AuditVerdict AuditLog::verifyUpTo(qint64 upTo) const
{
    return verifyChain(std::max<qint64>(upTo, 1));
}

namespace {
AuditEntry entryFrom(const QVariantList &v)
{
    return AuditEntry{v[0].toLongLong(), v[1].toLongLong(), v[2].toString(), v[3].toString(), v[4].toString(),
                      v[5].toString(),   v[6].toString(),   v[7].toString(), v[8].toString()};
}
} // namespace

AuditVerdict AuditLog::verifyChain(qint64 upTo) const
{
    AuditVerdict v;
    StreamQuery q(m_db); // the whole chain (or its beginning), a page at a time
    if (upTo > 0) {
        q.prepare(QStringLiteral("SELECT id, at, actor, action, object, before, after, prev_hash, hash FROM audit_log WHERE id <= ?"
                                 " ORDER BY id"));
        q.addBindValue(upTo);
        (void)q.exec();
    } else {
        (void)q.exec(QStringLiteral("SELECT id, at, actor, action, object, before, after, prev_hash, hash FROM audit_log ORDER BY id"));
    }
    QString prev = genesisHash();
    qint64 expectId = 1;
    auto fail = [&v](qint64 id, const QString &why) {
        v.intact = false;
        v.firstBadId = id;
        v.problem = why;
    };
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.atMs = q.value(1).toLongLong();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.object = q.value(4).toString();
        e.before = q.value(5).toString();
        e.after = q.value(6).toString();
        e.prevHash = q.value(7).toString();
        e.hash = q.value(8).toString();
        ++v.entries;
        if (e.id != expectId) {
            fail(expectId, tr("entry %1 is missing (removed)").arg(expectId));
            return v;
        }
        if (e.prevHash != prev) {
            fail(e.id, tr("entry %1 does not follow the entry before it (previous hash differs)").arg(e.id));
            return v;
        }
        if (computeHash(e) != e.hash) {
            fail(e.id, tr("entry %1 was altered (its content does not match its hash)").arg(e.id));
            return v;
        }
        prev = e.hash;
        ++expectId;
    }
    QSqlQuery head(m_db);
    head.exec(QStringLiteral("SELECT last_id, last_hash, entries FROM audit_head WHERE one = 1"));
    if (head.next()) {
        const qint64 lastId = head.value(0).toLongLong();
        if (upTo > 0 && upTo < lastId) {
            // Only the beginning was asked for: every entry up to it must be there; the head speaks of the end.
            if (expectId <= upTo)
                fail(expectId, tr("entry %1 is missing (removed)").arg(expectId));
            return v;
        }
        if (lastId != expectId - 1 || head.value(1).toString() != prev || head.value(2).toLongLong() != v.entries) {
            const qint64 bad = lastId >= expectId ? expectId : lastId;
            fail(bad, tr("entry %1 is missing or the log's head was changed (the head records %2 entries, the log "
                         "holds %3)")
                          .arg(bad)
                          .arg(head.value(2).toLongLong())
                          .arg(v.entries));
        }
    } else if (v.entries > 0) {
        fail(1, tr("the log's head record was removed"));
    }
    return v;
}

std::optional<AuditEntry> AuditLog::entry(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, at, actor, action, object, before, after, prev_hash, hash FROM audit_log WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QVariantList v;
    for (int i = 0; i < 9; ++i)
        v << q.value(i);
    return entryFrom(v);
}

qint64 AuditLog::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT entries FROM audit_head WHERE one = 1")) && q.next())
        return q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<AuditEntry> AuditLog::page(const AuditFilter &f) const
{
    QString sql = QStringLiteral("SELECT id, at, actor, action, object, before, after, prev_hash, hash FROM audit_log WHERE 1=1");
    QVariantList binds;
    if (f.beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        binds << f.beforeId;
    }
    if (!f.actionPrefix.isEmpty()) {
        sql += QStringLiteral(" AND action >= ? AND action < ?");
        binds << f.actionPrefix << f.actionPrefix + QChar(0xFFFF);
    }
    QStringList actors = f.actors;
    if (!f.actor.isEmpty())
        actors.prepend(f.actor);
    if (!actors.isEmpty()) {
        sql += QStringLiteral(" AND actor IN (%1)").arg(QStringList(actors.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &a : std::as_const(actors))
            binds << a;
    }
    if (!f.text.isEmpty() || !f.objects.isEmpty() || !f.objectPrefixes.isEmpty()) {
        QStringList any;
        if (!f.text.isEmpty()) {
            any << QStringLiteral("replace(object, ?, '') <> object"); // contains the (non-empty) text, as instr() > 0
            binds << f.text;
        }
        if (!f.objects.isEmpty()) {
            any << QStringLiteral("object IN (%1)").arg(QStringList(f.objects.size(), QStringLiteral("?")).join(QLatin1Char(',')));
            for (const QString &o : f.objects)
                binds << o;
        }
        for (const QString &p : f.objectPrefixes) {
            any << QStringLiteral("(object >= ? AND object < ?)"); // a range, the same on both backends (no LIKE)
            binds << p << p + QChar(0xFFFF);
        }
        sql += QStringLiteral(" AND (%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(std::max(1, f.limit));
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<AuditEntry> out;
    if (!q.exec())
        return out;
    while (q.next())
        out << AuditEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
    return out;
}

QStringList AuditLog::actions() const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace hc
