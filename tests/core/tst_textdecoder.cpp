// Files as officials' spreadsheets write them: UTF-8 with or without a BOM, UTF-16, GBK/GB18030; binary and
// undecodable files refused by name; the delimiter found from the first lines.
#include "TextDecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace hc;

class TestTextDecoder : public QObject
{
    Q_OBJECT
private slots:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("身份证号,姓名\n370303199001011239,张晓三\n");
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << QStringLiteral("UTF-8 (BOM)");
        QTest::newRow("gbk") << QByteArray(gb.encode(text)) << QStringLiteral("GB18030");
        QTest::newRow("utf-16le") << QByteArray(le.encode(text)) << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be") << QByteArray(be.encode(text)) << QStringLiteral("UTF-16BE");
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const auto d = TextDecoder::decode(bytes);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        QCOMPARE(d->encoding, encoding);
        QCOMPARE(d->text, QStringLiteral("身份证号,姓名\n370303199001011239,张晓三\n"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00 xlsx", 12) << QStringLiteral("binary");
        QTest::newRow("neither") << QByteArray("name\n\xFF\xFF\xFF\n") << QStringLiteral("neither");
        QTest::newRow("broken utf-8 after a bom") << QByteArray("\xEF\xBB\xBF\xC3\x28") << QStringLiteral("not valid UTF-8");
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const auto d = TextDecoder::decode(bytes);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().kind, ErrorKind::BadInput);
        QVERIFY2(d.error().message.contains(says), qPrintable(d.error().message));
    }

    void delimiters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QStringLiteral(",");
        QTest::newRow("semicolon, commas quoted") << QStringLiteral("a;b;c\n\"1,5\";2;3\n4;5;6\n") << QStringLiteral(";");
        QTest::newRow("tab") << QStringLiteral("a\tb\n1\t2\r\n3\t4\r\n") << QStringLiteral("\t");
        QTest::newRow("pipe") << QStringLiteral("a|b|c|d\n1|2|3|4\n") << QStringLiteral("|");
        QTest::newRow("one column") << QStringLiteral("a\n1\n") << QStringLiteral(",");
        QTest::newRow("ragged commas, steady tabs") << QStringLiteral("a,x\tb\n1\t2,3,4\n") << QStringLiteral("\t");
    }
    void delimiters()
    {
        QFETCH(QString, text);
        QFETCH(QString, delimiter);
        QCOMPARE(QString(TextDecoder::detectDelimiter(text)), delimiter);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
