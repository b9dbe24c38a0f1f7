// Every absurd value issue 16 found accepted is refused in the core with its reason, and changes nothing:
// a 1,000,000-character address, a 2,000,000-character complaint, a 5,000,000-character community, a 2 MB
// address in a case report, report_time 0001-01-01, declarations from 0001 and 9999, a policy start given in
// milliseconds, a raw NUL in a JSON string, national lists dated 9999 and 0001 (docs/limits.md).
#include "AppealService.h"
#include "CaseBatchService.h"
#include "CoreTestSupport.h"
#include "HolderService.h"
#include "Limits.h"
#include "NationalImporter.h"
#include "NationalList.h"
#include "PolicyStore.h"
#include "RiskAreaService.h"

using namespace hc;
using hctest::residentId;
using hctest::TestDb;

namespace {

QByteArray listJson(const QString &time, const QString &community)
{
    QJsonObject entry{{QStringLiteral("province"), QStringLiteral("山东省")},
                      {QStringLiteral("city"), QStringLiteral("淄博市")},
                      {QStringLiteral("county"), QStringLiteral("张店区")},
                      {QStringLiteral("area_name"), QStringLiteral("山东省淄博市张店区")},
                      {QStringLiteral("communitys"), QJsonArray{community}}};
    QJsonObject data{{QStringLiteral("end_update_time"), time}, {QStringLiteral("highlist"), QJsonArray{entry}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> t;
    std::unique_ptr<AuditLog> audit;
    qint64 holder = 0;

    HolderService holders() { return HolderService(t->conn(), t->clock); }
    HolderInput person(int serial) const
    {
        HolderInput in;
        in.idNumber = residentId(QStringLiteral("370303"), serial);
        in.name = QStringLiteral("张晓三");
        in.homeDivision = QStringLiteral("370303001");
        in.address = QStringLiteral("3号楼2单元");
        return in;
    }
    qint64 now() const { return t->clock.now().toSecsSinceEpoch(); }
    qint64 rows(const QString &table) const { return t->count(table); }

private slots:
    void init()
    {
        t = std::make_unique<TestDb>();
        QVERIFY2(t->opened, qPrintable(t->error));
        audit = std::make_unique<AuditLog>(t->audit());
        QVERIFY(t->exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('commission_division', '370303') ON CONFLICT(key) DO UPDATE SET value = excluded.value")));
        const auto r = holders().upsert(person(1), QStringLiteral("admin"), *audit);
        HC_VERIFY_OK(r);
        holder = r->holder.id;
    }
    void cleanup()
    {
        audit.reset();
        t.reset();
    }

    void textLimitsAndControlCharacters()
    {
        QCOMPARE(limits::textProblem(QStringLiteral("x"), QString(limits::kName, QChar(u'张')), limits::kName), std::nullopt);
        QVERIFY(limits::textProblem(QStringLiteral("x"), QString(limits::kName + 1, QChar(u'张')), limits::kName));
        QVERIFY(limits::textProblem(QStringLiteral("x"), QStringLiteral("a\u0000b"), 10));
        QVERIFY(limits::textProblem(QStringLiteral("x"), QStringLiteral("a\nb"), 10));
        QCOMPARE(limits::textProblem(QStringLiteral("x"), QStringLiteral("a\nb"), 10, true), std::nullopt);
    }

    void holderAddressOfAMillionCharacters()
    {
        const qint64 before = rows(QStringLiteral("audit_log"));
        HolderInput in = person(2);
        in.address = QString(1000000, QChar(u'楼'));
        const auto r = holders().upsert(in, QStringLiteral("admin"), *audit);
        HC_VERIFY_ERROR(r, ErrorKind::BadInput);
        QVERIFY(r.error().message.contains(QLatin1String("1000000")));
        in.address = QStringLiteral("3号楼\u0000");
        HC_VERIFY_ERROR(holders().upsert(in, QStringLiteral("admin"), *audit), ErrorKind::BadInput);
        QCOMPARE(rows(QStringLiteral("holder")), 1);
        QCOMPARE(rows(QStringLiteral("audit_log")), before);
    }

    void complaintOfTwoMillionCharacters()
    {
        TicketInput in;
        in.number = QStringLiteral("12345-0001");
        in.kind = TicketKind::WrongColor;
        in.holderId = holder;
        in.caller = QStringLiteral("张先生");
        in.callbackPhone = QStringLiteral("13812345678");
        in.complaint = QString(2000000, QChar(u'错'));
        HC_VERIFY_ERROR(AppealService(t->conn(), t->clock).file(in, QStringLiteral("admin"), *audit), ErrorKind::BadInput);
        QCOMPARE(rows(QStringLiteral("ticket")), 0);
    }

    void declarationsFrom0001And9999()
    {
        const qint64 before = rows(QStringLiteral("declaration")); // registering declares once
        for (const char *iso : {"0001-01-01T00:00:00+08:00", "9999-12-31T23:00:00+08:00", "2019-11-30T23:59:00+08:00"}) {
            const qint64 at = hctest::at(QString::fromLatin1(iso)).toSecsSinceEpoch();
            HC_VERIFY_ERROR(holders().declare(holder, at, {}, QStringLiteral("admin"), *audit), ErrorKind::BadInput);
        }
        QCOMPARE(rows(QStringLiteral("declaration")), before);
        HC_VERIFY_OK(holders().declare(holder, now() - 60, {}, QStringLiteral("admin"), *audit));
    }

    void caseReportsFromYearOneAndWithATwoMegabyteAddress()
    {
        const QString id = residentId(QStringLiteral("370303"), 1);
        CaseBatchService cases(t->conn(), t->clock);
        const QByteArray old = QStringLiteral("case_ref,id_number,class,report_time\nC-1,%1,confirmed,0001-01-01 08:00\n").arg(id).toUtf8();
        auto parsed = cases.read(old, BatchKind::Cases);
        HC_VERIFY_OK(parsed);
        QCOMPARE(parsed->errors.size(), size_t(1));
        QVERIFY2(parsed->errors.front().reason.contains(QLatin1String("2019-12-01")), qPrintable(parsed->errors.front().reason));

        auto withAddress = [&](int chars) {
            return QStringLiteral("case_ref,id_number,class,report_time,exposure,division,address\n"
                                  "C-2,%1,confirmed,2022-10-31 08:00,household,370303001,%2\n")
                .arg(id, QString(chars, QChar(u'楼')))
                .toUtf8();
        };
        // 2 MB in one field: the line itself is over the CSV line limit, and the file is refused as a whole.
        const auto huge = cases.read(withAddress(2 * 1024 * 1024 / 3), BatchKind::Cases);
        HC_VERIFY_ERROR(huge, ErrorKind::BadInput);
        QVERIFY2(huge.error().message.contains(QLatin1String("64 KiB")), qPrintable(huge.error().message));
        // 1,000 characters: a readable line, and the row is named with the address limit.
        parsed = cases.read(withAddress(1000), BatchKind::Cases);
        HC_VERIFY_OK(parsed);
        QCOMPARE(parsed->errors.size(), size_t(1));
        QVERIFY2(parsed->errors.front().reason.contains(QString::number(limits::kAddress)), qPrintable(parsed->errors.front().reason));
        QVERIFY(parsed->cases.empty());
    }

    void reportTimesOutsideTheWindow()
    {
        ConditionReport r;
        r.type = ConditionReport::Type::CloseContact;
        r.at = hctest::at(QStringLiteral("0001-01-01T08:00:00+08:00")).toSecsSinceEpoch();
        r.basisRef = QStringLiteral("case:C-1");
        r.basisText = QStringLiteral("同住");
        HC_VERIFY_ERROR(holders().report(holder, r, QStringLiteral("admin"), *audit), ErrorKind::BadInput);
        r.at = now() - 60;
        r.basisText = QString(limits::kReason + 1, QChar(u'因'));
        HC_VERIFY_ERROR(holders().report(holder, r, QStringLiteral("admin"), *audit), ErrorKind::BadInput);
        QCOMPARE(rows(QStringLiteral("condition")), 0);
    }

    void policyStartInMilliseconds()
    {
        policy::Policy p;
        p.version = 2;
        p.effectiveFrom = now() * 1000; // year 54,000 and more
        const auto r = PolicyStore(t->conn()).publish(p, QStringLiteral("admin"), now(), *audit);
        HC_VERIFY_ERROR(r, ErrorKind::BadInput);
        QVERIFY2(r.error().message.contains(QLatin1String("milliseconds")), qPrintable(r.error().message));
        p.effectiveFrom = now() + 3600;
        HC_VERIFY_OK(PolicyStore(t->conn()).publish(p, QStringLiteral("admin"), now(), *audit));
    }

    void nationalListsDated9999And0001()
    {
        for (const char *time : {"9999-12-31 23时", "0001-01-01 08时", "2019-11-01 08时"}) {
            const auto list = NationalList::parse(listJson(QString::fromUtf8(time), QStringLiteral("华光路社区")));
            HC_VERIFY_OK(list);
            // Both paths: a file an official imports, and the platform's feed.
            const auto r = NationalImporter(t->conn(), t->clock).request(*list, QStringLiteral("list.json"), QStringLiteral("admin"), *audit);
            HC_VERIFY_ERROR(r, ErrorKind::BadInput);
            QVERIFY2(r.error().message.contains(QLatin1String("end_update_time")), qPrintable(r.error().message));
            const auto feed = NationalImporter(t->conn(), t->clock).importTrusted(*list, QStringLiteral("platform:central"), *audit);
            HC_VERIFY_ERROR(feed, ErrorKind::BadInput);
        }
        QCOMPARE(rows(QStringLiteral("national_import")), 0);
        QCOMPARE(rows(QStringLiteral("risk_period")), 0);
        // The clock's own hour (and one published just before it) is accepted.
        const QString hour = t->clock.now().addSecs(1800).toTimeZone(time::chinaZone()).toString(QStringLiteral("yyyy-MM-dd HH时"));
        const auto list = NationalList::parse(listJson(hour, QStringLiteral("华光路社区")));
        HC_VERIFY_OK(list);
        HC_VERIFY_OK(NationalImporter(t->conn(), t->clock).request(*list, QStringLiteral("list.json"), QStringLiteral("admin"), *audit));
    }

    void communityOfFiveMillionCharactersAndARawNul()
    {
        const auto big = NationalList::parse(listJson(QStringLiteral("2022-11-01 08时"), QString(5000000, QChar(u'区'))));
        HC_VERIFY_ERROR(big, ErrorKind::BadInput); // 15 MB: under the file cap, over the name's
        QVERIFY2(big.error().message.contains(QString::number(limits::kCommunity)), qPrintable(big.error().message));
        QByteArray nul = listJson(QStringLiteral("2022-11-01 08时"), QStringLiteral("华光路XX社区"));
        nul.replace("XX", QByteArray("\0", 1));
        HC_VERIFY_ERROR(NationalList::parse(nul), ErrorKind::BadInput);
        QByteArray escaped = listJson(QStringLiteral("2022-11-01 08时"), QStringLiteral("华光路\u0000社区"));
        QVERIFY(escaped.contains("\\u0000"));
        HC_VERIFY_ERROR(NationalList::parse(escaped), ErrorKind::BadInput);
        // Over the file cap: refused before parsing.
        const QByteArray huge(int(limits::kListBytes) + 1, ' ');
        const auto r = NationalList::parse(huge);
        HC_VERIFY_ERROR(r, ErrorKind::BadInput);
        QVERIFY(r.error().message.contains(QLatin1String("MB")));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
