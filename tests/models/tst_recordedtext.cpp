// Text another process stored (a sync error written by hcctl under LANG=C) reaches a Chinese reader as a Chinese
// sentence with the stored words as the original; an English reader, or Chinese text, passes unchanged.
#include "RecordedText.h"

#include <QTest>
#include <QTranslator>

using namespace hc;

namespace {

// Stands for hc_zh_CN.qm: the marker and the sentence, nothing else.
class ChineseMarker final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "hc::RecordedText") != 0)
            return {};
        if (qstrcmp(source, "en") == 0)
            return QStringLiteral("zh");
        return QStringLiteral("原因以其他语言记录，原文见详细信息");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestRecordedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void englishReaderSeesTheStoredWords()
    {
        QVERIFY(!RecordedText::readerReadsChinese());
        const RecordedText t = RecordedText::read(QStringLiteral("Nothing answers at 127.0.0.1:8443"));
        QCOMPARE(t.text, QStringLiteral("Nothing answers at 127.0.0.1:8443"));
        QVERIFY(t.original.isEmpty());
    }
    void chineseReaderGetsASentenceAndTheOriginal()
    {
        ChineseMarker zh;
        QCoreApplication::installTranslator(&zh);
        QVERIFY(RecordedText::readerReadsChinese());
        const RecordedText english = RecordedText::read(QStringLiteral("Nothing answers at 127.0.0.1:8443"));
        QVERIFY(RecordedText::hasHan(english.text));
        QCOMPARE(english.original, QStringLiteral("Nothing answers at 127.0.0.1:8443"));
        const RecordedText chinese = RecordedText::read(QStringLiteral("平台 127.0.0.1:8443 无应答"));
        QCOMPARE(chinese.text, QStringLiteral("平台 127.0.0.1:8443 无应答"));
        QVERIFY(chinese.original.isEmpty());
        QVERIFY(RecordedText::read(QString()).text.isEmpty());
        QCoreApplication::removeTranslator(&zh);
    }
};

QTEST_GUILESS_MAIN(TestRecordedText)
#include "tst_recordedtext.moc"
