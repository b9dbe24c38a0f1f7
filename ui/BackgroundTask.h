#pragma once
#include "Progress.h"
#include "Result.h"

#include <QString>
#include <QWidget>
#include <functional>

class QThreadPool;

namespace hc {

class ProgressPanel;

// Runs long work (imports, batches, approvals) off the GUI thread and waits for it with the event loop
// running: the console never freezes. Progress is shown in a ProgressPanel — the caller's own (inline in a
// pane), or a window-modal dialog ("progressDialog") that appears after 300 ms — with 取消 while nothing is
// written yet. The work runs on a thread of its own pool (threads that stay, so each keeps its database
// connection) and receives the progress callback; after a cancel it must leave the database unchanged.
class BackgroundTask final
{
public:
    using Work = std::function<Status(const ProgressFn &progress)>;

    struct Outcome
    {
        Status status = Ok{};
        bool cancelled = false; // the official pressed 取消 (the work may still have finished)
    };
    static Outcome run(QWidget *parent, const QString &title, const Work &work);
    static Outcome run(ProgressPanel *panel, const QString &title, const Work &work);

    // How many tasks run now: time-driven writes wait while one does.
    static int running();
    // The pool the work runs on; also for the panes' own background reads (its threads never expire, so each
    // keeps its database connection: Database keys connections by thread id, which a new thread could reuse).
    static QThreadPool *pool();
};

} // namespace hc
