#pragma once
#include "AuditLog.h"

#include <QDialog>

class QLabel;

namespace hc {

class AuditDescriber;
class Workspace;

// One audit entry whole (issue 18): when, who (display name and login), the action and the object in words, every
// field it changed, the reason or note, and what an auditor checks: its hash, the previous entry's hash, its place in
// the chain (序号 N / 共 M) and whether the chain verifies from the first entry up to it.
class AuditEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEntryDialog)
public:
    AuditEntryDialog(Workspace &ws, const AuditDescriber &describer, const AuditEntry &entry, QWidget *parent = nullptr);

    const AuditVerdict &verdict() const { return m_verdict; }

private:
    AuditVerdict m_verdict;
};

} // namespace hc
