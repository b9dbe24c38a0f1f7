#include "Migrations.h"
#include "Database.h"
#include "ColorTally.h"
#include "Crypto.h"
#include "DivisionImporter.h"
#include "Policy.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hc {

namespace {

// Runs a step's statements in order; the first failure stops it (the caller's transaction rolls the step back).
template <std::size_t N>
Status runAll(QSqlDatabase db, const char *const (&statements)[N])
{
    for (const char *statement : statements) {
        const QString text = QString::fromUtf8(statement);
        // SQLite's own bookkeeping (v10's sqlite_sequence) has no counterpart on PostgreSQL, which began at v12.
        if (sql::isPostgres(db) && text.contains(QLatin1String("sqlite_sequence")))
            continue;
        if (Status s = execSql(db, sql::ddl(db, text)); !s)
            return s;
    }
    return Ok{};
}

const char *const kV1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE division(code TEXT PRIMARY KEY, parent TEXT, level INTEGER NOT NULL, name TEXT NOT NULL)"
    " WITHOUT ROWID",
    // The secondary indexes of division are DivisionImporter::divisionIndexes(), rebuilt after bulk loads.
    "CREATE TABLE account(id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
    " salt BLOB NOT NULL, hash BLOB NOT NULL, iterations INTEGER NOT NULL, is_admin INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL, disabled INTEGER NOT NULL DEFAULT 0)",
    // An area is a division, optionally narrowed to one normalised sub-area text.
    "CREATE TABLE risk_area(id INTEGER PRIMARY KEY, division_code TEXT NOT NULL, subarea TEXT NOT NULL DEFAULT '',"
    " subarea_key TEXT NOT NULL DEFAULT '', UNIQUE(division_code, subarea_key))",
    // Each period is one level in force over [effective_from, effective_to); NULL = open-ended.
    "CREATE TABLE risk_period(id INTEGER PRIMARY KEY, area_id INTEGER NOT NULL REFERENCES risk_area(id),"
    " level INTEGER NOT NULL CHECK(level IN (1,2)), effective_from INTEGER NOT NULL, effective_to INTEGER,"
    " basis TEXT NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL, import_id INTEGER,"
    " declared_by TEXT NOT NULL, declared_at INTEGER NOT NULL, ended_by TEXT, ended_at INTEGER, end_reason TEXT,"
    " CHECK(effective_to IS NULL OR effective_to >= effective_from))",
    "CREATE INDEX risk_period_area ON risk_period(area_id, effective_from)",
    "CREATE INDEX risk_period_from ON risk_period(effective_from)",
    "CREATE TABLE national_import(id INTEGER PRIMARY KEY, list_time INTEGER NOT NULL, file_sha256 TEXT NOT NULL,"
    " entries INTEGER NOT NULL, exact INTEGER NOT NULL, approximate INTEGER NOT NULL, unmatched INTEGER NOT NULL,"
    " declared INTEGER NOT NULL, lifted INTEGER NOT NULL, applied INTEGER NOT NULL, imported_by TEXT NOT NULL,"
    " imported_at INTEGER NOT NULL)",
    "CREATE TABLE national_entry(id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES national_import(id),"
    " list_level TEXT NOT NULL, province TEXT NOT NULL, city TEXT NOT NULL, county TEXT NOT NULL,"
    " area_name TEXT NOT NULL, status TEXT NOT NULL, division_code TEXT, reason_kind INTEGER NOT NULL,"
    " reason_args TEXT NOT NULL, mapped INTEGER NOT NULL DEFAULT 0, communities TEXT NOT NULL)", // communities: JSON array of the list's text
    "CREATE INDEX national_entry_import ON national_entry(import_id, status)",
    "CREATE TABLE functional_zone(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, note TEXT NOT NULL DEFAULT '',"
    " created_by TEXT NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE TABLE functional_zone_member(zone_id INTEGER NOT NULL REFERENCES functional_zone(id),"
    " division_code TEXT NOT NULL, PRIMARY KEY(zone_id, division_code))",
    // A remembered answer for a (province, city, county) triple of the national list.
    "CREATE TABLE name_mapping(id INTEGER PRIMARY KEY, province TEXT NOT NULL, city TEXT NOT NULL,"
    " county TEXT NOT NULL, division_code TEXT, zone_id INTEGER REFERENCES functional_zone(id),"
    " created_by TEXT NOT NULL, created_at INTEGER NOT NULL, UNIQUE(province, city, county),"
    " CHECK((division_code IS NULL) <> (zone_id IS NULL)))",
    "CREATE TABLE audit_log(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
    " object TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
    "CREATE INDEX audit_log_action ON audit_log(action, id)",
    "CREATE TABLE audit_head(one INTEGER PRIMARY KEY CHECK(one = 1), last_id INTEGER NOT NULL,"
    " last_hash TEXT NOT NULL, entries INTEGER NOT NULL)",
};

