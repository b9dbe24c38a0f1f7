#include "SyncPane.h"
#include "ColumnFitter.h"
#include "ErrorText.h"
#include "RecordedText.h"

#include "AuditLog.h"
#include "ProgressPanel.h"
#include "ForwardedAppeals.h"
#include "StallWatchdog.h"
#include "SyncBatchModel.h"
#include "SyncRunner.h"
#include "SyncSetupDialog.h"
#include "TicketQueueModel.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

namespace {

QLabel *tile(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setTextFormat(Qt::RichText);
    l->setMinimumWidth(200);
    l->setWordWrap(true); // "100968 (100968 not yet batched)" on a 1024-pixel screen
    l->setFrameShape(QFrame::StyledPanel);
    l->setMargin(8);
    return l;
}

QString tileText(const QString &caption, const QString &value, const QString &color = QStringLiteral("#202020"))
{
    return QStringLiteral("<div style='color:#606060'>%1</div><div style='font-size:18pt; color:%3'>%2</div>")
        .arg(caption.toHtmlEscaped(), value.toHtmlEscaped(), color);
}

QString feedLabel(const QString &feed)
{
    if (feed == QLatin1String("risk-areas"))
        return SyncPane::tr("Risk areas (national list)");
    if (feed == QLatin1String("pushes"))
        return SyncPane::tr("Pushes from other provinces");
    if (feed == QLatin1String("trust-list"))
        return SyncPane::tr("Trust list");
    if (feed == QLatin1String("policies"))
        return SyncPane::tr("Policies");
    return feed;
}

QTableWidget *table(const QString &objectName, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

} // namespace

SyncPane::SyncPane(Workspace &ws, sync::SyncRunner &runner, QWidget *parent) : QWidget(parent), m_ws(ws), m_runner(runner)
{
    setObjectName(QStringLiteral("syncPane"));
    m_online = tile(QStringLiteral("syncOnline"));
    m_depth = tile(QStringLiteral("syncDepth"));
    m_oldest = tile(QStringLiteral("syncOldest"));
    m_lastSuccess = tile(QStringLiteral("syncLastSuccess"));
    m_console = new QLabel;
    m_console->setObjectName(QStringLiteral("syncConsole"));
    m_console->setWordWrap(true); // the console, province, URL and profile: on a 1024-pixel screen too
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("syncLastError"));
    m_error->setWordWrap(true);
    m_keychain = new QLabel;
    m_keychain->setObjectName(QStringLiteral("syncKeychain"));
    m_keychain->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);
    m_syncButton = new QPushButton(tr("Sync now"));
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_unlockButton = new QPushButton(tr("Unlock keys…"));
    m_unlockButton->setObjectName(QStringLiteral("syncUnlockButton"));
    auto *setupButton = new QPushButton(tr("Connect…"));
    setupButton->setObjectName(QStringLiteral("syncSetupButton"));
    auto *exportButton = new QPushButton(tr("Export waiting batches…"));
    exportButton->setObjectName(QStringLiteral("syncExportButton"));
    connect(m_syncButton, &QPushButton::clicked, this, &SyncPane::syncNow);
    connect(m_unlockButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString p = QInputDialog::getText(this, tr("Unlock keys"), tr("Key passphrase of this console (kept in memory only):"),
                                                QLineEdit::Password, {}, &ok);
        if (ok)
            unlock(p.toUtf8());
    });
    connect(setupButton, &QPushButton::clicked, this, [this] {
        SyncSetupDialog d(this);
        if (d.exec() == QDialog::Accepted)
            setup(d.directory(), d.profile(), d.passphrase(), d.url());
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the waiting batches for delivery by hand"));
        if (dir.isEmpty())
            return;
        const auto n = m_runner.exportWaiting(dir);
        setMessage(n ? tr("%1 signed batches written to %2 with SHA256SUMS, for delivery by hand.").arg(*n).arg(dir) : errorText(n.error()), !n);
        refresh();
    });

    auto *tiles = new QHBoxLayout;
    for (QLabel *l : {m_online, m_depth, m_oldest, m_lastSuccess})
        tiles->addWidget(l);
    tiles->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_console, 1);
    buttons->addWidget(m_unlockButton);
    buttons->addWidget(setupButton);
    buttons->addWidget(exportButton);
    buttons->addWidget(m_syncButton);

    m_batchModel = new SyncBatchModel(ws, this);
    m_batches = new QTableView;
    m_batches->setObjectName(QStringLiteral("syncBatches"));
    m_batches->setModel(m_batchModel);
    m_batches->verticalHeader()->hide();
    m_batches->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Columns as wide as their content; at 1024×700 the receipt and the error give way (elided, whole in the tooltip).
    new ColumnFitter(m_batches, {SyncBatchModel::ReceiptColumn, SyncBatchModel::ErrorColumn});
    m_feeds = table(QStringLiteral("syncFeeds"), {tr("Feed"), tr("Cursor"), tr("Items applied"), tr("Last pulled"), tr("Last error")});
    m_feedsFit = new ColumnFitter(m_feeds, {4}); // the last error gives way (whole in its tooltip)
    m_forwarded = table(QStringLiteral("syncForwarded"),
                        {tr("No."), tr("From province"), tr("Their ticket"), tr("Kind"), tr("Reason"), tr("Received"), tr("State")});
    m_forwardedFit = new ColumnFitter(m_forwarded, {4, 6}); // the reason and the answer give way
    auto *approve = new QPushButton(tr("Confirm the complaint (void our condition)…"));
    approve->setObjectName(QStringLiteral("forwardApproveButton"));
    auto *reject = new QPushButton(tr("Uphold our condition…"));
    reject->setObjectName(QStringLiteral("forwardRejectButton"));
    for (auto [button, yes] : {std::pair{approve, true}, std::pair{reject, false}})
        connect(button, &QPushButton::clicked, this, [this, yes = yes] {
            bool ok = false;
            const QString reason = QInputDialog::getMultiLineText(this, tr("Answer the forwarded ticket"), tr("Reason, in words:"), {}, &ok);
            if (ok)
                answerSelected(yes, reason);
        });
    auto *forwardedPage = new QWidget;
    auto *forwardedLayout = new QVBoxLayout(forwardedPage);
    forwardedLayout->addWidget(new QLabel(tr("Tickets other provinces forwarded here because a condition this province pushed "
                                             "is disputed. The answer travels back with the next sync.")));
    forwardedLayout->addWidget(m_forwarded, 1);
    auto *answerRow = new QHBoxLayout;
    answerRow->addStretch(1);
    answerRow->addWidget(approve);
    answerRow->addWidget(reject);
    forwardedLayout->addLayout(answerRow);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->addTab(m_batches, tr("Batches and receipts"));
    m_tabs->addTab(m_feeds, tr("Feeds"));
    m_tabs->addTab(forwardedPage, tr("Forwarded to us"));

    m_progress = new ProgressPanel;
    m_progress->setObjectName(QStringLiteral("syncProgress"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(m_error);
    layout->addWidget(m_keychain);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_tabs, 1);

    connect(&m_runner, &sync::SyncRunner::started, this, [this] {
        m_syncButton->setEnabled(false);
        setMessage(tr("Syncing…"), false);
        startProgress();
    });
    connect(&m_runner, &sync::SyncRunner::finished, this, [this](const sync::SyncReport &r) {
        m_poll.stop();
        m_progress->finish();
        showReport(r);
    });
    // The sync engine reports no progress of its own: what it has frozen and delivered is read from the sync
    // status (a few index lookups) twice a second while it runs.
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, &SyncPane::pollProgress);
    refresh();
}

