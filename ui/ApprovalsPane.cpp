#include "ApprovalsPane.h"
#include "ColumnFitter.h"
#include "ErrorText.h"

#include "ApprovalDescriber.h"
#include "BackgroundTask.h"
#include "CoreProgress.h"
#include "OfficialNames.h"
#include "StallWatchdog.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace hc {

ApprovalsPane::ApprovalsPane(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("approvalsPane"));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("approvalStatusFilter"));
    m_status->addItem(tr("Pending"), QStringLiteral("pending"));
    m_status->addItem(tr("Approved"), QStringLiteral("approved"));
    m_status->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_status->addItem(tr("Withdrawn"), QStringLiteral("withdrawn"));
    m_status->addItem(tr("All"), QString());
    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Request"), tr("Requested by"), tr("At"), tr("Status"), tr("Decision")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Columns to their content; the decision (last) keeps a third of the width when it is long, then the request's
    // summary gives way; what does not fit is elided, the whole text in each cell's tooltip and below the table.
    m_fit = new ColumnFitter(m_table, {1, 5});
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("approvalDetails"));
    m_details->setWordWrap(true); // the request's text whole, never elided
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalsPane::showDetails);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("approvalsMessage"));
    m_message->setWordWrap(true);
    auto *approve = new QPushButton(tr("Approve"));
    approve->setObjectName(QStringLiteral("approveButton"));
    auto *reject = new QPushButton(tr("Reject…"));
    reject->setObjectName(QStringLiteral("rejectButton"));
    auto *withdraw = new QPushButton(tr("Withdraw"));
    withdraw->setObjectName(QStringLiteral("withdrawButton"));
    connect(approve, &QPushButton::clicked, this, &ApprovalsPane::confirmAndApproveSelected);
    connect(reject, &QPushButton::clicked, this, [this] { rejectSelected(); });
    connect(withdraw, &QPushButton::clicked, this, &ApprovalsPane::withdrawSelected);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ApprovalsPane::refresh);
    auto *top = new QHBoxLayout;
    auto *about = new QLabel(tr("Changes that need a second official: manual orders, risk declarations at county level or above or "
                                 "with more residents than the policy's threshold, big batches, national lists imported from "
                                 "a file and their reverts, and making an administrator (decided by another administrator). "
                                 "The requester cannot decide their own request."));
    about->setWordWrap(true); // a long sentence must not widen the window past a 1024-pixel screen
    top->addWidget(about, 1);
    top->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(approve);
    buttons->addWidget(reject);
    buttons->addWidget(withdraw);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    refresh();
}

void ApprovalsPane::showPending()
{
    const QSignalBlocker block(m_status);
    m_status->setCurrentIndex(m_status->findData(QStringLiteral("pending")));
    refresh();
}

void ApprovalsPane::refresh()
{
    const StallWatchdog::Activity activity("ApprovalsPane::refresh");
    QString filter = m_status->currentData().toString();
    if (filter.isNull()) // "All": an empty, not a null, string (a null one binds as SQL NULL and matches nothing)
        filter = QStringLiteral("");
    const auto requests = m_ws.approvals().list(filter);
    const OfficialNames names(m_ws.db()); // officials by display name: once a refresh
    m_table->setRowCount(int(requests.size()));
    for (int i = 0; i < requests.size(); ++i) {
        const ApprovalRequest &r = requests[i];
        const auto decision = [&](const QString &who) {
            return r.decidedBy.isEmpty() ? QString()
                                         : QStringLiteral("%1 · %2%3").arg(who, time::formatShort(r.decidedAt),
                                                                          r.reason.isEmpty() ? QString() : QStringLiteral(" · ") + r.reason);
        };
        const int statusIndex = m_status->findData(r.status);
        const QString status = statusIndex >= 0 ? m_status->itemText(statusIndex) : r.status;
        const QStringList cells{QString::number(r.id), r.summary, names.name(r.requestedBy), time::formatShort(r.requestedAt), status,
                                decision(names.name(r.decidedBy))};
        const QStringList tips{cells[0], cells[1], names.precise(r.requestedBy), cells[3], cells[4], decision(names.precise(r.decidedBy))};
        for (int c = 0; c < cells.size(); ++c) {
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
            m_table->item(i, c)->setToolTip(tips[c]);
        }
        m_table->item(i, 0)->setData(Qt::UserRole, r.id);
    }
    m_fit->fit();
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0); // the first request reads whole below; 批准 still asks before anything happens
    showDetails();
}

QString ApprovalsPane::details() const
{
    return m_details->text();
}

