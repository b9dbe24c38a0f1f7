#include "AuditDescriber.h"

#include "RecordedText.h"
#include "AppealService.h"
#include "AuditActions.h"
#include "CaseBatchModel.h"
#include "CaseColumns.h"
#include "CodeColors.h"
#include "IdNumber.h"
#include "Policy.h"
#include "RiskLevel.h"
#include "Roles.h"
#include "TicketQueueModel.h"
#include "TimeUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace hc {

namespace {

using Kind = AuditDescriber::Kind;


struct Field
{
    const char *objectKind; // nullptr: any object
    const char *key;
    const char *label;
    Kind kind;
    bool remark = false;
    bool detail = false; // long values (hashes) only in the entry's dialog, not on its row
};

// The fields entries carry, in the order an official reads them. An object kind's own meaning of a key comes first.
const Field kFields[] = {
    // Object kinds where a key means something of its own.
    {"ticket", "state", QT_TRANSLATE_NOOP("hc::AuditDescriber", "State"), Kind::TicketState},
    {"ticket", "kind", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Ticket kind"), Kind::TicketKind},
    {"ticket", "note", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Note"), Kind::Note, true},
    {"approval", "kind", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Request"), Kind::ApprovalKind},
    {"case_batch", "kind", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Batch kind"), Kind::BatchKind},
    {"column_mapping", "kind", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Batch kind"), Kind::BatchKind},
    {"holder", "kind", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Condition"), Kind::ConditionKind},
    {"holder", "name", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Name"), Kind::PersonName},
    {"commission", "name", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Commission"), Kind::Text},
    {"zone", "name", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Zone name"), Kind::Text},
    {"report", "kind", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Report"), Kind::ReportKind},
    {"policy", "id", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Policy"), Kind::Text},
    {"sync", "profile", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Security profile"), Kind::Text},
    {"issuer_key", "profile", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Algorithm"), Kind::Text},
    {"trust_key", "profile", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Algorithm"), Kind::Text},
    // Any object.
    {nullptr, "state", QT_TRANSLATE_NOOP("hc::AuditDescriber", "State"), Kind::TicketState},
    {nullptr, "level", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Risk level"), Kind::RiskLevel},
    {nullptr, "color", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Code color"), Kind::Color},
    {nullptr, "username", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Login"), Kind::Text},
    {nullptr, "display_name", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Display name"), Kind::Text},
    {nullptr, "admin", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Administrator"), Kind::Flag},
    {nullptr, "roles", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Roles"), Kind::Roles},
    {nullptr, "jurisdiction", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Jurisdiction"), Kind::Jurisdiction},
    {nullptr, "kind", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Kind"), Kind::Text},
    {nullptr, "name", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Name"), Kind::Text},
    {nullptr, "id_type", QT_TRANSLATE_NOOP("hc::AuditDescriber", "ID type"), Kind::IdType},
    {nullptr, "id_number", QT_TRANSLATE_NOOP("hc::AuditDescriber", "ID number"), Kind::IdNumber},
    {nullptr, "phone", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Phone"), Kind::Phone},
    {nullptr, "home_division", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Home division"), Kind::Division},
    {nullptr, "address", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Address"), Kind::Text},
    {nullptr, "source_division", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Source location"), Kind::Division},
    {nullptr, "guardian", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Guardian"), Kind::Object},
    {nullptr, "relation", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Relation"), Kind::Text},
    {nullptr, "holder", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Holder"), Kind::Text},
    {nullptr, "report", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Reported as"), Kind::ReportType},
    {nullptr, "condition", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Condition"), Kind::ConditionRef},
    {nullptr, "object", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Concerning"), Kind::Object},
    {nullptr, "summary", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Request text"), Kind::Text},
    {nullptr, "requested_by", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Requested by"), Kind::Official},
    {nullptr, "result", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Result"), Kind::Objects},
    {nullptr, "action", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Attempted operation"), Kind::Action},
    {nullptr, "at", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Time"), Kind::Time},
    {nullptr, "effective_from", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Effective from"), Kind::Time},
    {nullptr, "expires", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Valid until"), Kind::Time},
    {nullptr, "list_time", QT_TRANSLATE_NOOP("hc::AuditDescriber", "List time"), Kind::Time},
    {nullptr, "as_of", QT_TRANSLATE_NOOP("hc::AuditDescriber", "As of"), Kind::Time},
    {nullptr, "basis_kind", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Basis kind"), Kind::BasisKind},
    {nullptr, "basis", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Basis"), Kind::Text},
    {nullptr, "basis_ref", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Basis reference"), Kind::BasisRef},
    {nullptr, "source", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Declared by"), Kind::RiskSource},
    {nullptr, "symptoms", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Symptoms"), Kind::Symptoms},
    {nullptr, "stay", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Stay record"), Kind::Count},
    {nullptr, "division", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Division"), Kind::Division},
    {nullptr, "minutes", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Duration"), Kind::Minutes},
    {nullptr, "key", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Issuer key"), Kind::Text},
    {nullptr, "target", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Mapped to"), Kind::Object},
    {nullptr, "members", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Member divisions"), Kind::Divisions},
    {nullptr, "mapping", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Columns"), Kind::ColumnMapping},
    {nullptr, "file", QT_TRANSLATE_NOOP("hc::AuditDescriber", "File"), Kind::Text},
    {nullptr, "file_name", QT_TRANSLATE_NOOP("hc::AuditDescriber", "File"), Kind::Text},
    {nullptr, "records", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Rows read"), Kind::Count},
    {nullptr, "accepted", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Rows imported"), Kind::Count},
    {nullptr, "left_out", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Rows left out"), Kind::Count},
    {nullptr, "encoding", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Encoding"), Kind::Text},
    {nullptr, "entries", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Entries"), Kind::Count},
    {nullptr, "exact", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Matched exactly"), Kind::Count},
    {nullptr, "approximate", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Matched approximately"), Kind::Count},
    {nullptr, "unmatched", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Not matched"), Kind::Unmatched},
    {nullptr, "declared", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Areas declared"), Kind::Count},
    {nullptr, "lifted", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Areas lifted"), Kind::Count},
    {nullptr, "applied", QT_TRANSLATE_NOOP("hc::AuditDescriber", "In force"), Kind::Flag},
    {nullptr, "origin", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Obtained from"), Kind::Origin},
    {nullptr, "import", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Import no."), Kind::Count},
    {nullptr, "holders", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Holders"), Kind::Count},
    {nullptr, "cases", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Cases"), Kind::Count},
    {nullptr, "conditions", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Conditions written"), Kind::Count},
    {nullptr, "changed", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Colors changed"), Kind::Count},
    {nullptr, "already", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Already so"), Kind::Count},
    {nullptr, "no_effect", QT_TRANSLATE_NOOP("hc::AuditDescriber", "No effect"), Kind::Count},
    {nullptr, "outside_jurisdiction", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Outside the jurisdiction"), Kind::Count},
    {nullptr, "duplicates", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Duplicates"), Kind::Count},
    {nullptr, "unregistered_cases", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Cases not registered"), Kind::Count},
    {nullptr, "voided", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Voided"), Kind::Count},
    {nullptr, "restored", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Restored"), Kind::Count},
    {nullptr, "threshold", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Approval threshold"), Kind::Count},
    {nullptr, "rows", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Rows"), Kind::Count},
    {nullptr, "created", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Created"), Kind::Count},
    {nullptr, "updated", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Updated"), Kind::Count},
    {nullptr, "unchanged", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Unchanged"), Kind::Count},
    {nullptr, "added", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Divisions added"), Kind::Count},
    {nullptr, "masked", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Masked"), Kind::Flag},
    {nullptr, "scope", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Scope"), Kind::Jurisdiction},
    {nullptr, "id_prefix", QT_TRANSLATE_NOOP("hc::AuditDescriber", "ID number starts with"), Kind::Text},
    {nullptr, "name_prefix", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Name starts with"), Kind::Text},
    {nullptr, "evaluated", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Holders evaluated"), Kind::Count},
    {nullptr, "declarations", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Health declarations"), Kind::Count},
    {nullptr, "scans", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Venue scans"), Kind::Count},
    {nullptr, "days", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Days"), Kind::Count},
    {nullptr, "history", QT_TRANSLATE_NOOP("hc::AuditDescriber", "History rows"), Kind::Count},
    {nullptr, "consistent", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Consistent"), Kind::Flag},
    {nullptr, "seed", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Random seed"), Kind::Text},
    {nullptr, "failed_logins", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Failed sign-ins"), Kind::Count},
    {nullptr, "organisation", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Organisation"), Kind::Text},
    {nullptr, "keys", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Keys"), Kind::Count},
    {nullptr, "profile", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Profile"), Kind::Text},
    {nullptr, "console", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Console"), Kind::Text},
    {nullptr, "province", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Province"), Kind::Division},
    {nullptr, "platform", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Platform address"), Kind::Text},
    {nullptr, "pins", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Pinned platform keys"), Kind::Text},
    {nullptr, "credentials", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Credentials kept in"), Kind::Text},
    {nullptr, "ticket", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Ticket"), Kind::Text},
    {nullptr, "decision", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Decision"), Kind::Decision},
    {nullptr, "version", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Version"), Kind::Count},
    {nullptr, "parameters", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Parameters"), Kind::Settings},
    {nullptr, "signed_by", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Signed by"), Kind::Text},
    {nullptr, "approvers", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Four-eyes officials"), Kind::Officials},
    {nullptr, "approved_by", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Approved by"), Kind::Official},
    {nullptr, "purpose", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Purpose"), Kind::Text, true},
    {nullptr, "reason", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Reason"), Kind::Text, true},
    {nullptr, "note", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Note"), Kind::Note, true},
    {nullptr, "fingerprint", QT_TRANSLATE_NOOP("hc::AuditDescriber", "Key fingerprint"), Kind::Text, false, true},
    {nullptr, "sha256", QT_TRANSLATE_NOOP("hc::AuditDescriber", "SHA-256"), Kind::Text, false, true},
};
constexpr int kUnknownRank = int(std::size(kFields));

// The field and its place in reading order; nullptr for a key the table does not know.
std::pair<const Field *, int> fieldOf(const QString &objectKind, const QString &key)
{
    const Field *common = nullptr;
    int commonRank = kUnknownRank;
    for (int i = 0; i < kUnknownRank; ++i) {
        const Field &f = kFields[i];
        if (key != QLatin1String(f.key))
            continue;
        if (f.objectKind && objectKind == QLatin1String(f.objectKind))
            return {&f, i};
        if (!f.objectKind && !common) {
            common = &f;
            commonRank = i;
        }
    }
    return {common, commonRank};
}

// A key the table does not know, readable all the same: "level_3" → "Level 3 divisions", else words for the key.
QString unknownLabel(const QString &key)
{
    static const QRegularExpression level(QStringLiteral("^level_(\\d)$"));
    if (const auto m = level.match(key); m.hasMatch())
        return QCoreApplication::translate("hc::AuditDescriber", "Level %1 divisions").arg(m.captured(1));
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words;
}

QString objectKindOf(const QString &object)
{
    const qsizetype colon = object.indexOf(QLatin1Char(':'));
    return colon < 0 ? object : object.left(colon);
}

bool isNumber(const QJsonValue &v)
{
    return v.isDouble();
}

QString numberText(double d)
{
    if (std::abs(d) < 9e15 && d == double(qint64(d)))
        return QString::number(qint64(d));
    return QString::number(d);
}


std::optional<qint64> idOf(const QString &s)
{
    bool ok = false;
    const qint64 id = s.toLongLong(&ok);
    return ok ? std::optional(id) : std::nullopt;
}

QString approvalKindLabel(const QString &kind)
{
    if (kind == QLatin1String("national_import"))
        return QCoreApplication::translate("hc::AuditDescriber", "Import of the national list");
    if (kind == QLatin1String("risk_declaration"))
        return QCoreApplication::translate("hc::AuditDescriber", "Risk-area declaration");
    if (kind == QLatin1String("manual_order"))
        return QCoreApplication::translate("hc::AuditDescriber", "Manual order");
    if (kind == QLatin1String("case_batch"))
        return QCoreApplication::translate("hc::AuditDescriber", "Applying a case batch");
    if (kind == QLatin1String("account_admin"))
        return QCoreApplication::translate("hc::AuditDescriber", "Granting the administrator role");
    return kind;
}

QString stateLabel(const QString &state)
{
    // Tickets first (their words are the appeals pane's), then requests, batches and national imports.
    if (const QString t = TicketQueueModel::stateLabel(state); t != state)
        return t;
    if (state == QLatin1String("pending"))
        return QCoreApplication::translate("hc::AuditDescriber", "Waiting for approval");
    if (state == QLatin1String("approved"))
        return QCoreApplication::translate("hc::AuditDescriber", "Approved");
    if (state == QLatin1String("rejected"))
        return QCoreApplication::translate("hc::AuditDescriber", "Rejected");
    if (state == QLatin1String("withdrawn"))
        return QCoreApplication::translate("hc::AuditDescriber", "Withdrawn");
    if (state == QLatin1String("applied"))
        return QCoreApplication::translate("hc::AuditDescriber", "Applied");
    if (state == QLatin1String("reverted"))
        return QCoreApplication::translate("hc::AuditDescriber", "Reverted");
    if (state == QLatin1String("imported"))
        return QCoreApplication::translate("hc::AuditDescriber", "Imported, not applied");
    return state;
}

QString reportTypeLabel(const QString &key)
{
    using K = policy::ConditionKind;
    static const std::pair<const char *, K> types[] = {
        {"case", K::Case},          {"suspected", K::Suspected},         {"close_contact", K::CloseContact},
        {"co_traveller", K::CoTraveller}, {"observation", K::Observation}, {"fever_clinic", K::Symptoms},
        {"arrival", K::Arrival},    {"manual", K::Manual}};
    for (const auto &[k, kind] : types)
        if (key == QLatin1String(k))
            return conditionKindLabel(kind);
    return key;
}

QString symptomLabel(const QString &key)
{
    if (key == QLatin1String("fever"))
        return QCoreApplication::translate("hc::AuditDescriber", "Fever");
    if (key == QLatin1String("cough"))
        return QCoreApplication::translate("hc::AuditDescriber", "Cough");
    if (key == QLatin1String("diarrhoea"))
        return QCoreApplication::translate("hc::AuditDescriber", "Diarrhoea");
    return key;
}

QString reportKindLabel(const QString &key)
{
    if (key == QLatin1String("daily"))
        return QCoreApplication::translate("hc::AuditDescriber", "Daily report");
    if (key == QLatin1String("announcement"))
        return QCoreApplication::translate("hc::AuditDescriber", "Public announcement");
    if (key == QLatin1String("tickets"))
        return QCoreApplication::translate("hc::AuditDescriber", "12345 ticket report");
    if (key == QLatin1String("batch"))
        return QCoreApplication::translate("hc::AuditDescriber", "Case batch report");
    return key;
}

QString joined(const QStringList &items)
{
    return items.join(QCoreApplication::translate("hc::AuditDescriber", ", "));
}

} // namespace

QString AuditChange::line() const
{
    const QString none = QCoreApplication::translate("hc::AuditDescriber", "(none)");
    if (inBefore && inAfter && before != after)
        return QCoreApplication::translate("hc::AuditDescriber", "%1: %2 → %3").arg(field, before.isEmpty() ? none : before, after.isEmpty() ? none : after);
    if (inAfter)
        return QCoreApplication::translate("hc::AuditDescriber", "%1: %2").arg(field, after);
    return QCoreApplication::translate("hc::AuditDescriber", "%1: was %2").arg(field, before);
}

void AuditDescriber::reset(const QSqlDatabase &db)
{
    m_names.reset(db);
}

QString AuditDescriber::action(const QString &key) const
{
    return auditActionLabel(key);
}

void AuditDescriber::collectObject(const QString &object, AuditNames::Wanted &wanted) const
{
    const auto ref = RecordedText::reference(object);
    if (!ref)
        return;
    const auto &[kind, rest] = *ref;
    if (kind == QLatin1String("holder")) {
        if (const auto id = idOf(rest))
            wanted.holders.insert(*id);
    } else if (kind == QLatin1String("case_batch")) {
        if (const auto id = idOf(rest))
            wanted.batches.insert(*id);
    } else if (kind == QLatin1String("approval")) {
        if (const auto id = idOf(rest))
            wanted.approvals.insert(*id);
    } else if (kind == QLatin1String("risk_period")) {
        if (const auto id = idOf(rest))
            wanted.periods.insert(*id);
    } else if (kind == QLatin1String("risk_area") || kind == QLatin1String("holders") || kind == QLatin1String("division")
               || kind == QLatin1String("trust_key") || kind == QLatin1String("scan")) {
        wanted.divisions.insert(rest.section(QLatin1Char('/'), 0, 0));
    }
}

void AuditDescriber::collect(Kind kind, const QJsonValue &v, AuditNames::Wanted &wanted) const
{
    switch (kind) {
    case Kind::Division:
    case Kind::Jurisdiction:
        if (!v.toString().isEmpty())
            wanted.divisions.insert(v.toString());
        break;
    case Kind::Divisions:
        for (const QJsonValue &d : v.toArray())
            wanted.divisions.insert(d.toString());
        break;
    case Kind::Object: collectObject(v.toString(), wanted); break;
    case Kind::Objects:
    case Kind::BasisRef:
        for (const QString &token : v.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            collectObject(token, wanted);
        break;
    default: break;
    }
}

void AuditDescriber::prepare(const QSqlDatabase &db, const QList<AuditEntry> &entries)
{
    AuditNames::Wanted wanted;
    for (const AuditEntry &e : entries) {
        collectObject(e.object, wanted);
        const QString objectKind = objectKindOf(e.object);
        for (const QString *json : {&e.before, &e.after}) {
            const QJsonObject o = QJsonDocument::fromJson(json->toUtf8()).object();
            for (auto it = o.begin(); it != o.end(); ++it)
                if (const Field *f = fieldOf(objectKind, it.key()).first)
                    collect(f->kind, it.value(), wanted);
        }
    }
    m_names.resolve(db, wanted);
}

QString AuditDescriber::object(const QString &object) const
{
    const auto ref = RecordedText::reference(object);
    if (!ref) {
        if (object == QLatin1String("holders"))
            return tr("All holders");
        if (object == QLatin1String("commission"))
            return tr("The commission's identity");
        if (object == QLatin1String("sync"))
            return tr("Platform sync");
        if (object == QLatin1String("trust_list"))
            return tr("Trust list");
        if (object == QLatin1String("audit_log"))
            return tr("The audit log");
        if (object == QLatin1String("holder_color_delta"))
            return tr("Overview counts");
        return object; // a file name (a division tree imported)
    }
    const auto &[kind, rest] = *ref;
    if (kind == QLatin1String("account"))
        return m_names.officials().precise(rest);
    if (kind == QLatin1String("holder")) {
        if (rest == QLatin1String("new"))
            return tr("A new holder");
        const QString name = m_names.holder(idOf(rest).value_or(0));
        return name.isEmpty() ? tr("Holder no. %1").arg(rest) : name;
    }
    if (kind == QLatin1String("holders")) {
        const QString place = m_names.division(rest);
        return tr("Holders of %1").arg(place.isEmpty() ? rest : place);
    }
    if (kind == QLatin1String("risk_area") || kind == QLatin1String("division")) {
        const QString code = rest.section(QLatin1Char('/'), 0, 0);
        const QString sub = rest.section(QLatin1Char('/'), 1);
        QString place = m_names.division(code);
        if (place.isEmpty())
            place = code;
        return sub.isEmpty() ? place : place + QLatin1Char(' ') + sub;
    }
    if (kind == QLatin1String("risk_period")) {
        const QString words = m_names.period(idOf(rest).value_or(0));
        return words.isEmpty() ? tr("Risk-area declaration no. %1").arg(rest) : words;
    }
    if (kind == QLatin1String("ticket"))
        return tr("12345 ticket %1").arg(rest);
    if (kind == QLatin1String("case_batch")) {
        const auto b = m_names.batch(idOf(rest).value_or(0));
        if (!b)
            return tr("Case batch %1").arg(rest);
        if (b->kind == QLatin1String("cases") && !b->firstCase.isEmpty())
            return b->cases > 1 ? tr("Cases %1 and %n more (batch %2)", nullptr, b->cases - 1).arg(b->firstCase, rest)
                                : tr("Case %1 (batch %2)").arg(b->firstCase, rest);
        return tr("Verification records %1 (batch %2)").arg(b->fileName, rest);
    }
    if (kind == QLatin1String("approval")) {
        const auto a = m_names.approval(idOf(rest).value_or(0));
        return a ? tr("Request %1: %2").arg(rest, approvalKindLabel(a->kind)) : tr("Request %1").arg(rest);
    }
    if (kind == QLatin1String("national_list"))
        return tr("National list of %1").arg(rest);
    if (kind == QLatin1String("national_import"))
        return tr("Import %1 of the national list").arg(rest);
    if (kind == QLatin1String("issuer_key"))
        return tr("Issuer key %1").arg(rest);
    if (kind == QLatin1String("trust_key")) {
        const QString code = rest.section(QLatin1Char('/'), 0, 0);
        const QString place = m_names.division(code);
        return tr("Key %1 of %2").arg(rest.section(QLatin1Char('/'), 1), place.isEmpty() ? code : place);
    }
    if (kind == QLatin1String("policy"))
        return tr("Policy %1").arg(rest);
    if (kind == QLatin1String("zone"))
        return tr("Functional zone %1").arg(rest);
    if (kind == QLatin1String("mapping"))
        return tr("List name %1").arg(rest);
    if (kind == QLatin1String("column_mapping"))
        return tr("Column mapping %1").arg(rest);
    if (kind == QLatin1String("report"))
        return tr("Report %1").arg(rest);
    if (kind == QLatin1String("scan")) {
        const QString place = m_names.division(rest);
        return tr("Venue scan in %1").arg(place.isEmpty() ? rest : place);
    }
    if (kind == QLatin1String("case"))
        return tr("Case %1").arg(rest);
    if (kind == QLatin1String("line"))
        return tr("Line %1 of the report").arg(rest);
    return object;
}

QString AuditDescriber::generic(const QJsonValue &v) const
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double: return numberText(v.toDouble());
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << generic(item);
        return joined(items);
    }
    case QJsonValue::Object: {
        // Nested fields as "name: value" pairs, named like the entry's own.
        const QJsonObject o = v.toObject();
        QStringList pairs;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const Field *f = fieldOf(QString(), it.key()).first;
            pairs << tr("%1: %2").arg(f ? tr(f->label) : unknownLabel(it.key()), f ? value(f->kind, it.value()) : generic(it.value()));
        }
        return pairs.join(tr("; "));
    }
    default: return {};
    }
}

QString AuditDescriber::value(Kind kind, const QJsonValue &v) const
{
    if (v.isNull() || v.isUndefined())
        return {};
    const QString s = v.toString();
    switch (kind) {
    case Kind::Text: return generic(v);
    case Kind::Count: return isNumber(v) ? numberText(v.toDouble()) : generic(v);
    case Kind::Flag:
        if (v.isBool())
            return v.toBool() ? tr("Yes") : tr("No");
        return isNumber(v) ? (v.toDouble() != 0 ? tr("Yes") : tr("No")) : generic(v);
    case Kind::Time: {
        if (isNumber(v)) {
            const qint64 t = qint64(v.toDouble());
            return time::formatShort(t > 100'000'000'000LL ? t / 1000 : t); // milliseconds in some records
        }
        if (const auto t = time::parse(s, false))
            return time::formatShort(t->toSecsSinceEpoch());
        return s;
    }
    case Kind::Jurisdiction:
        if (v.isString() && s.isEmpty())
            return tr("The whole country");
        [[fallthrough]];
    case Kind::Division: {
        if (s.isEmpty())
            return generic(v);
        const QString name = m_names.division(s);
        return name.isEmpty() ? s : name;
    }
    case Kind::Divisions: {
        QStringList names;
        for (const QJsonValue &d : v.toArray())
            names << value(Kind::Division, d);
        return joined(names);
    }
    case Kind::Official: return m_names.officials().name(s);
    case Kind::Officials: {
        QStringList names;
        for (const QJsonValue &o : v.toArray())
            names << m_names.officials().name(o.toString());
        return joined(names);
    }
    case Kind::Object: return s.isEmpty() ? generic(v) : object(s);
    case Kind::Objects: {
        QStringList out;
        for (const QString &token : s.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            out << object(token);
        return joined(out);
    }
    case Kind::BasisRef: {
        // References in words; text between them stays as written.
        QStringList out;
        for (const QString &token : s.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            out << (RecordedText::reference(token) ? object(token) : token);
        return out.join(QLatin1Char(' '));
    }
    case Kind::RiskLevel: {
        const auto l = riskLevelFromKey(s);
        return l ? riskLevelLabel(*l) : generic(v);
    }
    case Kind::Color: {
        const auto c = policy::colorFromKey(s);
        return c ? colorLabel(*c) : generic(v);
    }
    case Kind::TicketState: return stateLabel(s);
    case Kind::TicketKind: {
        const auto k = ticketKindFromKey(s);
        return k ? TicketQueueModel::kindLabel(*k) : generic(v);
    }
    case Kind::ApprovalKind: return approvalKindLabel(s);
    case Kind::BatchKind:
        if (s == QLatin1String("cases"))
            return CaseBatchModel::kindLabel(BatchKind::Cases);
        if (s == QLatin1String("verifications"))
            return CaseBatchModel::kindLabel(BatchKind::Verifications);
        return generic(v);
    case Kind::Roles: {
        QStringList roles;
        for (const QJsonValue &r : v.toArray()) {
            const auto role = roleFromKey(r.toString());
            roles << (role ? roleLabel(*role) : r.toString());
        }
        return roles.isEmpty() ? tr("None") : joined(roles);
    }
    case Kind::ConditionKind: {
        const auto k = policy::conditionKindFromKey(s);
        return k ? conditionKindLabel(*k) : generic(v);
    }
    case Kind::ConditionRef: return isNumber(v) ? tr("No. %1").arg(numberText(v.toDouble())) : value(Kind::ConditionKind, v);
    case Kind::ReportType: return reportTypeLabel(s);
    case Kind::BasisKind: return basisKindLabel(s);
    case Kind::IdType:
        if (s == QLatin1String("resident"))
            return tr("Resident ID card");
        if (s == QLatin1String("passport"))
            return tr("Passport");
        return generic(v);
    // Personal data is masked in the log already; a value written unmasked is masked here all the same.
    case Kind::IdNumber: return s.contains(QLatin1Char('*')) ? s : mask::idNumber(s);
    case Kind::Phone: return s.contains(QLatin1Char('*')) ? s : mask::phone(s);
    case Kind::PersonName: return s.contains(QLatin1Char('*')) ? s : mask::name(s);
    case Kind::Symptoms: {
        QStringList out;
        for (const QJsonValue &x : v.toArray())
            out << symptomLabel(x.toString());
        return out.isEmpty() ? tr("None") : joined(out);
    }
    case Kind::Minutes: return isNumber(v) ? tr("%n minute(s)", nullptr, int(v.toDouble())) : generic(v);
    case Kind::RiskSource:
        if (s == QLatin1String("manual"))
            return tr("This commission");
        if (s == QLatin1String("national"))
            return tr("The national list");
        return generic(v);
    case Kind::Origin:
        if (s == QLatin1String("file"))
            return tr("A local file");
        if (s == QLatin1String("platform"))
            return tr("The national platform");
        return generic(v);
    case Kind::Decision: return TicketQueueModel::decisionLabel(s);
    case Kind::Action: return auditActionLabel(s);
    case Kind::ColumnMapping: {
        const QJsonObject o = v.toObject();
        QStringList pairs;
        for (auto it = o.begin(); it != o.end(); ++it)
            pairs << tr("%1 from column “%2”").arg(CaseColumns::aliases(it.key()).value(0, it.key()), it.value().toString());
        return pairs.join(tr("; "));
    }
    case Kind::Settings: return tr("%n setting(s)", nullptr, int(v.toObject().size()));
    case Kind::ReportKind: return reportKindLabel(s);
    case Kind::Note: {
        // A ticket assigned names the reviewer by login ("assigned to wang"), in whatever language it was written.
        for (const QString &pattern : {QStringLiteral("assigned to %1"), QCoreApplication::translate("hc::AppealService", "assigned to %1")}) {
            const QStringList parts = pattern.split(QStringLiteral("%1"));
            if (parts.size() != 2)
                continue;
            const QRegularExpression re(QLatin1Char('^') + QRegularExpression::escape(parts[0]) + QStringLiteral("(\\S+)")
                                        + QRegularExpression::escape(parts[1]) + QLatin1Char('$'));
            if (const auto m = re.match(s); m.hasMatch())
                return tr("Assigned to %1").arg(m_names.officials().precise(m.captured(1)));
        }
        return generic(v);
    }
    case Kind::Unmatched: return v.isArray() ? QString::number(v.toArray().size()) : generic(v);
    }
    return generic(v);
}

QList<AuditChange> AuditDescriber::changes(const AuditEntry &e) const
{
    const QJsonObject before = QJsonDocument::fromJson(e.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    const QString objectKind = objectKindOf(e.object);
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    struct Ranked
    {
        int rank;
        QString key;
        AuditChange change;
    };
    QList<Ranked> ranked;
    for (const QString &key : std::as_const(keys)) {
        const auto [field, rank] = fieldOf(objectKind, key);
        AuditChange c;
        c.key = key;
        c.field = field ? tr(field->label) : unknownLabel(key);
        c.remark = field && field->remark;
        c.detail = field && field->detail;
        c.inBefore = before.contains(key);
        c.inAfter = after.contains(key);
        const auto render = [&](const QJsonValue &v) { return field ? value(field->kind, v) : generic(v); };
        if (c.inBefore)
            c.before = render(before.value(key));
        if (c.inAfter)
            c.after = render(after.value(key));
        if (c.before.isEmpty() && c.after.isEmpty())
            continue; // nothing to read (an empty note)
        if (c.inAfter && c.after.isEmpty() && !c.inBefore)
            continue;
        ranked << Ranked{rank, key, c};
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.key < b.key;
    });
    QList<AuditChange> out;
    for (const Ranked &r : std::as_const(ranked))
        out << r.change;
    return out;
}

QStringList AuditDescriber::lines(const AuditEntry &e) const
{
    QStringList out;
    for (const AuditChange &c : changes(e))
        out << c.line();
    return out;
}

QString AuditDescriber::summary(const AuditEntry &e) const
{
    // On one row, a correction shows what it changed: the fields it kept the same are in the entry's dialog.
    const QList<AuditChange> all = changes(e);
    const auto same = [](const AuditChange &c) { return c.inBefore && c.inAfter && c.before == c.after; };
    const bool changedSome = std::any_of(all.cbegin(), all.cend(), [&same](const AuditChange &c) { return c.inBefore && !same(c); });
    QStringList out;
    for (const AuditChange &c : all)
        if ((!changedSome || !same(c)) && !c.detail)
            out << c.line();
    return out.join(tr("; "));
}

QString AuditDescriber::remarks(const AuditEntry &e) const
{
    QStringList out;
    for (const AuditChange &c : changes(e))
        if (c.remark)
            out << c.line();
    return out.join(QLatin1Char('\n'));
}

} // namespace hc
