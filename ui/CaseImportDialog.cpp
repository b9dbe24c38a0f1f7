#include "CaseImportDialog.h"
#include "ScreenFit.h"
#include "ColumnFitter.h"
#include "ErrorText.h"

#include "BackgroundTask.h"
#include "CoreProgress.h"
#include "ProgressPanel.h"
#include "ColumnMappingTable.h"
#include "ParsedRowsTable.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace hc {

CaseImportDialog::CaseImportDialog(Workspace &ws, BatchKind kind, QWidget *parent) : QDialog(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("caseImportDialog"));
    setWindowTitle(tr("Import case report or verification records"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("CSV (UTF-8 or GBK, any delimiter) or JSON"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("File to import"), m_path->text(),
                                                       tr("Case files (*.csv *.txt *.json);;All files (*)"));
        if (!p.isEmpty())
            m_path->setText(p);
    });
    auto *read = new QPushButton(tr("Read file"));
    read->setObjectName(QStringLiteral("readButton"));
    read->setDefault(true);
    connect(read, &QPushButton::clicked, this, &CaseImportDialog::readFile);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    pathRow->addWidget(read);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("Case report (from the CDC)"), int(BatchKind::Cases));
    m_kind->addItem(tr("Verification records (terminal scans)"), int(BatchKind::Verifications));
    m_kind->setCurrentIndex(kind == BatchKind::Cases ? 0 : 1);
    m_mappingNames = new QComboBox;
    m_mappingNames->setObjectName(QStringLiteral("importMapping"));
    m_mappingNames->setMinimumContentsLength(16);
    auto *saveMapping = new QPushButton(tr("Save mapping as…"));
    saveMapping->setObjectName(QStringLiteral("saveMapping"));
    connect(saveMapping, &QPushButton::clicked, this, [this] { saveMappingAs(); });
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addSpacing(16);
    kindRow->addWidget(new QLabel(tr("Column mapping")));
    kindRow->addWidget(m_mappingNames);
    kindRow->addWidget(saveMapping);
    kindRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("File"), pathRow);
    form->addRow(tr("Kind"), kindRow);

    // Which column of the file holds each field: typed here, or found by the usual headers.
    m_mapping = new ColumnMappingTable;
    m_summary = new QLabel(tr("Choose a file and read it: nothing is stored until you import."));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_preview = new ParsedRowsTable;
    m_errors = new QTableWidget(0, 2);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorsFit = new ColumnFitter(m_errors, {1}); // the line whole, the reason elided when long (whole in its tooltip)
    // The rows as parsed above, the bad lines below: both in sight before importing.
    m_previewLabel = new QLabel(tr("Rows"));
    m_errorsLabel = new QLabel(tr("Errors"));
    m_errorsLabel->setStyleSheet(QStringLiteral("color: #b71c1c"));
    auto *rowsBox = new QWidget;
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(m_previewLabel);
    rowsLayout->addWidget(m_preview, 1);
    m_errorsBox = new QWidget;
    auto *errorsLayout = new QVBoxLayout(m_errorsBox);
    errorsLayout->setContentsMargins(0, 0, 0, 0);
    errorsLayout->addWidget(m_errorsLabel);
    errorsLayout->addWidget(m_errors, 1);
    m_errorsBox->hide();
    auto *rowsSplitter = new QSplitter(Qt::Vertical);
    rowsSplitter->addWidget(rowsBox);
    rowsSplitter->addWidget(m_errorsBox);
    rowsSplitter->setSizes({330, 160});
    auto *splitter = new QSplitter;
    splitter->addWidget(m_mapping);
    splitter->addWidget(rowsSplitter);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 760});

    m_validOnly = new QCheckBox;
    m_validOnly->setObjectName(QStringLiteral("importValidRows"));
    m_validOnly->hide();
    m_saveErrors = new QPushButton(tr("Save errors file…"));
    m_saveErrors->setObjectName(QStringLiteral("saveErrors"));
    m_saveErrors->setToolTip(
        tr("The bad rows as read, with their line and reason, for fixing and importing again."));
    m_saveErrors->hide();
    connect(m_saveErrors, &QPushButton::clicked, this, [this] { saveErrorsFile(); });
    auto *errorsRow = new QHBoxLayout;
    errorsRow->addWidget(m_validOnly);
    errorsRow->addStretch();
    errorsRow->addWidget(m_saveErrors);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_import = buttons->button(QDialogButtonBox::Ok);
    m_import->setText(tr("Import"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_progress = new ProgressPanel;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_lockedWhileBusy = {m_path, browse, read, m_kind, m_mappingNames, saveMapping, m_mapping, m_validOnly, m_saveErrors,
                         m_import, buttons->button(QDialogButtonBox::Cancel)};

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addLayout(errorsRow);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    connect(m_path, &QLineEdit::textChanged, this, &CaseImportDialog::invalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaseImportDialog::kindChanged);
    connect(m_mappingNames, &QComboBox::currentIndexChanged, this, &CaseImportDialog::loadMapping);
    connect(m_mapping, &ColumnMappingTable::mappingEdited, this, &CaseImportDialog::invalidate);
    kindChanged();
    resizeWithinScreen(this, {1120, 660});
}

void CaseImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

BatchKind CaseImportDialog::kind() const
{
    return BatchKind(m_kind->currentData().toInt());
}

QString CaseImportDialog::message() const
{
    return m_message->text();
}

void CaseImportDialog::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c") : QString());
    m_message->setText(text);
}

