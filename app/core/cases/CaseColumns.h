#pragma once
#include "CaseFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <vector>

namespace hc {

// Which column of a case or verification file holds which field: the official's mapping first, then the
// field's key or one of its usual headers (身份证号, 报告时间, …). Columns nobody maps are ignored.
class CaseColumns
{
    // Its messages were written as CaseFileReader's: they keep that translation context.
    Q_DECLARE_TR_FUNCTIONS(hc::CaseFileReader)
public:
    static QStringList fields(BatchKind kind); // every field key, in the order of the template
    static QStringList required(BatchKind kind);
    static QStringList aliases(const QString &field); // header texts recognised for a field

    // A CSV header: an error names a mapping that does not fit the file, or a required field no column holds.
    Status map(BatchKind kind, const QStringList &header, const ColumnMapping &mapping);
    // A JSON file: its rows hold the fields in the order of fields(kind).
    void mapInOrder(BatchKind kind);

    const QHash<QString, int> &byField() const { return m_byField; } // field key → column
    const std::vector<int> &positions() const { return m_positions; } // fields(kind) index → column, or -1

private:
    void index(BatchKind kind);

    QHash<QString, int> m_byField;
    std::vector<int> m_positions;
};

} // namespace hc