// v2: holders, their conditions, declarations, stays and scans, color history, versioned policies,
// issuer keys and the trust list, and the outbox every change writes for the platform.
const char *const kV2[] = {
    "CREATE TABLE policy(id TEXT NOT NULL, version INTEGER NOT NULL, effective_from INTEGER NOT NULL,"
    " parameters TEXT NOT NULL, created_by TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY(id, version))",
    // One holder per ID number. Colors are materialised here for lists; conditions are the truth.
    "CREATE TABLE holder(id INTEGER PRIMARY KEY, id_type INTEGER NOT NULL, id_number TEXT NOT NULL,"
    " name TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '', home_division TEXT NOT NULL, address TEXT NOT NULL DEFAULT '',"
    " address_key TEXT NOT NULL DEFAULT '', source_division TEXT NOT NULL DEFAULT '', code_identity BLOB NOT NULL,"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, last_declaration_at INTEGER,"
    " color INTEGER NOT NULL, color_since INTEGER NOT NULL, next_change_at INTEGER, policy_version INTEGER NOT NULL)",
    "CREATE UNIQUE INDEX holder_id_number ON holder(id_number, id_type)",
    "CREATE INDEX holder_division ON holder(home_division, id)",
    "CREATE INDEX holder_color ON holder(color, home_division, id)",
    "CREATE INDEX holder_name ON holder(name, id)",
    "CREATE INDEX holder_code_identity ON holder(code_identity)",
    "CREATE INDEX holder_next_change ON holder(next_change_at) WHERE next_change_at IS NOT NULL",
    // Counts per color and county (first six digits of the home), kept with every color change.
    "CREATE TABLE holder_color_count(county TEXT NOT NULL, color INTEGER NOT NULL, n INTEGER NOT NULL,"
    " PRIMARY KEY(county, color)) WITHOUT ROWID",
    "CREATE TABLE holder_binding(guardian_id INTEGER NOT NULL REFERENCES holder(id),"
    " dependent_id INTEGER NOT NULL REFERENCES holder(id), relation TEXT NOT NULL, created_by TEXT NOT NULL,"
    " created_at INTEGER NOT NULL, PRIMARY KEY(guardian_id, dependent_id), CHECK(guardian_id <> dependent_id))",
    "CREATE INDEX holder_binding_dependent ON holder_binding(dependent_id)",
    "CREATE TABLE declaration(holder_id INTEGER NOT NULL, at INTEGER NOT NULL, symptoms INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX declaration_holder ON declaration(holder_id, at)",
    "CREATE TABLE stay(id INTEGER PRIMARY KEY, holder_id INTEGER NOT NULL, division_code TEXT NOT NULL,"
    " address TEXT NOT NULL DEFAULT '', at INTEGER NOT NULL, minutes INTEGER NOT NULL CHECK(minutes >= 0))",
    "CREATE INDEX stay_holder ON stay(holder_id, at)",
    "CREATE TABLE scan_record(id INTEGER PRIMARY KEY, holder_id INTEGER NOT NULL, venue_code TEXT NOT NULL,"
    " division_code TEXT NOT NULL, at INTEGER NOT NULL, color INTEGER NOT NULL)",
    "CREATE INDEX scan_record_holder ON scan_record(holder_id, at)",
    "CREATE INDEX scan_record_venue ON scan_record(venue_code, at)",
    // A reason for a color (赋码依据): kind, source, basis, start, how it clears, who did what.
    // clear_at is resolved (earliest of fixed_clear_at, voided_at and the declared-days rule); NULL = open.
    "CREATE TABLE condition(id INTEGER PRIMARY KEY, holder_id INTEGER NOT NULL REFERENCES holder(id),"
    " kind INTEGER NOT NULL, color INTEGER NOT NULL, start_at INTEGER NOT NULL, fixed_clear_at INTEGER,"
    " anchor_at INTEGER, days INTEGER NOT NULL DEFAULT 0, clear_at INTEGER, voided_at INTEGER,"
    " source_division TEXT NOT NULL, source_department TEXT NOT NULL, basis_kind TEXT NOT NULL,"
    " basis_ref TEXT NOT NULL, basis_text TEXT NOT NULL, risk_area_id INTEGER,"
    " created_by TEXT NOT NULL, created_at INTEGER NOT NULL, ended_by TEXT, end_reason TEXT,"
    " policy_version INTEGER NOT NULL)",
    "CREATE INDEX condition_holder ON condition(holder_id, clear_at)",
    // Every color change of a holder, with what caused it.
    "CREATE TABLE holder_history(id INTEGER PRIMARY KEY, holder_id INTEGER NOT NULL, at INTEGER NOT NULL,"
    " color_before INTEGER, color_after INTEGER NOT NULL, cause TEXT NOT NULL, condition_id INTEGER,"
    " actor TEXT NOT NULL, policy_version INTEGER NOT NULL)",
    "CREATE INDEX holder_history_holder ON holder_history(holder_id, id)",
    // Messages for the central platform, in order; the sync engine drains them.
    "CREATE TABLE outbox(seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, kind TEXT NOT NULL, object TEXT NOT NULL,"
    " payload TEXT NOT NULL, batch_id INTEGER)",
    "CREATE TABLE issuer_key(key_id TEXT PRIMARY KEY, profile TEXT NOT NULL, division TEXT NOT NULL,"
    " organisation TEXT NOT NULL, private_pem BLOB NOT NULL, public_pem BLOB NOT NULL, created_by TEXT NOT NULL,"
    " created_at INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1)",
    "CREATE TABLE trust_key(issuer_division TEXT NOT NULL, key_id TEXT NOT NULL, profile TEXT NOT NULL,"
    " organisation TEXT NOT NULL, public_pem BLOB NOT NULL, valid_from INTEGER NOT NULL DEFAULT 0, valid_to INTEGER,"
    " revoked INTEGER NOT NULL DEFAULT 0, added_by TEXT NOT NULL, added_at INTEGER NOT NULL,"
    " PRIMARY KEY(issuer_division, key_id))",
};