void CaseImportDialog::kindChanged()
{
    const QSignalBlocker block(m_mappingNames);
    m_mappingNames->clear();
    m_mappingNames->addItem(tr("(usual headers)"));
    m_mappingNames->addItems(m_ws.cases().mappingNames(kind()));
    m_mapping->setKind(kind());
    invalidate();
}

void CaseImportDialog::loadMapping()
{
    ColumnMapping m;
    if (m_mappingNames->currentIndex() > 0)
        m = m_ws.cases().mapping(kind(), m_mappingNames->currentText()).value_or(ColumnMapping{});
    m_mapping->setMapping(m); // invalidates what was read
}

void CaseImportDialog::invalidate()
{
    m_report.reset();
    m_head.reset();
    m_checkedPath.clear();
    m_import->setEnabled(false);
    m_validOnly->hide();
    m_saveErrors->hide();
    m_errorsBox->hide();
}

namespace {

// The preview when the head of the file cannot be read on its own (a JSON file cut short): the first rows the
// whole reading accepted.
ParsedFile fromSummary(const FileSummary &s, BatchKind kind)
{
    ParsedFile f;
    f.kind = kind;
    f.format = s.format;
    f.encoding = s.encoding;
    f.delimiter = s.delimiter;
    f.sha256 = s.sha256;
    f.header = s.header;
    f.records = s.records;
    f.cases.assign(s.firstCases.cbegin(), s.firstCases.cend());
    f.scans.assign(s.firstScans.cbegin(), s.firstScans.cend());
    return f;
}

// Keeps the rows of the head the whole reading accepted: a row fine in the head alone may be a duplicate of a
// later one. Beyond the last bad row listed, when not all are, nothing is known for sure: those rows go too.
void keepAccepted(ParsedFile &head, const ImportReport &report)
{
    QSet<int> bad;
    for (const RowError &e : report.errors)
        bad.insert(e.line);
    const bool allListed = report.file.errors <= qint64(report.errors.size());
    const int lastListed = report.errors.isEmpty() ? 0 : report.errors.last().line;
    const auto dropped = [&](int line) { return bad.contains(line) || (!allListed && line > lastListed); };
    std::erase_if(head.cases, [&](const CaseRow &r) { return dropped(r.line); });
    std::erase_if(head.scans, [&](const ScanRow &r) { return dropped(r.line); });
    head.errors.clear(); // the report's are the file's
}

} // namespace

