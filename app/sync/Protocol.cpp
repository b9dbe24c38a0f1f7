#include "Protocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <QJsonDocument>

namespace hc::sync::protocol {

QStringList feeds()
{
    return {QStringLiteral("risk-areas"), QStringLiteral("pushes"), QStringLiteral("trust-list"), QStringLiteral("policies")};
}

QString eventType(const QString &kind)
{
    static const QHash<QString, QString> types{
        {QStringLiteral("holder.color"), QStringLiteral("CONDITION")},
        {QStringLiteral("holder.upsert"), QStringLiteral("HOLDER")},
        {QStringLiteral("holder.corrected"), QStringLiteral("HOLDER_CORRECTION")},
        {QStringLiteral("appeal.decided"), QStringLiteral("APPEAL_DECISION")},
        {QStringLiteral("appeal.forward"), QStringLiteral("APPEAL_FORWARD")},
        {QStringLiteral("appeal.answer"), QStringLiteral("APPEAL_ANSWER")},
        {QStringLiteral("case_batch.applied"), QStringLiteral("CASE_BATCH")},
        {QStringLiteral("case_batch.reverted"), QStringLiteral("CASE_BATCH")},
        {QStringLiteral("risk_area.declared"), QStringLiteral("RISK_AREA")},
        {QStringLiteral("risk_area.lifted"), QStringLiteral("RISK_AREA")},
        {QStringLiteral("risk_area.national_local"), QStringLiteral("RISK_AREA")},
        {QStringLiteral("risk_area.national_reverted"), QStringLiteral("RISK_AREA")},
        // Contact hand-offs between commissions (协查, issue 19): the people sealed to the receiver, and its answer.
        {QStringLiteral("handoff.sent"), QStringLiteral("HANDOFF")},
        {QStringLiteral("handoff.answer"), QStringLiteral("HANDOFF_ANSWER")},
        {QStringLiteral("handoff.withdrawn"), QStringLiteral("HANDOFF_WITHDRAWN")},
    };
    return types.value(kind, QStringLiteral("OTHER"));
}

QString hex(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toHex());
}

QJsonObject AuditHead::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}};
}

Result<std::optional<AuditHead>> AuditHead::fromJson(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return std::optional<AuditHead>();
    const QJsonObject o = v.toObject();
    AuditHead h{o.value(QLatin1String("seq")).toInteger(0), o.value(QLatin1String("hash")).toString()};
    const bool hex = h.hash.size() == 64 && std::all_of(h.hash.cbegin(), h.hash.cend(), [](QChar c) {
                         return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
                     });
    if (!v.isObject() || h.seq < 1 || !hex)
        return Error::badInput(QCoreApplication::translate("hc::sync::protocol", "auditHead must be {seq: the last audit entry (1 or more), hash: 64 lowercase hex digits}"));
    return std::optional<AuditHead>(h);
}

Result<BatchHeader> BatchHeader::parse(const QJsonObject &p)
{
    BatchHeader h;
    h.schema = p.value(QLatin1String("schema")).toString();
    h.batchId = p.value(QLatin1String("batchId")).toString();
    h.consoleId = p.value(QLatin1String("consoleId")).toString();
    h.province = p.value(QLatin1String("province")).toString();
    h.seqFrom = p.value(QLatin1String("seqFrom")).toInteger(-1);
    h.seqTo = p.value(QLatin1String("seqTo")).toInteger(-1);
    h.prevBatchHash = p.value(QLatin1String("prevBatchHash")).toString();
    h.createdAt = p.value(QLatin1String("createdAt")).toString();
    if (h.schema != QLatin1String(kBatchSchema))
        return Error::badInput(QCoreApplication::translate("hc::sync::protocol", "unknown batch schema \"%1\"").arg(h.schema));
    if (h.batchId.isEmpty() || h.consoleId.isEmpty() || h.province.isEmpty())
        return Error::badInput(QCoreApplication::translate("hc::sync::protocol", "batch without batchId, consoleId or province"));
    if (h.seqFrom < 1 || h.seqTo < h.seqFrom)
        return Error::badInput(QCoreApplication::translate("hc::sync::protocol", "batch with a bad sequence range %1–%2").arg(h.seqFrom).arg(h.seqTo));
    auto head = AuditHead::fromJson(p.value(QLatin1String("auditHead")));
    if (!head)
        return head.error();
    h.auditHead = *head;
    return h;
}

