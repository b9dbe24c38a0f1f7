#pragma once
#include "OverviewService.h"

#include <QWidget>

class QChart;
class QChartView;

namespace hc {

// The overview's trends, one point per day on a date axis: holders by color (stacked areas), risk areas in force
// (lines), and 12345 tickets received, closed and overdue (lines). Hovering a point says the day and the figures.
class OverviewCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewCharts)
public:
    explicit OverviewCharts(QWidget *parent = nullptr);
    void showSeries(const reports::OverviewSeries &s);
    QChart *colorsChart() const;
    QChart *areasChart() const;
    QChart *ticketsChart() const;

protected:
    void resizeEvent(QResizeEvent *e) override;

private:
    QChartView *m_colors;
    QChartView *m_areas;
    QChartView *m_tickets;
};

} // namespace hc
