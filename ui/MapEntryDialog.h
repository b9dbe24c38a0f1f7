#pragma once
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

class QPlainTextEdit;
class QRadioButton;

namespace hc {

class DivisionField;
class Workspace;

// Teaches the importer a name it could not place: map it to a division, to an existing functional zone, or
// to a new zone (a named set of divisions, e.g. a development zone's streets). Remembered for later imports.
class MapEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapEntryDialog)
public:
    MapEntryDialog(Workspace &ws, const QString &province, const QString &city, const QString &county,
                   const QString &suggestedCode, QWidget *parent = nullptr);
    void accept() override;

private:
    Workspace &m_ws;
    QString m_province, m_city, m_county;
    QRadioButton *m_toDivision;
    QRadioButton *m_toZone;
    QRadioButton *m_newZone;
    DivisionField *m_code;
    QLabel *m_path;
    QComboBox *m_zones;
    QLineEdit *m_zoneName;
    QPlainTextEdit *m_zoneMembers;
    QLabel *m_error;
};

} // namespace hc