int Receipt::count(const QString &status) const
{
    return int(std::count_if(events.cbegin(), events.cend(), [&](const EventOutcome &e) { return e.status == status; }));
}

QByteArray Receipt::toJson() const
{
    QJsonArray list;
    for (const EventOutcome &e : events) {
        QJsonObject o{{QStringLiteral("eventId"), e.eventId}, {QStringLiteral("seq"), e.seq}, {QStringLiteral("status"), e.status}};
        if (!e.reason.isEmpty())
            o.insert(QStringLiteral("reason"), e.reason);
        list.append(o);
    }
    QJsonObject o{{QStringLiteral("schema"), QLatin1String(kReceiptSchema)},
                  {QStringLiteral("batchId"), batchId},
                  {QStringLiteral("consoleId"), consoleId},
                  {QStringLiteral("seqFrom"), seqFrom},
                  {QStringLiteral("seqTo"), seqTo},
                  {QStringLiteral("sha256"), sha256},
                  {QStringLiteral("receivedAt"), receivedAt},
                  {QStringLiteral("accepted"), count(QStringLiteral("accepted"))},
                  {QStringLiteral("duplicate"), count(QStringLiteral("duplicate"))},
                  {QStringLiteral("rejected"), count(QStringLiteral("rejected"))},
                  {QStringLiteral("events"), list}};
    if (auditHead)
        o.insert(QStringLiteral("auditHead"), auditHead->toJson());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Receipt> Receipt::parse(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return Error::badInput(QCoreApplication::translate("hc::sync::protocol", "receipt is not JSON: %1").arg(err.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("schema")).toString() != QLatin1String(kReceiptSchema))
        return Error::badInput(QCoreApplication::translate("hc::sync::protocol", "receipt of an unknown schema"));
    Receipt r;
    r.batchId = o.value(QLatin1String("batchId")).toString();
    r.consoleId = o.value(QLatin1String("consoleId")).toString();
    r.seqFrom = o.value(QLatin1String("seqFrom")).toInteger();
    r.seqTo = o.value(QLatin1String("seqTo")).toInteger();
    r.sha256 = o.value(QLatin1String("sha256")).toString();
    r.receivedAt = o.value(QLatin1String("receivedAt")).toString();
    auto head = AuditHead::fromJson(o.value(QLatin1String("auditHead")));
    if (!head)
        return Error::badInput(QCoreApplication::translate("hc::sync::protocol", "receipt with a malformed auditHead: %1").arg(head.error().message));
    r.auditHead = *head;
    const QJsonArray list = o.value(QLatin1String("events")).toArray();
    r.events.reserve(list.size());
    for (const QJsonValue &v : list) {
        const QJsonObject e = v.toObject();
        r.events.append({e.value(QLatin1String("eventId")).toString(), e.value(QLatin1String("seq")).toInteger(),
                         e.value(QLatin1String("status")).toString(), e.value(QLatin1String("reason")).toString()});
    }
    return r;
}

QByteArray FeedPage::toJson() const
{
    QJsonArray list;
    for (const FeedItem &i : items)
        list.append(QJsonObject{{QStringLiteral("batchId"), i.batchId},
                                {QStringLiteral("seq"), i.seq},
                                {QStringLiteral("originator"), i.originator},
                                {QStringLiteral("sha256"), i.sha256}});
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), list}, {QStringLiteral("more"), more}})
        .toJson(QJsonDocument::Compact);
}

Result<FeedPage> FeedPage::parse(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return Error::badInput(QCoreApplication::translate("hc::sync::protocol", "feed listing is not JSON: %1").arg(err.errorString()));
    FeedPage p;
    p.more = doc.object().value(QLatin1String("more")).toBool();
    for (const QJsonValue &v : doc.object().value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        FeedItem i{o.value(QLatin1String("batchId")).toString(), o.value(QLatin1String("seq")).toInteger(),
                   o.value(QLatin1String("originator")).toString(), o.value(QLatin1String("sha256")).toString()};
        if (i.batchId.isEmpty() || i.seq < 1 || i.sha256.size() != 64)
            return Error::badInput(QCoreApplication::translate("hc::sync::protocol", "feed listing with a malformed item"));
        p.items.append(i);
    }
    return p;
}

} // namespace hc::sync::protocol
