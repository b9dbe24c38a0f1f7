#include "AuditNames.h"

#include "DivisionCode.h"
#include "DivisionSearch.h"
#include "IdNumber.h"
#include "RiskLevel.h"
#include "SqlDialect.h"
#include "TimeUtil.h"

#include <QSqlQuery>

namespace hc {

namespace {

// "?,?,?" for an IN list; the values bound in the same order.
template<typename T>
bool execIn(QSqlQuery &q, const QString &sqlWithList, const QList<T> &values)
{
    q.setForwardOnly(true);
    q.prepare(sqlWithList.arg(QStringList(values.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const T &v : values)
        q.addBindValue(v);
    return q.exec();
}

template<typename K, typename V>
QList<K> unknown(const QSet<K> &wanted, const QHash<K, V> &known)
{
    QList<K> out;
    for (const K &k : wanted)
        if (!known.contains(k))
            out << k;
    return out;
}

} // namespace

void AuditNames::reset(const QSqlDatabase &db)
{
    m_officials.reload(db);
    m_holders.clear();
    m_divisions.clear();
    m_batches.clear();
    m_approvals.clear();
    m_periods.clear();
}

QStringList AuditNames::divisionCandidates(const QString &code)
{
    QStringList out;
    QString c = code.trimmed();
    if (!divcode::isDigits(c))
        return out;
    if (const auto n = divcode::normalise(c))
        out << *n;
    // A code padded to twelve digits ("370303000000") names the division its non-zero part does.
    while (c.size() > 2 && divcode::levelOf(c) != 0) {
        const QString parent = divcode::parentOf(c);
        if (parent.isEmpty() || c.mid(parent.size()).count(QLatin1Char('0')) != c.size() - parent.size())
            break;
        c = parent;
        out << c;
    }
    out.removeDuplicates();
    return out;
}

void AuditNames::resolve(const QSqlDatabase &db, Wanted wanted)
{
    if (const QList<qint64> ids = unknown(wanted.holders, m_holders); !ids.isEmpty()) {
        for (qint64 id : ids)
            m_holders.insert(id, QString());
        QSqlQuery q(db);
        if (execIn(q, QStringLiteral("SELECT id, name, id_number FROM holder WHERE id IN (%1)"), ids))
            while (q.next())
                m_holders.insert(q.value(0).toLongLong(), tr("%1 (%2)").arg(mask::name(q.value(1).toString()),
                                                                          mask::idNumber(q.value(2).toString())));
    }
    if (const QList<qint64> ids = unknown(wanted.batches, m_batches); !ids.isEmpty()) {
        for (qint64 id : ids)
            m_batches.emplace(id);
        // A batch's case rows are the consecutive ids first_row..last_row (one transaction wrote them).
        QSqlQuery q(db);
        if (execIn(q, QStringLiteral("SELECT b.id, b.kind, b.file_name, MIN(r.case_ref), COUNT(DISTINCT r.case_ref) FROM case_batch b"
                                     " LEFT JOIN case_row r ON r.id BETWEEN b.first_row AND b.last_row WHERE b.id IN (%1)"
                                     " GROUP BY b.id, b.kind, b.file_name"),
                   ids))
            while (q.next())
                m_batches.insert(q.value(0).toLongLong(),
                                 Batch{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt()});
    }
    if (const QList<qint64> ids = unknown(wanted.approvals, m_approvals); !ids.isEmpty()) {
        for (qint64 id : ids)
            m_approvals.emplace(id);
        QSqlQuery q(db);
        if (execIn(q, QStringLiteral("SELECT id, kind, summary, status FROM approval WHERE id IN (%1)"), ids))
            while (q.next())
                m_approvals.insert(q.value(0).toLongLong(), Approval{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    // Declarations first: the divisions they name join the divisions asked for.
    struct Period
    {
        qint64 id;
        RiskLevel level;
        qint64 from;
        QString code;
        QString subarea;
    };
    QList<Period> periods;
    if (const QList<qint64> ids = unknown(wanted.periods, m_periods); !ids.isEmpty()) {
        for (qint64 id : ids)
            m_periods.insert(id, QString());
        QSqlQuery q(db);
        if (execIn(q, QStringLiteral("SELECT p.id, p.level, p.effective_from, a.division_code, a.subarea FROM risk_period p"
                                     " JOIN risk_area a ON a.id = p.area_id WHERE p.id IN (%1)"),
                   ids))
            while (q.next()) {
                periods << Period{q.value(0).toLongLong(), RiskLevel(q.value(1).toInt()), q.value(2).toLongLong(),
                                  q.value(3).toString(), q.value(4).toString()};
                wanted.divisions.insert(periods.last().code);
            }
    }
    resolveDivisions(db, wanted.divisions);
    for (const Period &p : std::as_const(periods)) {
        QString place = division(p.code);
        if (place.isEmpty())
            place = p.code;
        if (!p.subarea.isEmpty())
            place += QLatin1Char(' ') + p.subarea;
        m_periods.insert(p.id, tr("%1 area %2, from %3").arg(riskLevelLabel(p.level), place, time::formatShort(p.from)));
    }
}

void AuditNames::resolveDivisions(const QSqlDatabase &db, const QSet<QString> &codes)
{
    // Each code, the codes it may be written for, and their parents (a street is named with its county).
    QSet<QString> all;
    for (const QString &code : codes)
        for (const QString &c : divisionCandidates(code)) {
            all.insert(c);
            if (const QString parent = divcode::parentOf(c); !parent.isEmpty())
                all.insert(parent);
        }
    const QList<QString> ask = unknown(all, m_divisions);
    if (ask.isEmpty())
        return;
    for (const QString &c : ask)
        m_divisions.emplace(c);
    QSqlQuery q(db);
    if (execIn(q, QStringLiteral("SELECT code, name, parent FROM division WHERE code IN (%1)"), ask))
        while (q.next())
            m_divisions.insert(q.value(0).toString(), std::pair(q.value(1).toString(), q.value(2).toString()));
}

AuditNames::Named AuditNames::objectsNamed(const QSqlDatabase &db, const QString &typed) const
{
    Named out;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return out;
    const auto ids = [&](const QString &sql, const QVariantList &binds, const QString &kind) {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (q.exec())
            while (q.next())
                out.objects << kind + q.value(0).toString();
    };
    for (const QString &login : m_officials.loginsMatching(text).mid(0, kMaxNamed))
        out.objects << QStringLiteral("account:") + login;
    // A division by name or code: its risk areas (streets and sub-areas inside it too) and the exports of its holders.
    for (const DivisionHit &h : DivisionSearch(db).search(text, kMaxNamed / 5))
        for (const char *kind : {"risk_area:", "holders:"})
            out.prefixes << QLatin1String(kind) + h.division.code;
    const QString upper = text.toUpper();
    const bool idLike = upper.size() >= 6 && std::all_of(upper.begin(), upper.end(), [](QChar c) {
        return c.isDigit() || c == QLatin1Char('X');
    });
    if (idLike)
        ids(QStringLiteral("SELECT id FROM holder WHERE id_number = ?"), {upper}, QStringLiteral("holder:"));
    else // a name's beginning, on the name index: "张" finds 张三 and 张三丰
        ids(QStringLiteral("SELECT id FROM holder WHERE name >= ? AND name < ? ORDER BY name, id LIMIT %1").arg(kMaxNamed),
            {text, text + QChar(0xFFFF)}, QStringLiteral("holder:"));
    // A case reference names the batches that reported it; the few batches are scanned, not the rows' text.
    if (text.size() <= 64)
        ids(QStringLiteral("SELECT DISTINCT batch_id FROM case_row WHERE case_ref = ? LIMIT %1").arg(kMaxNamed), {text},
            QStringLiteral("case_batch:"));
    ids(QStringLiteral("SELECT id FROM approval WHERE replace(summary, ?, '') <> summary ORDER BY id DESC LIMIT %1")
            .arg(kMaxNamed),
        {text}, QStringLiteral("approval:"));
    return out;
}

QString AuditNames::division(const QString &code) const
{
    for (const QString &c : divisionCandidates(code)) {
        const auto d = m_divisions.value(c);
        if (!d)
            continue;
        // A province alone; below it, the parent's name first: 淄博市张店区, 张店区车站街道.
        const auto parent = m_divisions.value(d->second.isEmpty() ? divcode::parentOf(c) : d->second);
        if (divcode::levelOf(c) <= 1 || !parent)
            return d->first;
        return parent->first + d->first;
    }
    return {};
}

} // namespace hc
