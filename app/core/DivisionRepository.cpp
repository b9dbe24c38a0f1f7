#include "DivisionRepository.h"
#include "DivisionCode.h"

#include <QSet>
#include <QSqlQuery>

namespace hc {

namespace {
const QString kColumns = QStringLiteral(
    "d.code, d.parent, d.name, d.level, EXISTS(SELECT 1 FROM division c WHERE c.parent = d.code)");

Division fromQuery(const QSqlQuery &q)
{
    return Division{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).toBool()};
}

// The smallest string greater than every string starting with prefix (for index range scans).
QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}
} // namespace

QMap<int, qint64> DivisionRepository::countByLevel() const
{
    QMap<int, qint64> out;
    for (int l = 1; l <= 5; ++l)
        out[l] = 0;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT level, COUNT(*) FROM division GROUP BY level"));
    while (q.next())
        out[q.value(0).toInt()] = q.value(1).toLongLong();
    return out;
}

QList<Division> DivisionRepository::children(const QString &parentCode) const
{
    QSqlQuery q(m_db);
    if (parentCode.isEmpty()) {
        q.prepare(QStringLiteral("SELECT %1 FROM division d WHERE d.parent IS NULL ORDER BY d.code").arg(kColumns));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM division d WHERE d.parent = ? ORDER BY d.code").arg(kColumns));
        q.addBindValue(parentCode);
    }
    q.setForwardOnly(true);
    q.exec();
    QList<Division> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

std::optional<Division> DivisionRepository::find(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM division d WHERE d.code = ?").arg(kColumns));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<Division> DivisionRepository::path(const QString &code) const
{
    // One query for the whole chain: search results show a path each, keystroke after keystroke.
    QStringList codes = divcode::ancestorsOf(code);
    codes << code;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM division d WHERE d.code IN (%2) ORDER BY length(d.code)")
                  .arg(kColumns, QStringList(codes.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const QString &c : codes)
        q.addBindValue(c);
    QList<Division> out;
    if (q.exec())
        while (q.next())
            out << fromQuery(q);
    return out;
}

QString DivisionRepository::pathName(const QString &code) const
{
    QStringList names;
    for (const Division &d : path(code))
        names << d.name;
    return names.join(QLatin1Char(' '));
}

QList<Division> DivisionRepository::search(const QString &text, int limit) const
{
    const QString t = text.trimmed();
    QList<Division> out;
    if (t.isEmpty())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (divcode::isDigits(t)) {
        q.prepare(QStringLiteral("SELECT %1 FROM division d WHERE d.code >= ? AND d.code < ? ORDER BY length(d.code),"
                                 " d.code LIMIT ?")
                      .arg(kColumns));
        q.addBindValue(t);
        q.addBindValue(prefixEnd(t));
        q.addBindValue(limit);
        q.exec();
        while (q.next())
            out << fromQuery(q);
        return out;
    }
    // Prefix matches use the name index; the substring scan fills up the rest.
    q.prepare(QStringLiteral("SELECT %1 FROM division d WHERE d.name >= ? AND d.name < ? ORDER BY d.level, d.code LIMIT ?")
                  .arg(kColumns));
    q.addBindValue(t);
    q.addBindValue(prefixEnd(t));
    q.addBindValue(limit);
    q.exec();
    QSet<QString> seen;
    while (q.next()) {
        out << fromQuery(q);
        seen.insert(out.last().code);
    }
    if (out.size() >= limit)
        return out;
    QSqlQuery c(m_db);
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT %1 FROM division d WHERE instr(d.name, ?) > 1 LIMIT ?").arg(kColumns));
    c.addBindValue(t);
    c.addBindValue(limit - out.size());
    c.exec();
    QList<Division> contained;
    while (c.next())
        contained << fromQuery(c);
    std::sort(contained.begin(), contained.end(), [](const Division &a, const Division &b) {
        return a.level != b.level ? a.level < b.level : a.code < b.code;
    });
    for (const Division &d : contained)
        if (!seen.contains(d.code))
            out << d;
    return out;
}

} // namespace hc
