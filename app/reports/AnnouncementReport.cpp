// The risk-area announcement (风险区域公告) of ReportBuilder: every area in force at a time, in the wording of a
// public announcement.
#include "ReportBuilder.h"

#include "Figures.h"
#include "TimeUtil.h"

#include <QSqlQuery>

namespace hc::reports {

Result<Report> ReportBuilder::announcement(const Official &who, const ReportRequest &r, qint64 now) const
{
    if (r.at < kEarliest || r.at > now + 300)
        return Error::badInput(tr("The announcement's time must lie between 2019-12-01 and now."));
    auto code = scopeOf(who, r.division);
    if (!code)
        return code.error();
    const QString scope = Figures::prefixOf(*code);
    const Figures f(m_db);
    Report rep;
    rep.scope = f.pathName(*code);
    rep.scopeCode = *code;
    rep.asOf = r.at;
    rep.period = words::dateTime(r.at);
    rep.parameters = {{QStringLiteral("at"), time::format(r.at)}, {QStringLiteral("division"), *code}};
    rep.fileStem = QStringLiteral("announcement-%1-%2")
                       .arg(code->isEmpty() ? QStringLiteral("all") : *code,
                            QDateTime::fromSecsSinceEpoch(r.at, time::chinaZone()).toString(QStringLiteral("yyyyMMdd-HHmm")));

    struct Area
    {
        QString county;
        QString name;
        qint64 from;
    };
    QMap<int, QMap<QString, QList<Area>>> byLevel; // level → county → areas
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.division_code, a.subarea, p.level, p.effective_from FROM risk_area a"
                             " JOIN risk_period p ON p.area_id = a.id WHERE a.division_code >= ? AND a.division_code < ?"
                             " AND p.effective_from <= ? AND (p.effective_to IS NULL OR p.effective_to > ?)"
                             " ORDER BY a.division_code, a.subarea_key"));
    for (const QVariant &v : QVariantList{scope, scope + QChar(0xFFFF), r.at, r.at})
        q.addBindValue(v);
    if (!q.exec())
        return Error::internal(tr("The areas in force cannot be read."));
    QHash<QString, QString> below; // the part of a division's name below its county
    while (q.next()) {
        const QString division = q.value(0).toString();
        const QString county = division.left(6);
        auto it = below.find(division);
        if (it == below.end()) {
            QString n = division.size() > 6 ? f.pathName(division).mid(f.pathName(county).size()) : QString();
            it = below.insert(division, n);
        }
        QString name = *it;
        const QString subarea = q.value(1).toString();
        if (!subarea.isEmpty())
            name += subarea;
        if (name.isEmpty())
            name = QStringLiteral("全域");
        byLevel[q.value(2).toInt()][county] << Area{county, name, q.value(3).toLongLong()};
    }

    ReportTable t = ReportTable::make(QStringLiteral("areas"), QStringLiteral("风险区域名单"),
        {{QStringLiteral("level"), QStringLiteral("风险等级")},
         {QStringLiteral("county_code"), QStringLiteral("区划代码")},
         {QStringLiteral("county"), QStringLiteral("县（市、区）")},
         {QStringLiteral("area"), QStringLiteral("区域")},
         {QStringLiteral("since"), QStringLiteral("起始时间")}});
    t.pdfRows = 2000; // the announcement's text names every area; the annex table is capped in the PDF
    ReportSection intro;
    intro.key = QStringLiteral("announcement");
    intro.heading = QStringLiteral("%1关于风险区域划定的公告").arg(f.pathName(*code));
    const qint64 high = [&] { qint64 n = 0; for (const auto &c : byLevel.value(2)) n += c.size(); return n; }();
    const qint64 medium = [&] { qint64 n = 0; for (const auto &c : byLevel.value(1)) n += c.size(); return n; }();
    intro.paragraphs << QStringLiteral("根据国务院联防联控机制关于科学精准划定风险区域的有关规定，经研判，截至%1，"
                                       "%2共有高风险区%3个、中风险区%4个，现公告如下：")
                            .arg(words::dateTime(r.at), f.pathName(*code)).arg(high).arg(medium);
    QList<ReportSection> sections{intro};
    int ordinal = 0;
    for (const int level : {2, 1}) {
        const auto counties = byLevel.value(level);
        ReportSection s;
        s.key = level == 2 ? QStringLiteral("high") : QStringLiteral("medium");
        s.heading = QStringLiteral("%1、%2（%3个）")
                        .arg(ordinal++ == 0 ? QStringLiteral("一") : QStringLiteral("二"), words::level(level))
                        .arg(level == 2 ? high : medium);
        if (counties.isEmpty())
            s.paragraphs << QStringLiteral("无。");
        for (auto it = counties.cbegin(); it != counties.cend(); ++it) {
            QStringList names;
            for (const Area &a : *it) {
                names << a.name;
                t.rows << QVariantList{words::level(level), a.county, f.name(a.county), a.name, time::formatShort(a.from)};
            }
            s.paragraphs << QStringLiteral("%1：%2。").arg(f.name(it.key()), names.join(QStringLiteral("、")));
        }
        sections << s;
    }
    ReportSection close;
    close.key = QStringLiteral("closing");
    close.heading = QStringLiteral("三、其他区域");
    close.paragraphs << QStringLiteral("除上述区域外，%1其他区域为低风险区。请广大群众持续关注风险区域动态调整信息，"
                                       "做好个人防护，配合落实各项防控措施。").arg(f.pathName(*code))
                     << QStringLiteral("特此公告。");
    ReportSection annex;
    annex.key = QStringLiteral("annex");
    annex.heading = QStringLiteral("附件：风险区域名单");
    annex.tables << t;
    sections << close << annex;
    rep.sections = sections;
    return rep;
}

} // namespace hc::reports
