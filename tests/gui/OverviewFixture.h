#pragma once
// A small commission with hand-counted figures for the overview and the reports, built through the core services.
// The clock starts on 2022-10-29 08:00 UTC+8 and ends today, 2022-11-02 10:00.
//
// Holders (li's jurisdiction 3703 淄博市; one more in Beijing, outside it):
//   张店区 370303: Z5, Z6 registered 10-29 08:00 and gray since 72 h later (no declaration since); Z1–Z4 registered
//                 and declared (green) yesterday 09:00, Z4 a co-traveller then (yellow);
//                 today 09:30 Z1 a close contact (red), Z2 a co-traveller (yellow).
//   淄川区 370302: C1–C3 registered yesterday 09:00 (green); today 09:30 C1 a close contact (red).
//   博山区 370304: B1, B2 registered yesterday 09:00 (green).
//   Now:       red 2 (Z1, C1), yellow 2 (Z2, Z4), green 5, gray 2 = 11.   Yesterday 10:00: red 0, yellow 1, green 8, gray 2.
// Areas in force (streets without holders): 张店 公园街道 high and 湖田街道 high (today), 淄川 松龄路街道 medium.
// 12345: Z4's ticket yesterday 09:00 (yellow: 8 h, overdue since 17:00); C2's today 03:00 (green: 8 h, due 11:00,
//   within 2 h); Z1's today 09:45 (red: 24 h). Overdue 1, due soon 1; received 1 yesterday and 2 today.
// Approvals: zhou's manual order for Z5, pending: 1 for li. Case batches: one imported today, none applied.
#include "FourEyes.h"
#include "IdNumber.h"
#include "TestWorkspace.h"

