#include "CaseFile.h"

#include "CaseColumns.h"
#include "CaseFileChecks.h"
#include "CaseJsonFile.h"
#include "CaseRowChecker.h"
#include "CaseText.h"
#include "CsvReader.h"
#include "Limits.h"
#include "TextDecoder.h"

#include <QBuffer>
#include <algorithm>

namespace hc {

using casetext::caseRowOf;
using casetext::scanRowOf;
using casetext::strings;
using casetext::trimmedUtf8;

namespace {

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

QString csvCell(const QString &s)
{
    qsizetype quotes = 0;
    bool special = false;
    for (const QChar c : s) {
        if (c == u'"')
            ++quotes;
        else if (c == u',' || c == u'\n' || c == u'\r')
            special = true;
    }
    if (!special && quotes == 0)
        return s;
    // Built in one pass: QString::replace(QChar, QString) moves the whole rest of the text for every 1,024 quotes
    // it doubles (Qt 6.4), quadratic in a field of quotes (issue 16: 36 s for a 48 MB file).
    QString q;
    q.reserve(s.size() + quotes + 2);
    q += u'"';
    for (const QChar c : s) {
        if (c == u'"')
            q += u'"';
        q += c;
    }
    q += u'"';
    return q;
}

} // namespace

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

CaseFileReader::CaseFileReader(QSqlDatabase db, qint64 now)
    : m_columns(std::make_unique<CaseColumns>()), m_rows(std::make_unique<CaseRowChecker>(std::move(db), now))
{
}
CaseFileReader::~CaseFileReader() = default;

QStringList CaseFileReader::fields(BatchKind kind)
{
    return CaseColumns::fields(kind);
}

QStringList CaseFileReader::required(BatchKind kind)
{
    return CaseColumns::required(kind);
}

QStringList CaseFileReader::aliases(const QString &field)
{
    return CaseColumns::aliases(field);
}

Status CaseFileReader::eachRow(QIODevice &in, const ColumnMapping &mapping, FileSummary &f, bool gb18030, bool digest,
                               const RowFn &fn, const std::function<bool(qint64, qint64)> &tick)
{
    CsvStream csv(in);
    if (digest)
        csv.setRawObserver([this](const char *data, qsizetype n) { m_checks->digest(data, n); });
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
        // Its rows come with the fields in the order of fields(kind), whatever the objects held.
        m_columns->mapInOrder(m_kind);
        m_rows->setLayout(m_kind, m_columns->positions(), false, 0);
        return CaseJsonFile::read(*text, m_kind, &f.header, fn);
    }
    f.format = QStringLiteral("csv");
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
    if (Status s = m_columns->map(m_kind, f.header, mapping); !s)
        return s;
    m_rows->setLayout(m_kind, m_columns->positions(), true, qsizetype(row.size()));
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
    // Too large a file is refused before a byte of it is read (docs/limits.md); a pipe is copied to a file
    // first (CaseBatchService::importFile), which checks it the same way.
    if (!in.isSequential())
        if (Status s = checkFileSize(in.size(), limits::kCaseFileBytes, tr("a case or verification file")); !s)
            return s.error();
    m_kind = kind;
    m_mapping = mapping;
    ProgressThrottle report(progress);
    const QString reading = tr("Reading and checking the rows");
    const qint64 size = std::max<qint64>(1, in.size());
    for (const bool gb18030 : {false, true}) {
        m_checks = std::make_unique<CaseFileChecks>();
        m_restart = false;
        CaseFileChecks &c = *m_checks;
        CaseRowChecker &rows = *m_rows;
        rows.setBeforeQuery([&sink] { sink.flush(); });
        FileSummary f;
        f.kind = kind;
        const auto onRow = [&](const std::vector<QByteArrayView> &row, int line) -> Result<bool> {
            ++f.records;
            if (rows.check(row, line)) {
                if (Status s = c.reject(line); !s)
                    return s.error();
                return true;
            }
            if (Status s = kind == BatchKind::Cases ? c.remember(rows.caseRow()) : c.remember(rows.scanRow()); !s)
                return s.error();
            if (Status s = kind == BatchKind::Cases ? sink.add(rows.caseRow()) : sink.add(rows.scanRow()); !s)
                return s.error();
            c.countAccepted();
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
        f.sha256 = c.sha256();
        const auto removed = c.finish(sink, report);
        if (!removed)
            return removed.error();
        f.accepted = int(c.acceptedCount() - removed.value());
        f.errors = c.badCount();
        f.firstCases = c.firstCases();
        f.firstScans = c.firstScans();
        return f;
    }
    return Error::internal(QStringLiteral("unreachable"));
}

Status CaseFileReader::badRows(QIODevice &in, const std::function<Status(const RowError &)> &fn, const ProgressFn &progress)
{
    if (!m_checks || m_checks->badCount() == 0)
        return Ok{};
    CaseFileChecks &c = *m_checks;
    c.rewindBad();
    CaseFileChecks::Rejection next;
    bool more = c.nextBad(next);
    ProgressThrottle report(progress);
    const QString phase = tr("Listing the bad rows");
    const qint64 total = c.badCount();
    qint64 done = 0;
    const auto onRow = [&](const std::vector<QByteArrayView> &row, int line) -> Result<bool> {
        if (quint32(line) != next.line)
            return true;
        RowError e;
        e.line = line;
        e.original = strings(row);
        switch (next.kind) {
        case CaseFileChecks::Bad::Row: e.reason = m_rows->check(row, line).value_or(tr("the row was not accepted")); break;
        case CaseFileChecks::Bad::Duplicate: e.reason = tr("duplicate of line %1").arg(next.ref); break;
        case CaseFileChecks::Bad::Disagrees:
            e.reason = tr("case %1 has another ID number, class, report or discharge time on line %2").arg(m_rows->field(e.original, 0)).arg(next.ref);
            break;
        }
        if (Status s = fn(e); !s)
            return s.error();
        ++done;
        report({phase, done, total, 95 + int(5 * done / total), false});
        more = c.nextBad(next);
        return more;
    };
    FileSummary scratch;
    if (Status s = eachRow(in, m_mapping, scratch, m_encoding == QLatin1String("GB18030"), false, onRow, {}); !s)
        return s;
    return c.badStatus();
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
    f.columns = m_columns->byField();
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
