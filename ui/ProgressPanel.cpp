#include "ProgressPanel.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <atomic>

namespace hc {

namespace {

QMutex s_hookMutex;
std::function<void(const ProgressStep &)> s_workerHook;

} // namespace

// One run's state, shared with the worker's callback: the latest step not drawn yet, and the official's
// cancel.
struct ProgressPanel::Shared
{
    QMutex mutex;
    ProgressStep latest;
    bool pending = false; // a draw is posted to the GUI thread and has not taken `latest` yet
    std::atomic_bool cancelled{false};
    QPointer<ProgressPanel> panel; // read on the GUI thread only
};

ProgressPanel::ProgressPanel(QWidget *parent) : QWidget(parent), m_shared(std::make_shared<Shared>())
{
    setObjectName(QStringLiteral("progressPanel"));
    m_shared->panel = this;
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("progressTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: 600"));
    m_title->setWordWrap(true);
    m_phase = new QLabel;
    m_phase->setObjectName(QStringLiteral("progressPhase"));
    m_phase->setWordWrap(true);
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("progressCounts"));
    m_counts->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_elapsed = new QLabel;
    m_elapsed->setObjectName(QStringLiteral("progressElapsed"));
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_elapsed->setStyleSheet(QStringLiteral("color: #606060"));
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(true);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("progressCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ProgressPanel::cancel);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(12);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_elapsed, 0, 1);
    grid->addWidget(m_phase, 1, 0);
    grid->addWidget(m_counts, 1, 1);
    grid->addWidget(m_bar, 2, 0);
    grid->addWidget(m_cancel, 2, 1);
    grid->setColumnStretch(0, 1);

    m_elapsedTimer.setInterval(250);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &ProgressPanel::showElapsed);
    hide();
}

ProgressPanel::~ProgressPanel()
{
    // A worker still running answers "cancelled" from now on; its steps are not drawn any more.
    m_shared->cancelled = true;
}

void ProgressPanel::start(const QString &title, const QString &firstPhase)
{
    m_shared->cancelled = true; // a worker of an earlier run stops drawing here and is told to stop
    m_shared = std::make_shared<Shared>();
    m_shared->panel = this;
    m_running = true;
    m_clock.start();
    m_title->setText(title);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stops the operation; nothing has been changed yet."));
    setStep(ProgressStep{firstPhase.isEmpty() ? tr("Starting…") : firstPhase, 0, 0, 0, true});
    showElapsed();
    m_elapsedTimer.start();
    show();
}

void ProgressPanel::finish()
{
    m_running = false;
    m_elapsedTimer.stop();
    hide();
}

ProgressFn ProgressPanel::progressFn() const
{
    std::shared_ptr<Shared> shared = m_shared;
    return [shared](const ProgressStep &s) {
        bool post = false;
        {
            QMutexLocker lock(&shared->mutex);
            shared->latest = s;
            if (!shared->pending)
                shared->pending = post = true;
        }
        if (post)
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [shared] {
                    ProgressStep step;
                    {
                        QMutexLocker lock(&shared->mutex);
                        step = shared->latest;
                        shared->pending = false;
                    }
                    if (shared->panel && shared->panel->m_shared == shared && shared->panel->m_running)
                        shared->panel->setStep(step);
                },
                Qt::QueuedConnection);
        std::function<void(const ProgressStep &)> hook;
        {
            QMutexLocker lock(&s_hookMutex);
            hook = s_workerHook;
        }
        if (hook)
            hook(s);
        return !shared->cancelled.load();
    };
}

std::function<bool(int)> ProgressPanel::percentFn(const ProgressFn &fn, const QString &phase)
{
    if (!fn)
        return {};
    return [fn, phase](int percent) {
        return fn(ProgressStep{phase, 0, 0, std::clamp(percent, 0, 100), true});
    };
}

void ProgressPanel::setWorkerHook(std::function<void(const ProgressStep &)> hook)
{
    QMutexLocker lock(&s_hookMutex);
    s_workerHook = std::move(hook);
}

void ProgressPanel::cancel()
{
    if (!m_running || m_shared->cancelled || !m_step.cancellable)
        return;
    m_shared->cancelled = true;
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancelling…"));
    m_cancel->setToolTip(tr("The operation stops at its next step and changes nothing."));
    emit cancelled();
}

void ProgressPanel::abandon()
{
    m_shared->cancelled = true;
    finish();
}

bool ProgressPanel::isCancelRequested() const
{
    return m_running && m_shared->cancelled;
}

void ProgressPanel::setStep(const ProgressStep &s)
{
    m_step = s;
    m_phase->setText(s.phase.isEmpty() ? tr("Working…") : s.phase);
    m_counts->setText(counts(s.done, s.total));
    if (s.percent <= 0) {
        m_bar->setRange(0, 0); // no share of the whole known yet: a moving bar, not one standing at 0 %
    } else {
        m_bar->setRange(0, 100);
        m_bar->setValue(std::clamp(s.percent, 0, 100));
    }
    if (!m_shared->cancelled) {
        m_cancel->setEnabled(s.cancellable);
        m_cancel->setToolTip(
            s.cancellable ? tr("Stops the operation; nothing has been changed yet.")
                          : tr("Changes are being written: the operation can no longer be cancelled."));
    }
    emit stepShown(s);
}

QString ProgressPanel::counts(qint64 done, qint64 total)
{
    static const QLocale grouped(QLocale::Chinese,
                                 QLocale::China); // 12,345 whatever the workstation's locale
    if (total > 0)
        return QStringLiteral("%1 / %2").arg(grouped.toString(done), grouped.toString(total));
    if (done > 0)
        return grouped.toString(done);
    return {};
}

QString ProgressPanel::title() const
{
    return m_title->text();
}

QString ProgressPanel::phaseText() const
{
    return m_phase->text();
}

QString ProgressPanel::countText() const
{
    return m_counts->text();
}

QString ProgressPanel::elapsedText() const
{
    return m_elapsed->text();
}

double ProgressPanel::elapsedSeconds() const
{
    return m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0;
}

void ProgressPanel::showElapsed()
{
    const qint64 s = m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
    m_elapsed->setText(tr("Elapsed %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
}

} // namespace hc
