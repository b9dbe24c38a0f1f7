#include "DivisionCode.h"

#include <QStringList>

namespace hc::divcode {

int levelOf(const QString &code)
{
    switch (code.size()) {
    case 2: return 1;
    case 4: return 2;
    case 6: return 3;
    case 9: return 4;
    case 12: return 5;
    default: return 0;
    }
}

bool isDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

std::optional<QString> normalise(const QString &text)
{
    QString c = text.trimmed();
    if (!isDigits(c) || levelOf(c) == 0)
        return std::nullopt;
    if (c.size() == 6 && c.endsWith(QLatin1String("0000")))
        return c.left(2);
    if (c.size() == 6 && c.endsWith(QLatin1String("00")))
        return c.left(4);
    return c;
}

QString parentOf(const QString &code)
{
    switch (code.size()) {
    case 4: return code.left(2);
    case 6: return code.left(4);
    case 9: return code.left(6);
    case 12: return code.left(9);
    default: return {};
    }
}

QStringList ancestorsOf(const QString &code)
{
    QStringList out;
    for (int len : {2, 4, 6, 9})
        if (code.size() > len)
            out << code.left(len);
    return out;
}

} // namespace hc::divcode
