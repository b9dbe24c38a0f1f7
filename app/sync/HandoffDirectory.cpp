#include "HandoffDirectory.h"
#include "PlatformClient.h"
#include "Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace hc::sync {

namespace {

bool isDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

QString replyError(const PlatformTransport::Reply &r)
{
    if (!r.ok())
        return r.error;
    const QString why = QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toString();
    return HandoffDirectory::tr("the platform answered %1: %2").arg(r.status).arg(why.isEmpty() ? QString::fromUtf8(r.body.left(200)) : why);
}

} // namespace

Status HandoffDirectory::registerOwn(PlatformTransport &client, const pki::Certificate &cert, const QString &division)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("pem"), QString::fromLatin1(cert.toPem())},
                                                      {QStringLiteral("division"), division}})
                                .toJson(QJsonDocument::Compact);
    const auto r = client.post(QStringLiteral("/v1/certs"), body, "application/json");
    if (!r.ok() || r.status != 200)
        return Error::refused(tr("The hand-off certificate was not registered with the platform: %1").arg(replyError(r)))
            .withDetail(r.detail);
    return Ok{};
}

Result<QList<HandoffRecipient>> HandoffDirectory::fetch(PlatformTransport &client, const QString &province,
                                                        const QList<pki::Certificate> &anchors, const QDateTime &now,
                                                        const CertificateResolver &resolve)
{
    if (province.size() != 2 || !isDigits(province))
        return Error::badInput(tr("\"%1\" is not a province code (2 digits)").arg(province));
    const auto r = client.get(QStringLiteral("/v1/certs?province=") + province);
    if (!r.ok() || r.status != 200)
        return Error::refused(tr("The platform's directory of province %1 could not be read: %2").arg(province, replyError(r)))
            .withDetail(r.detail);
    return read(r.body, province, anchors, now, resolve);
}

Result<QList<HandoffRecipient>> HandoffDirectory::read(const QByteArray &body, const QString &province,
                                                       const QList<pki::Certificate> &anchors, const QDateTime &now,
                                                       const CertificateResolver &resolve)
{
    if (body.size() > kMaxBytes)
        return Error::badInput(tr("The platform's directory is larger than %1 MiB.").arg(kMaxBytes / (1024 * 1024)));
    const auto opened = SignedObject::open(body, anchors, now, resolve);
    if (!opened)
        return Error::refused(tr("The platform's directory is not signed by the platform: %1").arg(opened.error().message));
    const pki::Subject signer = opened->signer.subject();
    if (signer.commonName != QLatin1String(protocol::kPlatformId) || signer.role != pki::roleKey(pki::Role::Receipt))
        return Error::refused(tr("The directory is signed by %1, not by the platform.").arg(signer.commonName));
    const QJsonObject payload = QJsonDocument::fromJson(opened->payload).object();
    if (payload.value(QLatin1String("schema")).toString() != QLatin1String(protocol::kDirectorySchema) ||
        payload.value(QLatin1String("province")).toString() != province)
        return Error::refused(tr("The platform sent a directory for another province or in an unknown form."));
    const QJsonArray entries = payload.value(QLatin1String("certificates")).toArray();
    if (entries.size() > kMaxEntries)
        return Error::badInput(tr("The directory lists more than %1 certificates.").arg(kMaxEntries));
    QList<HandoffRecipient> out;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const auto cert = pki::Certificate::fromPem(e.value(QLatin1String("pem")).toString().toLatin1());
        if (!cert)
            continue;
        const pki::Subject s = cert->subject();
        const QString division = e.value(QLatin1String("division")).toString();
        // Only a HANDOFF certificate of a console of this province, valid now under the platform CA, for a division
        // inside the province: anything else in the list is left out, never encrypted to.
        if (s.role != pki::roleKey(pki::Role::Handoff) || s.province != province || s.commonName != e.value(QLatin1String("consoleId")).toString() ||
            !isDigits(division) || !division.startsWith(province) || division.size() > 12 ||
            !pki::verifyChain(*cert, {}, anchors, now))
            continue;
        out << HandoffRecipient{s.commonName, province, division, s.organisation, *cert};
    }
    return out;
}

std::optional<HandoffRecipient> HandoffDirectory::receiverFor(const QList<HandoffRecipient> &directory, const QString &homeDivision)
{
    const HandoffRecipient *best = nullptr;
    for (const HandoffRecipient &r : directory)
        if (homeDivision.startsWith(r.division) && (!best || r.division.size() > best->division.size()))
            best = &r;
    if (!best) // nobody answers for that county: the province's broadest commission takes it on
        for (const HandoffRecipient &r : directory)
            if (!best || r.division.size() < best->division.size())
                best = &r;
    return best ? std::optional(*best) : std::nullopt;
}

} // namespace hc::sync
