#pragma once
#include "TestDatabase.h"
#include "Workspace.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <memory>

// A fresh database in a temporary folder, a fixed clock, and a signed-in administrator.
struct TestWorkspace
{
    QTemporaryDir dir;
    hc::FixedClock *clock = nullptr;
    std::unique_ptr<hc::Workspace> ws;

    enum class Admin { EveryRole, AdministratorOnly };
    explicit TestWorkspace(const QDateTime &now = QDateTime(QDate(2022, 11, 2), QTime(10, 0), QTimeZone(8 * 3600)),
                           Admin admin = Admin::EveryRole)
    {
        QStandardPaths::setTestModeEnabled(true);
        auto c = std::make_unique<hc::FixedClock>(now);
        clock = c.get();
        ws = std::make_unique<hc::Workspace>(testdb::fresh(dir), std::move(c));
        const hc::Status s = ws->open();
        if (!s)
            qFatal("open: %s", qPrintable(s.error().message));
        if (!ws->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("password-123")))
            qFatal("cannot create the admin");
        if (admin == Admin::AdministratorOnly)
            return;
        // Every role over the whole country, so that tests of other things pass the checks: a fixture shortcut straight
        // into the table, which the console would refuse (an administrator holds no operational role) and which
        // `audit verify`'s state check names; tests of those use Admin::AdministratorOnly.
        QSqlQuery q(ws->db());
        for (const char *role : {"operator", "reviewer", "epidemiologist", "supervisor", "auditor"})
            if (!q.exec(QStringLiteral("INSERT INTO account_role SELECT id, '%1' FROM account WHERE username = 'admin'").arg(QLatin1String(role))))
                qFatal("cannot give the admin every role");
    }
};
