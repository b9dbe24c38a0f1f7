#pragma once
#include "PlatformServer.h"

namespace hc::platform {

// The demo PKI and the files of a platform directory:
//   ca/ca.pem, ca/ca.key                       the platform CA (key encrypted)
//   platform/server.pem|key, receipt.pem|key   TLS and receipt-signing identities; HC_PLATFORM_PASSPHRASE unlocks
//                                              them, or in the demo only platform/secret (0600, plain text)
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
    // The passphrase of the CA and platform keys: HC_PLATFORM_PASSPHRASE, else the demo's plain platform/secret
    // (*plainFile says which).
    static Result<QByteArray> passphrase(const QString &dir, bool *plainFile = nullptr);
    static QString storePath(const QString &dir);
};

} // namespace hc::platform
