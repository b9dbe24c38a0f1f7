#pragma once
#include "CaseFile.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <optional>
#include <type_traits>
#include <vector>

// The text helpers the case-file reader's parts share. The small ones run for every field of a million-row
// file: they stay inline here rather than behind a call into another translation unit.
namespace hc::casetext {

// "2022-11-20 08:05[:ss]" or "2022/11/20 8:05" read as UTC+8 without a time-zone lookup: China has kept UTC+8
// all year since 1992, and a million-row file must not pay a zone conversion per field. Anything else (an
// offset, a date only, older years) goes the general way. Over UTF-16 or UTF-8 alike.
template<typename View>
std::optional<qint64> parseChinaWallClock(View s)
{
    qsizetype pos = 0;
    const auto at = [&](qsizetype i) -> int {
        if constexpr (std::is_same_v<View, QStringView>)
            return s[i].unicode();
        else
            return uchar(s[i]);
    };
    auto number = [&](int minDigits, int maxDigits) -> int {
        int v = 0, n = 0;
        while (pos < s.size() && n < maxDigits && at(pos) >= '0' && at(pos) <= '9') {
            v = v * 10 + (at(pos) - '0');
            ++pos;
            ++n;
        }
        return n >= minDigits ? v : -1;
    };
    auto sep = [&](char a, char b = 0) {
        if (pos < s.size() && (at(pos) == a || (b && at(pos) == b))) {
            ++pos;
            return true;
        }
        return false;
    };
    const int y = number(4, 4);
    if (y < 1992 || !sep('-', '/'))
        return std::nullopt;
    const int mo = number(1, 2);
    if (mo < 1 || !sep('-', '/'))
        return std::nullopt;
    const int d = number(1, 2);
    if (d < 1 || !sep(' ', 'T'))
        return std::nullopt;
    const int h = number(1, 2);
    if (h < 0 || h > 23 || !sep(':'))
        return std::nullopt;
    const int mi = number(2, 2);
    int sec = 0;
    if (mi < 0 || mi > 59)
        return std::nullopt;
    if (sep(':')) {
        sec = number(2, 2);
        if (sec < 0 || sec > 59)
            return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return std::nullopt;
    return (date.toJulianDay() - 2440588) * 86400 + h * 3600 + mi * 60 + sec - 8 * 3600;
}

// Excel in China writes 2022/11/20 8:05; the console's own files write ISO 8601.
std::optional<qint64> parseTime(const QString &text);

// QChar::isSpace over UTF-8: the ASCII blanks, U+0085, and the Unicode separators (Zs, Zl, Zp).
inline bool isSpace(char32_t c)
{
    return c == 0x20 || (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

inline char32_t decodeAt(QByteArrayView v, qsizetype i, qsizetype *length)
{
    const uchar b = uchar(v[i]);
    const int n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    *length = std::min<qsizetype>(n, v.size() - i);
    char32_t c = n == 1 ? b : n == 2 ? b & 0x1F : n == 3 ? b & 0x0F : b & 0x07;
    for (qsizetype k = 1; k < *length; ++k)
        c = (c << 6) | (uchar(v[i + k]) & 0x3F);
    return c;
}

// QString::trimmed() of valid UTF-8, without decoding it.
inline QByteArrayView trimmedUtf8(QByteArrayView v)
{
    qsizetype begin = 0, end = v.size(), n = 0;
    while (begin < end && isSpace(decodeAt(v, begin, &n)))
        begin += n;
    while (end > begin) {
        qsizetype start = end - 1;
        while (start > begin && (uchar(v[start]) & 0xC0) == 0x80)
            --start;
        if (!isSpace(decodeAt(v, start, &n)))
            break;
        end = start;
    }
    return v.sliced(begin, end - begin);
}

std::optional<int> colorOf(const QString &text); // green, gray, yellow, red (and 绿码, …) → 0–3
QStringList strings(const std::vector<QByteArrayView> &row);

// An accepted row as the preview holds it.
CaseRow caseRowOf(const CaseRowUtf8 &u);
ScanRow scanRowOf(const ScanRowUtf8 &u);

} // namespace hc::casetext
