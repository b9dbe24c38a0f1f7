#include "ProvenanceModel.h"
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
};

QTEST_MAIN(TestProvenanceModel)
#include "tst_provenancemodel.moc"
