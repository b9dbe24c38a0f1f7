// CaseRowChecker's fast way: the reference checks (CaseRowChecker.cpp) on the UTF-8 fields of rows as they
// usually come, without a string per field. Whatever it is not sure of, it leaves to them.
#include "CaseRowChecker.h"
#include "Limits.h"

#include "CaseText.h"
#include "TimeUtil.h"

#include <QDate>
#include <algorithm>
#include <iterator>

namespace hc {

using casetext::colorOf;
using casetext::parseChinaWallClock;
using casetext::parseTime;
using casetext::trimmedUtf8;

namespace {

bool isAscii(QByteArrayView v)
{
    return std::all_of(v.begin(), v.end(), [](char c) { return uchar(c) < 0x80; });
}

// QString::toUpper() of ASCII text; false for anything else (the general way then decides).
// A carriage or a seat the fast path takes as it is: short, no control character (else the reference checks name it).
bool plainShort(QByteArrayView v)
{
    return v.size() <= limits::kShortCode && std::none_of(v.begin(), v.end(), [](char c) { return quint8(c) < 0x20 || c == 0x7f; });
}

bool asciiUpper(QByteArrayView v, QByteArray &buffer, QByteArrayView *out)
{
    if (!isAscii(v))
        return false;
    if (std::none_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        *out = v;
        return true;
    }
    buffer = v.toByteArray().toUpper();
    *out = buffer;
    return true;
}

// A resident ID that is plainly right (18 digits, the last maybe X), as idnumber::validate would accept and
// write it; false for anything else, which the general way checks and names.
bool plainResidentId(QByteArrayView v, QByteArray &buffer, QByteArrayView *out)
{
    if (v.size() != 18)
        return false;
    for (int i = 0; i < 17; ++i)
        if (v[i] < '0' || v[i] > '9')
            return false;
    const char last = v[17];
    if (!((last >= '0' && last <= '9') || last == 'X' || last == 'x'))
        return false;
    auto digits = [&](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i)
            n = n * 10 + (v[i] - '0');
        return n;
    };
    const int province = digits(0, 2);
    const QDate birth(digits(6, 4), digits(10, 2), digits(12, 2));
    if (province < 11 || province > 91 || !birth.isValid() || birth.year() < 1880)
        return false;
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (v[i] - '0') * weights[i];
    if ("10X98765432"[sum % 11] != (last == 'x' ? 'X' : last))
        return false;
    if (last == 'x') {
        buffer = v.toByteArray();
        buffer[17] = 'X';
        *out = buffer;
    } else {
        *out = v;
    }
    return true;
}

// A train or flight number as the general way writes it (upper case, no spaces) and checks it
// (^[A-Z0-9]{1,3}[0-9]{1,5}$).
bool plainTransport(QByteArrayView v, QByteArray &buffer, QByteArrayView *out)
{
    if (!isAscii(v))
        return false;
    buffer.resize(0);
    for (char c : v)
        if (c != ' ')
            buffer.append(c >= 'a' && c <= 'z' ? char(c - 32) : c);
    const qsizetype n = buffer.size();
    qsizetype digits = 0;
    while (digits < n && buffer[n - 1 - digits] >= '0' && buffer[n - 1 - digits] <= '9')
        ++digits;
    const bool alnum = std::all_of(buffer.cbegin(), buffer.cend(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
    const qsizetype head = std::min<qsizetype>(3, n - 1); // the longest prefix that leaves 1–5 digits
    if (!alnum || n < 2 || head < std::max<qsizetype>(1, n - 5) || n - head > digits)
        return false;
    *out = buffer;
    return true;
}

} // namespace

std::optional<QByteArrayView> CaseRowChecker::divisionUtf8(QByteArrayView text)
{
    // The values' bytes stay where they are while the table grows: the view outlives the row.
    if (const auto known = m_divisionUtf8.constFind(QByteArray::fromRawData(text.data(), text.size())); known != m_divisionUtf8.cend())
        return QByteArrayView(*known);
    QString code;
    if (division(QString::fromUtf8(text), &code))
        return std::nullopt;
    return QByteArrayView(*m_divisionUtf8.insert(text.toByteArray(), code.toUtf8()));
}

bool CaseRowChecker::timeUtf8(QByteArrayView text, std::optional<qint64> *out, bool required) const
{
    if (text.isEmpty())
        return !required;
    auto t = parseChinaWallClock(text);
    if (!t)
        t = parseTime(QString::fromUtf8(text));
    if (!t || *t < time::kEarliest || *t > m_now + time::kSkew)
        return false; // the slow path names the reason
    *out = *t;
    return true;
}

QByteArrayView CaseRowChecker::fieldUtf8(const std::vector<QByteArrayView> &row, int index) const
{
    const int i = m_columns[size_t(index)];
    return i >= 0 && size_t(i) < row.size() ? trimmedUtf8(row[size_t(i)]) : QByteArrayView();
}

bool CaseRowChecker::fastCase(const std::vector<QByteArrayView> &row)
{
    CaseRowUtf8 &r = m_case;
    r = CaseRowUtf8{};
    auto get = [&](int index) { return fieldUtf8(row, index); };
    r.caseRef = get(0);
    if (r.caseRef.isEmpty() || r.caseRef.size() > 64 || !plainResidentId(get(1), m_owned[1], &r.idNumber))
        return false;
    const QByteArrayView cls = get(2);
    if (cls == "confirmed" || cls == "确诊") {
        r.cls = CaseClass::Confirmed;
    } else if (cls == "asymptomatic" || cls == "无症状") {
        r.cls = CaseClass::Asymptomatic;
    } else {
        const auto c = caseClassFromText(QString::fromUtf8(cls));
        if (!c)
            return false;
        r.cls = *c;
    }
    std::optional<qint64> report;
    if (!timeUtf8(get(3), &report, true) || !timeUtf8(get(4), &r.dischargeAt, false))
        return false;
    r.reportAt = *report;
    if (r.dischargeAt && (*r.dischargeAt < r.reportAt || r.cls == CaseClass::Suspected))
        return false;
    static const QByteArrayView keys[] = {"", "household", "building", "venue", "train", "flight"};
    const QByteArrayView exposure = get(5);
    const auto known = std::find(std::begin(keys), std::end(keys), exposure);
    if (known != std::end(keys)) {
        r.exposure = ExposureType(known - std::begin(keys));
    } else {
        const auto e = exposureFromText(QString::fromUtf8(exposure));
        if (!e)
            return false;
        r.exposure = *e;
    }
    switch (r.exposure) {
    case ExposureType::None: return true;
    case ExposureType::Household:
    case ExposureType::Building:
        if (const auto d = divisionUtf8(get(6)))
            r.division = *d;
        else
            return false;
        r.address = get(7);
        // At most 3 UTF-8 bytes a character: longer ones (and control characters) go to the checks that name them.
        return !r.address.isEmpty() && r.address.size() <= limits::kAddress
            && std::none_of(r.address.begin(), r.address.end(), [](char c) { return quint8(c) < 0x20 || c == 0x7f; });
    case ExposureType::Venue:
        r.venueCode = get(8);
        return !r.venueCode.isEmpty() && r.venueCode.size() <= 64 && timeUtf8(get(9), &r.from, true) && timeUtf8(get(10), &r.to, true)
            && *r.to >= *r.from;
    case ExposureType::Train:
    case ExposureType::Flight:
        if (!plainTransport(get(11), m_owned[5], &r.transport) || !timeUtf8(get(9), &r.from, false) || !timeUtf8(get(10), &r.to, false))
            return false;
        if (!r.from && !timeUtf8(get(12), &r.from, true))
            return false;
        if (!r.to)
            r.to = *r.from + 24 * 3600 - 1;
        r.carriage = get(13);
        return *r.to >= *r.from && plainShort(r.carriage) && plainShort(get(14)) && asciiUpper(get(14), m_owned[7], &r.seat);
    }
    return false;
}

bool CaseRowChecker::fastScan(const std::vector<QByteArrayView> &row)
{
    ScanRowUtf8 &r = m_scan;
    r = ScanRowUtf8{};
    auto get = [&](int index) { return fieldUtf8(row, index); };
    std::optional<qint64> at;
    if (!asciiUpper(get(0), m_owned[0], &r.venueCode) || r.venueCode.isEmpty() || r.venueCode.size() > 64
        || !plainResidentId(get(1), m_owned[1], &r.idNumber) || !timeUtf8(get(2), &at, true))
        return false;
    r.at = *at;
    if (const QByteArrayView d = get(3); !d.isEmpty()) {
        if (const auto code = divisionUtf8(d))
            r.division = *code;
        else
            return false;
    }
    r.carriage = get(4);
    if (!plainShort(r.carriage) || !plainShort(get(5)) || !asciiUpper(get(5), m_owned[4], &r.seat))
        return false;
    if (const QByteArrayView c = get(6); !c.isEmpty()) {
        r.color = colorOf(QString::fromUtf8(c));
        if (!r.color)
            return false;
    }
    const auto holder = holderOf(QString::fromLatin1(r.idNumber));
    r.holderId = holder.value_or(0);
    return bool(holder);
}

} // namespace hc
