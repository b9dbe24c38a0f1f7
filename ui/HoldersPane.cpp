#include "HoldersPane.h"

#include "BackgroundTask.h"
#include "CodeColors.h"
#include "ColumnFitter.h"
#include "DivisionField.h"
#include "HolderDialog.h"
#include "HolderExportDialog.h"
#include "HolderTableModel.h"
#include "StallWatchdog.h"
#include "VerifyCodeDialog.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hc {

HoldersPane::HoldersPane(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("holdersPane"));
    m_model = new HolderTableModel(ws, this);
    m_model->setCountsPool(BackgroundTask::pool()); // prefix counts read rows: off the GUI thread
    m_division = new DivisionField(ws);
    m_division->setObjectName(QStringLiteral("holderDivisionFilter"));
    m_division->setPlaceholderText(tr("Home within division: name or code"));
    m_division->setAcceptCodePrefix(true); // "3703" or "37030": the holders whose home code starts with it
    m_color = new QComboBox;
    m_color->setObjectName(QStringLiteral("holderColorFilter"));
    m_color->addItem(tr("All colors"), -1);
    for (policy::Color c : {policy::Color::Red, policy::Color::Yellow, policy::Color::Green, policy::Color::Gray})
        m_color->addItem(colorLabel(c), int(c));
    m_idPrefix = new QLineEdit;
    m_idPrefix->setObjectName(QStringLiteral("holderIdFilter"));
    m_idPrefix->setPlaceholderText(tr("ID number starts with"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("holderNameFilter"));
    m_name->setPlaceholderText(tr("Name starts with"));
    for (QLineEdit *e : {static_cast<QLineEdit *>(m_division), m_idPrefix, m_name})
        e->setClearButtonEnabled(true);
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("holderCounts"));
    m_counts->setTextFormat(Qt::RichText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_division, 2);
    filters->addWidget(m_color);
    filters->addWidget(m_idPrefix, 2);
    filters->addWidget(m_name, 1);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("holderTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // The database's row number is no official's business: holders are known by their (masked) ID number.
    m_table->setColumnHidden(HolderTableModel::NumberColumn, true);
    // Columns to their content within the pane (1024×700 included); the home division and the address give way,
    // elided with the whole text in their tooltip; ID numbers, colors and times stay whole.
    new ColumnFitter(m_table, {HolderTableModel::HomeColumn, HolderTableModel::AddressColumn}, 100);

    auto *details = new QPushButton(tr("Provenance…"));
    details->setObjectName(QStringLiteral("holderDetailsButton"));
    auto *verify = new QPushButton(tr("Verify a code…"));
    verify->setObjectName(QStringLiteral("verifyCodeButton"));
    auto *exportButton = new QPushButton(tr("Export…"));
    exportButton->setObjectName(QStringLiteral("exportHoldersButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_counts, 1);
    buttons->addWidget(details);
    buttons->addWidget(exportButton);
    buttons->addWidget(verify);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // Typing filters after a short pause: each keystroke would otherwise query 10 M rows.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &HoldersPane::applyFilter);
    for (QLineEdit *e : {m_idPrefix, m_name})
        connect(e, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    // The division applies once the text names one (or is cleared); a name half typed keeps the last filter.
    connect(m_division, &DivisionField::codeChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_division, &DivisionField::validChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_color, &QComboBox::currentIndexChanged, this, &HoldersPane::applyFilter);
    connect(m_model, &HolderTableModel::countsChanged, this, [this] { m_counts->setText(countsText()); });
    connect(details, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_table->currentIndex();
        if (i.isValid())
            openHolder(m_model->holderAt(i.row()).id);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { openHolder(m_model->holderAt(i.row()).id); });
    connect(verify, &QPushButton::clicked, this, &HoldersPane::verifyCode);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        HolderExportDialog dialog(m_ws, m_model->filter(), this);
        dialog.exec();
    });
    m_counts->setText(countsText());
}

QString HoldersPane::countsText() const
{
    const ColorCounts &c = m_model->counts();
    const QLocale locale;
    QStringList parts;
    for (policy::Color col : {policy::Color::Red, policy::Color::Yellow, policy::Color::Green, policy::Color::Gray})
        parts << QStringLiteral("<span style='background:%1; color:%2'>&nbsp;%3&nbsp;</span> %4")
                     .arg(codeBackground(col).name(), codeForeground(col).name(), colorLabel(col), locale.toString(c.of(col)));
    if (!m_model->refusal().isEmpty())
        return QStringLiteral("<span style='color:#b71c1c'>%1</span>").arg(m_model->refusal().toHtmlEscaped());
    if (m_model->countsPending())
        return tr("Holders: counting…");
    QString text = tr("Holders: %1").arg(locale.toString(c.total())) + QStringLiteral(" &nbsp; ") + parts.join(QStringLiteral(" &nbsp; "));
    if (c.capped)
        text += QStringLiteral(" &nbsp; ") + tr("(counted up to %1)").arg(locale.toString(ColorCounts::kCountCap));
    return text;
}

void HoldersPane::applyFilter()
{
    const StallWatchdog::Activity activity("HoldersPane::applyFilter");
    HolderFilter f;
    f.divisionPrefix = m_division->isValid() ? m_division->code() : m_model->filter().divisionPrefix;
    if (const int c = m_color->currentData().toInt(); c >= 0)
        f.color = policy::Color(c);
    f.idPrefix = m_idPrefix->text().trimmed();
    f.namePrefix = m_name->text().trimmed();
    m_model->setFilter(f);
}

void HoldersPane::showFiltered(const QString &division, int color)
{
    for (QLineEdit *e : {m_idPrefix, m_name}) {
        const QSignalBlocker block(e); // no typing pause: applied at once below
        e->clear();
    }
    {
        const QSignalBlocker block(m_division);
        m_division->setCode(division); // shown by name
    }
    const QSignalBlocker block(m_color);
    const int i = m_color->findData(color);
    m_color->setCurrentIndex(i >= 0 ? i : 0);
    applyFilter();
}

void HoldersPane::refresh()
{
    const StallWatchdog::Activity activity("HoldersPane::refresh");
    m_model->reload();
}

void HoldersPane::openHolder(qint64 holderId)
{
    HolderDialog dialog(m_ws, holderId, this);
    dialog.exec();
    refresh();
}

void HoldersPane::verifyCode()
{
    VerifyCodeDialog dialog(m_ws, this);
    dialog.exec();
}

} // namespace hc
