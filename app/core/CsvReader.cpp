#include "CsvReader.h"

namespace hc {

CsvReader::CsvReader(QByteArray data, char delimiter) : m_data(std::move(data)), m_delimiter(delimiter)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    m_malformed = false;
    const qsizetype n = m_data.size();
    // skip blank lines
    while (m_pos < n && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r')) {
        if (m_data[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= n)
        return false;
    m_recordLine = m_line;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    while (m_pos < n) {
        const char c = m_data[m_pos++];
        if (quoted) {
            if (c == '"') {
                if (m_pos < n && m_data[m_pos] == '"') {
                    field.append('"');
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == '"') {
            if (!field.isEmpty() || wasQuoted)
                m_malformed = true;
            quoted = true;
            wasQuoted = true;
        } else if (c == m_delimiter) {
            fields << QString::fromUtf8(field);
            field.clear();
            wasQuoted = false;
            // An unquoted field runs to the next delimiter or line end: taken in one piece (million-row files).
            qsizetype end = m_pos;
            while (end < n && m_data[end] != m_delimiter && m_data[end] != '\n' && m_data[end] != '\r' && m_data[end] != '"')
                ++end;
            field.append(m_data.constData() + m_pos, end - m_pos);
            m_pos = end;
        } else if (c == '\r') {
            // tolerated before \n
        } else if (c == '\n') {
            ++m_line;
            break;
        } else {
            if (wasQuoted)
                m_malformed = true;
            field.append(c);
        }
    }
    if (quoted)
        m_malformed = true;
    fields << QString::fromUtf8(field);
    return true;
}

} // namespace hc
