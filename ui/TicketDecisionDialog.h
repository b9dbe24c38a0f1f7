#pragma once
#include "AppealService.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace hc {

class Workspace;

// The reviewer's decision on a ticket: the reason, and with an approval what it changes: for a wrong color the
// holder's active conditions to void (ticked), for the other kinds the fields to correct with their new value.
// The core decides whether the decision stands (AppealService::decide).
class TicketDecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketDecisionDialog)
public:
    TicketDecisionDialog(Workspace &ws, const Ticket &ticket, bool approve, QWidget *parent = nullptr);

    TicketDecision decision() const;
    bool submit(); // what OK does; true when the core took the decision
    QString message() const;
    QJsonObject summary() const { return m_summary; }

private:
    Workspace &m_ws;
    Ticket m_ticket;
    bool m_approve;
    QPlainTextEdit *m_reason;
    QListWidget *m_conditions = nullptr;
    QTableWidget *m_corrections = nullptr;
    QLabel *m_message;
    QJsonObject m_summary;
};

} // namespace hc
