#include "TarGzReader.h"

#include <QCoreApplication>
#include <QFile>
#include <cstring>
#include <zlib.h>

namespace hc {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("hc::TarGzReader", s);
}

// Parses tar records from a growing buffer; returns false on a corrupt header.
class TarParser
{
public:
    explicit TarParser(const QStringList &wanted) : m_wanted(wanted) {}
    QHash<QString, QByteArray> files;
    bool finished = false;

    bool feed(QByteArray &buf)
    {
        qsizetype pos = 0;
        while (!finished) {
            if (m_remaining > 0 || m_padding > 0) {
                const qsizetype take = std::min<qsizetype>(buf.size() - pos, m_remaining > 0 ? m_remaining : m_padding);
                if (take <= 0)
                    break;
                if (m_remaining > 0) {
                    if (m_keep)
                        files[m_name].append(buf.constData() + pos, take);
                    m_remaining -= take;
                } else {
                    m_padding -= take;
                }
                pos += take;
                continue;
            }
            if (buf.size() - pos < 512)
                break;
            const char *h = buf.constData() + pos;
            pos += 512;
            bool zero = true;
            for (int i = 0; i < 512 && zero; ++i)
                zero = h[i] == 0;
            if (zero) {
                finished = true;
                break;
            }
            if (std::memcmp(h + 257, "ustar", 5) != 0)
                return false;
            QByteArray name(h, int(qstrnlen(h, 100)));
            QByteArray prefix(h + 345, int(qstrnlen(h + 345, 155)));
            if (!prefix.isEmpty())
                name = prefix + '/' + name;
            bool ok = false;
            const qint64 size = QByteArray(h + 124, int(qstrnlen(h + 124, 12))).trimmed().toLongLong(&ok, 8);
            if (!ok && QByteArray(h + 124, 12).trimmed().size() > 0)
                return false;
            const char type = h[156];
            m_remaining = size;
            m_padding = (512 - size % 512) % 512;
            const QString base = QString::fromUtf8(name).section(QLatin1Char('/'), -1);
            m_keep = (type == '0' || type == 0) && m_wanted.contains(base);
            m_name = base;
            if (m_keep)
                files[base].reserve(size);
        }
        buf.remove(0, pos);
        return true;
    }

private:
    QStringList m_wanted;
    qint64 m_remaining = 0;
    qint64 m_padding = 0;
    bool m_keep = false;
    QString m_name;
};

} // namespace

Result<QHash<QString, QByteArray>> TarGzReader::extract(const QString &path, const QStringList &wanted)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Cannot read %1: %2").arg(path, f.errorString()));
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return Error::internal(QStringLiteral("inflateInit2 failed"));
    TarParser parser(wanted);
    QByteArray in(1 << 20, Qt::Uninitialized);
    QByteArray out(4 << 20, Qt::Uninitialized);
    QByteArray pending;
    int zr = Z_OK;
    while (!parser.finished && zr != Z_STREAM_END) {
        const qint64 n = f.read(in.data(), in.size());
        if (n <= 0)
            break;
        zs.next_in = reinterpret_cast<Bytef *>(in.data());
        zs.avail_in = uInt(n);
        while (zs.avail_in > 0 && zr != Z_STREAM_END) {
            zs.next_out = reinterpret_cast<Bytef *>(out.data());
            zs.avail_out = uInt(out.size());
            zr = inflate(&zs, Z_NO_FLUSH);
            if (zr != Z_OK && zr != Z_STREAM_END) {
                inflateEnd(&zs);
                return Error::badInput(tr("%1 is not a valid gzip file.").arg(path));
            }
            pending.append(out.constData(), out.size() - zs.avail_out);
            if (!parser.feed(pending)) {
                inflateEnd(&zs);
                return Error::badInput(tr("%1 is not a valid tar archive.").arg(path));
            }
        }
    }
    inflateEnd(&zs);
    if (zr != Z_STREAM_END && !parser.finished)
        return Error::badInput(tr("%1 is truncated.").arg(path));
    return parser.files;
}

} // namespace hc
