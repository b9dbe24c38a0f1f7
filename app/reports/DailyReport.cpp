// The daily situation report (疫情防控日报) of ReportBuilder.
#include "ReportBuilder.h"

#include "Clock.h"
#include "Figures.h"
#include "SecretStore.h"
#include "SyncService.h"
#include "TimeUtil.h"

#include <QSqlQuery>

namespace hc::reports {

namespace {

constexpr qint64 kDay = 86400;

ReportSection colorSection(const Figures &f, const QString &scope, qint64 dayStart, qint64 asOf)
{
    const auto now = f.colorsByCounty(scope, asOf);
    const auto before = f.colorsByCounty(scope, dayStart);
    QMap<QString, std::pair<ColorArray, ColorArray>> rows;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        for (size_t i = 0; i < 4; ++i)
            rows[Figures::rowKey(scope, it.key())].first[i] += it.value()[i];
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        for (size_t i = 0; i < 4; ++i)
            rows[Figures::rowKey(scope, it.key())].second[i] += it.value()[i];
    ReportTable t = ReportTable::make(QStringLiteral("colors_by_county"), QStringLiteral("分县（市、区）赋码情况"),
        {{QStringLiteral("code"), QStringLiteral("区划代码")},
         {QStringLiteral("name"), QStringLiteral("县（市、区）")},
         {QStringLiteral("red"), QStringLiteral("红码")}, {QStringLiteral("yellow"), QStringLiteral("黄码")},
         {QStringLiteral("green"), QStringLiteral("绿码")}, {QStringLiteral("gray"), QStringLiteral("灰码")},
         {QStringLiteral("total"), QStringLiteral("合计")},
         {QStringLiteral("red_change"), QStringLiteral("红码较前日")},
         {QStringLiteral("yellow_change"), QStringLiteral("黄码较前日")},
         {QStringLiteral("green_change"), QStringLiteral("绿码较前日")}});
    ColorArray sumNow{}, sumBefore{};
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const ColorArray &n = it->first, &b = it->second;
        t.rows << QVariantList{it.key(), f.name(it.key()), n[3], n[2], n[0], n[1], Figures::total(n),
                               n[3] - b[3], n[2] - b[2], n[0] - b[0]};
        for (size_t i = 0; i < 4; ++i)
            sumNow[i] += n[i], sumBefore[i] += b[i];
    }
    t.totals = QVariantList{QString(), QStringLiteral("合计"), sumNow[3], sumNow[2], sumNow[0], sumNow[1], Figures::total(sumNow),
                            sumNow[3] - sumBefore[3], sumNow[2] - sumBefore[2], sumNow[0] - sumBefore[0]};
    ReportSection s;
    s.key = QStringLiteral("colors");
    s.heading = QStringLiteral("一、健康码赋码情况");
    s.paragraphs << QStringLiteral("截至%1，辖区内持码人%2人，其中红码%3人（较前日%4），黄码%5人（较前日%6），绿码%7人，灰码%8人。")
                        .arg(words::dateTime(asOf)).arg(Figures::total(sumNow)).arg(sumNow[3])
                        .arg(words::signedDelta(sumNow[3] - sumBefore[3])).arg(sumNow[2])
                        .arg(words::signedDelta(sumNow[2] - sumBefore[2])).arg(sumNow[0]).arg(sumNow[1]);
    s.tables << t;
    return s;
}

// Areas whose level changed that day: a period that took effect (declared, raised or lowered), or one that ended
// with nothing after it (lifted).
ReportSection areaChangeSection(QSqlDatabase db, const Figures &f, const QString &scope, qint64 dayStart, qint64 dayEnd)
{
    ReportTable t = ReportTable::make(QStringLiteral("areas_changed"), QStringLiteral("当日风险区域变化"),
        {{QStringLiteral("county"), QStringLiteral("县（市、区）")},
         {QStringLiteral("area"), QStringLiteral("区域")}, {QStringLiteral("change"), QStringLiteral("变化")},
         {QStringLiteral("effective"), QStringLiteral("生效时间")},
         {QStringLiteral("basis"), QStringLiteral("依据")},
         {QStringLiteral("reason"), QStringLiteral("原因")}});
    t.pdfRows = 500; // a national list changes tens of thousands of areas in a day: the PDF stays readable
    const QString end = scope + QChar(0xFFFF);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT a.division_code, a.subarea, p.level, p.effective_from, p.basis, p.reason,"
        " (SELECT b.level FROM risk_period b WHERE b.area_id = p.area_id AND b.id <> p.id AND b.effective_to = p.effective_from"
        "  ORDER BY b.id DESC LIMIT 1)"
        " FROM risk_period p JOIN risk_area a ON a.id = p.area_id WHERE p.effective_from >= ? AND p.effective_from < ?"
        " AND a.division_code >= ? AND a.division_code < ? ORDER BY a.division_code, a.subarea_key, p.effective_from, p.id"));
    for (const QVariant &v : QVariantList{dayStart, dayEnd, scope, end})
        q.addBindValue(v);
    int declared = 0, changed = 0, lifted = 0;
    auto areaName = [&](const QString &code, const QString &subarea) {
        QString n = f.pathName(code).mid(f.pathName(code.left(6)).size());
        return (n.isEmpty() ? f.name(code) : n) + (subarea.isEmpty() ? QString() : QStringLiteral(" ") + subarea);
    };
    if (q.exec())
        while (q.next()) {
            const int level = q.value(2).toInt();
            QString change;
            if (q.value(6).isNull())
                change = QStringLiteral("划定为") + words::level(level), ++declared;
            else
                change = QStringLiteral("由%1调整为%2").arg(words::level(q.value(6).toInt()), words::level(level)), ++changed;
            const QString code = q.value(0).toString();
            t.rows << QVariantList{f.name(code.left(6)), areaName(code, q.value(1).toString()), change,
                                   time::formatShort(q.value(3).toLongLong()), q.value(4).toString(), q.value(5).toString()};
        }
    q.prepare(QStringLiteral(
        "SELECT a.division_code, a.subarea, p.level, p.effective_to, p.basis, COALESCE(p.end_reason, '')"
        " FROM risk_period p JOIN risk_area a ON a.id = p.area_id WHERE p.effective_to >= ? AND p.effective_to < ?"
        " AND a.division_code >= ? AND a.division_code < ?"
        " AND NOT EXISTS (SELECT 1 FROM risk_period n WHERE n.area_id = p.area_id AND n.id <> p.id AND n.effective_from = p.effective_to)"
        " ORDER BY a.division_code, a.subarea_key, p.effective_to, p.id"));
    for (const QVariant &v : QVariantList{dayStart, dayEnd, scope, end})
        q.addBindValue(v);
    if (q.exec())
        while (q.next()) {
            const QString code = q.value(0).toString();
            t.rows << QVariantList{f.name(code.left(6)), areaName(code, q.value(1).toString()),
                                   QStringLiteral("解除%1（降为低风险区）").arg(words::level(q.value(2).toInt())),
                                   time::formatShort(q.value(3).toLongLong()), q.value(4).toString(), q.value(5).toString()};
            ++lifted;
        }
    ReportSection s;
    s.key = QStringLiteral("areas_changed");
    s.heading = QStringLiteral("二、风险区域调整情况");
    s.paragraphs << (t.rows.isEmpty() ? QStringLiteral("当日无风险区域调整。")
                                      : QStringLiteral("当日新划定风险区域%1个，调整等级%2个，解除%3个。").arg(declared).arg(changed).arg(lifted));
    s.tables << t;
    return s;
}

