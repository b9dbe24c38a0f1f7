#include "ZipReader.h"

#include <QCoreApplication>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <zlib.h>

namespace hc::reports {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("hc::reports::ZipReader", s);
}

constexpr quint32 kLocalSig = 0x04034b50;
constexpr quint32 kCentralSig = 0x02014b50;
constexpr quint32 kEndSig = 0x06054b50;
constexpr quint32 kZip64LocatorSig = 0x07064b50;
constexpr quint32 kDescriptorSig = 0x08074b50;
constexpr qsizetype kEndSize = 22;
constexpr qsizetype kEndSearch = kEndSize + 0xffff; // 65,557: the end record plus the longest comment
constexpr qsizetype kLocalSize = 30;
constexpr qsizetype kCentralSize = 46;
constexpr quint16 kFlagEncrypted = 1 << 0;
constexpr quint16 kFlagDescriptor = 1 << 3;
constexpr quint16 kFlagStrongEncryption = 1 << 6;
constexpr quint16 kExtraZip64 = 0x0001;

// Little-endian fields at an offset the caller has bounds-checked.
quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

struct Central
{
    QString name;
    QByteArray rawName;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;
    quint32 offset = 0;
};

Error bad(const QString &message)
{
    return Error::badInput(message);
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// True when an extra field block names a zip64 record (its sizes would be elsewhere).
bool hasZip64Extra(const QByteArray &zip, qsizetype at, qsizetype length)
{
    const qsizetype end = at + length;
    while (at + 4 <= end) {
        const quint16 id = u16(zip, at);
        const quint16 size = u16(zip, at + 2);
        if (id == kExtraZip64)
            return true;
        at += 4 + size;
    }
    return false;
}

bool isDirectoryOrLink(quint16 madeBy, quint32 externalAttrs)
{
    if (externalAttrs & 0x10) // MS-DOS directory bit
        return true;
    if ((madeBy >> 8) != 3) // only Unix hosts put a mode in the high half
        return false;
    const quint32 type = (externalAttrs >> 16) & 0170000;
    return type == 0040000 || type == 0120000; // directory, symbolic link
}

quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32_z(crc32_z(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()),
                           z_size_t(data.size())));
}

// Raw inflate into exactly `size` bytes: more output than declared is a bomb (or a lie), less is damage.
Result<QByteArray> inflateCapped(const Central &c, const char *data)
{
    QByteArray out(qsizetype(c.size), Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK)
        return Error::internal(QCoreApplication::translate("hc::reports::ZipReader", "The decompressor cannot start."));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(c.compressedSize);
    char spare = 0;
    z.next_out = c.size ? reinterpret_cast<Bytef *>(out.data()) : reinterpret_cast<Bytef *>(&spare);
    z.avail_out = uInt(c.size);
    int rc = inflate(&z, Z_FINISH);
    if (rc != Z_STREAM_END && rc != Z_DATA_ERROR && z.avail_out == 0) {
        // The declared size is full but the stream goes on: one byte more tells a bomb from a cut-off stream.
        z.next_out = reinterpret_cast<Bytef *>(&spare);
        z.avail_out = 1;
        rc = inflate(&z, Z_FINISH);
    }
    const uLong produced = z.total_out;
    const uInt leftIn = z.avail_in;
    inflateEnd(&z);
    if (produced > c.size)
        return bad(
            QCoreApplication::translate("hc::reports::ZipReader", "The zip member %1 inflates to more than its declared %2 bytes (a zip bomb or a forged size).")
                .arg(quoted(c.name))
                .arg(c.size));
    if (rc != Z_STREAM_END)
        return bad(QCoreApplication::translate("hc::reports::ZipReader", "The compressed data of the zip member %1 is damaged or cut off.").arg(quoted(c.name)));
    if (produced != c.size)
        return bad(QCoreApplication::translate("hc::reports::ZipReader", "The zip member %1 inflates to %2 bytes, not the %3 its headers declare.")
                       .arg(quoted(c.name))
                       .arg(produced)
                       .arg(c.size));
    if (leftIn != 0)
        return bad(QCoreApplication::translate("hc::reports::ZipReader", "Bytes follow the compressed data of the zip member %1.").arg(quoted(c.name)));
    return out;
}

} // namespace

Status ZipReader::checkName(const QString &name)
{
    if (name.isEmpty())
        return bad(tr("A zip member has an empty name."));
    for (const QChar ch : name) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            return bad(tr("The zip member name %1 contains a control character.").arg(quoted(name)));
    }
    if (name.contains(QLatin1Char('\\')))
        return bad(tr("The zip member name %1 contains a backslash.").arg(quoted(name)));
    if (name.startsWith(QLatin1Char('/')) || (name.size() >= 2 && name[1] == QLatin1Char(':')))
        return bad(tr("The zip member name %1 is an absolute path.").arg(quoted(name)));
    if (name.endsWith(QLatin1Char('/')))
        return bad(
            tr("The zip member %1 is a directory; a report package holds files only.").arg(quoted(name)));
    for (const QStringView part : QStringView(name).split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return bad(tr("The zip member name %1 climbs out of the folder with \"..\".").arg(quoted(name)));
        if (part.isEmpty() || part == QLatin1String("."))
            return bad(tr("The zip member name %1 is not a plain relative path.").arg(quoted(name)));
    }
    return Ok{};
}

