#pragma once
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hc {

class DivisionField;
class Workspace;

// Declares (or lowers, raises, lifts) an area. Errors stay in the dialog, with what was typed kept.
class DeclareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclareDialog)
public:
    DeclareDialog(Workspace &ws, const QString &divisionCode, QWidget *parent = nullptr);
    void setSubareas(const QStringList &subareas);
    void accept() override;

private:
    void updateDivisionName();

    Workspace &m_ws;
    DivisionField *m_code;
    QLabel *m_divisionName;
    QPlainTextEdit *m_subareas;
    QComboBox *m_level;
    QDateTimeEdit *m_from;
    QCheckBox *m_hasEnd;
    QDateTimeEdit *m_to;
    QComboBox *m_basis;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
};

} // namespace hc
