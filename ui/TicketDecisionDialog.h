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
// holder's active conditions to void (ticked), for the other kinds the fields to correct, each current value
// (masked, revealed with a purpose) beside its new one. The caller's callback number is masked too.
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
    // The caller's callback number in full, after the purpose (audited by the core).
    bool revealCallback(const QString &purpose = {});
    // A correction's current values unmasked, after the purpose (the holder's reveal, audited by the core).
    bool revealCurrent(const QString &purpose = {});

private:
    void showCaller(const QString &revealedPhone);
    void fillCurrent(const std::optional<Holder> &revealed);
    std::optional<QString> askPurpose(const QString &title, const QString &given);

    Workspace &m_ws;
    Ticket m_ticket;
    bool m_approve;
    QPlainTextEdit *m_reason;
    QListWidget *m_conditions = nullptr;
    QTableWidget *m_corrections = nullptr;
    QLabel *m_caller;
    QLabel *m_message;
    QJsonObject m_summary;
};

} // namespace hc
