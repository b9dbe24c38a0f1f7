#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hc::reports {

// A deterministic zip: the same members, bytes and timestamp always give the same archive. Local headers,
// central directory and end record only (no zip64, no extra fields, no data descriptors); names UTF-8 (flag
// bit 11); deflate (raw, zlib) unless it does not shrink the member, then stored; every member gets the one
// DOS timestamp given, read in UTC+8, and Unix mode 0644.
class ZipWriter
{
public:
    explicit ZipWriter(const QDateTime &timestamp);

    // Names are written as given: the caller checks them (ZipReader::checkName).
    void add(const QString &name, const QByteArray &data);
    // The archive; empty when it would need zip64 (over 4 GiB or 65,535 members): error() says so.
    QByteArray finish();
    QString error() const { return m_error; }

private:
    struct Entry
    {
        QByteArray name; // UTF-8
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
        quint16 method = 0;
    };
    void putEntryFields(const Entry &e);

    QByteArray m_out;
    QList<Entry> m_entries;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    QString m_error;
};

} // namespace hc::reports
