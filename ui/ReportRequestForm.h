#pragma once
#include "ReportBuilder.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace hc {

class DivisionField;
class Workspace;

// What report to build: its kind and the parameters that kind takes (the day, the time of the areas in force, the
// month, the case batch; the division, the official's jurisdiction by default), the others hidden.
class ReportRequestForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportRequestForm)
public:
    explicit ReportRequestForm(Workspace &ws, QWidget *parent = nullptr);
    reports::ReportRequest request() const;
    void setKind(reports::ReportKind kind);
    void refresh(); // today's date as the latest, the case batches

private:
    void kindChanged();
    void showRow(QWidget *field, bool visible);
    void updateDivisionName();

    Workspace &m_ws;
    QHash<QWidget *, QWidget *> m_labels; // field → its label
    QComboBox *m_kind;
    QDateEdit *m_date;
    QDateTimeEdit *m_at;
    QDateEdit *m_month;
    QComboBox *m_batch;
    DivisionField *m_division;
    QLabel *m_divisionName;
};

} // namespace hc
