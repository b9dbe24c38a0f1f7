#pragma once
#include <QSize>

class QWidget;

namespace hc {

// A window's first size: what it asks for, within the screen it opens on. A commission workstation may have a
// 1024×700 desktop; a dialog laid out for 1250×820 would open with its buttons off the screen.
void resizeWithinScreen(QWidget *window, QSize wanted);

} // namespace hc
