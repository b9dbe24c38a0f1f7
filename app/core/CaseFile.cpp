#include "CaseFile.h"

#include "CsvReader.h"
#include "Database.h"
#include "DivisionCode.h"
#include "DivisionRepository.h"
#include "IdNumber.h"
#include "SpillSort.h"
#include "TextDecoder.h"
#include "TimeUtil.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <algorithm>
#include <openssl/evp.h>
#include <unordered_map>

namespace hc {

namespace {

const char *const kCaseFields[] = {"case_ref", "id_number", "class", "report_time", "discharge_time", "exposure", "division",
                                   "address", "venue_code", "from", "to", "transport", "date", "carriage", "seat"};
const char *const kScanFields[] = {"venue_code", "id_number", "time", "division", "carriage", "seat", "color"};

// "2022-11-20 08:05[:ss]" or "2022/11/20 8:05" read as UTC+8 without a time-zone lookup: China has kept UTC+8
// all year since 1992, and a million-row file must not pay a zone conversion per field. Anything else (an
// offset, a date only, older years) goes the general way. Over UTF-16 or UTF-8 alike.
template<typename View>
std::optional<qint64> parseChinaWallClock(View s)
{
    qsizetype pos = 0;
    const auto at = [&](qsizetype i) -> int {
        if constexpr (std::is_same_v<View, QStringView>)
            return s[i].unicode();
        else
            return uchar(s[i]);
    };
    auto number = [&](int minDigits, int maxDigits) -> int {
        int v = 0, n = 0;
        while (pos < s.size() && n < maxDigits && at(pos) >= '0' && at(pos) <= '9') {
            v = v * 10 + (at(pos) - '0');
            ++pos;
            ++n;
        }
        return n >= minDigits ? v : -1;
    };
    auto sep = [&](char a, char b = 0) {
        if (pos < s.size() && (at(pos) == a || (b && at(pos) == b))) {
            ++pos;
            return true;
        }
        return false;
    };
    const int y = number(4, 4);
    if (y < 1992 || !sep('-', '/'))
        return std::nullopt;
    const int mo = number(1, 2);
    if (mo < 1 || !sep('-', '/'))
        return std::nullopt;
    const int d = number(1, 2);
    if (d < 1 || !sep(' ', 'T'))
        return std::nullopt;
    const int h = number(1, 2);
    if (h < 0 || h > 23 || !sep(':'))
        return std::nullopt;
    const int mi = number(2, 2);
    int sec = 0;
    if (mi < 0 || mi > 59)
        return std::nullopt;
    if (sep(':')) {
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

// QChar::isSpace over UTF-8: the ASCII blanks, U+0085, and the Unicode separators (Zs, Zl, Zp).
bool isSpace(char32_t c)
{
    return c == 0x20 || (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

char32_t decodeAt(QByteArrayView v, qsizetype i, qsizetype *length)
{
    const uchar b = uchar(v[i]);
    const int n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    *length = std::min<qsizetype>(n, v.size() - i);
    char32_t c = n == 1 ? b : n == 2 ? b & 0x1F : n == 3 ? b & 0x0F : b & 0x07;
    for (qsizetype k = 1; k < *length; ++k)
        c = (c << 6) | (uchar(v[i + k]) & 0x3F);
    return c;
}

// QString::trimmed() of valid UTF-8, without decoding it.
QByteArrayView trimmedUtf8(QByteArrayView v)
{
    qsizetype begin = 0, end = v.size(), n = 0;
    while (begin < end && isSpace(decodeAt(v, begin, &n)))
        begin += n;
    while (end > begin) {
        qsizetype start = end - 1;
        while (start > begin && (uchar(v[start]) & 0xC0) == 0x80)
            --start;
        if (!isSpace(decodeAt(v, start, &n)))
            break;
        end = start;
    }
    return v.sliced(begin, end - begin);
}

bool isAscii(QByteArrayView v)
{
    return std::all_of(v.begin(), v.end(), [](char c) { return uchar(c) < 0x80; });
}

// QString::toUpper() of ASCII text; false for anything else (the general way then decides).
bool asciiUpper(QByteArrayView v, QByteArray &buffer, QByteArrayView *out)
{
    if (!isAscii(v))
        return false;
    if (std::none_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        *out = v;
        return true;
    }
    buffer = v.toByteArray().toUpper();
    *out = buffer;
    return true;
}

// A resident ID that is plainly right (18 digits, the last maybe X), as idnumber::validate would accept and
// write it; false for anything else, which the general way checks and names.
bool plainResidentId(QByteArrayView v, QByteArray &buffer, QByteArrayView *out)
{
    if (v.size() != 18)
        return false;
    for (int i = 0; i < 17; ++i)
        if (v[i] < '0' || v[i] > '9')
            return false;
    const char last = v[17];
    if (!((last >= '0' && last <= '9') || last == 'X' || last == 'x'))
        return false;
    auto digits = [&](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i)
            n = n * 10 + (v[i] - '0');
        return n;
    };
    const int province = digits(0, 2);
    const QDate birth(digits(6, 4), digits(10, 2), digits(12, 2));
    if (province < 11 || province > 91 || !birth.isValid() || birth.year() < 1880)
        return false;
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (v[i] - '0') * weights[i];
    if ("10X98765432"[sum % 11] != (last == 'x' ? 'X' : last))
        return false;
    if (last == 'x') {
        buffer = v.toByteArray();
        buffer[17] = 'X';
        *out = buffer;
    } else {
        *out = v;
    }
    return true;
}

// A train or flight number as the general way writes it (upper case, no spaces) and checks it
// (^[A-Z0-9]{1,3}[0-9]{1,5}$).
bool plainTransport(QByteArrayView v, QByteArray &buffer, QByteArrayView *out)
{
    if (!isAscii(v))
        return false;
    buffer.resize(0);
    for (char c : v)
        if (c != ' ')
            buffer.append(c >= 'a' && c <= 'z' ? char(c - 32) : c);
    const qsizetype n = buffer.size();
    qsizetype digits = 0;
    while (digits < n && buffer[n - 1 - digits] >= '0' && buffer[n - 1 - digits] <= '9')
        ++digits;
    const bool alnum = std::all_of(buffer.cbegin(), buffer.cend(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
    const qsizetype head = std::min<qsizetype>(3, n - 1); // the longest prefix that leaves 1–5 digits
    if (!alnum || n < 2 || head < std::max<qsizetype>(1, n - 5) || n - head > digits)
        return false;
    *out = buffer;
    return true;
}

std::optional<int> colorOf(const QString &text)
{
    static const QHash<QString, int> colors{{QStringLiteral("green"), 0}, {QStringLiteral("绿"), 0}, {QStringLiteral("绿码"), 0},
                                            {QStringLiteral("gray"), 1},  {QStringLiteral("灰"), 1}, {QStringLiteral("灰码"), 1},
                                            {QStringLiteral("yellow"), 2}, {QStringLiteral("黄"), 2}, {QStringLiteral("黄码"), 2},
                                            {QStringLiteral("red"), 3},   {QStringLiteral("红"), 3}, {QStringLiteral("红码"), 3}};
    const auto it = colors.constFind(text.toLower());
    return it == colors.cend() ? std::nullopt : std::optional(*it);
}

QStringList strings(const std::vector<QByteArrayView> &row)
{
    QStringList out;
    out.reserve(qsizetype(row.size()));
    for (QByteArrayView v : row)
        out << QString::fromUtf8(v);
    return out;
}

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

CaseRow caseRowOf(const CaseRowUtf8 &u)
{
    CaseRow r;
    r.line = u.line;
    r.caseRef = QString::fromUtf8(u.caseRef);
    r.idNumber = QString::fromUtf8(u.idNumber);
    r.cls = u.cls;
    r.reportAt = u.reportAt;
    r.dischargeAt = u.dischargeAt;
    r.exposure = u.exposure;
    r.division = QString::fromUtf8(u.division);
    r.address = QString::fromUtf8(u.address);
    r.venueCode = QString::fromUtf8(u.venueCode);
    r.from = u.from;
    r.to = u.to;
    r.transport = QString::fromUtf8(u.transport);
    r.carriage = QString::fromUtf8(u.carriage);
    r.seat = QString::fromUtf8(u.seat);
    return r;
}

ScanRow scanRowOf(const ScanRowUtf8 &u)
{
    ScanRow r;
    r.line = u.line;
    r.venueCode = QString::fromUtf8(u.venueCode);
    r.idNumber = QString::fromUtf8(u.idNumber);
    r.holderId = u.holderId;
    r.at = u.at;
    r.division = QString::fromUtf8(u.division);
    r.carriage = QString::fromUtf8(u.carriage);
    r.seat = QString::fromUtf8(u.seat);
    r.color = u.color;
    return r;
}

// What makes two rows the same, line aside.
auto fieldsOf(const CaseRow &r)
{
    return std::tie(r.caseRef, r.idNumber, r.cls, r.reportAt, r.dischargeAt, r.exposure, r.division, r.address, r.venueCode,
                    r.from, r.to, r.transport, r.carriage, r.seat);
}
auto fieldsOf(const ScanRow &r)
{
    return std::tie(r.venueCode, r.idNumber, r.at, r.division, r.carriage, r.seat, r.color);
}

} // namespace

namespace {

// Rows are told apart by 128-bit fingerprints: two 64-bit hashes with independent seeds. Two different rows
// of a 5,000,000-row file share one with a chance of about 10^-25.
struct Key
{
    quint64 a = 0, b = 0;
    friend bool operator==(const Key &, const Key &) = default;
    friend auto operator<=>(const Key &, const Key &) = default;
};

Key fingerprint(const std::string &bytes)
{
    return {quint64(qHashBits(bytes.data(), bytes.size(), size_t(0x9E3779B97F4A7C15ULL))),
            quint64(qHashBits(bytes.data(), bytes.size(), size_t(0xC2B2AE3D27D4EB4FULL)))};
}

// The canonical bytes of a row's values as stored (length-prefixed, so that no two rows write the same).
void putText(std::string &out, QByteArrayView v)
{
    const quint32 n = quint32(v.size());
    out.append(reinterpret_cast<const char *>(&n), sizeof n).append(v.data() ? v.data() : "", size_t(v.size()));
}
void putInt(std::string &out, qint64 v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}
void putOpt(std::string &out, const std::optional<qint64> &v)
{
    out.push_back(v ? '\1' : '\0');
    putInt(out, v.value_or(0));
}

// One accepted row for the file-wide checks: its case (or, for scans, itself), the case's own fields, the
// whole row, where it stands.
struct GroupRecord
{
    Key key;
    Key row;
    quint64 caseFields = 0;
    quint32 line = 0;
    quint32 index = 0; // among the accepted rows
};
struct ByKeyThenLine
{
    bool operator()(const GroupRecord &x, const GroupRecord &y) const { return x.key != y.key ? x.key < y.key : x.line < y.line; }
};

enum class Bad : quint32 { Row, Duplicate, Disagrees };
struct Rejection
{
    quint32 line = 0;
    Bad kind = Bad::Row;
    quint32 ref = 0; // the earlier line
    quint32 unused = 0;
};
struct ByLine
{
    bool operator()(const Rejection &x, const Rejection &y) const { return x.line < y.line; }
};

// SHA-256 of the file as read, a chunk at a time.
class Sha256
{
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) { reset(); }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Q_DISABLE_COPY_MOVE(Sha256)
    void reset() { EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr); }
    void add(const char *data, qsizetype n) { EVP_DigestUpdate(m_ctx, data, size_t(n)); }
    QString hex()
    {
        unsigned char out[32];
        unsigned int n = 0;
        EVP_DigestFinal_ex(m_ctx, out, &n);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), int(n)).toHex());
    }

private:
    EVP_MD_CTX *m_ctx;
};

// The accepted rows of a file read in memory (the pane's preview), minus what the file-wide checks take back.
class MemorySink final : public CaseRowSink
{
public:
    std::vector<CaseRow> cases;
    std::vector<ScanRow> scans;
    std::vector<bool> removed;
    Status add(const CaseRowUtf8 &row) override
    {
        cases.push_back(caseRowOf(row));
        removed.push_back(false);
        return Ok{};
    }
    Status add(const ScanRowUtf8 &row) override
    {
        scans.push_back(scanRowOf(row));
        removed.push_back(false);
        return Ok{};
    }
    Status remove(qint64 n) override
    {
        removed[size_t(n)] = true;
        return Ok{};
    }
    Status clear() override
    {
        cases.clear();
        scans.clear();
        removed.clear();
        return Ok{};
    }
    template<typename Row>
    void compact(std::vector<Row> &rows)
    {
        size_t w = 0;
        for (size_t i = 0; i < rows.size(); ++i)
            if (!removed[i])
                rows[w++] = std::move(rows[i]);
        rows.resize(w);
    }
};

constexpr size_t kRecordsInMemory = 1 << 20; // 48 MB of fingerprints before a run goes to a temporary file
constexpr int kPreviewRows = 5;

} // namespace

struct CaseFileReader::Checks
{
    SpillSort<GroupRecord, ByKeyThenLine> groups{kRecordsInMemory};
    SpillSort<Rejection, ByLine> bad{kRecordsInMemory};
    quint32 accepted = 0; // rows that passed their own checks so far
    std::string canon;
    QList<CaseRow> firstCases;
    QList<ScanRow> firstScans;
    Sha256 sha;
};

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

Status CaseFileReader::mapColumns(const QStringList &header, const ColumnMapping &mapping)
{
    m_columnMap.clear();
    QHash<QString, int> byHeader;
    for (int i = 0; i < header.size(); ++i)
        byHeader.insert(header[i].trimmed().toLower(), i);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!fields(m_kind).contains(it.key()))
            return Error::badInput(tr("The mapping names \"%1\", which is not a field of this kind of file.").arg(it.key()));
        const int i = byHeader.value(it.value().trimmed().toLower(), -1);
        if (i < 0)
            return Error::badInput(tr("The mapping puts \"%1\" in column \"%2\", but the file has no such column (it has: %3).")
                                       .arg(it.key(), it.value(), header.join(QStringLiteral(", "))));
        m_columnMap.insert(it.key(), i);
    }
    for (const QString &field : fields(m_kind)) {
        if (m_columnMap.contains(field))
            continue;
        for (const QString &name : QStringList{field} + aliases(field))
            if (const int i = byHeader.value(name.toLower(), -1); i >= 0) {
                m_columnMap.insert(field, i);
                break;
            }
    }
    QStringList missing;
    for (const QString &field : required(m_kind))
        if (!m_columnMap.contains(field))
            missing << field;
    if (!missing.isEmpty())
        return Error::badInput(tr("No column holds %1. Map the file's columns (the file has: %2).")
                                   .arg(missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", "))));
    indexColumns();
    return Ok{};
}

