#pragma once
#include <QSqlDatabase>
#include <QStringList>
#include <string>
#include <vector>

namespace hc {

// Every division name in one flat UTF-16 buffer, ordered by level then code, for substring search as an
// official types: one Boyer–Moore–Horspool pass over ~5 M characters instead of SQLite's instr() over 665 k rows.
// Built once (off the GUI thread) and read-only afterwards; stale when generation() differs from the database's.
class DivisionNameIndex final
{
public:
    static DivisionNameIndex build(QSqlDatabase db);
    // Levels 1 … maxLevel only: levels 1–4 are 44,703 names, built in a few tens of milliseconds (the villages
    // are nine tenths of the tree).
    static DivisionNameIndex build(QSqlDatabase db, int maxLevel);
    static QString currentGeneration(QSqlDatabase db); // changes whenever divisions are imported

    // Codes whose name contains text, shallow levels first; skips names that start with it when skipPrefix is set
    // (the caller has those from its prefix query).
    QStringList find(const QString &text, int limit, bool skipPrefix) const;
    qsizetype size() const { return qsizetype(m_codes.size()); }
    const QString &generation() const { return m_generation; }
    int maxLevel() const { return m_maxLevel; }

private:
    std::u16string m_text;           // names, each followed by U+0000
    std::vector<quint32> m_starts;   // where each name starts in m_text
    std::vector<qint64> m_codes;     // codes as numbers (none has a leading zero)
    QString m_generation;
    int m_maxLevel = 5;
};

} // namespace hc
