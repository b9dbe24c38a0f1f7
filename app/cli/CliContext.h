#pragma once
#include "Result.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QMultiHash>
#include <QStringList>
#include <memory>

namespace hc::cli {

// hcctl's messages. Their translation context is the one lupdate gives them, so that translations/hc_*.ts apply:
// a tr() call in a free function of hc::cli (anonymous namespaces included) is "hc::cli" (this function); a call in
// a member of a class is the class's context (CliContext, Cli: Q_DECLARE_TR_FUNCTIONS with their qualified names).
// A call to QCoreApplication::translate names its context itself.
inline QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("hc::cli", sourceText, disambiguation, n);
}

enum Exit { ExitOk = 0, ExitRefused = 1, ExitBadInput = 2 };

// Parsed command line: `hcctl [--db PATH] [--user NAME] NOUN VERB … [--json]`.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::CliContext)
public:
    static std::optional<CliContext> parse(const QStringList &args, QString *error);

    QStringList positional; // NOUN VERB ARGS…
    QMultiHash<QString, QString> options;
    QSet<QString> flags;

    bool json() const { return flags.contains(QStringLiteral("json")); }
    QString option(const QString &name, const QString &fallback = {}) const { return options.value(name, fallback); }
    QStringList optionList(const QString &name) const;
    bool has(const QString &name) const { return options.contains(name) || flags.contains(name); }
    QString arg(int i) const { return positional.value(i); }

    // Opens the database (migrations applied). Prints the error and returns the exit code on failure.
    int openWorkspace();
    // Signs in --user with HCCTL_PASSWORD or a prompt; every change needs it.
    int signIn();
    Workspace &ws() { return *m_ws; }

    int fail(const Error &e) const;                 // prints, returns 1 or 2
    int usage(const QString &message) const;        // prints, returns 2
    void print(const QJsonValue &v) const;          // JSON to stdout
    void out(const QString &text) const;            // a line to stdout
    void err(const QString &text) const;            // a line to stderr

private:
    std::shared_ptr<Workspace> m_ws;
};

QString readPassword(const QString &prompt);

int runInit(CliContext &c);
int runDivisions(CliContext &c);
int runRisk(CliContext &c);
int runAudit(CliContext &c);
int runUser(CliContext &c);
int runSimulate(CliContext &c);
int runHolders(CliContext &c);
int runCommission(CliContext &c);
int runCode(CliContext &c);
int runDemo(CliContext &c);
int runPolicy(CliContext &c);
int runApprovals(CliContext &c);
int runCases(CliContext &c);
int runAppeals(CliContext &c);
int runHandoffs(CliContext &c);
int runSync(CliContext &c);
int runReport(CliContext &c);
int runOverview(CliContext &c);
int runDatabase(CliContext &c);
int requestOrder(CliContext &c, const Holder &h);

} // namespace hc::cli
