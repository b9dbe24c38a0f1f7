#pragma once
#include "OverviewService.h"

#include <QFutureWatcher>
#include <QWidget>

class QChart;
class QComboBox;
class QGridLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace hc {

class CountyTableModel;
class OverviewCharts;
class OverviewTile;
class Workspace;

// 总览: what the console opens on. Tiles for the jurisdiction (holders by color with the change since this time
// yesterday, areas in force, approvals waiting, 12345 tickets overdue or due soon, today's case batches, sync
// health), each opening the pane it summarises; 30- or 90-day trends (Qt Charts on a date axis); a table per
// county. Loaded off the GUI thread from OverviewService, on the worker's own connection.
class OverviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPane)
public:
    explicit OverviewPane(Workspace &ws, QWidget *parent = nullptr);
    ~OverviewPane() override;

    // Reloads off the GUI thread; a refresh asked while one runs follows it. loaded() tells when it is shown.
    void refresh();
    bool isLoading() const { return m_watcher.isRunning(); }
    void setTrendDays(int days); // 30 or 90
    int trendDays() const { return m_days; }
    const std::optional<reports::Overview> &overview() const { return m_overview; }
    CountyTableModel *countyModel() const { return m_model; }
    QTableView *countyTable() const { return m_table; }
    QChart *colorsChart() const;
    QChart *areasChart() const;
    QChart *ticketsChart() const;
    QString message() const;

signals:
    void loaded();
    // What the tiles and the table open, already filtered. color: a policy::Color, or -1 for all.
    void openHolders(const QString &division, int color);
    void openAreas(const QString &division);
    void openApprovals();
    void openTickets();
    void openCases();
    void openSync();

protected:
    void resizeEvent(QResizeEvent *e) override;

private:
    struct Loaded
    {
        Result<reports::Overview> overview;
        Result<reports::OverviewSeries> series;
    };
    void done();
    void showTiles(const reports::Overview &o);
    void arrangeTiles();
    void showError(const QString &text);

    Workspace &m_ws;
    QFutureWatcher<Loaded> m_watcher;
    bool m_again = false;
    int m_days = 30;
    int m_columns = 0;
    std::optional<reports::Overview> m_overview;
    std::optional<reports::OverviewSeries> m_series;
    QString m_jurisdiction;
    QLabel *m_scope;
    QLabel *m_message;
    QComboBox *m_trend;
    QGridLayout *m_tiles;
    OverviewTile *m_colors;
    OverviewTile *m_areas;
    OverviewTile *m_approvals;
    OverviewTile *m_tickets;
    OverviewTile *m_batches;
    OverviewTile *m_sync;
    OverviewCharts *m_charts;
    CountyTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace hc
