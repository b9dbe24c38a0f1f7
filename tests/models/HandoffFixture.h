#pragma once
// Contact hand-offs (协查, issue 19) for the model and pane tests: this console is 北京市朝阳区's;
// 淄博市张店区 hands two residents of 朝阳区 over (received, as the inbox writes it), and 朝阳区 has handed
// people to 上海 and 广州 (sent).
#include "Commission.h"
#include "HandoffRepository.h"
#include "HandoffService.h"
#include "IdNumber.h"
#include "TestWorkspace.h"

namespace hctest {

inline QString handoffResident(const QString &region, int serial)
{
    const QString first17 =
        region + QStringLiteral("19900101") + QString::number(serial).rightJustified(3, QLatin1Char('0'));
    return first17 + hc::idnumber::checkDigit(first17);
}

inline hc::HandoffPerson handoffPerson(int n, const QString &idNumber, const QString &name,
                                       const QString &home)
{
    hc::HandoffPerson p;
    p.n = n;
    p.idNumber = idNumber;
    p.name = name;
    p.phone = QStringLiteral("13800001234");
    p.address = QStringLiteral("朝阳路 8 号院 3 号楼");
    p.homeDivision = home;
    p.locatedBy = n == 1 ? QStringLiteral("registered") : QStringLiteral("case_file");
    p.kind = hc::policy::ConditionKind::CloseContact;
    p.row.caseRef = QStringLiteral("C-1");
    p.row.line = 10 + n;
    p.row.cls = hc::CaseClass::Confirmed;
    p.row.exposure = hc::ExposureType::Household;
    p.row.division = home;
    p.basisRef = QStringLiteral("case:C-1 line:%1").arg(p.row.line);
    p.basisText = QStringLiteral("与确诊病例 C-1 同住");
    return p;
}

// The commission of this console, and a hand-off received from 淄博市张店区: its id. `deadlineIn` from now
// (negative: already past).
inline qint64 receiveHandoff(TestWorkspace &t, const QString &uuid, qint64 deadlineIn = 24 * 3600,
                             int people = 2)
{
    if (!hc::Commission::save(t.ws->db(),
                              {QStringLiteral("110105"), QStringLiteral("北京市朝阳区卫生健康委员会")}))
        return 0;
    const qint64 now = t.clock->now().toSecsSinceEpoch();
    hc::HandoffHeader h;
    h.uuid = uuid;
    h.fromConsole = QStringLiteral("console-370303");
    h.fromProvince = QStringLiteral("37");
    h.fromDivision = QStringLiteral("370303");
    h.fromCommission = QStringLiteral("淄博市张店区卫生健康局");
    h.toProvince = QStringLiteral("11");
    h.toDivision = QStringLiteral("110105");
    h.toConsole = QStringLiteral("console-110105");
    h.toCommission = QStringLiteral("北京市朝阳区卫生健康委员会");
    h.count = people;
    h.deadlineAt = now + deadlineIn;
    h.caseRefs = QStringLiteral("C-1");
    QList<hc::HandoffPerson> list;
    const QStringList names{QStringLiteral("张晓三"), QStringLiteral("李四"), QStringLiteral("王五")};
    for (int n = 1; n <= people; ++n) {
        list << handoffPerson(n, handoffResident(QStringLiteral("110105"), 10 + n),
                              names.value(n - 1, QStringLiteral("赵六")), QStringLiteral("110105011"));
        list.last().exposureAt = now - 86400; // yesterday: the condition is in force
        list.last().row.reportAt = now - 3600;
    }
    hc::AuditLog audit = t.ws->audit();
    const auto id =
        hc::HandoffService(t.ws->db(), t.ws->clock()).receive(h, list, 0, QStringLiteral("system"), audit);
    return id ? *id : 0;
}

// A hand-off this commission sent (to the commission of `division`), in `state`, with its deadline
// `deadlineIn` from now; person 2 declined with a reason when the state says it was answered.
inline qint64 sentHandoff(TestWorkspace &t, const QString &uuid, const QString &state, qint64 deadlineIn,
                          const QString &division, const QString &commission)
{
    const qint64 now = t.clock->now().toSecsSinceEpoch();
    hc::Handoff h;
    h.uuid = uuid;
    h.direction = QStringLiteral("out");
    h.peerProvince = division.left(2);
    h.peerDivision = division;
    h.peerCommission = commission;
    h.state = state;
    h.people = 2;
    h.createdAt = now - 3600;
    h.createdBy = QStringLiteral("admin");
    h.deadlineAt = now + deadlineIn;
    h.caseRefs = QStringLiteral("C-7");
    if (state != QLatin1String("pending"))
        h.sentAt = now - 3500;
    QList<hc::HandoffPerson> people{
        handoffPerson(1, handoffResident(division.left(6), 21), QStringLiteral("周七"), division),
        handoffPerson(2, handoffResident(division.left(6), 22), QStringLiteral("吴八"), division)};
    hc::HandoffRepository repo(t.ws->db());
    const auto id = repo.insert(h, people);
    if (!id)
        return 0;
    if (state == QLatin1String("partly_accepted")) {
        people[0].state = QStringLiteral("accepted");
        people[1].state = QStringLiteral("declined");
        people[1].reason = QStringLiteral("查无此人，已于 2022 年迁出");
        for (const hc::HandoffPerson &p : people)
            if (!repo.setPerson(*id, p))
                return 0;
        h.id = *id;
        h.accepted = 1;
        h.declined = 1;
        h.answeredAt = now - 600;
        h.answeredBy = QStringLiteral("platform:console-x");
        if (!repo.update(h))
            return 0;
    }
    return *id;
}

} // namespace hctest