Status runV2(QSqlDatabase db)
{
    if (Status s = runAll(db, kV2); !s)
        return s;
    // The default policy of DOMAIN.md, version 1, in force from the start.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO policy VALUES ('default', 1, 0, ?, 'system', 0)"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(policy::Policy{}.parametersJson()).toJson(QJsonDocument::Compact)));
    if (Status s = exec(q); !s)
        return s;
    // The identity secret of segment A: only this database can link a code back to a person.
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('identity_secret', ?)"));
    q.addBindValue(QString::fromLatin1(crypto::randomBytes(32).toHex()));
    return exec(q);
}

// v3: roles and jurisdictions of officials, lockout, and the four-eyes approval requests.
const char *const kV3[] = {
    "ALTER TABLE account ADD COLUMN jurisdiction TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE account ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE account ADD COLUMN locked_at INTEGER",
    "ALTER TABLE account ADD COLUMN password_changed_at INTEGER",
    "CREATE TABLE account_role(account_id INTEGER NOT NULL REFERENCES account(id), role TEXT NOT NULL,"
    " PRIMARY KEY(account_id, role)) WITHOUT ROWID",
    "INSERT INTO account_role SELECT id, 'administrator' FROM account WHERE is_admin = 1",
    // A change that needs a second official: what was asked, by whom, and the decision.
    "CREATE TABLE approval(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, object TEXT NOT NULL, division TEXT NOT NULL,"
    " payload TEXT NOT NULL, summary TEXT NOT NULL, requested_by TEXT NOT NULL, requested_at INTEGER NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'pending' CHECK(status IN ('pending', 'approved', 'rejected', 'withdrawn')),"
    " decided_by TEXT, decided_at INTEGER, reason TEXT, result TEXT)",
    "CREATE INDEX approval_status ON approval(status, id)",
};

Status runV3(QSqlDatabase db)
{
    return runAll(db, kV3);
}

