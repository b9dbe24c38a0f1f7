#pragma once
// A small commission whose figures are counted by hand (tests/reports): 淄博 (3703), two counties.
//  2022-11-01 08:00  A, B, C register in 张店 (370303), D, E in 淄川 (370302): 5 green.
//  2022-11-01 09:00  ticket T1 (holder B) received, closed 12:00 (deadline 11-01 15:00: met).
//  2022-11-02 09:00  ticket T2 (holder C) received, deadline 09:30; T3 (holder D) received, deadline 11:00.
//  2022-11-02 09:30  A reported a confirmed case: red.
//  2022-11-02 09:45  淄川区 declared medium (four-eyes): D and E yellow.
//  2022-11-02 09:50  a manual-order request by "li" (3703) waits for a second supervisor.
//  now = 2022-11-02 10:00.
#include "../core/CoreTestSupport.h"
#include "HolderService.h"
#include "RiskAreaService.h"
#include "ApprovalService.h"
#include "Roles.h"

namespace hctest {

inline bool buildReportFixture(TestDb &t, QStringList *ids = nullptr)
{
    hc::AuditLog audit = t.audit();
    for (const char *v : {"370303001001", "370302001001"})
        if (!t.exec(QStringLiteral("INSERT INTO division VALUES ('%1', '%2', 5, '社区%1')").arg(QLatin1String(v), QLatin1String(v).left(9))))
            return false;
    t.clock.set(at(QStringLiteral("2022-11-01T08:00:00+08:00")));
    hc::HolderService holders(t.conn(), t.clock);
    QList<qint64> hid;
    const QList<std::pair<QString, QString>> people{{QStringLiteral("370303"), QStringLiteral("370303001001")},
                                                    {QStringLiteral("370303"), QStringLiteral("370303001001")},
                                                    {QStringLiteral("370303"), QStringLiteral("370303001001")},
                                                    {QStringLiteral("370302"), QStringLiteral("370302001001")},
                                                    {QStringLiteral("370302"), QStringLiteral("370302001001")}};
    int serial = 1;
    for (const auto &[region, home] : people) {
        hc::HolderInput in;
        in.idNumber = residentId(region, serial++);
        in.name = QStringLiteral("张晓三");
        in.phone = QStringLiteral("13812345678");
        in.homeDivision = home;
        in.address = QStringLiteral("3号楼2单元");
        const auto r = holders.upsert(in, QStringLiteral("admin"), audit);
        if (!r) {
            qWarning() << r.error().message;
            return false;
        }
        hid << r->holder.id;
        if (ids)
            *ids << in.idNumber;
    }
    auto ticket = [&](const QString &number, qint64 holder, const QString &received, const QString &deadline,
                      const QString &closed) {
        return t.exec(QStringLiteral("INSERT INTO ticket(number, kind, holder_id, caller, callback_phone, complaint, state,"
                                     " color_at_filing, deadline_at, source, received_by, received_at, closed_at, assignee)"
                                     " VALUES ('%1', 'wrong_color', %2, '刘女士', '13805330001', '为什么是红码', '%3', 0, %4,"
                                     " 'hotline', 'admin', %5, %6, 'admin')")
                          .arg(number).arg(holder).arg(closed.isEmpty() ? QStringLiteral("received") : QStringLiteral("closed"))
                          .arg(at(deadline).toSecsSinceEpoch()).arg(at(received).toSecsSinceEpoch())
                          .arg(closed.isEmpty() ? QStringLiteral("NULL") : QString::number(at(closed).toSecsSinceEpoch())));
    };
    if (!ticket(QStringLiteral("T1"), hid[1], QStringLiteral("2022-11-01T09:00:00+08:00"), QStringLiteral("2022-11-01T15:00:00+08:00"),
                QStringLiteral("2022-11-01T12:00:00+08:00"))
        || !ticket(QStringLiteral("T2"), hid[2], QStringLiteral("2022-11-02T09:00:00+08:00"), QStringLiteral("2022-11-02T09:30:00+08:00"), {})
        || !ticket(QStringLiteral("T3"), hid[3], QStringLiteral("2022-11-02T09:00:00+08:00"), QStringLiteral("2022-11-02T11:00:00+08:00"), {}))
        return false;
    t.clock.set(at(QStringLiteral("2022-11-02T09:30:00+08:00")));
    hc::ConditionReport c;
    c.type = hc::ConditionReport::Type::Case;
    c.at = t.clock.now().toSecsSinceEpoch();
    c.basisRef = QStringLiteral("C-1");
    c.basisText = QStringLiteral("确诊病例");
    if (const auto r = holders.report(hid[0], c, QStringLiteral("admin"), audit); !r) {
        qWarning() << r.error().message;
        return false;
    }
    t.clock.set(at(QStringLiteral("2022-11-02T09:45:00+08:00")));
    hc::Declaration d;
    d.divisionCode = QStringLiteral("370302");
    d.level = hc::RiskLevel::Medium;
    d.from = t.clock.now();
    d.basis = QStringLiteral("流调");
    d.reason = QStringLiteral("关联病例活动轨迹涉及");
    if (const auto r = declareApproved(t.conn(), t.clock, d, audit); !r) {
        qWarning() << r.error().message;
        return false;
    }
    t.clock.set(at(QStringLiteral("2022-11-02T09:50:00+08:00")));
    if (!t.addOfficial(QStringLiteral("li"), {QStringLiteral("supervisor")}, QStringLiteral("3703"))
        || !t.addOfficial(QStringLiteral("wang"), {QStringLiteral("supervisor")}, QStringLiteral("3703")))
        return false;
    if (!hc::ApprovalService(t.conn(), t.clock)
             .request(QStringLiteral("manual_order"), QStringLiteral("holder:%1").arg(hid[2]), QStringLiteral("370303001001"),
                      {}, QStringLiteral("人工赋黄码"), QStringLiteral("li"), audit))
        return false;
    t.clock.set(at(QStringLiteral("2022-11-02T10:00:00+08:00")));
    return true;
}

} // namespace hctest
