// The timeline scenarios of SCENARIOS.md: the shipped examples byte for byte, and the finer rules.
#include "JsonWriter.h"
#include "Scenario.h"
#include "Simulator.h"
#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hc::policy;

namespace {

// Runs a scenario and returns each answer as "color:kind,kind".
QStringList answers(const QByteArray &json)
{
    const auto s = Scenario::parse(json);
    if (!s) {
        qWarning() << s.error().message;
        return {QStringLiteral("invalid: ") + s.error().message};
    }
    Simulator sim(s.value());
    sim.run();
    QStringList out;
    for (const auto &a : sim.answers())
        out << colorKey(a.color) + QLatin1Char(':') + a.conditions.join(QLatin1Char(','));
    return out;
}

QByteArray daily(const QString &holder, const QString &fromDay, int days, const QString &time = QStringLiteral("09:00"))
{
    QByteArray out;
    const QDate d0 = QDate::fromString(fromDay, Qt::ISODate);
    for (int i = 0; i < days; ++i)
        out += QStringLiteral(R"({"at": "%1T%2:00+08:00", "type": "declaration", "holder": "%3"},)")
                   .arg(d0.addDays(i).toString(Qt::ISODate), time, holder)
                   .toUtf8();
    return out;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT
private slots:
    void shippedExamples_data()
    {
        QTest::addColumn<QString>("input");
        const QDir dir(QStringLiteral(HC_TEST_DATA_DIR "/scenarios"));
        const QStringList files = dir.entryList({QStringLiteral("0*.json")}, QDir::Files, QDir::Name);
        int n = 0;
        for (const QString &f : files)
            if (!f.endsWith(QLatin1String(".expected.json"))) {
                QTest::newRow(qPrintable(f)) << dir.filePath(f);
                ++n;
            }
        QVERIFY(n >= 5);
    }
    void shippedExamples()
    {
        QFETCH(QString, input);
        QFile in(input), expected(QString(input).replace(QLatin1String(".json"), QLatin1String(".expected.json")));
        QVERIFY(in.open(QIODevice::ReadOnly) && expected.open(QIODevice::ReadOnly));
        const auto s = Scenario::parse(in.readAll());
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        Simulator sim(s.value());
        sim.run();
        QCOMPARE(QString::fromUtf8(sim.resultJson().toJson()), QString::fromUtf8(expected.readAll()));
    }

    void symptomsRestartOnANewTrigger()
    {
        // Fever declared 06-03: 7 symptom-free days from 06-04 would clear at 06-10 09:00, but a fever-clinic
        // visit on 06-05 restarts the count from 06-06, so it clears at the first declaration of 06-12.
        QByteArray events = daily("h1", "2022-06-01", 20);
        events.replace(R"({"at": "2022-06-03T09:00:00+08:00", "type": "declaration", "holder": "h1"})",
                       R"({"at": "2022-06-03T09:00:00+08:00", "type": "declaration", "holder": "h1", "symptoms": ["fever"]})");
        const QByteArray json = R"({"holders": [{"id": "h1", "home": "370303001001"}], "events": [)" + events +
            R"({"at": "2022-06-05T12:00:00+08:00", "type": "fever_clinic", "holder": "h1"}],
            "ask": [{"holder": "h1", "at": "2022-06-03T08:59:00+08:00"}, {"holder": "h1", "at": "2022-06-03T09:00:00+08:00"},
                    {"holder": "h1", "at": "2022-06-10T09:00:00+08:00"}, {"holder": "h1", "at": "2022-06-12T08:59:00+08:00"},
                    {"holder": "h1", "at": "2022-06-12T09:00:00+08:00"}]})";
        QCOMPARE(answers(json), (QStringList{"green:", "yellow:symptoms", "yellow:symptoms", "yellow:symptoms", "green:"}));
    }

    void voidedResidenceWaitsForALevelChange()
    {
        const QByteArray json = R"({"holders": [{"id": "h1", "home": "370303001001", "address": "3号楼2单元"}], "events": [)" +
            daily("h1", "2022-03-31", 8) + R"(
            {"at": "2022-04-01T10:00:00+08:00", "type": "risk_area", "division": "370303", "level": "high"},
            {"at": "2022-04-02T10:00:00+08:00", "type": "void", "holder": "h1", "kind": "resident_high"},
            {"at": "2022-04-03T10:00:00+08:00", "type": "risk_area", "division": "370303001", "level": "high"},
            {"at": "2022-04-04T10:00:00+08:00", "type": "risk_area", "division": "370303", "level": "medium"},
            {"at": "2022-04-05T10:00:00+08:00", "type": "risk_area", "division": "370303001", "level": "low"}],
            "ask": [{"holder": "h1", "at": "2022-04-01T10:00:00+08:00"}, {"holder": "h1", "at": "2022-04-02T10:00:00+08:00"},
                    {"holder": "h1", "at": "2022-04-03T12:00:00+08:00"}, {"holder": "h1", "at": "2022-04-04T12:00:00+08:00"},
                    {"holder": "h1", "at": "2022-04-05T10:00:00+08:00"}]})";
        QCOMPARE(answers(json), (QStringList{"red:resident_high", "green:", "green:", "green:", "yellow:resident_medium"}));
    }

    void subareasAreTheirOwnAreas()
    {
        // Full-width digits in a sub-area are folded; a level of the whole division does not touch its sub-areas.
        const QByteArray json = R"({"holders": [{"id": "h1", "home": "370303001001", "address": "3号楼2单元"},
                                               {"id": "h2", "home": "370303001001", "address": "5号楼"}], "events": [)" +
            daily("h1", "2022-03-31", 4) + daily("h2", "2022-03-31", 4) + R"(
            {"at": "2022-04-01T10:00:00+08:00", "type": "risk_area", "division": "370303001001", "level": "high", "subareas": ["３号楼"]},
            {"at": "2022-04-01T11:00:00+08:00", "type": "risk_area", "division": "370303001001", "level": "medium"},
            {"at": "2022-04-02T10:00:00+08:00", "type": "risk_area", "division": "370303001001", "level": "low"}],
            "ask": [{"holder": "h1", "at": "2022-04-01T10:00:00+08:00"}, {"holder": "h2", "at": "2022-04-01T10:00:00+08:00"},
                    {"holder": "h2", "at": "2022-04-01T11:00:00+08:00"}, {"holder": "h1", "at": "2022-04-02T12:00:00+08:00"},
                    {"holder": "h2", "at": "2022-04-02T12:00:00+08:00"}]})";
        QCOMPARE(answers(json), (QStringList{"red:resident_high", "green:", "yellow:resident_medium", "red:resident_high", "green:"}));
    }

    void stayCountsTheTimeAtEachLevel()
    {
        // 90 minutes from 10:00 in a street that is medium all along and high from 10:30: 60 minutes at high are
        // reached at 11:30, and only the highest level's condition starts (none at 11:00 for medium).
        const QByteArray json = R"({"holders": [{"id": "h1", "home": "370303001001", "created": "2022-05-01T08:00:00+08:00"}], "events": [
            {"at": "2022-05-01T00:00:00+08:00", "type": "risk_area", "division": "110105", "level": "medium"},
            {"at": "2022-05-02T10:00:00+08:00", "type": "stay", "holder": "h1", "division": "110105001001", "minutes": 90},
            {"at": "2022-05-02T10:30:00+08:00", "type": "risk_area", "division": "110105001", "level": "high"},
            {"at": "2022-05-02T11:10:00+08:00", "type": "stay", "holder": "h1", "division": "370303", "minutes": 59}],
            "ask": [{"holder": "h1", "at": "2022-05-02T11:00:00+08:00"}, {"holder": "h1", "at": "2022-05-02T11:29:00+08:00"},
                    {"holder": "h1", "at": "2022-05-02T11:30:00+08:00"}]})";
        QCOMPARE(answers(json), (QStringList{"green:", "green:", "red:stay_high"}));
    }

    void coTravellerCountStartsAtTheExposure()
    {
        const QByteArray json = R"({"holders": [{"id": "h1", "home": "370303001001"}, {"id": "h2", "home": "370303001001"}], "events": [)" +
            daily("h1", "2022-06-01", 15) + daily("h2", "2022-06-01", 15) + R"(
            {"at": "2022-06-10T10:00:00+08:00", "type": "co_traveller", "holder": "h1", "exposure": "2022-06-01T10:00:00+08:00"},
            {"at": "2022-06-10T10:00:00+08:00", "type": "co_traveller", "holder": "h2", "exposure": "2022-06-08T10:00:00+08:00"}],
            "ask": [{"holder": "h1", "at": "2022-06-10T10:00:00+08:00"}, {"holder": "h2", "at": "2022-06-10T10:00:00+08:00"},
                    {"holder": "h2", "at": "2022-06-15T08:59:00+08:00"}, {"holder": "h2", "at": "2022-06-15T09:00:00+08:00"}]})";
        QCOMPARE(answers(json), (QStringList{"green:", "yellow:co_traveller", "yellow:co_traveller", "green:"}));
    }

    void suspectedObservationArrivalAndReopenedCase()
    {
        const QByteArray json = R"({"holders": [{"id": "h1", "home": "370303001001"}, {"id": "h2", "home": "370303001001"},
                                               {"id": "h3", "home": "370303001001"}], "events": [)" +
            daily("h1", "2022-07-01", 6) + daily("h2", "2022-07-01", 20) + R"(
            {"at": "2022-08-22T09:00:00+08:00", "type": "declaration", "holder": "h3"},
            {"at": "2022-07-01T10:00:00+08:00", "type": "case", "holder": "h1", "class": "suspected"},
            {"at": "2022-07-02T10:00:00+08:00", "type": "ruled_out", "holder": "h1"},
            {"at": "2022-07-03T10:00:00+08:00", "type": "observation_start", "holder": "h1"},
            {"at": "2022-07-05T10:00:00+08:00", "type": "observation_end", "holder": "h1"},
            {"at": "2022-07-01T10:00:00+08:00", "type": "arrival", "holder": "h2", "from_province": "11"},
            {"at": "2022-07-01T10:00:00+08:00", "type": "case", "holder": "h3", "class": "confirmed"},
            {"at": "2022-07-10T10:00:00+08:00", "type": "discharge", "holder": "h3"},
            {"at": "2022-07-20T10:00:00+08:00", "type": "case", "holder": "h3", "class": "asymptomatic"},
            {"at": "2022-07-25T10:00:00+08:00", "type": "discharge", "holder": "h3"},
            {"at": "2022-07-26T10:00:00+08:00", "type": "ruled_out", "holder": "h3"}],
            "ask": [{"holder": "h1", "at": "2022-07-01T10:00:00+08:00"}, {"holder": "h1", "at": "2022-07-02T10:00:00+08:00"},
                    {"holder": "h1", "at": "2022-07-04T10:00:00+08:00"}, {"holder": "h1", "at": "2022-07-05T10:00:00+08:00"},
                    {"holder": "h2", "at": "2022-07-15T08:59:00+08:00"}, {"holder": "h2", "at": "2022-07-15T09:00:00+08:00"},
                    {"holder": "h3", "at": "2022-08-07T10:00:00+08:00"}, {"holder": "h3", "at": "2022-08-22T09:59:00+08:00"},
                    {"holder": "h3", "at": "2022-08-22T10:00:00+08:00"}]})";
        QCOMPARE(answers(json), (QStringList{"red:suspected", "green:", "red:observation", "green:", "yellow:arrival", "green:",
                                             "red:case", "red:case", "green:"}));
    }

    void policyOverridesApply()
    {
        const QByteArray json = R"({"policy": {"green_validity_hours": 24}, "holders": [{"id": "h1", "home": "37", "created": "2022-03-01T08:00:00Z"}],
            "events": [], "ask": [{"holder": "h1", "at": "2022-03-02T08:00:00Z"}, {"holder": "h1", "at": "2022-03-02T08:00:01Z"}]})";
        QCOMPARE(answers(json), (QStringList{"green:", "gray:"}));
    }

    void invalidFilesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray h = R"("holders": [{"id": "h1", "home": "370303001001"}], "ask": [], )";
        auto ev = [&](const char *e) { return "{" + h + R"("events": [)" + QByteArray(e) + "]}"; };
        QTest::newRow("no offset") << ev(R"({"at": "2022-03-01T08:00:00", "type": "declaration", "holder": "h1"})") << "events[0].at";
        QTest::newRow("type") << ev(R"({"at": "2022-03-01T08:00:00Z", "type": "vaccination", "holder": "h1"})") << "events[0].type";
        QTest::newRow("symptom") << ev(R"({"at": "2022-03-01T08:00:00Z", "type": "declaration", "holder": "h1", "symptoms": ["headache"]})") << "events[0].symptoms";
        QTest::newRow("void kind") << ev(R"({"at": "2022-03-01T08:00:00Z", "type": "void", "holder": "h1", "kind": "green"})") << "events[0].kind";
        QTest::newRow("division") << ev(R"({"at": "2022-03-01T08:00:00Z", "type": "risk_area", "division": "37030", "level": "high"})") << "events[0].division";
        QTest::newRow("province") << ev(R"({"at": "2022-03-01T08:00:00Z", "type": "arrival", "holder": "h1", "from_province": "110"})") << "events[0].from_province";
        QTest::newRow("minutes") << ev(R"({"at": "2022-03-01T08:00:00Z", "type": "stay", "holder": "h1", "division": "37", "minutes": -5})") << "events[0].minutes";
        QTest::newRow("approvers") << ev(R"({"at": "2022-03-01T08:00:00Z", "type": "manual", "holder": "h1", "color": "red"})") << "events[0].approvers";
        QTest::newRow("holder") << ev(R"({"at": "2022-03-01T08:00:00Z", "type": "declaration", "holder": "h9"})") << "events[0].holder";
        QTest::newRow("policy key") << QByteArray(R"({"policy": {"green_hours": 1}, "holders": [], "events": [], "ask": []})") << "policy.green_hours";
        QTest::newRow("policy fraction") << QByteArray(R"({"policy": {"green_validity_hours": 1.5}, "holders": [], "events": [], "ask": []})") << "policy.green_validity_hours";
        QTest::newRow("policy zero days") << QByteArray(R"({"policy": {"stay_high_days": 0}, "holders": [], "events": [], "ask": []})") << "policy.stay_high_days";
        QTest::newRow("duplicate holder") << QByteArray(R"({"holders": [{"id": "a"}, {"id": "a"}], "events": [], "ask": []})") << "holders[1].id";
        QTest::newRow("no ask") << QByteArray(R"({"holders": [], "events": []})") << "ask";
        QTest::newRow("ask holder") << QByteArray(R"({"holders": [], "events": [], "ask": [{"holder": "x", "at": "2022-03-01T08:00:00Z"}]})") << "ask[0].holder";
    }
    void invalidFilesNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto s = Scenario::parse(json);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.startsWith(field + QLatin1Char(':')), qPrintable(s.error().message));
    }

    void zIsAnOffset()
    {
        const auto s = Scenario::parse(R"({"holders": [], "events": [], "ask": []})");
        QVERIFY(s.ok());
        QVERIFY(Scenario::parse(R"({"holders": [{"id": "a", "created": "2022-03-01T08:00:00Z"}], "events": [], "ask": []})").ok());
        QCOMPARE(*Scenario::normaliseDivision(QStringLiteral("370000")), QStringLiteral("37"));
        QCOMPARE(*Scenario::normaliseDivision(QStringLiteral("370300")), QStringLiteral("3703"));
        QCOMPARE(*Scenario::normaliseDivision(QStringLiteral("370303000000")), QStringLiteral("370303000000"));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