// v4: case-report and verification-record batches (issue 5): the rows as imported, the per-holder outcome of
// applying, the conditions a batch ended (restored on revert), saved column mappings; scans gain carriage and
// seat (trains and flights) and conditions the batch that wrote them.
const char *const kV4[] = {
    "ALTER TABLE scan_record ADD COLUMN carriage TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE scan_record ADD COLUMN seat TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE scan_record ADD COLUMN batch_id INTEGER",
    "CREATE INDEX scan_record_batch ON scan_record(batch_id) WHERE batch_id IS NOT NULL",
    "ALTER TABLE condition ADD COLUMN batch_id INTEGER",
    "CREATE INDEX condition_batch ON condition(batch_id) WHERE batch_id IS NOT NULL",
    "CREATE TABLE case_batch(id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK(kind IN ('cases', 'verifications')),"
    " file_name TEXT NOT NULL, file_sha256 TEXT NOT NULL, format TEXT NOT NULL, encoding TEXT NOT NULL,"
    " delimiter TEXT NOT NULL, records INTEGER NOT NULL, accepted INTEGER NOT NULL, left_out INTEGER NOT NULL,"
    " status TEXT NOT NULL CHECK(status IN ('imported', 'pending', 'applied', 'reverted')),"
    " imported_by TEXT NOT NULL, imported_at INTEGER NOT NULL, approval_id INTEGER, applied_by TEXT, applied_at INTEGER,"
    " reverted_by TEXT, reverted_at INTEGER, revert_reason TEXT, summary TEXT NOT NULL DEFAULT '{}',"
    " first_row INTEGER, last_row INTEGER)", // a batch's case_row ids: one transaction writes them consecutively
    "CREATE TABLE case_row(id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL, line INTEGER NOT NULL,"
    " case_ref TEXT NOT NULL, id_number TEXT NOT NULL, class TEXT NOT NULL, report_at INTEGER NOT NULL, discharge_at INTEGER,"
    " exposure TEXT NOT NULL, division TEXT NOT NULL, address TEXT NOT NULL, venue_code TEXT NOT NULL, from_at INTEGER,"
    " to_at INTEGER, transport TEXT NOT NULL, carriage TEXT NOT NULL, seat TEXT NOT NULL)",
    "CREATE TABLE batch_result(id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL, holder_id INTEGER NOT NULL,"
    " kind INTEGER NOT NULL, outcome TEXT NOT NULL, color_before INTEGER NOT NULL, color_after INTEGER NOT NULL,"
    " case_ref TEXT NOT NULL, line INTEGER NOT NULL, basis TEXT NOT NULL, condition_id INTEGER)",
    "CREATE INDEX batch_result_batch ON batch_result(batch_id, id)",
    "CREATE TABLE batch_ended(batch_id INTEGER NOT NULL, condition_id INTEGER NOT NULL, fixed_clear_at INTEGER,"
    " clear_at INTEGER, ended_by TEXT, end_reason TEXT, PRIMARY KEY(batch_id, condition_id)) WITHOUT ROWID",
    "CREATE TABLE column_mapping(kind TEXT NOT NULL, name TEXT NOT NULL, mapping TEXT NOT NULL, created_by TEXT NOT NULL,"
    " created_at INTEGER NOT NULL, PRIMARY KEY(kind, name)) WITHOUT ROWID",
};

Status runV4(QSqlDatabase db)
{
    return runAll(db, kV4);
}

// v5: 12345 hotline tickets (issue 6): the ticket with its state in the closed loop and its deadline, every step
// of it, and the corrections of a holder's fields an approved ticket made (the old value kept).
const char *const kV5[] = {
    "CREATE TABLE ticket(id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL CHECK(kind IN ('wrong_color', 'wrong_source', 'wrong_personal_data', 'reapplication')),"
    " holder_id INTEGER NOT NULL REFERENCES holder(id), guardian_id INTEGER REFERENCES holder(id),"
    " caller TEXT NOT NULL, callback_phone TEXT NOT NULL, complaint TEXT NOT NULL, disputed TEXT NOT NULL DEFAULT '{}',"
    " state TEXT NOT NULL CHECK(state IN ('received', 'assigned', 'under_review', 'decided', 'forwarded', 'replied',"
    " 'callback', 'closed')), decision TEXT CHECK(decision IN ('approved', 'rejected')), decision_reason TEXT,"
    " color_at_filing INTEGER NOT NULL, deadline_at INTEGER NOT NULL, assignee TEXT, forwarded_to TEXT,"
    " reply_text TEXT, replied_at INTEGER, callback_outcome TEXT, callback_at INTEGER, source TEXT NOT NULL,"
    " received_by TEXT NOT NULL, received_at INTEGER NOT NULL, decided_at INTEGER, closed_at INTEGER)",
    "CREATE INDEX ticket_open ON ticket(state, deadline_at)",
    "CREATE INDEX ticket_holder ON ticket(holder_id, kind)",
    "CREATE TABLE ticket_event(id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL REFERENCES ticket(id), at INTEGER NOT NULL,"
    " actor TEXT NOT NULL, state TEXT NOT NULL, note TEXT NOT NULL)",
    "CREATE INDEX ticket_event_ticket ON ticket_event(ticket_id, id)",
    "CREATE TABLE holder_correction(id INTEGER PRIMARY KEY, holder_id INTEGER NOT NULL REFERENCES holder(id),"
    " at INTEGER NOT NULL, field TEXT NOT NULL, old_value TEXT NOT NULL, new_value TEXT NOT NULL, basis TEXT NOT NULL,"
    " actor TEXT NOT NULL)",
    "CREATE INDEX holder_correction_holder ON holder_correction(holder_id, id)",
};

Status runV5(QSqlDatabase db)
{
    return runAll(db, kV5);
}

