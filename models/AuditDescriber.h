#pragma once
#include "AuditLog.h"
#include "AuditNames.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace hc {

// One field of an entry as an official reads it: "状态：审核中 → 已决定".
struct AuditChange
{
    QString key;   // the stored key, for tests and tooltips only: never shown alone
    QString field; // in words: 状态, 身份证号
    QString before;
    QString after;
    bool inBefore = false;
    bool inAfter = false;
    bool remark = false; // a reason, note or purpose: the entry dialog shows it apart
    bool detail = false; // a hash or fingerprint: in the entry dialog, not on the row

    QString line() const;
};

// The audit log in an official's words (issue 18): actions, objects and the before/after JSON of an entry, field by
// field, with field names as words, enums translated, personal data masked and references by name. A table of the
// known fields per object kind; an unknown field still reads as "name: value", never as JSON. prepare() resolves
// what a page of entries refers to in bulk (AuditNames: one query per kind).
class AuditDescriber final
{
    Q_DECLARE_TR_FUNCTIONS(hc::AuditDescriber)
public:
    void reset(const QSqlDatabase &db);
    void prepare(const QSqlDatabase &db, const QList<AuditEntry> &entries);

    QString action(const QString &key) const;
    QString object(const QString &object) const;
    // The official by display name with the login beside it ("王主任 (wang)"); 系统, 全国平台 for the console's own actors.
    QString actor(const QString &login) const { return m_names.officials().precise(login); }
    QList<AuditChange> changes(const AuditEntry &e) const;
    QStringList lines(const AuditEntry &e) const;
    // The lines on one row: "状态：审核中 → 已决定；类型：来源地有误"; of a correction, only what it changed; no hashes.
    QString summary(const AuditEntry &e) const;
    QString remarks(const AuditEntry &e) const; // the reason, note or purpose, if any
    const AuditNames &names() const { return m_names; }

    // The kinds of values the field table knows.
    enum class Kind {
        Text, Count, Flag, Time, Division, Divisions, Official, Officials, Object, Objects, RiskLevel, Color, TicketState,
        TicketKind, ApprovalKind, BatchKind, Roles, ConditionKind, ConditionRef, ReportType, BasisKind, BasisRef, IdType,
        IdNumber, Phone, PersonName, Symptoms, Minutes, RiskSource, Origin, Decision, Action, ColumnMapping, Settings,
        ReportKind, Note, Jurisdiction, Unmatched
    };

private:
    QString value(Kind kind, const QJsonValue &v) const;
    QString generic(const QJsonValue &v) const;
    void collect(Kind kind, const QJsonValue &v, AuditNames::Wanted &wanted) const;
    void collectObject(const QString &object, AuditNames::Wanted &wanted) const;

    AuditNames m_names;
};

} // namespace hc