void CaseFileReader::indexColumns()
{
    // Field positions looked up once per file, not once per field of every row (fields() order).
    m_columns.clear();
    for (const QString &field : fields(m_kind))
        m_columns.push_back(m_columnMap.value(field, -1));
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

std::optional<QByteArrayView> CaseFileReader::divisionUtf8(QByteArrayView text)
{
    // The values' bytes stay where they are while the table grows: the view outlives the row.
    if (const auto known = m_divisionUtf8.constFind(QByteArray::fromRawData(text.data(), text.size())); known != m_divisionUtf8.cend())
        return QByteArrayView(*known);
    QString code;
    if (division(QString::fromUtf8(text), &code))
        return std::nullopt;
    return QByteArrayView(*m_divisionUtf8.insert(text.toByteArray(), code.toUtf8()));
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

bool CaseFileReader::timeUtf8(QByteArrayView text, std::optional<qint64> *out, bool required) const
{
    if (text.isEmpty())
        return !required;
    auto t = parseChinaWallClock(text);
    if (!t)
        t = parseTime(QString::fromUtf8(text));
    if (!t || *t > m_now + 300)
        return false;
    *out = *t;
    return true;
}

std::optional<qint64> CaseFileReader::holderOf(const QString &idNumber)
{
    if (const auto it = m_holders.constFind(idNumber); it != m_holders.cend())
        return *it;
    if (!m_findHolder) {
        m_findHolder = std::make_unique<QSqlQuery>(m_db);
        m_findHolder->prepare(QStringLiteral("SELECT id FROM holder WHERE id_number = ?"));
    }
    m_findHolder->bindValue(0, idNumber);
    if (!m_findHolder->exec() || !m_findHolder->next())
        return std::nullopt;
    if (m_holders.size() > 100000)
        m_holders.clear(); // a memory bound, not a correctness one
    return *m_holders.insert(idNumber, m_findHolder->value(0).toLongLong());
}

QString CaseFileReader::field(const QStringList &row, int index) const
{
    const int i = m_columns[size_t(index)];
    return i >= 0 && i < row.size() ? row[i].trimmed() : QString();
}

QByteArrayView CaseFileReader::fieldUtf8(const std::vector<QByteArrayView> &row, int index) const
{
    const int i = m_columns[size_t(index)];
    return i >= 0 && size_t(i) < row.size() ? trimmedUtf8(row[size_t(i)]) : QByteArrayView();
}

// The reference checks, on the fields as text: every reason a row is bad comes from here.
std::optional<QString> CaseFileReader::checkCase(CaseRow &r, const QStringList &row)
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
    return std::nullopt;
}

std::optional<QString> CaseFileReader::checkScan(ScanRow &r, const QStringList &row)
{
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
        r.color = colorOf(c);
        if (!r.color)
            return tr("color \"%1\" is none of green, gray, yellow, red").arg(c);
    }
    const auto holder = holderOf(r.idNumber);
    if (!holder)
        return tr("no holder with ID number %1 is registered here").arg(mask::idNumber(r.idNumber));
    r.holderId = *holder;
    return std::nullopt;
}

