#pragma once
#include "CliContext.h"
#include "SecretStore.h"

namespace hc::cli {

// Shared by the commands that unlock the console's keys (sync, report): the keychain when one answers
// (HC_SECRET_STORE=memory forces memory), and --passphrase-stdin | --passphrase-file F.
OpenedSecretStore secrets();
std::optional<QByteArray> givenPassphrase(CliContext &c, QString *problem); // nullopt when neither is given

} // namespace hc::cli
