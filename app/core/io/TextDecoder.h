#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace hc {

// What officials' files arrive in: UTF-8 with or without a BOM, UTF-16 with a BOM, or GBK/GB18030 (what Excel
// in China writes). Decodes strictly: a file that is none of these, or is binary, is refused by name, never
// guessed into mojibake.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(hc::TextDecoder)
public:
    struct Decoded
    {
        QString text;
        QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
    };
    static Result<Decoded> decode(const QByteArray &bytes);
    // The field delimiter of a delimited text: the one of , ; TAB | that splits the first lines (outside quotes)
    // into the same number (> 1) of fields; ',' when none does.
    static QChar detectDelimiter(const QString &text, int sampleLines = 20);
};

} // namespace hc
