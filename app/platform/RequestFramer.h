#pragma once
#include <QByteArray>
#include <QByteArrayView>

namespace hc::platform {

// Where each HTTP/1.1 request on one connection begins and ends, from the bytes as they arrive, keeping only the
// header block (never a body). QAbstractHttpServer 6.4 reads a request whole into memory before anyone sees it;
// this lets the platform refuse it by its headers first (413 for a body over the cap).
//
// Strict on purpose: whatever it cannot frame for certain (a Transfer-Encoding, a Content-Length that is not
// one plain number, a header name with spaces, headers that never end) is refused, so it never counts a body
// shorter than the parser behind it does.
class RequestFramer
{
public:
    struct Limits
    {
        qint64 maxHeaderBytes;    // request line and headers, CRLFs included
        qint64 maxBatchBodyBytes; // POST /v1/batches
        qint64 maxOtherBodyBytes; // every other request
    };
    struct Refusal
    {
        int status = 0; // 0: nothing refused
        QByteArray reason;
        explicit operator bool() const { return status != 0; }
    };

    explicit RequestFramer(const Limits &limits) : m_limits(limits) {}

    // Takes the next bytes of the connection. A refusal is final: the framer takes nothing after it.
    Refusal feed(QByteArrayView bytes);

    qint64 headersDone() const { return m_headersDone; }   // requests whose headers were complete
    qint64 requestsDone() const { return m_requestsDone; } // requests wholly received
    bool inBody() const { return m_bodyLeft > 0; }
    qint64 bodyLeft() const { return m_bodyLeft; }
    qint64 contentLength() const { return m_contentLength; } // of the request whose headers came last
    bool idle() const { return !inBody() && m_head.isEmpty(); } // between requests, nothing of the next one yet

private:
    Refusal parseHead(QByteArrayView head);
    Refusal refuse(int status, QByteArray reason);

    Limits m_limits;
    QByteArray m_head; // the header block received so far (at most maxHeaderBytes)
    qint64 m_bodyLeft = 0;
    qint64 m_contentLength = 0;
    qint64 m_headersDone = 0;
    qint64 m_requestsDone = 0;
    Refusal m_refused;
};

} // namespace hc::platform
