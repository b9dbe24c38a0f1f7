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

std::optional<std::pair<QString, QString>> RecordedText::reference(const QString &token)
{
    const qsizetype colon = token.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == token.size() - 1)
        return std::nullopt;
    const QString key = token.left(colon);
    for (QChar ch : key)
        if (!(ch.isLower() && ch.unicode() < 128) && ch != QLatin1Char('_'))
            return std::nullopt;
    return std::pair(key, token.mid(colon + 1));
}

} // namespace hc
