// The permission matrix of docs/roles.md, role by role: each allowed permission passes, every other is refused
// with a message naming the official; jurisdictions bound every check that names a division.
#include "Authorizer.h"
#include "CoreTestSupport.h"

using namespace hc;

namespace {
using P = Permission;
const QList<P> kAll{P::LookupHolder, P::RegisterHolder, P::HotlineIntake, P::DecideAppeal, P::ReportCase, P::BulkReassign,
                    P::DeclareArea, P::ManualOrder, P::Approve, P::RevealPersonalData, P::ExportUnmasked, P::ReadAudit,
                    P::ManageAccounts, P::ManageIssuer, P::IssueCode};
} // namespace

class TestAuthorizer : public QObject
{
    Q_OBJECT
private slots:
    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QList<P>>("allowed");
        QTest::newRow("operator") << int(Role::Operator) << QList<P>{P::LookupHolder, P::RegisterHolder, P::HotlineIntake, P::IssueCode};
        QTest::newRow("reviewer") << int(Role::Reviewer) << QList<P>{P::LookupHolder, P::DecideAppeal, P::RevealPersonalData, P::IssueCode};
        QTest::newRow("epidemiologist") << int(Role::Epidemiologist)
                                        << QList<P>{P::LookupHolder, P::ReportCase, P::BulkReassign, P::RevealPersonalData};
        QTest::newRow("supervisor") << int(Role::Supervisor)
                                    << QList<P>{P::LookupHolder, P::DeclareArea, P::ManualOrder, P::Approve, P::RevealPersonalData,
                                                P::ExportUnmasked};
        QTest::newRow("auditor") << int(Role::Auditor) << QList<P>{P::ReadAudit, P::LookupHolder};
        QTest::newRow("administrator") << int(Role::Administrator) << QList<P>{P::ManageAccounts, P::ManageIssuer};
    }
    void matrix()
    {
        QFETCH(int, role);
        QFETCH(QList<P>, allowed);
        Official o;
        o.username = QStringLiteral("o1");
        o.roles = RoleSet(1u << role);
        o.jurisdiction = QStringLiteral("3703");
        for (P p : kAll) {
            const Status s = Authorizer::check(o, p);
            QCOMPARE(s.ok(), allowed.contains(p));
            if (!s.ok()) {
                QCOMPARE(s.error().kind, ErrorKind::Refused);
                QVERIFY(s.error().message.startsWith(QLatin1String("o1 (")));
            }
        }
        // Inside the jurisdiction an allowed permission passes; outside it is refused.
        HC_VERIFY_OK(Authorizer::check(o, allowed.first(), QStringLiteral("370303001")));
        HC_VERIFY_ERROR(Authorizer::check(o, allowed.first(), QStringLiteral("110105")), ErrorKind::Refused);
    }

    void noRoleNoRight()
    {
        Official o;
        o.username = QStringLiteral("nobody");
        for (P p : kAll)
            QVERIFY(!Authorizer::check(o, p).ok());
        // The whole country covers every division.
        o.roles = RoleSet(1u << unsigned(Role::Supervisor));
        HC_VERIFY_OK(Authorizer::check(o, P::DeclareArea, QStringLiteral("650102")));
    }

    void keysRoundTrip()
    {
        QString unknown;
        QCOMPARE(roleKeys(roleSetFromKeys({QStringLiteral("auditor"), QStringLiteral("operator")})),
                 (QStringList{QStringLiteral("operator"), QStringLiteral("auditor")}));
        QCOMPARE(roleSetFromKeys({QStringLiteral("king")}, &unknown), RoleSet(0));
        QCOMPARE(unknown, QStringLiteral("king"));
    }
};

QTEST_GUILESS_MAIN(TestAuthorizer)
#include "tst_authorizer.moc"
