#pragma once
#include "AccountStore.h"
#include "AppealService.h"
#include "ApprovalService.h"
#include "AuditLog.h"
#include "CaseBatchService.h"
#include "Authorizer.h"
#include "CodeService.h"
#include "Commission.h"
#include "DemoPopulator.h"
#include "HolderExporter.h"
#include "HolderRepository.h"
#include "HolderService.h"
#include "Clock.h"
#include "Database.h"
#include "DivisionRepository.h"
#include "MappingRepository.h"
#include "NationalImporter.h"
#include "RiskAreaService.h"

#include <memory>
#include <optional>

namespace hc {

// What the console, the CLI and the tests share: one database, one clock, the signed-in official.
// Services are light objects bound to the calling thread's connection.
class Workspace final
{
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    explicit Workspace(const QString &dbPath, std::unique_ptr<Clock> clock = std::make_unique<SystemClock>());

    Status open();
    Database &database() { return m_db; }
    const Clock &clock() const { return *m_clock; }
    QSqlDatabase db() const { return m_db.connection(); }

    AccountStore accounts() const { return AccountStore(db(), *m_clock); }
    AuditLog audit() const { return AuditLog(db(), *m_clock); }
    Authorizer authorizer() const { return Authorizer(db()); }
    ApprovalService approvals() const { return ApprovalService(db(), *m_clock); }
    DivisionRepository divisions() const { return DivisionRepository(db()); }
    RiskAreaService risk() const { return RiskAreaService(db(), *m_clock); }
    MappingRepository mappings() const { return MappingRepository(db(), *m_clock); }
    NationalImporter nationalImporter() const { return NationalImporter(db(), *m_clock); }
    HolderService holders() const { return HolderService(db(), *m_clock); }
    HolderRepository holderRepository() const { return HolderRepository(db()); }
    HolderExporter exporter() const { return HolderExporter(db()); }
    CaseBatchService cases() const { return CaseBatchService(db(), *m_clock); }
    AppealService appeals() const { return AppealService(db(), *m_clock); }
    CodeService codes() const { return CodeService(db(), *m_clock); }
    DemoPopulator demo() const { return DemoPopulator(db(), *m_clock); }
    Commission commission() const { return Commission::load(db()); }

    Status signIn(const QString &username, const QString &password);
    Result<Account> createFirstAdmin(const QString &username, const QString &password, const QString &displayName = {});
    const std::optional<Account> &currentUser() const { return m_user; }
    // Every change is attributed; refuses when nobody is signed in.
    Result<QString> actor() const;
    // The signed-in official with roles and jurisdiction, as the core sees them now.
    Result<Official> official() const;

private:
    Database m_db;
    std::unique_ptr<Clock> m_clock;
    std::optional<Account> m_user;
};

} // namespace hc