Result<QList<ZipEntry>> ZipReader::read(const QByteArray &zip, const ZipLimits &limits)
{
    const qsizetype size = zip.size();
    if (size < kEndSize)
        return bad(tr("This is not a zip archive: it is too short."));
    // The end record: searched backwards over at most the last 65,557 bytes, its comment reaching the end.
    qsizetype end = -1;
    for (qsizetype at = size - kEndSize; at >= std::max<qsizetype>(0, size - kEndSearch); --at) {
        if (u32(zip, at) == kEndSig && at + kEndSize + u16(zip, at + 20) == size) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return bad(tr("This is not a zip archive: it has no end of central directory record."));
    if (end >= 20 && u32(zip, end - 20) == kZip64LocatorSig)
        return bad(tr("The archive is a zip64 archive, which is not supported."));
    const quint16 disk = u16(zip, end + 4), cdDisk = u16(zip, end + 6);
    const quint16 countHere = u16(zip, end + 8), count = u16(zip, end + 10);
    const quint32 cdSize = u32(zip, end + 12), cdOffset = u32(zip, end + 16);
    if (count == 0xffff || cdSize == 0xffffffff || cdOffset == 0xffffffff)
        return bad(tr("The archive is a zip64 archive, which is not supported."));
    if (disk != 0 || cdDisk != 0 || countHere != count)
        return bad(tr("The archive is split over several disks, which is not supported."));
    if (count > limits.maxEntries)
        return bad(
            tr("The archive has %1 members, more than the %2 allowed.").arg(count).arg(limits.maxEntries));
    if (qint64(cdOffset) + qint64(cdSize) != qint64(end))
        return bad(tr("The central directory of the archive is not where its end record says."));

    // The central directory, one record after the other.
    QList<Central> entries;
    QSet<QString> names, foldedNames;
    qint64 total = 0;
    qsizetype at = cdOffset;
    for (int i = 0; i < count; ++i) {
        if (at + kCentralSize > end || u32(zip, at) != kCentralSig)
            return bad(tr("The central directory of the archive is damaged."));
        const quint16 madeBy = u16(zip, at + 4);
        Central c;
        c.flags = u16(zip, at + 8);
        c.method = u16(zip, at + 10);
        c.crc = u32(zip, at + 16);
        c.compressedSize = u32(zip, at + 20);
        c.size = u32(zip, at + 24);
        const quint16 nameLen = u16(zip, at + 28), extraLen = u16(zip, at + 30),
                      commentLen = u16(zip, at + 32);
        const quint32 externalAttrs = u32(zip, at + 38);
        c.offset = u32(zip, at + 42);
        const qsizetype next = at + kCentralSize + nameLen + extraLen + commentLen;
        if (next > end)
            return bad(tr("The central directory of the archive is damaged."));
        c.rawName = zip.mid(at + kCentralSize, nameLen);
        c.name = QString::fromUtf8(c.rawName);
        if (c.name.toUtf8() != c.rawName) // invalid sequences came back as U+FFFD
            return bad(tr("A zip member name is not valid UTF-8."));
        if (Status s = checkName(c.name); !s)
            return s.error();
        if (c.flags & (kFlagEncrypted | kFlagStrongEncryption) || c.method == 99)
            return bad(tr("The zip member %1 is encrypted, which is not supported.").arg(quoted(c.name)));
        if (c.compressedSize == 0xffffffff || c.size == 0xffffffff || c.offset == 0xffffffff ||
            hasZip64Extra(zip, at + kCentralSize + nameLen, extraLen))
            return bad(tr("The zip member %1 uses zip64, which is not supported.").arg(quoted(c.name)));
        if (c.method != 0 && c.method != 8)
            return bad(tr("The zip member %1 uses compression method %2; only stored (0) and deflate (8) are "
                          "supported.")
                           .arg(quoted(c.name))
                           .arg(c.method));
        if (isDirectoryOrLink(madeBy, externalAttrs))
            return bad(tr("The zip member %1 is a directory or a link; a report package holds files only.")
                           .arg(quoted(c.name)));
        // Case-insensitive file systems (Windows, macOS) would extract two names differing in case as one.
        if (names.contains(c.name) || foldedNames.contains(c.name.toCaseFolded()))
            return bad(tr("The zip member name %1 appears twice.").arg(quoted(c.name)));
        names.insert(c.name);
        foldedNames.insert(c.name.toCaseFolded());
        if (qint64(c.size) > limits.maxEntryBytes)
            return bad(tr("The zip member %1 is %2 bytes uncompressed, more than the %3 allowed.")
                           .arg(quoted(c.name))
                           .arg(c.size)
                           .arg(limits.maxEntryBytes));
        total += c.size;
        if (total > limits.maxTotalBytes)
            return bad(
                tr("The archive is more than the %1 bytes allowed uncompressed.").arg(limits.maxTotalBytes));
        if (c.method == 0 && c.compressedSize != c.size)
            return bad(tr("The stored zip member %1 has different compressed and uncompressed sizes.")
                           .arg(quoted(c.name)));
        entries.append(std::move(c));
        at = next;
    }
    if (at != end)
        return bad(tr("The central directory of the archive holds more than its end record counts."));

    // Each member's local header and data, which must agree with the central directory and not overlap.
    QList<std::pair<qint64, qint64>> spans;
    QList<qint64> dataStarts;
    for (const Central &c : std::as_const(entries)) {
        const qint64 local = c.offset;
        if (local + kLocalSize > cdOffset || u32(zip, local) != kLocalSig)
            return bad(
                tr("The local header of the zip member %1 is missing or damaged.").arg(quoted(c.name)));
        const quint16 flags = u16(zip, local + 6), method = u16(zip, local + 8);
        const quint32 crc = u32(zip, local + 14), compressedSize = u32(zip, local + 18),
                      size = u32(zip, local + 22);
        const quint16 nameLen = u16(zip, local + 26), extraLen = u16(zip, local + 28);
        const qint64 dataStart = local + kLocalSize + nameLen + extraLen;
        const qint64 dataEnd = dataStart + c.compressedSize;
        if (dataEnd > cdOffset)
            return bad(
                tr("The data of the zip member %1 runs past the end of the archive.").arg(quoted(c.name)));
        if (zip.mid(local + kLocalSize, nameLen) != c.rawName)
            return bad(tr("The local and central headers of the zip member %1 name different files.")
                           .arg(quoted(c.name)));
        if (hasZip64Extra(zip, local + kLocalSize + nameLen, extraLen))
            return bad(tr("The zip member %1 uses zip64, which is not supported.").arg(quoted(c.name)));
        if (flags & (kFlagEncrypted | kFlagStrongEncryption))
            return bad(tr("The zip member %1 is encrypted, which is not supported.").arg(quoted(c.name)));
        if (method != c.method || (flags & kFlagDescriptor) != (c.flags & kFlagDescriptor))
            return bad(
                tr("The local and central headers of the zip member %1 disagree.").arg(quoted(c.name)));
        qint64 recordEnd = dataEnd;
        if (flags & kFlagDescriptor) {
            // Sizes after the data: the descriptor (signature optional) must give the central directory's.
            qint64 d = dataEnd;
            if (d + 4 <= cdOffset && u32(zip, d) == kDescriptorSig)
                d += 4;
            if (d + 12 > cdOffset)
                return bad(tr("The data descriptor of the zip member %1 is missing.").arg(quoted(c.name)));
            if (u32(zip, d) != c.crc || u32(zip, d + 4) != c.compressedSize || u32(zip, d + 8) != c.size)
                return bad(tr("The data descriptor of the zip member %1 gives other sizes or CRC than the "
                              "central directory.")
                               .arg(quoted(c.name)));
            if ((crc || compressedSize || size) &&
                (crc != c.crc || compressedSize != c.compressedSize || size != c.size))
                return bad(
                    tr("The local and central headers of the zip member %1 give different sizes or CRC.")
                        .arg(quoted(c.name)));
            recordEnd = d + 12;
        } else if (crc != c.crc || compressedSize != c.compressedSize || size != c.size) {
            return bad(tr("The local and central headers of the zip member %1 give different sizes or CRC.")
                           .arg(quoted(c.name)));
        }
        spans.append({local, recordEnd});
        dataStarts.append(dataStart);
    }
    // Members sharing bytes multiply a small archive into a large one (overlapping-file bombs): refused
    // before anything is inflated.
    std::sort(spans.begin(), spans.end());
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (spans[i].first < spans[i - 1].second)
            return bad(tr("Two zip members share the same bytes, which is refused."));
    }

    QList<ZipEntry> out;
    out.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Central &c = entries[i];
        ZipEntry e{c.name, {}};
        if (c.method == 0) {
            e.data = zip.mid(dataStarts[i], c.size);
        } else {
            auto inflated = inflateCapped(c, zip.constData() + dataStarts[i]);
            if (!inflated)
                return inflated.error();
            e.data = std::move(inflated.value());
        }
        if (crcOf(e.data) != c.crc)
            return bad(tr("The zip member %1 is damaged: its CRC-32 does not match.").arg(quoted(c.name)));
        out.append(std::move(e));
    }
    return out;
}

} // namespace hc::reports
