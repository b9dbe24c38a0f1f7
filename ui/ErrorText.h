#pragma once
#include "Result.h"

#include <QCoreApplication>

namespace hc {

// An error as the official reads it: the sentence saying what happened and what to do, then, when the core kept
// it, the library's own words (Qt, OpenSSL, the keychain, the database) on a details line for whoever helps.
inline QString errorText(const Error &e)
{
    if (e.detail.isEmpty())
        return e.message;
    return e.message + QLatin1Char('\n') + QCoreApplication::translate("hc::ErrorText", "Details: %1").arg(e.detail);
}

} // namespace hc
