#include "OverviewPane.h"
#include "ColumnFitter.h"
#include "ErrorText.h"

#include "BackgroundTask.h"
#include "CodeColors.h"
#include "CountyTableModel.h"
#include "OverviewCharts.h"
#include "OverviewTile.h"
#include "RiskColors.h"
#include "StallWatchdog.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace hc {

namespace {

using policy::Color;

const QString kText = QStringLiteral("#202020");
const QString kAmber = QStringLiteral("#b26a00");
const QString kRed = QStringLiteral("#c62828");
const QString kGreen = QStringLiteral("#1b7f3b");
const QString kQuiet = QStringLiteral("#707070");

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString big(qint64 n, const QString &color = kText)
{
    return QStringLiteral("<span style='font-size:15pt; font-weight:600; color:%1'>%2</span>").arg(color, number(n));
}

// The change since yesterday: up in `upColor` (red for red codes, amber for yellow), down in green.
QString arrow(qint64 delta, const QString &upColor)
{
    if (delta == 0)
        return QStringLiteral("<span style='color:%1'>±0</span>").arg(kQuiet);
    return delta > 0 ? QStringLiteral("<span style='color:%1'>▲%2</span>").arg(upColor, number(delta))
                     : QStringLiteral("<span style='color:%1'>▼%2</span>").arg(upColor == kQuiet ? kQuiet : kGreen, number(-delta));
}

QString chip(Color c)
{
    return QStringLiteral("<span style='background:%1; color:%2'>&nbsp;%3&nbsp;</span>")
        .arg(codeBackground(c).name(), codeForeground(c).name(), colorLabel(c).toHtmlEscaped());
}

QString tileStyle(const QString &border = {})
{
    const QString b = border.isEmpty() ? QStringLiteral("1px solid #c8c8c8") : QStringLiteral("2px solid ") + border;
    const QString bg = border == kRed ? QStringLiteral("#fdecea") : border == kAmber ? QStringLiteral("#fff4e0") : QStringLiteral("palette(base)");
    return QStringLiteral("QLabel { background:%1; border:%2; border-radius:4px; } QLabel:focus { border:2px solid #1565c0; }").arg(bg, b);
}

} // namespace

OverviewPane::OverviewPane(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("overviewPane"));
    m_scope = new QLabel(tr("Loading…"));
    m_scope->setObjectName(QStringLiteral("overviewScope"));
    QFont bold = m_scope->font();
    bold.setBold(true);
    m_scope->setFont(bold);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("overviewMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:%1").arg(kRed));
    m_message->hide();
    m_trend = new QComboBox;
    m_trend->setObjectName(QStringLiteral("trendDays"));
    m_trend->addItem(tr("Last 30 days"), 30);
    m_trend->addItem(tr("Last 90 days"), 90);
    connect(m_trend, &QComboBox::currentIndexChanged, this, [this] { setTrendDays(m_trend->currentData().toInt()); });

    m_colors = new OverviewTile(QStringLiteral("tileColors"));
    m_areas = new OverviewTile(QStringLiteral("tileAreas"));
    m_approvals = new OverviewTile(QStringLiteral("tileApprovals"));
    m_tickets = new OverviewTile(QStringLiteral("tileTickets"));
    m_batches = new OverviewTile(QStringLiteral("tileBatches"));
    m_sync = new OverviewTile(QStringLiteral("tileSync"));
    for (OverviewTile *t : {m_colors, m_areas, m_approvals, m_tickets, m_batches, m_sync})
        t->setStyleSheet(tileStyle());
    m_colors->setToolTip(tr("Open the holders of your jurisdiction; a color opens those of that color"));
    m_areas->setToolTip(tr("Open the risk areas in force"));
    m_approvals->setToolTip(tr("Open the approvals waiting"));
    m_tickets->setToolTip(tr("Open the 12345 queue, overdue tickets first"));
    m_batches->setToolTip(tr("Open the case reports"));
    m_sync->setToolTip(tr("Open the platform sync"));
    const auto scope = [this] { return m_overview ? m_overview->scope : m_jurisdiction; };
    connect(m_colors, &OverviewTile::clicked, this, [this, scope] { emit openHolders(scope(), int(Color::Red)); });
    connect(m_colors, &QLabel::linkActivated, this, [this, scope](const QString &link) {
        if (link.startsWith(QLatin1String("color:")))
            emit openHolders(scope(), link.mid(6).toInt());
    });
    connect(m_areas, &OverviewTile::clicked, this, [this, scope] { emit openAreas(scope()); });
    connect(m_approvals, &OverviewTile::clicked, this, &OverviewPane::openApprovals);
    connect(m_tickets, &OverviewTile::clicked, this, &OverviewPane::openTickets);
    connect(m_batches, &OverviewTile::clicked, this, &OverviewPane::openCases);
    connect(m_sync, &OverviewTile::clicked, this, &OverviewPane::openSync);
    m_tiles = new QGridLayout;
    m_tiles->setSpacing(8);

    m_charts = new OverviewCharts;
    m_model = new CountyTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CountyTableModel::SortRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("countyTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CountyTableModel::RedColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // The figures as wide as their headings, the county's name gives way when the table is narrow.
    m_table->horizontalHeader()->setMinimumSectionSize(64);
    new ColumnFitter(m_table, {CountyTableModel::CountyColumn});
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        const QString code = i.data(CountyTableModel::CodeRole).toString();
        if (!code.isEmpty())
            emit openHolders(code, -1);
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_scope, 1);
    header->addWidget(new QLabel(tr("Trends:")));
    header->addWidget(m_trend);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("overviewSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_charts);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addLayout(m_tiles);
    layout->addWidget(split, 1);
    arrangeTiles();

    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &OverviewPane::done);
    refresh();
}

