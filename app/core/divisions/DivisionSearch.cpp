#include "DivisionSearch.h"
#include "DivisionCode.h"
#include "DivisionNameIndex.h"
#include "SqlDialect.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace hc {

namespace {

// Levels 2 (and 3) that are bookkeeping rather than places: 北京市 市辖区 朝阳区 reads 朝阳区 · 北京市.
bool placeholder(const QString &name)
{
    return name == QStringLiteral("市辖区") || name == QStringLiteral("县") || name.endsWith(QStringLiteral("直辖县级行政区划"));
}

// Words of what was typed: spaces, the label's separator and list punctuation split them.
QStringList words(const QString &text)
{
    static const QRegularExpression split(QStringLiteral("[\\s·・,，、/]+"));
    return text.split(split, Qt::SkipEmptyParts);
}

// Every word after the first occurs in one of the names above the division.
bool inContext(const QStringList &ancestorNames, const QStringList &context)
{
    for (const QString &w : context) {
        bool found = false;
        for (const QString &n : ancestorNames)
            found = found || n.contains(w);
        if (!found)
            return false;
    }
    return true;
}

constexpr int kPool = 1000; // candidates read when further words narrow them down
constexpr int kInChunk = 500; // bound parameters per IN list

} // namespace

QString DivisionHit::label() const
{
    QStringList parts{division.name};
    parts += parents;
    return parts.join(DivisionSearch::separator());
}

DivisionSearch::DivisionSearch(QSqlDatabase db, const DivisionNameIndex *index) : m_db(std::move(db)), m_index(index)
{
    if (m_index && m_index->generation() != DivisionNameIndex::currentGeneration(m_db))
        m_index = nullptr; // divisions were imported since: SQLite's answer, not a stale one
}

QString DivisionSearch::separator()
{
    return QStringLiteral(" · ");
}

