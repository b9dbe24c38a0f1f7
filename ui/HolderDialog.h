#pragma once
#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace hc {

class ColumnFitter;
class ProvenanceModel;
class QrCodeWidget;
class Workspace;

// One holder: masked identity, the current code as a QR image, the provenance timeline, the color at any
// chosen time with the reasons in words, and the history of color changes.
class HolderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HolderDialog)
public:
    HolderDialog(Workspace &ws, qint64 holderId, QWidget *parent = nullptr);

    void showCode();             // issues and draws the current code (asks the key passphrase once a session)
    // Shows the full personal data in this view only, after asking the purpose; refusals are shown and audited.
    bool reveal(const QString &purpose = {});
    void setTime(const QDateTime &t);
    QString explanation() const;

private:
    void reload();
    void fitColumns();
    void updateExplanation();

    Workspace &m_ws;
    qint64 m_holder;
    QLabel *m_identity;
    QLabel *m_badge;
    QLabel *m_codeInfo;
    QrCodeWidget *m_qr;
    QPushButton *m_showCode;
    QPushButton *m_reveal;
    QDateTimeEdit *m_at;
    QLabel *m_explanation;
    ProvenanceModel *m_model;
    QTableView *m_table;
    QTableWidget *m_history;
    ColumnFitter *m_provenanceFit;
    ColumnFitter *m_historyFit;
};

} // namespace hc