void SyncPane::startProgress()
{
    const sync::SyncStatus st = m_runner.service().status();
    m_startDepth = st.queueDepth;
    m_startUnbatched = st.unbatched;
    m_progress->start(tr("Syncing with the platform"));
    pollProgress();
    m_poll.start();
}

// Freezing the waiting changes into signed batches (0–10 %), uploading them with their receipts checked (10–95 %),
// then the feeds. Nothing can be cancelled: every delivered batch is already the platform's.
void SyncPane::pollProgress()
{
    const StallWatchdog::Activity activity("SyncPane::pollProgress");
    const sync::SyncStatus st = m_runner.service().status();
    ProgressStep step;
    step.cancellable = false;
    if (m_startUnbatched > 0 && st.unbatched > 0) {
        step.phase = tr("Signing the waiting changes into batches");
        step.done = m_startUnbatched - st.unbatched;
        step.total = m_startUnbatched;
        step.percent = int(10 * step.done / std::max<qint64>(1, step.total));
    } else if (st.queueDepth > 0) {
        step.phase = tr("Uploading the batches and checking their receipts");
        step.total = std::max(m_startDepth, st.queueDepth);
        step.done = step.total - st.queueDepth;
        step.percent = 10 + int(85 * step.done / std::max<qint64>(1, step.total));
    } else {
        step.phase = tr("Fetching the platform's feeds");
        step.done = m_startDepth;
        step.total = m_startDepth;
        step.percent = 95;
    }
    m_progress->setStep(step);
    m_depth->setText(tileText(tr("Changes waiting"), tr("%1 (%2 not yet batched)").arg(st.queueDepth).arg(st.unbatched)));
}

