#include "CoreTestSupport.h"
#include "DivisionNameIndex.h"
#include "DivisionSearch.h"

#include <QtTest>

using namespace hc;
using hctest::TestDb;

namespace {
QStringList codes(const QList<DivisionHit> &l)
{
    QStringList out;
    for (const DivisionHit &h : l)
        out << h.division.code;
    return out;
}

// Two villages under 张店区 车站街道, so that level 5 is there as in the full tree.
bool addVillages(const TestDb &t)
{
    return t.exec(QStringLiteral("INSERT INTO division(code, parent, level, name) VALUES"
                                 " ('370303001001', '370303001', 5, '张店路社区居民委员会'),"
                                 " ('370303001002', '370303001', 5, '红旗社区居民委员会')"));
}
} // namespace

// DivisionSearch on both backends (the suite runs again on PostgreSQL): names, codes, the parents' names, what
// names nothing.
class TestDivisionSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void namePrefixWithParents()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        QVERIFY(addVillages(t));
        const DivisionSearch search(t.conn());
        const auto found = search.search(QStringLiteral("张店"));
        QVERIFY(found.size() >= 10);
        QCOMPARE(found.first().division.code, QStringLiteral("370303"));
        QCOMPARE(found.first().label(), QStringLiteral("张店区 · 淄博市 · 山东省"));
        // Provinces, cities and counties first; then streets and towns; the village last.
        for (int i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).division.level <= found.at(i).division.level);
        QCOMPARE(found.last().division.code, QStringLiteral("370303001001"));
        QCOMPARE(found.last().label(), QStringLiteral("张店路社区居民委员会 · 车站街道 · 张店区 · 淄博市 · 山东省"));
        for (const DivisionHit &h : found)
            QVERIFY(h.division.name.startsWith(QStringLiteral("张店")));
        // A town of another province reads with its own parents.
        const QStringList towns = codes(found);
        QVERIFY(towns.contains(QStringLiteral("140405105")));
        QCOMPARE(search.search(QStringLiteral("张店"), 3).size(), 3);
    }

    void shallowBeforeDeepPrefixBeforeContained()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const DivisionSearch search(t.conn());
        // The city and the three counties named 朝阳… before the streets and towns.
        auto found = search.search(QStringLiteral("朝阳"), 50);
        QCOMPARE(found.size(), 50);
        QCOMPARE(found.at(0).division.code, QStringLiteral("2113"));
        QStringList counties = codes(found.mid(1, 3));
        counties.sort();
        QCOMPARE(counties, (QStringList{QStringLiteral("110105"), QStringLiteral("211321"), QStringLiteral("220104")}));
        for (const DivisionHit &h : found.mid(4)) {
            QVERIFY(h.division.name.contains(QStringLiteral("朝阳")));
            QVERIFY2(h.division.level >= 4, qPrintable(h.label()));
        }
        // 阳泉市 … (starting with 阳) before 沈阳市 … (containing it), every one a province, city or county.
        found = search.search(QStringLiteral("阳"), 50);
        QCOMPARE(found.size(), 50);
        bool containedSeen = false;
        for (const DivisionHit &h : found) {
            QVERIFY2(h.division.level <= 3, qPrintable(h.label()));
            if (!h.division.name.startsWith(QStringLiteral("阳")))
                containedSeen = true;
            else
                QVERIFY2(!containedSeen, qPrintable(h.label()));
        }
        QVERIFY(containedSeen);
        QVERIFY(codes(found).contains(QStringLiteral("2101"))); // 沈阳市
    }

    void codePrefix()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const DivisionSearch search(t.conn());
        auto found = search.search(QStringLiteral("3703"), 20);
        QCOMPARE(found.size(), 20);
        QCOMPARE(found.first().division.code, QStringLiteral("3703"));
        QCOMPARE(found.first().label(), QStringLiteral("淄博市 · 山东省"));
        QCOMPARE(found.at(1).division.code, QStringLiteral("370302"));
        for (const DivisionHit &h : found)
            QVERIFY(h.division.code.startsWith(QStringLiteral("3703")));
        // The GB/T six-digit form names the city.
        QCOMPARE(search.search(QStringLiteral("370300"), 5).value(0).division.code, QStringLiteral("3703"));
        QCOMPARE(codes(search.search(QStringLiteral("110105011"))), QStringList{QStringLiteral("110105011")});
    }

    void parentPathText()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const DivisionSearch search(t.conn());
        // 市辖区 is bookkeeping, not a place: left out of the label.
        QCOMPARE(search.hit(QStringLiteral("110105011"))->label(), QStringLiteral("酒仙桥街道 · 朝阳区 · 北京市"));
        QCOMPARE(search.hit(QStringLiteral("110105011"))->parents, (QStringList{QStringLiteral("朝阳区"), QStringLiteral("北京市")}));
        QVERIFY(!search.hit(QStringLiteral("999999")));
        // Further words narrow by the parents' names.
        const auto beijing = search.search(QStringLiteral("朝阳区 北京"));
        QVERIFY(!beijing.isEmpty());
        QCOMPARE(beijing.first().division.code, QStringLiteral("110105"));
        for (const DivisionHit &h : beijing)
            QVERIFY(h.label().contains(QStringLiteral("北京")));
        // A label pasted back names its division.
        QCOMPARE(search.search(QStringLiteral("张店区 · 淄博市 · 山东省")).value(0).division.code, QStringLiteral("370303"));
        const DivisionResolution r = search.resolve(QStringLiteral("张店区 · 淄博市 · 山东省"));
        QCOMPARE(r.kind, DivisionResolution::Exact);
        QCOMPARE(r.hit.division.code, QStringLiteral("370303"));
        QCOMPARE(search.resolve(QStringLiteral("酒仙桥街道 · 朝阳区 · 北京市")).hit.division.code, QStringLiteral("110105011"));
    }

    void resolveWhatIsTyped()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const DivisionSearch search(t.conn());
        DivisionResolution r = search.resolve(QStringLiteral("370303"));
        QCOMPARE(r.kind, DivisionResolution::Exact);
        QVERIFY(r.code);
        QCOMPARE(r.hit.label(), QStringLiteral("张店区 · 淄博市 · 山东省"));
        QCOMPARE(search.resolve(QStringLiteral("370300")).hit.division.code, QStringLiteral("3703"));
        QCOMPARE(search.resolve(QStringLiteral("37030")).kind, DivisionResolution::Partial); // codes start with it
        QCOMPARE(search.resolve(QStringLiteral("张店")).kind, DivisionResolution::Partial);
        QCOMPARE(search.resolve(QStringLiteral("张店区")).hit.division.code, QStringLiteral("370303")); // only one
        r = search.resolve(QStringLiteral("朝阳区"));
        QCOMPARE(r.kind, DivisionResolution::Ambiguous);
        QVERIFY(r.candidates >= 2);
        QCOMPARE(search.resolve(QStringLiteral("朝阳区 北京")).hit.division.code, QStringLiteral("110105"));
        QCOMPARE(search.resolve(QStringLiteral("  ")).kind, DivisionResolution::Empty);
    }

    void unknownCodeAndName()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        const DivisionSearch search(t.conn());
        QVERIFY(search.search(QStringLiteral("999999")).isEmpty());
        DivisionResolution r = search.resolve(QStringLiteral("999999"));
        QCOMPARE(r.kind, DivisionResolution::Unknown);
        QVERIFY(r.code);
        QCOMPARE(search.resolve(QStringLiteral("370399")).kind, DivisionResolution::Unknown);
        r = search.resolve(QStringLiteral("不存在的地方"));
        QCOMPARE(r.kind, DivisionResolution::Unknown);
        QVERIFY(!r.code);
        QCOMPARE(search.resolve(QStringLiteral("张店区 北京")).kind, DivisionResolution::Unknown); // not under 北京
    }

    // Villages are found by their leading characters; inside their names only with the name index.
    void villagesWithAndWithoutIndex()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        QVERIFY(addVillages(t));
        QVERIFY(t.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('divisions_generation', 'v')")));
        QCOMPARE(codes(DivisionSearch(t.conn()).search(QStringLiteral("红旗社区"))), QStringList{QStringLiteral("370303001002")});
        QVERIFY(DivisionSearch(t.conn()).search(QStringLiteral("旗社区")).isEmpty());
        const DivisionNameIndex index = DivisionNameIndex::build(t.conn());
        QCOMPARE(codes(DivisionSearch(t.conn(), &index).search(QStringLiteral("旗社区"))), QStringList{QStringLiteral("370303001002")});
        // Both find the same names within levels 1–4.
        for (const char *text : {"朝阳", "酒仙桥", "开发区"}) {
            QStringList a = codes(DivisionSearch(t.conn()).search(QString::fromUtf8(text), 100000));
            QStringList b = codes(DivisionSearch(t.conn(), &index).search(QString::fromUtf8(text), 100000));
            a.sort();
            b.sort();
            QCOMPARE(b, a);
        }
        // A stale index is not used.
        QVERIFY(t.exec(QStringLiteral("UPDATE meta SET value = 'w' WHERE key = 'divisions_generation'")));
        QVERIFY(DivisionSearch(t.conn(), &index).search(QStringLiteral("旗社区")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDivisionSearch)
#include "tst_divisionsearch.moc"
