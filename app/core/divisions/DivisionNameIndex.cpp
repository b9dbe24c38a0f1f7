#include "DivisionNameIndex.h"
#include "SqlDialect.h"

#include <QSqlQuery>
#include <algorithm>
#include <functional>

namespace hc {

QString DivisionNameIndex::currentGeneration(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'divisions_generation'")) && q.next())
        return q.value(0).toString();
    return QStringLiteral("0");
}

DivisionNameIndex DivisionNameIndex::build(QSqlDatabase db)
{
    return build(std::move(db), 5);
}

DivisionNameIndex DivisionNameIndex::build(QSqlDatabase db, int maxLevel)
{
    DivisionNameIndex idx;
    idx.m_generation = currentGeneration(db);
    idx.m_maxLevel = maxLevel;
    QSqlQuery q(db);
    sql::stream(q);
    if (maxLevel >= 5) {
        q.exec(QStringLiteral("SELECT code, name FROM division ORDER BY level, code"));
    } else {
        q.prepare(QStringLiteral("SELECT code, name FROM division WHERE level <= ? ORDER BY level, code"));
        q.addBindValue(maxLevel);
        q.exec();
    }
    idx.m_text.reserve(maxLevel >= 5 ? 8u << 20 : 1u << 20);
    while (q.next()) {
        const QString name = q.value(1).toString();
        idx.m_starts.push_back(quint32(idx.m_text.size()));
        idx.m_codes.push_back(q.value(0).toLongLong());
        idx.m_text.append(reinterpret_cast<const char16_t *>(name.utf16()), size_t(name.size()));
        idx.m_text.push_back(u'\0');
    }
    return idx;
}

QStringList DivisionNameIndex::find(const QString &text, int limit, bool skipPrefix) const
{
    QStringList out;
    if (text.isEmpty() || limit <= 0 || m_codes.empty())
        return out;
    const std::u16string needle(reinterpret_cast<const char16_t *>(text.utf16()), size_t(text.size()));
    const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
    auto from = m_text.begin();
    while (int(out.size()) < limit) {
        const auto hit = std::search(from, m_text.end(), searcher);
        if (hit == m_text.end())
            break;
        const auto pos = quint32(hit - m_text.begin());
        // The record holding the hit: the last start at or before it.
        const auto rec = std::upper_bound(m_starts.begin(), m_starts.end(), pos) - m_starts.begin() - 1;
        const bool atStart = m_starts[size_t(rec)] == pos;
        if (!(skipPrefix && atStart))
            out << QString::number(m_codes[size_t(rec)]);
        // Continue after this name: one hit per division.
        from = size_t(rec) + 1 < m_starts.size() ? m_text.begin() + m_starts[size_t(rec) + 1] : m_text.end();
    }
    return out;
}

} // namespace hc
