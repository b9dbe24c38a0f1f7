#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QMessageBox;
class QTableWidget;

namespace hc {

class ColumnFitter;
class Workspace;

// Pending four-eyes requests: the second official approves (the change runs with the decision) or rejects
// with a reason; the requester may withdraw. The selected request reads whole below the table; 批准 first says
// what will happen in words (ApprovalDescriber) and asks for confirmation. Refusals are shown with the core's reason.
class ApprovalsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalsPane)
public:
    explicit ApprovalsPane(Workspace &ws, QWidget *parent = nullptr);
    void refresh();
    void showPending(); // the requests waiting for a decision
    QTableWidget *table() const { return m_table; }
    qint64 selectedId() const;
    bool approveSelected(); // carries the selected request out, without asking
    // What 批准 does: says what approving will do (the core's sentence, the request whole) and asks; then approves.
    bool confirmAndApproveSelected();
    // The confirmation for the selected request (its sentence read off the GUI thread); nullptr when there is none or
    // the sentence could not be read (the pane's message says why). The caller owns it.
    QMessageBox *confirmationForSelected();
    QString details() const; // the selected request, whole
    bool rejectSelected(const QString &reason = {});
    bool withdrawSelected();
    QString message() const;

signals:
    void changed();

private:
    void showOutcome(const QString &error);
    void showDetails();
    Workspace &m_ws;
    QComboBox *m_status;
    QTableWidget *m_table;
    ColumnFitter *m_fit; // the rows set are no reset: refitted after each refresh
    QLabel *m_details;
    QLabel *m_message;
};

} // namespace hc
