#include "CaseFile.h"

#include "Crypto.h"
#include "CsvReader.h"
#include "Database.h"
#include "DivisionCode.h"
#include "DivisionRepository.h"
#include "IdNumber.h"
#include "TextDecoder.h"
#include "TimeUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace hc {

namespace {

const char *const kCaseFields[] = {"case_ref", "id_number", "class", "report_time", "discharge_time", "exposure", "division",
                                   "address", "venue_code", "from", "to", "transport", "date", "carriage", "seat"};
const char *const kScanFields[] = {"venue_code", "id_number", "time", "division", "carriage", "seat", "color"};

// "2022-11-20 08:05[:ss]" or "2022/11/20 8:05" read as UTC+8 without a time-zone lookup: China has kept UTC+8
// all year since 1992, and a million-row file must not pay a zone conversion per field. Anything else (an
// offset, a date only, older years) goes the general way.
std::optional<qint64> parseChinaWallClock(QStringView s)
{
    int pos = 0;
    auto number = [&](int minDigits, int maxDigits) -> int {
        int v = 0, n = 0;
        while (pos < s.size() && n < maxDigits && s[pos] >= u'0' && s[pos] <= u'9') {
            v = v * 10 + (s[pos].unicode() - u'0');
            ++pos;
            ++n;
        }
        return n >= minDigits ? v : -1;
    };
    auto sep = [&](char16_t a, char16_t b = 0) {
        if (pos < s.size() && (s[pos] == a || (b && s[pos] == b))) {
            ++pos;
            return true;
        }
        return false;
    };
    const int y = number(4, 4);
    if (y < 1992 || !sep(u'-', u'/'))
        return std::nullopt;
    const int mo = number(1, 2);
    if (mo < 1 || !sep(u'-', u'/'))
        return std::nullopt;
    const int d = number(1, 2);
    if (d < 1 || !sep(u' ', u'T'))
        return std::nullopt;
    const int h = number(1, 2);
    if (h < 0 || h > 23 || !sep(u':'))
        return std::nullopt;
    const int mi = number(2, 2);
    int sec = 0;
    if (mi < 0 || mi > 59)
        return std::nullopt;
    if (sep(u':')) {
        sec = number(2, 2);
        if (sec < 0 || sec > 59)
            return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return std::nullopt;
    return (date.toJulianDay() - 2440588) * 86400 + h * 3600 + mi * 60 + sec - 8 * 3600;
}

// Excel in China writes 2022/11/20 8:05; the console's own files write ISO 8601.
std::optional<qint64> parseTime(const QString &text)
{
    if (const auto fast = parseChinaWallClock(QStringView(text).trimmed()))
        return fast;
    static const QRegularExpression slashed(QStringLiteral(R"(^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$)"));
    QString s = text.trimmed();
    if (const auto m = slashed.match(s); m.hasMatch()) {
        s = QStringLiteral("%1-%2-%3").arg(m.captured(1), m.captured(2).rightJustified(2, QLatin1Char('0')),
                                           m.captured(3).rightJustified(2, QLatin1Char('0')));
        if (!m.captured(4).isEmpty())
            s += QStringLiteral(" %1:%2:%3").arg(m.captured(4).rightJustified(2, QLatin1Char('0')), m.captured(5),
                                                 m.captured(6).isEmpty() ? QStringLiteral("00") : m.captured(6));
    }
    const auto t = time::parse(s, true);
    if (!t)
        return std::nullopt;
    return t->toSecsSinceEpoch();
}

} // namespace

CaseFileReader::CaseFileReader(QSqlDatabase db, qint64 now) : m_db(std::move(db)), m_now(now) {}
CaseFileReader::~CaseFileReader() = default;

QString batchKindKey(BatchKind k)
{
    return k == BatchKind::Cases ? QStringLiteral("cases") : QStringLiteral("verifications");
}

QString caseClassKey(CaseClass c)
{
    switch (c) {
    case CaseClass::Confirmed: return QStringLiteral("confirmed");
    case CaseClass::Asymptomatic: return QStringLiteral("asymptomatic");
    case CaseClass::Suspected: return QStringLiteral("suspected");
    }
    return {};
}

std::optional<CaseClass> caseClassFromText(const QString &text)
{
    // The usual spellings first, without a lower-cased copy (this runs once per row of a million).
    if (text == QLatin1String("confirmed") || text == QStringLiteral("确诊"))
        return CaseClass::Confirmed;
    if (text == QLatin1String("asymptomatic") || text == QStringLiteral("无症状"))
        return CaseClass::Asymptomatic;
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("confirmed") || t == QStringLiteral("确诊") || t == QStringLiteral("确诊病例"))
        return CaseClass::Confirmed;
    if (t == QLatin1String("asymptomatic") || t == QStringLiteral("无症状") || t == QStringLiteral("无症状感染者"))
        return CaseClass::Asymptomatic;
    if (t == QLatin1String("suspected") || t == QStringLiteral("疑似") || t == QStringLiteral("疑似病例"))
        return CaseClass::Suspected;
    return std::nullopt;
}

