#include "CaseImportDialog.h"
#include "PrivateFiles.h"

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
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

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
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->setColumnWidth(0, 60);
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
    resize(1120, 660);
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
    m_parsed.reset();
    m_import->setEnabled(false);
    m_validOnly->hide();
    m_saveErrors->hide();
    m_errorsBox->hide();
}

bool CaseImportDialog::readFile()
{
    invalidate();
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        QFile file(path);
        setMessage(tr("Cannot open \"%1\": %2").arg(path, path.isEmpty() ? tr("no file named") : file.errorString()), true);
        return false;
    }
    // Reading, decoding and checking every row run off the GUI thread, with the rows checked out of the file's.
    const BatchKind k = kind();
    const ColumnMapping m = m_mapping->mapping();
    Workspace *ws = &m_ws;
    ParsedFile parsed;
    const QString readingPhase = tr("Reading the file");
    setBusy(true);
    const auto out = BackgroundTask::run(
        m_progress, tr("Reading %1").arg(QFileInfo(path).fileName()),
        [ws, path, k, m, readingPhase, &parsed](const ProgressFn &progress) -> Status {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error::refused(CaseImportDialog::tr("Cannot open \"%1\": %2").arg(path, file.errorString()));
            if (!progress(ProgressStep{readingPhase, 0, file.size(), 0, true}))
                return Error::refused(CaseImportDialog::tr("Reading was cancelled; nothing was imported."));
            const QByteArray bytes = file.readAll();
            // The reader counts records; the lines of the file give the total closely enough.
            const qint64 lines = std::max<qint64>(1, bytes.count('\n'));
            const auto r = coreprogress::read(ws->cases(), bytes, k, m, progress, lines);
            if (!r)
                return r.error();
            parsed = r.value();
            return Ok{};
        });
    setBusy(false);
    if (!out.status) {
        m_summary->setText(out.cancelled ? tr("Reading cancelled: nothing was imported.")
                                         : tr("The file cannot be imported as it is."));
        m_previewLabel->setText(tr("Rows"));
        m_preview->setRowCount(0);
        m_errors->setRowCount(0);
        setMessage(out.status.error().message, !out.cancelled);
        return false;
    }
    m_parsed = std::move(parsed);
    showParsed();
    return true;
}

void CaseImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : m_lockedWhileBusy)
        w->setEnabled(!busy);
    if (!busy)
        m_import->setEnabled(m_parsed && m_parsed->accepted() > 0);
}

void CaseImportDialog::reject()
{
    if (m_busy) {
        m_progress->cancel(); // the dialog closes when the work is over, not under it
        return;
    }
    QDialog::reject();
}

void CaseImportDialog::showParsed()
{
    const ParsedFile &f = *m_parsed;
    const QHash<QString, QString> delimiters{{QStringLiteral(","), tr("comma")},
                                             {QStringLiteral(";"), tr("semicolon")},
                                             {QStringLiteral("\t"), tr("tab")},
                                             {QStringLiteral("|"), tr("vertical bar")}};
    const QString format = f.format == QLatin1String("json")
                               ? tr("JSON")
                               : tr("CSV, %1-separated").arg(delimiters.value(f.delimiter, f.delimiter));
    const int bad = int(f.errors.size());
    m_summary->setText(tr("<b>%1</b> · %2 · encoding %3 · %4 records: <b>%5 valid</b>, %6 with errors.")
                           .arg(QFileInfo(m_path->text()).fileName().toHtmlEscaped(), format, f.encoding)
                           .arg(f.records)
                           .arg(f.accepted())
                           .arg(bad));
    m_mapping->showFound(f);
    m_preview->showRows(f, kPreviewRows);
    // The first kMaxErrorRows bad rows are listed; the errors file has them all.
    const int listed = std::min(bad, kMaxErrorRows);
    m_errors->setRowCount(listed);
    for (int i = 0; i < listed; ++i) {
        const RowError &e = f.errors[size_t(i)];
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, e.line);
        m_errors->setItem(i, 0, line);
        m_errors->setItem(i, 1, new QTableWidgetItem(e.reason));
        m_errors->item(i, 1)->setToolTip(e.reason);
    }
    m_previewLabel->setText(tr("Valid rows as read (the first %1 of %2)")
                                .arg(std::min(kPreviewRows, f.accepted()))
                                .arg(f.accepted()));
    m_errorsLabel->setText(listed < bad ? tr("%n row(s) with errors (the first %1 listed; the errors file has them all)", nullptr, bad)
                                              .arg(QLocale(QLocale::Chinese, QLocale::China).toString(listed))
                                        : tr("%n row(s) with errors", nullptr, bad));
    m_errorsBox->setVisible(bad > 0);
    m_validOnly->setText(tr("Import the valid rows only (%n left out)", nullptr, bad));
    m_validOnly->setChecked(false);
    m_validOnly->setVisible(bad > 0);
    m_saveErrors->setVisible(bad > 0);
    m_import->setEnabled(f.accepted() > 0);
    if (bad > 0)
        setMessage(tr("%n row(s) have errors. Fix them in the file (save the errors file) or import the "
                      "valid rows only.",
                      nullptr, bad),
                   true);
    else
        setMessage(tr("Every row is valid. Importing stores the batch; nothing changes for holders until it "
                      "is applied."),
                   false);
}

bool CaseImportDialog::importNow()
{
    if (!m_parsed) {
        setMessage(tr("Read the file first."), true);
        return false;
    }
    const auto actor = signedIn();
    if (!actor)
        return false;
    // Storing a million rows takes seconds: off the GUI thread too.
    Workspace *ws = &m_ws;
    const ParsedFile *file = &*m_parsed;
    const QString fileName = QFileInfo(m_path->text()).fileName();
    const bool validOnly = m_validOnly->isChecked();
    const QString who = *actor;
    qint64 id = 0;
    setBusy(true);
    const auto out = BackgroundTask::run(m_progress, tr("Storing %1 as a batch").arg(fileName),
                                         [ws, file, fileName, validOnly, who, &id](const ProgressFn &progress) -> Status {
                                             AuditLog audit = ws->audit();
                                             CaseBatchService cases = ws->cases();
                                             const auto r = coreprogress::store(cases, *file, fileName, validOnly, who, audit, progress);
                                             if (!r)
                                                 return r.error();
                                             id = r.value();
                                             return Ok{};
                                         });
    setBusy(false);
    if (!out.status) {
        setMessage(out.status.error().message, !out.cancelled);
        return false;
    }
    m_batchId = id;
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
        setMessage(s.error().message, true);
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
    if (!m_parsed || m_parsed->errors.empty())
        return false;
    QString path = pathIn;
    if (path.isEmpty()) {
        const QFileInfo in(m_path->text());
        path = QFileDialog::getSaveFileName(
            this, tr("Save errors file"),
            in.dir().filePath(in.completeBaseName() + QStringLiteral("-errors.csv")),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !files::makePrivate(out) || out.write(CaseFileReader::errorsFile(*m_parsed)) < 0 ||
        !out.commit()) {
        setMessage(tr("Cannot write %1: %2").arg(path, out.errorString()), true);
        return false;
    }
    setMessage(tr("Errors file written: %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

// The official every change is attributed to; says why when nobody is.
std::optional<QString> CaseImportDialog::signedIn()
{
    const auto actor = m_ws.actor();
    if (!actor) {
        setMessage(actor.error().message, true);
        return std::nullopt;
    }
    return actor.value();
}

} // namespace hc
