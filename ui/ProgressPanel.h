#pragma once
#include "Progress.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hc {

// What an official sees while a long operation runs: its title, the phase it is in, the items of that phase
// done and their total ("12,345 / 100,000"), the time elapsed, a bar for the whole operation, and 取消 while
// nothing has been written yet (ProgressStep::cancellable). Steps come from any thread through progressFn()
// and are coalesced: the GUI thread draws the latest one, once per turn of its event loop, however often the
// work reports.
class ProgressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPanel)
public:
    explicit ProgressPanel(QWidget *parent = nullptr);
    ~ProgressPanel() override;

    // A new run: the panel shown with the title, the clock at zero, 取消 enabled until a step says otherwise.
    void start(const QString &title, const QString &firstPhase = {});
    // The run is over: the panel hides; the caller says what came of it.
    void finish();
    bool isRunning() const { return m_running; }

    // For the worker (any thread): shows the step, answers false once the official cancelled. Bound to this
    // run.
    ProgressFn progressFn() const;
    // For work that still reports a bare percentage: its steps are shown under `phase`.
    static std::function<bool(int)> percentFn(const ProgressFn &fn, const QString &phase);

    void cancel(); // what 取消 does: the work stops at its next report, if nothing was written yet
    void
    abandon(); // the run is no longer wanted (its view goes away): told to stop whatever it is doing, hidden
    bool isCancelRequested() const;

    void setStep(const ProgressStep &s); // GUI thread
    const ProgressStep &step() const { return m_step; }
    QString title() const;
    QString phaseText() const;
    QString countText() const;
    QString elapsedText() const;
    double elapsedSeconds() const;

    // "12,345 / 100,000", "12,345" (total unknown) or empty.
    static QString counts(qint64 done, qint64 total);

    // Tests: called on the worker's thread with each step before the answer is given (e.g. to hold the worker
    // until the GUI thread has shown the step and the test has pressed 取消). Empty to remove.
    static void setWorkerHook(std::function<void(const ProgressStep &)> hook);

signals:
    void cancelled();
    void stepShown(const hc::ProgressStep &step);

private:
    struct Shared;
    void showElapsed();

    std::shared_ptr<Shared> m_shared;
    ProgressStep m_step;
    bool m_running = false;
    QElapsedTimer m_clock;
    QTimer m_elapsedTimer;
    QLabel *m_title;
    QLabel *m_phase;
    QLabel *m_counts;
    QLabel *m_elapsed;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace hc