QString exposureKey(ExposureType e)
{
    static const char *const keys[] = {"", "household", "building", "venue", "train", "flight"};
    return QLatin1String(keys[int(e)]);
}

std::optional<ExposureType> exposureFromText(const QString &text)
{
    if (text.isEmpty())
        return ExposureType::None;
    const QString t = text.isLower() ? text.trimmed() : text.trimmed().toLower();
    if (t.isEmpty() || t == QStringLiteral("无"))
        return ExposureType::None;
    static const QHash<QString, ExposureType> words{
        {QStringLiteral("household"), ExposureType::Household}, {QStringLiteral("同户"), ExposureType::Household},
        {QStringLiteral("家庭"), ExposureType::Household},      {QStringLiteral("building"), ExposureType::Building},
        {QStringLiteral("同楼栋"), ExposureType::Building},     {QStringLiteral("同单元"), ExposureType::Building},
        {QStringLiteral("楼栋"), ExposureType::Building},       {QStringLiteral("venue"), ExposureType::Venue},
        {QStringLiteral("场所"), ExposureType::Venue},          {QStringLiteral("train"), ExposureType::Train},
        {QStringLiteral("火车"), ExposureType::Train},          {QStringLiteral("列车"), ExposureType::Train},
        {QStringLiteral("flight"), ExposureType::Flight},       {QStringLiteral("航班"), ExposureType::Flight}};
    if (const auto it = words.constFind(t); it != words.cend())
        return *it;
    return std::nullopt;
}

QStringList CaseFileReader::fields(BatchKind kind)
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

QStringList CaseFileReader::required(BatchKind kind)
{
    if (kind == BatchKind::Cases)
        return {QStringLiteral("case_ref"), QStringLiteral("id_number"), QStringLiteral("class"), QStringLiteral("report_time")};
    return {QStringLiteral("venue_code"), QStringLiteral("id_number"), QStringLiteral("time")};
}

QStringList CaseFileReader::aliases(const QString &field)
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

Status CaseFileReader::mapColumns(ParsedFile &f, const ColumnMapping &mapping)
{
    QHash<QString, int> byHeader;
    for (int i = 0; i < f.header.size(); ++i)
        byHeader.insert(f.header[i].trimmed().toLower(), i);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!fields(f.kind).contains(it.key()))
            return Error::badInput(tr("The mapping names \"%1\", which is not a field of this kind of file.").arg(it.key()));
        const int i = byHeader.value(it.value().trimmed().toLower(), -1);
        if (i < 0)
            return Error::badInput(tr("The mapping puts \"%1\" in column \"%2\", but the file has no such column (it has: %3).")
                                       .arg(it.key(), it.value(), f.header.join(QStringLiteral(", "))));
        f.columns.insert(it.key(), i);
    }
    for (const QString &field : fields(f.kind)) {
        if (f.columns.contains(field))
            continue;
        for (const QString &name : QStringList{field} + aliases(field))
            if (const int i = byHeader.value(name.toLower(), -1); i >= 0) {
                f.columns.insert(field, i);
                break;
            }
    }
    QStringList missing;
    for (const QString &field : required(f.kind))
        if (!f.columns.contains(field))
            missing << field;
    if (!missing.isEmpty())
        return Error::badInput(tr("No column holds %1. Map the file's columns (the file has: %2).")
                                   .arg(missing.join(QStringLiteral(", ")), f.header.join(QStringLiteral(", "))));
    return Ok{};
}

