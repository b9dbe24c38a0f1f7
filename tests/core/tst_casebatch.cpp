// Case batches: the file checks (encodings, delimiters, JSON, every kind of bad row, the errors file; the
// streamed reading of files of any size against the whole-file reader), contact
// derivation by the policy's parameters, the preview, apply and revert in one transaction, four-eyes above the
// threshold, permissions, saved mappings and verification records.
#include "ApprovalService.h"
#include "CaseBatchService.h"
#include "CoreTestSupport.h"
#include "CsvReader.h"
#include "HolderRepository.h"
#include "HolderService.h"
#include "PolicyStore.h"
#include "SpillSort.h"

#include <QBuffer>
#include <QRandomGenerator>

#include <QStringEncoder>

using namespace hc;
using hctest::residentId;
using hctest::TestDb;
using policy::Color;
using policy::ConditionKind;

namespace {

const QString kActor = QStringLiteral("admin");
const QByteArray kHeader = "case_ref,id_number,class,report_time,discharge_time,exposure,division,address,venue_code,from,to,"
                           "transport,date,carriage,seat\n";

} // namespace

class TestCaseBatch : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> t;
    std::unique_ptr<AuditLog> audit;
    QHash<QString, qint64> ids; // label → holder id

    CaseBatchService cases() { return CaseBatchService(t->conn(), t->clock); }
    Holder holder(const QString &label) { return *HolderRepository(t->conn()).find(ids.value(label)); }
    QString idOf(const QString &label) { return holder(label).idNumber; }

    qint64 add(const QString &label, const QString &home, const QString &address, int serial)
    {
        HolderInput in;
        in.idNumber = residentId(home.left(6), serial);
        in.name = QStringLiteral("张晓") + label;
        in.homeDivision = home;
        in.address = address;
        const auto r = HolderService(t->conn(), t->clock).upsert(in, kActor, *audit);
        if (!r)
            qWarning() << r.error().message;
        ids.insert(label, r ? r->holder.id : 0);
        return r ? r->holder.id : 0;
    }
    void scan(const QString &label, const QString &venue, const QString &at, const QString &carriage = {}, const QString &seat = {})
    {
        QSqlQuery q(t->conn());
        q.prepare(QStringLiteral("INSERT INTO scan_record(holder_id, venue_code, division_code, at, color, carriage, seat)"
                                 " VALUES (?, ?, '370303001', ?, 0, ?, ?)"));
        for (const QVariant &v : QVariantList{ids.value(label), venue, hctest::at(at).toSecsSinceEpoch(), text(carriage), text(seat)})
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << q.lastError().text();
    }
    Result<qint64> import(const QByteArray &bytes, bool validOnly = false, BatchKind kind = BatchKind::Cases, const ColumnMapping &m = {})
    {
        const auto f = cases().read(bytes, kind, m);
        if (!f)
            return f.error();
        return cases().store(*f, QStringLiteral("test.csv"), validOnly, kActor, *audit);
    }
    QString outcome(qint64 batch, const QString &label)
    {
        QSqlQuery q(t->conn());
        q.prepare(QStringLiteral("SELECT outcome FROM batch_result WHERE batch_id = ? AND holder_id = ? AND outcome <> 'duplicate'"));
        q.addBindValue(batch);
        q.addBindValue(ids.value(label));
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    Result<ImportReport> importStream(const QByteArray &bytes, ImportOptions o = {}, const ProgressFn &progress = {})
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        if (o.fileName.isEmpty())
            o.fileName = QStringLiteral("stream.csv");
        return cases().importFile(buffer, o, kActor, *audit, progress);
    }
    QStringList errorsOf(const QByteArray &bytes, BatchKind kind = BatchKind::Cases)
    {
        const auto f = cases().read(bytes, kind);
        if (!f)
            return {QStringLiteral("FILE: ") + f.error().message};
        QStringList out;
        for (const RowError &e : f->errors)
            out << QStringLiteral("%1: %2").arg(e.line).arg(e.reason);
        return out;
    }

