#pragma once
#include <QStringList>

namespace hc::cli {

class Cli final
{
public:
    // Exit 0 done, 1 refused or a check failed, 2 bad input or usage.
    static int run(const QStringList &args);
    static QString help();
};

} // namespace hc::cli