// The same checks on the UTF-8 fields of rows as they usually come, without a string per field: true when the
// row is plainly good (m_case holds it as the reference checks would write it), false to let them decide.
bool CaseFileReader::fastCase(const std::vector<QByteArrayView> &row)
{
    CaseRowUtf8 &r = m_case;
    r = CaseRowUtf8{};
    auto get = [&](int index) { return fieldUtf8(row, index); };
    r.caseRef = get(0);
    if (r.caseRef.isEmpty() || r.caseRef.size() > 64 || !plainResidentId(get(1), m_owned[1], &r.idNumber))
        return false;
    const QByteArrayView cls = get(2);
    if (cls == "confirmed" || cls == "确诊") {
        r.cls = CaseClass::Confirmed;
    } else if (cls == "asymptomatic" || cls == "无症状") {
        r.cls = CaseClass::Asymptomatic;
    } else {
        const auto c = caseClassFromText(QString::fromUtf8(cls));
        if (!c)
            return false;
        r.cls = *c;
    }
    std::optional<qint64> report;
    if (!timeUtf8(get(3), &report, true) || !timeUtf8(get(4), &r.dischargeAt, false))
        return false;
    r.reportAt = *report;
    if (r.dischargeAt && (*r.dischargeAt < r.reportAt || r.cls == CaseClass::Suspected))
        return false;
    static const QByteArrayView keys[] = {"", "household", "building", "venue", "train", "flight"};
    const QByteArrayView exposure = get(5);
    const auto known = std::find(std::begin(keys), std::end(keys), exposure);
    if (known != std::end(keys)) {
        r.exposure = ExposureType(known - std::begin(keys));
    } else {
        const auto e = exposureFromText(QString::fromUtf8(exposure));
        if (!e)
            return false;
        r.exposure = *e;
    }
    switch (r.exposure) {
    case ExposureType::None: return true;
    case ExposureType::Household:
    case ExposureType::Building:
        if (const auto d = divisionUtf8(get(6)))
            r.division = *d;
        else
            return false;
        r.address = get(7);
        return !r.address.isEmpty();
    case ExposureType::Venue:
        r.venueCode = get(8);
        return !r.venueCode.isEmpty() && r.venueCode.size() <= 64 && timeUtf8(get(9), &r.from, true) && timeUtf8(get(10), &r.to, true)
            && *r.to >= *r.from;
    case ExposureType::Train:
    case ExposureType::Flight:
        if (!plainTransport(get(11), m_owned[5], &r.transport) || !timeUtf8(get(9), &r.from, false) || !timeUtf8(get(10), &r.to, false))
            return false;
        if (!r.from && !timeUtf8(get(12), &r.from, true))
            return false;
        if (!r.to)
            r.to = *r.from + 24 * 3600 - 1;
        r.carriage = get(13);
        return *r.to >= *r.from && asciiUpper(get(14), m_owned[7], &r.seat);
    }
    return false;
}

