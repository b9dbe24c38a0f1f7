// The 12345 monthly report (12345 工单月报) of ReportBuilder.
#include "ReportBuilder.h"

#include "Figures.h"
#include "TimeUtil.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace hc::reports {

namespace {

QString kindLabel(const QString &k)
{
    static const QHash<QString, QString> labels{{QStringLiteral("wrong_color"), QStringLiteral("赋码颜色申诉")},
                                                {QStringLiteral("wrong_source"), QStringLiteral("来源地有误")},
                                                {QStringLiteral("wrong_personal_data"), QStringLiteral("个人信息有误")},
                                                {QStringLiteral("reapplication"), QStringLiteral("重新申请")}};
    return labels.value(k, k);
}

QString stateLabel(const QString &s)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("received"), QStringLiteral("已受理")},   {QStringLiteral("assigned"), QStringLiteral("已分派")},
        {QStringLiteral("under_review"), QStringLiteral("审核中")}, {QStringLiteral("decided"), QStringLiteral("已决定")},
        {QStringLiteral("forwarded"), QStringLiteral("已转外省")}, {QStringLiteral("replied"), QStringLiteral("已答复")},
        {QStringLiteral("callback"), QStringLiteral("已回访")},    {QStringLiteral("closed"), QStringLiteral("已办结")}};
    return labels.value(s, s);
}

// Nearest-rank percentile of sorted values, in hours.
double percentileHours(std::vector<qint64> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(p * double(v.size())));
    return double(v[std::clamp<size_t>(rank, 1, v.size()) - 1]) / 3600.0;
}

QString percent(qint64 part, qint64 whole)
{
    return whole == 0 ? QStringLiteral("—") : QString::number(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%');
}

struct Tally
{
    qint64 tickets = 0, closed = 0, met = 0, due = 0; // due: closed, or open past the deadline
    std::vector<qint64> handling;                     // closed − received, seconds
};

} // namespace

