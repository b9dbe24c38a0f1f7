#pragma once
#include "Result.h"

#include <QString>
#include <QWidget>
#include <functional>

namespace hc {

// Runs long work (imports) off the GUI thread with a progress dialog and a cancel button. The work receives a
// progress callback returning false once the official cancelled; it must then leave the database unchanged.
class BackgroundTask final
{
public:
    using Work = std::function<Status(const std::function<bool(int)> &progress)>;
    static Status run(QWidget *parent, const QString &label, const Work &work);
};

} // namespace hc
