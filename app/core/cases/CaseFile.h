#pragma once
#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QByteArrayView>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;
class QSqlQuery;

namespace hc {

class CaseColumns;
class CaseFileChecks;
class CaseRowChecker;

// What a case-report file (from the CDC) or a verification-record file (terminal scans) holds.
enum class BatchKind { Cases, Verifications };
QString batchKindKey(BatchKind k); // "cases" / "verifications"

enum class CaseClass { Confirmed, Asymptomatic, Suspected };
QString caseClassKey(CaseClass c);
std::optional<CaseClass> caseClassFromText(const QString &text); // keys and the Chinese words

enum class ExposureType { None, Household, Building, Venue, Train, Flight };
QString exposureKey(ExposureType e); // "", household, building, venue, train, flight
std::optional<ExposureType> exposureFromText(const QString &text);

// One line of a case report: a case and one of its exposures (the case's fields repeat on every line).
struct CaseRow
{
    int line = 0;
    QString caseRef;
    QString idNumber;
    CaseClass cls = CaseClass::Confirmed;
    qint64 reportAt = 0;
    std::optional<qint64> dischargeAt;
    ExposureType exposure = ExposureType::None;
    QString division;   // household / building: the home division
    QString address;    // household: the flat; building: the building unit
    QString venueCode;  // venue
    std::optional<qint64> from, to; // venue: the case's visit; train/flight: the journey
    QString transport;  // train or flight number
    QString carriage;
    QString seat;       // "05A": the row is the number
};

// One terminal scan (验证记录): who was where, when; a train or flight scan carries carriage and seat.
struct ScanRow
{
    int line = 0;
    QString venueCode;
    QString idNumber;
    qint64 holderId = 0; // resolved against the holders registered here
    qint64 at = 0;
    QString division;
    QString carriage;
    QString seat;
    std::optional<int> color;
};

struct RowError
{
    int line = 0;
    QString reason;
    QStringList original; // the row's fields as read, for the errors file
};

// Which column of the file holds which field: field key → header text. Unmapped fields are found by their
// key or a usual header (身份证号, 报告时间, …); columns nobody maps are ignored.
using ColumnMapping = QHash<QString, QString>;

struct ParsedFile
{
    BatchKind kind = BatchKind::Cases;
    QString format;    // "csv" or "json"
    QString encoding;  // as TextDecoder named it
    QString delimiter; // "," ";" "\t" "|" (csv)
    QString sha256;
    QStringList header;
    QHash<QString, int> columns; // field key → column index (csv)
    int records = 0;             // data rows read
    std::vector<CaseRow> cases;
    std::vector<ScanRow> scans;
    std::vector<RowError> errors;
    int accepted() const { return int(kind == BatchKind::Cases ? cases.size() : scans.size()); }
};

// One accepted row as it is stored, in UTF-8: the views hold while the sink is told of the row.
struct CaseRowUtf8
{
    int line = 0;
    QByteArrayView caseRef, idNumber, division, address, venueCode, transport, carriage, seat;
    CaseClass cls = CaseClass::Confirmed;
    qint64 reportAt = 0;
    std::optional<qint64> dischargeAt;
    ExposureType exposure = ExposureType::None;
    std::optional<qint64> from, to;
};

struct ScanRowUtf8
{
    int line = 0;
    QByteArrayView venueCode, idNumber, division, carriage, seat;
    qint64 holderId = 0;
    qint64 at = 0;
    std::optional<int> color;
};

// Where the accepted rows of a streamed file go as they are read (the n-th accepted row is row n, from 0),
// and which of them the file-wide checks take back at the end: a duplicate of an earlier line, a case that
// disagrees with its first line.
class CaseRowSink
{
public:
    virtual ~CaseRowSink() = default;
    virtual Status add(const CaseRowUtf8 &row) = 0;
    virtual Status add(const ScanRowUtf8 &row) = 0;
    virtual Status remove(qint64 n) = 0;
    virtual Status clear() = 0; // forget every row: the file is read again (a GB18030 file that began like UTF-8)
    // The connection is needed for another statement: rows still being streamed (COPY) go to the table first. Its
    // failure shows again at the next add() or at the end.
    virtual void flush() {}
};

// What a streamed file held, without its rows.
struct FileSummary
{
    BatchKind kind = BatchKind::Cases;
    QString format;
    QString encoding;
    QString delimiter;
    QString sha256;
    QStringList header;
    int records = 0;
    int accepted = 0;
    qint64 errors = 0;       // bad rows
    QList<CaseRow> firstCases; // the first five accepted rows, as parsed
    QList<ScanRow> firstScans;
};

// Reads and checks a file before anything is committed: every bad row is named by its line (or record, for
// JSON) and reason, and kept as read for an errors file the official can fix and import again.
//
// A CSV file is streamed a chunk at a time whatever its size: each row is checked on its own as it is read
// (ID check digit, class, times, division in the tree, …) and handed to a sink; what needs the whole file
// (duplicates, a case number whose lines disagree) is decided at the end from 48-byte fingerprints of the rows,
// sorted in runs that spill to temporary files beyond a million rows. Rows are compared by 128-bit
// fingerprints (two independent 64-bit hashes), not kept.
//
// Its parts: CaseColumns (which column holds which field), CaseRowChecker (a row on its own), CaseFileChecks
// (what needs the whole file), CaseJsonFile (the JSON form); this class reads the file and ties them together.
class CaseFileReader
{
    Q_DECLARE_TR_FUNCTIONS(hc::CaseFileReader)
public:
    CaseFileReader(QSqlDatabase db, qint64 now);
    ~CaseFileReader();