std::optional<QString> CaseFileReader::division(const QString &text, QString *out)
{
    if (const auto known = m_divisionText.constFind(text); known != m_divisionText.cend()) {
        *out = *known;
        return std::nullopt;
    }
    const auto code = divcode::normalise(text);
    if (!code || code->size() < 6)
        return tr("\"%1\" is not a county, street or village code").arg(text);
    auto it = m_divisions.find(*code);
    if (it == m_divisions.end())
        it = m_divisions.insert(*code, bool(DivisionRepository(m_db).requireExists(*code)));
    if (!*it)
        return tr("division %1 is not in the division tree").arg(*code);
    *out = *code;
    m_divisionText.insert(text, *code);
    return std::nullopt;
}

std::optional<QString> CaseFileReader::time(const QString &field, const QString &text, std::optional<qint64> *out, bool required)
{
    if (text.isEmpty()) {
        if (required)
            return tr("%1 is empty").arg(field);
        return std::nullopt;
    }
    const auto t = parseTime(text);
    if (!t)
        return tr("%1 \"%2\" is not a time (2022-11-20 08:30, 2022/11/20 8:30 or ISO 8601)").arg(field, text);
    if (*t > m_now + 300)
        return tr("%1 %2 is in the future").arg(field, time::formatShort(*t));
    *out = *t;
    return std::nullopt;
}

namespace {

std::optional<QString> checkIdNumber(const QString &text, QString *out)
{
    const QString s = text.trimmed().toUpper();
    // Digits (an X last) are a resident ID, checked strictly; anything else is read as a passport number.
    const bool residentLike = s.size() >= 15 && std::all_of(s.cbegin(), s.cend() - 1, [](QChar c) { return c >= u'0' && c <= u'9'; })
        && ((s.back() >= u'0' && s.back() <= u'9') || s.back() == u'X');
    const IdType type = residentLike ? IdType::Resident : IdType::Passport;
    const auto v = idnumber::validate(type, s);
    if (!v) // the pane and the CLI show reasons: the number masked there (the errors file keeps the row as read)
        return QString(v.error().message).replace(s, mask::idNumber(s));
    *out = v->number;
    return std::nullopt;
}

} // namespace

void CaseFileReader::indexColumns(const ParsedFile &f)
{
    // Field positions looked up once per file, not once per field of every row (fields() order).
    m_columns.clear();
    for (const QString &field : fields(f.kind))
        m_columns.push_back(f.columns.value(field, -1));
}

QString CaseFileReader::field(const QStringList &row, int index) const
{
    const int i = m_columns[size_t(index)];
    return i >= 0 && i < row.size() ? row[i].trimmed() : QString();
}