// v6: sync with the central platform (issue 7): who changed what in each outbox message, the platform settings
// (no secrets: passphrases live in the keychain), frozen signed batches with their receipts, feed cursors, the
// inbox of received signed batches, and tickets other provinces forwarded here.
const char *const kV6[] = {
    "ALTER TABLE outbox ADD COLUMN actor TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE sync_config(one INTEGER PRIMARY KEY CHECK(one = 1), platform_url TEXT NOT NULL, console_id TEXT NOT NULL,"
    " province TEXT NOT NULL, organisation TEXT NOT NULL, profile TEXT NOT NULL CHECK(profile IN ('intl', 'sm')),"
    " ca_pem BLOB NOT NULL, pins TEXT NOT NULL, credentials BLOB, credentials_sha256 TEXT NOT NULL,"
    " batch_events INTEGER NOT NULL, timeout_ms INTEGER NOT NULL, configured_by TEXT NOT NULL, configured_at INTEGER NOT NULL)",
    // body and receipt are kept zlib-compressed (qCompress): a million changes are 450 MB of signed JSON, 50 MB so.
    "CREATE TABLE sync_batch(id INTEGER PRIMARY KEY, batch_uuid TEXT NOT NULL UNIQUE, seq_from INTEGER NOT NULL,"
    " seq_to INTEGER NOT NULL, events INTEGER NOT NULL, body BLOB NOT NULL, content_type TEXT NOT NULL,"
    " sha256 TEXT NOT NULL, prev_hash TEXT NOT NULL, created_at INTEGER NOT NULL, oldest_at INTEGER NOT NULL,"
    " state TEXT NOT NULL CHECK(state IN ('frozen', 'delivered')), attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at INTEGER NOT NULL, last_attempt_at INTEGER, last_error TEXT, receipt BLOB, receipt_at TEXT,"
    " delivered_at INTEGER, accepted INTEGER, duplicates INTEGER, rejected INTEGER, exported_at INTEGER)",
    "CREATE INDEX sync_batch_state ON sync_batch(state, id)",
    "CREATE TABLE sync_rejected(batch_id INTEGER NOT NULL, seq INTEGER NOT NULL, event_id TEXT NOT NULL, reason TEXT NOT NULL)",
    "CREATE TABLE sync_feed(feed TEXT PRIMARY KEY, cursor INTEGER NOT NULL DEFAULT 0, items INTEGER NOT NULL DEFAULT 0,"
    " last_pull_at INTEGER, last_error TEXT)",
    "CREATE TABLE sync_state(one INTEGER PRIMARY KEY CHECK(one = 1), last_attempt_at INTEGER, last_success_at INTEGER,"
    " last_error TEXT, last_error_at INTEGER, online INTEGER NOT NULL DEFAULT 0)",
    "INSERT INTO sync_state(one) VALUES (1)",
    "CREATE TABLE inbox(id INTEGER PRIMARY KEY, batch_uuid TEXT NOT NULL UNIQUE, feed TEXT NOT NULL, feed_seq INTEGER NOT NULL,"
    " originator TEXT NOT NULL, sha256 TEXT NOT NULL, body BLOB NOT NULL, received_at INTEGER NOT NULL, result TEXT NOT NULL)",
    "CREATE TABLE forward_request(id INTEGER PRIMARY KEY, inbox_id INTEGER NOT NULL, origin_console TEXT NOT NULL,"
    " origin_province TEXT NOT NULL, origin_ticket TEXT NOT NULL, identity TEXT NOT NULL, kind TEXT NOT NULL,"
    " reason TEXT NOT NULL, received_at INTEGER NOT NULL, state TEXT NOT NULL CHECK(state IN ('open', 'answered')),"
    " decision TEXT, answer TEXT, answered_by TEXT, answered_at INTEGER, UNIQUE(origin_console, origin_ticket))",
};

Status runV6(QSqlDatabase db)
{
    return runAll(db, kV6);
}

// v7: the overview's and reports' counts (issue 14): the net change of holders per county, color and day (and
// hour, for the last days), kept with every color change beside holder_color_count; filled from the history.
const char *const kV7[] = {
    // Keyed by county first: a jurisdiction's figures are a seek per county, whatever the size of the country.
    "CREATE TABLE holder_color_day(county TEXT NOT NULL, day INTEGER NOT NULL, color INTEGER NOT NULL,"
    " n INTEGER NOT NULL, PRIMARY KEY(county, day, color)) WITHOUT ROWID",
    "CREATE TABLE holder_color_delta(county TEXT NOT NULL, hour INTEGER NOT NULL, color INTEGER NOT NULL,"
    " n INTEGER NOT NULL, PRIMARY KEY(county, hour, color)) WITHOUT ROWID",
    "CREATE INDEX ticket_received ON ticket(received_at)",
    "CREATE INDEX case_batch_applied ON case_batch(applied_at) WHERE applied_at IS NOT NULL",
};

