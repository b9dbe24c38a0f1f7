#include "MapEntryDialog.h"
#include "ScreenFit.h"
#include "ErrorText.h"
#include "DivisionField.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>

namespace hc {

MapEntryDialog::MapEntryDialog(Workspace &ws, const QString &province, const QString &city, const QString &county,
                               const QString &suggestedCode, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_province(province), m_city(city), m_county(county)
{
    setObjectName(QStringLiteral("mapEntryDialog"));
    setWindowTitle(tr("Map a name of the national list"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("<b>%1 %2 %3</b>").arg(province, city, county)));
    m_toDivision = new QRadioButton(tr("Map to a division"));
    m_toDivision->setObjectName(QStringLiteral("toDivision"));
    m_toDivision->setChecked(true);
    m_code = new DivisionField(ws); // by name, with its parents; the matcher's suggestion shown by its label
    m_code->setObjectName(QStringLiteral("mapCode"));
    m_code->setCode(suggestedCode);
    m_path = new QLabel;
    m_path->setObjectName(QStringLiteral("mapPath"));
    m_path->setWordWrap(true);
    m_code->setStatusLabel(m_path);
    m_toZone = new QRadioButton(tr("Map to a functional zone"));
    m_zones = new QComboBox;
    m_zones->setObjectName(QStringLiteral("zones"));
    for (const FunctionalZone &z : ws.mappings().zones())
        m_zones->addItem(z.name, z.id);
    m_toZone->setEnabled(m_zones->count() > 0);
    m_newZone = new QRadioButton(tr("Define a new functional zone"));
    m_newZone->setObjectName(QStringLiteral("newZone"));
    m_zoneName = new QLineEdit(county.isEmpty() ? city : city + county);
    m_zoneName->setObjectName(QStringLiteral("zoneName"));
    m_zoneMembers = new QPlainTextEdit;
    m_zoneMembers->setObjectName(QStringLiteral("zoneMembers"));
    m_zoneMembers->setPlaceholderText(tr("Division codes of its streets or towns, separated by spaces or lines"));
    m_zoneMembers->setMaximumHeight(90);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setWordWrap(true);
    form->addRow(m_toDivision);
    form->addRow(tr("Division"), m_code);
    form->addRow(QString(), m_path);
    form->addRow(m_toZone);
    form->addRow(tr("Zone"), m_zones);
    form->addRow(m_newZone);
    form->addRow(tr("Zone name"), m_zoneName);
    form->addRow(tr("Member divisions"), m_zoneMembers);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MapEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MapEntryDialog::reject);
    form->addRow(buttons);
    // Only the fields of the chosen answer can be edited.
    const auto sync = [this] {
        m_code->setEnabled(m_toDivision->isChecked());
        m_zones->setEnabled(m_toZone->isChecked());
        m_zoneName->setEnabled(m_newZone->isChecked());
        m_zoneMembers->setEnabled(m_newZone->isChecked());
    };
    for (QRadioButton *b : {m_toDivision, m_toZone, m_newZone})
        connect(b, &QRadioButton::toggled, this, sync);
    sync();
    resizeWithinScreen(this, {560, sizeHint().height()});
}

void MapEntryDialog::accept()
{
    auto actor = m_ws.actor();
    if (!actor) {
        m_error->setText(errorText(actor.error()));
        return;
    }
    AuditLog audit = m_ws.audit();
    NameMapping m{m_province, m_city, m_county, {}, 0, {}};
    if (m_toDivision->isChecked()) {
        if (!m_code->isValid() || m_code->code().isEmpty()) {
            m_error->setText(m_code->code().isEmpty() && m_code->problem().isEmpty() ? tr("Choose the division this name stands for.")
                                                                                   : m_code->problem());
            return;
        }
        m.divisionCode = m_code->code();
    } else if (m_toZone->isChecked()) {
        m.zoneId = m_zones->currentData().toLongLong();
        m.zoneName = m_zones->currentText();
    } else {
        const QStringList members =
            m_zoneMembers->toPlainText().split(QRegularExpression(QStringLiteral("[\\s,，;；]+")), Qt::SkipEmptyParts);
        auto z = m_ws.mappings().createZone(m_zoneName->text(), members, tr("Created while reviewing a national list"),
                                            actor.value(), audit);
        if (!z) {
            m_error->setText(errorText(z.error()));
            return;
        }
        m.zoneId = z->id;
        m.zoneName = z->name;
    }
    if (Status s = m_ws.mappings().map(m, actor.value(), audit); !s) {
        m_error->setText(errorText(s.error()));
        return;
    }
    QDialog::accept();
}

} // namespace hc