std::optional<QString> CaseFileReader::checkCase(CaseRow &r, const QStringList &row, const ParsedFile &f)
{
    auto get = [&](int index) { return field(row, index); };
    r.caseRef = get(0);
    if (r.caseRef.isEmpty())
        return tr("the case number is empty");
    if (r.caseRef.size() > 64)
        return tr("the case number is longer than 64 characters");
    if (auto e = checkIdNumber(get(1), &r.idNumber))
        return e;
    const auto cls = caseClassFromText(get(2));
    if (!cls)
        return tr("class \"%1\" is none of confirmed, asymptomatic, suspected (确诊, 无症状, 疑似)").arg(get(2));
    r.cls = *cls;
    std::optional<qint64> t;
    if (auto e = time(QStringLiteral("report_time"), get(3), &t, true))
        return e;
    r.reportAt = *t;
    if (auto e = time(QStringLiteral("discharge_time"), get(4), &r.dischargeAt, false))
        return e;
    if (r.dischargeAt && *r.dischargeAt < r.reportAt)
        return tr("the discharge comes before the report");
    if (r.dischargeAt && r.cls == CaseClass::Suspected)
        return tr("a suspected case is ruled out or confirmed, not discharged");
    const auto exposure = exposureFromText(get(5));
    if (!exposure)
        return tr("exposure \"%1\" is none of household, building, venue, train, flight").arg(get(5));
    r.exposure = *exposure;
    switch (r.exposure) {
    case ExposureType::None: break;
    case ExposureType::Household:
    case ExposureType::Building:
        if (auto e = division(get(6), &r.division))
            return e;
        r.address = get(7);
        if (r.address.isEmpty())
            return r.exposure == ExposureType::Household ? tr("a household needs its address") : tr("a building unit needs its address");
        break;
    case ExposureType::Venue:
        r.venueCode = get(8);
        if (r.venueCode.isEmpty() || r.venueCode.size() > 64)
            return tr("a venue exposure needs the venue code (at most 64 characters)");
        if (auto e = time(QStringLiteral("from"), get(9), &r.from, true))
            return e;
        if (auto e = time(QStringLiteral("to"), get(10), &r.to, true))
            return e;
        if (*r.to < *r.from)
            return tr("the venue visit ends before it starts");
        break;
    case ExposureType::Train:
    case ExposureType::Flight: {
        r.transport = get(11).toUpper().remove(QLatin1Char(' '));
        static const QRegularExpression number(QStringLiteral("^[A-Z0-9]{1,3}[0-9]{1,5}$"));
        if (!number.match(r.transport).hasMatch())
            return tr("\"%1\" is not a train or flight number").arg(get(11));
        if (auto e = time(QStringLiteral("from"), get(9), &r.from, false))
            return e;
        if (auto e = time(QStringLiteral("to"), get(10), &r.to, false))
            return e;
        if (!r.from) {
            std::optional<qint64> day;
            if (auto e = time(QStringLiteral("date"), get(12), &day, true))
                return tr("a journey needs its date or its times: %1").arg(*e);
            r.from = day;
        }
        if (!r.to)
            r.to = *r.from + 24 * 3600 - 1;
        if (*r.to < *r.from)
            return tr("the journey ends before it starts");
        r.carriage = get(13);
        r.seat = get(14).toUpper();
        break;
    }
    }
    // The case's own fields repeat on each of its lines and must agree.
    const CaseRow *earlier = nullptr;
    for (size_t h = qHash(r.caseRef);; ++h) {
        const auto it = m_caseFirst.constFind(h);
        if (it == m_caseFirst.cend())
            break;
        if (f.cases[*it - 1].caseRef == r.caseRef) {
            earlier = &f.cases[*it - 1];
            break;
        }
    }
    if (earlier) {
        const CaseRow &first = *earlier;
        if (first.idNumber != r.idNumber || first.cls != r.cls || first.reportAt != r.reportAt || first.dischargeAt != r.dischargeAt)
            return tr("case %1 has another ID number, class, report or discharge time on line %2").arg(r.caseRef).arg(first.line);
    }
    return std::nullopt;
}

std::optional<QString> CaseFileReader::checkScan(ScanRow &r, const QStringList &row, const ParsedFile &f)
{
    Q_UNUSED(f);
    auto get = [&](int index) { return field(row, index); };
    r.venueCode = get(0).toUpper();
    if (r.venueCode.isEmpty() || r.venueCode.size() > 64)
        return tr("the venue code is empty or longer than 64 characters");
    if (auto e = checkIdNumber(get(1), &r.idNumber))
        return e;
    std::optional<qint64> t;
    if (auto e = time(QStringLiteral("time"), get(2), &t, true))
        return e;
    r.at = *t;
    if (!get(3).isEmpty())
        if (auto e = division(get(3), &r.division))
            return e;
    r.carriage = get(4);
    r.seat = get(5).toUpper();
    if (const QString c = get(6); !c.isEmpty()) {
        static const QHash<QString, int> colors{{QStringLiteral("green"), 0}, {QStringLiteral("绿"), 0}, {QStringLiteral("绿码"), 0},
                                                {QStringLiteral("gray"), 1},  {QStringLiteral("灰"), 1}, {QStringLiteral("灰码"), 1},
                                                {QStringLiteral("yellow"), 2}, {QStringLiteral("黄"), 2}, {QStringLiteral("黄码"), 2},
                                                {QStringLiteral("red"), 3},   {QStringLiteral("红"), 3}, {QStringLiteral("红码"), 3}};
        const auto it = colors.constFind(c.toLower());
        if (it == colors.cend())
            return tr("color \"%1\" is none of green, gray, yellow, red").arg(c);
        r.color = *it;
    }
    if (!m_findHolder) {
        m_findHolder = std::make_unique<QSqlQuery>(m_db);
        m_findHolder->prepare(QStringLiteral("SELECT id FROM holder WHERE id_number = ?"));
    }
    if (const auto it = m_holders.constFind(r.idNumber); it != m_holders.cend()) {
        r.holderId = *it;
    } else {
        m_findHolder->bindValue(0, r.idNumber);
        if (!m_findHolder->exec() || !m_findHolder->next())
            return tr("no holder with ID number %1 is registered here").arg(mask::idNumber(r.idNumber));
        r.holderId = m_findHolder->value(0).toLongLong();
        m_holders.insert(r.idNumber, r.holderId);
    }
    return std::nullopt;
}

