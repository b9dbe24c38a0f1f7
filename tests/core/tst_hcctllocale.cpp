// hcctl speaks the language of the environment's locale (LC_ALL, LC_MESSAGES, LANG): Simplified Chinese for zh_CN,
// Traditional for zh_TW and zh_HK, English (the source texts) for C, POSIX, en_* or none. --json stays as it is.
// Runs the real hcctl (path in $HCCTL) on an SQLite file of its own: the language does not depend on the backend.
#include "HcctlProcess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kPassword = QStringLiteral("s3cret-pass");

// `set` is applied over the tests' English environment (LANG=C.UTF-8); `unset` names variables then removed.
hctest::Run runIn(const QString &home, const QStringList &args, const QHash<QString, QString> &set,
                  const QStringList &unset = {})
{
    QProcessEnvironment env = hctest::hcctlEnvironment(home, kPassword, set);
    for (const QString &v : unset)
        env.remove(v);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(qEnvironmentVariable("HCCTL"), args);
    return hctest::collect(p, 120000);
}

using Env = QHash<QString, QString>;

} // namespace

class TestHcctlLocale : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("HCCTL"), "HCCTL must name the hcctl binary");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("commission.sqlite"));
    }

    // A misspelt option (the command line's own words, CliContext): refused with exit 2 in every language.
    void unknownOption_data()
    {
        QTest::addColumn<Env>("set");
        QTest::addColumn<QStringList>("unset");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("usage");
        const QString en = QStringLiteral("hcctl: unknown option --divison");
        const QString enUsage = QStringLiteral("Usage: hcctl [--db PATH] [--user NAME] NOUN VERB … [--json]. Try `hcctl help`.");
        const QString cn = QStringLiteral("hcctl: 未知选项 --divison");
        const QString cnUsage = QStringLiteral("用法：hcctl [--db PATH] [--user NAME] NOUN VERB … [--json]。运行 `hcctl help` 查看帮助。");
        const QString tw = QStringLiteral("hcctl: 未知選項 --divison");
        const QString twUsage = QStringLiteral("用法：hcctl [--db PATH] [--user NAME] NOUN VERB … [--json]。執行 `hcctl help` 檢視說明。");
        QTest::newRow("zh_CN") << Env{{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}} << QStringList() << cn << cnUsage;
        QTest::newRow("zh_CN no codeset") << Env{{QStringLiteral("LANG"), QStringLiteral("zh_CN")}} << QStringList() << cn << cnUsage;
        QTest::newRow("zh_SG") << Env{{QStringLiteral("LANG"), QStringLiteral("zh_SG.UTF-8")}} << QStringList() << cn << cnUsage;
        QTest::newRow("zh_TW") << Env{{QStringLiteral("LANG"), QStringLiteral("zh_TW.UTF-8")}} << QStringList() << tw << twUsage;
        QTest::newRow("zh_HK") << Env{{QStringLiteral("LANG"), QStringLiteral("zh_HK.UTF-8")}} << QStringList() << tw << twUsage;
        QTest::newRow("C") << Env{{QStringLiteral("LANG"), QStringLiteral("C")}} << QStringList() << en << enUsage;
        QTest::newRow("C.UTF-8") << Env{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}} << QStringList() << en << enUsage;
        QTest::newRow("POSIX") << Env{{QStringLiteral("LANG"), QStringLiteral("POSIX")}} << QStringList() << en << enUsage;
        QTest::newRow("en_US") << Env{{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}} << QStringList() << en << enUsage;
        QTest::newRow("unset") << Env() << QStringList{QStringLiteral("LANG")} << en << enUsage;
        // LC_ALL beats LC_MESSAGES beats LANG, as for the C library.
        QTest::newRow("LC_ALL over LANG") << Env{{QStringLiteral("LANG"), QStringLiteral("C"), }, {QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8")}}
                                          << QStringList() << cn << cnUsage;
        QTest::newRow("LC_ALL=C over LANG") << Env{{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}, {QStringLiteral("LC_ALL"), QStringLiteral("C")}}
                                            << QStringList() << en << enUsage;
        QTest::newRow("LC_MESSAGES over LANG") << Env{{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}, {QStringLiteral("LC_MESSAGES"), QStringLiteral("zh_TW.UTF-8")}}
                                               << QStringList() << tw << twUsage;
        // LANGUAGE is not read for the C locale (as gettext).
        QTest::newRow("LANGUAGE under C") << Env{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}, {QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN")}}
                                          << QStringList() << en << enUsage;
    }
    void unknownOption()
    {
        QFETCH(Env, set);
        QFETCH(QStringList, unset);
        QFETCH(QString, error);
        QFETCH(QString, usage);
        const hctest::Run r = runIn(m_dir->path(), {QStringLiteral("holders"), QStringLiteral("list"), QStringLiteral("--divison"),
                                                    QStringLiteral("11")}, set, unset);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        // Qt warns on stderr when the C library lacks the locale (or it is not UTF-8): the messages are the last lines.
        const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, r.describe());
        QCOMPARE(lines.mid(lines.size() - 2), (QStringList{error, usage}));
    }

    // The commands' own messages (context hc::cli, which once never matched at run time) and the dispatcher's.
    void commandMessages()
    {
        const Env cn{{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}};
        const Env tw{{QStringLiteral("LANG"), QStringLiteral("zh_TW.UTF-8")}};
        const Env c{{QStringLiteral("LANG"), QStringLiteral("C")}};
        const QStringList init{QStringLiteral("--db"), m_db, QStringLiteral("init")};
        hctest::Run r = runIn(m_dir->path(), init, cn);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("hcctl: init 需要 --admin NAME 参数\n用法：hcctl").toUtf8()), r.describe());
        r = runIn(m_dir->path(), init, tw);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("hcctl: init 需要 --admin NAME 參數\n用法：").toUtf8()), r.describe());
        r = runIn(m_dir->path(), init, c);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("hcctl: init needs --admin NAME\nUsage: "), r.describe());

        const QStringList unknown{QStringLiteral("--db"), m_db, QStringLiteral("frobnicate")};
        r = runIn(m_dir->path(), unknown, cn);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("hcctl: 未知命令“frobnicate”\n").toUtf8()), r.describe());
        r = runIn(m_dir->path(), unknown, tw);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("hcctl: 未知的指令「frobnicate」\n").toUtf8()), r.describe());
        r = runIn(m_dir->path(), unknown, c);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("hcctl: unknown command \"frobnicate\"\n"), r.describe());

        // A refusal (exit 1) from the sign-in: no official given.
        const QStringList list{QStringLiteral("--db"), m_db, QStringLiteral("holders"), QStringLiteral("list")};
        r = runIn(m_dir->path(), list, cn);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("此命令须由工作人员执行").toUtf8()), r.describe());
        r = runIn(m_dir->path(), list, c);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("This command needs an official"), r.describe());
    }

    // --json is for programs: the same bytes in every locale, its error messages included.
    void jsonUnchanged()
    {
        const QList<QStringList> commands{
            {QStringLiteral("--db"), m_db, QStringLiteral("divisions"), QStringLiteral("count"), QStringLiteral("--json")},
            {QStringLiteral("--db"), m_db, QStringLiteral("divisions"), QStringLiteral("show"), QStringLiteral("x"), QStringLiteral("--json")},
            {QStringLiteral("--db"), m_db, QStringLiteral("holders"), QStringLiteral("list"), QStringLiteral("--json")},
        };
        for (const QStringList &args : commands) {
            const hctest::Run en = runIn(m_dir->path(), args, {{QStringLiteral("LANG"), QStringLiteral("C")}});
            QVERIFY2(!en.out.isEmpty(), en.describe());
            for (const QString &lang : {QStringLiteral("zh_CN.UTF-8"), QStringLiteral("zh_TW.UTF-8")}) {
                const hctest::Run r = runIn(m_dir->path(), args, {{QStringLiteral("LANG"), lang}});
                QCOMPARE(r.code, en.code);
                QCOMPARE(r.out, en.out);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHcctlLocale)
#include "tst_hcctllocale.moc"
