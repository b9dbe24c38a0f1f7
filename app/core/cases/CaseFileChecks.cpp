#include "CaseFileChecks.h"

#include "CaseText.h"

#include <algorithm>
#include <openssl/evp.h>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace hc {

using casetext::caseRowOf;
using casetext::scanRowOf;

namespace {

constexpr size_t kRecordsInMemory = 1 << 20; // 48 MB of fingerprints before a run goes to a temporary file
constexpr int kPreviewRows = 5;

// The canonical bytes of a row's values as stored (length-prefixed, so that no two rows write the same).
void putText(std::string &out, QByteArrayView v)
{
    const quint32 n = quint32(v.size());
    out.append(reinterpret_cast<const char *>(&n), sizeof n).append(v.data() ? v.data() : "", size_t(v.size()));
}
void putInt(std::string &out, qint64 v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}
void putOpt(std::string &out, const std::optional<qint64> &v)
{
    out.push_back(v ? '\1' : '\0');
    putInt(out, v.value_or(0));
}

// What makes two rows the same, line aside.
auto fieldsOf(const CaseRow &r)
{
    return std::tie(r.caseRef, r.idNumber, r.cls, r.reportAt, r.dischargeAt, r.exposure, r.division, r.address, r.venueCode,
                    r.from, r.to, r.transport, r.carriage, r.seat);
}
auto fieldsOf(const ScanRow &r)
{
    return std::tie(r.venueCode, r.idNumber, r.at, r.division, r.carriage, r.seat, r.color);
}

} // namespace

// SHA-256 of the file as read, a chunk at a time.
class CaseFileChecks::Sha256
{
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) { reset(); }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Q_DISABLE_COPY_MOVE(Sha256)
    void reset() { EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr); }
    void add(const char *data, qsizetype n) { EVP_DigestUpdate(m_ctx, data, size_t(n)); }
    QString hex()
    {
        unsigned char out[32];
        unsigned int n = 0;
        EVP_DigestFinal_ex(m_ctx, out, &n);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), int(n)).toHex());
    }

private:
    EVP_MD_CTX *m_ctx;
};

CaseFileChecks::CaseFileChecks() : m_groups(kRecordsInMemory), m_bad(kRecordsInMemory), m_sha(std::make_unique<Sha256>()) {}
CaseFileChecks::~CaseFileChecks() = default;

void CaseFileChecks::digest(const char *data, qsizetype n)
{
    m_sha->add(data, n);
}

QString CaseFileChecks::sha256()
{
    return m_sha->hex();
}

Status CaseFileChecks::reject(int line)
{
    return m_bad.push({quint32(line), Bad::Row, 0, 0});
}

CaseFileChecks::Key CaseFileChecks::fingerprint(const std::string &bytes)
{
    return {quint64(qHashBits(bytes.data(), bytes.size(), size_t(0x9E3779B97F4A7C15ULL))),
            quint64(qHashBits(bytes.data(), bytes.size(), size_t(0xC2B2AE3D27D4EB4FULL)))};
}

Status CaseFileChecks::remember(const CaseRowUtf8 &r)
{
    std::string &k = m_canon;
    GroupRecord g;
    g.line = quint32(r.line);
    g.index = m_accepted;
    k.clear();
    putText(k, r.caseRef);
    g.key = fingerprint(k);
    const size_t own = k.size();
    putText(k, r.idNumber);
    putInt(k, qint64(r.cls));
    putInt(k, r.reportAt);
    putOpt(k, r.dischargeAt);
    g.caseFields = quint64(qHashBits(k.data() + own, k.size() - own, size_t(0x9E3779B97F4A7C15ULL)));
    putInt(k, qint64(r.exposure));
    for (QByteArrayView v : {r.division, r.address, r.venueCode})
        putText(k, v);
    putOpt(k, r.from);
    putOpt(k, r.to);
    for (QByteArrayView v : {r.transport, r.carriage, r.seat})
        putText(k, v);
    g.row = fingerprint(k);
    if (m_firstCases.size() < kPreviewRows) {
        // The first accepted rows, checked against each other the way the file-wide checks will.
        const CaseRow row = caseRowOf(r);
        const auto same = std::find_if(m_firstCases.cbegin(), m_firstCases.cend(), [&](const CaseRow &x) { return x.caseRef == row.caseRef; });
        const bool disagrees = same != m_firstCases.cend()
            && std::tie(same->idNumber, same->cls, same->reportAt, same->dischargeAt) != std::tie(row.idNumber, row.cls, row.reportAt, row.dischargeAt);
        if (!disagrees && std::none_of(m_firstCases.cbegin(), m_firstCases.cend(), [&](const CaseRow &x) { return fieldsOf(x) == fieldsOf(row); }))
            m_firstCases << row;
    }
    return m_groups.push(g);
}

