#pragma once
#include "DatabaseLocation.h"
#include "Result.h"

#include <QString>

namespace hc {

// The database this workstation's console opens when no --db is given: a path or a postgresql:// address kept in
// the console's settings (never a password: that stays in the keychain).
class SavedLocation final
{
public:
    static QString load();
    // Checked as --db is (DatabaseLocation::parse) before it is kept.
    static Status save(const QString &location);
    // Nothing chosen yet and no database at the default place: the first-run wizard asks where the data live.
    static bool firstStart();
    // What the console opens: the command line's choice, the saved one, or the default file.
    static QString resolve(const QString &commandLine);
};

} // namespace hc
