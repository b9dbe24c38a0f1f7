#include "HandoffsPane.h"
#include "ColumnFitter.h"
#include "ErrorText.h"
#include "ScreenFit.h"

#include "AuditLog.h"
#include "CodeColors.h"
#include "HandoffModel.h"
#include "HandoffPersonModel.h"
#include "HandoffService.h"
#include "OfficialNames.h"
#include "StallWatchdog.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hc {

namespace {

constexpr int kMinReason = 4; // as the core asks: the sending commission reads it

// Sentences one after the other: a space after an English full stop, none after a Chinese one (。).
void addSentence(QString &text, const QString &sentence)
{
    if (!text.isEmpty() && !text.endsWith(QChar(0x3002)) && !text.endsWith(QChar(0xFF1A)))
        text += QLatin1Char(' ');
    text += sentence;
}

QTableView *tableView(const QString &objectName, QAbstractItemModel *model)
{
    auto *v = new QTableView;
    v->setObjectName(objectName);
    v->setModel(model);
    v->verticalHeader()->hide();
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setWordWrap(false);
    v->setMinimumHeight(90); // two rows and the header, on a 1024×700 desktop too
    return v;
}

QLabel *alarmLabel(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setVisible(false);
    return l;
}

QLabel *headerLabel(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QPushButton *button(const QString &objectName, const QString &text)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    return b;
}

} // namespace

HandoffsPane::HandoffsPane(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("handoffsPane"));
    m_in = new HandoffModel(ws, QStringLiteral("in"), this);
    m_out = new HandoffModel(ws, QStringLiteral("out"), this);
    m_inPeople = new HandoffPersonModel(ws, this);
    m_outPeople = new HandoffPersonModel(ws, this);
    m_inView = tableView(QStringLiteral("incomingHandoffs"), m_in);
    m_outView = tableView(QStringLiteral("outgoingHandoffs"), m_out);
    m_inPeopleView = tableView(QStringLiteral("incomingPeople"), m_inPeople);
    m_outPeopleView = tableView(QStringLiteral("outgoingPeople"), m_outPeople);
    for (QTableView *v : {m_inView, m_outView})
        v->setSelectionMode(QAbstractItemView::SingleSelection);
    // The cases and the state give way on a narrow screen (whole in their tooltips); the basis and the reason
    // too.
    for (QTableView *v : {m_inView, m_outView})
        new ColumnFitter(
            v, {HandoffModel::CasesColumn, HandoffModel::StateColumn, HandoffModel::CommissionColumn});
    for (QTableView *v : {m_inPeopleView, m_outPeopleView})
        new ColumnFitter(v, {HandoffPersonModel::HomeColumn, HandoffPersonModel::BasisColumn,
                             HandoffPersonModel::ReasonColumn, HandoffPersonModel::LocatedByColumn});
    m_inAlarm = alarmLabel(QStringLiteral("incomingAlarm"));
    m_outAlarm = alarmLabel(QStringLiteral("outgoingAlarm"));
    m_outWaiting = alarmLabel(QStringLiteral("outgoingWaiting"));
    m_inHeader = headerLabel(QStringLiteral("incomingHeader"));
    m_outHeader = headerLabel(QStringLiteral("outgoingHeader"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("handoffMessage"));
    m_message->setWordWrap(true);

    m_checkAll = button(QStringLiteral("checkAllPeopleButton"), tr("Tick all / none"));
    m_acceptSelected = button(QStringLiteral("acceptSelectedButton"), tr("Accept the ticked"));
    m_acceptAll = button(QStringLiteral("acceptAllButton"), tr("Accept all"));
    m_declineSelected = button(QStringLiteral("declineSelectedButton"), tr("Decline the ticked…"));
    connect(m_checkAll, &QPushButton::clicked, this, [this] {
        const bool all = m_inPeople->checkedPersons().size() == m_inPeople->openPersons().size();
        m_inPeople->setAllChecked(!all);
    });
    connect(m_acceptSelected, &QPushButton::clicked, this, [this] { confirmAndAccept(false); });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { confirmAndAccept(true); });
    connect(m_declineSelected, &QPushButton::clicked, this, &HandoffsPane::askAndDecline);
    connect(m_inPeople, &HandoffPersonModel::checkedChanged, this, &HandoffsPane::updateButtons);

    auto *inPage = new QWidget;
    inPage->setObjectName(QStringLiteral("incomingPage"));
    auto *inLayout = new QVBoxLayout(inPage);
    inLayout->addWidget(m_inAlarm);
    inLayout->addWidget(m_inView, 2);
    inLayout->addWidget(m_inHeader);
    inLayout->addWidget(m_inPeopleView, 3);
    auto *buttons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Tick the people (Space) to accept or decline; accepted people get the "
                               "condition the sender asked for."));
    hint->setObjectName(QStringLiteral("incomingHint"));
    hint->setWordWrap(true);
    buttons->addWidget(hint, 1);
    for (QPushButton *b : {m_checkAll, m_acceptSelected, m_acceptAll, m_declineSelected})
        buttons->addWidget(b);
    inLayout->addLayout(buttons);

    auto *outPage = new QWidget;
    outPage->setObjectName(QStringLiteral("outgoingPage"));
    auto *outLayout = new QVBoxLayout(outPage);
    outLayout->addWidget(m_outAlarm);
    outLayout->addWidget(m_outWaiting);
    outLayout->addWidget(m_outView, 2);
    outLayout->addWidget(m_outHeader);
    outLayout->addWidget(m_outPeopleView, 3);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("handoffTabs"));
    m_tabs->addTab(inPage, tr("Received hand-offs"));
    m_tabs->addTab(outPage, tr("Sent hand-offs"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    connect(m_inView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelected(true); });
    connect(m_outView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelected(false); });
    refresh();
}

