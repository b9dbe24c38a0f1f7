#include "CoreProgress.h"

#include <QCoreApplication>

namespace hc::coreprogress {

QString phase(Phase p)
{
    switch (p) {
    case Phase::Tracing:
        return QCoreApplication::translate("hc::CoreProgress", "Tracing the holders the batch names");
    case Phase::CheckingRows:
        return QCoreApplication::translate("hc::CoreProgress", "Checking the rows");
    case Phase::Storing:
        return QCoreApplication::translate("hc::CoreProgress", "Storing the batch");
    case Phase::Applying:
        return QCoreApplication::translate("hc::CoreProgress", "Tracing the contacts and applying the batch");
    case Phase::Reverting:
        return QCoreApplication::translate("hc::CoreProgress", "Voiding the batch's conditions");
    case Phase::Approving:
        return QCoreApplication::translate("hc::CoreProgress", "Carrying out the approved change");
    }
    return {};
}

} // namespace hc::coreprogress
