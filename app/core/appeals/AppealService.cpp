#include "AppealService.h"
#include "Limits.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "CsvReader.h"
#include "Commission.h"
#include "Database.h"
#include "DivisionCode.h"
#include "DivisionRepository.h"
#include "HolderChange.h"
#include "HolderRepository.h"
#include "Outbox.h"
#include "PolicyStore.h"
#include "TextDecoder.h"
#include "TimeUtil.h"

#include <QBuffer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

namespace hc {

namespace {

const char *const kKindKeys[] = {"wrong_color", "wrong_source", "wrong_personal_data", "reapplication"};

QString ticketObject(const QString &number)
{
    return QStringLiteral("ticket:") + number;
}

const QString kColumns = QStringLiteral(
    "id, number, kind, holder_id, guardian_id, caller, callback_phone, complaint, state, decision, decision_reason,"
    " color_at_filing, deadline_at, assignee, forwarded_to, reply_text, replied_at, callback_outcome, callback_at, source,"
    " received_by, received_at, decided_at, closed_at");

Ticket ticketFrom(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.number = q.value(1).toString();
    t.kind = ticketKindFromKey(q.value(2).toString()).value_or(TicketKind::WrongColor);
    t.holderId = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        t.guardianId = q.value(4).toLongLong();
    t.caller = q.value(5).toString();
    t.callbackPhone = q.value(6).toString();
    t.complaint = q.value(7).toString();
    t.state = q.value(8).toString();
    t.decision = q.value(9).toString();
    t.decisionReason = q.value(10).toString();
    t.colorAtFiling = q.value(11).toInt();
    t.deadlineAt = q.value(12).toLongLong();
    t.assignee = q.value(13).toString();
    t.forwardedTo = q.value(14).toString();
    t.replyText = q.value(15).toString();
    t.repliedAt = q.value(16).toLongLong();
    t.callbackOutcome = q.value(17).toString();
    t.callbackAt = q.value(18).toLongLong();
    t.source = q.value(19).toString();
    t.receivedBy = q.value(20).toString();
    t.receivedAt = q.value(21).toLongLong();
    t.decidedAt = q.value(22).toLongLong();
    t.closedAt = q.value(23).toLongLong();
    return t;
}

} // namespace

QString ticketKindKey(TicketKind k)
{
    return QLatin1String(kKindKeys[int(k)]);
}

std::optional<TicketKind> ticketKindFromKey(const QString &key)
{
    for (int i = 0; i < 4; ++i)
        if (key == QLatin1String(kKindKeys[i]))
            return TicketKind(i);
    return std::nullopt;
}

QStringList AppealService::correctableFields(TicketKind kind)
{
    switch (kind) {
    case TicketKind::WrongColor: return {};
    case TicketKind::WrongSource: return {QStringLiteral("source_division")};
    case TicketKind::WrongPersonalData:
    case TicketKind::Reapplication: return {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("address")};
    }
    return {};
}

qint64 AppealService::now() const
{
    return m_clock.now().toSecsSinceEpoch();
}

std::optional<Ticket> AppealService::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ticket WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ticketFrom(q);
}

std::optional<Ticket> AppealService::findByNumber(const QString &number) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ticket WHERE number = ?"));
    q.addBindValue(number.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ticketFrom(q);
}

