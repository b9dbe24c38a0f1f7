#include "Roles.h"

#include <QCoreApplication>
#include <array>

namespace hc {

namespace {

const std::array<const char *, kRoleCount> kKeys = {"operator", "reviewer", "epidemiologist", "supervisor", "auditor",
                                                     "administrator"};

// The matrix, by role (docs/roles.md): least privilege, and no role both requests and approves alone.
bool grants(Role r, Permission p)
{
    using P = Permission;
    switch (r) {
    case Role::Operator:
        return p == P::LookupHolder || p == P::RegisterHolder || p == P::HotlineIntake || p == P::IssueCode;
    case Role::Reviewer:
        return p == P::LookupHolder || p == P::DecideAppeal || p == P::RevealPersonalData || p == P::IssueCode;
    case Role::Epidemiologist:
        return p == P::LookupHolder || p == P::ReportCase || p == P::BulkReassign || p == P::RevealPersonalData;
    case Role::Supervisor:
        return p == P::LookupHolder || p == P::DeclareArea || p == P::ManualOrder || p == P::Approve
            || p == P::RevealPersonalData || p == P::ExportUnmasked;
    case Role::Auditor: return p == P::ReadAudit || p == P::LookupHolder;
    case Role::Administrator: return p == P::ManageAccounts || p == P::ManageIssuer;
    }
    return false;
}

} // namespace

QString roleKey(Role r)
{
    return QString::fromLatin1(kKeys[size_t(r)]);
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (size_t i = 0; i < kKeys.size(); ++i)
        if (key == QLatin1String(kKeys[i]))
            return Role(i);
    return std::nullopt;
}

QString roleLabel(Role r)
{
    switch (r) {
    case Role::Operator: return QCoreApplication::translate("hc::Roles", "Operator");
    case Role::Reviewer: return QCoreApplication::translate("hc::Roles", "Reviewer");
    case Role::Epidemiologist: return QCoreApplication::translate("hc::Roles", "Epidemiologist");
    case Role::Supervisor: return QCoreApplication::translate("hc::Roles", "Supervisor");
    case Role::Auditor: return QCoreApplication::translate("hc::Roles", "Auditor");
    case Role::Administrator: return QCoreApplication::translate("hc::Roles", "Administrator");
    }
    return {};
}

RoleSet roleSetFromKeys(const QStringList &keys, QString *unknown)
{
    RoleSet set = 0;
    for (const QString &k : keys) {
        const auto r = roleFromKey(k.trimmed());
        if (!r) {
            if (unknown)
                *unknown = k;
            return 0;
        }
        set |= RoleSet(1u << unsigned(*r));
    }
    return set;
}

QStringList roleKeys(RoleSet roles)
{
    QStringList out;
    for (int i = 0; i < kRoleCount; ++i)
        if (roles & (1u << i))
            out << QString::fromLatin1(kKeys[size_t(i)]);
    return out;
}

bool roleGrants(Role r, Permission p)
{
    return grants(r, p);
}

bool Official::can(Permission p) const
{
    for (int i = 0; i < kRoleCount; ++i)
        if (has(Role(i)) && grants(Role(i), p))
            return true;
    return false;
}

QString permissionLabel(Permission p)
{
    using P = Permission;
    const char *text = "";
    switch (p) {
    case P::LookupHolder: text = QT_TRANSLATE_NOOP("hc::Roles", "look up holders"); break;
    case P::RegisterHolder: text = QT_TRANSLATE_NOOP("hc::Roles", "register holders and record declarations"); break;
    case P::HotlineIntake: text = QT_TRANSLATE_NOOP("hc::Roles", "file hotline tickets"); break;
    case P::DecideAppeal: text = QT_TRANSLATE_NOOP("hc::Roles", "decide appeals"); break;
    case P::ReportCase: text = QT_TRANSLATE_NOOP("hc::Roles", "report cases and exposures"); break;
    case P::BulkReassign: text = QT_TRANSLATE_NOOP("hc::Roles", "apply case-report batches"); break;
    case P::DeclareArea: text = QT_TRANSLATE_NOOP("hc::Roles", "declare risk areas"); break;
    case P::ManualOrder: text = QT_TRANSLATE_NOOP("hc::Roles", "request manual orders"); break;
    case P::Approve: text = QT_TRANSLATE_NOOP("hc::Roles", "approve as the second official"); break;
    case P::RevealPersonalData: text = QT_TRANSLATE_NOOP("hc::Roles", "reveal personal data"); break;
    case P::ExportUnmasked: text = QT_TRANSLATE_NOOP("hc::Roles", "authorise unmasked exports"); break;
    case P::ReadAudit: text = QT_TRANSLATE_NOOP("hc::Roles", "read the audit log"); break;
    case P::ManageAccounts: text = QT_TRANSLATE_NOOP("hc::Roles", "manage accounts"); break;
    case P::ManageIssuer: text = QT_TRANSLATE_NOOP("hc::Roles", "manage the commission, keys, trust list and policies"); break;
    case P::IssueCode: text = QT_TRANSLATE_NOOP("hc::Roles", "issue codes"); break;
    }
    return QCoreApplication::translate("hc::Roles", text);
}

} // namespace hc
