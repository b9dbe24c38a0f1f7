// The contacts of a case batch who live outside the jurisdiction (issue 18): listed masked against the asking
// official's jurisdiction (the same as the preview's), and exported whole as the 协查 list — CSV with a BOM and
// Chinese headers — only with the export permission and a purpose, with an audit entry; refusals are audited and
// leave no file.
#include "CaseBatchService.h"
#include "CoreTestSupport.h"
#include "HolderService.h"
#include "OutsideContacts.h"

#include <QFile>

using namespace hc;
using hctest::residentId;
using hctest::TestDb;

namespace {

const QString kActor = QStringLiteral("admin");
const QByteArray kHeader = "case_ref,id_number,class,report_time,discharge_time,exposure,division,address,venue_code,from,to,"
                           "transport,date,carriage,seat\n";

} // namespace

class TestOutsideContacts : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> t;
    std::unique_ptr<AuditLog> audit;
    QHash<QString, qint64> ids;
    QHash<QString, QString> idNumbers;
    qint64 batch = 0;

    OutsideContacts outside() { return OutsideContacts(t->conn(), t->clock); }

    void add(const QString &label, const QString &home, const QString &phone, int serial)
    {
        HolderInput in;
        in.idNumber = residentId(home.left(6), serial);
        in.name = QStringLiteral("张晓") + label;
        in.phone = phone;
        in.homeDivision = home;
        in.address = QStringLiteral("幸福路%1号").arg(serial);
        const auto r = HolderService(t->conn(), t->clock).upsert(in, kActor, *audit);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        ids.insert(label, r->holder.id);
        idNumbers.insert(label, in.idNumber);
    }
    void scan(const QString &label, const QString &seat)
    {
        QSqlQuery q(t->conn());
        q.prepare(QStringLiteral("INSERT INTO scan_record(holder_id, venue_code, division_code, at, color, carriage, seat)"
                                 " VALUES (?, 'G1', '370303001', ?, 0, '5', ?)"));
        for (const QVariant &v : QVariantList{ids.value(label), hctest::at(QStringLiteral("2022-10-29T08:00:00+08:00")).toSecsSinceEpoch(), seat})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QString path(const QString &name) const { return t->dir.filePath(name); }
    qint64 audited(const QString &action) const
    {
        return t->count(QStringLiteral("audit_log"), QStringLiteral("action = '%1'").arg(action));
    }

private slots:
    void init()
    {
        t = std::make_unique<TestDb>();
        HC_REQUIRE_DB(*t);
        audit = std::make_unique<AuditLog>(t->audit());
        ids.clear();
        // The case lives in 张店 (370303); on train G1 three passengers sat near: one of 张店, one of 淄川 (370302,
        // the same city), one of 北京 (110101).
        add(QStringLiteral("case"), QStringLiteral("370303001"), QStringLiteral("13905330001"), 1);
        add(QStringLiteral("zhangdian"), QStringLiteral("370303002"), QStringLiteral("13905330002"), 2);
        add(QStringLiteral("zichuan"), QStringLiteral("370302001"), QStringLiteral("13905330003"), 3);
        add(QStringLiteral("beijing"), QStringLiteral("110101001"), QStringLiteral("13901010004"), 4);
        scan(QStringLiteral("zhangdian"), QStringLiteral("06A"));
        scan(QStringLiteral("zichuan"), QStringLiteral("07B"));
        scan(QStringLiteral("beijing"), QStringLiteral("08C"));
        QVERIFY(t->addOfficial(QStringLiteral("zhao"), {QStringLiteral("epidemiologist")}, QStringLiteral("370303")));
        QVERIFY(t->addOfficial(QStringLiteral("li"), {QStringLiteral("supervisor")}, QStringLiteral("370303")));
        QVERIFY(t->addOfficial(QStringLiteral("wang"), {QStringLiteral("supervisor")}, QStringLiteral("3703")));
        QVERIFY(t->addOfficial(QStringLiteral("boss"), {QStringLiteral("administrator")}, QStringLiteral("370303")));
        const QByteArray csv = kHeader + "C-1," + idNumbers[QStringLiteral("case")].toUtf8()
                               + ",确诊,2022-10-31 09:00,,household,370303001,幸福路1号,,,,,,,\n"
                               + "C-1," + idNumbers[QStringLiteral("case")].toUtf8() + ",确诊,2022-10-31 09:00,,train,,,,,,G1,2022-10-29,5,07A\n";
        CaseBatchService cases(t->conn(), t->clock);
        const auto f = cases.read(csv, BatchKind::Cases);
        HC_VERIFY_OK(f);
        const auto stored = cases.store(*f, QStringLiteral("test.csv"), false, kActor, *audit);
        HC_VERIFY_OK(stored);
        batch = stored.value();
    }
    void cleanup()
    {
        audit.reset();
        t.reset();
    }

    void listsThemMaskedAgainstTheOfficialsJurisdiction()
    {
        const auto l = outside().list(batch, QStringLiteral("zhao"));
        HC_VERIFY_OK(l);
        QCOMPARE(l->jurisdiction, QStringLiteral("370303"));
        QCOMPARE(l->contacts.size(), 2); // 淄川 and 北京, in holder order
        const OutsideContact &z = l->contacts[0], &b = l->contacts[1];
        QCOMPARE(z.holderId, ids[QStringLiteral("zichuan")]);
        QCOMPARE(b.holderId, ids[QStringLiteral("beijing")]);
        QCOMPARE(b.division, QStringLiteral("110101001"));
        QVERIFY2(b.divisionName.contains(QStringLiteral("北京市")), qPrintable(b.divisionName));
        QVERIFY2(z.divisionName.contains(QStringLiteral("淄川区")), qPrintable(z.divisionName));
        QCOMPARE(b.name, mask::name(QStringLiteral("张晓beijing")));
        QCOMPARE(b.idNumber, mask::idNumber(idNumbers[QStringLiteral("beijing")]));
        QCOMPARE(b.phone, QStringLiteral("139****0004"));
        QVERIFY(!b.address.contains(QStringLiteral("幸福路4号")));
        QCOMPARE(b.caseRef, QStringLiteral("C-1"));
        QCOMPARE(b.line, 3); // the train line of the file
        QCOMPARE(b.kind, policy::ConditionKind::CloseContact);
        QCOMPARE(b.exposure, hctest::at(QStringLiteral("2022-10-29T08:00:00+08:00")).toSecsSinceEpoch());

        // The preview lists the same people (masked, the same fields).
        const auto impact = CaseBatchService(t->conn(), t->clock).preview(batch, QStringLiteral("zhao"));
        HC_VERIFY_OK(impact);
        QCOMPARE(impact->outside, 2);
        QCOMPARE(impact->outsideList.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(impact->outsideList[i].holderId, l->contacts[i].holderId);
            QCOMPARE(impact->outsideList[i].idNumber, l->contacts[i].idNumber);
            QCOMPARE(impact->outsideList[i].divisionName, l->contacts[i].divisionName);
            QCOMPARE(impact->outsideList[i].line, l->contacts[i].line);
        }

        // The city's supervisor: 淄川 is inside; the whole country's official: nobody is outside.
        const auto city = outside().list(batch, QStringLiteral("wang"));
        HC_VERIFY_OK(city);
        QCOMPARE(city->contacts.size(), 1);
        QCOMPARE(city->contacts[0].holderId, ids[QStringLiteral("beijing")]);
        const auto all = outside().list(batch, kActor);
        HC_VERIFY_OK(all);
        QVERIFY(all->contacts.isEmpty());
        // Listing reads only: no audit entry, no change.
        QCOMPARE(audited(QStringLiteral("cases.outside_export")), 0);
    }

    void refusesWithoutPermissionOrBatch()
    {
        HC_VERIFY_ERROR(outside().list(batch, QStringLiteral("boss")), ErrorKind::Refused); // no look-up of holders
        HC_VERIFY_ERROR(outside().list(batch + 99, QStringLiteral("zhao")), ErrorKind::BadInput);
        HC_VERIFY_ERROR(outside().list(batch, QStringLiteral("nobody")), ErrorKind::Refused);

        // The export: the permission (zhao has none), then a purpose; each refusal leaves no file.
        const qint64 refused = audited(QStringLiteral("access.refused"));
        const QString file = path(QStringLiteral("协查.csv"));
        HC_VERIFY_ERROR(outside().exportCsv(batch, QStringLiteral("发往居住地协查"), file, QStringLiteral("zhao"), *audit),
                        ErrorKind::Refused);
        QCOMPARE(audited(QStringLiteral("access.refused")), refused + 1); // the refusal is audited
        HC_VERIFY_ERROR(outside().exportCsv(batch, QStringLiteral(" 协查 "), file, QStringLiteral("li"), *audit), ErrorKind::BadInput);
        HC_VERIFY_ERROR(outside().exportCsv(batch, {}, file, QStringLiteral("li"), *audit), ErrorKind::BadInput);
        HC_VERIFY_ERROR(outside().exportCsv(batch + 99, QStringLiteral("发往居住地协查"), file, QStringLiteral("li"), *audit),
                        ErrorKind::BadInput);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(audited(QStringLiteral("cases.outside_export")), 0);
    }

    void exportsTheWholeListWithAnAuditEntry()
    {
        const QString file = path(QStringLiteral("协查.csv"));
        const auto r = outside().exportCsv(batch, QStringLiteral("  发往居住地卫健部门协查  "), file, QStringLiteral("li"), *audit);
        HC_VERIFY_OK(r);
        QCOMPARE(r->contacts.size(), 2);
        QCOMPARE(r->contacts[1].idNumber, idNumbers[QStringLiteral("beijing")]); // unmasked
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions()); // private
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads it as UTF-8
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("姓名,身份证号,联系电话,现住址区划,现住址区划代码,详细地址,人员类别,关联病例,病例报告行号,"
                                          "接触时间,持码人编号"));
        QCOMPARE(lines[0].split(QLatin1Char(',')), OutsideContacts::header());
        const QStringList beijing = lines[2].split(QLatin1Char(','));
        QCOMPARE(beijing.size(), 11);
        QCOMPARE(beijing[0], QStringLiteral("张晓beijing"));
        QCOMPARE(beijing[1], idNumbers[QStringLiteral("beijing")]);
        QCOMPARE(beijing[2], QStringLiteral("13901010004"));
        QVERIFY2(beijing[3].contains(QStringLiteral("北京市")), qPrintable(beijing[3]));
        QCOMPARE(beijing[4], QStringLiteral("110101001"));
        QCOMPARE(beijing[5], QStringLiteral("幸福路4号"));
        QCOMPARE(beijing[6], QStringLiteral("密切接触者"));
        QCOMPARE(beijing[7], QStringLiteral("C-1"));
        QCOMPARE(beijing[8], QStringLiteral("3"));
        QCOMPARE(beijing[9], QStringLiteral("2022-10-29 08:00"));
        QCOMPARE(beijing[10], QString::number(ids[QStringLiteral("beijing")]));

        // One audit entry with the purpose, the file and the count; the chain stays intact.
        QCOMPARE(audited(QStringLiteral("cases.outside_export")), 1);
        QSqlQuery q(t->conn());
        QVERIFY(q.exec(QStringLiteral("SELECT actor, object, after FROM audit_log WHERE action = 'cases.outside_export'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("li"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("case_batch:%1").arg(batch));
        const QJsonObject after = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("purpose")).toString(), QStringLiteral("发往居住地卫健部门协查"));
        QCOMPARE(after.value(QStringLiteral("rows")).toInt(), 2);
        QCOMPARE(after.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(after.value(QStringLiteral("masked")).toBool(true), false);
        QVERIFY(AuditLog(t->conn(), t->clock).verify().intact);

        // After the apply the same people are listed (they got no condition here).
        HC_VERIFY_OK(CaseBatchService(t->conn(), t->clock).apply(batch, QStringLiteral("zhao"), *audit));
        const auto after2 = outside().list(batch, QStringLiteral("zhao"));
        HC_VERIFY_OK(after2);
        QCOMPARE(after2->contacts.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOutsideContacts)
#include "tst_outsidecontacts.moc"
