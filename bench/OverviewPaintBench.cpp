// hc-bench-gui overview-paint DB: what the official sees — the overview pane from its construction to the first
// frame painted with the figures, and the longest the event loop is held meanwhile (a 5 ms timer's late ticks),
// on the offscreen platform; next to the bare SQL of the same figures. Needs the GUI build.
#include "BenchSupport.h"
#include "Figures.h"
#include "OverviewPane.h"
#include "Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <sys/resource.h>

using namespace hc;
using namespace hc::bench;

namespace {

// The first paint of the pane after its figures arrived.
class PaintWatch final : public QObject
{
public:
    bool armed = false;
    double paintedAt = -1;
    double firstPaint = -1; // any frame, the "loading…" one included
    double loadedAt = -1;
    QElapsedTimer *clock = nullptr;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && firstPaint < 0)
            firstPaint = elapsedMs(*clock);
        if (armed && e->type() == QEvent::Paint && paintedAt < 0) {
            const bool r = QObject::eventFilter(o, e);
            paintedAt = elapsedMs(*clock);
            return r;
        }
        return false;
    }
};

} // namespace

namespace hc::bench {
int paneStall(const Args &a); // PaneStallBench.cpp
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("pane-stall")) {
        QString error;
        const auto a = Args::parse(args.mid(1), &error);
        if (!a || a->positional.isEmpty())
            return usage(QStringLiteral("pane-stall DB [--user NAME] [--admin NAME] [--ops open,sync,holders,national,preview,apply,approve,revert[,case-import]] [--case-rows N] "
                                        "[--server PATH/hc-platform] [--sync-events N] [--holders N] [--county C] [--list JSON] "
                                        "[--shots DIR] [--lang zh_CN|zh_TW|en] [--verbose 1]   (password: HCCTL_PASSWORD; changes DB: give it a copy)"));
        return paneStall(*a);
    }
    if (args.value(0) != QLatin1String("overview-paint") || args.size() < 2)
        return usage(QStringLiteral("overview-paint DB [--user NAME] [--reps N]   (password: HCCTL_PASSWORD)"));
    QString error;
    const auto a = Args::parse(args.mid(1), &error);
    if (!a)
        return usage(error);
    Workspace ws(a->arg(0));
    if (Status s = ws.open(); !s)
        return fail(s.error().message);
    if (Status s = ws.signIn(a->options.value(QStringLiteral("user"), QStringLiteral("bench")), qEnvironmentVariable("HCCTL_PASSWORD")); !s)
        return fail(s.error().message);
    // The overview of the official's own jurisdiction (hcctl user roles … --jurisdiction sets it).
    if (!ws.official())
        return fail(QStringLiteral("no official"));
    const QString jurisdiction = reports::Figures::prefixOf(ws.official()->jurisdiction);
    const int reps = a->intOption(QStringLiteral("reps"), 5);
    RawConnection raw(a->arg(0));

    QList<double> firstFrames, stalls, bare, anyFrame, loaded;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer clock;
        double lastTick = 0, worst = 0;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const double now = elapsedMs(clock);
            worst = std::max(worst, now - lastTick - 5);
            lastTick = now;
        });
        PaintWatch watch;
        watch.clock = &clock;
        clock.start();
        ticker.start();
        OverviewPane pane(ws);
        pane.installEventFilter(&watch);
        QObject::connect(&pane, &OverviewPane::loaded, [&] { watch.armed = true; watch.loadedAt = elapsedMs(clock); pane.update(); });
        pane.resize(1400, 860);
        pane.show();
        pane.refresh();
        while (watch.paintedAt < 0 && clock.elapsed() < 60000)
            app.processEvents(QEventLoop::WaitForMoreEvents, 5);
        const double first = watch.paintedAt;
        // A little longer: the charts' and the table's follow-up work counts towards the stall too.
        while (clock.elapsed() < first + 300)
            app.processEvents(QEventLoop::WaitForMoreEvents, 5);
        ticker.stop();
        firstFrames << first;
        anyFrame << watch.firstPaint;
        loaded << watch.loadedAt;
        stalls << worst;
        bare << bareOverview(raw.db(), jurisdiction, ws.clock().now().toSecsSinceEpoch(), 30);
    }
    const Stats f = Stats::of(firstFrames), s = Stats::of(stalls), b = Stats::of(bare);
    report(QStringLiteral("overview pane, construction to the first frame with the figures (%1)").arg(ws.official()->jurisdiction.isEmpty() ? QStringLiteral("whole country") : ws.official()->jurisdiction),
           fixed(f.median), QStringLiteral("ms"),
           QStringLiteral("bare SQL of the same figures %1 ms; target < 300 ms").arg(fixed(b.median)),
           QStringLiteral("max %1 ms over %2 runs").arg(fixed(f.max)).arg(reps));
    note(QStringLiteral("first frame of any kind (\"loading…\") %1 ms; figures arrived from the worker at %2 ms")
             .arg(fixed(Stats::of(anyFrame).median), fixed(Stats::of(loaded).median)));
    report(QStringLiteral("overview pane, longest the event loop was held"), fixed(s.max), QStringLiteral("ms"),
           QStringLiteral("target ≤ 50 ms"), QStringLiteral("median of the runs' worst %1 ms").arg(fixed(s.median)));
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    note(QStringLiteral("peak RSS %1 MB").arg(u.ru_maxrss / 1024));
    return 0;
}
