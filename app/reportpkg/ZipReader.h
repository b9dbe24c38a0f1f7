#pragma once
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hc::reports {

struct ZipEntry
{
    QString name;
    QByteArray data;
};

// What a reader accepts at most, all sizes uncompressed: a zip from outside never costs more memory than
// this.
struct ZipLimits
{
    int maxEntries = 64;
    qint64 maxEntryBytes = qint64(64) << 20;
    qint64 maxTotalBytes = qint64(256) << 20;
};

// Reads a whole zip held in memory, bounded and in one pass over its central directory: stored and deflated
// members only, each checked against its local header, its CRC-32 and its declared size (inflation stops at
// the declared size, so a bomb costs no more than the limits). Refuses zip64, split archives, encryption,
// directories, links, unsafe or duplicate names, overlapping members and anything past the limits; the
// errors (BadInput) say why in words.
class ZipReader
{
public:
    static Result<QList<ZipEntry>> read(const QByteArray &zip, const ZipLimits &limits = {});

    // A member name safe to extract anywhere: relative, '/'-separated, no "." or ".." component, no empty
    // component, no backslash, no drive letter, no control character, not a directory.
    static Status checkName(const QString &name);
};

} // namespace hc::reports
