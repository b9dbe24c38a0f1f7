#pragma once
#include "CaseFile.h"

#include <QTableWidget>

namespace hc {

// The first rows of a case file as the reader parsed them (ID numbers and addresses masked).
class ParsedRowsTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParsedRowsTable)
public:
    explicit ParsedRowsTable(QWidget *parent = nullptr);
    void showRows(const ParsedFile &parsed, int limit);
};

} // namespace hc
