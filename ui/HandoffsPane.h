#pragma once
#include "Handoff.h"

#include <QWidget>
#include <functional>

class QDialog;
class QLabel;
class QMessageBox;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hc {

class AuditLog;
class HandoffModel;
class HandoffService;
class HandoffPersonModel;
class Workspace;

// 协查任务 (issue 19): contact hand-offs between commissions. 收到的协查: what other commissions handed over,
// the selected one's people below, ticked to accept or decline (with a reason the sender reads); accepting
// first says in words what it will do. 发出的协查: what this commission handed over, its state per hand-off
// and per person with the receiver's reasons, and an alarm when one is past its deadline without an answer or
// still waits for a receiver.
class HandoffsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffsPane)
public:
    explicit HandoffsPane(Workspace &ws, QWidget *parent = nullptr);
    void refresh();
    void showIncoming(); // the received tab, the oldest waiting hand-off selected
    void showOutgoing();
    bool selectHandoff(qint64 id); // on the tab of its direction

    // What the buttons do, callable by tests. Each returns false with the reason in message().
    QList<int> chosenPersons() const;       // the ticked people, else the selected open rows
    bool accept(const QList<int> &persons); // without asking; empty = all open people
    bool decline(const QList<int> &persons, const QString &reason);
    // The confirmation 接收 shows: what accepting `persons` (empty = all open) will do, in words. Caller owns
    // it; nullptr when no incoming hand-off waiting for a decision is selected.
    QMessageBox *acceptConfirmation(const QList<int> &persons);
    // The dialog 拒绝所选… shows: the reason, 4 characters at least (its OK button waits for them). Caller
    // owns it.
    QDialog *declineDialog(int people);
    static QString declineReason(const QDialog &dialog);

    QString message() const;
    QString incomingHeader() const;
    QString outgoingHeader() const;
    QString incomingAlarm() const;
    QString outgoingAlarm() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *incomingView() const { return m_inView; }
    QTableView *incomingPeopleView() const { return m_inPeopleView; }
    QTableView *outgoingView() const { return m_outView; }
    QTableView *outgoingPeopleView() const { return m_outPeopleView; }
    HandoffModel *incomingModel() const { return m_in; }
    HandoffModel *outgoingModel() const { return m_out; }
    HandoffPersonModel *incomingPeople() const { return m_inPeople; }
    HandoffPersonModel *outgoingPeople() const { return m_outPeople; }

signals:
    void changed(); // people were accepted or declined: holders and the overview change

private:
    bool answer(const std::function<Result<Handoff>(HandoffService &, qint64, const QString &, AuditLog &)> &act,
                const std::function<QString(const Handoff &)> &done);
    void showSelected(bool incoming);
    void updateButtons();
    void showAlarms();
    void setMessage(const QString &text, bool error);
    void confirmAndAccept(bool all);
    void askAndDecline();
    qint64 selectedId(bool incoming) const;
    QString headerFor(bool incoming) const;

    Workspace &m_ws;
    QTabWidget *m_tabs;
    HandoffModel *m_in;
    HandoffModel *m_out;
    HandoffPersonModel *m_inPeople;
    HandoffPersonModel *m_outPeople;
    QTableView *m_inView;
    QTableView *m_inPeopleView;
    QTableView *m_outView;
    QTableView *m_outPeopleView;
    QLabel *m_inAlarm;
    QLabel *m_outAlarm;   // past the deadline without an answer
    QLabel *m_outWaiting; // still waiting for a receiver
    QLabel *m_inHeader;
    QLabel *m_outHeader;
    QLabel *m_message;
    QPushButton *m_checkAll;
    QPushButton *m_acceptSelected;
    QPushButton *m_acceptAll;
    QPushButton *m_declineSelected;
};

} // namespace hc
