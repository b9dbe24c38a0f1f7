#pragma once
#include "Clock.h"
#include "HandoffDirectory.h"
#include "SyncSettings.h"

#include <QSqlDatabase>

namespace hc::sync {

// Seals the hand-offs waiting for their receiver (issue 19): the platform's directory of the receiving province names
// the console answering for the people's home, the people are encrypted to its HANDOFF certificate, and the hand-off
// moves to "sent" with its event in the outbox, one transaction each. Run before a sync freezes the outbox.
class HandoffSealer
{
    Q_DECLARE_TR_FUNCTIONS(hc::sync::HandoffSealer)
public:
    HandoffSealer(QSqlDatabase db, const Clock &clock, PlatformTransport &client, const SyncSettings &settings,
                  QList<pki::Certificate> anchors, CertificateResolver resolve = {})
        : m_db(std::move(db)), m_clock(clock), m_client(client), m_settings(settings), m_anchors(std::move(anchors)),
          m_resolve(std::move(resolve))
    {
    }

    struct Outcome
    {
        int sealed = 0;
        int waiting = 0;   // left pending: no receiver registered for the province yet, or the directory unreadable
        QString problem;   // why the first waiting one waits, in words
    };
    Outcome sealPending();

    // The division the people have in common ("110105011", "110105012" → "110105"), at least the province.
    static QString commonDivision(const QStringList &homes);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    PlatformTransport &m_client;
    const SyncSettings &m_settings;
    QList<pki::Certificate> m_anchors;
    CertificateResolver m_resolve;
};

} // namespace hc::sync
