#include "BackgroundTask.h"
#include "ProgressPanel.h"

#include <QDialog>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace hc {

namespace {

int s_running = 0;

// Closing the dialog (Esc) asks to cancel; it closes when the work is over.
class ProgressDialog final : public QDialog
{
public:
    ProgressDialog(QWidget *parent, ProgressPanel *&panel) : QDialog(parent)
    {
        setObjectName(QStringLiteral("progressDialog"));
        setWindowFlags(Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);
        setWindowModality(Qt::WindowModal);
        panel = m_panel = new ProgressPanel(this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_panel);
        setMinimumWidth(520);
    }
    void reject() override { m_panel->cancel(); }

private:
    ProgressPanel *m_panel;
};

} // namespace

QThreadPool *BackgroundTask::pool()
{
    // A long write, a preview, the holders' counts, the overview, a report and the time update may all run at
    // once.
    static QThreadPool *p = [] {
        auto *pool = new QThreadPool;
        pool->setMaxThreadCount(6);
        pool->setExpiryTimeout(-1);
        return pool;
    }();
    return p;
}

int BackgroundTask::running()
{
    return s_running;
}

BackgroundTask::Outcome BackgroundTask::run(ProgressPanel *panel, const QString &title, const Work &work)
{
    ++s_running;
    panel->start(title);
    const ProgressFn progress = panel->progressFn();
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(pool(), [work, progress] { return work(progress); }));
    loop.exec();
    Outcome out{watcher.result(), panel->isCancelRequested()};
    panel->finish();
    --s_running;
    return out;
}

BackgroundTask::Outcome BackgroundTask::run(QWidget *parent, const QString &title, const Work &work)
{
    ProgressPanel *panel = nullptr;
    ProgressDialog dialog(parent, panel);
    dialog.setWindowTitle(title);
    // Shown only if the work takes a moment: a quick one does not flash a window.
    QTimer::singleShot(300, &dialog, [&dialog] { dialog.show(); });
    const Outcome out = run(panel, title, work);
    dialog.hide();
    return out;
}

} // namespace hc