private slots:
    void cleanup()
    {
        audit.reset();
        t.reset();
    }
    void init()
    {
        t = std::make_unique<TestDb>();
        audit = std::make_unique<AuditLog>(t->audit());
        ids.clear();
        add(QStringLiteral("case"), QStringLiteral("370303001"), QStringLiteral("3号楼2单元501室"), 1);
        add(QStringLiteral("spouse"), QStringLiteral("370303001"), QStringLiteral("3号楼2单元501室"), 2);
        add(QStringLiteral("neighbour"), QStringLiteral("370303001"), QStringLiteral("3号楼2单元302室"), 3);
        add(QStringLiteral("otherUnit"), QStringLiteral("370303001"), QStringLiteral("3号楼1单元302室"), 4);
        add(QStringLiteral("diner"), QStringLiteral("370303002"), QStringLiteral("1号楼"), 5);
        add(QStringLiteral("late"), QStringLiteral("370303002"), QStringLiteral("2号楼"), 6);
        add(QStringLiteral("seat"), QStringLiteral("370303003"), QStringLiteral("1号楼"), 7);
        add(QStringLiteral("farSeat"), QStringLiteral("370303003"), QStringLiteral("2号楼"), 8);
        add(QStringLiteral("beijing"), QStringLiteral("110101001"), QStringLiteral("1号楼"), 9);
        for (qint64 id : std::as_const(ids))
            QVERIFY(id > 0);
    }

    void importsUtf8Gbk8AndJson()
    {
        const QByteArray csv = kHeader + "C-1," + idOf(QStringLiteral("case")).toUtf8()
                               + ",确诊,2022-10-31 09:00,,同户,370303001,3号楼2单元501室,,,,,,,\n";
        const auto utf8 = import(csv);
        HC_VERIFY_OK(utf8);
        QCOMPARE(cases().find(*utf8)->encoding, QStringLiteral("UTF-8"));
        // What Excel in China writes: GB18030, and a BOM'd UTF-8 with semicolons.
        QStringEncoder gbk("GB18030");
        QByteArray gb = gbk.encode(QString::fromUtf8(csv).replace(QStringLiteral("C-1"), QStringLiteral("C-2")));
        const auto f = cases().read(gb, BatchKind::Cases);
        HC_VERIFY_OK(f);
        QCOMPARE(f->encoding, QStringLiteral("GB18030"));
        QCOMPARE(f->cases.front().exposure, ExposureType::Household);
        QCOMPARE(f->cases.front().address, QStringLiteral("3号楼2单元501室"));
        QByteArray semi = QByteArray("\xEF\xBB\xBF") + csv;
        semi.replace(',', ';');
        const auto g = cases().read(semi, BatchKind::Cases);
        HC_VERIFY_OK(g);
        QCOMPARE(g->delimiter, QStringLiteral(";"));
        QCOMPARE(g->encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(g->cases.size(), size_t(1));
        const QByteArray json = QStringLiteral(R"({"cases":[{"case_ref":"C-3","id_number":"%1","class":"asymptomatic",
            "report_time":"2022-10-31T09:00:00+08:00","exposures":[{"type":"building","division":"370303001","address":"3号楼2单元"},
            {"type":"venue","venue_code":"V-1","from":"2022-10-30 12:00","to":"2022-10-30 13:00"}]}]})")
                                    .arg(idOf(QStringLiteral("case")))
                                    .toUtf8();
        const auto j = cases().read(json, BatchKind::Cases);
        HC_VERIFY_OK(j);
        QCOMPARE(j->format, QStringLiteral("json"));
        QCOMPARE(j->cases.size(), size_t(2));
        QCOMPARE(j->cases[1].exposure, ExposureType::Venue);
    }

    void badFilesChangeNothing()
    {
        const qint64 batches = t->count(QStringLiteral("case_batch"));
        HC_VERIFY_ERROR(cases().read({}, BatchKind::Cases), ErrorKind::BadInput);                        // 0 bytes
        HC_VERIFY_ERROR(cases().read(QByteArray("PK\x03\x04\x00\x00binary", 12), BatchKind::Cases), ErrorKind::BadInput);
        HC_VERIFY_ERROR(cases().read(QByteArray("case_ref,id\n\xff\xfe\xfa,1\n"), BatchKind::Cases), ErrorKind::BadInput); // no encoding
        HC_VERIFY_ERROR(cases().read(QByteArray("a,b,c\n1,2,3\n"), BatchKind::Cases), ErrorKind::BadInput); // no required column
        HC_VERIFY_ERROR(cases().read(kHeader, BatchKind::Cases), ErrorKind::BadInput);                      // header only
        HC_VERIFY_ERROR(cases().read(QByteArray("{\"cases\": [1,"), BatchKind::Cases), ErrorKind::BadInput); // cut-off JSON
        QCOMPARE(t->count(QStringLiteral("case_batch")), batches);
    }

    void everyBadRowIsNamed()
    {
        const QByteArray id = idOf(QStringLiteral("case")).toUtf8();
        QByteArray bad = id;
        bad[17] = bad[17] == '0' ? '1' : '0';
        const QByteArray csv = kHeader
                               + "C-1," + id + ",确诊,2022-10-31 09:00,,,,,,,,,,,\n"           // 2 ok
                               + "C-2," + bad + ",确诊,2022-10-31 09:00,,,,,,,,,,,\n"          // 3 check digit
                               + "C-3," + id + ",确诊,2022-10-31 09:00,,household,999999,1室,,,,,,,\n" // 4 no such division
                               + "C-4," + id + ",确诊,2022-11-02 09:00,,,,,,,,,,,\n"           // 5 future
                               + "C-1," + id + ",确诊,2022-10-31 09:00,,,,,,,,,,,\n"           // 6 duplicate
                               + "C-5," + id + ",确诊,2022-10-31 09:00,,,,\n"                  // 7 ragged
                               + "C-6," + id + ",sick,2022-10-31 09:00,,,,,,,,,,,\n"           // 8 class
                               + "C-7," + id + ",确诊,yesterday,,,,,,,,,,,\n"                  // 9 time
                               + "C-1," + id + ",疑似,2022-10-31 09:00,,venue,,,V-1,2022-10-30 10:00,2022-10-30 11:00,,,,\n"; // 10 disagrees
        const QStringList errors = errorsOf(csv);
        QCOMPARE(errors.size(), 8);
        QVERIFY2(errors[0].startsWith(QStringLiteral("3: ")) && errors[0].contains(QStringLiteral("check digit")), qPrintable(errors[0]));
        QVERIFY2(errors[1].startsWith(QStringLiteral("4: ")) && errors[1].contains(QStringLiteral("999999")), qPrintable(errors[1]));
        QVERIFY2(errors[2].startsWith(QStringLiteral("5: ")) && errors[2].contains(QStringLiteral("later than now")), qPrintable(errors[2]));
        QVERIFY2(errors[3] == QStringLiteral("6: duplicate of line 2"), qPrintable(errors[3]));
        QVERIFY2(errors[4].startsWith(QStringLiteral("7: ")) && errors[4].contains(QStringLiteral("8 fields")), qPrintable(errors[4]));
        QVERIFY2(errors[5].startsWith(QStringLiteral("8: ")) && errors[5].contains(QStringLiteral("sick")), qPrintable(errors[5]));
        QVERIFY2(errors[6].startsWith(QStringLiteral("9: ")) && errors[6].contains(QStringLiteral("yesterday")), qPrintable(errors[6]));
        QVERIFY2(errors[7].startsWith(QStringLiteral("10: ")) && errors[7].contains(QStringLiteral("line 2")), qPrintable(errors[7]));

        // Refused whole unless the official takes the valid rows; then it says how many were left out.
        const auto refused = import(csv);
        HC_VERIFY_ERROR(refused, ErrorKind::BadInput);
        QVERIFY(refused.error().message.contains(QStringLiteral("8")));
        QCOMPARE(t->count(QStringLiteral("case_batch")), 0);
        QCOMPARE(t->count(QStringLiteral("case_row")), 0);
        const auto partial = import(csv, true);
        HC_VERIFY_OK(partial);
        QCOMPARE(cases().find(*partial)->leftOut, 8);
        QCOMPARE(t->count(QStringLiteral("case_row")), 1);

        // The errors file keeps the original rows: fixed, it imports.
        const auto f = cases().read(csv, BatchKind::Cases);
        const QByteArray errorsBytes = CaseFileReader::errorsFile(*f);
        QVERIFY(errorsBytes.startsWith("\xEF\xBB\xBF"));
        const QString errorsText = QString::fromUtf8(errorsBytes);
        QVERIFY(errorsText.contains(QString::fromLatin1(bad)));
        QStringList lines = errorsText.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 9);
        QStringList fixedLines{lines[0], lines[1]};
        fixedLines[1].replace(QString::fromLatin1(bad), QString::fromLatin1(id));
        const auto fixed = cases().read(fixedLines.join(QLatin1Char('\n')).toUtf8(), BatchKind::Cases);
        HC_VERIFY_OK(fixed);
        QVERIFY(fixed->errors.empty());
        QCOMPARE(fixed->cases.front().caseRef, QStringLiteral("C-2"));
    }

    void formulasAndSqlAreText()
    {
        const QByteArray id = idOf(QStringLiteral("case")).toUtf8();
        const QByteArray csv = kHeader + "\"=HYPERLINK(\"\"http://x\"\")\"," + id
                               + ",确诊,2022-10-31 09:00,,household,370303001,\"'); DROP TABLE holder;--\",,,,,,,\n";
        const auto batch = import(csv);
        HC_VERIFY_OK(batch);
        const QList<CaseRow> rows = cases().rows(*batch);
        QCOMPARE(rows.first().caseRef, QStringLiteral("=HYPERLINK(\"http://x\")"));
        QCOMPARE(rows.first().address, QStringLiteral("'); DROP TABLE holder;--"));
        HC_VERIFY_OK(cases().apply(*batch, kActor, *audit));
        QVERIFY(t->count(QStringLiteral("holder")) > 0);
        const QString out = t->dir.filePath(QStringLiteral("results.csv"));
        HC_VERIFY_OK(cases().exportResults(*batch, out, kActor, *audit));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral(",\"'=HYPERLINK(")));
    }

    void derivesContactsByThePolicy()
    {
        // Venue: the case was there 12:00–13:00; the window is 30 minutes.
        scan(QStringLiteral("diner"), QStringLiteral("V-1"), QStringLiteral("2022-10-30T13:29:00+08:00"));
        scan(QStringLiteral("late"), QStringLiteral("V-1"), QStringLiteral("2022-10-30T13:31:00+08:00"));
        // Train G1: the case in carriage 5 seat 07F; ±3 rows is close, elsewhere a co-traveller.
        scan(QStringLiteral("seat"), QStringLiteral("G1"), QStringLiteral("2022-10-29T08:00:00+08:00"), QStringLiteral("5"), QStringLiteral("10A"));
        scan(QStringLiteral("farSeat"), QStringLiteral("G1"), QStringLiteral("2022-10-29T08:00:00+08:00"), QStringLiteral("5"), QStringLiteral("11A"));
        const QByteArray id = idOf(QStringLiteral("case")).toUtf8();
        const QByteArray csv = kHeader
                               + "C-1," + id + ",确诊,2022-10-31 09:00,,building,370303001,3号楼2单元,,,,,,,\n"
                               + "C-1," + id + ",确诊,2022-10-31 09:00,,venue,,,V-1,2022-10-30 12:00,2022-10-30 13:00,,,,\n"
                               + "C-1," + id + ",确诊,2022-10-31 09:00,,train,,,,,,G1,2022-10-29,5,07F\n"
                               + "C-1," + id + ",确诊,2022-10-31 09:00,,household,370303001,3号楼2单元501室,,,,,,,\n";
        const auto batch = import(csv);
        HC_VERIFY_OK(batch);
        const auto trace = ContactTracer(t->conn(), policy::Policy{}).trace(*batch);
        HC_VERIFY_OK(trace);
        QHash<qint64, ConditionKind> kept;
        int duplicates = 0;
        for (const Target &x : trace->targets) {
            if (x.duplicate)
                ++duplicates;
            else
                kept.insert(x.holderId, x.kind);
        }
        QCOMPARE(kept.value(ids[QStringLiteral("case")]), ConditionKind::Case);
        QCOMPARE(kept.value(ids[QStringLiteral("spouse")]), ConditionKind::CloseContact);
        QCOMPARE(kept.value(ids[QStringLiteral("neighbour")]), ConditionKind::CloseContact);
        QVERIFY(!kept.contains(ids[QStringLiteral("otherUnit")]));
        QCOMPARE(kept.value(ids[QStringLiteral("diner")]), ConditionKind::CloseContact);
        QVERIFY(!kept.contains(ids[QStringLiteral("late")]));
        QCOMPARE(kept.value(ids[QStringLiteral("seat")]), ConditionKind::CloseContact);
        QCOMPARE(kept.value(ids[QStringLiteral("farSeat")]), ConditionKind::CoTraveller);
        QCOMPARE(kept.size(), 6);
        QCOMPARE(duplicates, 1); // the spouse: building and household
        for (const Target &x : trace->targets)
            if (x.holderId == ids[QStringLiteral("diner")])
                QVERIFY(trace->basisRef(x).contains(QStringLiteral("scan:")));

        // A wider window (a new policy version) takes the late one too.
        policy::Policy wide;
        wide.version = 2;
        wide.venueWindowMinutes = 35;
        const auto wider = ContactTracer(t->conn(), wide).trace(*batch);
        bool late = false;
        for (const Target &x : wider->targets)
            late = late || x.holderId == ids[QStringLiteral("late")];
        QVERIFY(late);
    }

    void applyWritesEverythingInOneTransactionAndRevertUndoesIt()
    {
        scan(QStringLiteral("seat"), QStringLiteral("G1"), QStringLiteral("2022-10-29T08:00:00+08:00"), QStringLiteral("5"), QStringLiteral("08A"));
        scan(QStringLiteral("farSeat"), QStringLiteral("G1"), QStringLiteral("2022-10-29T08:00:00+08:00"), QStringLiteral("9"), QStringLiteral("08A"));
        scan(QStringLiteral("beijing"), QStringLiteral("G1"), QStringLiteral("2022-10-29T08:00:00+08:00"), QStringLiteral("5"), QStringLiteral("07A"));
        // The spouse is already a close contact of an earlier case: the batch's case report ends it.
        HolderService hs(t->conn(), t->clock);
        ConditionReport earlier;
        earlier.type = ConditionReport::Type::CloseContact;
        earlier.at = hctest::at(QStringLiteral("2022-10-30T08:00:00+08:00")).toSecsSinceEpoch();
        earlier.basisRef = QStringLiteral("case:C-0");
        earlier.basisText = QStringLiteral("与病例 C-0 同户");
        HC_VERIFY_OK(hs.report(ids[QStringLiteral("spouse")], earlier, kActor, *audit));
        QCOMPARE(holder(QStringLiteral("spouse")).color, Color::Red);
        const QString c0 = QStringLiteral("basis_ref = 'case:C-0' AND clear_at = %1 AND end_reason IS NULL")
                               .arg(earlier.at + 28 * 86400);
        QCOMPARE(t->count(QStringLiteral("condition"), c0), 1);
        t->addOfficial(QStringLiteral("zhao"), {QStringLiteral("epidemiologist")}, QStringLiteral("370303"));

        const QByteArray csv = kHeader
                               + "C-1," + idOf(QStringLiteral("case")).toUtf8() + ",确诊,2022-10-31 09:00,,household,370303001,3号楼2单元501室,,,,,,,\n"
                               + "C-1," + idOf(QStringLiteral("case")).toUtf8() + ",确诊,2022-10-31 09:00,,train,,,,,,G1,2022-10-29,5,07F\n"
                               + "C-2," + idOf(QStringLiteral("spouse")).toUtf8() + ",确诊,2022-10-31 10:00,,,,,,,,,,,\n";
        const auto batch = import(csv);
        HC_VERIFY_OK(batch);
        const auto impact = cases().preview(*batch, QStringLiteral("zhao"));
        HC_VERIFY_OK(impact);
        QCOMPARE(impact->cases, 2);
        QCOMPARE(impact->holders, 5); // case, spouse, seat, farSeat, beijing
        QCOMPARE(impact->toRed, 2);   // case, seat
        QCOMPARE(impact->toYellow, 1); // farSeat (another carriage)
        QCOMPARE(impact->alreadyRed, 1); // spouse
        QCOMPARE(impact->outside, 1);    // beijing, outside zhao's county
        QCOMPARE(impact->duplicates, 1); // spouse: case and household contact
        QVERIFY(!impact->needsApproval);
        QCOMPARE(impact->byDivision.size(), 1);
        QCOMPARE(impact->byDivision.first().county, QStringLiteral("370303"));
        QCOMPARE(impact->byDivision.first().toRed, 2);

        const qint64 history = t->count(QStringLiteral("holder_history")), outbox = t->count(QStringLiteral("outbox"));
        const auto applied = cases().apply(*batch, QStringLiteral("zhao"), *audit);
        HC_VERIFY_OK(applied);
        QCOMPARE(applied->status, QStringLiteral("applied"));
        QCOMPARE(applied->summary.value(QStringLiteral("changed")).toInt(), 3);
        QCOMPARE(holder(QStringLiteral("case")).color, Color::Red);
        QCOMPARE(holder(QStringLiteral("seat")).color, Color::Red);
        QCOMPARE(holder(QStringLiteral("farSeat")).color, Color::Yellow);
        QCOMPARE(holder(QStringLiteral("beijing")).color, Color::Green);
        QCOMPARE(outcome(*batch, QStringLiteral("case")), QStringLiteral("changed"));
        QCOMPARE(outcome(*batch, QStringLiteral("spouse")), QStringLiteral("already"));
        QCOMPARE(outcome(*batch, QStringLiteral("beijing")), QStringLiteral("outside_jurisdiction"));
        QCOMPARE(t->count(QStringLiteral("batch_result"), QStringLiteral("outcome = 'duplicate'")), 1);
        QCOMPARE(t->count(QStringLiteral("condition"), QStringLiteral("batch_id = %1").arg(*batch)), 4);
        QCOMPARE(t->count(QStringLiteral("holder_history")), history + 3);
        QCOMPARE(t->count(QStringLiteral("outbox")), outbox + 4); // three colors and the batch
        QCOMPARE(t->count(QStringLiteral("audit_log"), QStringLiteral("action = 'cases.apply'")), 1);
        // The case report ended the spouse's close contact (C-0), recorded for the revert.
        QCOMPARE(t->count(QStringLiteral("batch_ended")), 1);
        QCOMPARE(t->count(QStringLiteral("condition"), c0), 0);
        HC_VERIFY_ERROR(cases().apply(*batch, QStringLiteral("zhao"), *audit), ErrorKind::Refused); // once

        // Revert: a reason, the batch's conditions voided, C-0 running again, colors back.
        HC_VERIFY_ERROR(cases().revert(*batch, QStringLiteral(""), QStringLiteral("zhao"), *audit), ErrorKind::BadInput);
        t->clock.set(t->clock.now().addSecs(600));
        const auto reverted = cases().revert(*batch, QStringLiteral("病例编号录入错误"), QStringLiteral("zhao"), *audit);
        HC_VERIFY_OK(reverted);
        QCOMPARE(holder(QStringLiteral("case")).color, Color::Green);
        QCOMPARE(holder(QStringLiteral("seat")).color, Color::Green);
        QCOMPARE(holder(QStringLiteral("farSeat")).color, Color::Green);
        QCOMPARE(holder(QStringLiteral("spouse")).color, Color::Red); // C-0 again
        QCOMPARE(t->count(QStringLiteral("condition"), c0), 1);
        // Voided: out of the live table, kept in condition_voided with when, who and why (revert's own count).
        QCOMPARE(t->count(QStringLiteral("condition"), QStringLiteral("batch_id = %1").arg(*batch)), 0);
        QCOMPARE(t->count(QStringLiteral("condition_voided"),
                          QStringLiteral("batch_id = %1 AND voided_at IS NOT NULL AND clear_at <= voided_at AND ended_by = 'zhao'"
                                         " AND end_reason LIKE '%病例编号录入错误'")
                              .arg(*batch)),
                 reverted->value(QStringLiteral("voided")).toInteger());
        QVERIFY(reverted->value(QStringLiteral("voided")).toInteger() > 0);
        QCOMPARE(cases().find(*batch)->status, QStringLiteral("reverted"));
        QCOMPARE(t->count(QStringLiteral("audit_log"), QStringLiteral("action = 'cases.revert'")), 1);
        HC_VERIFY_ERROR(cases().revert(*batch, QStringLiteral("再次撤销"), QStringLiteral("zhao"), *audit), ErrorKind::Refused);
        QVERIFY(AuditLog(t->conn(), t->clock).verify().intact);
    }

    void bigBatchesNeedASecondOfficial()
    {
        AuditLog &log = *audit;
        policy::Policy strict;
        strict.version = 2;
        strict.bulkApprovalThreshold = 2;
        strict.effectiveFrom = t->clock.now().toSecsSinceEpoch() - 1;
        HC_VERIFY_OK(PolicyStore(t->conn()).publish(strict, kActor, t->clock.now().toSecsSinceEpoch() - 1, log));
        t->addOfficial(QStringLiteral("zhao"), {QStringLiteral("epidemiologist")}, QStringLiteral("370303"));
        t->addOfficial(QStringLiteral("wang"), {QStringLiteral("supervisor")}, QStringLiteral("3703"));
        const QByteArray csv = kHeader + "C-1," + idOf(QStringLiteral("case")).toUtf8()
                               + ",确诊,2022-10-31 09:00,,building,370303001,3号楼,,,,,,,\n";
        const auto batch = import(csv);
        HC_VERIFY_OK(batch);
        const auto requested = cases().apply(*batch, QStringLiteral("zhao"), log);
        HC_VERIFY_OK(requested);
        QCOMPARE(requested->status, QStringLiteral("pending"));
        QVERIFY(requested->approval);
        QCOMPARE(cases().find(*batch)->status, QStringLiteral("pending"));
        QCOMPARE(holder(QStringLiteral("spouse")).color, Color::Green); // nothing yet
        HC_VERIFY_ERROR(cases().apply(*batch, QStringLiteral("zhao"), log), ErrorKind::Refused);
        ApprovalService approvals(t->conn(), t->clock);
        HC_VERIFY_ERROR(approvals.approve(*requested->approval, QStringLiteral("zhao"), log), ErrorKind::Refused);
        HC_VERIFY_OK(approvals.approve(*requested->approval, QStringLiteral("wang"), log));
        QCOMPARE(cases().find(*batch)->status, QStringLiteral("applied"));
        QCOMPARE(holder(QStringLiteral("spouse")).color, Color::Red);
        QCOMPARE(holder(QStringLiteral("otherUnit")).color, Color::Red);
        QCOMPARE(cases().find(*batch)->summary.value(QStringLiteral("approved_by")).toString(), QStringLiteral("wang"));
    }

    void permissionsAreChecked()
    {
        t->addOfficial(QStringLiteral("zhou"), {QStringLiteral("operator")}, QStringLiteral("370303"));
        const QByteArray csv = kHeader + "C-1," + idOf(QStringLiteral("case")).toUtf8() + ",确诊,2022-10-31 09:00,,,,,,,,,,,\n";
        const auto f = cases().read(csv, BatchKind::Cases);
        HC_VERIFY_ERROR(cases().store(*f, QStringLiteral("x.csv"), false, QStringLiteral("zhou"), *audit), ErrorKind::Refused);
        const auto batch = import(csv);
        HC_VERIFY_ERROR(cases().apply(*batch, QStringLiteral("zhou"), *audit), ErrorKind::Refused);
        HC_VERIFY_ERROR(cases().preview(*batch, QStringLiteral("zhou")), ErrorKind::Refused);
        QCOMPARE(holder(QStringLiteral("case")).color, Color::Green);
        QVERIFY(t->count(QStringLiteral("audit_log"), QStringLiteral("action = 'access.refused'")) >= 2);
    }

    void mappingsAreSavedAndUsed()
    {
        const QByteArray csv = QByteArray("编号|证件号|性质|时间\n") + "C-9|" + idOf(QStringLiteral("case")).toUtf8() + "|确诊|2022-10-31 09:00\n";
        HC_VERIFY_ERROR(cases().read(csv, BatchKind::Cases), ErrorKind::BadInput); // 证件号, 性质 are nobody's default
        const ColumnMapping m{{QStringLiteral("case_ref"), QStringLiteral("编号")},
                              {QStringLiteral("id_number"), QStringLiteral("证件号")},
                              {QStringLiteral("class"), QStringLiteral("性质")},
                              {QStringLiteral("report_time"), QStringLiteral("时间")}};
        HC_VERIFY_OK(cases().saveMapping(BatchKind::Cases, QStringLiteral("疾控中心导出"), m, kActor, *audit));
        QCOMPARE(cases().mappingNames(BatchKind::Cases), QStringList{QStringLiteral("疾控中心导出")});
        const auto saved = cases().mapping(BatchKind::Cases, QStringLiteral("疾控中心导出"));
        QVERIFY(saved);
        const auto f = cases().read(csv, BatchKind::Cases, *saved);
        HC_VERIFY_OK(f);
        QCOMPARE(f->delimiter, QStringLiteral("|"));
        QCOMPARE(f->cases.front().caseRef, QStringLiteral("C-9"));
        HC_VERIFY_ERROR(cases().read(csv, BatchKind::Cases, {{QStringLiteral("case_ref"), QStringLiteral("无此列")}}), ErrorKind::BadInput);
    }

    void verificationRecordsFeedVenueMatching()
    {
        const QByteArray csv = QByteArray("场所码,身份证号,核验时间,车厢,座位\n")
                               + "V-9," + idOf(QStringLiteral("diner")).toUtf8() + ",2022-10-30 12:10,,\n"
                               + "V-9,110101199001010000,2022-10-30 12:10,,\n"                        // bad check digit
                               + "V-9," + residentId(QStringLiteral("110101"), 77).toUtf8() + ",2022-10-30 12:10,,\n"; // not registered
        const auto f = cases().read(csv, BatchKind::Verifications);
        HC_VERIFY_OK(f);
        QCOMPARE(f->scans.size(), size_t(1));
        QCOMPARE(f->errors.size(), size_t(2));
        QVERIFY(f->errors[1].reason.contains(QStringLiteral("registered")));
        const auto batch = cases().store(*f, QStringLiteral("scans.csv"), true, kActor, *audit);
        HC_VERIFY_OK(batch);
        QCOMPARE(t->count(QStringLiteral("scan_record"), QStringLiteral("batch_id = %1 AND venue_code = 'V-9'").arg(*batch)), 1);
        const QByteArray cases1 = kHeader + "C-1," + idOf(QStringLiteral("case")).toUtf8()
                                  + ",确诊,2022-10-31 09:00,,venue,,,V-9,2022-10-30 12:00,2022-10-30 12:30,,,,\n";
        const auto b = import(cases1);
        HC_VERIFY_OK(b);
        const auto impact = cases().preview(*b, kActor);
        HC_VERIFY_OK(impact);
        QCOMPARE(impact->holders, 2);
        QCOMPARE(impact->sample.size(), 2);
        QVERIFY(impact->sample.first().maskedName.contains(QLatin1Char('*')));
    }

    // The streamed reader splits records exactly as CsvReader does over the whole file, whatever falls on the
    // chunk boundaries: quotes, doubled quotes, line breaks and carriage returns inside and outside quotes.
    void streamSplitsAsTheWholeFileReader()
    {
        const char *pieces[] = {"a", "bc", "张", "3号楼", ",", ",", ",", "\"", "\"\"", "\n", "\n", "\r\n", "\r", " ", "x,y", "é", "C-1"};
        for (quint32 seed : {1u, 2u, 3u}) {
            QRandomGenerator rng(seed);
            QByteArray data;
            while (data.size() < 300000)
                data += pieces[rng.bounded(int(std::size(pieces)))];
            CsvReader whole(data, ',');
            QBuffer buffer(&data);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            CsvStream stream(buffer, 1 << 16);
            HC_VERIFY_OK(stream.open());
            stream.setDelimiter(',');
            QStringList expected;
            std::vector<QByteArrayView> got;
            int records = 0;
            while (whole.next(expected)) {
                const auto next = stream.next(got);
                HC_VERIFY_OK(next);
                QVERIFY(*next);
                QStringList fields;
                for (QByteArrayView v : got)
                    fields << QString::fromUtf8(v);
                QCOMPARE(stream.line(), whole.line());
                QCOMPARE(fields, expected);
                ++records;
            }
            const auto end = stream.next(got);
            QVERIFY(end && !*end);
            QVERIFY(records > 1000);
        }
    }

    // A file that looks like UTF-8 for its first megabyte and then is GBK is GB18030 as a whole; so is one that
    // had UTF-8-looking bytes before (it is read again from the start, nothing kept of the first reading).
    void streamedGbkAfterAsciiOrUtf8LookingStart()
    {
        QStringEncoder gbk("GB18030");
        const QByteArray id = idOf(QStringLiteral("case")).toUtf8();
        for (const QByteArray &first : {QByteArray("C-0"), QByteArray("C-\xC3\xA9")}) {
            QByteArray csv = kHeader;
            int rows = 0;
            csv += first + "," + id + ",confirmed,2022-10-31 09:00,,,,,,,,,,,\n";
            ++rows;
            while (csv.size() < (1 << 20) + 50000) {
                csv += "C-" + QByteArray::number(++rows) + "," + id + ",confirmed,2022-10-31 09:00,,,,,,,,,,,\n";
            }
            for (int i = 0; i < 100; ++i, ++rows)
                csv += gbk.encode(QStringLiteral("C-G%1,%2,确诊,2022-10-31 09:00,,同户,370303001,3号楼2单元%1室,,,,,,,\n").arg(i).arg(QString::fromLatin1(id)));
            const auto r = importStream(csv);
            HC_VERIFY_OK(r);
            QVERIFY(r->batch);
            QCOMPARE(r->file.encoding, QStringLiteral("GB18030"));
            QCOMPARE(r->file.accepted, rows);
            QCOMPARE(t->count(QStringLiteral("case_row"), QStringLiteral("batch_id = %1").arg(*r->batch)), rows);
            QCOMPARE(t->count(QStringLiteral("case_row"), QStringLiteral("batch_id = %1 AND address = '3号楼2单元7室'").arg(*r->batch)), 1);
        }
    }

    // Which rows the file-wide checks take back, and why, is what reading the rows one after another gives: a
    // row repeats the first accepted row like it, or disagrees with the first row of its case.
    void duplicatesAndDisagreeingCasesAsReadInOrder()
    {
        const QByteArray a = idOf(QStringLiteral("case")).toUtf8(), b = idOf(QStringLiteral("spouse")).toUtf8();
        const QByteArray csv = kHeader
                               + "C-1," + a + ",确诊,2022-10-31 09:00,,household,370303001,3号楼2单元501室,,,,,,,\n" // 2
                               + "C-1," + b + ",确诊,2022-10-31 09:00,,,,,,,,,,,\n"                              // 3 disagrees
                               + "C-1," + b + ",确诊,2022-10-31 09:00,,,,,,,,,,,\n"                              // 4 disagrees
                               + "C-1," + a + ",确诊,2022-10-31 09:00,,household,370303001,3号楼2单元501室,,,,,,,\n" // 5 dup of 2
                               + "C-2," + a + ",无症状,2022-10-31 10:00,,,,,,,,,,,\n"                             // 6
                               + "C-1," + a + ",确诊,2022-10-31 09:00,,venue,,,V-1,2022-10-30 12:00,2022-10-30 13:00,,,,\n" // 7
                               + "C-1," + a + ",confirmed, 2022-10-31 09:00 ,,venue,,,V-1,2022/10/30 12:00,2022-10-30 13:00,,,,\n" // 8 dup of 7
                               + "C-2," + a + ",asymptomatic,2022-10-31 10:00,,,,,,,,,,,\n";                      // 9 dup of 6
        const QStringList errors = errorsOf(csv);
        QCOMPARE(errors.size(), 5);
        QVERIFY2(errors[0].startsWith(QStringLiteral("3: case C-1")) && errors[0].endsWith(QStringLiteral("line 2")), qPrintable(errors[0]));
        QVERIFY2(errors[1].startsWith(QStringLiteral("4: case C-1")) && errors[1].endsWith(QStringLiteral("line 2")), qPrintable(errors[1]));
        QCOMPARE(errors[2], QStringLiteral("5: duplicate of line 2"));
        QCOMPARE(errors[3], QStringLiteral("8: duplicate of line 7"));
        QCOMPARE(errors[4], QStringLiteral("9: duplicate of line 6"));

        // Streamed into a batch with the valid rows only: the rows taken back are gone from it, the errors file
        // names the others in line order with their rows as read.
        ImportOptions o;
        o.validRowsOnly = true;
        o.errorsPath = t->dir.filePath(QStringLiteral("errors.csv"));
        const auto r = importStream(csv, o);
        HC_VERIFY_OK(r);
        QVERIFY(r->batch);
        QCOMPARE(r->file.accepted, 3);
        QCOMPARE(r->file.errors, qint64(5));
        QCOMPARE(r->file.firstCases.size(), 3);
        QCOMPARE(r->errors.size(), 5);
        QCOMPARE(r->errors[2].line, 5);
        QList<int> lines;
        for (const CaseRow &row : cases().rows(*r->batch))
            lines << row.line;
        QCOMPARE(lines, (QList<int>{2, 6, 7}));
        QCOMPARE(cases().find(*r->batch)->leftOut, 5);
        QFile f(o.errorsPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList written = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(written.size(), 6);
        QVERIFY(written[4].startsWith(QStringLiteral("8,duplicate of line 7,C-1,")));
        QVERIFY(written[4].contains(QStringLiteral(", 2022-10-31 09:00 ,"))); // as read, not as checked
    }

    // The file-wide checks sort fingerprints in runs that go to temporary files beyond a million rows.
    void spillSortMergesItsRuns()
    {
        struct Item
        {
            quint64 key;
            quint32 n;
        };
        struct Less
        {
            bool operator()(const Item &a, const Item &b) const { return a.key != b.key ? a.key < b.key : a.n < b.n; }
        };
        SpillSort<Item, Less> sort(1000);
        QRandomGenerator rng(7);
        for (quint32 i = 0; i < 25500; ++i)
            HC_VERIFY_OK(sort.push({rng.bounded(5000u), i}));
        sort.finish();
        for (int pass = 0; pass < 2; ++pass) {
            Item item{}, last{0, 0};
            int n = 0;
            while (sort.next(item)) {
                QVERIFY(n == 0 || Less()(last, item));
                last = item;
                ++n;
            }
            QCOMPARE(n, 25500);
            sort.rewind();
        }
        HC_VERIFY_OK(sort.status());
    }

    void streamedImportCancelledOrCutOffStoresNothing()
    {
        const QByteArray id = idOf(QStringLiteral("case")).toUtf8();
        QByteArray csv = kHeader;
        for (int i = 0; i < 300000; ++i)
            csv += "C-" + QByteArray::number(i) + "," + id + ",confirmed,2022-10-31 09:00,,,,,,,,,,,\n";
        // Cancelled once rows are written (into the import's transaction): rolled back.
        qint64 seen = 0;
        const auto cancelled = importStream(csv, {}, [&](const ProgressStep &s) {
            seen = std::max(seen, s.done);
            return s.done == 0;
        });
        HC_VERIFY_ERROR(cancelled, ErrorKind::Refused);
        QVERIFY(seen > 0);
        const auto cutOff = importStream(csv + "C-X," + id + ",\"confirmed,2022-10-31 09:00,,,,,,,,,,,\n");
        HC_VERIFY_ERROR(cutOff, ErrorKind::BadInput);
        QVERIFY(cutOff.error().message.contains(QStringLiteral("quoted")));
        QCOMPARE(t->count(QStringLiteral("case_batch")), 0);
        QCOMPARE(t->count(QStringLiteral("case_row")), 0);
        const auto checked = importStream(csv, ImportOptions{BatchKind::Cases, {}, {}, false, true, {}}); // --dry-run
        HC_VERIFY_OK(checked);
        QVERIFY(!checked->batch && !checked->refused);
        QCOMPARE(checked->file.accepted, 300000);
        QCOMPARE(t->count(QStringLiteral("case_row")), 0);
    }

    void previewCanBeCancelled()
    {
        const QByteArray csv = kHeader + "C-1," + idOf(QStringLiteral("case")).toUtf8() + ",确诊,2022-10-31 09:00,,building,370303001,3号楼,,,,,,,\n";
        const auto batch = import(csv);
        HC_VERIFY_OK(batch);
        HC_VERIFY_ERROR(cases().preview(*batch, kActor, [](int) { return false; }), ErrorKind::Refused);
    }
};

QTEST_GUILESS_MAIN(TestCaseBatch)
#include "tst_casebatch.moc"
