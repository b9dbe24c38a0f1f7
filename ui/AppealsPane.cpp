#include "AppealsPane.h"
#include "ColumnFitter.h"
#include "FlowLayout.h"
#include "ErrorText.h"

#include "CodeColors.h"
#include "ProvenanceModel.h"
#include "StallWatchdog.h"
#include "TicketDashboard.h"
#include "TicketDecisionDialog.h"
#include "TicketDialog.h"
#include "TicketImportDialog.h"
#include "TicketQueueModel.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace hc {

namespace {

QPushButton *button(const QString &text, const char *name)
{
    auto *b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

AppealsPane::AppealsPane(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("appealsPane"));
    auto *file = button(tr("New ticket…"), "fileTicket");
    auto *import = button(tr("Import hotline export…"), "importTickets");
    m_assign = button(tr("Assign…"), "assignTicket");
    m_review = button(tr("Start review"), "startReview");
    m_approve = button(tr("Approve…"), "approveTicket");
    m_reject = button(tr("Reject…"), "rejectTicket");
    m_forward = button(tr("Forward…"), "forwardTicket");
    m_reply = button(tr("Reply…"), "replyTicket");
    m_callback = button(tr("Callback…"), "callbackTicket");
    m_close = button(tr("Close"), "closeTicket");
    connect(file, &QPushButton::clicked, this, [this] { fileTicket(); });
    connect(import, &QPushButton::clicked, this, [this] { importTickets(); });
    connect(m_assign, &QPushButton::clicked, this, [this] { assignSelected(); });
    connect(m_review, &QPushButton::clicked, this, [this] { startReviewSelected(); });
    connect(m_approve, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decideSelected(false); });
    connect(m_forward, &QPushButton::clicked, this, [this] { forwardSelected(); });
    connect(m_reply, &QPushButton::clicked, this, [this] { replySelected(); });
    connect(m_callback, &QPushButton::clicked, this, [this] { callbackSelected(); });
    connect(m_close, &QPushButton::clicked, this, [this] { closeSelected(); });
    m_showAll = new QCheckBox(tr("Show closed tickets"));
    m_showAll->setObjectName(QStringLiteral("ticketShowAll"));
    auto *buttons = new FlowLayout; // ten buttons: a second line at 1024×700 rather than a window wider than the screen
    buttons->addWidget(file);
    buttons->addWidget(import);
    for (QPushButton *b : {m_assign, m_review, m_approve, m_reject, m_forward, m_reply, m_callback, m_close})
        buttons->addWidget(b);

    auto *intro = new QLabel(tr("Calls to the 12345 hotline about a code: each ticket runs the closed loop received → assigned → "
                                "under review → decided → replied → called back → closed before its deadline. An approval "
                                "voids exactly the named conditions or corrects the named fields, with the ticket as basis."));
    intro->setWordWrap(true);

