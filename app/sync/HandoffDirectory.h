#pragma once
#include "Pki.h"
#include "Result.h"
#include "SignedObject.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace hc::sync {

class PlatformTransport;

// A commission that receives hand-offs (协查) for the people living in its division: a console's HANDOFF
// certificate as the platform's directory lists it.
struct HandoffRecipient
{
    QString consoleId;
    QString province;
    QString division; // the division it answers for: the people living there are handed to it
    QString organisation;
    pki::Certificate cert;
};

// The platform's directory of HANDOFF certificates (GET /v1/certs?province=P, issue 19): signed by the platform's
// RECEIPT key like a feed item, each certificate checked to chain to the platform CA as a HANDOFF certificate of that
// province. Personal data is encrypted only to a certificate this directory vouches for.
class HandoffDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(hc::sync::HandoffDirectory)
public:
    static constexpr qsizetype kMaxBytes = 4 * 1024 * 1024; // a province's consoles: far below this
    static constexpr int kMaxEntries = 2000;

    // Registers this console's HANDOFF certificate for `division` (POST /v1/certs): other commissions can then send it
    // hand-offs. Idempotent.
    static Status registerOwn(PlatformTransport &client, const pki::Certificate &cert, const QString &division);

    static Result<QList<HandoffRecipient>> fetch(PlatformTransport &client, const QString &province,
                                                 const QList<pki::Certificate> &anchors, const QDateTime &now,
                                                 const CertificateResolver &resolve = {});
    // Checks a directory body as fetched (the signature, then every entry); what fetch() does after the request.
    static Result<QList<HandoffRecipient>> read(const QByteArray &body, const QString &province,
                                                const QList<pki::Certificate> &anchors, const QDateTime &now,
                                                const CertificateResolver &resolve = {});

    // The commission a person living in `homeDivision` is handed to: the console whose division is the longest prefix
    // of it; when none covers it, the province's broadest one (its provincial commission, or the first registered).
    static std::optional<HandoffRecipient> receiverFor(const QList<HandoffRecipient> &directory, const QString &homeDivision);
};

} // namespace hc::sync
