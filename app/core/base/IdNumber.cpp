#include "IdNumber.h"

#include <QCoreApplication>
#include <array>

namespace hc {

QString idTypeKey(IdType t)
{
    return t == IdType::Passport ? QStringLiteral("passport") : QStringLiteral("resident");
}

std::optional<IdType> idTypeFromKey(const QString &key)
{
    if (key == QLatin1String("resident"))
        return IdType::Resident;
    if (key == QLatin1String("passport"))
        return IdType::Passport;
    return std::nullopt;
}

namespace idnumber {

QChar checkDigit(QStringView first17)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char map[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[size_t(i)];
    return QLatin1Char(map[sum % 11]);
}

Result<IdNumberInfo> validate(IdType type, const QString &raw)
{
    IdNumberInfo info;
    info.number = raw.trimmed().toUpper().remove(QLatin1Char(' '));
    const QString &n = info.number;
    if (type == IdType::Passport) {
        const bool ok = n.size() >= 5 && n.size() <= 17
            && std::all_of(n.begin(), n.end(), [](QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'); });
        if (!ok)
            return Error::badInput(QCoreApplication::translate("hc::idnumber", "passport number \"%1\": 5 to 17 letters and digits expected").arg(raw));
        return info;
    }
    if (n.size() != 18)
        return Error::badInput(QCoreApplication::translate("hc::idnumber", "ID number \"%1\": 18 characters expected, found %2").arg(raw).arg(n.size()));
    for (int i = 0; i < 17; ++i)
        if (!n[i].isDigit() || n[i].unicode() > u'9')
            return Error::badInput(QCoreApplication::translate("hc::idnumber", "ID number \"%1\": character %2 is not a digit").arg(raw).arg(i + 1));
    info.region = n.left(6);
    if (info.region.left(2).toInt() < 11 || info.region.left(2).toInt() > 91)
        return Error::badInput(QCoreApplication::translate("hc::idnumber", "ID number \"%1\": %2 is not a province code").arg(raw, info.region.left(2)));
    // Digits already checked: a date from them directly (a format string per call is slow on million-row imports).
    auto digits = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i)
            v = v * 10 + (n[i].unicode() - u'0');
        return v;
    };
    info.birth = QDate(digits(6, 4), digits(10, 2), digits(12, 2));
    if (!info.birth.isValid() || info.birth.year() < 1880)
        return Error::badInput(QCoreApplication::translate("hc::idnumber", "ID number \"%1\": %2 is not a birth date").arg(raw, n.mid(6, 8)));
    const QChar check = checkDigit(QStringView(n).left(17));
    if (n[17] != check)
        return Error::badInput(QCoreApplication::translate("hc::idnumber", "ID number \"%1\": wrong check digit (expected %2)").arg(raw, check));
    info.male = (n[16].unicode() - u'0') % 2 == 1;
    return info;
}

} // namespace idnumber

namespace mask {

namespace {
QString stars(qsizetype n)
{
    return QString(std::max<qsizetype>(n, 0), QLatin1Char('*'));
}
} // namespace

QString name(const QString &name)
{
    const QString n = name.trimmed();
    if (n.size() <= 1)
        return stars(n.size());
    if (n.size() == 2)
        return n.left(1) + QLatin1Char('*');
    return n.left(1) + stars(n.size() - 2) + n.right(1);
}

QString idNumber(const QString &number)
{
    if (number.size() == 18)
        return number.left(4) + stars(10) + number.right(4);
    if (number.size() <= 4)
        return stars(number.size());
    return number.left(2) + stars(number.size() - 4) + number.right(2);
}

QString phone(const QString &phone)
{
    if (phone.size() == 11)
        return phone.left(3) + stars(4) + phone.right(4);
    if (phone.size() <= 4)
        return stars(phone.size());
    return stars(phone.size() - 4) + phone.right(4);
}

QString address(const QString &address)
{
    if (address.isEmpty())
        return {};
    return address.left(std::min<qsizetype>(2, address.size() - 1)) + stars(4);
}

} // namespace mask

} // namespace hc
