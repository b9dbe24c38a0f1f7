#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QTemporaryFile>
#include <algorithm>
#include <memory>
#include <type_traits>
#include <vector>

namespace hc {

// Sorts more records than memory should hold: runs of `inMemory` records are sorted and written to temporary
// files, then merged. Can be read again from the start (rewind()).
template<typename T, typename Less>
class SpillSort
{
    static_assert(std::is_trivially_copyable_v<T>);

public:
    explicit SpillSort(size_t inMemory) : m_limit(inMemory) {}
    qint64 size() const { return m_size; }
    Status status() const { return m_status; }

    Status push(const T &v)
    {
        if (m_buf.capacity() == 0)
            m_buf.reserve(m_limit); // address space only: pages are touched as records arrive
        m_buf.push_back(v);
        ++m_size;
        return m_buf.size() < m_limit ? Status(Ok{}) : spill();
    }
    void finish()
    {
        std::sort(m_buf.begin(), m_buf.end(), Less());
        rewind();
    }
    void rewind()
    {
        for (Run &r : m_runs) {
            r.file->seek(0);
            r.left = r.count;
            r.buf.clear();
            r.pos = 0;
        }
        m_memPos = 0;
    }
    bool next(T &out)
    {
        Run *best = nullptr;
        for (Run &r : m_runs)
            if (head(r) && (!best || Less()(r.buf[r.pos], best->buf[best->pos])))
                best = &r;
        if (m_memPos < m_buf.size() && (!best || Less()(m_buf[m_memPos], best->buf[best->pos]))) {
            out = m_buf[m_memPos++];
            return true;
        }
        if (!best)
            return false;
        out = best->buf[best->pos++];
        return true;
    }

private:
    struct Run
    {
        std::unique_ptr<QTemporaryFile> file;
        qint64 count = 0, left = 0;
        std::vector<T> buf;
        size_t pos = 0;
    };
    bool head(Run &r)
    {
        if (r.pos < r.buf.size())
            return true;
        if (r.left == 0)
            return false;
        const qint64 n = std::min<qint64>(r.left, 16384);
        r.buf.resize(size_t(n));
        if (r.file->read(reinterpret_cast<char *>(r.buf.data()), n * qint64(sizeof(T))) != n * qint64(sizeof(T))) {
            m_status = Error::internal(QCoreApplication::translate("hc::SpillSort", "A temporary file cannot be read back: "
                                                                                     "check the disk and try again."))
                           .withDetail(QStringLiteral("%1: %2").arg(r.file->fileName(), r.file->errorString()));
            r.left = 0;
            r.buf.clear();
            return false;
        }
        r.left -= n;
        r.pos = 0;
        return true;
    }
    Status spill()
    {
        std::sort(m_buf.begin(), m_buf.end(), Less());
        auto file = std::make_unique<QTemporaryFile>();
        const qint64 bytes = qint64(m_buf.size() * sizeof(T));
        if (!file->open() || file->write(reinterpret_cast<const char *>(m_buf.data()), bytes) != bytes || !file->flush())
            return m_status = Error::internal(QCoreApplication::translate("hc::SpillSort", "A temporary file cannot be written: "
                                                                                    "the disk may be full. Free some space and try again."))
                                  .withDetail(file->errorString());
        m_runs.push_back({std::move(file), qint64(m_buf.size()), 0, {}, 0});
        m_buf.clear();
        return Ok{};
    }

    size_t m_limit;
    std::vector<T> m_buf;
    size_t m_memPos = 0;
    std::vector<Run> m_runs;
    qint64 m_size = 0;
    Status m_status;
};

} // namespace hc
