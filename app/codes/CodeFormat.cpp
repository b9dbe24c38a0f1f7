#include "CodeFormat.h"

#include <QCoreApplication>
#include <QtEndian>

namespace hc::codes {

namespace {

constexpr char kMagic[] = "JKM1";
constexpr quint8 kFormatVersion = 1;
constexpr quint8 kIdentityVersion = 1;
constexpr int kIdentitySize = 32;
constexpr int kDigestSize = 32;
constexpr int kMaxSignature = 80;
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

quint8 colorByte(policy::Color c)
{
    switch (c) {
    case policy::Color::Green: return 1;
    case policy::Color::Yellow: return 2;
    case policy::Color::Red: return 3;
    case policy::Color::Gray: return 4;
    }
    return 0;
}

std::optional<policy::Color> colorFromByte(quint8 b)
{
    switch (b) {
    case 1: return policy::Color::Green;
    case 2: return policy::Color::Yellow;
    case 3: return policy::Color::Red;
    case 4: return policy::Color::Gray;
    default: return std::nullopt;
    }
}

void putI64(QByteArray &out, qint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

void putText(QByteArray &out, const QByteArray &utf8)
{
    out.append(char(quint8(utf8.size())));
    out.append(utf8);
}

Error garbage(const QString &why)
{
    // Not a code at all is bad input (hcctl exit 2); a well-formed code that fails a check is refused (exit 1).
    return Error::badInput(QCoreApplication::translate("hc::codes::CodeFormat", "not a valid health code: %1").arg(why));
}

// Reads fields in order; any overrun marks the reader failed.
class ByteReader
{
public:
    explicit ByteReader(const QByteArray &b) : m_b(b) {}
    bool take(int n, QByteArray *out)
    {
        if (n < 0 || m_pos + n > m_b.size())
            return false;
        *out = m_b.mid(m_pos, n);
        m_pos += n;
        return true;
    }
    bool byte(quint8 *v)
    {
        QByteArray b;
        if (!take(1, &b))
            return false;
        *v = quint8(b[0]);
        return true;
    }
    bool i64(qint64 *v)
    {
        QByteArray b;
        if (!take(8, &b))
            return false;
        *v = qFromBigEndian<qint64>(b.constData());
        return true;
    }
    bool text(QString *v)
    {
        quint8 n = 0;
        QByteArray b;
        if (!byte(&n) || !take(n, &b))
            return false;
        *v = QString::fromUtf8(b);
        return v->toUtf8() == b; // invalid UTF-8 does not round-trip
    }
    bool atEnd() const { return m_pos == m_b.size(); }

private:
    const QByteArray &m_b;
    int m_pos = 0;
};

Result<QByteArray> decodeSegment(QStringView text, const char *name)
{
    if (text.isEmpty() || !std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; }))
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "segment %1 is empty or not ASCII").arg(QLatin1String(name)));
    const QByteArray ascii = text.toLatin1();
    const auto r = QByteArray::fromBase64Encoding(ascii, kB64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!r || r.decoded.toBase64(kB64) != ascii)
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "segment %1 is not canonical base64url").arg(QLatin1String(name)));
    return r.decoded;
}

} // namespace

