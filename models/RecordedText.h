#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <utility>

namespace hc {

// Text another process stored for later reading (a sync error written by hcctl under LANG=C, a refusal reason
// the platform sent) is in that process's language, not necessarily the reader's. A Chinese reader gets a
// Chinese sentence instead, and the stored words as the original for a tooltip or details line.
class RecordedText final
{
    Q_DECLARE_TR_FUNCTIONS(hc::RecordedText)

public:
    QString text;     // what the reader sees
    QString original; // the stored words when they are not in the reader's language, else empty

    static RecordedText read(const QString &stored);
    static bool readerReadsChinese();
    static bool hasHan(const QString &s);
    // A reference as the core stores it, "holder:5" or "scan:370303107" → (kind, value): a lower-case key before
    // the colon and something after it; anything else is text, not a reference.
    static std::optional<std::pair<QString, QString>> reference(const QString &token);
};

} // namespace hc
