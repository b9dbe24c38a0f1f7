#pragma once
#include "Result.h"

#include <QWizard>
#include <functional>

class QLabel;
class QLineEdit;

namespace hc {

class ConnectionForm;
class SecretStore;
class Workspace;

// The first start. On a workstation that has never opened a database, it first asks where the commission's data
// live (a file here or the shared server) and opens it; a database that already has officials then goes to the
// sign-in. On a database with no official yet, it creates the first administrator, who is then signed in.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)
public:
    enum PageId { DatabasePage, AdminPage };
    using Opener = std::function<Result<Workspace *>(const QString &location)>;
    explicit FirstRunWizard(Workspace &ws, QWidget *parent = nullptr);
    FirstRunWizard(Opener open, SecretStore *secrets, QWidget *parent = nullptr);
    bool validateCurrentPage() override;

    Workspace *workspace() const { return m_ws; }
    // The chosen database already has officials: nobody is created, the console asks for a sign-in.
    bool needsSignIn() const { return m_needsSignIn; }
    ConnectionForm *connectionForm() const { return m_form; }

private:
    void addAdminPage();
    bool openChosen();

    Workspace *m_ws = nullptr;
    Opener m_open;
    SecretStore *m_secrets = nullptr;
    ConnectionForm *m_form = nullptr;
    QLabel *m_dbError = nullptr;
    QLabel *m_where = nullptr;
    bool m_needsSignIn = false;
    bool m_leaving = false;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_display = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hc
