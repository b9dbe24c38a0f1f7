#pragma once
#include "Result.h"

#include <QDate>
#include <QString>

namespace hc {

// Holder identity documents: the 18-digit resident ID (GB 11643, with its check digit) and passports.
enum class IdType : quint8 { Resident = 1, Passport = 2 };
QString idTypeKey(IdType t); // "resident" / "passport": stable, in the database and JSON
std::optional<IdType> idTypeFromKey(const QString &key);

struct IdNumberInfo
{
    QString number; // normalised: upper-case, no spaces
    QString region; // the first six digits (resident IDs)
    QDate birth;
    bool male = false;
};

namespace idnumber {
QChar checkDigit(QStringView first17); // '0'–'9' or 'X'
// Checks the form, the birth date and the check digit; the error names what is wrong.
Result<IdNumberInfo> validate(IdType type, const QString &number);
} // namespace idnumber

// Masked display of personal data (DOMAIN.md): 张*三, 3703**********1234, 138****5678.
namespace mask {
QString name(const QString &name);
QString idNumber(const QString &number);
QString phone(const QString &phone);
QString address(const QString &address);
} // namespace mask

} // namespace hc
