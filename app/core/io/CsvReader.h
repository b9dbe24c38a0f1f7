#pragma once
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

class QIODevice;
class QStringDecoder;

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

// A text file of any size read a chunk at a time, as UTF-8 without a BOM whatever it was written in (the
// encodings of TextDecoder, named and refused the same way), and split into CSV records as CsvReader splits
// them. Memory stays at a few chunks whatever the file's size, and time is linear in it: a record is never
// looked at beyond limits::kLineBytes, and each byte is scanned a bounded number of times.
//
// The limits of one record (issue 16, docs/limits.md): at most limits::kLineBytes bytes (the line end not
// counted; a quoted field's line breaks count) and limits::kFields fields. A record over either is an error
// (BadInput) naming its line and the limit: the file is refused, not cut.
class CsvStream final
{
public:
    explicit CsvStream(QIODevice &in, qsizetype chunk = 1 << 20);
    ~CsvStream();
    Q_DISABLE_COPY_MOVE(CsvStream)

    // Reads the start and decides the encoding. A plain (no BOM) file is taken as UTF-8 until a byte says
    // otherwise; `gb18030` starts over as GB18030 (see needsGb18030()).
    Status open(bool gb18030 = false);
    QString encoding() const { return m_encoding; }
    // The file turned out not to be UTF-8 after UTF-8 text was handed out: read it again with open(true).
    bool needsGb18030() const { return m_restart; }
    // Raw bytes as read, before decoding (a digest of the file as it is).
    void setRawObserver(std::function<void(const char *, qsizetype)> fn) { m_observer = std::move(fn); }
    qint64 rawRead() const { return m_rawRead; }

    // At least `bytes` of the decoded text (less at the end of the file), ending at a line end unless the file
    // ends first, without consuming it.
    Result<QByteArrayView> head(qsizetype bytes = 1 << 16);
    // The rest of the decoded text (JSON files are parsed whole).
    Result<QByteArray> readAll();

    void setDelimiter(char d) { m_delimiter = d; }
    // The next record: its fields as UTF-8 views into the stream's buffer, valid until the next call; false at
    // the end. Lines holding only line breaks are skipped, as CsvReader does.
    // A record over the limits above is an error.
    Result<bool> next(std::vector<QByteArrayView> &fields);
    // next() as strings, for the small files of holders and 12345 exports.
    Result<bool> nextStrings(QStringList &fields);
    // open(), then the delimiter (, ; TAB |) detected from the start of the text and set; returns it.
    Result<char> openDetecting(bool gb18030 = false);
    int line() const { return m_recordLine; } // 1-based line the record started on
    bool unclosedQuote() const { return m_unclosed; } // the last record ran to the end of the file inside a quote

private:
    Status fill(); // reads and decodes one more chunk; sets m_eof at the end
    Status decodeChunk(QByteArray raw, bool last);
    void split(qsizetype from, qsizetype to, bool quoted, std::vector<QByteArrayView> &fields);
    Error tooLong(bool inQuote) const; // the record from m_recordLine is over limits::kLineBytes

    QIODevice &m_in;
    qsizetype m_chunk;
    std::vector<QByteArrayView> m_views; // nextStrings()' record
    enum class Mode { Utf8, Utf8Bom, Decoder } m_mode = Mode::Utf8;
    std::unique_ptr<QStringDecoder> m_decoder;
    QString m_encoding;
    QByteArray m_pending; // an incomplete UTF-8 sequence at a chunk's end
    QByteArray m_buf;     // decoded text; m_pos is where the next record starts
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_sawNonAscii = false;
    bool m_restart = false;
    qint64 m_rawRead = 0;
    std::function<void(const char *, qsizetype)> m_observer;
    char m_delimiter = ',';
    int m_line = 1;
    int m_recordLine = 0;
    bool m_unclosed = false;
};

// A file of more than `cap` bytes, refused before it is read: a sentence naming its size, what it is (`what`:
// "a holders file") and the limit (BadInput; nothing is read or changed). `soFar`: the bytes of a pipe read
// until now, its size unknown.
Status checkFileSize(qint64 bytes, qint64 cap, const QString &what, bool soFar = false);
// The whole of `in` (open for reading), refused by checkFileSize before a byte is read when it is larger than
// `cap`; a pipe is read a chunk at a time and refused as soon as it passes `cap`.
Result<QByteArray> readCapped(QIODevice &in, qint64 cap, const QString &what);

} // namespace hc
