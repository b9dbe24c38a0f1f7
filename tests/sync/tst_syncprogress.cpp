// Integration: `hcctl sync now` against the real hc-platform draws its phases on stderr when asked to
// (HCCTL_PROGRESS=1, as on a terminal) — freezing the waiting changes, sending batch k of n, receiving the feeds —
// and prints nothing there without it; its --json output is byte for byte the same either way, each run on the
// same console database against the same platform store.
#include "../core/HcctlProcess.h"
#include "PlatformProcess.h"
#include "TestConfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hctest;

namespace {

const QString kPassword = QStringLiteral("progress-test-password");
const QString kConsole = QStringLiteral("console-370303");

// `progress` empty: HCCTL_PROGRESS is not set at all (stderr is a pipe here, never a terminal).
Run runWith(const QString &home, const QStringList &args, const QByteArray &progress)
{
    QHash<QString, QString> env;
    if (!progress.isEmpty())
        env.insert(QStringLiteral("HCCTL_PROGRESS"), QString::fromLatin1(progress));
    return runHcctl(home, args, kPassword, {}, env);
}

QString residentId(const QString &region, int serial)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    const QString first17 = region + QStringLiteral("19900101") + QString::number(serial).rightJustified(3, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (it.fileInfo().isDir() ? !QDir().mkpath(target) : !QFile::copy(source, target))
            return false;
    }
    return true;
}

bool copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

} // namespace

class tst_SyncProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_platformDir;
    quint16 m_port = 0;
    QString m_db;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    Run admin(const QString &db, const QStringList &args, const QByteArray &progress = {})
    {
        return runWith(m_tmp.path(), QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} + args,
                       progress);
    }
    Run syncNow(const QString &db, const QByteArray &progress)
    {
        return admin(db, {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--passphrase-file"), path(QStringLiteral("pass")),
                          QStringLiteral("--json")},
                     progress);
    }
    // The platform on its store, with a national list in its risk-area feed.
    bool startPlatform(PlatformProcess &p)
    {
        return p.start({QStringLiteral("--national"), path(QStringLiteral("lists"))});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_db = path(QStringLiteral("console.sqlite"));
        m_platformDir = path(QStringLiteral("plat"));
        m_port = freePort();
        const QStringList passes = PlatformProcess::createDemo(m_platformDir, m_port);
        QCOMPARE(passes.size(), 2);
        QFile pass(path(QStringLiteral("pass")));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write(passes[0].toLatin1() + '\n');
        pass.close();
        QVERIFY(QDir().mkpath(path(QStringLiteral("lists"))));
        QVERIFY(QFile::copy(QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/2022041518-4e719d68.json"),
                            path(QStringLiteral("lists/list.json"))));

        const Run init = runWith(m_tmp.path(), {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"),
                                                QStringLiteral("admin")},
                                 {});
        QVERIFY2(init.code == 0, init.describe());
        // Separation of duties (issue 16): the administrator holds no operational role; the holders are imported by
        // "clerk", an operator admin adds.
        qputenv("HCCTL_NEW_PASSWORD", kPassword.toUtf8());
        Run r = admin(m_db, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk"), QStringLiteral("--roles"),
                             QStringLiteral("operator")});
        qunsetenv("HCCTL_NEW_PASSWORD");
        QVERIFY2(r.code == 0, r.describe());
        // Batches of 40 changes: several to send.
        r = admin(m_db, {QStringLiteral("sync"), QStringLiteral("setup"), m_platformDir + QStringLiteral("/consoles/") + kConsole,
                         QStringLiteral("--passphrase-file"), path(QStringLiteral("pass")), QStringLiteral("--batch-events"),
                         QStringLiteral("40")});
        QVERIFY2(r.code == 0, r.describe());
        QByteArray csv = "id_number,name,home_division\n";
        for (int i = 1; i <= 150; ++i)
            csv += residentId(QStringLiteral("370303"), i).toUtf8() + ",张" + QByteArray::number(i) + ",370303001\n";
        QFile holders(path(QStringLiteral("holders.csv")));
        QVERIFY(holders.open(QIODevice::WriteOnly));
        holders.write(csv);
        holders.close();
        r = runWith(m_tmp.path(), {QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("clerk"), QStringLiteral("holders"),
                                   QStringLiteral("import"), holders.fileName()},
                    {});
        QVERIFY2(r.code == 0, r.describe());
    }

    void syncNowShowsItsPhases()
    {
        // The same console and the same platform store twice: a copy of each before either syncs.
        const QString quietDb = path(QStringLiteral("quiet.sqlite"));
        QVERIFY(copyDatabase(m_db, quietDb));
        const QString pristine = path(QStringLiteral("plat-pristine"));
        QVERIFY(copyTree(m_platformDir, pristine));

        PlatformProcess platform(m_platformDir, m_port);
        QVERIFY2(startPlatform(platform), platform.output().constData());
        const Run quiet = syncNow(quietDb, {});
        platform.kill();
        QVERIFY2(quiet.code == 0, quiet.describe());
        QVERIFY2(quiet.err.isEmpty(), quiet.describe());
        const QJsonObject report = quiet.json();
        QVERIFY2(report.value(QStringLiteral("delivered")).toInt() >= 4, quiet.out.constData());
        QVERIFY2(report.value(QStringLiteral("pulled")).toObject().value(QStringLiteral("risk-areas")).toInt() > 0, quiet.out.constData());

        QVERIFY(QDir(m_platformDir).removeRecursively());
        QVERIFY(copyTree(pristine, m_platformDir));
        QVERIFY2(startPlatform(platform), platform.output().constData());
        const Run shown = syncNow(m_db, "1");
        platform.kill();
        QVERIFY2(shown.code == 0, shown.describe());
        QCOMPARE(shown.out, quiet.out);
        const QString err = QString::fromUtf8(shown.err);
        QVERIFY2(err.contains(QLatin1String("[#")) && err.contains(QLatin1Char('%')) && err.endsWith(QLatin1Char('\n')),
                 shown.describe());
        // The first step and the last (100 %) are always drawn; the bar redraws at most ten times a second.
        QVERIFY2(err.contains(QLatin1String("Freezing the waiting changes 0/")), shown.describe());
        QVERIFY2(err.contains(QLatin1String("100%  Receiving the feed policies (4 of 4)")), shown.describe());
    }
};

QTEST_GUILESS_MAIN(tst_SyncProgress)
#include "tst_syncprogress.moc"
