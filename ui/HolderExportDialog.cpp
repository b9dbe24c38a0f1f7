#include "HolderExportDialog.h"
#include "ScreenFit.h"
#include "CodeColors.h"
#include "DivisionField.h"
#include "ErrorText.h"
#include "PrivateFiles.h"

#include "Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace hc {

HolderExportDialog::HolderExportDialog(Workspace &ws, const HolderFilter &filter, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_filter(filter)
{
    setObjectName(QStringLiteral("holderExportDialog"));
    setWindowTitle(tr("Export holders"));
    auto *intro = new QLabel(tr("The holders of the current filter are written as CSV (UTF-8, opens in Excel). Personal "
                                "data is masked. Every export is recorded in the audit log."));
    intro->setWordWrap(true);
    m_path = new QLineEdit(QDir::home().filePath(QStringLiteral("holders.csv")));
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getSaveFileName(this, tr("Export holders"), m_path->text(), tr("CSV files (*.csv)"));
        if (!p.isEmpty())
            m_path->setText(p);
    });
    // The scope by name, changeable here; the pane's other filters are said in words and kept.
    m_division = new DivisionField(ws);
    m_division->setObjectName(QStringLiteral("exportDivision"));
    m_division->setPlaceholderText(tr("Home within division: name or code; empty: your whole jurisdiction"));
    m_division->setAcceptCodePrefix(true);
    m_division->setClearButtonEnabled(true);
    m_division->setCode(filter.divisionPrefix);
    auto *divisionStatus = new QLabel;
    divisionStatus->setWordWrap(true);
    m_division->setStatusLabel(divisionStatus);
    QStringList others;
    if (filter.color)
        others << tr("%1 codes only").arg(colorLabel(*filter.color));
    if (!filter.idPrefix.isEmpty())
        others << tr("ID number starts with %1").arg(filter.idPrefix);
    if (!filter.namePrefix.isEmpty())
        others << tr("name starts with %1").arg(filter.namePrefix);
    auto *otherFilters = new QLabel(others.isEmpty() ? tr("none") : others.join(tr("; ")));
    otherFilters->setObjectName(QStringLiteral("exportOtherFilters"));
    otherFilters->setWordWrap(true);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_unmask = new QCheckBox(tr("Unmasked: full names, ID numbers, phones and addresses (supervisors only)"));
    m_unmask->setObjectName(QStringLiteral("exportUnmasked"));
    m_purpose = new QLineEdit;
    m_purpose->setObjectName(QStringLiteral("exportPurpose"));
    m_purpose->setPlaceholderText(tr("Purpose, e.g. 移交公安协查 (required to unmask)"));
    m_purpose->setEnabled(false);
    connect(m_unmask, &QCheckBox::toggled, m_purpose, &QWidget::setEnabled);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c"));
    auto *form = new QFormLayout;
    form->addRow(tr("Division"), m_division);
    form->addRow(QString(), divisionStatus);
    form->addRow(tr("Other filters"), otherFilters);
    form->addRow(tr("File"), pathRow);
    form->addRow(QString(), m_unmask);
    form->addRow(tr("Purpose"), m_purpose);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {560, sizeHint().height()});
}

void HolderExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void HolderExportDialog::setUnmasked(bool unmasked, const QString &purpose)
{
    m_unmask->setChecked(unmasked);
    m_purpose->setText(purpose);
}

QString HolderExportDialog::message() const
{
    return m_message->text();
}

bool HolderExportDialog::exportNow()
{
    const auto actor = m_ws.actor();
    if (!actor) {
        m_message->setText(errorText(actor.error()));
        return false;
    }
    if (!m_division->isValid()) {
        m_message->setText(tr("Choose the division from the list, or type its code."));
        return false;
    }
    m_filter.divisionPrefix = m_division->code();
    QSaveFile file(m_path->text().trimmed());
    if (m_path->text().trimmed().isEmpty() || !file.open(QIODevice::WriteOnly)) {
        m_message->setText(tr("Cannot write \"%1\": %2").arg(m_path->text(), file.errorString()));
        return false;
    }
    files::makePrivate(file); // an unmasked export holds full ID numbers
    AuditLog audit = m_ws.audit();
    const auto r = m_ws.exporter().exportCsv(m_filter, m_unmask->isChecked(), m_purpose->text(), file, actor.value(), audit);
    if (!r) {
        file.cancelWriting(); // a refused export leaves no file
        m_message->setText(errorText(r.error()));
        return false;
    }
    if (!file.commit()) {
        m_message->setText(tr("Cannot write \"%1\": %2").arg(m_path->text(), file.errorString()));
        return false;
    }
    m_message->setStyleSheet(QStringLiteral("color: #2e7d32"));
    m_message->setText(tr("%n holder(s) exported (%1).", nullptr, int(r->rows)).arg(r->unmasked ? tr("unmasked") : tr("masked")));
    return true;
}

} // namespace hc
