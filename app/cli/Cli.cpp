#include "Cli.h"
#include "CliContext.h"
#include "CliSecrets.h"
#include "Database.h"
#include "LockWait.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <algorithm>

namespace hc::cli {

namespace {

// One message a line: a translator keeps the commands, options and placeholders as they are and translates the words.
QStringList helpLines()
{
    return {
        tr("hcctl [--db PATH|postgresql://USER@HOST[:PORT]/DB[?sslmode=verify-full&sslrootcert=CA.pem]] [--user NAME] NOUN VERB ... [--json]"),
        tr("  db init                                      create the schema (an empty PostgreSQL database, or a file)"),
        tr("  db copy --from SQLITE_PATH --to postgresql://…   move a commission to PostgreSQL whole (an administrator of the file)"),
        tr("  init --admin NAME [--display-name TEXT]      create the first administrator (password: HCCTL_PASSWORD)"),
        tr("  user add NAME [--roles R,...] [--jurisdiction CODE] [--make-admin] [--display-name TEXT]  (password: HCCTL_NEW_PASSWORD)"),
        tr("  user roles NAME --roles R,... [--jurisdiction CODE] | user unlock NAME | user password | user list"),
        tr("       roles: operator reviewer epidemiologist supervisor auditor administrator; jurisdiction: a division (\"\" = all)"),
        tr("  divisions count | import PATH | search TEXT [--limit N] | children [CODE] | show CODE"),
        tr("  risk declare CODE --level high|medium|low --from TIME [--to TIME] [--subarea TEXT]... --basis TEXT --reason TEXT"),
        tr("  risk lift CODE [--subarea TEXT]... [--at TIME] --reason TEXT"),
        tr("  risk list [--at TIME] [--level L] [--division CODE] [--division-level 1-5]"),
        tr("  risk history CODE [--subarea TEXT]"),
        tr("  risk import-national FILE [--dry-run]          a list from a file waits for a second supervisor"),
        tr("  risk revert-national IMPORT_ID | risk imports [--limit N]"),
        tr("  risk map --province P [--city C] [--county K] (--division CODE | --zone NAME)"),
        tr("  risk zone-create NAME CODE... [--note TEXT] | risk zones | risk mappings"),
        tr("  audit verify [--ca PLATFORM_CA.pem] [--all-anchors] | audit list [--action A] [--limit N]"),
        tr("  simulate FILE.json                             run a timeline scenario through the default policy"),
        tr("  commission set --division CODE --name TEXT | commission show"),
        tr("  holders list [--division D] [--color C] [--id-prefix P] [--name-prefix N] [--limit N]"),
        tr("  holders add --id-number N [--id-type resident|passport] --name N [--phone P] --home CODE [--address A] [--source CODE]"),
        tr("  holders show|color H [--at TIME] | holders tick | holders import FILE.csv [--dry-run]"),
        tr("  holders reveal H --purpose TEXT                the full personal data, audited (reviewer, epidemiologist, supervisor)"),
        tr("  holders declare H [--at TIME] [--symptoms fever,cough,diarrhoea]"),
        tr("  holders report H --type case|suspected|close-contact|co-traveller|observation|fever-clinic|arrival|manual"),
        tr("          --basis-ref REF --basis TEXT [--basis-kind K] [--at T] [--exposure T] [--color C] [--until T]"),
        tr("          [--from-province P] [--approver NAME]..."),
        tr("  holders end H --what discharge|ruled-out|observation-end --basis-ref REF [--at T]"),
        tr("  holders void H --kind KIND --basis-ref REF --reason TEXT [--at T]"),
        tr("  holders stay H --division CODE --at TIME --minutes N [--address A] | holders bind GUARDIAN DEPENDENT --relation R"),
        tr("  code keygen [--profile sm2-sm3|ecdsa-p256-sha256] [--key-id K]  (passphrase: HCCTL_KEY_PASSPHRASE)"),
        tr("  code issue --holder H [--valid-hours N] | code verify CODE [--json]"),
        tr("  code trust list | add --division D --key-id K --organisation O PEM | revoke --division D --key-id K"),
        tr("  demo populate --holders N --seed S [--days D] [--scans-per-day X] [--focus CODE --focus-share F] [--community-share F]"),
        tr("  policy show | policy list | policy add FILE.json   (a new version: id, version, effective_from, parameters)"),
        tr("  holders order H --color red|yellow [--until T] --basis-ref REF --basis TEXT   request a manual order (four-eyes)"),
        tr("  approve ID | approvals list [--status pending|approved|rejected|withdrawn|\"\"] | approvals reject ID --reason TEXT | approvals withdraw ID"),
        tr("  cases import FILE [--verifications] [--mapping NAME] [--map FIELD=COLUMN]... [--save-mapping NAME]"),
        tr("          [--valid-rows] [--errors FILE] [--dry-run]   case reports (or terminal scans), CSV (UTF-8/GBK) or JSON"),
        tr("  cases list | show BATCH | preview BATCH | apply BATCH | revert BATCH --reason TEXT | results BATCH FILE | mappings"),
        tr("  cases outside BATCH [--export FILE --purpose TEXT]   the contacts living outside the jurisdiction, masked;"),
        tr("          --export writes them unmasked for their home commissions (supervisors; audited)"),
        tr("  appeal file --number N --kind wrong_color|wrong_source|wrong_personal_data|reapplication --holder H"),
        tr("          --caller NAME --phone P --complaint TEXT [--guardian H]          a 12345 ticket"),
        tr("  appeal import FILE.csv [--valid-rows] [--errors FILE]   the hotline system's export, checked like case reports"),
        tr("  appeal list [--all] | show T | assign T --to USER | review T | decide T --approve|--reject --reason TEXT"),
        tr("          [--void CONDITION]... [--correct FIELD=VALUE]... | forward T --province P --reason TEXT"),
        tr("          | reply T --text TEXT | callback T --outcome TEXT | close T"),
        tr("  appeal incoming [--all] | answer ID --approve|--reject --reason TEXT   tickets other provinces forwarded here"),
        tr("  handoff list [--direction out|in] [--state S] | show ID | accept ID [--person N]... | decline ID [--person N]..."),
        tr("          --reason TEXT   contact hand-offs (协查) to and from other provinces' commissions"),
        tr("  sync setup DIR [--profile intl|sm] [--url URL] [--batch-events N] [--timeout-ms MS]   the directory the platform issued"),
        tr("  sync now | status | batches [--limit N] | export DIR   [--passphrase-stdin | --passphrase-file F] when no keychain holds it"),
        tr("  report daily --date D [--division CODE] | announcement --at T [--division CODE] | tickets --month YYYY-MM"),
        tr("          [--division CODE] | batch N   each with --out F.zip [--unsigned] [--passphrase-stdin | --passphrase-file F]"),
        tr("  report verify F.zip [--ca FILE]              exit 0 valid, 1 not valid, 2 not a report package"),
        tr("  overview show [--days N] | overview rebuild  the overview's figures; rebuild the kept counts from history"),
        tr("H: a holder's number or ID number. Personal data is always shown masked."),
        tr("Times: ISO 8601 with offset (2022-11-01T08:00:00+08:00), or \"2022-11-01 08:00\" read as UTC+8."),
        tr("Exit: 0 done, 1 refused or a check failed, 2 bad input or usage.")
    };
}

} // namespace

QString Cli::help()
{
    return helpLines().join(QLatin1Char('\n'));
}

QString Cli::language()
{
    // The C library's order for messages; QLocale::system() reads the same variables, but would take LANGUAGE's list
    // even for the C locale, where gettext (and so the rest of the system) speaks English.
    QByteArray messages = qgetenv("LC_ALL");
    if (messages.isEmpty())
        messages = qgetenv("LC_MESSAGES");
    if (messages.isEmpty())
        messages = qgetenv("LANG");
    const QByteArray name = messages.split('.').first().split('@').first(); // zh_CN.UTF-8, sr_RS@latin
    if (name.isEmpty() || name == "C" || name == "POSIX")
        return {};
    // Most preferred first (LANGUAGE=zh_TW:zh_CN, or the locale's own name); a language without translations is
    // passed over for the next one, English (the source texts) ends the search.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QLocale l(ui);
        if (l.language() == QLocale::Chinese) {
            const bool traditional = l.script() == QLocale::TraditionalChineseScript || l.territory() == QLocale::Taiwan
                                     || l.territory() == QLocale::HongKong || l.territory() == QLocale::Macao;
            return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
        }
        if (l.language() == QLocale::English || l.language() == QLocale::C)
            return {};
    }
    return {};
}

