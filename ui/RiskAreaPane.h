#pragma once
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace hc {

class DivisionField;
class RiskAreaModel;
class Workspace;

// Areas in force at a chosen time, filtered by level, division and division level; declare, change, lift.
class RiskAreaPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskAreaPane)
public:
    explicit RiskAreaPane(Workspace &ws, QWidget *parent = nullptr);
    RiskAreaModel *model() const { return m_model; }
    void refresh();
    // Areas in force now within `division` (a code prefix, "" = all), every level: what the overview's tile opens.
    void showInForce(const QString &division);

Q_SIGNALS:
    void areasChanged();

private:
    void applyFilter();
    void changeSelected();
    void liftSelected();
    void showHistory();
    int selectedRow() const;

    Workspace &m_ws;
    RiskAreaModel *m_model;
    QDateTimeEdit *m_at;
    QComboBox *m_level;
    QComboBox *m_divisionLevel;
    DivisionField *m_division;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace hc
