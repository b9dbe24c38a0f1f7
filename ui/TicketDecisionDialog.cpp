#include "TicketDecisionDialog.h"
#include "ScreenFit.h"
#include "ErrorText.h"

#include "CodeColors.h"
#include "TicketQueueModel.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

TicketDecisionDialog::TicketDecisionDialog(Workspace &ws, const Ticket &ticket, bool approve, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_ticket(ticket), m_approve(approve)
{
    setObjectName(QStringLiteral("ticketDecisionDialog"));
    setWindowTitle(approve ? tr("Approve ticket %1").arg(ticket.number) : tr("Reject ticket %1").arg(ticket.number));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 · %2").arg(TicketQueueModel::kindLabel(ticket.kind), ticket.complaint));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_caller = new QLabel;
    m_caller->setObjectName(QStringLiteral("decisionCaller"));
    m_caller->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_caller, &QLabel::linkActivated, this, [this] { revealCallback(); });
    showCaller({});
    layout->addWidget(m_caller);
    if (approve && ticket.kind == TicketKind::WrongColor) {
        layout->addWidget(new QLabel(tr("Tick the conditions the decision voids:")));
        m_conditions = new QListWidget;
        m_conditions->setObjectName(QStringLiteral("voidConditions"));
        const qint64 now = ws.clock().now().toSecsSinceEpoch();
        for (const ConditionRecord &c : ws.holderRepository().conditions(ticket.holderId)) {
            if (c.statusAt(now) != ConditionRecord::Status::Active)
                continue;
            auto *item = new QListWidgetItem(tr("%1 (%2) since %3 · %4 · %5")
                                                 .arg(conditionKindLabel(c.kind), colorLabel(c.color), time::formatShort(c.start),
                                                      c.sourceDivision, c.basisText.isEmpty() ? c.basisRef : c.basisText));
            item->setData(Qt::UserRole, c.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            m_conditions->addItem(item);
        }
        if (m_conditions->count() == 0)
            layout->addWidget(new QLabel(tr("The holder has no active condition.")));
        layout->addWidget(m_conditions);
    } else if (approve) {
        layout->addWidget(new QLabel(tr("Each current value beside the corrected one (leave empty what stays):")));
        const auto rows = TicketQueueModel::correctionRows(ws, ticket);
        m_corrections = new QTableWidget(int(rows.size()), 3);
        m_corrections->setObjectName(QStringLiteral("ticketCorrections"));
        m_corrections->setHorizontalHeaderLabels({tr("Item"), tr("Current value"), tr("Correct to")});
        m_corrections->verticalHeader()->hide();
        m_corrections->horizontalHeader()->setStretchLastSection(true);
        for (int i = 0; i < rows.size(); ++i) {
            auto *field = new QTableWidgetItem(rows[i].label);
            field->setData(Qt::UserRole, rows[i].field);
            field->setFlags(Qt::ItemIsEnabled);
            m_corrections->setItem(i, 0, field);
            auto *current = new QTableWidgetItem;
            current->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_corrections->setItem(i, 1, current);
            m_corrections->setItem(i, 2, new QTableWidgetItem);
        }
        fillCurrent(std::nullopt);
        m_corrections->setColumnWidth(0, 170);
        m_corrections->setColumnWidth(1, 200);
        // Enough height for every row: the table never scrolls to hide a field.
        m_corrections->setMinimumHeight(m_corrections->horizontalHeader()->sizeHint().height()
                                        + int(rows.size()) * m_corrections->verticalHeader()->defaultSectionSize() + 4);
        layout->addWidget(m_corrections);
        auto *reveal = new QPushButton(tr("Show current values…"));
        reveal->setObjectName(QStringLiteral("revealCurrent"));
        reveal->setToolTip(tr("The holder's personal data in full, for this decision; the purpose is recorded in the audit log"));
        connect(reveal, &QPushButton::clicked, this, [this] { revealCurrent(); });
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(reveal);
        layout->addLayout(row);
    }
    layout->addWidget(new QLabel(tr("Reason (written into the record and the holder's provenance):")));
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setMaximumHeight(90);
    layout->addWidget(m_reason);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("decisionMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *ok = buttons->addButton(approve ? tr("Approve") : tr("Reject"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("decisionOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {660, 480});
}

void TicketDecisionDialog::showCaller(const QString &revealedPhone)
{
    const QString phone = revealedPhone.isEmpty()
                              ? tr("%1 <a href=\"reveal-callback\">Show number…</a>").arg(AppealService::maskedCallback(m_ticket).toHtmlEscaped())
                              : tr("%1 (revealed for this view; audited)").arg(revealedPhone.toHtmlEscaped());
    m_caller->setText(tr("Caller: %1, callback %2").arg(m_ticket.caller.toHtmlEscaped(), phone));
}

void TicketDecisionDialog::fillCurrent(const std::optional<Holder> &revealed)
{
    const auto rows = TicketQueueModel::correctionRows(m_ws, m_ticket, revealed);
    for (int i = 0; i < rows.size() && i < m_corrections->rowCount(); ++i) {
        m_corrections->item(i, 1)->setText(rows[i].current);
        m_corrections->item(i, 1)->setToolTip(rows[i].current);
    }
}

std::optional<QString> TicketDecisionDialog::askPurpose(const QString &title, const QString &given)
{
    if (!given.isEmpty())
        return given;
    bool ok = false;
    const QString purpose = QInputDialog::getText(this, title, tr("Purpose (recorded in the audit log):"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return purpose;
}

bool TicketDecisionDialog::revealCallback(const QString &purposeIn)
{
    const auto purpose = askPurpose(tr("Show the callback number of ticket %1").arg(m_ticket.number), purposeIn);
    if (!purpose)
        return false;
    const auto actor = m_ws.actor();
    AuditLog audit = m_ws.audit();
    const auto phone = actor ? m_ws.appeals().revealCallback(m_ticket.id, *purpose, *actor, audit) : Result<QString>(actor.error());
    if (!phone) {
        m_message->setText(errorText(phone.error()));
        return false;
    }
    showCaller(phone.value());
    return true;
}

bool TicketDecisionDialog::revealCurrent(const QString &purposeIn)
{
    if (!m_corrections)
        return false;
    const auto purpose = askPurpose(tr("Reveal personal data"), purposeIn);
    if (!purpose)
        return false;
    const auto actor = m_ws.actor();
    AuditLog audit = m_ws.audit();
    const auto h = actor ? m_ws.holders().reveal(m_ticket.holderId, *purpose, *actor, audit) : Result<Holder>(actor.error());
    if (!h) {
        m_message->setText(errorText(h.error()));
        return false;
    }
    fillCurrent(h.value());
    if (auto *b = findChild<QPushButton *>(QStringLiteral("revealCurrent")))
        b->setEnabled(false);
    return true;
}

QString TicketDecisionDialog::message() const
{
    return m_message->text();
}

TicketDecision TicketDecisionDialog::decision() const
{
    TicketDecision d;
    d.approve = m_approve;
    d.reason = m_reason->toPlainText();
    if (m_conditions)
        for (int i = 0; i < m_conditions->count(); ++i)
            if (m_conditions->item(i)->checkState() == Qt::Checked)
                d.voidConditions.push_back(m_conditions->item(i)->data(Qt::UserRole).toLongLong());
    if (m_corrections)
        for (int i = 0; i < m_corrections->rowCount(); ++i)
            if (const QString value = m_corrections->item(i, 2)->text().trimmed(); !value.isEmpty())
                d.corrections.insert(m_corrections->item(i, 0)->data(Qt::UserRole).toString(), value);
    return d;
}

bool TicketDecisionDialog::submit()
{
    const auto actor = m_ws.actor();
    if (!actor) {
        m_message->setText(errorText(actor.error()));
        return false;
    }
    AuditLog audit = m_ws.audit();
    const auto r = m_ws.appeals().decide(m_ticket.id, decision(), *actor, audit);
    if (!r) {
        m_message->setText(errorText(r.error()));
        return false;
    }
    m_summary = r.value();
    return true;
}

} // namespace hc
