// The case-batch report (批次赋码报告) of ReportBuilder: one batch, its officials, impact and outcomes. People
// appear only masked.
#include "ReportBuilder.h"

#include "Authorizer.h"
#include "Figures.h"
#include "IdNumber.h"
#include "TimeUtil.h"

#include <QSqlQuery>
#include <numeric>

namespace hc::reports {

namespace {

QString statusLabel(const QString &s)
{
    static const QHash<QString, QString> labels{{QStringLiteral("imported"), QStringLiteral("已导入，未应用")},
                                                {QStringLiteral("pending"), QStringLiteral("待第二人审批")},
                                                {QStringLiteral("applied"), QStringLiteral("已应用")},
                                                {QStringLiteral("reverted"), QStringLiteral("已撤销")}};
    return labels.value(s, s);
}

QString classLabel(const QString &c)
{
    static const QHash<QString, QString> labels{{QStringLiteral("confirmed"), QStringLiteral("确诊病例")},
                                                {QStringLiteral("asymptomatic"), QStringLiteral("无症状感染者")},
                                                {QStringLiteral("suspected"), QStringLiteral("疑似病例")}};
    return labels.value(c, c);
}

QString outcomeLabel(const QString &o)
{
    static const QHash<QString, QString> labels{{QStringLiteral("changed"), QStringLiteral("转码")},
                                                {QStringLiteral("already"), QStringLiteral("已是该码色")},
                                                {QStringLiteral("no_effect"), QStringLiteral("无影响")},
                                                {QStringLiteral("outside_jurisdiction"), QStringLiteral("辖区外")}};
    return labels.value(o, o);
}

} // namespace

Result<Report> ReportBuilder::batch(const Official &who, const ReportRequest &r, qint64) const
{
    if (Status s = Authorizer::check(who, Permission::BulkReassign); !s)
        return s.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, file_name, file_sha256, records, accepted, left_out, status, imported_by, imported_at,"
                             " approval_id, applied_by, applied_at, reverted_by, reverted_at, revert_reason FROM case_batch WHERE id = ?"));
    q.addBindValue(r.batchId);
    if (!q.exec() || !q.next())
        return Error::badInput(tr("There is no case batch %1.").arg(r.batchId));
    const Figures f(m_db);
    Report rep;
    rep.scope = f.pathName(who.jurisdiction);
    rep.scopeCode = who.jurisdiction;
    rep.period = QStringLiteral("第%1批").arg(r.batchId);
    rep.parameters = {{QStringLiteral("batch"), r.batchId}};
    rep.fileStem = QStringLiteral("batch-%1").arg(r.batchId);
    const QString status = q.value(6).toString();
    const qint64 appliedAt = q.value(11).isNull() ? 0 : q.value(11).toLongLong();
    const qint64 revertedAt = q.value(13).isNull() ? 0 : q.value(13).toLongLong();
    rep.asOf = std::max({q.value(8).toLongLong(), appliedAt, revertedAt});

    QString approver, approvedAt;
    if (!q.value(9).isNull()) {
        QSqlQuery a(m_db);
        a.prepare(QStringLiteral("SELECT decided_by, decided_at, status FROM approval WHERE id = ?"));
        a.addBindValue(q.value(9));
        if (a.exec() && a.next() && !a.value(0).isNull()) {
            approver = f.officialName(a.value(0).toString());
            approvedAt = time::formatShort(a.value(1).toLongLong());
            rep.asOf = std::max(rep.asOf, a.value(1).toLongLong());
        }
    }
    ReportTable facts = ReportTable::make(QStringLiteral("batch"), QStringLiteral("批次信息"),
        {{QStringLiteral("item"), QStringLiteral("项目")},
         {QStringLiteral("value"), QStringLiteral("内容")}});
    facts.rows << QVariantList{QStringLiteral("类型"), q.value(0).toString() == QLatin1String("cases") ? QStringLiteral("病例报告")
                                                                                                     : QStringLiteral("场所核验记录")}
               << QVariantList{QStringLiteral("文件"), q.value(1).toString()}
               << QVariantList{QStringLiteral("文件 SHA-256"), q.value(2).toString()}
               << QVariantList{QStringLiteral("记录数"), QString::number(q.value(3).toLongLong())}
               << QVariantList{QStringLiteral("接收记录"), QString::number(q.value(4).toLongLong())}
               << QVariantList{QStringLiteral("未接收记录"), QString::number(q.value(5).toLongLong())}
               << QVariantList{QStringLiteral("状态"), statusLabel(status)}
               << QVariantList{QStringLiteral("导入人"), f.officialName(q.value(7).toString())}
               << QVariantList{QStringLiteral("导入时间"), time::formatShort(q.value(8).toLongLong())}
               << QVariantList{QStringLiteral("审批人"), approver.isEmpty() ? QStringLiteral("（无需审批）") : approver}
               << QVariantList{QStringLiteral("审批时间"), approvedAt}
               << QVariantList{QStringLiteral("应用人"), f.officialName(q.value(10).toString())}
               << QVariantList{QStringLiteral("应用时间"), appliedAt ? time::formatShort(appliedAt) : QString()};
    if (revertedAt)
        facts.rows << QVariantList{QStringLiteral("撤销人"), f.officialName(q.value(12).toString())}
                   << QVariantList{QStringLiteral("撤销时间"), time::formatShort(revertedAt)}
                   << QVariantList{QStringLiteral("撤销原因"), q.value(14).toString()};

    ReportTable cases = ReportTable::make(QStringLiteral("cases"), QStringLiteral("病例（个人信息已脱敏）"),
        {{QStringLiteral("case_ref"), QStringLiteral("病例编号")},
         {QStringLiteral("class"), QStringLiteral("类别")},
         {QStringLiteral("id_number"), QStringLiteral("身份证号")},
         {QStringLiteral("reported"), QStringLiteral("报告时间")},
         {QStringLiteral("county"), QStringLiteral("县（市、区）")}});
    QSqlQuery c(m_db);
    c.prepare(QStringLiteral("SELECT case_ref, MIN(class), MIN(id_number), MIN(report_at), MIN(division) FROM case_row"
                             " WHERE batch_id = ? AND case_ref <> '' GROUP BY case_ref ORDER BY MIN(line)"));
    c.addBindValue(r.batchId);
    if (c.exec())
        while (c.next()) {
            const QString division = c.value(4).toString();
            cases.rows << QVariantList{c.value(0).toString(), classLabel(c.value(1).toString()), mask::idNumber(c.value(2).toString()),
                                       time::formatShort(c.value(3).toLongLong()), division.isEmpty() ? QString() : f.name(division.left(6))};
        }

    ReportTable impact = ReportTable::make(QStringLiteral("impact_by_county"), QStringLiteral("分县（市、区）影响"),
        {{QStringLiteral("code"), QStringLiteral("区划代码")},
         {QStringLiteral("name"), QStringLiteral("县（市、区）")},
         {QStringLiteral("to_red"), QStringLiteral("转为红码")},
         {QStringLiteral("to_yellow"), QStringLiteral("转为黄码")},
         {QStringLiteral("already"), QStringLiteral("已是该码色")},
         {QStringLiteral("no_effect"), QStringLiteral("无影响")},
         {QStringLiteral("outside"), QStringLiteral("辖区外")}});
    ReportTable outcomes = ReportTable::make(QStringLiteral("outcomes"), QStringLiteral("处理结果"),
        {{QStringLiteral("outcome"), QStringLiteral("结果")},
         {QStringLiteral("holders"), QStringLiteral("人数")}});
    QSqlQuery i(m_db);
    i.prepare(QStringLiteral("SELECT substr(h.home_division, 1, 6), b.outcome, b.color_after, COUNT(*) FROM batch_result b"
                             " CROSS JOIN holder h WHERE h.id = b.holder_id AND b.batch_id = ? GROUP BY 1, 2, 3"));
    i.addBindValue(r.batchId);
    QMap<QString, std::array<qint64, 5>> byCounty;
    QMap<QString, qint64> byOutcome;
    if (i.exec())
        while (i.next()) {
            const QString outcome = i.value(1).toString();
            const qint64 n = i.value(3).toLongLong();
            byOutcome[outcome] += n;
            auto &row = byCounty[i.value(0).toString()];
            if (outcome == QLatin1String("changed"))
                row[i.value(2).toInt() == 3 ? 0 : 1] += n;
            else
                row[outcome == QLatin1String("already") ? 2 : outcome == QLatin1String("no_effect") ? 3 : 4] += n;
        }
    for (auto it = byCounty.cbegin(); it != byCounty.cend(); ++it)
        impact.rows << QVariantList{it.key(), f.name(it.key()), (*it)[0], (*it)[1], (*it)[2], (*it)[3], (*it)[4]};
    for (auto it = byOutcome.cbegin(); it != byOutcome.cend(); ++it)
        outcomes.rows << QVariantList{outcomeLabel(it.key()), *it};

    qint64 changed = byOutcome.value(QStringLiteral("changed"));
    ReportSection s1{QStringLiteral("batch"), QStringLiteral("一、批次基本情况"),
                     {QStringLiteral("第%1批（%2），共%3条记录，涉及病例%4例；%5。")
                          .arg(r.batchId).arg(q.value(1).toString()).arg(q.value(3).toLongLong()).arg(cases.rows.size())
                          .arg(statusLabel(status))},
                     {facts}};
    ReportSection s2{QStringLiteral("cases"), QStringLiteral("二、病例"), {}, {cases}};
    ReportSection s3{QStringLiteral("impact"), QStringLiteral("三、赋码影响"),
                     {QStringLiteral("本批次涉及持码人%1人，其中转码%2人。").arg(std::accumulate(byOutcome.cbegin(), byOutcome.cend(), qint64(0))).arg(changed)},
                     {impact, outcomes}};
    rep.sections << s1 << s2 << s3;
    return rep;
}

} // namespace hc::reports
