#pragma once
#include "CaseFile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <vector>

namespace hc {

// A case or verification file in JSON: {"cases": […]} / {"records": […]}, or the bare list, parsed whole. A
// case with exposures gives a row per exposure (the case's fields repeated on each, as in a CSV file). Every
// row is handed on as the UTF-8 fields of CaseColumns::fields(kind), in that order, numbered from 1.
class CaseJsonFile
{
    // Its messages were written as CaseFileReader's: they keep that translation context.
    Q_DECLARE_TR_FUNCTIONS(hc::CaseFileReader)
public:
    using RowFn = std::function<Result<bool>(const std::vector<QByteArrayView> &, int)>; // false: stop reading

    // Invalid JSON, or no list of rows, is an error; `header` gets the field keys once the list is found.
    static Status read(const QByteArray &text, BatchKind kind, QStringList *header, const RowFn &fn);
};

} // namespace hc
