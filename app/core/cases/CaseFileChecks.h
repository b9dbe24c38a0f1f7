#pragma once
#include "CaseFile.h"
#include "SpillSort.h"

#include <QCoreApplication>
#include <QList>
#include <compare>
#include <memory>
#include <string>

namespace hc {

// What of a streamed file can only be decided from the whole file: a row that repeats an earlier one, a case
// whose lines disagree on its own fields (ID number, class, report and discharge time). Rows are not kept:
// each accepted row leaves a 48-byte record of 128-bit fingerprints, sorted in runs that spill to temporary
// files beyond a million rows. Also keeps the bad lines (in line order, for the errors file), the file's
// SHA-256 and the first accepted rows (the preview). One per reading of a file.
class CaseFileChecks
{
    // Its messages were written as CaseFileReader's: they keep that translation context.
    Q_DECLARE_TR_FUNCTIONS(hc::CaseFileReader)
public:
    enum class Bad : quint32 { Row, Duplicate, Disagrees };
    // A line left out, and why: its own checks (Row), or an earlier line `ref` it repeats or disagrees with.
    struct Rejection
    {
        quint32 line = 0;
        Bad kind = Bad::Row;
        quint32 ref = 0; // the earlier line
        quint32 unused = 0;
    };

    CaseFileChecks();
    ~CaseFileChecks();
    Q_DISABLE_COPY_MOVE(CaseFileChecks)

    void digest(const char *data, qsizetype n); // the file's bytes as read
    QString sha256();                            // of all of them; once, at the end

    Status reject(int line); // a row its own checks refused
    // An accepted row (the sink's row acceptedCount()), for the file-wide checks and the preview.
    Status remember(const CaseRowUtf8 &row);
    Status remember(const ScanRowUtf8 &row);
    void countAccepted() { ++m_accepted; }
    quint32 acceptedCount() const { return m_accepted; }
    const QList<CaseRow> &firstCases() const { return m_firstCases; }
    const QList<ScanRow> &firstScans() const { return m_firstScans; }

    // At the end of the file: takes back from `sink` each row that repeats an earlier one or disagrees with
    // its case's first line, and says how many. A cancel is an error.
    Result<qint64> finish(CaseRowSink &sink, ProgressThrottle &report);

    // The bad lines, in line order, after finish(); can be read again.
    qint64 badCount() const { return m_bad.size(); }
    void rewindBad() { m_bad.rewind(); }
    bool nextBad(Rejection &r) { return m_bad.next(r); }
    Status badStatus() const { return m_bad.status(); }

private:
    // Rows are told apart by 128-bit fingerprints: two 64-bit hashes with independent seeds. Two different
    // rows of a 5,000,000-row file share one with a chance of about 10^-25.
    struct Key
    {
        quint64 a = 0, b = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend auto operator<=>(const Key &, const Key &) = default;
    };
    // One accepted row: its case (or, for scans, itself), the case's own fields, the whole row, where it stands.
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
    struct ByLine
    {
        bool operator()(const Rejection &x, const Rejection &y) const { return x.line < y.line; }
    };
    class Sha256;

    static Key fingerprint(const std::string &bytes);

    SpillSort<GroupRecord, ByKeyThenLine> m_groups;
    SpillSort<Rejection, ByLine> m_bad;
    quint32 m_accepted = 0; // rows that passed their own checks so far
    std::string m_canon;    // the row being fingerprinted, reused
    QList<CaseRow> m_firstCases;
    QList<ScanRow> m_firstScans;
    std::unique_ptr<Sha256> m_sha;
};

} // namespace hc
