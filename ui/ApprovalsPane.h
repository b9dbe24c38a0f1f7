#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace hc {

class Workspace;

// Pending four-eyes requests: the second official approves (the change runs with the decision) or rejects
// with a reason; the requester may withdraw. Refusals are shown with the core's reason.
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
    bool approveSelected();
    bool rejectSelected(const QString &reason = {});
    bool withdrawSelected();
    QString message() const;

signals:
    void changed();

protected:
    void resizeEvent(QResizeEvent *e) override;

private:
    void showOutcome(const QString &error);
    void fitColumns(); // to their content, the request's summary capped so that the decision stays in view
    Workspace &m_ws;
    QComboBox *m_status;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace hc
