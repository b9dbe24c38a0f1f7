#include "Report.h"

#include "TimeUtil.h"

#include <QCoreApplication>

namespace hc::reports {

QString reportKindKey(ReportKind k)
{
    switch (k) {
    case ReportKind::Daily: return QStringLiteral("daily");
    case ReportKind::Announcement: return QStringLiteral("announcement");
    case ReportKind::TicketMonth: return QStringLiteral("tickets");
    case ReportKind::Batch: return QStringLiteral("batch");
    }
    return {};
}

QString reportKindTitle(ReportKind k)
{
    switch (k) {
    case ReportKind::Daily: return QCoreApplication::translate("hc::reports", "疫情防控日报");
    case ReportKind::Announcement: return QCoreApplication::translate("hc::reports", "风险区域公告");
    case ReportKind::TicketMonth: return QCoreApplication::translate("hc::reports", "12345 工单月报");
    case ReportKind::Batch: return QCoreApplication::translate("hc::reports", "批次赋码报告");
    }
    return {};
}

namespace {

// JSON written by hand so that the order of keys is the order a reader expects, and fixed.
QByteArray quote(const QString &s)
{
    QString e;
    e.reserve(s.size() + 2);
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\')
            e += QLatin1Char('\\'), e += c;
        else if (u == '\n')
            e += QStringLiteral("\\n");
        else if (u == '\r')
            e += QStringLiteral("\\r");
        else if (u == '\t')
            e += QStringLiteral("\\t");
        else if (u < 0x20)
            e += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            e += c;
    }
    return '"' + e.toUtf8() + '"';
}

QByteArray value(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return "null";
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QByteArray::number(v.toLongLong());
    case QMetaType::Double:
        return QByteArray::number(v.toDouble(), 'f', 1);
    case QMetaType::Bool:
        return v.toBool() ? "true" : "false";
    default:
        return quote(v.toString());
    }
}

QByteArray csvCell(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double)
        return QByteArray::number(v.toDouble(), 'f', 1);
    QString s = v.toString();
    // A cell starting with = + - @ is a formula to a spreadsheet: quote it with a leading apostrophe.
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()) && v.typeId() == QMetaType::QString)
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r')))
        return '"' + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8() + '"';
    return s.toUtf8();
}

QByteArray parametersJson(const QJsonObject &o, const QByteArray &indent)
{
    QByteArray out = "{";
    bool first = true;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) { // QJsonObject iterates in key order: fixed
        out += first ? "\n" : ",\n";
        first = false;
        out += indent + "  " + quote(it.key()) + ": " + value(it.value().toVariant());
    }
    return out + (first ? "}" : "\n" + indent + "}");
}

} // namespace

QByteArray Report::toJson() const
{
    QByteArray o = "{\n";
    o += "  \"kind\": " + quote(reportKindKey(kind)) + ",\n";
    o += "  \"title\": " + quote(title) + ",\n";
    o += "  \"commission\": " + quote(commission) + ",\n";
    o += "  \"scope\": " + quote(scope) + ",\n";
    o += "  \"scope_code\": " + quote(scopeCode) + ",\n";
    o += "  \"period\": " + quote(period) + ",\n";
    o += "  \"as_of\": " + quote(time::format(asOf)) + ",\n";
    o += "  \"parameters\": " + parametersJson(parameters, "  ") + ",\n";
    o += "  \"sections\": [";
    for (int s = 0; s < sections.size(); ++s) {
        const ReportSection &sec = sections.at(s);
        o += s ? ",\n    {\n" : "\n    {\n";
        o += "      \"key\": " + quote(sec.key) + ",\n";
        o += "      \"heading\": " + quote(sec.heading) + ",\n";
        o += "      \"paragraphs\": [";
        for (int p = 0; p < sec.paragraphs.size(); ++p)
            o += (p ? ", " : "") + quote(sec.paragraphs.at(p));
        o += "],\n      \"tables\": [";
        for (int t = 0; t < sec.tables.size(); ++t) {
            const ReportTable &tab = sec.tables.at(t);
            o += t ? ",\n        {\n" : "\n        {\n";
            o += "          \"key\": " + quote(tab.key) + ",\n";
            o += "          \"title\": " + quote(tab.title) + ",\n";
            o += "          \"columns\": [";
            for (int c = 0; c < tab.keys.size(); ++c)
                o += (c ? ", " : "") + quote(tab.keys.at(c));
            o += "],\n          \"rows\": [";
            auto row = [&](const QVariantList &r) {
                QByteArray x = "{";
                for (int c = 0; c < tab.keys.size(); ++c)
                    x += (c ? ", " : "") + quote(tab.keys.at(c)) + ": " + value(r.value(c));
                return x + "}";
            };
            for (int r = 0; r < tab.rows.size(); ++r)
                o += (r ? ",\n            " : "\n            ") + row(tab.rows.at(r));
            o += tab.rows.isEmpty() ? "]" : "\n          ]";
            if (!tab.totals.isEmpty())
                o += ",\n          \"totals\": " + row(tab.totals);
            o += "\n        }";
        }
        o += sec.tables.isEmpty() ? "]\n    }" : "\n      ]\n    }";
    }
    o += sections.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return o;
}

QByteArray Report::toCsv() const
{
    QByteArray o = "\xEF\xBB\xBF";
    auto line = [&](const QVariantList &cells) {
        for (int i = 0; i < cells.size(); ++i)
            o += (i ? "," : "") + csvCell(cells.at(i));
        o += "\r\n";
    };
    line({title, commission, scope, period});
    line({QCoreApplication::translate("hc::reports", "数据截至"), time::formatShort(asOf)});
    for (const ReportSection &sec : sections)
        for (const ReportTable &tab : sec.tables) {
            o += "\r\n";
            line({sec.heading + QStringLiteral(" · ") + tab.title});
            QVariantList head;
            for (const QString &h : tab.headings)
                head << h;
            line(head);
            for (const QVariantList &r : tab.rows)
                line(r);
            if (!tab.totals.isEmpty())
                line(tab.totals);
        }
    return o;
}

} // namespace hc::reports