Status runV7(QSqlDatabase db)
{
    if (Status s = runAll(db, kV7); !s)
        return s;
    if (auto r = ColorTally::rebuild(db, QDateTime::currentSecsSinceEpoch()); !r)
        return r.error();
    return Ok{};
}

// Issue 15: the residents of a community named by a national list, found by their address without reading
// the rest of the street (set-wise residence reconciliation).
const char *const kV8[] = {
    "CREATE INDEX IF NOT EXISTS holder_address ON holder(address_key, home_division)",
};

Status runV8(QSqlDatabase db)
{
    return runAll(db, kV8);
}

// v9 (issue 15): the live conditions of a holder found from the index alone. Bulk scans (HolderScan) keep a
// holder's conditions not yet cleared, not yet started, or (residence reconciliation) of a residence kind still
// running; with the clear time alone in the index, every voided or ended condition cost a read of its table row to
// test the rest, and batches applied and reverted leave millions of them. The same index, covering those columns.
const char *const kV9[] = {
    "DROP INDEX IF EXISTS condition_holder",
    "CREATE INDEX condition_holder ON condition(holder_id, clear_at, start_at, kind, fixed_clear_at)",
};

Status runV9(QSqlDatabase db)
{
    return runAll(db, kV9);
}

// v10 (issue 15): voided conditions move to condition_voided. A batch applied and reverted leaves a voided
// condition per holder it named; kept in `condition`, millions of them widened condition_holder for every later
// declaration and batch over the same holders. They never count for a color from their voiding on, so the live
// table keeps only conditions that can; provenance (a holder's card, colorAt, batch results) reads both.
// AUTOINCREMENT: the moved rows are often the newest, and their ids must never be handed out again.
#define HC_CONDITION_COLUMNS                                                                                               \
    " holder_id INTEGER NOT NULL REFERENCES holder(id), kind INTEGER NOT NULL, color INTEGER NOT NULL,"                 \
    " start_at INTEGER NOT NULL, fixed_clear_at INTEGER, anchor_at INTEGER, days INTEGER NOT NULL DEFAULT 0,"          \
    " clear_at INTEGER, voided_at INTEGER, source_division TEXT NOT NULL, source_department TEXT NOT NULL,"            \
    " basis_kind TEXT NOT NULL, basis_ref TEXT NOT NULL, basis_text TEXT NOT NULL, risk_area_id INTEGER,"             \
    " created_by TEXT NOT NULL, created_at INTEGER NOT NULL, ended_by TEXT, end_reason TEXT,"                          \
    " policy_version INTEGER NOT NULL, batch_id INTEGER)"
const char *const kV10[] = {
    "CREATE TABLE condition_v10(id INTEGER PRIMARY KEY AUTOINCREMENT," HC_CONDITION_COLUMNS,
    "CREATE TABLE condition_voided(id INTEGER PRIMARY KEY," HC_CONDITION_COLUMNS,
    "INSERT INTO condition_v10 SELECT * FROM condition WHERE voided_at IS NULL ORDER BY id",
    "INSERT INTO condition_voided SELECT * FROM condition WHERE voided_at IS NOT NULL ORDER BY id",
    "CREATE TEMP TABLE condition_top AS SELECT COALESCE(MAX(id), 0) AS id FROM condition",
    "DROP TABLE condition",
    "ALTER TABLE condition_v10 RENAME TO condition",
    "DELETE FROM sqlite_sequence WHERE name = 'condition'",
    "INSERT INTO sqlite_sequence(name, seq) SELECT 'condition', id FROM temp.condition_top",
    "DROP TABLE temp.condition_top",
    "CREATE INDEX condition_holder ON condition(holder_id, clear_at, start_at, kind, fixed_clear_at)",
    "CREATE INDEX condition_batch ON condition(batch_id) WHERE batch_id IS NOT NULL",
    "CREATE INDEX condition_voided_holder ON condition_voided(holder_id, start_at)",
    "CREATE INDEX condition_voided_batch ON condition_voided(batch_id) WHERE batch_id IS NOT NULL",
};
#undef HC_CONDITION_COLUMNS

Status runV10(QSqlDatabase db)
{
    return runAll(db, kV10);
}

