#pragma once
// Files that hold personal data (the database with full ID numbers, names, phones and password hashes; unmasked
// exports; error files that quote rows) are readable by their owner alone (issue 16): created 0600 in folders
// created 0700, and an existing database that others could read is tightened at start, with a note.
#include <QFileDevice>
#include <QString>
#include <optional>

namespace hc::files {

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Call right after open(): a QSaveFile's temporary file, or a new QFile, becomes 0600 before anything is written.
// False where the file system has no permissions (a FAT USB stick): the file is written all the same.
bool makePrivate(QFileDevice &file);
// Writes bytes to path atomically (QSaveFile), readable by the owner alone; on failure the reason in *error.
bool writePrivate(const QString &path, const QByteArray &bytes, QString *error);
// Creates the folder (and its missing parents) 0700; an existing folder is left as it is. False on failure.
bool makePrivateDir(const QString &dir);
// The file (if it exists) and its -wal and -shm companions lose group and other permissions; returns a note
// (translated) when something was tightened, for the user to read.
std::optional<QString> tighten(const QString &path);

} // namespace hc::files
