#pragma once
#include <QCoreApplication>
#include <QStringList>

namespace hc::cli {

class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::Cli)
public:
    // Exit 0 done, 1 refused or a check failed, 2 bad input or usage.
    static int run(const QStringList &args);
    static QString help();

    // The language hcctl speaks: the messages' locale of the environment as QLocale::system() reads it (LC_ALL, then
    // LC_MESSAGES, then LANG; LANGUAGE's list when that locale is not C): "zh_CN" for Simplified Chinese, "zh_TW" for
    // Traditional (zh_TW, zh_HK, zh_MO, zh_Hant), empty for English, the source texts (C, POSIX, en_*, unset, others).
    static QString language();
    // Installs the translations of `language` (hcctl's own, embedded as :/i18n/hc_<language>.qm like the console's,
    // and Qt's qtbase_<language>.qm where installed). Not with --json: that output, its human texts included (an
    // error's message, a match's reason), stays as it always was, in any locale. Call it once the application exists.
    static void installTranslations(const QStringList &args);
};

} // namespace hc::cli