bool CaseFileReader::fastScan(const std::vector<QByteArrayView> &row)
{
    ScanRowUtf8 &r = m_scan;
    r = ScanRowUtf8{};
    auto get = [&](int index) { return fieldUtf8(row, index); };
    std::optional<qint64> at;
    if (!asciiUpper(get(0), m_owned[0], &r.venueCode) || r.venueCode.isEmpty() || r.venueCode.size() > 64
        || !plainResidentId(get(1), m_owned[1], &r.idNumber) || !timeUtf8(get(2), &at, true))
        return false;
    r.at = *at;
    if (const QByteArrayView d = get(3); !d.isEmpty()) {
        if (const auto code = divisionUtf8(d))
            r.division = *code;
        else
            return false;
    }
    r.carriage = get(4);
    if (!asciiUpper(get(5), m_owned[4], &r.seat))
        return false;
    if (const QByteArrayView c = get(6); !c.isEmpty()) {
        r.color = colorOf(QString::fromUtf8(c));
        if (!r.color)
            return false;
    }
    const auto holder = holderOf(QString::fromLatin1(r.idNumber));
    r.holderId = holder.value_or(0);
    return bool(holder);
}

std::optional<QString> CaseFileReader::checkRow(const std::vector<QByteArrayView> &row, int line)
{
    if (m_csv && qsizetype(row.size()) != m_headerSize)
        return tr("the row has %1 fields where the header has %2").arg(row.size()).arg(m_headerSize);
    if (m_kind == BatchKind::Cases) {
        if (fastCase(row)) {
            m_case.line = line;
            return std::nullopt;
        }
        CaseRow r;
        if (auto e = checkCase(r, strings(row)))
            return e;
        // Kept as UTF-8 like the plain rows (m_owned holds the bytes until the next row).
        const QString *texts[] = {&r.caseRef, &r.idNumber, &r.division, &r.address, &r.venueCode, &r.transport, &r.carriage, &r.seat};
        for (int i = 0; i < 8; ++i)
            m_owned[i] = texts[i]->toUtf8();
        m_case = {line,        m_owned[0], m_owned[1], m_owned[2], m_owned[3], m_owned[4], m_owned[5], m_owned[6], m_owned[7],
                  r.cls,       r.reportAt, r.dischargeAt, r.exposure, r.from, r.to};
        return std::nullopt;
    }
    if (fastScan(row)) {
        m_scan.line = line;
        return std::nullopt;
    }
    ScanRow r;
    if (auto e = checkScan(r, strings(row)))
        return e;
    const QString *texts[] = {&r.venueCode, &r.idNumber, &r.division, &r.carriage, &r.seat};
    for (int i = 0; i < 5; ++i)
        m_owned[i] = texts[i]->toUtf8();
    m_scan = {line, m_owned[0], m_owned[1], m_owned[2], m_owned[3], m_owned[4], r.holderId, r.at, r.color};
    return std::nullopt;
}

