#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char **argv)
{
    // Reports are drawn as PDF, which needs fonts, hence a QGuiApplication; headless on the offscreen platform.
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || qstrcmp(argv[i], "report") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (report) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("hc-console"));
    QCoreApplication::setApplicationName(QStringLiteral("hc-console"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    hc::cli::Cli::installTranslations(args); // the locale's language (LANG=zh_CN.UTF-8: Simplified Chinese)
    return hc::cli::Cli::run(args);
}
