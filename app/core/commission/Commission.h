#pragma once
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace hc {

// The commission this console belongs to: the source (赋码来源) of the conditions it assigns and the
// issuer of its codes. Kept in meta; set by `hcctl commission set` or the first-run wizard.
struct Commission
{
    QString division; // its jurisdiction's division code ("" until set)
    QString name;     // 淄博市张店区卫生健康局

    static Commission load(QSqlDatabase db);
    static Status save(QSqlDatabase db, const Commission &c); // inside the caller's transaction, unchecked
    // What the console and hcctl call: needs the administrator's permission; saved with its audit entry.
    static Status set(QSqlDatabase db, const Commission &c, const QString &actor, class AuditLog &audit);
    QString displayName() const; // the name, or a placeholder until set
};

} // namespace hc