void SyncPane::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#c62828") : QString());
}

QString SyncPane::message() const
{
    return m_message->text();
}

void SyncPane::refresh()
{
    const StallWatchdog::Activity activity("SyncPane::refresh");
    const sync::SyncStatus st = m_runner.service().status();
    const qint64 now = m_ws.clock().now().toSecsSinceEpoch();
    if (!st.configured) {
        m_online->setText(tileText(tr("Platform"), tr("Not connected"), QStringLiteral("#808080")));
        m_console->setText(tr("This console does not sync yet: connect it with the certificate directory the platform issued."));
    } else {
        m_online->setText(tileText(tr("Platform"), st.online ? tr("Online") : tr("Offline"),
                                   st.online ? QStringLiteral("#1b7f3b") : QStringLiteral("#c62828")));
        m_console->setText(tr("Console %1 · province %2 · %3 · profile %4 · keys: %5")
                               .arg(st.settings.consoleId, st.settings.province, st.settings.platformUrl,
                                    st.settings.profile == QLatin1String("sm") ? tr("SM2/SM3") : tr("ECDSA P-256"),
                                    m_runner.unlocked() ? tr("unlocked for this session") : tr("locked")));
    }
    m_depth->setText(tileText(tr("Changes waiting"), tr("%1 (%2 not yet batched)").arg(st.queueDepth).arg(st.unbatched)));
    if (st.oldestUndeliveredAt) {
        const QString age = tr("%1 h %2 min").arg(st.ageSeconds / 3600).arg(st.ageSeconds / 60 % 60);
        const QString color = st.alert == QLatin1String("alarm")     ? QStringLiteral("#c62828")
                              : st.alert == QLatin1String("warning") ? QStringLiteral("#b26a00")
                                                                     : QStringLiteral("#202020");
        const QString caption = st.alert == QLatin1String("alarm")     ? tr("Oldest waiting — past the 4 h deadline")
                                : st.alert == QLatin1String("warning") ? tr("Oldest waiting — over 2 h")
                                                                       : tr("Oldest waiting");
        m_oldest->setText(tileText(caption, age, color));
    } else {
        m_oldest->setText(tileText(tr("Oldest waiting"), tr("nothing waits")));
    }
    m_lastSuccess->setText(tileText(tr("Last complete sync"), st.lastSuccessAt ? time::formatShort(st.lastSuccessAt) : tr("never")));
    if (!st.lastError.isEmpty()) {
        const RecordedText why = RecordedText::read(st.lastError);
        QString text = tr("Why it waits: %1 (%2)").arg(why.text, time::formatShort(st.lastErrorAt));
        if (st.nextAttemptAt > now)
            text += tr(" · next attempt %1").arg(time::formatShort(st.nextAttemptAt));
        if (!why.original.isEmpty())
            text += QLatin1Char('\n') + tr("Details: %1").arg(why.original);
        m_error->setText(text);
        m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    } else {
        m_error->setText(st.configured ? tr("No error at the last attempt.") : QString());
        m_error->setStyleSheet({});
    }
    m_keychain->setText(m_runner.keychainProblem().isEmpty()
                            ? QString()
                            : tr("No system keychain (%1): the key passphrase is asked each session and kept in memory only.")
                                  .arg(m_runner.keychainProblem()));
    m_unlockButton->setVisible(st.configured && !m_runner.unlocked());
    m_syncButton->setEnabled(st.configured && m_runner.unlocked() && !m_runner.running());
    m_batchModel->reload();
    m_feeds->setRowCount(int(st.feeds.size()));
    for (int i = 0; i < st.feeds.size(); ++i) {
        const auto &f = st.feeds[i];
        const QStringList cells{feedLabel(f.feed), QString::number(f.cursor), QString::number(f.items),
                                f.lastPullAt ? time::formatShort(f.lastPullAt) : tr("never"),
                                RecordedText::read(f.lastError).text};
        for (int c = 0; c < cells.size(); ++c)
            m_feeds->setItem(i, c, new QTableWidgetItem(cells[c]));
        m_feeds->item(i, int(cells.size()) - 1)->setToolTip(f.lastError);
    }
    m_feedsFit->fit();
    refreshForwarded();
}

