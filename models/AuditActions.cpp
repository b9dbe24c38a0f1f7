#include "AuditActions.h"

#include <QCoreApplication>

namespace hc {

QString auditActionLabel(const QString &key)
{
    struct Label
    {
        const char *key;
        const char *text;
    };
    static const Label labels[] = {
        {"account.create", QT_TRANSLATE_NOOP("hc::AuditActions", "Official account created")},
        {"divisions.import", QT_TRANSLATE_NOOP("hc::AuditActions", "Division tree imported")},
        {"risk.declare", QT_TRANSLATE_NOOP("hc::AuditActions", "Risk area declared")},
        {"risk.change", QT_TRANSLATE_NOOP("hc::AuditActions", "Risk level changed")},
        {"risk.lift", QT_TRANSLATE_NOOP("hc::AuditActions", "Risk area lifted")},
        {"risk.import_national", QT_TRANSLATE_NOOP("hc::AuditActions", "National list imported")},
        {"zone.create", QT_TRANSLATE_NOOP("hc::AuditActions", "Functional zone defined")},
        {"mapping.set", QT_TRANSLATE_NOOP("hc::AuditActions", "List name mapped")},
    };
    for (const Label &l : labels)
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("hc::AuditActions", l.text);
    return key;
}

} // namespace hc
