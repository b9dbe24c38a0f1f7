#include "VerifyCodeDialog.h"
#include "ScreenFit.h"
#include "ErrorText.h"

#include "CodeColors.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

VerifyCodeDialog::VerifyCodeDialog(Workspace &ws, QWidget *parent) : QDialog(parent), m_ws(ws), m_trust(ws.codes().trustList())
{
    setObjectName(QStringLiteral("verifyCodeDialog"));
    setWindowTitle(tr("Verify a code"));
    m_code = new QPlainTextEdit;
    m_code->setObjectName(QStringLiteral("codeText"));
    m_code->setPlaceholderText(tr("Paste or scan the code (A.B.S)"));
    m_code->setTabChangesFocus(true);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setMinimumHeight(90);
    m_result->setTextFormat(Qt::RichText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *check = buttons->addButton(tr("Verify"), QDialogButtonBox::ActionRole);
    check->setObjectName(QStringLiteral("verifyButton"));
    check->setDefault(true);
    connect(check, &QPushButton::clicked, this, &VerifyCodeDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The signature is checked against the trust list, then the expiry. Only masked data is shown.")));
    layout->addWidget(m_code, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {640, 380});
}

void VerifyCodeDialog::setCode(const QString &text)
{
    m_code->setPlainText(text);
}

bool VerifyCodeDialog::verify()
{
    const auto r = m_ws.codes().verify(m_code->toPlainText().simplified().remove(QLatin1Char(' ')), m_trust);
    if (!r) {
        m_result->setText(tr("<span style='color:#c62828; font-size:13pt'><b>✗ Not valid</b></span><br>%1")
                              .arg(errorText(r.error()).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
        return false;
    }
    const auto &b = r->code.body;
    m_result->setText(tr("<span style='font-size:13pt'><b>✓ Valid</b></span> &nbsp; "
                         "<span style='background:%1; color:%2; padding:4px'>&nbsp;<b>%3</b>&nbsp;</span><br>"
                         "Holder: %4<br>Issuer: %5 (%6), key %7 · %8<br>Issued %9 · valid until %10")
                          .arg(codeBackground(b.color).name(), codeForeground(b.color).name(), colorLabel(b.color),
                               b.maskedHolder.toHtmlEscaped(), r->issuerName.toHtmlEscaped(), b.issuerDivision, b.keyId,
                               codes::profileKey(b.profile), time::formatShort(b.issuedAt))
                          .arg(time::formatShort(b.expiresAt)));
    return true;
}

QString VerifyCodeDialog::resultText() const
{
    return m_result->text();
}

} // namespace hc
