#include "ColumnMappingTable.h"

#include <QHeaderView>

namespace hc {

ColumnMappingTable::ColumnMappingTable(QWidget *parent) : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("importMappingTable"));
    setHorizontalHeaderLabels({tr("Field"), tr("Column in the file"), tr("Found")});
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setColumnWidth(0, 110);
    setColumnWidth(1, 120);
    setToolTip(tr("Leave a field empty to find it by its usual headers (身份证号, 报告时间, …). Fields "
                  "marked * are required."));
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 1)
            emit mappingEdited();
    });
}

void ColumnMappingTable::setKind(BatchKind kind)
{
    const QStringList fields = CaseFileReader::fields(kind);
    const QStringList required = CaseFileReader::required(kind);
    const QSignalBlocker block(this);
    setRowCount(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        // The field by the header the CDC's files give it (病例编号), not its key; the key stays for hcctl --map.
        const QStringList aliases = CaseFileReader::aliases(fields[i]);
        const QString label = aliases.isEmpty() ? fields[i] : aliases.first();
        auto *field = new QTableWidgetItem(required.contains(fields[i]) ? label + QStringLiteral(" *") : label);
        field->setFlags(Qt::ItemIsEnabled);
        field->setData(Qt::UserRole, fields[i]);
        field->setToolTip(tr("Also found as: %1").arg(aliases.join(QStringLiteral("、"))) + QLatin1Char('\n') +
                          tr("In hcctl's --map: %1").arg(fields[i]));
        setItem(i, 0, field);
        setItem(i, 1, new QTableWidgetItem);
        auto *found = new QTableWidgetItem;
        found->setFlags(Qt::ItemIsEnabled);
        setItem(i, 2, found);
    }
}

QString ColumnMappingTable::fieldAt(int row) const
{
    return item(row, 0)->data(Qt::UserRole).toString();
}

void ColumnMappingTable::setMapping(const ColumnMapping &mapping)
{
    {
        const QSignalBlocker block(this);
        for (int i = 0; i < rowCount(); ++i)
            item(i, 1)->setText(mapping.value(fieldAt(i)));
    }
    emit mappingEdited();
}

ColumnMapping ColumnMappingTable::mapping() const
{
    ColumnMapping m;
    for (int i = 0; i < rowCount(); ++i)
        if (const QString column = item(i, 1)->text().trimmed(); !column.isEmpty())
            m.insert(fieldAt(i), column);
    return m;
}

void ColumnMappingTable::showFound(const ParsedFile &f)
{
    const QSignalBlocker block(this);
    for (int i = 0; i < rowCount(); ++i) {
        const int column = f.columns.value(fieldAt(i), -1);
        item(i, 2)->setText(column >= 0 && column < f.header.size() ? f.header[column] : QString());
    }
}

} // namespace hc