QList<Ticket> AppealService::queue(bool openOnly, int limit) const
{
    QList<Ticket> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ticket")
              + (openOnly ? QStringLiteral(" WHERE state <> 'closed'") : QString())
              + QStringLiteral(" ORDER BY deadline_at, id LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out << ticketFrom(q);
    return out;
}

QString TicketEvent::target() const
{
    // The fixed form this version writes, and the translations earlier ones stored (zh_CN, zh_TW).
    static const QRegularExpression assigned(QStringLiteral("^(?:assigned to |已分派给 |已分派給 )(\\S+)$"));
    static const QRegularExpression forwarded(QStringLiteral("^(?:forwarded to province |已转办省份 |已轉辦省份 )(\\d{2})(?:: |：)"));
    if (state == QLatin1String("assigned"))
        return assigned.match(note).captured(1);
    if (state == QLatin1String("forwarded"))
        return forwarded.match(note).captured(1);
    return {};
}

QString TicketEvent::text() const
{
    static const QRegularExpression forwarded(QStringLiteral("^(?:forwarded to province |已转办省份 |已轉辦省份 )\\d{2}(?:: |：)"));
    if (state == QLatin1String("assigned") && !target().isEmpty())
        return {};
    if (state == QLatin1String("forwarded")) {
        const auto m = forwarded.match(note);
        if (m.hasMatch())
            return note.mid(m.capturedEnd());
    }
    return note;
}

QString AppealService::maskedCallback(const Ticket &t)
{
    return mask::phone(t.callbackPhone);
}

Result<QString> AppealService::revealCallback(qint64 id, const QString &purpose, const QString &actor, AuditLog &audit)
{
    const auto t = find(id);
    if (!t)
        return Error::badInput(tr("No ticket %1.").arg(id));
    if (purpose.trimmed().size() < 4)
        return Error::badInput(tr("State the purpose of seeing the caller's callback number (at least 4 characters)."));
    const auto holder = HolderRepository(m_db).find(t->holderId);
    const QString division = holder ? holder->homeDivision : QString();
    // The intake calls the caller back; a reviewer (or anyone who may see personal data) may need to as well.
    const Authorizer auth(m_db);
    Status allowed = auth.require(actor, Permission::HotlineIntake, division);
    if (!allowed && auth.require(actor, Permission::RevealPersonalData, division))
        allowed = Ok{};
    Transaction tx(m_db);
    if (Status s = audit.append(actor, allowed ? QStringLiteral("appeal.reveal_callback") : QStringLiteral("appeal.reveal_callback_refused"),
                                ticketObject(t->number), {},
                                {{QStringLiteral("purpose"), purpose.trimmed()}, {QStringLiteral("phone"), maskedCallback(*t)}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (!allowed)
        return allowed.error();
    return t->callbackPhone;
}

QList<TicketEvent> AppealService::events(qint64 ticket) const
{
    QList<TicketEvent> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT at, actor, state, note FROM ticket_event WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticket);
    if (q.exec())
        while (q.next())
            out << TicketEvent{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

Result<TicketInput> AppealService::checkInput(const TicketInput &in) const
{
    TicketInput out = in;
    out.number = in.number.trimmed();
    out.caller = in.caller.trimmed();
    out.callbackPhone = in.callbackPhone.trimmed();
    out.complaint = in.complaint.trimmed();
    static const QRegularExpression numberRe(QStringLiteral("^[A-Za-z0-9-]{4,32}$"));
    if (!numberRe.match(out.number).hasMatch())
        return Error::badInput(tr("A ticket number has 4 to 32 letters, digits or '-'."));
    if (out.caller.isEmpty() || out.complaint.isEmpty())
        return Error::badInput(tr("A ticket needs the caller and what is wrong."));
    if (const auto why = limits::textProblem(tr("The caller"), out.caller, limits::kName))
        return Error::badInput(*why);
    if (const auto why = limits::textProblem(tr("The complaint"), out.complaint, limits::kComplaint, true))
        return Error::badInput(*why);
    static const QRegularExpression phoneRe(QStringLiteral(R"(^\+?[0-9-]{5,20}$)"));
    if (!phoneRe.match(out.callbackPhone).hasMatch())
        return Error::badInput(tr("\"%1\" is not a callback phone number.").arg(in.callbackPhone));
    if (!HolderRepository(m_db).find(in.holderId))
        return Error::badInput(tr("No holder with id %1.").arg(in.holderId));
    if (findByNumber(out.number))
        return Error::badInput(tr("Ticket %1 is already on file.").arg(out.number));
    if (in.guardianId) {
        bool bound = false;
        for (const auto &b : HolderRepository(m_db).bindings(in.holderId))
            bound = bound || (b.guardianId == *in.guardianId && b.dependentId == in.holderId);
        if (!bound)
            return Error::refused(tr("Holder %1 is not a bound guardian of holder %2: only a bound guardian files for a dependent.")
                                      .arg(*in.guardianId)
                                      .arg(in.holderId));
    }
    if (in.kind == TicketKind::Reapplication) {
        // 重新申请: once per person; a second one is refused with the date of the first.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT number, received_at FROM ticket WHERE holder_id = ? AND kind = 'reapplication'"
                                 " AND (decision IS NULL OR decision = 'approved') ORDER BY id LIMIT 1"));
        q.addBindValue(in.holderId);
        if (q.exec() && q.next())
            return Error::refused(tr("This person already re-applied on %1 (ticket %2); a re-application is allowed once.")
                                      .arg(time::formatShort(q.value(1).toLongLong()), q.value(0).toString()));
    }
    return out;
}

Result<qint64> AppealService::insert(const TicketInput &in, const QString &actor, AuditLog &audit)
{
    const auto holder = HolderRepository(m_db).find(in.holderId);
    const qint64 t = now();
    const policy::Policy pol = PolicyStore(m_db).inForce(t);
    const int hours = holder->color == policy::Color::Red ? pol.appealRedHours : pol.appealYellowHours;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO ticket(number, kind, holder_id, guardian_id, caller, callback_phone, complaint, state,"
                             " color_at_filing, deadline_at, source, received_by, received_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{in.number, ticketKindKey(in.kind), in.holderId, in.guardianId ? QVariant(*in.guardianId) : QVariant(),
                                          in.caller, in.callbackPhone, in.complaint, int(holder->color), t + qint64(hours) * 3600,
                                          text(in.source), actor, t})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    const Ticket ticket = *findByNumber(in.number);
    if (Status s = record(ticket, QStringLiteral("received"), in.complaint, actor, audit, {}, {}); !s)
        return s.error();
    return ticket.id;
}

Result<qint64> AppealService::file(const TicketInput &in, const QString &actor, AuditLog &audit)
{
    const auto checked = checkInput(in);
    if (!checked)
        return checked.error();
    const auto holder = HolderRepository(m_db).find(in.holderId);
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::HotlineIntake, holder->homeDivision, QStringLiteral("appeal.file"),
                                                   ticketObject(checked->number), audit);
        !s)
        return s.error();
    Transaction tx(m_db);
    const auto id = insert(*checked, actor, audit);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Result<AppealService::ImportReport> AppealService::importCsv(const QByteArray &bytes, bool validRowsOnly, const QString &actor,
                                                             AuditLog &audit)
{
    // Too large an export is refused before anything else (docs/limits.md).
    if (Status s = checkFileSize(bytes.size(), limits::kTicketFileBytes, tr("a 12345 export")); !s)
        return s.error();
    // The hotline system's usual headers, or the field keys.
    static const QList<QStringList> names{{QStringLiteral("number"), QStringLiteral("工单号"), QStringLiteral("工单编号")},
                                          {QStringLiteral("kind"), QStringLiteral("类型"), QStringLiteral("诉求类型")},
                                          {QStringLiteral("id_number"), QStringLiteral("身份证号"), QStringLiteral("证件号码")},
                                          {QStringLiteral("caller"), QStringLiteral("来电人"), QStringLiteral("来电人姓名")},
                                          {QStringLiteral("phone"), QStringLiteral("回访电话"), QStringLiteral("联系电话")},
                                          {QStringLiteral("complaint"), QStringLiteral("诉求内容"), QStringLiteral("问题描述")}};
    static const QHash<QString, TicketKind> words{{QStringLiteral("错码"), TicketKind::WrongColor},
                                                  {QStringLiteral("赋码错误"), TicketKind::WrongColor},
                                                  {QStringLiteral("来源地错误"), TicketKind::WrongSource},
                                                  {QStringLiteral("个人信息错误"), TicketKind::WrongPersonalData},
                                                  {QStringLiteral("重新申请"), TicketKind::Reapplication}};
    std::optional<Official> official;
    ImportReport report;
    std::vector<TicketInput> rows;
    // UTF-8 or GBK/GB18030, any of , ; TAB | as the delimiter: read a chunk at a time (CsvStream, the case
    // files' reader), each line within limits::kLineBytes and limits::kFields.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto readRows = [&](CsvStream &csv, bool gb18030) -> Status {
        report = ImportReport();
        rows.clear();
        ParsedFile &f = report.checked;
        f.format = QStringLiteral("csv");
        const auto delimiter = csv.openDetecting(gb18030);
        if (!delimiter)
            return delimiter.error();
        f.encoding = csv.encoding();
        f.delimiter = QString(QLatin1Char(*delimiter));
        const auto next = [&](QStringList &out) { return csv.nextStrings(out); };
        const auto first = next(f.header);
        if (!first)
            return first.error();
        if (!*first)
            return Error::badInput(tr("The file has no header line."));
        std::vector<int> col(names.size(), -1);
        for (int i = 0; i < f.header.size(); ++i)
            for (int k = 0; k < names.size(); ++k)
                if (names[k].contains(f.header[i].trimmed(), Qt::CaseInsensitive))
                    col[size_t(k)] = i;
        QStringList missing;
        for (int k = 0; k < names.size(); ++k)
            if (col[size_t(k)] < 0)
                missing << names[k].first();
        if (!missing.isEmpty())
            return Error::badInput(
                tr("No column holds %1 (the file has: %2).").arg(missing.join(QStringLiteral(", ")), f.header.join(QStringLiteral(", "))));
        if (!official) {
            auto o = Authorizer(m_db).official(actor);
            if (!o)
                return o.error();
            official = std::move(*o);
        }
        QSet<QString> numbers;
        QHash<qint64, qint64> reapplied; // holder → the line of its 重新申请 in this file: once per person, as file() has it
        // The bad rows are kept whole for the errors file; a file of nothing but bad rows (or of empty fields) is
        // refused once they would take more than kBadRowBytes, rather than held at 24 times its size.
        qint64 keptBytes = 0;
        QStringList row;
        for (;;) {
            if (keptBytes > limits::kBadRowBytes)
                return Error::badInput(tr("More than %1 rows are bad (the first at line %2: %3): this is not a usable 12345 "
                                          "export. Nothing was imported.")
                                           .arg(f.errors.size())
                                           .arg(f.errors.front().line)
                                           .arg(f.errors.front().reason));
            const auto more = next(row);
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (row.size() == 1 && row[0].trimmed().isEmpty())
                continue;
            ++report.records;
            auto bad = [&](const QString &why) {
                keptBytes += 64 + 32 * row.size();
                for (const QString &field : row)
                    keptBytes += 2 * field.size();
                f.errors.push_back({csv.line(), why, row});
            };
            if (row.size() != f.header.size()) {
                bad(tr("the row has %1 fields where the header has %2").arg(row.size()).arg(f.header.size()));
                continue;
            }
            auto get = [&](int k) { return row[col[size_t(k)]].trimmed(); };
            TicketInput in;
            in.number = get(0);
            const auto kind = ticketKindFromKey(get(1));
            if (!kind && !words.contains(get(1))) {
                bad(tr("kind \"%1\" is none of 错码, 来源地错误, 个人信息错误, 重新申请").arg(get(1)));
                continue;
            }
            in.kind = kind ? *kind : words.value(get(1));
            const auto holder = HolderRepository(m_db).findByIdNumber(IdType::Resident, get(2).toUpper());
            if (!holder) {
                bad(tr("no holder with ID number %1 is registered here").arg(mask::idNumber(get(2))));
                continue;
            }
            if (!official->covers(holder->homeDivision)) {
                bad(tr("holder %1 lives outside your jurisdiction").arg(mask::idNumber(get(2))));
                continue;
            }
            in.holderId = holder->id;
            in.caller = get(3);
            in.callbackPhone = get(4);
            in.complaint = get(5);
            in.source = QStringLiteral("import");
            if (numbers.contains(in.number)) {
                bad(tr("ticket %1 appears twice in the file").arg(in.number));
                continue;
            }
            if (in.kind == TicketKind::Reapplication && reapplied.contains(in.holderId)) {
                bad(tr("holder %1 re-applies a second time (line %2); a re-application is allowed once")
                        .arg(mask::idNumber(get(2)))
                        .arg(reapplied.value(in.holderId)));
                continue;
            }
            const auto checked = checkInput(in);
            if (!checked) {
                bad(checked.error().message);
                continue;
            }
            numbers.insert(in.number);
            if (in.kind == TicketKind::Reapplication)
                reapplied.insert(in.holderId, csv.line());
            rows.push_back(*checked);
        }
        if (csv.unclosedQuote())
            return Error::badInput(tr("Line %1: a quoted field is not closed; the file is cut off or not CSV.").arg(csv.line()));
        f.encoding = csv.encoding();
        return Ok{};
    };
    for (const bool gb18030 : {false, true}) {
        CsvStream csv(buffer);
        const Status read = readRows(csv, gb18030);
        if (!read && csv.needsGb18030() && !gb18030)
            continue; // UTF-8 until a byte said otherwise: GB18030 from the start
        if (!read)
            return read.error();
        break;
    }
    ParsedFile &f = report.checked;
    if (!f.errors.empty() && !validRowsOnly)
        return report; // nothing filed; the caller names the bad rows
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::HotlineIntake, {}, QStringLiteral("appeal.import"),
                                                   QStringLiteral("ticket:import"), audit);
        !s)
        return s.error();
    Transaction tx(m_db);
    for (const TicketInput &in : rows) {
        if (const auto id = insert(in, actor, audit); !id)
            return id.error();
        ++report.filed;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<Ticket> AppealService::step(qint64 id, const QStringList &from, const QString &action, Permission p, const QString &actor,
                                   AuditLog &audit) const
{
    const auto t = find(id);
    if (!t)
        return Error::badInput(tr("No ticket %1.").arg(id));
    const auto holder = HolderRepository(m_db).find(t->holderId);
    if (Status s = Authorizer(m_db).requireAudited(actor, p, holder ? holder->homeDivision : QString(), action,
                                                   ticketObject(t->number), audit);
        !s)
        return s.error();
    if (!from.contains(t->state))
        return Error::refused(tr("Ticket %1 is %2; this step needs it %3.").arg(t->number, t->state, from.join(QStringLiteral(" / "))));
    return *t;
}

Status AppealService::record(const Ticket &t, const QString &state, const QString &note, const QString &actor, AuditLog &audit,
                             const QString &sets, const QVariantList &binds)
{
    // Only from the state the step was checked against: run inside the step's write transaction, this refuses a
    // second official (or process) who read the same ticket before the first one's step committed.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE ticket SET state = ?%1 WHERE id = ? AND state = ?")
                  .arg(sets.isEmpty() ? QString() : QStringLiteral(", ") + sets));
    q.addBindValue(state);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(t.id);
    q.addBindValue(t.state);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::refused(tr("Ticket %1 was changed meanwhile by another official; nothing was changed. Open it again.").arg(t.number));
    q.prepare(QStringLiteral("INSERT INTO ticket_event(ticket_id, at, actor, state, note) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{t.id, now(), actor, state, text(note)})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    return audit.append(actor, QStringLiteral("appeal.") + state, ticketObject(t.number), {{QStringLiteral("state"), t.state}},
                        {{QStringLiteral("state"), state}, {QStringLiteral("kind"), ticketKindKey(t.kind)}, {QStringLiteral("note"), note}});
}

Status AppealService::assign(qint64 id, const QString &assignee, const QString &actor, AuditLog &audit)
{
    const auto t = step(id, {QStringLiteral("received"), QStringLiteral("assigned")}, QStringLiteral("appeal.assign"),
                        Permission::HotlineIntake, actor, audit);
    if (!t)
        return t.error();
    const auto holder = HolderRepository(m_db).find(t->holderId);
    if (Status s = Authorizer(m_db).require(assignee, Permission::DecideAppeal, holder->homeDivision); !s)
        return Error::refused(tr("%1 cannot review this ticket: %2").arg(assignee, s.error().message));
    Transaction tx(m_db);
    // The note in a fixed form, whatever the official's language: the event is put in words when shown (TicketEvent::target).
    if (Status s = record(*t, QStringLiteral("assigned"), QStringLiteral("assigned to %1").arg(assignee), actor, audit, QStringLiteral("assignee = ?"),
                          {assignee});
        !s)
        return s;
    return tx.commit();
}

Status AppealService::startReview(qint64 id, const QString &actor, AuditLog &audit)
{
    const auto t = step(id, {QStringLiteral("assigned")}, QStringLiteral("appeal.review"), Permission::DecideAppeal, actor, audit);
    if (!t)
        return t.error();
    if (t->assignee != actor)
        return Error::refused(tr("Ticket %1 is assigned to %2.").arg(t->number, t->assignee));
    Transaction tx(m_db);
    // Reassigning keeps the state "assigned": the assignee is read again under the write lock.
    if (const auto now = find(id); !now || now->assignee != actor)
        return Error::refused(tr("Ticket %1 was reassigned meanwhile; nothing was changed.").arg(t->number));
    if (Status s = record(*t, QStringLiteral("under_review"), {}, actor, audit, {}, {}); !s)
        return s;
    return tx.commit();
}

Status AppealService::correct(const Ticket &t, const TicketDecision &d, const QString &actor, AuditLog &audit, QJsonObject *summary)
{
    const qint64 at = now();
    const QString basis = QStringLiteral("12345 工单 %1：%2").arg(t.number, d.reason.trimmed());
    const auto holder = HolderRepository(m_db).find(t.holderId);
    if (t.kind == TicketKind::WrongColor) {
        if (d.voidConditions.empty())
            return Error::badInput(tr("Name the conditions the decision voids."));
        const QString province = Commission::load(m_db).division.left(2);
        for (const ConditionRecord &c : HolderRepository(m_db).conditions(t.holderId))
            if (std::find(d.voidConditions.begin(), d.voidConditions.end(), c.id) != d.voidConditions.end()
                && !c.sourceDivision.isEmpty() && !province.isEmpty() && !c.sourceDivision.startsWith(province)
                && (d.answeredBy.isEmpty() || !c.sourceDivision.startsWith(d.answeredBy)))
                return Error::refused(tr("Condition %1 was pushed by province %2, which alone can lift it: forward the ticket.")
                                          .arg(c.id)
                                          .arg(c.sourceDivision.left(2)));
        const policy::PolicyEngine engine(PolicyStore(m_db).inForce(at));
        HolderChange change(m_db, engine, actor, at, Commission::load(m_db));
        if (Status s = change.load(t.holderId, at); !s)
            return s;
        const int n = change.timeline().voidIds(at, d.voidConditions);
        if (n != int(d.voidConditions.size()))
            return Error::refused(tr("Only %1 of the %2 named conditions are active conditions of this holder.").arg(n).arg(d.voidConditions.size()));
        if (const auto r = change.commit({}, QStringLiteral("作废（%1）").arg(basis), QStringLiteral("作废（%1）").arg(basis)); !r)
            return r.error();
        if (Status s = change.finish(); !s)
            return s;
        QJsonArray ids;
        for (qint64 c : d.voidConditions)
            ids.append(c);
        summary->insert(QStringLiteral("voided"), ids);
        return Ok{};
    }
    if (t.kind == TicketKind::Reapplication) {
        QSqlQuery q(m_db); // re-filling the health information is a declaration
        q.prepare(QStringLiteral("INSERT INTO declaration(holder_id, at, symptoms) VALUES (?, ?, 0)"));
        q.addBindValue(t.holderId);
        q.addBindValue(at);
        if (Status s = exec(q); !s)
            return s;
    }
    if (d.corrections.isEmpty() && t.kind != TicketKind::Reapplication)
        return Error::badInput(tr("Name the fields the decision corrects."));
    const QStringList allowed = correctableFields(t.kind);
    QJsonObject fields;
    for (auto it = d.corrections.cbegin(); it != d.corrections.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return Error::badInput(tr("A %1 ticket does not correct \"%2\".").arg(ticketKindKey(t.kind), it.key()));
        QString value = it.value().trimmed();
        if (it.key() == QLatin1String("source_division")) {
            if (Status s = DivisionRepository(m_db).requireExists(value); !s)
                return s;
        } else if (it.key() == QLatin1String("name") && (value.isEmpty() || value.size() > 64)) {
            return Error::badInput(tr("A holder needs a name (at most 64 characters)."));
        }
        QSqlQuery q(m_db);
        // The old value stays in holder_correction (and, masked, in the audit entry).
        q.prepare(QStringLiteral("INSERT INTO holder_correction(holder_id, at, field, old_value, new_value, basis, actor)"
                                 " SELECT id, ?, ?, %1, ?, ?, ? FROM holder WHERE id = ?").arg(it.key()));
        for (const QVariant &v : QVariantList{at, it.key(), value, basis, actor, t.holderId})
            q.addBindValue(v);
        if (Status s = exec(q); !s)
            return s;
        q.prepare(QStringLiteral("UPDATE holder SET %1 = ?, updated_at = ?%2 WHERE id = ?")
                      .arg(it.key(), it.key() == QLatin1String("address") ? QStringLiteral(", address_key = ?") : QString()));
        q.addBindValue(value);
        q.addBindValue(at);
        if (it.key() == QLatin1String("address"))
            q.addBindValue(normaliseSubarea(value));
        q.addBindValue(t.holderId);
        if (Status s = exec(q); !s)
            return s;
        fields.insert(it.key(), it.key() == QLatin1String("source_division") ? QJsonValue(value) : QJsonValue(QStringLiteral("corrected")));
    }
    summary->insert(QStringLiteral("corrected"), fields);
    return Outbox(m_db, at, actor).append(QStringLiteral("holder.corrected"), QStringLiteral("holder:%1").arg(t.holderId),
                                   {{QStringLiteral("identity"), QString::fromLatin1(holder->codeIdentity.toHex())},
                                    {QStringLiteral("fields"), fields},
                                    {QStringLiteral("basis"), QStringLiteral("ticket:") + t.number}});
}

Result<QJsonObject> AppealService::decide(qint64 id, const TicketDecision &d, const QString &actor, AuditLog &audit)
{
    if (d.reason.trimmed().size() < 4)
        return Error::badInput(tr("A decision needs its reason in words (at least 4 characters)."));
    if (const auto why = limits::textProblem(tr("The reason"), d.reason.trimmed(), limits::kReason, true))
        return Error::badInput(*why);
    const auto t = step(id, {QStringLiteral("under_review"), QStringLiteral("forwarded")}, QStringLiteral("appeal.decide"),
                        Permission::DecideAppeal, actor, audit);
    if (!t)
        return t.error();
    Transaction tx(m_db);
    auto summary = decideInside(*t, d, actor, audit);
    if (!summary)
        return summary.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

Result<QJsonObject> AppealService::recordForwardedAnswer(const QString &number, const QString &province, bool approve,
                                                         const QString &reason, const QString &actor, AuditLog &audit)
{
    const auto t = findByNumber(number);
    if (!t)
        return Error::badInput(tr("No ticket %1.").arg(number));
    if (t->state != QLatin1String("forwarded") || t->forwardedTo != province)
        return Error::refused(tr("Ticket %1 is %2, not waiting for province %3.").arg(number, t->state, province));
    TicketDecision d{approve, reason, {}, {}, province};
    if (approve && t->kind == TicketKind::WrongColor)
        for (const ConditionRecord &c : HolderRepository(m_db).conditions(t->holderId))
            if (c.sourceDivision.startsWith(province) && c.statusAt(now()) == ConditionRecord::Status::Active)
                d.voidConditions.push_back(c.id);
    if (approve && t->kind == TicketKind::WrongColor && d.voidConditions.empty())
        d.approve = false, d.reason = tr("%1 (no active condition of province %2 is left to void)").arg(reason, province);
    return decideInside(*t, d, actor, audit);
}

Result<QJsonObject> AppealService::decideInside(const Ticket &t, const TicketDecision &d, const QString &actor, AuditLog &audit)
{
    QJsonObject summary{{QStringLiteral("decision"), d.approve ? QStringLiteral("approved") : QStringLiteral("rejected")}};
    if (!d.answeredBy.isEmpty())
        summary.insert(QStringLiteral("answered_by"), d.answeredBy);
    if (d.approve)
        if (Status s = correct(t, d, actor, audit, &summary); !s)
            return s.error();
    // The platform learns every decision, also one that leaves the color as it was (another condition holds it).
    const auto holder = HolderRepository(m_db).find(t.holderId);
    QJsonObject message = summary;
    message.insert(QStringLiteral("identity"), QString::fromLatin1(holder->codeIdentity.toHex()));
    message.insert(QStringLiteral("kind"), ticketKindKey(t.kind));
    if (Status s = Outbox(m_db, now(), actor).append(QStringLiteral("appeal.decided"), ticketObject(t.number), message); !s)
        return s.error();
    if (Status s = record(t, QStringLiteral("decided"), d.reason.trimmed(), actor, audit,
                          QStringLiteral("decision = ?, decision_reason = ?, decided_at = ?"),
                          {d.approve ? QStringLiteral("approved") : QStringLiteral("rejected"), d.reason.trimmed(), now()});
        !s)
        return s.error();
    return summary;
}

Status AppealService::forward(qint64 id, const QString &province, const QString &reason, const QString &actor, AuditLog &audit)
{
    if (province.size() != 2 || !divcode::isDigits(province))
        return Error::badInput(tr("The province is a 2-digit code."));
    const auto t = step(id, {QStringLiteral("under_review")}, QStringLiteral("appeal.forward"), Permission::DecideAppeal, actor, audit);
    if (!t)
        return t.error();
    const qint64 at = now();
    const auto holder = HolderRepository(m_db).find(t->holderId);
    const int hours = PolicyStore(m_db).inForce(at).appealForwardedHours;
    Transaction tx(m_db);
    if (Status s = Outbox(m_db, at, actor).append(QStringLiteral("appeal.forward"), ticketObject(t->number),
                                           {{QStringLiteral("province"), province},
                                            {QStringLiteral("identity"), QString::fromLatin1(holder->codeIdentity.toHex())},
                                            {QStringLiteral("kind"), ticketKindKey(t->kind)},
                                            {QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return s;
    if (Status s = record(*t, QStringLiteral("forwarded"), QStringLiteral("forwarded to province %1: %2").arg(province, reason.trimmed()), actor, audit,
                          QStringLiteral("forwarded_to = ?, deadline_at = ?"), {province, at + qint64(hours) * 3600});
        !s)
        return s;
    return tx.commit();
}

Status AppealService::reply(qint64 id, const QString &textIn, const QString &actor, AuditLog &audit)
{
    if (textIn.trimmed().isEmpty())
        return Error::badInput(tr("A reply needs its text."));
    if (const auto why = limits::textProblem(tr("The reply"), textIn.trimmed(), limits::kComplaint, true))
        return Error::badInput(*why);
    const auto t = step(id, {QStringLiteral("decided")}, QStringLiteral("appeal.reply"), Permission::HotlineIntake, actor, audit);
    if (!t)
        return t.error();
    Transaction tx(m_db);
    if (Status s = record(*t, QStringLiteral("replied"), textIn.trimmed(), actor, audit, QStringLiteral("reply_text = ?, replied_at = ?"),
                          {textIn.trimmed(), now()});
        !s)
        return s;
    return tx.commit();
}

Status AppealService::callback(qint64 id, const QString &outcome, const QString &actor, AuditLog &audit)
{
    if (outcome.trimmed().isEmpty())
        return Error::badInput(tr("Record how the callback went."));
    if (const auto why = limits::textProblem(tr("The callback's outcome"), outcome.trimmed(), limits::kComplaint, true))
        return Error::badInput(*why);
    const auto t = step(id, {QStringLiteral("replied")}, QStringLiteral("appeal.callback"), Permission::HotlineIntake, actor, audit);
    if (!t)
        return t.error();
    Transaction tx(m_db);
    if (Status s = record(*t, QStringLiteral("callback"), outcome.trimmed(), actor, audit,
                          QStringLiteral("callback_outcome = ?, callback_at = ?"), {outcome.trimmed(), now()});
        !s)
        return s;
    return tx.commit();
}

Status AppealService::close(qint64 id, const QString &actor, AuditLog &audit)
{
    const auto t = find(id);
    if (t && t->state != QLatin1String("callback"))
        return Error::refused(tr("Ticket %1 is %2: it closes only after its callback.").arg(t->number, t->state));
    const auto s0 = step(id, {QStringLiteral("callback")}, QStringLiteral("appeal.close"), Permission::HotlineIntake, actor, audit);
    if (!s0)
        return s0.error();
    Transaction tx(m_db);
    if (Status s = record(*s0, QStringLiteral("closed"), {}, actor, audit, QStringLiteral("closed_at = ?"), {now()}); !s)
        return s;
    return tx.commit();
}

} // namespace hc
