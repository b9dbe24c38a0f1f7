#include "DivisionRepository.h"
#include "SqlDialect.h"
#include "DivisionCode.h"
#include "DivisionNameIndex.h"

#include <QCoreApplication>
#include <QHash>
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

} // namespace

Status DivisionRepository::requireExists(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM division WHERE code = ?"));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return Ok{};
    return Error::badInput(QCoreApplication::translate("hc::DivisionRepository", "The division %1 is not in the division tree.").arg(code));
}

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
    sql::stream(q);
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
    sql::stream(q);
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

QList<Division> DivisionRepository::findMany(const QStringList &codes) const
{
    QList<Division> out;
    if (codes.isEmpty())
        return out;
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(QStringLiteral("SELECT %1 FROM division d WHERE d.code IN (%2)")
                  .arg(kColumns, QStringList(codes.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const QString &c : codes)
        q.addBindValue(c);
    QHash<QString, Division> byCode;
    if (q.exec())
        while (q.next()) {
            Division d = fromQuery(q);
            byCode.insert(d.code, d);
        }
    for (const QString &c : codes) // keep the caller's order
        if (byCode.contains(c))
            out << byCode.value(c);
    return out;
}

QList<Division> DivisionRepository::search(const QString &text, int limit, const DivisionNameIndex *index) const
{
    const QString t = text.trimmed();
    QList<Division> out;
    if (t.isEmpty() || limit <= 0)
        return out;
    const bool code = divcode::isDigits(t);
    // One covering index range per level, shallow first, each stopping at the limit; the rows are read after.
    // (Selecting other columns in the range query makes SQLite visit every row of the range before the level test.)
    // The ranges are division_level_code's and division_name's: SQLite picks the first by itself, and `+level`
    // keeps it from taking (level, code) for the name range (the unary plus leaves the level test to the row).
    // The ORDER BY is each index's own order, so no sort: the same rows under the limit on every backend.
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(code ? QStringLiteral("SELECT code FROM division WHERE level = ? AND code >= ? AND code < ? ORDER BY code LIMIT ?")
                   : QStringLiteral("SELECT code FROM division WHERE name >= ? AND name < ? AND +level = ?"
                                    " ORDER BY name, level, code LIMIT ?"));
    static const int lengths[] = {2, 4, 6, 9, 12};
    QStringList found;
    for (int level = 1; level <= 5 && found.size() < limit; ++level) {
        if (code && lengths[level - 1] < t.size())
            continue;
        q.bindValue(code ? 1 : 0, t);
        q.bindValue(code ? 2 : 1, divcode::prefixEnd(t));
        q.bindValue(code ? 0 : 2, level);
        q.bindValue(3, limit - int(found.size()));
        if (!q.exec())
            break;
        while (q.next())
            found << q.value(0).toString();
    }
    out = findMany(found);
    if (code || out.size() >= limit)
        return out;

    // Names containing the text further in.
    if (index && index->generation() == DivisionNameIndex::currentGeneration(m_db)) {
        out += findMany(index->find(t, limit - int(out.size()), true));
        return out;
    }
    QSqlQuery c(m_db);
    sql::stream(c);
    // Contains the text, and not at its start (instr() > 1), in code order (the table's own).
    c.prepare(QStringLiteral("SELECT %1 FROM division d WHERE replace(d.name, ?, '') <> d.name"
                             " AND substr(d.name, 1, length(?)) <> ? ORDER BY d.code LIMIT ?")
                  .arg(kColumns));
    c.addBindValue(t);
    c.addBindValue(t);
    c.addBindValue(t);
    c.addBindValue(limit - int(out.size()));
    c.exec();
    QList<Division> contained;
    while (c.next())
        contained << fromQuery(c);
    std::sort(contained.begin(), contained.end(), [](const Division &a, const Division &b) {
        return a.level != b.level ? a.level < b.level : a.code < b.code;
    });
    out += contained;
    return out;
}

} // namespace hc
