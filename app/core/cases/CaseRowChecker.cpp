#include "CaseRowChecker.h"
#include "Limits.h"

#include "CaseText.h"
#include "DivisionCode.h"
#include "DivisionRepository.h"
#include "IdNumber.h"
#include "TimeUtil.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace hc {

using casetext::colorOf;
using casetext::parseTime;
using casetext::strings;

namespace {

std::optional<QString> checkIdNumber(const QString &text, QString *out)
{
    const QString s = text.trimmed().toUpper();
    // Digits (an X last) are a resident ID, checked strictly; anything else is read as a passport number.
    const bool residentLike = s.size() >= 15 && std::all_of(s.cbegin(), s.cend() - 1, [](QChar c) { return c >= u'0' && c <= u'9'; })
        && ((s.back() >= u'0' && s.back() <= u'9') || s.back() == u'X');
    const IdType type = residentLike ? IdType::Resident : IdType::Passport;
    const auto v = idnumber::validate(type, s);
    if (!v) // the pane and the CLI show reasons: the number masked there (the errors file keeps the row as read)
        return QString(v.error().message).replace(s, mask::idNumber(s));
    *out = v->number;
    return std::nullopt;
}

} // namespace

CaseRowChecker::CaseRowChecker(QSqlDatabase db, qint64 now) : m_db(std::move(db)), m_now(now) {}
CaseRowChecker::~CaseRowChecker() = default;

void CaseRowChecker::setLayout(BatchKind kind, const std::vector<int> &positions, bool csv, qsizetype headerSize)
{
    m_kind = kind;
    m_columns = positions;
    m_csv = csv;
    m_headerSize = headerSize;
}

std::optional<QString> CaseRowChecker::check(const std::vector<QByteArrayView> &row, int line)
{
    if (m_csv && qsizetype(row.size()) != m_headerSize)
        return tr("the row has %1 fields where the header has %2").arg(row.size()).arg(m_headerSize);
    if (m_kind == BatchKind::Cases) {
        if (fastCase(row)) {
            m_case.line = line;
            return std::nullopt;
        }
        CaseRow r;
        if (auto e = checkCase(r, strings(row)))
            return e;
        // Kept as UTF-8 like the plain rows (m_owned holds the bytes until the next row).
        const QString *texts[] = {&r.caseRef, &r.idNumber, &r.division, &r.address, &r.venueCode, &r.transport, &r.carriage, &r.seat};
        for (int i = 0; i < 8; ++i)
            m_owned[i] = texts[i]->toUtf8();
        m_case = {line,        m_owned[0], m_owned[1], m_owned[2], m_owned[3], m_owned[4], m_owned[5], m_owned[6], m_owned[7],
                  r.cls,       r.reportAt, r.dischargeAt, r.exposure, r.from, r.to};
        return std::nullopt;
    }
    if (fastScan(row)) {
        m_scan.line = line;
        return std::nullopt;
    }
    ScanRow r;
    if (auto e = checkScan(r, strings(row)))
        return e;
    const QString *texts[] = {&r.venueCode, &r.idNumber, &r.division, &r.carriage, &r.seat};
    for (int i = 0; i < 5; ++i)
        m_owned[i] = texts[i]->toUtf8();
    m_scan = {line, m_owned[0], m_owned[1], m_owned[2], m_owned[3], m_owned[4], r.holderId, r.at, r.color};
    return std::nullopt;
}

QString CaseRowChecker::field(const QStringList &row, int index) const
{
    const int i = m_columns[size_t(index)];
    return i >= 0 && i < row.size() ? row[i].trimmed() : QString();
}

std::optional<QString> CaseRowChecker::checkCase(CaseRow &r, const QStringList &row)
{
    auto get = [&](int index) { return field(row, index); };
    r.caseRef = get(0);
    if (r.caseRef.isEmpty())
        return tr("the case number is empty");
    if (r.caseRef.size() > 64)
        return tr("the case number is longer than 64 characters");
    if (auto e = checkIdNumber(get(1), &r.idNumber))
        return e;
    const auto cls = caseClassFromText(get(2));
    if (!cls)
        return tr("class \"%1\" is none of confirmed, asymptomatic, suspected (确诊, 无症状, 疑似)").arg(get(2));
    r.cls = *cls;
    std::optional<qint64> t;
    if (auto e = time(QStringLiteral("report_time"), get(3), &t, true))
        return e;
    r.reportAt = *t;
    if (auto e = time(QStringLiteral("discharge_time"), get(4), &r.dischargeAt, false))
        return e;
    if (r.dischargeAt && *r.dischargeAt < r.reportAt)
        return tr("the discharge comes before the report");
    if (r.dischargeAt && r.cls == CaseClass::Suspected)
        return tr("a suspected case is ruled out or confirmed, not discharged");
    const auto exposure = exposureFromText(get(5));
    if (!exposure)
        return tr("exposure \"%1\" is none of household, building, venue, train, flight").arg(get(5));
    r.exposure = *exposure;
    switch (r.exposure) {
    case ExposureType::None: break;
    case ExposureType::Household:
    case ExposureType::Building:
        if (auto e = division(get(6), &r.division))
            return e;
        r.address = get(7);
        if (r.address.isEmpty())
            return r.exposure == ExposureType::Household ? tr("a household needs its address") : tr("a building unit needs its address");
        if (const auto why = limits::textProblem(tr("the address"), r.address, limits::kAddress))
            return *why;
        break;
    case ExposureType::Venue:
        r.venueCode = get(8);
        if (r.venueCode.isEmpty() || r.venueCode.size() > 64)
            return tr("a venue exposure needs the venue code (at most 64 characters)");
        if (auto e = time(QStringLiteral("from"), get(9), &r.from, true))
            return e;
        if (auto e = time(QStringLiteral("to"), get(10), &r.to, true))
            return e;
        if (*r.to < *r.from)
            return tr("the venue visit ends before it starts");
        break;
    case ExposureType::Train:
    case ExposureType::Flight: {
        r.transport = get(11).toUpper().remove(QLatin1Char(' '));
        static const QRegularExpression number(QStringLiteral("^[A-Z0-9]{1,3}[0-9]{1,5}$"));
        if (!number.match(r.transport).hasMatch())
            return tr("\"%1\" is not a train or flight number").arg(get(11));
        if (auto e = time(QStringLiteral("from"), get(9), &r.from, false))
            return e;
        if (auto e = time(QStringLiteral("to"), get(10), &r.to, false))
            return e;
        if (!r.from) {
            std::optional<qint64> day;
            if (auto e = time(QStringLiteral("date"), get(12), &day, true))
                return tr("a journey needs its date or its times: %1").arg(*e);
            r.from = day;
        }
        if (!r.to)
            r.to = *r.from + 24 * 3600 - 1;
        if (*r.to < *r.from)
            return tr("the journey ends before it starts");
        r.carriage = get(13);
        r.seat = get(14).toUpper();
        if (const auto why = limits::textProblem(tr("the carriage"), r.carriage, limits::kShortCode))
            return *why;
        if (const auto why = limits::textProblem(tr("the seat"), r.seat, limits::kShortCode))
            return *why;
        break;
    }
    }
    return std::nullopt;
}