void Cli::installTranslations(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == QLatin1String("--"))
            break;
        // JSON in any locale: --json, and `simulate`, which always prints it (tests/data/scenarios/*.expected.json).
        if (a == QLatin1String("--json") || a == QLatin1String("simulate"))
            return;
    }
    const QString lang = language();
    if (lang.isEmpty())
        return;
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/hc_") + lang))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int Cli::run(const QStringList &args)
{
    QString error;
    auto ctx = CliContext::parse(args, &error);
    if (!ctx) {
        CliContext c;
        return c.usage(error);
    }
    CliContext &c = *ctx;
    const QString noun = c.arg(0);
    if (noun.isEmpty() || noun == QLatin1String("help") || c.has(QStringLiteral("help"))) {
        c.out(help());
        return noun.isEmpty() && !c.has(QStringLiteral("help")) ? ExitBadInput : ExitOk;
    }
    using Runner = int (*)(CliContext &);
    static const QHash<QString, Runner> nouns{{QStringLiteral("init"), &runInit},
                                              {QStringLiteral("divisions"), &runDivisions},
                                              {QStringLiteral("risk"), &runRisk},
                                              {QStringLiteral("audit"), &runAudit},
                                              {QStringLiteral("user"), &runUser},
                                              {QStringLiteral("holders"), &runHolders},
                                              {QStringLiteral("commission"), &runCommission},
                                              {QStringLiteral("code"), &runCode},
                                              {QStringLiteral("demo"), &runDemo},
                                              {QStringLiteral("policy"), &runPolicy},
                                              {QStringLiteral("approve"), &runApprovals},
                                              {QStringLiteral("approvals"), &runApprovals},
                                              {QStringLiteral("cases"), &runCases},
                                              {QStringLiteral("appeal"), &runAppeals},
                                              {QStringLiteral("handoff"), &runHandoffs},
                                              {QStringLiteral("sync"), &runSync},
                                              {QStringLiteral("report"), &runReport},
                                              {QStringLiteral("overview"), &runOverview}};
    if (noun == QLatin1String("simulate")) // pure: no database
        return runSimulate(c);
    const Runner r = nouns.value(noun);
    // A server's password: the keychain (as for the sync keys), unless PGPASSFILE names libpq's own file.
    std::shared_ptr<SecretStore> keychain;
    if ((DatabaseLocation::looksLikeUri(c.option(QStringLiteral("db"))) || DatabaseLocation::looksLikeUri(c.option(QStringLiteral("to"))))
        && !qEnvironmentVariableIsSet("PGPASSFILE")) {
        keychain = std::shared_ptr<SecretStore>(secrets().store.release());
        Database::setPasswordSource([keychain](const DatabaseLocation &where) { return keychain->readText(where.secretKey()); });
    }
    const struct ForgetSource
    {
        ~ForgetSource() { Database::setPasswordSource({}); }
    } forgetSource;
    const bool database = noun == QLatin1String("db"); // opens the database(s) it names itself
    if (!r && !database)
        return c.usage(QCoreApplication::translate("hcctl", "unknown command \"%1\"").arg(noun));
    // Another writer (a console, another hcctl, the sync) holds the database: say so while waiting for it.
    bool limitOk = false;
    const int limit = qEnvironmentVariableIntValue("HCCTL_LOCK_WAIT", &limitOk);
    if (limitOk)
        lockwait::setLimitSeconds(std::clamp(limit, 0, 3600));
    lockwait::setNotifier([&c](int waited, int most) {
        c.err(QCoreApplication::translate("hcctl", "hcctl: waiting for the database: another change is being written "
                                                   "(%1 s so far, at most %2 s)…")
                  .arg(waited)
                  .arg(most));
    });
    const struct Forget
    {
        ~Forget() { lockwait::setNotifier({}); } // it refers to c
    } forget;
    if (database)
        return runDatabase(c);
    if (int rc = c.openWorkspace(); rc != ExitOk)
        return rc;
    return r(c);
}

} // namespace hc::cli