// v11 (issue 16): a national list imported from a file is a request until a second supervisor approves it, is marked
// as local, and can be reverted. `origin` says where a list came from (file, platform); `state` where it stands
// (pending, applied, older, rejected, withdrawn, reverted); `content` keeps a local file's bytes, so that the
// approval applies exactly the list whose SHA-256 the request showed; national_change records each area an import
// changed (the period it ended and when that period was to end, the period it opened), which is what a revert restores.
const char *const kV11[] = {
    "ALTER TABLE national_import ADD COLUMN origin TEXT NOT NULL DEFAULT 'file'",
    "UPDATE national_import SET origin = 'platform' WHERE imported_by LIKE 'platform:%'",
    "ALTER TABLE national_import ADD COLUMN state TEXT NOT NULL DEFAULT 'applied'",
    "UPDATE national_import SET state = 'older' WHERE applied = 0",
    "ALTER TABLE national_import ADD COLUMN file_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE national_import ADD COLUMN content BLOB",
    "CREATE TABLE national_change(import_id INTEGER NOT NULL REFERENCES national_import(id),"
    " area_id INTEGER NOT NULL REFERENCES risk_area(id), ended_period INTEGER REFERENCES risk_period(id),"
    " ended_until INTEGER, opened_period INTEGER REFERENCES risk_period(id))",
    "CREATE INDEX national_change_import ON national_change(import_id)",
};

Status runV11(QSqlDatabase db)
{
    return runAll(db, kV11);
}

// v12 (issue 16): audit anchors outside the workstation. Each sync batch carries the audit head at its freezing
// (PROTOCOL.md auditHead: the last entry's id and hash), kept beside the batch; the platform's signed receipt repeats
// it, and audit_anchor lists the heads so countersigned (the receipt itself stays in sync_batch.receipt), which
// `audit verify` checks the log against (app/sync/AuditAnchors). Written to run again over a database that already
// has them (tests rebuild older shapes from a current database).
Status runV12(QSqlDatabase db)
{
    const QStringList cols = sql::columns(db, QStringLiteral("sync_batch"));
    if (cols.isEmpty())
        return Error::internal(QCoreApplication::translate("hc::Migrations", "cannot read the columns of sync_batch"));
    const bool hasSeq = cols.contains(QLatin1String("audit_seq"));
    const bool hasHash = cols.contains(QLatin1String("audit_hash"));
    QStringList sql;
    if (!hasSeq)
        sql << QStringLiteral("ALTER TABLE sync_batch ADD COLUMN audit_seq INTEGER");
    if (!hasHash)
        sql << QStringLiteral("ALTER TABLE sync_batch ADD COLUMN audit_hash TEXT");
    sql << QStringLiteral("CREATE TABLE IF NOT EXISTS audit_anchor(batch_id INTEGER PRIMARY KEY REFERENCES sync_batch(id),"
                          " seq INTEGER NOT NULL, hash TEXT NOT NULL, receipt_at TEXT NOT NULL)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS audit_anchor_seq ON audit_anchor(seq)");
    for (const QString &q : sql)
        if (Status s = execSql(db, sql::ddl(db, q)); !s)
            return s;
    return Ok{};
}

// Case rows are always written with their id (CaseBatchImport numbers them under the writer lock), and on the server
// a row trigger makes COPY insert them one at a time: without it the case import goes at COPY's pace (issue 17).
Status runV13(QSqlDatabase db)
{
    if (!sql::isPostgres(db))
        return Ok{};
    return execSql(db, QStringLiteral("DROP TRIGGER IF EXISTS case_row_next_id ON case_row;"
                                      " DROP FUNCTION IF EXISTS hc_next_id_case_row()"));
}

// The id triggers read the largest id once per transaction instead of once per row (sql::idFunction): their
// functions are replaced, the triggers stay.
Status runV14(QSqlDatabase db)
{
    if (!sql::isPostgres(db))
        return Ok{};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT c.relname, a.attname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                               " JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary"
                               " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]"
                               " WHERE t.tgname = c.relname || '_next_id' AND c.relnamespace = current_schema()::regnamespace")))
        return sqlError(q.lastError(), q.lastQuery(), db.driver());
    QList<std::pair<QString, QString>> tables;
    while (q.next())
        tables.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[table, column] : tables)
        if (Status s = execSql(db, sql::idFunction(table, column)); !s)
            return s;
    return Ok{};
}

struct Step
{
    int version;
    Status (*run)(QSqlDatabase db);
};

