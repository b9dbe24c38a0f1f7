#pragma once
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <functional>

namespace hc {

// Streams a .tar.gz (ustar, as npm pack writes it) and keeps only the members whose base name is wanted.
class TarGzReader final
{
public:
    // Returns base name → content for each wanted member found.
    static Result<QHash<QString, QByteArray>> extract(const QString &path, const QStringList &wantedBaseNames);
};

} // namespace hc
