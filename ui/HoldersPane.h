#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace hc {

class DivisionField;
class HolderTableModel;
class Workspace;

// All holders: filtered by division (subtree), color, the leading digits of the ID number and name;
// counts per color for the filter; a holder's provenance; verifying a code.
class HoldersPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldersPane)
public:
    explicit HoldersPane(Workspace &ws, QWidget *parent = nullptr);
    HolderTableModel *model() const { return m_model; }
    void refresh();
    void applyFilter();
    // Holders at home in `division` (a code prefix, "" = all) of one color (a policy::Color, -1 = all), the other
    // filters cleared: what the overview's tiles and county table open.
    void showFiltered(const QString &division, int color = -1);
    void openHolder(qint64 holderId);
    void verifyCode();
    QString countsText() const;

private:
    Workspace &m_ws;
    HolderTableModel *m_model;
    DivisionField *m_division;
    QComboBox *m_color;
    QLineEdit *m_idPrefix;
    QLineEdit *m_name;
    QLabel *m_counts;
    QTableView *m_table;
};

} // namespace hc
