#pragma once
#include <QString>
#include <QStringList>
#include <optional>

namespace hc {

// The officials' roles (issue 4). Who may do what is decided here, in the core; the UI only reflects it.
enum class Role : quint8 { Operator, Reviewer, Epidemiologist, Supervisor, Auditor, Administrator };
constexpr int kRoleCount = 6;
using RoleSet = quint8; // bit (1 << role)

QString roleKey(Role r); // "operator", …: stable, in the database and the CLI
std::optional<Role> roleFromKey(const QString &key);
QString roleLabel(Role r); // translated
RoleSet roleSetFromKeys(const QStringList &keys, QString *unknown = nullptr);
QStringList roleKeys(RoleSet roles);

enum class Permission : quint8 {
    LookupHolder,        // read holders (masked)
    RegisterHolder,      // register or correct a holder, record declarations
    HotlineIntake,       // file 12345 tickets
    DecideAppeal,        // approve or reject appeals
    ReportCase,          // case reports, contacts, stays, single conditions with a basis
    BulkReassign,        // case-report batches
    DeclareArea,         // request a risk-area declaration, lift, national-list import
    ManualOrder,         // request a manual order
    Approve,             // second official of four-eyes (declarations, manual orders, big batches)
    RevealPersonalData,  // see one holder's full data, with a purpose
    ExportUnmasked,      // authorise an unmasked export
    ReadAudit,           // the audit log and reports
    ManageAccounts,      // accounts, roles, jurisdictions, unlocking
    ManageIssuer,        // the commission's identity, issuer keys, the trust list, policy versions
    IssueCode,           // show a holder's signed code
};
bool roleGrants(Role r, Permission p);
QString permissionLabel(Permission p); // translated, for refusals

// A signed-in official as the core sees them: roles and jurisdiction ("" = the whole country).
struct Official
{
    qint64 id = 0;
    QString username;
    QString displayName;
    RoleSet roles = 0;
    QString jurisdiction;

    bool has(Role r) const { return roles & (1u << unsigned(r)); }
    bool can(Permission p) const;
    // A division (or a holder's home) is inside the jurisdiction when its code starts with it.
    bool covers(const QString &division) const { return division.startsWith(jurisdiction); }
};

} // namespace hc
