#pragma once
#include "CaseBatchService.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace hc {

class BatchResultModel;
class ColumnFitter;
class OutsideContactModel;
class ProgressPanel;
class Workspace;

// The impact of a case batch before it is applied: computed off the GUI thread (on the worker's own
// connection) with progress and a cancel button; totals, a table and a stacked bar chart by county, the holders that
// would change or are red already, and the contacts who live outside the jurisdiction (辖区外密接, for 协查).
class ImpactView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactView)
public:
    explicit ImpactView(Workspace &ws, QWidget *parent = nullptr);
    ~ImpactView() override;

    void start(qint64 batchId); // cancels a preview still running
    void cancel();
    bool isRunning() const { return m_running != 0; }
    qint64 runningBatch() const { return m_running; }
    ProgressPanel *progressPanel() const { return m_progress; }
    void showImpact(const Impact &impact);
    void clear(const QString &text = {});
    // The last preview shown, when it is of this batch.
    std::optional<Impact> impactOf(qint64 batchId) const;
    QString message() const;
    QChart *chart() const;
    // A table of per-holder outcomes, with the columns sized for the pane (also the pane's results).
    static QTableView *outcomeTable(const char *name, BatchResultModel *model, bool withOutcome);

signals:
    void finished(bool ok);

private:
    void done();
    void fillChart(const Impact &i);

    Workspace &m_ws;
    QLabel *m_totals;
    QLabel *m_approval;
    ProgressPanel *m_progress;
    QTableWidget *m_table;
    ColumnFitter *m_tableFit; // refitted after the rows are set
    QChartView *m_chart;
    QTabWidget *m_tabs;
    QWidget *m_body;
    BatchResultModel *m_sample;
    BatchResultModel *m_alreadyRed;
    OutsideContactModel *m_outside;
    QLabel *m_outsideNote;
    QFutureWatcher<Result<Impact>> *m_watcher = nullptr; // the preview shown when it ends
    QList<QFuture<Result<Impact>>> m_abandoned;           // replaced ones still stopping
    qint64 m_running = 0;
    std::optional<Impact> m_impact;
};

} // namespace hc
