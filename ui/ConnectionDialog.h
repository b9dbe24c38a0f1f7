#pragma once
#include <QDialog>

class QLabel;

namespace hc {

class ConnectionForm;
class SecretStore;

// "数据库连接": which database this workstation's console opens from its next start, a file or the commission's
// server. Saved only once the connection was tested; a typed server password goes to the keychain, never to the
// settings.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)
public:
    ConnectionDialog(const QString &current, SecretStore *secrets, QWidget *parent = nullptr);
    ConnectionForm *form() const { return m_form; }
    // The location saved by accept(), as --db takes it.
    const QString &saved() const { return m_saved; }
    void accept() override;

private:
    ConnectionForm *m_form;
    SecretStore *m_secrets;
    QLabel *m_error;
    QString m_saved;
};

} // namespace hc