bool CaseImportDialog::readFile()
{
    invalidate();
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        QFile file(path);
        setMessage(tr("Cannot open \"%1\": %2").arg(path, path.isEmpty() ? tr("no file named") : file.errorString()), true);
        return false;
    }
    // Checked as hcctl checks it (--dry-run): by the signed-in official.
    const auto actor = signedIn();
    if (!actor)
        return false;
    // The whole file is streamed and checked off the GUI thread, in bounded memory; only its head is read into
    // memory, for the rows shown and the columns found.
    const QFileInfo before(path); // what is imported later must be this file as it was
    ImportOptions options;
    options.kind = kind();
    options.mapping = m_mapping->mapping();
    options.fileName = before.fileName();
    options.validRowsOnly = false;
    options.checkOnly = true;
    Workspace *ws = &m_ws;
    const QString who = *actor;
    std::optional<ImportReport> report;
    std::optional<ParsedFile> head;
    setBusy(true);
    const auto out = BackgroundTask::run(
        m_progress, tr("Reading %1").arg(before.fileName()),
        [ws, path, options, who, &report, &head](const ProgressFn &progress) -> Status {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error::refused(CaseImportDialog::tr("Cannot open \"%1\": %2").arg(path, file.errorString()));
            AuditLog audit = ws->audit();
            CaseBatchService cases = ws->cases();
            auto checked = cases.importFile(file, options, who, audit, progress);
            if (!checked)
                return checked.error();
            QByteArray bytes;
            if (file.seek(0))
                bytes = file.read(kHeadBytes);
            if (file.size() > bytes.size()) // cut short: at the end of its last whole line
                bytes.truncate(bytes.lastIndexOf('\n') + 1);
            const auto read = coreprogress::read(cases, bytes, options.kind, options.mapping, ProgressFn{},
                                                 std::max<qint64>(1, bytes.count('\n')));
            head = read ? read.value() : fromSummary(checked->file, options.kind);
            keepAccepted(*head, checked.value());
            report = std::move(checked.value());
            return Ok{};
        });
    setBusy(false);
    if (!out.status) {
        m_summary->setText(out.cancelled ? tr("Reading cancelled: nothing was imported.")
                                         : tr("The file cannot be imported as it is."));
        m_previewLabel->setText(tr("Rows"));
        m_preview->setRowCount(0);
        m_errors->setRowCount(0);
        setMessage(errorText(out.status.error()), !out.cancelled);
        return false;
    }
    m_report = std::move(report);
    m_head = std::move(head);
    m_checkedPath = path;
    m_checkedKind = options.kind;
    m_checkedMapping = options.mapping;
    m_checkedSize = before.size();
    m_checkedModified = before.lastModified();
    showChecked();
    return true;
}

bool CaseImportDialog::fileUnchanged()
{
    const QFileInfo now(m_checkedPath);
    if (m_report && !m_checkedPath.isEmpty() && now.isFile() && now.size() == m_checkedSize &&
        now.lastModified() == m_checkedModified)
        return true;
    invalidate();
    setMessage(tr("Read the file first."), true);
    return false;
}

void CaseImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : m_lockedWhileBusy)
        w->setEnabled(!busy);
    if (!busy)
        m_import->setEnabled(m_report && m_report->file.accepted > 0);
}

void CaseImportDialog::reject()
{
    if (m_busy) {
        m_progress->cancel(); // the dialog closes when the work is over, not under it
        return;
    }
    QDialog::reject();
}

