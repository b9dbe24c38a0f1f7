#include "Handoff.h"

#include <QJsonValue>

namespace hc {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

std::optional<qint64> optNum(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional(v.toInteger()) : std::nullopt;
}

} // namespace

QJsonObject HandoffPerson::rowJson(const CaseRow &r)
{
    QJsonObject o{{QStringLiteral("case_ref"), r.caseRef},
                  {QStringLiteral("line"), r.line},
                  {QStringLiteral("class"), caseClassKey(r.cls)},
                  {QStringLiteral("report_at"), r.reportAt},
                  {QStringLiteral("exposure"), exposureKey(r.exposure)},
                  {QStringLiteral("division"), r.division},
                  {QStringLiteral("address"), r.address},
                  {QStringLiteral("venue"), r.venueCode},
                  {QStringLiteral("transport"), r.transport},
                  {QStringLiteral("carriage"), r.carriage},
                  {QStringLiteral("seat"), r.seat}};
    if (r.dischargeAt)
        o.insert(QStringLiteral("discharge_at"), *r.dischargeAt);
    if (r.from)
        o.insert(QStringLiteral("from"), *r.from);
    if (r.to)
        o.insert(QStringLiteral("to"), *r.to);
    return o;
}

std::optional<CaseRow> HandoffPerson::rowFromJson(const QJsonObject &o)
{
    CaseRow r;
    r.caseRef = str(o, "case_ref");
    r.line = int(num(o, "line"));
    const auto cls = caseClassFromText(str(o, "class"));
    const auto exposure = exposureFromText(str(o, "exposure"));
    if (r.caseRef.isEmpty() || !cls || !exposure)
        return std::nullopt;
    r.cls = *cls;
    r.exposure = *exposure;
    r.reportAt = num(o, "report_at");
    r.dischargeAt = optNum(o, "discharge_at");
    r.division = str(o, "division");
    r.address = str(o, "address");
    r.venueCode = str(o, "venue");
    r.from = optNum(o, "from");
    r.to = optNum(o, "to");
    r.transport = str(o, "transport");
    r.carriage = str(o, "carriage");
    r.seat = str(o, "seat");
    return r;
}

QJsonObject HandoffPerson::toJson(int caseIndex) const
{
    QJsonObject o{{QStringLiteral("n"), n},
                       {QStringLiteral("id_type"), idTypeKey(idType)},
                       {QStringLiteral("id_number"), idNumber},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("address"), address},
                       {QStringLiteral("home_division"), homeDivision},
                       {QStringLiteral("located_by"), locatedBy},
                       {QStringLiteral("kind"), policy::conditionKindKey(kind)},
                       {QStringLiteral("exposure_at"), exposureAt},
                       {QStringLiteral("scan"), scan},
                       {QStringLiteral("scan_at"), scanAt},
                       {QStringLiteral("seat"), seat},
                       {QStringLiteral("basis_ref"), basisRef},
                       {QStringLiteral("basis"), basisText}};
    if (caseIndex >= 0)
        o.insert(QStringLiteral("case_index"), caseIndex);
    else
        o.insert(QStringLiteral("case"), rowJson(row));
    return o;
}

Result<HandoffPerson> HandoffPerson::fromJson(const QJsonObject &o, const QList<CaseRow> &cases)
{
    HandoffPerson p;
    p.n = int(num(o, "n"));
    const auto type = idTypeFromKey(str(o, "id_type"));
    const auto kind = policy::conditionKindFromKey(str(o, "kind"));
    const QJsonValue index = o.value(QLatin1String("case_index"));
    const auto row = index.isDouble() ? (index.toInteger() >= 0 && index.toInteger() < cases.size()
                                             ? std::optional(cases.at(index.toInteger()))
                                             : std::nullopt)
                                      : rowFromJson(o.value(QLatin1String("case")).toObject());
    p.locatedBy = str(o, "located_by");
    if (p.n <= 0 || !type || !kind || !row ||
        (p.locatedBy != QLatin1String("registered") && p.locatedBy != QLatin1String("case_file") &&
         p.locatedBy != QLatin1String("id_region")))
        return Error::badInput(QCoreApplication::translate("hc::HandoffWords", "person %1 of the hand-off is incomplete").arg(p.n));
    p.idType = *type;
    p.kind = *kind;
    p.row = *row;
    p.idNumber = str(o, "id_number");
    p.name = str(o, "name");
    p.phone = str(o, "phone");
    p.address = str(o, "address");
    p.homeDivision = str(o, "home_division");
    p.exposureAt = num(o, "exposure_at");
    p.scan = num(o, "scan");
    p.scanAt = num(o, "scan_at");
    p.seat = str(o, "seat");
    p.basisRef = str(o, "basis_ref");
    p.basisText = str(o, "basis");
    return p;
}

bool Handoff::overdue(qint64 now) const
{
    const bool waiting = direction == QLatin1String("out") ? (state == QLatin1String("pending") || state == QLatin1String("sent"))
                                                          : state == QLatin1String("received");
    return waiting && now > deadlineAt;
}

QString HandoffWords::state(const QString &key)
{
    if (key == QLatin1String("pending"))
        return tr("Waiting to be sent");
    if (key == QLatin1String("sent"))
        return tr("Sent");
    if (key == QLatin1String("received"))
        return tr("Received, waiting for a decision");
    if (key == QLatin1String("accepted"))
        return tr("Accepted");
    if (key == QLatin1String("partly_accepted"))
        return tr("Partly accepted");
    if (key == QLatin1String("declined"))
        return tr("Declined");
    if (key == QLatin1String("withdrawn"))
        return tr("Withdrawn by the sender");
    return key;
}

QString HandoffWords::personState(const QString &key)
{
    if (key == QLatin1String("open"))
        return tr("Open");
    if (key == QLatin1String("accepted"))
        return tr("Accepted");
    if (key == QLatin1String("declined"))
        return tr("Declined");
    if (key == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    return key;
}

QString HandoffWords::locatedBy(const QString &key)
{
    if (key == QLatin1String("registered"))
        return tr("registered at the sender");
    if (key == QLatin1String("case_file"))
        return tr("home division from the case file");
    if (key == QLatin1String("id_region"))
        return tr("home region from the ID number");
    return key;
}

} // namespace hc
