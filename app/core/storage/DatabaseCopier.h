#pragma once
#include "Progress.h"
#include "Result.h"

#include <QList>
#include <QString>

namespace hc {

// Moves a commission from its SQLite file to an empty PostgreSQL database whole (`hcctl db copy`): every table in
// one transaction on the server, through COPY, ids and sequence numbers as they were; the audit chain is verified
// on the copy, and each table counted on both sides.
class DatabaseCopier final
{
public:
    struct Table
    {
        QString name;
        qint64 source = 0;
        qint64 target = 0;
    };
    struct Report
    {
        QList<Table> tables;
        bool equal = true;
        qint64 auditEntries = 0;
        bool auditIntact = false;
        QString auditProblem;
    };
    static Result<Report> copy(const QString &sqlitePath, const QString &serverUri, const ProgressFn &progress = {});
};

} // namespace hc