void SyncPane::refreshForwarded()
{
    const QList<ForwardRequest> list = ForwardedAppeals(m_ws.db(), m_ws.clock()).list(false);
    // The originating province by name (山东省), once per province and refresh; the code when the tree lacks it.
    QHash<QString, QString> provinces;
    const DivisionRepository divisions = m_ws.divisions();
    const auto province = [&](const QString &code) {
        auto it = provinces.find(code);
        if (it == provinces.end()) {
            const auto d = divisions.find(code);
            it = provinces.insert(code, d ? d->name : code);
        }
        return *it;
    };
    m_forwarded->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const ForwardRequest &r = list[i];
        const QString state = r.state == QLatin1String("open") ? tr("Waiting for our answer")
                              : r.decision == QLatin1String("approved") ? tr("Confirmed: %1").arg(r.answer)
                                                                         : tr("Upheld: %1").arg(r.answer);
        const auto kind = ticketKindFromKey(r.kind);
        const QStringList cells{QString::number(r.id), province(r.originProvince), r.originTicket, kind ? TicketQueueModel::kindLabel(*kind) : r.kind,
                                r.reason, time::formatShort(r.receivedAt), state};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, r.id);
            m_forwarded->setItem(i, c, item);
        }
    }
    m_forwardedFit->fit();
}

bool SyncPane::setup(const QString &dir, const QString &profile, const QByteArray &passphrase, const QString &url)
{
    const auto actor = m_ws.actor();
    if (!actor) {
        setMessage(errorText(actor.error()), true);
        return false;
    }
    AuditLog audit = m_ws.audit();
    const auto s = m_runner.service().configure(dir, passphrase, profile, url, {}, *actor, audit);
    if (!s) {
        setMessage(errorText(s.error()), true);
        return false;
    }
    const Status unlocked = m_runner.unlock(passphrase);
    setMessage(unlocked ? tr("Connected as console %1 of province %2.").arg(s->consoleId, s->province) : errorText(unlocked.error()), !unlocked);
    refresh();
    return unlocked.ok();
}

bool SyncPane::unlock(const QByteArray &passphrase)
{
    const Status s = m_runner.unlock(passphrase);
    setMessage(s ? tr("Keys unlocked for this session.") : errorText(s.error()), !s);
    refresh();
    return s.ok();
}

bool SyncPane::syncNow()
{
    if (!m_runner.unlocked()) {
        setMessage(tr("Unlock the keys first."), true);
        return false;
    }
    if (m_runner.running())
        return false;
    m_runner.runNow(true);
    return true;
}

void SyncPane::showReport(const sync::SyncReport &r)
{
    int pulled = 0;
    for (const int n : r.pulled)
        pulled += n;
    if (r.error.isEmpty())
        setMessage(tr("%n batch(es) delivered with verified receipts", nullptr, r.delivered)
                       + tr(" (%1 events); %n feed item(s) applied.", nullptr, pulled).arg(r.events),
                   false);
    else
        setMessage(tr("Sync stopped: %1").arg(r.error)
                       + (r.errorDetail.isEmpty() ? QString()
                                                  : QLatin1Char('\n') + QCoreApplication::translate("hc::ErrorText", "Details: %1").arg(r.errorDetail)),
                   true);
    refresh();
    if (pulled > 0)
        emit changed();
}

bool SyncPane::answerSelected(bool approve, const QString &reason)
{
    const int row = m_forwarded->currentRow();
    if (row < 0 || !m_forwarded->item(row, 0)) {
        setMessage(tr("Select a forwarded ticket first."), true);
        return false;
    }
    const auto actor = m_ws.actor();
    if (!actor) {
        setMessage(errorText(actor.error()), true);
        return false;
    }
    AuditLog audit = m_ws.audit();
    const Status s = ForwardedAppeals(m_ws.db(), m_ws.clock()).answer(m_forwarded->item(row, 0)->data(Qt::UserRole).toLongLong(), approve, reason, *actor, audit);
    setMessage(s ? tr("Answered; the answer travels back with the next sync.") : errorText(s.error()), !s);
    refresh();
    return s.ok();
}

} // namespace hc
