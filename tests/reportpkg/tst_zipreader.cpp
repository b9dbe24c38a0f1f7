// ZipWriter and ZipReader: deterministic archives the unzip command accepts, and every way a hostile zip is
// refused (bombs, forged sizes, "../" and absolute names, duplicates, encryption, zip64, overlaps, limits).
#include "ZipReader.h"
#include "ZipWriter.h"

#include "TimeUtil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace hc;
using namespace hc::reports;

namespace {

const QDateTime kAt(QDate(2022, 11, 1), QTime(18, 30, 14), time::chinaZone());

QByteArray randomBytes(qsizetype n, quint32 seed = 7)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char(gen.generate() & 0xff);
    return b;
}

QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &members)
{
    ZipWriter w(kAt);
    for (const auto &[name, data] : members)
        w.add(name, data);
    return w.finish();
}

quint32 get32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

quint16 get16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

void set16(QByteArray &b, qsizetype at, quint16 v)
{
    qToLittleEndian(v, b.data() + at);
}

void set32(QByteArray &b, qsizetype at, quint32 v)
{
    qToLittleEndian(v, b.data() + at);
}

// Offsets of the central directory records (the archive has no comment).
QList<qsizetype> centralRecords(const QByteArray &zip)
{
    const qsizetype end = zip.size() - 22;
    QList<qsizetype> out;
    qsizetype at = get32(zip, end + 16);
    for (int i = 0; i < get16(zip, end + 10); ++i) {
        out.append(at);
        at += 46 + get16(zip, at + 28) + get16(zip, at + 30) + get16(zip, at + 32);
    }
    return out;
}

// Hand-made records for what ZipWriter never writes (data descriptors, members inside other members).
void putLocal(QByteArray &out, const QByteArray &name, quint16 flags, quint32 crc, quint32 csize,
              quint32 size)
{
    QByteArray h(30, '\0');
    set32(h, 0, 0x04034b50);
    set16(h, 4, 20);
    set16(h, 6, flags);
    set32(h, 14, crc);
    set32(h, 18, csize);
    set32(h, 22, size);
    set16(h, 26, quint16(name.size()));
    out += h + name;
}

QByteArray central(const QByteArray &name, quint16 flags, quint32 crc, quint32 size, quint32 offset)
{
    QByteArray h(46, '\0');
    set32(h, 0, 0x02014b50);
    set16(h, 4, (3 << 8) | 20);
    set16(h, 6, 20);
    set16(h, 8, flags);
    set32(h, 16, crc);
    set32(h, 20, size);
    set32(h, 24, size);
    set16(h, 28, quint16(name.size()));
    set32(h, 38, 0100644u << 16);
    set32(h, 42, offset);
    return h + name;
}

QByteArray endRecord(int count, qsizetype cdSize, qsizetype cdOffset)
{
    QByteArray h(22, '\0');
    set32(h, 0, 0x06054b50);
    set16(h, 8, quint16(count));
    set16(h, 10, quint16(count));
    set32(h, 12, quint32(cdSize));
    set32(h, 16, quint32(cdOffset));
    return h;
}

quint32 crcOf(const QByteArray &d)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef *>(d.constData()), uInt(d.size())));
}

// One stored member written with a data descriptor giving `descriptorSize` (the central directory says the
// truth).
QByteArray withDescriptor(const QByteArray &data, quint32 descriptorSize)
{
    QByteArray zip;
    putLocal(zip, "a.csv", 1 << 3, 0, 0, 0);
    zip += data;
    QByteArray d(16, '\0');
    set32(d, 0, 0x08074b50);
    set32(d, 4, crcOf(data));
    set32(d, 8, descriptorSize);
    set32(d, 12, descriptorSize);
    zip += d;
    const QByteArray cd = central("a.csv", 1 << 3, crcOf(data), quint32(data.size()), 0);
    const qsizetype cdOffset = zip.size();
    return zip + cd + endRecord(1, cd.size(), cdOffset);
}