void ApprovalsPane::showDetails()
{
    const qint64 id = selectedId();
    const auto r = id ? m_ws.approvals().find(id) : std::nullopt;
    if (!r) {
        m_details->setText(m_table->rowCount() ? tr("Select a request to read it whole.") : QString());
        return;
    }
    const OfficialNames names(m_ws.db());
    const int statusIndex = m_status->findData(r->status);
    QStringList lines{tr("<b>Request %1</b> · %2 · %3")
                          .arg(r->id)
                          .arg(ApprovalDescriber::kindLabel(r->kind), statusIndex >= 0 ? m_status->itemText(statusIndex) : r->status),
                      r->summary.toHtmlEscaped(),
                      tr("Requested by %1 at %2").arg(names.precise(r->requestedBy).toHtmlEscaped(), time::formatShort(r->requestedAt))};
    if (!r->decidedBy.isEmpty())
        lines << (r->reason.isEmpty() ? tr("Decided by %1 at %2").arg(names.precise(r->decidedBy).toHtmlEscaped(), time::formatShort(r->decidedAt))
                                      : tr("Decided by %1 at %2: %3")
                                            .arg(names.precise(r->decidedBy).toHtmlEscaped(), time::formatShort(r->decidedAt),
                                                 r->reason.toHtmlEscaped()));
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

QMessageBox *ApprovalsPane::confirmationForSelected()
{
    const qint64 id = selectedId();
    const auto r = id ? m_ws.approvals().find(id) : std::nullopt;
    if (!r)
        return nullptr;
    // What approving will do, in words: counted off the GUI thread (a case batch is traced as its apply traces it).
    Workspace *ws = &m_ws;
    QString sentence;
    const ApprovalRequest request = *r;
    const auto out = BackgroundTask::run(this, tr("Reading what request %1 will do").arg(id), [ws, request, &sentence](const ProgressFn &progress) -> Status {
        const auto d = ApprovalDescriber(ws->db(), ws->clock()).describe(request, progress);
        if (!d)
            return d.error();
        sentence = d.value();
        return Ok{};
    });
    if (out.cancelled && !out.status)
        return nullptr;
    if (!out.status) {
        showOutcome(errorText(out.status.error()));
        return nullptr;
    }
    const OfficialNames names(m_ws.db());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Approve request %1").arg(id), tr("Approving will: %1.").arg(sentence),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("approvalConfirmation"));
    box->setInformativeText(tr("The request (%1, by %2 at %3):\n%4")
                                .arg(ApprovalDescriber::kindLabel(r->kind), names.precise(r->requestedBy), time::formatShort(r->requestedAt),
                                     r->summary));
    auto *yes = box->addButton(tr("Approve"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmApprove"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel); // Enter does not approve by accident
    return box;
}

bool ApprovalsPane::confirmAndApproveSelected()
{
    const std::unique_ptr<QMessageBox> box(confirmationForSelected());
    if (!box)
        return false;
    box->exec();
    if (box->clickedButton() != box->findChild<QAbstractButton *>(QStringLiteral("confirmApprove")))
        return false;
    return approveSelected();
}

qint64 ApprovalsPane::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

QString ApprovalsPane::message() const
{
    return m_message->text();
}

void ApprovalsPane::showOutcome(const QString &error)
{
    m_message->setText(error.isEmpty() ? tr("Done.") : QStringLiteral("<span style='color:#c62828'>%1</span>").arg(error.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    refresh();
    if (error.isEmpty())
        emit changed();
}

bool ApprovalsPane::approveSelected()
{
    const qint64 id = selectedId();
    const auto actor = m_ws.actor();
    if (!id || !actor)
        return false;
    // Approving carries out the change (a batch of a million holders takes a minute): off the GUI thread, with
    // the pane's buttons off meanwhile.
    Workspace *ws = &m_ws;
    const QString who = *actor;
    QList<QWidget *> locked{m_table, m_status};
    for (QPushButton *b : findChildren<QPushButton *>())
        locked << b;
    for (QWidget *w : locked)
        w->setEnabled(false);
    const auto out = BackgroundTask::run(this, tr("Carrying out request %1").arg(id), [ws, id, who](const ProgressFn &progress) -> Status {
        AuditLog audit = ws->audit();
        ApprovalService approvals = ws->approvals();
        const auto r = coreprogress::approve(approvals, id, who, audit, progress);
        return r ? Status(Ok{}) : Status(r.error());
    });
    for (QWidget *w : locked)
        w->setEnabled(true);
    if (out.cancelled && !out.status) {
        m_message->setText(tr("Approval of request %1 cancelled: nothing was changed.").arg(id));
        return false;
    }
    showOutcome(out.status ? QString() : errorText(out.status.error()));
    return out.status.ok();
}

bool ApprovalsPane::rejectSelected(const QString &reasonIn)
{
    const qint64 id = selectedId();
    const auto actor = m_ws.actor();
    if (!id || !actor)
        return false;
    QString reason = reasonIn;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Reject request %1").arg(id), tr("Reason (written into the record):"), QLineEdit::Normal,
                                       {}, &ok);
        if (!ok)
            return false;
    }
    AuditLog audit = m_ws.audit();
    const Status s = m_ws.approvals().reject(id, reason, *actor, audit);
    showOutcome(s ? QString() : errorText(s.error()));
    return s.ok();
}

bool ApprovalsPane::withdrawSelected()
{
    const qint64 id = selectedId();
    const auto actor = m_ws.actor();
    if (!id || !actor)
        return false;
    AuditLog audit = m_ws.audit();
    const Status s = m_ws.approvals().withdraw(id, *actor, audit);
    showOutcome(s ? QString() : errorText(s.error()));
    return s.ok();
}

} // namespace hc
