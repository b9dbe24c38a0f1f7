#include "CoreTestSupport.h"
#include "DivisionNameIndex.h"
#include "DivisionRepository.h"

#include <QtTest>

using namespace hc;
using hctest::TestDb;

namespace {
QStringList codes(const QList<Division> &l)
{
    QStringList out;
    for (const Division &d : l)
        out << d.code;
    return out;
}
} // namespace

class TestDivisionRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void codePrefixShallowFirst()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const DivisionRepository repo(t.conn());
        const auto found = repo.search(QStringLiteral("37"), 10);
        QCOMPARE(found.size(), 10);
        QCOMPARE(found.first().code, QStringLiteral("37"));
        QCOMPARE(found.at(1).code, QStringLiteral("3701"));
        for (int i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).level <= found.at(i).level);
        QCOMPARE(codes(repo.search(QStringLiteral("110105011"), 50)), QStringList{QStringLiteral("110105011")});
        QVERIFY(repo.search(QStringLiteral("999"), 50).isEmpty());
    }

    void namePrefixThenContained()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const DivisionRepository repo(t.conn());
        const auto found = repo.search(QStringLiteral("朝阳"), 50);
        QVERIFY(!found.isEmpty());
        // Names starting with the text come before names containing it, each shallow first.
        bool containedSeen = false;
        for (const Division &d : found) {
            QVERIFY(d.name.contains(QStringLiteral("朝阳")));
            if (!d.name.startsWith(QStringLiteral("朝阳")))
                containedSeen = true;
            else
                QVERIFY(!containedSeen);
        }
        QVERIFY(codes(found).contains(QStringLiteral("110105"))); // 北京市 朝阳区
        QCOMPARE(repo.pathName(QStringLiteral("110105011")), QStringLiteral("北京市 市辖区 朝阳区 酒仙桥街道"));
    }

    // The in-memory pass gives the same divisions as SQLite's, for any text.
    void nameIndexAgreesWithSql_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *s : {"朝阳", "新村", "街道", "管庄", "酒仙桥", "镇", "开发区", "不存在的名字"})
            QTest::newRow(s) << QString::fromUtf8(s);
    }
    void nameIndexAgreesWithSql()
    {
        QFETCH(QString, text);
        TestDb t;
        HC_REQUIRE_DB(t);
        const DivisionRepository repo(t.conn());
        const DivisionNameIndex index = DivisionNameIndex::build(t.conn());
        QCOMPARE(index.size(), 44703);
        const int limit = 100000; // all of them: the orders differ only in how ties are cut at the limit
        QStringList sql = codes(repo.search(text, limit));
        QStringList mem = codes(repo.search(text, limit, &index));
        sql.sort();
        mem.sort();
        QCOMPARE(mem, sql);
        // Shallow first in the index.
        const QStringList first = index.find(text, 20, false);
        for (int i = 1; i < first.size(); ++i)
            QVERIFY(first.at(i - 1).size() <= first.at(i).size());
    }

    void staleIndexIsNotUsed()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const DivisionNameIndex index = DivisionNameIndex::build(t.conn());
        QVERIFY(t.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('divisions_generation', 'x')")));
        QVERIFY(index.generation() != DivisionNameIndex::currentGeneration(t.conn()));
        // A division added behind the index's back is still found, through SQLite.
        QVERIFY(t.exec(QStringLiteral("INSERT INTO division(code, parent, level, name) VALUES('110105011999', '110105011', 5,"
                                      " '测试新增社区居委会')")));
        const DivisionRepository repo(t.conn());
        QVERIFY(codes(repo.search(QStringLiteral("新增社区"), 50, &index)).contains(QStringLiteral("110105011999")));
    }
};

QTEST_GUILESS_MAIN(TestDivisionRepository)
#include "tst_divisionrepository.moc"
