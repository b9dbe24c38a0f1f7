#pragma once
#include <QByteArray>

namespace hc::crypto {

QByteArray sha256(const QByteArray &data);
QByteArray randomBytes(int n);
// PBKDF2-HMAC-SHA256 through OpenSSL.
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace hc::crypto