Status CaseFileReader::remember(int line)
{
    Checks &c = *m_checks;
    std::string &k = c.canon;
    GroupRecord g;
    g.line = quint32(line);
    g.index = c.accepted;
    k.clear();
    if (m_kind == BatchKind::Cases) {
        const CaseRowUtf8 &r = m_case;
        putText(k, r.caseRef);
        g.key = fingerprint(k);
        const size_t own = k.size();
        putText(k, r.idNumber);
        putInt(k, qint64(r.cls));
        putInt(k, r.reportAt);
        putOpt(k, r.dischargeAt);
        g.caseFields = quint64(qHashBits(k.data() + own, k.size() - own, size_t(0x9E3779B97F4A7C15ULL)));
        putInt(k, qint64(r.exposure));
        for (QByteArrayView v : {r.division, r.address, r.venueCode})
            putText(k, v);
        putOpt(k, r.from);
        putOpt(k, r.to);
        for (QByteArrayView v : {r.transport, r.carriage, r.seat})
            putText(k, v);
        g.row = fingerprint(k);
        if (c.firstCases.size() < kPreviewRows) {
            // The first accepted rows, checked against each other the way the file-wide checks will.
            const CaseRow row = caseRowOf(r);
            const auto same = std::find_if(c.firstCases.cbegin(), c.firstCases.cend(), [&](const CaseRow &x) { return x.caseRef == row.caseRef; });
            const bool disagrees = same != c.firstCases.cend()
                && std::tie(same->idNumber, same->cls, same->reportAt, same->dischargeAt) != std::tie(row.idNumber, row.cls, row.reportAt, row.dischargeAt);
            if (!disagrees && std::none_of(c.firstCases.cbegin(), c.firstCases.cend(), [&](const CaseRow &x) { return fieldsOf(x) == fieldsOf(row); }))
                c.firstCases << row;
        }
    } else {
        const ScanRowUtf8 &r = m_scan;
        for (QByteArrayView v : {r.venueCode, r.idNumber})
            putText(k, v);
        putInt(k, r.at);
        for (QByteArrayView v : {r.division, r.carriage, r.seat})
            putText(k, v);
        putOpt(k, r.color ? std::optional<qint64>(*r.color) : std::nullopt);
        g.key = g.row = fingerprint(k);
        if (c.firstScans.size() < kPreviewRows) {
            const ScanRow row = scanRowOf(r);
            if (std::none_of(c.firstScans.cbegin(), c.firstScans.cend(), [&](const ScanRow &x) { return fieldsOf(x) == fieldsOf(row); }))
                c.firstScans << row;
        }
    }
    return c.groups.push(g);
}

