#pragma once
#include "ReportExporter.h"
#include "ReportSchedule.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QTimer>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTimeEdit;

namespace hc {

class Workspace;

// 每日自动生成: the daily report of the commission's division written into a folder each day at a time of day,
// signed with the REPORT key the reports pane holds; without one it waits and says why. The decisions are
// ReportSchedule's; this box keeps the settings (QSettings), checks each minute and writes off the GUI thread.
class ReportScheduleBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportScheduleBox)
public:
    ReportScheduleBox(Workspace &ws, QSettings &settings, QWidget *parent = nullptr);
    ~ReportScheduleBox() override;

    reports::ScheduleSettings settings() const;
    void setSettings(const reports::ScheduleSettings &s); // shows and saves them, then checks
    // The keys to sign with, or why there are none (in words).
    void setSigners(const std::optional<reports::PackageSigners> &signers, const QString &whyNot);
    QDate lastWritten() const;

    void check(); // what the minute timer does: decide, and write when due
    bool isWriting() const { return m_watcher.isRunning(); }
    QString state() const { return m_stateText; }

signals:
    void status(const QString &text, bool problem); // for the status bar ("" when off)
    void written(const reports::ExportResult &result);

private:
    void saveFromForm();
    void finished();
    void showState(const QString &text, const QString &color);

    Workspace &m_ws;
    QSettings &m_store;
    std::optional<reports::PackageSigners> m_signers;
    QString m_whyNot;
    QTimer m_timer;
    QFutureWatcher<Result<reports::ExportResult>> m_watcher;
    QDate m_writing;
    QString m_stateText;
    QCheckBox *m_enabled;
    QLineEdit *m_folder;
    QTimeEdit *m_at;
    QComboBox *m_covers;
    QLabel *m_state;
};

} // namespace hc
