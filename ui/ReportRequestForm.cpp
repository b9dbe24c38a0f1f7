#include "ReportRequestForm.h"

#include "CaseBatchModel.h"
#include "DivisionField.h"
#include "OfficialNames.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace hc {

namespace {

const QDate kFirstDay(2019, 12, 1); // ReportBuilder::kEarliest: nothing before can be reported

template<typename Edit>
Edit *dateEdit(const char *name, const char *format, const QDateTime &now)
{
    auto *e = new Edit;
    e->setDateTime(now);
    e->setObjectName(QLatin1String(name));
    e->setDisplayFormat(QLatin1String(format));
    e->setCalendarPopup(true);
    e->setDateRange(kFirstDay, now.date());
    return e;
}

} // namespace

ReportRequestForm::ReportRequestForm(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    const QDateTime now = time::chinaWallClock(ws.clock().now());
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (auto k : {reports::ReportKind::Daily, reports::ReportKind::Announcement, reports::ReportKind::TicketMonth, reports::ReportKind::Batch})
        m_kind->addItem(reports::reportKindTitle(k), int(k));
    m_date = dateEdit<QDateEdit>("reportDate", "yyyy-MM-dd", now);
    m_at = dateEdit<QDateTimeEdit>("reportAt", "yyyy-MM-dd HH:mm", now);
    m_month = dateEdit<QDateEdit>("reportMonth", "yyyy-MM", now);
    m_batch = new QComboBox;
    m_batch->setObjectName(QStringLiteral("reportBatch"));
    m_batch->setMinimumContentsLength(18);
    m_batch->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_division = new DivisionField(ws);
    m_division->setObjectName(QStringLiteral("reportDivision"));
    m_division->setPlaceholderText(tr("Division name or code; empty: your jurisdiction"));
    m_division->setClearButtonEnabled(true);
    if (const auto who = ws.official())
        m_division->setCode(who->jurisdiction);
    m_divisionName = new QLabel;
    m_divisionName->setObjectName(QStringLiteral("reportDivisionName"));
    m_divisionName->setWordWrap(true);

    // A grid rather than a form layout: the rows of the other kinds are hidden, and a hidden row takes no room.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    const auto row = [this, grid](const QString &label, QWidget *field) {
        const int r = grid->rowCount();
        auto *l = new QLabel(label);
        l->setBuddy(field);
        grid->addWidget(l, r, 0);
        grid->addWidget(field, r, 1);
        m_labels.insert(field, l);
    };
    row(tr("Report:"), m_kind);
    row(tr("Day:"), m_date);
    row(tr("Areas in force at:"), m_at);
    row(tr("Month:"), m_month);
    row(tr("Case batch:"), m_batch);
    row(tr("Division:"), m_division);
    grid->addWidget(m_divisionName, grid->rowCount(), 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportRequestForm::kindChanged);
    connect(m_division, &QLineEdit::textChanged, this, &ReportRequestForm::updateDivisionName);
    connect(m_division, &DivisionField::codeChanged, this, &ReportRequestForm::updateDivisionName);
    kindChanged();
    updateDivisionName();
    refresh();
}

void ReportRequestForm::setKind(reports::ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReportRequestForm::kindChanged()
{
    using K = reports::ReportKind;
    const auto kind = K(m_kind->currentData().toInt());
    showRow(m_date, kind == K::Daily);
    showRow(m_at, kind == K::Announcement);
    showRow(m_month, kind == K::TicketMonth);
    showRow(m_batch, kind == K::Batch);
    showRow(m_division, kind != K::Batch);
    showRow(m_divisionName, kind != K::Batch);
}

void ReportRequestForm::showRow(QWidget *field, bool visible)
{
    field->setVisible(visible);
    if (QWidget *label = m_labels.value(field))
        label->setVisible(visible);
}

void ReportRequestForm::updateDivisionName()
{
    if (m_division->text().trimmed().isEmpty()) {
        const auto who = m_ws.official();
        const QString code = who ? who->jurisdiction : QString();
        m_divisionName->setText(code.isEmpty() ? tr("The whole country") : m_ws.divisions().pathName(code));
        m_divisionName->setStyleSheet({});
        return;
    }
    // What the text names, or what is wrong with it, as it is typed.
    if (m_division->isValid()) {
        m_divisionName->setText(m_ws.divisions().pathName(m_division->code()));
        m_divisionName->setStyleSheet({});
        return;
    }
    m_divisionName->setText(m_division->problem());
    m_divisionName->setStyleSheet(m_division->state() == DivisionResolution::Unknown ? QStringLiteral("color:#c62828") : QString());
}

reports::ReportRequest ReportRequestForm::request() const
{
    reports::ReportRequest r;
    r.kind = reports::ReportKind(m_kind->currentData().toInt());
    r.date = m_date->date();
    // A text naming no division yet goes as typed: the core refuses it with its reason.
    r.division = m_division->isValid() ? m_division->code() : m_division->text().trimmed();
    r.at = QDateTime(m_at->date(), QTime(m_at->time().hour(), m_at->time().minute()), time::chinaZone()).toSecsSinceEpoch();
    r.month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    r.batchId = m_batch->currentData().toLongLong();
    return r;
}

void ReportRequestForm::refresh()
{
    const QDateTime now = time::chinaWallClock(m_ws.clock().now());
    m_date->setMaximumDate(now.date());
    m_month->setMaximumDate(now.date());
    m_at->setMaximumDateTime(now);
    const qint64 selected = m_batch->currentData().toLongLong();
    m_batch->clear();
    const OfficialNames names(m_ws.db()); // who applied or reverted a batch, by name
    for (const CaseBatch &b : m_ws.cases().list())
        m_batch->addItem(tr("No. %1 · %2 · %3").arg(b.id).arg(b.fileName, CaseBatchModel::statusLabel(b, names)), b.id);
    if (const int i = m_batch->findData(selected); i >= 0)
        m_batch->setCurrentIndex(i);
}

} // namespace hc
