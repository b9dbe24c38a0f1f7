#include "TicketDialog.h"
#include "ScreenFit.h"
#include "ErrorText.h"

#include "IdNumber.h"
#include "TicketQueueModel.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

TicketDialog::TicketDialog(Workspace &ws, QWidget *parent) : QDialog(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("ticketDialog"));
    setWindowTitle(tr("New 12345 ticket"));
    m_number = new QLineEdit;
    m_number->setObjectName(QStringLiteral("ticketNumber"));
    m_number->setPlaceholderText(tr("the hotline's ticket number"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("ticketKind"));
    for (TicketKind k : {TicketKind::WrongColor, TicketKind::WrongSource, TicketKind::WrongPersonalData, TicketKind::Reapplication})
        m_kind->addItem(TicketQueueModel::kindLabel(k), int(k));
    m_holder = new QLineEdit;
    m_holder->setObjectName(QStringLiteral("ticketHolder"));
    m_holder->setPlaceholderText(tr("ID number"));
    m_guardian = new QLineEdit;
    m_guardian->setObjectName(QStringLiteral("ticketGuardian"));
    m_guardian->setPlaceholderText(tr("optional: the guardian's ID number"));
    m_caller = new QLineEdit;
    m_caller->setObjectName(QStringLiteral("ticketCaller"));
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("ticketPhone"));
    m_complaint = new QPlainTextEdit;
    m_complaint->setObjectName(QStringLiteral("ticketComplaint"));
    m_complaint->setPlaceholderText(tr("What is wrong, in the caller's words"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("ticketDialogMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c"));

    auto *form = new QFormLayout;
    form->addRow(tr("Ticket number:"), m_number);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Holder:"), m_holder);
    form->addRow(tr("Guardian:"), m_guardian);
    form->addRow(tr("Caller:"), m_caller);
    form->addRow(tr("Callback phone:"), m_phone);
    form->addRow(tr("Complaint:"), m_complaint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *ok = buttons->addButton(tr("File ticket"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("ticketFile"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (fileTicket())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {520, 420});
}

QString TicketDialog::message() const
{
    return m_message->text();
}

// An ID number (resident or passport) or, when only digits and short, the holder number.
std::optional<qint64> TicketDialog::resolveHolder(const QString &text) const
{
    if (text.isEmpty())
        return std::nullopt;
    const HolderRepository holders = m_ws.holderRepository();
    for (IdType type : {IdType::Resident, IdType::Passport})
        if (const auto h = holders.findByIdNumber(type, text.toUpper()))
            return h->id;
    bool number = false;
    const qint64 id = text.toLongLong(&number);
    if (number && id > 0)
        if (const auto h = holders.find(id))
            return h->id;
    return std::nullopt;
}

bool TicketDialog::fileTicket()
{
    const auto actor = m_ws.actor();
    if (!actor) {
        m_message->setText(errorText(actor.error()));
        return false;
    }
    const auto holder = resolveHolder(m_holder->text().trimmed());
    if (!holder) {
        m_message->setText(m_holder->text().trimmed().isEmpty()
                               ? tr("Name the holder by the ID number.")
                               : tr("No holder with ID number \"%1\".").arg(m_holder->text().trimmed()));
        return false;
    }
    const QString guardianText = m_guardian->text().trimmed();
    const auto guardian = guardianText.isEmpty() ? std::nullopt : resolveHolder(guardianText);
    if (!guardianText.isEmpty() && !guardian) {
        m_message->setText(tr("No guardian with ID number \"%1\".").arg(guardianText));
        return false;
    }
    TicketInput in;
    in.number = m_number->text();
    in.kind = TicketKind(m_kind->currentData().toInt());
    in.holderId = *holder;
    in.guardianId = guardian;
    in.caller = m_caller->text();
    in.callbackPhone = m_phone->text();
    in.complaint = m_complaint->toPlainText();
    AuditLog audit = m_ws.audit();
    const auto r = m_ws.appeals().file(in, *actor, audit);
    if (!r) {
        m_message->setText(errorText(r.error()));
        return false;
    }
    m_ticket = r.value();
    m_message->clear();
    return true;
}

} // namespace hc
