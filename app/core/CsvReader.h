#pragma once
#include <QByteArray>
#include <QStringList>

namespace hc {

// RFC 4180 reader over an in-memory UTF-8 buffer (fields may be quoted, "" escapes a quote); the delimiter is
// a comma unless told otherwise (TextDecoder::detectDelimiter).
class CsvReader final
{
public:
    explicit CsvReader(QByteArray data, char delimiter = ',');
    // Next record; false at the end. line() is the 1-based line the record started on.
    bool next(QStringList &fields);
    int line() const { return m_recordLine; }
    bool malformed() const { return m_malformed; }

private:
    QByteArray m_data;
    char m_delimiter = ',';
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    bool m_malformed = false;
};

} // namespace hc
