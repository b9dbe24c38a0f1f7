#include "ReportBuilder.h"

#include "Authorizer.h"
#include "Clock.h"
#include "Commission.h"
#include "DivisionCode.h"
#include "DivisionRepository.h"
#include "TimeUtil.h"

namespace hc::reports {

namespace words {

QString date(qint64 t)
{
    const QDate d = QDateTime::fromSecsSinceEpoch(t, time::chinaZone()).date();
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString dateTime(qint64 t)
{
    const QDateTime d = QDateTime::fromSecsSinceEpoch(t, time::chinaZone());
    return date(t) + QStringLiteral(" ") + d.time().toString(QStringLiteral("HH:mm"));
}

QString level(int level)
{
    return level == 2 ? QStringLiteral("高风险区") : QStringLiteral("中风险区");
}

QString signedDelta(qint64 n)
{
    return n > 0 ? QStringLiteral("+%1").arg(n) : QString::number(n);
}

QString hours(double h)
{
    return QString::number(h, 'f', 1);
}

} // namespace words

Result<QString> ReportBuilder::scopeOf(const Official &who, const QString &division) const
{
    QString code = who.jurisdiction;
    if (!division.isEmpty()) {
        const auto normalised = divcode::normalise(division);
        if (!normalised)
            return Error::badInput(tr("\"%1\" is not a division code (2, 4, 6, 9 or 12 digits).").arg(division.left(40)));
        if (Status s = DivisionRepository(m_db).requireExists(*normalised); !s)
            return s.error();
        code = *normalised;
    }
    if (Status s = Authorizer::check(who, Permission::LookupHolder, code); !s)
        return s.error();
    return code;
}

Result<Report> ReportBuilder::build(const Official &who, const ReportRequest &r) const
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    Result<Report> out = Error::internal({});
    switch (r.kind) {
    case ReportKind::Daily: out = daily(who, r, now); break;
    case ReportKind::Announcement: out = announcement(who, r, now); break;
    case ReportKind::TicketMonth: out = tickets(who, r, now); break;
    case ReportKind::Batch: out = batch(who, r, now); break;
    }
    if (!out)
        return out;
    Report &rep = out.value();
    rep.kind = r.kind;
    rep.title = reportKindTitle(r.kind);
    rep.commission = Commission::load(m_db).displayName();
    return out;
}

} // namespace hc::reports
