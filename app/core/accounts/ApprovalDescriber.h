#pragma once
#include "ApprovalService.h"
#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace hc {

class Clock;

// What approving a four-eyes request will do, in the words an official reads before confirming (issue 18): a
// sentence made from the request's stored parameters and a count of what it touches, e.g. "划定 张店区 为高风险区，
// 自 … 起，涉及 30,356 名居民" or "将 张*三 3703**********1234 赋黄码，…，现为绿码". Reads only. A case batch is
// traced as its apply would trace it, which takes as long as the batch's preview: call it off the GUI thread.
class ApprovalDescriber
{
    Q_DECLARE_TR_FUNCTIONS(hc::ApprovalDescriber)
public:
    ApprovalDescriber(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    Result<QString> describe(const ApprovalRequest &r, const ProgressFn &progress = {}) const;
    static QString kindLabel(const QString &kind); // 人工赋码, 划定风险区, …; the key itself when unknown
    static QString number(qint64 n);               // with the thousands separated: 30,356

private:
    Result<QString> riskDeclaration(const QJsonObject &p) const;
    Result<QString> manualOrder(const QJsonObject &p) const;
    Result<QString> caseBatch(const QJsonObject &p, const ProgressFn &progress) const;
    Result<QString> administrator(const QJsonObject &p) const;
    Result<QString> nationalImport(const QJsonObject &p) const;
    Result<QString> nationalRevert(const QJsonObject &p) const;
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