void HandoffsPane::refresh()
{
    const StallWatchdog::Activity activity("HandoffsPane::refresh");
    const qint64 inId = selectedId(true);
    const qint64 outId = selectedId(false);
    m_in->reload();
    m_out->reload();
    // The same hand-off stays selected across a refresh (another desk's answer, a sync); else the first one.
    for (auto [view, model, id] : {std::tuple{m_inView, m_in, inId}, std::tuple{m_outView, m_out, outId}}) {
        const int row = model->rowOf(id);
        if (model->rowCount() > 0)
            view->setCurrentIndex(model->index(row >= 0 ? row : 0, 0));
    }
    showSelected(true);
    showSelected(false);
    showAlarms();
}

void HandoffsPane::showIncoming()
{
    m_tabs->setCurrentIndex(0);
    refresh();
    // The oldest hand-off still waiting for a decision: the first to answer.
    for (int r = m_in->rowCount() - 1; r >= 0; --r)
        if (m_in->handoffAt(r).state == QLatin1String("received")) {
            m_inView->setCurrentIndex(m_in->index(r, 0));
            break;
        }
}

void HandoffsPane::showOutgoing()
{
    m_tabs->setCurrentIndex(1);
    refresh();
}

bool HandoffsPane::selectHandoff(qint64 id)
{
    for (auto [view, model, tab] : {std::tuple{m_inView, m_in, 0}, std::tuple{m_outView, m_out, 1}})
        if (const int row = model->rowOf(id); row >= 0) {
            m_tabs->setCurrentIndex(tab);
            view->setCurrentIndex(model->index(row, 0));
            return true;
        }
    return false;
}

qint64 HandoffsPane::selectedId(bool incoming) const
{
    const QModelIndex current = (incoming ? m_inView : m_outView)->currentIndex();
    return current.isValid() ? current.data(HandoffModel::IdRole).toLongLong() : 0;
}

void HandoffsPane::showSelected(bool incoming)
{
    HandoffPersonModel *people = incoming ? m_inPeople : m_outPeople;
    const qint64 id = selectedId(incoming);
    people->setHandoff(id); // read again: its state may have moved (the ticks of the same hand-off stay)
    (incoming ? m_inHeader : m_outHeader)->setText(headerFor(incoming));
    if (incoming)
        updateButtons();
}

