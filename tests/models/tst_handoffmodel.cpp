// Issue 19: the console's lists of contact hand-offs (协查) and of one hand-off's people: in words, masked,
// no internal id or login; the overdue deadline in red with its tooltip; the open people of a received
// hand-off ticked to answer.
#include "HandoffFixture.h"
#include "HandoffModel.h"
#include "HandoffPersonModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>

using namespace hc;
using namespace hctest;

namespace {
qint64 sentHandoffId(TestWorkspace &t, const QString &uuid)
{
    QSqlQuery q(t.ws->db());
    q.prepare(QStringLiteral("SELECT id FROM handoff WHERE uuid = ?"));
    q.addBindValue(uuid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

class TestHandoffModel : public QObject
{
    Q_OBJECT

    static QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
    {
        return m.data(m.index(row, column), role).toString();
    }

private Q_SLOTS:
    void incomingNewestFirstInWords()
    {
        TestWorkspace t; // 2022-11-02 10:00 UTC+8
        const qint64 first =
            receiveHandoff(t, QStringLiteral("11111111-1111-4111-8111-111111111111"), -3600); // overdue
        QVERIFY(first > 0);
        t.clock->advanceSecs(60);
        const qint64 second =
            receiveHandoff(t, QStringLiteral("22222222-2222-4222-8222-222222222222"), 24 * 3600, 3);
        QVERIFY(second > 0);
        QVERIFY(sentHandoff(t, QStringLiteral("33333333-3333-4333-8333-333333333333"), QStringLiteral("sent"),
                            3600, QStringLiteral("310101002"),
                            QStringLiteral("上海市黄浦区卫生健康委员会")) > 0);

        HandoffModel model(*t.ws, QStringLiteral("in"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 2); // the sent one is the other direction's
        QCOMPARE(model.data(model.index(0, 0), HandoffModel::IdRole).toLongLong(), second);
        QCOMPARE(cell(model, 0, HandoffModel::CommissionColumn), QStringLiteral("淄博市张店区卫生健康局"));
        QVERIFY(cell(model, 0, HandoffModel::CommissionColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("张店区")));
        QCOMPARE(cell(model, 0, HandoffModel::CasesColumn), QStringLiteral("C-1"));
        QCOMPARE(model.data(model.index(0, HandoffModel::PeopleColumn)).toLongLong(), 3);
        QCOMPARE(cell(model, 0, HandoffModel::AnsweredColumn), QStringLiteral("0 / 0"));
        QCOMPARE(cell(model, 0, HandoffModel::StateColumn), HandoffWords::state(QStringLiteral("received")));
        QCOMPARE(cell(model, 0, HandoffModel::DeadlineColumn), QStringLiteral("2022-11-03 10:01"));
        QCOMPARE(cell(model, 0, HandoffModel::TimeColumn), QStringLiteral("2022-11-02 10:01"));
        QVERIFY(
            !model.data(model.index(0, HandoffModel::DeadlineColumn), HandoffModel::OverdueRole).toBool());
        // The older one is past its deadline: red, said in its text and its tooltip.
        QVERIFY(model.data(model.index(1, HandoffModel::DeadlineColumn), HandoffModel::OverdueRole).toBool());
        QCOMPARE(model.data(model.index(1, HandoffModel::DeadlineColumn), Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 QColor(0xc6, 0x28, 0x28));
        QVERIFY(cell(model, 1, HandoffModel::DeadlineColumn).contains(QStringLiteral("overdue")));
        QVERIFY(cell(model, 1, HandoffModel::DeadlineColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("deadline passed")));
        QCOMPARE(model.overdueCount(), 1);
        QCOMPARE(model.waitingCount(), 2);
        // No internal id, no login, no uuid anywhere on screen.
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    const QString text = cell(model, r, c, role);
                    QVERIFY2(!text.contains(QStringLiteral("1111-")) &&
                                 !text.contains(QStringLiteral("system")) &&
                                 !text.contains(QStringLiteral("console-")),
                             qPrintable(text));
                }
        QCOMPARE(model.headerData(HandoffModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Received at"));
    }

    void outgoingStatesAndAlarmCounts()
    {
        TestWorkspace t;
        QVERIFY(sentHandoff(t, QStringLiteral("44444444-4444-4444-8444-444444444444"),
                            QStringLiteral("pending"), 3600, QStringLiteral("440103001"),
                            QStringLiteral("广东省卫生健康委员会")) > 0);
        QVERIFY(sentHandoff(t, QStringLiteral("55555555-5555-4555-8555-555555555555"), QStringLiteral("sent"),
                            -7200, QStringLiteral("310101002"),
                            QStringLiteral("上海市黄浦区卫生健康委员会")) > 0);
        const qint64 answered = sentHandoff(
            t, QStringLiteral("66666666-6666-4666-8666-666666666666"), QStringLiteral("partly_accepted"),
            -7200, QStringLiteral("310101002"), QStringLiteral("上海市黄浦区卫生健康委员会"));
        QVERIFY(answered > 0);
        HandoffModel model(*t.ws, QStringLiteral("out"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.pendingCount(), 1);
        QCOMPARE(model.overdueCount(), 1); // the sent one past its deadline; the answered one is not overdue
        const int pending = model.rowOf(model.data(model.index(2, 0), HandoffModel::IdRole).toLongLong());
        QCOMPARE(pending, 2);
        QCOMPARE(cell(model, 2, HandoffModel::StateColumn), HandoffWords::state(QStringLiteral("pending")));
        QCOMPARE(cell(model, 2, HandoffModel::TimeColumn), QStringLiteral("not sent yet"));
        const int row = model.rowOf(answered);
        QCOMPARE(cell(model, row, HandoffModel::AnsweredColumn), QStringLiteral("1 / 1"));
        QCOMPARE(model.headerData(HandoffModel::CommissionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Receiving commission"));
        QVERIFY(cell(model, model.rowOf(answered), HandoffModel::StateColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("2022-11-02 09:50")));
        // Sent, not receipted yet; then its batch has the platform's verified receipt: 已送达.
        const int sent = model.rowOf(sentHandoffId(t, QStringLiteral("55555555-5555-4555-8555-555555555555")));
        QCOMPARE(cell(model, sent, HandoffModel::StateColumn), HandoffWords::state(QStringLiteral("sent")));
        QSqlQuery q(t.ws->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE handoff SET sent_seq = 7 WHERE uuid = '55555555-5555-4555-8555-555555555555'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_batch(batch_uuid, seq_from, seq_to, events, body, content_type, sha256,"
                                      " prev_hash, created_at, oldest_at, state, next_attempt_at, delivered_at) VALUES ('b-1', 5, 9,"
                                      " 5, x'00', 'application/cms', 'x', '', 0, 0, 'delivered', 0, 1667353800)")));
        model.reload();
        QCOMPARE(cell(model, sent, HandoffModel::StateColumn), QStringLiteral("Delivered"));
        QVERIFY(cell(model, sent, HandoffModel::StateColumn, Qt::ToolTipRole).contains(QStringLiteral("receipt verified")));
    }

    void peopleMaskedCheckableWhileOpen()
    {
        TestWorkspace t;
        const qint64 id = receiveHandoff(t, QStringLiteral("77777777-7777-4777-8777-777777777777"));
        QVERIFY(id > 0);
        HandoffPersonModel model(*t.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHandoff(id);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.checkable());
        QCOMPARE(model.data(model.index(0, HandoffPersonModel::NumberColumn)).toInt(), 1);
        QCOMPARE(cell(model, 0, HandoffPersonModel::NameColumn), QStringLiteral("张*三"));
        const QString id1 = handoffResident(QStringLiteral("110105"), 11);
        QCOMPARE(cell(model, 0, HandoffPersonModel::IdNumberColumn), mask::idNumber(id1));
        QVERIFY(cell(model, 0, HandoffPersonModel::IdNumberColumn) != id1);
        const QString home = cell(model, 0, HandoffPersonModel::HomeColumn);
        QVERIFY2(home.startsWith(QStringLiteral("北京市")) && home.contains(QStringLiteral("朝阳区")),
                 qPrintable(home));
        QVERIFY(!cell(model, 0, HandoffPersonModel::HomeColumn, Qt::ToolTipRole)
                     .contains(QStringLiteral("朝阳路 8 号院 3 号楼")));
        QCOMPARE(cell(model, 0, HandoffPersonModel::LocatedByColumn),
                 HandoffWords::locatedBy(QStringLiteral("registered")));
        QCOMPARE(cell(model, 1, HandoffPersonModel::LocatedByColumn),
                 HandoffWords::locatedBy(QStringLiteral("case_file")));
        QCOMPARE(cell(model, 0, HandoffPersonModel::KindColumn), QStringLiteral("Close contact"));
        QCOMPARE(cell(model, 0, HandoffPersonModel::BasisColumn), QStringLiteral("与确诊病例 C-1 同住"));
        QVERIFY(
            cell(model, 0, HandoffPersonModel::BasisColumn, Qt::ToolTipRole).contains(QStringLiteral("C-1")));
        QCOMPARE(cell(model, 0, HandoffPersonModel::StateColumn),
                 HandoffWords::personState(QStringLiteral("open")));

        // Ticking: only the first column, only open people; the ticks survive a reload of the same hand-off.
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsUserCheckable));
        QCOMPARE(model.data(model.index(0, 0), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedPersons(), QList<int>{2});
        model.setHandoff(id);
        QCOMPARE(model.checkedPersons(), QList<int>{2});
        model.setAllChecked(true);
        QCOMPARE(model.checkedPersons(), (QList<int>{1, 2}));

        // Person 2 declined: no longer checkable; its reason shows; person 1 still is.
        AuditLog audit = t.ws->audit();
        QVERIFY(HandoffService(t.ws->db(), t.ws->clock())
                    .decline(id, {2}, QStringLiteral("已迁出本区两年"), QStringLiteral("admin"), audit));
        model.setHandoff(id);
        QCOMPARE(model.checkedPersons(), QList<int>{1});
        QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.data(model.index(1, 0), Qt::CheckStateRole).isValid());
        QCOMPARE(cell(model, 1, HandoffPersonModel::ReasonColumn), QStringLiteral("已迁出本区两年"));
        QCOMPARE(cell(model, 1, HandoffPersonModel::StateColumn),
                 HandoffWords::personState(QStringLiteral("declined")));
        QCOMPARE(model.openPersons(), QList<int>{1});

        // Everyone answered: nothing is checkable any more.
        QVERIFY(HandoffService(t.ws->db(), t.ws->clock()).accept(id, {}, QStringLiteral("admin"), audit));
        model.setHandoff(id);
        QVERIFY(!model.checkable());
        QVERIFY(model.checkedPersons().isEmpty());
        QCOMPARE(cell(model, 0, HandoffPersonModel::StateColumn),
                 HandoffWords::personState(QStringLiteral("accepted")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sentPeopleAreNotCheckable()
    {
        TestWorkspace t;
        const qint64 id = sentHandoff(t, QStringLiteral("88888888-8888-4888-8888-888888888888"),
                                      QStringLiteral("partly_accepted"), 3600, QStringLiteral("310101002"),
                                      QStringLiteral("上海市黄浦区卫生健康委员会"));
        QVERIFY(id > 0);
        HandoffPersonModel model(*t.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHandoff(id);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.checkable());
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(cell(model, 0, HandoffPersonModel::HomeColumn).startsWith(QStringLiteral("上海市")));
        QCOMPARE(cell(model, 1, HandoffPersonModel::ReasonColumn),
                 QStringLiteral("查无此人，已于 2022 年迁出"));
    }
};

QTEST_MAIN(TestHandoffModel)
#include "tst_handoffmodel.moc"
