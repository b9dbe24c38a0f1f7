#include "CliContext.h"
#include "CliProgress.h"
#include "StateVerifier.h"
#include "AuditAnchors.h"

#include <QFile>
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace hc::cli {

int runAudit(CliContext &c)
{
    const QString verb = c.arg(1);
    if (verb != QLatin1String("verify") && verb != QLatin1String("list"))
        return c.usage(tr("audit verify|list"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    {
        AuditLog audit = c.ws().audit();
        if (Status s = c.ws().authorizer().requireAudited(*c.ws().actor(), Permission::ReadAudit, {}, QStringLiteral("audit.read"),
                                                          QStringLiteral("audit_log"), audit);
            !s)
            return c.fail(s.error());
    }
    if (verb == QLatin1String("verify")) {
        const AuditVerdict v = c.ws().audit().verify();
        // The chain proves the log unedited; the state beside it is checked against the log (issue 16).
        std::optional<StateVerdict> state;
        if (v.intact) {
            CliProgress bar;
            auto s = StateVerifier(c.ws().db(), c.ws().clock()).verify(bar.fn());
            bar.finish();
            if (!s)
                return c.fail(s.error());
            state = s.value();
        }
        // The anchors the platform countersigned, even with a broken chain: an edit without rebuilding the chain breaks
        // the chain; a rebuilt chain keeps it and disagrees with the anchors.
        sync::AnchorCheckOptions options;
        if (c.has(QStringLiteral("all-anchors")))
            options.atLeast = 0;
        if (c.has(QStringLiteral("ca"))) {
            QFile f(c.option(QStringLiteral("ca")));
            if (!f.open(QIODevice::ReadOnly) || f.size() > (1 << 20))
                return c.fail(Error::badInput(tr("Cannot read the platform CA certificate %1.").arg(f.fileName())));
            auto ca = pki::Certificate::listFromPem(f.readAll());
            if (!ca || ca->isEmpty())
                return c.fail(Error::badInput(tr("%1 holds no certificate.").arg(f.fileName())));
            options.trusted = ca.value();
        }
        const auto anchors = sync::AuditAnchors::check(c.ws().db(), options);
        if (!anchors)
            return c.fail(anchors.error());
        if (c.json()) {
            QJsonObject o{{QStringLiteral("intact"), v.intact}, {QStringLiteral("entries"), v.entries}};
            if (!v.intact) {
                o.insert(QStringLiteral("first_bad_entry"), v.firstBadId);
                o.insert(QStringLiteral("problem"), v.problem);
            }
            if (state)
                o.insert(QStringLiteral("state"), state->toJson());
            o.insert(QStringLiteral("anchors"), anchors->toJson());
            c.print(o);
        }
        int rc = ExitOk;
        if (!v.intact) {
            c.err(tr("Audit log broken at entry %1: %2").arg(v.firstBadId).arg(v.problem));
            rc = ExitRefused;
        } else if (!state->consistent) {
            c.err(tr("Audit log intact (%1 entries), but the data does not match it: %2.").arg(v.entries).arg(state->firstMismatch));
            rc = ExitRefused;
        }
        if (!anchors->ok()) {
            c.err(tr("The platform's countersigned anchors disagree: %1").arg(anchors->problem));
            rc = ExitRefused;
        }
        if (rc == ExitOk && !c.json()) {
            c.out(tr("Audit log intact: %1 entries. The accounts (%2) and the holders' colors (%3) match it.")
                      .arg(v.entries)
                      .arg(state->accounts)
                      .arg(state->holders));
            if (anchors->state == sync::AnchorVerdict::State::None)
                c.out(anchors->problem); // "No anchor yet: …"
            else
                c.out(tr("Anchored by the platform up to entry %1 (%2 anchors checked); %3 later entries are not anchored yet.")
                          .arg(anchors->lastSeq)
                          .arg(anchors->checked)
                          .arg(anchors->unanchored));
        }
        return rc;
    }
    if (verb == QLatin1String("list")) {
        QSqlQuery q(c.ws().db());
        QString sql = QStringLiteral("SELECT id, at, actor, action, object, before, after FROM audit_log");
        if (c.options.contains(QStringLiteral("action")))
            sql += QStringLiteral(" WHERE action = ?");
        sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
        q.prepare(sql);
        if (c.options.contains(QStringLiteral("action")))
            q.addBindValue(c.option(QStringLiteral("action")));
        q.addBindValue(c.option(QStringLiteral("limit"), QStringLiteral("50")).toInt());
        q.exec();
        QJsonArray a;
        while (q.next()) {
            const QString at = time::format(QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong()));
            if (c.json())
                a.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()}, {QStringLiteral("at"), at},
                                     {QStringLiteral("actor"), q.value(2).toString()},
                                     {QStringLiteral("action"), q.value(3).toString()},
                                     {QStringLiteral("object"), q.value(4).toString()},
                                     {QStringLiteral("before"), q.value(5).toString()},
                                     {QStringLiteral("after"), q.value(6).toString()}});
            else
                c.out(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(q.value(0).toString(), at, q.value(2).toString(),
                                                              q.value(3).toString(), q.value(4).toString()));
        }
        if (c.json())
            c.print(a);
        return ExitOk;
    }
    return c.usage(tr("audit verify|list"));
}

} // namespace hc::cli