Status CaseFileReader::readJson(const QByteArray &text, FileSummary &f, const RowFn &fn)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::badInput(tr("The JSON is not valid at offset %1: %2.").arg(pe.offset).arg(pe.errorString()));
    const QString listKey = m_kind == BatchKind::Cases ? QStringLiteral("cases") : QStringLiteral("records");
    const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(listKey).toArray();
    if (list.isEmpty())
        return Error::badInput(tr("The JSON holds no \"%1\" list, or it is empty.").arg(listKey));
    f.header = fields(m_kind);
    m_columnMap.clear();
    for (int i = 0; i < f.header.size(); ++i)
        m_columnMap.insert(f.header[i], i);
    indexColumns();
    auto rowOf = [&](const QJsonObject &o, const QJsonObject &extra) {
        QStringList row;
        for (const QString &k : std::as_const(f.header)) {
            const QJsonValue v = extra.contains(k) ? extra.value(k) : o.value(k);
            row << (v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString());
        }
        return row;
    };
    int record = 0;
    auto each = [&](const QStringList &values) -> Result<bool> {
        // One UTF-8 buffer per row, its views taken once it is whole.
        m_jsonBuf.resize(0);
        std::vector<qsizetype> ends;
        for (const QString &v : values) {
            m_jsonBuf += v.toUtf8();
            ends.push_back(m_jsonBuf.size());
        }
        m_jsonViews.clear();
        for (size_t i = 0; i < ends.size(); ++i) {
            const qsizetype begin = i == 0 ? 0 : ends[i - 1];
            m_jsonViews.emplace_back(m_jsonBuf.constData() + begin, ends[i] - begin);
        }
        return fn(m_jsonViews, ++record);
    };
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QJsonArray exposures = o.value(QStringLiteral("exposures")).toArray();
        QList<QStringList> rows;
        if (m_kind == BatchKind::Verifications || exposures.isEmpty())
            rows << rowOf(o, {});
        if (m_kind == BatchKind::Cases)
            for (const QJsonValue &e : exposures) {
                QJsonObject x = e.toObject();
                x.insert(QStringLiteral("exposure"), x.value(QStringLiteral("type")));
                rows << rowOf(o, x);
            }
        for (const QStringList &row : std::as_const(rows)) {
            const auto go = each(row);
            if (!go)
                return go.error();
            if (!*go)
                return Ok{};
        }
    }
    return Ok{};
}

