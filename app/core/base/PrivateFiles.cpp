#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace hc::files {

bool makePrivate(QFileDevice &file)
{
    return file.setPermissions(kPrivate);
}

bool writePrivate(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly)) {
        makePrivate(out);
        if (out.write(bytes) == bytes.size() && out.commit())
            return true;
    }
    if (error)
        *error = out.errorString();
    return false;
}

bool makePrivateDir(const QString &dir)
{
    const QString absolute = QDir(dir).absolutePath();
    if (QFileInfo(absolute).isDir())
        return true;
    // The missing ancestors first, each 0700 (mkpath would make them 0755 under the usual umask).
    QStringList missing;
    for (QString d = absolute; !d.isEmpty() && !QFileInfo(d).exists(); d = QFileInfo(d).absolutePath()) {
        missing.prepend(d);
        if (d == QFileInfo(d).absolutePath())
            break;
    }
    // Another process may create one of them at the same moment: an existing folder is fine.
    for (const QString &d : std::as_const(missing))
        if (!QDir().mkdir(d) && !QFileInfo(d).isDir())
            return false;
        else
            QFile::setPermissions(d, kPrivateDir); // a file system without permissions (a USB stick) still works
    return QFileInfo(absolute).isDir();
}

std::optional<QString> tighten(const QString &path)
{
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QStringList tightened;
    for (const QString &p : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        const QFileInfo fi(p);
        if (!fi.exists() || !fi.isFile() || !(fi.permissions() & others))
            continue;
        if (QFile::setPermissions(p, kPrivate))
            tightened << fi.fileName();
    }
    if (tightened.isEmpty())
        return std::nullopt;
    return QCoreApplication::translate("hc::files", "%1 could be read by other users of this computer; it is now readable by "
                                                    "its owner alone.")
        .arg(tightened.join(QStringLiteral(", ")));
}

} // namespace hc::files
