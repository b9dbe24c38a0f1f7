#pragma once
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hc {

class Workspace;

// Files a 12345 ticket: the hotline's number, what kind of complaint, the holder (ID number or holder number),
// optionally the guardian filing for a bound dependent (resolved the same way), the caller, the callback phone and the complaint in the caller's words. The core checks and stores it;
// a refusal stays in the dialog with its reason.
class TicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketDialog)
public:
    explicit TicketDialog(Workspace &ws, QWidget *parent = nullptr);

    qint64 ticketId() const { return m_ticket; } // 0 until filed
    QString message() const;
    bool fileTicket(); // what OK does

private:
    std::optional<qint64> resolveHolder(const QString &text) const;

    Workspace &m_ws;
    qint64 m_ticket = 0;
    QLineEdit *m_number;
    QComboBox *m_kind;
    QLineEdit *m_holder;
    QLineEdit *m_guardian;
    QLineEdit *m_caller;
    QLineEdit *m_phone;
    QPlainTextEdit *m_complaint;
    QLabel *m_message;
};

} // namespace hc
