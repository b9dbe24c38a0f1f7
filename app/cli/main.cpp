#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("hc-console"));
    QCoreApplication::setApplicationName(QStringLiteral("hc-console"));
    return hc::cli::Cli::run(app.arguments().mid(1));
}