ReportSection areasInForceSection(const Figures &f, const QString &scope, qint64 asOf)
{
    ReportTable t = ReportTable::make(QStringLiteral("areas_in_force"), QStringLiteral("现有风险区域（分县）"),
        {{QStringLiteral("code"), QStringLiteral("区划代码")},
         {QStringLiteral("name"), QStringLiteral("县（市、区）")},
         {QStringLiteral("high"), QStringLiteral("高风险区")},
         {QStringLiteral("medium"), QStringLiteral("中风险区")}});
    QMap<QString, AreaCount> rows;
    for (auto [county, a] : f.areasByCounty(scope, asOf).asKeyValueRange()) {
        AreaCount &r = rows[Figures::rowKey(scope, county)];
        r.high += a.high, r.medium += a.medium;
    }
    AreaCount sum;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        t.rows << QVariantList{it.key(), f.name(it.key()), it->high, it->medium};
        sum.high += it->high, sum.medium += it->medium;
    }
    t.totals = QVariantList{QString(), QStringLiteral("合计"), sum.high, sum.medium};
    ReportSection s;
    s.key = QStringLiteral("areas_in_force");
    s.heading = QStringLiteral("三、现有风险区域");
    s.paragraphs << QStringLiteral("截至%1，辖区内现有高风险区%2个、中风险区%3个，其余地区为低风险区。")
                        .arg(words::dateTime(asOf)).arg(sum.high).arg(sum.medium);
    s.tables << t;
    return s;
}

