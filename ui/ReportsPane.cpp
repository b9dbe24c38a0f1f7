#include "ReportsPane.h"
#include "ErrorText.h"

#include "BackgroundTask.h"
#include "ReportPdf.h"
#include "ReportPreview.h"
#include "ReportRequestForm.h"
#include "ReportScheduleBox.h"
#include "StallWatchdog.h"
#include "SyncRunner.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace hc {

namespace {

constexpr int kPreviewPages = 4;
constexpr int kPreviewDpi = 110;

QString profileLabel(const reports::PackageSigners &s)
{
    return s.sm2 ? ReportsPane::tr("ECDSA P-256 and SM2/SM3") : ReportsPane::tr("ECDSA P-256");
}

QPushButton *button(const QString &text, const char *name)
{
    auto *b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    return b;
}

QLabel *wrapped(const char *name)
{
    auto *l = new QLabel;
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    return l;
}

} // namespace

ReportsPane::ReportsPane(Workspace &ws, sync::SyncRunner &runner, QSettings *settings, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_runner(runner), m_settings(settings ? settings : new QSettings(this))
{
    setObjectName(QStringLiteral("reportsPane"));
    m_form = new ReportRequestForm(ws);

    m_previewButton = button(tr("Preview"), "previewButton");
    m_exportButton = button(tr("Export signed report…"), "exportButton");
    m_printButton = button(tr("Print…"), "printButton");
    m_unlock = button(tr("Unlock the REPORT key…"), "reportUnlockButton");
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPane::preview);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportReport(); });
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPane::print);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString p = QInputDialog::getText(this, tr("Unlock the REPORT key"), tr("Key passphrase of this console (kept in memory only):"),
                                                QLineEdit::Password, {}, &ok);
        if (ok)
            unlockKeys(p.toUtf8());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_printButton);
    buttons->addStretch(1);
    m_signing = wrapped("signingState");
    m_message = wrapped("reportMessage");
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_schedule = new ReportScheduleBox(ws, *m_settings);
    connect(m_schedule, &ReportScheduleBox::status, this, &ReportsPane::scheduleStatus);
    connect(m_schedule, &ReportScheduleBox::written, this, &ReportsPane::exported);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_form);
    leftLayout->addLayout(buttons);
    leftLayout->addSpacing(6);
    leftLayout->addWidget(m_signing);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportButton);
    exportRow->addWidget(m_unlock);
    exportRow->addStretch(1);
    leftLayout->addLayout(exportRow);
    leftLayout->addWidget(m_message);
    leftLayout->addSpacing(6);
    leftLayout->addWidget(m_schedule);
    leftLayout->addStretch(1);
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(320);

    m_previewInfo = wrapped("previewInfo");
    m_previewInfo->setText(tr("Choose a report and press Preview to see its pages as they will be exported."));
    m_preview = new ReportPreview;
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewInfo);
    rightLayout->addWidget(m_preview, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    split->addWidget(leftScroll);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({400, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, &ReportsPane::previewDone);
    refresh();
}

ReportsPane::~ReportsPane()
{
    m_previewWatcher.waitForFinished(); // the worker uses the workspace
}

void ReportsPane::setKind(reports::ReportKind kind)
{
    m_form->setKind(kind);
}

reports::ReportRequest ReportsPane::request() const
{
    return m_form->request();
}

int ReportsPane::previewPages() const
{
    return m_preview->pageCount();
}

void ReportsPane::refresh()
{
    const StallWatchdog::Activity activity("ReportsPane::refresh");
    m_form->refresh();
    updateSigning();
}

void ReportsPane::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    updateSigning();
}

QString ReportsPane::signingState() const
{
    return m_signing->text();
}

QString ReportsPane::message() const
{
    return m_message->text();
}

void ReportsPane::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#c62828") : QString());
}

// Whether exports are signed, and why not in words: the keys come with the platform's directory and are unlocked
// like the sync keys (with the kept passphrase when a keychain holds it).
void ReportsPane::updateSigning()
{
    const auto settings = m_runner.service().settings();
    QString why;
    if (!settings) {
        m_keys.reset();
        m_keysOf.clear();
        why = tr("This console has no REPORT key: it is not connected to the platform, and the key comes with the certificate "
                 "directory the platform issues (Platform sync → Connect…).");
    } else {
        if (m_keys && m_keysOf != settings->consoleId) { // connected anew: the old keys are not this console's
            m_keys.reset();
            m_triedKept = false;
        }
        if (!m_keys && (!m_triedKept || m_runner.unlocked()) && !m_runner.service().needsPassphrase()) {
            m_triedKept = true;
            if (const auto u = m_runner.service().unlock()) {
                m_keys = reports::PackageSigners{u->report, u->reportSm2};
                m_keysOf = settings->consoleId;
            }
        }
        if (!m_keys)
            why = tr("The REPORT key is locked: unlock it with this console's key passphrase to sign.");
        else if (!m_keys->cms)
            why = tr("The certificate directory the platform issued to this console holds no REPORT key: ask the platform "
                     "for one and connect again.");
    }
    m_whyUnsigned = why;
    if (why.isEmpty()) {
        m_signing->setText(tr("Exports are signed with this console's REPORT key (%1, %2).").arg(settings->organisation, profileLabel(*m_keys)));
        m_signing->setStyleSheet(QStringLiteral("color:#1b7f3b"));
    } else {
        m_signing->setText(why + QLatin1Char(' ') + tr("Until then only an unsigned draft can be exported, marked as such on every page."));
        m_signing->setStyleSheet(QStringLiteral("color:#b26a00"));
    }
    m_unlock->setVisible(settings && !m_keys);
    m_exportButton->setText(hasSigningKey() ? tr("Export signed report…") : tr("Export unsigned draft…"));
    m_schedule->setSigners(hasSigningKey() ? m_keys : std::nullopt, why);
}