void CaseImportDialog::showChecked()
{
    const FileSummary &f = m_report->file;
    const QHash<QString, QString> delimiters{{QStringLiteral(","), tr("comma")},
                                             {QStringLiteral(";"), tr("semicolon")},
                                             {QStringLiteral("\t"), tr("tab")},
                                             {QStringLiteral("|"), tr("vertical bar")}};
    const QString format = f.format == QLatin1String("json")
                               ? tr("JSON")
                               : tr("CSV, %1-separated").arg(delimiters.value(f.delimiter, f.delimiter));
    const qint64 bad = f.errors;
    m_summary->setText(tr("<b>%1</b> · %2 · encoding %3 · %4 records: <b>%5 valid</b>, %6 with errors.")
                           .arg(QFileInfo(m_checkedPath).fileName().toHtmlEscaped(), format, f.encoding)
                           .arg(f.records)
                           .arg(f.accepted)
                           .arg(bad));
    m_mapping->showFound(*m_head);
    m_preview->showRows(*m_head, kPreviewRows);
    // The first bad rows are listed (the core reports the first ImportReport::errors); the errors file has them all.
    const int listed = int(std::min<qint64>(m_report->errors.size(), kMaxErrorRows));
    m_errors->setRowCount(listed);
    for (int i = 0; i < listed; ++i) {
        const RowError &e = m_report->errors[i];
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, e.line);
        m_errors->setItem(i, 0, line);
        m_errors->setItem(i, 1, new QTableWidgetItem(e.reason));
        m_errors->item(i, 1)->setToolTip(e.reason);
    }
    const int shown = std::min(kPreviewRows, m_head->accepted());
    m_previewLabel->setText(tr("Valid rows as read (the first %1 of %2)").arg(shown).arg(f.accepted));
    const int badRows = int(std::min<qint64>(bad, std::numeric_limits<int>::max()));
    m_errorsLabel->setText(listed < bad ? tr("%n row(s) with errors (the first %1 listed; the errors file has them all)", nullptr, badRows)
                                              .arg(QLocale(QLocale::Chinese, QLocale::China).toString(listed))
                                        : tr("%n row(s) with errors", nullptr, badRows));
    m_errorsBox->setVisible(bad > 0);
    m_errorsFit->fit();
    m_validOnly->setText(tr("Import the valid rows only (%n left out)", nullptr, badRows));
    m_validOnly->setChecked(false);
    m_validOnly->setVisible(bad > 0);
    m_saveErrors->setVisible(bad > 0);
    m_import->setEnabled(f.accepted > 0);
    if (bad > 0)
        setMessage(tr("%n row(s) have errors. Fix them in the file (save the errors file) or import the "
                      "valid rows only.",
                      nullptr, badRows),
                   true);
    else
        setMessage(tr("Every row is valid. Importing stores the batch; nothing changes for holders until it "
                      "is applied."),
                   false);
}

bool CaseImportDialog::importNow()
{
    if (!m_report) {
        setMessage(tr("Read the file first."), true);
        return false;
    }
    const auto actor = signedIn();
    if (!actor)
        return false;
    if (!fileUnchanged())
        return false;
    // The file is streamed again into the batch, off the GUI thread: read, checked and stored in one
    // transaction, in bounded memory.
    ImportOptions options;
    options.kind = m_checkedKind;
    options.mapping = m_checkedMapping;
    options.fileName = QFileInfo(m_checkedPath).fileName();
    options.validRowsOnly = m_validOnly->isChecked();
    options.checkOnly = false;
    Workspace *ws = &m_ws;
    const QString path = m_checkedPath;
    const QString who = *actor;
    std::optional<ImportReport> report;
    setBusy(true);
    const auto out = BackgroundTask::run(m_progress, tr("Storing %1 as a batch").arg(options.fileName),
                                         [ws, path, options, who, &report](const ProgressFn &progress) -> Status {
                                             QFile file(path);
                                             if (!file.open(QIODevice::ReadOnly))
                                                 return Error::refused(CaseImportDialog::tr("Cannot open \"%1\": %2")
                                                                           .arg(path, file.errorString()));
                                             AuditLog audit = ws->audit();
                                             CaseBatchService cases = ws->cases();
                                             auto r = cases.importFile(file, options, who, audit, progress);
                                             if (!r)
                                                 return r.error();
                                             report = std::move(r.value());
                                             return Ok{};
                                         });
    setBusy(false);
    if (!out.status) {
        setMessage(errorText(out.status.error()), !out.cancelled);
        return false;
    }
    if (report->refused) { // bad rows without "valid rows only", no valid row, not permitted: nothing stored
        setMessage(report->refused->message, true);
        return false;
    }
    if (!report->batch) {
        setMessage(tr("Read the file first."), true);
        return false;
    }
    m_batchId = *report->batch;
    setMessage(tr("Stored as batch %1.").arg(m_batchId), false);
    return true;
}

