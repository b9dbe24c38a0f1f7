#include "KeyPassphrase.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace hc {

namespace {
QByteArray &stored()
{
    static QByteArray s;
    return s;
}
} // namespace

QByteArray KeyPassphrase::get(QWidget *parent, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    if (stored().isEmpty() && qEnvironmentVariableIsSet("HC_KEY_PASSPHRASE"))
        stored() = qgetenv("HC_KEY_PASSPHRASE");
    if (!stored().isEmpty())
        return stored();
    bool ok = false;
    const QString p = QInputDialog::getText(parent, QCoreApplication::translate("hc::KeyPassphrase", "Issuer key"),
                                            QCoreApplication::translate("hc::KeyPassphrase", "Passphrase of the commission's signing key:"),
                                            QLineEdit::Password, {}, &ok);
    if (!ok) {
        if (cancelled)
            *cancelled = true;
        return {};
    }
    stored() = p.toUtf8();
    return stored();
}

void KeyPassphrase::forget()
{
    stored().fill('\0');
    stored().clear();
}

void KeyPassphrase::set(const QByteArray &p)
{
    stored() = p;
}

} // namespace hc
