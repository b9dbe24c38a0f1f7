#pragma once
#include "Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <memory>

struct sqlite3_stmt;

namespace hc {

class PgStatement;

// A read statement run straight on the driver's handle (SQLite's statement, libpq's prepared statement): a million
// rows read without a QVariant each. Placeholders are `?`, 1-based.
class RawQuery final
{
    Q_DISABLE_COPY_MOVE(RawQuery)
public:
    RawQuery(const QSqlDatabase &db, const QString &sql);
    ~RawQuery();
    const Status &status() const { return m_status; }
    void bind(int i, qint64 v);
    void bind(int i, const QString &text);
    // Starts again with the values bound since.
    void start();
    // The next row; false at the end (or on an error, then in status()).
    bool next();
    qint64 int64(int column) const;
    QByteArrayView utf8(int column) const; // valid until next()
    QString text(int column) const { return QString::fromUtf8(utf8(column)); }

private:
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<PgStatement> m_pg;
    int m_row = -1;
    bool m_ran = false;
    QByteArray m_text[8];
    Status m_status;
};

} // namespace hc