Result<Report> ReportBuilder::tickets(const Official &who, const ReportRequest &r, qint64 now) const
{
    static const QRegularExpression monthForm(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = monthForm.match(r.month);
    const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid())
        return Error::badInput(tr("The month is written YYYY-MM (2022-11)."));
    const qint64 from = QDateTime(first, QTime(0, 0), time::chinaZone()).toSecsSinceEpoch();
    const qint64 to = QDateTime(first.addMonths(1), QTime(0, 0), time::chinaZone()).toSecsSinceEpoch();
    if (to <= kEarliest || from > now)
        return Error::badInput(tr("The month %1 is outside 2019-12 … this month.").arg(r.month));
    auto code = scopeOf(who, r.division);
    if (!code)
        return code.error();
    const QString scope = Figures::prefixOf(*code);
    const qint64 asOf = std::min(to, now);
    const Figures f(m_db);
    Report rep;
    rep.scope = f.pathName(*code);
    rep.scopeCode = *code;
    rep.asOf = asOf;
    rep.period = QStringLiteral("%1年%2月").arg(first.year()).arg(first.month());
    rep.parameters = {{QStringLiteral("month"), r.month}, {QStringLiteral("division"), *code}};
    rep.fileStem = QStringLiteral("tickets-%1-%2").arg(code->isEmpty() ? QStringLiteral("all") : *code, first.toString(QStringLiteral("yyyyMM")));

    QMap<QString, QMap<QString, qint64>> kindState; // kind → state as of asOf → count
    QMap<QString, Tally> byKind, byReviewer;
    Tally all;
    ReportTable fwd = ReportTable::make(QStringLiteral("forwarded"), QStringLiteral("转外省办理的工单"),
        {{QStringLiteral("number"), QStringLiteral("工单编号")},
         {QStringLiteral("kind"), QStringLiteral("类型")},
         {QStringLiteral("province"), QStringLiteral("转往")},
         {QStringLiteral("received"), QStringLiteral("受理时间")},
         {QStringLiteral("answer"), QStringLiteral("外省答复")},
         {QStringLiteral("answered"), QStringLiteral("答复时间")}});
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.number, t.kind, t.state, t.decision, t.deadline_at, t.assignee, t.forwarded_to,"
                             " t.received_at, t.decided_at, t.closed_at FROM ticket t CROSS JOIN holder h"
                             " WHERE h.id = t.holder_id AND t.received_at >= ? AND t.received_at < ? AND t.received_at <= ?"
                             " AND h.home_division >= ? AND h.home_division < ? ORDER BY t.received_at, t.id"));
    for (const QVariant &v : QVariantList{from, to, asOf, scope, scope + QChar(0xFFFF)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::internal(tr("The tickets cannot be read."));
    while (q.next()) {
        const QString kind = q.value(1).toString();
        const qint64 deadline = q.value(4).toLongLong();
        const qint64 received = q.value(7).toLongLong();
        const std::optional<qint64> closed = q.value(9).isNull() || q.value(9).toLongLong() > asOf
                                                 ? std::nullopt : std::optional(q.value(9).toLongLong());
        const QString state = closed ? QStringLiteral("closed") : q.value(2).toString() == QLatin1String("closed")
                                                                      ? QStringLiteral("replied") : q.value(2).toString();
        ++kindState[kind][state];
        const QString reviewer = f.officialName(q.value(5).toString());
        for (Tally *t : {&all, &byKind[kind], &byReviewer[reviewer.isEmpty() ? QStringLiteral("（未分派）") : reviewer]}) {
            ++t->tickets;
            if (closed) {
                ++t->closed, ++t->due;
                t->met += *closed <= deadline;
                t->handling.push_back(*closed - received);
            } else if (asOf > deadline)
                ++t->due;
        }
        if (!q.value(6).isNull() && !q.value(6).toString().isEmpty()) {
            const bool answered = !q.value(3).isNull() && !q.value(8).isNull() && q.value(8).toLongLong() <= asOf;
            fwd.rows << QVariantList{q.value(0).toString(), kindLabel(kind), f.name(q.value(6).toString()),
                                     time::formatShort(received),
                                     answered ? (q.value(3).toString() == QLatin1String("approved") ? QStringLiteral("予以更正")
                                                                                                    : QStringLiteral("维持原码"))
                                              : QStringLiteral("尚未答复"),
                                     answered ? time::formatShort(q.value(8).toLongLong()) : QString()};
        }
    }

    const QStringList states{QStringLiteral("received"), QStringLiteral("assigned"), QStringLiteral("under_review"),
                             QStringLiteral("forwarded"), QStringLiteral("decided"), QStringLiteral("replied"),
                             QStringLiteral("callback"), QStringLiteral("closed")};
    ReportTable ks = ReportTable::make(QStringLiteral("by_kind_state"), QStringLiteral("分类型、分状态工单数"),
        {{QStringLiteral("kind"), QStringLiteral("类型")}});
    for (const QString &s : states)
        ks.keys << s, ks.headings << stateLabel(s);
    ks.keys << QStringLiteral("total") << QStringLiteral("met_rate");
    ks.headings << QStringLiteral("合计") << QStringLiteral("按期办结率");
    for (auto it = kindState.cbegin(); it != kindState.cend(); ++it) {
        QVariantList row{kindLabel(it.key())};
        qint64 total = 0;
        for (const QString &s : states)
            row << it->value(s), total += it->value(s);
        row << total << percent(byKind[it.key()].met, byKind[it.key()].due);
        ks.rows << row;
    }
    ReportTable rv = ReportTable::make(QStringLiteral("by_reviewer"), QStringLiteral("承办人员办理情况"),
        {{QStringLiteral("reviewer"), QStringLiteral("承办人")},
         {QStringLiteral("tickets"), QStringLiteral("工单数")},
         {QStringLiteral("closed"), QStringLiteral("已办结")},
         {QStringLiteral("met_rate"), QStringLiteral("按期办结率")},
         {QStringLiteral("median_hours"), QStringLiteral("办理时长中位数（小时）")},
         {QStringLiteral("p90_hours"), QStringLiteral("办理时长90%分位（小时）")}});
    for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it)
        rv.rows << QVariantList{it.key(), it->tickets, it->closed, percent(it->met, it->due),
                                words::hours(percentileHours(it->handling, 0.5)), words::hours(percentileHours(it->handling, 0.9))};

    ReportSection summary;
    summary.key = QStringLiteral("summary");
    summary.heading = QStringLiteral("一、总体情况");
    summary.paragraphs << QStringLiteral("%1共受理涉码 12345 工单%2件，截至%3已办结%4件；应办结%5件中按期办结%6件，按期办结率%7；"
                                         "办理时长中位数%8小时，90%分位%9小时。")
                              .arg(rep.period).arg(all.tickets).arg(words::dateTime(asOf)).arg(all.closed).arg(all.due)
                              .arg(all.met).arg(percent(all.met, all.due))
                              .arg(words::hours(percentileHours(all.handling, 0.5)), words::hours(percentileHours(all.handling, 0.9)));
    ReportSection kinds{QStringLiteral("by_kind"), QStringLiteral("二、分类型情况"), {}, {ks}};
    ReportSection reviewers{QStringLiteral("by_reviewer"), QStringLiteral("三、承办人员情况"), {}, {rv}};
    ReportSection forwarded{QStringLiteral("forwarded"), QStringLiteral("四、转外省办理情况"),
                            {fwd.rows.isEmpty() ? QStringLiteral("本月无转外省办理的工单。")
                                                : QStringLiteral("本月转外省办理工单%1件。").arg(fwd.rows.size())},
                            {fwd}};
    rep.sections << summary << kinds << reviewers << forwarded;
    return rep;
}

} // namespace hc::reports
