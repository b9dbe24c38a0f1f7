#include "HolderService.h"
#include "Limits.h"
#include "ColorTally.h"

#include "ApprovalService.h"
#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "CodeIssuer.h"
#include "ColorUpdater.h"
#include "Commission.h"
#include "Database.h"
#include "DivisionCode.h"
#include "DivisionRepository.h"
#include "HolderChange.h"
#include "HolderRepository.h"
#include "HolderScan.h"
#include "PolicyStore.h"
#include "ResidenceReconciler.h"
#include "RiskLevel.h"
#include "SqlDialect.h"
#include "TimeUtil.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace hc {

using policy::ConditionKind;

namespace {

const QStringList kSymptoms{QStringLiteral("fever"), QStringLiteral("cough"), QStringLiteral("diarrhoea")};

QString holderObject(qint64 id)
{
    return QStringLiteral("holder:%1").arg(id);
}

QJsonObject maskedJson(const Holder &h)
{
    return {{QStringLiteral("id_type"), idTypeKey(h.idType)},
            {QStringLiteral("id_number"), h.maskedIdNumber()},
            {QStringLiteral("name"), h.maskedName()},
            {QStringLiteral("phone"), h.maskedPhone()},
            {QStringLiteral("home_division"), h.homeDivision},
            {QStringLiteral("address"), h.maskedAddress()},
            {QStringLiteral("source_division"), h.sourceDivision}};
}


} // namespace

HolderService::HolderService(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Status HolderService::authorize(const QString &actor, Permission p, qint64 holderId, const QString &action, AuditLog &audit) const
{
    const auto h = HolderRepository(m_db).find(holderId);
    if (!h)
        return Error::badInput(tr("No holder with id %1.").arg(holderId));
    return Authorizer(m_db).requireAudited(actor, p, h->homeDivision, action, holderObject(holderId), audit);
}

qint64 HolderService::now() const
{
    return m_clock.now().toSecsSinceEpoch();
}

QStringList HolderService::symptomKeys()
{
    return kSymptoms;
}

policy::Policy HolderService::policyInForce() const
{
    return PolicyStore(m_db).inForce(now());
}

QByteArray HolderService::identitySecret() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'identity_secret'")) && q.next())
        return QByteArray::fromHex(q.value(0).toByteArray());
    return {};
}

Result<HolderInput> HolderService::validate(const HolderInput &in) const
{
    const auto id = idnumber::validate(in.idType, in.idNumber);
    if (!id)
        return id.error();
    HolderInput out = in;
    out.idNumber = id->number;
    out.name = in.name.trimmed();
    if (out.name.isEmpty() || out.name.size() > limits::kName)
        return Error::badInput(tr("A holder needs a name (at most %1 characters).").arg(limits::kName));
    if (const auto why = limits::textProblem(tr("The name"), out.name, limits::kName))
        return Error::badInput(*why);
    out.phone = in.phone.trimmed();
    static const QRegularExpression phoneRe(QStringLiteral(R"(^\+?[0-9-]{5,20}$)"));
    if (!out.phone.isEmpty() && !phoneRe.match(out.phone).hasMatch())
        return Error::badInput(tr("\"%1\" is not a phone number.").arg(out.phone));
    const auto home = divcode::normalise(in.homeDivision.trimmed());
    if (!home || home->size() < 6)
        return Error::badInput(tr("The home division must be a county, street or village code: \"%1\".").arg(in.homeDivision));
    if (Status s = DivisionRepository(m_db).requireExists(*home); !s)
        return s.error();
    out.homeDivision = *home;
    out.sourceDivision.clear();
    if (!in.sourceDivision.trimmed().isEmpty()) {
        const auto s = divcode::normalise(in.sourceDivision.trimmed());
        if (!s)
            return Error::badInput(tr("\"%1\" is not a division code (2, 4, 6, 9 or 12 digits).").arg(in.sourceDivision));
        if (Status st = DivisionRepository(m_db).requireExists(*s); !st)
            return st.error();
        out.sourceDivision = *s;
    }
    out.address = in.address.trimmed();
    if (const auto why = limits::textProblem(tr("The address"), out.address, limits::kAddress))
        return Error::badInput(*why);
    return out;
}

