#include "RiskAreaPane.h"
#include "ErrorText.h"
#include "DeclareDialog.h"
#include "ColumnFitter.h"
#include "DivisionCode.h"
#include "DivisionField.h"
#include "HistoryDialog.h"
#include "RiskAreaModel.h"
#include "StallWatchdog.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace hc {

RiskAreaPane::RiskAreaPane(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("riskAreaPane"));
    m_model = new RiskAreaModel(ws, this);
    m_at = new QDateTimeEdit(time::chinaWallClock(ws.clock().now()));
    m_at->setObjectName(QStringLiteral("atTime"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->addItem(tr("High and medium"), -1);
    m_level->addItem(riskLevelLabel(RiskLevel::High), int(RiskLevel::High));
    m_level->addItem(riskLevelLabel(RiskLevel::Medium), int(RiskLevel::Medium));
    m_divisionLevel = new QComboBox;
    m_divisionLevel->setObjectName(QStringLiteral("divisionLevelFilter"));
    m_divisionLevel->addItem(tr("Any division level"), 0);
    const QStringList levels{tr("Province"), tr("City"), tr("County"), tr("Street / town"), tr("Village / community")};
    for (int i = 0; i < levels.size(); ++i)
        m_divisionLevel->addItem(levels.at(i), i + 1);
    m_division = new DivisionField(ws);
    m_division->setObjectName(QStringLiteral("divisionFilter"));
    m_division->setPlaceholderText(tr("Within division: name or code"));
    m_division->setAcceptCodePrefix(true);
    m_division->setClearButtonEnabled(true);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("areaCount"));
    auto *now = new QPushButton(tr("Now"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("In force at")));
    filterRow->addWidget(m_at);
    filterRow->addWidget(now);
    filterRow->addWidget(m_level);
    filterRow->addWidget(m_divisionLevel);
    filterRow->addWidget(m_division, 1);
    filterRow->addWidget(m_count);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("riskAreaTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Columns to their content within the pane's width, the last (who declared) never cut off: the sub-area, basis and
    // division name give way when the pane is narrow, elided with the whole text in their tooltip.
    new ColumnFitter(m_table, {RiskAreaModel::SubareaColumn, RiskAreaModel::BasisColumn, RiskAreaModel::NameColumn}, 90);

    auto *declare = new QPushButton(tr("Declare…"));
    declare->setObjectName(QStringLiteral("declareAreaButton"));
    auto *change = new QPushButton(tr("Change level…"));
    change->setObjectName(QStringLiteral("changeLevelButton"));
    auto *lift = new QPushButton(tr("Lift…"));
    lift->setObjectName(QStringLiteral("liftButton"));
    auto *history = new QPushButton(tr("History…"));
    history->setObjectName(QStringLiteral("areaHistoryButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(declare);
    buttons->addWidget(change);
    buttons->addWidget(lift);
    buttons->addWidget(history);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &RiskAreaPane::applyFilter);
    connect(now, &QPushButton::clicked, this, [this] { m_at->setDateTime(time::chinaWallClock(m_ws.clock().now())); });
    connect(m_level, &QComboBox::currentIndexChanged, this, &RiskAreaPane::applyFilter);
    connect(m_divisionLevel, &QComboBox::currentIndexChanged, this, &RiskAreaPane::applyFilter);
    // Applied once the text names a division (chosen from the list, or a code typed) or is cleared.
    connect(m_division, &DivisionField::codeChanged, this, [this] {
        if (m_division->isValid())
            applyFilter();
    });
    connect(declare, &QPushButton::clicked, this, [this] {
        DeclareDialog dialog(m_ws, m_division->code(), this);
        if (dialog.exec() == QDialog::Accepted) {
            refresh();
            emit areasChanged();
        }
    });
    connect(change, &QPushButton::clicked, this, &RiskAreaPane::changeSelected);
    connect(lift, &QPushButton::clicked, this, &RiskAreaPane::liftSelected);
    connect(history, &QPushButton::clicked, this, &RiskAreaPane::showHistory);
    connect(m_table, &QTableView::doubleClicked, this, &RiskAreaPane::showHistory);
    // The model has loaded the areas in force now, which is what the filters above say: loading them a second time
    // here held the console's opening for another 40–80 ms on the national list's 42,916 areas.
    m_count->setText(tr("%n area(s)", nullptr, int(m_model->totalCount())));
}

void RiskAreaPane::applyFilter()
{
    AreaFilter f;
    f.at = QDateTime(m_at->date(), m_at->time(), time::chinaZone()).toSecsSinceEpoch();
    const int level = m_level->currentData().toInt();
    if (level >= 0)
        f.level = RiskLevel(level);
    f.divisionLevel = m_divisionLevel->currentData().toInt();
    if (m_division->isValid())
        f.divisionPrefix = m_division->code();
    else
        f.divisionPrefix = m_model->filter().divisionPrefix; // a name half typed keeps the last filter
    m_model->setFilter(f);
    m_count->setText(tr("%n area(s)", nullptr, int(m_model->totalCount())));
}

void RiskAreaPane::refresh()
{
    const StallWatchdog::Activity activity("RiskAreaPane::refresh");
    applyFilter();
}

void RiskAreaPane::showInForce(const QString &division)
{
    const QSignalBlocker blockAt(m_at), blockLevel(m_level), blockDivisionLevel(m_divisionLevel), blockDivision(m_division);
    m_at->setDateTime(time::chinaWallClock(m_ws.clock().now()));
    m_level->setCurrentIndex(0);
    m_divisionLevel->setCurrentIndex(0);
    m_division->setCode(division);
    applyFilter();
}

int RiskAreaPane::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void RiskAreaPane::changeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const RiskPeriod &p = m_model->periodAt(row);
    DeclareDialog dialog(m_ws, p.divisionCode, this);
    if (!p.subarea.isEmpty())
        dialog.setSubareas({p.subarea});
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit areasChanged();
    }
}

void RiskAreaPane::liftSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const RiskPeriod p = m_model->periodAt(row);
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Lift %1").arg(p.divisionName + QLatin1Char(' ') + p.subarea),
                                                 tr("Reason for lifting (required):"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    auto actor = m_ws.actor();
    AuditLog audit = m_ws.audit();
    auto r = actor ? m_ws.risk().lift(p.divisionCode, p.subarea.isEmpty() ? QStringList{} : QStringList{p.subarea},
                                      m_ws.clock().now(), reason, actor.value(), audit)
                   : Result<QList<RiskPeriod>>(actor.error());
    if (!r) {
        QMessageBox::warning(this, tr("Not lifted"), errorText(r.error()));
        return;
    }
    refresh();
    emit areasChanged();
}

void RiskAreaPane::showHistory()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const RiskPeriod &p = m_model->periodAt(row);
    HistoryDialog(m_ws, p.divisionCode, p.subarea, this).exec();
}

} // namespace hc
