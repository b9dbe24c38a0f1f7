#include "RecordedText.h"

namespace hc {

bool RecordedText::readerReadsChinese()
{
    //: Two-letter code of the language of this translation (zh for both Chinese translations).
    return tr("en").startsWith(QLatin1String("zh"));
}

bool RecordedText::hasHan(const QString &s)
{
    for (const QChar c : s)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

RecordedText RecordedText::read(const QString &stored)
{
    if (stored.isEmpty() || !readerReadsChinese() || hasHan(stored))
        return {stored, {}};
    return {tr("recorded in another language; the original is in the details"), stored};
}

} // namespace hc
