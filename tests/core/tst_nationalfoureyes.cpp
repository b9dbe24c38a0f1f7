// Issue 16: a hand-made national list, imported from a file by a county supervisor, declared a Beijing street high and
// turned a Beijing holder red. A list from a file now waits for a second supervisor (the request shows its time,
// counts and SHA-256), is marked as local, and can be reverted, also with four eyes; the platform's signed lists are
// applied at once and are not reverted here.
#include "ApprovalService.h"
#include "TestDatabase.h"
#include "CoreTestSupport.h"
#include "Crypto.h"
#include "HolderService.h"
#include "Migrations.h"
#include "NationalImporter.h"
#include "Policy.h"
#include "RiskAreaService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace hc;
using hctest::TestDb;

namespace {

QByteArray beijingList(const QString &time, const QString &street = QStringLiteral("建外街道"))
{
    const QJsonObject entry{{QStringLiteral("province"), QStringLiteral("北京市")},
                            {QStringLiteral("city"), QStringLiteral("北京市")},
                            {QStringLiteral("county"), QStringLiteral("朝阳区")},
                            {QStringLiteral("area_name"), QStringLiteral("北京市朝阳区") + street},
                            {QStringLiteral("communitys"), QJsonArray{street}}};
    const QJsonObject data{{QStringLiteral("end_update_time"), time}, {QStringLiteral("highlist"), QJsonArray{entry}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestNationalFourEyes : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> t;
    std::unique_ptr<AuditLog> audit;
    qint64 beijing = 0;

    NationalImporter importer() const { return NationalImporter(t->conn(), t->clock); }
    ApprovalService approvals() const { return ApprovalService(t->conn(), t->clock); }
    QString colorOf(qint64 holder) const
    {
        QSqlQuery q(t->conn());
        q.prepare(QStringLiteral("SELECT color FROM holder WHERE id = ?"));
        q.addBindValue(holder);
        return q.exec() && q.next() ? policy::colorKey(policy::Color(q.value(0).toInt())) : QString();
    }
    int inForceAt(const QString &code) const
    {
        QSqlQuery q(t->conn());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM risk_period p JOIN risk_area a ON a.id = p.area_id WHERE a.division_code = ?"
                                 " AND p.effective_from <= ? AND (p.effective_to IS NULL OR p.effective_to > ?)"));
        q.addBindValue(code);
        q.addBindValue(t->clock.now().toSecsSinceEpoch());
        q.addBindValue(t->clock.now().toSecsSinceEpoch());
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    NationalList list(const QByteArray &json) const
    {
        auto l = NationalList::parse(json);
        return l ? l.value() : NationalList{};
    }

private slots:
    void init()
    {
        t = std::make_unique<TestDb>();
        QVERIFY2(t->opened, qPrintable(t->error));
        audit = std::make_unique<AuditLog>(t->audit());
        // zhao: a county supervisor of 370303; qian: a second one; sun: a supervisor of Beijing's Chaoyang.
        QVERIFY(t->addOfficial(QStringLiteral("zhao"), {QStringLiteral("supervisor")}, QStringLiteral("370303")));
        QVERIFY(t->addOfficial(QStringLiteral("qian"), {QStringLiteral("supervisor")}, QStringLiteral("370303")));
        QVERIFY(t->addOfficial(QStringLiteral("sun"), {QStringLiteral("supervisor")}, QStringLiteral("110105")));
        QVERIFY(t->addOfficial(QStringLiteral("wu"), {QStringLiteral("operator")}, QStringLiteral("370303")));
        HolderInput in;
        in.idNumber = hctest::residentId(QStringLiteral("110105"), 7);
        in.name = QStringLiteral("李四");
        in.homeDivision = QStringLiteral("110105001");
        in.address = QStringLiteral("建国门外大街1号");
        const auto r = HolderService(t->conn(), t->clock).upsert(in, QStringLiteral("admin"), *audit);
        HC_VERIFY_OK(r);
        beijing = r->holder.id;
        QCOMPARE(colorOf(beijing), QStringLiteral("green"));
    }
    void cleanup()
    {
        audit.reset();
        t.reset();
    }

    // The attack of issue 16: nothing changes until a second supervisor approves; the requester cannot approve it.
    void aFileListWaitsForASecondSupervisor()
    {
        const QByteArray json = beijingList(QStringLiteral("2022-11-01 07时"));
        const NationalList l = list(json);
        const qint64 auditBefore = t->count(QStringLiteral("audit_log"));
        const auto r = importer().request(l, QStringLiteral("/home/zhao/名单.json"), QStringLiteral("zhao"), *audit);
        HC_VERIFY_OK(r);
        QCOMPARE(r->state, QStringLiteral("pending"));
        QVERIFY(r->requestId > 0);
        QCOMPARE(r->exact, 1);
        QCOMPARE(inForceAt(QStringLiteral("110105001")), 0);
        QCOMPARE(colorOf(beijing), QStringLiteral("green"));
        QCOMPARE(t->count(QStringLiteral("audit_log")), auditBefore + 1); // approval.request

        // The request shows the list's time, counts and SHA-256, and names the file.
        const auto req = approvals().find(r->requestId);
        QVERIFY(req);
        QCOMPARE(req->kind, QStringLiteral("national_import"));
        const QString sha = QString::fromLatin1(crypto::sha256(json).toHex());
        QVERIFY2(req->summary.contains(sha) && req->summary.contains(QStringLiteral("2022-11-01 07:00"))
                     && req->summary.contains(QStringLiteral("名单.json")) && req->summary.contains(QStringLiteral("1 条")),
                 qPrintable(req->summary));
        QCOMPARE(req->payload.value(QStringLiteral("sha256")).toString(), sha);

        // Not by the requester, not by an operator, not by a supervisor of another county.
        HC_VERIFY_ERROR(approvals().approve(r->requestId, QStringLiteral("zhao"), *audit), ErrorKind::Refused);
        HC_VERIFY_ERROR(approvals().approve(r->requestId, QStringLiteral("wu"), *audit), ErrorKind::Refused);
        HC_VERIFY_ERROR(approvals().approve(r->requestId, QStringLiteral("sun"), *audit), ErrorKind::Refused);
        QCOMPARE(colorOf(beijing), QStringLiteral("green"));

        // A second supervisor approves: the street is declared, marked as local, and its resident turns red.
        const auto a = approvals().approve(r->requestId, QStringLiteral("qian"), *audit);
        HC_VERIFY_OK(a);
        QCOMPARE(inForceAt(QStringLiteral("110105001")), 1);
        QCOMPARE(colorOf(beijing), QStringLiteral("red"));
        const auto rec = importer().record(r->importId);
        QVERIFY(rec);
        QCOMPARE(rec->state, QStringLiteral("applied"));
        QCOMPARE(rec->origin, QStringLiteral("file"));
        QCOMPARE(rec->declared, 1);
        QSqlQuery basis(t->conn());
        QVERIFY(basis.exec(QStringLiteral("SELECT basis FROM risk_period WHERE import_id = %1").arg(r->importId)) && basis.next());
        QVERIFY2(basis.value(0).toString().contains(QStringLiteral("本地文件导入")), qPrintable(basis.value(0).toString()));
        QCOMPARE(t->count(QStringLiteral("outbox"), QStringLiteral("kind = 'risk_area.national_local'")), 1);
        QVERIFY(t->audit().verify().intact);
    }

    // Rejected or withdrawn: closed, nothing applied, and its approval cannot run later.
    void rejectedAndWithdrawnRequestsChangeNothing()
    {
        const auto a = importer().request(list(beijingList(QStringLiteral("2022-11-01 07时"))), QStringLiteral("a.json"), QStringLiteral("zhao"), *audit);
        HC_VERIFY_OK(a);
        HC_VERIFY_OK(approvals().reject(a->requestId, QStringLiteral("文件来源不明"), QStringLiteral("qian"), *audit));
        QCOMPARE(importer().record(a->importId)->state, QStringLiteral("rejected"));
        const auto b = importer().request(list(beijingList(QStringLiteral("2022-11-01 07时"))), QStringLiteral("b.json"), QStringLiteral("zhao"), *audit);
        HC_VERIFY_OK(b);
        HC_VERIFY_OK(approvals().withdraw(b->requestId, QStringLiteral("zhao"), *audit));
        QCOMPARE(importer().record(b->importId)->state, QStringLiteral("withdrawn"));
        // Even called directly, a closed import is not applied.
        HC_VERIFY_ERROR(importer().applyRequested(a->importId, QStringLiteral("zhao"), QStringLiteral("qian"), *audit), ErrorKind::Refused);
        QCOMPARE(t->count(QStringLiteral("risk_period")), 0);
        QCOMPARE(colorOf(beijing), QStringLiteral("green"));
    }

    // The approver applies the bytes whose SHA-256 the request showed: a row edited meanwhile is refused.
    void theApprovedBytesAreTheRequestedOnes()
    {
        const auto r = importer().request(list(beijingList(QStringLiteral("2022-11-01 07时"))), QStringLiteral("a.json"), QStringLiteral("zhao"), *audit);
        HC_VERIFY_OK(r);
        QSqlQuery q(t->conn());
        q.prepare(QStringLiteral("UPDATE national_import SET content = ? WHERE id = ?"));
        q.addBindValue(beijingList(QStringLiteral("2022-11-01 07时"), QStringLiteral("朝外街道")));
        q.addBindValue(r->importId);
        QVERIFY(q.exec());
        const auto a = approvals().approve(r->requestId, QStringLiteral("qian"), *audit);
        HC_VERIFY_ERROR(a, ErrorKind::Refused);
        QVERIFY2(a.error().message.contains(QStringLiteral("SHA-256")), qPrintable(a.error().message));
        QCOMPARE(t->count(QStringLiteral("risk_period")), 0);
        QCOMPARE(approvals().find(r->requestId)->status, QStringLiteral("pending"));
    }

    // Revert: four-eyes too; the areas the import declared are ended, the ones it replaced are in force again, and
    // the residents follow.
    void revertRestoresWhatTheImportChanged()
    {
        // A manual medium declaration on 朝外街道 (110105002), which the local list then raises to high.
        Declaration d;
        d.divisionCode = QStringLiteral("110105002");
        d.level = RiskLevel::Medium;
        d.from = t->clock.now().addSecs(-7200);
        d.basis = QStringLiteral("区指挥部通告");
        d.reason = QStringLiteral("聚集性疫情");
        HC_VERIFY_OK(hctest::declareApproved(t->conn(), t->clock, d, *audit, QStringLiteral("admin"), QStringLiteral("qian")));
        QCOMPARE(inForceAt(QStringLiteral("110105002")), 1);

        QJsonObject jianwai{{QStringLiteral("province"), QStringLiteral("北京市")}, {QStringLiteral("city"), QStringLiteral("北京市")},
                            {QStringLiteral("county"), QStringLiteral("朝阳区")}, {QStringLiteral("area_name"), QStringLiteral("建外")},
                            {QStringLiteral("communitys"), QJsonArray{QStringLiteral("建外街道"), QStringLiteral("朝外街道")}}};
        const QJsonObject data{{QStringLiteral("end_update_time"), QStringLiteral("2022-11-01 07时")},
                               {QStringLiteral("highlist"), QJsonArray{jianwai}}};
        const auto r = importer().request(list(QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson()),
                                          QStringLiteral("a.json"), QStringLiteral("zhao"), *audit);
        HC_VERIFY_OK(r);
        HC_VERIFY_OK(approvals().approve(r->requestId, QStringLiteral("qian"), *audit));
        QCOMPARE(colorOf(beijing), QStringLiteral("red"));
        QCOMPARE(importer().record(r->importId)->declared, 2);

        // Only a supervisor files the revert; its requester cannot approve it.
        t->clock.set(t->clock.now().addSecs(3600));
        HC_VERIFY_ERROR(importer().requestRevert(r->importId, QStringLiteral("wu"), *audit), ErrorKind::Refused);
        const auto rev = importer().requestRevert(r->importId, QStringLiteral("qian"), *audit);
        HC_VERIFY_OK(rev);
        HC_VERIFY_ERROR(importer().requestRevert(r->importId, QStringLiteral("zhao"), *audit), ErrorKind::Refused); // one at a time
        QCOMPARE(approvals().find(rev.value())->kind, QStringLiteral("national_revert"));
        HC_VERIFY_ERROR(approvals().approve(rev.value(), QStringLiteral("qian"), *audit), ErrorKind::Refused);
        QCOMPARE(colorOf(beijing), QStringLiteral("red"));
        HC_VERIFY_OK(approvals().approve(rev.value(), QStringLiteral("zhao"), *audit));

        // 建外 no longer in force (its resident green again), 朝外 back at the manual medium level.
        QCOMPARE(inForceAt(QStringLiteral("110105001")), 0);
        QCOMPARE(colorOf(beijing), QStringLiteral("green"));
        QSqlQuery q(t->conn());
        QVERIFY(q.exec(QStringLiteral("SELECT p.level, p.source, p.basis FROM risk_period p JOIN risk_area a ON a.id = p.area_id"
                                      " WHERE a.division_code = '110105002' AND p.effective_to IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(RiskLevel::Medium));
        QCOMPARE(q.value(1).toString(), QStringLiteral("manual"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("区指挥部通告"));
        QVERIFY(!q.next());
        QCOMPARE(importer().record(r->importId)->state, QStringLiteral("reverted"));
        QCOMPARE(t->count(QStringLiteral("audit_log"), QStringLiteral("action = 'risk.revert_national'")), 1);
        QCOMPARE(t->count(QStringLiteral("outbox"), QStringLiteral("kind = 'risk_area.national_reverted'")), 1);
        // Reverted once: not again.
        HC_VERIFY_ERROR(importer().requestRevert(r->importId, QStringLiteral("qian"), *audit), ErrorKind::Refused);
        QVERIFY(t->audit().verify().intact);

        // A reverted list no longer makes an older one "older": the way back from a wrong list dated ahead.
        const auto older = importer().request(list(beijingList(QStringLiteral("2022-11-01 06时"))), QStringLiteral("b.json"),
                                              QStringLiteral("zhao"), *audit);
        HC_VERIFY_OK(older);
        QCOMPARE(older->state, QStringLiteral("pending"));
    }

    // An area decided again after the import keeps that decision when the import is reverted.
    void revertLeavesLaterDecisionsAlone()
    {
        const auto r = importer().request(list(beijingList(QStringLiteral("2022-11-01 07时"))), QStringLiteral("a.json"), QStringLiteral("zhao"), *audit);
        HC_VERIFY_OK(r);
        HC_VERIFY_OK(approvals().approve(r->requestId, QStringLiteral("qian"), *audit));
        t->clock.set(t->clock.now().addSecs(600));
        HC_VERIFY_OK(RiskAreaService(t->conn(), t->clock)
                         .lift(QStringLiteral("110105001"), {}, t->clock.now(), QStringLiteral("区指挥部解除"), QStringLiteral("admin"), *audit));
        t->clock.set(t->clock.now().addSecs(600));
        const auto rev = importer().requestRevert(r->importId, QStringLiteral("zhao"), *audit);
        HC_VERIFY_OK(rev);
        const auto periodsBefore = t->count(QStringLiteral("risk_period"));
        HC_VERIFY_OK(approvals().approve(rev.value(), QStringLiteral("qian"), *audit));
        QCOMPARE(t->count(QStringLiteral("risk_period")), periodsBefore); // nothing ended, nothing restored
        QCOMPARE(inForceAt(QStringLiteral("110105001")), 0);
    }

    // The platform's signed list: applied at once, marked as the platform's, never reverted here.
    void platformListsAreNotRevertedHere()
    {
        const auto r = importer().importTrusted(list(beijingList(QStringLiteral("2022-11-01 07时"))), QStringLiteral("platform:central"), *audit);
        HC_VERIFY_OK(r);
        const auto rec = importer().record(r->importId);
        QCOMPARE(rec->origin, QStringLiteral("platform"));
        QCOMPARE(rec->state, QStringLiteral("applied"));
        QCOMPARE(colorOf(beijing), QStringLiteral("red"));
        const auto rev = importer().requestRevert(r->importId, QStringLiteral("zhao"), *audit);
        HC_VERIFY_ERROR(rev, ErrorKind::Refused);
        QVERIFY2(rev.error().message.contains(QStringLiteral("platform")), qPrintable(rev.error().message));
        HC_VERIFY_ERROR(importer().requestRevert(9999, QStringLiteral("zhao"), *audit), ErrorKind::BadInput);
    }

    // A list older than the one in force changes nothing: recorded for its review without a request.
    void anOlderListNeedsNoRequest()
    {
        HC_VERIFY_OK(importer().importTrusted(list(beijingList(QStringLiteral("2022-11-01 07时"))), QStringLiteral("platform:central"), *audit));
        const qint64 approvalsBefore = t->count(QStringLiteral("approval"));
        const auto r = importer().request(list(beijingList(QStringLiteral("2022-10-31 07时"), QStringLiteral("朝外街道"))),
                                          QStringLiteral("old.json"), QStringLiteral("zhao"), *audit);
        HC_VERIFY_OK(r);
        QCOMPARE(r->state, QStringLiteral("older"));
        QCOMPARE(r->requestId, 0);
        QCOMPARE(t->count(QStringLiteral("approval")), approvalsBefore);
        QCOMPARE(inForceAt(QStringLiteral("110105002")), 0);
    }

    // v10 → v11: imports of before are marked by who imported them; a list recorded as older stays so.
    void v10ImportsGetOriginAndState()
    {
        if (testdb::isPostgres())
            QSKIP("A schema migration of an older SQLite file: PostgreSQL databases begin at the current schema.");
        HC_VERIFY_OK(importer().importTrusted(list(beijingList(QStringLiteral("2022-11-01 07时"))), QStringLiteral("platform:central"), *audit));
        HC_VERIFY_OK(importer().request(list(beijingList(QStringLiteral("2022-10-31 07时"))), QStringLiteral("old.json"), QStringLiteral("zhao"), *audit));
        for (const char *sql : {"DROP TABLE national_change", "ALTER TABLE national_import DROP COLUMN origin",
                                "ALTER TABLE national_import DROP COLUMN state", "ALTER TABLE national_import DROP COLUMN file_name",
                                "ALTER TABLE national_import DROP COLUMN content", "PRAGMA user_version = 10"})
            QVERIFY(t->exec(QString::fromLatin1(sql)));
        HC_VERIFY_OK(Migrations::apply(t->conn()));
        QCOMPARE(Migrations::currentVersion(t->conn()), Migrations::latestVersion());
        const QList<NationalImportRecord> recs = importer().records();
        QCOMPARE(recs.size(), 2);
        QCOMPARE(recs[1].origin, QStringLiteral("platform"));
        QCOMPARE(recs[1].state, QStringLiteral("applied"));
        QCOMPARE(recs[0].origin, QStringLiteral("file"));
        QCOMPARE(recs[0].state, QStringLiteral("older"));
        // Recorded before v11 kept what it changed: not reverted automatically.
        QVERIFY(t->exec(QStringLiteral("UPDATE national_import SET origin = 'file' WHERE id = %1").arg(recs[1].id)));
        const auto rev = importer().requestRevert(recs[1].id, QStringLiteral("zhao"), *audit);
        HC_VERIFY_ERROR(rev, ErrorKind::Refused);
        QVERIFY2(rev.error().message.contains(QStringLiteral("by hand")), qPrintable(rev.error().message));
    }
};

QTEST_GUILESS_MAIN(TestNationalFourEyes)
#include "tst_nationalfoureyes.moc"
