#include "NationalImportPane.h"
#include "ColumnFitter.h"
#include "ErrorText.h"
#include "BackgroundTask.h"
#include "MapEntryDialog.h"
#include "NationalEntryModel.h"
#include "StallWatchdog.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hc {

NationalImportPane::NationalImportPane(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("nationalImportPane"));
    m_model = new NationalEntryModel(this);
    auto *importButton = m_importButton = new QPushButton(tr("Import national list…"));
    importButton->setObjectName(QStringLiteral("importButton"));
    auto *mapButton = m_mapButton = new QPushButton(tr("Map selected name…"));
    mapButton->setObjectName(QStringLiteral("mapButton"));
    auto *reanalyse = m_reanalyseButton = new QPushButton(tr("Re-check with mappings"));
    reanalyse->setObjectName(QStringLiteral("reanalyseButton"));
    m_reviewOnly = new QCheckBox(tr("Only entries to review"));
    m_reviewOnly->setObjectName(QStringLiteral("reviewOnly"));
    m_reviewOnly->setChecked(true);
    m_summary = new QLabel(tr("Import a list in the platform's JSON form (highlist / middlelist / lowlist). Each entry "
                              "is matched to the division tree: exact, approximate (flagged for review) or "
                              "unmatched, never dropped. The difference to the previous list is applied at the "
                              "list's own time."));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("entryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // The status, level and code whole; the area's name and the match's reason give way (whole in the tooltip).
    new ColumnFitter(m_table, {NationalEntryModel::AreaColumn, NationalEntryModel::ReasonColumn});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(importButton);
    buttons->addWidget(mapButton);
    buttons->addWidget(reanalyse);
    buttons->addStretch();
    buttons->addWidget(m_reviewOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    connect(importButton, &QPushButton::clicked, this, &NationalImportPane::chooseFile);
    connect(mapButton, &QPushButton::clicked, this, &NationalImportPane::mapSelected);
    connect(reanalyse, &QPushButton::clicked, this, &NationalImportPane::reanalyse);
    connect(m_reviewOnly, &QCheckBox::toggled, this, [this](bool only) { m_model->setReport(m_report, only); });
    if (auto last = ws.nationalImporter().lastImport()) {
        m_list = last->list;
        showReport(last->report, true);
    }
}

void NationalImportPane::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("National risk-area list"), {}, tr("JSON (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

bool NationalImportPane::importFile(const QString &path)
{
    auto actor = m_ws.actor();
    if (!actor) {
        showMessage(errorText(actor.error()), true);
        return false;
    }
    // Reading the file, matching its entries and writing the areas and their residents run off the GUI thread,
    // with the phase and counts in the progress panel; 取消 while nothing is written changes nothing.
    NationalImportReport report;
    std::optional<NationalList> loaded;
    bool unreadable = false;
    const QString who = actor.value();
    Workspace *ws = &m_ws;
    const QString readingPhase = tr("Reading the list");
    setBusy(true);
    const auto out = BackgroundTask::run(
        this, tr("Importing the national list %1").arg(QFileInfo(path).fileName()),
        [ws, path, who, readingPhase, &report, &loaded, &unreadable](const ProgressFn &progress) -> Status {
            if (!progress(ProgressStep{readingPhase, 0, 0, 0, true}))
                return Error::refused(NationalImportPane::tr("The import was cancelled; nothing was changed."));
            auto list = NationalList::load(path);
            if (!list) {
                unreadable = true;
                return list.error();
            }
            loaded = list.value();
            AuditLog audit = ws->audit();
            auto r = ws->nationalImporter().request(*loaded, path, who, audit, progress);
            if (!r)
                return r.error();
            report = r.value();
            return Ok{};
        });
    setBusy(false);
    if (!out.status) {
        if (out.cancelled)
            showMessage(tr("Import of %1 cancelled: nothing was changed.").arg(QFileInfo(path).fileName()), false);
        else
            showMessage(tr("List refused: %1").arg(out.status.error().message)
                            + (unreadable ? QLatin1Char(' ') + tr("Nothing was changed.") : QString())
                            + (out.status.error().detail.isEmpty()
                                   ? QString()
                                   : QLatin1Char('\n') + QCoreApplication::translate("hc::ErrorText", "Details: %1").arg(out.status.error().detail)),
                        true);
        return false;
    }
    m_message->clear();
    m_list = std::move(loaded);
    showReport(report, true);
    emit areasChanged(); // nothing changed yet for a request, but the approvals queue did
    return true;
}

QString NationalImportPane::message() const
{
    return m_message->text();
}

void NationalImportPane::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c") : QString());
    m_message->setText(text);
}

void NationalImportPane::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_importButton), static_cast<QWidget *>(m_mapButton),
                       static_cast<QWidget *>(m_reanalyseButton)})
        w->setEnabled(!busy);
}

void NationalImportPane::showReport(const NationalImportReport &r, bool applied)
{
    const StallWatchdog::Activity activity("NationalImportPane::showReport");
    m_report = r;
    const int n = std::max(1, r.entries());
    QString text = tr("<b>List of %1</b>: %2 entries — %3 exact (%4%), %5 approximate, %6 unmatched.")
                       .arg(time::formatShort(r.listTime.toSecsSinceEpoch()))
                       .arg(r.entries())
                       .arg(r.exact)
                       .arg(QString::number(100.0 * r.exact / n, 'f', 1))
                       .arg(r.approximate)
                       .arg(r.unmatched().size());
    if (applied && r.state == QLatin1String("pending"))
        text += QLatin1Char(' ') + tr("A list from a file is not signed by the platform: it waits for a second supervisor's "
                                      "approval (request %1, SHA-256 %2…) and changes no area until then.")
                                       .arg(r.requestId)
                                       .arg(m_list ? QString::fromLatin1(m_list->sha256.left(16)) : QString());
    else if (applied && !r.applied)
        text += QLatin1Char(' ') + r.notice;
    else if (applied)
        text += tr(" Applied at the list's time: %1 areas declared, %2 lifted.").arg(r.declared).arg(r.lifted);
    else
        text += tr(" (check only: nothing applied)");
    m_summary->setText(text);
    m_model->setReport(r, m_reviewOnly->isChecked());
}

void NationalImportPane::mapSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const EntryOutcome &o = m_model->outcomeAt(rows.first().row());
    MapEntryDialog dialog(m_ws, o.entry.province, o.entry.city, o.entry.county, o.match.code, this);
    if (dialog.exec() == QDialog::Accepted)
        reanalyse();
}

void NationalImportPane::reanalyse()
{
    if (!m_list)
        return;
    // Matching a list of thousands of entries against the tree: off the GUI thread too.
    NationalImportReport report;
    const NationalList list = *m_list;
    Workspace *ws = &m_ws;
    setBusy(true);
    const auto out = BackgroundTask::run(this, tr("Checking the list again with the mappings"),
                                         [ws, list, &report](const ProgressFn &progress) -> Status {
                                             report = ws->nationalImporter().analyse(list, progress);
                                             return Ok{};
                                         });
    setBusy(false);
    if (out.status)
        showReport(report, false);
}

} // namespace hc