Result<UpsertOutcome> HolderService::upsert(const HolderInput &in, const QString &actor, AuditLog &audit)
{
    const auto valid = validate(in);
    if (!valid)
        return valid.error();
    // Both the new home and, for a known holder, the old one must lie inside the jurisdiction.
    const auto known = HolderRepository(m_db).findByIdNumber(valid->idType, valid->idNumber);
    const QString object = known ? holderObject(known->id) : QStringLiteral("holder:new");
    const Authorizer auth(m_db);
    if (Status s = auth.requireAudited(actor, Permission::RegisterHolder, valid->homeDivision, QStringLiteral("holder.upsert"), object, audit); !s)
        return s.error();
    if (known)
        if (Status s = auth.requireAudited(actor, Permission::RegisterHolder, known->homeDivision, QStringLiteral("holder.upsert"), object, audit); !s)
            return s.error();
    Transaction tx(m_db);
    bool changed = false;
    auto r = write(valid.value(), actor, audit, &changed);
    if (!r)
        return r.error();
    if (changed)
        if (Status s = tx.commit(); !s)
            return s.error();
    return r;
}

Result<UpsertOutcome> HolderService::registerReceived(const HolderInput &in, const QString &actor, AuditLog &audit)
{
    const auto valid = validate(in);
    if (!valid)
        return valid.error();
    bool changed = false;
    return write(valid.value(), actor, audit, &changed);
}

Result<UpsertOutcome> HolderService::write(const HolderInput &in, const QString &actor, AuditLog &audit, bool *changed)
{
    const qint64 t = now();
    const policy::Policy pol = PolicyStore(m_db).inForce(t);
    const policy::PolicyEngine engine(pol);
    const QString &name = in.name, &phone = in.phone, &address = in.address, &source = in.sourceDivision;
    const QString *home = &in.homeDivision;
    HolderRepository repo(m_db);
    const auto existing = repo.findByIdNumber(in.idType, in.idNumber);
    qint64 holderId = 0;
    bool homeChanged = false;
    QJsonObject before;
    *changed = true;
    if (!existing) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO holder(id_type, id_number, name, phone, home_division, address, address_key,"
                                 " source_division, code_identity, created_at, updated_at, last_declaration_at, color,"
                                 " color_since, policy_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        for (const QVariant &v : QVariantList{int(in.idType), in.idNumber, name, text(phone), *home, text(address),
                                              text(normaliseSubarea(address)), text(source),
                                              codes::CodeIssuer::identityOf(identitySecret(), idTypeKey(in.idType), in.idNumber),
                                              t, t, t, int(policy::Color::Gray), t, pol.version})
            q.addBindValue(v);
        if (Status s = exec(q); !s)
            return s.error();
        if (!q.next())
            return Error::internal(QStringLiteral("INSERT INTO holder returned no id"));
        holderId = q.value(0).toLongLong();
        q.finish();
        // Applying for a code is a declaration (DOMAIN.md).
        q.prepare(QStringLiteral("INSERT INTO declaration(holder_id, at, symptoms) VALUES (?, ?, 0)"));
        q.addBindValue(holderId);
        q.addBindValue(t);
        if (Status s = exec(q); !s)
            return s.error();
        const Holder h = *repo.find(holderId);
        ColorUpdater updater(m_db, engine, actor, t);
        const HolderState state{h.id, h.homeDivision, h.codeIdentity, h.color, h.lastDeclarationAt, std::nullopt};
        if (Status s = updater.created(state, {}, QStringLiteral("登记（申领健康码）")); !s)
            return s.error();
        if (Status s = updater.flush(); !s)
            return s.error();
        homeChanged = true;
    } else {
        holderId = existing->id;
        before = maskedJson(*existing);
        homeChanged = existing->homeDivision != *home || existing->address != address;
        if (existing->name == name && existing->phone == phone && !homeChanged && existing->sourceDivision == source) {
            *changed = false;
            return UpsertOutcome{*existing, false};
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE holder SET name = ?, phone = ?, home_division = ?, address = ?, address_key = ?,"
                                 " source_division = ?, updated_at = ? WHERE id = ?"));
        for (const QVariant &v : QVariantList{name, text(phone), *home, text(address), text(normaliseSubarea(address)),
                                              text(source), t, holderId})
            q.addBindValue(v);
        if (Status s = exec(q); !s)
            return s.error();
        if (homeChanged && existing->homeDivision.left(6) != home->left(6)) {
            // Move the holder's count to the new county, at the hour of the move.
            ColorTally counts(m_db);
            counts.add(existing->homeDivision.left(6), existing->color, -1, t);
            counts.add(home->left(6), existing->color, 1, t);
            if (Status s = counts.flush(); !s)
                return s.error();
        }
    }
    if (homeChanged) {
        ResidenceReconciler residence(m_db, engine, actor, t, Commission::load(m_db));
        if (Status s = residence.reconcileHolder(holderId, t); !s)
            return s.error();
        if (Status s = residence.finish(); !s)
            return s.error();
    }
    const Holder h = *repo.find(holderId);
    if (Status s = audit.append(actor, existing ? QStringLiteral("holder.update") : QStringLiteral("holder.create"),
                                holderObject(holderId), before, maskedJson(h));
        !s)
        return s.error();
    Outbox outbox(m_db, t, actor);
    if (Status s = outbox.append(QStringLiteral("holder.upsert"), holderObject(holderId),
                                 {{QStringLiteral("identity"), QString::fromLatin1(h.codeIdentity.toHex())},
                                  {QStringLiteral("county"), h.homeDivision.left(6)},
                                  {QStringLiteral("source"), h.sourceDivision}});
        !s)
        return s.error();
    return UpsertOutcome{h, !existing};
}

