#pragma once
#include <QDialog>

class QComboBox;
class QLineEdit;

namespace hc {

// Where the platform issued this console's certificates (a directory), which signature profile, and the key
// passphrase. The pane hands the answers to the core, which checks everything.
class SyncSetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSetupDialog)
public:
    explicit SyncSetupDialog(QWidget *parent = nullptr);
    QString directory() const;
    QString profile() const; // intl | sm
    QString url() const;     // empty: the one the directory names
    QByteArray passphrase() const;

private:
    QLineEdit *m_dir;
    QComboBox *m_profile;
    QLineEdit *m_url;
    QLineEdit *m_passphrase;
};

} // namespace hc
