#pragma once
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

    explicit TestWorkspace(const QDateTime &now = QDateTime(QDate(2022, 11, 2), QTime(10, 0), QTimeZone(8 * 3600)))
    {
        QStandardPaths::setTestModeEnabled(true);
        auto c = std::make_unique<hc::FixedClock>(now);
        clock = c.get();
        ws = std::make_unique<hc::Workspace>(dir.filePath(QStringLiteral("t.sqlite")), std::move(c));
        const hc::Status s = ws->open();
        if (!s)
            qFatal("open: %s", qPrintable(s.error().message));
        if (!ws->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("password-123")))
            qFatal("cannot create the admin");
        // Every role over the whole country, so that tests of other things pass the checks; granted as the console
        // does (audited), so that `audit verify`'s state check holds.
        hc::AuditLog audit = ws->audit();
        if (!ws->accounts().setRoles(QStringLiteral("admin"),
                                     hc::roleSetFromKeys({QStringLiteral("administrator"), QStringLiteral("operator"), QStringLiteral("reviewer"),
                                                          QStringLiteral("epidemiologist"), QStringLiteral("supervisor"), QStringLiteral("auditor")}),
                                     {}, QStringLiteral("admin"), audit))
            qFatal("cannot give the admin every role");
    }
};
