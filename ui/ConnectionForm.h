#pragma once
#include "ConnectionCheck.h"
#include "DatabaseLocation.h"
#include "Result.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace hc {

class SecretStore;

// Where a workstation's data live: a file on this workstation, or the commission's shared PostgreSQL server. Shared by
// the "数据库连接" dialog and the first-run wizard; "测试连接" reads what is there and changes nothing.
class ConnectionForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionForm)
public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    void setLocation(const QString &location); // a path or a URI: fills the fields
    // The location the fields describe, checked as --db is.
    Result<DatabaseLocation> location() const;
    // What was typed in the password field (server only); empty: the keychain or PGPASSFILE.
    std::optional<QString> password() const;
    bool keepPassword() const;
    // A typed server password into the keychain when the box is ticked; refused, with the way out, on a workstation
    // without a persistent keychain.
    Status storePassword(SecretStore *secrets) const;
    // Runs the check and shows its outcome under the fields.
    Result<ConnectionReport> test();

signals:
    void edited();

private:
    void updateEnabled();
    void showResult(const QString &text, bool ok);

    QRadioButton *m_fileChoice;
    QRadioButton *m_serverChoice;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QComboBox *m_sslMode;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QWidget *m_fileBox;
    QWidget *m_serverBox;
    QLabel *m_result;
};

} // namespace hc
