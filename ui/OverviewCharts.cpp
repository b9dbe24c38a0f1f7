#include "OverviewCharts.h"

#include "CodeColors.h"
#include "RiskColors.h"
#include "TimeUtil.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

namespace hc {

namespace {

using policy::Color;

QChartView *view(const char *name)
{
    auto *v = new QChartView;
    v->setObjectName(QLatin1String(name));
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumSize(200, 180);
    return v;
}

// A point's x: noon of the day (UTC+8 calendar) on the local clock, so that the date axis, which labels in
// local time, shows the Chinese date on any workstation.
qreal dayX(qint64 firstDay, int i)
{
    const QDate d = QDateTime::fromSecsSinceEpoch(firstDay + qint64(i) * 86400, time::chinaZone()).date();
    return qreal(QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch());
}

QString dayOf(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x)).date().toString(QStringLiteral("yyyy-MM-dd"));
}

// A new chart each time: old axes would otherwise linger in the scene.
QChart *freshChart(QChartView *v, const QString &title)
{
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    QFont f = c->titleFont();
    f.setBold(true);
    c->setTitleFont(f);
    c->setTitle(title);
    QChart *old = v->chart();
    v->setChart(c);
    delete old;
    return c;
}

// As many dates under a chart as fit without eliding them.
void fitTicks(QChartView *v)
{
    for (QAbstractAxis *a : v->chart()->axes(Qt::Horizontal))
        if (auto *x = qobject_cast<QDateTimeAxis *>(a))
            x->setTickCount(std::clamp(v->width() / 80, 3, 7));
}

void addAxes(QChart *c, const reports::OverviewSeries &s, qint64 most)
{
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(dayX(s.firstDay, 0))),
                QDateTime::fromMSecsSinceEpoch(qint64(dayX(s.firstDay, std::max(s.days - 1, 1)))));
    c->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, qreal(std::max<qint64>(most, 4)));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

QLineSeries *line(QChart *c, const QString &name, const QColor &color, Qt::PenStyle style = Qt::SolidLine)
{
    auto *l = new QLineSeries;
    l->setName(name);
    QPen pen(color, 2);
    pen.setStyle(style);
    l->setPen(pen);
    c->addSeries(l);
    QObject::connect(l, &QLineSeries::hovered, l, [l](const QPointF &p, bool on) {
        if (on)
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1 · %2: %3").arg(dayOf(p.x()), l->name(), QLocale().toString(qRound64(p.y()))));
    });
    return l;
}

} // namespace

OverviewCharts::OverviewCharts(QWidget *parent) : QWidget(parent)
{
    m_colors = view("chartColors");
    m_areas = view("chartAreas");
    m_tickets = view("chartTickets");
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_colors, 4);
    layout->addWidget(m_areas, 3);
    layout->addWidget(m_tickets, 3);
}

void OverviewCharts::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    for (QChartView *v : {m_colors, m_areas, m_tickets})
        fitTicks(v);
}

QChart *OverviewCharts::colorsChart() const
{
    return m_colors->chart();
}

QChart *OverviewCharts::areasChart() const
{
    return m_areas->chart();
}

QChart *OverviewCharts::ticketsChart() const
{
    return m_tickets->chart();
}

void OverviewCharts::showSeries(const reports::OverviewSeries &s)
{
    // Holders by color: each color's area between the running totals below and including it (red at the bottom).
    QChart *colors = freshChart(m_colors, tr("Holders by color"));
    QList<QPointF> below(s.days), top(s.days);
    qint64 most = 0;
    for (Color color : {Color::Red, Color::Yellow, Color::Gray, Color::Green}) {
        auto *area = new QAreaSeries;
        auto *upper = new QLineSeries(area);
        auto *lower = new QLineSeries(area);
        for (int i = 0; i < s.days; ++i) {
            const qint64 n = s.colors.value(i)[size_t(color)];
            below[i] = QPointF(dayX(s.firstDay, i), top[i].y());
            top[i] = QPointF(below[i].x(), below[i].y() + qreal(n));
            most = std::max(most, qint64(top[i].y()));
        }
        upper->replace(top);
        lower->replace(below);
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(colorLabel(color));
        area->setColor(codeBackground(color));
        area->setBorderColor(codeBackground(color).darker(115));
        colors->addSeries(area);
        QObject::connect(area, &QAreaSeries::hovered, area, [s](const QPointF &p, bool on) {
            if (!on)
                return;
            int day = 0;
            for (int i = 1; i < s.days; ++i)
                if (std::abs(dayX(s.firstDay, i) - p.x()) < std::abs(dayX(s.firstDay, day) - p.x()))
                    day = i;
            QStringList parts;
            for (Color c : {Color::Red, Color::Yellow, Color::Green, Color::Gray})
                parts << QStringLiteral("%1 %2").arg(colorLabel(c), QLocale().toString(s.colors.value(day)[size_t(c)]));
            QToolTip::showText(QCursor::pos(), dayOf(dayX(s.firstDay, day)) + QStringLiteral(": ") + parts.join(QStringLiteral(" · ")));
        });
    }
    addAxes(colors, s, most);

    QChart *areas = freshChart(m_areas, tr("Risk areas in force"));
    QLineSeries *high = line(areas, riskLevelLabel(RiskLevel::High), riskBackground(RiskLevel::High));
    QLineSeries *medium = line(areas, riskLevelLabel(RiskLevel::Medium), riskBackground(RiskLevel::Medium));
    most = 0;
    for (int i = 0; i < s.days; ++i) {
        const reports::AreaCount a = s.areas.value(i);
        high->append(dayX(s.firstDay, i), qreal(a.high));
        medium->append(dayX(s.firstDay, i), qreal(a.medium));
        most = std::max({most, a.high, a.medium});
    }
    addAxes(areas, s, most);

    QChart *tickets = freshChart(m_tickets, tr("12345 tickets per day"));
    QLineSeries *received = line(tickets, tr("Received"), QColor(0x15, 0x65, 0xc0));
    QLineSeries *closed = line(tickets, tr("Closed"), codeBackground(Color::Green));
    QLineSeries *overdue = line(tickets, tr("Overdue"), codeBackground(Color::Red), Qt::DashLine);
    most = 0;
    for (int i = 0; i < s.days; ++i) {
        const reports::Figures::TicketDay t = s.tickets.value(i);
        received->append(dayX(s.firstDay, i), qreal(t.received));
        closed->append(dayX(s.firstDay, i), qreal(t.closed));
        overdue->append(dayX(s.firstDay, i), qreal(t.overdue));
        most = std::max({most, t.received, t.closed, t.overdue});
    }
    addAxes(tickets, s, most);
    for (QChartView *v : {m_colors, m_areas, m_tickets})
        fitTicks(v);
}

} // namespace hc
