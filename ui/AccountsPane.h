#pragma once
#include <QDialog>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace hc {

class ColumnFitter;
class DivisionField;

class Workspace;

// Officials, their roles and jurisdictions, locked accounts (administrators). The core decides: a refused
// change is shown with its reason.
class AccountsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPane)
public:
    explicit AccountsPane(Workspace &ws, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }
    QString selectedUser() const;
    void editRoles();
    void unlock();
    void addOfficial();

private:
    void showResult(const QString &error);
    Workspace &m_ws;
    QTableWidget *m_table;
    ColumnFitter *m_fit; // refitted after each refresh (setting rows resets nothing)
    QLabel *m_message;
};

// Roles (check boxes) and jurisdiction of one official.
class RolesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolesDialog)
public:
    RolesDialog(Workspace &ws, const QString &username, quint8 roles, const QString &jurisdiction, QWidget *parent = nullptr);
    quint8 roles() const;
    QString jurisdiction() const;

private:
    QList<QCheckBox *> m_boxes;
    DivisionField *m_jurisdiction;
};

} // namespace hc
