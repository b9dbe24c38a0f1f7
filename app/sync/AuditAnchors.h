#pragma once
#include "Pki.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace hc::sync {

// What the audit log's anchors outside the workstation say (issue 16). Each sync batch carries the audit head at
// its freezing (auditHead: the last entry's id and hash); the platform's receipt repeats it under the platform's
// RECEIPT signature. Someone who can write the database can rebuild the whole hash chain after an edit, so that
// AuditLog::verify() finds it intact, but cannot make an entry the platform countersigned hash as it did then.
struct AnchorVerdict
{
    enum class State {
        None,      // no countersigned head yet: the console never delivered a batch that carried one
        Agrees,    // every anchor checked matches the log
        Disagrees, // an anchored entry is missing or hashes otherwise than the platform countersigned
        Refused,   // a stored receipt does not verify (changed, not the platform's, another CA): the anchors prove nothing
    };
    State state = State::None;
    int checked = 0;              // anchors whose receipt was verified and whose entry was compared
    qint64 total = 0;             // anchors stored
    qint64 lastSeq = 0;           // the newest anchored entry; 0 when none
    QString lastAnchoredAt;       // the platform's receivedAt of its receipt; empty when none
    qint64 unanchored = 0;        // entries after lastSeq (not yet countersigned)
    qint64 firstDisagreeingEntry = 0; // the oldest anchored entry found to disagree; 0 when none
    qint64 lastAgreeingEntry = 0; // with a disagreement: the newest anchored entry before it that agrees (0: none),
                                  // so with an intact chain the change lies in (lastAgreeingEntry, firstDisagreeingEntry]
    QString problem;              // a sentence: what disagrees or was refused, or why there is no anchor; empty when it agrees
    QString caSha256;             // SHA-256 (hex) of the CA certificate the receipts were checked against
    bool ok() const { return state == State::Agrees || state == State::None; }
    QString stateName() const; // none | ok | disagrees | refused
    // {state, checked, total, last_seq, last_anchored_at, unanchored, first_disagreeing_entry, last_agreeing_entry,
    //  problem, ca_sha256}; numbers 0 and empty texts as null where they mean "none".
    QJsonObject toJson() const;
};

struct AnchorCheckOptions
{
    // The newest anchors checked in turn (each a receipt signature, about 1.2 ms): one that agrees vouches, through the
    // hash chain, for every entry before it. A disagreement that reaches past them is followed back to the newest
    // anchor that agrees by doubling the step, then halving (about 2·log2 more receipts). 0 or less: every anchor.
    int atLeast = 10;
    // The platform CA the receipts must chain to; empty: the CA of sync_config (what the engine trusted). A CA given
    // from outside the database also stands against someone who replaced sync_config's CA and signed receipts of
    // their own.
    QList<pki::Certificate> trusted;
};

class AuditAnchors
{
    Q_DECLARE_TR_FUNCTIONS(hc::sync::AuditAnchors)
public:
    // Reads only. Newest anchor first: re-verifies its stored receipt as the engine did (CMS to the CA at the time it
    // was received, signer CN platform OU receipt, the batch's id and SHA-256, the same head as audit_anchor), then
    // compares audit_log entry `seq` with the countersigned hash. Errors only when the database cannot be read.
    static Result<AnchorVerdict> check(QSqlDatabase db, const AnchorCheckOptions &options = {});
};

} // namespace hc::sync
