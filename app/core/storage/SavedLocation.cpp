#include "SavedLocation.h"
#include "Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace hc {

namespace {

const QString kKey = QStringLiteral("database/location");

} // namespace

QString SavedLocation::load()
{
    const QString value = QSettings().value(kKey).toString();
    // A settings file edited by hand is read as --db would be; an unreadable value counts as no choice.
    return value.size() <= DatabaseLocation::kMaxLength && DatabaseLocation::parse(value) ? value : QString();
}

Status SavedLocation::save(const QString &location)
{
    const auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error();
    QSettings settings;
    settings.setValue(kKey, parsed->isPostgres() ? parsed->display() : QFileInfo(parsed->path).absoluteFilePath());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error::refused(QCoreApplication::translate("hc::SavedLocation", "The console's settings cannot be written (%1).")
                                  .arg(settings.fileName()));
    return Ok{};
}

bool SavedLocation::firstStart()
{
    return load().isEmpty() && !QFileInfo::exists(Database::defaultPath());
}

QString SavedLocation::resolve(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    const QString saved = load();
    return saved.isEmpty() ? Database::defaultPath() : saved;
}

} // namespace hc
