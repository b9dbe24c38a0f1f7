#include "ParsedRowsTable.h"

#include "IdNumber.h"
#include "TimeUtil.h"

#include <QHeaderView>

namespace hc {

namespace {

QString optTime(const std::optional<qint64> &t)
{
    return t ? time::formatShort(*t) : QString();
}

} // namespace

ParsedRowsTable::ParsedRowsTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("importPreview"));
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    horizontalHeader()->setStretchLastSection(true);
}

void ParsedRowsTable::showRows(const ParsedFile &f, int limit)
{
    QList<QStringList> rows;
    QStringList headers;
    if (f.kind == BatchKind::Cases) {
        headers = {tr("Line"),       tr("Case"),     tr("ID number"),    tr("Class"),    tr("Reported"),
                   tr("Discharged"), tr("Exposure"), tr("Division"),     tr("Address"),  tr("Venue"),
                   tr("From"),       tr("To"),       tr("Train/flight"), tr("Carriage"), tr("Seat")};
        const QHash<QString, QString> classes{{QStringLiteral("confirmed"), tr("Confirmed")},
                                              {QStringLiteral("asymptomatic"), tr("Asymptomatic")},
                                              {QStringLiteral("suspected"), tr("Suspected")}};
        const QHash<QString, QString> exposures{{QString(), tr("(the case only)")},
                                                {QStringLiteral("household"), tr("Household")},
                                                {QStringLiteral("building"), tr("Building unit")},
                                                {QStringLiteral("venue"), tr("Venue")},
                                                {QStringLiteral("train"), tr("Train")},
                                                {QStringLiteral("flight"), tr("Flight")}};
        for (size_t i = 0; i < f.cases.size() && i < size_t(limit); ++i) {
            const CaseRow &r = f.cases[i];
            rows << QStringList{QString::number(r.line),
                                r.caseRef,
                                mask::idNumber(r.idNumber),
                                classes.value(caseClassKey(r.cls)),
                                time::formatShort(r.reportAt),
                                optTime(r.dischargeAt),
                                exposures.value(exposureKey(r.exposure)),
                                r.division,
                                mask::address(r.address),
                                r.venueCode,
                                optTime(r.from),
                                optTime(r.to),
                                r.transport,
                                r.carriage,
                                r.seat};
        }
    } else {
        headers = {tr("Line"),     tr("Venue"),    tr("ID number"), tr("Time"),
                   tr("Division"), tr("Carriage"), tr("Seat")};
        for (size_t i = 0; i < f.scans.size() && i < size_t(limit); ++i) {
            const ScanRow &r = f.scans[i];
            rows << QStringList{QString::number(r.line),
                                r.venueCode,
                                mask::idNumber(r.idNumber),
                                time::formatShort(r.at),
                                r.division,
                                r.carriage,
                                r.seat};
        }
    }
    clear();
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i)
        for (int c = 0; c < rows[i].size(); ++c)
            setItem(i, c, new QTableWidgetItem(rows[i][c]));
    resizeColumnsToContents();
}

} // namespace hc