std::optional<QString> CaseRowChecker::checkScan(ScanRow &r, const QStringList &row)
{
    auto get = [&](int index) { return field(row, index); };
    r.venueCode = get(0).toUpper();
    if (r.venueCode.isEmpty() || r.venueCode.size() > 64)
        return tr("the venue code is empty or longer than 64 characters");
    if (auto e = checkIdNumber(get(1), &r.idNumber))
        return e;
    std::optional<qint64> t;
    if (auto e = time(QStringLiteral("time"), get(2), &t, true))
        return e;
    r.at = *t;
    if (!get(3).isEmpty())
        if (auto e = division(get(3), &r.division))
            return e;
    r.carriage = get(4);
    r.seat = get(5).toUpper();
    if (const auto why = limits::textProblem(tr("the carriage"), r.carriage, limits::kShortCode))
        return *why;
    if (const auto why = limits::textProblem(tr("the seat"), r.seat, limits::kShortCode))
        return *why;
    if (const QString c = get(6); !c.isEmpty()) {
        r.color = colorOf(c);
        if (!r.color)
            return tr("color \"%1\" is none of green, gray, yellow, red").arg(c);
    }
    const auto holder = holderOf(r.idNumber);
    if (!holder)
        return tr("no holder with ID number %1 is registered here").arg(mask::idNumber(r.idNumber));
    r.holderId = *holder;
    return std::nullopt;
}

std::optional<QString> CaseRowChecker::division(const QString &text, QString *out)
{
    if (const auto known = m_divisionText.constFind(text); known != m_divisionText.cend()) {
        *out = *known;
        return std::nullopt;
    }
    const auto code = divcode::normalise(text);
    if (!code || code->size() < 6)
        return tr("\"%1\" is not a county, street or village code").arg(text);
    auto it = m_divisions.find(*code);
    if (it == m_divisions.end()) {
        if (m_beforeQuery)
            m_beforeQuery();
        it = m_divisions.insert(*code, bool(DivisionRepository(m_db).requireExists(*code)));
    }
    if (!*it)
        return tr("division %1 is not in the division tree").arg(*code);
    *out = *code;
    m_divisionText.insert(text, *code);
    return std::nullopt;
}

std::optional<QString> CaseRowChecker::time(const QString &field, const QString &text, std::optional<qint64> *out, bool required)
{
    if (text.isEmpty()) {
        if (required)
            return tr("%1 is empty").arg(field);
        return std::nullopt;
    }
    const auto t = parseTime(text);
    if (!t)
        return tr("%1 \"%2\" is not a time (2022-11-20 08:30, 2022/11/20 8:30 or ISO 8601)").arg(field, text);
    if (const auto why = time::outsideWindow(field, *t, m_now))
        return *why;
    *out = *t;
    return std::nullopt;
}

std::optional<qint64> CaseRowChecker::holderOf(const QString &idNumber)
{
    if (const auto it = m_holders.constFind(idNumber); it != m_holders.cend())
        return *it;
    if (m_beforeQuery)
        m_beforeQuery();
    if (!m_findHolder) {
        m_findHolder = std::make_unique<QSqlQuery>(m_db);
        m_findHolder->prepare(QStringLiteral("SELECT id FROM holder WHERE id_number = ?"));
    }
    m_findHolder->bindValue(0, idNumber);
    if (!m_findHolder->exec() || !m_findHolder->next())
        return std::nullopt;
    if (m_holders.size() > 100000)
        m_holders.clear(); // a memory bound, not a correctness one
    return *m_holders.insert(idNumber, m_findHolder->value(0).toLongLong());
}

} // namespace hc
