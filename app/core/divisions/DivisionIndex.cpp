#include "DivisionIndex.h"
#include "SqlDialect.h"
#include "DivisionCode.h"

#include <QSqlQuery>

namespace hc {

QString DivisionIndex::clean(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == 0x3000 || u == u'（' || u == u'）' || u == u'(' || u == u')' || u == u'·')
            continue;
        out.append(c);
    }
    return out;
}

QString DivisionIndex::stem(const QString &name)
{
    // Longest first; a stem keeps at least two characters so that "城区" stays itself.
    static const QStringList suffixes{
        QStringLiteral("街道办事处"), QStringLiteral("办事处"), QStringLiteral("自治县"), QStringLiteral("自治旗"),
        QStringLiteral("自治州"),     QStringLiteral("自治区"), QStringLiteral("街道"),   QStringLiteral("地区"),
        QStringLiteral("林区"),       QStringLiteral("特区"),   QStringLiteral("苏木"),   QStringLiteral("新区"),
        QStringLiteral("镇"),         QStringLiteral("乡"),     QStringLiteral("县"),     QStringLiteral("区"),
        QStringLiteral("旗"),         QStringLiteral("市"),     QStringLiteral("省"),     QStringLiteral("盟")};
    QString s = clean(name);
    for (int round = 0; round < 3; ++round) {
        bool cut = false;
        for (const QString &x : suffixes) {
            if (s.endsWith(x) && s.size() >= x.size() + 2) {
                s.chop(x.size());
                cut = true;
                break;
            }
        }
        if (!cut)
            break;
    }
    return s;
}

QString DivisionIndex::villageStem(const QString &name)
{
    // "观华社区居民委员会" → 观华社区; "南阳寨村民委员会" and "大甸子村委会" → 南阳寨村, 大甸子村 (the list writes 村).
    static const QStringList village{QStringLiteral("村民委员会"), QStringLiteral("村委会")};
    static const QStringList other{QStringLiteral("居民委员会"), QStringLiteral("居委会"), QStringLiteral("委员会")};
    QString s = clean(name);
    for (const QString &x : village)
        if (s.endsWith(x)) {
            s.chop(x.size());
            if (!s.endsWith(QChar(u'村')))
                s += QChar(u'村');
            return s;
        }
    for (const QString &x : other)
        if (s.endsWith(x)) {
            s.chop(x.size());
            break;
        }
    return s;
}

const QList<DivisionIndex::Village> &DivisionIndex::villagesOf(const QString &streetCode) const
{
    static const QList<Village> none;
    if (!m_hasVillages)
        return none;
    auto it = m_villages.find(streetCode);
    if (it != m_villages.end())
        return *it;
    QList<Village> list;
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(QStringLiteral("SELECT code, name FROM division WHERE parent = ?"));
    q.addBindValue(streetCode);
    if (q.exec())
        while (q.next())
            list << Village{q.value(0).toString(), villageStem(q.value(1).toString())};
    return *m_villages.insert(streetCode, list);
}

DivisionIndex DivisionIndex::load(QSqlDatabase db)
{
    DivisionIndex idx;
    idx.m_db = db;
    {
        QSqlQuery v(db);
        idx.m_hasVillages = v.exec(QStringLiteral("SELECT 1 FROM division WHERE level = 5 LIMIT 1")) && v.next();
    }
    QSqlQuery q(db);
    sql::stream(q);
    q.exec(QStringLiteral("SELECT code, name, level FROM division WHERE level <= 4 ORDER BY level, code"));
    while (q.next()) {
        Node n;
        n.code = q.value(0).toString();
        n.name = q.value(1).toString();
        n.level = q.value(2).toInt();
        n.clean = clean(n.name);
        n.stem = stem(n.name);
        n.parent = n.level == 1 ? -1 : idx.m_byCode.value(divcode::parentOf(n.code), -2);
        if (n.parent == -2)
            continue; // orphan: cannot happen with a checked import
        const int i = int(idx.m_nodes.size());
        idx.m_byCode.insert(n.code, i);
        idx.m_children[n.parent].append(i);
        idx.m_nodes.append(std::move(n));
    }
    return idx;
}

QList<int> DivisionIndex::descendants(int i, int level) const
{
    QList<int> out;
    QList<int> stack{i};
    while (!stack.isEmpty()) {
        const int c = stack.takeLast();
        for (int k : m_children.value(c)) {
            if (m_nodes.at(k).level == level)
                out << k;
            else if (m_nodes.at(k).level < level)
                stack << k;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace hc