    m_queue = new TicketQueueModel(ws, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("ticketQueue"));
    m_table->setModel(m_queue);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // To the content after each reload; the holder and the kind give way (the whole text is in the tooltip).
    new ColumnFitter(m_table, {TicketQueueModel::HolderColumn, TicketQueueModel::KindColumn});
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AppealsPane::selectionChanged);
    connect(m_showAll, &QCheckBox::toggled, this, [this](bool all) {
        const auto current = selectedTicket();
        m_queue->setOpenOnly(!all);
        if (!current || !selectTicket(current->id))
            selectionChanged();
    });

    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("ticketDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_details, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("reveal-callback"))
            revealCallbackSelected();
    });
    m_events = new QListWidget;
    m_events->setObjectName(QStringLiteral("ticketEvents"));
    m_events->setWordWrap(true); // a long reason or reply reads whole
    auto *ticketBox = new QGroupBox(tr("Ticket"));
    auto *tl = new QVBoxLayout(ticketBox);
    tl->addWidget(m_details);
    tl->addWidget(new QLabel(tr("Events:")));
    tl->addWidget(m_events, 1);

    m_provenance = new ProvenanceModel(ws, this);
    m_provenanceTable = new QTableView;
    m_provenanceTable->setObjectName(QStringLiteral("ticketProvenance"));
    m_provenanceTable->setModel(m_provenance);
    m_provenanceTable->verticalHeader()->hide();
    // As in the holder dialog: times, colors and states whole; the clearing condition, issuer, basis and kind give way.
    new ColumnFitter(m_provenanceTable, {ProvenanceModel::ClearsColumn, ProvenanceModel::SourceColumn, ProvenanceModel::BasisColumn,
                                         ProvenanceModel::KindColumn});
    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("ticketHolderColor"));
    m_explanation->setWordWrap(true);
    auto *provenanceBox = new QGroupBox(tr("The holder's provenance"));
    auto *pl = new QVBoxLayout(provenanceBox);
    // At 1024×700 the reasons can be longer than the room: they scroll instead of being cut, and the table keeps rows.
    auto *explanationScroll = new QScrollArea;
    explanationScroll->setObjectName(QStringLiteral("ticketHolderColorScroll"));
    explanationScroll->setWidget(m_explanation);
    explanationScroll->setWidgetResizable(true);
    explanationScroll->setFrameShape(QFrame::NoFrame);
    explanationScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    explanationScroll->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 3 + 4);
    auto *provenanceSplit = new QSplitter(Qt::Vertical);
    provenanceSplit->setChildrenCollapsible(false);
    provenanceSplit->addWidget(explanationScroll);
    provenanceSplit->addWidget(m_provenanceTable);
    provenanceSplit->setStretchFactor(1, 1);
    m_provenanceTable->setMinimumHeight(m_provenanceTable->fontMetrics().lineSpacing() * 5);
    pl->addWidget(provenanceSplit, 1);

    auto *detail = new QSplitter(Qt::Horizontal);
    detail->addWidget(ticketBox);
    detail->addWidget(provenanceBox);
    detail->setStretchFactor(1, 1);
    detail->setSizes({420, 760});
    auto *queueSplitter = new QSplitter(Qt::Vertical);
    queueSplitter->addWidget(m_table);
    queueSplitter->addWidget(detail);
    queueSplitter->setStretchFactor(1, 1);
    queueSplitter->setSizes({170, 530}); // the queue shows a few rows; the ticket and its provenance need the room

    m_dashboard = new TicketDashboard(ws);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("appealsTabs"));
    m_tabs->addTab(queueSplitter, tr("Queue"));
    m_tabs->addTab(m_dashboard, tr("Deadline dashboard"));
    m_tabs->setCornerWidget(m_showAll, Qt::TopRightCorner); // beside the tabs: the step buttons fit a 1024-pixel screen

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("ticketMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    if (m_queue->rowCount() > 0)
        m_table->selectRow(0);
    selectionChanged();
}

QString AppealsPane::message() const
{
    return m_message->text();
}

void AppealsPane::showDashboard(bool dashboard)
{
    if (dashboard)
        m_dashboard->refresh();
    m_tabs->setCurrentIndex(dashboard ? 1 : 0);
}

void AppealsPane::showOverdueFirst()
{
    showDashboard(false);
    if (m_showAll->isChecked()) {
        const QSignalBlocker block(m_showAll);
        m_showAll->setChecked(false);
        m_queue->setOpenOnly(true);
    }
    refresh();
    if (m_queue->rowCount() > 0)
        selectTicket(m_queue->ticketAt(0).id);
}

void AppealsPane::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c") : QString());
    m_message->setText(text);
}

void AppealsPane::refresh()
{
    const StallWatchdog::Activity activity("AppealsPane::refresh");
    const auto current = selectedTicket();
    m_queue->reload();
    if (!current || !selectTicket(current->id))
        selectionChanged();
    m_dashboard->refresh();
}

