// Integration: hcctl simulate, code and holder commands through the real binary.
#include "HcctlProcess.h"
#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using hctest::Run;

class TestHcctlPolicy : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    Run hcctl(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        return hctest::runHcctl(m_dir->path(), QStringList{QStringLiteral("--db"), m_db} + args,
                                QStringLiteral("s3cret-pass"), stdinData);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(qEnvironmentVariable("HCCTL")).isExecutable(), "HCCTL must name the hcctl binary");
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("console.sqlite"));
    }
    void cleanup() { m_dir.reset(); }

    void simulateMatchesTheExamplesByteForByte()
    {
        const QDir dir(QStringLiteral(HC_TEST_DATA_DIR "/scenarios"));
        int n = 0;
        for (const QString &f : dir.entryList({QStringLiteral("0*.json")}, QDir::Files, QDir::Name)) {
            if (f.endsWith(QLatin1String(".expected.json")))
                continue;
            QFile expected(dir.filePath(QString(f).replace(QLatin1String(".json"), QLatin1String(".expected.json"))));
            QVERIFY(expected.open(QIODevice::ReadOnly));
            const Run r = hcctl({QStringLiteral("simulate"), dir.filePath(f)});
            QVERIFY2(r.code == 0, r.describe().constData());
            QCOMPARE(r.out, expected.readAll());
            ++n;
        }
        QCOMPARE(n, 5);
        QVERIFY(!QFileInfo::exists(m_db)); // simulate opens no database
    }

    void simulateRefusesABadFileNamingTheField()
    {
        QFile in(QStringLiteral(HC_TEST_DATA_DIR "/scenarios/05-manual-one-approver.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray json = in.readAll();
        json.replace("\"approvers\": [\"sup-li\"]", "\"aprovers\": [\"sup-li\"]");
        const QString path = m_dir->filePath(QStringLiteral("bad.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(json) > 0);
        out.close();
        Run r = hcctl({QStringLiteral("simulate"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("events[2].approvers"), r.describe().constData());
        QVERIFY(r.out.isEmpty());
        r = hcctl({QStringLiteral("simulate"), m_dir->filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.code, 2);
        r = hcctl({QStringLiteral("simulate"), QStringLiteral("-")}, "{\"holders\": [], \"events\": [], \"ask\": []}");
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.out, QByteArray("{\n  \"answers\": [],\n  \"rejected\": []\n}\n"));
    }
};

QTEST_GUILESS_MAIN(TestHcctlPolicy)
#include "tst_hcctlpolicy.moc"
