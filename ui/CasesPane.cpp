#include "CasesPane.h"
#include "ErrorText.h"

#include "BackgroundTask.h"
#include "CoreProgress.h"
#include "BatchResultModel.h"
#include "CaseBatchModel.h"
#include "CaseImportDialog.h"
#include "ColumnFitter.h"
#include "ImpactView.h"
#include "StallWatchdog.h"
#include "Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace hc {

CasesPane::CasesPane(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("casesPane"));
    auto *importCases = m_importCases = new QPushButton(tr("Import case report…"));
    importCases->setObjectName(QStringLiteral("importCasesButton"));
    auto *importScans = m_importScans = new QPushButton(tr("Import verification records…"));
    importScans->setObjectName(QStringLiteral("importScansButton"));
    m_preview = new QPushButton(tr("Preview impact"));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_apply = new QPushButton(tr("Apply…"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_revert = new QPushButton(tr("Revert…"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_export = new QPushButton(tr("Export results…"));
    m_export->setObjectName(QStringLiteral("exportResultsButton"));
    m_exportOutside = new QPushButton(tr("Export list for their commissions…"));
    m_exportOutside->setObjectName(QStringLiteral("exportOutsideButton"));
    m_exportOutside->setToolTip(tr("The contacts of the batch who live outside your jurisdiction, unmasked, as the "
                                   "attachment of a request to their home commissions (CSV for Excel; needs the "
                                   "export permission and a purpose; audited)."));
    connect(importCases, &QPushButton::clicked, this, [this] { importFile(BatchKind::Cases); });
    connect(importScans, &QPushButton::clicked, this, [this] { importFile(BatchKind::Verifications); });
    connect(m_preview, &QPushButton::clicked, this, &CasesPane::previewSelected);
    connect(m_apply, &QPushButton::clicked, this, [this] { applySelected(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { revertSelected(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportResults(); });
    connect(m_exportOutside, &QPushButton::clicked, this, [this] { exportOutside(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(importCases);
    buttons->addWidget(importScans);
    buttons->addSpacing(24);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_export);
    buttons->addWidget(m_exportOutside);
    buttons->addStretch();

    auto *intro = new QLabel(
        tr("Case reports give their cases and the close contacts the policy derives (same household or "
           "building unit, same venue within the window, nearby seats) a condition; verification records "
           "feed the venue matching. A batch changes nothing until it is applied, and can be reverted."));
    intro->setWordWrap(true);
    m_batches = new CaseBatchModel(ws, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setModel(m_batches);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Columns to their content after each reload; the file name, the status and the encoding give way (the whole
    // text in the tooltip) so that the importer and the time stay in view at 1024 pixels.
    new ColumnFitter(m_table, {CaseBatchModel::FileColumn, CaseBatchModel::StatusColumn, CaseBatchModel::EncodingColumn});
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CasesPane::selectionChanged);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("casesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_impact = new ImpactView(ws);
    m_results = new BatchResultModel(ws, this);
    m_resultsTable = ImpactView::outcomeTable("resultsTable", m_results, true);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_impact, tr("Impact preview"));
    m_tabs->addTab(m_resultsTable, tr("Results"));
    connect(m_impact, &ImpactView::finished, this, &CasesPane::updateButtons);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // Two batches whole at least (the one applied and the next), whatever room the impact below wants.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->verticalHeader()->defaultSectionSize() + 6);
    splitter->setSizes({130, 600});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    if (m_batches->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

QString CasesPane::message() const
{
    return m_message->text();
}

void CasesPane::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c") : QString());
    m_message->setText(text);
}

void CasesPane::refresh()
{
    const StallWatchdog::Activity activity("CasesPane::refresh");
    const auto current = selectedBatch();
    m_batches->reload();
    if (!current || !selectBatch(current->id))
        selectionChanged();
}

bool CasesPane::selectBatch(qint64 batchId)
{
    const int row = m_batches->rowOf(batchId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    selectionChanged(); // also when the row was selected already: its status may have changed
    return true;
}

std::optional<CaseBatch> CasesPane::selectedBatch() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_batches->batchAt(rows.first().row());
}

void CasesPane::selectionChanged()
{
    const auto b = selectedBatch();
    const bool done = b && (b->status == QLatin1String("applied") || b->status == QLatin1String("reverted"));
    if (done) {
        if (m_results->batch() != b->id)
            m_results->setBatch(b->id);
        m_tabs->setCurrentWidget(m_resultsTable);
    } else {
        m_results->clear();
        m_tabs->setCurrentWidget(m_impact);
    }
    // A preview of another batch is not wanted any more.
    if (m_impact->isRunning() && (!b || m_impact->runningBatch() != b->id))
        m_impact->cancel();
    if (!m_impact->isRunning() && (!b || !m_impact->impactOf(b->id)))
        m_impact->clear(b && b->kind == BatchKind::Verifications
                            ? tr("Verification records are stored as scans when imported: they have no impact of their "
                                 "own, but later case reports find the holders who were at a venue through them.")
                            : QString());
    m_tabs->setTabText(1, done ? tr("Results of batch %1").arg(b->id) : tr("Results"));
    updateButtons();
}

void CasesPane::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        showMessage({}, false); // what was said before is not about the work now running
    m_table->setEnabled(!busy);
    for (QPushButton *button : {m_importCases, m_importScans})
        button->setEnabled(!busy);
    updateButtons();
}

void CasesPane::updateButtons()
{
    if (m_busy) {
        for (QPushButton *button : {m_preview, m_apply, m_revert, m_export, m_exportOutside})
            button->setEnabled(false);
        return;
    }
    const auto b = selectedBatch();
    const bool cases = b && b->kind == BatchKind::Cases;
    const QString status = b ? b->status : QString();
    const bool busy = m_impact->isRunning();
    m_preview->setEnabled(cases && !busy &&
                          (status == QLatin1String("imported") || status == QLatin1String("pending")));
    m_apply->setEnabled(cases && !busy && status == QLatin1String("imported"));
    m_revert->setEnabled(cases && status == QLatin1String("applied"));
    m_export->setEnabled(cases &&
                         (status == QLatin1String("applied") || status == QLatin1String("reverted")));
    m_exportOutside->setEnabled(cases); // before the apply and after it: the same people live elsewhere
}

bool CasesPane::importFile(BatchKind kind)
{
    CaseImportDialog dialog(m_ws, kind, this);
    if (dialog.exec() != QDialog::Accepted || dialog.batchId() == 0)
        return false;
    m_batches->reload();
    selectBatch(dialog.batchId());
    const auto b = m_ws.cases().find(dialog.batchId());
    showMessage(b && b->kind == BatchKind::Verifications
                    ? tr("Batch %1 stored: %2 verification records.").arg(b->id).arg(b->accepted)
                    : tr("Batch %1 stored: %2 rows. Preview its impact, then apply it.")
                          .arg(dialog.batchId())
                          .arg(b ? b->accepted : 0),
                false);
    emit changed();
    return true;
}

void CasesPane::previewSelected()
{
    const auto b = selectedBatch();
    if (!b || b->kind != BatchKind::Cases)
        return;
    m_tabs->setCurrentWidget(m_impact);
    m_impact->start(b->id);
    updateButtons();
}

// The preview shown for the batch, or one computed now (off the GUI thread, with progress and cancel).
std::optional<Impact> CasesPane::impactFor(const CaseBatch &b)
{
    if (auto shown = m_impact->impactOf(b.id))
        return shown;
    const auto actor = m_ws.actor();
    if (!actor) {
        showMessage(errorText(actor.error()), true);
        return std::nullopt;
    }
    Workspace *ws = &m_ws;
    const QString who = actor.value();
    const qint64 id = b.id;
    Impact impact;
    const auto out = BackgroundTask::run(this, tr("Computing the impact of batch %1").arg(b.id),
                                         [ws, id, who, &impact](const ProgressFn &progress) -> Status {
                                             auto r = coreprogress::preview(ws->cases(), id, who, progress);
                                             if (!r)
                                                 return r.error();
                                             impact = r.value();
                                             return Ok{};
                                         });
    if (!out.status) {
        showMessage(out.cancelled ? tr("The impact preview was cancelled; nothing was changed.") : errorText(out.status.error()),
                    !out.cancelled);
        return std::nullopt;
    }
    m_impact->showImpact(impact);
    return impact;
}

bool CasesPane::applySelected(bool askFirst)
{
    const auto batch = caseBatchSignedIn();
    if (!batch)
        return false;
    const CaseBatch *b = &batch->first;
    const QString *actor = &batch->second;
    if (askFirst) {
        const auto impact = impactFor(*b);
        if (!impact)
            return false;
        QString text = tr("Apply batch %1 (%2)?").arg(b->id).arg(b->fileName) + QStringLiteral("\n\n") +
                       tr("%1 holders turn red and %2 turn yellow; %3 conditions are written.")
                           .arg(impact->toRed)
                           .arg(impact->toYellow)
                           .arg(impact->conditions) +
                       QLatin1Char('\n') +
                       tr("%1 are red and %2 yellow already, %3 without effect, %4 outside your jurisdiction "
                          "(unchanged).")
                           .arg(impact->alreadyRed)
                           .arg(impact->alreadyYellow)
                           .arg(impact->noEffect)
                           .arg(impact->outside);
        if (impact->needsApproval)
            text += QStringLiteral("\n\n") +
                    tr("More than %1 holders: a second official must approve before anything changes.")
                        .arg(impact->threshold);
        if (QMessageBox::question(this, tr("Apply case batch"), text) != QMessageBox::Yes)
            return false;
    }
    // Tracing the contacts (and, within the threshold, writing their conditions) runs off the GUI thread.
    Workspace *ws = &m_ws;
    const qint64 id = b->id;
    const QString who = *actor;
    std::optional<ApplyOutcome> outcome;
    setBusy(true);
    const auto out = BackgroundTask::run(this, tr("Applying batch %1").arg(b->id),
                                         [ws, id, who, &outcome](const ProgressFn &progress) -> Status {
                                             AuditLog audit = ws->audit();
                                             CaseBatchService cases = ws->cases();
                                             auto r = coreprogress::apply(cases, id, who, audit, progress);
                                             if (!r)
                                                 return r.error();
                                             outcome = r.value();
                                             return Ok{};
                                         });
    setBusy(false);
    if (!out.status) {
        showMessage(out.cancelled ? tr("Applying batch %1 was cancelled; nothing was changed.").arg(b->id)
                                  : errorText(out.status.error()),
                    !out.cancelled);
        return false;
    }
    const auto &r = outcome;
    if (r->status == QLatin1String("pending"))
        return changedWith(tr("Batch %1 names %2 holders, more than %3: approval request %4 waits for a second "
                              "official (Approvals pane). Nothing changes until it is approved.")
                               .arg(b->id)
                               .arg(r->summary.value(QStringLiteral("holders")).toInteger())
                               .arg(r->summary.value(QStringLiteral("threshold")).toInteger())
                               .arg(r->approval.value_or(0)));
    return changedWith(tr("Batch %1 applied: %2 holders changed color, %3 conditions written, %4 already that "
                          "color, %5 outside the jurisdiction.")
                           .arg(b->id)
                           .arg(r->summary.value(QStringLiteral("changed")).toInteger())
                           .arg(r->summary.value(QStringLiteral("conditions")).toInteger())
                           .arg(r->summary.value(QStringLiteral("already")).toInteger())
                           .arg(r->summary.value(QStringLiteral("outside_jurisdiction")).toInteger()));
}

bool CasesPane::revertSelected(const QString &reasonIn)
{
    const auto batch = caseBatchSignedIn();
    if (!batch)
        return false;
    const CaseBatch *b = &batch->first;
    const QString *actor = &batch->second;
    const auto asked = askIfEmpty(reasonIn, tr("Revert batch %1").arg(b->id),
                                  tr("Every condition of the batch is voided and the holders' colors are derived again.\n"
                                     "Reason (at least 4 characters, written into the record):"));
    if (!asked)
        return false;
    const QString reason = *asked;
    Workspace *ws = &m_ws;
    const qint64 id = b->id;
    const QString who = *actor;
    std::optional<QJsonObject> reverted;
    setBusy(true);
    const auto out = BackgroundTask::run(this, tr("Reverting batch %1").arg(b->id),
                                         [ws, id, reason, who, &reverted](const ProgressFn &progress) -> Status {
                                             AuditLog audit = ws->audit();
                                             CaseBatchService cases = ws->cases();
                                             auto r = coreprogress::revert(cases, id, reason, who, audit, progress);
                                             if (!r)
                                                 return r.error();
                                             reverted = r.value();
                                             return Ok{};
                                         });
    setBusy(false);
    if (!out.status) {
        showMessage(out.cancelled ? tr("Reverting batch %1 was cancelled; nothing was changed.").arg(b->id)
                                  : errorText(out.status.error()),
                    !out.cancelled);
        return false;
    }
    const auto &r = reverted;
    return changedWith(tr("Batch %1 reverted: %2 conditions voided, %3 holders changed color again.")
                    .arg(b->id)
                    .arg(r->value(QStringLiteral("voided")).toInteger())
                    .arg(r->value(QStringLiteral("changed")).toInteger()));
}

bool CasesPane::exportResults(const QString &pathIn)
{
    const auto batch = caseBatchSignedIn();
    if (!batch)
        return false;
    const CaseBatch *b = &batch->first;
    const QString *actor = &batch->second;
    const auto path = csvPath(pathIn, tr("Export results of batch %1").arg(b->id),
                              QStringLiteral("batch-%1-results.csv").arg(b->id));
    if (!path)
        return false;
    AuditLog audit = m_ws.audit();
    const auto r = m_ws.cases().exportResults(b->id, *path, *actor, audit);
    if (!r) {
        showMessage(errorText(r.error()), true);
        return false;
    }
    showMessage(tr("%1 rows written to %2 (personal data masked).")
                    .arg(r.value())
                    .arg(QDir::toNativeSeparators(*path)),
                false);
    return true;
}

bool CasesPane::exportOutside(const QString &pathIn, const QString &purposeIn)
{
    const auto batch = caseBatchSignedIn();
    if (!batch)
        return false;
    const CaseBatch *b = &batch->first;
    const QString *actor = &batch->second;
    const auto purpose = askIfEmpty(
        purposeIn, tr("Export contacts outside the jurisdiction"),
        tr("The contacts of batch %1 who live outside your jurisdiction are written unmasked (names, ID numbers, "
           "phones, addresses) for their home commissions. The export is recorded in the audit log with its "
           "purpose.\n\nPurpose (at least 4 characters):")
            .arg(b->id),
        tr("Request to the home commissions to act on the contacts"));
    if (!purpose)
        return false;
    const auto path = csvPath(pathIn, tr("Export contacts outside the jurisdiction"),
                              tr("batch-%1-outside-contacts.csv").arg(b->id));
    if (!path)
        return false;
    // The batch is traced again (any size of batch): off the GUI thread, with progress and cancel.
    Workspace *ws = &m_ws;
    const qint64 id = b->id;
    const QString who = *actor;
    const QString why = *purpose, file = *path;
    qint64 rows = 0;
    const auto out = BackgroundTask::run(this, tr("Exporting the contacts outside the jurisdiction of batch %1").arg(b->id),
                                         [ws, id, who, why, file, &rows](const ProgressFn &progress) -> Status {
                                             AuditLog audit = ws->audit();
                                             const auto r = OutsideContacts(ws->db(), ws->clock())
                                                                .exportCsv(id, why, file, who, audit, progress);
                                             if (!r)
                                                 return r.error();
                                             rows = r->contacts.size();
                                             return Ok{};
                                         });
    if (!out.status) {
        showMessage(out.cancelled ? tr("The export was cancelled; no file was written.") : errorText(out.status.error()),
                    !out.cancelled);
        return false;
    }
    showMessage(tr("%n contact(s) outside the jurisdiction written to %1 (unmasked; recorded in the audit log).", nullptr,
                   int(rows))
                    .arg(QDir::toNativeSeparators(file)),
                false);
    emit changed(); // the audit log has a new entry
    return true;
}

// The selected case report and the official who acts on it; nothing (said why) when either is missing.
std::optional<std::pair<CaseBatch, QString>> CasesPane::caseBatchSignedIn()
{
    const auto b = selectedBatch();
    if (!b || b->kind != BatchKind::Cases)
        return std::nullopt;
    const auto actor = signedIn();
    if (!actor)
        return std::nullopt;
    return std::pair(*b, *actor);
}

// What a test passes in, else what the official types; nothing when cancelled.
std::optional<QString> CasesPane::askIfEmpty(const QString &given, const QString &title, const QString &label,
                                             const QString &initial)
{
    if (!given.isEmpty())
        return given;
    bool ok = false;
    const QString typed = QInputDialog::getText(this, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional(typed) : std::nullopt;
}

std::optional<QString> CasesPane::csvPath(const QString &given, const QString &title, const QString &fileName)
{
    if (!given.isEmpty())
        return given;
    const QString path = QFileDialog::getSaveFileName(this, title, QDir::home().filePath(fileName), tr("CSV files (*.csv)"));
    return path.isEmpty() ? std::nullopt : std::optional(path);
}

// The official every change is attributed to; says why when nobody is.
std::optional<QString> CasesPane::signedIn()
{
    const auto actor = m_ws.actor();
    if (!actor) {
        showMessage(errorText(actor.error()), true);
        return std::nullopt;
    }
    return actor.value();
}

// After a change: say what happened, show the new state, tell the other panes.
bool CasesPane::changedWith(const QString &message)
{
    showMessage(message, false);
    refresh();
    emit changed();
    return true;
}

} // namespace hc
