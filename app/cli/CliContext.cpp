#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace hc::cli {

namespace {
const QSet<QString> kFlags{QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("dry-run"), QStringLiteral("unmasked"),
                           QStringLiteral("make-admin"), QStringLiteral("verifications"), QStringLiteral("valid-rows"),
                           QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("all"),
                           QStringLiteral("passphrase-stdin"), QStringLiteral("unsigned"), QStringLiteral("all-anchors")};
// Every option some command reads: a misspelt one must not be ignored (`--divison 11` would list everything).
const QSet<QString> kOptions{QStringLiteral("passphrase-file"), QStringLiteral("date"), QStringLiteral("out"),
                             QStringLiteral("month"), QStringLiteral("ca"), QStringLiteral("days"), QStringLiteral("profile"), QStringLiteral("url"),
                             QStringLiteral("batch-events"), QStringLiteral("timeout-ms"),
                             QStringLiteral("db"),       QStringLiteral("user"),     QStringLiteral("admin"),
                             QStringLiteral("display-name"), QStringLiteral("level"), QStringLiteral("from"),
                             QStringLiteral("to"),       QStringLiteral("subarea"),  QStringLiteral("basis"),
                             QStringLiteral("reason"),   QStringLiteral("at"),       QStringLiteral("division"),
                             QStringLiteral("division-level"), QStringLiteral("limit"), QStringLiteral("province"),
                             QStringLiteral("city"),     QStringLiteral("county"),   QStringLiteral("zone"),
                             QStringLiteral("note"),     QStringLiteral("action"),
                             // case batches
                             QStringLiteral("mapping"), QStringLiteral("map"), QStringLiteral("save-mapping"), QStringLiteral("errors"),
                             QStringLiteral("export"),
                             // 12345 tickets
                             QStringLiteral("number"), QStringLiteral("holder"), QStringLiteral("guardian"), QStringLiteral("caller"),
                             QStringLiteral("complaint"), QStringLiteral("void"), QStringLiteral("correct"), QStringLiteral("text"),
                             QStringLiteral("outcome"),
                             // holders, codes, demo
                             QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("home"), QStringLiteral("address"),
                             QStringLiteral("source"), QStringLiteral("id-number"), QStringLiteral("id-type"),
                             QStringLiteral("color"), QStringLiteral("id-prefix"), QStringLiteral("name-prefix"),
                             QStringLiteral("symptoms"), QStringLiteral("type"), QStringLiteral("basis-kind"),
                             QStringLiteral("basis-ref"), QStringLiteral("exposure"), QStringLiteral("until"),
                             QStringLiteral("from-province"), QStringLiteral("approver"), QStringLiteral("what"),
                             QStringLiteral("kind"), QStringLiteral("minutes"), QStringLiteral("relation"),
                             QStringLiteral("profile"), QStringLiteral("key-id"), QStringLiteral("holder"),
                             QStringLiteral("valid-hours"), QStringLiteral("organisation"), QStringLiteral("holders"),
                             QStringLiteral("seed"), QStringLiteral("days"), QStringLiteral("focus"),
                             QStringLiteral("focus-share"), QStringLiteral("scans-per-day"), QStringLiteral("community-share"),
                             // accounts
                             QStringLiteral("roles"), QStringLiteral("jurisdiction"), QStringLiteral("purpose"), QStringLiteral("status"),
                             QStringLiteral("direction"), QStringLiteral("state"), QStringLiteral("person")};
} // namespace

std::optional<CliContext> CliContext::parse(const QStringList &args, QString *error)
{
    CliContext c;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--")) {
            c.positional += args.mid(i + 1);
            break;
        }
        if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            QString name = a.mid(2);
            QString value;
            const int eq = int(name.indexOf(QLatin1Char('=')));
            if (eq > 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                if (!kOptions.contains(name)) {
                    *error = tr("unknown option --%1").arg(name);
                    return std::nullopt;
                }
                c.options.insert(name, value);
                continue;
            }
            if (kFlags.contains(name)) {
                c.flags.insert(name);
                continue;
            }
            if (!kOptions.contains(name)) {
                *error = tr("unknown option --%1").arg(name);
                return std::nullopt;
            }
            if (i + 1 >= args.size()) {
                *error = tr("The option --%1 needs a value.").arg(name);
                return std::nullopt;
            }
            c.options.insert(name, args.at(++i));
            continue;
        }
        c.positional << a;
    }
    return c;
}

QStringList CliContext::optionList(const QString &name) const
{
    QStringList l = options.values(name);
    std::reverse(l.begin(), l.end()); // QMultiHash returns the latest first
    return l;
}

int CliContext::openWorkspace()
{
    m_ws = std::make_shared<Workspace>(option(QStringLiteral("db")));
    if (Status s = m_ws->open(); !s)
        return fail(s.error());
    for (const QString &note : m_ws->database().notes())
        err(tr("hcctl: %1").arg(note));
    return ExitOk;
}

int CliContext::signIn()
{
    const QString user = option(QStringLiteral("user"), qEnvironmentVariable("HCCTL_USER"));
    if (user.isEmpty())
        return fail(Error::refused(tr("This command needs an official: give --user NAME (the password comes from "
                                      "HCCTL_PASSWORD or a prompt).")));
    if (!m_ws->accounts().hasAccounts())
        return fail(Error::refused(tr("No official has an account yet: run `hcctl init --admin NAME` first.")));
    QString password = qEnvironmentVariable("HCCTL_PASSWORD");
    if (password.isEmpty() && !qEnvironmentVariableIsSet("HCCTL_PASSWORD"))
        password = readPassword(tr("Password for %1: ").arg(user));
    if (Status s = m_ws->signIn(user, password); !s)
        return fail(s.error());
    return ExitOk;
}

int CliContext::fail(const Error &e) const
{
    if (json())
        print(QJsonObject{{QStringLiteral("error"), e.message}});
    err(tr("hcctl: %1").arg(e.message));
    if (!e.detail.isEmpty()) // the library's own words (Qt, OpenSSL, the keychain, the database), for whoever helps
        err(tr("  details: %1").arg(e.detail));
    return e.kind == ErrorKind::BadInput ? ExitBadInput : ExitRefused;
}

int CliContext::usage(const QString &message) const
{
    err(tr("hcctl: %1").arg(message));
    err(tr("Usage: hcctl [--db PATH] [--user NAME] NOUN VERB … [--json]. Try `hcctl help`."));
    return ExitBadInput;
}

void CliContext::print(const QJsonValue &v) const
{
    QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    std::fputs(doc.toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliContext::out(const QString &text) const
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void CliContext::err(const QString &text) const
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
}

QString readPassword(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    FILE *in = tty ? tty : stdin;
    std::fputs(prompt.toUtf8().constData(), tty ? tty : stderr);
    std::fflush(tty ? tty : stderr);
    termios old{};
    const bool isTty = isatty(fileno(in));
    if (isTty) {
        tcgetattr(fileno(in), &old);
        termios noEcho = old;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(in), TCSAFLUSH, &noEcho);
    }
    char buf[512] = {};
    const bool got = std::fgets(buf, sizeof buf, in) != nullptr;
    if (isTty) {
        tcsetattr(fileno(in), TCSAFLUSH, &old);
        std::fputc('\n', tty ? tty : stderr);
    }
    if (tty)
        std::fclose(tty);
    QString s = got ? QString::fromUtf8(buf) : QString();
    while (s.endsWith(QLatin1Char('\n')) || s.endsWith(QLatin1Char('\r')))
        s.chop(1);
    return s;
}

} // namespace hc::cli
