#pragma once
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace hc {

class Workspace;
struct TicketStats;

// The deadline dashboard of the appeals pane: open tickets by the hours left (overdue, < 2 h, < 8 h, later) per
// reviewer, by display name (a stacked bar chart, whole-number count axis); beside it open tickets by state and by
// kind; how many are overdue, and the median handling time of closed tickets. The numbers come from TicketStats.
class TicketDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketDashboard)
public:
    explicit TicketDashboard(Workspace &ws, QWidget *parent = nullptr);

    void refresh();
    QChart *chart() const;      // the deadlines per reviewer
    QChart *stateChart() const; // by state and by kind
    QString summary() const;

private:
    void fillChart(const TicketStats &s);
    void fillStateChart(const TicketStats &s);

    Workspace &m_ws;
    QLabel *m_summary;
    QChartView *m_chart;
    QChartView *m_stateChart;
};

} // namespace hc