bool CaseImportDialog::saveMappingAs(const QString &nameIn)
{
    const ColumnMapping m = m_mapping->mapping();
    if (m.isEmpty()) {
        setMessage(tr("Type the file's column for at least one field, then save the mapping."), true);
        return false;
    }
    QString name = nameIn;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(
            this, tr("Save mapping"), tr("Name (e.g. the source: 市疾控中心导出):"), QLineEdit::Normal,
            m_mappingNames->currentIndex() > 0 ? m_mappingNames->currentText() : QString(), &ok);
        if (!ok)
            return false;
    }
    const auto actor = signedIn();
    if (!actor)
        return false;
    AuditLog audit = m_ws.audit();
    if (Status s = m_ws.cases().saveMapping(kind(), name, m, *actor, audit); !s) {
        setMessage(errorText(s.error()), true);
        return false;
    }
    const QSignalBlocker block(m_mappingNames);
    m_mappingNames->clear();
    m_mappingNames->addItem(tr("(usual headers)"));
    m_mappingNames->addItems(m_ws.cases().mappingNames(kind()));
    m_mappingNames->setCurrentText(name.trimmed());
    setMessage(tr("Mapping \"%1\" saved.").arg(name.trimmed()), false);
    return true;
}

bool CaseImportDialog::saveErrorsFile(const QString &pathIn)
{
    if (!m_report || m_report->file.errors == 0)
        return false;
    QString path = pathIn;
    if (path.isEmpty()) {
        const QFileInfo in(m_checkedPath);
        path = QFileDialog::getSaveFileName(
            this, tr("Save errors file"),
            in.dir().filePath(in.completeBaseName() + QStringLiteral("-errors.csv")),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    // The bad rows hold ID numbers as read: written for the signed-in official, by the core, readable by the
    // owner only (0600), from the file streamed again.
    const auto actor = signedIn();
    if (!actor)
        return false;
    if (!fileUnchanged())
        return false;
    ImportOptions options;
    options.kind = m_checkedKind;
    options.mapping = m_checkedMapping;
    options.fileName = QFileInfo(m_checkedPath).fileName();
    options.checkOnly = true;
    options.errorsPath = path;
    Workspace *ws = &m_ws;
    const QString in = m_checkedPath;
    const QString who = *actor;
    QString written;
    setBusy(true);
    const auto out = BackgroundTask::run(m_progress, tr("Save errors file"),
                                         [ws, in, options, who, &written](const ProgressFn &progress) -> Status {
                                             QFile file(in);
                                             if (!file.open(QIODevice::ReadOnly))
                                                 return Error::refused(CaseImportDialog::tr("Cannot open \"%1\": %2")
                                                                           .arg(in, file.errorString()));
                                             AuditLog audit = ws->audit();
                                             CaseBatchService cases = ws->cases();
                                             const auto r = cases.importFile(file, options, who, audit, progress);
                                             if (!r)
                                                 return r.error();
                                             written = r->errorsFile;
                                             return Ok{};
                                         });
    setBusy(false);
    if (!out.status) {
        setMessage(errorText(out.status.error()), !out.cancelled);
        return false;
    }
    if (written.isEmpty()) { // no bad row any more: the file is not what was read
        invalidate();
        setMessage(tr("Read the file first."), true);
        return false;
    }
    setMessage(tr("Errors file written: %1").arg(QDir::toNativeSeparators(written)), false);
    return true;
}

// The official every change is attributed to; says why when nobody is.
std::optional<QString> CaseImportDialog::signedIn()
{
    const auto actor = m_ws.actor();
    if (!actor) {
        setMessage(errorText(actor.error()), true);
        return std::nullopt;
    }
    return actor.value();
}

} // namespace hc