QStringList DivisionSearch::namePrefix(const QString &text, int level, int limit) const
{
    // The range is division_name's (name, level): `+level` keeps SQLite from taking (level, code) instead, and the
    // ORDER BY is the index's own, so no sort and the same rows under the limit on both backends.
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(QStringLiteral("SELECT code FROM division WHERE name >= ? AND name < ? AND +level = ?"
                             " ORDER BY name, level, code LIMIT ?"));
    q.addBindValue(text);
    q.addBindValue(divcode::prefixEnd(text));
    q.addBindValue(level);
    q.addBindValue(limit);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QStringList DivisionSearch::nameContained(const QString &text, int fromLevel, int toLevel, int limit) const
{
    // Contains the text, not at its start (the prefix ranges have those); portable: no instr()/strpos().
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(QStringLiteral("SELECT code FROM division WHERE level >= ? AND level <= ? AND replace(name, ?, '') <> name"
                             " AND substr(name, 1, length(?)) <> ? ORDER BY level, code LIMIT ?"));
    q.addBindValue(fromLevel);
    q.addBindValue(toLevel);
    q.addBindValue(text);
    q.addBindValue(text);
    q.addBindValue(text);
    q.addBindValue(limit);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QHash<QString, QString> DivisionSearch::names(const QStringList &codes) const
{
    QHash<QString, QString> out;
    for (qsizetype from = 0; from < codes.size(); from += kInChunk) {
        const QStringList chunk = codes.mid(from, kInChunk);
        QSqlQuery q(m_db);
        sql::stream(q);
        q.prepare(QStringLiteral("SELECT code, name FROM division WHERE code IN (%1)")
                      .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString &c : chunk)
            q.addBindValue(c);
        if (q.exec())
            while (q.next())
                out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

QList<DivisionHit> DivisionSearch::hits(const QStringList &codes) const
{
    QList<DivisionHit> out;
    if (codes.isEmpty())
        return out;
    // The divisions themselves (with whether they have children), then every ancestor's name in one pass.
    QHash<QString, Division> rows;
    for (qsizetype from = 0; from < codes.size(); from += kInChunk) {
        const QStringList chunk = codes.mid(from, kInChunk);
        QSqlQuery q(m_db);
        sql::stream(q);
        q.prepare(QStringLiteral("SELECT d.code, d.parent, d.name, d.level, EXISTS(SELECT 1 FROM division c WHERE c.parent = d.code)"
                                 " FROM division d WHERE d.code IN (%1)")
                      .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString &c : chunk)
            q.addBindValue(c);
        if (q.exec())
            while (q.next())
                rows.insert(q.value(0).toString(), Division{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                            q.value(3).toInt(), q.value(4).toBool()});
    }
    QSet<QString> ancestorSet;
    for (const QString &c : codes)
        for (const QString &a : divcode::ancestorsOf(c))
            ancestorSet.insert(a);
    const QHash<QString, QString> ancestorNames = names(ancestorSet.values());
    for (const QString &c : codes) {
        const auto row = rows.constFind(c);
        if (row == rows.constEnd())
            continue;
        DivisionHit h{*row, {}};
        const QStringList ancestors = divcode::ancestorsOf(c);
        for (auto a = ancestors.crbegin(); a != ancestors.crend(); ++a)
            if (const QString n = ancestorNames.value(*a); !n.isEmpty() && !placeholder(n))
                h.parents << n;
        out << h;
    }
    return out;
}

std::optional<DivisionHit> DivisionSearch::hit(const QString &code) const
{
    const QList<DivisionHit> h = hits({code});
    if (h.isEmpty())
        return std::nullopt;
    return h.first();
}

QList<DivisionHit> DivisionSearch::search(const QString &text, int limit) const
{
    QList<DivisionHit> out;
    const QStringList w = words(text);
    if (w.isEmpty() || limit <= 0)
        return out;
    const QString first = w.first();
    const QStringList context = w.mid(1);
    const int want = context.isEmpty() ? limit : kPool;

    QStringList codes;
    QSet<QString> seen;
    const auto add = [&](const QStringList &found) {
        for (const QString &c : found)
            if (codes.size() < want && !seen.contains(c)) {
                seen.insert(c);
                codes << c;
            }
    };
    if (divcode::isDigits(first)) {
        // 370300 is the GB/T form of 3703: that division first, then the codes starting with the digits.
        if (const auto n = divcode::normalise(first); n && *n != first)
            add({*n});
        QSqlQuery q(m_db);
        sql::stream(q);
        q.prepare(QStringLiteral("SELECT code FROM division WHERE level = ? AND code >= ? AND code < ? ORDER BY code LIMIT ?"));
        static const int lengths[] = {2, 4, 6, 9, 12};
        for (int level = 1; level <= 5 && codes.size() < want; ++level) {
            if (lengths[level - 1] < first.size())
                continue;
            q.bindValue(0, level);
            q.bindValue(1, first);
            q.bindValue(2, divcode::prefixEnd(first));
            q.bindValue(3, want - int(codes.size()));
            QStringList found;
            if (q.exec())
                while (q.next())
                    found << q.value(0).toString();
            add(found);
        }
    } else {
        // Names containing the text further in: from the index (every level, shallow first) or from levels 1–4.
        QStringList containedShallow, containedDeep;
        if (m_index) {
            for (const QString &c : m_index->find(first, want, true))
                (divcode::levelOf(c) <= 3 ? containedShallow : containedDeep) << c;
        }
        const bool deepInIndex = m_index && m_index->maxLevel() >= kDeepestContainedLevel;
        // Provinces, cities and counties, starting with then containing the text; then streets and villages.
        for (int level = 1; level <= 3 && codes.size() < want; ++level)
            add(namePrefix(first, level, want - int(codes.size())));
        if (codes.size() < want)
            add(m_index ? containedShallow : nameContained(first, 1, 3, want - int(codes.size())));
        for (int level = 4; level <= 5 && codes.size() < want; ++level)
            add(namePrefix(first, level, want - int(codes.size())));
        if (codes.size() < want)
            add(deepInIndex ? containedDeep : nameContained(first, 4, kDeepestContainedLevel, want - int(codes.size())));
    }

    out = hits(codes);
    if (!context.isEmpty()) {
        QList<DivisionHit> narrowed;
        for (const DivisionHit &h : out)
            if (narrowed.size() < limit && inContext(h.parents, context))
                narrowed << h;
        out = narrowed;
    }
    return out;
}

DivisionResolution DivisionSearch::resolve(const QString &text) const
{
    return resolve(text, std::nullopt);
}

DivisionResolution DivisionSearch::resolve(const QString &text, const std::optional<bool> &anyFound) const
{
    DivisionResolution r;
    const QStringList w = words(text);
    if (w.isEmpty())
        return r;
    const QString first = w.first();
    const QStringList context = w.mid(1);
    r.code = divcode::isDigits(first) && context.isEmpty();
    QList<DivisionHit> exact;
    if (r.code) {
        if (const auto n = divcode::normalise(first))
            exact = hits({*n});
    } else {
        // Village names repeat by the hundred (东村村民委员会): their parents are read only when words narrow them.
        QSqlQuery q(m_db);
        sql::stream(q);
        q.prepare(QStringLiteral("SELECT code FROM division WHERE name = ? ORDER BY level, code LIMIT ?"));
        q.addBindValue(first);
        q.addBindValue(context.isEmpty() ? kPool : kPool * 10);
        QStringList codes;
        if (q.exec())
            while (q.next())
                codes << q.value(0).toString();
        if (context.isEmpty() && codes.size() > 1) {
            r.kind = DivisionResolution::Ambiguous;
            r.candidates = int(codes.size());
            return r;
        }
        for (const DivisionHit &h : hits(codes))
            if (inContext(h.parents, context))
                exact << h;
    }
    if (exact.size() == 1) {
        r.kind = DivisionResolution::Exact;
        r.hit = exact.first();
    } else if (exact.size() > 1) {
        r.kind = DivisionResolution::Ambiguous;
        r.candidates = int(exact.size());
    } else {
        const bool found = anyFound ? *anyFound : !search(text, 1).isEmpty();
        r.kind = found ? DivisionResolution::Partial : DivisionResolution::Unknown;
    }
    return r;
}

} // namespace hc
