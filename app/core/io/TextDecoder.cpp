#include "TextDecoder.h"

#include <QStringDecoder>

namespace hc {

Result<TextDecoder::Decoded> TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Error::badInput(tr("The file is empty."));
    const auto strict = [](QStringDecoder &&d, const QByteArray &b, const QString &name) -> std::optional<Decoded> {
        QString text = d.decode(b);
        if (d.hasError())
            return std::nullopt;
        return Decoded{text, name};
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (auto d = strict(QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless), bytes.mid(3), QStringLiteral("UTF-8 (BOM)")))
            return *d;
        return Error::badInput(tr("The file starts as UTF-8 but is not valid UTF-8."));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        if (auto d = strict(QStringDecoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE), bytes.mid(2),
                            le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")))
            return *d;
        return Error::badInput(tr("The file starts as UTF-16 but is not valid UTF-16."));
    }
    // A NUL byte never occurs in UTF-8 or GB18030 text: an image, a spreadsheet, an archive.
    if (const qsizetype nul = bytes.left(1 << 16).indexOf('\0'); nul >= 0)
        return Error::badInput(tr("This is a binary file (a NUL byte at offset %1), not a text file: save it as CSV.").arg(nul));
    if (auto d = strict(QStringDecoder(QStringDecoder::Utf8), bytes, QStringLiteral("UTF-8")))
        return *d;
    if (QStringDecoder gb("GB18030"); gb.isValid())
        if (auto d = strict(std::move(gb), bytes, QStringLiteral("GB18030")))
            return *d;
    return Error::badInput(tr("The file is neither UTF-8 nor GBK/GB18030 text."));
}

QChar TextDecoder::detectDelimiter(const QString &text, int sampleLines)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    QChar best = QLatin1Char(',');
    int bestFields = 1;
    for (const QChar c : candidates) {
        int fields = -1;
        bool consistent = true;
        int lines = 0, count = 1;
        bool quoted = false, lineHasText = false;
        for (qsizetype i = 0; i <= text.size() && lines < sampleLines; ++i) {
            const QChar ch = i < text.size() ? text.at(i) : QLatin1Char('\n');
            if (ch == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && ch == c) {
                ++count;
            } else if (!quoted && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))) {
                if (lineHasText) {
                    if (fields < 0)
                        fields = count;
                    else if (count != fields)
                        consistent = false;
                    ++lines;
                }
                count = 1;
                lineHasText = false;
                continue;
            }
            lineHasText = true;
        }
        if (consistent && fields > bestFields) {
            best = c;
            bestFields = fields;
        }
    }
    return best;
}

} // namespace hc
