#pragma once
#include "ReportExporter.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QSettings;

namespace hc {

class ReportPreview;
class ReportRequestForm;
class ReportScheduleBox;
class Workspace;
namespace sync {
class SyncRunner;
}

// 报表: the four reports of record (daily, risk-area announcement, 12345 month, case batch) built by the core for
// a chosen day, time, month or batch; previewed page by page, printed, and exported as the signed package — signed
// with the console's REPORT key, unlocked like the sync keys. Without one the pane says why and offers only an
// unsigned draft, marked as such on every page. Below, the daily report written by itself into a folder.
class ReportsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPane)
public:
    // `settings`: where the schedule is kept (the application's QSettings when null).
    ReportsPane(Workspace &ws, sync::SyncRunner &runner, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~ReportsPane() override;

    void refresh(); // the signing state, the batches, the schedule
    reports::ReportRequest request() const; // what the form asks for
    void setKind(reports::ReportKind kind);

    // What the buttons do, callable by tests. Each returns false with the reason in message().
    bool preview(); // starts rendering off the GUI thread; previewFinished() follows
    bool isPreviewing() const { return m_previewWatcher.isRunning(); }
    int previewPages() const;
    bool exportReport(const QString &path = {}); // asks for the file when empty; waits for the package
    bool unlockKeys(const QByteArray &passphrase);
    bool print(); // the print preview dialog (modal); false when the report cannot be built
    int printedPages() const { return m_printedPages; }
    bool hasSigningKey() const { return m_keys && m_keys->cms.has_value(); }
    QString signingState() const;
    QString message() const;
    const std::optional<reports::ExportResult> &lastExport() const { return m_lastExport; }
    ReportScheduleBox *scheduleBox() const { return m_schedule; }

signals:
    void previewFinished(bool ok);
    void exported(); // the audit log holds a new report.export entry
    void scheduleStatus(const QString &text, bool problem); // for the status bar ("" when off)

protected:
    void showEvent(QShowEvent *e) override; // keys unlocked in the sync pane meanwhile

private:
    struct Rendered
    {
        Result<reports::Report> report;
        QList<QImage> pages;
    };
    void updateSigning();
    void previewDone();
    void setMessage(const QString &text, bool error);
    void setBusy(bool busy);

    Workspace &m_ws;
    sync::SyncRunner &m_runner;
    QSettings *m_settings;
    std::optional<reports::PackageSigners> m_keys; // unlocked this session (cms empty: no REPORT key issued)
    QString m_keysOf; // the console the keys belong to (the platform may connect another)
    bool m_triedKept = false;
    QString m_whyUnsigned;
    std::optional<reports::ExportResult> m_lastExport;
    QFutureWatcher<Rendered> m_previewWatcher;
    int m_printedPages = 0;
    ReportRequestForm *m_form;
    QLabel *m_signing;
    QPushButton *m_unlock;
    QPushButton *m_previewButton;
    QPushButton *m_exportButton;
    QPushButton *m_printButton;
    QLabel *m_message;
    QLabel *m_previewInfo;
    ReportPreview *m_preview;
    ReportScheduleBox *m_schedule;
};

} // namespace hc