// v15 (issue 19): contact hand-offs between commissions (协查). Out: the people a batch names who live in another
// province, kept here as the case file and the holder table gave them, sealed to the receiver when the platform's
// directory names it. In: what another commission handed over (decrypted), waiting for an epidemiologist.
const char *const kV15[] = {
    "CREATE TABLE IF NOT EXISTS handoff(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
    " direction TEXT NOT NULL CHECK(direction IN ('out', 'in')),"
    " batch_id INTEGER, peer_province TEXT NOT NULL, peer_division TEXT NOT NULL,"
    " peer_console TEXT NOT NULL DEFAULT '', peer_commission TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL CHECK(state IN ('pending', 'sent', 'received', 'accepted', 'partly_accepted', 'declined',"
    " 'withdrawn')),"
    " people INTEGER NOT NULL, accepted INTEGER NOT NULL DEFAULT 0, declined INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL, created_by TEXT NOT NULL, deadline_at INTEGER NOT NULL,"
    " sent_at INTEGER, answered_at INTEGER, answered_by TEXT, reason TEXT, recipient_sha256 TEXT,"
    " inbox_id INTEGER, local_batch_id INTEGER, case_refs TEXT NOT NULL DEFAULT '', sent_seq INTEGER)",
    "CREATE INDEX IF NOT EXISTS handoff_state ON handoff(direction, state, id)",
    "CREATE INDEX IF NOT EXISTS handoff_batch ON handoff(batch_id) WHERE batch_id IS NOT NULL",
    "CREATE TABLE IF NOT EXISTS handoff_person(handoff_id INTEGER NOT NULL, n INTEGER NOT NULL, id_type INTEGER NOT NULL,"
    " id_number TEXT NOT NULL, name TEXT NOT NULL, phone TEXT NOT NULL, address TEXT NOT NULL,"
    " home_division TEXT NOT NULL,"
    " located_by TEXT NOT NULL CHECK(located_by IN ('registered', 'case_file', 'id_region')),"
    " kind INTEGER NOT NULL, exposure_at INTEGER NOT NULL, scan INTEGER NOT NULL DEFAULT 0,"
    " scan_at INTEGER NOT NULL DEFAULT 0, case_row TEXT NOT NULL, basis_ref TEXT NOT NULL, basis_text TEXT NOT NULL,"
    " holder_id INTEGER, state TEXT NOT NULL DEFAULT 'open' CHECK(state IN ('open', 'accepted', 'declined', 'withdrawn')),"
    " reason TEXT, PRIMARY KEY(handoff_id, n)) WITHOUT ROWID",
};

Status runV15(QSqlDatabase db)
{
    return runAll(db, kV15);
}

Status runV1(QSqlDatabase db)
{
    if (Status s = runAll(db, kV1); !s)
        return s;
    // Levels 1–4 ship inside the program: the tree works with no network and no import.
    if (Status s = DivisionImporter::importEmbedded(db); !s)
        return s;
    return DivisionImporter::createIndexes(db);
}

const Step kSteps[] = {{1, &runV1}, {2, &runV2}, {3, &runV3}, {4, &runV4}, {5, &runV5}, {6, &runV6}, {7, &runV7}, {8, &runV8},
                       {9, &runV9}, {10, &runV10}, {11, &runV11}, {12, &runV12}, {13, &runV13}, {14, &runV14},
                       {15, &runV15}};

} // namespace

int Migrations::latestVersion()
{
    return kSteps[std::size(kSteps) - 1].version;
}

int Migrations::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!sql::isPostgres(db)) {
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    // PostgreSQL keeps the version in meta; a database with tables but no version is someone else's.
    if (!sql::tableExists(db, QStringLiteral("meta")))
        return sql::tables(db).isEmpty() ? 0 : -2;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        return q.value(0).toInt();
    return -2;
}

namespace {

Status setVersion(QSqlDatabase db, int version)
{
    if (!sql::isPostgres(db))
        return execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
    return execSql(db, QStringLiteral("INSERT INTO meta(key, value) VALUES ('schema_version', '%1')"
                                      " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                           .arg(version));
}

} // namespace

Status Migrations::apply(QSqlDatabase db)
{
    const int current = currentVersion(db);
    if (current == -2)
        return Error::refused(QCoreApplication::translate("hc::Migrations",
                                                          "The database holds tables that are not the console's. Give the "
                                                          "console an empty database of its own; nothing was changed."));
    if (current < 0)
        return Error::refused(QCoreApplication::translate("hc::Migrations", "The file is not a readable database."));
    if (current > latestVersion())
        return Error::refused(
            QCoreApplication::translate("hc::Migrations",
                                        "This database has schema version %1, newer than this program understands (%2). "
                                        "Use a newer version of the console; the database was not changed.")
                .arg(current)
                .arg(latestVersion()));
    for (const Step &step : kSteps) {
        if (step.version <= current)
            continue;
        Transaction tx(db);
        if (!tx.begun())
            return tx.commit();
        // Another workstation may have migrated while this one waited for the writer lock.
        if (currentVersion(db) >= step.version)
            continue;
        if (Status s = step.run(db); !s)
            return s;
        if (Status s = setVersion(db, step.version); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return Ok{};
}

} // namespace hc
