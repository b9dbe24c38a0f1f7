#pragma once
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace hc {

class Workspace;
struct TicketStats;

// The deadline dashboard of the appeals pane: open tickets by state and by kind (a bar chart), how many are
// overdue, and the median handling time of closed tickets. The numbers come from TicketStats.
class TicketDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketDashboard)
public:
    explicit TicketDashboard(Workspace &ws, QWidget *parent = nullptr);

    void refresh();
    QChart *chart() const;
    QString summary() const;

private:
    void fillChart(const TicketStats &s);

    Workspace &m_ws;
    QLabel *m_summary;
    QChartView *m_chart;
};

} // namespace hc
