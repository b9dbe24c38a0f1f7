#include "CoreTestSupport.h"
#include "DivisionMatcher.h"

#include <QtTest>

using namespace hc;
using hctest::TestDb;

Q_DECLARE_METATYPE(hc::MatchStatus)

namespace {
QString describe(const MatchResult &r)
{
    QStringList targets;
    for (const MatchTarget &t : r.targets)
        targets << t.code + QLatin1Char('/') + t.subarea;
    return QStringLiteral("%1 %2 [%3] reason: %4")
        .arg(matchStatusKey(r.status), r.code, targets.join(QStringLiteral(", ")), r.reason);
}
} // namespace

class TestDivisionMatcher : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> m_db;
    DivisionIndex m_index;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = std::make_unique<TestDb>();
        HC_REQUIRE_DB(*m_db);
        m_index = DivisionIndex::load(m_db->conn());
        QCOMPARE(m_index.nodes().size(), 31 + 342 + 2978 + 41352);
        QCOMPARE(m_index.children(-1).size(), 31);
    }

    void cleanupTestCase() { m_db.reset(); }

    void nameForms()
    {
        QCOMPARE(DivisionIndex::clean(QStringLiteral("管庄（地区）乡")), QStringLiteral("管庄地区乡"));
        QCOMPARE(DivisionIndex::stem(QStringLiteral("管庄（地区）乡")), QStringLiteral("管庄"));
        QCOMPARE(DivisionIndex::stem(QStringLiteral("酒仙桥街道")), QStringLiteral("酒仙桥"));
        QCOMPARE(DivisionIndex::stem(QStringLiteral("城区")), QStringLiteral("城区"));
        QCOMPARE(DivisionIndex::stem(QStringLiteral("乐东黎族自治县")), QStringLiteral("乐东黎族"));
        const int chaoyang = m_index.indexOf(QStringLiteral("110105"));
        QVERIFY(chaoyang >= 0);
        QCOMPARE(m_index.node(chaoyang).level, 3);
        QCOMPARE(m_index.node(m_index.node(chaoyang).parent).code, QStringLiteral("1101"));
        QVERIFY(m_index.descendants(chaoyang, 4).contains(m_index.indexOf(QStringLiteral("110105011"))));
    }

    void match_data()
    {
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("county");
        QTest::addColumn<QStringList>("communities");
        QTest::addColumn<hc::MatchStatus>("status");
        QTest::addColumn<QString>("code");

        const QStringList one{QStringLiteral("1号楼")};
        QTest::newRow("municipality district as city, street as county")
            << QStringLiteral("北京市") << QStringLiteral("朝阳区") << QStringLiteral("酒仙桥街道") << QStringList{QStringLiteral("二街坊")}
            << MatchStatus::Exact << QStringLiteral("110105011");
        QTest::newRow("municipality written twice")
            << QStringLiteral("上海市") << QStringLiteral("上海市") << QStringLiteral("黄浦区") << one << MatchStatus::Exact
            << QStringLiteral("310101");
        QTest::newRow("bracketed street name")
            << QStringLiteral("北京市") << QStringLiteral("朝阳区") << QStringLiteral("管庄（地区）乡") << one
            << MatchStatus::Exact << QStringLiteral("110105035");
        QTest::newRow("bracket holding the current name")
            << QStringLiteral("北京市") << QStringLiteral("平谷区") << QStringLiteral("平谷（渔阳地区）镇") << one
            << MatchStatus::Exact << QStringLiteral("110117003");
        QTest::newRow("province-administered county")
            << QStringLiteral("海南省") << QStringLiteral("省直辖县级行政单位") << QStringLiteral("乐东黎族自治县")
            << QStringList{QStringLiteral("利国镇腰果厂宿舍")} << MatchStatus::Exact << QStringLiteral("469027");
        QTest::newRow("city without counties: a town")
            << QStringLiteral("广东省") << QStringLiteral("东莞市") << QStringLiteral("石龙镇")
            << QStringList{QStringLiteral("石龙镇兴龙东路24号")} << MatchStatus::Exact << QStringLiteral("441900102");
        QTest::newRow("city without counties: a street")
            << QStringLiteral("广东省") << QStringLiteral("东莞市") << QStringLiteral("东城街道")
            << QStringList{QStringLiteral("同沙社区甘屋旧村")} << MatchStatus::Exact << QStringLiteral("441900003");
        QTest::newRow("development zone, short form")
            << QStringLiteral("吉林省") << QStringLiteral("长春市") << QStringLiteral("经开区")
            << QStringList{QStringLiteral("兴隆山镇中海寰宇天下")} << MatchStatus::Exact << QStringLiteral("220171");
        QTest::newRow("plain county")
            << QStringLiteral("河北省") << QStringLiteral("廊坊市") << QStringLiteral("安次区") << one << MatchStatus::Exact
            << QStringLiteral("131002");
        QTest::newRow("county empty: the city")
            << QStringLiteral("河北省") << QStringLiteral("廊坊市") << QString() << one << MatchStatus::Exact
            << QStringLiteral("1310");
        QTest::newRow("new area that is no division")
            << QStringLiteral("陕西省") << QStringLiteral("西安市") << QStringLiteral("西咸新区")
            << QStringList{QStringLiteral("沣东新城某某物流中心")} << MatchStatus::Approximate << QStringLiteral("6101");
        QTest::newRow("unknown county")
            << QStringLiteral("河北省") << QStringLiteral("廊坊市") << QStringLiteral("不存在县") << one
            << MatchStatus::Approximate << QStringLiteral("1310");
        QTest::newRow("unknown city")
            << QStringLiteral("河北省") << QStringLiteral("不存在市") << QStringLiteral("不存在县") << one
            << MatchStatus::Approximate << QStringLiteral("13");
    }

    void match()
    {
        QFETCH(QString, province);
        QFETCH(QString, city);
        QFETCH(QString, county);
        QFETCH(QStringList, communities);
        QFETCH(hc::MatchStatus, status);
        QFETCH(QString, code);
        const DivisionMatcher matcher(m_index);
        const MatchResult r = matcher.match(province, city, county, communities);
        QVERIFY2(r.status == status && r.code == code, qPrintable(describe(r)));
        QVERIFY(!r.targets.isEmpty());
        for (const MatchTarget &t : r.targets)
            QVERIFY2(t.code.startsWith(code), qPrintable(describe(r))); // never wider than the match
        if (status == MatchStatus::Exact) {
            QVERIFY2(r.reason.isEmpty(), qPrintable(describe(r)));
        } else {
            QVERIFY2(!r.reason.isEmpty(), qPrintable(describe(r)));
            // The names that could not be resolved stay in the sub-area text, so the area stays narrow.
            for (const MatchTarget &t : r.targets)
                QVERIFY2(!t.subarea.isEmpty(), qPrintable(describe(r)));
        }
    }

    void exactTargetsKeepCommunities()
    {
        const DivisionMatcher matcher(m_index);
        const MatchResult r = matcher.match(QStringLiteral("北京市"), QStringLiteral("朝阳区"), QStringLiteral("酒仙桥街道"),
                                            {QStringLiteral("二街坊"), QStringLiteral("四街坊"), QStringLiteral("二街坊")});
        QCOMPARE(r.status, MatchStatus::Exact);
        QCOMPARE(r.targets.size(), 2);
        QCOMPARE(r.targets.at(0), (MatchTarget{QStringLiteral("110105011"), QStringLiteral("二街坊")}));
        QCOMPARE(r.targets.at(1), (MatchTarget{QStringLiteral("110105011"), QStringLiteral("四街坊")}));
        // No communities: the whole division.
        const MatchResult whole = matcher.match(QStringLiteral("上海市"), QStringLiteral("上海市"), QStringLiteral("黄浦区"), {});
        QCOMPARE(whole.targets, (QList<MatchTarget>{{QStringLiteral("310101"), QString()}}));
        // "全域" means the whole division too.
        const MatchResult all = matcher.match(QStringLiteral("海南省"), QStringLiteral("省直辖县级行政单位"),
                                              QStringLiteral("乐东黎族自治县"), {QStringLiteral("全域")});
        QCOMPARE(all.targets, (QList<MatchTarget>{{QStringLiteral("469027"), QString()}}));
    }

    void xiXianNewArea()
    {
        const DivisionMatcher matcher(m_index);
        const MatchResult r = matcher.match(QStringLiteral("陕西省"), QStringLiteral("西安市"), QStringLiteral("西咸新区"),
                                            {QStringLiteral("沣东新城建章路街道孟家村")});
        QVERIFY2(r.status == MatchStatus::Approximate, qPrintable(describe(r)));
        QCOMPARE(r.code, QStringLiteral("6101"));
        QVERIFY2(r.reason.contains(QStringLiteral("西咸新区")), qPrintable(r.reason));
        QCOMPARE(r.targets.size(), 1);
        QVERIFY2(r.targets.first().subarea.contains(QStringLiteral("西咸新区")), qPrintable(describe(r)));
        QVERIFY2(r.targets.first().subarea.contains(QStringLiteral("孟家村")), qPrintable(describe(r)));
    }

    void bingtuan()
    {
        const DivisionMatcher matcher(m_index);
        const QString bt = QStringLiteral("新疆生产建设兵团");
        const MatchResult r = matcher.match(bt, bt, bt, {QStringLiteral("第八师石河子市北工业园区")});
        QVERIFY2(r.status != MatchStatus::Unmatched, qPrintable(describe(r)));
        QVERIFY2(r.code.startsWith(QStringLiteral("65")), qPrintable(describe(r)));
        QVERIFY2(r.status == MatchStatus::Exact, qPrintable(describe(r)));
        QCOMPARE(r.targets, (QList<MatchTarget>{{QStringLiteral("659001"), QStringLiteral("北工业园区")}}));
        // A division of the 兵团 that names no city: approximate, under Xinjiang, never unmatched.
        const MatchResult vague = matcher.match(bt, bt, bt, {QStringLiteral("第一师某某团场")});
        QVERIFY2(vague.status == MatchStatus::Approximate, qPrintable(describe(vague)));
        QCOMPARE(vague.code, QStringLiteral("65"));
        QVERIFY(!vague.reason.isEmpty());
    }

    void unknownProvince()
    {
        const DivisionMatcher matcher(m_index);
        const MatchResult r = matcher.match(QStringLiteral("火星省"), QStringLiteral("某市"), QStringLiteral("某区"),
                                            {QStringLiteral("1号楼")});
        QCOMPARE(r.status, MatchStatus::Unmatched);
        QVERIFY(r.code.isEmpty());
        QVERIFY(r.targets.isEmpty());
        QVERIFY2(r.reason.contains(QStringLiteral("火星省")), qPrintable(r.reason));
        QCOMPARE(matchStatusKey(r.status), QStringLiteral("unmatched"));
    }

    void communityNarrowsToStreet()
    {
        const DivisionMatcher matcher(m_index);
        const MatchResult r = matcher.match(QStringLiteral("吉林省"), QStringLiteral("长春市"), QStringLiteral("宽城区"),
                                            {QStringLiteral("团山街道小南街社区")});
        QVERIFY2(r.status == MatchStatus::Exact, qPrintable(describe(r)));
        QCOMPARE(r.code, QStringLiteral("220103"));
        QCOMPARE(r.targets, (QList<MatchTarget>{{QStringLiteral("220103008"), QStringLiteral("小南街社区")}}));
        // The same through targetsUnder; a community naming no street stays on the county.
        const int kuancheng = m_index.indexOf(QStringLiteral("220103"));
        const auto targets = matcher.targetsUnder(kuancheng, {QStringLiteral("团山街道小南街社区"), QStringLiteral("某某小区")});
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0), (MatchTarget{QStringLiteral("220103008"), QStringLiteral("小南街社区")}));
        QCOMPARE(targets.at(1), (MatchTarget{QStringLiteral("220103"), QStringLiteral("某某小区")}));
        // A repeated county name in front is dropped.
        const auto repeated = matcher.targetsUnder(kuancheng, {QStringLiteral("宽城区团山街道小南街社区")});
        QCOMPARE(repeated, (QList<MatchTarget>{{QStringLiteral("220103008"), QStringLiteral("小南街社区")}}));
    }

    // With the village level imported, a community that names its village lands on it.
    void communityNarrowsToVillage()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        QVERIFY(t.exec(QStringLiteral("INSERT INTO division(code, parent, level, name) VALUES"
                                      " ('220103008001', '220103008', 5, '小南街社区居委会'),"
                                      " ('220103008201', '220103008', 5, '大甸子村委会'),"
                                      " ('220103008202', '220103008', 5, '师屯南村村民委员会')")));
        QCOMPARE(DivisionIndex::villageStem(QStringLiteral("小南街社区居委会")), QStringLiteral("小南街社区"));
        QCOMPARE(DivisionIndex::villageStem(QStringLiteral("大甸子村委会")), QStringLiteral("大甸子村"));
        QCOMPARE(DivisionIndex::villageStem(QStringLiteral("师屯南村村民委员会")), QStringLiteral("师屯南村"));
        const DivisionIndex index = DivisionIndex::load(t.conn());
        const DivisionMatcher matcher(index);
        const MatchResult r = matcher.match(QStringLiteral("吉林省"), QStringLiteral("长春市"), QStringLiteral("宽城区"),
                                            {QStringLiteral("团山街道小南街社区3号楼2单元"), QStringLiteral("团山街道大甸子村全域"),
                                             QStringLiteral("团山街道师屯南村"), QStringLiteral("团山街道某某小区")});
        QVERIFY2(r.status == MatchStatus::Exact, qPrintable(describe(r)));
        QCOMPARE(r.targets, (QList<MatchTarget>{{QStringLiteral("220103008001"), QStringLiteral("3号楼2单元")},
                                                {QStringLiteral("220103008201"), QString()},
                                                {QStringLiteral("220103008202"), QString()},
                                                {QStringLiteral("220103008"), QStringLiteral("某某小区")}}));
        // Without villages nothing changes (the shared index of this test case has none).
        const DivisionMatcher plain(m_index);
        QCOMPARE(plain.targetsUnder(m_index.indexOf(QStringLiteral("220103")), {QStringLiteral("团山街道小南街社区3号楼")}),
                 (QList<MatchTarget>{{QStringLiteral("220103008"), QStringLiteral("小南街社区3号楼")}}));
    }
};

QTEST_GUILESS_MAIN(TestDivisionMatcher)
#include "tst_divisionmatcher.moc"
