#pragma once

#include <QCoreApplication>
#include <QString>

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
};

} // namespace hc
