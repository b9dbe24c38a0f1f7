#include "TicketDashboard.h"

#include "OfficialNames.h"
#include "TicketQueueModel.h"
#include "TicketStats.h"
#include "Workspace.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace hc {

namespace {

constexpr int kTicketsCounted = 100000; // the queue's limit for the dashboard

QString duration(qint64 secs)
{
    const qint64 hours = secs / 3600;
    if (hours >= 48)
        return TicketDashboard::tr("%1 days %2 hours").arg(hours / 24).arg(hours % 24);
    return TicketDashboard::tr("%1 hours %2 minutes").arg(hours).arg((secs % 3600) / 60);
}

// A count axis in whole numbers: ticks at 1, 2, 5 × 10^k, no more than ten of them, from 0 to a multiple of the step.
void countAxis(QValueAxis *axis, int most)
{
    int step = 1;
    for (int base = 1; most > 10 * step; base *= 10)
        for (int m : {1, 2, 5})
            if (most > 10 * step)
                step = m * base;
    const int top = std::max(1, (most + step - 1) / step * step);
    axis->setRange(0, top);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setMinorTickCount(0);
}

// A new chart each time: the old one's axes would otherwise linger in the scene.
QChart *replaceChart(QChartView *view)
{
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = view->chart();
    view->setChart(c);
    delete old;
    return c;
}

} // namespace

TicketDashboard::TicketDashboard(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("ticketDashboard"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_chart = new QChartView;
    m_chart->setObjectName(QStringLiteral("dashboardChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_stateChart = new QChartView;
    m_stateChart->setObjectName(QStringLiteral("dashboardStateChart"));
    m_stateChart->setRenderHint(QPainter::Antialiasing);
    auto *charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_chart);
    charts->addWidget(m_stateChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(charts, 1);
    refresh();
}

QChart *TicketDashboard::chart() const
{
    return m_chart->chart();
}

QChart *TicketDashboard::stateChart() const
{
    return m_stateChart->chart();
}

QString TicketDashboard::summary() const
{
    return m_summary->text();
}

void TicketDashboard::refresh()
{
    const TicketStats s = TicketStats::of(m_ws.appeals().queue(false, kTicketsCounted), m_ws.clock().now().toSecsSinceEpoch());
    QString text = tr("<b>%1</b> open tickets, <b>%2</b> of them overdue; %3 closed.")
                       .arg(s.open)
                       .arg(s.overdue)
                       .arg(s.closed);
    text += QLatin1Char(' ') + (s.medianHandlingSecs ? tr("Median handling time (received → closed): <b>%1</b>.").arg(duration(*s.medianHandlingSecs))
                                                     : tr("No closed ticket yet: no handling time."));
    if (s.overdue > 0)
        text = QStringLiteral("<span style=\"color:#b71c1c\">") + text + QStringLiteral("</span>");
    m_summary->setText(text);
    fillChart(s);
    fillStateChart(s);
}

void TicketDashboard::fillChart(const TicketStats &s)
{
    QChart *c = replaceChart(m_chart);
    // One bar per reviewer (by display name, the tickets not yet assigned last), stacked from overdue up to later.
    const OfficialNames names(m_ws.db());
    QList<std::pair<QString, TicketStats::TimeLeftCounts>> reviewers;
    for (auto it = s.byReviewer.cbegin(); it != s.byReviewer.cend(); ++it)
        reviewers.append({it.key().isEmpty() ? QString() : names.name(it.key()), it.value()});
    std::sort(reviewers.begin(), reviewers.end(), [](const auto &a, const auto &b) {
        return a.first.isEmpty() != b.first.isEmpty() ? b.first.isEmpty() : a.first.localeAwareCompare(b.first) < 0;
    });
    static const QColor colors[TicketStats::TimeLeftCount] = {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00),
                                                              QColor(0xf9, 0xa8, 0x25), QColor(0x2e, 0x7d, 0x32)};
    QList<QBarSet *> sets;
    for (int b = 0; b < TicketStats::TimeLeftCount; ++b) {
        auto *set = new QBarSet(TicketStats::timeLeftLabel(TicketStats::TimeLeft(b)));
        set->setColor(colors[b]);
        sets << set;
    }
    QStringList categories;
    int most = 0;
    for (const auto &[name, counts] : reviewers) {
        categories << (name.isEmpty() ? tr("Not assigned") : name);
        int total = 0;
        for (int b = 0; b < TicketStats::TimeLeftCount; ++b)
            *sets[b] << counts[size_t(b)], total += counts[size_t(b)];
        most = std::max(most, total);
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(categories.size() < 4 ? 0.4 : 0.7); // a lone reviewer's bar is not a wall
    for (QBarSet *set : sets)
        series->append(set);
    c->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories.isEmpty() ? QStringList{tr("No open ticket")} : categories);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    countAxis(axisY, most);
    axisY->setTitleText(tr("Open tickets"));
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    c->setTitle(tr("Time left until the deadline, per reviewer"));
}

void TicketDashboard::fillStateChart(const TicketStats &s)
{
    QChart *c = replaceChart(m_stateChart);
    // One category per state and per kind, top to bottom in the loop's order; each set fills only its own
    // categories, so the two read apart.
    struct Bar { QString label; int byState; int byKind; };
    QList<Bar> bars;
    for (const QString &state : TicketStats::stateOrder())
        bars.append({TicketQueueModel::stateLabel(state), s.openByState.value(state), 0});
    for (TicketKind k : {TicketKind::WrongColor, TicketKind::WrongSource, TicketKind::WrongPersonalData, TicketKind::Reapplication})
        bars.append({TicketQueueModel::kindLabel(k), 0, s.openByKind.value(k)});
    auto *byState = new QBarSet(tr("Open tickets by state"));
    auto *byKind = new QBarSet(tr("Open tickets by kind"));
    byState->setColor(QColor(0x15, 0x65, 0xc0));
    byKind->setColor(QColor(0xef, 0x6c, 0x00));
    QStringList categories;
    int most = 0;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) { // a horizontal chart draws its first category at the bottom
        categories << it->label;
        *byState << it->byState;
        *byKind << it->byKind;
        most = std::max({most, it->byState, it->byKind});
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(byState);
    series->append(byKind);
    c->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    countAxis(axisX, most);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    c->setTitle(s.open == 0 ? tr("No open ticket") : tr("Open tickets: %1").arg(s.open));
}

} // namespace hc
