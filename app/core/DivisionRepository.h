#pragma once
#include "Result.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace hc {

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
    QList<Division> path(const QString &code) const;           // province … code
    QString pathName(const QString &code) const;               // "山东省 淄博市 张店区"
    // Code prefix when the text is digits, else name: names starting with the text first, then containing it.
    QList<Division> search(const QString &text, int limit = 50) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
