#pragma once
#include "HolderRepository.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace hc {

class DivisionField;
class Workspace;

// Exports the holders of the pane's filter as CSV: masked unless the official unmasks explicitly, with a
// purpose. The core decides and audits; a refusal is shown here and no file is left behind.
class HolderExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HolderExportDialog)
public:
    HolderExportDialog(Workspace &ws, const HolderFilter &filter, QWidget *parent = nullptr);
    void setPath(const QString &path);
    void setUnmasked(bool unmasked, const QString &purpose = {});
    bool exportNow(); // what OK does; false with the reason in message()
    QString message() const;

private:
    Workspace &m_ws;
    HolderFilter m_filter;
    DivisionField *m_division;
    QLineEdit *m_path;
    QCheckBox *m_unmask;
    QLineEdit *m_purpose;
    QLabel *m_message;
};

} // namespace hc
