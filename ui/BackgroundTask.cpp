#include "BackgroundTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMetaObject>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>
#include <atomic>

namespace hc {

Status BackgroundTask::run(QWidget *parent, const QString &label, const Work &work)
{
    QProgressDialog dialog(label, QCoreApplication::translate("hc::BackgroundTask", "Cancel"), 0, 100, parent);
    dialog.setObjectName(QStringLiteral("progressDialog"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setValue(0);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> guard(&dialog);
    const auto progress = [cancelled, guard](int percent) {
        QMetaObject::invokeMethod(qApp, [guard, percent] {
            if (guard)
                guard->setValue(std::min(percent, 99));
        });
        return !*cancelled;
    };
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([work, progress] { return work(progress); }));
    loop.exec();
    dialog.setValue(100);
    return watcher.result();
}

} // namespace hc
