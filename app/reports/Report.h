#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <initializer_list>
#include <utility>

namespace hc::reports {

// The four reports of issue 14. Keys are stable: file names, JSON, the audit log and the CLI use them.
enum class ReportKind { Daily, Announcement, TicketMonth, Batch };
QString reportKindKey(ReportKind k); // "daily", "announcement", "tickets", "batch"
QString reportKindTitle(ReportKind k); // 疫情防控日报, …

// A table of figures: Chinese headings for people, stable keys for JSON. Cells are text or integers.
struct ReportTable
{
    QString key;
    QString title;
    QStringList keys;
    QStringList headings;
    QList<QVariantList> rows;
    QVariantList totals; // optional last row (合计), same width as headings
    int pdfRows = 0;     // the PDF lists at most this many rows (0: all); CSV and JSON always hold every row

    // Columns as (JSON key, Chinese heading) pairs: the two lists cannot drift apart.
    static ReportTable make(QString key, QString title, std::initializer_list<std::pair<QString, QString>> columns)
    {
        ReportTable t;
        t.key = std::move(key);
        t.title = std::move(title);
        for (const auto &[k, heading] : columns)
            t.keys << k, t.headings << heading;
        return t;
    }
};

struct ReportSection
{
    QString key;
    QString heading;
    QStringList paragraphs;
    QList<ReportTable> tables;
};

// What a report says, built by the core from the database; rendered as PDF, CSV and JSON. The CSV and JSON hold
// the figures only (never who generated it or when), so the same data and "as of" time give the same bytes.
struct Report
{
    ReportKind kind = ReportKind::Daily;
    QString title;       // 疫情防控日报
    QString commission;  // 淄博市张店区卫生健康局
    QString scope;       // the division's full name the report covers
    QString scopeCode;
    qint64 asOf = 0;     // the data's "as of" time
    QString period;      // what the report is about, in words: 2022年11月1日, 2022年11月, 批次 12
    QJsonObject parameters;
    QList<ReportSection> sections;
    QString fileStem;    // daily-370303-20221101

    // Filled at export: who generated it and when, and whether it is an unsigned draft (PDF only).
    QString generatedBy;
    qint64 generatedAt = 0;
    bool draft = false;

    QByteArray toJson() const; // indented UTF-8, keys in fixed order
    QByteArray toCsv() const;  // UTF-8 with BOM, CRLF, every table under a title row
};

} // namespace hc::reports
