#include "ProvenanceModel.h"
#include "HandoffFixture.h"
#include "HandoffRepository.h"
#include "HandoffService.h"
#include "RiskAreaService.h"
#include "TestWorkspace.h"

#include <QAbstractItemModelTester>

using namespace hc;

class TestProvenanceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void explainsWhoAndWhy()
    {
        TestWorkspace t; // 2022-11-02 10:00 UTC+8
        AuditLog audit = t.ws->audit();
        HolderInput in;
        in.idNumber = QStringLiteral("370303199001011239");
        in.name = QStringLiteral("张晓三");
        in.homeDivision = QStringLiteral("370303001");
        in.address = QStringLiteral("3号楼2单元");
        const auto h = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
        QVERIFY(h.ok());
        QVERIFY(Commission::save(t.ws->db(), {QStringLiteral("370303"), QStringLiteral("淄博市张店区卫生健康局")}).ok());
        ConditionReport r;
        r.type = ConditionReport::Type::CoTraveller;
        r.at = t.clock->now().toSecsSinceEpoch();
        r.exposure = r.at - 3600;
        r.basisKind = BasisKind::ExposureRecord;
        r.basisRef = QStringLiteral("G1234 05车");
        r.basisText = QStringLiteral("与确诊病例同乘");
        QVERIFY(t.ws->holders().report(h->holder.id, r, QStringLiteral("admin"), audit).ok());

        ProvenanceModel model(*t.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHolder(h->holder.id);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, ProvenanceModel::StatusColumn), ProvenanceModel::ActiveRole).toBool(), true);
        QVERIFY(model.data(model.index(0, ProvenanceModel::SourceColumn)).toString().contains(QStringLiteral("淄博市张店区卫生健康局")));
        QVERIFY(model.data(model.index(0, ProvenanceModel::BasisColumn)).toString().contains(QStringLiteral("G1234 05车")));
        const QString why = model.explanation();
        QVERIFY2(why.contains(QStringLiteral("与确诊病例同乘")) && why.contains(QStringLiteral("淄博市张店区卫生健康局")), qPrintable(why));
        // An hour earlier the condition had not started: green, no reasons.
        model.setTime(r.at - 3600);
        QCOMPARE(model.data(model.index(0, ProvenanceModel::StatusColumn), ProvenanceModel::ActiveRole).toBool(), false);
        QVERIFY(!model.explanation().contains(QStringLiteral("与确诊病例同乘")));
    }

    // Issue 19: a condition another commission handed over reads as the whole chain: who pushed it, on which basis,
    // who received it here and when; it cannot be ended here.
    void handedOverChain()
    {
        TestWorkspace t; // 2022-11-02 10:00 UTC+8
        AuditLog audit = t.ws->audit();
        QSqlQuery q(t.ws->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE account SET display_name = '李科长' WHERE username = 'admin'")));
        const qint64 received = hctest::receiveHandoff(t, QStringLiteral("11111111-2222-3333-4444-555555555555"), 86400, 1);
        QVERIFY(received > 0);
        const HandoffPerson p = HandoffRepository(t.ws->db()).people(received).first();
        const auto accepted = HandoffService(t.ws->db(), *t.clock).accept(received, {}, QStringLiteral("admin"), audit);
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
        const auto holder = t.ws->holderRepository().findByIdNumber(IdType::Resident, p.idNumber);
        QVERIFY(holder);
        ProvenanceModel model(*t.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHolder(holder->id);
        QCOMPARE(model.rowCount(), 1);
        const QString why = model.explanation();
        QVERIFY2(why.contains(QStringLiteral("pushed by 淄博市张店区卫生健康局")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("received here by 李科长")), qPrintable(why));
        QVERIFY2(model.data(model.index(0, ProvenanceModel::SourceColumn), Qt::ToolTipRole).toString().contains(QStringLiteral("Only it can lift")),
                 qPrintable(model.data(model.index(0, ProvenanceModel::SourceColumn), Qt::ToolTipRole).toString()));
        // Ending it here is refused: only the source lifts it.
        const auto voided = t.ws->holders().voidKind(holder->id, policy::ConditionKind::CloseContact, t.clock->now().toSecsSinceEpoch(),
                                                    QStringLiteral("12345-1"), QStringLiteral("本地作废"), QStringLiteral("admin"), audit);
        QVERIFY(!voided);
        QVERIFY(t.ws->audit().verify().intact);
    }

    // Issue 18: the basis reads in words (a venue scan in 车站街道, the risk area declared), never a raw reference; the
    // source division by its name; who recorded it by display name.
    void readsInWords()
    {
        TestWorkspace t; // 2022-11-02 10:00 UTC+8
        AuditLog audit = t.ws->audit();
        QVERIFY(t.ws->accounts().create(QStringLiteral("wang"), QStringLiteral("王主任"), QStringLiteral("ledger-2022x"), false,
                                        QStringLiteral("admin"), audit, 1000));
        QVERIFY(t.ws->accounts().setRoles(QStringLiteral("wang"), roleSetFromKeys({QStringLiteral("epidemiologist")}), {},
                                          QStringLiteral("admin"), audit));
        QVERIFY(Commission::save(t.ws->db(), {QStringLiteral("370303"), QStringLiteral("区卫生健康局")}).ok());
        HolderInput in;
        in.idNumber = QStringLiteral("370303199001011239");
        in.name = QStringLiteral("张晓三");
        in.homeDivision = QStringLiteral("370303001");
        const auto h = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
        QVERIFY(h.ok());
        ConditionReport r;
        r.type = ConditionReport::Type::CoTraveller;
        r.at = t.clock->now().toSecsSinceEpoch();
        r.exposure = r.at - 3600;
        r.basisKind = BasisKind::ExposureRecord;
        r.basisRef = QStringLiteral("scan:370303002");
        r.basisText = QStringLiteral("与确诊病例同时段到访");
        const auto reported = t.ws->holders().report(h->holder.id, r, QStringLiteral("wang"), audit);
        QVERIFY2(reported.ok(), reported ? "" : qPrintable(reported.error().message));

        ProvenanceModel model(*t.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHolder(h->holder.id);
        QCOMPARE(model.rowCount(), 1);
        const QString basis = model.data(model.index(0, ProvenanceModel::BasisColumn)).toString();
        QVERIFY2(basis.contains(QStringLiteral("公园街道")) && !basis.contains(QLatin1String("scan:")), qPrintable(basis));
        // The raw reference stays in the tooltip, for whoever needs to trace it.
        QVERIFY(model.data(model.index(0, ProvenanceModel::BasisColumn), Qt::ToolTipRole).toString().contains(QLatin1String("scan:370303002")));
        const QString source = model.data(model.index(0, ProvenanceModel::SourceColumn)).toString();
        QVERIFY2(source.contains(QStringLiteral("张店区")) && !source.contains(QLatin1String("370303")), qPrintable(source));
        const QString by = model.data(model.index(0, ProvenanceModel::ByColumn)).toString();
        QVERIFY2(by.startsWith(QStringLiteral("王主任")) && !by.contains(QLatin1String("wang")), qPrintable(by));
        QVERIFY(model.data(model.index(0, ProvenanceModel::ByColumn), Qt::ToolTipRole).toString().contains(QStringLiteral("王主任 (wang)")));
        const QString why = model.explanation();
        QVERIFY2(why.contains(QStringLiteral("公园街道")) && !why.contains(QLatin1String("scan:")), qPrintable(why));

        // A resident of a declared area: the basis names the area and its level, not "risk_period:N".
        Declaration d;
        d.divisionCode = QStringLiteral("370303001");
        d.level = RiskLevel::High;
        d.from = t.clock->now().addSecs(-7200);
        d.basis = QStringLiteral("流调发现社区传播");
        d.reason = QStringLiteral("社区传播");
        QVERIFY(t.ws->risk().declare(d, QStringLiteral("admin"), audit).ok());
        model.setHolder(h->holder.id);
        bool resident = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString text = model.data(model.index(row, ProvenanceModel::BasisColumn)).toString();
            QVERIFY2(!text.contains(QLatin1String("risk_period:")), qPrintable(text));
            if (model.conditions().at(row).basisRef.startsWith(QLatin1String("risk_period:"))) {
                resident = true;
                QVERIFY2(text.contains(QStringLiteral("流调发现社区传播")), qPrintable(text));
                const QString tip = model.data(model.index(row, ProvenanceModel::BasisColumn), Qt::ToolTipRole).toString();
                QVERIFY2(tip.contains(QStringLiteral("车站街道")), qPrintable(tip));
            }
        }
        QVERIFY(resident);
    }
};

QTEST_MAIN(TestProvenanceModel)
#include "tst_provenancemodel.moc"