std::optional<QString> statisticalCode(const QString &division)
{
    static const QList<int> lengths{2, 4, 6, 9, 12};
    if (!lengths.contains(int(division.size())) || !std::all_of(division.begin(), division.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    return division.leftJustified(12, QLatin1Char('0'));
}

QByteArray HealthCode::segmentA() const
{
    QByteArray a;
    a.append(char(kIdentityVersion));
    a.append(identity);
    return a;
}

QByteArray HealthCode::segmentB() const
{
    QByteArray b(kMagic, 4);
    b.append(char(kFormatVersion));
    b.append(char(quint8(body.profile)));
    // 12 digits as 6 packed BCD bytes.
    const QByteArray digits = body.issuerDivision.toLatin1();
    for (int i = 0; i + 1 < digits.size() && i < 12; i += 2)
        b.append(char(((digits[i] - '0') << 4) | (digits[i + 1] - '0')));
    putI64(b, body.issuedAt);
    putI64(b, body.expiresAt);
    b.append(char(colorByte(body.color)));
    b.append(body.authorisationDigest);
    putText(b, body.keyId.toLatin1());
    putText(b, body.organisation.toUtf8());
    putText(b, body.maskedHolder.toUtf8());
    return b;
}

QString HealthCode::toText() const
{
    return QString::fromLatin1(segmentA().toBase64(kB64) + '.' + segmentB().toBase64(kB64) + '.' + signature.toBase64(kB64));
}

Result<HealthCode> parseCode(const QString &text)
{
    if (text.size() > 1024)
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "too long"));
    const QStringView all = QStringView(text).trimmed();
    const qsizetype dot1 = all.indexOf(QLatin1Char('.'));
    const qsizetype dot2 = dot1 < 0 ? -1 : all.indexOf(QLatin1Char('.'), dot1 + 1);
    if (dot1 < 0 || dot2 < 0 || all.indexOf(QLatin1Char('.'), dot2 + 1) >= 0)
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "expected three segments A.B.S, found %1").arg(all.count(QLatin1Char('.')) + 1));
    const auto a = decodeSegment(all.left(dot1), "A");
    const auto b = decodeSegment(all.mid(dot1 + 1, dot2 - dot1 - 1), "B");
    const auto s = decodeSegment(all.mid(dot2 + 1), "S");
    for (const auto *r : {&a, &b, &s})
        if (!*r)
            return r->error();

    HealthCode code;
    if (a->size() != 1 + kIdentitySize || quint8(a->at(0)) != kIdentityVersion)
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "segment A has the wrong size or version"));
    code.identity = a->mid(1);

    ByteReader r(b.value());
    QByteArray magic, bcd;
    quint8 version = 0, profile = 0, color = 0;
    if (!r.take(4, &magic) || magic != QByteArray(kMagic, 4))
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "the code type is not JKM1"));
    if (!r.byte(&version) || version != kFormatVersion)
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "unknown format version"));
    if (!r.byte(&profile) || (profile != quint8(Profile::Sm2Sm3) && profile != quint8(Profile::EcdsaP256Sha256)))
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "unknown signature profile"));
    code.body.profile = Profile(profile);
    if (!r.take(6, &bcd))
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "segment B is cut short"));
    QString division;
    for (char c : bcd) {
        const int hi = (quint8(c) >> 4) & 0xF, lo = quint8(c) & 0xF;
        if (hi > 9 || lo > 9)
            return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "the issuer division is not a decimal code"));
        division += QLatin1Char(char('0' + hi));
        division += QLatin1Char(char('0' + lo));
    }
    code.body.issuerDivision = division;
    if (!r.i64(&code.body.issuedAt) || !r.i64(&code.body.expiresAt) || !r.byte(&color))
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "segment B is cut short"));
    const auto c = colorFromByte(color);
    if (!c)
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "unknown color"));
    code.body.color = *c;
    if (!r.take(kDigestSize, &code.body.authorisationDigest) || !r.text(&code.body.keyId)
        || !r.text(&code.body.organisation) || !r.text(&code.body.maskedHolder))
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "segment B is cut short or holds invalid text"));
    if (!r.atEnd())
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "segment B has trailing bytes"));
    if (code.body.keyId.isEmpty() || code.body.keyId.size() > 32)
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "the key id is empty or too long"));
    if (code.body.expiresAt <= code.body.issuedAt)
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "the code expires before it is issued"));
    if (s->isEmpty() || s->size() > kMaxSignature || quint8(s->at(0)) != 0x30)
        return garbage(QCoreApplication::translate("hc::codes::CodeFormat", "segment S is not a DER signature"));
    code.signature = s.value();
    code.received = a.value() + b.value();
    return code;
}

} // namespace hc::codes
