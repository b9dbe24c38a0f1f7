#include "HistoryDialog.h"
#include "ScreenFit.h"
#include "ColumnFitter.h"
#include "OfficialNames.h"
#include "RiskColors.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

HistoryDialog::HistoryDialog(Workspace &ws, const QString &divisionCode, const QString &subarea, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1 %2").arg(divisionCode, subarea));
    const auto periods = ws.risk().history(divisionCode, subarea);
    const OfficialNames names(ws.db()); // who declared and ended, by display name
    auto *table = new QTableWidget(int(periods.size()), 7);
    table->setObjectName(QStringLiteral("historyTable"));
    table->setHorizontalHeaderLabels({tr("Level"), tr("From"), tr("To"), tr("Basis"), tr("Reason"), tr("Declared by"),
                                      tr("Ended by / why")});
    for (int r = 0; r < periods.size(); ++r) {
        const RiskPeriod &p = periods.at(r);
        auto *level = new QTableWidgetItem(riskLevelLabel(p.level));
        level->setBackground(riskBackground(p.level));
        level->setForeground(riskForeground(p.level));
        table->setItem(r, 0, level);
        table->setItem(r, 1, new QTableWidgetItem(time::formatShort(p.from)));
        table->setItem(r, 2, new QTableWidgetItem(p.to ? time::formatShort(*p.to) : QString()));
        table->setItem(r, 3, new QTableWidgetItem(p.basis));
        table->setItem(r, 4, new QTableWidgetItem(p.reason));
        table->setItem(r, 5, new QTableWidgetItem(names.name(p.declaredBy)));
        table->item(r, 5)->setToolTip(names.precise(p.declaredBy));
        const QString ended = p.endedBy.isEmpty() ? QString() : names.name(p.endedBy) + QStringLiteral(": ") + p.endReason;
        table->setItem(r, 6, new QTableWidgetItem(ended));
        table->item(r, 6)->setToolTip(ended);
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide(); // no row numbers, as in every other table
    // Levels, times and names whole; the basis, the reason and the ending give way (elided, whole in the tooltip).
    new ColumnFitter(table, {3, 4, 6});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(ws.divisions().pathName(divisionCode) + QLatin1Char(' ') + subarea));
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {900, 360});
}

} // namespace hc