Status CaseFileChecks::remember(const ScanRowUtf8 &r)
{
    std::string &k = m_canon;
    GroupRecord g;
    g.line = quint32(r.line);
    g.index = m_accepted;
    k.clear();
    for (QByteArrayView v : {r.venueCode, r.idNumber})
        putText(k, v);
    putInt(k, r.at);
    for (QByteArrayView v : {r.division, r.carriage, r.seat})
        putText(k, v);
    putOpt(k, r.color ? std::optional<qint64>(*r.color) : std::nullopt);
    g.key = g.row = fingerprint(k);
    if (m_firstScans.size() < kPreviewRows) {
        const ScanRow row = scanRowOf(r);
        if (std::none_of(m_firstScans.cbegin(), m_firstScans.cend(), [&](const ScanRow &x) { return fieldsOf(x) == fieldsOf(row); }))
            m_firstScans << row;
    }
    return m_groups.push(g);
}

Result<qint64> CaseFileChecks::finish(CaseRowSink &sink, ProgressThrottle &report)
{
    m_groups.finish();
    const QString phase = tr("Finding duplicate rows");
    const qint64 total = std::max<qint64>(1, m_groups.size());
    // The rows of one case in line order: the first decides the case's own fields; a later row that
    // disagrees with them, or repeats an earlier accepted row, is taken back.
    GroupRecord rec, first;
    bool have = false;
    std::vector<std::pair<Key, quint32>> seen; // accepted rows of the case: a few, usually
    struct KeyHash
    {
        size_t operator()(const Key &k) const { return size_t(k.a); }
    };
    std::unordered_map<Key, quint32, KeyHash> many; // … unless it has hundreds of lines
    auto earlier = [&](const Key &row) -> std::optional<quint32> {
        if (!many.empty()) {
            const auto it = many.find(row);
            return it == many.end() ? std::nullopt : std::optional(it->second);
        }
        for (const auto &[k, line] : seen)
            if (k == row)
                return line;
        return std::nullopt;
    };
    qint64 done = 0, removed = 0;
    while (m_groups.next(rec)) {
        if ((++done & 65535) == 0 && !report({phase, done, total, 80 + int(15 * done / total)}))
            return Error::refused(tr("Cancelled."));
        if (!have || rec.key != first.key) {
            first = rec;
            have = true;
            seen.assign(1, {rec.row, rec.line});
            if (!many.empty())
                many.clear();
            continue;
        }
        Rejection bad{rec.line, Bad::Row, 0, 0};
        if (rec.caseFields != first.caseFields) {
            bad = {rec.line, Bad::Disagrees, first.line, 0};
        } else if (const auto line = earlier(rec.row)) {
            bad = {rec.line, Bad::Duplicate, *line, 0};
        } else {
            if (many.empty() && seen.size() < 64)
                seen.emplace_back(rec.row, rec.line);
            else {
                if (many.empty())
                    many.insert(seen.begin(), seen.end());
                many.emplace(rec.row, rec.line);
            }
            continue;
        }
        if (Status s = m_bad.push(bad); !s)
            return s.error();
        if (Status s = sink.remove(rec.index); !s)
            return s.error();
        ++removed;
    }
    if (!m_groups.status())
        return m_groups.status().error();
    m_groups = decltype(m_groups)(kRecordsInMemory); // the fingerprints are done with
    m_bad.finish();
    report({phase, total, total, 95}, true);
    return removed;
}

} // namespace hc
