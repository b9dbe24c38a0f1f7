// The four reports' figures against the hand-counted fixture (ReportFixture.h), the PDF's text through pdftotext,
// the same bytes for the same data and "as of" time, masking and permissions.
#include "ReportFixture.h"
#include "Authorizer.h"
#include "Commission.h"
#include "ReportExporter.h"
#include "ReportPdf.h"

#include "PdfText.h"

#include <QProcess>

using namespace hc;
using namespace hc::reports;
using namespace hctest;

namespace {

const ReportTable *table(const Report &r, const QString &key)
{
    for (const ReportSection &s : r.sections)
        for (const ReportTable &t : s.tables)
            if (t.key == key)
                return &t;
    return nullptr;
}

QVariant cell(const ReportTable &t, int row, const QString &key)
{
    return t.rows.value(row).value(t.keys.indexOf(key));
}

// pdftotext's text, NFKC (it gives some characters as Kangxi radicals), without spaces.
QString pdfText(const QByteArray &pdf, const QString &dir)
{
    QFile f(dir + QStringLiteral("/r.pdf"));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), f.fileName(), QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return hctest::normalisePdfText(QString::fromUtf8(p.readAllStandardOutput()));
}

} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> t;
    QStringList ids;

    Official official(const QString &name)
    {
        auto o = Authorizer(t->conn()).official(name);
        return o ? *o : Official{};
    }
    Result<Report> build(const QString &who, const ReportRequest &r)
    {
        return ReportBuilder(t->conn(), t->clock).build(official(who), r);
    }
    static ReportRequest daily(const QString &date, const QString &division = {})
    {
        ReportRequest r;
        r.kind = ReportKind::Daily;
        r.date = QDate::fromString(date, Qt::ISODate);
        r.division = division;
        return r;
    }

