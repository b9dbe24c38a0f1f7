#include "TicketDecisionDialog.h"
#include "ErrorText.h"

#include "CodeColors.h"
#include "TicketQueueModel.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
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
        layout->addWidget(new QLabel(tr("The corrected values (leave empty what stays):")));
        const QStringList fields = AppealService::correctableFields(ticket.kind);
        m_corrections = new QTableWidget(int(fields.size()), 2);
        m_corrections->setObjectName(QStringLiteral("ticketCorrections"));
        m_corrections->setHorizontalHeaderLabels({tr("Field"), tr("New value")});
        m_corrections->verticalHeader()->hide();
        m_corrections->horizontalHeader()->setStretchLastSection(true);
        for (int i = 0; i < fields.size(); ++i) {
            auto *field = new QTableWidgetItem(TicketQueueModel::fieldLabel(fields[i]));
            field->setData(Qt::UserRole, fields[i]);
            field->setFlags(Qt::ItemIsEnabled);
            m_corrections->setItem(i, 0, field);
            m_corrections->setItem(i, 1, new QTableWidgetItem);
        }
        m_corrections->setColumnWidth(0, 200);
        layout->addWidget(m_corrections);
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
    resize(620, 440);
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
            if (const QString value = m_corrections->item(i, 1)->text().trimmed(); !value.isEmpty())
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
