#include "RequestFramer.h"

#include <QList>

#include <algorithm>

namespace hc::platform {

namespace {

// RFC 9110 5.6.2: the characters of a header name.
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

QByteArray sizeText(qint64 bytes)
{
    if (bytes % (1024 * 1024) == 0)
        return QByteArray::number(bytes / (1024 * 1024)) + " MiB";
    if (bytes % 1024 == 0)
        return QByteArray::number(bytes / 1024) + " KiB";
    return QByteArray::number(bytes) + " bytes";
}

} // namespace

RequestFramer::Refusal RequestFramer::refuse(int status, QByteArray reason)
{
    m_refused = {status, std::move(reason)};
    m_head.clear();
    m_bodyLeft = 0;
    return m_refused;
}

RequestFramer::Refusal RequestFramer::feed(QByteArrayView bytes)
{
    if (m_refused)
        return m_refused;
    qsizetype at = 0;
    while (at < bytes.size()) {
        if (m_bodyLeft > 0) {
            const qint64 take = std::min<qint64>(m_bodyLeft, bytes.size() - at);
            m_bodyLeft -= take;
            at += take;
            if (m_bodyLeft == 0)
                ++m_requestsDone;
            continue;
        }
        if (m_head.isEmpty()) {
            // Empty lines before a request line are to be ignored (RFC 9112 2.2).
            while (at < bytes.size() && (bytes[at] == '\r' || bytes[at] == '\n'))
                ++at;
            if (at == bytes.size())
                break;
        }
        const qsizetype before = m_head.size();
        const qsizetype room = qsizetype(m_limits.maxHeaderBytes) - before;
        if (room <= 0)
            return refuse(431, "the request headers are over " + QByteArray::number(m_limits.maxHeaderBytes) + " bytes");
        m_head.append(bytes.sliced(at, std::min(room, bytes.size() - at)));
        const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        if (end < 0) {
            at += m_head.size() - before;
            if (m_head.size() >= m_limits.maxHeaderBytes)
                return refuse(431, "the request headers are over " + QByteArray::number(m_limits.maxHeaderBytes) + " bytes");
            continue;
        }
        at += end + 4 - before; // what follows the blank line is the body or the next request
        const QByteArray head = m_head.left(end);
        m_head.clear();
        if (Refusal r = parseHead(head))
            return r;
    }
    return {};
}

RequestFramer::Refusal RequestFramer::parseHead(QByteArrayView head)
{
    const QList<QByteArrayView> lines = [&] {
        QList<QByteArrayView> out;
        for (qsizetype from = 0;;) {
            const qsizetype eol = head.indexOf("\r\n", from);
            out.append(head.sliced(from, (eol < 0 ? head.size() : eol) - from));
            if (eol < 0)
                return out;
            from = eol + 2;
        }
    }();
    for (const QByteArrayView line : lines)
        if (line.contains('\r') || line.contains('\n'))
            return refuse(400, "a header line does not end in CRLF");

    const QByteArrayView requestLine = lines.first();
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return refuse(400, "the request line is not METHOD TARGET VERSION");
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method) || (version != "HTTP/1.1" && version != "HTTP/1.0"))
        return refuse(400, "the request line is not METHOD TARGET HTTP/1.1");

    qint64 length = -1;
    for (const QByteArrayView line : lines.sliced(1)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon < 0 ? QByteArrayView() : line.first(colon);
        if (!isToken(name)) // also a folded line (obsolete: RFC 9112 5.2) or a space before the colon
            return refuse(400, "a header line is not NAME: VALUE");
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            return refuse(411, "send the body with a Content-Length: the platform takes no Transfer-Encoding (chunked) uploads");
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        const bool digits = !value.isEmpty() && value.size() <= 18
                            && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits)
            return refuse(400, "the Content-Length is not one number");
        const qint64 n = value.toLongLong();
        if (length >= 0 && n != length)
            return refuse(400, "two different Content-Length headers");
        length = n;
    }
    length = std::max<qint64>(length, 0);

    const qsizetype query = target.indexOf('?');
    const bool batch = method == "POST" && (query < 0 ? target : target.first(query)) == "/v1/batches";
    const qint64 cap = batch ? m_limits.maxBatchBodyBytes : m_limits.maxOtherBodyBytes;
    if (length > cap)
        return refuse(413, "a body of " + QByteArray::number(length) + " bytes is over the platform's limit of " + sizeText(cap)
                               + (batch ? " for a batch" : " for this request"));
    m_contentLength = length;
    ++m_headersDone;
    m_bodyLeft = length;
    if (length == 0)
        ++m_requestsDone;
    return {};
}

} // namespace hc::platform
