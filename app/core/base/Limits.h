#pragma once
// The documented limits of every input (issue 16; docs/limits.md is the table). Checked in the core, so every
// path — hcctl, CSV, JSON, the panes, the platform's feeds — is held to the same ones.
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace hc::limits {

// Characters (QString length: UTF-16 code units, as a Chinese character is one).
constexpr int kName = 64;         // a person's name, an official's display name, a caller
constexpr int kAddress = 200;     // a holder's address, a household or building unit in a case report
constexpr int kReference = 100;   // a basis reference (case report, order, record number)
constexpr int kReason = 500;      // a basis in words, a declaration's reason, a decision's reason
constexpr int kComplaint = 2000;  // what a caller says is wrong, a reply read back to them
constexpr int kPlaceName = 100;   // a province, city, county or area name in a national list; a declared sub-area
constexpr int kCommunity = 1000;  // a community entry of a national list (real ones list buildings: up to 417)
constexpr int kShortCode = 16;    // a carriage, a seat
// Counts and sizes.
constexpr int kListEntries = 100000;              // entries of one national list (the largest real one: 2,579)
constexpr qint64 kListBytes = 32LL << 20;         // a national list file (the largest real one: about 1 MB)
constexpr qint64 kCaseFileBytes = 2LL << 30;      // a case or verification file (5,000,000 rows are about 600 MB)
constexpr qint64 kHolderFileBytes = 2LL << 30;    // a holders CSV
constexpr qint64 kTicketFileBytes = 256LL << 20;  // a 12345 export
constexpr int kLineBytes = 64 * 1024;             // one CSV line (a real one is under 1 KB)
constexpr int kFields = 1000;                     // fields of one CSV row (a case report has 15, a 12345 export 6)
constexpr qint64 kBadRowBytes = 64LL << 20;       // the bad rows of a 12345 export kept for its errors file (in memory)

// nullopt when `value` has at most maxChars characters and no control character (a tab and line breaks are
// allowed only when multiline); else the reason, naming `field`.
inline std::optional<QString> textProblem(const QString &field, const QString &value, int maxChars, bool multiline = false)
{
    if (value.size() > maxChars)
        return QCoreApplication::translate("hc::limits", "%1 has %2 characters; at most %3 are allowed.")
            .arg(field)
            .arg(value.size())
            .arg(maxChars);
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && !(multiline && (u == '\n' || u == '\r' || u == '\t'))) || u == 0x7f)
            return QCoreApplication::translate("hc::limits", "%1 contains a control character (U+%2).")
                .arg(field)
                .arg(QString::number(u, 16).rightJustified(4, QLatin1Char('0')).toUpper());
    }
    return std::nullopt;
}

} // namespace hc::limits
