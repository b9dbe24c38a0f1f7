#include "CsvReader.h"
#include "TextDecoder.h"

#include "Limits.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QStringDecoder>
#include <algorithm>
#include <cstring>

namespace hc {

CsvReader::CsvReader(QByteArray data, char delimiter) : m_data(std::move(data)), m_delimiter(delimiter)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    m_malformed = false;
    const qsizetype n = m_data.size();
    // skip blank lines
    while (m_pos < n && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r')) {
        if (m_data[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= n)
        return false;
    m_recordLine = m_line;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    while (m_pos < n) {
        const char c = m_data[m_pos++];
        if (quoted) {
            if (c == '"') {
                if (m_pos < n && m_data[m_pos] == '"') {
                    field.append('"');
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == '"') {
            if (!field.isEmpty() || wasQuoted)
                m_malformed = true;
            quoted = true;
            wasQuoted = true;
        } else if (c == m_delimiter) {
            fields << QString::fromUtf8(field);
            field.clear();
            wasQuoted = false;
            // An unquoted field runs to the next delimiter or line end: taken in one piece (million-row files).
            qsizetype end = m_pos;
            while (end < n && m_data[end] != m_delimiter && m_data[end] != '\n' && m_data[end] != '\r' && m_data[end] != '"')
                ++end;
            field.append(m_data.constData() + m_pos, end - m_pos);
            m_pos = end;
        } else if (c == '\r') {
            // tolerated before \n
        } else if (c == '\n') {
            ++m_line;
            break;
        } else {
            if (wasQuoted)
                m_malformed = true;
            field.append(c);
        }
    }
    if (quoted)
        m_malformed = true;
    fields << QString::fromUtf8(field);
    return true;
}

} // namespace hc

namespace hc {

namespace {

// 2147483648 → "2,147,483,648".
QString groupedNumber(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

// 2147483648 → "2 GiB", 2147483649 → "2.0 GiB".
QString sizeText(qint64 bytes)
{
    static const struct
    {
        qint64 unit;
        const char *name;
    } units[] = {{1LL << 30, "GiB"}, {1LL << 20, "MiB"}, {1LL << 10, "KiB"}};
    for (const auto &u : units)
        if (bytes >= u.unit)
            return QString::number(double(bytes) / double(u.unit), 'f', bytes % u.unit ? 1 : 0) + QLatin1Char(' ') + QLatin1String(u.name);
    return QString::number(bytes) + QLatin1String(" bytes");
}

QString decoderText(const char *text)
{
    return QCoreApplication::translate("hc::TextDecoder", text);
}

bool hasNonAscii(QByteArrayView v)
{
    for (char c : v)
        if (uchar(c) >= 0x80)
            return true;
    return false;
}

// Where a UTF-8 chunk can be cut without splitting a sequence: before a lead byte whose continuation bytes have
// not all arrived.
qsizetype completeUtf8(QByteArrayView v)
{
    qsizetype i = v.size();
    int continuation = 0;
    while (i > 0 && continuation < 4 && (uchar(v[i - 1]) & 0xC0) == 0x80) {
        --i;
        ++continuation;
    }
    if (i == 0)
        return v.size();
    const uchar lead = uchar(v[i - 1]);
    const int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return need > continuation + 1 ? i - 1 : v.size();
}

} // namespace

CsvStream::CsvStream(QIODevice &in, qsizetype chunk) : m_in(in), m_chunk(std::max<qsizetype>(chunk, 1 << 16)) {}
CsvStream::~CsvStream() = default;

Status CsvStream::open(bool gb18030)
{
    if (!m_in.isSequential() && !m_in.seek(0))
        return Error::badInput(QCoreApplication::translate("hc::CsvStream", "Cannot read the file: %1").arg(m_in.errorString()));
    m_decoder.reset();
    m_pending.clear();
    m_buf.clear();
    m_pos = 0;
    m_eof = m_sawNonAscii = m_restart = m_unclosed = false;
    m_rawRead = 0;
    m_line = 1;
    m_recordLine = 0;
    QByteArray raw = m_in.read(m_chunk);
    m_rawRead = raw.size();
    if (m_observer && !raw.isEmpty())
        m_observer(raw.constData(), raw.size());
    const bool last = raw.size() < m_chunk || m_in.atEnd();
    // The same decisions, in the same order, as TextDecoder::decode on the whole file.
    if (raw.isEmpty())
        return Error::badInput(decoderText("The file is empty."));
    if (raw.startsWith("\xEF\xBB\xBF")) {
        m_mode = Mode::Utf8Bom;
        m_encoding = QStringLiteral("UTF-8 (BOM)");
        raw.remove(0, 3);
    } else if (raw.startsWith("\xFF\xFE") || raw.startsWith("\xFE\xFF")) {
        const bool le = raw.startsWith("\xFF\xFE");
        m_mode = Mode::Decoder;
        m_decoder = std::make_unique<QStringDecoder>(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        raw.remove(0, 2);
    } else {
        if (const qsizetype nul = raw.left(1 << 16).indexOf('\0'); nul >= 0)
            return Error::badInput(
                decoderText("This is a binary file (a NUL byte at offset %1), not a text file: save it as CSV.").arg(nul));
        m_mode = Mode::Utf8;
        m_encoding = QStringLiteral("UTF-8");
        if (gb18030) {
            m_mode = Mode::Decoder;
            m_decoder = std::make_unique<QStringDecoder>("GB18030");
            m_encoding = QStringLiteral("GB18030");
            if (!m_decoder->isValid())
                return Error::badInput(decoderText("The file is neither UTF-8 nor GBK/GB18030 text."));
        }
    }
    m_eof = last;
    return decodeChunk(std::move(raw), last);
}

Status CsvStream::decodeChunk(QByteArray raw, bool last)
{
    if (m_mode == Mode::Decoder) {
        const QString text = m_decoder->decode(raw);
        if (m_decoder->hasError())
            return Error::badInput(m_encoding.startsWith(QLatin1String("UTF-16")) ? decoderText("The file starts as UTF-16 but is not valid UTF-16.")
                                                                                   : decoderText("The file is neither UTF-8 nor GBK/GB18030 text."));
        m_buf.append(text.toUtf8());
        return Ok{};
    }
    QByteArray data = m_pending.isEmpty() ? std::move(raw) : m_pending + raw;
    m_pending.clear();
    const qsizetype cut = completeUtf8(data);
    // At the end, TextDecoder's stateful UTF-8 decoder keeps a cut-off last character to itself (its BOM one
    // is stateless and refuses it).
    const qsizetype checked = last && m_mode == Mode::Utf8Bom ? data.size() : cut;
    if (!QByteArrayView(data.constData(), checked).isValidUtf8()) {
        if (m_mode == Mode::Utf8Bom)
            return Error::badInput(decoderText("The file starts as UTF-8 but is not valid UTF-8."));
        if (m_sawNonAscii) {
            m_restart = true; // UTF-8 text went out already: the whole file is read again as GB18030
            return Error::badInput(decoderText("The file is neither UTF-8 nor GBK/GB18030 text."));
        }
        // Only ASCII so far, which GB18030 writes the same: go on in GB18030.
        m_mode = Mode::Decoder;
        m_decoder = std::make_unique<QStringDecoder>("GB18030");
        m_encoding = QStringLiteral("GB18030");
        if (!m_decoder->isValid())
            return Error::badInput(decoderText("The file is neither UTF-8 nor GBK/GB18030 text."));
        return decodeChunk(std::move(data), last);
    }
    if (!last)
        m_pending = data.mid(cut);
    data.truncate(checked);
    if (!m_sawNonAscii)
        m_sawNonAscii = hasNonAscii(data);
    if (m_buf.isEmpty() || m_pos == m_buf.size()) {
        m_buf = std::move(data);
        m_pos = 0;
    } else {
        m_buf.append(data);
    }
    return Ok{};
}

Status CsvStream::fill()
{
    if (m_eof)
        return Ok{};
    if (m_pos > 0 && m_pos >= m_buf.size() / 2) {
        m_buf.remove(0, m_pos); // what was handed out is no longer referenced
        m_pos = 0;
    }
    const QByteArray raw = m_in.read(m_chunk);
    if (raw.isEmpty() && !m_in.atEnd())
        return Error::badInput(QCoreApplication::translate("hc::CsvStream", "Cannot read the file: %1").arg(m_in.errorString()));
    m_rawRead += raw.size();
    if (m_observer && !raw.isEmpty())
        m_observer(raw.constData(), raw.size());
    m_eof = raw.size() < m_chunk || m_in.atEnd();
    return decodeChunk(raw, m_eof);
}

Result<QByteArrayView> CsvStream::head(qsizetype bytes)
{
    while (!m_eof && m_buf.size() - m_pos < bytes)
        if (Status s = fill(); !s)
            return s.error();
    QByteArrayView v(m_buf.constData() + m_pos, std::min(bytes, m_buf.size() - m_pos));
    if (!(m_eof && v.size() == m_buf.size() - m_pos))
        if (const qsizetype nl = v.lastIndexOf('\n'); nl >= 0)
            v = v.first(nl + 1);
    return v;
}

Result<QByteArray> CsvStream::readAll()
{
    while (!m_eof)
        if (Status s = fill(); !s)
            return s.error();
    QByteArray rest = m_buf.mid(m_pos);
    m_buf.clear();
    m_pos = 0;
    return rest;
}

Result<bool> CsvStream::nextStrings(QStringList &fields)
{
    const auto more = next(m_views);
    if (more && *more) {
        fields.clear();
        fields.reserve(qsizetype(m_views.size()));
        for (const QByteArrayView v : m_views)
            fields << QString::fromUtf8(v);
    }
    return more;
}

Result<char> CsvStream::openDetecting(bool gb18030)
{
    if (Status s = open(gb18030); !s)
        return s.error();
    const auto start = head();
    if (!start)
        return start.error();
    const char d = TextDecoder::detectDelimiter(QString::fromUtf8(*start)).toLatin1();
    setDelimiter(d);
    return d;
}

Result<bool> CsvStream::next(std::vector<QByteArrayView> &fields)
{
    fields.clear();
    for (;;) {
        while (m_pos < m_buf.size() && (m_buf[m_pos] == '\n' || m_buf[m_pos] == '\r')) {
            if (m_buf[m_pos] == '\n')
                ++m_line;
            ++m_pos;
        }
        if (m_pos < m_buf.size())
            break;
        if (m_eof)
            return false;
        if (Status s = fill(); !s)
            return s.error();
    }
    m_recordLine = m_line;
    // The record ends at the first line break outside quotes; every quote flips inside/outside ("" twice). It is
    // looked for no further than the longest record allowed and its line end: a longer one is refused without
    // reading on (a file of commas, one endless line, an unclosed quote), so the buffer holds at most a chunk
    // and a record, and every byte is looked at once here and once in split().
    constexpr qsizetype kMax = limits::kLineBytes;
    qsizetype scan = m_pos, end = 0;
    bool inQuote = false, quoted = false;
    int breaks = 0;
    for (;;) {
        const char *data = m_buf.constData();
        const qsizetype n = m_buf.size();
        const qsizetype window = std::min(n, m_pos + kMax + 2); // kMax bytes and "\r\n"
        const char *nl = static_cast<const char *>(std::memchr(data + scan, '\n', size_t(window - scan)));
        const qsizetype stop = nl ? nl - data : window;
        for (const char *q = data + scan; (q = static_cast<const char *>(std::memchr(q, '"', size_t(data + stop - q)))); ++q) {
            inQuote = !inQuote;
            quoted = true;
        }
        if (nl && !inQuote) {
            end = stop;
            break;
        }
        if (nl) {
            ++breaks;
            scan = stop + 1;
            continue;
        }
        if (window < n)
            return tooLong(inQuote);
        if (m_eof) {
            end = n;
            m_unclosed = inQuote;
            break;
        }
        const qsizetype offset = n - m_pos; // fill() may move the text
        if (Status s = fill(); !s)
            return s.error();
        scan = m_pos + offset;
    }
    const bool lineEnd = end < m_buf.size();
    const qsizetype length = end - m_pos - (end > m_pos && m_buf[end - 1] == '\r' ? 1 : 0);
    if (length > kMax)
        return tooLong(inQuote);
    split(m_pos, end, quoted, fields);
    if (fields.size() > size_t(limits::kFields))
        return Error::badInput(QCoreApplication::translate("hc::CsvStream", "Line %1 has %2 fields; a CSV row may have at most %3.")
                                   .arg(m_recordLine)
                                   .arg(fields.size())
                                   .arg(limits::kFields));
    m_line += breaks + (lineEnd ? 1 : 0);
    m_pos = lineEnd ? end + 1 : end;
    return true;
}

Error CsvStream::tooLong(bool inQuote) const
{
    const QString kib = QString::number(limits::kLineBytes / 1024);
    const QString bytes = groupedNumber(limits::kLineBytes);
    return Error::badInput(
        inQuote ? QCoreApplication::translate("hc::CsvStream",
                                              "Line %1: a quoted field runs on past %2 KiB (%3 bytes), the limit of one CSV line; it is "
                                              "not closed, or the file is not CSV.")
                      .arg(m_recordLine)
                      .arg(kib, bytes)
                : QCoreApplication::translate("hc::CsvStream", "Line %1 is longer than %2 KiB (%3 bytes), the limit of one CSV line; "
                                                               "the file is not CSV.")
                      .arg(m_recordLine)
                      .arg(kib, bytes));
}

void CsvStream::split(qsizetype from, qsizetype to, bool quoted, std::vector<QByteArrayView> &fields)
{
    char *d = m_buf.data();
    // CsvReader drops a carriage return outside quotes wherever it stands; usually it only ends the line.
    if (!quoted && to > from && d[to - 1] == '\r')
        --to;
    if (!quoted && !std::memchr(d + from, '\r', size_t(to - from))) {
        qsizetype start = from;
        for (;;) {
            const char *delim = static_cast<const char *>(std::memchr(d + start, m_delimiter, size_t(to - start)));
            if (!delim) {
                fields.emplace_back(d + start, to - start);
                return;
            }
            fields.emplace_back(d + start, delim - (d + start));
            start = delim - d + 1;
        }
    }
    // Quotes or stray carriage returns: the fields are unquoted in place (they only shrink).
    qsizetype w = from, fieldStart = from;
    bool inQuote = false;
    for (qsizetype r = from; r < to; ++r) {
        const char c = d[r];
        if (inQuote) {
            if (c != '"')
                d[w++] = c;
            else if (r + 1 < to && d[r + 1] == '"')
                d[w++] = '"', ++r;
            else
                inQuote = false;
        } else if (c == '"') {
            inQuote = true;
        } else if (c == m_delimiter) {
            fields.emplace_back(d + fieldStart, w - fieldStart);
            fieldStart = w = r + 1;
        } else if (c != '\r') {
            d[w++] = c;
        }
    }
    fields.emplace_back(d + fieldStart, w - fieldStart);
}

Status checkFileSize(qint64 bytes, qint64 cap, const QString &what, bool soFar)
{
    if (bytes <= cap)
        return Ok{};
    if (soFar)
        return Error::badInput(QCoreApplication::translate("hc::limits", "The input is larger than %1 (%2 bytes): %3 may be at most that. "
                                                                         "Nothing was imported.")
                                   .arg(sizeText(cap), groupedNumber(cap), what));
    return Error::badInput(QCoreApplication::translate("hc::limits", "The file is %1 (%2 bytes); %3 may be at most %4 (%5 bytes). Nothing was "
                                                                     "imported.")
                               .arg(sizeText(bytes), groupedNumber(bytes), what, sizeText(cap), groupedNumber(cap)));
}

Result<QByteArray> readCapped(QIODevice &in, qint64 cap, const QString &what)
{
    if (!in.isSequential()) {
        if (Status s = checkFileSize(in.size(), cap, what); !s)
            return s.error();
        return in.readAll();
    }
    // A pipe says its size only at its end: read a chunk at a time, never more than the limit and a chunk.
    QByteArray all;
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty() || in.waitForReadyRead(-1)) {
        if (Status s = checkFileSize(all.size() + chunk.size(), cap, what, true); !s)
            return s.error();
        all.append(chunk);
    }
    return all;
}

} // namespace hc
