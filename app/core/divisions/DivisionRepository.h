#pragma once
#include "Result.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace hc {

class DivisionNameIndex;

struct Division
{
    QString code;
    QString parent;
    QString name;
    int level = 0;
    bool hasChildren = false;
};

// Read access to the division tree.
class DivisionRepository final
{
public:
    explicit DivisionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QMap<int, qint64> countByLevel() const;
    QList<Division> children(const QString &parentCode) const; // "" → provinces
    std::optional<Division> find(const QString &code) const;
    // BadInput naming the code unless it is in the tree (for every operation that takes a division).
    Status requireExists(const QString &code) const;
    QList<Division> path(const QString &code) const;           // province … code
    QString pathName(const QString &code) const;               // "山东省 淄博市 张店区"
    // Code prefix when the text is digits, else name: names starting with the text first, then containing it;
    // shallow levels first. With a current name index the substring pass runs in memory.
    QList<Division> search(const QString &text, int limit = 50, const DivisionNameIndex *index = nullptr) const;

private:
    QList<Division> findMany(const QStringList &codes) const;

    QSqlDatabase m_db;
};

} // namespace hc
