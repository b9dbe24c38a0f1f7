// Personal data on disk is readable by its owner alone (issue 16): the database is created 0600 in a folder
// created 0700 (its -wal and -shm follow), an existing one others could read is tightened with a note, and files
// written through QSaveFile (unmasked exports, error files) are 0600.
#include "Database.h"
#include "PrivateFiles.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

namespace {
int mode(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}
} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ::umask(022); } // the usual umask: files 0644, folders 0755 unless the program says otherwise

    void newDatabaseIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/console.sqlite"));
        {
            hc::Database db(path);
            QVERIFY(db.open().ok());
            QVERIFY(db.notes().isEmpty());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
            QCOMPARE(mode(path), 0600);
            QCOMPARE(mode(path + QStringLiteral("-wal")), 0600);
            QCOMPARE(mode(path + QStringLiteral("-shm")), 0600);
        }
        QCOMPARE(mode(dir.filePath(QStringLiteral("a"))), 0700);
        QCOMPARE(mode(dir.filePath(QStringLiteral("a/b"))), 0700);
    }

    void existingReadableDatabaseIsTightened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        {
            hc::Database db(path);
            QVERIFY(db.open().ok());
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        hc::Database again(path);
        QVERIFY(again.open().ok());
        QCOMPARE(again.notes().size(), 1);
        QVERIFY2(again.notes().front().contains(QLatin1String("console.sqlite")), qPrintable(again.notes().front()));
        QCOMPARE(mode(path), 0600);
    }

    void savedFilesArePrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QSaveFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(hc::files::makePrivate(f));
        f.write("id_number\n370303199001011239\n");
        QVERIFY(f.commit());
        QCOMPARE(mode(path), 0600);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