namespace {

// What makes two rows the same, line aside (a hash first; equal hashes are compared field by field).
auto fieldsOf(const CaseRow &r)
{
    return std::tie(r.caseRef, r.idNumber, r.cls, r.reportAt, r.dischargeAt, r.exposure, r.division, r.address, r.venueCode,
                    r.from, r.to, r.transport, r.carriage, r.seat);
}
auto fieldsOf(const ScanRow &r)
{
    return std::tie(r.venueCode, r.idNumber, r.at, r.division, r.carriage, r.seat, r.color);
}
size_t hashOf(const CaseRow &r)
{
    return qHashMulti(0, r.caseRef, r.idNumber, int(r.cls), r.reportAt, r.dischargeAt.value_or(-1), int(r.exposure), r.division,
                      r.address, r.venueCode, r.from.value_or(-1), r.to.value_or(-1), r.transport, r.carriage, r.seat);
}
size_t hashOf(const ScanRow &r)
{
    return qHashMulti(0, r.venueCode, r.idNumber, r.at, r.division, r.carriage, r.seat, r.color.value_or(-1));
}

// The line of an earlier identical row, if any; else remembers this one (as the next row of `rows`). Keys are
// row hashes; a different row with an equal hash moves on to the next key, so one flat table serves.
template<typename Row>
std::optional<int> duplicateOf(QHash<size_t, size_t> &seen, const std::vector<Row> &rows, const Row &r)
{
    for (size_t h = hashOf(r);; ++h) {
        const auto it = seen.constFind(h);
        if (it == seen.cend()) {
            seen.insert(h, rows.size());
            return std::nullopt;
        }
        if (fieldsOf(rows[*it]) == fieldsOf(r))
            return rows[*it].line;
    }
}

} // namespace

void CaseFileReader::addRow(ParsedFile &f, int line, const QStringList &row)
{
    ++f.records;
    if (f.format == QLatin1String("csv") && row.size() != f.header.size()) {
        f.errors.push_back({line, tr("the row has %1 fields where the header has %2").arg(row.size()).arg(f.header.size()), row});
        return;
    }
    std::optional<QString> error;
    if (f.kind == BatchKind::Cases) {
        CaseRow r;
        r.line = line;
        error = checkCase(r, row, f);
        if (!error)
            if (const auto first = duplicateOf(m_seen, f.cases, r))
                error = tr("duplicate of line %1").arg(*first);
        if (!error) {
            // Keyed by the case number's hash: equal hashes of other numbers move on to the next key.
            for (size_t h = qHash(r.caseRef);; ++h) {
                size_t &first = m_caseFirst[h]; // 0 = new, else index + 1
                if (first == 0)
                    first = f.cases.size() + 1;
                if (f.cases.size() + 1 == first || f.cases[first - 1].caseRef == r.caseRef)
                    break;
            }
            f.cases.push_back(std::move(r));
        }
    } else {
        ScanRow r;
        r.line = line;
        error = checkScan(r, row, f);
        if (!error)
            if (const auto first = duplicateOf(m_seen, f.scans, r))
                error = tr("duplicate of line %1").arg(*first);
        if (!error)
            f.scans.push_back(std::move(r));
    }
    if (error)
        f.errors.push_back({line, *error, row});
}

