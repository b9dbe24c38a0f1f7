#include "HandoffSealer.h"
#include "Commission.h"
#include "Envelope.h"
#include "HandoffRepository.h"
#include "HandoffService.h"

#include <QHash>

namespace hc::sync {

QString HandoffSealer::commonDivision(const QStringList &homes)
{
    if (homes.isEmpty())
        return {};
    QString common = homes.first();
    for (const QString &h : homes) {
        qsizetype n = 0;
        while (n < common.size() && n < h.size() && common.at(n) == h.at(n))
            ++n;
        common.truncate(n);
    }
    // Whole levels only (2, 4, 6, 9, 12 digits): "1101" of 110105 and 110108 is the city, not a half code.
    static const int levels[] = {12, 9, 6, 4, 2};
    for (int l : levels)
        if (common.size() >= l)
            return common.left(l);
    return homes.first().left(2);
}

HandoffSealer::Outcome HandoffSealer::sealPending()
{
    Outcome out;
    HandoffRepository repo(m_db);
    const QList<Handoff> pending = repo.list(QStringLiteral("out"), QStringLiteral("pending"), 1000);
    if (pending.isEmpty())
        return out;
    const Commission own = Commission::load(m_db);
    QHash<QString, Result<QList<HandoffRecipient>>> directories;
    HandoffService service(m_db, m_clock);
    const auto wait = [&out](const QString &why) {
        ++out.waiting;
        if (out.problem.isEmpty())
            out.problem = why;
    };
    for (const Handoff &h : pending) {
        if (!directories.contains(h.peerProvince))
            directories.insert(h.peerProvince, HandoffDirectory::fetch(m_client, h.peerProvince, m_anchors, m_clock.now().toUTC(), m_resolve));
        const auto &dir = directories[h.peerProvince];
        if (!dir) {
            wait(dir.error().message);
            continue;
        }
        const QList<HandoffPerson> people = repo.people(h.id);
        QStringList homes;
        for (const HandoffPerson &p : people)
            homes << p.homeDivision;
        const auto receiver = HandoffDirectory::receiverFor(*dir, commonDivision(homes));
        if (!receiver) {
            wait(tr("%1 has no console registered to receive hand-offs yet; the hand-off for case %2 waits and is sent once one is.")
                     .arg(h.peerCommission, h.caseRefs));
            continue;
        }
        HandoffHeader header;
        header.uuid = h.uuid;
        header.fromConsole = m_settings.consoleId;
        header.fromProvince = m_settings.province;
        header.fromDivision = own.division;
        header.fromCommission = own.displayName();
        header.toProvince = h.peerProvince;
        header.toDivision = receiver->division;
        header.toConsole = receiver->consoleId;
        header.toCommission = receiver->organisation;
        header.count = people.size();
        header.deadlineAt = h.deadlineAt;
        header.caseRefs = h.caseRefs;
        const auto sealed = envelope::seal(HandoffService::sealedJson(header, people), receiver->cert);
        if (!sealed) {
            wait(sealed.error().message);
            continue;
        }
        const QJsonObject sealedJson{{QStringLiteral("content_type"), sealed->contentType},
                                     {QStringLiteral("recipient_cert_sha256"), sealed->recipientSha256},
                                     {QStringLiteral("body_b64"), QString::fromLatin1(sealed->body.toBase64())}};
        if (Status s = service.markSent(h.id, header, sealedJson, sealed->recipientSha256, h.createdBy); !s) {
            wait(s.error().message);
            continue;
        }
        ++out.sealed;
    }
    return out;
}

} // namespace hc::sync
