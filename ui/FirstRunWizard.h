#pragma once
#include <QWizard>

class QLabel;
class QLineEdit;

namespace hc {

class Workspace;

// On a database with no official yet: creates the first administrator, who is then signed in.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)
public:
    explicit FirstRunWizard(Workspace &ws, QWidget *parent = nullptr);
    bool validateCurrentPage() override;

private:
    Workspace &m_ws;
    QLineEdit *m_user;
    QLineEdit *m_display;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace hc