    // A file that cannot be read at all (empty, binary, wrong encoding, no header, unmapped required
    // column) is an error; bad rows are not: they are listed in ParsedFile::errors. The whole file in memory:
    // for the pane's preview of a file; imports stream (stream()).
    Result<ParsedFile> read(const QByteArray &bytes, BatchKind kind, const ColumnMapping &mapping = {},
                            const std::function<bool(int)> &progress = {}); // progress(records read so far)
    Result<ParsedFile> read(const QByteArray &bytes, BatchKind kind, const ColumnMapping &mapping, const ProgressFn &progress);

    // Reads and checks `in` chunk by chunk, handing every accepted row to `sink` and taking back what the
    // file-wide checks reject at the end. An error (and a cancel) leaves rows in the sink: the caller rolls back.
    Result<FileSummary> stream(QIODevice &in, BatchKind kind, const ColumnMapping &mapping, CaseRowSink &sink,
                               const ProgressFn &progress = {});
    // After stream(): reads `in` again and tells `fn` each bad row, in line order, with its reason and its
    // fields as read.
    Status badRows(QIODevice &in, const std::function<Status(const RowError &)> &fn, const ProgressFn &progress = {});

    static QStringList fields(BatchKind kind);   // every field key, in the order of the template
    static QStringList required(BatchKind kind);
    static QStringList aliases(const QString &field); // header texts recognised for a field
    // UTF-8 with BOM (what Excel opens): "_line,_error," then the original header and the bad rows as read.
    static QByteArray errorsFile(const ParsedFile &f);
    static QByteArray errorsHeader(const QStringList &header); // the first line of that file, with the BOM
    static QByteArray errorsLine(const RowError &e);            // one bad row of it

private:
    using RowFn = std::function<Result<bool>(const std::vector<QByteArrayView> &, int)>; // false: stop reading
    // Opens `in`, decides its format, encoding and columns (into f) and calls `fn` for every record that is
    // not blank, with its line (or record number). `tick(records, bytes read)` returning false cancels.
    Status eachRow(QIODevice &in, const ColumnMapping &mapping, FileSummary &f, bool gb18030, bool digest, const RowFn &fn,
                   const std::function<bool(qint64, qint64)> &tick);

    BatchKind m_kind = BatchKind::Cases;
    ColumnMapping m_mapping;
    QString m_encoding;
    bool m_restart = false;                   // read again as GB18030
    std::unique_ptr<CaseColumns> m_columns;   // the file's columns (CaseColumns.h)
    std::unique_ptr<CaseRowChecker> m_rows;   // each row's own checks (CaseRowChecker.h)
    std::unique_ptr<CaseFileChecks> m_checks; // the file-wide checks of the last reading (CaseFileChecks.h)
};

} // namespace hc