Status CaseFileReader::eachRow(QIODevice &in, const ColumnMapping &mapping, FileSummary &f, bool gb18030, bool digest,
                               const RowFn &fn, const std::function<bool(qint64, qint64)> &tick)
{
    CsvStream csv(in);
    if (digest)
        csv.setRawObserver([this](const char *data, qsizetype n) { m_checks->sha.add(data, n); });
    auto failed = [&](const Error &e) {
        m_restart = csv.needsGb18030();
        return e;
    };
    if (Status s = csv.open(gb18030); !s)
        return failed(s.error());
    const auto head = csv.head();
    if (!head)
        return failed(head.error());
    const QByteArrayView start = trimmedUtf8(*head);
    f.encoding = csv.encoding();
    if (start.startsWith('{') || start.startsWith('[')) {
        f.format = QStringLiteral("json");
        if (!mapping.isEmpty())
            return Error::badInput(tr("Column mappings are for CSV files; a JSON file names its fields."));
        const auto text = csv.readAll();
        if (!text)
            return failed(text.error());
        f.encoding = csv.encoding();
        m_csv = false;
        return readJson(*text, f, fn);
    }
    f.format = QStringLiteral("csv");
    m_csv = true;
    const QChar delimiter = TextDecoder::detectDelimiter(QString::fromUtf8(*head));
    f.delimiter = QString(delimiter);
    csv.setDelimiter(char(delimiter.unicode()));
    std::vector<QByteArrayView> row;
    auto next = csv.next(row);
    if (!next)
        return failed(next.error());
    if (!*next)
        return Error::badInput(tr("The file has no header line."));
    f.header = strings(row);
    m_headerSize = qsizetype(row.size());
    if (Status s = mapColumns(f.header, mapping); !s)
        return s;
    for (qint64 n = 0;;) {
        next = csv.next(row);
        if (!next)
            return failed(next.error());
        if (!*next)
            break;
        if (row.size() == 1 && trimmedUtf8(row[0]).isEmpty())
            continue; // blank line
        const auto go = fn(row, csv.line());
        if (!go)
            return go.error();
        if (!*go)
            return Ok{};
        if ((++n & 4095) == 0 && tick && !tick(n, csv.rawRead()))
            return Error::refused(tr("Cancelled."));
    }
    if (csv.unclosedQuote())
        return Error::badInput(tr("Line %1: a quoted field is not closed; the file is cut off or not CSV.").arg(csv.line()));
    f.encoding = csv.encoding();
    return Ok{};
}

Result<FileSummary> CaseFileReader::stream(QIODevice &in, BatchKind kind, const ColumnMapping &mapping, CaseRowSink &sink,
                                           const ProgressFn &progress)
{
    m_kind = kind;
    m_mapping = mapping;
    ProgressThrottle report(progress);
    const QString reading = tr("Reading and checking the rows");
    const qint64 size = std::max<qint64>(1, in.size());
    for (const bool gb18030 : {false, true}) {
        m_checks = std::make_unique<Checks>();
        m_restart = false;
        Checks &c = *m_checks;
        FileSummary f;
        f.kind = kind;
        const auto onRow = [&](const std::vector<QByteArrayView> &row, int line) -> Result<bool> {
            ++f.records;
            if (checkRow(row, line)) {
                if (Status s = c.bad.push({quint32(line), Bad::Row, 0, 0}); !s)
                    return s.error();
                return true;
            }
            if (Status s = remember(line); !s)
                return s.error();
            if (Status s = kind == BatchKind::Cases ? sink.add(m_case) : sink.add(m_scan); !s)
                return s.error();
            ++c.accepted;
            return true;
        };
        const auto tick = [&](qint64 records, qint64 raw) { return report({reading, records, 0, int(80 * std::min(raw, size) / size)}); };
        if (!report({reading, 0, 0, 0}, true))
            return Error::refused(tr("Cancelled."));
        const Status read = eachRow(in, mapping, f, gb18030, true, onRow, tick);
        if (!read && m_restart && !gb18030) {
            if (Status s = sink.clear(); !s)
                return s.error();
            continue; // UTF-8 until a byte said otherwise: GB18030 from the start
        }
        if (!read)
            return read.error();
        if (f.records == 0)
            return Error::badInput(tr("The file has a header but no rows."));
        m_encoding = f.encoding;
        f.sha256 = c.sha.hex();
        const auto removed = fileWideChecks(sink, report);
        if (!removed)
            return removed.error();
        f.accepted = int(c.accepted - removed.value());
        f.errors = c.bad.size();
        f.firstCases = c.firstCases;
        f.firstScans = c.firstScans;
        return f;
    }
    return Error::internal(QStringLiteral("unreachable"));
}

Result<qint64> CaseFileReader::fileWideChecks(CaseRowSink &sink, ProgressThrottle &report)
{
    Checks &c = *m_checks;
    c.groups.finish();
    const QString phase = tr("Finding duplicate rows");
    const qint64 total = std::max<qint64>(1, c.groups.size());
    // The rows of one case in line order: the first decides the case's own fields; a later row that
    // disagrees with them, or repeats an earlier accepted row, is taken back.
    GroupRecord rec, first;
    bool have = false;
    std::vector<std::pair<Key, quint32>> seen; // accepted rows of the case: a few, usually
    struct KeyHash
    {
        size_t operator()(const Key &k) const { return size_t(k.a); }
    };
    std::unordered_map<Key, quint32, KeyHash> many; // … unless it has hundreds of lines
    auto earlier = [&](const Key &row) -> std::optional<quint32> {
        if (!many.empty()) {
            const auto it = many.find(row);
            return it == many.end() ? std::nullopt : std::optional(it->second);
        }
        for (const auto &[k, line] : seen)
            if (k == row)
                return line;
        return std::nullopt;
    };
    qint64 done = 0, removed = 0;
    while (c.groups.next(rec)) {
        if ((++done & 65535) == 0 && !report({phase, done, total, 80 + int(15 * done / total)}))
            return Error::refused(tr("Cancelled."));
        if (!have || rec.key != first.key) {
            first = rec;
            have = true;
            seen.assign(1, {rec.row, rec.line});
            if (!many.empty())
                many.clear();
            continue;
        }
        Rejection bad{rec.line, Bad::Row, 0, 0};
        if (rec.caseFields != first.caseFields) {
            bad = {rec.line, Bad::Disagrees, first.line, 0};
        } else if (const auto line = earlier(rec.row)) {
            bad = {rec.line, Bad::Duplicate, *line, 0};
        } else {
            if (many.empty() && seen.size() < 64)
                seen.emplace_back(rec.row, rec.line);
            else {
                if (many.empty())
                    many.insert(seen.begin(), seen.end());
                many.emplace(rec.row, rec.line);
            }
            continue;
        }
        if (Status s = c.bad.push(bad); !s)
            return s.error();
        if (Status s = sink.remove(rec.index); !s)
            return s.error();
        ++removed;
    }
    if (!c.groups.status())
        return c.groups.status().error();
    c.groups = decltype(c.groups)(kRecordsInMemory); // the fingerprints are done with
    c.bad.finish();
    report({phase, total, total, 95}, true);
    return removed;
}

