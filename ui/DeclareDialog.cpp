#include "DeclareDialog.h"
#include "ScreenFit.h"
#include "DivisionField.h"
#include "ErrorText.h"
#include "DivisionCode.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QMessageBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace hc {

DeclareDialog::DeclareDialog(Workspace &ws, const QString &divisionCode, QWidget *parent)
    : QDialog(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("declareDialog"));
    setWindowTitle(tr("Declare a risk area"));
    auto *form = new QFormLayout;
    m_code = new DivisionField(ws);
    m_code->setObjectName(QStringLiteral("divisionCode"));
    m_code->setCode(divisionCode);
    m_divisionName = new QLabel;
    m_divisionName->setObjectName(QStringLiteral("divisionName"));
    m_divisionName->setWordWrap(true);
    m_subareas = new QPlainTextEdit;
    m_subareas->setObjectName(QStringLiteral("subareas"));
    m_subareas->setPlaceholderText(tr("Optional, one per line: 3号楼2单元, XX小区 … Empty: the whole division."));
    m_subareas->setMaximumHeight(80);
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("level"));
    m_level->addItem(riskLevelLabel(RiskLevel::High), int(RiskLevel::High));
    m_level->addItem(riskLevelLabel(RiskLevel::Medium), int(RiskLevel::Medium));
    m_level->addItem(tr("Low (lift)"), int(RiskLevel::Low));
    const QDateTime now = time::chinaWallClock(ws.clock().now());
    m_from = new QDateTimeEdit(now);
    m_from->setObjectName(QStringLiteral("effectiveFrom"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_from->setCalendarPopup(true);
    m_hasEnd = new QCheckBox(tr("Ends at"));
    m_hasEnd->setObjectName(QStringLiteral("hasEnd"));
    m_to = new QDateTimeEdit(now.addDays(7));
    m_to->setObjectName(QStringLiteral("effectiveTo"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    connect(m_hasEnd, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_basis = new QComboBox;
    m_basis->setObjectName(QStringLiteral("basis"));
    m_basis->setEditable(true);
    m_basis->addItems({tr("Case report"), tr("Epidemiological investigation"), tr("National risk-area list"),
                       tr("Downgrade: no new infection for 7 days"), tr("Commission order")});
    m_basis->setCurrentIndex(0);
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why, in the words of the decision (required)"));
    m_reason->setMaximumHeight(80);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));

    form->addRow(tr("Division"), m_code);
    form->addRow(QString(), m_divisionName);
    form->addRow(tr("Sub-areas"), m_subareas);
    form->addRow(tr("Level"), m_level);
    form->addRow(tr("Effective from (UTC+8)"), m_from);
    auto *toRow = new QHBoxLayout;
    toRow->addWidget(m_hasEnd);
    toRow->addWidget(m_to, 1);
    form->addRow(tr("Effective to"), toRow);
    form->addRow(tr("Basis"), m_basis);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Declare"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeclareDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeclareDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    connect(m_code, &DivisionField::codeChanged, this, &DeclareDialog::updateDivisionName);
    connect(m_code, &QLineEdit::textChanged, this, &DeclareDialog::updateDivisionName);
    updateDivisionName();
    resizeWithinScreen(this, {520, sizeHint().height()});
}

void DeclareDialog::setSubareas(const QStringList &subareas)
{
    m_subareas->setPlainText(subareas.join(QLatin1Char('\n')));
}

void DeclareDialog::updateDivisionName()
{
    // The whole path and the code of what was chosen, or what is wrong with the text, as it is typed.
    const QString code = m_code->code();
    if (m_code->isValid() && !code.isEmpty()) {
        m_divisionName->setStyleSheet({});
        m_divisionName->setText(tr("%1 (code %2)").arg(m_ws.divisions().pathName(code), code));
        return;
    }
    m_divisionName->setStyleSheet(m_code->state() == DivisionResolution::Unknown ? QStringLiteral("color: #c62828") : QString());
    m_divisionName->setText(m_code->text().trimmed().isEmpty() ? tr("Type the division's name or code and choose it from the list.")
                                                               : m_code->problem());
}

void DeclareDialog::accept()
{
    auto actor = m_ws.actor();
    if (!actor) {
        m_error->setText(errorText(actor.error()));
        return;
    }
    if (!m_code->isValid() || m_code->code().isEmpty()) {
        m_error->setText(tr("Choose the division from the list, or type its code."));
        m_code->setFocus();
        return;
    }
    Declaration d;
    d.divisionCode = m_code->code();
    d.subareas = m_subareas->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    d.level = RiskLevel(m_level->currentData().toInt());
    // The editors show UTC+8 wall time; read them as such whatever the workstation's zone.
    d.from = QDateTime(m_from->date(), m_from->time(), time::chinaZone());
    if (m_hasEnd->isChecked())
        d.to = QDateTime(m_to->date(), m_to->time(), time::chinaZone());
    d.basis = m_basis->currentText();
    d.reason = m_reason->toPlainText();
    AuditLog audit = m_ws.audit();
    auto r = m_ws.risk().submit(d, actor.value(), audit);
    if (!r) {
        m_error->setText(errorText(r.error()));
        return;
    }
    if (r->approval)
        QMessageBox::information(this, tr("Waiting for approval"),
                                 tr("The declaration is filed as approval request %1: %2. It takes effect when a second "
                                    "supervisor approves it in the Approvals pane.")
                                     .arg(*r->approval)
                                     .arg(r->why));
    QDialog::accept();
}

} // namespace hc
