// The overview's figures against the hand-counted fixture of ReportFixture.h, and the kept counts against a
// rebuild from history.
#include "ReportFixture.h"
#include "Authorizer.h"
#include "ColorTally.h"
#include "OverviewService.h"

using namespace hc;
using namespace hc::reports;
using namespace hctest;

class TestOverviewService : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> t;

    Official official(const QString &name)
    {
        auto o = Authorizer(t->conn()).official(name);
        return o ? *o : Official{};
    }
    static ColorArray colors(qint64 green, qint64 gray, qint64 yellow, qint64 red) { return {green, gray, yellow, red}; }

private slots:
    void init()
    {
        t = std::make_unique<TestDb>();
        HC_REQUIRE_DB(*t);
        QVERIFY(buildReportFixture(*t));
    }

    void tilesAndTable()
    {
        const auto o = OverviewService(t->conn(), t->clock).load(official(QStringLiteral("wang")));
        HC_VERIFY_OK(o);
        QCOMPARE(o->scope, QStringLiteral("3703"));
        QCOMPARE(o->tiles.colors, colors(2, 0, 2, 1));
        QCOMPARE(o->tiles.yesterday, colors(5, 0, 0, 0));
        QCOMPARE(o->tiles.areas.medium, 1);
        QCOMPARE(o->tiles.areas.high, 0);
        QCOMPARE(o->tiles.approvalsWaiting, 1); // li's request, for wang
        QCOMPARE(o->tiles.ticketsOverdue, 1);   // T2
        QCOMPARE(o->tiles.ticketsDueSoon, 1);   // T3
        QCOMPARE(o->rows.size(), 2);
        QCOMPARE(o->rows[0].code, QStringLiteral("370302"));
        QCOMPARE(o->rows[0].name, QStringLiteral("淄川区"));
        QCOMPARE(o->rows[0].colors, colors(0, 0, 2, 0));
        QCOMPARE(o->rows[0].yesterday, colors(2, 0, 0, 0));
        QCOMPARE(o->rows[0].areas.medium, 1);
        QCOMPARE(o->rows[1].code, QStringLiteral("370303"));
        QCOMPARE(o->rows[1].colors, colors(2, 0, 0, 1));
        // The requester does not approve their own request.
        const auto mine = OverviewService(t->conn(), t->clock).load(official(QStringLiteral("li")));
        HC_VERIFY_OK(mine);
        QCOMPARE(mine->tiles.approvalsWaiting, 0);
        // The whole country: one row per province.
        const auto all = OverviewService(t->conn(), t->clock).load(official(QStringLiteral("admin")));
        HC_VERIFY_OK(all);
        QCOMPARE(all->rows.size(), 1);
        QCOMPARE(all->rows[0].name, QStringLiteral("山东省"));
    }

    // Issue 18: what waits for the official in the navigation: their own tickets overdue or due within 8 hours, and
    // the case batches imported but not yet applied (or waiting for approval).
    void myTicketsAndWaitingBatches()
    {
        for (const char *status : {"imported", "pending", "applied", "reverted"})
            QVERIFY(t->exec(QStringLiteral("INSERT INTO case_batch(kind, file_name, file_sha256, format, encoding, delimiter, records,"
                                           " accepted, left_out, status, imported_by, imported_at) VALUES ('cases', 'b.csv', 'ab',"
                                           " 'csv', 'UTF-8', ',', 1, 1, 0, '%1', 'admin', 0)")
                                .arg(QLatin1String(status))));
        QVERIFY(t->exec(QStringLiteral("INSERT INTO case_batch(kind, file_name, file_sha256, format, encoding, delimiter, records,"
                                       " accepted, left_out, status, imported_by, imported_at) VALUES ('verifications', 'v.csv', 'ab',"
                                       " 'csv', 'UTF-8', ',', 1, 1, 0, 'imported', 'admin', 0)")));
        // T2 (overdue since 09:30) and T3 (due 11:00) are assigned to admin; T1 is closed.
        const auto mine = OverviewService(t->conn(), t->clock).load(official(QStringLiteral("admin")));
        HC_VERIFY_OK(mine);
        QCOMPARE(mine->tiles.myTicketsOverdue, 1);
        QCOMPARE(mine->tiles.myTicketsDue, 1);
        QCOMPARE(mine->tiles.batchesWaiting, 2);
        const QJsonObject json = mine->toJson();
        QCOMPARE(json.value(QStringLiteral("my_tickets_overdue")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("my_tickets_due_8h")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("batches_waiting")).toInt(), 2);
        const auto wang = OverviewService(t->conn(), t->clock).load(official(QStringLiteral("wang")));
        HC_VERIFY_OK(wang);
        QCOMPARE(wang->tiles.myTicketsOverdue, 0);
        QCOMPARE(wang->tiles.myTicketsDue, 0);
        // Nine hours on: T3 is overdue too; a ticket due later than 8 hours is not counted.
        QVERIFY(t->exec(QStringLiteral("INSERT INTO ticket(number, kind, holder_id, caller, callback_phone, complaint, state,"
                                       " color_at_filing, deadline_at, source, received_by, received_at, assignee)"
                                       " SELECT 'T4', 'wrong_color', holder_id, caller, callback_phone, complaint, 'assigned', 0, %1,"
                                       " 'hotline', 'admin', received_at, 'admin' FROM ticket WHERE number = 'T3'")
                            .arg(t->clock.now().toSecsSinceEpoch() + 9 * 3600 + 8 * 3600 + 60)));
        t->clock.set(t->clock.now().addSecs(9 * 3600));
        const auto later = OverviewService(t->conn(), t->clock).load(official(QStringLiteral("admin")));
        HC_VERIFY_OK(later);
        QCOMPARE(later->tiles.myTicketsOverdue, 2);
        QCOMPARE(later->tiles.myTicketsDue, 0);
    }

    void series()
    {
        const auto s = OverviewService(t->conn(), t->clock).series(official(QStringLiteral("wang")), 7);
        HC_VERIFY_OK(s);
        QCOMPARE(s->days, 7);
        QCOMPARE(s->firstDay, at(QStringLiteral("2022-10-27T00:00:00+08:00")).toSecsSinceEpoch());
        QCOMPARE(s->colors[4], colors(0, 0, 0, 0)); // 10-31: nobody yet
        QCOMPARE(s->colors[5], colors(5, 0, 0, 0)); // 11-01
        QCOMPARE(s->colors[6], colors(2, 0, 2, 1)); // 11-02, now
        QCOMPARE(s->areas[5].medium, 0);
        QCOMPARE(s->areas[6].medium, 1);
        QCOMPARE(s->tickets[5].received, 1);
        QCOMPARE(s->tickets[5].closed, 1);
        QCOMPARE(s->tickets[5].overdue, 0);
        QCOMPARE(s->tickets[6].received, 2);
        QCOMPARE(s->tickets[6].overdue, 1);
        HC_VERIFY_ERROR(OverviewService(t->conn(), t->clock).series(official(QStringLiteral("wang")), 5000), ErrorKind::BadInput);
        // The whole country reads the provinces' own rows: every holder here lives in 3703.
        const auto all = OverviewService(t->conn(), t->clock).series(official(QStringLiteral("admin")), 7);
        HC_VERIFY_OK(all);
        QCOMPARE(all->colors, s->colors);
    }

    void rebuildGivesTheSameFigures()
    {
        const auto before = OverviewService(t->conn(), t->clock).series(official(QStringLiteral("wang")), 7);
        QVERIFY(t->exec(QStringLiteral("DELETE FROM holder_color_delta")));
        QVERIFY(t->exec(QStringLiteral("DELETE FROM holder_color_day")));
        QVERIFY(t->exec(QStringLiteral("UPDATE holder_color_count SET n = 0")));
        const auto r = ColorTally::rebuild(t->conn(), t->clock.now().toSecsSinceEpoch());
        HC_VERIFY_OK(r);
        QVERIFY(r->consistent);
        QCOMPARE(r->holders, 5);
        const auto after = OverviewService(t->conn(), t->clock).series(official(QStringLiteral("wang")), 7);
        QCOMPARE(after->colors, before->colors);
        QCOMPARE(OverviewService(t->conn(), t->clock).series(official(QStringLiteral("admin")), 7)->colors, before->colors);
        QCOMPARE(OverviewService(t->conn(), t->clock).load(official(QStringLiteral("admin")))->tiles.yesterday, colors(5, 0, 0, 0));
        const auto o = OverviewService(t->conn(), t->clock).load(official(QStringLiteral("wang")));
        QCOMPARE(o->tiles.yesterday, colors(5, 0, 0, 0));
        // A holder whose history disagrees with its color is found.
        QVERIFY(t->exec(QStringLiteral("UPDATE holder SET color = 3 WHERE home_division LIKE '370302%' AND id = (SELECT MAX(id) FROM holder)")));
        const auto bad = ColorTally::rebuild(t->conn(), t->clock.now().toSecsSinceEpoch());
        HC_VERIFY_OK(bad);
        QVERIFY(!bad->consistent);
        QCOMPARE(bad->inconsistentCounties, QStringList{QStringLiteral("370302")});
    }

    void refusedWithoutLookup()
    {
        QVERIFY(t->addOfficial(QStringLiteral("admin2"), {QStringLiteral("administrator")}));
        HC_VERIFY_ERROR(OverviewService(t->conn(), t->clock).load(official(QStringLiteral("admin2"))), ErrorKind::Refused);
    }
};

QTEST_GUILESS_MAIN(TestOverviewService)
#include "tst_overviewservice.moc"