QString HandoffsPane::headerFor(bool incoming) const
{
    const HandoffPersonModel *people = incoming ? m_inPeople : m_outPeople;
    const auto &h = people->handoff();
    if (!h)
        return incoming ? tr("No hand-off from another commission has arrived.")
                        : tr("This commission has handed nobody over.");
    const qint64 now = m_ws.clock().now().toSecsSinceEpoch();
    const QString cases = h->caseRefs.isEmpty() ? tr("(no case named)") : h->caseRefs;
    QString text =
        incoming ? tr("%1, on the basis of case %2, handed over %n person(s); answer by %3.", nullptr,
                      int(h->people))
                       .arg(h->peerCommission, cases, time::formatShort(h->deadlineAt))
                 : tr("To %1, on the basis of case %2: %n person(s) handed over; answer expected by %3.",
                      nullptr, int(h->people))
                       .arg(h->peerCommission, cases, time::formatShort(h->deadlineAt));
    addSentence(text, tr("State: %1.").arg(HandoffWords::state(h->state)));
    if (h->overdue(now))
        addSentence(text, tr("Past the deadline."));
    const qint64 open = h->people - h->accepted - h->declined;
    if (h->answeredAt) {
        if (incoming)
            addSentence(text, tr("Answered by %1 at %2: %3 accepted, %4 declined.")
                                  .arg(OfficialNames(m_ws.db()).name(h->answeredBy),
                                       time::formatShort(*h->answeredAt))
                                  .arg(h->accepted)
                                  .arg(h->declined));
        else
            addSentence(text, tr("Answered at %1: %2 accepted, %3 declined.")
                                  .arg(time::formatShort(*h->answeredAt))
                                  .arg(h->accepted)
                                  .arg(h->declined));
    } else if (h->accepted + h->declined > 0) {
        addSentence(text, tr("So far %1 accepted, %2 declined, %3 still open.")
                              .arg(h->accepted)
                              .arg(h->declined)
                              .arg(open));
    }
    if (h->state == QLatin1String("withdrawn"))
        addSentence(
            text,
            incoming
                ? tr("The sender reverted its batch: what was accepted here has ended.")
                : tr("Withdrawn: this commission reverted the batch; the receiver ends what it accepted."));
    return text;
}

void HandoffsPane::updateButtons()
{
    const bool open = m_inPeople->checkable() && !m_inPeople->openPersons().isEmpty();
    for (QPushButton *b : {m_checkAll, m_acceptSelected, m_acceptAll, m_declineSelected})
        b->setEnabled(open);
    const int ticked = int(m_inPeople->checkedPersons().size());
    m_acceptSelected->setText(ticked > 0 ? tr("Accept the ticked (%1)").arg(ticked)
                                         : tr("Accept the ticked"));
    m_declineSelected->setText(ticked > 0 ? tr("Decline the ticked (%1)…").arg(ticked)
                                          : tr("Decline the ticked…"));
}

void HandoffsPane::showAlarms()
{
    // Received: what waits for a decision here, red when one is past its deadline.
    const int waiting = m_in->waitingCount();
    const int inOverdue = m_in->overdueCount();
    if (waiting > 0) {
        m_inAlarm->setText(inOverdue > 0 ? tr("%n hand-off(s) wait for a decision; %1 past the deadline: the "
                                              "sending commission is waiting.",
                                              nullptr, waiting)
                                               .arg(inOverdue)
                                         : tr("%n hand-off(s) wait for a decision.", nullptr, waiting));
        m_inAlarm->setStyleSheet(inOverdue > 0 ? QStringLiteral("color:#c62828; font-weight:bold")
                                               : QStringLiteral("color:#b26a00"));
    }
    m_inAlarm->setVisible(waiting > 0);
    // Sent: past the deadline without an answer (the alarm, red), and not yet sealed to a receiver (amber).
    const int outOverdue = m_out->overdueCount();
    const int pending = m_out->pendingCount();
    m_outAlarm->setText(
        tr("%n hand-off(s) past the deadline without an answer: ask the receiving commission (协查函).",
           nullptr, outOverdue));
    m_outAlarm->setStyleSheet(QStringLiteral("color:#c62828; font-weight:bold"));
    m_outAlarm->setVisible(outOverdue > 0);
    m_outWaiting->setText(tr("%n hand-off(s) still wait for a receiver: they are sealed and sent at the next "
                             "sync, once the platform's "
                             "directory names the receiving commission.",
                             nullptr, pending));
    m_outWaiting->setStyleSheet(QStringLiteral("color:#b26a00"));
    m_outWaiting->setVisible(pending > 0);
}