OverviewPane::~OverviewPane()
{
    m_watcher.waitForFinished(); // the worker uses the workspace
}

QChart *OverviewPane::colorsChart() const
{
    return m_charts->colorsChart();
}

QChart *OverviewPane::areasChart() const
{
    return m_charts->areasChart();
}

QChart *OverviewPane::ticketsChart() const
{
    return m_charts->ticketsChart();
}

QString OverviewPane::message() const
{
    return m_message->text();
}

void OverviewPane::showError(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void OverviewPane::setTrendDays(int days)
{
    if (days == m_days)
        return;
    m_days = days;
    if (const int i = m_trend->findData(days); i >= 0 && i != m_trend->currentIndex())
        m_trend->setCurrentIndex(i); // comes back here, the days already set
    refresh();
}

void OverviewPane::refresh()
{
    const StallWatchdog::Activity activity("OverviewPane::refresh");
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const auto who = m_ws.official();
    if (!who) {
        showError(errorText(who.error()));
        return;
    }
    m_jurisdiction = who->jurisdiction;
    Workspace *ws = &m_ws;
    const int days = m_days;
    // The worker's OverviewService is bound to the worker thread's own connection (Database keeps one per thread).
    m_watcher.setFuture(QtConcurrent::run(BackgroundTask::pool(), [ws, official = *who, days] {
        const reports::OverviewService service(ws->db(), ws->clock());
        return Loaded{service.load(official), service.series(official, days)};
    }));
}

void OverviewPane::done()
{
    const Loaded l = m_watcher.result();
    if (!l.overview || !l.series) {
        showError(!l.overview ? errorText(l.overview.error()) : errorText(l.series.error()));
    } else {
        showError({});
        m_overview = l.overview.value();
        m_series = l.series.value();
        showTiles(*m_overview);
        m_charts->showSeries(*m_series);
        m_model->setRows(m_overview->rows, m_overview->scope.isEmpty());
    }
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    emit loaded();
}

void OverviewPane::showTiles(const reports::Overview &o)
{
    const reports::OverviewTiles &t = o.tiles;
    const auto who = m_ws.official();
    m_scope->setText(tr("%1 · as of %2 (UTC+8)").arg(o.scope.isEmpty() ? tr("The whole country") : o.scopeName, time::formatShort(o.at)));

    // Holders: each color links to the holders of that color; the tile itself opens the red ones.
    const auto cell = [&t](Color c, const QString &upColor) {
        const size_t i = size_t(c);
        return QStringLiteral("<td>%1</td><td align='right'><a href='color:%2' style='text-decoration:none'>%3</a></td><td>%4</td>")
            .arg(chip(c))
            .arg(int(c))
            .arg(big(t.colors[i]), arrow(t.colors[i] - t.yesterday[i], upColor));
    };
    m_colors->setContent(tr("Holders now, change since this time yesterday"),
                         QStringLiteral("<table cellspacing='0' cellpadding='2'><tr>%1<td width='12'></td>%2</tr><tr>%3<td></td>%4</tr></table>")
                             .arg(cell(Color::Red, kRed), cell(Color::Yellow, kAmber), cell(Color::Green, kQuiet), cell(Color::Gray, kQuiet)),
                         tr("%1 holders in all").arg(number(reports::Figures::total(t.colors))));

    QString areasNote;
    if (m_series && m_series->days >= 2) {
        const reports::AreaCount y = m_series->areas.value(m_series->days - 2);
        areasNote = tr("Since yesterday: %1 high, %2 medium")
                        .arg(arrow(t.areas.high - y.high, kRed), arrow(t.areas.medium - y.medium, kAmber));
    }
    m_areas->setContent(tr("Risk areas in force"),
                        QStringLiteral("%1&nbsp;%2<br/>%3&nbsp;%4")
                            .arg(big(t.areas.high, riskBackground(RiskLevel::High).name()), riskLevelLabel(RiskLevel::High).toHtmlEscaped(),
                                 big(t.areas.medium, kAmber), riskLevelLabel(RiskLevel::Medium).toHtmlEscaped()),
                        areasNote);

    const bool decides = who && who->can(Permission::Approve);
    m_approvals->setContent(tr("Approvals waiting for you"), big(t.approvalsWaiting, t.approvalsWaiting ? kAmber : kText),
                            !decides ? tr("Your roles do not decide approvals.")
                            : t.approvalsWaiting ? tr("Requests of other officials, to approve or reject")
                                                 : tr("Nothing waits for you."));
    m_approvals->setStyleSheet(tileStyle(decides && t.approvalsWaiting ? kAmber : QString()));

    m_tickets->setContent(tr("12345 tickets"), tr("%1 overdue").arg(big(t.ticketsOverdue, t.ticketsOverdue ? kRed : kText)),
                          tr("%1 due within 2 hours").arg(QStringLiteral("<b style='color:%1'>%2</b>").arg(t.ticketsDueSoon ? kAmber : kText, number(t.ticketsDueSoon))));
    m_tickets->setStyleSheet(tileStyle(t.ticketsOverdue ? kRed : t.ticketsDueSoon ? kAmber : QString()));

    m_batches->setContent(tr("Case batches today"), tr("%1 imported").arg(big(t.batchesImported)), tr("%1 applied").arg(big(t.batchesApplied)));

    if (!t.syncConfigured) {
        m_sync->setContent(tr("Platform sync"), QStringLiteral("<span style='font-size:13pt; color:%1'>%2</span>").arg(kQuiet, tr("Not connected").toHtmlEscaped()),
                           tr("Changes are not sent to the platform."));
        m_sync->setStyleSheet(tileStyle());
    } else {
        const bool alarm = t.syncAlert == QLatin1String("alarm"), warning = t.syncAlert == QLatin1String("warning");
        const QString color = alarm ? kRed : warning ? kAmber : kText;
        QString note = tr("Nothing waits.");
        if (t.oldestUndeliveredAt) {
            const QString age = tr("%1 h %2 min").arg(t.syncAgeSeconds / 3600).arg(t.syncAgeSeconds / 60 % 60);
            note = alarm ? tr("Oldest waits %1 — past the 4 h deadline").arg(age)
                   : warning ? tr("Oldest waits %1 — over 2 h").arg(age)
                             : tr("Oldest waits %1").arg(age);
            note = QStringLiteral("<span style='color:%1'>%2</span>").arg(color, note.toHtmlEscaped());
        }
        m_sync->setContent(tr("Platform sync"), tr("%1 changes waiting").arg(big(t.syncWaiting, color)), note);
        m_sync->setStyleSheet(tileStyle(alarm ? kRed : warning ? kAmber : QString()));
    }
}

void OverviewPane::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    arrangeTiles();
}

// One row of tiles when the pane is wide, two when it is narrow; the holders' tile is twice as wide.
void OverviewPane::arrangeTiles()
{
    const int columns = width() >= 1100 ? 7 : 4;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (OverviewTile *t : {m_colors, m_areas, m_tickets, m_approvals, m_batches, m_sync})
        m_tiles->removeWidget(t);
    for (int c = 0; c < 7; ++c)
        m_tiles->setColumnStretch(c, c < columns ? 1 : 0);
    m_tiles->addWidget(m_colors, 0, 0, 1, 2);
    m_tiles->addWidget(m_areas, 0, 2);
    m_tiles->addWidget(m_tickets, 0, 3);
    if (columns == 7) {
        m_tiles->addWidget(m_approvals, 0, 4);
        m_tiles->addWidget(m_batches, 0, 5);
        m_tiles->addWidget(m_sync, 0, 6);
    } else {
        m_tiles->addWidget(m_approvals, 1, 0);
        m_tiles->addWidget(m_batches, 1, 1);
        m_tiles->addWidget(m_sync, 1, 2, 1, 2);
    }
}

} // namespace hc