Status CaseFileReader::badRows(QIODevice &in, const std::function<Status(const RowError &)> &fn, const ProgressFn &progress)
{
    if (!m_checks || m_checks->bad.size() == 0)
        return Ok{};
    Checks &c = *m_checks;
    c.bad.rewind();
    Rejection next;
    bool more = c.bad.next(next);
    ProgressThrottle report(progress);
    const QString phase = tr("Listing the bad rows");
    const qint64 total = c.bad.size();
    qint64 done = 0;
    const auto onRow = [&](const std::vector<QByteArrayView> &row, int line) -> Result<bool> {
        if (quint32(line) != next.line)
            return true;
        RowError e;
        e.line = line;
        e.original = strings(row);
        switch (next.kind) {
        case Bad::Row: e.reason = checkRow(row, line).value_or(tr("the row was not accepted")); break;
        case Bad::Duplicate: e.reason = tr("duplicate of line %1").arg(next.ref); break;
        case Bad::Disagrees:
            e.reason = tr("case %1 has another ID number, class, report or discharge time on line %2").arg(field(e.original, 0)).arg(next.ref);
            break;
        }
        if (Status s = fn(e); !s)
            return s.error();
        ++done;
        report({phase, done, total, 95 + int(5 * done / total), false});
        more = c.bad.next(next);
        return more;
    };
    FileSummary scratch;
    if (Status s = eachRow(in, m_mapping, scratch, m_encoding == QLatin1String("GB18030"), false, onRow, {}); !s)
        return s;
    return c.bad.status();
}

Result<ParsedFile> CaseFileReader::read(const QByteArray &bytes, BatchKind kind, const ColumnMapping &mapping,
                                        const std::function<bool(int)> &progress)
{
    if (!progress)
        return read(bytes, kind, mapping, ProgressFn());
    // It counted the records read.
    return read(bytes, kind, mapping, ProgressFn([&](const ProgressStep &s) { return s.total != 0 || progress(int(s.done)); }));
}

Result<ParsedFile> CaseFileReader::read(const QByteArray &bytes, BatchKind kind, const ColumnMapping &mapping, const ProgressFn &progress)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    MemorySink sink;
    const auto summary = stream(buffer, kind, mapping, sink, progress);
    if (!summary)
        return summary.error();
    ParsedFile f;
    f.kind = kind;
    f.format = summary->format;
    f.encoding = summary->encoding;
    f.delimiter = summary->delimiter;
    f.sha256 = summary->sha256;
    f.header = summary->header;
    f.columns = m_columnMap;
    f.records = summary->records;
    sink.compact(sink.cases);
    sink.compact(sink.scans);
    f.cases = std::move(sink.cases);
    f.scans = std::move(sink.scans);
    if (Status s = badRows(
            buffer,
            [&](const RowError &e) -> Status {
                f.errors.push_back(e);
                return Ok{};
            },
            progress);
        !s)
        return s.error();
    return f;
}

namespace {

QString csvCell(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QByteArray CaseFileReader::errorsHeader(const QStringList &header)
{
    QString out = QStringLiteral("_line,_error");
    for (const QString &h : header)
        out += QLatin1Char(',') + csvCell(h);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8() + "\r\n";
}

QByteArray CaseFileReader::errorsLine(const RowError &e)
{
    QString out = QString::number(e.line) + QLatin1Char(',') + csvCell(e.reason);
    for (const QString &v : e.original)
        out += QLatin1Char(',') + csvCell(v);
    return out.toUtf8() + "\r\n";
}

QByteArray CaseFileReader::errorsFile(const ParsedFile &f)
{
    QByteArray out = errorsHeader(f.header);
    for (const RowError &e : f.errors)
        out += errorsLine(e);
    return out;
}

} // namespace hc