private slots:
    void init()
    {
        t = std::make_unique<TestDb>();
        HC_REQUIRE_DB(*t);
        ids.clear();
        QVERIFY(buildReportFixture(*t, &ids));
        QVERIFY(Commission::save(t->conn(), {QStringLiteral("370300"), QStringLiteral("淄博市卫生健康委员会")}));
    }

    void dailyFigures()
    {
        const auto r = build(QStringLiteral("wang"), daily(QStringLiteral("2022-11-02")));
        HC_VERIFY_OK(r);
        QCOMPARE(r->commission, QStringLiteral("淄博市卫生健康委员会"));
        QCOMPARE(r->scope, QStringLiteral("山东省淄博市"));
        QCOMPARE(r->asOf, at(QStringLiteral("2022-11-02T10:00:00+08:00")).toSecsSinceEpoch()); // today: now
        const ReportTable *c = table(*r, QStringLiteral("colors_by_county"));
        QVERIFY(c);
        QCOMPARE(c->rows.size(), 2);
        QCOMPARE(cell(*c, 0, QStringLiteral("name")).toString(), QStringLiteral("淄川区"));
        QCOMPARE(cell(*c, 0, QStringLiteral("yellow")).toLongLong(), 2);
        QCOMPARE(cell(*c, 0, QStringLiteral("yellow_change")).toLongLong(), 2);
        QCOMPARE(cell(*c, 0, QStringLiteral("green_change")).toLongLong(), -2);
        QCOMPARE(cell(*c, 1, QStringLiteral("red")).toLongLong(), 1);
        QCOMPARE(cell(*c, 1, QStringLiteral("green")).toLongLong(), 2);
        QCOMPARE(c->totals.value(c->keys.indexOf(QStringLiteral("total"))).toLongLong(), 5);
        const ReportTable *changed = table(*r, QStringLiteral("areas_changed"));
        QCOMPARE(changed->rows.size(), 1);
        QCOMPARE(cell(*changed, 0, QStringLiteral("change")).toString(), QStringLiteral("划定为中风险区"));
        QCOMPARE(cell(*changed, 0, QStringLiteral("basis")).toString(), QStringLiteral("流调"));
        const ReportTable *inForce = table(*r, QStringLiteral("areas_in_force"));
        QCOMPARE(inForce->totals.value(3).toLongLong(), 1);
        const ReportTable *tickets = table(*r, QStringLiteral("tickets"));
        QCOMPARE(cell(*tickets, 0, QStringLiteral("count")).toLongLong(), 2); // received that day
        QCOMPARE(cell(*tickets, 1, QStringLiteral("count")).toLongLong(), 0); // closed
        QCOMPARE(cell(*tickets, 2, QStringLiteral("count")).toLongLong(), 1); // overdue at 10:00
        // The previous day, whole: as of its end.
        const auto before = build(QStringLiteral("wang"), daily(QStringLiteral("2022-11-01")));
        HC_VERIFY_OK(before);
        QCOMPARE(before->asOf, at(QStringLiteral("2022-11-02T00:00:00+08:00")).toSecsSinceEpoch());
        const ReportTable *c1 = table(*before, QStringLiteral("colors_by_county"));
        QCOMPARE(c1->totals.value(c1->keys.indexOf(QStringLiteral("green"))).toLongLong(), 5);
        QCOMPARE(c1->totals.value(c1->keys.indexOf(QStringLiteral("green_change"))).toLongLong(), 5);
    }

    void sameDataSameBytes()
    {
        const auto a = build(QStringLiteral("wang"), daily(QStringLiteral("2022-11-01")));
        t->clock.set(at(QStringLiteral("2022-11-02T10:30:00+08:00")));
        const auto b = build(QStringLiteral("li"), daily(QStringLiteral("2022-11-01")));
        HC_VERIFY_OK(a);
        HC_VERIFY_OK(b);
        QCOMPARE(a->toCsv(), b->toCsv());
        QCOMPARE(a->toJson(), b->toJson());
        QVERIFY(a->toCsv().startsWith("\xEF\xBB\xBF"));
        const QJsonDocument json = QJsonDocument::fromJson(a->toJson());
        QVERIFY(json.isObject());
        QCOMPARE(json[QStringLiteral("kind")].toString(), QStringLiteral("daily"));
    }

    void pdfText()
    {
        auto r = ReportExporter(t->conn(), t->clock).prepare(official(QStringLiteral("wang")), daily(QStringLiteral("2022-11-02")), true);
        HC_VERIFY_OK(r);
        const QByteArray pdf = ReportPdf::render(*r);
        QVERIFY(pdf.startsWith("%PDF"));
        QTemporaryDir dir;
        const QString text = ::pdfText(pdf, dir.path());
        QVERIFY2(!text.isEmpty(), "pdftotext gave nothing (poppler-utils)");
        for (const QString &s : {QStringLiteral("疫情防控日报"), QStringLiteral("淄博市卫生健康委员会"), QStringLiteral("数据截至"),
                                 QStringLiteral("2022年11月2日10:00"), QStringLiteral("第1页共"), QStringLiteral("淄川区"),
                                 QStringLiteral("当日新划定风险区域1个"), QStringLiteral("未签名草稿"), QStringLiteral("生成:wang")})
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" in ") + text));
        QVERIFY2(text.contains(hctest::normalisePdfText(QStringLiteral("持码人5人，其中红码1人（较前日+1），黄码2人（较前日+2），绿码2人，灰码0人"))),
                 qPrintable(text.left(600)));
    }

    void announcement()
    {
        ReportRequest r;
        r.kind = ReportKind::Announcement;
        r.at = at(QStringLiteral("2022-11-02T10:00:00+08:00")).toSecsSinceEpoch();
        const auto a = build(QStringLiteral("wang"), r);
        HC_VERIFY_OK(a);
        const ReportTable *areas = table(*a, QStringLiteral("areas"));
        QCOMPARE(areas->rows.size(), 1);
        QCOMPARE(cell(*areas, 0, QStringLiteral("level")).toString(), QStringLiteral("中风险区"));
        QCOMPARE(cell(*areas, 0, QStringLiteral("county")).toString(), QStringLiteral("淄川区"));
        QVERIFY(a->sections[0].paragraphs[0].contains(QStringLiteral("高风险区0个、中风险区1个")));
        r.at = at(QStringLiteral("2022-11-02T09:00:00+08:00")).toSecsSinceEpoch(); // before the declaration
        QCOMPARE(table(*build(QStringLiteral("wang"), r), QStringLiteral("areas"))->rows.size(), 0);
        r.at = at(QStringLiteral("2030-01-01T00:00:00+08:00")).toSecsSinceEpoch();
        HC_VERIFY_ERROR(build(QStringLiteral("wang"), r), ErrorKind::BadInput);
    }

    void ticketMonth()
    {
        ReportRequest r;
        r.kind = ReportKind::TicketMonth;
        r.month = QStringLiteral("2022-11");
        const auto m = build(QStringLiteral("wang"), r);
        HC_VERIFY_OK(m);
        const ReportTable *ks = table(*m, QStringLiteral("by_kind_state"));
        QCOMPARE(ks->rows.size(), 1);
        QCOMPARE(cell(*ks, 0, QStringLiteral("total")).toLongLong(), 3);
        QCOMPARE(cell(*ks, 0, QStringLiteral("closed")).toLongLong(), 1);
        QCOMPARE(cell(*ks, 0, QStringLiteral("met_rate")).toString(), QStringLiteral("50.0%")); // T1 met, T2 overdue; T3 not due
        QVERIFY(m->sections[0].paragraphs[0].contains(QStringLiteral("办理时长中位数3.0小时")));
        r.month = QStringLiteral("2022-13");
        HC_VERIFY_ERROR(build(QStringLiteral("wang"), r), ErrorKind::BadInput);
    }

    void permissions()
    {
        QVERIFY(t->addOfficial(QStringLiteral("county"), {QStringLiteral("operator")}, QStringLiteral("370303")));
        HC_VERIFY_ERROR(build(QStringLiteral("county"), daily(QStringLiteral("2022-11-02"), QStringLiteral("370302"))), ErrorKind::Refused);
        HC_VERIFY_OK(build(QStringLiteral("county"), daily(QStringLiteral("2022-11-02"))));
        ReportRequest b;
        b.kind = ReportKind::Batch;
        b.batchId = 1;
        HC_VERIFY_ERROR(build(QStringLiteral("county"), b), ErrorKind::Refused); // needs the case-batch permission
        HC_VERIFY_ERROR(build(QStringLiteral("admin"), b), ErrorKind::BadInput); // no such batch
        HC_VERIFY_ERROR(build(QStringLiteral("wang"), daily(QStringLiteral("2019-01-01"))), ErrorKind::BadInput);
        HC_VERIFY_ERROR(build(QStringLiteral("wang"), daily(QStringLiteral("2022-11-02"), QStringLiteral("37abc"))), ErrorKind::BadInput);
    }

    void noPersonalDataUnmasked()
    {
        for (const ReportKind k : {ReportKind::Daily, ReportKind::TicketMonth}) {
            ReportRequest r = daily(QStringLiteral("2022-11-02"));
            r.kind = k;
            r.month = QStringLiteral("2022-11");
            const auto rep = build(QStringLiteral("wang"), r);
            HC_VERIFY_OK(rep);
            for (const QString &id : ids)
                QVERIFY(!rep->toJson().contains(id.toUtf8()) && !rep->toCsv().contains(id.toUtf8()));
            QVERIFY(!rep->toJson().contains("13812345678") && !rep->toJson().contains("13805330001"));
        }
    }
};

QTEST_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
