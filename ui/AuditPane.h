#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace hc {

class AuditEntryDialog;
class AuditLogModel;
class Workspace;

// The tamper-evident log: filter entries, read each as a record (double-click or Enter: the whole entry with its hash),
// and verify the hash chain.
class AuditPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPane)
public:
    explicit AuditPane(Workspace &ws, QWidget *parent = nullptr);
    AuditLogModel *model() const { return m_model; }
    void refresh();
    bool verify();
    // The entry on a row in its own dialog (deleted when closed).
    AuditEntryDialog *openEntry(int row);

private:
    void applyFilter();

    Workspace &m_ws;
    AuditLogModel *m_model;
    QComboBox *m_action;
    QLineEdit *m_actor;
    QLineEdit *m_text;
    QLabel *m_verdict;
    QTableView *m_table;
};

} // namespace hc