bool ReportsPane::unlockKeys(const QByteArray &passphrase)
{
    // SyncService::unlock keeps the passphrase for the session (the keychain, or memory only): the sync runner
    // unlocks with it too, and the next refresh finds the keys without asking again.
    const auto u = m_runner.service().unlock(passphrase);
    if (!u) {
        setMessage(errorText(u.error()), true);
        return false;
    }
    m_keys = reports::PackageSigners{u->report, u->reportSm2};
    m_keysOf = m_runner.service().settings()->consoleId;
    if (!m_runner.unlocked())
        m_runner.unlock(passphrase);
    updateSigning();
    setMessage(hasSigningKey() ? tr("REPORT key unlocked for this session.") : m_whyUnsigned, !hasSigningKey());
    return hasSigningKey();
}

bool ReportsPane::preview()
{
    if (isPreviewing())
        return false;
    const auto who = m_ws.official();
    if (!who) {
        setMessage(errorText(who.error()), true);
        return false;
    }
    setMessage(tr("Building the report…"), false);
    m_previewButton->setEnabled(false);
    Workspace *ws = &m_ws;
    // Built and laid out on a worker thread, on its own connection (Database keeps one per thread).
    m_previewWatcher.setFuture(QtConcurrent::run(BackgroundTask::pool(), [ws, official = *who, request = request(), draft = !hasSigningKey()] {
        Rendered out{reports::ReportExporter(ws->db(), ws->clock()).prepare(official, request, draft), {}};
        if (out.report)
            out.pages = reports::ReportPdf::preview(out.report.value(), kPreviewPages, kPreviewDpi);
        return out;
    }));
    return true;
}

void ReportsPane::previewDone()
{
    m_previewButton->setEnabled(true);
    const Rendered r = m_previewWatcher.result();
    if (!r.report) {
        setMessage(errorText(r.report.error()), true);
        emit previewFinished(false);
        return;
    }
    const reports::Report &rep = r.report.value();
    m_preview->setPages(r.pages);
    QString info = tr("%1 · %2 · %3 · data as of %4").arg(rep.title, rep.scope, rep.period, time::formatShort(rep.asOf));
    if (r.pages.size() >= kPreviewPages)
        info += QLatin1Char('\n') + tr("The first %1 pages are shown; the export holds them all.").arg(kPreviewPages);
    if (rep.draft)
        info += QLatin1Char('\n') + tr("Without a REPORT key this is an unsigned draft, marked as such on every page.");
    m_previewInfo->setText(info);
    setMessage({}, false);
    emit previewFinished(true);
}

void ReportsPane::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_previewButton, m_exportButton, m_printButton, m_unlock, m_form})
        w->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QApplication::restoreOverrideCursor();
}

bool ReportsPane::exportReport(const QString &pathIn)
{
    const auto who = m_ws.official();
    if (!who) {
        setMessage(errorText(who.error()), true);
        return false;
    }
    const bool draft = !hasSigningKey();
    const reports::ReportRequest req = request();
    QString path = pathIn;
    if (path.isEmpty()) {
        const auto report = reports::ReportExporter(m_ws.db(), m_ws.clock()).prepare(*who, req, draft);
        if (!report) {
            setMessage(errorText(report.error()), true);
            return false;
        }
        path = QFileDialog::getSaveFileName(this, draft ? tr("Export an unsigned draft") : tr("Export the signed report"),
                                            QDir::home().filePath(reports::ReportExporter::defaultFileName(*report)),
                                            tr("Report packages (*.zip)"));
        if (path.isEmpty())
            return false;
    }
    setMessage(draft ? tr("Writing the unsigned draft…") : tr("Signing and writing the report…"), false);
    setBusy(true);
    // PDF, CSV and JSON rendered and signed off the GUI thread; the pane waits here with its buttons off.
    QFutureWatcher<Result<reports::ExportResult>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    Workspace *ws = &m_ws;
    watcher.setFuture(QtConcurrent::run(BackgroundTask::pool(), [ws, official = *who, req, path, signers = draft ? reports::PackageSigners{} : *m_keys, draft] {
        return reports::ReportExporter(ws->db(), ws->clock()).exportTo(official, req, path, signers, draft);
    }));
    loop.exec();
    setBusy(false);
    const Result<reports::ExportResult> r = watcher.result();
    if (!r) {
        setMessage(errorText(r.error()), true);
        return false;
    }
    m_lastExport = r.value();
    // A path breaks after its separators in the narrow column (zero-width spaces, for reading only).
    const QString file = QDir::toNativeSeparators(r->file).replace(QDir::separator(), QString(QDir::separator()) + QChar(0x200B));
    setMessage(draft ? tr("Unsigned draft written to %1. Every page says it is an unsigned draft, not to be published.").arg(file)
                     : tr("Signed report written to %1 (%2). SHA-256 of the package: %3").arg(file, profileLabel(*m_keys), r->sha256),
               false);
    emit exported();
    return true;
}

bool ReportsPane::print()
{
    const auto who = m_ws.official();
    if (!who) {
        setMessage(errorText(who.error()), true);
        return false;
    }
    const auto report = reports::ReportExporter(m_ws.db(), m_ws.clock()).prepare(*who, request(), !hasSigningKey());
    if (!report) {
        setMessage(errorText(report.error()), true);
        return false;
    }
    m_printedPages = ReportPreview::print(report.value(), this);
    return true;
}

} // namespace hc
