#pragma once
// pdftotext gives some CJK characters as radicals: Kangxi radicals (⽇ for 日) map back under NFKC, but the CJK
// Radicals Supplement (⻚ for 页, ⻩ for 黄) have no compatibility mapping; the ones Noto draws that way are mapped here.
#include <QHash>
#include <QString>

namespace hctest {

inline QString normalisePdfText(const QString &text)
{
    static const QHash<QChar, QChar> supplement{{QChar(0x2EDA), QChar(0x9875)}, {QChar(0x2ED3), QChar(0x957F)},
                                                {QChar(0x2EE9), QChar(0x9EC4)}, {QChar(0x2EC4), QChar(0x897F)},
                                                {QChar(0x2EE2), QChar(0x9A6C)}, {QChar(0x2ECF), QChar(0x90CE)},
                                                {QChar(0x2EE3), QChar(0x9AA8)}, {QChar(0x2ED8), QChar(0x9752)}, {QChar(0x2EDB), QChar(0x98CE)}};
    QString s = text.normalized(QString::NormalizationForm_KC);
    for (QChar &c : s)
        c = supplement.value(c, c);
    return s.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
}

} // namespace hctest
