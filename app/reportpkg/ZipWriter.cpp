#include "ZipWriter.h"

#include "TimeUtil.h"

#include <QCoreApplication>
#include <QtEndian>

#include <limits>
#include <optional>
#include <zlib.h>

namespace hc::reports {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("hc::reports::ZipWriter", s);
}

constexpr quint16 kVersion = 20;                 // 2.0: deflate
constexpr quint16 kMadeBy = (3 << 8) | kVersion; // Unix, so the external attributes are a mode
constexpr quint16 kUtf8Flag = 1 << 11;           // names are UTF-8
constexpr quint32 kMode0644 = (0100644u << 16);  // regular file, rw-r--r--
constexpr quint64 kMax32 = std::numeric_limits<quint32>::max();

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// Raw deflate (no zlib header: zip wants the bare stream), level 6, fixed parameters: deterministic.
std::optional<QByteArray> rawDeflate(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    const uLong bound = deflateBound(&z, uLong(data.size()));
    if (bound > kMax32) { // one deflate call takes a 32-bit output size: such a member is stored
        deflateEnd(&z);
        return std::nullopt;
    }
    QByteArray out(qsizetype(bound), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    const qsizetype written = qsizetype(z.total_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return std::nullopt;
    out.truncate(written);
    return out;
}

} // namespace

ZipWriter::ZipWriter(const QDateTime &timestamp)
{
    // DOS time has no zone: the recipient's unzip shows the commission's wall clock, UTC+8.
    QDateTime t = timestamp.toTimeZone(time::chinaZone());
    const QDate d = t.date();
    if (!t.isValid() || d.year() < 1980)
        t = QDateTime(QDate(1980, 1, 1), QTime(0, 0), time::chinaZone());
    else if (d.year() > 2107)
        t = QDateTime(QDate(2107, 12, 31), QTime(23, 59, 58), time::chinaZone());
    m_dosTime = quint16((t.time().hour() << 11) | (t.time().minute() << 5) | (t.time().second() / 2));
    m_dosDate = quint16(((t.date().year() - 1980) << 9) | (t.date().month() << 5) | t.date().day());
}

void ZipWriter::add(const QString &name, const QByteArray &data)
{
    if (!m_error.isEmpty())
        return;
    Entry e;
    e.name = name.toUtf8();
    if (quint64(data.size()) > kMax32 || e.name.size() > 0xffff || m_entries.size() >= 0xffff) {
        m_error = tr("The archive would need zip64 (a member over 4 GiB or more than 65,535 members).");
        return;
    }
    e.crc = quint32(crc32_z(crc32_z(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()),
                            z_size_t(data.size())));
    e.size = quint32(data.size());
    const std::optional<QByteArray> deflated = data.isEmpty() ? std::nullopt : rawDeflate(data);
    const bool store = !deflated || deflated->size() >= data.size();
    e.method = store ? 0 : 8;
    const QByteArray &body = store ? data : *deflated;
    e.compressedSize = quint32(body.size());
    if (quint64(m_out.size()) + 30 + quint64(e.name.size()) + quint64(body.size()) > kMax32) {
        m_error = tr("The archive would need zip64 (over 4 GiB).");
        return;
    }
    e.offset = quint32(m_out.size());

    put32(m_out, 0x04034b50); // local file header
    putEntryFields(e);
    put16(m_out, 0); // no extra field
    m_out.append(e.name);
    m_out.append(body);
    m_entries.append(std::move(e));
}

// The fields a local header and its central directory header share, in the same order.
void ZipWriter::putEntryFields(const Entry &e)
{
    put16(m_out, kVersion);
    put16(m_out, kUtf8Flag);
    put16(m_out, e.method);
    put16(m_out, m_dosTime);
    put16(m_out, m_dosDate);
    put32(m_out, e.crc);
    put32(m_out, e.compressedSize);
    put32(m_out, e.size);
    put16(m_out, quint16(e.name.size()));
}

QByteArray ZipWriter::finish()
{
    if (!m_error.isEmpty())
        return {};
    const quint64 cdOffset = quint64(m_out.size());
    for (const Entry &e : std::as_const(m_entries)) {
        put32(m_out, 0x02014b50); // central directory header
        put16(m_out, kMadeBy);
        putEntryFields(e);
        put16(m_out, 0); // extra
        put16(m_out, 0); // comment
        put16(m_out, 0); // disk
        put16(m_out, 0); // internal attributes
        put32(m_out, kMode0644);
        put32(m_out, e.offset);
        m_out.append(e.name);
    }
    const quint64 cdSize = quint64(m_out.size()) - cdOffset;
    if (cdOffset + cdSize > kMax32) {
        m_error = tr("The archive would need zip64 (over 4 GiB).");
        return {};
    }
    put32(m_out, 0x06054b50); // end of central directory
    put16(m_out, 0);
    put16(m_out, 0);
    put16(m_out, quint16(m_entries.size()));
    put16(m_out, quint16(m_entries.size()));
    put32(m_out, quint32(cdSize));
    put32(m_out, quint32(cdOffset));
    put16(m_out, 0); // no comment
    QByteArray out = std::move(m_out);
    m_out.clear();
    m_entries.clear();
    return out;
}

} // namespace hc::reports
