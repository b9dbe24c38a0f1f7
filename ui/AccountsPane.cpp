#include "AccountsPane.h"
#include "ColumnFitter.h"
#include "DivisionField.h"
#include "ErrorText.h"

#include "StallWatchdog.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

RolesDialog::RolesDialog(Workspace &ws, const QString &username, quint8 roles, const QString &jurisdiction, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rolesDialog"));
    setWindowTitle(tr("Roles of %1").arg(username));
    auto *form = new QFormLayout(this);
    auto *boxes = new QVBoxLayout;
    for (int i = 0; i < kRoleCount; ++i) {
        auto *box = new QCheckBox(roleLabel(Role(i)));
        box->setObjectName(QStringLiteral("role_") + roleKey(Role(i)));
        box->setChecked(roles & (1u << i));
        boxes->addWidget(box);
        m_boxes << box;
    }
    form->addRow(tr("Roles"), boxes);
    // By name ("淄博市") or code; the core keeps the code's significant digits (370300 → 3703).
    m_jurisdiction = new DivisionField(ws);
    m_jurisdiction->setAcceptCodePrefix(true);
    m_jurisdiction->setCode(jurisdiction);
    m_jurisdiction->setObjectName(QStringLiteral("jurisdiction"));
    m_jurisdiction->setMinimumWidth(m_jurisdiction->fontMetrics().horizontalAdvance(QStringLiteral("新城区 · 呼和浩特市 · 内蒙古自治区")));
    m_jurisdiction->setPlaceholderText(tr("Division name or code; empty for the whole country"));
    form->addRow(tr("Jurisdiction"), m_jurisdiction);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

quint8 RolesDialog::roles() const
{
    quint8 r = 0;
    for (int i = 0; i < m_boxes.size(); ++i)
        if (m_boxes[i]->isChecked())
            r |= quint8(1u << i);
    return r;
}

QString RolesDialog::jurisdiction() const
{
    return m_jurisdiction->code();
}

AccountsPane::AccountsPane(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("accountsPane"));
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Name"), tr("Roles"), tr("Jurisdiction"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fit = new ColumnFitter(m_table, {2, 3}); // the roles and the jurisdiction give way, the rest whole
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    auto *add = new QPushButton(tr("Add official…"));
    add->setObjectName(QStringLiteral("addOfficialButton"));
    auto *roles = new QPushButton(tr("Roles and jurisdiction…"));
    roles->setObjectName(QStringLiteral("editRolesButton"));
    auto *unlockButton = new QPushButton(tr("Unlock"));
    unlockButton->setObjectName(QStringLiteral("unlockButton"));
    connect(add, &QPushButton::clicked, this, &AccountsPane::addOfficial);
    connect(roles, &QPushButton::clicked, this, &AccountsPane::editRoles);
    connect(unlockButton, &QPushButton::clicked, this, &AccountsPane::unlock);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(add);
    buttons->addWidget(roles);
    buttons->addWidget(unlockButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Who may do what is decided by roles and jurisdiction; every change is in the audit log.")));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    refresh();
}

void AccountsPane::refresh()
{
    const StallWatchdog::Activity activity("AccountsPane::refresh");
    const auto officials = m_ws.accounts().officials();
    m_table->setRowCount(int(officials.size()));
    for (int i = 0; i < officials.size(); ++i) {
        const auto &l = officials[i];
        QStringList roles;
        for (int r = 0; r < kRoleCount; ++r)
            if (l.official.has(Role(r)))
                roles << roleLabel(Role(r));
        const QString state = l.disabled ? tr("Disabled") : l.locked ? tr("Locked") : tr("Active");
        const QStringList cells{l.official.username, l.official.displayName, roles.join(QStringLiteral("、")),
                                l.official.jurisdiction.isEmpty() ? tr("Whole country")
                                                                  : l.official.jurisdiction + QLatin1Char(' ') + m_ws.divisions().pathName(l.official.jurisdiction),
                                state};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
        if (l.locked)
            m_table->item(i, 4)->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    m_fit->fit();
}

QString AccountsPane::selectedUser() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void AccountsPane::showResult(const QString &error)
{
    m_message->setText(error.isEmpty() ? tr("Saved.") : QStringLiteral("<span style='color:#c62828'>%1</span>").arg(error.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    refresh();
}

void AccountsPane::editRoles()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    const auto current = m_ws.authorizer().official(user);
    RolesDialog dialog(m_ws, user, current ? current->roles : 0, current ? current->jurisdiction : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto actor = m_ws.actor();
    AuditLog audit = m_ws.audit();
    if (actor && dialog.roles() == RoleSet(1u << unsigned(Role::Administrator)) && m_ws.accounts().administratorNeedsApproval(user)) {
        // From the second administrator on, making another is a request a different administrator approves.
        const auto r = m_ws.accounts().requestAdministrator(user, *actor, audit);
        showResult(r ? QString() : errorText(r.error()));
        if (r)
            m_message->setText(tr("Making %1 an administrator waits for a second administrator: approval request %2.").arg(user).arg(r.value()));
        return;
    }
    const Status s = actor ? m_ws.accounts().setRoles(user, dialog.roles(), dialog.jurisdiction(), *actor, audit) : Status(actor.error());
    showResult(s ? QString() : errorText(s.error()));
}

void AccountsPane::unlock()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    const auto actor = m_ws.actor();
    AuditLog audit = m_ws.audit();
    const Status s = actor ? m_ws.accounts().unlock(user, *actor, audit) : Status(actor.error());
    showResult(s ? QString() : errorText(s.error()));
}

void AccountsPane::addOfficial()
{
    bool ok = false;
    const QString user = QInputDialog::getText(this, tr("Add official"), tr("User name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || user.isEmpty())
        return;
    const QString password = QInputDialog::getText(this, tr("Add official"), tr("Initial password for %1:").arg(user),
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const auto actor = m_ws.actor();
    if (!actor)
        return showResult(errorText(actor.error()));
    if (Status s = m_ws.authorizer().require(*actor, Permission::ManageAccounts); !s)
        return showResult(errorText(s.error()));
    AuditLog audit = m_ws.audit();
    const auto r = m_ws.accounts().create(user, {}, password, false, *actor, audit);
    showResult(r ? QString() : errorText(r.error()));
}

} // namespace hc