ReportSection batchSection(QSqlDatabase db, const Figures &f, const QString &scope, qint64 dayStart, qint64 dayEnd)
{
    ReportTable list = ReportTable::make(QStringLiteral("batches"), QStringLiteral("当日应用的病例批次"),
        {{QStringLiteral("batch"), QStringLiteral("批次")}, {QStringLiteral("file"), QStringLiteral("文件")},
         {QStringLiteral("cases"), QStringLiteral("病例数")},
         {QStringLiteral("changed"), QStringLiteral("转码人数")},
         {QStringLiteral("applied_by"), QStringLiteral("应用人")},
         {QStringLiteral("applied_at"), QStringLiteral("应用时间")}});
    ReportTable by = ReportTable::make(QStringLiteral("batch_changes_by_county"), QStringLiteral("批次转码人数（分县）"),
        {{QStringLiteral("code"), QStringLiteral("区划代码")},
         {QStringLiteral("name"), QStringLiteral("县（市、区）")},
         {QStringLiteral("to_red"), QStringLiteral("转为红码")},
         {QStringLiteral("to_yellow"), QStringLiteral("转为黄码")}});
    const QString end = scope + QChar(0xFFFF);
    QSqlQuery q(db), r(db);
    q.prepare(QStringLiteral("SELECT id, file_name, applied_by, applied_at, (SELECT COUNT(DISTINCT case_ref) FROM case_row"
                             " WHERE batch_id = case_batch.id) FROM case_batch WHERE applied_at >= ? AND applied_at < ?"
                             " AND kind = 'cases' ORDER BY applied_at, id"));
    q.addBindValue(dayStart);
    q.addBindValue(dayEnd);
    r.prepare(QStringLiteral("SELECT substr(h.home_division, 1, 6), b.color_after, COUNT(*) FROM batch_result b"
                             " CROSS JOIN holder h WHERE h.id = b.holder_id AND b.batch_id = ? AND b.outcome = 'changed'"
                             " AND h.home_division >= ? AND h.home_division < ? GROUP BY 1, 2"));
    QMap<QString, std::pair<qint64, qint64>> counties;
    qint64 cases = 0, changed = 0;
    if (q.exec())
        while (q.next()) {
            r.addBindValue(q.value(0));
            r.addBindValue(scope);
            r.addBindValue(end);
            qint64 batchChanged = 0;
            if (r.exec())
                while (r.next()) {
                    auto &c = counties[Figures::rowKey(scope, r.value(0).toString())];
                    (r.value(1).toInt() == 3 ? c.first : c.second) += r.value(2).toLongLong();
                    batchChanged += r.value(2).toLongLong();
                }
            list.rows << QVariantList{QStringLiteral("第%1批").arg(q.value(0).toLongLong()), q.value(1).toString(),
                                      q.value(4).toLongLong(), batchChanged, f.officialName(q.value(2).toString()),
                                      time::formatShort(q.value(3).toLongLong())};
            cases += q.value(4).toLongLong();
            changed += batchChanged;
        }
    for (auto it = counties.cbegin(); it != counties.cend(); ++it)
        by.rows << QVariantList{it.key(), f.name(it.key()), it->first, it->second};
    ReportSection s;
    s.key = QStringLiteral("batches");
    s.heading = QStringLiteral("四、病例批次赋码情况");
    s.paragraphs << (list.rows.isEmpty() ? QStringLiteral("当日未应用病例批次。")
                                         : QStringLiteral("当日应用病例批次%1个，涉及病例%2例，辖区内%3人转码。")
                                               .arg(list.rows.size()).arg(cases).arg(changed));
    s.tables << list << by;
    return s;
}

ReportSection ticketSection(QSqlDatabase db, const QString &scope, qint64 dayStart, qint64 dayEnd, qint64 asOf)
{
    const QString end = scope + QChar(0xFFFF);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT SUM(CASE WHEN t.received_at >= ? AND t.received_at < ? THEN 1 ELSE 0 END),"
                             " SUM(CASE WHEN t.closed_at >= ? AND t.closed_at < ? THEN 1 ELSE 0 END),"
                             " SUM(CASE WHEN t.received_at <= ? AND (t.closed_at IS NULL OR t.closed_at > ?) AND t.deadline_at < ?"
                             " THEN 1 ELSE 0 END) FROM ticket t CROSS JOIN holder h"
                             " WHERE h.id = t.holder_id AND h.home_division >= ? AND h.home_division < ?"));
    for (const QVariant &v : QVariantList{dayStart, dayEnd, dayStart, dayEnd, asOf, asOf, asOf, scope, end})
        q.addBindValue(v);
    qint64 received = 0, closed = 0, overdue = 0;
    if (q.exec() && q.next())
        received = q.value(0).toLongLong(), closed = q.value(1).toLongLong(), overdue = q.value(2).toLongLong();
    ReportTable t = ReportTable::make(QStringLiteral("tickets"), QStringLiteral("12345 工单办理"),
        {{QStringLiteral("figure"), QStringLiteral("指标")},
         {QStringLiteral("count"), QStringLiteral("件数")}});
    t.rows << QVariantList{QStringLiteral("当日受理"), received} << QVariantList{QStringLiteral("当日办结"), closed}
           << QVariantList{QStringLiteral("逾期未办结"), overdue};
    ReportSection s;
    s.key = QStringLiteral("tickets");
    s.heading = QStringLiteral("五、12345 热线工单");
    s.paragraphs << QStringLiteral("当日受理涉码工单%1件，办结%2件；截至%3逾期未办结%4件。")
                        .arg(received).arg(closed).arg(words::dateTime(asOf)).arg(overdue);
    s.tables << t;
    return s;
}

