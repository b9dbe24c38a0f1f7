// The reports pane (报表), driven by objectName offscreen: every kind previews as page images; without a REPORT key
// the pane says why, the export is an unsigned draft and the daily schedule waits; printing opens the print preview.
// With the demo console's keys from the real hc-platform (HC_PLATFORM), the export and the daily report written by
// itself are signed packages that verify against the platform's CA.
#include "../sync/PlatformProcess.h"
#include "OverviewFixture.h"
#include "ReportPackage.h"
#include "ReportScheduleBox.h"
#include "ReportsPane.h"
#include "SecretStore.h"
#include "SyncRunner.h"
#include "TimeUtil.h"
#include "ZipReader.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>

using namespace hc;

namespace {

QStringList members(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const auto entries = reports::ZipReader::read(f.readAll());
    QStringList names;
    if (entries)
        for (const auto &e : entries.value())
            names << e.name;
    return names;
}

bool previewed(ReportsPane &pane)
{
    QSignalSpy done(&pane, &ReportsPane::previewFinished);
    return pane.preview() && done.wait(60000) && done.first().first().toBool();
}

reports::ScheduleSettings scheduleIn(const QString &folder, QTime at)
{
    reports::ScheduleSettings s;
    s.enabled = true;
    s.folder = folder;
    s.at = at;
    return s;
}

} // namespace

class TestReportsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutKeysOnlyAnUnsignedDraft()
    {
        hctest::OverviewFixture f;
        QVERIFY(f.build());
        QTemporaryDir out;
        QSettings settings(out.filePath(QStringLiteral("hc.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        sync::SyncRunner runner(*f.t.ws, secrets);
        ReportsPane pane(*f.t.ws, runner, &settings);
        pane.resize(1200, 800);
        pane.show();

        // Why nothing is signed, in words; the export is a draft.
        auto *signing = pane.findChild<QLabel *>(QStringLiteral("signingState"));
        QVERIFY2(signing->text().contains(QStringLiteral("no REPORT key")) && signing->text().contains(QStringLiteral("not connected")),
                 qPrintable(signing->text()));
        QCOMPARE(pane.findChild<QPushButton *>(QStringLiteral("exportButton"))->text(), ReportsPane::tr("Export unsigned draft…"));
        QVERIFY(pane.findChild<QPushButton *>(QStringLiteral("reportUnlockButton"))->isHidden());
        QCOMPARE(pane.findChild<QLineEdit *>(QStringLiteral("reportDivision"))->property("code").toString(), QStringLiteral("3703"));

        // The daily report of today: its pages as images in the preview area.
        QVERIFY2(previewed(pane), qPrintable(pane.message()));
        QVERIFY(pane.previewPages() >= 1);
        auto *area = pane.findChild<QScrollArea *>(QStringLiteral("previewArea"));
        auto *page = area->findChild<QLabel *>(QStringLiteral("previewPage1"));
        QVERIFY(page && !page->pixmap().isNull() && page->pixmap().height() > page->pixmap().width());
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("previewInfo"))->text().contains(QStringLiteral("unsigned draft")));

        // Every kind builds: the announcement at a time, a month of tickets, the case batch.
        auto *kind = pane.findChild<QComboBox *>(QStringLiteral("reportKind"));
        for (auto k : {reports::ReportKind::Announcement, reports::ReportKind::TicketMonth, reports::ReportKind::Batch}) {
            kind->setCurrentIndex(kind->findData(int(k)));
            QVERIFY2(previewed(pane), qPrintable(pane.message()));
            QVERIFY(pane.previewPages() >= 1);
        }
        auto *batch = pane.findChild<QComboBox *>(QStringLiteral("reportBatch"));
        QCOMPARE(batch->currentData().toLongLong(), f.batchId);
        // A refusal is shown in words.
        kind->setCurrentIndex(kind->findData(int(reports::ReportKind::Daily)));
        pane.findChild<QLineEdit *>(QStringLiteral("reportDivision"))->setText(QStringLiteral("110105"));
        QSignalSpy done(&pane, &ReportsPane::previewFinished);
        QVERIFY(pane.preview() && done.wait(60000));
        QVERIFY(!done.first().first().toBool());
        QVERIFY(!pane.message().isEmpty());
        pane.findChild<QLineEdit *>(QStringLiteral("reportDivision"))->setText(QStringLiteral("370303"));

        // The draft: no signature in the package, the audit log says who exported what.
        const QString draft = out.filePath(QStringLiteral("draft.zip"));
        QVERIFY2(pane.exportReport(draft), qPrintable(pane.message()));
        QCOMPARE(pane.lastExport()->profile, QStringLiteral("unsigned"));
        QVERIFY(pane.lastExport()->signedBy.isEmpty());
        const QStringList names = members(draft);
        QVERIFY2(names.contains(QStringLiteral("daily-370303-20221102.pdf")) && names.contains(QStringLiteral("SHA256SUMS")), qPrintable(names.join(u' ')));
        QVERIFY(!names.contains(QStringLiteral("SHA256SUMS.p7s")));
        QSqlQuery q(f.t.ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'report.export' AND actor = 'li'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // The schedule's file name is the exporter's.
        const auto who = f.t.ws->official();
        reports::ReportRequest daily;
        daily.date = QDate(2022, 11, 1);
        daily.division = QStringLiteral("370303");
        const auto report = reports::ReportExporter(f.t.ws->db(), f.t.ws->clock()).prepare(*who, daily, true);
        QVERIFY(report.ok());
        QCOMPARE(reports::ReportSchedule::fileName(QStringLiteral("370303"), daily.date), reports::ReportExporter::defaultFileName(*report));

        // The daily schedule waits for a key, and says so to the status bar.
        QSignalSpy status(&pane, &ReportsPane::scheduleStatus);
        QTemporaryDir folder;
        pane.scheduleBox()->setSettings(scheduleIn(folder.path(), QTime(8, 0)));
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().at(1).toBool());
        QVERIFY2(status.last().at(0).toString().contains(QStringLiteral("2022-11-01")), qPrintable(status.last().at(0).toString()));
        const QString state = pane.findChild<QLabel *>(QStringLiteral("scheduleState"))->text();
        QVERIFY2(state.contains(QStringLiteral("waits")) && state.contains(QStringLiteral("no REPORT key")), qPrintable(state));
        QVERIFY(QDir(folder.path()).isEmpty());
        QCOMPARE(reports::ScheduleSettings::load(settings), scheduleIn(folder.path(), QTime(8, 0)));

        QTest::qWait(50); // the labels' new heights are laid out from the event loop
        if (qEnvironmentVariableIsSet("HC_SCREENSHOT_DIR"))
            pane.grab().save(qEnvironmentVariable("HC_SCREENSHOT_DIR") + QStringLiteral("/reports-test.png"));
    }

    void printPreviewOpens()
    {
        hctest::OverviewFixture f;
        QVERIFY(f.build());
        QTemporaryDir out;
        QSettings settings(out.filePath(QStringLiteral("hc.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        sync::SyncRunner runner(*f.t.ws, secrets);
        ReportsPane pane(*f.t.ws, runner, &settings);
        pane.show();
        bool seen = false;
        QTimer::singleShot(200, this, [&seen] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            seen = dialog && dialog->objectName() == QLatin1String("printPreview") && dialog->isVisible();
            if (dialog)
                dialog->reject();
            else
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
                        d->reject();
        });
        QVERIFY2(pane.print(), qPrintable(pane.message()));
        QVERIFY(seen);
        QVERIFY(pane.printedPages() >= 1);
    }

    void withTheConsoleKeysSigned()
    {
        if (!qEnvironmentVariableIsSet("HC_PLATFORM"))
            QSKIP("HC_PLATFORM is not set");
        // The demo console's certificates are valid from today: a workspace at today's date.
        TestWorkspace t(QDateTime::currentDateTime());
        AuditLog audit = t.ws->audit();
        QVERIFY(Commission::save(t.ws->db(), {QStringLiteral("370303"), QStringLiteral("淄博市张店区卫生健康局")}).ok());
        QVERIFY(t.ws->signIn(QStringLiteral("admin"), QStringLiteral("password-123")).ok());
        const QString platformDir = t.dir.filePath(QStringLiteral("plat"));
        const QString passphrase = hctest::PlatformProcess::createDemo(platformDir, hctest::freePort()).value(0);
        QVERIFY(!passphrase.isEmpty());
        {
            // Set up in an earlier session; without a keychain the passphrase was not kept past it.
            MemorySecretStore setupSession;
            QVERIFY(sync::SyncService(t.ws->db(), t.ws->clock(), setupSession)
                        .configure(platformDir + QStringLiteral("/consoles/console-370303"), passphrase.toLatin1(), QStringLiteral("intl"), {}, {},
                                   QStringLiteral("admin"), audit)
                        .ok());
        }
        MemorySecretStore secrets;
        sync::SyncRunner runner(*t.ws, secrets, QStringLiteral("no D-Bus session bus"));
        QTemporaryDir out;
        QSettings settings(out.filePath(QStringLiteral("hc.ini")), QSettings::IniFormat);
        ReportsPane pane(*t.ws, runner, &settings);
        pane.show();

        // Configured but locked: the pane says so and offers to unlock.
        QVERIFY2(pane.signingState().contains(QStringLiteral("locked")), qPrintable(pane.signingState()));
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("reportUnlockButton"))->isHidden());
        QVERIFY(!pane.unlockKeys("wrong passphrase"));
        QVERIFY(!pane.hasSigningKey());
        QVERIFY2(pane.unlockKeys(passphrase.toLatin1()), qPrintable(pane.message()));
        QVERIFY(pane.hasSigningKey());
        QVERIFY(runner.unlocked()); // the same passphrase unlocked the sync
        QVERIFY(pane.findChild<QPushButton *>(QStringLiteral("reportUnlockButton"))->isHidden());
        QCOMPARE(pane.findChild<QPushButton *>(QStringLiteral("exportButton"))->text(), ReportsPane::tr("Export signed report…"));
        QVERIFY2(pane.signingState().contains(QStringLiteral("淄博市张店区卫生健康局")), qPrintable(pane.signingState()));

        const QString path = out.filePath(QStringLiteral("signed.zip"));
        QVERIFY2(pane.exportReport(path), qPrintable(pane.message()));
        QCOMPARE(pane.lastExport()->profile, QStringLiteral("intl"));
        QVERIFY(!pane.lastExport()->signedBy.isEmpty());
        QFile zip(path);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const auto anchors = runner.service().settings()->anchors();
        QVERIFY(anchors.ok());
        const auto verdict = reports::ReportPackage::verify(zip.readAll(), anchors.value(), QDateTime::currentDateTimeUtc());
        QVERIFY(verdict.ok());
        QVERIFY2(verdict->valid, qPrintable(verdict->error));

        // Another pane of the session finds the key with the kept passphrase, without asking.
        QTemporaryDir folder;
        ReportsPane second(*t.ws, runner, &settings);
        QVERIFY(second.hasSigningKey());
        // The daily report written by itself: at 00:00 the day before is due now, written signed into the folder.
        QSignalSpy written(second.scheduleBox(), &ReportScheduleBox::written);
        second.scheduleBox()->setSettings(scheduleIn(folder.path(), QTime(0, 0)));
        QVERIFY(written.wait(60000));
        const QDate yesterday = hc::time::chinaWallClock(t.ws->clock().now()).date().addDays(-1);
        const QString file = reports::ReportSchedule(scheduleIn(folder.path(), QTime(0, 0))).filePath(QStringLiteral("370303"), yesterday);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QVERIFY(members(file).contains(QStringLiteral("SHA256SUMS.p7s")));
        QCOMPARE(second.scheduleBox()->lastWritten(), yesterday);
        QVERIFY2(second.scheduleBox()->state().contains(QStringLiteral("is in the folder")), qPrintable(second.scheduleBox()->state()));
        // Checked again (the minute timer): written already, nothing more.
        second.scheduleBox()->check();
        QVERIFY(!second.scheduleBox()->isWriting());
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 1);
    }
};

QTEST_MAIN(TestReportsPane)
#include "tst_reportspane.moc"
