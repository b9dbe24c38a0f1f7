#pragma once
#include "CaseFile.h"

#include <QTableWidget>

namespace hc {

// Which column of a case file holds which field: one row per field of the kind, the column typed by the
// official (empty: found by the usual headers) and, after a read, the column the reader used.
class ColumnMappingTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingTable)
public:
    explicit ColumnMappingTable(QWidget *parent = nullptr);

    void setKind(BatchKind kind); // the fields of this kind, nothing typed
    void setMapping(const ColumnMapping &mapping);
    ColumnMapping mapping() const; // what was typed
    void showFound(const ParsedFile &parsed);

signals:
    void mappingEdited();

private:
    QString fieldAt(int row) const;
};

} // namespace hc
