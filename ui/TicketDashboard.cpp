#include "TicketDashboard.h"

#include "TicketQueueModel.h"
#include "TicketStats.h"
#include "Workspace.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>

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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);
    refresh();
}

QChart *TicketDashboard::chart() const
{
    return m_chart->chart();
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
}

void TicketDashboard::fillChart(const TicketStats &s)
{
    // A new chart each time: the old one's axes would otherwise linger in the scene.
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(c);
    delete old;
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
    axisX->setRange(0, std::max(most, 1));
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTickCount(std::min(std::max(most, 1), 10) + 1);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    c->setTitle(s.open == 0 ? tr("No open ticket") : tr("Open tickets: %1").arg(s.open));
}

} // namespace hc
