#pragma once
#include "ApprovalService.h"
#include "CaseBatchService.h"
#include "ProgressPanel.h"

// The core operations the panes run off the GUI thread, called with a ProgressFn (phase, counts, cancel)
// where the core offers that overload, else with the bare percentage or record count they report today, shown
// under a phase named here; an operation with no progress at all shows its phase with a moving bar and no
// 取消 (nothing can stop it). Each is a template so that the overload not taken is never compiled: the panes
// build against the core before and after its operations gain ProgressFn.
namespace hc::coreprogress {

enum class Phase { Tracing, CheckingRows, Storing, Applying, Reverting, Approving };
QString phase(Phase p); // the interface text (CoreProgress.cpp, where lupdate finds it)

// Says what runs now, when the core will not: 取消 off, as nothing would stop the work.
inline void announce(const ProgressFn &p, const QString &what)
{
    if (p)
        p(ProgressStep{what, 0, 0, 0, false});
}

template <typename Service>
Result<Impact> preview(const Service &s, qint64 batchId, const QString &actor, const ProgressFn &p)
{
    if constexpr (requires { s.preview(batchId, actor, p); })
        return s.preview(batchId, actor, p);
    else
        return s.preview(batchId, actor, ProgressPanel::percentFn(p, phase(Phase::Tracing)));
}

// progress(records read so far) today; `lines` gives the total closely enough.
template <typename Service>
Result<ParsedFile> read(const Service &s, const QByteArray &bytes, BatchKind kind,
                        const ColumnMapping &mapping, const ProgressFn &p, qint64 lines)
{
    if constexpr (requires { s.read(bytes, kind, mapping, p); }) {
        return s.read(bytes, kind, mapping, p);
    } else {
        const QString what = phase(Phase::CheckingRows);
        return s.read(bytes, kind, mapping, [p, what, lines](int records) {
            return !p || p(ProgressStep{what, records, lines,
                                        int(std::min<qint64>(99, records * 100 / std::max<qint64>(1, lines))),
                                        true});
        });
    }
}

template <typename Service>
Result<qint64> store(Service &s, const ParsedFile &file, const QString &fileName, bool validRowsOnly,
                     const QString &actor, AuditLog &audit, const ProgressFn &p)
{
    if constexpr (requires { s.store(file, fileName, validRowsOnly, actor, audit, p); }) {
        return s.store(file, fileName, validRowsOnly, actor, audit, p);
    } else {
        announce(p, phase(Phase::Storing));
        return s.store(file, fileName, validRowsOnly, actor, audit);
    }
}

template <typename Service>
Result<ApplyOutcome> apply(Service &s, qint64 batchId, const QString &actor, AuditLog &audit,
                           const ProgressFn &p)
{
    if constexpr (requires { s.apply(batchId, actor, audit, p); }) {
        return s.apply(batchId, actor, audit, p);
    } else {
        announce(p, phase(Phase::Applying));
        return s.apply(batchId, actor, audit);
    }
}

template <typename Service>
Result<QJsonObject> revert(Service &s, qint64 batchId, const QString &reason, const QString &actor,
                           AuditLog &audit, const ProgressFn &p)
{
    if constexpr (requires { s.revert(batchId, reason, actor, audit, p); }) {
        return s.revert(batchId, reason, actor, audit, p);
    } else {
        announce(p, phase(Phase::Reverting));
        return s.revert(batchId, reason, actor, audit);
    }
}

template <typename Service>
Result<ApprovalRequest> approve(Service &s, qint64 id, const QString &actor, AuditLog &audit,
                                const ProgressFn &p)
{
    if constexpr (requires { s.approve(id, actor, audit, p); }) {
        return s.approve(id, actor, audit, p);
    } else {
        announce(p, phase(Phase::Approving));
        return s.approve(id, actor, audit);
    }
}

} // namespace hc::coreprogress
