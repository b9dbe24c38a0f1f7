#pragma once
#include "PlatformServer.h"

namespace hc::platform {

// The demo PKI and the files of a platform directory:
//   ca/ca.pem, ca/ca.key                       the platform CA (key encrypted)
//   platform/server.pem|key, receipt.pem|key   TLS and receipt-signing identities; platform/secret (0600) unlocks them
//   platform/pins.txt                          SPKI pins of the server key and of a backup key (platform/backup.key)
//   platform/platform.sqlite                   the store
//   consoles/<id>/…                            what each console is given: ca.pem, pins.txt, platform.url, and
//                                              AUTH / UPLOAD / UPLOAD-SM2 / REPORT certificates with encrypted keys
struct DemoConsole
{
    QString consoleId;
    QString province;
    QString organisation;
    QString dir;
    QString passphrase; // printed once, never stored
};

class PlatformSetup
{
public:
    // Creates the CA, the platform's identities and two consoles of different provinces. Refuses a directory
    // that already holds a CA.
    static Result<QList<DemoConsole>> createDemo(const QString &dir, const QString &url);
    // Issues one more console directory from the CA in dir.
    static Result<DemoConsole> issueConsole(const QString &dir, const QString &consoleId, const QString &province,
                                            const QString &organisation, const QString &url);
    static Result<PlatformConfig> load(const QString &dir);
    static QString storePath(const QString &dir);
};

} // namespace hc::platform
