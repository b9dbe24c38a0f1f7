#pragma once
#include "ColorUpdater.h"

#include "StreamQuery.h"

#include <QSqlQuery>
#include <functional>

namespace hc {

// Streams holders with their live conditions (not yet cleared at `now`, or not yet started), in one query:
// the bulk paths (risk declarations, time passing) evaluate millions without a query per holder.
class HolderScan
{
public:
    struct Row
    {
        HolderState holder;
        QString addressKey;
        std::vector<ConditionRecord> conditions; // engine fields and id only
    };
    // `where` filters holder h; `extraLive` widens which conditions count as live (e.g. residence to reconcile).
    HolderScan(QSqlDatabase db, qint64 now, const QString &where, const QVariantList &binds, const QString &order,
               const QString &extraLive = {}, const QVariantList &extraBinds = {});
    Status run(const std::function<Status(Row &)> &visit);

private:
    StreamQuery m_query; // bounded in memory on the server too: a scan may visit every holder
};

} // namespace hc
