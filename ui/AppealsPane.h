#pragma once
#include "AppealService.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hc {

class ProvenanceModel;
class TicketDashboard;
class TicketQueueModel;
class Workspace;

// 12345 tickets (issue 6): the queue by deadline, the selected ticket with its events and the holder's
// provenance beside it, the steps of the closed loop (file, assign, review, approve or reject, forward, reply,
// callback, close) and a deadline dashboard. Every step is the core's (AppealService); refusals are shown
// with its reason.
class AppealsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppealsPane)
public:
    explicit AppealsPane(Workspace &ws, QWidget *parent = nullptr);

    void refresh(); // keeps the selected ticket
    bool selectTicket(qint64 ticketId);
    std::optional<Ticket> selectedTicket() const;
    TicketQueueModel *queueModel() const { return m_queue; }
    ProvenanceModel *provenanceModel() const { return m_provenance; }
    TicketDashboard *dashboard() const { return m_dashboard; }
    QString message() const;
    void showDashboard(bool dashboard); // the deadline dashboard tab, or the queue
    // The queue of open tickets, by deadline: the overdue first, the first selected (what the overview opens).
    void showOverdueFirst();

    bool fileTicket(); // the ticket dialog; true when a ticket was filed
    int importTickets(); // the hotline export's import dialog; how many tickets were filed
    // The steps for the selected ticket; the texts are asked for when empty.
    bool assignSelected(const QString &assignee = {});
    bool startReviewSelected();
    bool decideSelected(bool approve); // the decision dialog
    bool forwardSelected(const QString &province = {}, const QString &reason = {});
    bool replySelected(const QString &text = {});
    bool callbackSelected(const QString &outcome = {});
    bool closeSelected();
    // The selected ticket's callback number in full, in this view only, after asking the purpose (audited by the core).
    bool revealCallbackSelected(const QString &purpose = {});

signals:
    void changed(); // tickets, holders' colors or the audit log changed

private:
    void selectionChanged();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    std::optional<QString> signedIn();
    std::optional<QString> choose(const QString &title, const QString &label, const QList<std::pair<QString, QString>> &options,
                                  const QString &given);
    std::optional<QString> ask(const QString &title, const QString &label, const QString &given);
    bool done(const Status &s, qint64 ticketId, const QString &text);
    void showDetails(const Ticket &t);

    Workspace &m_ws;
    TicketQueueModel *m_queue;
    ProvenanceModel *m_provenance;
    QTableView *m_table;
    QCheckBox *m_showAll;
    QLabel *m_details;
    QString m_revealedPhone; // the selected ticket's callback number once revealed; cleared with the selection
    QListWidget *m_events;
    QTableView *m_provenanceTable;
    QLabel *m_explanation;
    TicketDashboard *m_dashboard;
    QTabWidget *m_tabs;
    QLabel *m_message;
    QPushButton *m_assign;
    QPushButton *m_review;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_forward;
    QPushButton *m_reply;
    QPushButton *m_callback;
    QPushButton *m_close;
};

} // namespace hc
