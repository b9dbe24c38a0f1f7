#include "CaseColumns.h"

namespace hc {

namespace {

const char *const kCaseFields[] = {"case_ref", "id_number", "class", "report_time", "discharge_time", "exposure", "division",
                                   "address", "venue_code", "from", "to", "transport", "date", "carriage", "seat"};
const char *const kScanFields[] = {"venue_code", "id_number", "time", "division", "carriage", "seat", "color"};

} // namespace

QStringList CaseColumns::fields(BatchKind kind)
{
    QStringList out;
    if (kind == BatchKind::Cases)
        for (const char *f : kCaseFields)
            out << QLatin1String(f);
    else
        for (const char *f : kScanFields)
            out << QLatin1String(f);
    return out;
}

QStringList CaseColumns::required(BatchKind kind)
{
    if (kind == BatchKind::Cases)
        return {QStringLiteral("case_ref"), QStringLiteral("id_number"), QStringLiteral("class"), QStringLiteral("report_time")};
    return {QStringLiteral("venue_code"), QStringLiteral("id_number"), QStringLiteral("time")};
}

QStringList CaseColumns::aliases(const QString &field)
{
    static const QHash<QString, QStringList> words{
        {QStringLiteral("case_ref"), {QStringLiteral("病例编号"), QStringLiteral("报告卡编号"), QStringLiteral("编号")}},
        {QStringLiteral("id_number"), {QStringLiteral("身份证号"), QStringLiteral("证件号码"), QStringLiteral("身份证号码")}},
        {QStringLiteral("class"), {QStringLiteral("类别"), QStringLiteral("病例类别"), QStringLiteral("分类")}},
        {QStringLiteral("report_time"), {QStringLiteral("报告时间"), QStringLiteral("报告日期")}},
        {QStringLiteral("discharge_time"), {QStringLiteral("出院时间"), QStringLiteral("痊愈出院时间")}},
        {QStringLiteral("exposure"), {QStringLiteral("暴露类型"), QStringLiteral("接触类型")}},
        {QStringLiteral("division"), {QStringLiteral("区划代码"), QStringLiteral("住址区划")}},
        {QStringLiteral("address"), {QStringLiteral("地址"), QStringLiteral("楼栋单元"), QStringLiteral("住址")}},
        {QStringLiteral("venue_code"), {QStringLiteral("场所码"), QStringLiteral("场所编码")}},
        {QStringLiteral("from"), {QStringLiteral("开始时间"), QStringLiteral("到达时间")}},
        {QStringLiteral("to"), {QStringLiteral("结束时间"), QStringLiteral("离开时间")}},
        {QStringLiteral("transport"), {QStringLiteral("车次航班"), QStringLiteral("车次"), QStringLiteral("航班号")}},
        {QStringLiteral("date"), {QStringLiteral("日期"), QStringLiteral("乘车日期")}},
        {QStringLiteral("carriage"), {QStringLiteral("车厢"), QStringLiteral("车厢号")}},
        {QStringLiteral("seat"), {QStringLiteral("座位"), QStringLiteral("座位号")}},
        {QStringLiteral("time"), {QStringLiteral("核验时间"), QStringLiteral("扫码时间"), QStringLiteral("时间")}},
        {QStringLiteral("color"), {QStringLiteral("码色"), QStringLiteral("健康码颜色")}}};
    return words.value(field);
}

Status CaseColumns::map(BatchKind kind, const QStringList &header, const ColumnMapping &mapping)
{
    m_byField.clear();
    QHash<QString, int> byHeader;
    for (int i = 0; i < header.size(); ++i)
        byHeader.insert(header[i].trimmed().toLower(), i);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!fields(kind).contains(it.key()))
            return Error::badInput(tr("The mapping names \"%1\", which is not a field of this kind of file.").arg(it.key()));
        const int i = byHeader.value(it.value().trimmed().toLower(), -1);
        if (i < 0)
            return Error::badInput(tr("The mapping puts \"%1\" in column \"%2\", but the file has no such column (it has: %3).")
                                       .arg(it.key(), it.value(), header.join(QStringLiteral(", "))));
        m_byField.insert(it.key(), i);
    }
    for (const QString &field : fields(kind)) {
        if (m_byField.contains(field))
            continue;
        for (const QString &name : QStringList{field} + aliases(field))
            if (const int i = byHeader.value(name.toLower(), -1); i >= 0) {
                m_byField.insert(field, i);
                break;
            }
    }
    QStringList missing;
    for (const QString &field : required(kind))
        if (!m_byField.contains(field))
            missing << field;
    if (!missing.isEmpty())
        return Error::badInput(tr("No column holds %1. Map the file's columns (the file has: %2).")
                                   .arg(missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", "))));
    index(kind);
    return Ok{};
}

void CaseColumns::mapInOrder(BatchKind kind)
{
    const QStringList all = fields(kind);
    m_byField.clear();
    for (int i = 0; i < all.size(); ++i)
        m_byField.insert(all[i], i);
    index(kind);
}

void CaseColumns::index(BatchKind kind)
{
    // Field positions looked up once per file, not once per field of every row (fields() order).
    m_positions.clear();
    for (const QString &field : fields(kind))
        m_positions.push_back(m_byField.value(field, -1));
}

} // namespace hc
