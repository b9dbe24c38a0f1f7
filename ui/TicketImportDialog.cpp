#include "TicketImportDialog.h"
#include "ScreenFit.h"
#include "ColumnFitter.h"
#include "ErrorText.h"
#include "Limits.h"
#include "CsvReader.h"
#include "PrivateFiles.h"

#include "CaseFile.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

TicketImportDialog::TicketImportDialog(Workspace &ws, QWidget *parent) : QDialog(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("ticketImportDialog"));
    setWindowTitle(tr("Import hotline export"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("ticketImportPath"));
    m_path->setPlaceholderText(tr("the 12345 system's export: CSV (UTF-8 or GBK, any delimiter)"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("ticketImportBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("Hotline export to import"), m_path->text(),
                                                       tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!p.isEmpty())
            m_path->setText(p);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(new QLabel(tr("File")));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_validOnly = new QCheckBox(tr("Import the valid rows only"));
    m_validOnly->setObjectName(QStringLiteral("ticketImportValidRows"));
    m_summary = new QLabel(tr("Choose the file and import it: every row is checked before anything is filed."));
    m_summary->setObjectName(QStringLiteral("ticketImportSummary"));
    m_summary->setWordWrap(true);
    m_errors = new QTableWidget(0, 2);
    m_errors->setObjectName(QStringLiteral("ticketImportErrors"));
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorsFit = new ColumnFitter(m_errors, {1}); // the line whole, the reason elided when long (whole in its tooltip)
    m_saveErrors = new QPushButton(tr("Save errors file…"));
    m_saveErrors->setObjectName(QStringLiteral("ticketImportSaveErrors"));
    m_saveErrors->setToolTip(tr("The bad rows as read, with their line and reason, for fixing and importing again."));
    m_saveErrors->setEnabled(false);
    connect(m_saveErrors, &QPushButton::clicked, this, [this] { saveErrorsFile(); });
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_validOnly);
    optionsRow->addStretch();
    optionsRow->addWidget(m_saveErrors);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("ticketImportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *import = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    import->setObjectName(QStringLiteral("ticketImportButton"));
    import->setDefault(true);
    connect(import, &QPushButton::clicked, this, [this] { importNow(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addLayout(optionsRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {720, 460});
}

void TicketImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString TicketImportDialog::message() const
{
    return m_message->text();
}

void TicketImportDialog::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c") : QString());
    m_message->setText(text);
}

bool TicketImportDialog::importNow()
{
    m_report.reset();
    m_errors->setRowCount(0);
    m_saveErrors->setEnabled(false);
    const QString path = m_path->text().trimmed();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        setMessage(path.isEmpty() ? tr("Choose the file to import.") : tr("Cannot open \"%1\": %2").arg(path, file.errorString()),
                   true);
        return false;
    }
    // Too large a file is refused before it is read (docs/limits.md).
    const auto capped = readCapped(file, limits::kTicketFileBytes, tr("a 12345 export"));
    if (!capped) {
        setMessage(errorText(capped.error()), true);
        return false;
    }
    const QByteArray &bytes = *capped;
    const auto actor = m_ws.actor();
    if (!actor) {
        setMessage(errorText(actor.error()), true);
        return false;
    }
    AuditLog audit = m_ws.audit();
    const auto r = m_ws.appeals().importCsv(bytes, m_validOnly->isChecked(), *actor, audit);
    if (!r) {
        m_summary->setText(tr("The file cannot be imported as it is."));
        setMessage(errorText(r.error()), true);
        return false;
    }
    m_report = r.value();
    showReport(*m_report);
    if (m_report->filed > 0) {
        m_filed += m_report->filed;
        emit ticketsFiled(m_report->filed);
    }
    return true;
}

void TicketImportDialog::showReport(const AppealService::ImportReport &r)
{
    const int bad = int(r.checked.errors.size());
    m_summary->setText(tr("<b>%1</b> · encoding %2 · %3 records, %4 filed, %5 with errors.")
                           .arg(QFileInfo(m_path->text()).fileName().toHtmlEscaped(), r.checked.encoding)
                           .arg(r.records)
                           .arg(r.filed)
                           .arg(bad));
    m_errors->setRowCount(bad);
    for (int i = 0; i < bad; ++i) {
        const RowError &e = r.checked.errors[size_t(i)];
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, e.line);
        m_errors->setItem(i, 0, line);
        auto *reason = new QTableWidgetItem(e.reason);
        reason->setToolTip(e.reason);
        m_errors->setItem(i, 1, reason);
    }
    m_errorsFit->fit();
    m_saveErrors->setEnabled(bad > 0);
    if (bad > 0 && !m_validOnly->isChecked())
        setMessage(tr("Nothing was filed: %n row(s) have errors. Fix them in the file (save the errors file) or "
                      "import the valid rows only.",
                      nullptr, bad),
                   true);
    else
        setMessage(tr("%1 of %2 tickets filed; %3 left out.").arg(r.filed).arg(r.records).arg(bad), false);
}

bool TicketImportDialog::saveErrorsFile(const QString &pathIn)
{
    if (!m_report || m_report->checked.errors.empty())
        return false;
    QString path = pathIn;
    if (path.isEmpty()) {
        const QFileInfo in(m_path->text());
        path = QFileDialog::getSaveFileName(this, tr("Save errors file"),
                                            in.dir().filePath(in.completeBaseName() + QStringLiteral("-errors.csv")),
                                            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    if (QString why; !files::writePrivate(path, CaseFileReader::errorsFile(m_report->checked), &why)) {
        setMessage(tr("Cannot write %1: %2").arg(path, why), true);
        return false;
    }
    setMessage(tr("Errors file written: %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

} // namespace hc
