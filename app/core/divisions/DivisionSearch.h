#pragma once
#include "DivisionRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace hc {

class DivisionNameIndex;

// A division as an official recognises it: its name with the names above it, nearest first.
struct DivisionHit
{
    Division division;
    QStringList parents; // "淄博市", "山东省"; placeholder levels (市辖区, 县, …直辖县级行政区划) left out
    QString label() const; // "张店区 · 淄博市 · 山东省"
};

// What a typed text names.
struct DivisionResolution
{
    enum Kind {
        Empty,     // nothing typed
        Exact,     // one division: a code in the tree, a label, or a name that only one division has (in the context)
        Partial,   // not one division yet, but divisions start with or contain it: keep typing or choose
        Ambiguous, // several divisions have exactly this name: choose one (or add a parent: "朝阳区 北京")
        Unknown,   // no division has this code or name
    };
    Kind kind = Empty;
    bool code = false; // the text was digits
    DivisionHit hit;   // when Exact
    int candidates = 0; // when Ambiguous: how many share the name
};

// Finding divisions as an official types, fast on the whole tree (665,276 divisions).
//
// Digits are a code prefix (the GB/T six-digit forms 370000 / 370300 also name the province / city). Other text is a
// name: its first word is matched against division names, further words ("张店 淄博", or a label pasted back
// "张店区 · 淄博市 · 山东省") must each occur in a name above it. Order: provinces, cities and counties before
// streets and villages; within each, names starting with the text before names containing it, then by level.
//
// Name prefixes use the division_name index as a range (name >= t AND name < t + U+FFFF): no LIKE, so the same on
// SQLite and PostgreSQL whatever the collation's LIKE support. Names *containing* the text need a scan of names: a
// DivisionNameIndex in memory when given (levels 1–4: 44,703 names, built once in ~0.1 s; or every level, ~0.5 s, off
// the GUI thread), else SQL over levels 1–4 (~40–70 ms on the full tree, too slow for every keystroke). The 620,000
// villages are found by their leading characters unless the index holds level 5.
class DivisionSearch final
{
public:
    explicit DivisionSearch(QSqlDatabase db, const DivisionNameIndex *index = nullptr);

    QList<DivisionHit> search(const QString &text, int limit = 50) const;
    DivisionResolution resolve(const QString &text) const;
    // The same, when search(text) was just made: anyFound says whether it found anything (Partial or Unknown).
    DivisionResolution resolve(const QString &text, const std::optional<bool> &anyFound) const;
    std::optional<DivisionHit> hit(const QString &code) const; // the division with its parents, if in the tree

    static QString separator(); // " · "
    static constexpr int kDeepestContainedLevel = 4; // without an index

private:
    QStringList namePrefix(const QString &text, int level, int limit) const;
    QStringList nameContained(const QString &text, int fromLevel, int toLevel, int limit) const;
    QList<DivisionHit> hits(const QStringList &codes) const; // in the given order, with parents
    QHash<QString, QString> names(const QStringList &codes) const;

    QSqlDatabase m_db;
    const DivisionNameIndex *m_index = nullptr;
};

} // namespace hc
