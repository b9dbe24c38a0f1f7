#include "ReportScheduleBox.h"
#include "ErrorText.h"

#include "BackgroundTask.h"
#include "DivisionCode.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimeEdit>
#include <QtConcurrent>

namespace hc {

namespace {

const QString kLastDay = QStringLiteral("reports/schedule/last_day");

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

ReportScheduleBox::ReportScheduleBox(Workspace &ws, QSettings &settings, QWidget *parent)
    : QGroupBox(tr("Daily report, written by itself"), parent), m_ws(ws), m_store(settings)
{
    setObjectName(QStringLiteral("scheduleBox"));
    m_enabled = new QCheckBox(tr("Write the commission's daily report every day"));
    m_enabled->setObjectName(QStringLiteral("scheduleEnabled"));
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("scheduleFolder"));
    m_folder->setPlaceholderText(tr("Folder"));
    auto *browse = new QPushButton(tr("Choose…"));
    browse->setObjectName(QStringLiteral("scheduleBrowse"));
    m_at = new QTimeEdit;
    m_at->setObjectName(QStringLiteral("scheduleTime"));
    m_at->setDisplayFormat(QStringLiteral("HH:mm"));
    m_covers = new QComboBox;
    m_covers->setObjectName(QStringLiteral("scheduleCovers"));
    m_covers->addItem(tr("the day before (0–24 h)"), false);
    m_covers->addItem(tr("the same day, until then"), true);
    m_covers->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_covers->setMinimumContentsLength(12);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("scheduleState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_enabled);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Each day at (UTC+8):"), m_at);
    form->addRow(tr("Reports on:"), m_covers);
    form->addRow(m_state);

    setSettings(reports::ScheduleSettings::load(m_store));
    connect(m_enabled, &QCheckBox::toggled, this, &ReportScheduleBox::saveFromForm);
    connect(m_folder, &QLineEdit::editingFinished, this, &ReportScheduleBox::saveFromForm);
    connect(m_at, &QTimeEdit::editingFinished, this, &ReportScheduleBox::saveFromForm);
    connect(m_covers, &QComboBox::currentIndexChanged, this, &ReportScheduleBox::saveFromForm);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the daily report"), m_folder->text());
        if (dir.isEmpty())
            return;
        m_folder->setText(QDir::toNativeSeparators(dir));
        saveFromForm();
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReportScheduleBox::finished);
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReportScheduleBox::check);
    m_timer.start();
}

ReportScheduleBox::~ReportScheduleBox()
{
    m_timer.stop();
    m_watcher.waitForFinished(); // the worker uses the workspace
}

reports::ScheduleSettings ReportScheduleBox::settings() const
{
    reports::ScheduleSettings s;
    s.enabled = m_enabled->isChecked();
    s.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    s.at = m_at->time();
    s.sameDay = m_covers->currentData().toBool();
    return s;
}

void ReportScheduleBox::setSettings(const reports::ScheduleSettings &s)
{
    {
        const QSignalBlocker b1(m_enabled), b2(m_folder), b3(m_at), b4(m_covers);
        m_enabled->setChecked(s.enabled);
        m_folder->setText(QDir::toNativeSeparators(s.folder));
        m_at->setTime(s.at);
        m_covers->setCurrentIndex(s.sameDay ? 1 : 0);
    }
    saveFromForm();
}

void ReportScheduleBox::saveFromForm()
{
    const reports::ScheduleSettings s = settings();
    if (!(reports::ScheduleSettings::load(m_store) == s)) {
        s.save(m_store);
        m_store.sync();
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_folder, m_at, m_covers})
        w->setEnabled(s.enabled);
    check();
}

void ReportScheduleBox::setSigners(const std::optional<reports::PackageSigners> &signers, const QString &whyNot)
{
    m_signers = signers;
    m_whyNot = whyNot;
    check();
}

QDate ReportScheduleBox::lastWritten() const
{
    return QDate::fromString(m_store.value(kLastDay).toString(), Qt::ISODate);
}

void ReportScheduleBox::showState(const QString &text, const QString &color)
{
    m_stateText = text;
    m_state->setText(text);
    m_state->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color:") + color);
}

void ReportScheduleBox::check()
{
    if (isWriting())
        return;
    const reports::ScheduleSettings s = settings();
    if (!s.enabled) {
        showState(tr("Off: reports are exported by hand only."), QStringLiteral("#707070"));
        emit status({}, false);
        return;
    }
    const auto division = divcode::normalise(m_ws.commission().division);
    if (!division) {
        const QString text = tr("The commission's division is not set, so there is no daily report to write.");
        showState(text, QStringLiteral("#c62828"));
        emit status(tr("Daily report: %1").arg(text), true);
        return;
    }
    const reports::ReportSchedule schedule(s);
    const auto d = schedule.decide(m_ws.clock().now().toSecsSinceEpoch(), lastWritten(), *division);
    switch (d.state) {
    case reports::ReportSchedule::Decision::Off:
        return;
    case reports::ReportSchedule::Decision::Blocked:
        showState(d.problem, QStringLiteral("#c62828"));
        emit status(tr("Daily report: %1").arg(d.problem), true);
        return;
    case reports::ReportSchedule::Decision::Done:
        showState(tr("The daily report of %1 is in the folder. The next is written at %2.").arg(day(d.day), time::formatShort(d.nextAt)), {});
        emit status(tr("Daily report of %1 written").arg(day(d.day)), false);
        return;
    case reports::ReportSchedule::Decision::Due:
        break;
    }
    if (!m_signers || !m_signers->cms) {
        const QString text = tr("The daily report of %1 waits: %2").arg(day(d.day), m_whyNot);
        showState(text, QStringLiteral("#b26a00"));
        emit status(tr("Daily report of %1 waits for the REPORT key").arg(day(d.day)), true);
        return;
    }
    const auto who = m_ws.official();
    if (!who) {
        showState(errorText(who.error()), QStringLiteral("#c62828"));
        emit status(tr("Daily report: %1").arg(who.error().message), true);
        return;
    }
    reports::ReportRequest request;
    request.kind = reports::ReportKind::Daily;
    request.date = d.day;
    request.division = *division;
    m_writing = d.day;
    showState(tr("Writing the daily report of %1…").arg(day(d.day)), {});
    Workspace *ws = &m_ws;
    const QString path = schedule.filePath(*division, d.day);
    // On the worker thread's own connection (Database keeps one per thread), like every background job.
    m_watcher.setFuture(QtConcurrent::run(BackgroundTask::pool(), [ws, official = *who, request, path, signers = *m_signers] {
        return reports::ReportExporter(ws->db(), ws->clock()).exportTo(official, request, path, signers, false);
    }));
}

void ReportScheduleBox::finished()
{
    const Result<reports::ExportResult> r = m_watcher.result();
    if (!r) {
        const QString text = tr("The daily report of %1 could not be written: %2").arg(day(m_writing), r.error().message);
        showState(tr("The daily report of %1 could not be written: %2").arg(day(m_writing), errorText(r.error())),
                  QStringLiteral("#c62828"));
        emit status(text, true); // the status bar's one line: without the details
        return;
    }
    m_store.setValue(kLastDay, m_writing.toString(Qt::ISODate));
    m_store.sync();
    emit written(r.value());
    check();
}

} // namespace hc
