#pragma once
#include "TrustList.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace hc {

class Workspace;

// "Verify a code": paste or scan a code string; shows color, issuer, expiry and the masked holder, or why not.
class VerifyCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyCodeDialog)
public:
    explicit VerifyCodeDialog(Workspace &ws, QWidget *parent = nullptr);
    void setCode(const QString &text);
    bool verify(); // true when valid
    QString resultText() const;

private:
    Workspace &m_ws;
    QPlainTextEdit *m_code;
    QLabel *m_result;
    codes::TrustList m_trust; // loaded once per dialog
};

} // namespace hc