Status CaseFileReader::readJson(ParsedFile &f, const QString &text, const std::function<bool(int)> &progress)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::badInput(tr("The JSON is not valid at offset %1: %2.").arg(pe.offset).arg(pe.errorString()));
    const QString listKey = f.kind == BatchKind::Cases ? QStringLiteral("cases") : QStringLiteral("records");
    const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(listKey).toArray();
    if (list.isEmpty())
        return Error::badInput(tr("The JSON holds no \"%1\" list, or it is empty.").arg(listKey));
    f.header = fields(f.kind);
    for (int i = 0; i < f.header.size(); ++i)
        f.columns.insert(f.header[i], i);
    indexColumns(f);
    auto rowOf = [&](const QJsonObject &o, const QJsonObject &extra) {
        QStringList row;
        for (const QString &k : std::as_const(f.header)) {
            const QJsonValue v = extra.contains(k) ? extra.value(k) : o.value(k);
            row << (v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString());
        }
        return row;
    };
    int record = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (f.kind == BatchKind::Verifications) {
            addRow(f, ++record, rowOf(o, {}));
        } else {
            const QJsonArray exposures = o.value(QStringLiteral("exposures")).toArray();
            if (exposures.isEmpty())
                addRow(f, ++record, rowOf(o, {}));
            for (const QJsonValue &e : exposures) {
                QJsonObject x = e.toObject();
                x.insert(QStringLiteral("exposure"), x.value(QStringLiteral("type")));
                addRow(f, ++record, rowOf(o, x));
            }
        }
        if (progress && record % 4096 == 0 && !progress(record))
            return Error::refused(tr("Cancelled."));
    }
    return Ok{};
}

Result<ParsedFile> CaseFileReader::read(const QByteArray &bytes, BatchKind kind, const ColumnMapping &mapping,
                                        const std::function<bool(int)> &progress)
{
    m_seen.clear();
    m_caseFirst.clear();
    const auto decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return decoded.error();
    ParsedFile f;
    f.kind = kind;
    f.encoding = decoded->encoding;
    f.sha256 = QString::fromLatin1(crypto::sha256(bytes).toHex());
    const QString &text = decoded->text;
    const QStringView head = QStringView(text).trimmed().left(1);
    if (head == u"{" || head == u"[") {
        f.format = QStringLiteral("json");
        if (!mapping.isEmpty())
            return Error::badInput(tr("Column mappings are for CSV files; a JSON file names its fields."));
        if (Status s = readJson(f, text, progress); !s)
            return s.error();
        return f;
    }
    f.format = QStringLiteral("csv");
    // Room for every line up front: growing a vector of a million rows moves them over and over.
    const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
    (kind == BatchKind::Cases ? f.cases.reserve(size_t(lines)) : f.scans.reserve(size_t(lines)));
    m_seen.reserve(lines);
    if (kind == BatchKind::Cases)
        m_caseFirst.reserve(lines);
    const QChar delimiter = TextDecoder::detectDelimiter(text);
    f.delimiter = QString(delimiter);
    CsvReader csv(text.toUtf8(), char(delimiter.unicode()));
    if (!csv.next(f.header))
        return Error::badInput(tr("The file has no header line."));
    if (Status s = mapColumns(f, mapping); !s)
        return s.error();
    indexColumns(f);
    // One thread: handing the rows' strings to a second core cost more in cross-thread frees than it saved.
    QStringList row;
    while (csv.next(row)) {
        if (row.size() == 1 && row[0].trimmed().isEmpty())
            continue; // blank line
        addRow(f, csv.line(), row);
        if (progress && f.records % 4096 == 0 && !progress(f.records))
            return Error::refused(tr("Cancelled."));
    }
    if (csv.malformed())
        return Error::badInput(tr("Line %1: a quoted field is not closed; the file is cut off or not CSV.").arg(csv.line()));
    if (f.records == 0)
        return Error::badInput(tr("The file has a header but no rows."));
    return f;
}

QByteArray CaseFileReader::errorsFile(const ParsedFile &f)
{
    auto quote = [](const QString &s) {
        if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
            && !s.contains(QLatin1Char('\r')))
            return s;
        QString q = s;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    };
    QString out = QStringLiteral("_line,_error");
    for (const QString &h : f.header)
        out += QLatin1Char(',') + quote(h);
    out += QStringLiteral("\r\n");
    for (const RowError &e : f.errors) {
        out += QString::number(e.line) + QLatin1Char(',') + quote(e.reason);
        for (const QString &v : e.original)
            out += QLatin1Char(',') + quote(v);
        out += QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace hc
