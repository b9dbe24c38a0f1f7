#include "ImpactView.h"
#include "ColumnFitter.h"
#include "ErrorText.h"

#include "BackgroundTask.h"
#include "BatchResultModel.h"
#include "CoreProgress.h"
#include "OutsideContactModel.h"
#include "ProgressPanel.h"
#include "CodeColors.h"
#include "StallWatchdog.h"
#include "Workspace.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <QtConcurrent>
#include <algorithm>

namespace hc {

namespace {

constexpr int kChartDivisions = 12; // more bars than this are unreadable; the table has them all

} // namespace

QTableView *ImpactView::outcomeTable(const char *name, BatchResultModel *model, bool withOutcome)
{
    auto *t = new QTableView;
    t->setObjectName(QLatin1String(name));
    t->setModel(model);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setColumnHidden(BatchResultModel::OutcomeColumn, !withOutcome);
    t->setColumnHidden(BatchResultModel::HolderColumn, true); // the row number inside the database: no one's business
    // Names, id numbers, colors and cases whole; the division, the condition and the basis (the why) give way, every
    // cell with its full text as tooltip.
    new ColumnFitter(t, {BatchResultModel::DivisionColumn, BatchResultModel::ConditionColumn, BatchResultModel::BasisColumn}, 90);
    return t;
}

ImpactView::ImpactView(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("impactView"));
    // Phase, counts, elapsed time and 取消 while the preview runs (it only reads: it can always be cancelled).
    m_progress = new ProgressPanel;
    m_progress->setObjectName(QStringLiteral("impactProgress"));

    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("impactTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_approval = new QLabel;
    m_approval->setObjectName(QStringLiteral("impactApproval"));
    m_approval->setWordWrap(true);

    // The county by its name (the code in the tooltip): officials think in names.
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("impactTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("County or district"), tr("To red"), tr("To yellow"), tr("Already red or yellow")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Every column as wide as its header or content; the table is never narrower than that (showImpact), so that
    // the splitter gives the chart only the rest.
    m_tableFit = new ColumnFitter(m_table, {0});

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart = new QChartView(chart);
    m_chart->setObjectName(QStringLiteral("impactChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(360, 150); // six counties readable; the pane fits a 700 px screen with the tabs below

    m_sample = new BatchResultModel(ws, this);
    m_alreadyRed = new BatchResultModel(ws, this);
    m_tabs = new QTabWidget;
    m_tabs->addTab(outcomeTable("impactSample", m_sample, false), tr("Holders who would change"));
    m_tabs->addTab(outcomeTable("impactAlreadyRed", m_alreadyRed, false), tr("Already red"));
    // Those who live elsewhere: no condition here, their home commission is asked to act (协查).
    m_outside = new OutsideContactModel(this);
    auto *outsideTable = new QTableView;
    outsideTable->setObjectName(QStringLiteral("impactOutside"));
    outsideTable->setModel(m_outside);
    outsideTable->verticalHeader()->hide();
    outsideTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Names, numbers and times whole; the condition and the home division give way (the whole text is the tooltip).
    new ColumnFitter(outsideTable, {OutsideContactModel::KindColumn, OutsideContactModel::DivisionColumn});
    m_outsideNote = new QLabel;
    m_outsideNote->setObjectName(QStringLiteral("impactOutsideNote"));
    m_outsideNote->setWordWrap(true);
    auto *outsidePage = new QWidget;
    auto *outsideLayout = new QVBoxLayout(outsidePage);
    outsideLayout->setContentsMargins(4, 4, 4, 4);
    outsideLayout->addWidget(m_outsideNote);
    outsideLayout->addWidget(outsideTable, 1);
    m_tabs->addTab(outsidePage, tr("Outside the jurisdiction"));

    auto *byDivision = new QSplitter(Qt::Horizontal);
    byDivision->addWidget(m_table);
    byDivision->addWidget(m_chart);
    byDivision->setStretchFactor(1, 1);
    byDivision->setSizes({420, 700});
    auto *vertical = new QSplitter(Qt::Vertical);
    m_body = vertical;
    vertical->addWidget(byDivision);
    vertical->addWidget(m_tabs);
    vertical->setSizes({240, 260}); // the lists below get room for more than a row at 700 pixels

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_totals);
    layout->addWidget(m_approval);
    layout->addWidget(vertical, 1);
    layout->addStretch(); // takes the room while there is no preview (the body has the stretch otherwise)
    clear();
}

ImpactView::~ImpactView()
{
    // The workers use the workspace: they must end first (told to stop at their next report).
    m_progress->abandon();
    if (m_watcher)
        m_watcher->waitForFinished();
    for (QFuture<Result<Impact>> &f : m_abandoned)
        f.waitForFinished();
}

QChart *ImpactView::chart() const
{
    return m_chart->chart();
}

QString ImpactView::message() const
{
    return m_approval->text();
}

std::optional<Impact> ImpactView::impactOf(qint64 batchId) const
{
    if (m_impact && m_impact->batchId == batchId)
        return m_impact;
    return std::nullopt;
}

void ImpactView::clear(const QString &text)
{
    m_impact.reset();
    m_body->hide(); // no empty chart frame and tables before there is a preview
    m_totals->setText(text.isEmpty()
                          ? tr("Select a batch of case reports that is not applied yet and press \"Preview "
                               "impact\": it shows who would change color, by county. Nothing changes until the batch is "
                               "applied.")
                          : text);
    m_approval->clear();
    m_table->setRowCount(0);
    m_sample->setOutcomes({});
    m_alreadyRed->setOutcomes({});
    m_outside->setContacts({});
    m_outsideNote->clear();
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes())
        chart()->removeAxis(axis);
    chart()->setTitle(QString());
}

void ImpactView::start(qint64 batchId)
{
    // A preview still running is left to stop at its next report (start() below tells it); its result is dropped.
    // Waiting for it here would hold the GUI thread until then.
    if (m_watcher) {
        if (!m_watcher->isFinished())
            m_abandoned << m_watcher->future();
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_abandoned.removeIf([](const QFuture<Result<Impact>> &f) { return f.isFinished(); });
    m_running = 0;
    const auto actor = m_ws.actor();
    if (!actor) {
        m_progress->abandon();
        clear(errorText(actor.error()));
        emit finished(false);
        return;
    }
    clear(tr("Computing the impact of batch %1…").arg(batchId));
    m_running = batchId;
    m_progress->start(tr("Computing the impact of batch %1").arg(batchId));
    const ProgressFn progress = m_progress->progressFn();
    Workspace *ws = &m_ws;
    const QString who = actor.value();
    m_watcher = new QFutureWatcher<Result<Impact>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ImpactView::done);
    // The worker's ws->cases() is bound to the worker thread's own connection.
    m_watcher->setFuture(QtConcurrent::run(BackgroundTask::pool(), [ws, batchId, who, progress] {
        return coreprogress::preview(ws->cases(), batchId, who, progress);
    }));
}

void ImpactView::cancel()
{
    if (isRunning())
        m_progress->cancel();
}

void ImpactView::done()
{
    if (!m_watcher || !m_watcher->isFinished() || m_running == 0)
        return;
    m_running = 0;
    const bool cancelled = m_progress->isCancelRequested();
    m_progress->finish();
    const Result<Impact> r = m_watcher->result();
    if (!r) {
        clear(cancelled ? tr("The impact preview was cancelled; nothing was changed.")
                        : QStringLiteral("<span style='color:#b71c1c'>%1</span>").arg(errorText(r.error()).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
        emit finished(false);
        return;
    }
    showImpact(r.value());
    emit finished(true);
}

void ImpactView::showImpact(const Impact &i)
{
    const StallWatchdog::Activity activity("ImpactView::showImpact");
    m_impact = i;
    m_body->show();
    const auto tile = [](const QString &color, qint64 n, const QString &caption) {
        return QStringLiteral("<td style='padding:2px 14px 2px 0'><span style='font-size:17pt; "
                              "font-weight:600; color:%1'>%2</span>"
                              "<br/>%3</td>")
            .arg(color)
            .arg(n)
            .arg(caption.toHtmlEscaped());
    };
    const QString red = codeBackground(policy::Color::Red).name(), yellow = QStringLiteral("#b8860b"),
                  grey = QStringLiteral("#424242");
    m_totals->setText(
        QStringLiteral("<table><tr>") + tile(red, i.toRed, tr("to red")) +
        tile(yellow, i.toYellow, tr("to yellow")) + tile(grey, i.alreadyRed, tr("already red")) +
        tile(grey, i.alreadyYellow, tr("already yellow")) + tile(grey, i.noEffect, tr("no effect")) +
        tile(grey, i.outside, tr("outside jurisdiction")) + tile(grey, i.duplicates, tr("duplicate lines")) +
        tile(grey, i.conditions, tr("conditions written")) + QStringLiteral("</tr></table>"));
    QString note = tr("Batch %1: %n case(s), ", nullptr, i.cases).arg(i.batchId) +
                   tr("%n holder(s) named.", nullptr, int(i.holders));
    if (!i.unregisteredCases.isEmpty())
        note += QLatin1Char(' ') + tr("Not registered here (no condition for them here): %1.")
                                       .arg(i.unregisteredCases.join(QStringLiteral(", ")));
    note += QLatin1Char(' ');
    note +=
        i.needsApproval
            ? tr("<b>More than %1 holders: applying asks a second official to approve.</b>").arg(i.threshold)
            : tr("Within the threshold of %1 holders: applying takes effect at once.").arg(i.threshold);
    m_approval->setText(note);
    m_table->setRowCount(int(i.byDivision.size()));
    for (int r = 0; r < i.byDivision.size(); ++r) {
        const DivisionImpact &d = i.byDivision[r];
        const QList<QVariant> cells{d.name.isEmpty() ? d.county : d.name, d.toRed, d.toYellow, d.already};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, cells[c]);
            if (c == 0) {
                item->setData(Qt::UserRole, d.county);
                item->setToolTip(d.county);
            } else {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(r, c, item);
        }
    }
    // Wide enough for every column: the splitter then takes the chart's share, not the table's last column.
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < m_table->columnCount(); ++c)
        width += std::max(m_table->horizontalHeader()->sectionSizeHint(c),
                          static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(c)); // protected in QTableView
    m_table->setMinimumWidth(width);
    m_tableFit->fit();
    m_sample->setOutcomes(i.sample);
    m_alreadyRed->setOutcomes(i.alreadyRedList);
    m_outside->setContacts(i.outsideList);
    m_tabs->setTabText(
        0, tr("Holders who would change (%1 of %2)").arg(i.sample.size()).arg(i.toRed + i.toYellow));
    m_tabs->setTabText(1, tr("Already red (%1 of %2)").arg(i.alreadyRedList.size()).arg(i.alreadyRed));
    m_tabs->setTabText(2, tr("Outside the jurisdiction (%1 of %2)").arg(i.outsideList.size()).arg(i.outside));
    m_outsideNote->setText(
        i.outside == 0
            ? tr("The batch names nobody who lives outside your jurisdiction.")
            : tr("These people live outside your jurisdiction: the batch gives them no condition here. Their home "
                 "commissions are to be asked to act on them: \"Export list for their commissions…\" writes them "
                 "unmasked, with a stated purpose and an audit entry (supervisors)."));
    fillChart(i);
}

void ImpactView::fillChart(const Impact &i)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    auto *red = new QBarSet(tr("To red"));
    red->setColor(codeBackground(policy::Color::Red));
    red->setBorderColor(codeBackground(policy::Color::Red));
    auto *yellow = new QBarSet(tr("To yellow"));
    yellow->setColor(codeBackground(policy::Color::Yellow));
    yellow->setBorderColor(codeBackground(policy::Color::Yellow));
    QStringList categories;
    qint64 max = 0;
    // Most changes on top: a horizontal axis lists its categories from the bottom.
    // Counties where nobody would change are in the table, not among the bars.
    QList<DivisionImpact> shown;
    for (const DivisionImpact &d : i.byDivision)
        if (d.toRed + d.toYellow > 0 && shown.size() < kChartDivisions)
            shown << d;
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        const DivisionImpact &d = *it;
        categories << (d.name.isEmpty() ? d.county : d.name);
        *red << qreal(d.toRed);
        *yellow << qreal(d.toYellow);
        max = std::max(max, d.toRed + d.toYellow);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(red);
    series->append(yellow);
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false); // county names are short; elided they read "…"
    // Qt hides a category label that would touch its neighbour: with eight counties in a short chart most names went
    // missing. A slightly smaller font, and the legend beside the bars rather than below, keep every name.
    QFont labels = axisY->labelsFont();
    labels.setPointSizeF(labels.pointSizeF() * 0.85);
    axisY->setLabelsFont(labels);
    c->legend()->setAlignment(Qt::AlignRight);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setRange(0, std::max<qint64>(max, 4));
    axisX->applyNiceNumbers();
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    const qsizetype changing =
        std::count_if(i.byDivision.cbegin(), i.byDivision.cend(),
                      [](const DivisionImpact &d) { return d.toRed + d.toYellow > 0; });
    if (changing == 0)
        c->setTitle(tr("Nobody would change color"));
    else
        c->setTitle(changing > kChartDivisions
                        ? tr("Holders who would change color, by county (the %1 with most changes)")
                              .arg(kChartDivisions)
                        : tr("Holders who would change color, by county"));
}

} // namespace hc
