// Four-eyes in the console: the requester's own approval is refused with the reason; a second supervisor's runs it.
#include "ApprovalsPane.h"
#include "TestWorkspace.h"

#include <QTableWidget>

using namespace hc;

class TestApprovalsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondOfficialApproves()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        for (const char *name : {"li", "wang"}) {
            QVERIFY(t.ws->accounts().create(QLatin1String(name), {}, QStringLiteral("ledger-2022x"), false, QStringLiteral("admin"), audit, 1000).ok());
            QVERIFY(t.ws->accounts().setRoles(QLatin1String(name), roleSetFromKeys({QStringLiteral("supervisor")}), QStringLiteral("3703"),
                                              QStringLiteral("admin"), audit).ok());
        }
        HolderInput in;
        in.idNumber = QStringLiteral("370303199001011239");
        in.name = QStringLiteral("张晓三");
        in.homeDivision = QStringLiteral("370303001");
        const auto h = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
        QVERIFY(h.ok());
        ConditionReport r;
        r.type = ConditionReport::Type::Manual;
        r.color = policy::Color::Yellow;
        r.at = t.clock->now().toSecsSinceEpoch();
        r.basisKind = BasisKind::ManualOrder;
        r.basisRef = QStringLiteral("令 2022-17");
        r.basisText = QStringLiteral("流调需要");
        QVERIFY(t.ws->holders().requestManualOrder(h->holder.id, r, QStringLiteral("li"), audit).ok());

        QVERIFY(t.ws->signIn(QStringLiteral("li"), QStringLiteral("ledger-2022x")).ok());
        ApprovalsPane pane(*t.ws);
        pane.show();
        auto *table = pane.findChild<QTableWidget *>(QStringLiteral("approvalsTable"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("张*三")));
        table->setCurrentCell(0, 0);
        QVERIFY(!pane.approveSelected());
        QVERIFY2(pane.message().contains(QLatin1String("cannot also approve")), qPrintable(pane.message()));
        QCOMPARE(t.ws->holderRepository().find(h->holder.id)->color, policy::Color::Green);

        QVERIFY(t.ws->signIn(QStringLiteral("wang"), QStringLiteral("ledger-2022x")).ok());
        table->setCurrentCell(0, 0);
        QVERIFY(pane.approveSelected());
        QCOMPARE(table->rowCount(), 0); // no longer pending
        QCOMPARE(t.ws->holderRepository().find(h->holder.id)->color, policy::Color::Yellow);
    }
};

QTEST_MAIN(TestApprovalsPane)
#include "tst_approvalspane.moc"
