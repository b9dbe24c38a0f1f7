#pragma once
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hc {

// Levels 1–4 of the tree in memory, with the name forms the national-list matcher compares; villages per street
// on demand. Used by one thread (its connection).
class DivisionIndex final
{
public:
    struct Node
    {
        QString code;
        QString name;
        QString clean; // brackets and spaces removed: "管庄（地区）乡" → "管庄地区乡"
        QString stem;  // administrative suffixes removed: "管庄"
        int level = 0;
        int parent = -1;
    };

    static DivisionIndex load(QSqlDatabase db);

    const QList<Node> &nodes() const { return m_nodes; }
    const Node &node(int i) const { return m_nodes.at(i); }
    int indexOf(const QString &code) const { return m_byCode.value(code, -1); }
    QList<int> children(int i) const { return m_children.value(i); } // i = -1: provinces
    QList<int> descendants(int i, int level) const;

    static QString clean(const QString &name);
    static QString stem(const QString &name);

    // Villages / communities (level 5) of a street, read on demand when the level was imported.
    struct Village
    {
        QString code;
        QString stem; // "红霞路社区居委会" → "红霞路社区"
    };
    const QList<Village> &villagesOf(const QString &streetCode) const;
    static QString villageStem(const QString &name);

private:
    QSqlDatabase m_db;
    bool m_hasVillages = false;
    mutable QHash<QString, QList<Village>> m_villages;
    QList<Node> m_nodes;
    QHash<QString, int> m_byCode;
    QHash<int, QList<int>> m_children;
};

} // namespace hc