int run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitCode();
}

} // namespace

class tst_ZipReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    void expectRefused(const QByteArray &zip, const char *words, const ZipLimits &limits = {})
    {
        const auto r = ZipReader::read(zip, limits);
        QVERIFY2(!r.ok(), words);
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QVERIFY2(r.error().message.contains(QLatin1String(words), Qt::CaseInsensitive),
                 qPrintable(r.error().message));
    }

private slots:
    void roundTripAndUnzip()
    {
        const QList<std::pair<QString, QByteArray>> members{
            {QStringLiteral("daily-2022-11-01.csv"),
             QByteArray("区划,红码,黄码\n370303,3,12\n").repeated(200)},
            {QStringLiteral("日报-2022-11-01.pdf"),
             "%PDF-1.4\n" + randomBytes(5000)}, // incompressible: stored
            {QStringLiteral("empty.json"), QByteArray()},
            {QStringLiteral("sub/notes.txt"), QByteArray("notes\n")}};
        const QByteArray zip = zipOf(members);
        QVERIFY(!zip.isEmpty());
        QCOMPARE(zipOf(members), zip); // deterministic: same input, same bytes
        const auto read = ZipReader::read(zip);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->size(), members.size());
        for (qsizetype i = 0; i < members.size(); ++i) {
            QCOMPARE(read->at(i).name, members[i].first);
            QCOMPARE(read->at(i).data, members[i].second);
        }
        // Methods: the CSV deflated, the random PDF stored; names flagged UTF-8.
        const QList<qsizetype> cd = centralRecords(zip);
        QCOMPARE(get16(zip, cd[0] + 10), quint16(8));
        QCOMPARE(get16(zip, cd[1] + 10), quint16(0));
        QVERIFY(get16(zip, cd[1] + 8) & (1 << 11));

        const QString path = m_tmp.filePath(QStringLiteral("round.zip"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(zip) == zip.size());
        f.close();
        QByteArray out;
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-t"), path}, &out), 0);
        QVERIFY2(out.contains("No errors detected"), out.constData());
        // zipinfo: the DOS time is the UTC+8 wall clock (seconds rounded down to even), mode 0644.
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-Z"), QStringLiteral("-T"), path}, &out), 0);
        QVERIFY2(out.contains("20221101.183014"), out.constData());
        QVERIFY2(out.contains("-rw-r--r--"), out.constData());
        QVERIFY2(out.contains("日报-2022-11-01.pdf"), out.constData());
        // Extracted by unzip: the same bytes under the same UTF-8 names.
        const QString dir = m_tmp.filePath(QStringLiteral("round"));
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-q"), path, QStringLiteral("-d"), dir}), 0);
        QFile pdf(dir + QStringLiteral("/日报-2022-11-01.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.readAll(), members[1].second);
    }

    void emptyArchive()
    {
        const auto r = ZipReader::read(zipOf({}));
        QVERIFY(r.ok());
        QVERIFY(r->isEmpty());
    }

    void notAZip()
    {
        expectRefused(QByteArray(), "too short");
        expectRefused(randomBytes(4096), "no end of central directory");
        QByteArray zip = zipOf({{QStringLiteral("a.csv"), QByteArray("x,y\n").repeated(100)}});
        expectRefused(zip.left(zip.size() - 5), "no end of central directory");
        expectRefused(zip + "trailing", "no end of central directory");
        expectRefused(zip.mid(10), "central directory");
    }

    void endRecordSearchIsBounded()
    {
        QByteArray zip = zipOf({{QStringLiteral("a.csv"), QByteArray("1\n")}});
        // The longest comment (65,535 bytes) is still found...
        QByteArray commented = zip;
        set16(commented, commented.size() - 2, 0xffff);
        commented += QByteArray(0xffff, 'c');
        QVERIFY(ZipReader::read(commented).ok());
        // ...one byte more is not a zip any more (the search stops 65,557 bytes from the end).
        QByteArray longer = zip;
        longer += QByteArray(0x10000, 'c');
        expectRefused(longer, "no end of central directory");
    }

    void unsafeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("words");
        QTest::newRow("parent") << QStringLiteral("../evil") << QStringLiteral("..");
        QTest::newRow("parent inside") << QStringLiteral("a/../../evil") << QStringLiteral("..");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("absolute");
        QTest::newRow("drive") << QStringLiteral("C:/evil") << QStringLiteral("absolute");
        QTest::newRow("backslash") << QStringLiteral("..\\evil") << QStringLiteral("backslash");
        QTest::newRow("directory") << QStringLiteral("dir/") << QStringLiteral("directory");
        QTest::newRow("dot") << QStringLiteral("./a.csv") << QStringLiteral("relative");
        QTest::newRow("empty part") << QStringLiteral("a//b") << QStringLiteral("relative");
        QTest::newRow("control") << QStringLiteral("a\nb") << QStringLiteral("control");
    }

    void unsafeNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, words);
        expectRefused(zipOf({{QStringLiteral("ok.csv"), "1"}, {name, "evil"}}), qPrintable(words));
        QVERIFY(!ZipReader::checkName(name).ok());
    }

    void invalidUtf8NameAndLinks()
    {
        QByteArray zip = zipOf({{QStringLiteral("a.csv"), "1"}});
        QByteArray bad = zip;
        bad[30] = char(0xff); // first byte of the name, in the local header
        bad[centralRecords(bad)[0] + 46] = char(0xff);
        expectRefused(bad, "UTF-8");
        // A symbolic link (Unix mode 0120777) or an MS-DOS directory attribute.
        QByteArray link = zip;
        set32(link, centralRecords(link)[0] + 38, 0120777u << 16);
        expectRefused(link, "link");
        QByteArray dosDir = zip;
        set32(dosDir, centralRecords(dosDir)[0] + 38, 0x10);
        expectRefused(dosDir, "directory");
    }

    void duplicates()
    {
        expectRefused(zipOf({{QStringLiteral("a.csv"), "1"}, {QStringLiteral("a.csv"), "2"}}), "twice");
        expectRefused(zipOf({{QStringLiteral("A.csv"), "1"}, {QStringLiteral("a.csv"), "2"}}), "twice");
    }

    void limits()
    {
        QList<std::pair<QString, QByteArray>> many;
        for (int i = 0; i < 65; ++i)
            many.append({QStringLiteral("f%1.csv").arg(i), "1"});
        expectRefused(zipOf(many), "more than the 64 allowed");
        QVERIFY(ZipReader::read(zipOf(many.mid(0, 64))).ok());

        ZipLimits small;
        small.maxEntryBytes = 1 << 20;
        small.maxTotalBytes = 3 << 20;
        const QByteArray zeros(2 << 20, '\0'); // 2 MiB of zeros deflate to about 2 KiB
        const QByteArray bomb = zipOf({{QStringLiteral("bomb.csv"), zeros}});
        QVERIFY(bomb.size() < 10000);
        expectRefused(bomb, "more than the 1048576 allowed", small);
        const QByteArray part(small.maxEntryBytes, '\0');
        expectRefused(zipOf({{QStringLiteral("a"), part},
                             {QStringLiteral("b"), part},
                             {QStringLiteral("c"), part},
                             {QStringLiteral("d"), part}}),
                      "more than the 3145728 bytes", small);
        // The default caps: 65 MiB of zeros (about 65 KiB compressed) is one entry too large.
        expectRefused(zipOf({{QStringLiteral("bomb.csv"), QByteArray(65 << 20, '\0')}}),
                      "more than the 67108864");
    }

    void forgedSizes()
    {
        const QByteArray zeros(1 << 20, '\0');
        const QByteArray zip = zipOf({{QStringLiteral("bomb.csv"), zeros}});
        const qsizetype cd = centralRecords(zip)[0];
        // Declared small in both headers, inflating to 1 MiB: inflation stops at the declared size.
        QByteArray lying = zip;
        set32(lying, 22, 1000);
        set32(lying, cd + 24, 1000);
        expectRefused(lying, "more than its declared 1000 bytes");
        // Declared larger than the data inflates to.
        QByteArray larger = zip;
        set32(larger, 22, (1 << 20) + 1);
        set32(larger, cd + 24, (1 << 20) + 1);
        expectRefused(larger, "not the 1048577");
        // Local and central headers disagree.
        QByteArray mismatch = zip;
        set32(mismatch, cd + 24, 1000);
        expectRefused(mismatch, "different sizes or CRC");
        // A wrong CRC in both headers.
        QByteArray crc = zip;
        set32(crc, 14, get32(crc, 14) ^ 1);
        set32(crc, cd + 16, get32(crc, cd + 16) ^ 1);
        expectRefused(crc, "CRC-32");
        // Damaged compressed data.
        QByteArray damaged = zip;
        damaged[40] = char(damaged[40] ^ 0x55);
        damaged[41] = char(damaged[41] ^ 0x55);
        QVERIFY(!ZipReader::read(damaged).ok());
    }

    void unsupported()
    {
        const QByteArray zip = zipOf({{QStringLiteral("a.csv"), QByteArray("x,y\n").repeated(100)}});
        const qsizetype cd = centralRecords(zip)[0];
        QByteArray encrypted = zip;
        set16(encrypted, 6, get16(encrypted, 6) | 1);
        set16(encrypted, cd + 8, get16(encrypted, cd + 8) | 1);
        expectRefused(encrypted, "encrypted");
        QByteArray zip64 = zip;
        set32(zip64, 22, 0xffffffff);
        set32(zip64, cd + 24, 0xffffffff);
        expectRefused(zip64, "zip64");
        QByteArray zip64End = zip;
        set16(zip64End, zip64End.size() - 12, 0xffff);
        set16(zip64End, zip64End.size() - 14, 0xffff);
        expectRefused(zip64End, "zip64");
        QByteArray method = zip;
        set16(method, 8, 12);
        set16(method, cd + 10, 12);
        expectRefused(method, "compression method 12");
    }

    void dataDescriptors()
    {
        const QByteArray data("区划,红码\n370303,3\n");
        const auto ok = ZipReader::read(withDescriptor(data, quint32(data.size())));
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->first().data, data);
        expectRefused(withDescriptor(data, quint32(data.size()) + 1), "data descriptor");
    }

    void overlappingMembers()
    {
        // b.csv's local record sits inside a.csv's stored data: two names, the same bytes.
        const QByteArray inner("1,2,3\n");
        QByteArray bRecord;
        putLocal(bRecord, "b.csv", 0, crcOf(inner), quint32(inner.size()), quint32(inner.size()));
        bRecord += inner;
        QByteArray zip;
        putLocal(zip, "a.csv", 0, crcOf(bRecord), quint32(bRecord.size()), quint32(bRecord.size()));
        const qsizetype bOffset = zip.size();
        zip += bRecord;
        const QByteArray cd = central("a.csv", 0, crcOf(bRecord), quint32(bRecord.size()), 0) +
                              central("b.csv", 0, crcOf(inner), quint32(inner.size()), quint32(bOffset));
        const qsizetype cdOffset = zip.size();
        zip += cd + endRecord(2, cd.size(), cdOffset);
        expectRefused(zip, "share the same bytes");
    }

    void writerRefusesZip64()
    {
        ZipWriter w(kAt);
        for (int i = 0; i < 0xffff; ++i)
            w.add(QStringLiteral("f%1").arg(i), QByteArray());
        QVERIFY(w.error().isEmpty());
        w.add(QStringLiteral("one-more"), QByteArray());
        QVERIFY(w.finish().isEmpty());
        QVERIFY(w.error().contains(QLatin1String("zip64")));
    }
};

QTEST_GUILESS_MAIN(tst_ZipReader)
#include "tst_zipreader.moc"