namespace hctest {

inline QDateTime chinaTime(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2022, 11, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

inline QString residentIdIn(const QString &county, int serial)
{
    const QString first17 = county + QStringLiteral("19900101") + QString::number(serial).rightJustified(3, QLatin1Char('0'));
    return first17 + hc::idnumber::checkDigit(first17);
}

struct OverviewFixture
{
    TestWorkspace t{QDateTime(QDate(2022, 10, 29), QTime(8, 0), QTimeZone(8 * 3600))};
    QMap<QString, qint64> ids;
    qint64 batchId = 0;

    bool build()
    {
        using namespace hc;
        AuditLog audit = t.ws->audit();
        if (!Commission::save(t.ws->db(), {QStringLiteral("370303"), QStringLiteral("淄博市张店区卫生健康局")}))
            return false;
        if (!t.ws->accounts().create(QStringLiteral("li"), QStringLiteral("李主任"), QStringLiteral("ledger-2022x"), false,
                                     QStringLiteral("admin"), audit, 1000))
            return false;
        if (!t.ws->accounts().setRoles(QStringLiteral("li"),
                                       roleSetFromKeys({QStringLiteral("operator"), QStringLiteral("reviewer"), QStringLiteral("epidemiologist"),
                                                        QStringLiteral("supervisor")}),
                                       QStringLiteral("3703"), QStringLiteral("admin"), audit))
            return false;
        if (!addOfficial(t.ws->db(), QStringLiteral("zhou"), {QStringLiteral("supervisor")}, QStringLiteral("3703")))
            return false;
        struct Person { const char *label; const char *county; const char *street; int serial; bool declared; };
        const Person people[] = {{"Z1", "370303", "370303001", 1, true}, {"Z2", "370303", "370303001", 2, true},
                                 {"Z3", "370303", "370303001", 3, true}, {"Z4", "370303", "370303001", 4, true},
                                 {"Z5", "370303", "370303001", 5, false}, {"Z6", "370303", "370303001", 6, false},
                                 {"C1", "370302", "370302001", 1, true}, {"C2", "370302", "370302001", 2, true},
                                 {"C3", "370302", "370302001", 3, true}, {"B1", "370304", "370304001", 1, true},
                                 {"B2", "370304", "370304001", 2, true}, {"P1", "110105", "110105001", 1, true}};
        for (bool early : {true, false}) {
            if (!early)
                t.clock->set(chinaTime(1, 9));
            for (const Person &p : people) {
                if (early == p.declared)
                    continue;
                HolderInput in;
                in.idNumber = residentIdIn(QLatin1String(p.county), p.serial);
                in.name = QStringLiteral("测试") + QLatin1String(p.label);
                in.homeDivision = QLatin1String(p.street);
                in.address = QStringLiteral("1号楼1单元");
                const auto h = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
                if (!h)
                    return fail(h.error().message);
                ids.insert(QLatin1String(p.label), h->holder.id);
            }
        }
        if (const auto tick = t.ws->holders().tick(QStringLiteral("system"), audit); !tick || tick->changed != 2)
            return fail(QStringLiteral("Z5 and Z6 should have turned gray"));
        if (!report(QStringLiteral("Z4"), ConditionReport::Type::CoTraveller))
            return false;
        if (!declareArea(QStringLiteral("370303002"), RiskLevel::High) || !declareArea(QStringLiteral("370302002"), RiskLevel::Medium))
            return false;
        if (!fileTicket(QStringLiteral("12345-0001"), QStringLiteral("Z4")))
            return false;

        t.clock->set(chinaTime(2, 3));
        if (!fileTicket(QStringLiteral("12345-0002"), QStringLiteral("C2")))
            return false;
        t.clock->set(chinaTime(2, 9, 30));
        if (!report(QStringLiteral("Z1"), ConditionReport::Type::CloseContact) || !report(QStringLiteral("Z2"), ConditionReport::Type::CoTraveller)
            || !report(QStringLiteral("C1"), ConditionReport::Type::CloseContact))
            return false;
        if (!declareArea(QStringLiteral("370303003"), RiskLevel::High))
            return false;
        ConditionReport order;
        order.type = ConditionReport::Type::Manual;
        order.at = t.clock->now().toSecsSinceEpoch();
        order.color = policy::Color::Red;
        order.until = order.at + 7 * 86400;
        order.basisKind = BasisKind::ManualOrder;
        order.basisRef = QStringLiteral("MO-2022-17");
        order.basisText = QStringLiteral("流调指令");
        if (const auto a = t.ws->holders().requestManualOrder(ids.value(QStringLiteral("Z5")), order, QStringLiteral("zhou"), audit); !a)
            return fail(a.error().message);
        const QByteArray csv = "case_ref,id_number,class,report_time,discharge_time,exposure,division,address,venue_code,from,to,transport,"
                               "date,carriage,seat\nC-9," + residentIdIn(QStringLiteral("370303"), 6).toLatin1()
                               + ",确诊,2022-11-02 08:00,,,,,,,,,,,\n";
        const auto parsed = t.ws->cases().read(csv, BatchKind::Cases);
        if (!parsed)
            return fail(parsed.error().message);
        const auto stored = t.ws->cases().store(parsed.value(), QStringLiteral("病例报告-1102.csv"), false, QStringLiteral("admin"), audit);
        if (!stored)
            return fail(stored.error().message);
        batchId = stored.value();
        t.clock->set(chinaTime(2, 9, 45));
        if (!fileTicket(QStringLiteral("12345-0003"), QStringLiteral("Z1")))
            return false;
        t.clock->set(chinaTime(2, 10));
        return t.ws->signIn(QStringLiteral("li"), QStringLiteral("ledger-2022x")).ok();
    }

private:
    static bool fail(const QString &why)
    {
        qWarning("fixture: %s", qPrintable(why));
        return false;
    }
    bool report(const QString &label, hc::ConditionReport::Type type)
    {
        hc::AuditLog audit = t.ws->audit();
        hc::ConditionReport r;
        r.type = type;
        r.at = t.clock->now().toSecsSinceEpoch();
        r.basisRef = QStringLiteral("CR-") + label;
        r.basisText = QStringLiteral("流调报告");
        const auto c = t.ws->holders().report(ids.value(label), r, QStringLiteral("admin"), audit);
        return c ? true : fail(c.error().message);
    }
    bool declareArea(const QString &code, hc::RiskLevel level)
    {
        hc::AuditLog audit = t.ws->audit();
        hc::Declaration d;
        d.divisionCode = code;
        d.level = level;
        d.from = t.clock->now();
        d.basis = QStringLiteral("流调报告");
        d.reason = QStringLiteral("发现病例活动轨迹");
        const auto r = declareApproved(t.ws->db(), t.ws->clock(), d, audit);
        return r ? true : fail(r.error().message);
    }
    bool fileTicket(const QString &number, const QString &label)
    {
        hc::AuditLog audit = t.ws->audit();
        hc::TicketInput in;
        in.number = number;
        in.holderId = ids.value(label);
        in.caller = QStringLiteral("本人");
        in.callbackPhone = QStringLiteral("13800000000");
        in.complaint = QStringLiteral("健康码颜色有误");
        const auto r = t.ws->appeals().file(in, QStringLiteral("admin"), audit);
        return r ? true : fail(r.error().message);
    }
};

} // namespace hctest
