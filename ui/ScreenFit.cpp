#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace hc {

void resizeWithinScreen(QWidget *window, QSize wanted)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        // The frame (title bar, borders) is drawn outside the widget's size: leave it room.
        const QSize room = screen->availableGeometry().size() - QSize(16, 40);
        wanted = wanted.boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room));
    }
    window->resize(wanted);
}

} // namespace hc
