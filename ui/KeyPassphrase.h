#pragma once
#include <QByteArray>

class QWidget;

namespace hc {

// The issuer key's passphrase for this session: asked once, kept in memory only, wiped on exit.
// (HC_KEY_PASSPHRASE in the environment serves kiosks and the demo.)
class KeyPassphrase
{
public:
    static QByteArray get(QWidget *parent, bool *cancelled = nullptr);
    static void forget(); // after a wrong passphrase
    static void set(const QByteArray &p);
};

} // namespace hc