Status HolderService::bind(qint64 guardianId, qint64 dependentId, const QString &relation, const QString &actor, AuditLog &audit)
{
    HolderRepository repo(m_db);
    if (guardianId == dependentId)
        return Error::badInput(tr("A holder cannot be their own guardian."));
    const auto g = repo.find(guardianId), d = repo.find(dependentId);
    if (!g || !d)
        return Error::badInput(tr("Both the guardian and the dependent must be registered holders."));
    if (relation.trimmed().isEmpty())
        return Error::badInput(tr("Name the relation (e.g. 子女, 父母)."));
    for (const qint64 id : {guardianId, dependentId})
        if (Status s = authorize(actor, Permission::RegisterHolder, id, QStringLiteral("holder.bind"), audit); !s)
            return s;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO holder_binding VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{guardianId, dependentId, relation.trimmed(), actor, now()})
        q.addBindValue(v);
    if (!q.exec())
        return Error::refused(tr("%1 is already bound to %2.").arg(d->maskedName(), g->maskedName()));
    if (Status s = audit.append(actor, QStringLiteral("holder.bind"), holderObject(dependentId), {},
                                {{QStringLiteral("guardian"), holderObject(guardianId)}, {QStringLiteral("relation"), relation.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Status HolderService::declare(qint64 holderId, qint64 at, const QStringList &symptoms, const QString &actor, AuditLog &audit)
{
    int mask = 0;
    for (const QString &s : symptoms) {
        const int i = int(kSymptoms.indexOf(s));
        if (i < 0)
            return Error::badInput(tr("Unknown symptom \"%1\" (fever, cough, diarrhoea).").arg(s));
        mask |= 1 << i;
    }
    const qint64 t = now();
    if (at > t + time::kSkew)
        return Error::badInput(tr("A declaration cannot be in the future (%1).").arg(time::format(at)));
    if (const auto why = time::outsideWindow(tr("The declaration's time"), at, t))
        return Error::badInput(*why);
    if (Status s = authorize(actor, Permission::RegisterHolder, holderId, QStringLiteral("holder.declare"), audit); !s)
        return s;
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
    Transaction tx(m_db);
    HolderChange change(m_db, engine, actor, t, Commission::load(m_db));
    if (Status s = change.load(holderId, at); !s)
        return s;
    change.timeline().declaration(at, mask != 0);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO declaration(holder_id, at, symptoms) VALUES (?, ?, ?)"));
    q.addBindValue(holderId);
    q.addBindValue(at);
    q.addBindValue(mask);
    if (Status s = exec(q); !s)
        return s;
    q.prepare(QStringLiteral("UPDATE holder SET last_declaration_at = %1 WHERE id = ?")
                  .arg(sql::greatest(m_db, QStringLiteral("COALESCE(last_declaration_at, 0)"), QStringLiteral("?"))));
    q.addBindValue(at);
    q.addBindValue(holderId);
    if (Status s = exec(q); !s)
        return s;
    const auto r = change.commit({basisKindKey(BasisKind::HealthDeclaration), QStringLiteral("申报 %1").arg(time::formatShort(at)),
                                  QStringLiteral("本人健康申报：%1").arg(symptoms.join(QLatin1Char(',')))},
                                 QStringLiteral("健康申报"), QStringLiteral("申报期满"));
    if (!r)
        return r.error();
    if (Status s = change.finish(); !s)
        return s;
    if (Status s = audit.append(actor, QStringLiteral("holder.declare"), holderObject(holderId), {},
                                {{QStringLiteral("at"), time::format(at)}, {QStringLiteral("symptoms"), QJsonArray::fromStringList(symptoms)}});
        !s)
        return s;
    return tx.commit();
}

Status HolderService::validateReport(const ConditionReport &r) const
{
    // No change without a basis (NHC, June 2022): what it is, its reference, and the reason in words.
    if (r.basisRef.trimmed().isEmpty() || r.basisText.trimmed().isEmpty())
        return Error::badInput(tr("A condition needs its basis: the reference (case report, order, record) and the reason in words."));
    if (const auto why = limits::textProblem(tr("The basis reference"), r.basisRef.trimmed(), limits::kReference))
        return Error::badInput(*why);
    if (const auto why = limits::textProblem(tr("The basis"), r.basisText.trimmed(), limits::kReason, true))
        return Error::badInput(*why);
    if (r.at > now() + time::kSkew)
        return Error::badInput(tr("A report cannot be in the future (%1).").arg(time::format(r.at)));
    if (const auto why = time::outsideWindow(tr("The report's time"), r.at, now()))
        return Error::badInput(*why);
    if (r.exposure)
        if (const auto why = time::outsideWindow(tr("The exposure time"), *r.exposure, now()))
            return Error::badInput(*why);
    if (r.until)
        if (const auto why = time::outsideWindow(tr("The order's end"), *r.until, now(), time::kPlanAhead))
            return Error::badInput(*why);
    using Type = ConditionReport::Type;
    if (r.type == Type::Manual) {
        if (r.basisKind != BasisKind::ManualOrder)
            return Error::badInput(tr("A manual order's basis must be the order itself."));
        if (r.color != policy::Color::Red && r.color != policy::Color::Yellow)
            return Error::badInput(tr("A manual order gives red or yellow."));
        if (r.until && *r.until <= r.at)
            return Error::badInput(tr("A manual order must end after it starts."));
    }
    if (r.type == Type::Arrival && (r.fromProvince.size() != 2 || !divcode::isDigits(r.fromProvince)))
        return Error::badInput(tr("The province of origin must be a 2-digit code."));
    if (r.exposure.value_or(r.at) > r.at)
        return Error::badInput(tr("The exposure cannot come after the report."));
    return Ok{};
}

Result<std::optional<qint64>> HolderService::report(qint64 holderId, const ConditionReport &r, const QString &actor,
                                                    AuditLog &audit)
{
    if (Status s = validateReport(r); !s)
        return s.error();
    if (r.type == ConditionReport::Type::Manual)
        return Error::refused(tr("A manual order needs a second official: request it, and another supervisor approves it."));
    if (r.basisKind == BasisKind::ManualOrder)
        return Error::badInput(tr("Only an approved manual order may cite a manual order as its basis."));
    if (r.basisKind == BasisKind::AppealDecision)
        return Error::badInput(tr("An appeal decision corrects conditions; it does not start one."));
    if (Status s = authorize(actor, Permission::ReportCase, holderId, QStringLiteral("condition.add"), audit); !s)
        return s.error();
    Transaction tx(m_db);
    const auto id = applyReport(holderId, r, actor, audit);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Result<qint64> HolderService::requestManualOrder(qint64 holderId, const ConditionReport &r, const QString &actor, AuditLog &audit)
{
    if (r.type != ConditionReport::Type::Manual)
        return Error::badInput(tr("Only manual orders are requested for approval."));
    if (Status s = validateReport(r); !s)
        return s.error();
    const auto h = HolderRepository(m_db).find(holderId);
    if (!h)
        return Error::badInput(tr("No holder with id %1.").arg(holderId));
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::ManualOrder, h->homeDivision, QStringLiteral("manual_order"),
                                                   holderObject(holderId), audit);
        !s)
        return s.error();
    QJsonObject payload{{QStringLiteral("holder"), holderId},
                        {QStringLiteral("color"), policy::colorKey(r.color)},
                        {QStringLiteral("at"), r.at},
                        {QStringLiteral("basis_ref"), r.basisRef.trimmed()},
                        {QStringLiteral("basis"), r.basisText.trimmed()}};
    if (r.until)
        payload.insert(QStringLiteral("until"), *r.until);
    // Record text, in the commission's language whoever runs the request.
    const QString summary = QStringLiteral("人工赋码：%1 %2，自 %3%4 — %5 %6")
                                .arg(h->maskedIdentity(), r.color == policy::Color::Red ? QStringLiteral("红码") : QStringLiteral("黄码"),
                                     time::formatShort(r.at),
                                     r.until ? QStringLiteral(" 至 %1").arg(time::formatShort(*r.until)) : QString(),
                                     r.basisRef.trimmed(), r.basisText.trimmed());
    return ApprovalService(m_db, m_clock).request(QStringLiteral("manual_order"), holderObject(holderId), h->homeDivision,
                                                   payload, summary, actor, audit);
}

Result<std::optional<qint64>> HolderService::applyManualOrder(const QJsonObject &payload, const QString &requester,
                                                              const QString &approver, AuditLog &audit)
{
    ConditionReport r;
    r.type = ConditionReport::Type::Manual;
    r.color = policy::colorFromKey(payload.value(QStringLiteral("color")).toString()).value_or(policy::Color::Red);
    // An order takes effect when it is approved, never earlier than asked.
    r.at = std::max(qint64(payload.value(QStringLiteral("at")).toDouble()), now());
    if (payload.contains(QStringLiteral("until")))
        r.until = qint64(payload.value(QStringLiteral("until")).toDouble());
    if (r.until && *r.until <= r.at)
        return Error::refused(tr("The order's end (%1) has passed; reject the request instead.").arg(time::formatShort(*r.until)));
    r.basisKind = BasisKind::ManualOrder;
    r.basisRef = payload.value(QStringLiteral("basis_ref")).toString();
    r.basisText = payload.value(QStringLiteral("basis")).toString();
    r.approvers = {requester, approver};
    return applyReport(qint64(payload.value(QStringLiteral("holder")).toDouble()), r, requester, audit);
}

Result<std::optional<qint64>> HolderService::applyReport(qint64 holderId, const ConditionReport &r, const QString &actor,
                                                         AuditLog &audit)
{
    using Type = ConditionReport::Type;
    const qint64 t = now();
    const qint64 exposure = r.exposure.value_or(r.at);
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
    HolderChange change(m_db, engine, actor, t, Commission::load(m_db));
    if (Status s = change.load(holderId, std::min(exposure, r.at)); !s)
        return s.error();
    auto &tl = change.timeline();
    switch (r.type) {
    case Type::Case: tl.caseReport(r.at, false); break;
    case Type::Suspected: tl.caseReport(r.at, true); break;
    case Type::CloseContact: tl.closeContact(r.at, exposure); break;
    case Type::CoTraveller: tl.coTraveller(r.at, exposure); break;
    case Type::Observation: tl.observationStart(r.at); break;
    case Type::FeverClinic: tl.symptomsReported(r.at); break;
    case Type::Arrival: tl.arrival(r.at); break;
    case Type::Manual: tl.manual(r.at, r.color, r.until.value_or(policy::kOpen)); break;
    }
    const auto id = change.commit({basisKindKey(r.basisKind), r.basisRef.trimmed(), r.basisText.trimmed()},
                                  QStringLiteral("赋码依据：%1").arg(r.basisText.trimmed()),
                                  r.type == Type::Case ? QStringLiteral("确诊") : QString());
    if (!id)
        return id.error();
    if (Status s = change.finish(); !s)
        return s.error();
    static const char *const reportKeys[] = {"case", "suspected", "close_contact", "co_traveller", "observation",
                                             "fever_clinic", "arrival", "manual"};
    QJsonObject after{{QStringLiteral("report"), QLatin1String(reportKeys[int(r.type)])},
                      {QStringLiteral("at"), time::format(r.at)},
                      {QStringLiteral("basis_kind"), basisKindKey(r.basisKind)},
                      {QStringLiteral("basis_ref"), r.basisRef.trimmed()},
                      {QStringLiteral("basis"), r.basisText.trimmed()}};
    if (id.value())
        after.insert(QStringLiteral("condition"), *id.value());
    if (r.type == Type::Manual)
        after.insert(QStringLiteral("approvers"), QJsonArray::fromStringList(r.approvers));
    if (Status s = audit.append(actor, QStringLiteral("condition.add"), holderObject(holderId), {}, after); !s)
        return s.error();
    return id.value();
}

Status HolderService::onlySourceMayLift(qint64 holderId, ConditionKind kind, qint64 at) const
{
    const QString own = Commission::load(m_db).division.left(2);
    if (own.size() != 2)
        return Ok{};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT source_department FROM condition WHERE holder_id = ? AND kind = ? AND start_at <= ?"
                             " AND (clear_at IS NULL OR clear_at > ?) AND source_division <> '' AND substr(source_division, 1, 2) <> ?"
                             " LIMIT 1"));
    for (const QVariant &v : QVariantList{holderId, int(kind), at, at, own})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (q.next())
        return Error::refused(tr("This condition was pushed by %1, which alone can lift it: file a 12345 ticket and forward it "
                                 "there; its answer ends the condition here.")
                                  .arg(q.value(0).toString()));
    return Ok{};
}

Status HolderService::end(qint64 holderId, ConditionEnd what, qint64 at, const QString &basisRef, const QString &actor,
                          AuditLog &audit)
{
    if (basisRef.trimmed().isEmpty())
        return Error::badInput(tr("Name the record this is based on (discharge summary, test result, …)."));
    if (Status s = authorize(actor, Permission::ReportCase, holderId, QStringLiteral("condition.end"), audit); !s)
        return s;
    const qint64 t = now();
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
    Transaction tx(m_db);
    HolderChange change(m_db, engine, actor, t, Commission::load(m_db));
    if (Status s = change.load(holderId, at); !s)
        return s;
    auto &tl = change.timeline();
    const auto kind = what == ConditionEnd::Discharge ? ConditionKind::Case
                      : what == ConditionEnd::RuledOut ? ConditionKind::Suspected
                                                       : ConditionKind::Observation;
    if (tl.activeOf(kind, at) < 0)
        return Error::refused(tr("The holder has no active %1 at %2.").arg(policy::conditionKindKey(kind), time::formatShort(at)));
    if (Status s = onlySourceMayLift(holderId, kind, at); !s) // another province's condition (issue 19)
        return s;
    const QString reason = what == ConditionEnd::Discharge ? QStringLiteral("痊愈出院")
                           : what == ConditionEnd::RuledOut ? QStringLiteral("排除")
                                                            : QStringLiteral("医学观察结束");
    if (what == ConditionEnd::Discharge)
        tl.discharge(at);
    else if (what == ConditionEnd::RuledOut)
        tl.ruledOut(at);
    else
        tl.observationEnd(at);
    const auto r = change.commit({}, reason, reason);
    if (!r)
        return r.error();
    if (Status s = change.finish(); !s)
        return s;
    if (Status s = audit.append(actor, QStringLiteral("condition.end"), holderObject(holderId), {},
                                {{QStringLiteral("kind"), policy::conditionKindKey(kind)},
                                 {QStringLiteral("at"), time::format(at)},
                                 {QStringLiteral("reason"), reason},
                                 {QStringLiteral("basis_ref"), basisRef.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Result<int> HolderService::voidKind(qint64 holderId, ConditionKind kind, qint64 at, const QString &basisRef,
                                    const QString &reason, const QString &actor, AuditLog &audit)
{
    if (basisRef.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return Error::badInput(tr("Voiding a condition needs the appeal decision it follows and a reason."));
    if (Status s = authorize(actor, Permission::DecideAppeal, holderId, QStringLiteral("condition.void"), audit); !s)
        return s.error();
    const qint64 t = now();
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
    Transaction tx(m_db);
    if (Status s = onlySourceMayLift(holderId, kind, at); !s) // another province's condition (issue 19)
        return s.error();
    HolderChange change(m_db, engine, actor, t, Commission::load(m_db));
    if (Status s = change.load(holderId, at); !s)
        return s.error();
    const int n = change.timeline().voidKind(at, kind);
    if (n == 0)
        return Error::refused(tr("The holder has no active %1 at %2.").arg(policy::conditionKindKey(kind), time::formatShort(at)));
    const QString why = QStringLiteral("作废（%1）：%2").arg(basisRef.trimmed(), reason.trimmed());
    if (const auto r = change.commit({}, why, why); !r)
        return r.error();
    if (Status s = change.finish(); !s)
        return s.error();
    if (Status s = audit.append(actor, QStringLiteral("condition.void"), holderObject(holderId), {},
                                {{QStringLiteral("kind"), policy::conditionKindKey(kind)},
                                 {QStringLiteral("at"), time::format(at)},
                                 {QStringLiteral("basis_ref"), basisRef.trimmed()},
                                 {QStringLiteral("reason"), reason.trimmed()},
                                 {QStringLiteral("voided"), n}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return n;
}

Result<std::optional<qint64>> HolderService::recordStay(qint64 holderId, const QString &division, const QString &address,
                                                        qint64 at, int minutes, const QString &actor, AuditLog &audit)
{
    const auto code = divcode::normalise(division);
    if (!code)
        return Error::badInput(tr("\"%1\" is not a division code (2, 4, 6, 9 or 12 digits).").arg(division));
    if (minutes < 0 || minutes > 60 * 24 * 30)
        return Error::badInput(tr("A stay lasts between 0 minutes and 30 days."));
    const qint64 t = now();
    const qint64 end = at + qint64(minutes) * 60;
    if (end > t + time::kSkew)
        return Error::badInput(tr("A stay cannot end in the future."));
    if (const auto why = time::outsideWindow(tr("The stay's start"), at, t))
        return Error::badInput(*why);
    if (Status s = authorize(actor, Permission::ReportCase, holderId, QStringLiteral("holder.stay"), audit); !s)
        return s.error();
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO stay(holder_id, division_code, address, at, minutes) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : QVariantList{holderId, *code, text(address.trimmed()), at, minutes})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::internal(QStringLiteral("INSERT INTO stay returned no id"));
    const qint64 stayId = q.value(0).toLongLong();
    q.finish();
    ResidenceReconciler areas(m_db, engine, actor, t, Commission::load(m_db));
    const auto steps = areas.levelSteps(*code, normaliseSubarea(address), at);
    if (!steps)
        return steps.error();
    const auto outcome = engine.stayOutcome(at, end, steps.value());
    std::optional<qint64> id;
    if (outcome) {
        HolderChange change(m_db, engine, actor, t, Commission::load(m_db));
        if (Status s = change.load(holderId, at); !s)
            return s.error();
        change.timeline().stay(outcome->start, outcome->kind, end);
        const auto r = change.commit({basisKindKey(BasisKind::ExposureRecord), QStringLiteral("stay:%1").arg(stayId),
                                      QStringLiteral("在风险区（%1）停留 %2 分钟").arg(*code).arg(minutes)},
                                     QStringLiteral("风险区停留"));
        if (!r)
            return r.error();
        if (Status s = change.finish(); !s)
            return s.error();
        id = r.value();
    }
    QJsonObject after{{QStringLiteral("stay"), stayId},
                      {QStringLiteral("division"), *code},
                      {QStringLiteral("at"), time::format(at)},
                      {QStringLiteral("minutes"), minutes}};
    if (outcome)
        after.insert(QStringLiteral("condition"), policy::conditionKindKey(outcome->kind));
    if (Status s = audit.append(actor, QStringLiteral("holder.stay"), holderObject(holderId), {}, after); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<TickReport> HolderService::tick(const QString &actor, AuditLog &audit)
{
    const qint64 t = now();
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
    Transaction tx(m_db);
    ColorUpdater updater(m_db, engine, actor, t);
    HolderScan scan(m_db, t, QStringLiteral("h.next_change_at <= ?"), {t}, QStringLiteral("h.id"));
    if (Status s = scan.run([&](HolderScan::Row &row) {
            return updater.apply(row.holder, row.conditions, QStringLiteral("时间推移（依据到期或申报超过有效期）"),
                                 std::nullopt, row.holder.nextChangeAt);
        });
        !s)
        return s.error();
    if (Status s = updater.flush(); !s)
        return s.error();
    TickReport report{updater.evaluated(), updater.changed()};
    if (report.changed > 0)
        if (Status s = audit.append(actor, QStringLiteral("holders.tick"), QStringLiteral("holders"), {},
                                    {{QStringLiteral("evaluated"), report.evaluated}, {QStringLiteral("changed"), report.changed}});
            !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<Holder> HolderService::lookup(qint64 holderId, const QString &actor, AuditLog &audit) const
{
    if (Status s = authorize(actor, Permission::LookupHolder, holderId, QStringLiteral("holder.lookup"), audit); !s)
        return s.error();
    return *HolderRepository(m_db).find(holderId);
}

Result<Holder> HolderService::reveal(qint64 holderId, const QString &purpose, const QString &actor, AuditLog &audit)
{
    const auto h = HolderRepository(m_db).find(holderId);
    if (!h)
        return Error::badInput(tr("No holder with id %1.").arg(holderId));
    if (purpose.trimmed().size() < 4)
        return Error::badInput(tr("State the purpose of seeing this holder's personal data (at least 4 characters)."));
    const Status allowed = Authorizer(m_db).require(actor, Permission::RevealPersonalData, h->homeDivision);
    Transaction tx(m_db);
    // Reads of personal data are audit entries; a refused one too, so attempts are visible.
    if (Status s = audit.append(actor, allowed ? QStringLiteral("holder.reveal") : QStringLiteral("holder.reveal_refused"),
                                holderObject(holderId), {},
                                {{QStringLiteral("purpose"), purpose.trimmed()},
                                 {QStringLiteral("holder"), h->maskedIdentity()}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (!allowed)
        return allowed.error();
    return *h;
}

policy::Evaluation HolderService::colorAt(qint64 holderId, qint64 t) const
{
    HolderRepository repo(m_db);
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
    const auto conds = repo.conditions(holderId);
    return engine.evaluateRange(conds, repo.lastDeclarationAt(holderId, t).value_or(policy::kNoDeclaration), t);
}

} // namespace hc
