#pragma once
#include "CaseFile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace hc {

// Checks one row of a case or verification file on its own, as it is read: ID check digit, class, times,
// division in the tree, the scanned holder registered here, …. Rows as they usually come take a fast way over
// their UTF-8 fields (CaseRowFastChecks.cpp); any other row goes the reference way over text, which names the
// reason a row is bad. Either way an accepted row is kept as UTF-8, as it will be stored.
class CaseRowChecker
{
    // The reasons were written as CaseFileReader's: they keep that translation context.
    Q_DECLARE_TR_FUNCTIONS(hc::CaseFileReader)
public:
    CaseRowChecker(QSqlDatabase db, qint64 now);
    ~CaseRowChecker();
    Q_DISABLE_COPY_MOVE(CaseRowChecker)

    // The rows to come: their kind, where each field is (CaseColumns::positions()) and, for a CSV file, how
    // many fields the header has (every row must have as many).
    void setLayout(BatchKind kind, const std::vector<int> &positions, bool csv, qsizetype headerSize);
    // Run before each of the checker's queries (a division or a holder not seen yet): the rows' writer hands the
    // connection back (PostgreSQL: ends its COPY), so that it may otherwise stream without a break.
    void setBeforeQuery(std::function<void()> before) { m_beforeQuery = std::move(before); }

    // One row: accepted into caseRow() / scanRow(), or the reason it is bad.
    std::optional<QString> check(const std::vector<QByteArrayView> &row, int line);
    // The row check() accepted last; its views hold until the next check().
    const CaseRowUtf8 &caseRow() const { return m_case; }
    const ScanRowUtf8 &scanRow() const { return m_scan; }

    QString field(const QStringList &row, int index) const; // index in CaseColumns::fields(kind), trimmed

private:
    // The fast way (CaseRowFastChecks.cpp): true when the row is plainly good and m_case / m_scan hold it as
    // the reference checks would write it, false to let them decide.
    bool fastCase(const std::vector<QByteArrayView> &row);
    bool fastScan(const std::vector<QByteArrayView> &row);
    std::optional<QByteArrayView> divisionUtf8(QByteArrayView text);
    bool timeUtf8(QByteArrayView text, std::optional<qint64> *out, bool required) const;
    QByteArrayView fieldUtf8(const std::vector<QByteArrayView> &row, int index) const;

    // The reference way: every reason a row is bad comes from here.
    std::optional<QString> checkCase(CaseRow &r, const QStringList &row);
    std::optional<QString> checkScan(ScanRow &r, const QStringList &row);
    std::optional<QString> division(const QString &text, QString *out);
    std::optional<QString> time(const QString &field, const QString &text, std::optional<qint64> *out, bool required);
    std::optional<qint64> holderOf(const QString &idNumber);

    QSqlDatabase m_db;
    std::function<void()> m_beforeQuery;
    qint64 m_now;
    BatchKind m_kind = BatchKind::Cases;
    std::vector<int> m_columns;                    // fields(kind) index → column
    bool m_csv = true;
    qsizetype m_headerSize = 0;
    QHash<QString, bool> m_divisions;              // checked codes
    QHash<QString, QString> m_divisionText;        // text as written → valid code
    QHash<QByteArray, QByteArray> m_divisionUtf8;  // the same, in UTF-8
    QHash<QString, qint64> m_holders;              // ID number → holder (verifications; bounded)
    std::unique_ptr<QSqlQuery> m_findHolder;
    // The row check() accepted last, and the buffers its views may point into.
    CaseRowUtf8 m_case;
    ScanRowUtf8 m_scan;
    QByteArray m_owned[8];
};

} // namespace hc
