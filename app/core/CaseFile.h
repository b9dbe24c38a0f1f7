#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace hc {

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

// Reads and checks a whole file before anything is written: every bad row is named by its line (or record,
// for JSON) and reason, and kept as read for an errors file the official can fix and import again.
class CaseFileReader
{
    Q_DECLARE_TR_FUNCTIONS(hc::CaseFileReader)
public:
    CaseFileReader(QSqlDatabase db, qint64 now);
    ~CaseFileReader();

    // A file that cannot be read at all (empty, binary, wrong encoding, no header, unmapped required
    // column) is an error; bad rows are not: they are listed in ParsedFile::errors.
    Result<ParsedFile> read(const QByteArray &bytes, BatchKind kind, const ColumnMapping &mapping = {},
                            const std::function<bool(int)> &progress = {});

    static QStringList fields(BatchKind kind);   // every field key, in the order of the template
    static QStringList required(BatchKind kind);
    static QStringList aliases(const QString &field); // header texts recognised for a field
    // UTF-8 with BOM (what Excel opens): "_line,_error," then the original header and the bad rows as read.
    static QByteArray errorsFile(const ParsedFile &f);

private:
    Status mapColumns(ParsedFile &f, const ColumnMapping &mapping);
    std::optional<QString> checkCase(CaseRow &r, const QStringList &row, const ParsedFile &f);
    std::optional<QString> checkScan(ScanRow &r, const QStringList &row, const ParsedFile &f);
    std::optional<QString> division(const QString &text, QString *out);
    std::optional<QString> time(const QString &field, const QString &text, std::optional<qint64> *out, bool required);
    Status readJson(ParsedFile &f, const QString &text, const std::function<bool(int)> &progress);
    void addRow(ParsedFile &f, int line, const QStringList &row);
    void indexColumns(const ParsedFile &f);
    QString field(const QStringList &row, int index) const; // index in fields(kind)

    QSqlDatabase m_db;
    qint64 m_now;
    QHash<QString, bool> m_divisions;              // checked codes
    QHash<QString, QString> m_divisionText;        // text as written → valid code
    std::vector<int> m_columns;                    // fields(kind) index → column
    QHash<QString, qint64> m_holders;              // ID number → holder (verifications)
    QHash<size_t, size_t> m_seen;                  // row hash → index of the accepted row (duplicates)
    std::unique_ptr<QSqlQuery> m_findHolder;
    QHash<size_t, size_t> m_caseFirst;             // case ref's hash → index + 1 of its first row (consistency)
};

} // namespace hc
