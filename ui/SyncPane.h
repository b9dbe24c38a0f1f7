#pragma once
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace hc {

class ColumnFitter;
class ProgressPanel;
class SyncBatchModel;
class Workspace;
namespace sync {
class SyncRunner;
struct SyncReport;
}

// 平台同步: whether the platform answers, how many changes wait and since when (warning at 2 h, alarm at the 4 h
// deadline), the last error in words, the signed batches with their receipts, the feeds with their cursors, and
// the tickets other provinces forwarded here.
class SyncPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPane)
public:
    SyncPane(Workspace &ws, sync::SyncRunner &runner, QWidget *parent = nullptr);
    void refresh();

    // What the buttons do, callable by tests. Each returns false with the reason in message().
    bool setup(const QString &dir, const QString &profile, const QByteArray &passphrase, const QString &url = {});
    bool unlock(const QByteArray &passphrase);
    bool syncNow(); // starts a run; finished() of the runner follows
    bool answerSelected(bool approve, const QString &reason);
    QString message() const;
    QTableView *batchesView() const { return m_batches; }
    QTableWidget *feedsTable() const { return m_feeds; }
    QTableWidget *forwardedTable() const { return m_forwarded; }
    ProgressPanel *progressPanel() const { return m_progress; }

signals:
    void changed(); // a sync brought changes (feeds applied): the other panes refresh

private:
    void showReport(const sync::SyncReport &r);
    void setMessage(const QString &text, bool error);
    void refreshForwarded();
    void startProgress();
    void pollProgress();

    Workspace &m_ws;
    sync::SyncRunner &m_runner;
    QLabel *m_online;
    QLabel *m_depth;
    QLabel *m_oldest;
    QLabel *m_lastSuccess;
    QLabel *m_error;
    QLabel *m_console;
    QLabel *m_keychain;
    QLabel *m_message;
    QPushButton *m_syncButton;
    QPushButton *m_unlockButton;
    QTabWidget *m_tabs;
    QTableView *m_batches;
    SyncBatchModel *m_batchModel;
    QTableWidget *m_feeds;
    QTableWidget *m_forwarded;
    ColumnFitter *m_feedsFit; // the two tables refitted after their rows are set
    ColumnFitter *m_forwardedFit;
    ProgressPanel *m_progress;
    QTimer m_poll;
    qint64 m_startDepth = 0;
    qint64 m_startUnbatched = 0;
};

} // namespace hc
