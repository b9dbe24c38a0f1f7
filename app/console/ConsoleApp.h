#pragma once
#include <QStringList>

namespace hc {

// Start-up of the console: language, database, first-run wizard or sign-in, then the main window.
class ConsoleApp final
{
public:
    static int run(int argc, char **argv);
};

} // namespace hc