void HandoffsPane::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#c62828") : QString());
}

QString HandoffsPane::message() const
{
    return m_message->text();
}

QString HandoffsPane::incomingHeader() const
{
    return m_inHeader->text();
}

QString HandoffsPane::outgoingHeader() const
{
    return m_outHeader->text();
}

QString HandoffsPane::incomingAlarm() const
{
    return !m_inAlarm->isHidden() ? m_inAlarm->text() : QString();
}

QString HandoffsPane::outgoingAlarm() const
{
    QStringList lines;
    for (const QLabel *l : {m_outAlarm, m_outWaiting})
        if (!l->isHidden())
            lines << l->text();
    return lines.join(QLatin1Char('\n'));
}

QList<int> HandoffsPane::chosenPersons() const
{
    QList<int> chosen = m_inPeople->checkedPersons();
    if (!chosen.isEmpty())
        return chosen;
    // Nothing ticked: the rows selected with the mouse or the keyboard, when they are open.
    for (const QModelIndex &i : m_inPeopleView->selectionModel()->selectedRows())
        if (i.data(HandoffPersonModel::StateKeyRole).toString() == QLatin1String("open"))
            chosen << i.data(HandoffPersonModel::NumberRole).toInt();
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

QMessageBox *HandoffsPane::acceptConfirmation(const QList<int> &persons)
{
    const auto &h = m_inPeople->handoff();
    if (!h || !m_inPeople->checkable())
        return nullptr;
    const QList<int> chosen = persons.isEmpty() ? m_inPeople->openPersons() : persons;
    if (chosen.isEmpty())
        return nullptr;
    // In words: how many get which condition, on whose cases, who becomes its source, and who is registered
    // first.
    QMap<QString, int> kinds;
    QStringList cases;
    int unregistered = 0;
    const HolderRepository holders = m_ws.holderRepository();
    for (int r = 0; r < m_inPeople->rowCount(); ++r) {
        const HandoffPerson &p = m_inPeople->personAt(r);
        if (!chosen.contains(p.n))
            continue;
        ++kinds[conditionKindLabel(p.kind)];
        if (!cases.contains(p.row.caseRef))
            cases << p.row.caseRef;
        if (!holders.findByIdNumber(p.idType, p.idNumber))
            ++unregistered;
    }
    QStringList kindWords;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        kindWords << tr("%1 %n person(s)", nullptr, it.value()).arg(it.key());
    const int n = int(chosen.size());
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Accept the hand-off"),
        tr("Accepting gives %n person(s) a condition (%1) on the basis of the sender's case %2; its source "
           "is %3, and only %3 can lift it.",
           nullptr, n)
            .arg(kindWords.join(tr(", ")), cases.join(tr(", ")), h->peerCommission),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("handoffAcceptConfirmation"));
    QStringList more;
    if (unregistered > 0)
        more << tr("%n of them is not registered here and is registered as a holder first.", nullptr,
                   unregistered);
    more << tr("The code color follows from this commission's policy. The condition cannot be voided or "
               "ended here: an appeal "
               "against it is forwarded to %1, and it ends when %1 confirms the appeal or reverts its batch.")
                .arg(h->peerCommission);
    more << tr("The answer travels back to %1 with the next sync.").arg(h->peerCommission);
    box->setInformativeText(more.join(QLatin1Char('\n')));
    auto *yes = box->addButton(tr("Accept %n person(s)", nullptr, n), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmHandoffAccept"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel); // Enter does not accept by accident
    return box;
}

void HandoffsPane::confirmAndAccept(bool all)
{
    const QList<int> chosen = all ? QList<int>{} : chosenPersons();
    if (!all && chosen.isEmpty()) {
        setMessage(tr("Tick the people to accept first, or accept all."), true);
        return;
    }
    const std::unique_ptr<QMessageBox> box(acceptConfirmation(chosen));
    if (!box)
        return;
    box->exec();
    if (box->clickedButton() != box->findChild<QAbstractButton *>(QStringLiteral("confirmHandoffAccept")))
        return;
    accept(chosen);
}

bool HandoffsPane::accept(const QList<int> &persons)
{
    return answer([&](HandoffService &s, qint64 id, const QString &actor, AuditLog &audit) { return s.accept(id, persons, actor, audit); },
                  [](const Handoff &h) {
                      return tr("Accepted: %1 accepted, %2 declined in all (%3). The answer travels back with the next sync.")
                          .arg(h.accepted)
                          .arg(h.declined)
                          .arg(HandoffWords::state(h.state));
                  });
}

// The received hand-off selected, answered by `act` as the signed-in official; says what happened or why not.
bool HandoffsPane::answer(const std::function<Result<Handoff>(HandoffService &, qint64, const QString &, AuditLog &)> &act,
                          const std::function<QString(const Handoff &)> &done)
{
    const qint64 id = selectedId(true);
    if (id == 0) {
        setMessage(tr("Select a received hand-off first."), true);
        return false;
    }
    const auto actor = m_ws.actor();
    if (!actor) {
        setMessage(errorText(actor.error()), true);
        return false;
    }
    AuditLog audit = m_ws.audit();
    HandoffService service(m_ws.db(), m_ws.clock());
    const auto r = act(service, id, *actor, audit);
    if (!r) {
        setMessage(errorText(r.error()), true);
        refresh(); // another desk may have answered meanwhile
        return false;
    }
    setMessage(done(*r), false);
    refresh();
    emit changed();
    return true;
}

QDialog *HandoffsPane::declineDialog(int people)
{
    const auto &h = m_inPeople->handoff();
    auto *d = new QDialog(this);
    d->setObjectName(QStringLiteral("handoffDeclineDialog"));
    d->setWindowTitle(tr("Decline %n person(s)", nullptr, people));
    auto *label = new QLabel(tr("Why are they declined? %1 reads the reason (at least %2 characters), e.g. "
                                "\"not living here: moved to …\".")
                                 .arg(h ? h->peerCommission : QString())
                                 .arg(kMinReason));
    label->setObjectName(QStringLiteral("handoffDeclineLabel"));
    label->setWordWrap(true);
    auto *reason = new QPlainTextEdit;
    reason->setObjectName(QStringLiteral("handoffDeclineReason"));
    reason->setTabChangesFocus(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->setObjectName(QStringLiteral("handoffDeclineButtons"));
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("handoffDeclineOk"));
    ok->setText(tr("Decline"));
    ok->setEnabled(false);
    connect(reason, &QPlainTextEdit::textChanged, d,
            [reason, ok] { ok->setEnabled(reason->toPlainText().trimmed().size() >= kMinReason); });
    connect(box, &QDialogButtonBox::accepted, d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, d, &QDialog::reject);
    auto *layout = new QVBoxLayout(d);
    layout->addWidget(label);
    layout->addWidget(reason, 1);
    layout->addWidget(box);
    resizeWithinScreen(d, {520, 280});
    return d;
}

QString HandoffsPane::declineReason(const QDialog &dialog)
{
    const auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("handoffDeclineReason"));
    return reason ? reason->toPlainText().trimmed() : QString();
}

void HandoffsPane::askAndDecline()
{
    const QList<int> chosen = chosenPersons();
    if (chosen.isEmpty()) {
        setMessage(tr("Tick the people to decline first."), true);
        return;
    }
    const std::unique_ptr<QDialog> d(declineDialog(int(chosen.size())));
    if (d->exec() != QDialog::Accepted)
        return;
    decline(chosen, declineReason(*d));
}

bool HandoffsPane::decline(const QList<int> &persons, const QString &reason)
{
    return answer(
        [&](HandoffService &s, qint64 id, const QString &actor, AuditLog &audit) { return s.decline(id, persons, reason, actor, audit); },
        [](const Handoff &h) {
            return tr("Declined: %1 accepted, %2 declined in all (%3). The reason travels back with the next sync.")
                .arg(h.accepted)
                .arg(h.declined)
                .arg(HandoffWords::state(h.state));
        });
}

} // namespace hc