bool AppealsPane::selectTicket(qint64 ticketId)
{
    const int row = m_queue->rowOf(ticketId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    selectionChanged(); // also when the row was selected already: its state may have changed
    return true;
}

std::optional<Ticket> AppealsPane::selectedTicket() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_queue->ticketAt(rows.first().row());
}

void AppealsPane::selectionChanged()
{
    const auto t = selectedTicket();
    m_events->clear();
    if (!t) {
        m_details->setText(m_queue->rowCount() == 0 ? tr("No ticket in the queue.") : tr("Select a ticket."));
        m_provenance->setHolder(0);
        m_explanation->clear();
        updateButtons();
        return;
    }
    m_revealedPhone.clear(); // a revealed number stays with the view it was revealed for
    showDetails(*t);
    for (const TicketEvent &e : m_ws.appeals().events(t->id)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(time::formatShort(e.at), m_queue->eventText(e, *t)));
        item->setToolTip(item->text());
        m_events->addItem(item);
    }
    const qint64 now = m_ws.clock().now().toSecsSinceEpoch();
    m_provenance->setTime(now);
    m_provenance->setHolder(t->holderId);
    m_explanation->setText(m_provenance->explanation());
    updateButtons();
}

void AppealsPane::showDetails(const Ticket &ticket)
{
    const Ticket *t = &ticket;
    const qint64 now = m_ws.clock().now().toSecsSinceEpoch();
    const OfficialNames &names = m_queue->officials(); // by display name, reloaded with the queue
    // The callback number masked like every phone number; the whole number on request, with a purpose.
    const QString phone = m_revealedPhone.isEmpty()
                              ? tr("%1 <a href=\"reveal-callback\">Show number…</a>").arg(AppealService::maskedCallback(*t).toHtmlEscaped())
                              : tr("%1 (revealed for this view; audited)").arg(m_revealedPhone.toHtmlEscaped());
    QStringList lines{
        tr("<b>%1</b> · %2 · %3").arg(t->number.toHtmlEscaped(), TicketQueueModel::kindLabel(t->kind), TicketQueueModel::stateLabel(t->state)),
        tr("Caller: %1, callback %2").arg(t->caller.toHtmlEscaped(), phone),
        tr("Complaint: %1").arg(t->complaint.toHtmlEscaped()),
        tr("Color when filed: %1 · received %2 by %3").arg(colorLabel(policy::Color(t->colorAtFiling)), time::formatShort(t->receivedAt),
                                                           names.name(t->receivedBy).toHtmlEscaped()),
        (t->overdueAt(now) ? tr("<span style=\"color:#c62828\">Deadline: %1 (overdue)</span>") : tr("Deadline: %1"))
            .arg(time::formatShort(t->deadlineAt))};
    if (!t->assignee.isEmpty())
        lines << tr("Assignee: %1").arg(names.name(t->assignee).toHtmlEscaped());
    if (!t->forwardedTo.isEmpty())
        lines << tr("Forwarded to %1").arg(m_queue->provinceName(t->forwardedTo).toHtmlEscaped());
    if (!t->decision.isEmpty())
        lines << tr("Decision: %1 — %2").arg(TicketQueueModel::decisionLabel(t->decision), t->decisionReason.toHtmlEscaped());
    if (!t->replyText.isEmpty())
        lines << tr("Reply: %1").arg(t->replyText.toHtmlEscaped());
    if (!t->callbackOutcome.isEmpty())
        lines << tr("Callback: %1").arg(t->callbackOutcome.toHtmlEscaped());
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

bool AppealsPane::revealCallbackSelected(const QString &purposeIn)
{
    const auto t = selectedTicket();
    const auto actor = t ? signedIn() : std::nullopt;
    if (!actor)
        return false;
    QString purpose = purposeIn;
    if (purpose.isEmpty()) {
        bool ok = false;
        purpose = QInputDialog::getText(this, tr("Show the callback number of ticket %1").arg(t->number),
                                        tr("Purpose (recorded in the audit log):"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return false;
    }
    AuditLog audit = m_ws.audit();
    const auto phone = m_ws.appeals().revealCallback(t->id, purpose, *actor, audit);
    if (!phone) {
        showMessage(errorText(phone.error()), true);
        return false;
    }
    m_revealedPhone = phone.value();
    showDetails(*t);
    emit changed(); // an audit entry was written
    return true;
}

void AppealsPane::updateButtons()
{
    const auto t = selectedTicket();
    const QString state = t ? t->state : QString();
    const auto in = [&state](std::initializer_list<const char *> states) {
        for (const char *s : states)
            if (state == QLatin1String(s))
                return true;
        return false;
    };
    m_assign->setEnabled(in({"received", "assigned"}));
    m_review->setEnabled(in({"assigned"}));
    m_approve->setEnabled(in({"under_review", "forwarded"}));
    m_reject->setEnabled(in({"under_review", "forwarded"}));
    m_forward->setEnabled(in({"under_review"}));
    m_reply->setEnabled(in({"decided"}));
    m_callback->setEnabled(in({"replied"}));
    m_close->setEnabled(in({"callback"}));
}

// The official every change is attributed to; says why when nobody is.
std::optional<QString> AppealsPane::signedIn()
{
    const auto actor = m_ws.actor();
    if (!actor) {
        showMessage(errorText(actor.error()), true);
        return std::nullopt;
    }
    return actor.value();
}

std::optional<QString> AppealsPane::ask(const QString &title, const QString &label, const QString &given)
{
    if (!given.isEmpty())
        return given;
    bool ok = false;
    const QString text = QInputDialog::getText(this, title, label, QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

// A choice among names (officials, provinces) where a code or login was asked before; `given` skips the dialog (tests).
std::optional<QString> AppealsPane::choose(const QString &title, const QString &label,
                                           const QList<std::pair<QString, QString>> &options, const QString &given)
{
    if (!given.isEmpty())
        return given;
    QStringList labels;
    for (const auto &o : options)
        labels << o.first;
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, title, label, labels, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return options.value(labels.indexOf(picked)).second;
}

// Shows the outcome of a step, and refreshes everything after a change.
bool AppealsPane::done(const Status &s, qint64 ticketId, const QString &text)
{
    if (!s) {
        showMessage(errorText(s.error()), true);
        return false;
    }
    m_queue->reload();
    if (!selectTicket(ticketId))
        selectionChanged();
    m_dashboard->refresh();
    showMessage(text, false);
    emit changed();
    return true;
}

bool AppealsPane::fileTicket()
{
    TicketDialog dialog(m_ws, this);
    if (dialog.exec() != QDialog::Accepted || dialog.ticketId() == 0)
        return false;
    const auto t = m_ws.appeals().find(dialog.ticketId());
    return done(Ok{}, dialog.ticketId(),
                tr("Ticket %1 filed; its deadline is %2.").arg(t ? t->number : QString(), t ? time::formatShort(t->deadlineAt) : QString()));
}

bool AppealsPane::assignSelected(const QString &assigneeIn)
{
    const auto t = selectedTicket();
    const auto actor = t ? signedIn() : std::nullopt;
    if (!actor)
        return false;
    QList<std::pair<QString, QString>> reviewers;
    for (const AccountStore::Listed &l : m_ws.accounts().officials())
        if (!l.disabled && l.official.has(Role::Reviewer))
            reviewers.append({tr("%1 (%2)").arg(l.official.displayName, l.official.username), l.official.username});
    const auto assignee = choose(tr("Assign ticket %1").arg(t->number), tr("The reviewer:"), reviewers, assigneeIn.trimmed());
    if (!assignee)
        return false;
    AuditLog audit = m_ws.audit();
    return done(m_ws.appeals().assign(t->id, assignee->trimmed(), *actor, audit), t->id,
                tr("Ticket %1 assigned to %2.").arg(t->number, m_queue->officials().name(assignee->trimmed())));
}

bool AppealsPane::startReviewSelected()
{
    const auto t = selectedTicket();
    const auto actor = t ? signedIn() : std::nullopt;
    if (!actor)
        return false;
    AuditLog audit = m_ws.audit();
    return done(m_ws.appeals().startReview(t->id, *actor, audit), t->id, tr("Ticket %1 is under review.").arg(t->number));
}

bool AppealsPane::decideSelected(bool approve)
{
    const auto t = selectedTicket();
    if (!t)
        return false;
    TicketDecisionDialog dialog(m_ws, *t, approve, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return done(Ok{}, t->id,
                approve ? tr("Ticket %1 approved; reply to the caller next.").arg(t->number)
                        : tr("Ticket %1 rejected; reply to the caller next.").arg(t->number));
}

bool AppealsPane::forwardSelected(const QString &provinceIn, const QString &reasonIn)
{
    const auto t = selectedTicket();
    const auto actor = t ? signedIn() : std::nullopt;
    if (!actor)
        return false;
    QList<std::pair<QString, QString>> provinces;
    for (const Division &d : m_ws.divisions().children(QString()))
        provinces.append({d.name, d.code});
    const auto province = choose(tr("Forward ticket %1").arg(t->number), tr("The province that pushed the condition:"),
                                 provinces, provinceIn.trimmed());
    if (!province)
        return false;
    const auto reason = ask(tr("Forward ticket %1").arg(t->number),
                            tr("Why it goes to %1:").arg(m_queue->provinceName(province->trimmed())), reasonIn);
    if (!reason)
        return false;
    AuditLog audit = m_ws.audit();
    return done(m_ws.appeals().forward(t->id, province->trimmed(), *reason, *actor, audit), t->id,
                tr("Ticket %1 forwarded to %2.").arg(t->number, m_queue->provinceName(province->trimmed())));
}

bool AppealsPane::replySelected(const QString &textIn)
{
    const auto t = selectedTicket();
    const auto actor = t ? signedIn() : std::nullopt;
    if (!actor)
        return false;
    const auto text = ask(tr("Reply to ticket %1").arg(t->number), tr("The reply to the caller:"), textIn);
    if (!text)
        return false;
    AuditLog audit = m_ws.audit();
    return done(m_ws.appeals().reply(t->id, *text, *actor, audit), t->id, tr("Reply to ticket %1 recorded.").arg(t->number));
}

bool AppealsPane::callbackSelected(const QString &outcomeIn)
{
    const auto t = selectedTicket();
    const auto actor = t ? signedIn() : std::nullopt;
    if (!actor)
        return false;
    const auto outcome = ask(tr("Callback for ticket %1").arg(t->number), tr("How the callback went:"), outcomeIn);
    if (!outcome)
        return false;
    AuditLog audit = m_ws.audit();
    return done(m_ws.appeals().callback(t->id, *outcome, *actor, audit), t->id, tr("Callback for ticket %1 recorded.").arg(t->number));
}

bool AppealsPane::closeSelected()
{
    const auto t = selectedTicket();
    const auto actor = t ? signedIn() : std::nullopt;
    if (!actor)
        return false;
    AuditLog audit = m_ws.audit();
    return done(m_ws.appeals().close(t->id, *actor, audit), t->id, tr("Ticket %1 closed.").arg(t->number));
}

// Refreshes after every import that filed tickets, while the dialog stays open with its report.
int AppealsPane::importTickets()
{
    TicketImportDialog dialog(m_ws, this);
    connect(&dialog, &TicketImportDialog::ticketsFiled, this, [this](int count) {
        refresh();
        showMessage(tr("%n ticket(s) filed from the hotline export.", nullptr, count), false);
        emit changed();
    });
    dialog.exec();
    return dialog.filed();
}

} // namespace hc
