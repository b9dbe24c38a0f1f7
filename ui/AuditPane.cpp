#include "AuditPane.h"
#include "ColumnFitter.h"
#include "AuditEntryDialog.h"
#include "ErrorText.h"
#include "BackgroundTask.h"
#include "StateVerifier.h"
#include "AuditActions.h"
#include "AuditLogModel.h"
#include "StallWatchdog.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace hc {

AuditPane::AuditPane(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("auditPane"));
    m_model = new AuditLogModel(ws, this);
    m_action = new QComboBox;
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_actor = new QLineEdit;
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_actor->setPlaceholderText(tr("Official (name or login)"));
    m_actor->setClearButtonEnabled(true);
    m_actor->setMinimumWidth(m_actor->fontMetrics().horizontalAdvance(m_actor->placeholderText()) + 48); // not clipped
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("objectFilter"));
    m_text->setPlaceholderText(tr("Object: a division, person, official, case or ticket number"));
    m_text->setToolTip(tr("A division by name finds its areas and exports, streets included; a person by the beginning of the name or the ID number; a case by its case reference; a 12345 ticket by its number."));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(m_text->placeholderText()) + 48);
    auto *verify = new QPushButton(tr("Verify chain"));
    verify->setObjectName(QStringLiteral("verifyButton"));
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("verifyResult"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_action);
    row->addWidget(m_actor);
    row->addWidget(m_text, 1);
    row->addWidget(verify);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // To the content of the first page; the object and the changes give way (whole in the tooltip and on double-click).
    new ColumnFitter(m_table, {AuditLogModel::ObjectColumn, AuditLogModel::ChangesColumn});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 1);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPane::applyFilter);
    connect(m_actor, &QLineEdit::editingFinished, this, &AuditPane::applyFilter);
    connect(m_text, &QLineEdit::editingFinished, this, &AuditPane::applyFilter);
    connect(verify, &QPushButton::clicked, this, &AuditPane::verify);
    // Double-click or Enter: the whole entry, its hash and its place in the chain.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openEntry(index.row()); });
    refresh();
}

void AuditPane::refresh()
{
    const StallWatchdog::Activity activity("AuditPane::refresh");
    const QString current = m_action->currentData().toString();
    m_action->blockSignals(true);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    // The filters the issue asks for: who saw personal data, and the four-eyes decisions.
    m_action->addItem(tr("Reveals of personal data"), QStringLiteral("holder.reveal"));
    m_action->addItem(tr("Approvals"), QStringLiteral("approval."));
    m_action->addItem(tr("Refused operations"), QStringLiteral("access.refused"));
    m_action->addItem(tr("Exports of holders"), QStringLiteral("holders.export"));
    for (const QString &a : m_ws.audit().actions())
        m_action->addItem(auditActionLabel(a), a);
    m_action->setCurrentIndex(std::max(0, m_action->findData(current)));
    m_action->blockSignals(false);
    applyFilter();
}

void AuditPane::applyFilter()
{
    AuditFilter f;
    f.actionPrefix = m_action->currentData().toString();
    f.actor = m_actor->text().trimmed();
    f.text = m_text->text().trimmed();
    m_model->setFilter(f);
    if (!m_model->refusal().isEmpty()) {
        m_verdict->setStyleSheet(QStringLiteral("color: #c62828"));
        m_verdict->setText(m_model->refusal());
    }
}

AuditEntryDialog *AuditPane::openEntry(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return nullptr;
    auto *dialog = new AuditEntryDialog(m_ws, m_model->describer(), m_model->entryAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, without a nested event loop
    return dialog;
}

bool AuditPane::verify()
{
    if (!m_model->refusal().isEmpty())
        return false;
    const AuditVerdict v = m_ws.audit().verify();
    if (!v.intact) {
        m_verdict->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold"));
        m_verdict->setText(tr("Chain broken at entry %1: %2").arg(v.firstBadId).arg(v.problem));
        return false;
    }
    // The chain proves the log unedited; the accounts and every holder's color are then checked against it (issue 16),
    // off the GUI thread: ten million holders take a while.
    StateVerdict state;
    Workspace *ws = &m_ws;
    const auto out = BackgroundTask::run(this, tr("Checking the data against the audit log"),
                                         [ws, &state](const ProgressFn &progress) -> Status {
                                             auto r = StateVerifier(ws->db(), ws->clock()).verify(progress);
                                             if (!r)
                                                 return r.error();
                                             state = r.value();
                                             return Ok{};
                                         });
    if (!out.status) {
        m_verdict->setStyleSheet(QString());
        m_verdict->setText(tr("Chain intact: %n entries verified.", nullptr, int(v.entries)) + QLatin1Char(' ')
                           + tr("The check of the data against it did not finish: %1").arg(errorText(out.status.error())));
        return false;
    }
    if (!state.consistent) {
        m_verdict->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold"));
        m_verdict->setText(tr("Chain intact (%n entries), but the data does not match it:", nullptr, int(v.entries)) + QLatin1Char(' ')
                           + state.firstMismatch);
        return false;
    }
    m_verdict->setStyleSheet(QStringLiteral("color: #2e7d32; font-weight: bold"));
    m_verdict->setText(tr("Chain intact: %n entries verified.", nullptr, int(v.entries)) + QLatin1Char(' ')
                       + tr("The accounts (%1) and the holders' colors (%2) match it.").arg(state.accounts).arg(state.holders));
    return true;
}

} // namespace hc
