#pragma once
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hc::reports {

// VERIFY.txt: how a recipient checks a report package with stock openssl and sha256sum, and what a failure
// means, in Chinese (the recipients are commissions). An unsigned package says plainly that it is a draft.
class VerifyInstructions
{
public:
    enum class Kind { Unsigned, Intl, Sm };
    static QByteArray text(Kind kind, const QString &title, const QString &signedBy, const QDateTime &at,
                           const QStringList &reportFiles);
};

} // namespace hc::reports
