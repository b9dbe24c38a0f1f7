#pragma once
#include "Progress.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class QTemporaryDir;

namespace hc {
class Workspace;
struct NationalList;
struct NationalImportReport;
} // namespace hc

namespace hc::bench {

// `hc-bench SUBCOMMAND POSITIONAL… [--name value]…`
struct Args
{
    QStringList positional;
    QHash<QString, QString> options;

    static std::optional<Args> parse(const QStringList &args, QString *error);
    QString arg(int i) const { return positional.value(i); }
    int intOption(const QString &name, int fallback) const;
};

using Bench = int (*)(const Args &);
int treeImport(const Args &a);
int search(const Args &a);
int treeFirstRows(const Args &a);
int nationalImport(const Args &a);
int policyEval(const Args &a);
int holdersPane(const Args &a);
int countyDeclare(const Args &a);
int codeVerify(const Args &a);
int caseImport(const Args &a);
int caseBatch(const Args &a);
int syncUpload(const Args &a);
int overview(const Args &a);
int dailyReport(const Args &a);
int history(const Args &a);

// A national list from a file as an official runs it (issue 16): "bench" files the request, "bench2" (a second
// supervisor, added when missing) approves it, and the approval applies it. The report of the request with the
// counts the approval wrote. Defined in NationalImportBench.cpp.
Result<NationalImportReport> importNationalApproved(Workspace &ws, const NationalList &list, const QString &fileName,
                                                    const ProgressFn &progress = {});
// The overview's figures for a scope (a division code prefix) in bare SQL, one statement each: milliseconds.
double bareOverview(QSqlDatabase db, const QString &scope, qint64 now, int days);

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
    static Stats of(QList<double> samples); // nearest-rank percentiles
};

double elapsedMs(const QElapsedTimer &t);
QString fixed(double value);    // 2 decimals below 10, 1 below 1000, else none
QString thousands(qint64 value); // 665,276

// One result line on stdout: "name: value unit (limit: …; context)".
void report(const QString &name, const QString &value, const QString &unit, const QString &limit = {},
            const QString &context = {});
void note(const QString &text); // "# …" lines: context, not results
int fail(const QString &message); // to stderr; returns 1
int usage(const QString &synopsis); // returns 2

// A plain connection for the bare-SQL limits: QSQLITE with the pragmas Database uses, or QPSQL for a postgresql://
// address (password from PGPASSFILE). Closes on destruction.
class RawConnection final
{
    Q_DISABLE_COPY_MOVE(RawConnection)
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    QSqlDatabase db() const;
    bool isOpen() const { return db().isOpen(); }

private:
    QString m_name;
};

// Resident memory of this process in MB (10^6 bytes), from /proc/self/status: now (VmRSS) and its peak since
// the start or the last resetPeakRss() (VmHWM). resetPeakRss() writes 5 to /proc/self/clear_refs (Linux 4.0+),
// after handing freed heap back to the system (malloc_trim), so that each figure of a benchmark is its own peak;
// false where that is not possible.
double rssMb();
double peakRssMb();
bool resetPeakRss();

// Runs `sqlite3 DB` with script on stdin; returns the wall time in ms and what it printed.
struct ProcessRun
{
    double ms = 0;
    QString output;
};
Result<ProcessRun> runSqlite3(const QString &dbPath, const QString &script);
// Runs `psql` on a postgresql:// URI (the password from PGPASSFILE) with script on stdin, stopping at the first
// error: the bare-PostgreSQL limits (`\copy`), as runSqlite3 gives SQLite's.
Result<ProcessRun> runPsql(const QString &uri, const QString &script);
// The bare limit's script through the database's own tool: sqlite3 for a file, psql for a server.
Result<ProcessRun> runBare(const QString &location, const QString &sqliteScript, const QString &psqlScript);

} // namespace hc::bench