ReportSection syncSection(QSqlDatabase db, qint64 asOf)
{
    ReportSection s;
    s.key = QStringLiteral("sync");
    s.heading = QStringLiteral("六、与国家平台同步");
    QSqlQuery q(db);
    const bool configured = q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_config")) && q.next() && q.value(0).toInt() > 0;
    if (!configured) {
        s.paragraphs << QStringLiteral("本工作台尚未接入国家平台，变更暂存于待发送队列。");
        return s;
    }
    // What waited at the "as of" time: changes made by then and not delivered by then.
    // Batches are delivered in sequence order: what was delivered by then is a prefix of the outbox.
    q.prepare(QStringLiteral("SELECT COUNT(*), MIN(at) FROM outbox WHERE seq > (SELECT COALESCE(MAX(seq_to), 0) FROM sync_batch"
                             " WHERE delivered_at <= ?) AND at <= ?"));
    q.addBindValue(asOf);
    q.addBindValue(asOf);
    qint64 waiting = 0, oldest = 0;
    if (q.exec() && q.next())
        waiting = q.value(0).toLongLong(), oldest = q.value(1).toLongLong();
    if (waiting == 0)
        s.paragraphs << QStringLiteral("截至%1，全部变更均已送达国家平台并取得回执。").arg(words::dateTime(asOf));
    else {
        const qint64 age = asOf - oldest;
        s.paragraphs << QStringLiteral("截至%1，待送达国家平台的变更%2条，最早一条产生于%3（已等待%4小时%5）。")
                            .arg(words::dateTime(asOf)).arg(waiting).arg(words::dateTime(oldest))
                            .arg(words::hours(age / 3600.0))
                            .arg(age >= sync::SyncService::kAlarmSeconds ? QStringLiteral("，已超过4小时时限")
                                 : age >= sync::SyncService::kWarningSeconds ? QStringLiteral("，已超过2小时") : QString());
    }
    return s;
}

} // namespace

Result<Report> ReportBuilder::daily(const Official &who, const ReportRequest &r, qint64 now) const
{
    if (!r.date.isValid())
        return Error::badInput(tr("The daily report needs a date (YYYY-MM-DD)."));
    const qint64 dayStart = QDateTime(r.date, QTime(0, 0), time::chinaZone()).toSecsSinceEpoch();
    if (dayStart < kEarliest || dayStart > now)
        return Error::badInput(tr("The date %1 is outside 2019-12-01 … today.").arg(r.date.toString(Qt::ISODate)));
    auto code = scopeOf(who, r.division);
    if (!code)
        return code.error();
    const qint64 dayEnd = dayStart + kDay;
    const qint64 asOf = std::min(dayEnd, now);
    const QString scope = Figures::prefixOf(*code);
    const Figures f(m_db);
    Report rep;
    rep.scope = f.pathName(*code);
    rep.scopeCode = *code;
    rep.asOf = asOf;
    rep.period = words::date(dayStart);
    rep.parameters = {{QStringLiteral("date"), r.date.toString(Qt::ISODate)}, {QStringLiteral("division"), *code}};
    rep.fileStem = QStringLiteral("daily-%1-%2").arg(code->isEmpty() ? QStringLiteral("all") : *code, r.date.toString(QStringLiteral("yyyyMMdd")));
    rep.sections << colorSection(f, scope, dayStart, asOf) << areaChangeSection(m_db, f, scope, dayStart, dayEnd)
                 << areasInForceSection(f, scope, asOf) << batchSection(m_db, f, scope, dayStart, dayEnd)
                 << ticketSection(m_db, scope, dayStart, dayEnd, asOf) << syncSection(m_db, asOf);
    return rep;
}

} // namespace hc::reports
